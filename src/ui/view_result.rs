//! Step 4: the verdicts per service, the open cell's reasoning, the action plan and the questions.

use super::action_plan::action_plan;
use super::browser;
use super::cell_detail::CellDetail;
use super::pager::{self, use_page};
use super::result_matrix::ResultMatrix;
use super::state::{Action, AppContext, Notice, View};
use super::texts::*;
use crate::report::memo::RuleTexts;
use crate::rules::RuleId;
use yew::prelude::*;

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

/// A numbered list of questions with a copy button, or "Beräknas …" while the texts are written.
fn question_list(ctx: &AppContext, id: &'static str, heading: &'static T, list: Option<&RuleTexts>) -> Html {
    let lang = ctx.lang;
    html! {
        <section aria-labelledby={id} aria-busy={list.is_none().then_some("true")}>
            <h2 {id}>{ heading.get(lang) }</h2>
            if let Some(list) = list {
                if list.is_empty() { <p>{ NONE.get(lang) }</p> } else {
                    <ol>{ for list.iter().map(|(r, t)| html! { <li>{ t.clone() }{ format!(" ({r})") }</li> }) }</ol>
                    { copy_button(ctx, COPY.get(lang), numbered(list)) }
                }
            } else {
                <p class="help">{ COMPUTING.get(lang) }</p>
            }
        </section>
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
    let page = use_page(a.services.len());
    let texts = super::state::use_texts();
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
    // The texts (plan, questions) follow the matrix: written after it has painted (`use_texts`).
    let questions = texts.as_ref().map(|ev| crate::report::memo::questions(ev, lang, crate::report::Version::Internal));
    let shown = &a.services[page.range()];
    let page_ids: Vec<&str> = shown.iter().map(|s| s.id.as_str()).collect();
    html! {
        <section aria-labelledby="result-heading">
            <h1 id="result-heading">{ RESULT.get(lang) }{ if a.title.is_empty() { String::new() } else { format!(": {}", a.title) } }</h1>
            <p class="meta">
                { LEGAL_DATE.get(lang) }{ " " }<strong id="legal-date">{ a.legal_date.to_string() }</strong>
                { " · " }{ PROFILE.get(lang) }{ ": " }{ a.profile.label().get(lang).to_string() }
            </p>
            { for ctx.evaluation.notes.iter().map(|n| html! { <p class="note">{ n.get(lang).to_string() }</p> }) }
            { page.view(lang, pager::SERVICES) }
            { for shown.iter().map(|s| html! {
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
            { action_plan(&ctx, texts.as_deref(), (page.pages > 1).then_some(page_ids.as_slice())) }
            { question_list(&ctx, "supplier-q-heading", &SUPPLIER_QUESTIONS, questions.as_ref().map(|(supplier, _)| supplier)) }
            { question_list(&ctx, "own-q-heading", &OWN_QUESTIONS, questions.as_ref().map(|(_, own)| own)) }
        </section>
    }
}
