//! The generated JSON Schema of the public format (native only; the web build does not need it).

/// JSON Schema (draft 2020-12) for `Assessment`, format 1.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(super::Assessment);
    schema.insert("$id".into(), "https://molnbedomning.example/schema/assessment-1.json".into());
    schema.insert(
        "description".into(),
        "Molnbedömning, publikt filformat version 1. Okända fakta anges som \"unknown\", aldrig som ja eller nej."
            .into(),
    );
    schema.to_value()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_schema_describes_countries_and_locations() {
        let s = super::json_schema();
        let defs = &s["$defs"];
        let values = |name: &str| -> Vec<String> {
            defs[name]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
        };
        let (country, location) = (values("Country"), values("Location"));
        assert!(country.iter().any(|c| c == "SE") && country.iter().any(|c| c == "unknown"));
        assert!(!country.iter().any(|c| c == "EU"), "a jurisdiction is never \"EU\"");
        assert!(location.iter().any(|c| c == "EU") && location.len() == country.len() + 1);
        assert_eq!(defs["Party"]["properties"]["jurisdiction"]["$ref"], "#/$defs/Country");
        assert_eq!(defs["Component"]["properties"]["data_location"]["$ref"], "#/$defs/Location");
        assert_eq!(defs["Component"]["properties"]["support_from"]["items"]["$ref"], "#/$defs/Location");
    }
}
