//! Step 2: the services — parties and ownership chain, components, keys, access controls, contract,
//! certifications, the body's own configuration and protective security. Facts show their source.

use super::fields::{
    dom_id, options, registry_fields, CheckField, ChoiceField, CountryField, TextField, TextKind, TriField,
};
use super::pager::{self, use_page};
use super::probability_inputs::ProbabilityInputs;
use super::state::{Action, AppContext};
use super::texts::*;
use crate::model::*;
use crate::rules::applies;
use serde_json::{json, Value};
use web_sys::HtmlInputElement;
use yew::prelude::*;

const ROLES: [(&str, PartyRole); 6] = [
    ("provider", PartyRole::Provider),
    ("parent", PartyRole::Parent),
    ("operator", PartyRole::Operator),
    ("support", PartyRole::Support),
    ("subprocessor", PartyRole::Subprocessor),
    ("internal_it", PartyRole::InternalIt),
];
const ACCESSES: [(&str, Access); 4] = [
    ("unknown", Access::Unknown),
    ("none", Access::None),
    ("metadata", Access::Metadata),
    ("content", Access::Content),
];
const KEYS: [(&str, KeyControl); 5] = [
    ("unknown", KeyControl::Unknown),
    ("provider", KeyControl::Provider),
    ("customer_key_in_provider_kms", KeyControl::CustomerKeyInProviderKms),
    ("external_key_no_provider_cleartext", KeyControl::ExternalKeyNoProviderCleartext),
    ("end_to_end", KeyControl::EndToEnd),
];
const OWN_USES: [(&str, OwnUse); 4] =
    [("unknown", OwnUse::Unknown), ("none", OwnUse::None), ("opted_out", OwnUse::OptedOut), ("yes", OwnUse::Yes)];
const KINDS: [(&str, ServiceKind); 3] = [
    ("public_cloud", ServiceKind::PublicCloud),
    ("on_premises", ServiceKind::OnPremises),
    ("private_cloud", ServiceKind::PrivateCloud),
];
/// The provider's task (R2: 10 kap. 2 a § OSL applies only to technical processing or storage).
fn provider_tasks() -> std::rc::Rc<[(AttrValue, Text)]> {
    [
        ("unknown", Text::new("Vet ej", "Unknown")),
        (
            "technical_only",
            Text::new(
                "Endast teknisk bearbetning eller lagring för myndighetens räkning",
                "Only technical processing or storage on the body's behalf",
            ),
        ),
        ("more", Text::new("Mer än så (t.ex. egna ändamål)", "More than that (e.g. its own purposes)")),
    ]
    .into_iter()
    .map(|(v, t)| (AttrValue::from(v), t))
    .collect()
}

const STATUSES: [(&str, FactStatus); 4] = [
    ("claimed", FactStatus::Claimed),
    ("contracted", FactStatus::Contracted),
    ("verified", FactStatus::Verified),
    ("assumed", FactStatus::Assumed),
];

fn edit(ctx: &AppContext, path: String, value: Value) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_| ctx.dispatch(Action::Edit(path.clone(), value.clone())))
}

/// A name not yet used in `taken`, from `base`.
fn fresh(base: &str, taken: &[&str]) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_string() } else { format!("{base} {n}") })
        .find(|c| !taken.contains(&c.as_str()))
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct ProvenanceProps {
    path: AttrValue,
    provenance: Option<Provenance>,
}

/// Where a fact comes from: status, source, date and re-check date (flagged when passed).
#[function_component(ProvenanceEditor)]
fn provenance_editor(p: &ProvenanceProps) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let current = p.provenance.as_ref().map(|x| x.status);
    let id = dom_id(&p.path);
    // "Not stated" removes the whole provenance; a status creates or changes it.
    let onchange = {
        let (ctx, path) = (ctx.clone(), p.path.to_string());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let (path, value) =
                if v.is_empty() { (path.clone(), Value::Null) } else { (format!("{path}.status"), Value::from(v)) };
            ctx.dispatch(Action::Edit(path, value))
        })
    };
    let overdue = p.provenance.as_ref().and_then(|x| x.recheck).is_some_and(|d| d < super::browser::today());
    html! {
        <div class="provenance">
            <div class="field">
                <label for={id.clone()}>{ PROVENANCE.get(lang) }</label>
                <select id={id.clone()} {onchange} aria-describedby={format!("{id}-help")}>
                    <option value="" selected={current.is_none()}>{ NOT_STATED.get(lang) }</option>
                    { for STATUSES.iter().map(|(v, st)| html! {
                        <option value={*v} selected={current == Some(*st)}>{ st.plain_label().get(lang).to_string() }</option>
                    }) }
                </select>
                <p class="help" id={format!("{id}-help")}>{ PROVENANCE_HELP.get(lang) }</p>
            </div>
            if p.provenance.is_some() {
                <TextField path={format!("{}.source", p.path)} label={&SOURCE_TEXT} />
                <TextField path={format!("{}.date", p.path)} label={&SOURCE_DATE} kind={TextKind::Date} />
                <TextField path={format!("{}.recheck", p.path)} label={&RECHECK} kind={TextKind::Date} />
            }
            if overdue {
                <p class="overdue" role="note">{ "⚠ " }{ RECHECK_DUE.get(lang) }</p>
            }
        </div>
    }
}

