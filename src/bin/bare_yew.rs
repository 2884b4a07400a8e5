//! The smallest Yew app (wasm only, built by `scripts/bench` from bench/bare.html): the baseline
//! against which the app's first render is measured. Natively it does nothing.

#[cfg(target_arch = "wasm32")]
#[yew::function_component(Bare)]
fn bare() -> yew::Html {
    yew::html! { <main><h1>{ "Molnbedömning" }</h1></main> }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")).expect("#app");
    yew::Renderer::<Bare>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
