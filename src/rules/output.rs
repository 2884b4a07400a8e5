//! The evaluation JSON the CLI prints (issue contract):
//! `{"format":1,"legal_state","profile","results":[{"service","info_type","overall",
//!   "dimensions":{"secrecy":D,…},"measures":[{"rule","key","text","policy"}],
//!   "questions":[{"rule","key","to","text","decisive"}],
//!   "decisive_unknowns":[paths],"best_case":verdict|null,"decisive_note":text|null}],…}`
//! with `D = {"verdict","rules":[ids],"reasoning",…}`. Texts in the chosen language. Citations
//! (`sources`) are those that existed at the legal date; `source_ids` name them in the source
//! registry and `sources_later` lists documents written after the date.
//!
//! The shape is typed ([`EvaluationOutput`], [`BriefOutput`]): the JSON is serialised from these
//! structs and, natively, their JSON Schema is generated from the same structs (`bedom schema
//! evaluation`, `bedom schema evaluation-brief`), so the schema cannot drift from what is printed.
//! The JSON goes through [`serde_json::Value`], whose objects keep their keys sorted: that is the
//! order the CLI prints, whatever the order of the fields here.

use super::sources::at_date;
use super::{rule, Dimension, Evaluation, Finding, RuleId, Verdict};
use super::{Addressee, CellResult, DimensionResult};
use crate::model::{Date, Lang, ProfileId, FORMAT_VERSION};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// `bedom evaluate`: the verdicts of every service × information type with their reasoning,
/// measures, questions and the rules cited.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct EvaluationOutput {
    /// Format version; always 1.
    pub format: u32,
    /// The legal date whose legal state the evaluation applies (rättsläge per).
    pub legal_state: Date,
    /// The interpretation profile evaluated under.
    pub profile: ProfileId,
    /// The language of every text in the output.
    pub lang: Lang,
    /// One result per service × information type, services first.
    pub results: Vec<CellOutput>,
    /// Notes on the legal state at the legal date.
    pub notes: Vec<String>,
    /// Every rule with a finding in the results, by id.
    pub rules: BTreeMap<RuleId, RuleOutput>,
}

/// One service × information type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct CellOutput {
    /// The service's id in the assessment.
    pub service: String,
    /// The information type's id in the assessment.
    pub info_type: String,
    /// The worst verdict of the dimensions.
    pub overall: Verdict,
    /// The verdict of each dimension and the findings behind it.
    pub dimensions: Dimensions<DimensionOutput>,
    /// What the body must do, each once, under its stable key.
    pub measures: Vec<MeasureOutput>,
    /// What the body must find out, each once, under its stable key.
    pub questions: Vec<QuestionOutput>,
    /// Where the verdict is "needs information": the unknown facts that decide it (paths such as
    /// `services[0].contract.scc`).
    pub decisive_unknowns: Vec<String>,
    /// The verdict at best once the decisive unknowns are answered; null if none decide.
    pub best_case: Option<Verdict>,
    /// The decisive unknowns and the best case in words; null if none decide.
    pub decisive_note: Option<String>,
}

/// The five dimensions of every cell, each always present.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Dimensions<D> {
    /// Secrecy (OSL).
    pub secrecy: D,
    /// Third-country transfer (GDPR chapter V).
    pub transfer: D,
    /// GDPR processor.
    pub processor: D,
    /// Protective security (säkerhetsskydd).
    pub protective_security: D,
    /// Information security.
    pub infosec: D,
}

impl<D> Dimensions<D> {
    /// Each dimension's value from the cell's result for it.
    pub(crate) fn of(cell: &CellResult, mut f: impl FnMut(&DimensionResult) -> D) -> Dimensions<D> {
        let mut get = |d: Dimension| f(cell.dimension(d));
        Dimensions {
            secrecy: get(Dimension::Secrecy),
            transfer: get(Dimension::Transfer),
            processor: get(Dimension::Processor),
            protective_security: get(Dimension::ProtectiveSecurity),
            infosec: get(Dimension::Infosec),
        }
    }
}