#[function_component(ServiceView)]
pub fn service_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    let ids: Vec<&str> = a.services.iter().map(|s| s.id.as_str()).collect();
    let new_id = fresh("tjanst", &ids);
    let mut new_service = serde_json::to_value(&crate::presets::blank().services[0]).unwrap_or(Value::Null);
    new_service["id"] = new_id.clone().into();
    new_service["name"] = NEW_SERVICE.get(lang).into();
    // A portfolio's services are edited ten at a time, as the result shows them (issue 15: an edit
    // renders the services on the page, not fifty forms); a new service opens on its page.
    let page = use_page(a.services.len());
    let add = {
        let (added, page) = (edit(&ctx, format!("services[{new_id}]"), new_service), page.clone());
        Callback::from(move |e: MouseEvent| {
            added.emit(e);
            page.to_the_added();
        })
    };
    html! {
        <section aria-labelledby="service-heading">
            <h1 id="service-heading">{ VIEW_SERVICE.get(lang) }</h1>
            { page.view(lang, pager::SERVICES) }
            { for page.range().map(|s| service(&ctx, s, &a.services[s])) }
            <button type="button" onclick={add}>{ "+ " }{ ADD_SERVICE.get(lang) }</button>
        </section>
    }
}

fn service(ctx: &AppContext, s: usize, svc: &Service) -> Html {
    let lang = ctx.lang;
    let base = format!("services[#{s}]");
    let party_names: Vec<&str> = svc.parties.iter().map(|p| p.name.as_str()).collect();
    let component_ids: Vec<&str> = svc.components.iter().map(|c| c.id.as_str()).collect();
    let mut parents = vec![(AttrValue::from(""), Text::new("ingen (överst i kedjan)", "none (top of the chain)"))];
    parents.extend(
        svc.parties.iter().map(|p| (AttrValue::from(p.name.clone()), Text::new(p.name.clone(), p.name.clone()))),
    );
    let new_party = json!({"name": fresh(NEW_PARTY.get(lang), &party_names), "role": "subprocessor", "jurisdiction": "unknown", "access": "unknown"});
    let new_component_id = fresh("komponent", &component_ids);
    let new_component = json!({"id": new_component_id, "name": NEW_COMPONENT.get(lang), "data_location": "unknown", "key_control": "unknown"});
    let new_control = json!({"kind": "access_approval", "name": "", "covers": [], "requester_is_approver": false, "admin_bypass": false, "verified": false});
    let heading_id = dom_id(&format!("{base}-heading"));
    html! {
        <section class="service" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ svc.name.clone() }</h2>
            <div class="grid">
                <TextField path={format!("{base}.name")} label={&SERVICE_NAME} />
                <ChoiceField path={format!("{base}.kind")} label={&SERVICE_KIND} options={options(&KINDS, ServiceKind::label)} />
                <ChoiceField path={format!("{base}.own_use_of_content")} label={&OWN_USE} options={options(&OWN_USES, OwnUse::label)} help={Some(&OWN_USE_HELP)} />
                <ChoiceField path={format!("{base}.provider_task")} label={&PROVIDER_TASK} options={provider_tasks()} />
            </div>
            // The necessity of handing the information over (10 kap. 2 § OSL, R2): the body's own
            // statement and whether it has examined the alternatives.
            <TextField path={format!("{base}.necessity_basis")} label={&NECESSITY_BASIS} kind={TextKind::Paragraph} />
            { registry_fields(&base, &[]) }
            <details open=true>
                <summary>{ PARTIES.get(lang) }{ format!(" ({})", svc.parties.len()) }</summary>
                { for svc.parties.iter().enumerate().map(|(i, p)| {
                    let pb = format!("{base}.parties[#{i}]");
                    html! {
                        <fieldset class="item">
                            <legend>{ p.name.clone() }{ " – " }{ p.role.label().get(lang).to_string() }</legend>
                            <div class="grid">
                                <TextField path={format!("{pb}.name")} label={&PARTY_NAME} />
                                <ChoiceField path={format!("{pb}.role")} label={&ROLE} options={options(&ROLES, PartyRole::label)} />
                                <CountryField path={format!("{pb}.jurisdiction")} label={&JURISDICTION} />
                                if svc.parties.len() > 1 {
                                    <ChoiceField path={format!("{pb}.parent")} label={&PARENT} options={std::rc::Rc::from(parents.clone())} empty_is_null=true />
                                }
                                <ChoiceField path={format!("{pb}.access")} label={&ACCESS} options={options(&ACCESSES, Access::label)} help={Some(&ACCESS_HELP)} />
                            </div>
                            // Only where it applies: a US party while the scheme is in force.
                            if applies::dpf_certification(&ctx.assessment, p) {
                                <TriField path={format!("{pb}.dpf_certified")} label={&DPF} />
                            }
                            if applies::privacy_shield_certification(&ctx.assessment, p) {
                                <TriField path={format!("{pb}.privacy_shield_certified")} label={&PRIVACY_SHIELD} />
                            }
                            { registry_fields(&pb, &["dpf_certified", "privacy_shield_certified"]) }
                            <ProvenanceEditor path={format!("{pb}.provenance")} provenance={p.provenance.clone()} />
                            <button type="button" class="remove" onclick={edit(ctx, pb.clone(), Value::Null)}>{ REMOVE.get(lang) }{ ": " }{ p.name.clone() }</button>
                        </fieldset>
                    }
                }) }
                <button type="button" onclick={edit(ctx, format!("{base}.parties[#{}]", svc.parties.len()), new_party)}>{ "+ " }{ ADD_PARTY.get(lang) }</button>
            </details>
            <details open=true>
                <summary>{ COMPONENTS.get(lang) }{ format!(" ({})", svc.components.len()) }</summary>
                { for svc.components.iter().enumerate().map(|(i, c)| {
                    let cb = format!("{base}.components[#{i}]");
                    let mut operators = vec![(AttrValue::from(""), Text::new("ej angivet", "not stated"))];
                    operators.extend(svc.parties.iter().map(|p| (AttrValue::from(p.name.clone()), Text::new(p.name.clone(), p.name.clone()))));
                    html! {
                        <fieldset class="item">
                            <legend>{ c.name.clone() }</legend>
                            <div class="grid">
                                <TextField path={format!("{cb}.name")} label={&COMPONENT_NAME} />
                                <CountryField path={format!("{cb}.data_location")} label={&DATA_LOCATION} eu=true />
                                <ChoiceField path={format!("{cb}.key_control")} label={&KEY_CONTROL} options={options(&KEYS, KeyControl::label)} />
                                <ChoiceField path={format!("{cb}.operator")} label={&OPERATOR} options={std::rc::Rc::from(operators)} empty_is_null=true />
                            </div>
                            <TriField path={format!("{cb}.provider_needs_cleartext")} label={&NEEDS_CLEARTEXT} />
                            if c.key_control == KeyControl::EndToEnd {
                                <TriField path={format!("{cb}.provider_controls_client")} label={&CONTROLS_CLIENT} />
                            }
                            <TriField path={format!("{cb}.enabled")} label={&ENABLED} />
                            { registry_fields(&cb, &["provider_needs_cleartext", "provider_controls_client", "enabled"]) }
                            <ProvenanceEditor path={format!("{cb}.provenance")} provenance={c.provenance.clone()} />
                            <button type="button" class="remove" onclick={edit(ctx, cb.clone(), Value::Null)}>{ REMOVE.get(lang) }{ ": " }{ c.name.clone() }</button>
                        </fieldset>
                    }
                }) }
                <button type="button" onclick={edit(ctx, format!("{base}.components[#{}]", svc.components.len()), new_component)}>{ "+ " }{ ADD_COMPONENT.get(lang) }</button>
            </details>
            <div class="grid">
                <TriField path={format!("{base}.contract.dpa")} label={&DPA} />
                if applies::transfer_tools(&ctx.assessment, svc) {
                    <TriField path={format!("{base}.contract.scc")} label={&SCC} />
                    <TriField path={format!("{base}.contract.tia_done")} label={&TIA} />
                }
            </div>
            // The decisive facts stand above; the rest is one step away (issue 14).
            <details class="more">
            <summary>{ MORE_DETAILS.get(lang) }{ format!(" – {}", svc.name) }</summary>
            <details>
                <summary>{ CONTROLS.get(lang) }{ format!(" ({})", svc.controls.len()) }</summary>
                { for svc.controls.iter().enumerate().map(|(i, c)| {
                    let kb = format!("{base}.controls[#{i}]");
                    html! {
                        <fieldset class="item">
                            <legend>{ if c.name.is_empty() { CONTROLS.get(lang).to_string() } else { c.name.clone() } }</legend>
                            <TextField path={format!("{kb}.name")} label={&PARTY_NAME} />
                            <fieldset class="checks">
                                <legend>{ CONTROL_COVERS.get(lang) }</legend>
                                { for svc.components.iter().map(|comp| covers_box(ctx, &kb, c, comp)) }
                            </fieldset>
                            <CheckField path={format!("{kb}.requester_is_approver")} label={&REQUESTER_IS_APPROVER} />
                            <CheckField path={format!("{kb}.admin_bypass")} label={&ADMIN_BYPASS} />
                            <CheckField path={format!("{kb}.verified")} label={&VERIFIED} />
                            <ProvenanceEditor path={format!("{kb}.provenance")} provenance={c.provenance.clone()} />
                            <button type="button" class="remove" onclick={edit(ctx, kb.clone(), Value::Null)}>{ REMOVE.get(lang) }</button>
                        </fieldset>
                    }
                }) }
                <button type="button" onclick={edit(ctx, format!("{base}.controls[#{}]", svc.controls.len()), new_control)}>{ "+ " }{ ADD_CONTROL.get(lang) }</button>
            </details>
            <details>
                <summary>{ CONTRACT.get(lang) }</summary>
                { registry_fields(&format!("{base}.contract"), &["dpa", "scc", "tia_done"]) }
                <ProvenanceEditor path={format!("{base}.contract.provenance")} provenance={svc.contract.provenance.clone()} />
            </details>
            <details>
                <summary>{ CERTIFICATIONS.get(lang) }</summary>
                { registry_fields(&format!("{base}.certifications"), &[]) }
                <ProvenanceEditor path={format!("{base}.certifications.provenance")} provenance={svc.certifications.provenance.clone()} />
            </details>
            <details>
                <summary>{ CONFIGURATION.get(lang) }</summary>
                <p class="help">{ CONFIGURATION_HELP.get(lang) }</p>
                { registry_fields(&format!("{base}.configuration"), &[]) }
            </details>
            <ProbabilityInputs base={base.clone()} has_transparency={svc.transparency.is_some()} has_factors={svc.lawful_access_factors.is_some()} />
            if applies::protective_security_procurement(&ctx.assessment) {
                <details>
                    <summary>{ PROTECTIVE_SECURITY.get(lang) }</summary>
                    { registry_fields(&format!("{base}.protective_security"), &[]) }
                </details>
            }
            </details>
            if ctx.assessment.services.len() > 1 {
                <button type="button" class="remove" onclick={edit(ctx, base.clone(), Value::Null)}>{ REMOVE.get(lang) }{ ": " }{ svc.name.clone() }</button>
            }
        </section>
    }
}

fn covers_box(ctx: &AppContext, control_path: &str, control: &Control, comp: &crate::model::Component) -> Html {
    let id = dom_id(&format!("{control_path}-covers-{}", comp.id));
    let checked = control.covers.contains(&comp.id);
    let onchange = {
        let ctx = ctx.clone();
        let (path, covers, cid) = (format!("{control_path}.covers"), control.covers.clone(), comp.id.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next: Vec<String> = covers.iter().filter(|c| **c != cid).cloned().collect();
            if on {
                next.push(cid.clone());
            }
            ctx.dispatch(Action::Edit(path.clone(), json!(next)))
        })
    };
    html! {
        <label for={id.clone()}><input type="checkbox" id={id} {checked} {onchange} />{ comp.name.clone() }</label>
    }
}
