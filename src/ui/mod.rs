//! The web app (wasm only). Components render core output and dispatch edits; no rule logic here.

mod app;
mod cell_detail;
mod result_matrix;
mod state;
mod texts;
mod tri_field;

pub use app::App;
pub use state::{Action, AppState};

/// Mounts the app into `<main id="app">`, with a panic hook that shows a readable error in the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    let root = gloo_root();
    yew::Renderer::<App>::with_root(root).render();
}

fn gloo_root() -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("ingen document");
    document.get_element_by_id("app").expect("index.html saknar <main id=\"app\">")
}

/// Replaces the page content with a plain-text error (text only: nothing is parsed as HTML).
fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id("fatal") {
        el.set_text_content(Some(&format!(
            "Ett internt fel stoppade Molnbedömning. Ladda om sidan; ditt utkast finns kvar i webbläsaren.\n\nTekniska detaljer: {message}"
        )));
        let _ = el.remove_attribute("hidden");
    }
}
