//! The analyses' CLI outputs, texts in the chosen language.
//!
//! Each output is typed (`DiffOutput`, `ImproveOutput`, `WatchOutput`, `ProbabilityOutput`,
//! `CoverageOutput`, `CompareOutput`, and the questionnaire's `Questionnaire`), as the evaluation's
//! is: the JSON is serialised from these structs and, natively, their JSON Schema is generated from
//! the same structs (`bedom schema diff`, …), so the schema cannot drift from what is printed. The CLI prints them through
//! [`serde_json::Value`], whose objects keep their keys sorted: that is the printed order, whatever
//! the order of the fields here.

use super::diff::{AssessmentDiff, Cause};
use super::improve::improve;
use crate::model::{Assessment, Date, Lang, ProfileId, Tri};
use crate::rules::legal_state::{
    LegalFact, CLOUD_ACT, DPF, DPF_APPEAL, DPF_LATOMBE, EDPB_REC_01_2020, FISA_702, OSL_10_2A, PRIVACY_SHIELD,
    SCHREMS_II, TYSTNADSPLIKT_UTKONTRAKTERING,
};
use crate::rules::output::Dimensions;
use crate::rules::probability::Basis;
use crate::rules::sources::{at_date, cite, Cite, GDPR};
use crate::rules::{evaluate, Dimension, RuleId, Verdict};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// What an analysis means, which rules (with their catalogue sources) and which dated legal facts
/// it rests on; every analysis output carries it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct About {
    /// What the analysis means and how it is computed.
    pub explanation: String,
    /// The rules it rests on, by id.
    pub rules: BTreeMap<RuleId, CitedRule>,
    /// The dated legal facts it rests on.
    pub legal_facts: Vec<LegalFactOutput>,
}

/// A rule an analysis rests on: its title and its catalogue sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CitedRule {
    pub title: String,
    /// The rule's sources that existed at the legal date (all of them where two dates are compared).
    pub sources: Vec<String>,
    /// The rule's sources written after the legal date.
    pub sources_later: Vec<String>,
}

/// A legal fact with the dates it holds between.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct LegalFactOutput {
    pub fact: String,
    /// The document it rests on.
    pub source: String,
    /// In force from this date.
    pub from: Date,
    /// In force until this date; null while it still holds.
    pub to: Option<Date>,
}

/// An analysis's [`About`] in `lang`, from its explanation in both languages.
/// `date`: the legal date whose citations apply (`None` where two dates are compared: all).
fn about(lang: Lang, date: Option<Date>, sv: &str, en: &str, rules: &[RuleId], facts: &[LegalFact]) -> About {
    let rules = rules
        .iter()
        .filter_map(|&id| crate::rules::rule(id))
        .map(|r| {
            let title = if lang == Lang::Sv { r.title_sv } else { r.title_en };
            let (sources, sources_later) = match date {
                Some(date) => {
                    let c = at_date(r.sources, date);
                    (c.shown, c.later)
                }
                None => (r.sources.iter().map(Cite::render).collect(), Vec::new()),
            };
            (r.id, CitedRule { title: title.to_string(), sources, sources_later })
        })
        .collect();
    let legal_facts = facts
        .iter()
        .map(|f| LegalFactOutput {
            fact: (if lang == Lang::Sv { f.sv } else { f.en }).to_string(),
            source: f.source.render(),
            from: f.from,
            to: f.to,
        })
        .collect();
    About { explanation: (if lang == Lang::Sv { sv } else { en }).to_string(), rules, legal_facts }
}

/// The `about` of an analysis as readable text: what it means, the rules with their sources and the
/// legal facts with their dates.
pub fn about_text(about: &About, lang: Lang) -> String {
    let (rules_head, facts_head, since, until) = match lang {
        Lang::Sv => ("Regler och källor", "Rättsliga fakta", "gäller från", "till"),
        Lang::En => ("Rules and sources", "Legal facts", "in force from", "until"),
    };
    let mut out = format!("{}\n", about.explanation);
    if !about.rules.is_empty() {
        out.push_str(&format!("\n{rules_head}:\n"));
        for (id, r) in &about.rules {
            out.push_str(&format!("  {id} {}: {}\n", r.title, r.sources.join("; ")));
        }
    }
    if !about.legal_facts.is_empty() {
        out.push_str(&format!("\n{facts_head}:\n"));
        for f in &about.legal_facts {
            let to = f.to.map(|d| format!(" {until} {d}")).unwrap_or_default();
            out.push_str(&format!("  {} ({}; {since} {}{to})\n", f.fact, f.source, f.from));
        }
    }
    out
}

/// The rules that decided the verdicts of a cell's dimensions.
fn deciding(cell: &crate::rules::CellResult) -> Vec<RuleId> {
    cell.dimensions.iter().flat_map(|d| d.deciding_rules()).collect()
}

/// Which verdict of a cell: the overall one, or one dimension's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VerdictOf {
    /// The cell's overall verdict, the worst of its dimensions'.
    Overall,
    #[serde(untagged)]
    Dimension(Dimension),
}

