//! Reading the public format with clear Swedish errors that name the field, and the checks serde
//! cannot express (ids that must exist, levels 0–4, the format version).

use super::country::{country_names, is_old_code};
use super::error::forget_typed;
use super::{Assessment, Error, Text, FORMAT_VERSION};
use serde_json::Value;

/// Something about an old value that loading read in a new way, or that looks like a slip: the
/// work still loads, and the user is told which field to check.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadNotice {
    /// The field, e.g. `services[0].parties[1].jurisdiction`.
    pub path: String,
    pub text: Text,
}

impl LoadNotice {
    /// "fältet services[0]…: …" in the language asked for.
    pub fn message(&self, lang: super::Lang) -> String {
        let field = if lang == super::Lang::Sv { "fältet" } else { "field" };
        format!("{field} {}: {}", self.path, self.text.get(lang))
    }
}

/// Parses an assessment from JSON text. Errors name the field, in Swedish and English, e.g.
/// `fältet services[0].parties[1].access: okänt värde "alla", tillåtna värden: "none", "metadata", …`.
/// Old values are read as [`parse_assessment_with_notices`] reads them, without the notices.
pub fn parse_assessment(json: &str) -> Result<Assessment, Error> {
    parse_assessment_with_notices(json).map(|(a, _)| a)
}

/// Parses an assessment and says which old values it read in a new way. Old files and links never
/// lose work: a jurisdiction "EU" or an unassigned code (which older versions accepted) becomes
/// unknown, and "SV" (El Salvador, often meant as Sweden) stays but is pointed out. A value no
/// version could have written ("Sverige", "se") is an error naming the field.
pub fn parse_assessment_with_notices(json: &str) -> Result<(Assessment, Vec<LoadNotice>), Error> {
    forget_typed();
    let mut value: Value = serde_json::from_str(json).map_err(|e| Error::from_json(&e))?;
    let notices = upgrade_countries(&mut value);
    let assessment: Assessment = parse_part(value, "").map_err(|e| located(e, json))?;
    match Error::all(validate(&assessment)) {
        None => Ok((assessment, notices)),
        Some(e) => Err(e),
    }
}

/// Reads the format, or one part of it (a service, an information type: an edit re-reads only the
/// part it changed), from JSON. Errors name the field from the assessment's root: `head` is the
/// part's own place, e.g. `services[3]`, or empty for a whole assessment. A caller that reads a part
/// validates the whole assessment afterwards.
///
/// Every read of the model goes through here, from a `Value`: the wasm then carries one deserializer
/// of the model (serde_path_to_error over `Value`) instead of one per input kind (text, `Value`,
/// with and without the path), which was a tenth of its code (issue 15). A type error names its
/// field; where the user wrote the text, [`located`] adds its line and column.
pub fn parse_part<T: serde::de::DeserializeOwned>(value: Value, head: &str) -> Result<T, Error> {
    forget_typed();
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match inner.as_str() {
            _ if head.is_empty() => inner.clone(),
            "." => head.to_string(),
            p if p.starts_with('[') => format!("{head}{p}"),
            p => format!("{head}.{p}"),
        };
        Error::from_json_at(path, e.inner())
    })
}

/// A part of the format read back after the tool itself changed it (the bound's completions,
/// "what makes it green"'s candidates): no user is told why it failed. Natively it takes serde_json's
/// plain reader, a quarter faster on those paths than [`parse_part`], whose path tracking allocates
/// per field (`improve_max_native_ms` 38 against 41–50 ms); in the wasm it shares `parse_part`'s one
/// deserializer, since a second costs 19 KB gzipped (`scripts/size`).
pub(crate) fn reread<T: serde::de::DeserializeOwned>(value: Value) -> Option<T> {
    #[cfg(not(target_arch = "wasm32"))]
    return serde_json::from_value(value).ok();
    #[cfg(target_arch = "wasm32")]
    return parse_part(value, "").ok();
}

/// `e` with the line and column, in `text`, of the field it names: reading from a `Value` knows
/// the field but not where it stood in the text the user wrote.
pub(crate) fn located(e: Error, text: &str) -> Error {
    match e {
        Error::Field { path, line: 0, error, .. } => {
            let (line, column) = position(text, &path).unwrap_or((0, 0));
            Error::Field { path, line, column, error }
        }
        other => other,
    }
}

