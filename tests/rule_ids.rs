//! Every rule id named anywhere in the sources – typed (`RuleId::R12`) or, where a string is still
//! right (test code, the catalogue's own tests), as a literal (`"R12"`) – names a rule of the
//! catalogue, so a renumbered or removed rule cannot leave a dangling reference in a finding, the
//! fact registry, the memo or the UI. `R0` is the evaluator's own marker for "no rule decided".
//! (A typed id without a rule would not compile unless its variant were kept; `rules::rule_id`'s
//! tests check that every variant but R0 has a rule. `tests/no_rule_literals.rs` keeps string ids
//! out of the code outside the catalogue and the tests.)
#![cfg(not(target_arch = "wasm32"))]

use molnbedomning::rules::{rule, RuleId};
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

/// The ids after each `prefix` (`"R` or `RuleId::R`) that end with `end` (a closing quote, or any
/// character that cannot continue an identifier).
fn ids_after<'a>(text: &'a str, prefix: &'a str, end: fn(Option<char>) -> bool) -> impl Iterator<Item = String> + 'a {
    text.match_indices(prefix).filter_map(move |(at, _)| {
        let rest = &text[at + prefix.len()..];
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        (!digits.is_empty() && end(rest[digits.len()..].chars().next())).then(|| format!("R{digits}"))
    })
}

#[test]
fn every_rule_id_names_a_catalogue_rule() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut dangling = Vec::new();
    let mut seen = 0;
    // The definition of `RuleId` names every id by construction, and its tests strings that are not ids.
    for file in files.iter().filter(|f| !f.ends_with("src/rules/rule_id.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        // A literal is `"R` followed by digits and the closing quote.
        let literals = ids_after(&text, "\"R", |c| c == Some('"'));
        let typed = ids_after(&text, "RuleId::R", |c| !c.is_some_and(|c| c.is_alphanumeric() || c == '_'));
        for id in literals.chain(typed) {
            seen += 1;
            let known = RuleId::parse(&id).is_some_and(|r| r == RuleId::R0 || rule(r).is_some());
            if !known {
                dangling.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} rule ids: is it reading the sources?");
    assert!(dangling.is_empty(), "rule ids without a rule: {dangling:?}");
}
