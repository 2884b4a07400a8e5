//! Step 4: the verdicts per service, the open cell's reasoning, the action plan and the questions.

use super::action_plan::ActionPlan;
use super::browser;
use super::cell_detail::CellDetail;
use super::result_matrix::ResultMatrix;
use super::state::{Action, AppContext, Notice};
use super::texts::*;
use crate::report::memo::RuleTexts;
use yew::prelude::*;

/// Every supplier question and internal question of the evaluation, once each (`report::memo::questions`).
pub fn collect(ctx: &AppContext) -> (RuleTexts, RuleTexts) {
    crate::report::memo::questions(&ctx.with_texts(), ctx.lang, crate::report::Version::Internal)
}

pub fn copy_button(ctx: &AppContext, label: &'static str, text: String) -> Html {
    let lang = ctx.lang;
    let ctx = ctx.clone();
    let onclick = Callback::from(move |_| {
        let (ctx, text) = (ctx.clone(), text.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            let msg = if ok { COPIED.get(lang) } else { COPY_FAILED.get(lang) };
            ctx.dispatch(Action::Notify(Notice { error: !ok, text: msg.to_string() }));
        });
    });
    html! { <button type="button" class="no-print" {onclick}>{ label }</button> }
}

fn numbered(list: &[(&str, String)]) -> String {
    list.iter().enumerate().map(|(i, (r, t))| format!("{}. {t} ({r})", i + 1)).collect::<Vec<_>>().join("\n")
}

#[function_component(ResultView)]
pub fn result_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let a = ctx.assessment.clone();
    // The opened cell with its texts and deciding unknowns: computed for it alone, once per change
    // of the assessment or the selection (not on every edit elsewhere, not on every render).
    let selected = use_memo((a.clone(), ctx.selected.clone()), |(a, selected)| {
        let (s, i) = selected.as_ref()?;
        let cell = crate::rules::explain_cell(a, s, i)?;
        let svc = a.services.iter().find(|x| x.id == *s)?;
        let info = a.information_types.iter().find(|x| x.id == *i)?;
        Some((cell, format!("{} – {}", svc.name, info.name)))
    });
    let selected = (*selected).clone();
    let (supplier, own) = collect(&ctx);
    html! {
        <section aria-labelledby="result-heading">
            <h1 id="result-heading">{ RESULT.get(lang) }{ ": " }{ a.title.clone() }</h1>
            <p class="meta">
                { LEGAL_DATE.get(lang) }{ " " }<strong id="legal-date">{ a.legal_date.to_string() }</strong>
                { " · " }{ PROFILE.get(lang) }{ ": " }{ a.profile.label().get(lang).to_string() }
            </p>
            { for ctx.evaluation.notes.iter().map(|n| html! { <p class="note">{ n.get(lang).to_string() }</p> }) }
            { for a.services.iter().map(|s| html! {
                <section class="service-result" aria-label={s.name.clone()}>
                    <h2>{ s.name.clone() }</h2>
                    <ResultMatrix service={s.id.clone()} />
                </section>
            }) }
            if let Some((cell, title)) = selected {
                <CellDetail {cell} title={title} {lang} legal_date={a.legal_date} />
            } else {
                <p class="hint">{ CHOOSE_CELL.get(lang) }</p>
            }
            <ActionPlan />
            <section aria-labelledby="supplier-q-heading">
                <h2 id="supplier-q-heading">{ SUPPLIER_QUESTIONS.get(lang) }</h2>
                if supplier.is_empty() { <p>{ NONE.get(lang) }</p> } else {
                    <ol>{ for supplier.iter().map(|(r, t)| html! { <li>{ t.clone() }{ format!(" ({r})") }</li> }) }</ol>
                    { copy_button(&ctx, COPY.get(lang), numbered(&supplier)) }
                }
            </section>
            <section aria-labelledby="own-q-heading">
                <h2 id="own-q-heading">{ OWN_QUESTIONS.get(lang) }</h2>
                if own.is_empty() { <p>{ NONE.get(lang) }</p> } else {
                    <ol>{ for own.iter().map(|(r, t)| html! { <li>{ t.clone() }{ format!(" ({r})") }</li> }) }</ol>
                    { copy_button(&ctx, COPY.get(lang), numbered(&own)) }
                }
            </section>
        </section>
    }
}
