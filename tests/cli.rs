//! The `bedom` command line on files with country values of every age: old values load with a
//! warning (or are refused under `--strict`), values no version wrote exit 2 naming the field.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn bedom_on(edit: impl FnOnce(&mut serde_json::Value), args: &[&str], name: &str) -> Output {
    let mut v: serde_json::Value =
        serde_json::from_str(molnbedomning::presets::PRESETS[0].json()).expect("förinställningen är JSON");
    edit(&mut v);
    let file = std::env::temp_dir().join(format!("bedom-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&file, v.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_bedom")).args(args).arg(&file).output().unwrap();
    let _ = std::fs::remove_file(&file);
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_country_name_exits_2_naming_the_field_in_swedish() {
    let out = bedom_on(|v| v["services"][0]["parties"][0]["jurisdiction"] = "Sverige".into(), &["evaluate"], "namn");
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(e.contains("fältet services[0].parties[0].jurisdiction: ogiltig landskod \"Sverige\""), "{e}");
    assert!(e.contains("menade du SE?"), "{e}");
}

#[test]
fn an_old_value_warns_and_evaluates_unless_strict() {
    let sv = |v: &mut serde_json::Value| v["services"][0]["parties"][0]["jurisdiction"] = "SV".into();
    let out = bedom_on(sv, &["evaluate"], "sv");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let e = stderr(&out);
    assert!(e.contains("varning") && e.contains("services[0].parties[0].jurisdiction") && e.contains("Sverige (SE)"));

    let out = bedom_on(sv, &["evaluate", "--strict"], "sv-strict");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("services[0].parties[0].jurisdiction"), "{}", stderr(&out));

    let eu = |v: &mut serde_json::Value| v["services"][0]["components"][0]["data_location"] = "EU".into();
    let out = bedom_on(eu, &["report", "--strict"], "eu-location");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

/// `bedom facts` prints the registry: every path with its kind, label in both languages, the rules
/// that read it (all in the catalogue) and its answers best first as values of the file format.
#[test]
fn facts_prints_the_registry_as_the_public_contract() {
    let out = Command::new(env!("CARGO_BIN_EXE_bedom")).arg("facts").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let facts: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts.len(), molnbedomning::model::facts::FACTS.len());
    let rules: Vec<&str> = molnbedomning::rules::CATALOGUE.iter().map(|r| r.id.as_str()).collect();
    for f in &facts {
        assert!(f["path"].as_str().unwrap().contains("[]."), "{f}");
        assert!(!f["label"]["sv"].as_str().unwrap().is_empty() && !f["label"]["en"].as_str().unwrap().is_empty());
        assert!(f["rules"].as_array().unwrap().iter().all(|r| rules.contains(&r.as_str().unwrap())), "{f}");
    }
    let dpf = facts.iter().find(|f| f["path"] == "services[].parties[].dpf_certified").unwrap();
    assert_eq!(dpf["favourable"], serde_json::json!([true, false]));
    let country = facts.iter().find(|f| f["path"] == "services[].parties[].jurisdiction").unwrap();
    assert_eq!(country["favourable"], serde_json::json!(["SE", "CN"]));
}

/// `bedom rules` (issue 12): the knowledge base as JSON and Markdown from the catalogue, sources
/// dated against the legal date; a bad flag exits 2 with the usage.
#[test]
fn rules_prints_the_catalogue_with_dated_sources() {
    let bedom = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_bedom")).args(args).output().unwrap();
    let out = bedom(&["rules", "--legal-date", "2018-06-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rules.len(), molnbedomning::rules::CATALOGUE.len());
    let r5 = rules.iter().find(|r| r["id"] == "R5").unwrap();
    let later: Vec<&str> = r5["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["later"] == true)
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(later.contains(&"scc-2021") && !later.contains(&"gdpr"), "{later:?}");
    let md = bedom(&["rules", "--markdown", "--lang", "en"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Rules and legal sources") && md.contains("\n## R24 "), "{}", &md[..200.min(md.len())]);
    let bad = bedom(&["rules", "--bogus"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("okänd flagga"));
}

/// `bedom evaluate --brief` (issue 15): the same verdicts, deciding rules, policy flags and deciding
/// unknowns as the full output, without texts, in at most 1 KB per cell.
#[test]
fn brief_evaluation_agrees_with_the_full_one_in_under_a_kilobyte_per_cell() {
    for p in molnbedomning::presets::PRESETS {
        let file = std::env::temp_dir().join(format!("bedom-cli-{}-brief-{}.json", std::process::id(), p.id));
        std::fs::write(&file, p.json()).unwrap();
        let run = |extra: &[&str]| {
            let out =
                Command::new(env!("CARGO_BIN_EXE_bedom")).arg("evaluate").args(extra).arg(&file).output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            out.stdout
        };
        let (brief_bytes, full_bytes) = (run(&["--brief"]), run(&[]));
        let _ = std::fs::remove_file(&file);
        let brief: serde_json::Value = serde_json::from_slice(&brief_bytes).unwrap();
        let full: serde_json::Value = serde_json::from_slice(&full_bytes).unwrap();
        let (b, f) = (brief["results"].as_array().unwrap(), full["results"].as_array().unwrap());
        assert_eq!(b.len(), f.len());
        assert!(brief_bytes.len() <= 1024 * b.len(), "{}: {} bytes for {} cells", p.id, brief_bytes.len(), b.len());
        for (b, f) in b.iter().zip(f) {
            for key in ["service", "info_type", "overall", "decisive_unknowns", "best_case"] {
                assert_eq!(b[key], f[key], "{} {key}", p.id);
            }
            for (dim, d) in b["dimensions"].as_object().unwrap() {
                for key in ["verdict", "rules", "decided_by_policy"] {
                    assert_eq!(d[key], f["dimensions"][dim][key], "{} {dim} {key}", p.id);
                }
            }
        }
    }
}

/// `scripts/new-rule` (issue 12) names the next free id, the `RuleId` variant and the catalogue
/// lines it would add; a run for real was checked to compile with its test passing (the scaffold's
/// own test).
#[test]
fn new_rule_scaffold_takes_the_next_id() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .args([&format!("{root}/scripts/new-rule"), "exempel", "Exempel", "Example", "Infosec", "--dry-run"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let next = molnbedomning::rules::CATALOGUE.len() + 1;
    assert!(text.contains(&format!("id: RuleId::R{next},")), "{text}");
    assert!(text.contains(&format!("--- src/rules/rule_id.rs\n    R{next},\n")), "{text}");
    assert!(
        text.contains(&format!("mod r{next:02}_exempel;")) && text.contains(&format!("&r{next:02}_exempel::RULE,"))
    );
    let bad = Command::new("bash")
        .args([&format!("{root}/scripts/new-rule"), "Fel Namn", "a", "b", "Infosec"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
