//! The memo's annexes in the report view: the DPIA section and one transfer impact assessment per
//! service with third-country transfers, as built by `report::annex` (the Markdown memo renders
//! the same data).

use super::result_matrix::verdict_badge;
use super::state::AppContext;
use crate::model::Lang;
use crate::report::annex::{dpia, transfer_annexes, words::*, Quote};
use crate::report::Version;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub version: Version,
}

fn quote_list(quotes: &[Quote], lang: Lang) -> Html {
    html! {
        <ul>{ for quotes.iter().map(|q| html! {
            <li>
                <strong>{ q.rule.as_str() }</strong>{ " " }
                if let Some(v) = q.shown_verdict() { { verdict_badge(v, lang) }{ " " } }
                { q.text.get(lang).to_string() }
            </li>
        }) }</ul>
    }
}

fn blank_lines<'a>(labels: impl IntoIterator<Item = &'a crate::model::StaticText>, lang: Lang) -> Html {
    html! {
        <dl class="decision">{ for labels.into_iter().map(|k| html! {
            <><dt>{ k.get(lang) }</dt><dd class="blank-line">{ "\u{a0}" }</dd></>
        }) }</dl>
    }
}

#[function_component(ReportAnnexes)]
pub fn report_annexes(props: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let full = ctx.with_texts();
    let (a, ev) = (&*ctx.assessment, &*full);
    let dpia_section = dpia(a, ev, props.version).map(|d| {
        html! {
            <section class="annex" aria-labelledby="annex-dpia">
                <h2 id="annex-dpia">{ DPIA_TITLE.get(lang) }</h2>
                <p class="note">{ DPIA_INTRO.get(lang) }</p>
                <h3>{ DPIA_A.get(lang) }</h3>
                <ul>{ for d.info.iter().map(|i| html! {
                    <li>
                        <strong>{ i.name.clone() }</strong>
                        { format!(": {}; {}: {}; {}: {}. ", i.kind.get(lang), RETENTION.get(lang), i.retention.get(lang),
                            PROCESSED_IN.get(lang), i.services.join(", ")) }
                        { if i.required { DPIA_REQUIRED.get(lang) } else { DPIA_TRY.get(lang) } }
                    </li>
                }) }</ul>
                { blank_lines(&TO_FILL_IN, lang) }
                <h3>{ DPIA_B.get(lang) }</h3>
                if d.necessity.is_empty() { <p>{ NO_ALTERNATIVES.get(lang) }</p> }
                { quote_list(&d.necessity, lang) }
                <h3>{ DPIA_C.get(lang) }</h3>
                if d.risks.is_empty() { <p>{ NO_RISKS.get(lang) }</p> }
                { for d.risks.iter().map(|r| html! {
                    <div class="memo-dim">
                        <h4>{ format!("{} – {}, {}: ", r.service, r.info_type, r.dimension.label().get(lang)) }{ verdict_badge(r.verdict, lang) }</h4>
                        { quote_list(&r.reasons, lang) }
                    </div>
                }) }
                <h3>{ DPIA_D.get(lang) }</h3>
                if d.measures.is_empty() { <p>{ NO_MEASURES.get(lang) }</p> }
                <ol>{ for d.measures.iter().map(|(rule, m)| html! { <li>{ format!("{} ({rule})", m.get(lang)) }</li> }) }</ol>
                if d.prior_consultation { <p><strong>{ crate::report::annex::prior_consultation(a.legal_date).get(lang).to_string() }</strong></p> }
                { blank_lines([&DPO_OPINION], lang) }
            </section>
        }
    });
    let tia_sections = transfer_annexes(a, ev, props.version).into_iter().enumerate().map(|(n, t)| {
        let id = format!("annex-tia-{n}");
        html! {
            <section class="annex" aria-labelledby={id.clone()}>
                <h2 {id}>{ crate::report::annex::tia_title(n, &t.service, a.legal_date).get(lang).to_string() }</h2>
                <p class="note">{ crate::report::annex::tia_intro(a.legal_date).get(lang) }</p>
                <ul>{ for t.verdicts.iter().map(|(info, v)| html! { <li>{ format!("{info}: ") }{ verdict_badge(*v, lang) }</li> }) }</ul>
                <table class="compare">
                    <thead><tr>{ for COUNTRY_COLUMNS.iter().map(|c| html! { <th scope="col">{ c.get(lang) }</th> }) }</tr></thead>
                    <tbody>{ for t.countries.iter().map(|r| html! {
                        <tr>
                            <th scope="row">{ r.country.label(lang) }</th>
                            <td>{ r.occurs.iter().map(|o| o.get(lang)).collect::<Vec<_>>().join("; ") }</td>
                            <td>{ r.adequacy.unwrap_or(NO_ADEQUACY.get(lang)) }</td>
                            <td>{ r.compulsion.iter().map(|(l, src)| format!("{} ({src})", l.get(lang))).collect::<Vec<_>>().join("; ") }</td>
                        </tr>
                    }) }</tbody>
                </table>
                { for t.steps.iter().map(|step| html! {
                    <>
                        <h3>{ step.title.get(lang).to_string() }</h3>
                        { quote_list(&step.quotes, lang) }
                    </>
                }) }
                <ul>
                    { for t.rechecks.iter().map(|(name, date, past)| html! {
                        <li class={classes!(past.then_some("overdue"))}>
                            { format!("{name}: {} {date}{}", RECHECK_BY.get(lang), if *past { RECHECK_PASSED.get(lang) } else { "" }) }
                        </li>
                    }) }
                    <li>{ crate::report::annex::reevaluate(a.legal_date).get(lang) }</li>
                    if t.omitted { <li><em>{ CONFIGURATION_OMITTED.get(lang) }</em></li> }
                </ul>
            </section>
        }
    });
    html! { <>{ for dpia_section }{ for tia_sections }</> }
}