/// The verdict on one dimension of a cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct DimensionOutput {
    pub verdict: Verdict,
    /// The rules that decided the verdict, in rule order.
    pub rules: Vec<RuleId>,
    /// The deciding findings' reasoning, joined.
    pub reasoning: String,
    /// A deciding finding is the tool's own policy, not law.
    pub policy: bool,
    /// The verdict rests on the tool's policy alone.
    pub decided_by_policy: bool,
    /// Every finding on the dimension, deciding or not, in rule order.
    pub findings: Vec<FindingOutput>,
}

/// One rule's finding on a dimension.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct FindingOutput {
    pub rule: RuleId,
    /// Null: considered and explained, but it does not decide the dimension.
    pub verdict: Option<Verdict>,
    /// The reasoning.
    pub text: String,
    /// Citations specific to this reasoning that existed at the legal date.
    pub sources: Vec<String>,
    /// Those citations' ids in the source registry.
    pub source_ids: Vec<String>,
    /// Documents cited here but written after the legal date.
    pub sources_later: Vec<String>,
    /// Decided by the tool's own editable policy, not by law.
    pub policy: bool,
}

/// A measure the body must take.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct MeasureOutput {
    /// The rule proposing it.
    pub rule: RuleId,
    /// Stable key `<rule>.<slug>`, whatever the wording.
    pub key: String,
    pub text: String,
    /// The proposing rule is wholly the tool's policy rather than law.
    pub policy: bool,
}

/// A question the body must answer, or put to the supplier.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct QuestionOutput {
    /// The rule raising it.
    pub rule: RuleId,
    /// Stable key `<rule>.<slug>` or `<rule>.<slug>/<subject>`, whatever the wording.
    pub key: String,
    /// Who it is for.
    pub to: Addressee,
    pub text: String,
    /// Its answer could change the verdict.
    pub decisive: bool,
}

/// A cited rule: its title and its sources at the legal date.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct RuleOutput {
    pub title: String,
    /// The rule's sources that existed at the legal date.
    pub sources: Vec<String>,
    /// Those sources' ids in the source registry.
    pub source_ids: Vec<String>,
    /// The rule's sources written after the legal date.
    pub sources_later: Vec<String>,
}

/// `bedom evaluate --brief`, for bulk scripting over a portfolio: per cell the verdicts, the
/// deciding rules, whether the tool's policy decided, the deciding unknowns, the best case and the
/// keys of the measures and questions; no texts. The keys are listed once, in `measure_keys` and
/// `question_keys`, and a cell names them by their place there: a service's keys recur in every one
/// of its cells, and spelled out in each they made up most of the output (1.7–1.9 KB a cell
/// against issue 15's 1 KB).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct BriefOutput {
    /// Format version of the brief output; always 2 (format 1 spelled each key out in every cell).
    pub format: u32,
    /// The legal date whose legal state the evaluation applies (rättsläge per).
    pub legal_state: Date,
    /// The interpretation profile evaluated under.
    pub profile: ProfileId,
    /// Every measure's stable key (`R22.beslut`, `R7.nycklar/mail` …), once, in the order first met.
    pub measure_keys: Vec<String>,
    /// Every question's stable key, once, in the order first met.
    pub question_keys: Vec<String>,
    /// One result per service × information type, services first.
    pub results: Vec<BriefCellOutput>,
}

/// The brief output's format: 2 since the keys are listed once (`BriefOutput`).
pub const BRIEF_FORMAT: u32 = 2;

/// One service × information type, without texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct BriefCellOutput {
    /// The service's id in the assessment.
    pub service: String,
    /// The information type's id in the assessment.
    pub info_type: String,
    /// The worst verdict of the dimensions.
    pub overall: Verdict,
    /// The verdict of each dimension.
    pub dimensions: Dimensions<BriefDimensionOutput>,
    /// Where the verdict is "needs information": the unknown facts that decide it.
    pub decisive_unknowns: Vec<String>,
    /// The verdict at best once the decisive unknowns are answered; null if none decide.
    pub best_case: Option<Verdict>,
    /// The cell's measures, once each, in rule order: their places in `measure_keys` (0 is the
    /// first); empty unless the evaluation kept the keys (`bedom evaluate --brief` does).
    pub measures: Vec<usize>,
    /// The cell's questions, once each, in rule order: their places in `question_keys`.
    pub questions: Vec<usize>,
}

