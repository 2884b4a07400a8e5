//! The knowledge base: every rule of the catalogue with its explanation and legal sources, straight
//! from `rules::catalogue` (one source of truth). A field's help link opens it at its rule, which is
//! scrolled into view and focused; the URL fragment (the assessment link) is left alone.

use super::state::{Action, AppContext};
use super::texts::*;
use crate::model::Date;
use crate::model::Lang;
use crate::rules::sources::Cite;
use crate::rules::CATALOGUE;
use yew::prelude::*;

#[function_component(RulesView)]
pub fn rules_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    use_effect_with(ctx.rule_focus, |focus| {
        if let Some(el) = focus
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&format!("rule-{id}")))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            el.scroll_into_view();
            let _ = el.focus();
        }
    });
    html! {
        <section aria-labelledby="rules-heading" class="prose">
            <h1 id="rules-heading">{ KNOWLEDGE_BASE.get(lang) }</h1>
            <p>{ KNOWLEDGE_BASE_INTRO.get(lang) }</p>
            { for CATALOGUE.iter().map(|r| html! {
                <article class={classes!("rule", (ctx.rule_focus == Some(r.id)).then_some("focused"))}>
                    <h2 id={format!("rule-{}", r.id)} tabindex="-1">
                        { format!("{} {}", r.id, if lang == Lang::Sv { r.title_sv } else { r.title_en }) }
                    </h2>
                    <p>{ if lang == Lang::Sv { r.explanation_sv } else { r.explanation_en } }</p>
                    <ul class="sources">{ for r.sources.iter().map(|s| source(s, ctx.assessment.legal_date, lang)) }</ul>
                    // The way back to the field whose help link opened the rule.
                    if let Some(back) = ctx.back_from_rule.filter(|_| ctx.rule_focus == Some(r.id)) {
                        <button type="button" class="back" onclick={let ctx = ctx.clone(); Callback::from(move |_| ctx.dispatch(Action::Show(back)))}>
                            { BACK_TO_FORM.get(lang) }
                        </button>
                    }
                </article>
            }) }
        </section>
    }
}

/// A source with its date; one written after the assessment's legal date is marked, since the
/// assessment does not rest on it.
fn source(c: &Cite, legal_date: Date, lang: Lang) -> Html {
    let date = c.source.from.map(|d| format!(" ({d})")).unwrap_or_default();
    html! {
        <li>
            { c.render() }{ date }
            if c.source.later_than(legal_date) { <em>{ " – " }{ WRITTEN_LATER.get(lang) }</em> }
        </li>
    }
}
