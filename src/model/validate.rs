//! Reading the public format with clear Swedish errors that name the field, and the checks serde
//! cannot express (ids that must exist, levels 0–4, the format version).

use super::{Assessment, FORMAT_VERSION};

/// Parses an assessment from JSON text. Errors are in Swedish and name the field, e.g.
/// `services[0].parties[1].access: okänt värde "alla", tillåtna: "none", "metadata", …`.
pub fn parse_assessment(json: &str) -> Result<Assessment, String> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let assessment: Assessment = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let message = swedish_serde_message(&e.inner().to_string());
        if path == "." {
            message
        } else {
            format!("fältet {path}: {message}")
        }
    })?;
    let problems = validate(&assessment);
    if problems.is_empty() {
        Ok(assessment)
    } else {
        Err(problems.join("\n"))
    }
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

/// Checks what the types cannot; returns one Swedish message per problem.
pub fn validate(a: &Assessment) -> Vec<String> {
    let mut problems = Vec::new();
    if a.format != FORMAT_VERSION {
        problems
            .push(format!("fältet format: version {} stöds inte (den här versionen läser {FORMAT_VERSION})", a.format));
    }
    let mut service_ids = Vec::new();
    let mut all_components = Vec::new();
    for (i, s) in a.services.iter().enumerate() {
        if s.id.trim().is_empty() {
            problems.push(format!("fältet services[{i}].id: får inte vara tomt"));
        }
        if service_ids.contains(&&s.id) {
            problems.push(format!("fältet services[{i}].id: \"{}\" finns redan", s.id));
        }
        service_ids.push(&s.id);
        let mut component_ids = Vec::new();
        for (j, c) in s.components.iter().enumerate() {
            if component_ids.contains(&&c.id) {
                problems.push(format!("fältet services[{i}].components[{j}].id: \"{}\" finns redan i tjänsten", c.id));
            }
            component_ids.push(&c.id);
            all_components.push(&c.id);
            if let Some(op) = &c.operator {
                if !s.parties.iter().any(|p| p.name == *op) {
                    problems.push(format!("fältet services[{i}].components[{j}].operator: ingen part heter \"{op}\""));
                }
            }
        }
        for (j, p) in s.parties.iter().enumerate() {
            if let Some(parent) = &p.parent {
                if !s.parties.iter().any(|q| q.name == *parent) {
                    problems.push(format!("fältet services[{i}].parties[{j}].parent: ingen part heter \"{parent}\""));
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
                    problems.push(format!(
                        "fältet services[{i}].lawful_access_factors.{name}: måste vara en sannolikhet 0–1"
                    ));
                }
            }
        }
        for (j, c) in s.controls.iter().enumerate() {
            for id in &c.covers {
                if !component_ids.contains(&id) {
                    problems
                        .push(format!("fältet services[{i}].controls[{j}].covers: ingen komponent har id \"{id}\""));
                }
            }
        }
    }
    let mut info_ids = Vec::new();
    for (i, info) in a.information_types.iter().enumerate() {
        if info_ids.contains(&&info.id) {
            problems.push(format!("fältet information_types[{i}].id: \"{}\" finns redan", info.id));
        }
        info_ids.push(&info.id);
        for (name, level) in [
            ("klassa_k", info.klassa_k),
            ("klassa_r", info.klassa_r),
            ("klassa_t", info.klassa_t),
            ("klassa_s", info.klassa_s),
        ] {
            if level.is_some_and(|l| l > 4) {
                problems.push(format!("fältet information_types[{i}].{name}: KLASSA-nivå måste vara 0–4 eller null"));
            }
        }
        for id in &info.components {
            if !all_components.contains(&id) {
                problems.push(format!(
                    "fältet information_types[{i}].components: ingen tjänst har en komponent med id \"{id}\""
                ));
            }
        }
    }
    let t = &a.thresholds;
    if !(t.probability_low_percent >= 0.0
        && t.probability_low_percent <= t.probability_elevated_percent
        && t.probability_elevated_percent <= 100.0)
    {
        problems
            .push("fältet thresholds: gränserna för sannolikhet måste uppfylla 0 ≤ låg ≤ förhöjd ≤ 100".to_string());
    }
    if t.horizon_years == 0 || t.horizon_years > 100 {
        problems.push("fältet thresholds.horizon_years: måste vara 1–100 år".to_string());
    }
    problems
}

/// Serde's English messages, in Swedish.
fn swedish_serde_message(m: &str) -> String {
    let position = m.rfind(" at line ").map(|i| (&m[..i], &m[i..])).unwrap_or((m, ""));
    let (msg, at) = position;
    let at = at.replace(" at line ", " (rad ").replace(" column ", ", kolumn ") + if at.is_empty() { "" } else { ")" };
    let sv = if let Some(rest) = msg.strip_prefix("unknown variant ") {
        rest.replacen(", expected one of ", ", tillåtna värden: ", 1)
            .replacen(", expected ", ", tillåtet värde: ", 1)
            .replace('`', "\"")
            .replacen("", "okänt värde ", 1)
    } else if let Some(rest) = msg.strip_prefix("missing field ") {
        format!("fältet {} saknas", rest.replace('`', "\""))
    } else if let Some(rest) = msg.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest).replace('`', "\"");
        format!("okänt fält {name}")
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        format!("fel typ: {}", rest.replace(", expected ", ", förväntat: ").replace('`', "\""))
    } else if let Some(rest) = msg.strip_prefix("invalid value: ") {
        format!("ogiltigt värde: {}", rest.replace(", expected ", ", förväntat: ").replace('`', "\""))
    } else if msg.starts_with("invalid length") {
        "förväntade ett JSON-objekt med namngivna fält".to_string()
    } else if msg.starts_with("EOF while parsing") {
        "filen tar slut mitt i JSON-texten".to_string()
    } else if msg.starts_with("expected") || msg.starts_with("trailing") || msg.starts_with("key must be") {
        format!("ogiltig JSON: {msg}")
    } else {
        msg.to_string()
    };
    format!("{sv}{at}")
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
        let e = parse_assessment(&v.to_string()).unwrap_err();
        assert!(e.contains("services[0].parties[0].access"), "{e}");
        assert!(e.contains("okänt värde \"alla\""), "{e}");
        assert!(e.contains("tillåtna värden"), "{e}");

        let mut v = preset_json();
        v.as_object_mut().unwrap().remove("legal_date");
        let e = parse_assessment(&v.to_string()).unwrap_err();
        assert!(e.contains("fältet \"legal_date\" saknas"), "{e}");

        let mut v = preset_json();
        v["legal_date"] = "2018-02-30".into();
        let e = parse_assessment(&v.to_string()).unwrap_err();
        assert!(e.contains("legal_date") && e.contains("ogiltigt datum"), "{e}");
    }

    #[test]
    fn references_must_exist() {
        let mut v = preset_json();
        v["services"][0]["controls"][0]["covers"][0] = "saknas".into();
        v["information_types"][0]["klassa_k"] = 7.into();
        let e = parse_assessment(&v.to_string()).unwrap_err();
        assert!(e.contains("controls[0].covers") && e.contains("klassa_k"), "{e}");
    }

    #[test]
    fn broken_json_is_a_message_not_a_panic() {
        assert!(parse_assessment("{").unwrap_err().contains("tar slut"));
        assert!(parse_assessment("").is_err());
        let e = parse_assessment("[]").unwrap_err();
        assert!(e.contains("JSON-objekt"), "{e}");
    }
}
