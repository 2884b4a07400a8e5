//! Step 6: the decision memo, printable (print stylesheet), in an internal and a public version
//! (OSL 18 kap. 8 §), with Markdown and JSON export and JSON import.

use super::browser;
use super::cell_detail::rule_label;
use super::fields::{TextField, TextKind};
use super::report_annexes::ReportAnnexes;
use super::result_matrix::verdict_badge;
use super::state::{Action, AppContext, Notice, View};
use super::texts::*;
use crate::model::parse_assessment_with_notices;
use crate::report::{markdown, memo, plan, Version, CONFIGURATION_RULES};
use crate::rules::legal_state::RATTSLAGE_PER;
use crate::rules::RuleId;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Reads an assessment file chosen in a file input: loads it (then shows `view`, if given) with a
/// notice of what was read anew, or says why it could not be read (shown in the UI's language).
pub fn import_assessment(ctx: &AppContext, view: Option<View>) -> Callback<Event> {
    let ctx = ctx.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(text) = browser::read_file(&input).await else { return };
            input.set_value("");
            match parse_assessment_with_notices(&text) {
                Ok((a, notices)) => {
                    ctx.dispatch(Action::Load(a));
                    if let Some(view) = view {
                        ctx.dispatch(Action::Show(view));
                    }
                    ctx.dispatch(Action::Notify(Notice::loaded(&IMPORTED, &notices)));
                }
                Err(e) => ctx.dispatch(Action::Notify(Notice::failed(&IMPORT_FAILED, &e))),
            }
        });
    })
}

