//! The action plan: every measure the evaluation proposes, once, with the body's follow-up (owner,
//! due date, status) from the assessment. Follow-up for a measure the evaluation no longer proposes
//! (facts or the tool changed) is kept and shown as such, never silently dropped.

use super::{Version, CONFIGURATION_RULES};
use crate::model::{Assessment, Lang, PlanItem, Text};
use crate::rules::Evaluation;

#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    /// The rule that proposes the measure; `None` when it is no longer proposed.
    pub rule: Option<&'static str>,
    pub text: Text,
    /// The follow-up recorded so far (empty when none); its `measure` is the row's key.
    pub item: PlanItem,
    /// Proposed by the tool's policy, not by law.
    pub policy: bool,
}

impl PlanRow {
    pub fn key(&self) -> &str {
        &self.item.measure
    }
    /// "R17", "R17 (verktygets policy)" or "föreslås inte längre": who proposes the measure.
    pub fn proposed_by(&self, lang: Lang) -> String {
        match self.rule {
            None => super::l(lang, "föreslås inte längre", "no longer proposed").to_string(),
            Some(rule) if self.policy => {
                format!("{rule} ({})", super::l(lang, "verktygets policy", "the tool's policy"))
            }
            Some(rule) => rule.to_string(),
        }
    }
}

/// The plan rows: proposed measures in evaluation order, then follow-up without a measure.
pub fn rows(a: &Assessment, ev: &Evaluation, version: Version) -> Vec<PlanRow> {
    let mut rows: Vec<PlanRow> = Vec::new();
    for cell in &ev.results {
        for (rule, text, policy) in cell.measures() {
            if version == Version::Public && CONFIGURATION_RULES.contains(&rule) {
                continue;
            }
            if rows.iter().any(|r| r.text.sv == text.sv) {
                continue;
            }
            let item = a.action_plan.iter().find(|p| p.measure == text.sv).cloned();
            let item = item.unwrap_or_else(|| PlanItem { measure: text.sv.clone(), ..PlanItem::default() });
            rows.push(PlanRow { rule: Some(rule), text: text.clone(), item, policy });
        }
    }
    for item in &a.action_plan {
        if !rows.iter().any(|r| r.item.measure == item.measure) {
            rows.push(PlanRow {
                rule: None,
                text: Text::new(item.measure.clone(), item.measure.clone()),
                item: item.clone(),
                policy: false,
            });
        }
    }
    rows
}

/// The plan with `item` recorded (replacing the follow-up of the same measure; an empty item
/// removes it).
pub fn record(a: &Assessment, item: PlanItem) -> Assessment {
    let mut a = a.clone();
    a.action_plan.retain(|p| p.measure != item.measure);
    if !item.is_empty() {
        a.action_plan.push(item);
    }
    a
}

/// The plan as plain text, to paste into a mail or a case system.
pub fn as_text(rows: &[PlanRow], lang: Lang) -> String {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let mut line = format!("{}. {} ({})", i + 1, r.text.get(lang), r.proposed_by(lang));
            let it = &r.item;
            if !it.owner.trim().is_empty() {
                line.push_str(&format!(" – {}: {}", super::l(lang, "ansvarig", "owner"), it.owner.trim()));
            }
            if let Some(d) = it.due {
                line.push_str(&format!(" – {}: {d}", super::l(lang, "klart senast", "due")));
            }
            line.push_str(&format!(" – {}", it.status.label().get(lang)));
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, PlanStatus};
    use crate::presets::PRESETS;
    use crate::rules::evaluate;

    #[test]
    fn follow_up_is_kept_by_measure_and_survives_when_no_longer_proposed() {
        let a = PRESETS[0].assessment();
        let ev = evaluate(&a);
        let first = rows(&a, &ev, Version::Internal).remove(0);
        assert_eq!(first.item, PlanItem { measure: first.text.sv.clone(), ..PlanItem::default() });
        let item = PlanItem {
            measure: first.text.sv.clone(),
            owner: "Informationssäkerhetssamordnaren".into(),
            due: Some(Date::ymd(2027, 3, 31)),
            status: PlanStatus::InProgress,
        };
        let b = record(&a, item.clone());
        assert_eq!(b.action_plan, vec![item.clone()]);
        assert_eq!(rows(&b, &ev, Version::Internal)[0].item, item);
        let text = as_text(&rows(&b, &ev, Version::Internal), Lang::Sv);
        assert!(text
            .lines()
            .next()
            .unwrap()
            .ends_with("ansvarig: Informationssäkerhetssamordnaren – klart senast: 2027-03-31 – pågår"));

        // A measure the evaluation no longer proposes keeps its follow-up, marked as such.
        let mut c = b.clone();
        c.action_plan[0].measure = "En åtgärd från en äldre version".into();
        let orphan = rows(&c, &ev, Version::Internal).pop().unwrap();
        assert_eq!((orphan.rule, orphan.item.owner.as_str()), (None, "Informationssäkerhetssamordnaren"));

        // Recording an empty item removes the follow-up instead of storing blanks.
        let cleared = record(&b, PlanItem { measure: item.measure.clone(), ..PlanItem::default() });
        assert!(cleared.action_plan.is_empty());
    }

    /// A measure of a rule that is wholly the tool's policy (R15–R17) says so; one of a legal rule does not.
    #[test]
    fn policy_measures_are_labelled_as_policy() {
        let a = crate::presets::preset("danderyd-2019-v2").expect("preset").assessment();
        let rows = rows(&a, &evaluate(&a), Version::Internal);
        let by = |rule: &str| rows.iter().find(|r| r.rule == Some(rule)).expect(rule).proposed_by(Lang::Sv);
        assert_eq!(by("R17"), "R17 (verktygets policy)");
        assert_eq!(by("R2"), "R2");
        assert!(as_text(&rows, Lang::En).contains("(R16 (the tool's policy))"));
    }

    #[test]
    fn the_plan_travels_in_links_and_files_and_old_files_without_it_still_read() {
        let a = PRESETS[0].assessment();
        let ev = evaluate(&a);
        let measure = rows(&a, &ev, Version::Internal)[0].text.sv.clone();
        let b = record(&a, PlanItem { measure, owner: "IT-chefen".into(), ..PlanItem::default() });
        assert_eq!(crate::codec::decode(&crate::codec::encode(&b)).unwrap(), b);
        let json = crate::model::assessment_json(&b, true);
        assert_eq!(crate::model::parse_assessment(&json).unwrap(), b);
        assert!(!crate::model::assessment_json(&a, false).contains("action_plan"), "tom plan skrivs inte ut");
    }
}
