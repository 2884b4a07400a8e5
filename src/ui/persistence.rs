//! The local draft (localStorage, via gloo-storage) and the URL fragment. A draft is saved on every
//! edit unless the user has turned autosave off (shared or roaming-profile computers may copy
//! localStorage to file servers). The fragment never follows the assessment: an opened link is
//! read, then removed with `replaceState`; links are made on demand ("Dela").

use crate::model::{assessment_json, parse_assessment, Assessment};
use gloo_storage::{LocalStorage, Storage};

const DRAFT: &str = "molnbedomning.utkast.v1";
const NO_AUTOSAVE: &str = "molnbedomning.ingen-autosparning";
/// The first questions answered in a new assessment ("ej ifyllt"), beside the draft: never part of
/// the public format or of a link.
const ANSWERED: &str = "molnbedomning.besvarat.v1";

pub fn load_draft() -> Option<Assessment> {
    let text: String = LocalStorage::get(DRAFT).ok()?;
    parse_assessment(&text).ok()
}

pub fn save_draft(a: &Assessment) {
    if autosave() {
        let _ = LocalStorage::set(DRAFT, assessment_json(a, false));
    }
}

pub fn clear_draft() {
    LocalStorage::delete(DRAFT);
    LocalStorage::delete(ANSWERED);
}

pub fn load_answered() -> Option<std::collections::BTreeSet<String>> {
    LocalStorage::get(ANSWERED).ok()
}

/// Saved with the draft; `None` (answers not tracked) removes the record.
pub fn save_answered(answered: Option<&std::collections::BTreeSet<String>>) {
    match answered {
        Some(set) if autosave() => {
            let _ = LocalStorage::set(ANSWERED, set);
        }
        _ => LocalStorage::delete(ANSWERED),
    }
}

pub fn autosave() -> bool {
    LocalStorage::get::<bool>(NO_AUTOSAVE).map(|off| !off).unwrap_or(true)
}

/// Turning autosave off also deletes the stored draft.
pub fn set_autosave(on: bool) {
    let _ = LocalStorage::set(NO_AUTOSAVE, !on);
    if !on {
        clear_draft();
    }
}

/// The current fragment without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Removes an opened link from the address bar once it has been read, so that the assessment is not
/// left in the address bar or the history. A supplier's questionnaire link (`1q.`) stays while the
/// supplier works: it holds no fact of the body.
pub fn forget_link() {
    let f = fragment();
    if !f.is_empty() && !f.starts_with("1q.") {
        replace_fragment("");
    }
}

/// Replaces the fragment without adding a history entry.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let url = if fragment.is_empty() {
            window.location().pathname().unwrap_or_default() + &window.location().search().unwrap_or_default()
        } else {
            format!("#{fragment}")
        };
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A shareable URL for a fragment: this page's address with the fragment.
pub fn url_with(fragment: &str) -> String {
    let Some(window) = web_sys::window() else { return format!("#{fragment}") };
    let loc = window.location();
    format!(
        "{}{}{}#{fragment}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    )
}