#[function_component(ReportView)]
pub fn report_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let version = use_state(|| Version::Internal);
    let a = ctx.assessment.clone();
    // The memo names each cell's deciding unknowns: computed when the memo is shown, once per change.
    let ev = use_memo(a.clone(), |a| crate::rules::evaluate_explained(a));
    let public = *version == Version::Public;
    let file_base = if a.diarienummer.is_empty() {
        "molnbedomning".to_string()
    } else {
        a.diarienummer.replace(['/', '\\', ' '], "-")
    };
    let export_md = {
        let (a, ev, v, name) = (a.clone(), ev.clone(), *version, format!("{file_base}.md"));
        Callback::from(move |_| browser::download(&name, "text/markdown;charset=utf-8", &markdown(&a, &ev, lang, v)))
    };
    let export_json = {
        let (a, name) = (a.clone(), format!("{file_base}.json"));
        Callback::from(move |_| browser::download(&name, "application/json", &crate::model::assessment_json(&a, true)))
    };
    let import_json = import_assessment(&ctx, None);
    let set_version = |v: Version| {
        let version = version.clone();
        Callback::from(move |_: Event| version.set(v))
    };
    let (supplier, own) = memo::questions(&ev, lang, *version);
    let shown = |rule: RuleId| !public || !CONFIGURATION_RULES.contains(&rule);
    // The annexes after the DPIA and the TIAs, titled as `bedom report` titles them.
    let titles = memo::annex_titles(&a, &ev, *version);
    let trailing = titles[titles.len() - memo::TRAILING_ANNEXES.len()..].to_vec();
    html! {
        <section aria-labelledby="report-heading" class="report">
            <div class="no-print report-controls">
                <fieldset>
                    <legend>{ REPORT_VERSION.get(lang) }</legend>
                    <label for="v-internal"><input type="radio" id="v-internal" name="version" checked={!public} onchange={set_version(Version::Internal)} />{ INTERNAL_VERSION.get(lang) }</label>
                    <label for="v-public"><input type="radio" id="v-public" name="version" checked={public} onchange={set_version(Version::Public)} />{ PUBLIC_VERSION.get(lang) }</label>
                </fieldset>
                <fieldset>
                    <legend>{ MEMO_PARTICULARS.get(lang) }</legend>
                    <TextField path="memo.date" label={&MEMO_DATE} kind={TextKind::Date} />
                    <TextField path="memo.handlaggare" label={&HANDLAGGARE} />
                    <TextField path="memo.send_to" label={&SEND_TO} />
                </fieldset>
                <button type="button" onclick={Callback::from(|_| browser::print())}>{ PRINT.get(lang) }</button>
                <button type="button" onclick={export_md}>{ EXPORT_MD.get(lang) }</button>
                <button type="button" onclick={export_json}>{ EXPORT_JSON.get(lang) }</button>
                <div class="field">
                    <label for="import-json">{ IMPORT_JSON.get(lang) }</label>
                    <input type="file" id="import-json" accept="application/json,.json" onchange={import_json} />
                </div>
            </div>
            <article class="memo">
                <h1 id="report-heading">{ if a.title.is_empty() { REPORT.get(lang).to_string() } else { a.title.clone() } }</h1>
                <p class="classification">{ if public { PUBLIC_NOTE.get(lang) } else { INTERNAL_NOTE.get(lang) } }</p>
                <dl class="memo-meta">
                    <dt>{ MEMO_DATE.get(lang) }</dt><dd>{ a.memo.date.map(|d| d.to_string()).unwrap_or_default() }</dd>
                    <dt>{ DIARIENUMMER.get(lang) }</dt><dd>{ a.diarienummer.clone() }</dd>
                    <dt>{ HANDLAGGARE.get(lang) }</dt><dd>{ a.memo.handlaggare.clone() }</dd>
                    <dt>{ ORG_NAME.get(lang) }</dt><dd>{ a.organisation.name.clone() }</dd>
                    <dt>{ NAMND.get(lang) }</dt><dd>{ a.organisation.namnd.clone() }</dd>
                    <dt>{ LEGAL_DATE.get(lang) }</dt><dd>{ a.legal_date.to_string() }</dd>
                    <dt>{ KNOWLEDGE_DATE.get(lang) }</dt><dd>{ RATTSLAGE_PER.to_string() }</dd>
                    <dt>{ PROFILE.get(lang) }</dt><dd>{ a.profile.label().get(lang).to_string() }</dd>
                </dl>
                { for ev.notes.iter().map(|n| html! { <p class="note">{ n.get(lang).to_string() }</p> }) }
                <h2>{ PROPOSAL.get(lang) }</h2>
                <ul class="proposal">{ for memo::proposal(&a, &ev).iter().map(|t| html! { <li>{ t.get(lang).to_string() }</li> }) }</ul>
                <h2>{ SUMMARY.get(lang) }</h2>
                <p>{ memo::summary(&a, &ev).iter().map(|t| t.get(lang).to_string()).collect::<Vec<_>>().join(" ") }</p>
                <table class="compare">
                    <thead><tr><th scope="col">{ INFORMATION.get(lang) }</th>{ for a.services.iter().map(|s| html! { <th scope="col">{ s.name.clone() }</th> }) }</tr></thead>
                    <tbody>{ for a.information_types.iter().map(|i| html! {
                        <tr><th scope="row">{ i.name.clone() }</th>{ for a.services.iter().map(|s| html! {
                            <td>{ for ev.cell(&s.id, &i.id).map(|c| verdict_badge(c.overall, lang)) }</td>
                        }) }</tr>
                    }) }</tbody>
                </table>
                <h2>{ ASSESSMENT.get(lang) }</h2>
                { for memo::assessment_heads(&ev, *version).into_iter().map(|(service, info, verdict, head)| {
                    let svc = a.services.iter().find(|s| s.id == service).map(|s| s.name.clone()).unwrap_or(service);
                    let inf = a.information_types.iter().find(|i| i.id == info).map(|i| i.name.clone()).unwrap_or(info);
                    html! {
                        <section class="memo-head">
                            <h3>{ format!("{svc} – {inf}: ") }{ verdict_badge(verdict, lang) }</h3>
                            { for head.iter().map(|l| html! { <p>{ l.get(lang).to_string() }</p> }) }
                        </section>
                    }
                }) }
                <h2>{ DECISION_BASIS.get(lang) }</h2>
                <ul>
                    <li>{ THIS_MEMO.get(lang) }</li>
                    { for titles.iter().map(|t| html! { <li>{ t.get(lang).to_string() }</li> }) }
                </ul>
                <h2>{ DECISION.get(lang) }</h2>
                <p>{ DECISION_TEXT.get(lang) }</p>
                <dl class="decision">
                    { for [&DECIDED_BY, &DECISION_DATE, &DIARIENUMMER, &ACCEPTED_RISKS, &DECISION_CONDITIONS].into_iter().map(|k| html! {
                        <><dt>{ k.get(lang) }</dt><dd class="blank-line">{ "\u{a0}" }</dd></>
                    }) }
                    <dt>{ SEND_TO.get(lang) }</dt><dd>{ a.memo.send_to.clone() }</dd>
                </dl>
                <ReportAnnexes version={*version} />
                <section class="annex" aria-labelledby="annex-t0">
                    <h2 id="annex-t0">{ trailing[0].get(lang).to_string() }</h2>
                { for ev.results.iter().map(|cell| {
                    let svc = a.services.iter().find(|s| s.id == cell.service).map(|s| s.name.clone()).unwrap_or_default();
                    let info = a.information_types.iter().find(|i| i.id == cell.info_type).map(|i| i.name.clone()).unwrap_or_default();
                    html! {
                        <section class="memo-cell">
                            <h3>{ format!("{svc} – {info}: ") }{ verdict_badge(cell.overall, lang) }</h3>
                            { for cell.dimensions.iter().map(|d| {
                                let hidden = d.findings.iter().any(|f| f.verdict == Some(d.verdict) && !shown(f.rule));
                                html! {
                                    <div class="memo-dim">
                                        <h4>{ d.dimension.label().get(lang).to_string() }{ ": " }{ d.verdict.label().get(lang).to_string() }
                                            { format!(" ({})", d.deciding_rules().into_iter().map(|r| rule_label(r, lang)).collect::<Vec<_>>().join(", ")) }</h4>
                                        <ul>{ for d.findings.iter().filter(|f| f.verdict == Some(d.verdict) && shown(f.rule)).map(|f| html! {
                                            <li>{ f.reasoning.get(lang).to_string() }
                                                if f.policy { <em class="policy">{ " (" }{ POLICY.get(lang) }{ ")" }</em> }
                                            </li>
                                        }) }
                                        if hidden { <li><em>{ OMITTED.get(lang) }</em></li> }
                                        </ul>
                                    </div>
                                }
                            }) }
                        </section>
                    }
                }) }
                </section>
                <section class="annex" aria-labelledby="annex-t1">
                    <h2 id="annex-t1">{ trailing[1].get(lang).to_string() }</h2>
                <table class="plan">
                    <thead><tr><th scope="col">{ "#" }</th><th scope="col">{ MEASURES.get(lang) }</th><th scope="col">{ RULE.get(lang) }</th>
                        <th scope="col">{ OWNER.get(lang) }</th><th scope="col">{ DUE.get(lang) }</th><th scope="col">{ STATUS.get(lang) }</th></tr></thead>
                    <tbody>{ for plan::rows(&a, &ev, *version).iter().enumerate().map(|(i, row)| html! {
                        <tr>
                            <td>{ i + 1 }</td><td>{ row.text.get(lang).to_string() }</td>
                            <td>{ row.proposed_by(lang) }</td><td>{ row.item.owner.clone() }</td>
                            <td>{ row.item.due.map(|d| d.to_string()).unwrap_or_default() }</td><td>{ row.item.status.label().get(lang).to_string() }</td>
                        </tr>
                    }) }</tbody>
                </table>
                </section>
                <section class="annex" aria-labelledby="annex-t2">
                    <h2 id="annex-t2">{ trailing[2].get(lang).to_string() }</h2>
                <h3>{ SUPPLIER_QUESTIONS.get(lang) }</h3>
                <ol>{ for supplier.iter().map(|(r, t)| html! { <li>{ format!("{t} ({r})") }</li> }) }</ol>
                <h3>{ OWN_QUESTIONS.get(lang) }</h3>
                <ol>{ for own.iter().map(|(r, t)| html! { <li>{ format!("{t} ({r})") }</li> }) }</ol>
                </section>
                <section class="annex" aria-labelledby="annex-t3">
                    <h2 id="annex-t3">{ trailing[3].get(lang).to_string() }</h2>
                { for memo::facts(&a, lang, *version).into_iter().map(|(service, lines)| html! {
                    <>
                    <h3>{ service }</h3>
                    <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </>
                }) }
                </section>
                <section class="annex" aria-labelledby="annex-t4">
                    <h2 id="annex-t4">{ trailing[4].get(lang).to_string() }</h2>
                {{
                    let (rules, later) = memo::rules(&a, &ev, lang);
                    html! {
                        <>
                        <ul>{ for rules.into_iter().map(|(r, s)| html! { <li><strong>{ r }</strong>{ ": " }{ s }</li> }) }</ul>
                        if !later.is_empty() { <p class="help">{ WRITTEN_LATER.get(lang) }{ ": " }{ later.join("; ") }</p> }
                        </>
                    }
                }}
                </section>
                <p class="footer-note">{ PRODUCED_WITH.get(lang) }</p>
            </article>
        </section>
    }
}