impl From<Option<Dimension>> for VerdictOf {
    /// `None` is the overall verdict, as the analyses hold it.
    fn from(d: Option<Dimension>) -> VerdictOf {
        d.map_or(VerdictOf::Overall, VerdictOf::Dimension)
    }
}

/// A service × information type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CellRef {
    /// The service's id in the assessment.
    pub service: String,
    /// The information type's id in the assessment.
    pub info_type: String,
}

/// `bedom diff`: the facts and the verdicts that differ between two assessments, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct DiffOutput {
    pub about: About,
    /// Every fact that differs (legal date, profile and thresholds show as causes instead).
    pub facts: Vec<FactDifference>,
    /// Every verdict that differs, in cells both assessments have.
    pub changes: Vec<VerdictDifference>,
    /// Cells only the first assessment has.
    pub only_in_first: Vec<CellRef>,
    /// Cells only the second assessment has.
    pub only_in_second: Vec<CellRef>,
}

/// A fact that differs, with its value in each assessment (values of the file format; null where
/// absent).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct FactDifference {
    /// The fact's path, lists matched by id, e.g. `services[o365].parties[Microsoft].access`.
    pub path: String,
    pub first: Value,
    pub second: Value,
}

/// A verdict that differs between the two assessments.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct VerdictDifference {
    /// The service's id.
    pub service: String,
    /// The information type's id.
    pub info_type: String,
    pub dimension: VerdictOf,
    /// The verdict in the first assessment.
    pub first: Verdict,
    /// The verdict in the second assessment.
    pub second: Verdict,
    /// What changes it: each difference that changes it alone, or `interaction`.
    pub causes: Vec<CauseOutput>,
}

/// Why a verdict differs, found by carrying one difference over to the first assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CauseOutput {
    /// The legal date.
    LegalDate {
        /// The first assessment's.
        before: Date,
        /// The second assessment's.
        after: Date,
        /// The cause in words.
        text: String,
    },
    /// The interpretation profile.
    Profile {
        /// The first assessment's.
        before: ProfileId,
        /// The second assessment's.
        after: ProfileId,
        /// The cause in words.
        text: String,
    },
    /// The thresholds.
    Thresholds {
        /// The cause in words.
        text: String,
    },
    /// Facts that differ, each of which changes the verdict alone.
    Facts {
        /// The facts' paths.
        paths: Vec<String>,
        /// The cause in words.
        text: String,
    },
    /// No difference alone, several together.
    Interaction {
        /// The cause in words.
        text: String,
    },
}

impl CauseOutput {
    fn of(c: &Cause, lang: Lang) -> CauseOutput {
        let text = c.describe().get(lang).to_string();
        match c {
            Cause::LegalDate { before, after } => CauseOutput::LegalDate { before: *before, after: *after, text },
            Cause::Profile { before, after } => CauseOutput::Profile { before: *before, after: *after, text },
            Cause::Thresholds => CauseOutput::Thresholds { text },
            Cause::Facts(paths) => CauseOutput::Facts { paths: paths.clone(), text },
            Cause::Interaction => CauseOutput::Interaction { text },
        }
    }
}

pub fn diff_output(d: &AssessmentDiff, lang: Lang) -> DiffOutput {
    let cells = |cells: &[(String, String)]| {
        cells.iter().map(|(s, i)| CellRef { service: s.clone(), info_type: i.clone() }).collect()
    };
    DiffOutput {
        about: about(lang, None,
            "Skillnader mellan två bedömningar. För varje cell vars bedömning skiljer sig anges orsaken – fakta, trösklar, tolkningsprofil eller rättsläge – prövad genom att föra över en skillnad i taget och bedöma om med samma regler; \"flera skillnader tillsammans\" betyder att ingen ensam förklarar ändringen.",
            "Differences between two assessments. For each cell whose verdict differs the cause – facts, thresholds, interpretation profile or legal date – is found by carrying over one difference at a time and re-evaluating under the same rules; \"several differences together\" means that none alone explains the change.",
            &[], &[]),
        facts: d
            .facts
            .iter()
            .map(|f| FactDifference { path: f.path.clone(), first: f.before.clone(), second: f.after.clone() })
            .collect(),
        changes: d
            .changes
            .iter()
            .map(|c| VerdictDifference {
                service: c.service.clone(),
                info_type: c.info_type.clone(),
                dimension: c.dimension.into(),
                first: c.before,
                second: c.after,
                causes: c.causes.iter().map(|x| CauseOutput::of(x, lang)).collect(),
            })
            .collect(),
        only_in_first: cells(&d.only_in_first),
        only_in_second: cells(&d.only_in_second),
    }
}

/// `bedom improve`: for every cell with a not-allowed dimension, the requirement sets that lift it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ImproveOutput {
    pub about: About,
    /// The legal date whose legal state applies (rättsläge per).
    pub legal_state: Date,
    /// The interpretation profile evaluated under.
    pub profile: ProfileId,
    /// The cells with a dimension that is not allowed, services first.
    pub cells: Vec<CellImprovements>,
}

