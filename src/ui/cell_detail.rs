//! The reasoning behind one cell: per dimension the verdict, the rules that decided it with their
//! sources, the explanation, measures and questions.

use super::result_matrix::verdict_badge;
use super::texts::*;
use crate::model::{Date, Lang};
use crate::rules::sources::at_date;
use crate::rules::{rule, Addressee, CellResult, DimensionResult, Finding, RuleId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub cell: CellResult,
    pub title: AttrValue,
    pub lang: Lang,
    /// The assessment's legal date: only sources that existed then are cited.
    pub legal_date: Date,
}

#[function_component(CellDetail)]
pub fn cell_detail(props: &Props) -> Html {
    let lang = props.lang;
    let cell = &props.cell;
    // Answer first: the head (what decides, law or policy, the deciding unknowns or the main
    // measures, the next step), then the dimensions with the deciding ones first.
    let head = cell.head();
    let (next, reasons) = head.split_last().map(|(n, r)| (Some(n), r)).unwrap_or((None, &[]));
    let (deciding, others): (Vec<_>, Vec<_>) = cell.dimensions.iter().partition(|d| d.verdict == cell.overall);
    html! {
        <section class="cell-detail" aria-labelledby="cell-detail-heading">
            <h2 id="cell-detail-heading" tabindex="-1">{ props.title.clone() }{ ": " }{ verdict_badge(cell.overall, lang) }</h2>
            <div class="cell-head">
                { for reasons.iter().map(|l| html! { <p>{ l.get(lang).to_string() }</p> }) }
                if let Some(n) = next { <p class="next-step">{ n.get(lang).to_string() }</p> }
            </div>
            { for deciding.iter().chain(others.iter()).map(|d| dimension(d, lang, props.legal_date)) }
        </section>
    }
}

pub fn rule_label(id: RuleId, lang: Lang) -> String {
    crate::rules::rule_label(id).get(lang).to_string()
}

fn dimension(d: &DimensionResult, lang: Lang, date: Date) -> Html {
    let deciding = d.deciding_rules();
    let (decided, considered): (Vec<_>, Vec<_>) = d.findings.iter().partition(|f| f.verdict == Some(d.verdict));
    html! {
        <article class="dimension" data-dimension={d.dimension.as_str()}>
            <h3>{ d.dimension.label().get(lang).to_string() }{ ": " }{ verdict_badge(d.verdict, lang) }</h3>
            <p class="deciding">
                <strong>{ RULES_DECIDED.get(lang) }{ ": " }</strong>
                { for deciding.iter().map(|&id| html! { <span class="rule-id">{ rule_label(id, lang) }</span> }) }
            </p>
            { for decided.iter().map(|f| finding(f, lang, date)) }
            if !considered.is_empty() {
                <details>
                    <summary>{ ALSO_CONSIDERED.get(lang) }{ format!(" ({})", considered.len()) }</summary>
                    { for considered.iter().map(|f| finding(f, lang, date)) }
                </details>
            }
        </article>
    }
}

fn finding(f: &Finding, lang: Lang, date: Date) -> Html {
    let cites = rule(f.rule).map(|r| r.sources).unwrap_or_default().iter().chain(&f.sources);
    let sources = at_date(cites, date);
    html! {
        <div class="finding" data-rule={f.rule.as_str()}>
            <p>
                <span class="rule-id">{ f.rule.as_str() }</span>{ " " }{ f.reasoning.get(lang).to_string() }
                if f.policy { <em class="policy">{ " (" }{ POLICY.get(lang) }{ ")" }</em> }
            </p>
            if !f.measures.is_empty() {
                <p class="label">{ MEASURES.get(lang) }</p>
                <ul>{ for f.measures.iter().map(|m| html! { <li>{ m.get(lang).to_string() }</li> }) }</ul>
            }
            if !f.questions.is_empty() {
                <p class="label">{ QUESTIONS.get(lang) }</p>
                <ul>{ for f.questions.iter().map(|q| html! {
                    <li>{ q.text.get(lang).to_string() }{ " (" }{ match q.to {
                        Addressee::Supplier => TO_SUPPLIER.get(lang),
                        Addressee::Organisation => TO_ORGANISATION.get(lang),
                    } }{ ")" }</li>
                }) }</ul>
            }
            <details class="sources">
                <summary>{ SOURCES.get(lang) }{ format!(" ({})", sources.shown.len()) }</summary>
                <ul>{ for sources.shown.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                if !sources.later.is_empty() {
                    <p class="help">{ WRITTEN_LATER.get(lang) }{ ": " }{ sources.later.join("; ") }</p>
                }
            </details>
        </div>
    }
}
