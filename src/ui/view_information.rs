//! Step 3: the information types — secrecy, personal data, security classification, KLASSA levels,
//! retention and which components hold them.

use super::fields::{dom_id, options, registry_fields, ChoiceField, LevelField, TextField, TriField};
use super::pager::{self, use_page};
use super::state::{Action, AppContext};
use super::texts::*;
use crate::model::*;
use serde_json::{json, Value};
use web_sys::HtmlInputElement;
use yew::prelude::*;

const PERSONAL: [(&str, PersonalData); 5] = [
    ("unknown", PersonalData::Unknown),
    ("none", PersonalData::None),
    ("ordinary", PersonalData::Ordinary),
    ("sensitive", PersonalData::Sensitive),
    ("criminal", PersonalData::Criminal),
];
const RETENTIONS: [(&str, Retention); 3] = [
    ("unknown", Retention::Unknown),
    ("processing_only", Retention::ProcessingOnly),
    ("long_term", Retention::LongTerm),
];
const CLASSES: [(&str, SecurityClass); 5] = [
    ("unknown", SecurityClass::Unknown),
    ("begransat_hemlig", SecurityClass::BegransatHemlig),
    ("konfidentiell", SecurityClass::Konfidentiell),
    ("hemlig", SecurityClass::Hemlig),
    ("kvalificerat_hemlig", SecurityClass::KvalificeratHemlig),
];
const STRENGTHS: [(&str, SecrecyStrength); 4] = [
    ("unknown", SecrecyStrength::Unknown),
    ("absolute", SecrecyStrength::Absolute),
    ("reverse", SecrecyStrength::Reverse),
    ("straight", SecrecyStrength::Straight),
];

#[function_component(InformationView)]
pub fn information_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    let taken: Vec<&str> = a.information_types.iter().map(|i| i.id.as_str()).collect();
    let new_id = (1..).map(|n| format!("info-{n}")).find(|c| !taken.contains(&c.as_str())).unwrap_or_default();
    let mut new_info = serde_json::to_value(&crate::presets::blank().information_types[0]).unwrap_or(Value::Null);
    new_info["id"] = new_id.into();
    new_info["name"] = NEW_INFO.get(lang).into();
    // Ten information types a page, as the services (issue 15: a portfolio's edit renders the page).
    let page = use_page(a.information_types.len());
    let add = {
        let (ctx, page) = (ctx.clone(), page.clone());
        let path = format!("information_types[#{}]", a.information_types.len());
        Callback::from(move |_| {
            ctx.dispatch(Action::Edit(path.clone(), new_info.clone()));
            page.to_the_added();
        })
    };
    html! {
        <section aria-labelledby="info-heading">
            <h1 id="info-heading">{ VIEW_INFORMATION.get(lang) }</h1>
            { page.view(lang, pager::INFORMATION_TYPES) }
            { for page.range().map(|i| info_type(&ctx, i, &a.information_types[i])) }
            <button type="button" onclick={add}>{ "+ " }{ ADD_INFO.get(lang) }</button>
        </section>
    }
}