/// A cell with a not-allowed dimension and what lifts it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CellImprovements {
    /// The service's id.
    pub service: String,
    /// The information type's id.
    pub info_type: String,
    /// The cell's overall verdict as it is.
    pub overall: Verdict,
    /// The smallest requirement sets that lift every not-allowed dimension, each an alternative.
    pub improvements: Vec<ImprovementOutput>,
    /// No requirement set small enough for the search lifts it.
    pub none_within_reach: bool,
}

/// One alternative: requirements that together lift the cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ImprovementOutput {
    /// The cell's overall verdict with the requirements met (it may still need information).
    pub verdict: Verdict,
    /// The dimensions not allowed before, allowed or allowed with conditions after.
    pub lifted: Vec<Dimension>,
    /// The requirements, worded for a procurement.
    pub requirements: Vec<String>,
}

pub fn improve_output(a: &Assessment, lang: Lang) -> ImproveOutput {
    let ev = evaluate(a);
    let (mut cells, mut rules) = (Vec::new(), Vec::new());
    for (s, service) in a.services.iter().enumerate() {
        for (i, info) in a.information_types.iter().enumerate() {
            let Some(cell) = ev.cell(&service.id, &info.id) else {
                continue;
            };
            if !cell.dimensions.iter().any(|d| d.verdict == Verdict::NotAllowed) {
                continue;
            }
            let found = improve(a, s, i);
            rules.extend(deciding(cell));
            cells.push(CellImprovements {
                service: service.id.clone(),
                info_type: info.id.clone(),
                overall: cell.overall,
                improvements: found
                    .iter()
                    .map(|imp| ImprovementOutput {
                        verdict: imp.verdict,
                        lifted: imp.lifted.clone(),
                        requirements: imp.requirements.iter().map(|r| r.text.get(lang).to_string()).collect(),
                    })
                    .collect(),
                none_within_reach: found.is_empty(),
            });
        }
    }
    ImproveOutput {
        about: about(lang, Some(a.legal_date),
            "Vad krävs för grönt: för varje cell med en dimension som inte är tillåten, de minsta uppsättningarna faktaändringar som lyfter den, prövade genom att bedöma om med ändringen. Kraven är formulerade så att de kan ställas i en upphandling. Reglerna nedan avgjorde cellerna som de är nu.",
            "What makes it green: for each cell with a dimension that is not allowed, the smallest sets of fact changes that lift it, tested by re-evaluating with the change. The requirements are worded for use in a procurement. The rules below decided the cells as they are now.",
            &rules, &[]),
        legal_state: a.legal_date,
        profile: a.profile,
        cells,
    }
}

/// One cell's improvements as procurement text: each alternative a numbered set of requirements
/// with the verdict it leads to.
pub fn improvements_text(found: &[crate::analysis::improve::Improvement], lang: Lang) -> String {
    let (alternative, gives) = match lang {
        Lang::Sv => ("Alternativ", "Ger"),
        Lang::En => ("Alternative", "Gives"),
    };
    let mut out = String::new();
    for (n, imp) in found.iter().enumerate() {
        let _ = writeln!(out, "{alternative} {}:", n + 1);
        for r in &imp.requirements {
            let _ = writeln!(out, "- {}", r.text.get(lang));
        }
        let _ = writeln!(out, "{gives}: {}\n", imp.verdict.label().get(lang));
    }
    out.trim_end().to_string()
}

/// `bedom watch`: per legal assumption that could change, the verdicts that would change with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct WatchOutput {
    pub about: About,
    /// The legal sources of the assumptions that existed at the legal date.
    pub legal_sources: Vec<String>,
    /// The legal date whose legal state applies (rättsläge per).
    pub legal_state: Date,
    /// The interpretation profile evaluated under.
    pub profile: ProfileId,
    /// Every assumption relevant to the assessment.
    pub assumptions: Vec<AssumptionOutput>,
}

/// A hypothetical change of the law or its reading, and the verdicts it would change.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct AssumptionOutput {
    /// The assumption in words.
    pub assumption: String,
    /// The verdicts that would change; empty if none.
    pub changes: Vec<WatchChangeOutput>,
}

/// A verdict that would change under an assumption.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct WatchChangeOutput {
    /// The service's id.
    pub service: String,
    /// The information type's id.
    pub info_type: String,
    pub dimension: VerdictOf,
    /// The verdict now.
    pub before: Verdict,
    /// The verdict under the assumption.
    pub after: Verdict,
}

