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

/// Citations at the legal date (DOMAIN.md §5): a memo at a date before the 2021 clauses names the
/// 2010 clauses in its questions, measures and TIA, and lists the 2021 set only among the documents
/// written later; before Schrems II its TIA says that there was then no guidance on a documented
/// assessment (only the clauses' own warranty, 2010/87/EU clause 5 b).
#[test]
fn memos_before_2021_name_the_clauses_of_their_date() {
    for preset in PRESETS.iter().filter(|p| p.assessment().legal_date < molnbedomning::model::Date::ymd(2021, 6, 27)) {
        let a = preset.assessment();
        let memo = markdown(&a, &evaluate_explained(&a), Lang::Sv, Version::Internal);
        let later = "*Skrivet efter rättsläget";
        for line in memo.lines().filter(|l| !l.starts_with(later)) {
            assert!(!line.contains("2021/914"), "{}: {line}", preset.id);
        }
        if memo.contains("Överföringsbedömning (TIA)") {
            assert!(
                memo.contains("Vid rättsläget fanns ingen vägledning om en dokumenterad överföringsbedömning"),
                "{}",
                preset.id
            );
        }
    }
}
