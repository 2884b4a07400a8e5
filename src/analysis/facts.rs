//! Facts as JSON paths: the leaf-level differences between two assessments, and applying one.
//! Lists of objects are matched by `id` (or `name`), so two bodies' files in different order compare.

use serde_json::Value;

/// One changed fact: its path (e.g. `services[o365].parties[Microsoft].access`) and both values.
#[derive(Clone, Debug, PartialEq)]
pub struct FactChange {
    pub path: String,
    /// Path steps, for applying the change.
    pub steps: Vec<Step>,
    pub before: Value,
    pub after: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Key(String),
    /// An element of a list matched by its key field and value.
    Keyed(&'static str, String),
    Index(usize),
}

fn element_key(v: &Value) -> Option<(&'static str, String)> {
    ["id", "name"].into_iter().find_map(|k| v.get(k).and_then(Value::as_str).map(|s| (k, s.to_string())))
}

fn path_text(steps: &[Step]) -> String {
    let mut s = String::new();
    for step in steps {
        match step {
            Step::Key(k) if s.is_empty() => s.push_str(k),
            Step::Key(k) => {
                s.push('.');
                s.push_str(k);
            }
            Step::Keyed(_, v) => s.push_str(&format!("[{v}]")),
            Step::Index(i) => s.push_str(&format!("[#{i}]")),
        }
    }
    s
}

/// Leaf-level differences from `a` to `b` (whole elements where a list element exists on one side only).
pub fn changes(a: &Value, b: &Value) -> Vec<FactChange> {
    let mut out = Vec::new();
    walk(a, b, &mut Vec::new(), &mut out);
    out
}

fn walk(a: &Value, b: &Value, steps: &mut Vec<Step>, out: &mut Vec<FactChange>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                steps.push(Step::Key(k.clone()));
                walk(x.get(k).unwrap_or(&Value::Null), y.get(k).unwrap_or(&Value::Null), steps, out);
                steps.pop();
            }
        }
        (Value::Array(x), Value::Array(y)) if x.iter().chain(y).all(|v| element_key(v).is_some()) => {
            let find = |list: &Vec<Value>, key: &(&'static str, String)| {
                list.iter().find(|v| element_key(v).as_ref() == Some(key)).cloned()
            };
            let mut keys: Vec<(&'static str, String)> = x.iter().chain(y).filter_map(element_key).collect();
            keys.dedup();
            let mut seen = Vec::new();
            for key in keys {
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key.clone());
                steps.push(Step::Keyed(key.0, key.1.clone()));
                walk(&find(x, &key).unwrap_or(Value::Null), &find(y, &key).unwrap_or(Value::Null), steps, out);
                steps.pop();
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                steps.push(Step::Index(i));
                walk(p, q, steps, out);
                steps.pop();
            }
        }
        _ => out.push(FactChange { path: path_text(steps), steps: steps.clone(), before: a.clone(), after: b.clone() }),
    }
}

/// Parses a path as written by [`changes`] (`services[o365].parties[Zoom Video Communications, Inc.].access`):
/// a bracketed key matches a list element by its `id` or `name` (dots inside brackets are part of
/// the key); `[#3]` is the fourth element. Keys may not contain `]`.
pub fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let mut name = String::new();
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '.' => {
                if !name.is_empty() {
                    steps.push(Step::Key(std::mem::take(&mut name)));
                } else if !matches!(steps.last(), Some(Step::Keyed(..) | Step::Index(_))) {
                    return None;
                }
            }
            '[' => {
                if !name.is_empty() {
                    steps.push(Step::Key(std::mem::take(&mut name)));
                }
                let key: String = chars.by_ref().take_while(|c| *c != ']').collect();
                steps.push(match key.strip_prefix('#').and_then(|n| n.parse().ok()) {
                    Some(i) => Step::Index(i),
                    None => Step::Keyed("id", key),
                });
            }
            c => name.push(c),
        }
    }
    if !name.is_empty() {
        steps.push(Step::Key(name));
    }
    (!steps.is_empty()).then_some(steps)
}

/// The value at `steps` in `v`, if any.
pub fn get<'v>(v: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get(k),
        _ => pick(v.as_array()?.iter(), step),
    })
}

/// The element of a list that a `[#i]` or `[key]` step picks.
pub fn pick<'v>(mut list: impl Iterator<Item = &'v Value>, step: &Step) -> Option<&'v Value> {
    match step {
        Step::Index(i) => list.nth(*i),
        Step::Keyed(_, key) => list.find(|x| element_key(x).is_some_and(|(_, k)| k == *key)),
        Step::Key(_) => None,
    }
}

