//! Component tests in headless Chromium (wasm-bindgen-test): the app mounted into the page, driven
//! through the DOM. Yew 0.21.0 (the last 0.21 release) has neither a `test` feature nor a public
//! `scheduler::flush`; it runs its scheduler on the microtask queue, so each step awaits `settle()`,
//! which yields to the event loop until the queued renders and effects have run.
#![cfg(target_arch = "wasm32")]

use molnbedomning::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh root with the app rendered into it (no stored draft), opened from the link of the first
/// current preset (a fresh visit without a link opens the start view).
async fn mount() -> Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let link = format!("#1p.{}", molnbedomning::presets::current().next().unwrap().id);
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&link),
    );
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

/// Lets Yew run its queued renders and effects.
async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
}

async fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} saknas"))
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
}

async fn step(root: &Element, label: &str) {
    let buttons = root.query_selector_all("nav.steps button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("steget {label} saknas"));
    button.unchecked_into::<HtmlElement>().click();
    settle().await;
}

fn verdict(root: &Element, dimension: &str) -> String {
    root.query_selector(&format!("td[data-dimension=\"{dimension}\"] [data-verdict]"))
        .unwrap()
        .unwrap_or_else(|| panic!("{dimension} saknas"))
        .get_attribute("data-verdict")
        .unwrap()
}

/// The text of every element matching `selector` under `root`.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn the_preset_service_and_its_information_type_are_shown() {
    let root = mount().await;
    // What the page shows comes from the first preset, whatever its current wording is.
    let preset = molnbedomning::presets::current().next().unwrap().assessment();
    let service = root
        .query_selector("section.service-result")
        .unwrap()
        .expect("en tjänsts resultat visas")
        .get_attribute("aria-label")
        .unwrap();
    assert_eq!(service, preset.services[0].name);
    let rows = texts(&root, "table.matrix tbody th[scope=row]");
    let expected: Vec<String> = preset.information_types.iter().map(|i| i.name.clone()).collect();
    assert_eq!(rows, expected);
    assert!(root.query_selector("h1").unwrap().unwrap().text_content().unwrap().starts_with("Resultat"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_preset_is_evaluated_and_shown_in_swedish() {
    let root = mount().await;
    assert!(root.text_content().unwrap().contains("Samlad bedömning"));
    assert_eq!(verdict(&root, "secrecy"), "not_allowed");
    click(&root, "button.open-cell").await;
    let detail = root.query_selector(".cell-detail article[data-dimension=\"secrecy\"]").unwrap().unwrap();
    assert!(detail.text_content().unwrap().contains("R2 Utlämnande"));
    root.remove();
}

#[wasm_bindgen_test]
async fn marking_the_information_security_classified_makes_r1_stop_it() {
    let root = mount().await;
    assert_ne!(verdict(&root, "protective_security"), "not_allowed");
    step(&root, "3 Information").await;
    click(&root, "#f-information-types--0--security-classified-ja").await;
    step(&root, "4 Resultat").await;
    assert_eq!(verdict(&root, "protective_security"), "not_allowed");
    click(&root, "button.open-cell").await;
    let dim = root.query_selector(".cell-detail article[data-dimension=\"protective_security\"]").unwrap().unwrap();
    assert!(dim.text_content().unwrap().contains("R1 Säkerhetsskydd"));
    assert!(dim.text_content().unwrap().contains("Säkerhetsskyddslagen"), "källan visas");
    // Back to "Nej": R1 no longer stops it.
    step(&root, "3 Information").await;
    click(&root, "#f-information-types--0--security-classified-nej").await;
    step(&root, "4 Resultat").await;
    assert_ne!(verdict(&root, "protective_security"), "not_allowed");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_refused_edit_explains_in_swedish_and_keeps_the_assessment() {
    let root = mount().await;
    step(&root, "1 Organisation").await;
    let input: HtmlInputElement = root.query_selector("#f-organisation-users").unwrap().unwrap().unchecked_into();
    input.set_value("många");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let notice = root.query_selector(".notice.error").unwrap().expect("ett felmeddelande visas");
    assert!(notice.text_content().unwrap().contains("fältet organisation.users"), "{:?}", notice.text_content());
    // The refused value did not replace the fact: the field still shows the stored (empty) number.
    let input: HtmlInputElement = root.query_selector("#f-organisation-users").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn countries_are_picked_by_name_with_the_code() {
    let root = mount().await;
    step(&root, "2 Tjänst").await;
    let jurisdiction = "#f-services--0--parties--0--jurisdiction";
    let select: HtmlSelectElement = root.query_selector(jurisdiction).unwrap().unwrap().unchecked_into();
    assert_eq!(select.value(), "US");
    let offered = select.text_content().unwrap();
    assert!(offered.contains("Sverige (SE)") && offered.contains("USA (US)"), "{offered}");
    assert!(!offered.contains("EU/EES"), "en jurisdiktion är alltid ett land");
    let location = root.query_selector("#f-services--0--components--0--data-location").unwrap().unwrap();
    assert!(location.text_content().unwrap().contains("EU/EES (EU)"));
    select.set_value("SE");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let select: HtmlSelectElement = root.query_selector(jurisdiction).unwrap().unwrap().unchecked_into();
    assert_eq!(select.value(), "SE");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_page() {
    let root = mount().await;
    click(&root, "button.lang").await;
    assert!(root.text_content().unwrap().contains("Overall"));
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_opened_cell_starts_with_the_cores_next_step() {
    let root = mount().await;
    click(&root, "button.open-cell").await;
    let preset = molnbedomning::presets::current().next().unwrap().assessment();
    let cell = molnbedomning::rules::evaluate(&preset).results.remove(0);
    let shown = texts(&root, ".cell-detail .next-step");
    assert_eq!(shown, vec![cell.next_step().sv]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_analyses_show_the_cores_requirements_and_why_there_is_no_estimate() {
    let root = mount().await;
    step(&root, "Analyser").await;
    let preset = molnbedomning::presets::current().next().unwrap().assessment();
    let found = molnbedomning::analysis::improve::improve(&preset, 0, 0);
    assert!(!found.is_empty());
    let shown = texts(&root, "section[aria-labelledby=improve-heading] ol > li > ul > li");
    let expected: Vec<String> =
        found.iter().flat_map(|imp| imp.requirements.iter().map(|r| r.text.sv.clone())).collect();
    assert_eq!(shown, expected);
    let reasons = texts(&root, "ul.no-estimate li");
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(reasons[0].contains("underlag saknas"), "{reasons:?}");
    root.remove();
}

/// Issue 12: the form's yes/no groups come from the fact registry – every registered yes/no fact of
/// the contract, the certifications and the configuration has its field, labelled as the registry
/// names it and with the registry's help, so a new fact there needs no change to the form.
#[wasm_bindgen_test]
async fn the_forms_yes_no_groups_come_from_the_fact_registry() {
    use molnbedomning::model::facts::{help, FactKind, FACTS};
    use molnbedomning::model::Lang;
    let root = mount().await;
    step(&root, "Tjänst").await;
    let fieldsets = root.query_selector_all("section.service fieldset.tri").unwrap();
    let fieldsets: Vec<Element> =
        (0..fieldsets.length()).filter_map(|i| fieldsets.item(i)).map(|n| n.unchecked_into()).collect();
    let legend = |f: &Element| f.query_selector("legend").unwrap().and_then(|l| l.text_content()).unwrap_or_default();
    let groups = ["services[].contract.", "services[].certifications.", "services[].configuration."];
    let facts: Vec<_> = FACTS
        .iter()
        .filter(|f| f.kind == FactKind::Tri && groups.iter().any(|g| f.path.starts_with(g)))
        .filter(|f| {
            !["services[].contract.dpa", "services[].contract.scc", "services[].contract.tia_done"].contains(&f.path)
        })
        .collect();
    assert!(facts.len() >= 16, "{}", facts.len());
    for f in facts {
        let label = f.label.heading(Lang::Sv);
        let field = fieldsets.iter().find(|x| legend(x) == label);
        let field = field.unwrap_or_else(|| panic!("{} ({label}) saknas i formuläret", f.path));
        if let Some((_, text, _)) = help(f.path) {
            let shown = texts(field, "p.help").concat();
            assert!(shown.starts_with(text.0), "{}: hjälptexten är {shown:?}", f.path);
        }
    }
    root.remove();
}

/// Issue 12: a fact has one field. The form places some yes/no facts of a party, a component or an
/// information type itself and takes the rest of the scope from the fact registry; the two never
/// overlap, so no field id occurs twice on the service and information steps.
#[wasm_bindgen_test]
async fn every_field_of_the_form_occurs_once() {
    let root = mount().await;
    for label in ["2 Tjänst", "3 Information"] {
        step(&root, label).await;
        let elements = root.query_selector_all("[id]").unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for id in (0..elements.length()).filter_map(|i| elements.item(i)).map(|n| n.unchecked_into::<Element>().id()) {
            assert!(seen.insert(id.clone()), "{label}: {id} förekommer två gånger");
        }
    }
    root.remove();
}
