//! Diff of two assessments (two bodies', or before/after): for each cell and dimension whose verdict
//! differs, whether the cause is the facts (and which), the thresholds, the profile or the legal date.
//! Causes are found by counterfactuals: the first assessment with one factor taken from the second.

use super::facts::{self, FactChange};
use crate::model::{Assessment, Date, ProfileId};
use crate::rules::{evaluate_brief, Dimension, Evaluation, Verdict};
use crate::text;
use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Cause {
    LegalDate {
        before: Date,
        after: Date,
    },
    Profile {
        before: ProfileId,
        after: ProfileId,
    },
    Thresholds,
    /// The fact paths that, each changed alone, change this verdict.
    Facts(Vec<String>),
    /// No single factor changes it alone; they do together.
    Interaction,
}

impl Cause {
    /// The cause in words, for the CLI and the diff view.
    pub fn describe(&self) -> crate::model::Text {
        use crate::model::Text;
        match self {
            Cause::LegalDate { before, after } => {
                text!("rättsläget: {before} → {after}", "legal date: {before} → {after}")
            }
            Cause::Profile { before, after } => {
                let (b, a) = (before.as_str(), after.as_str());
                text!("tolkningsprofilen: {b} → {a}", "profile: {b} → {a}")
            }
            Cause::Thresholds => Text::new("trösklarna", "the thresholds"),
            Cause::Facts(paths) => {
                let p = paths.join(", ");
                text!("fakta: {p}", "facts: {p}")
            }
            Cause::Interaction => {
                Text::new("flera skillnader tillsammans (ingen ensam)", "several differences together (none alone)")
            }
        }
    }
}

/// One verdict that differs. `dimension: None` is the overall verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct VerdictChange {
    pub service: String,
    pub info_type: String,
    pub dimension: Option<Dimension>,
    pub before: Verdict,
    pub after: Verdict,
    pub causes: Vec<Cause>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AssessmentDiff {
    /// Every fact that differs (legal date, profile and thresholds are reported as causes instead).
    pub facts: Vec<FactChange>,
    pub changes: Vec<VerdictChange>,
    /// Cells (service, information type) that exist in only one of the two.
    pub only_in_first: Vec<(String, String)>,
    pub only_in_second: Vec<(String, String)>,
}

impl AssessmentDiff {
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
            && self.changes.is_empty()
            && self.only_in_first.is_empty()
            && self.only_in_second.is_empty()
    }
}

/// The verdicts of a cell: overall first, then each dimension.
fn verdicts(ev: &Evaluation, service: &str, info: &str) -> Option<Vec<(Option<Dimension>, Verdict)>> {
    let cell = ev.cell(service, info)?;
    Some(
        std::iter::once((None, cell.overall))
            .chain(cell.dimensions.iter().map(|d| (Some(d.dimension), d.verdict)))
            .collect(),
    )
}

fn facts_only(a: &Assessment) -> Value {
    let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        for k in ["legal_date", "profile", "thresholds"] {
            o.remove(k);
        }
    }
    v
}

/// Rebuilds an assessment from facts-only JSON plus the non-fact settings of `settings`.
fn with_facts(facts: &Value, settings: &Assessment) -> Option<Assessment> {
    let mut v = facts.clone();
    let o = v.as_object_mut()?;
    o.insert("legal_date".into(), serde_json::to_value(settings.legal_date).ok()?);
    o.insert("profile".into(), serde_json::to_value(settings.profile).ok()?);
    o.insert("thresholds".into(), serde_json::to_value(&settings.thresholds).ok()?);
    crate::model::parse_assessment(&v.to_string()).ok()
}

