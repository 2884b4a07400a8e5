//! The few browser services the app uses, all local: downloading a file made in the page, reading
//! a file the user picks, the clipboard, printing and today's date. Nothing here makes a request.

use crate::model::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `content` as a file download (a Blob URL, revoked right after).
pub fn download(filename: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the first file chosen in a file input.
pub async fn read_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text()).await.ok()?;
    text.as_string()
}

/// Copies text to the clipboard; false if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    JsFuture::from(window.navigator().clipboard().write_text(text)).await.is_ok()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today's date in the browser's time zone.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    let s = format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date());
    Date::parse(&s).unwrap_or(crate::rules::legal_state::RATTSLAGE_PER)
}

/// Resolves once the browser has painted the current frame: a task queued from a
/// requestAnimationFrame callback runs after that frame's paint. Heavy work awaited behind it
/// (the analyses) no longer delays the view's first paint.
/// Yields to the browser (a task of its own, `setTimeout` 0), so that a frame that is due is
/// painted and input is handled between two parts of a long computation.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
        None => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let w = window.clone();
        let queue = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        });
        let _ = window.request_animation_frame(queue.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}