/// The verdict on one dimension of a cell, without texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct BriefDimensionOutput {
    pub verdict: Verdict,
    /// The rules that decided the verdict, in rule order.
    pub rules: Vec<RuleId>,
    /// The verdict rests on the tool's policy alone.
    pub decided_by_policy: bool,
}

/// The `--brief` output, typed.
pub fn brief_output(ev: &Evaluation) -> BriefOutput {
    let (mut measure_keys, mut question_keys) = (KeyTable::default(), KeyTable::default());
    let results = ev
        .results
        .iter()
        .map(|cell| {
            let findings = || cell.dimensions.iter().flat_map(|d| &d.findings);
            BriefCellOutput {
                service: cell.service.clone(),
                info_type: cell.info_type.clone(),
                overall: cell.overall,
                dimensions: Dimensions::of(cell, |d| BriefDimensionOutput {
                    verdict: d.verdict,
                    rules: d.deciding_rules(),
                    decided_by_policy: d.decided_by_policy(),
                }),
                decisive_unknowns: cell.decisive_unknowns.clone(),
                best_case: cell.best_case,
                measures: measure_keys.places(findings().flat_map(|f| &f.measures).map(|m| &m.key)),
                questions: question_keys.places(findings().flat_map(|f| &f.questions).map(|q| &q.key)),
            }
        })
        .collect();
    BriefOutput {
        format: BRIEF_FORMAT,
        legal_state: ev.legal_state,
        profile: ev.profile,
        measure_keys: measure_keys.keys,
        question_keys: question_keys.keys,
        results,
    }
}

/// Keys listed once, each found again by its place.
#[derive(Default)]
struct KeyTable {
    keys: Vec<String>,
    place: std::collections::HashMap<String, usize>,
}

impl KeyTable {
    /// The places of `keys` in the table (new keys added at its end), once each, in order.
    fn places<'a>(&mut self, keys: impl Iterator<Item = &'a String>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for k in keys {
            let place = match self.place.get(k) {
                Some(&p) => p,
                None => {
                    self.keys.push(k.clone());
                    self.place.insert(k.clone(), self.keys.len() - 1);
                    self.keys.len() - 1
                }
            };
            if !out.contains(&place) {
                out.push(place);
            }
        }
        out
    }
}

/// `bedom evaluate --brief` as JSON:
/// `{"format":2,"legal_state","profile","measure_keys":[keys],"question_keys":[keys],
///   "results":[{"service","info_type","overall",
///   "dimensions":{"secrecy":{"verdict","rules","decided_by_policy"},…},"decisive_unknowns","best_case",
///   "measures":[places in measure_keys],"questions":[places in question_keys]}]}`.
pub fn brief_json(ev: &Evaluation) -> Value {
    to_value(&brief_output(ev))
}