/// The line and column (from 1) of the last character of the value at `path`
/// (`services[0].parties[1].access`, as serde_path_to_error writes it) in the JSON `text`, where
/// serde_json would have reported an error in it.
fn position(text: &str, path: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let ws = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let string_end = |mut i: usize| {
        i += 1;
        loop {
            match b.get(i)? {
                b'\\' => i += 2,
                b'"' => return Some(i + 1),
                _ => i += 1,
            }
        }
    };
    // The index just after the value starting at `i`.
    let value_end = |mut i: usize| -> Option<usize> {
        match b.get(i)? {
            b'"' => string_end(i),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match b.get(i)? {
                        b'"' => i = string_end(i)?,
                        b'{' | b'[' => (depth, i) = (depth + 1, i + 1),
                        b'}' | b']' if depth == 1 => return Some(i + 1),
                        b'}' | b']' => (depth, i) = (depth - 1, i + 1),
                        _ => i += 1,
                    }
                }
            }
            _ => Some(
                i + b[i..]
                    .iter()
                    .position(|c| matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace())
                    .unwrap_or(b.len() - i),
            ),
        }
    };
    let mut i = ws(0);
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indexes) = segment.split_once('[').map_or((segment, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            (b.get(i) == Some(&b'{')).then_some(())?;
            i = ws(i + 1);
            loop {
                let end = string_end(i)?;
                let found = text.get(i + 1..end - 1)? == key;
                i = ws(end);
                (b.get(i) == Some(&b':')).then_some(())?;
                i = ws(i + 1);
                if found {
                    break;
                }
                i = ws(value_end(i)?);
                (b.get(i) == Some(&b',')).then_some(())?;
                i = ws(i + 1);
            }
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            let n: usize = index.trim_end_matches(']').parse().ok()?;
            (b.get(i) == Some(&b'[')).then_some(())?;
            i = ws(i + 1);
            for _ in 0..n {
                i = ws(value_end(i)?);
                (b.get(i) == Some(&b',')).then_some(())?;
                i = ws(i + 1);
            }
        }
    }
    let last = value_end(i)?.checked_sub(1)?;
    let line_start = text[..last].rfind('\n').map_or(0, |n| n + 1);
    Some((text[..last].matches('\n').count() + 1, text[line_start..=last].chars().count()))
}

/// Reads the country fields of older versions, which took any two upper-case letters: returns the
/// notices.
fn upgrade_countries(v: &mut Value) -> Vec<LoadNotice> {
    let mut notices = Vec::new();
    let mut check = |value: &mut Value, path: String, location: bool| {
        let Some(code) = value.as_str().filter(|s| is_old_code(s)) else { return };
        if location && code == "EU" {
            return;
        }
        if country_names(code).is_none() {
            let text = if code == "EU" {
                Text::new(
                    "\"EU\" är inget land att vara registrerad i; jurisdiktionen sattes till okänd – ange landet där parten är registrerad",
                    "\"EU\" is not a country of incorporation; the jurisdiction was set to unknown – give the country where the party is incorporated",
                )
            } else {
                Text::new(
                    format!("\"{code}\" är ingen tilldelad ISO 3166-1-landskod; värdet sattes till okänt"),
                    format!("\"{code}\" is not an assigned ISO 3166-1 code; the value was set to unknown"),
                )
            };
            notices.push(LoadNotice { path, text });
            *value = Value::from("unknown");
        } else if code == "SV" {
            notices.push(LoadNotice {
                path,
                text: Text::new(
                    "SV är El Salvador – menade du Sverige (SE)?",
                    "SV is El Salvador – did you mean Sweden (SE)?",
                ),
            });
        }
    };
    let list = |v: &mut Value, path: &str, check: &mut dyn FnMut(&mut Value, String, bool)| {
        if let Some(items) = v.as_array_mut() {
            for (k, item) in items.iter_mut().enumerate() {
                check(item, format!("{path}[{k}]"), true);
            }
        }
    };
    let Some(services) = v.get_mut("services").and_then(Value::as_array_mut) else { return notices };
    for (i, s) in services.iter_mut().enumerate() {
        if let Some(parties) = s.get_mut("parties").and_then(Value::as_array_mut) {
            for (j, p) in parties.iter_mut().enumerate() {
                let base = format!("services[{i}].parties[{j}]");
                if let Some(x) = p.get_mut("jurisdiction") {
                    check(x, format!("{base}.jurisdiction"), false);
                }
                if let Some(x) = p.get_mut("access_from") {
                    list(x, &format!("{base}.access_from"), &mut check);
                }
            }
        }
        if let Some(components) = s.get_mut("components").and_then(Value::as_array_mut) {
            for (j, c) in components.iter_mut().enumerate() {
                let base = format!("services[{i}].components[{j}]");
                if let Some(x) = c.get_mut("data_location") {
                    check(x, format!("{base}.data_location"), true);
                }
                if let Some(x) = c.get_mut("support_from") {
                    list(x, &format!("{base}.support_from"), &mut check);
                }
            }
        }
    }
    notices
}

