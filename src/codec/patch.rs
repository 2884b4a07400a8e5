//! A JSON diff for link encoding: RFC 7396 merge patch, extended so arrays are patched by index
//! (`{"$len": n, "2": patch}`) instead of replaced whole, and `null` sets null (our JSON always has
//! every key, so no key is ever removed).

use serde_json::{Map, Value};

const LEN: &str = "$len";

/// The patch that turns `base` into `target`; `None` when they are equal.
pub fn diff(base: &Value, target: &Value) -> Option<Value> {
    if base == target {
        return None;
    }
    Some(match (base, target) {
        (Value::Object(b), Value::Object(t)) => {
            let mut patch = Map::new();
            for (k, tv) in t {
                let changed = match b.get(k) {
                    Some(bv) => diff(bv, tv),
                    None => Some(tv.clone()),
                };
                if let Some(p) = changed {
                    patch.insert(k.clone(), p);
                }
            }
            Value::Object(patch)
        }
        (Value::Array(b), Value::Array(t)) => {
            let mut patch = Map::new();
            patch.insert(LEN.into(), t.len().into());
            for (i, tv) in t.iter().enumerate() {
                let changed = match b.get(i) {
                    Some(bv) => diff(bv, tv),
                    None => Some(full(tv)),
                };
                if let Some(p) = changed {
                    patch.insert(i.to_string(), p);
                }
            }
            Value::Object(patch)
        }
        _ => full(target),
    })
}

/// A whole new value as a patch: objects apply onto an empty object, arrays need no escaping.
fn full(v: &Value) -> Value {
    v.clone()
}

/// Applies `patch` to `base`. Total: a malformed patch gives a value, never a panic; whether the
/// value is a valid assessment is checked afterwards.
pub fn apply(base: &Value, patch: &Value) -> Value {
    match patch {
        Value::Object(p) => match (base, p.get(LEN)) {
            (Value::Array(b), Some(len)) => {
                let len = len.as_u64().unwrap_or(0).min(super::MAX_ARRAY as u64) as usize;
                let mut out: Vec<Value> = b.iter().take(len).cloned().collect();
                out.resize(len, Value::Null);
                for (k, v) in p {
                    if let Some(i) = k.parse::<usize>().ok().filter(|i| *i < len) {
                        out[i] = apply(&out[i], v);
                    }
                }
                Value::Array(out)
            }
            (Value::Object(b), _) => {
                let mut out = b.clone();
                for (k, v) in p {
                    let merged = apply(out.get(k).unwrap_or(&Value::Null), v);
                    out.insert(k.clone(), merged);
                }
                Value::Object(out)
            }
            _ => apply(&Value::Object(Map::new()), patch),
        },
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trips_nested_changes() {
        let base = json!({"a": 1, "list": [{"x": 1, "y": [1, 2]}, {"x": 2}], "n": null});
        let target = json!({"a": 2, "list": [{"x": 1, "y": [1, 3, 4]}, {"x": 2}, {"x": 3, "z": []}], "n": null});
        let p = diff(&base, &target).unwrap();
        assert_eq!(apply(&base, &p), target);
        assert_eq!(p["list"]["$len"], 3);
        assert!(p["list"].get("1").is_none(), "unchanged elements are not sent");
    }

    #[test]
    fn shrinking_arrays_and_setting_null() {
        let base = json!({"list": [1, 2, 3], "k": 4});
        let target = json!({"list": [1], "k": null});
        assert_eq!(apply(&base, &diff(&base, &target).unwrap()), target);
        assert_eq!(diff(&base, &base), None);
    }

    #[test]
    fn malformed_patches_do_not_panic() {
        let base = json!({"list": [1]});
        for p in [json!({"list": {"$len": "x"}}), json!({"list": {"$len": 5, "99": 1}}), json!([1]), json!({"$len": 2})]
        {
            let _ = apply(&base, &p);
        }
        let huge = apply(&json!([]), &json!({"$len": u64::MAX}));
        assert!(huge.as_array().unwrap().len() <= crate::codec::MAX_ARRAY);
    }
}
