//! R14: NOT YET WRITTEN – placeholder so the catalogue compiles while the rule is being written.

use super::Rule;
use crate::rules::{Cell, Finding};

pub static RULE: Rule =
    Rule { id: "R14", title_sv: "", title_en: "", explanation_sv: "", explanation_en: "", sources: &[], evaluate };

fn evaluate(_cell: &Cell) -> Vec<Finding> {
    Vec::new()
}
