//! Three-valued facts: every input can be "vet ej" (unknown), and unknown is never silently yes or no.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A yes/no fact that may be unknown. In JSON: `true`, `false` or `"unknown"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tri {
    No,
    Yes,
    #[default]
    Unknown,
}

impl Tri {
    pub fn is_yes(self) -> bool {
        self == Tri::Yes
    }
    pub fn is_no(self) -> bool {
        self == Tri::No
    }
    pub fn is_unknown(self) -> bool {
        self == Tri::Unknown
    }
    /// Kleene "or": yes if either is yes, no only if both are no.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Kleene "and": no if either is no, yes only if both are yes.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }
    /// Kleene "or" over many facts; `No` for none.
    pub fn any(facts: impl IntoIterator<Item = Tri>) -> Tri {
        facts.into_iter().fold(Tri::No, Tri::or)
    }
}

/// Kleene "not": unknown stays unknown.
impl std::ops::Not for Tri {
    type Output = Tri;
    fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Self {
        if b {
            Tri::Yes
        } else {
            Tri::No
        }
    }
}

impl Serialize for Tri {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            match self {
                Tri::Yes => s.serialize_bool(true),
                Tri::No => s.serialize_bool(false),
                Tri::Unknown => s.serialize_str("unknown"),
            }
        } else {
            s.serialize_u8(*self as u8)
        }
    }
}

impl<'de> Deserialize<'de> for Tri {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error, Unexpected, Visitor};
        struct V;
        impl Visitor<'_> for V {
            type Value = Tri;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true, false eller \"unknown\"")
            }
            fn visit_bool<E: Error>(self, b: bool) -> Result<Tri, E> {
                Ok(b.into())
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Tri, E> {
                match v {
                    0 => Ok(Tri::No),
                    1 => Ok(Tri::Yes),
                    2 => Ok(Tri::Unknown),
                    _ => Err(E::invalid_value(Unexpected::Unsigned(v), &self)),
                }
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Tri, E> {
                match v {
                    "unknown" => Ok(Tri::Unknown),
                    _ => Err(E::invalid_value(Unexpected::Str(v), &self)),
                }
            }
            fn visit_unit<E: Error>(self) -> Result<Tri, E> {
                Ok(Tri::Unknown)
            }
        }
        if d.is_human_readable() {
            d.deserialize_any(V)
        } else {
            d.deserialize_u8(V)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Tri {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tri".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Ja (true), nej (false) eller okänt (\"unknown\"). Okänt ger en fråga, aldrig ett antagande.",
            "oneOf": [{ "type": "boolean" }, { "const": "unknown" }]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_uses_bool_or_unknown() {
        for (t, j) in [(Tri::Yes, "true"), (Tri::No, "false"), (Tri::Unknown, "\"unknown\"")] {
            assert_eq!(serde_json::to_string(&t).unwrap(), j);
            assert_eq!(serde_json::from_str::<Tri>(j).unwrap(), t);
        }
        assert!(serde_json::from_str::<Tri>("\"kanske\"").is_err());
    }

    #[test]
    fn kleene_logic_never_invents_an_answer() {
        assert_eq!(Tri::Unknown.or(Tri::No), Tri::Unknown);
        assert_eq!(Tri::Unknown.or(Tri::Yes), Tri::Yes);
        assert_eq!(Tri::Unknown.and(Tri::No), Tri::No);
        assert_eq!(Tri::Unknown.and(Tri::Yes), Tri::Unknown);
        assert_eq!(Tri::any([]), Tri::No);
        assert_eq!(!Tri::Unknown, Tri::Unknown);
        assert_eq!(!Tri::Yes, Tri::No);
    }
}