pub fn watch_output(a: &Assessment, lang: Lang) -> WatchOutput {
    let items = super::watch::watch(a);
    WatchOutput {
        about: about(lang, Some(a.legal_date),
            "Bevakningslista: vilka bedömningar som ändras om ett rättsligt antagande ändras (Data Privacy Framework upphävs, ett land förlorar eller får ett beslut om adekvat skyddsnivå). Varje rad är en omvärdering med samma fakta; antagandena är hypotetiska, inte prognoser.",
            "Watch-list: which verdicts change if a legal assumption changes (the Data Privacy Framework is annulled, a country loses or gains an adequacy decision). Each line is a re-evaluation with the same facts; the assumptions are hypothetical, not forecasts.",
            &[RuleId::R4, RuleId::R5, RuleId::R6], &[DPF, DPF_LATOMBE, DPF_APPEAL, SCHREMS_II, PRIVACY_SHIELD]),
        legal_sources: at_date(&[DPF.source, DPF_LATOMBE.source, DPF_APPEAL.source, SCHREMS_II.source, cite(&GDPR, "art. 45")], a.legal_date).shown,
        legal_state: a.legal_date,
        profile: a.profile,
        assumptions: items
            .iter()
            .map(|item| AssumptionOutput {
                assumption: item.assumption.describe().get(lang).to_string(),
                changes: item
                    .changes
                    .iter()
                    .map(|c| WatchChangeOutput {
                        service: c.service.clone(),
                        info_type: c.info_type.clone(),
                        dimension: c.dimension.into(),
                        before: c.before,
                        after: c.after,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// `bedom probability`: the estimated probability of foreign lawful access per service ×
/// information type where one can be made (R13), with its caveats.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ProbabilityOutput {
    pub about: About,
    /// Always true: the figures are estimates, not facts.
    pub estimate: bool,
    /// What the estimate leaves out or assumes.
    pub caveats: String,
    /// Always true: the bands are the tool's policy, not law.
    pub bands_are_policy: bool,
    /// The cells an estimate can be made for, services first.
    pub cells: Vec<EstimateOutput>,
}

/// The estimate for one service × information type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct EstimateOutput {
    /// The service's id.
    pub service: String,
    /// The information type's id.
    pub info_type: String,
    pub basis: Basis,
    /// The yearly probability (0–1), when computed from figures or factors.
    pub p_year: Option<f64>,
    /// The probability over the horizon (0–1), when computed.
    pub p_horizon: Option<f64>,
    /// The horizon in years.
    pub horizon_years: u32,
    /// The horizon probability with the yearly one divided and multiplied by 10, when computed.
    pub sensitivity_div10_mul10: Option<[f64; 2]>,
    /// The probability band (the profile's thresholds) in words.
    pub band: String,
    /// The formula, in words and symbols.
    pub formula: String,
    /// The inputs of the calculation as shown.
    pub inputs: Vec<EstimateInput>,
    /// Source and date of the figures or of the judgment.
    pub source: String,
    /// The basis is only claimed or assumed, not contracted or verified.
    pub uncertain_basis: bool,
}

/// One input of the calculation.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct EstimateInput {
    pub label: String,
    /// The value as shown.
    pub value: String,
}

pub fn probability_output(a: &Assessment, lang: Lang) -> ProbabilityOutput {
    use crate::rules::probability::{band_text, caveats, estimate};
    use crate::rules::Cell;
    let mut cells = Vec::new();
    for svc in &a.services {
        for info in &a.information_types {
            let Some(e) = estimate(&Cell::new(a, svc, info)) else { continue };
            cells.push(EstimateOutput {
                service: svc.id.clone(),
                info_type: info.id.clone(),
                basis: e.basis,
                p_year: e.p_year,
                p_horizon: e.p_horizon,
                horizon_years: e.horizon_years,
                sensitivity_div10_mul10: e.sensitivity.map(|(lo, hi)| [lo, hi]),
                band: band_text(e.band).get(lang).to_string(),
                formula: e.formula.get(lang).to_string(),
                inputs: e
                    .inputs
                    .iter()
                    .map(|i| EstimateInput { label: i.label.get(lang).to_string(), value: i.value.clone() })
                    .collect(),
                source: e.source,
                uncertain_basis: e.uncertain_basis,
            });
        }
    }
    ProbabilityOutput {
        about: about(lang, Some(a.legal_date),
            "Uppskattad sannolikhet för utländsk myndighetsåtkomst per år och över horisonten, med känslighet (÷10, ×10). Det är en uppskattning, inte ett faktum; banden är verktygets policy, inte lag.",
            "Estimated probability of foreign lawful access per year and over the horizon, with sensitivity (÷10, ×10). It is an estimate, not a fact; the bands are the tool's policy, not law.",
            &[RuleId::R11, RuleId::R13], &[CLOUD_ACT, FISA_702]),
        estimate: true,
        caveats: caveats(a.legal_date).get(lang).to_string(),
        bands_are_policy: true,
        cells,
    }
}

/// `bedom coverage`: what every access-approval control (R8) and every component's key control (R7)
/// covers and what not, and the verdicts that would change without it or with an ideal version.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CoverageOutput {
    pub about: About,
    /// Every access-approval control of every service.
    pub approval_controls: Vec<ApprovalControlCoverage>,
    /// Every component's key control.
    pub key_controls: Vec<KeyControlCoverage>,
    /// Per service, the verdicts that would change with an ideal key control in every component.
    pub ideal_keys_in_every_component: Vec<IdealKeysEverywhere>,
}

/// What an access-approval control (e.g. Customer Lockbox) covers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ApprovalControlCoverage {
    /// The service's id.
    pub service: String,
    /// The control's name.
    pub control: String,
    /// What it protects against and what not, in words.
    pub conclusion: String,
    /// The components it covers.
    pub covered_components: Vec<String>,
    /// The components it does not cover.
    pub uncovered_components: Vec<String>,
    /// Each way clear text can be reached, and whether the control stands in the way.
    pub paths: Vec<ApprovalPath>,
    /// Per information type, its components the control does not cover.
    pub info_types: Vec<InfoTypeCoverage>,
    /// The verdicts that would differ without the control.
    pub verdicts_without_control: Vec<EffectOutput>,
    /// The verdicts that would differ with an ideal control (covers everything, separation of
    /// duties, no bypass, verified).
    pub verdicts_with_ideal_control: Vec<EffectOutput>,
    /// The rules the coverage rests on.
    pub rules: Vec<RuleId>,
}

/// An access path and whether an access-approval control stands in the way.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ApprovalPath {
    pub path: String,
    pub covered: bool,
    pub why: String,
}

