//! The evaluator: every rule on every service × information type, combined per DOMAIN.md §5.

use super::catalogue::CATALOGUE;
use super::legal_state;
use super::rule_id::RuleId;
use super::verdict::{Addressee, Dimension, Finding, Measure, Question, Verdict};
use super::Cell;
use crate::model::{Assessment, Date, ProfileId, Text};
use crate::text;
use std::rc::Rc;

/// The verdict on one dimension of one cell and the findings behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    pub dimension: Dimension,
    pub verdict: Verdict,
    /// Findings in rule order; those whose verdict equals `verdict` decided it.
    pub findings: Vec<Finding>,
}

impl DimensionResult {
    /// The verdict rests on the tool's own policy alone (DOMAIN.md §5): every finding that decided a
    /// verdict worse than "allowed" is policy. Shown as such in the grid, the cell, the memo, the CLI.
    pub fn decided_by_policy(&self) -> bool {
        let mut deciding = self.findings.iter().filter(|f| f.verdict == Some(self.verdict)).peekable();
        self.verdict > Verdict::Allowed && deciding.peek().is_some() && deciding.all(|f| f.policy)
    }
    /// Ids of the rules that decided the verdict (deduplicated, in rule order).
    pub fn deciding_rules(&self) -> Vec<RuleId> {
        let mut ids: Vec<RuleId> = Vec::new();
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
    /// In `Dimension::ALL` order. Shared between copies of an evaluation: an edit keeps the cells it
    /// does not change without copying their findings (`evaluate_brief_after`); change them with
    /// `Rc::make_mut`.
    pub dimensions: Rc<Vec<DimensionResult>>,
    /// Where the verdict is "needs information": the unknown facts that decide it (concrete paths,
    /// e.g. `services[0].parties[1].dpf_certified`), the verdict at best, and both in words.
    pub decisive_unknowns: Vec<String>,
    pub best_case: Option<Verdict>,
    pub decisive_note: Option<Text>,
}

impl CellResult {
    /// The result in dimension `d` (every cell has all five, except one from `evaluate_dimensions`,
    /// which has those asked for).
    pub fn dimension(&self, d: Dimension) -> &DimensionResult {
        self.dimensions.iter().find(|x| x.dimension == d).expect("the dimension was evaluated")
    }
    fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.dimensions.iter().flat_map(|d| d.findings.iter())
    }
    /// Every measure, once, with the rule that requires it.
    /// The measures once each, with the rule proposing them and whether that rule is wholly the
    /// tool's policy rather than law (the plan says so beside the measure, DOMAIN.md §5).
    pub fn measures(&self) -> Vec<(RuleId, &Measure, bool)> {
        let mut out: Vec<(RuleId, &Measure, bool)> = Vec::new();
        for f in self.findings() {
            let policy = super::catalogue::rule(f.rule).is_some_and(|r| r.policy);
            for m in &f.measures {
                // Once per key (or, for two rules wording the same thing, per text).
                if !out.iter().any(|(_, t, _)| t.key == m.key || t.text == m.text) {
                    out.push((f.rule, m, policy));
                }
            }
        }
        out
    }
    /// What to do next, in one sentence: why the cell is not (yet) allowed and how many measures or
    /// open questions stand between it and a decision.
    pub fn next_step(&self) -> Text {
        let dims: Vec<Text> =
            self.dimensions.iter().filter(|d| d.verdict == self.overall).map(|d| d.dimension.label()).collect();
        let Text { sv: dims_sv, en: dims_en } = Text::join(&dims, ", ");
        let measures = self.measures().len();
        let questions = self.questions();
        // Where the bounding has marked the questions whose answers can change the verdict, the
        // next step counts those (the others are listed but do not decide).
        let decisive: Vec<_> = questions.iter().filter(|(_, q)| q.decisive).collect();
        let counted = if decisive.is_empty() { questions.iter().collect::<Vec<_>>() } else { decisive };
        let to_supplier = counted.iter().filter(|(_, q)| q.to == Addressee::Supplier).count();
        let to_body = counted.len() - to_supplier;
        match self.overall {
            Verdict::Allowed => Text::new(
                "Nästa steg: inget – tillåtet utan villkor vid det valda rättsläget.",
                "Next step: none – allowed without conditions at the chosen legal date.",
            ),
            Verdict::AllowedWithConditions => text!(
                "Nästa steg: genomför {measures} åtgärder före användning (de står i åtgärdsplanen); villkor ställs inom {dims_sv}.",
                "Next step: carry out {measures} measures before use (they are in the action plan); conditions are set in {dims_en}."
            ),
            Verdict::NeedsInformation => {
                // "1 fråga till leverantören och 2 till er själva", leaving out a count of none.
                let count = |n: usize, to_sv: &str, to_en: &str| {
                    let (sv, en) = if n == 1 { ("fråga", "question") } else { ("frågor", "questions") };
                    (format!("{n} {sv} {to_sv}"), format!("{n} {en} {to_en}"))
                };
                let parts: Vec<(String, String)> = [
                    (to_supplier, "till leverantören", "to the supplier"),
                    (to_body, "till er själva", "to yourselves"),
                ]
                .into_iter()
                .filter(|(n, _, _)| *n > 0)
                .map(|(n, sv, en)| count(n, sv, en))
                .collect();
                let (asked_sv, asked_en) = match parts.as_slice() {
                    [] => ("frågorna ovan".to_string(), "the questions above".to_string()),
                    [one] => one.clone(),
                    // The second count without its noun: "8 frågor till leverantören och 11 till er själva".
                    [a, _, ..] => (
                        format!("{} och {to_body} till er själva", a.0),
                        format!("{} and {to_body} to yourselves", a.1),
                    ),
                };
                text!(
                    "Nästa steg: få svar på {asked_sv} – utan svar kan {dims_sv} inte avgöras.",
                    "Next step: get answers to {asked_en} – without answers {dims_en} cannot be decided."
                )
            }
            Verdict::NotAllowed => text!(
                "Nästa steg: använd inte tjänsten för informationen som den är beskriven ({dims_sv} avgör). Åtgärdsplanen och analysen ”Vad krävs för grönt” visar vad som skulle ändra det.",
                "Next step: do not use the service for this information as described ({dims_en} decides). The action plan and the analysis \"What makes it green\" show what would change that."
            ),
        }
    }
    /// The dimensions that decide the overall verdict (those at the overall verdict), in order.
    pub fn deciding_dimensions(&self) -> Vec<&DimensionResult> {
        self.dimensions.iter().filter(|d| d.verdict == self.overall).collect()
    }

