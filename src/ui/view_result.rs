//! Step 4: the verdicts per service, the open cell's reasoning, the action plan and the questions.

use super::action_plan::ActionPlan;
use super::browser;
use super::cell_detail::CellDetail;
use super::result_matrix::ResultMatrix;
use super::state::{Action, AppContext, Notice, View};
use super::texts::*;
use crate::report::memo::RuleTexts;
use crate::rules::RuleId;
use yew::prelude::*;

/// Every supplier question and internal question of the evaluation, once each (`report::memo::questions`).
pub fn collect(ctx: &AppContext) -> (RuleTexts, RuleTexts) {
    crate::report::memo::questions(&ctx.with_texts(), ctx.lang, crate::report::Version::Internal)
}

pub fn copy_button(ctx: &AppContext, label: &'static str, text: String) -> Html {
    let ctx = ctx.clone();
    let onclick = Callback::from(move |_| {
        let (ctx, text) = (ctx.clone(), text.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            ctx.dispatch(Action::Notify(Notice::says(!ok, if ok { &COPIED } else { &COPY_FAILED })));
        });
    });
    html! { <button type="button" class="no-print" {onclick}>{ label }</button> }
}

fn numbered(list: &[(RuleId, String)]) -> String {
    list.iter().enumerate().map(|(i, (r, t))| format!("{}. {t} ({r})", i + 1)).collect::<Vec<_>>().join("\n")
}

/// "Ej ifyllt": the first questions still open, each with the step where it is answered, and the
/// choice to see the verdict with them as "vet ej".
fn not_filled_in(ctx: &AppContext, unanswered: &[&'static crate::model::facts::Fact]) -> Html {
    let lang = ctx.lang;
    let as_unknown = {
        let ctx = ctx.clone();
        let paths: Vec<String> = unanswered.iter().map(|f| f.path.to_string()).collect();
        Callback::from(move |_| ctx.dispatch(Action::Answered(paths.clone())))
    };
    html! {
        <div class="not-filled" role="status">
            <h2>{ NOT_FILLED_IN.get(lang) }</h2>
            <p>{ NOT_FILLED_IN_LEAD.get(lang) }</p>
            <ul>{ for unanswered.iter().map(|f| {
                let (view, step) = if f.path.starts_with("services") { (View::Service, &VIEW_SERVICE) } else { (View::Information, &VIEW_INFORMATION) };
                let ctx = ctx.clone();
                let go = Callback::from(move |_| ctx.dispatch(Action::Show(view)));
                let label = if lang == crate::model::Lang::Sv { f.label.sv } else { f.label.en };
                let mut chars = label.chars();
                let label: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
                html! { <li>{ label }{ " – " }<button type="button" class="link" onclick={go}>{ step.get(lang) }</button></li> }
            }) }</ul>
            <button type="button" onclick={as_unknown}>{ SHOW_WITH_UNKNOWN.get(lang) }</button>
        </div>
    }
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
    // A new assessment shows no verdict until its first questions are answered ("ej ifyllt").
    let unanswered = ctx.unanswered();
    if !unanswered.is_empty() {
        return html! {
            <section aria-labelledby="result-heading">
                <h1 id="result-heading">{ RESULT.get(lang) }{ if a.title.is_empty() { String::new() } else { format!(": {}", a.title) } }</h1>
                { not_filled_in(&ctx, &unanswered) }
            </section>
        };
    }
    let (supplier, own) = collect(&ctx);
    html! {
        <section aria-labelledby="result-heading">
            <h1 id="result-heading">{ RESULT.get(lang) }{ if a.title.is_empty() { String::new() } else { format!(": {}", a.title) } }</h1>
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