/// An information type's components outside an access-approval control.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct InfoTypeCoverage {
    /// The information type's id.
    pub info_type: String,
    pub uncovered_components: Vec<String>,
}

/// What one component's key control protects (R7).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct KeyControlCoverage {
    /// The service's id.
    pub service: String,
    /// The component's id.
    pub component: String,
    /// Who controls the keys, in words.
    pub key_control: String,
    /// Whether the keys keep clear text out of the provider's reach; unknown when the facts that
    /// decide it are.
    pub provider_excluded: Tri,
    /// What it protects against and what not, in words.
    pub conclusion: String,
    /// Each way clear text can be reached, and whether the keys stand in the way.
    pub paths: Vec<KeyPath>,
    /// The information types held in the component.
    pub info_types: Vec<String>,
    /// The verdicts that would differ with provider-managed keys.
    pub verdicts_with_provider_keys: Vec<EffectOutput>,
    /// The verdicts that would differ with an ideal key control: an external key and no clear text
    /// needed at the provider.
    pub verdicts_with_ideal_key_control: Vec<EffectOutput>,
    /// The rules the coverage rests on.
    pub rules: Vec<RuleId>,
}

/// An access path and whether a key control keeps the provider from clear text on it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct KeyPath {
    pub path: String,
    /// Unknown when the facts that decide it are.
    pub covered: Tri,
    pub why: String,
}

/// The verdicts of one service that would change with an ideal key control in every component.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct IdealKeysEverywhere {
    /// The service's id.
    pub service: String,
    pub verdicts_with_ideal_keys: Vec<EffectOutput>,
}

/// A verdict a control changes, with the rules deciding it each way.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct EffectOutput {
    /// The information type's id.
    pub info_type: String,
    pub dimension: Dimension,
    /// The verdict with the control as it is.
    pub with_control: Verdict,
    /// The verdict without it, or with the other version.
    pub other: Verdict,
    /// The rules deciding the verdict with the control as it is.
    pub decided_by: Vec<RuleId>,
    /// The rules deciding the other verdict.
    pub other_decided_by: Vec<RuleId>,
}

pub fn coverage_output(a: &Assessment, lang: Lang) -> CoverageOutput {
    use super::coverage::{
        all_keys_ideal, conclusion, coverage, key_conclusion, key_coverage, Effect, KEY_COVERAGE_RULES,
    };
    let effects = |list: &[Effect]| -> Vec<EffectOutput> {
        list.iter()
            .map(|e| EffectOutput {
                info_type: e.info_type.clone(),
                dimension: e.dimension,
                with_control: e.with_control,
                other: e.other,
                decided_by: e.decided_by.clone(),
                other_decided_by: e.other_decided_by.clone(),
            })
            .collect()
    };
    let rules: Vec<RuleId> = KEY_COVERAGE_RULES.iter().copied().chain([RuleId::R8]).collect();
    CoverageOutput {
        about: about(lang, Some(a.legal_date),
            "Vad varje åtkomstkontroll (R8) och varje komponents nyckelkontroll (R7) skyddar mot och inte, och vilka bedömningar som skulle ändras utan kontrollen, med leverantörens nycklar eller med en idealisk version (i en komponent, och i alla komponenter i tjänsten). Jämförelserna är omvärderingar med samma regler, inte uppskattningar.",
            "What each access-approval control (R8) and each component's key control (R7) protects against and what not, and which verdicts would change without the control, with provider-managed keys or with an ideal version (in one component, and in every component of the service). The comparisons are re-evaluations under the same rules, not estimates.",
            &rules, &[EDPB_REC_01_2020, SCHREMS_II, CLOUD_ACT]),
        approval_controls: coverage(a)
            .iter()
            .map(|c| ApprovalControlCoverage {
                service: c.service.clone(),
                control: c.control.clone(),
                conclusion: conclusion(c).get(lang).to_string(),
                covered_components: c.covered_components.clone(),
                uncovered_components: c.uncovered_components.clone(),
                paths: c
                    .paths
                    .iter()
                    .map(|p| ApprovalPath {
                        path: p.path.get(lang).to_string(),
                        covered: p.covered,
                        why: p.why.get(lang).to_string(),
                    })
                    .collect(),
                info_types: c
                    .info_types
                    .iter()
                    .map(|i| InfoTypeCoverage {
                        info_type: i.info_type.clone(),
                        uncovered_components: i.uncovered_components.clone(),
                    })
                    .collect(),
                verdicts_without_control: effects(&c.without),
                verdicts_with_ideal_control: effects(&c.ideal),
                rules: vec![RuleId::R8],
            })
            .collect(),
        key_controls: key_coverage(a)
            .iter()
            .map(|k| KeyControlCoverage {
                service: k.service.clone(),
                component: k.component.clone(),
                key_control: k.key_control.label().get(lang).to_string(),
                provider_excluded: k.excludes_provider,
                conclusion: key_conclusion(k).get(lang).to_string(),
                paths: k
                    .paths
                    .iter()
                    .map(|p| KeyPath {
                        path: p.path.get(lang).to_string(),
                        covered: p.covered,
                        why: p.why.get(lang).to_string(),
                    })
                    .collect(),
                info_types: k.info_types.clone(),
                verdicts_with_provider_keys: effects(&k.provider_keys),
                verdicts_with_ideal_key_control: effects(&k.ideal),
                rules: KEY_COVERAGE_RULES.to_vec(),
            })
            .collect(),
        ideal_keys_in_every_component: all_keys_ideal(a)
            .iter()
            .map(|(service, list)| IdealKeysEverywhere { service: service.clone(), verdicts_with_ideal_keys: effects(list) })
            .collect(),
    }
}

