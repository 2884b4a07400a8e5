//! The safety net under refactoring: `bedom evaluate` and `bedom report` of every preset (Swedish
//! and English, internal and public memo) are kept as files in `tests/snapshots/`, like Clippy's
//! `.stderr` files. A change to a verdict, a text or a citation shows as a failing test and, once
//! intended, as a diff to read in review. Re-bless on purpose with
//! `BLESS=1 cargo test --test snapshots` and read the diff before committing.
#![cfg(not(target_arch = "wasm32"))]

use molnbedomning::model::Lang;
use molnbedomning::presets::PRESETS;
use molnbedomning::report::{markdown, Version};
use molnbedomning::rules::{evaluate_explained, output::evaluation_json};
use std::fs;
use std::path::Path;

fn outputs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for preset in PRESETS {
        let a = preset.assessment();
        let ev = evaluate_explained(&a);
        for (lang, tag) in [(Lang::Sv, "sv"), (Lang::En, "en")] {
            let json = serde_json::to_string_pretty(&evaluation_json(&ev, lang)).unwrap() + "\n";
            out.push((format!("{}.evaluate.{tag}.json", preset.id), json));
        }
        out.push((format!("{}.report.sv.md", preset.id), markdown(&a, &ev, Lang::Sv, Version::Internal)));
        out.push((format!("{}.report-public.sv.md", preset.id), markdown(&a, &ev, Lang::Sv, Version::Public)));
    }
    out
}

#[test]
fn every_preset_evaluates_and_reports_as_blessed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("BLESS").is_some();
    let mut changed = Vec::new();
    for (name, text) in outputs() {
        let path = dir.join(&name);
        if bless {
            fs::write(&path, &text).unwrap();
        } else if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            changed.push(name);
        }
    }
    assert!(
        changed.is_empty(),
        "utdata skiljer sig från tests/snapshots (kör BLESS=1 cargo test --test snapshots och läs diffen): {changed:?}"
    );
}