/// The assessment as JSON text (pretty for files, compact for storage). Always through
/// `serde_json::Value`, which links need anyway: the wasm then carries one serializer of the model
/// instead of one per output format.
pub fn assessment_json(a: &Assessment, pretty: bool) -> String {
    let v = serde_json::to_value(a).unwrap_or(serde_json::Value::Null);
    if pretty {
        serde_json::to_string_pretty(&v).unwrap_or_default()
    } else {
        v.to_string()
    }
}

/// Checks what the types cannot; returns one error per problem.
pub fn validate(a: &Assessment) -> Vec<Error> {
    let mut problems = Vec::new();
    if a.format != FORMAT_VERSION {
        problems.push(Error::UnsupportedFormat { found: a.format, supported: FORMAT_VERSION });
    }
    let mut service_ids = Vec::new();
    let mut all_components = Vec::new();
    for (i, s) in a.services.iter().enumerate() {
        if s.id.trim().is_empty() {
            problems.push(Error::EmptyId { path: format!("services[{i}].id") });
        }
        if service_ids.contains(&&s.id) {
            problems.push(Error::DuplicateId {
                path: format!("services[{i}].id"),
                id: s.id.clone(),
                in_service: false,
            });
        }
        service_ids.push(&s.id);
        let mut component_ids = Vec::new();
        for (j, c) in s.components.iter().enumerate() {
            if component_ids.contains(&&c.id) {
                problems.push(Error::DuplicateId {
                    path: format!("services[{i}].components[{j}].id"),
                    id: c.id.clone(),
                    in_service: true,
                });
            }
            component_ids.push(&c.id);
            all_components.push(&c.id);
            if let Some(op) = &c.operator {
                if !s.parties.iter().any(|p| p.name == *op) {
                    problems.push(Error::UnknownParty {
                        path: format!("services[{i}].components[{j}].operator"),
                        name: op.clone(),
                    });
                }
            }
        }
        for (j, p) in s.parties.iter().enumerate() {
            if let Some(parent) = &p.parent {
                if !s.parties.iter().any(|q| q.name == *parent) {
                    problems.push(Error::UnknownParty {
                        path: format!("services[{i}].parties[{j}].parent"),
                        name: parent.clone(),
                    });
                }
            }
        }
        if let Some(f) = &s.lawful_access_factors {
            for (name, v) in [
                ("interest_per_year", f.interest_per_year),
                ("request_to_provider", f.request_to_provider),
                ("not_resisted", f.not_resisted),
                ("cleartext", f.cleartext),
            ] {
                if !(0.0..=1.0).contains(&v) {
                    problems
                        .push(Error::NotAProbability { path: format!("services[{i}].lawful_access_factors.{name}") });
                }
            }
        }
        for (j, c) in s.controls.iter().enumerate() {
            for id in &c.covers {
                if !component_ids.contains(&id) {
                    problems.push(Error::UnknownComponent {
                        path: format!("services[{i}].controls[{j}].covers"),
                        id: id.clone(),
                        in_service: true,
                    });
                }
            }
        }
    }
    let mut info_ids = Vec::new();
    for (i, info) in a.information_types.iter().enumerate() {
        if info_ids.contains(&&info.id) {
            problems.push(Error::DuplicateId {
                path: format!("information_types[{i}].id"),
                id: info.id.clone(),
                in_service: false,
            });
        }
        info_ids.push(&info.id);
        for (name, level) in [
            ("klassa_k", info.klassa_k),
            ("klassa_r", info.klassa_r),
            ("klassa_t", info.klassa_t),
            ("klassa_s", info.klassa_s),
        ] {
            if level.is_some_and(|l| l > 4) {
                problems.push(Error::KlassaLevel { path: format!("information_types[{i}].{name}") });
            }
        }
        for id in &info.components {
            if !all_components.contains(&id) {
                problems.push(Error::UnknownComponent {
                    path: format!("information_types[{i}].components"),
                    id: id.clone(),
                    in_service: false,
                });
            }
        }
    }
    let t = &a.thresholds;
    if !(t.probability_low_percent >= 0.0
        && t.probability_low_percent <= t.probability_elevated_percent
        && t.probability_elevated_percent <= 100.0)
    {
        problems.push(Error::ThresholdOrder);
    }
    if t.horizon_years == 0 || t.horizon_years > 100 {
        problems.push(Error::HorizonYears { found: t.horizon_years });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;

    fn preset_json() -> serde_json::Value {
        serde_json::from_str(PRESETS[0].json()).unwrap()
    }

    #[test]
    fn errors_name_the_field_in_swedish() {
        let mut v = preset_json();
        v["services"][0]["parties"][0]["access"] = "alla".into();
        let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("services[0].parties[0].access"), "{e}");
        assert!(e.contains("okänt värde \"alla\""), "{e}");
        assert!(e.contains("tillåtna värden"), "{e}");

        let mut v = preset_json();
        v.as_object_mut().unwrap().remove("legal_date");
        let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("fältet \"legal_date\" saknas"), "{e}");

        let mut v = preset_json();
        v["legal_date"] = "2018-02-30".into();
        let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("legal_date") && e.contains("ogiltigt datum"), "{e}");
    }

    #[test]
    fn references_must_exist() {
        let mut v = preset_json();
        v["services"][0]["controls"][0]["covers"][0] = "saknas".into();
        v["information_types"][0]["klassa_k"] = 7.into();
        let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("controls[0].covers") && e.contains("klassa_k"), "{e}");
    }

    #[test]
    fn old_country_values_load_with_notices_naming_the_field() {
        let mut v = preset_json();
        v["services"][0]["parties"][0]["jurisdiction"] = "SV".into();
        v["services"][0]["parties"][1]["jurisdiction"] = "XX".into();
        v["services"][0]["components"][0]["data_location"] = "EU".into();
        v["services"][0]["components"][0]["support_from"] = serde_json::json!(["EU", "QQ"]);
        let (a, notices) = parse_assessment_with_notices(&v.to_string()).unwrap();
        let s = &a.services[0];
        assert_eq!(s.parties[0].jurisdiction, crate::model::Country::code("SV"));
        assert!(s.parties[1].jurisdiction.is_unknown());
        assert_eq!(s.components[0].data_location, crate::model::Location::Eu);
        assert_eq!(s.components[0].support_from, [crate::model::Location::Eu, crate::model::Location::unknown()]);
        let paths: Vec<&str> = notices.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "services[0].parties[0].jurisdiction",
                "services[0].parties[1].jurisdiction",
                "services[0].components[0].support_from[1]"
            ]
        );
        assert!(notices[0].text.sv.contains("menade du Sverige (SE)?"), "{notices:?}");
        assert!(notices[0].text.en.contains("did you mean Sweden (SE)?"), "{notices:?}");
        assert!(notices[1].message(crate::model::Lang::Sv).starts_with("fältet services[0].parties[1].jurisdiction:"));
        assert_eq!(parse_assessment(&v.to_string()).unwrap(), a);
    }

    #[test]
    fn eu_as_a_jurisdiction_becomes_unknown_with_a_notice() {
        let mut v = preset_json();
        v["services"][0]["parties"][0]["jurisdiction"] = "EU".into();
        let (a, notices) = parse_assessment_with_notices(&v.to_string()).unwrap();
        assert!(a.services[0].parties[0].jurisdiction.is_unknown());
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].path, "services[0].parties[0].jurisdiction");
        assert!(notices[0].text.sv.contains("okänd"), "{notices:?}");
        // A current file loads without notices.
        assert_eq!(parse_assessment_with_notices(&preset_json().to_string()).unwrap().1, []);
    }

    #[test]
    fn names_and_lower_case_codes_are_refused_naming_the_field() {
        for (bad, hint) in [("Sverige", Some("SE")), ("se", Some("SE")), ("SWE", None)] {
            let mut v = preset_json();
            v["services"][0]["parties"][0]["jurisdiction"] = bad.into();
            let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
            assert!(e.contains("fältet services[0].parties[0].jurisdiction: ogiltig landskod"), "{e}");
            if let Some(code) = hint {
                assert!(e.contains(&format!("menade du {code}?")), "{e}");
            }
        }
        let mut v = preset_json();
        v["services"][0]["components"][0]["data_location"] = "Irland".into();
        let e = parse_assessment(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("components[0].data_location") && e.contains("menade du IE?"), "{e}");
    }

    #[test]
    fn broken_json_is_a_message_not_a_panic() {
        assert!(parse_assessment("{").unwrap_err().to_string().contains("tar slut"));
        assert!(parse_assessment("").is_err());
        let e = parse_assessment("[]").unwrap_err().to_string();
        assert!(e.contains("JSON-objekt"), "{e}");
    }

    #[test]
    fn a_field_is_found_in_the_text_by_its_path() {
        let text = "{\n  \"a\": \"x}\\\"[\",\n  \"services\": [ {\"p\": [1, {\"q\": 2}]},\n    {\"parties\": [{}, {\"access\": \"alla\"}]} ]\n}";
        assert_eq!(position(text, "services[1].parties[1].access"), Some((4, 38)));
        assert_eq!(position(text, "services[0].p[1].q"), Some((3, 33)));
        assert_eq!(position(text, "a"), Some((2, 14)));
        assert_eq!(position(text, "services[2]"), None);
        assert_eq!(position(text, "nowhere"), None);
    }

    /// The English message of a refused file is English: the same field and value, no Swedish.
    #[test]
    fn errors_name_the_field_in_english_too() {
        let english = |e: &Error| {
            let m = e.message();
            assert_ne!(m.sv, m.en);
            assert!(!m.en.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']), "{}", m.en);
            m.en
        };
        let mut v = preset_json();
        v["services"][0]["parties"][0]["access"] = "alla".into();
        let e = english(&parse_assessment(&v.to_string()).unwrap_err());
        assert!(e.starts_with("field services[0].parties[0].access: unknown value \"alla\", allowed values:"), "{e}");
        assert!(e.contains("(line 1, column"), "{e}");

        let mut v = preset_json();
        v["legal_date"] = "2018-02-30".into();
        let e = english(&parse_assessment(&v.to_string()).unwrap_err());
        assert!(e.starts_with("field legal_date: invalid date \"2018-02-30\": use YYYY-MM-DD"), "{e}");

        let mut v = preset_json();
        v["services"][0]["components"][0]["data_location"] = "Irland".into();
        let e = english(&parse_assessment(&v.to_string()).unwrap_err());
        assert!(
            e.contains("components[0].data_location: invalid country code \"Irland\"")
                && e.contains("\"EU\" or \"unknown\" – did you mean IE?"),
            "{e}"
        );

        // The upgraded (re-read) path and the checks after serde.
        let mut v = preset_json();
        v["services"][0]["parties"][0]["jurisdiction"] = "EU".into();
        v["services"][0]["parties"][1]["jurisdiction"] = "Sverige".into();
        let e = english(&parse_assessment(&v.to_string()).unwrap_err());
        assert!(e.starts_with("field services[0].parties[1].jurisdiction: invalid country code"), "{e}");
        let mut v = preset_json();
        v["services"][0]["controls"][0]["covers"][0] = "saknas".into();
        v["information_types"][0]["klassa_k"] = 7.into();
        let e = english(&parse_assessment(&v.to_string()).unwrap_err());
        assert!(
            e.contains("no component has the id \"saknas\"") && e.contains("\nfield information_types[0].klassa_k"),
            "{e}"
        );

        assert_eq!(
            english(&parse_assessment("{").unwrap_err()),
            "the file ends in the middle of the JSON text (line 1, column 1)"
        );
        assert!(english(&parse_assessment("[]").unwrap_err()).contains("JSON object"));
    }
}