/// `bedom coverage --text`: the coverage analysis as readable text, each control with its
/// conclusion, access paths and the verdicts it changes (and the rules deciding them), then what the
/// analysis means and the rules, sources and legal facts it rests on.
pub fn coverage_text(a: &Assessment, lang: Lang) -> String {
    use super::coverage::{all_keys_ideal, conclusion, coverage, key_conclusion, key_coverage, Effect};
    let sv = lang == Lang::Sv;
    let pick = |s: &'static str, e: &'static str| if sv { s } else { e };
    let effects = |head: &str, list: &[Effect], out: &mut String| {
        if list.is_empty() {
            return;
        }
        out.push_str(&format!("  {head}:\n"));
        for e in list {
            out.push_str(&format!(
                "    {} / {}: {} → {} ({} {}; {} {})\n",
                e.info_type,
                e.dimension.label().get(lang),
                e.with_control.label().get(lang),
                e.other.label().get(lang),
                pick("avgörs nu av", "now decided by"),
                RuleId::join(&e.decided_by, ", "),
                pick("annars av", "otherwise by"),
                RuleId::join(&e.other_decided_by, ", ")
            ));
        }
    };
    let mark = |t: crate::model::Tri| match t {
        crate::model::Tri::Yes => pick("skyddas", "protected"),
        crate::model::Tri::No => pick("skyddas inte", "not protected"),
        crate::model::Tri::Unknown => pick("okänt", "unknown"),
    };
    let mut out = format!("{}\n\n", pick("Kontrollers täckning", "Control coverage"));
    out.push_str(&format!("{}\n", pick("Åtkomstkontroller (R8)", "Access-approval controls (R8)")));
    let approvals = coverage(a);
    if approvals.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            pick("Inga åtkomstkontroller angivna.", "No access-approval controls stated.")
        ));
    }
    for c in &approvals {
        out.push_str(&format!("\n{} – {}\n  {}\n", c.service, c.control, conclusion(c).get(lang)));
        for p in &c.paths {
            let covered = mark(if p.covered { crate::model::Tri::Yes } else { crate::model::Tri::No });
            out.push_str(&format!("  [{covered}] {}: {}\n", p.path.get(lang), p.why.get(lang)));
        }
        for i in c.info_types.iter().filter(|i| !i.uncovered_components.is_empty()) {
            let label = pick("utanför kontrollen i", "outside the control in");
            out.push_str(&format!("  {}: {label} {}\n", i.info_type, i.uncovered_components.join(", ")));
        }
        effects(pick("Utan kontrollen", "Without the control"), &c.without, &mut out);
        effects(pick("Med en idealisk kontroll", "With an ideal control"), &c.ideal, &mut out);
    }
    out.push_str(&format!("\n{}\n", pick("Nyckelkontroller (R7)", "Key controls (R7)")));
    for k in key_coverage(a) {
        out.push_str(&format!("\n{} – {}\n  {}\n", k.service, k.component, key_conclusion(&k).get(lang)));
        for p in &k.paths {
            out.push_str(&format!("  [{}] {}: {}\n", mark(p.covered), p.path.get(lang), p.why.get(lang)));
        }
        effects(pick("Med leverantörens nycklar", "With provider-managed keys"), &k.provider_keys, &mut out);
        effects(pick("Med en idealisk nyckelkontroll", "With an ideal key control"), &k.ideal, &mut out);
    }
    for (service, list) in all_keys_ideal(a) {
        out.push_str(&format!(
            "\n{service} – {}\n",
            pick("idealisk nyckelkontroll i alla komponenter", "ideal key control in every component")
        ));
        if list.is_empty() {
            out.push_str(&format!(
                "  {}\n",
                pick(
                    "Ingen bedömning ändras: nycklarna avgör inte här.",
                    "No verdict changes: the keys do not decide here."
                )
            ));
        }
        effects(pick("Ändrade bedömningar", "Changed verdicts"), &list, &mut out);
    }
    out.push('\n');
    out.push_str(&about_text(&coverage_output(a, lang).about, lang));
    out
}

