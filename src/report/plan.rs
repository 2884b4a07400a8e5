//! The action plan: every measure the evaluation proposes, once, with the body's follow-up (owner,
//! due date, status) from the assessment. Follow-up for a measure the evaluation no longer proposes
//! (facts or the tool changed) is kept and shown as such, never silently dropped.

use super::{Version, CONFIGURATION_RULES};
use crate::model::{Assessment, Lang, PlanItem, Text};
use crate::rules::{Evaluation, RuleId};

#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    /// The rule that proposes the measure; `None` when it is no longer proposed.
    pub rule: Option<RuleId>,
    pub text: Text,
    /// The follow-up recorded so far (empty when none), under the row's identity: the measure's
    /// key, the service and the information types the row covers.
    pub item: PlanItem,
    /// Proposed by a rule that is wholly the tool's policy, not law.
    pub policy: bool,
}

impl PlanRow {
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

/// Does the recorded follow-up `p` belong to the row `r`? By key, service and information type;
/// a follow-up from before keys existed by its text, or by the key the frozen table gives that text.
fn keyed_for(p: &PlanItem, r: &PlanItem) -> bool {
    !p.key.is_empty()
        && p.key == r.key
        && (p.service.is_empty() || p.service == r.service)
        && (p.info_types.is_empty() || p.info_types.iter().any(|i| r.info_types.contains(i)))
}
fn legacy_for(p: &PlanItem, r: &PlanItem) -> bool {
    p.key.is_empty() && (p.measure == r.measure || super::plan_legacy::key_of(&p.measure) == Some(r.key.as_str()))
}

/// The plan rows: proposed measures in evaluation order – one per measure key and service, covering
/// the information types for which it reads the same – then follow-up without a measure.
pub fn rows(a: &Assessment, ev: &Evaluation, version: Version) -> Vec<PlanRow> {
    let mut rows: Vec<PlanRow> = Vec::new();
    // A row per (measure key, service, wording), found by a map: a portfolio's plan has thousands.
    let mut row_of: std::collections::HashMap<(&str, &str, &str), usize> = std::collections::HashMap::new();
    for cell in &ev.results {
        for (rule, m, policy) in cell.measures() {
            if version == Version::Public && CONFIGURATION_RULES.contains(&rule) {
                continue;
            }
            if let Some(&i) = row_of.get(&(m.key.as_str(), cell.service.as_str(), m.text.sv.as_str())) {
                let r = &mut rows[i];
                if !r.item.info_types.contains(&cell.info_type) {
                    r.item.info_types.push(cell.info_type.clone());
                }
                continue;
            }
            row_of.insert((m.key.as_str(), cell.service.as_str(), m.text.sv.as_str()), rows.len());
            let item = PlanItem {
                key: m.key.clone(),
                service: cell.service.clone(),
                info_types: vec![cell.info_type.clone()],
                measure: m.text.sv.clone(),
                ..PlanItem::default()
            };
            rows.push(PlanRow { rule: Some(rule), text: for_service(a, &cell.service, &m.text), item, policy });
        }
    }
    let mut attached = vec![false; a.action_plan.len()];
    for r in &mut rows {
        let keyed = a.action_plan.iter().position(|p| keyed_for(p, &r.item));
        let legacy = a.action_plan.iter().position(|p| legacy_for(p, &r.item));
        for i in keyed.iter().chain(&legacy) {
            attached[*i] = true;
        }
        if let Some(p) = keyed.or(legacy).map(|i| &a.action_plan[i]) {
            (r.item.owner, r.item.due, r.item.status) = (p.owner.clone(), p.due, p.status);
        }
    }
    for (item, _) in a.action_plan.iter().zip(&attached).filter(|(_, done)| !**done) {
        let text = Text::new(item.measure.clone(), item.measure.clone());
        rows.push(PlanRow { rule: None, text, item: item.clone(), policy: false });
    }
    rows
}

/// A measure as a row reads it: where the assessment has several services and the wording does not
/// name the service, the service's name first (the same contract term is a task per service).
fn for_service(a: &Assessment, service: &str, text: &Text) -> Text {
    let Some(s) = a.services.iter().find(|s| s.id == service).filter(|_| a.services.len() > 1) else {
        return text.clone();
    };
    if text.sv.contains(&s.name) {
        return text.clone();
    }
    Text::new(format!("{}: {}", s.name, text.sv), format!("{}: {}", s.name, text.en))
}

/// The plan with `item` (a row's item with the follow-up changed) recorded: it replaces the keyed
/// follow-up of the same row; an empty item removes it. A follow-up from before keys existed stays
/// for the rows it still serves (this one now reads the keyed follow-up first).
pub fn record(a: &Assessment, item: PlanItem) -> Assessment {
    let mut a = a.clone();
    if item.key.is_empty() {
        // A follow-up without a measure any longer: identified by its text.
        a.action_plan.retain(|p| !(p.key.is_empty() && p.measure == item.measure));
    } else {
        a.action_plan.retain(|p| !keyed_for(p, &item));
    }
    // Cleared, where a follow-up from before keys still serves the row: kept, empty, to override it.
    if !item.is_empty() || a.action_plan.iter().any(|p| legacy_for(p, &item)) {
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
    fn follow_up_is_kept_by_key_and_survives_when_no_longer_proposed() {
        let a = PRESETS[0].assessment();
        let ev = evaluate(&a);
        let first = rows(&a, &ev, Version::Internal).remove(0);
        assert!(first.item.key.starts_with(first.rule.unwrap().as_str()) && !first.item.service.is_empty());
        assert!(first.item.is_empty() && !first.item.info_types.is_empty());
        let item = PlanItem {
            owner: "Informationssäkerhetssamordnaren".into(),
            due: Some(Date::ymd(2027, 3, 31)),
            status: PlanStatus::InProgress,
            ..first.item.clone()
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

        // A reworded measure keeps its follow-up: the key decides, not the text.
        let mut reworded = b.clone();
        reworded.action_plan[0].measure = "En äldre formulering".into();
        assert_eq!(rows(&reworded, &ev, Version::Internal)[0].item.owner, "Informationssäkerhetssamordnaren");

        // A measure the evaluation no longer proposes keeps its follow-up, marked as such.
        let mut c = b.clone();
        c.action_plan[0].key = "R99.borttagen".into();
        let orphan = rows(&c, &ev, Version::Internal).pop().unwrap();
        assert_eq!((orphan.rule, orphan.item.owner.as_str()), (None, "Informationssäkerhetssamordnaren"));

        // Recording an empty item removes the follow-up instead of storing blanks.
        let cleared = record(&b, first.item.clone());
        assert!(cleared.action_plan.is_empty());
    }

    /// The keys do not depend on the language or on the names the user gave: renaming every service
    /// and information type leaves each row's identity as it was.
    #[test]
    fn measure_keys_do_not_change_with_names_or_language() {
        for p in PRESETS.iter() {
            let a = p.assessment();
            let identity = |a: &Assessment| -> Vec<(String, String, Vec<String>)> {
                rows(a, &evaluate(a), Version::Internal)
                    .into_iter()
                    .map(|r| (r.item.key, r.item.service, r.item.info_types))
                    .collect()
            };
            let mut renamed = a.clone();
            renamed.services.iter_mut().for_each(|s| s.name = format!("Omdöpt {}", s.id));
            renamed.information_types.iter_mut().for_each(|i| i.name = format!("Annat namn {}", i.id));
            assert_eq!(identity(&a), identity(&renamed), "{}", p.id);
            let keys = |lang| -> Vec<String> {
                let json = crate::rules::output::evaluation_json(&evaluate(&a), lang);
                json["results"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|c| {
                        c["measures"].as_array().unwrap().iter().map(|m| m["key"].as_str().unwrap().to_string())
                    })
                    .collect()
            };
            assert_eq!(keys(Lang::Sv), keys(Lang::En), "{}", p.id);
            // Within a cell one key is one measure (a rule proposing one per component names it).
            for cell in &evaluate(&a).results {
                let ms = cell.measures();
                for (_, m, _) in &ms {
                    assert_eq!(ms.iter().filter(|(_, n, _)| n.key == m.key).count(), 1, "{}: {}", p.id, m.key);
                }
            }
        }
    }

    /// A question's key, like a measure's, does not depend on the language or on the names the user
    /// gave: per cell the same keys, to the same addressees, in Swedish and English and with every
    /// service and information type renamed. Within a cell one key to one addressee is one question.
    #[test]
    fn question_keys_do_not_change_with_names_or_language() {
        let mut asked = 0;
        for p in PRESETS.iter() {
            let a = p.assessment();
            let mut renamed = a.clone();
            renamed.services.iter_mut().for_each(|s| s.name = format!("Omdöpt {}", s.id));
            renamed.information_types.iter_mut().for_each(|i| i.name = format!("Annat namn {}", i.id));
            // One line per question: the cell (by ids), the addressee and the key.
            let keys = |a: &Assessment, lang| -> Vec<String> {
                let json = crate::rules::output::evaluation_json(&evaluate(a), lang);
                let mut out = Vec::new();
                for c in json["results"].as_array().unwrap() {
                    for q in c["questions"].as_array().unwrap() {
                        let key = q["key"].as_str().unwrap();
                        assert!(key.starts_with(&format!("{}.", q["rule"].as_str().unwrap())), "{}: {key}", p.id);
                        out.push(format!("{} {} {} {key}", c["service"], c["info_type"], q["to"]));
                    }
                }
                out
            };
            let sv = keys(&a, Lang::Sv);
            asked += sv.len();
            assert_eq!(sv, keys(&a, Lang::En), "{}", p.id);
            assert_eq!(sv, keys(&renamed, Lang::Sv), "{}", p.id);
            assert_eq!(sv, keys(&renamed, Lang::En), "{}", p.id);
            for cell in &evaluate(&a).results {
                let all: Vec<_> = cell.dimensions.iter().flat_map(|d| &d.findings).flat_map(|f| &f.questions).collect();
                for q in &all {
                    assert!(
                        all.iter().all(|r| r.key != q.key || r.to != q.to || r.text == q.text),
                        "{}: {} asks two questions",
                        p.id,
                        q.key
                    );
                }
            }
        }
        assert!(asked > 0, "the presets ask questions");
    }

    /// A plan written before keys (the golden link) keeps its follow-ups, through its texts and the
    /// frozen table; recording on such a row overrides it for that row only.
    #[test]
    fn a_text_keyed_plan_keeps_its_follow_ups() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden_links/v1");
        let link = std::fs::read_to_string(root.join("plan-text-keyed-danderyd.link")).unwrap();
        let a = crate::codec::decode(link.trim()).unwrap();
        let ev = evaluate(&a);
        let plan = rows(&a, &ev, Version::Internal);
        for old in &a.action_plan {
            assert!(old.key.is_empty());
            let row = plan.iter().find(|r| r.item.owner == old.owner).expect("follow-up attached");
            assert!(row.rule.is_some(), "{} is proposed", old.measure);
            assert_eq!(super::super::plan_legacy::key_of(&old.measure), Some(row.item.key.as_str()));
            // Reworded later, the text still finds its key.
            let mut reworded = a.clone();
            let mut changed_ev = ev.clone();
            for cell in &mut changed_ev.results {
                for d in std::rc::Rc::make_mut(&mut cell.dimensions) {
                    for f in &mut d.findings {
                        for m in f.measures.iter_mut().filter(|m| m.key == row.item.key) {
                            m.text = Text::new("Ny formulering", "New wording");
                        }
                    }
                }
            }
            reworded.title.push(' ');
            let again = rows(&reworded, &changed_ev, Version::Internal);
            assert!(again.iter().any(|r| r.item.key == row.item.key && r.item.owner == old.owner));
        }
        let row = plan.iter().find(|r| !r.item.owner.is_empty()).unwrap();
        let b = record(&a, PlanItem { owner: "Ny ansvarig".into(), ..row.item.clone() });
        let again = rows(&b, &ev, Version::Internal);
        assert!(again.iter().any(|r| r.item.key == row.item.key && r.item.owner == "Ny ansvarig"));
        assert!(again.iter().all(|r| r.rule.is_some()), "the old follow-up is no orphan");
    }

    /// A measure of a rule that is wholly the tool's policy (R15–R17) says so; one of a legal rule does not.
    #[test]
    fn policy_measures_are_labelled_as_policy() {
        let a = crate::presets::preset("danderyd-2019-v3").expect("preset").assessment();
        let rows = rows(&a, &evaluate(&a), Version::Internal);
        let by = |rule: RuleId| {
            rows.iter().find(|r| r.rule == Some(rule)).unwrap_or_else(|| panic!("{rule}")).proposed_by(Lang::Sv)
        };
        assert_eq!(by(RuleId::R17), "R17 (verktygets policy)");
        assert_eq!(by(RuleId::R1), "R1");
        assert!(as_text(&rows, Lang::En).contains("(R16 (the tool's policy))"));
    }

    #[test]
    fn the_plan_travels_in_links_and_files_and_old_files_without_it_still_read() {
        let a = PRESETS[0].assessment();
        let ev = evaluate(&a);
        let row = rows(&a, &ev, Version::Internal).remove(0);
        let b = record(&a, PlanItem { owner: "IT-chefen".into(), ..row.item });
        assert_eq!(crate::codec::decode(&crate::codec::encode(&b)).unwrap(), b);
        let json = crate::model::assessment_json(&b, true);
        assert_eq!(crate::model::parse_assessment(&json).unwrap(), b);
        assert!(!crate::model::assessment_json(&a, false).contains("action_plan"), "tom plan skrivs inte ut");
    }
}