pub fn diff(a: &Assessment, b: &Assessment) -> AssessmentDiff {
    let (ea, eb) = (evaluate_brief(a), evaluate_brief(b));
    let fact_changes = facts::changes(&facts_only(a), &facts_only(b));

    // One counterfactual per factor: `a` with that factor from `b`.
    let mut factors: Vec<(Cause, Evaluation)> = Vec::new();
    if a.legal_date != b.legal_date {
        let mut x = a.clone();
        x.legal_date = b.legal_date;
        factors.push((Cause::LegalDate { before: a.legal_date, after: b.legal_date }, evaluate_brief(&x)));
    }
    if a.profile != b.profile {
        let mut x = a.clone();
        x.profile = b.profile;
        factors.push((Cause::Profile { before: a.profile, after: b.profile }, evaluate_brief(&x)));
    }
    if a.thresholds != b.thresholds {
        let mut x = a.clone();
        x.thresholds = b.thresholds.clone();
        factors.push((Cause::Thresholds, evaluate_brief(&x)));
    }
    let base_facts = facts_only(a);
    let per_fact: Vec<(&FactChange, Evaluation)> = fact_changes
        .iter()
        .filter_map(|c| with_facts(&facts::apply(&base_facts, c), a).map(|x| (c, evaluate_brief(&x))))
        .collect();

    let mut out = AssessmentDiff { facts: fact_changes.clone(), ..AssessmentDiff::default() };
    for cell in &ea.results {
        let Some(after) = verdicts(&eb, &cell.service, &cell.info_type) else {
            out.only_in_first.push((cell.service.clone(), cell.info_type.clone()));
            continue;
        };
        let before = verdicts(&ea, &cell.service, &cell.info_type).unwrap_or_default();
        for ((dimension, v_before), (_, v_after)) in before.iter().zip(&after) {
            if v_before == v_after {
                continue;
            }
            let changes_it = |ev: &Evaluation| {
                verdicts(ev, &cell.service, &cell.info_type)
                    .and_then(|vs| vs.into_iter().find(|(d, _)| d == dimension))
                    .is_some_and(|(_, v)| v != *v_before)
            };
            let mut causes: Vec<Cause> =
                factors.iter().filter(|(_, ev)| changes_it(ev)).map(|(c, _)| c.clone()).collect();
            let paths: Vec<String> =
                per_fact.iter().filter(|(_, ev)| changes_it(ev)).map(|(c, _)| c.path.clone()).collect();
            if !paths.is_empty() {
                causes.push(Cause::Facts(paths));
            }
            if causes.is_empty() {
                causes.push(Cause::Interaction);
            }
            out.changes.push(VerdictChange {
                service: cell.service.clone(),
                info_type: cell.info_type.clone(),
                dimension: *dimension,
                before: *v_before,
                after: *v_after,
                causes,
            });
        }
    }
    out.only_in_second = eb
        .results
        .iter()
        .filter(|c| ea.cell(&c.service, &c.info_type).is_none())
        .map(|c| (c.service.clone(), c.info_type.clone()))
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Tri;
    use crate::presets::PRESETS;

    #[test]
    fn a_diff_with_itself_is_empty() {
        for p in PRESETS {
            assert!(diff(&p.assessment(), &p.assessment()).is_empty(), "{}", p.id);
        }
    }

    #[test]
    fn a_changed_fact_is_named_as_the_cause() {
        let a = PRESETS[0].assessment();
        let mut b = a.clone();
        b.information_types[0].security_classified = Tri::Yes;
        b.title = "Annan titel".into();
        let d = diff(&a, &b);
        assert_eq!(d.facts.len(), 2);
        let change = d
            .changes
            .iter()
            .find(|c| c.dimension == Some(Dimension::ProtectiveSecurity))
            .expect("säkerhetsskydd ändras");
        assert_eq!(change.after, Verdict::NotAllowed);
        let path = format!("information_types[{}].security_classified", a.information_types[0].id);
        assert_eq!(change.causes, vec![Cause::Facts(vec![path])]);
    }

    #[test]
    fn the_legal_date_is_named_when_it_alone_changes_a_verdict() {
        let mut a = PRESETS[0].assessment();
        a.information_types[0].security_classified = Tri::Yes;
        let mut b = a.clone();
        b.legal_date = Date::ymd(2026, 11, 1);
        let d = diff(&a, &b);
        assert!(d.facts.is_empty());
        for c in &d.changes {
            assert!(c.causes.iter().all(|x| matches!(x, Cause::LegalDate { .. })), "{c:?}");
        }
    }
}