fn info_type(ctx: &AppContext, i: usize, info: &InformationType) -> Html {
    let lang = ctx.lang;
    let base = format!("information_types[#{i}]");
    let secret_id = dom_id(&format!("{base}-secret"));
    let held_help = dom_id(&format!("{base}-held-in-help"));
    let toggle_secret = {
        let ctx = ctx.clone();
        let path = format!("{base}.secrecy");
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.dispatch(Action::Edit(
                path.clone(),
                if on { json!({"provision": "", "strength": "unknown"}) } else { Value::Null },
            ))
        })
    };
    let remove = {
        let ctx = ctx.clone();
        let path = base.clone();
        Callback::from(move |_| ctx.dispatch(Action::Edit(path.clone(), Value::Null)))
    };
    let heading = dom_id(&format!("{base}-heading"));
    html! {
        <section class="info-type" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ info.name.clone() }</h2>
            <TextField path={format!("{base}.name")} label={&INFO_NAME} />
            <TriField path={format!("{base}.security_classified")} label={&SECURITY_CLASSIFIED} />
            <TriField path={format!("{base}.aggregation_risk")} label={&AGGREGATION} help={Some(&AGGREGATION_HELP)} />
            // Only where they apply: the class of classified information; whether unknown
            // aggregation concerns infrastructure (then it decides, R1).
            if info.security_classified.is_yes() || info.aggregation_risk.is_yes() {
                <ChoiceField path={format!("{base}.security_class")} label={&SECURITY_CLASS} options={options(&CLASSES, SecurityClass::label)} />
            }
            if !info.aggregation_risk.is_no() && !info.security_classified.is_yes() {
                <TriField path={format!("{base}.infrastructure")} label={&INFRASTRUCTURE} />
            }
            <div class="field check">
                <input type="checkbox" id={secret_id.clone()} checked={info.secrecy.is_some()} onchange={toggle_secret} aria-describedby={format!("{secret_id}-help")} />
                <label for={secret_id.clone()}>{ SECRET.get(lang) }</label>
                <p class="help" id={format!("{secret_id}-help")}>{ SECRET_HELP.get(lang) }</p>
            </div>
            if info.secrecy.is_some() {
                <div class="grid">
                    <TextField path={format!("{base}.secrecy.provision")} label={&SECRECY_PROVISION} help={Some(&SECRECY_PROVISION_HELP)} />
                    <ChoiceField path={format!("{base}.secrecy.strength")} label={&SECRECY_STRENGTH} options={options(&STRENGTHS, SecrecyStrength::label)} />
                </div>
                <TriField path={format!("{base}.metadata_secret")} label={&METADATA_SECRET} />
            }
            <div class="grid">
                <ChoiceField path={format!("{base}.personal_data")} label={&PERSONAL_DATA} options={options(&PERSONAL, PersonalData::label)} />
                <LevelField path={format!("{base}.klassa_k")} label={&KLASSA_K} />
                <LevelField path={format!("{base}.klassa_r")} label={&KLASSA_R} />
                <LevelField path={format!("{base}.klassa_t")} label={&KLASSA_T} />
                <ChoiceField path={format!("{base}.retention")} label={&RETENTION} options={options(&RETENTIONS, Retention::label)} />
            </div>
            <TriField path={format!("{base}.core_records")} label={&CORE_RECORDS} />
            { registry_fields(&base, &["security_classified", "aggregation_risk", "infrastructure", "metadata_secret", "core_records"]) }
            <fieldset class="checks" aria-describedby={held_help.clone()}>
                <legend>{ HELD_IN.get(lang) }</legend>
                <p class="help" id={held_help.clone()}>{ HELD_IN_HELP.get(lang) }</p>
                { for ctx.assessment.services.iter().flat_map(|s| s.components.iter().map(move |c| (s, c))).map(|(s, c)| {
                    let id = dom_id(&format!("{base}-in-{}-{}", s.id, c.id));
                    let checked = info.components.contains(&c.id);
                    let onchange = {
                        let ctx = ctx.clone();
                        let (path, list, cid) = (format!("{base}.components"), info.components.clone(), c.id.clone());
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next: Vec<String> = list.iter().filter(|x| **x != cid).cloned().collect();
                            if on { next.push(cid.clone()); }
                            ctx.dispatch(Action::Edit(path.clone(), json!(next)))
                        })
                    };
                    html! { <label for={id.clone()}><input type="checkbox" {id} {checked} {onchange} aria-describedby={held_help.clone()} />{ format!("{} – {}", s.name, c.name) }</label> }
                }) }
            </fieldset>
            if ctx.assessment.information_types.len() > 1 {
                <button type="button" class="remove" onclick={remove}>{ REMOVE.get(lang) }{ ": " }{ info.name.clone() }</button>
            }
        </section>
    }
}
