//! Analyses on top of the evaluator: diff of two assessments, what makes a cell green, the
//! watch-list of legal assumptions, control coverage, alternatives and the supplier round trip.

pub mod coverage;
pub mod diff;
pub mod facts;
pub mod improve;
pub mod output;
pub mod questionnaire;
pub mod watch;