/// `bedom compare`: the services side by side on the same information types, with what each
/// comparison means for the necessity argument under 10 kap. 2 § OSL (R14).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CompareOutput {
    pub about: About,
    /// The legal date whose legal state applies (rättsläge per).
    pub legal_state: Date,
    /// The interpretation profile evaluated under.
    pub profile: ProfileId,
    /// Every information type with every service's verdicts on it.
    pub information_types: Vec<ComparedInfoType>,
}

/// One information type across the services.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ComparedInfoType {
    /// The information type's id.
    pub info_type: String,
    /// The information type's name.
    pub name: String,
    /// Every service holding it.
    pub services: Vec<ComparedService>,
}

/// One service's verdicts on the information type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ComparedService {
    /// The service's id.
    pub service: String,
    /// The service's name.
    pub name: String,
    /// The worst verdict of the dimensions.
    pub overall: Verdict,
    pub dimensions: Dimensions<Verdict>,
    /// R14's reasoning on whether the alternatives also disclose or are less secure.
    pub necessity_argument: Vec<String>,
}

pub fn compare_output(a: &Assessment, lang: Lang) -> CompareOutput {
    let ev = evaluate(a);
    let compared = |info: &crate::model::InformationType| ComparedInfoType {
        info_type: info.id.clone(),
        name: info.name.clone(),
        services: a
            .services
            .iter()
            .filter_map(|s| {
                let c = ev.cell(&s.id, &info.id)?;
                Some(ComparedService {
                    service: s.id.clone(),
                    name: s.name.clone(),
                    overall: c.overall,
                    dimensions: Dimensions::of(c, |d| d.verdict),
                    necessity_argument: c
                        .dimension(Dimension::Secrecy)
                        .findings
                        .iter()
                        .filter(|f| f.rule == RuleId::R14)
                        .map(|f| f.reasoning.get(lang).to_string())
                        .collect(),
                })
            })
            .collect(),
    };
    CompareOutput {
        about: about(lang, Some(a.legal_date),
            "Tjänsterna sida vid sida på samma informationstyper. Nödvändighetsargumentet (R14) säger om ett alternativ också lämnar ut uppgifter till externa parter eller är mindre säkert – det avgör om ett utlämnande är nödvändigt enligt 10 kap. 2 § OSL.",
            "The services side by side on the same information types. The necessity argument (R14) says whether an alternative also discloses to external parties or is less secure – which decides whether a disclosure is necessary under OSL ch. 10 s. 2.",
            &[RuleId::R2, RuleId::R14], &[OSL_10_2A, TYSTNADSPLIKT_UTKONTRAKTERING]),
        legal_state: a.legal_date,
        profile: a.profile,
        information_types: a.information_types.iter().map(compared).collect(),
    }
}

/// The analyses whose outputs `bedom schema NAME` documents, by subcommand name (native only).
#[cfg(not(target_arch = "wasm32"))]
pub const SCHEMAS: [&str; 7] = ["diff", "improve", "watch", "probability", "coverage", "compare", "questions"];

