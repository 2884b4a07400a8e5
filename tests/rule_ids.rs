//! Every rule id written as a literal anywhere in the sources (`"R12"`) names a rule of the
//! catalogue, so a renumbered or removed rule cannot leave a dangling reference in a finding, the
//! fact registry, the memo or the UI. `"R0"` is the evaluator's own marker for "no rule decided".
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rule_id_literal_names_a_catalogue_rule() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut dangling = Vec::new();
    let mut seen = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // A literal is `"R` followed by digits and the closing quote.
        for (at, _) in text.match_indices("\"R") {
            let rest = &text[at + 2..];
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            if digits.is_empty() || !rest[digits.len()..].starts_with('"') {
                continue;
            }
            seen += 1;
            let id = format!("R{digits}");
            if id != "R0" && molnbedomning::rules::rule(&id).is_none() {
                dangling.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} rule ids: is it reading the sources?");
    assert!(dangling.is_empty(), "rule ids without a rule: {dangling:?}");
}
