//! The rule catalogue. One file per rule: its id, title, explanation, sources, the function that
//! applies it to a cell, and its tests. To add a rule: copy a file, give it the next id, list it below.

use super::context::Cell;
use super::verdict::Finding;

mod r01_sakerhetsskydd;

/// A rule of the catalogue (DOMAIN.md §4). Ids are stable once released.
pub struct Rule {
    pub id: &'static str,
    pub title_sv: &'static str,
    pub title_en: &'static str,
    pub explanation_sv: &'static str,
    pub explanation_en: &'static str,
    /// Statute §, guidance and seed documents the rule rests on.
    pub sources: &'static [&'static str],
    pub evaluate: fn(&Cell) -> Vec<Finding>,
}

/// Every rule, in id order.
pub static CATALOGUE: &[&Rule] = &[&r01_sakerhetsskydd::RULE];

pub fn rule(id: &str) -> Option<&'static Rule> {
    CATALOGUE.iter().copied().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_rule_cites_a_source() {
        for (i, r) in CATALOGUE.iter().enumerate() {
            assert!(!r.sources.is_empty(), "{} saknar källa", r.id);
            assert!(!r.title_sv.is_empty() && !r.title_en.is_empty());
            assert!(CATALOGUE[i + 1..].iter().all(|o| o.id != r.id), "{} finns två gånger", r.id);
        }
    }
}
