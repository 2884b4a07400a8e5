//! The evaluator: every rule on every service × information type, combined per DOMAIN.md §5.

use super::catalogue::CATALOGUE;
use super::legal_state;
use super::verdict::{Dimension, Finding, Question, Verdict};
use super::Cell;
use crate::model::{Assessment, Date, ProfileId, Text};

/// The verdict on one dimension of one cell and the findings behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    pub dimension: Dimension,
    pub verdict: Verdict,
    /// Findings in rule order; those whose verdict equals `verdict` decided it.
    pub findings: Vec<Finding>,
}

impl DimensionResult {
    /// Ids of the rules that decided the verdict (deduplicated, in rule order).
    pub fn deciding_rules(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = Vec::new();
        for f in self.findings.iter().filter(|f| f.verdict == Some(self.verdict)) {
            if !ids.contains(&f.rule) {
                ids.push(f.rule);
            }
        }
        ids
    }
}

/// One service × information type.
#[derive(Clone, Debug, PartialEq)]
pub struct CellResult {
    pub service: String,
    pub info_type: String,
    pub overall: Verdict,
    /// In `Dimension::ALL` order.
    pub dimensions: Vec<DimensionResult>,
}

impl CellResult {
    pub fn dimension(&self, d: Dimension) -> &DimensionResult {
        &self.dimensions[Dimension::ALL.iter().position(|x| *x == d).unwrap_or(0)]
    }
    fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.dimensions.iter().flat_map(|d| d.findings.iter())
    }
    /// Every measure, once, with the rule that requires it.
    pub fn measures(&self) -> Vec<(&'static str, &Text)> {
        let mut out: Vec<(&'static str, &Text)> = Vec::new();
        for f in self.findings() {
            for m in &f.measures {
                if !out.iter().any(|(_, t)| *t == m) {
                    out.push((f.rule, m));
                }
            }
        }
        out
    }
    /// Every question, once, with the rule that raises it.
    pub fn questions(&self) -> Vec<(&'static str, &Question)> {
        let mut out: Vec<(&'static str, &Question)> = Vec::new();
        for f in self.findings() {
            for q in &f.questions {
                if !out.iter().any(|(_, t)| *t == q) {
                    out.push((f.rule, q));
                }
            }
        }
        out
    }
}

/// The whole evaluation of an assessment at its legal date and profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub legal_state: Date,
    pub profile: ProfileId,
    pub results: Vec<CellResult>,
    pub notes: Vec<Text>,
}

impl Evaluation {
    pub fn cell(&self, service: &str, info_type: &str) -> Option<&CellResult> {
        self.results.iter().find(|r| r.service == service && r.info_type == info_type)
    }
}

/// Evaluates every service × information type. Total: any well-formed assessment gives a result.
pub fn evaluate(assessment: &Assessment) -> Evaluation {
    evaluate_with(assessment, &legal_state::NO_ASSUMPTIONS)
}

/// Evaluates under hypothetical changes to the legal state (the watch-list).
pub fn evaluate_with(assessment: &Assessment, assumptions: &legal_state::Assumptions) -> Evaluation {
    let mut results = Vec::with_capacity(assessment.services.len() * assessment.information_types.len());
    for service in &assessment.services {
        for info in &assessment.information_types {
            let cell = Cell::new(assessment, service, info).with_assumptions(assumptions);
            results.push(evaluate_cell(&cell));
        }
    }
    Evaluation {
        legal_state: assessment.legal_date,
        profile: assessment.profile,
        results,
        notes: legal_state::notes(assessment.legal_date),
    }
}

pub fn evaluate_cell(cell: &Cell) -> CellResult {
    // Findings move into their dimension (no copies), in rule order.
    let mut by_dimension: Vec<Vec<Finding>> = Dimension::ALL.iter().map(|_| Vec::new()).collect();
    for finding in CATALOGUE.iter().flat_map(|r| (r.evaluate)(cell)) {
        let i = Dimension::ALL.iter().position(|d| *d == finding.dimension).unwrap_or(0);
        by_dimension[i].push(finding);
    }
    let dimensions: Vec<DimensionResult> = Dimension::ALL
        .iter()
        .zip(by_dimension)
        .map(|(&d, mut mine)| {
            let verdict = match mine.iter().filter_map(|f| f.verdict).max() {
                Some(v) => v,
                None => {
                    // No rule decided this dimension: say so rather than guess "allowed".
                    mine.push(Finding::new(
                        "R0",
                        d,
                        Some(Verdict::NeedsInformation),
                        Text::new(
                            "Ingen regel i katalogen avgjorde denna dimension vid det valda rättsläget; gör en egen bedömning.",
                            "No rule in the catalogue decided this dimension at the chosen legal date; make your own assessment.",
                        ),
                    ));
                    Verdict::NeedsInformation
                }
            };
            DimensionResult { dimension: d, verdict, findings: mine }
        })
        .collect();
    let overall = dimensions.iter().map(|d| d.verdict).max().unwrap_or(Verdict::NeedsInformation);
    CellResult { service: cell.service.id.clone(), info_type: cell.info.id.clone(), overall, dimensions }
}
