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

/// `bedom facts` prints the registry: every path with its kind, label in both languages, its help
/// (or null), the rules that read it (all in the catalogue) and its answers best first as values of
/// the file format.
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
    assert!(country["help"]["sv"].as_str().unwrap().starts_with("Landet enligt vars lag"), "{country}");
    assert!(country["help"]["en"].as_str().unwrap().starts_with("The country under whose law"), "{country}");
    let support = facts.iter().find(|f| f["path"] == "services[].components[].support_from[]").unwrap();
    assert!(support["help"].is_null(), "{support}");
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

/// `bedom evaluate --brief` (issue 15): the same verdicts, deciding rules, policy flags, deciding
/// unknowns and measure and question keys as the full output, without texts, within issue 15's
/// 1 KB per cell: the keys are listed once and a cell names them by their places.
#[test]
fn brief_evaluation_agrees_with_the_full_one_in_a_few_hundred_bytes_per_cell() {
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
        // The cells within 1 KB each; the keys, listed once, are shared by a portfolio's cells (a
        // preset of one cell pays for them alone: `evaluate_brief_json_bytes_per_cell` in
        // `scripts/bench` measures the whole output of 20 × 30).
        let cells_bytes = serde_json::to_string(&brief["results"]).unwrap().len();
        assert!(cells_bytes <= 1024 * b.len(), "{}: {cells_bytes} bytes for {} cells", p.id, b.len());
        assert_eq!(brief["format"], 2);
        for (b, f) in b.iter().zip(f) {
            for key in ["service", "info_type", "overall", "decisive_unknowns", "best_case"] {
                assert_eq!(b[key], f[key], "{} {key}", p.id);
            }
            for (dim, d) in b["dimensions"].as_object().unwrap() {
                for key in ["verdict", "rules", "decided_by_policy"] {
                    assert_eq!(d[key], f["dimensions"][dim][key], "{} {dim} {key}", p.id);
                }
            }
            // Every measure and question the full output lists is in the brief one, by its key (the
            // full output also folds two keys worded alike into one).
            for (list, table) in [("measures", "measure_keys"), ("questions", "question_keys")] {
                let brief_keys: Vec<&serde_json::Value> =
                    b[list].as_array().unwrap().iter().map(|i| &brief[table][i.as_u64().unwrap() as usize]).collect();
                assert!(brief_keys.iter().all(|k| k.is_string()), "{} {list}: a place outside {table}", p.id);
                for m in f[list].as_array().unwrap() {
                    assert!(brief_keys.contains(&&m["key"]), "{} {list}: {} not in {brief_keys:?}", p.id, m["key"]);
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

fn bedom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bedom")).args(args).output().unwrap()
}

fn schema(name: &str) -> serde_json::Value {
    let out = bedom(&["schema", name]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("the schema is JSON")
}

/// Why `value` does not fit `schema`, one line per misfit (none: it fits). Enough of JSON Schema
/// for what schemars writes: `true` and `false` as schemas, `$ref` into the root's `$defs`, `type`
/// (one or several), `enum`, `const`, `anyOf`/`oneOf`, `properties` with `required` and
/// `additionalProperties` (false or a schema), and `items` with `minItems` and `maxItems`; it refuses
/// schemas with keywords it does not know to check. Patterns, formats and numeric bounds are not
/// checked.
fn misfits(root: &serde_json::Value, schema: &serde_json::Value, value: &serde_json::Value, at: &str) -> Vec<String> {
    use serde_json::Value;
    let mut out = Vec::new();
    // `true` (a value of the file format, any JSON) fits everything, `false` nothing.
    if let Value::Bool(anything) = schema {
        if !anything {
            out.push(format!("{at}: {value} where the schema allows nothing"));
        }
        return out;
    }
    for unchecked in ["allOf", "not", "if", "patternProperties", "prefixItems", "$dynamicRef"] {
        assert!(schema.get(unchecked).is_none(), "{at}: the check does not know {unchecked}");
    }
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("{at}: unexpected $ref {r}"));
        let def = root["$defs"].get(name).unwrap_or_else(|| panic!("{at}: $ref {r} to nothing"));
        out.extend(misfits(root, def, value, at));
    }
    for (key, exactly_one) in [("anyOf", false), ("oneOf", true)] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let fitting = options.iter().filter(|o| misfits(root, o, value, at).is_empty()).count();
            if fitting == 0 || (exactly_one && fitting > 1) {
                out.push(format!("{at}: {value} fits {fitting} of {key} {}", Value::Array(options.clone())));
            }
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => t.as_str().into_iter().collect(),
        };
        let fits = |t: &str| match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            other => panic!("{at}: unknown type {other}"),
        };
        if !types.iter().any(|t| fits(t)) {
            out.push(format!("{at}: {value} is not {t}"));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            out.push(format!("{at}: {value} is not one of {}", Value::Array(allowed.clone())));
        }
    }
    if let Some(c) = schema.get("const") {
        if c != value {
            out.push(format!("{at}: {value} is not {c}"));
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            if !object.contains_key(name.as_str().unwrap()) {
                out.push(format!("{at}: required {name} missing"));
            }
        }
        for (key, v) in object {
            let here = format!("{at}.{key}");
            match (properties.and_then(|p| p.get(key)), schema.get("additionalProperties")) {
                (Some(s), _) | (None, Some(s @ Value::Object(_))) => out.extend(misfits(root, s, v, &here)),
                (None, Some(Value::Bool(false))) => out.push(format!("{here}: not in the schema")),
                _ => {}
            }
        }
    }
    if let Some(array) = value.as_array() {
        if let Some(items) = schema.get("items") {
            for (i, v) in array.iter().enumerate() {
                out.extend(misfits(root, items, v, &format!("{at}[{i}]")));
            }
        }
        let bound = |key: &str| schema.get(key).map(|n| n.as_u64().unwrap_or_else(|| panic!("{at}: {key} {n}")));
        let n = array.len() as u64;
        if bound("minItems").is_some_and(|min| n < min) || bound("maxItems").is_some_and(|max| n > max) {
            out.push(format!("{at}: {n} items, not between minItems and maxItems of {schema}"));
        }
    }
    out
}

