//! Rules are named by `RuleId` (`RuleId::R2`), not by string literals (`"R2"`): a string compares
//! and matches silently wrong when a rule is renumbered or mistyped, a `RuleId` does not compile.
//! This scan fails on any string literal that starts with R and digits – a quote followed by `R\d`,
//! so `"R2"` and `"R2.slug"` alike – in the code under `src/`, except:
//! - `src/rules/catalogue/`: the rules' own texts name rules and their parts in prose ("R2a strikt
//!   tolkning", "se R8"), which is text, not identity;
//! - `src/rules/rule_id.rs`: the definition of `RuleId`, the one place the string forms are made;
//! - `src/report/plan_legacy.rs`: a frozen generated table of measure keys ("R18.loggning") as they
//!   stand in action plans written before measures had keys. The keys are data of those old files,
//!   looked up as whole strings; the table is never regenerated or edited;
//! - test code (`#[cfg(test)]` modules and files): tests may compare with the outside's strings,
//!   e.g. a JSON output's `"R2"`;
//! - comment lines (`//`, `///`, `//!`), which may quote the outside's strings.
//!
//! Ids from outside (CLI arguments, URL anchors, files) are parsed with `RuleId::parse`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const EXCLUDED_DIR: &str = "src/rules/catalogue";
const EXCLUDED_FILES: [&str; 2] = ["src/rules/rule_id.rs", "src/report/plan_legacy.rs"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a line declares at the top level: `mod name {` → (name, true), `mod name;` →
/// (name, false), with any visibility.
fn declared_module(line: &str) -> Option<(&str, bool)> {
    let rest = line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) ")).unwrap_or(line);
    let rest = rest.strip_prefix("mod ")?;
    if let Some(name) = rest.strip_suffix(" {") {
        Some((name, true))
    } else {
        rest.strip_suffix(';').map(|name| (name, false))
    }
}

/// The lines of a file that are code: without test modules and comment lines. A test module is a
/// top-level `#[cfg(test)]` item `mod name { … }`, which may stand anywhere in the file (some files
/// have code after their tests); it ends at the first line that is `}` alone, which in rustfmt'd
/// code (`cargo fmt --check` is enforced) is the module's own closing brace. Also returns the names
/// of modules declared `#[cfg(test)] mod name;`, whose files are test code.
fn code_lines(text: &str) -> (Vec<(usize, &str)>, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let (mut code, mut test_files) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() == "#[cfg(test)]" {
            // The item the attribute applies to, after further attributes and doc comments.
            let mut j = i + 1;
            while j < lines.len() && (lines[j].starts_with("#[") || lines[j].starts_with("//")) {
                j += 1;
            }
            match lines.get(j).and_then(|l| declared_module(l.trim_end())) {
                Some((_, true)) => {
                    let end = (j..lines.len()).find(|&k| lines[k].trim_end() == "}");
                    i = end.map_or(lines.len(), |k| k + 1);
                    continue;
                }
                Some((name, false)) => test_files.push(name.to_string()),
                // Any other test-only item is scanned like code: stricter, never laxer.
                None => {}
            }
        }
        if !lines[i].trim_start().starts_with("//") {
            code.push((i + 1, lines[i]));
        }
        i += 1;
    }
    (code, test_files)
}

/// The string literals in a line of code that start with R and digits, from the quote to the end
/// of the id (`"R12`).
fn rule_literals(line: &str) -> Vec<String> {
    line.match_indices("\"R")
        .filter_map(|(at, _)| {
            let digits: String = line[at + 2..].chars().take_while(char::is_ascii_digit).collect();
            (!digits.is_empty()).then(|| format!("\"R{digits}"))
        })
        .collect()
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).expect("under the crate").to_string_lossy().replace('\\', "/")
}

#[test]
fn no_rule_id_string_literals_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    assert!(files.len() > 20, "källkoden hittades inte");
    for excluded in EXCLUDED_FILES.iter().chain([&EXCLUDED_DIR]) {
        assert!(root.join(excluded).exists(), "{excluded} finns inte längre: uppdatera undantagen");
    }
    // Files declared `#[cfg(test)] mod name;` are test code as a whole.
    let mut test_files: Vec<PathBuf> = Vec::new();
    let mut scanned: Vec<(String, Vec<(usize, String)>)> = Vec::new();
    let mut test_modules = 0;
    for file in &files {
        let name = relative(root, file);
        if name.starts_with(EXCLUDED_DIR) || EXCLUDED_FILES.contains(&name.as_str()) {
            continue;
        }
        let text = fs::read_to_string(file).expect("read");
        let (code, declared) = code_lines(&text);
        test_modules += text.lines().filter(|l| l.trim_end() == "#[cfg(test)]").count();
        let dir = file.parent().expect("dir");
        let own_dir = if file.ends_with("mod.rs") || file.ends_with("lib.rs") || file.ends_with("main.rs") {
            dir.to_path_buf()
        } else {
            dir.join(file.file_stem().expect("stem"))
        };
        for m in declared {
            test_files.push(own_dir.join(format!("{m}.rs")));
            test_files.push(own_dir.join(&m).join("mod.rs"));
        }
        let found = code.into_iter().map(|(n, l)| (n, rule_literals(l).join(" "))).filter(|(_, l)| !l.is_empty());
        scanned.push((name, found.collect()));
    }
    assert!(test_modules > 30, "only {test_modules} test modules: is the scan reading the sources?");
    let found: Vec<String> = scanned
        .iter()
        .filter(|(name, _)| !test_files.iter().any(|t| relative(root, t) == *name))
        .flat_map(|(name, hits)| hits.iter().map(move |(n, ids)| format!("{name}:{n}: {ids}")))
        .collect();
    assert!(
        found.is_empty(),
        "regel-id som strängliteral i koden – använd RuleId (RuleId::R2, RuleId::parse för id utifrån):\n{}",
        found.join("\n")
    );
}

/// The scan itself: a literal in code is found, one in a test module (wherever it stands), a test
/// file or a comment is not, and code after a test module is scanned again.
#[test]
fn the_scan_finds_literals_in_code_only() {
    let text = [
        "//! Module doc: \"R1\" is a comment.",
        "fn a() -> bool { f.rule == \"R2\" }",
        "#[cfg(test)]",
        "mod tests {",
        "    fn t() { assert_eq!(x, \"R3\"); }",
        "    const S: &str = \"{\";",
        "}",
        "",
        "/// \"R4\" in a doc comment.",
        "pub fn b() -> &'static str { \"R5.slug\" }",
        "#[cfg(test)]",
        "pub(crate) mod fixture;",
        "#[cfg(test)]",
        "fn helper() -> &'static str { \"R6\" }",
        "#[cfg(test)]",
        "#[allow(dead_code)]",
        "mod more_tests {",
        "    const T: &str = \"R7\";",
        "}",
        "const U: &str = \"Rubrik R8\";",
    ]
    .join("\n");
    let (code, test_files) = code_lines(&text);
    let found: Vec<(usize, Vec<String>)> =
        code.iter().map(|(n, l)| (*n, rule_literals(l))).filter(|(_, ids)| !ids.is_empty()).collect();
    let expected = vec![(2, vec!["\"R2".to_string()]), (10, vec!["\"R5".to_string()]), (14, vec!["\"R6".to_string()])];
    assert_eq!(found, expected);
    assert_eq!(test_files, ["fixture"]);
}
