//! Step 1: the organisation, the legal date and the interpretation profile with its thresholds.

use super::browser;
use super::fields::{CheckField, ChoiceField, TextField, TextKind, TriField};
use super::state::{Action, AppContext};
use super::texts::*;
use crate::model::{ProfileId, Text};
use crate::rules::legal_state::RATTSLAGE_PER;
use yew::prelude::*;

fn org_kinds() -> std::rc::Rc<[(AttrValue, Text)]> {
    vec![
        ("kommun".into(), Text::new("Kommun", "Municipality")),
        ("region".into(), Text::new("Region", "Region")),
        ("statlig_myndighet".into(), Text::new("Statlig myndighet", "State authority")),
        ("kommunalt_bolag".into(), Text::new("Kommunalt bolag", "Municipal company")),
        ("unknown".into(), Text::new("Vet ej", "Unknown")),
    ]
    .into()
}

fn profile_help(p: ProfileId) -> Text {
    match p {
        ProfileId::TechnicalProcessing => Text::new(
            "Sekretess hindrar inte att uppgifter lämnas till den som bara tekniskt bearbetar eller lagrar dem, om det inte är olämpligt. Går uppdraget längre (handläggning av sakfrågan, leverantörens egna ändamål) gäller nödvändighetsprövningen; personal som ser innehållet vägs som olämplighet.",
            "Secrecy does not prevent disclosure to a party that only technically processes or stores the data, unless inappropriate. A task beyond that (handling the matter itself, the provider's own purposes) falls to the necessity test; staff who see the content are weighed as inappropriateness.",
        ),
        ProfileId::Necessity => Text::new(
            "Utlämnandet är tillåtet bara om det är nödvändigt för verksamheten, bedömt mot verkliga alternativ, med risken för utlämnande enligt utländsk lag vägd mot åtgärderna (Danderyd 2019, SKR).",
            "Disclosure is lawful only when necessary for the activity, judged against real alternatives, with the risk of disclosure under foreign law weighed against the measures (Danderyd 2019, SKR).",
        ),
        ProfileId::Strict => Text::new(
            "Uppgifter som görs tekniskt åtkomliga för en part under ett annat lands tvingande lagar anses röjda. Bara tekniska åtgärder som gör klartext oåtkomlig botar det; godkännandeflöden och avtal gör det inte.",
            "Data made technically accessible to a party under another country's compelling laws is considered disclosed. Only technical measures that make clear text inaccessible cure it; approval flows and contracts do not.",
        ),
    }
}

#[function_component(OrganisationView)]
pub fn organisation_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let today = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Edit("legal_date".into(), browser::today().to_string().into())))
    };
    html! {
        <section aria-labelledby="org-heading">
            <h1 id="org-heading">{ VIEW_ORGANISATION.get(lang) }</h1>
            <div class="grid">
                <TextField path="title" label={&TITLE} />
                <TextField path="diarienummer" label={&DIARIENUMMER} />
                <TextField path="organisation.name" label={&ORG_NAME} />
                <ChoiceField path="organisation.kind" label={&ORG_KIND} options={org_kinds()} />
                <TextField path="organisation.namnd" label={&NAMND} help={Some(&NAMND_HELP)} />
                <TextField path="organisation.internal_it_party" label={&INTERNAL_IT} />
                <TextField path="organisation.users" label={&USERS} kind={TextKind::Number} help={Some(&USERS_HELP)} />
            </div>
            <TriField path="organisation.covered_by_cybersecurity_act" label={&CYBER_ACT} help={Some(&CYBER_ACT_HELP)} />
            <h2>{ LEGAL_DATE.get(lang) }</h2>
            <div class="inline">
                <TextField path="legal_date" label={&LEGAL_DATE} kind={TextKind::Date} help={Some(&LEGAL_DATE_HELP)} />
                <button type="button" onclick={today}>{ TODAY.get(lang) }</button>
            </div>
            <p class="help">{ KNOWLEDGE_DATE.get(lang) }{ ": " }{ RATTSLAGE_PER.to_string() }</p>
            <fieldset class="profiles">
                <legend>{ PROFILE.get(lang) }</legend>
                { for ProfileId::ALL.into_iter().map(|p| {
                    let id = format!("profile-{}", p.as_str());
                    let onchange = { let ctx = ctx.clone(); Callback::from(move |_: Event| ctx.dispatch(Action::Edit("profile".into(), p.as_str().into()))) };
                    html! {
                        <div class="profile">
                            <input type="radio" name="profile" id={id.clone()} checked={ctx.assessment.profile == p} {onchange}
                                aria-describedby={format!("{id}-help")} />
                            <label for={id.clone()}>{ p.label().get(lang).to_string() }</label>
                            <p class="help" id={format!("{id}-help")}>{ profile_help(p).get(lang).to_string() }</p>
                        </div>
                    }
                }) }
            </fieldset>
            <details>
                <summary>{ THRESHOLDS.get(lang) }{ " (" }{ POLICY.get(lang) }{ ")" }</summary>
                <p class="help">{ THRESHOLDS_HELP.get(lang) }</p>
                <div class="grid">
                    <TextField path="thresholds.probability_low_percent" label={&P_LOW} kind={TextKind::Decimal} />
                    <TextField path="thresholds.probability_elevated_percent" label={&P_ELEVATED} kind={TextKind::Decimal} />
                    <TextField path="thresholds.horizon_years" label={&HORIZON} kind={TextKind::Number} />
                    <TextField path="thresholds.olamplighet_factor_limit" label={&OLAMPLIG_LIMIT} kind={TextKind::Number} />
                    <TextField path="thresholds.klassa_k_no_public_cloud" label={&K_NO_CLOUD} kind={TextKind::Number} />
                    <TextField path="thresholds.klassa_k_requires_own_keys" label={&K_OWN_KEYS} kind={TextKind::Number} />
                </div>
                <CheckField path="thresholds.policy_binding" label={&POLICY_BINDING} />
            </details>
        </section>
    }
}
