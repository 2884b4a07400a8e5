//! Diff of two assessments: the current one against a file the user imports (another body's
//! assessment, or an earlier version). For every verdict that differs the core says whether facts,
//! thresholds, the profile or the legal date caused it, and which facts.

use super::browser;
use super::result_matrix::verdict_badge;
use super::state::AppContext;
use super::texts::*;
use crate::analysis::diff::diff;
use crate::model::{parse_assessment, Assessment, Error};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(DiffSection)]
pub fn diff_section() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let other = use_state(|| None::<Rc<Assessment>>);
    let error = use_state(|| None::<Error>);
    let import = {
        let (other, error) = (other.clone(), error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (other, error) = (other.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(text) = browser::read_file(&input).await else { return };
                input.set_value("");
                match parse_assessment(&text) {
                    Ok(a) => {
                        other.set(Some(Rc::new(a)));
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let result = other.as_ref().map(|b| {
        let d = diff(&ctx.assessment, b);
        let name = |s: &str, i: &str| {
            let svc = ctx.assessment.services.iter().find(|x| x.id == s).map(|x| x.name.as_str()).unwrap_or(s);
            let info = ctx.assessment.information_types.iter().find(|x| x.id == i).map(|x| x.name.as_str()).unwrap_or(i);
            format!("{svc} – {info}")
        };
        html! {
            <div aria-live="polite">
                <p>{ format!("{}: {}", DIFF_AGAINST.get(lang), if b.title.is_empty() { "–" } else { &b.title }) }</p>
                if d.is_empty() { <p>{ DIFF_NONE.get(lang) }</p> }
                if !d.changes.is_empty() {
                    <ul>{ for d.changes.iter().map(|c| html! {
                        <li>
                            { format!("{}, {}: ", name(&c.service, &c.info_type), c.dimension.map(|x| x.label().get(lang).to_string()).unwrap_or(OVERALL.get(lang).to_string())) }
                            { verdict_badge(c.before, lang) }{ " → " }{ verdict_badge(c.after, lang) }
                            { format!(" – {} {}", DIFF_CAUSE.get(lang), c.causes.iter().map(|x| x.describe().get(lang).to_string()).collect::<Vec<_>>().join("; ")) }
                        </li>
                    }) }</ul>
                }
                if !d.facts.is_empty() {
                    <details>
                        <summary>{ format!("{} ({})", DIFF_FACTS.get(lang), d.facts.len()) }</summary>
                        <ul>{ for d.facts.iter().map(|f| html! { <li><code>{ f.path.clone() }</code>{ format!(": {} → {}", f.before, f.after) }</li> }) }</ul>
                    </details>
                }
                if !d.only_in_first.is_empty() || !d.only_in_second.is_empty() {
                    <p>{ format!("{}: {} / {}", DIFF_UNMATCHED.get(lang), d.only_in_first.len(), d.only_in_second.len()) }</p>
                }
            </div>
        }
    });
    html! {
        <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">{ DIFF.get(lang) }</h2>
            <p class="help">{ DIFF_HELP.get(lang) }</p>
            <div class="field">
                <label for="diff-file">{ DIFF_IMPORT.get(lang) }</label>
                <input type="file" id="diff-file" accept="application/json,.json" onchange={import} />
            </div>
            // Written when shown, so it follows the UI's language.
            if let Some(e) = &*error { <p class="error" role="alert">{ format!("{} {}", IMPORT_FAILED.get(lang), e.message().get(lang)) }</p> }
            { for result }
        </section>
    }
}
