//! Old links keep working forever: every link in `tests/golden_links/v<N>/` must decode to the
//! assessment in its `.json` sibling and evaluate. Never edit or delete these files; add new ones.
#![cfg(not(target_arch = "wasm32"))]

use molnbedomning::codec::decode;
use molnbedomning::model::parse_assessment;
use molnbedomning::rules::evaluate;
use std::fs;
use std::path::Path;

#[test]
fn every_golden_link_decodes_to_its_assessment_and_evaluates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden_links");
    let mut checked = 0;
    for version in fs::read_dir(&root).unwrap() {
        let dir = version.unwrap().path();
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "link") {
                continue;
            }
            let link = fs::read_to_string(&path).unwrap();
            let expected = parse_assessment(&fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let decoded = decode(link.trim()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(decoded, expected, "{}", path.display());
            assert!(!evaluate(&decoded).results.is_empty());
            checked += 1;
        }
    }
    assert!(checked >= 8, "bara {checked} länkar i korpusen");
}
