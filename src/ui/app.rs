//! The page frame: header, start-from picker, the steps, the message area and the current view.

use super::persistence;
use super::share::{PendingDialog, SharePanel};
use super::state::{Action, AppContext, AppState, View};
use super::texts::*;
use super::{
    view_accessibility, view_analyses, view_compare, view_information, view_organisation, view_report, view_result,
    view_rules, view_service, view_start,
};
use crate::model::{Assessment, Lang};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

const STEPS_IN_ORDER: [(View, &T); 9] = [
    (View::Organisation, &VIEW_ORGANISATION),
    (View::Service, &VIEW_SERVICE),
    (View::Information, &VIEW_INFORMATION),
    (View::Result, &VIEW_RESULT),
    (View::Compare, &VIEW_COMPARE),
    (View::Analyses, &VIEW_ANALYSES),
    (View::Report, &VIEW_REPORT),
    (View::Rules, &KNOWLEDGE_BASE),
    (View::Accessibility, &VIEW_ACCESSIBILITY),
];

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        AppState::initial(persistence::load_draft(), persistence::load_answered(), &persistence::fragment())
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <Frame />
        </ContextProvider<AppContext>>
    }
}

#[function_component(Frame)]
fn frame() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let toggle_lang = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::SetLang(if lang == Lang::Sv { Lang::En } else { Lang::Sv })))
    };
    // Every change is saved as the local draft (unless autosave is off). The address bar never
    // holds the assessment: a link is made only by "Dela" (synced browser history would otherwise
    // carry it, perhaps to the very supplier assessed). The draft is written after the edit's frame
    // has painted (a portfolio's JSON takes milliseconds to write), and only the latest of several
    // quick edits is.
    let unsaved = use_mut_ref(|| None::<(Rc<Assessment>, Option<Rc<BTreeSet<String>>>)>);
    use_effect_with(
        (ctx.assessment.clone(), ctx.answered.clone(), ctx.supplier.is_some()),
        move |(a, answered, supplier)| {
            if !*supplier && unsaved.borrow_mut().replace((a.clone(), answered.clone())).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    super::browser::after_paint().await;
                    if let Some((a, answered)) = unsaved.borrow_mut().take() {
                        persistence::save_draft(&a);
                        persistence::save_answered(answered.as_deref());
                    }
                });
            }
        },
    );
    // An opened link is read once (at load, by `AppState::initial`), then removed from the address
    // bar; one opened while the app runs (hashchange) goes through the same decision.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            persistence::forget_link();
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "hashchange", move |_| {
                    let fragment = persistence::fragment();
                    if !fragment.is_empty() {
                        ctx.dispatch(Action::Fragment(fragment));
                        persistence::forget_link();
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Without autosave, leaving or reloading the page loses the work: the browser asks first.
    use_effect_with((ctx.assessment.clone(), ctx.own_work), |(_, own_work)| {
        let listener = (*own_work && !persistence::autosave()).then(|| {
            web_sys::window().map(|w| {
                let options = gloo_events::EventListenerOptions::enable_prevent_default();
                gloo_events::EventListener::new_with_options(&w, "beforeunload", options, |e| {
                    e.prevent_default();
                    // Older browsers need a return value as well.
                    let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
                })
            })
        });
        move || drop(listener)
    });
    // Focus moves to the view's heading on every step change (not at page load), so a screen
    // reader and the keyboard start at the new content – except where the knowledge base opens at a
    // rule, which takes the focus itself.
    {
        let first = use_mut_ref(|| true);
        let at_rule = ctx.rule_focus.is_some() && ctx.view == View::Rules;
        use_effect_with(ctx.view, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) || at_rule {
                return;
            }
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("main h1").ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(h) = heading {
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.focus();
            }
        });
    }
    // The document language follows the UI language, for screen readers.
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", if *lang == Lang::Sv { "sv" } else { "en" });
        }
    });
    let go_start = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Show(View::Start)))
    };
    let view = if ctx.supplier.is_some() {
        html! { <super::supplier::SupplierForm /> }
    } else {
        match ctx.view {
            View::Start => html! { <view_start::StartView /> },
            View::Organisation => html! { <view_organisation::OrganisationView /> },
            View::Service => html! { <view_service::ServiceView /> },
            View::Information => html! { <view_information::InformationView /> },
            View::Result => html! { <view_result::ResultView /> },
            View::Compare => html! { <view_compare::CompareView /> },
            View::Analyses => html! { <view_analyses::AnalysesView /> },
            View::Report => html! { <view_report::ReportView /> },
            View::Accessibility => html! { <view_accessibility::AccessibilityView /> },
            View::Rules => html! { <view_rules::RulesView /> },
            View::Share => html! { <SharePanel /> },
        }
    };
    let share = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Show(View::Share)))
    };
    html! {
        <>
        <a class="skip-link no-print" href="#main">{ SKIP_TO_CONTENT.get(lang) }</a>
        <header class="top no-print">
            <div>
                <p class="app-title">{ APP_TITLE.get(lang) }</p>
                <p class="tagline">{ TAGLINE.get(lang) }</p>
            </div>
            <div class="top-controls">
                <button type="button" aria-current={(ctx.view == View::Start).then_some("page")} onclick={go_start}>{ START_BUTTON.get(lang) }</button>
                <button type="button" aria-pressed={(ctx.view == View::Share).to_string()} onclick={share}>{ SHARE_BUTTON.get(lang) }</button>
                <button type="button" class="lang" lang={if lang == Lang::Sv { "en" } else { "sv" }} onclick={toggle_lang}>
                    { SWITCH_LANGUAGE.get(lang) }
                </button>
            </div>
        </header>
        if ctx.supplier.is_none() {
        <nav class="steps no-print" aria-label={STEPS.get(lang)}>
            <ol>
                { for STEPS_IN_ORDER.iter().map(|(v, label)| {
                    let current = ctx.view == *v;
                    let onclick = { let ctx = ctx.clone(); let v = *v; Callback::from(move |_| ctx.dispatch(Action::Show(v))) };
                    html! {
                        <li><button type="button" aria-current={if current { Some("step") } else { None }} {onclick}>{ label.get(lang) }</button></li>
                    }
                }) }
            </ol>
        </nav>
        }
        <div class="notice-area no-print" role="status" aria-live="polite">
            if let Some(n) = &ctx.notice {
                <div class={classes!("notice", n.error.then_some("error"))}>
                    { for n.text.get(lang).lines().map(|line| html! { <p>{ line.to_string() }</p> }) }
                    <button type="button" onclick={let ctx = ctx.clone(); Callback::from(move |_| ctx.dispatch(Action::Dismiss))}>{ DISMISS.get(lang) }</button>
                </div>
            }
        </div>
        <div class="no-print"><super::update::UpdatePrompt /><PendingDialog /></div>
        <main class="view" id="main" tabindex="-1">{ view }</main>
        </>
    }
}
