//! The rule catalogue and the evaluator (pure core, no web dependency).

pub mod applies;
pub mod bounds;
pub mod catalogue;
mod context;
mod evaluate;
pub mod knowledge;
pub mod legal_state;
pub mod output;
pub mod probability;
mod rule_id;
pub mod sources;
mod verdict;

#[cfg(test)]
pub(crate) mod fixture;

pub use catalogue::{rule, rule_label, Rule, CATALOGUE};
pub use context::{Cell, Shared};
pub use evaluate::{
    evaluate, evaluate_brief, evaluate_brief_after, evaluate_brief_with, evaluate_cell, evaluate_dimensions,
    evaluate_explained, evaluate_service, evaluate_with, explain_cell, CellResult, DimensionResult, Evaluation,
};
pub use rule_id::RuleId;
pub use verdict::{Addressee, Dimension, Finding, Measure, Question, Verdict};
