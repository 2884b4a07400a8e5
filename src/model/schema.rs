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
