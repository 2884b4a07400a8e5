//! The web app (wasm only). Components render core output and dispatch edits; no rule logic here.

mod action_plan;
mod app;
mod browser;
mod cell_detail;
mod crypto;
mod diff_view;
mod fields;
mod pager;
mod persistence;
mod probability_inputs;
mod report_annexes;
mod result_matrix;
mod share;
mod state;
mod supplier;
mod texts;
mod update;
mod view_accessibility;
mod view_analyses;
mod view_compare;
mod view_information;
mod view_organisation;
mod view_report;
mod view_result;
mod view_rules;
mod view_service;
mod view_start;

pub use app::App;
pub use state::{Action, AppState, View};

/// Mounts the app into `<main id="app">`, with a panic hook that shows a readable error in the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    let document = web_sys::window().and_then(|w| w.document()).expect("ingen document");
    let root = document.get_element_by_id("app").expect("index.html saknar <div id=\"app\">");
    yew::Renderer::<App>::with_root(root).render();
}

/// Shows a plain-text error (text only: nothing is parsed as HTML).
fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = document.get_element_by_id("fatal") {
        el.set_text_content(Some(&format!(
            "Ett internt fel stoppade Molnbedömning. Ladda om sidan.\n\nTekniska detaljer: {message}"
        )));
        let _ = el.remove_attribute("hidden");
    }
}