/// `bedom schema evaluation` (issue 12, typed outputs): the JSON Schema of what `bedom evaluate`
/// prints, and of `--brief`'s; `bedom schema` alone (or `input`) stays the file format's; an
/// unknown name is a usage error naming the known ones.
#[test]
fn schema_prints_the_input_and_the_evaluation_schemas() {
    let names = |s: &serde_json::Value, key: &str| -> Vec<String> {
        let mut names: Vec<String> = match &s[key] {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            serde_json::Value::Array(a) => a.iter().map(|v| v.as_str().unwrap().to_string()).collect(),
            other => panic!("{key}: {other}"),
        };
        names.sort();
        names
    };
    let full = schema("evaluation");
    assert_eq!(full["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(full["type"], "object");
    let top = ["format", "lang", "legal_state", "notes", "profile", "results", "rules"];
    assert_eq!(names(&full, "properties"), top);
    assert_eq!(names(&full, "required"), top, "every key is always printed");
    let cell = &full["$defs"]["CellOutput"];
    assert_eq!(full["properties"]["results"]["items"]["$ref"], "#/$defs/CellOutput");
    let cell_keys = [
        "best_case",
        "decisive_note",
        "decisive_unknowns",
        "dimensions",
        "info_type",
        "measures",
        "overall",
        "questions",
        "service",
    ];
    assert_eq!(names(cell, "properties"), cell_keys);
    assert_eq!(names(cell, "required"), cell_keys, "null is printed, never left out");
    let dims = ["infosec", "processor", "protective_security", "secrecy", "transfer"];
    assert_eq!(names(&full["$defs"]["Dimensions"], "required"), dims);

    let brief = schema("evaluation-brief");
    assert_eq!(
        names(&brief, "properties"),
        ["format", "legal_state", "measure_keys", "profile", "question_keys", "results"]
    );

    let input = schema("input");
    assert_eq!(input["$id"], "https://molnbedomning.example/schema/assessment-1.json");
    assert_eq!(bedom(&["schema"]).stdout, bedom(&["schema", "input"]).stdout);

    let out = bedom(&["schema", "utdata"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    let known = "input, evaluation, evaluation-brief, diff, improve, watch, probability, coverage, compare, questions";
    assert!(e.contains("okänt schema \"utdata\"") && e.contains(known), "{e}");
    assert_eq!(bedom(&["schema", "input", "evaluation"]).status.code(), Some(2));
}

/// What `bedom evaluate` prints for every preset, in both languages and brief, fits the schema
/// `bedom schema` prints for it: every key is a property of its object, every value of its type.
#[test]
fn every_preset_s_evaluation_fits_the_printed_schema() {
    let (full, brief) = (schema("evaluation"), schema("evaluation-brief"));
    for p in molnbedomning::presets::PRESETS {
        let file = std::env::temp_dir().join(format!("bedom-cli-{}-schema-{}.json", std::process::id(), p.id));
        std::fs::write(&file, p.json()).unwrap();
        for (args, schema) in
            [(&["--lang", "sv"][..], &full), (&["--lang", "en"][..], &full), (&["--brief"][..], &brief)]
        {
            let out = Command::new(env!("CARGO_BIN_EXE_bedom")).arg("evaluate").args(args).arg(&file).output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let wrong = misfits(schema, schema, &printed, "$");
            assert!(wrong.is_empty(), "{} {args:?}:\n{}", p.id, wrong.join("\n"));
        }
        let _ = std::fs::remove_file(&file);
    }
    // The check is not empty: a key the schema does not know, one missing, a wrong value all show.
    let out = bedom_on(|_| {}, &["evaluate"], "schema-drift");
    let mut printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let dimension = &mut printed["results"][0]["dimensions"]["secrecy"];
    dimension["new_field"] = true.into();
    dimension["verdict"] = "maybe".into();
    printed["results"][0].as_object_mut().unwrap().remove("best_case");
    let wrong = misfits(&full, &full, &printed, "$").join("\n");
    assert!(wrong.contains("$.results[0].dimensions.secrecy.new_field: not in the schema"), "{wrong}");
    assert!(wrong.contains("$.results[0].dimensions.secrecy.verdict: \"maybe\" is not one of"), "{wrong}");
    assert!(wrong.contains("$.results[0]: required \"best_case\" missing"), "{wrong}");
}

/// `bedom schema diff`, `improve`, `watch`, `probability`, `coverage`, `compare` and `questions`
/// (issue 12, typed outputs): what each analysis prints for every preset, in both languages, fits
/// the schema printed for it. Each preset is also analysed with other settings (legal date,
/// profile, thresholds) and with stated probability factors, and diffed against every preset and
/// against itself with the other settings, so that every kind of cause and the computed
/// probabilities are printed and checked too.
#[test]
fn every_preset_s_analyses_fit_their_printed_schemas() {
    use serde_json::{json, Value};
    let schemas: std::collections::BTreeMap<&str, Value> =
        molnbedomning::analysis::output::SCHEMAS.iter().map(|name| (*name, schema(name))).collect();
    let write = |name: String, v: &Value| {
        let file = std::env::temp_dir().join(format!("bedom-cli-{}-analyses-{name}.json", std::process::id()));
        std::fs::write(&file, v.to_string()).unwrap();
        file
    };
    let mut files = Vec::new();
    for p in molnbedomning::presets::PRESETS {
        let preset: Value = serde_json::from_str(p.json()).unwrap();
        let mut settings = preset.clone();
        settings["legal_date"] = "2026-06-01".into();
        settings["profile"] = "strict".into();
        settings["thresholds"] = json!({"policy_binding": true});
        let mut factors = preset.clone();
        for service in factors["services"].as_array_mut().unwrap() {
            service.as_object_mut().unwrap().remove("lawful_access_judgment");
            service["lawful_access_factors"] = json!({"interest_per_year": 0.1, "request_to_provider": 0.5,
                "not_resisted": 0.5, "cleartext": 1.0, "provenance": {"status": "assumed", "source": "test"}});
        }
        let services: Vec<String> =
            preset["services"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect();
        let [preset, settings, factors] = [("", &preset), ("-settings", &settings), ("-factors", &factors)]
            .map(|(variant, v)| write(format!("{}{variant}", p.id), v));
        files.push((p.id, preset, settings, factors, services));
    }
    let fits = |name: &str, args: &[&std::ffi::OsStr]| -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_bedom")).arg(name).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{name} {args:?}: {}", stderr(&out));
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        let wrong = misfits(&schemas[name], &schemas[name], &printed, "$");
        assert!(wrong.is_empty(), "{name} {args:?}:\n{}", wrong.join("\n"));
        printed
    };
    let (mut causes, mut diff_sample, mut probability_sample) = (std::collections::BTreeSet::new(), None, None);
    let lang_flag = std::ffi::OsStr::new("--lang");
    for lang in ["sv", "en"].map(std::ffi::OsStr::new) {
        for (_, preset, settings, factors, services) in &files {
            for file in [preset, settings, factors].map(|f| f.as_os_str()) {
                for name in ["improve", "watch", "coverage", "compare"] {
                    fits(name, &[lang_flag, lang, file]);
                }
                let probability = fits("probability", &[lang_flag, lang, file]);
                if probability["cells"][0]["sensitivity_div10_mul10"].is_array() {
                    probability_sample = Some(probability);
                }
                for service in services {
                    fits("questions", &[lang_flag, lang, file, service.as_ref()]);
                }
            }
            let seconds = files.iter().map(|f| &f.1).chain([settings]);
            for (first, second) in seconds.map(|other| (preset, other)).chain([(settings, preset)]) {
                let diff = fits("diff", &[lang_flag, lang, first.as_os_str(), second.as_os_str()]);
                let printed = diff["changes"].as_array().unwrap().iter().flat_map(|c| c["causes"].as_array().unwrap());
                causes.extend(printed.map(|c| c["kind"].as_str().unwrap().to_string()));
                if diff["changes"][0]["causes"][0].is_object() {
                    diff_sample = Some(diff);
                }
            }
        }
    }
    for (_, preset, settings, factors, _) in &files {
        for file in [preset, settings, factors] {
            let _ = std::fs::remove_file(file);
        }
    }
    let every_cause = ["facts", "interaction", "legal_date", "profile", "thresholds"];
    assert_eq!(causes.iter().collect::<Vec<_>>(), every_cause, "the diffs print every kind of cause");

    // The check is not empty: an unknown kind of cause or dimension and a sensitivity that is not a
    // pair show.
    let (mut diff, mut probability) = (diff_sample.unwrap(), probability_sample.expect("a computed probability"));
    diff["changes"][0]["causes"][0]["kind"] = "weather".into();
    diff["changes"][0]["dimension"] = "total".into();
    let wrong = misfits(&schemas["diff"], &schemas["diff"], &diff, "$").join("\n");
    assert!(wrong.contains("$.changes[0].causes[0]: {\"kind\":\"weather\""), "{wrong}");
    assert!(wrong.contains("$.changes[0].dimension: \"total\" fits 0 of anyOf"), "{wrong}");
    probability["cells"][0]["sensitivity_div10_mul10"] = json!([0.1]);
    let wrong = misfits(&schemas["probability"], &schemas["probability"], &probability, "$").join("\n");
    assert!(wrong.contains("$.cells[0].sensitivity_div10_mul10: 1 items, not between"), "{wrong}");
}