/// The JSON Schema (draft 2020-12) of the output of the analysis subcommand `name` (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn schema(name: &str) -> Option<Value> {
    use crate::rules::output::schema;
    Some(match name {
        "diff" => schema::<DiffOutput>(
            "diff",
            "Molnbedömning, utdata från bedom diff: fakta och bedömningar som skiljer två bedömningar, och varför.",
        ),
        "improve" => schema::<ImproveOutput>(
            "improve",
            "Molnbedömning, utdata från bedom improve: vad krävs för grönt, de minsta uppsättningarna krav per cell som inte är tillåten.",
        ),
        "watch" => schema::<WatchOutput>(
            "watch",
            "Molnbedömning, utdata från bedom watch: vilka bedömningar som ändras om ett rättsligt antagande ändras.",
        ),
        "probability" => schema::<ProbabilityOutput>(
            "probability",
            "Molnbedömning, utdata från bedom probability: uppskattad sannolikhet för utländsk myndighetsåtkomst (R13), med förbehåll.",
        ),
        "coverage" => schema::<CoverageOutput>(
            "coverage",
            "Molnbedömning, utdata från bedom coverage: vad åtkomstkontroller (R8) och nyckelkontroller (R7) täcker och vilka bedömningar de ändrar.",
        ),
        "compare" => schema::<CompareOutput>(
            "compare",
            "Molnbedömning, utdata från bedom compare: tjänsterna sida vid sida och nödvändighetsargumentet (R14).",
        ),
        "questions" => schema::<super::questionnaire::Questionnaire>(
            "questions-1",
            "Molnbedömning, utdata från bedom questions, format 1: leverantörsformuläret, som leverantören besvarar i samma fil (bedom answers läser in det).",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;

    /// The copyable procurement text carries every requirement of every alternative, numbered, with
    /// the verdict it leads to.
    #[test]
    fn improvements_text_lists_each_alternative_with_its_requirements_and_result() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        a.information_types[0].metadata_secret = crate::model::Tri::No;
        let found = improve(&a, 0, 0);
        assert!(!found.is_empty());
        let text = improvements_text(&found, Lang::Sv);
        for (n, imp) in found.iter().enumerate() {
            assert!(text.contains(&format!("Alternativ {}:", n + 1)), "{text}");
            for r in &imp.requirements {
                assert!(text.contains(&format!("- {}", r.text.sv)), "{text}");
            }
        }
        assert!(text.contains(&format!("Ger: {}", found[0].verdict.label().sv)), "{text}");
        assert!(improvements_text(&found, Lang::En).starts_with("Alternative 1:"));
    }

    #[test]
    fn every_analysis_says_what_it_means_in_both_languages_and_on_which_rules_and_sources() {
        let a = preset("o365-2018-lockbox").unwrap().assessment();
        let d = crate::analysis::diff::diff(&a, &preset("o365-2018").unwrap().assessment());
        for lang in [Lang::Sv, Lang::En] {
            let outputs = [
                ("diff", diff_output(&d, lang).about),
                ("improve", improve_output(&a, lang).about),
                ("watch", watch_output(&a, lang).about),
                ("probability", probability_output(&a, lang).about),
                ("coverage", coverage_output(&a, lang).about),
                ("compare", compare_output(&a, lang).about),
            ];
            for (name, about) in outputs {
                assert!(about.explanation.len() > 80, "{name}: förklaring saknas");
                let swedish = about.explanation.contains(['å', 'ä', 'ö']);
                assert_eq!(swedish, lang == Lang::Sv, "{name}: fel språk");
                if name != "diff" {
                    assert!(!about.rules.is_empty(), "{name}: regler saknas");
                }
                for (id, r) in &about.rules {
                    assert!(!r.sources.is_empty() || !r.sources_later.is_empty(), "{name}: {id} saknar källor");
                }
            }
        }
        // The DPF is cited only where it exists at the legal date.
        let cites_dpf =
            |a: &Assessment| watch_output(a, Lang::Sv).legal_sources.iter().any(|s| s.contains("2023/1795"));
        assert!(!cites_dpf(&a));
        let mut today = a.clone();
        today.legal_date = crate::rules::legal_state::RATTSLAGE_PER;
        assert!(cites_dpf(&today));
        let dpf = &watch_output(&a, Lang::En).about.legal_facts[0];
        assert_eq!(
            (dpf.source.as_str(), dpf.from),
            ("Genomförandebeslut (EU) 2023/1795 (EU–US Data Privacy Framework)", Date::ymd(2023, 7, 10))
        );
    }

    #[test]
    fn coverage_text_gives_each_control_its_paths_the_changed_verdicts_with_rules_and_the_sources() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        a.information_types[0].metadata_secret = crate::model::Tri::No;
        let text = coverage_text(&a, Lang::Sv);
        assert!(text.contains("[skyddas inte] Rättsligt tvång (utländsk lag, t.ex. CLOUD Act)"));
        assert!(
            text.contains(
                "klass2 / Sekretess (OSL): Inte tillåtet → Tillåtet med villkor (avgörs nu av R2; annars av R2)"
            ),
            "{text}"
        );
        // A 2018 assessment cites Göteborg's 2018 document for R7, not EDPB 2021 (written later).
        assert!(text.contains("R7 Nyckelkontroll: Intraservice, Göteborgs Stad"), "{text}");
        let r7 = text.lines().find(|l| l.contains("R7 Nyckelkontroll:")).unwrap();
        assert!(!r7.contains("EDPB"), "{r7}");
        assert!(text.contains("18 U.S.C. § 2713 (CLOUD Act); gäller från 2018-03-23"));
        let en = coverage_text(&a, Lang::En);
        assert!(en.contains("ideal key control in every component") && !en.contains("skyddas"));
        let output = coverage_output(&a, Lang::En);
        assert_eq!(output.ideal_keys_in_every_component[0].verdicts_with_ideal_keys[0].decided_by[0], RuleId::R2);
    }

    #[test]
    fn compare_puts_the_alternative_beside_and_states_the_necessity_argument() {
        let a = preset("danderyd-2019").unwrap().assessment();
        let output = compare_output(&a, Lang::Sv);
        let services = &output.information_types[0].services;
        assert_eq!(services.len(), 2);
        let argument = &services[0].necessity_argument[0];
        assert!(argument.contains("Egen Exchange-server") && argument.contains("externa parter"), "{argument}");
    }

    #[test]
    fn probability_output_is_marked_an_estimate_with_its_caveats() {
        let a = preset("danderyd-2019").unwrap().assessment();
        let output = probability_output(&a, Lang::Sv);
        assert!(output.estimate);
        assert!(output.caveats.contains("FISA"));
        assert_eq!(output.cells[0].basis, Basis::Judgment);
        assert_eq!(serde_json::to_value(&output).unwrap()["cells"][0]["basis"], "own_judgment");
    }
}