/// The evaluation output, typed: the texts in `lang`, the rules cited with their sources at the
/// legal date.
pub fn evaluation_output(ev: &Evaluation, lang: Lang) -> EvaluationOutput {
    let mut cited: Vec<RuleId> = Vec::new();
    let results = ev
        .results
        .iter()
        .map(|cell| {
            for f in cell.dimensions.iter().flat_map(|d| &d.findings) {
                if !cited.contains(&f.rule) {
                    cited.push(f.rule);
                }
            }
            CellOutput {
                service: cell.service.clone(),
                info_type: cell.info_type.clone(),
                overall: cell.overall,
                dimensions: Dimensions::of(cell, |d| {
                    let reasoning: Vec<&str> = d
                        .findings
                        .iter()
                        .filter(|f| f.verdict == Some(d.verdict))
                        .map(|f| f.reasoning.get(lang))
                        .collect();
                    DimensionOutput {
                        verdict: d.verdict,
                        rules: d.deciding_rules(),
                        reasoning: reasoning.join(" "),
                        policy: d.findings.iter().any(|f| f.policy && f.verdict == Some(d.verdict)),
                        decided_by_policy: d.decided_by_policy(),
                        findings: d.findings.iter().map(|f| finding_output(f, lang, ev.legal_state)).collect(),
                    }
                }),
                measures: cell
                    .measures()
                    .iter()
                    .map(|(r, t, policy)| MeasureOutput {
                        rule: *r,
                        key: t.key.clone(),
                        text: t.text.get(lang).to_string(),
                        policy: *policy,
                    })
                    .collect(),
                questions: cell
                    .questions()
                    .iter()
                    .map(|(r, q)| QuestionOutput {
                        rule: *r,
                        key: q.key.clone(),
                        to: q.to,
                        text: q.text.get(lang).to_string(),
                        decisive: q.decisive,
                    })
                    .collect(),
                decisive_unknowns: cell.decisive_unknowns.clone(),
                best_case: cell.best_case,
                decisive_note: cell.decisive_note.as_ref().map(|t| t.get(lang).to_string()),
            }
        })
        .collect();
    let rules = cited
        .iter()
        .filter_map(|&id| rule(id))
        .map(|r| {
            let title = if lang == Lang::Sv { r.title_sv } else { r.title_en };
            let c = at_date(r.sources, ev.legal_state);
            let output = RuleOutput {
                title: title.to_string(),
                sources: c.shown,
                source_ids: c.ids.iter().map(|id| id.to_string()).collect(),
                sources_later: c.later,
            };
            (r.id, output)
        })
        .collect();
    EvaluationOutput {
        format: FORMAT_VERSION,
        legal_state: ev.legal_state,
        profile: ev.profile,
        lang,
        results,
        notes: ev.notes.iter().map(|n| n.get(lang).to_string()).collect(),
        rules,
    }
}

/// `bedom evaluate` as JSON.
pub fn evaluation_json(ev: &Evaluation, lang: Lang) -> Value {
    to_value(&evaluation_output(ev, lang))
}

/// A finding's own citations, as the rule's: only what existed at the legal date, later ones apart.
fn finding_output(f: &Finding, lang: Lang, date: Date) -> FindingOutput {
    let c = at_date(&f.sources, date);
    FindingOutput {
        rule: f.rule,
        verdict: f.verdict,
        text: f.reasoning.get(lang).to_string(),
        sources: c.shown,
        source_ids: c.ids.iter().map(|id| id.to_string()).collect(),
        sources_later: c.later,
        policy: f.policy,
    }
}

/// Plain data with string keys throughout: serialising it cannot fail.
fn to_value(output: &impl Serialize) -> Value {
    serde_json::to_value(output).expect("the evaluation output serialises to JSON")
}

/// The JSON Schema (draft 2020-12) of `bedom evaluate`'s output, format 1 (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn evaluation_schema() -> Value {
    schema::<EvaluationOutput>(
        "evaluation-1",
        "Molnbedömning, utdata från bedom evaluate, format 1: bedömningen av varje tjänst × informationstyp med motivering, åtgärder, frågor och de regler som citeras.",
    )
}

/// The JSON Schema (draft 2020-12) of `bedom evaluate --brief`'s output, format 2 (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn brief_schema() -> Value {
    schema::<BriefOutput>(
        "evaluation-brief-2",
        "Molnbedömning, utdata från bedom evaluate --brief, format 2: bedömningar, avgörande regler, policyflagga, avgörande okända uppgifter och nycklarna för åtgärder och frågor (listade en gång i measure_keys och question_keys, i varje ruta som platser i listorna), utan texter.",
    )
}

/// The JSON Schema (draft 2020-12) of an output type, as `bedom schema` prints it: `$id` from `name`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn schema<T: JsonSchema>(name: &str, description: &str) -> Value {
    // What is printed, not what is read: an `Option` field is always there, null or not.
    let generator = schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    schema.insert("$id".into(), format!("https://molnbedomning.example/schema/{name}.json").into());
    schema.insert("description".into(), description.into());
    schema.to_value()
}