    /// The cell's head, answer first (issue 14): what decides and whether law or the tool's policy
    /// does, then the deciding unknowns (needs information) or the first three measures of the
    /// deciding dimensions, then the next step. At most three lines under the verdict.
    pub fn head(&self) -> Vec<Text> {
        self.head_with(&|_| true)
    }

    /// [`CellResult::head`] with the measures of the rules `shown` lets through (the public memo
    /// leaves out those describing the security configuration).
    pub fn head_with(&self, shown: &dyn Fn(RuleId) -> bool) -> Vec<Text> {
        let deciding = self.deciding_dimensions();
        let mut lines = Vec::new();
        if self.overall > Verdict::Allowed {
            // With many deciding dimensions (conditions everywhere) the rules would crowd the line:
            // then the dimensions only, with the policy marked.
            let brief = deciding.len() > 2;
            let parts: Vec<Text> = deciding
                .iter()
                .map(|d| {
                    let label = d.dimension.label();
                    if brief {
                        let policy = d.decided_by_policy();
                        return Text::lazy(|| {
                            (
                                format!("{}{}", label.sv, if policy { " (verktygets policy)" } else { "" }),
                                format!("{}{}", label.en, if policy { " (the tool's policy)" } else { "" }),
                            )
                        });
                    }
                    let rules: Vec<Text> = d.deciding_rules().into_iter().map(super::rule_label).collect();
                    let Text { sv: r_sv, en: r_en } = Text::join(&rules, ", ");
                    let (ground_sv, ground_en) = if d.decided_by_policy() {
                        ("verktygets policy, ändringsbar – inte lag", "the tool's editable policy – not law")
                    } else {
                        ("regelverket", "the law and guidance cited")
                    };
                    Text::lazy(|| {
                        (format!("{} ({r_sv}; {ground_sv})", label.sv), format!("{} ({r_en}; {ground_en})", label.en))
                    })
                })
                .collect();
            let Text { sv, en } = Text::join(&parts, "; ");
            lines.push(Text::lazy(|| (format!("Avgörs av: {sv}."), format!("Decided by: {en}."))));
        }
        if let Some(note) = &self.decisive_note {
            lines.push(note.clone());
        } else if self.overall == Verdict::AllowedWithConditions || self.overall == Verdict::NotAllowed {
            // The first measures of the deciding dimensions – of the findings that decide first – each once.
            let mut top: Vec<&Text> = Vec::new();
            let deciding_findings =
                deciding.iter().flat_map(|d| d.findings.iter().filter(|f| f.verdict == Some(d.verdict)));
            let other_findings =
                deciding.iter().flat_map(|d| d.findings.iter().filter(|f| f.verdict != Some(d.verdict)));
            for m in deciding_findings
                .chain(other_findings)
                .filter(|f| shown(f.rule))
                .flat_map(|f| f.measures.iter().map(|m| &m.text))
            {
                if top.len() == 3 {
                    break;
                }
                if !top.contains(&m) {
                    top.push(m);
                }
            }
            if !top.is_empty() {
                let list = |f: fn(&Text) -> &str| {
                    top.iter().enumerate().map(|(i, t)| format!("{}) {}", i + 1, f(t))).collect::<Vec<_>>().join(" ")
                };
                lines.push(Text::lazy(|| {
                    (format!("Viktigaste åtgärder: {}", list(|t| &t.sv)), format!("Main measures: {}", list(|t| &t.en)))
                }));
            }
        }
        lines.push(self.next_step());
        lines
    }

