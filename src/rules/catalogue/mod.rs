//! The rule catalogue. One file per rule: its id, title, explanation, sources, the function that
//! applies it to a cell, and its tests. To add a rule: copy a file, give it the next id (a new
//! variant of `RuleId`), list it below.

use super::context::Cell;
use super::rule_id::RuleId;
use super::sources::Cite;
use super::verdict::Finding;

mod questions;
pub use questions::own_use as own_use_question;
mod r01_sakerhetsskydd;
mod r02_utlamnande;
mod r03_utlandsk_tvangsexponering;
mod r04_overforing;
pub(crate) use r04_overforing::transfer_paths;
pub(super) use r04_overforing::Analysis as TransferAnalysis;
mod r05_overforingsverktyg;
mod r06_kompletterande_atgarder;
mod r07_nyckelkontroll;
mod r08_atkomstgodkannande;
mod r09_bitradesavtal;
mod r10_myndighetsbegaran;
mod r11_transparensdata;
mod r12_dpia;
mod r13_sannolikhet;
mod r14_alternativ;
mod r15_klassa;
mod r16_langtidslagring;
mod r17_verksamhetssystem;
mod r18_egen_konfiguration;
mod r19_grundsakerhet;
mod r20_exit;
mod r21_cybersakerhetslagen;
mod r22_beslut;
mod r23_egna_andamal;
mod r24_funktioner;

/// A rule of the catalogue (DOMAIN.md §4). Ids are stable once released.
pub struct Rule {
    pub id: RuleId,
    pub title_sv: &'static str,
    pub title_en: &'static str,
    pub explanation_sv: &'static str,
    pub explanation_en: &'static str,
    /// Statute §, guidance and seed documents the rule rests on.
    pub sources: &'static [Cite],
    /// The whole rule is the tool's policy, not law (its measures say so in the action plan).
    pub policy: bool,
    /// Every dimension the rule's findings can be in (a property test holds it to that): a
    /// search that needs only some dimensions runs only their rules (`rules::evaluate_dimensions`).
    pub dimensions: &'static [super::Dimension],
    /// Applies the rule to a cell: pushes its findings, in order, onto the vector (the evaluator
    /// gives all the rules of a cell one vector).
    pub evaluate: fn(&Cell, &mut Vec<Finding>),
}

/// Every rule, in id order.
pub static CATALOGUE: &[&Rule] = &[
    &r01_sakerhetsskydd::RULE,
    &r02_utlamnande::RULE,
    &r03_utlandsk_tvangsexponering::RULE,
    &r04_overforing::RULE,
    &r05_overforingsverktyg::RULE,
    &r06_kompletterande_atgarder::RULE,
    &r07_nyckelkontroll::RULE,
    &r08_atkomstgodkannande::RULE,
    &r09_bitradesavtal::RULE,
    &r10_myndighetsbegaran::RULE,
    &r11_transparensdata::RULE,
    &r12_dpia::RULE,
    &r13_sannolikhet::RULE,
    &r14_alternativ::RULE,
    &r15_klassa::RULE,
    &r16_langtidslagring::RULE,
    &r17_verksamhetssystem::RULE,
    &r18_egen_konfiguration::RULE,
    &r19_grundsakerhet::RULE,
    &r20_exit::RULE,
    &r21_cybersakerhetslagen::RULE,
    &r22_beslut::RULE,
    &r23_egna_andamal::RULE,
    &r24_funktioner::RULE,
];

/// "R2 Utlämnande" in both languages (the id alone for R0, which has no rule).
pub fn rule_label(id: RuleId) -> crate::model::Text {
    match rule(id) {
        Some(r) => {
            crate::model::Text::lazy(|| (format!("{} {}", r.id, r.title_sv), format!("{} {}", r.id, r.title_en)))
        }
        None => crate::model::Text::new(id.as_str(), id.as_str()),
    }
}

/// The rule with this id; `None` only for R0, which has none.
pub fn rule(id: RuleId) -> Option<&'static Rule> {
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