/// `target` with one change applied (a list element that is missing is added; `null` removes it).
pub fn apply(target: &Value, change: &FactChange) -> Value {
    let mut v = target.clone();
    set(&mut v, &change.steps, change.after.clone());
    v
}

fn set(v: &mut Value, steps: &[Step], new: Value) {
    let Some((first, rest)) = steps.split_first() else {
        *v = new;
        return;
    };
    match first {
        Step::Key(k) => {
            // A field of an absent optional object (e.g. the first provenance detail) creates it.
            if v.is_null() {
                *v = Value::Object(serde_json::Map::new());
            }
            if let Value::Object(o) = v {
                set(o.entry(k.clone()).or_insert(Value::Null), rest, new);
            }
        }
        Step::Index(i) => {
            let Some(list) = v.as_array_mut() else { return };
            if rest.is_empty() && new.is_null() && *i < list.len() {
                list.remove(*i);
            } else if let Some(x) = list.get_mut(*i) {
                set(x, rest, new);
            } else if rest.is_empty() && *i == list.len() {
                list.push(new);
            }
        }
        Step::Keyed(_, key) => {
            let Value::Array(list) = v else { return };
            match list.iter().position(|x| element_key(x).is_some_and(|(_, k)| k == *key)) {
                Some(i) if rest.is_empty() && new.is_null() => {
                    list.remove(i);
                }
                Some(i) => set(&mut list[i], rest, new),
                None if rest.is_empty() && !new.is_null() => list.push(new),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_are_matched_by_id_and_changes_apply() {
        let a = json!({"services": [{"id": "x", "v": 1}, {"id": "y", "v": 2}], "date": "2019"});
        let b = json!({"services": [{"id": "y", "v": 3}, {"id": "x", "v": 1}, {"id": "z", "v": 0}], "date": "2019"});
        let c = changes(&a, &b);
        let paths: Vec<&str> = c.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["services[y].v", "services[z]"]);
        let mut v = a.clone();
        for ch in &c {
            v = apply(&v, ch);
        }
        assert_eq!(changes(&v, &b), vec![]);
    }
}

/// Sets the fact at `path` (as written by [`changes`]) to `value` and re-validates: the result is a
/// valid assessment or an error naming the field (Swedish and English), and the original is never
/// half-changed. A keyed list element that does not exist is added; `null` at a keyed element
/// removes it.
pub fn edit(
    a: &crate::model::Assessment,
    path: &str,
    value: Value,
) -> Result<crate::model::Assessment, crate::model::Error> {
    edit_part(a, path, value).map(|(b, _)| b)
}

/// [`edit`], saying which part of the assessment the edit changed. A fact inside one service or
/// information type is set in that part's JSON alone, which is read back and the whole assessment
/// validated; anything else (adding or removing a service, the organisation, the legal date) goes
/// through the whole assessment's JSON. Either way the result is what the whole round trip gives.
pub fn edit_part(
    a: &crate::model::Assessment,
    path: &str,
    value: Value,
) -> Result<(crate::model::Assessment, crate::model::Part), crate::model::Error> {
    use crate::model::{parse_part, validate, Error, Part};
    let steps = parse_path(path).ok_or_else(|| Error::InvalidPath { path: path.to_string() })?;
    let part = match steps.as_slice() {
        [Step::Key(head), pick, rest @ ..] if !rest.is_empty() => {
            fn position<'i>(pick: &Step, mut ids: impl Iterator<Item = &'i String>) -> Option<usize> {
                match pick {
                    Step::Index(i) => Some(*i),
                    Step::Keyed(_, key) => ids.position(|id| id == key),
                    Step::Key(_) => None,
                }
            }
            match head.as_str() {
                "services" => position(pick, a.services.iter().map(|s| &s.id))
                    .filter(|&k| k < a.services.len())
                    .map(|k| (Part::Service(k), rest)),
                "information_types" => position(pick, a.information_types.iter().map(|i| &i.id))
                    .filter(|&k| k < a.information_types.len())
                    .map(|k| (Part::InformationType(k), rest)),
                _ => None,
            }
        }
        _ => None,
    };
    // The part with the fact at `rest` set, read back; errors name the field from the root.
    fn edited<T: serde::Serialize + serde::de::DeserializeOwned>(
        item: &T,
        head: String,
        rest: &[Step],
        value: Value,
    ) -> Result<T, Error> {
        let mut json = serde_json::to_value(item).map_err(|e| Error::Serialize { message: e.to_string() })?;
        set(&mut json, rest, value);
        parse_part(json, &head)
    }
    let b = match part {
        Some((Part::Service(k), rest)) => {
            let service = edited(&a.services[k], format!("services[{k}]"), rest, value)?;
            let mut b = a.clone();
            b.services[k] = service;
            b
        }
        Some((Part::InformationType(k), rest)) => {
            let info = edited(&a.information_types[k], format!("information_types[{k}]"), rest, value)?;
            let mut b = a.clone();
            b.information_types[k] = info;
            b
        }
        _ => {
            let json = serde_json::to_value(a).map_err(|e| Error::Serialize { message: e.to_string() })?;
            let changed =
                apply(&json, &FactChange { path: path.to_string(), steps, before: Value::Null, after: value });
            return crate::model::parse_assessment(&changed.to_string()).map(|b| (b, Part::Whole));
        }
    };
    match Error::all(validate(&b)) {
        Some(e) => Err(e),
        None => Ok((b, part.map_or(Part::Whole, |(p, _)| p))),
    }
}

#[cfg(test)]
mod path_tests {
    use super::*;

    #[test]
    fn paths_round_trip_with_dots_in_keys_and_indexes() {
        let p = "services[zoomx].parties[Zoom Video Communications, Inc.].access_from[#0]";
        let steps = parse_path(p).unwrap();
        assert_eq!(steps.len(), 6);
        assert_eq!(steps[3], Step::Keyed("id", "Zoom Video Communications, Inc.".into()));
        assert_eq!(steps[5], Step::Index(0));
        assert_eq!(path_text(&steps), p);
        assert!(parse_path("").is_none());
        assert!(parse_path("a..b").is_none());
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;
    use crate::presets::PRESETS;

    #[test]
    fn edits_apply_or_explain_and_never_half_change() {
        let a = PRESETS[0].assessment();
        let b = edit(&a, "services[o365].parties[Microsoft].access", "metadata".into()).unwrap();
        assert_eq!(b.services[0].parties[0].access, crate::model::Access::Metadata);
        let err = edit(&a, "services[o365].parties[Microsoft].access", "alla".into()).unwrap_err();
        assert!(err.to_string().contains("access"), "{err}");
        assert!(err.message().en.starts_with("field services[0].parties[0].access: unknown value"), "{err:?}");
        assert!(edit(&a, "a..b", Value::Null).unwrap_err().message().en.contains("invalid path"));
        let removed = edit(&a, "services[o365].controls[Customer Lockbox (standardversion)]", Value::Null);
        assert!(removed.is_ok_and(|x| x.services[0].controls.is_empty()));
        // Lists by position: remove, and add at the end.
        let b = edit(&a, "services[#0].components[#5]", Value::Null).unwrap();
        assert_eq!(b.services[0].components.len(), 5);
        // A detail of an absent provenance creates it.
        let b = edit(&a, "services[#0].components[#1].provenance.status", "verified".into()).unwrap();
        assert!(b.services[0].components[1].provenance.is_some());
        // Removing a party that others refer to is refused with the reference named.
        let err = edit(&a, "services[o365].parties[Microsoft]", Value::Null).unwrap_err();
        assert!(err.to_string().contains("operator"), "{err}");
    }

    #[test]
    fn an_edit_says_which_part_it_changed_and_names_fields_from_the_root() {
        use crate::model::Part;
        let a = PRESETS[0].assessment();
        let part = |path: &str, v: Value| edit_part(&a, path, v).map(|(_, p)| p);
        assert_eq!(part("services[o365].parties[Microsoft].access", "metadata".into()), Ok(Part::Service(0)));
        let info = a.information_types[0].id.clone();
        assert_eq!(part(&format!("information_types[{info}].klassa_k"), 2.into()), Ok(Part::InformationType(0)));
        // The services themselves, and what lies outside them, are the whole.
        assert_eq!(part("services[#0].components[#5]", Value::Null), Ok(Part::Service(0)));
        assert!(!matches!(part("services[#0]", Value::Null), Ok(Part::Service(_))));
        assert_eq!(part("legal_date", "2020-01-01".into()), Ok(Part::Whole));
        assert_eq!(part("services[nowhere].name", "x".into()), Ok(Part::Whole));
        // A part's own error and the whole's validation both name the field from the root.
        let err = edit(&a, "information_types[#0].klassa_k", "hög".into()).unwrap_err();
        assert!(err.message().en.starts_with("field information_types[0].klassa_k:"), "{err:?}");
        let err = edit(&a, "information_types[#0].klassa_k", 7.into()).unwrap_err();
        assert!(err.message().en.contains("information_types[0].klassa_k"), "{err:?}");
        let err = edit(&a, "services[#0].parties[#0]", "x".into()).unwrap_err();
        assert!(err.message().en.starts_with("field services[0].parties[0]:"), "{err:?}");
    }
}
