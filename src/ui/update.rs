//! Offline support: registers the service worker that scripts/postbuild.mjs generates, and offers
//! a clear update when a new version has been installed. The work in progress survives the reload
//! in the local draft; with autosave off the prompt says to export first.

use super::state::AppContext;
use super::texts::{UPDATE, UPDATE_AVAILABLE, UPDATE_AVAILABLE_UNSAVED};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

thread_local! {
    /// Set when the user clicks "Uppdatera nu"; only then does a controller change reload the page.
    static UPDATE_REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins and in some embedded browsers: then the app simply runs online.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok().filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Calls `ready` with the new worker once it is installed and waiting behind a running version.
fn watch(worker: ServiceWorker, ready: Callback<ServiceWorker>) {
    let w = worker.clone();
    EventListener::new(&worker, "statechange", move |_| {
        if w.state() == ServiceWorkerState::Installed && container().and_then(|c| c.controller()).is_some() {
            ready.emit(w.clone());
        }
    })
    .forget();
}

#[function_component(UpdatePrompt)]
pub fn update_prompt() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            if let Some(c) = container() {
                let ready = Callback::from(move |w: ServiceWorker| waiting.set(Some(w)));
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(reg) = JsFuture::from(c.register("./sw.js")).await else { return };
                    let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
                    if let Some(w) = reg.waiting() {
                        if c.controller().is_some() {
                            ready.emit(w);
                        }
                    }
                    let r = reg.clone();
                    EventListener::new(&reg, "updatefound", move |_| {
                        if let Some(w) = r.installing() {
                            watch(w, ready.clone());
                        }
                    })
                    .forget();
                    // Reload once the new version has taken over – only when the user asked for the
                    // update (the first install also changes the controller, via clients.claim()).
                    EventListener::new(&c, "controllerchange", |_| {
                        if UPDATE_REQUESTED.with(|r| r.get()) {
                            if let Some(w) = web_sys::window() {
                                let _ = w.location().reload();
                            }
                        }
                    })
                    .forget();
                });
            }
        });
    }
    let Some(worker) = (*waiting).clone() else { return html! {} };
    let update = Callback::from(move |_| {
        UPDATE_REQUESTED.with(|r| r.set(true));
        let _ = worker.post_message(&"skipWaiting".into());
    });
    html! {
        <div class="notice update" role="status">
            <p>{ if super::persistence::autosave() { UPDATE_AVAILABLE.get(ctx.lang) } else { UPDATE_AVAILABLE_UNSAVED.get(ctx.lang) } }</p>
            <button type="button" onclick={update}>{ UPDATE.get(ctx.lang) }</button>
        </div>
    }
}