    /// Every question, once, with the rule that raises it. A question several rules ask in the
    /// same words (`catalogue/questions.rs`) is asked once: under the key of the first rule whose
    /// verdict it decides, or else of the first rule that asks it.
    pub fn questions(&self) -> Vec<(RuleId, &Question)> {
        let mut out: Vec<(RuleId, &Question)> = Vec::new();
        for f in self.findings() {
            for q in &f.questions {
                match out.iter_mut().find(|(_, t)| t.to == q.to && t.text == q.text) {
                    Some(asked) if q.decisive && !asked.1.decisive => *asked = (f.rule, q),
                    Some(_) => {}
                    None => out.push((f.rule, q)),
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
    /// The legal date, profile and notes, without the cells.
    pub fn without_results(&self) -> Evaluation {
        Evaluation {
            legal_state: self.legal_state,
            profile: self.profile,
            results: Vec::new(),
            notes: self.notes.clone(),
        }
    }

    /// The cell of `service` × `info_type`. The results are the grid in service-major order, so the
    /// cell is found by its row and column (services + information types compared, not every cell:
    /// a view that looks up every cell of a 50 × 40 portfolio stays linear); a result list that is
    /// not a full grid is searched.
    pub fn cell(&self, service: &str, info_type: &str) -> Option<&CellResult> {
        let first = self.results.first()?;
        let per_service = self.results.iter().take_while(|r| r.service == first.service).count();
        let column = self.results[..per_service].iter().position(|r| r.info_type == info_type);
        let row = self.results.iter().step_by(per_service).position(|r| r.service == service);
        row.zip(column)
            .and_then(|(row, column)| self.results.get(row * per_service + column))
            .filter(|r| r.service == service && r.info_type == info_type)
            .or_else(|| self.results.iter().find(|r| r.service == service && r.info_type == info_type))
    }
}

/// Evaluates every service × information type. Total: any well-formed assessment gives a result.
pub fn evaluate(assessment: &Assessment) -> Evaluation {
    evaluate_with(assessment, &legal_state::NO_ASSUMPTIONS)
}

/// The verdicts, deciding rules and policy flags of every cell, without texts, measures or
/// questions (`model::without_texts`): for analyses that compare verdicts, and for every edit.
/// The texts of a cell are written when it is shown (`explain_cell`, `evaluate_explained`).
pub fn evaluate_brief(assessment: &Assessment) -> Evaluation {
    let mut brief = crate::model::without_texts(|| evaluate(assessment));
    // The notes on the legal state are few and shown with the grid.
    brief.notes = legal_state::notes(assessment.legal_date);
    brief
}

/// [`evaluate_brief`] after an edit that changed only `changed`: the cells of that service (or
/// information type) are evaluated again and the others kept from `before`, the brief evaluation of
/// the assessment before the edit. A cell reads its own service and information type and, of the
/// rest, only what a `Part::Whole` edit changes (the organisation, the legal date, the number of
/// services), so the result equals `evaluate_brief(after)` (`tests/properties.rs` holds it so). An
/// edit of a 50 × 40 portfolio then evaluates 40 cells instead of 2,000 (issue 15).
pub fn evaluate_brief_after(before: &Evaluation, after: &Assessment, changed: crate::model::Part) -> Evaluation {
    use crate::model::Part;
    let (services, infos) = (after.services.len(), after.information_types.len());
    let same_grid = before.results.len() == services * infos
        && before.legal_state == after.legal_date
        && before.profile == after.profile;
    let cells: Vec<(usize, usize)> = match changed {
        Part::Service(s) if same_grid && s < services => (0..infos).map(|i| (s, i)).collect(),
        Part::InformationType(i) if same_grid && i < infos => (0..services).map(|s| (s, i)).collect(),
        _ => return evaluate_brief(after),
    };
    let mut results = before.results.clone();
    crate::model::without_texts(|| {
        let completed = super::bounds::Completed::of(after);
        let all = super::bounds::Completions::of(&completed);
        for (s, i) in cells {
            results[s * infos + i] = super::bounds::bound(after, s, i, &legal_state::NO_ASSUMPTIONS, &all, false);
        }
    });
    Evaluation { results, ..before.without_results() }
}

/// [`evaluate_brief`] under hypothetical changes to the legal state.
pub fn evaluate_brief_with(assessment: &Assessment, assumptions: &legal_state::Assumptions) -> Evaluation {
    crate::model::without_texts(|| evaluate_with(assessment, assumptions))
}

/// Evaluates under hypothetical changes to the legal state (the watch-list).
pub fn evaluate_with(assessment: &Assessment, assumptions: &legal_state::Assumptions) -> Evaluation {
    evaluate_all(assessment, assumptions, false)
}

/// The evaluation with every "needs information" cell's deciding unknowns named (an evaluation per
/// unknown fact of the cell): for the CLI's JSON and the memo, not for every keystroke.
pub fn evaluate_explained(assessment: &Assessment) -> Evaluation {
    evaluate_all(assessment, &legal_state::NO_ASSUMPTIONS, true)
}

/// One cell with its deciding unknowns named, for the opened cell.
pub fn explain_cell(assessment: &Assessment, service: &str, info_type: &str) -> Option<CellResult> {
    let s = assessment.services.iter().position(|x| x.id == service)?;
    let i = assessment.information_types.iter().position(|x| x.id == info_type)?;
    let completed = super::bounds::Completed::of(assessment);
    let all = super::bounds::Completions::of(&completed);
    Some(super::bounds::bound(assessment, s, i, &legal_state::NO_ASSUMPTIONS, &all, true))
}

/// The cells of service `s` with their texts, as [`evaluate`] writes them: for a view that writes a
/// portfolio's texts a service at a time, letting the page paint in between (issue 15).
pub fn evaluate_service(assessment: &Assessment, s: usize) -> Vec<CellResult> {
    let completed = super::bounds::Completed::of(assessment);
    let all = super::bounds::Completions::of(&completed);
    (0..assessment.information_types.len())
        .map(|i| super::bounds::bound(assessment, s, i, &legal_state::NO_ASSUMPTIONS, &all, false))
        .collect()
}

fn evaluate_all(assessment: &Assessment, assumptions: &legal_state::Assumptions, explain: bool) -> Evaluation {
    let mut results = Vec::with_capacity(assessment.services.len() * assessment.information_types.len());
    let completed = super::bounds::Completed::of(assessment);
    let all = super::bounds::Completions::of(&completed);
    for s in 0..assessment.services.len() {
        for i in 0..assessment.information_types.len() {
            results.push(super::bounds::bound(assessment, s, i, assumptions, &all, explain));
        }
    }
    Evaluation {
        legal_state: assessment.legal_date,
        profile: assessment.profile,
        results,
        notes: legal_state::notes(assessment.legal_date),
    }
}

/// DOMAIN.md §5: the tool's own policy gives at most a condition, unless the body has adopted it
/// (`policy_binding`) or chosen the strict profile, whose reading of OSL (R2) is that policy.
fn cap_policy(cell: &Cell, f: &mut Finding) {
    let chosen = cell.thresholds.policy_binding || (cell.profile == ProfileId::Strict && f.rule == RuleId::R2);
    if !f.policy || chosen || f.verdict.is_none_or(|v| v <= Verdict::AllowedWithConditions) {
        return;
    }
    let was = f.verdict.map(|v| v.label()).unwrap_or_else(|| Verdict::NeedsInformation.label());
    f.verdict = Some(Verdict::AllowedWithConditions);
    let (reasoning_sv, reasoning_en, was_sv, was_en) = (&f.reasoning.sv, &f.reasoning.en, was.sv, was.en);
    f.reasoning = text!(
        "{reasoning_sv} (Verktygets policy, inte lag: den ger här ett villkor i stället för ”{was_sv}”. Om myndigheten har antagit policyn som sin egen väljs det i profilen.)",
        "{reasoning_en} (The tool's policy, not law: here it gives a condition instead of \"{was_en}\". If the body has adopted the policy as its own, choose that in the profile.)"
    );
}

pub fn evaluate_cell(cell: &Cell) -> CellResult {
    evaluate_dimensions(cell, &Dimension::ALL)
}

/// The cell's verdicts in `wanted` only, running only the rules that can decide them (each rule
/// names its dimensions): for a search that asks whether some dimensions are lifted (`improve`).
/// The other dimensions are left out of the result.
pub fn evaluate_dimensions(cell: &Cell, wanted: &[Dimension]) -> CellResult {
    // The rules push their findings onto one vector for the cell, in rule order; room for the
    // findings a cell usually gets, so that they are not moved while it grows.
    let mut found = Vec::with_capacity(32);
    for rule in CATALOGUE.iter().filter(|r| r.dimensions.iter().any(|d| wanted.contains(d))) {
        (rule.evaluate)(cell, &mut found);
    }
    // Findings move into their dimension (no copies), in rule order.
    // Room for the findings a dimension usually gets, so that they are not moved while it grows.
    let mut by_dimension: Vec<Vec<Finding>> = Dimension::ALL.iter().map(|_| Vec::with_capacity(8)).collect();
    for mut finding in found {
        cap_policy(cell, &mut finding);
        let i = Dimension::ALL.iter().position(|d| *d == finding.dimension).unwrap_or(0);
        by_dimension[i].push(finding);
    }
    let dimensions: Vec<DimensionResult> = Dimension::ALL
        .iter()
        .zip(by_dimension)
        .filter(|(d, _)| wanted.contains(d))
        .map(|(&d, mut mine)| {
            let verdict = match mine.iter().filter_map(|f| f.verdict).max() {
                Some(v) => v,
                None => {
                    // No rule decided this dimension: say so rather than guess "allowed".
                    mine.push(Finding::new(
                        RuleId::R0,
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
    CellResult {
        service: cell.service.id.clone(),
        info_type: cell.info.id.clone(),
        overall,
        dimensions: Rc::new(dimensions),
        decisive_unknowns: Vec::new(),
        best_case: None,
        decisive_note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;

    fn cell_of(preset_id: &str) -> CellResult {
        let a = preset(preset_id).unwrap().assessment();
        evaluate(&a).results.into_iter().next().unwrap()
    }

    /// The head says what decides and on which ground (law or the tool's policy), then the main
    /// measures or the deciding unknowns, then the next step: at most four lines.
    /// A service at a time, the texts are those of the whole evaluation.
    #[test]
    fn the_services_one_by_one_are_the_whole_evaluation() {
        let a = crate::bench::portfolio(6, 4);
        let by_service: Vec<CellResult> = (0..a.services.len()).flat_map(|s| evaluate_service(&a, s)).collect();
        assert_eq!(by_service, evaluate(&a).results);
    }

    /// What the cells of a service share (`Cell::sharing`: compulsion, transfer paths) gives every
    /// cell what it computes alone, with texts and without, where information types are held in
    /// different components (the shared transfer paths are for the first cell's components only).
    #[test]
    fn what_a_service_s_cells_share_changes_no_cell() {
        let mut a = crate::bench::portfolio(7, 6);
        for (k, info) in a.information_types.iter_mut().enumerate().filter(|(k, _)| k % 2 == 0) {
            // The first of these names one component of every service, the next another.
            info.components = a.services.iter().filter_map(|s| s.components.get(k / 2)).map(|c| c.id.clone()).collect();
        }
        let presets = crate::presets::PRESETS.iter().map(|p| p.assessment());
        let mut compared = 0;
        for a in presets.chain([a]) {
            for wanted in [true, false] {
                let each = |f: &dyn Fn() -> CellResult| if wanted { f() } else { crate::model::without_texts(f) };
                for s in &a.services {
                    let shared = super::super::Shared::default();
                    for i in &a.information_types {
                        let alone = each(&|| evaluate_cell(&Cell::new(&a, s, i)));
                        let sharing = each(&|| evaluate_cell(&Cell::new(&a, s, i).sharing(&shared)));
                        assert_eq!(sharing, alone, "{} × {}", s.id, i.id);
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 100, "{compared}");
    }

    /// Every cell of a portfolio is found by its ids, in a full grid and in a list that is not one.
    #[test]
    fn cells_are_found_by_row_and_column_or_by_search() {
        let a = crate::bench::portfolio(7, 5);
        let mut ev = evaluate_brief(&a);
        for s in &a.services {
            for i in &a.information_types {
                let cell = ev.cell(&s.id, &i.id).unwrap();
                assert_eq!((cell.service.as_str(), cell.info_type.as_str()), (s.id.as_str(), i.id.as_str()));
            }
        }
        assert!(ev.cell(&a.services[0].id, "no-such-type").is_none());
        ev.results.reverse();
        ev.results.remove(3);
        for r in ev.results.clone() {
            assert_eq!(ev.cell(&r.service, &r.info_type), Some(&r));
        }
    }

    #[test]
    fn the_head_puts_the_answer_first() {
        let red = cell_of("o365-2018-lockbox");
        let head = red.head();
        assert!(head.len() <= 4, "{head:?}");
        assert!(head[0].sv.starts_with("Avgörs av: Sekretess (OSL) (R2 Utlämnande"), "{}", head[0].sv);
        assert_eq!(red.dimension(Dimension::Secrecy).decided_by_policy(), head[0].sv.contains("policy"));
        assert!(head[1].sv.starts_with("Viktigaste åtgärder: 1) "), "{}", head[1].sv);
        assert_eq!(head.last(), Some(&red.next_step()));
        let a = preset("danderyd-2019-v3").unwrap().assessment();
        let open =
            crate::rules::evaluate_explained(&a).results.into_iter().find(|c| c.overall == Verdict::NeedsInformation);
        if let Some(open) = open {
            assert_eq!(open.head()[1], open.decisive_note.clone().unwrap());
        }
    }

    /// The next step names what decides and counts what is left, per verdict.
    #[test]
    fn next_step_counts_what_stands_between_the_cell_and_a_decision() {
        let red = cell_of("o365-2018-lockbox");
        assert_eq!(red.overall, Verdict::NotAllowed);
        assert!(red.next_step().sv.contains("använd inte tjänsten") && red.next_step().sv.contains("Sekretess (OSL)"));
        let mut unknown = red.clone();
        unknown.overall = Verdict::NeedsInformation;
        let asked = red.questions();
        let to_supplier = asked.iter().filter(|(_, q)| q.to == Addressee::Supplier).count();
        assert!(to_supplier > 0);
        let sv = unknown.next_step().sv;
        assert!(
            sv.contains(&format!(
                "{to_supplier} frågor till leverantören och {} till er själva",
                asked.len() - to_supplier
            )),
            "{sv}"
        );
        let mut only_body = unknown.clone();
        for d in Rc::make_mut(&mut only_body.dimensions) {
            for f in &mut d.findings {
                f.questions.retain(|q| q.to != Addressee::Supplier);
                f.questions.truncate(1);
            }
        }
        let body_questions = only_body.questions().len();
        let sv = only_body.next_step().sv;
        let expected = if body_questions == 1 { "1 fråga till er själva" } else { "frågor till er själva" };
        assert!(sv.contains(expected) && !sv.contains("leverantören"), "{sv}");
        let mut conditions = red.clone();
        conditions.overall = Verdict::AllowedWithConditions;
        assert!(conditions.next_step().en.contains(&format!("carry out {} measures", red.measures().len())));
    }
}
