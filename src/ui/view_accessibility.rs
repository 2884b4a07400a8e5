//! Tillgänglighetsredogörelse, as lagen (2018:1937) om tillgänglighet till digital offentlig service
//! requires of a public body's web service. The hosting body completes the contact details.

use super::state::AppContext;
use super::texts::*;
use yew::prelude::*;

#[function_component(AccessibilityView)]
pub fn accessibility_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    html! {
        <section aria-labelledby="a11y-heading" class="prose">
            <h1 id="a11y-heading">{ VIEW_ACCESSIBILITY.get(lang) }</h1>
            { for [&A11Y_P1, &A11Y_P2, &A11Y_P3, &A11Y_P4, &A11Y_P5].into_iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
            <h2>{ A11Y_KNOWN_HEADING.get(lang) }</h2>
            <ul>{ for [&A11Y_KNOWN_1, &A11Y_KNOWN_2].into_iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
            <h2>{ A11Y_TESTED_HEADING.get(lang) }</h2>
            <p>{ A11Y_TESTED.get(lang) }</p>
        </section>
    }
}
