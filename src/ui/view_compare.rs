//! Step 5: comparison — the services side by side on the same information (R14), what changes
//! between the interpretation profiles, and what changes at today's legal state.

use super::browser;
use super::cell_detail::rule_label;
use super::result_matrix::verdict_badge;
use super::state::AppContext;
use super::texts::*;
use crate::model::{Assessment, ProfileId};
use crate::rules::{evaluate_brief, Dimension, Evaluation};
use yew::prelude::*;

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let a: &Assessment = &ctx.assessment;
    let by_profile: Vec<(ProfileId, Evaluation)> = ProfileId::ALL
        .into_iter()
        .map(|p| {
            let mut x = a.clone();
            x.profile = p;
            (p, evaluate_brief(&x))
        })
        .collect();
    let today = browser::today();
    let mut now = a.clone();
    now.legal_date = today;
    let at_today = evaluate_brief(&now);
    let changes: Vec<Html> = ctx
        .evaluation
        .results
        .iter()
        .zip(&at_today.results)
        .flat_map(|(before, after)| {
            let svc = a.services.iter().find(|s| s.id == before.service).map(|s| s.name.clone()).unwrap_or_default();
            let info = a
                .information_types
                .iter()
                .find(|i| i.id == before.info_type)
                .map(|i| i.name.clone())
                .unwrap_or_default();
            before
                .dimensions
                .iter()
                .zip(after.dimensions.iter())
                .filter(|(b, x)| b.verdict != x.verdict)
                .map(|(b, x)| {
                    let why: Vec<String> = x.deciding_rules().into_iter().map(|r| rule_label(r, lang)).collect();
                    html! {
                        <li>
                            <strong>{ format!("{svc} – {info}, {}: ", b.dimension.label().get(lang)) }</strong>
                            { verdict_badge(b.verdict, lang) }{ " → " }{ verdict_badge(x.verdict, lang) }
                            { format!(" ({}: {})", RULES_DECIDED.get(lang), why.join(", ")) }
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect();
    html! {
        <section aria-labelledby="compare-heading">
            <h1 id="compare-heading">{ VIEW_COMPARE.get(lang) }</h1>
            <h2>{ COMPARE_SERVICES.get(lang) }</h2>
            <div class="table-wrap">
            <table class="compare">
                <thead><tr>
                    <th scope="col">{ INFORMATION.get(lang) }</th>
                    { for a.services.iter().map(|s| html! { <th scope="col">{ s.name.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for a.information_types.iter().map(|info| html! {
                        <tr>
                            <th scope="row">{ info.name.clone() }</th>
                            { for a.services.iter().map(|s| html! {
                                <td>{ for ctx.evaluation.cell(&s.id, &info.id).map(|c| html! {
                                    <>
                                    { verdict_badge(c.overall, lang) }
                                    <br /><small>{ Dimension::Secrecy.label().get(lang).to_string() }{ ": " }{ c.dimension(Dimension::Secrecy).verdict.label().get(lang).to_string() }</small>
                                    </>
                                }) }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <h2>{ COMPARE_PROFILES.get(lang) }</h2>
            <div class="table-wrap">
            <table class="compare">
                <thead><tr>
                    <th scope="col">{ SERVICE.get(lang) }{ " – " }{ INFORMATION.get(lang) }</th>
                    { for by_profile.iter().map(|(p, _)| html! { <th scope="col">{ p.label().get(lang).to_string() }</th> }) }
                </tr></thead>
                <tbody>
                    { for ctx.evaluation.results.iter().map(|cell| {
                        let svc = a.services.iter().find(|s| s.id == cell.service).map(|s| s.name.clone()).unwrap_or_default();
                        let info = a.information_types.iter().find(|i| i.id == cell.info_type).map(|i| i.name.clone()).unwrap_or_default();
                        html! {
                            <tr>
                                <th scope="row">{ format!("{svc} – {info}") }</th>
                                { for by_profile.iter().map(|(p, ev)| {
                                    let v = ev.cell(&cell.service, &cell.info_type).map(|c| c.dimension(Dimension::Secrecy).verdict);
                                    let chosen = *p == a.profile;
                                    // The border marks the chosen profile for the eye; the text for a screen reader.
                                    html! { <td class={classes!(chosen.then_some("chosen"))}>{ for v.map(|v| verdict_badge(v, lang)) }
                                        if chosen { <span class="visually-hidden">{ CHOSEN_PROFILE.get(lang) }</span> }</td> }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            <p class="help">{ PROFILE_TABLE_HELP.get(lang) }</p>
            <h2>{ COMPARE_TODAY.get(lang) }{ format!(" ({} → {today})", a.legal_date) }</h2>
            if changes.is_empty() { <p>{ NO_CHANGES.get(lang) }</p> } else { <ul class="changes">{ for changes }</ul> }
        </section>
    }
}
