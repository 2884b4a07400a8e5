//! The inputs of the lawful-access estimate (R11, R13) for one service: the provider's
//! transparency figures and the body's own factors, each with its provenance. Either may be absent;
//! R13 then says the probability cannot be estimated rather than guess.

use super::fields::{options, ChoiceField, TextField, TextKind};
use super::state::{Action, AppContext};
use super::texts::*;
use crate::model::FactStatus;
use serde_json::{json, Value};
use yew::prelude::*;

const STATUSES: [(&str, FactStatus); 4] = [
    ("claimed", FactStatus::Claimed),
    ("contracted", FactStatus::Contracted),
    ("verified", FactStatus::Verified),
    ("assumed", FactStatus::Assumed),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The service's path, e.g. `services[0]`.
    pub base: AttrValue,
    pub has_transparency: bool,
    pub has_factors: bool,
}

/// A checkbox that adds `template` at `path` or removes it.
fn presence(ctx: &AppContext, id: String, label: &'static T, on: bool, path: String, template: Value) -> Html {
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            ctx.dispatch(Action::Edit(path.clone(), if checked { template.clone() } else { Value::Null }))
        })
    };
    html! {
        <div class="field check">
            <input type="checkbox" id={id.clone()} checked={on} {onchange} aria-describedby={format!("{id}-help")} />
            <label for={id.clone()}>{ label.get(ctx.lang) }</label>
            <p class="help" id={format!("{id}-help")}>{ ESTIMATE_INPUT_HELP.get(ctx.lang) }</p>
        </div>
    }
}

fn provenance(base: &str) -> Html {
    html! {
        <div class="grid">
            <ChoiceField path={format!("{base}.provenance.status")} label={&PROVENANCE} options={options(&STATUSES, FactStatus::label)} />
            <TextField path={format!("{base}.provenance.source")} label={&SOURCE_TEXT} />
            <TextField path={format!("{base}.provenance.date")} label={&SOURCE_DATE} kind={TextKind::Date} />
        </div>
    }
}

#[function_component(ProbabilityInputs)]
pub fn probability_inputs(p: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let (t, f) = (format!("{}.transparency", p.base), format!("{}.lawful_access_factors", p.base));
    let id = super::fields::dom_id(&p.base);
    let claimed = json!({"status": "claimed", "source": ""});
    html! {
        <details>
            <summary>{ ESTIMATE_INPUTS.get(lang) }</summary>
            { presence(&ctx, format!("{id}-has-transparency"), &HAS_TRANSPARENCY, p.has_transparency, t.clone(),
                json!({"period": "", "enterprise_requests": 0, "rejected_or_redirected": 0, "outside_home_country": 0, "total_users": 0, "provenance": claimed})) }
            if p.has_transparency {
                <div class="grid">
                    <TextField path={format!("{t}.period")} label={&T_PERIOD} />
                    <TextField path={format!("{t}.enterprise_requests")} label={&T_REQUESTS} kind={TextKind::Number} />
                    <TextField path={format!("{t}.rejected_or_redirected")} label={&T_REJECTED} kind={TextKind::Number} />
                    <TextField path={format!("{t}.outside_home_country")} label={&T_OUTSIDE} kind={TextKind::Number} />
                    <TextField path={format!("{t}.total_users")} label={&T_USERS} kind={TextKind::Number} />
                </div>
                { provenance(&t) }
            }
            { presence(&ctx, format!("{id}-has-factors"), &HAS_FACTORS, p.has_factors, f.clone(),
                json!({"interest_per_year": 0.0, "request_to_provider": 0.0, "not_resisted": 0.0, "cleartext": 0.0, "provenance": {"status": "assumed", "source": ""}})) }
            if p.has_factors {
                <div class="grid">
                    <TextField path={format!("{f}.interest_per_year")} label={&F_INTEREST} kind={TextKind::Decimal} />
                    <TextField path={format!("{f}.request_to_provider")} label={&F_REQUEST} kind={TextKind::Decimal} />
                    <TextField path={format!("{f}.not_resisted")} label={&F_NOT_RESISTED} kind={TextKind::Decimal} />
                    <TextField path={format!("{f}.cleartext")} label={&F_CLEARTEXT} kind={TextKind::Decimal} />
                </div>
                { provenance(&f) }
            }
        </details>
    }
}
