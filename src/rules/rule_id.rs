//! The identity of a rule as data: `RuleId::R2` rather than the string `"R2"`, so that a mistyped or
//! removed rule is a compile error wherever the code names one (findings, the fact registry, the
//! memo, the UI's field help). The string form is for the outside only: JSON (serialised as `"R2"`),
//! measure and question keys (`R2.<slug>`), texts, and ids read back from CLI arguments, URL anchors
//! (`#R2`) and files (`RuleId::parse`). This file is the one place that spells the ids' strings
//! (`stringify!`); `tests/no_rule_literals.rs` keeps string ids out of the rest of the sources.

use serde::{Serialize, Serializer};
use std::fmt;

/// Declares the ids, each once: the enum, `ALL` and the string forms (`stringify!`, so that a
/// variant cannot be spelt differently from its string).
macro_rules! rule_ids {
    ($($id:ident,)*) => {
        /// A rule of the catalogue, or `R0`: the evaluator's own marker for "no rule decided this
        /// dimension". Ordered by number (R2 < R10), which is the catalogue's order. Ids are stable
        /// once released: never renumber one, only add the next (`scripts/new-rule` does).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $($id,)*
        }

        impl RuleId {
            /// Every id in order, `R0` first.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id,)*];

            /// The id as written everywhere outside the code: "R2".
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$id => stringify!($id),)*
                }
            }
        }
    };
}

rule_ids! {
    R0,
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
    R18,
    R19,
    R20,
    R21,
    R22,
    R23,
    R24,
}

impl RuleId {
    /// An id from outside (a CLI argument, a URL anchor, a file): exactly "R2", nothing else
    /// ("r2", "R02" and " R2" are not ids).
    pub fn parse(s: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// The ids as a list in text: "R2, R14" with `", "`.
    pub fn join(ids: &[RuleId], separator: &str) -> String {
        ids.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(separator)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment like a `&str` would.
        f.pad(self.as_str())
    }
}

/// As the string "R2", so that every JSON output reads as it did when ids were strings.
impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// In a JSON Schema (native only): one of the ids' string forms.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for RuleId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleId".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        schemars::json_schema!({
            "description": "A rule of the catalogue (`bedom rules`); the first id marks that no rule decided.",
            "type": "string",
            "enum": ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_string_form_is_r_and_the_number_and_parses_back() {
        for (i, id) in RuleId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, i);
            assert_eq!(id.as_str(), format!("R{i}"));
            assert_eq!(id.to_string(), id.as_str());
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
            assert_eq!(serde_json::to_string(id).unwrap(), format!("\"R{i}\""));
        }
        let next = format!("R{}", RuleId::ALL.len());
        for bad in ["", "R", "r2", "R02", " R2", "R2 ", "R2.slug", "2", &next] {
            assert_eq!(RuleId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn ids_order_by_number_and_display_pads_like_a_str() {
        assert!(RuleId::R2 < RuleId::R10);
        let mut ids = vec![RuleId::R10, RuleId::R2, RuleId::R0, RuleId::R24, RuleId::R9];
        ids.sort();
        assert_eq!(ids, [RuleId::R0, RuleId::R2, RuleId::R9, RuleId::R10, RuleId::R24]);
        assert_eq!(format!("[{:<4}]", RuleId::R2), "[R2  ]");
    }

    #[test]
    fn every_id_but_r0_is_a_catalogue_rule_and_the_catalogue_is_in_id_order() {
        let ids: Vec<RuleId> = crate::rules::CATALOGUE.iter().map(|r| r.id).collect();
        assert_eq!(ids, &RuleId::ALL[1..], "the catalogue holds one rule per id R1.., in order");
        assert_eq!(RuleId::ALL[0], RuleId::R0);
        assert!(crate::rules::rule(RuleId::R0).is_none());
    }
}
