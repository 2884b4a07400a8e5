//! Unknowns that decide, and unknowns that cannot (DOMAIN.md §5). A careful lawyer says "needs
//! information" only where an answer could change the conclusion. Every unknown fact about the
//! world (the fact registry, `model::facts`) is answered once in the most and once in the least
//! favourable way; the body's own unknown tasks (DPA, TIA, configuration …) are taken as done in
//! both and become conditions to fulfil (pitfall 3). The evaluator is monotone in the registry's
//! orders (checked by `tests/properties.rs`), so the two completions bound every other answer:
//! - best case not allowed → **not allowed**, whatever the answers;
//! - worst case allowed with conditions or better → that verdict (at least with conditions), the
//!   unknowns becoming conditions to verify;
//! - otherwise **needs information**, naming the unknowns that decide it and the best case.
//!
//! Only the cell's own service and information type are completed: other services stay as entered.

use super::legal_state::Assumptions;
use super::rule_id::RuleId;
use super::verdict::{Dimension, Finding, Verdict};
use super::{evaluate_cell, evaluate_dimensions, Cell, CellResult};
use crate::model::facts::{visit, Fact, FactRole, FACTS};
use crate::model::{Assessment, InformationType, Service, Text};
use crate::text;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

/// One unknown fact, concretely (`services[0].parties[1].dpf_certified`), with the answers the
/// completions give it.
#[derive(Clone, Debug)]
pub struct Unknown {
    pub path: String,
    pub fact: &'static Fact,
    best: Value,
    worst: Value,
}

/// A service's or information type's most and least favourable completion and its unknowns.
pub struct Completion<T> {
    best: T,
    worst: T,
    pub unknowns: Vec<Unknown>,
}

impl<T: Serialize + DeserializeOwned + Clone> Completion<T> {
    /// `head` is `services` or `information_types`, `index` the item's place in its list.
    pub fn of(item: &T, head: &str, index: usize) -> Completion<T> {
        let json = serde_json::to_value(item).unwrap_or(Value::Null);
        let (mut best, mut worst) = (json.clone(), json);
        // Every unknown answer of a registered fact, answered in both completions in one walk.
        let mut found: Vec<(usize, String)> = Vec::new();
        let mut walk = Walk { at: facts_at(head), abstract_path: String::new(), path: format!("{head}[{index}]") };
        walk.visit(&mut best, &mut worst, &mut found);
        if found.is_empty() {
            return Completion { best: item.clone(), worst: item.clone(), unknowns: Vec::new() };
        }
        // In the registry's order, and within a fact in the item's (a stable sort keeps it).
        found.sort_by_key(|(fact, _)| *fact);
        let unknowns = found
            .into_iter()
            .map(|(k, path)| {
                let (fact, good, bad) = &answers()[k];
                Unknown { path, fact, best: good.clone(), worst: bad.clone() }
            })
            .collect();
        // The completions hold only values the format accepts; should one not parse, the item
        // itself is used and the bound is no tighter than the rules' own answer.
        let back = |v: Value| crate::model::reread(v).unwrap_or_else(|| item.clone());
        Completion { best: back(best), worst: back(worst), unknowns }
    }

    /// The best completion with the unknowns `flip` answered at their worst (or the reverse).
    fn flipped(&self, item: &T, head: &str, index: usize, flip: &[&Unknown], from_best: bool) -> T {
        let mut one = serde_json::to_value(if from_best { &self.best } else { &self.worst }).unwrap_or(Value::Null);
        for u in flip.iter().filter(|u| u.path.starts_with(head)) {
            let answer = if from_best { &u.worst } else { &u.best };
            visit(&mut one, u.fact.relative().1, &format!("{head}[{index}]"), &mut |v, p| {
                if p == u.path {
                    *v = answer.clone();
                }
            });
        }
        crate::model::reread(one).unwrap_or_else(|| item.clone())
    }
}

/// Every fact with a favourable order, with the answer the best completion gives it and the one the
/// worst gives it (the body's own tasks are taken as done in both), read from the registry once.
fn answers() -> &'static [(&'static Fact, Value, Value)] {
    static ANSWERS: OnceLock<Vec<(&'static Fact, Value, Value)>> = OnceLock::new();
    ANSWERS.get_or_init(|| {
        FACTS
            .iter()
            .filter_map(|fact| {
                let order = fact.favourable?;
                let pick = |i: usize| serde_json::from_str::<Value>(order[i]).unwrap_or(Value::Null);
                let good = pick(0);
                let bad = if fact.role == FactRole::Task { good.clone() } else { pick(order.len() - 1) };
                Some((fact, good, bad))
            })
            .collect()
    })
}

/// The registered facts of a service (`head` `services`) or an information type, by their path
/// inside it (`parties[].access`), each with its place in [`answers`].
fn facts_at(head: &str) -> &'static HashMap<&'static str, usize> {
    static SERVICES: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    static INFORMATION_TYPES: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let of = |head: &str| {
        let mut at = HashMap::new();
        for (k, (fact, _, _)) in answers().iter().enumerate().filter(|(_, (f, _, _))| f.relative().0 == head) {
            // Should two facts share a path, the first answers it.
            at.entry(fact.relative().1).or_insert(k);
        }
        at
    };
    match head {
        "services" => SERVICES.get_or_init(|| of("services")),
        _ => INFORMATION_TYPES.get_or_init(|| of("information_types")),
    }
}

/// One walk of an item's best and worst completions (two copies of its JSON) that answers every
/// unknown of a registered fact in both, keeping two paths as it goes: the one the registry names
/// (`parties[].access`) and the concrete one (`services[0].parties[1].access`). It replaced a walk
/// per registered fact, a tenth of the bounded evaluation's cost (issue 15).
struct Walk {
    at: &'static HashMap<&'static str, usize>,
    abstract_path: String,
    path: String,
}

impl Walk {
    fn visit(&mut self, best: &mut Value, worst: &mut Value, found: &mut Vec<(usize, String)>) {
        match (best, worst) {
            (Value::Object(best), Value::Object(worst)) => {
                for ((name, best), worst) in best.iter_mut().zip(worst.values_mut()) {
                    let marks = (self.abstract_path.len(), self.path.len());
                    if !self.abstract_path.is_empty() {
                        self.abstract_path.push('.');
                    }
                    self.abstract_path.push_str(name);
                    self.path.push('.');
                    self.path.push_str(name);
                    if let (Value::Array(best), Value::Array(worst)) = (&mut *best, &mut *worst) {
                        self.abstract_path.push_str("[]");
                        for (i, (best, worst)) in best.iter_mut().zip(worst.iter_mut()).enumerate() {
                            let inner = self.path.len();
                            let _ = write!(self.path, "[{i}]");
                            self.visit(best, worst, found);
                            self.path.truncate(inner);
                        }
                    } else {
                        self.visit(best, worst, found);
                    }
                    self.abstract_path.truncate(marks.0);
                    self.path.truncate(marks.1);
                }
            }
            (best @ Value::String(_), worst) if *best == "unknown" => {
                if let Some(&k) = self.at.get(self.abstract_path.as_str()) {
                    let (_, good, bad) = &answers()[k];
                    *best = good.clone();
                    *worst = bad.clone();
                    found.push((k, self.path.clone()));
                }
            }
            _ => {}
        }
    }
}

/// The completions of every service and information type of an assessment, each made once and
/// only when a cell of it needs bounding.
pub struct Completed<'a> {
    a: &'a Assessment,
    services: Vec<OnceCell<Completion<Service>>>,
    infos: Vec<OnceCell<Completion<InformationType>>>,
}

impl<'a> Completed<'a> {
    pub fn of(a: &'a Assessment) -> Completed<'a> {
        Completed {
            a,
            services: a.services.iter().map(|_| OnceCell::new()).collect(),
            infos: a.information_types.iter().map(|_| OnceCell::new()).collect(),
        }
    }
}

/// The completions, and what the cells of each service share (`Cell::sharing`): the service as the
/// assessment has it, its best and its worst completion are each one service for all its cells.
pub struct Completions<'a> {
    completed: &'a Completed<'a>,
    /// Per service: as it is, best, worst.
    shared: Vec<[super::context::Shared<'a>; 3]>,
}

impl<'a> Completions<'a> {
    /// What the cells read of `completed`, each completion made when a cell first needs it. (Two
    /// values, not one: what the cells of a completed service share refers into its completion.)
    pub fn of(completed: &'a Completed<'a>) -> Completions<'a> {
        Completions { completed, shared: completed.a.services.iter().map(|_| Default::default()).collect() }
    }
    fn service(&self, s: usize) -> &'a Completion<Service> {
        let c = self.completed;
        c.services[s].get_or_init(|| Completion::of(&c.a.services[s], "services", s))
    }
    fn info(&self, i: usize) -> &'a Completion<InformationType> {
        let c = self.completed;
        c.infos[i].get_or_init(|| Completion::of(&c.a.information_types[i], "information_types", i))
    }
}

/// The cell `s` × `i` with its unknowns bounded: the verdicts only, without naming the deciding
/// unknowns (which costs an evaluation per unknown), for analyses that try many variants.
pub fn evaluate_bounded(a: &Assessment, s: usize, i: usize, assumptions: &Assumptions) -> CellResult {
    let completed = Completed::of(a);
    bound(a, s, i, assumptions, &Completions::of(&completed), false)
}

/// `explain`: also name the unknowns that decide a "needs information" verdict.
pub(super) fn bound<'a>(
    a: &'a Assessment,
    s: usize,
    i: usize,
    assumptions: &'a Assumptions,
    all: &'a Completions<'a>,
    explain: bool,
) -> CellResult {
    let (service, info) = (&a.services[s], &a.information_types[i]);
    let [as_is, best_shared, worst_shared] = &all.shared[s];
    let mut cell = evaluate_cell(&Cell::new(a, service, info).with_assumptions(assumptions).sharing(as_is));
    if cell.overall < Verdict::NeedsInformation
        && !cell.dimensions.iter().any(|d| d.verdict == Verdict::NeedsInformation)
    {
        return cell;
    }
    let (cs, ci) = (all.service(s), all.info(i));
    let unknowns: Vec<&Unknown> = cs.unknowns.iter().chain(&ci.unknowns).collect();
    if unknowns.is_empty() {
        return cell;
    }
    // The completions are evaluated only in the dimensions that need information: the others are
    // settled already, and their rules need not run again (issue 15: the bounded evaluation's cost).
    let kinds: Vec<Dimension> = cell.dimensions.iter().map(|d| d.dimension).collect();
    let pending: Vec<Dimension> =
        cell.dimensions.iter().filter(|d| d.verdict == Verdict::NeedsInformation).map(|d| d.dimension).collect();
    let run = |svc: &Service, inf: &InformationType| {
        evaluate_dimensions(&Cell::new(a, svc, inf).with_assumptions(assumptions), &pending)
    };
    let best = evaluate_dimensions(
        &Cell::new(a, &cs.best, &ci.best).with_assumptions(assumptions).sharing(best_shared),
        &pending,
    );
    // The worst completion matters only where the best is allowed (with conditions at most): a best
    // case of "not allowed" or "needs information" decides without it.
    let lifted: Vec<Dimension> =
        pending.iter().copied().filter(|&d| best.dimension(d).verdict <= Verdict::AllowedWithConditions).collect();
    let worst = (!lifted.is_empty()).then(|| {
        evaluate_dimensions(
            &Cell::new(a, &cs.worst, &ci.worst).with_assumptions(assumptions).sharing(worst_shared),
            &lifted,
        )
    });
    let world: Vec<&Unknown> = unknowns.iter().copied().filter(|u| u.fact.role == FactRole::World).collect();
    let tasks: Vec<&Unknown> = unknowns.iter().copied().filter(|u| u.fact.role == FactRole::Task).collect();
    let mut open = Vec::new();
    for (k, d) in std::rc::Rc::make_mut(&mut cell.dimensions).iter_mut().enumerate() {
        if d.verdict != Verdict::NeedsInformation {
            continue;
        }
        // The unknowns this dimension's rules read (the registry names the rules of each fact).
        // They are listed only in texts and in the conditions' measures: without either
        // (`model::without_texts`) they are not looked for (the search is a tenth of the cost).
        let read = |u: &&Unknown| d.findings.iter().any(|f| u.fact.rules.contains(&f.rule));
        let (world, tasks): (Vec<&Unknown>, Vec<&Unknown>) = if crate::model::keys_wanted() {
            (world.iter().copied().filter(read).collect(), tasks.iter().copied().filter(read).collect())
        } else {
            (Vec::new(), Vec::new())
        };
        let vb = best.dimension(kinds[k]).verdict;
        let vw = worst.as_ref().filter(|_| lifted.contains(&kinds[k])).map(|w| w.dimension(kinds[k]).verdict);
        if vb == Verdict::NotAllowed {
            let deciding = best.dimension(kinds[k]);
            let rule = deciding.deciding_rules().first().copied().unwrap_or(RuleId::R0);
            let (why, list) = (reasoning_of(deciding), describe_all(a, &world));
            let (why_sv, why_en, list_sv, list_en) = (&why.sv, &why.en, &list.sv, &list.en);
            let mut f = Finding::new(
                rule,
                d.dimension,
                Some(Verdict::NotAllowed),
                text!(
                    "Oavsett svaren på de okända uppgifterna ({list_sv}) blir bedömningen Inte tillåtet: även med de mest gynnsamma svaren avgör {rule} så här: {why_sv}",
                    "Whatever the answers to the unknown facts ({list_en}), the verdict is Not allowed: even with the most favourable answers {rule} decides so: {why_en}"
                ),
            );
            f.policy = deciding.findings.iter().any(|x| x.policy && x.verdict == Some(Verdict::NotAllowed));
            d.findings.push(f);
            d.verdict = Verdict::NotAllowed;
        } else if let Some(vw) = vw.filter(|vw| (*vw).max(vb) <= Verdict::AllowedWithConditions) {
            // (Both: the tool's policy, capped to a condition, is not monotone – a policy "not
            // allowed" capped is milder than the "needs information" a less certain world gives.)
            let rule = d.deciding_rules().first().copied().unwrap_or(RuleId::R0);
            for x in d.findings.iter_mut().filter(|x| x.verdict == Some(Verdict::NeedsInformation)) {
                x.verdict = None;
            }
            let v = vw.max(Verdict::AllowedWithConditions);
            let (label_sv, label_en) = (v.label().sv, v.label().en);
            let f = Finding::new(
                rule,
                d.dimension,
                Some(v),
                text!(
                    "Även med de minst gynnsamma svaren på de okända uppgifterna blir bedömningen {label_sv}. De avgör alltså inte bedömningen, men ska kontrolleras innan tjänsten används.",
                    "Even with the least favourable answers to the unknown facts the verdict is {label_en}. They do not decide the verdict, but must be checked before the service is used."
                ),
            );
            // The conditions go under the rule that reads each fact, so that whatever filters by
            // rule – the public memo leaves out the security configuration (R7, R8, R18) – filters them.
            // (rule, to check rather than to carry out, the facts)
            let mut conditions: Vec<(RuleId, bool, Vec<Text>)> = Vec::new();
            for (unknowns, check) in [(&world, true), (&tasks, false)] {
                for u in unknowns.iter() {
                    let by =
                        u.fact.rules.iter().copied().find(|r| d.findings.iter().any(|f| f.rule == *r)).unwrap_or(rule);
                    match conditions.iter_mut().find(|(r, c, _)| *r == by && *c == check) {
                        Some((_, _, facts)) => facts.push(describe(a, u)),
                        None => conditions.push((by, check, vec![describe(a, u)])),
                    }
                }
            }
            d.findings.push(f);
            for (by, check, facts) in conditions {
                let (sv, en) = if check {
                    ("Kontrollera", "Check")
                } else {
                    ("Genomför och dokumentera", "Carry out and document")
                };
                let list_sv: Vec<&str> = facts.iter().map(|t| t.sv.as_str()).collect();
                let list_en: Vec<&str> = facts.iter().map(|t| t.en.as_str()).collect();
                let measure =
                    Text::lazy(|| (format!("{sv}: {}.", list_sv.join("; ")), format!("{en}: {}.", list_en.join("; "))));
                let reasoning = Text::new(
                    "Okända uppgifter som inte avgör bedömningen men ska klarläggas.",
                    "Unknown facts that do not decide the verdict but must be settled.",
                );
                let slug = if check { "kontrollera-okanda" } else { "genomfor-okanda" };
                d.findings.push(Finding::new(by, d.dimension, None, reasoning).measure_about(
                    slug,
                    d.dimension.as_str(),
                    measure,
                ));
            }
            d.verdict = v;
        } else {
            open.push((k, vb));
        }
    }
    cell.overall = cell.dimensions.iter().map(|d| d.verdict).max().unwrap_or(Verdict::NeedsInformation);
    if cell.overall != Verdict::NeedsInformation || open.is_empty() || !explain {
        return cell;
    }
    // Which unknowns decide (DOMAIN.md §5, pitfall 5):
    // - needed: one answered at its worst while the others are at their best changes an open
    //   dimension;
    // - alternatives: with the needed ones answered at their best and the others at their worst,
    //   one more answered at its best changes it – a favourable answer to one of them may suffice
    //   ("DPF, or SCC + TIA"). Where nothing is needed alone, these are taken from the worst case.
    let open_dims: Vec<usize> = open.iter().map(|(k, _)| *k).collect();
    let changes = |r: &CellResult, reference: &CellResult| {
        open_dims.iter().any(|&k| r.dimension(kinds[k]).verdict != reference.dimension(kinds[k]).verdict)
    };
    let flip = |us: &[&Unknown], from_best: bool| {
        run(
            &cs.flipped(service, "services", s, us, from_best),
            &ci.flipped(info, "information_types", i, us, from_best),
        )
    };
    let needed: Vec<&Unknown> = world.iter().copied().filter(|u| changes(&flip(&[u], true), &best)).collect();
    let favourable_needed = flip(&needed, false);
    // Whether the needed answers alone leave the cell short of its best: then others decide too.
    let more_decide = changes(&favourable_needed, &best);
    let alternatives: Vec<&Unknown> = if more_decide {
        let rest: Vec<&Unknown> = world.iter().copied().filter(|u| !needed.iter().any(|n| n.path == u.path)).collect();
        rest.into_iter()
            .filter(|u| {
                let mut with_u = needed.clone();
                with_u.push(u);
                changes(&flip(&with_u, false), &favourable_needed)
            })
            .collect()
    } else {
        Vec::new()
    };
    // - pairs: two answers that lift it together where neither does alone ("Privacy Shield, with
    //   the sub-processors inside the EU"), searched among the unknowns the open dimensions' rules
    //   read, and only where they are few, to bound the cost.
    let pairs: Vec<(&Unknown, &Unknown)> = if more_decide {
        let open_rules: Vec<RuleId> =
            open_dims.iter().flat_map(|&k| cell.dimensions[k].findings.iter().map(|f| f.rule)).collect();
        let rest: Vec<&Unknown> = world
            .iter()
            .copied()
            .filter(|u| !needed.iter().chain(&alternatives).any(|n| n.path == u.path))
            .filter(|u| u.fact.rules.iter().any(|r| open_rules.contains(r)))
            .collect();
        let mut pairs = Vec::new();
        if rest.len() <= PAIR_SEARCH_LIMIT {
            for (k, u) in rest.iter().enumerate() {
                for v in &rest[k + 1..] {
                    let mut with = needed.clone();
                    with.extend([*u, *v]);
                    if changes(&flip(&with, false), &favourable_needed) {
                        pairs.push((*u, *v));
                    }
                }
            }
        }
        pairs
    } else {
        Vec::new()
    };

    let best_case = cell
        .dimensions
        .iter()
        .enumerate()
        .map(|(k, d)| open.iter().find(|(o, _)| *o == k).map_or(d.verdict, |(_, vb)| *vb))
        .max()
        .unwrap_or(Verdict::NeedsInformation);
    // The rules whose questions stay open even at best (the registry cannot complete them, e.g. the
    // body's stated reason for the necessity), and those whose questions decide: the rules that read
    // a decisive unknown, or else the ones left open. Other questions of an open dimension (a
    // commitment that never suffices alone) are not marked decisive.
    let mut open_at_best: Vec<RuleId> = open_dims
        .iter()
        .filter(|&&k| best.dimension(kinds[k]).verdict == Verdict::NeedsInformation)
        .flat_map(|&k| best.dimension(kinds[k]).deciding_rules())
        .collect();
    if open_at_best.is_empty() && needed.is_empty() && alternatives.is_empty() && pairs.is_empty() {
        // Only more than two answers together lift it: the open dimensions' rules decide.
        open_at_best = open_dims.iter().flat_map(|&k| best.dimension(kinds[k]).deciding_rules()).collect();
    }
    let deciding_rules: Vec<RuleId> = needed
        .iter()
        .chain(&alternatives)
        .chain(pairs.iter().flat_map(|(u, v)| [u, v]))
        .flat_map(|u| u.fact.rules.iter().copied())
        .chain(open_at_best.iter().copied())
        .collect();
    let dimensions = std::rc::Rc::make_mut(&mut cell.dimensions);
    for &k in &open_dims {
        for f in dimensions[k].findings.iter_mut().filter(|f| deciding_rules.contains(&f.rule)) {
            f.questions.iter_mut().for_each(|q| q.decisive = true);
        }
    }
    let (best_sv, best_en) = (best_case.label().sv, best_case.label().en);
    cell.decisive_note = Some(if needed.is_empty() && alternatives.is_empty() && pairs.is_empty() {
        // What stays open is not a fact the registry can complete (e.g. a KLASSA level the body's
        // policy requires): the rules' own questions name it.
        let rules = RuleId::join(&open_at_best, ", ");
        text!("Det som avgör är frågorna under {rules}; de övriga okända uppgifterna ändrar inte bedömningen. I bästa fall blir bedömningen {best_sv}.", "What decides are the questions under {rules}; the other unknown facts do not change the verdict. At best the verdict is {best_en}.")
    } else {
        let (needed_list, alternatives_list) = (describe_all(a, &needed), describe_all(a, &alternatives));
        let (together_sv, together_en) = if needed.len() == 1 { ("det", "it") } else { ("dem", "them") };
        let mut sv = String::new();
        let mut en = String::new();
        if !needed.is_empty() {
            let (sv_head, en_head) = if needed.len() == 1 {
                ("Avgörande okänd uppgift", "Decisive unknown fact")
            } else {
                ("Avgörande okända uppgifter", "Decisive unknown facts")
            };
            sv = format!("{sv_head}: {}. ", needed_list.sv);
            en = format!("{en_head}: {}. ", needed_list.en);
        }
        match (needed.is_empty(), alternatives.len()) {
            (_, 0) => {}
            (true, 1) => {
                sv = format!("Avgörande okänd uppgift: {}. ", alternatives_list.sv);
                en = format!("Decisive unknown fact: {}. ", alternatives_list.en);
            }
            (true, _) => {
                sv = format!(
                    "Avgörande okända uppgifter, där ett gynnsamt svar på en av dem kan räcka: {}. ",
                    alternatives_list.sv
                );
                en = format!(
                    "Decisive unknown facts, where a favourable answer to one of them may suffice: {}. ",
                    alternatives_list.en
                );
            }
            (false, 1) => {
                sv.push_str(&format!(
                    "Tillsammans med {together_sv} förbättrar ett gynnsamt svar på detta bedömningen: {}. ",
                    alternatives_list.sv
                ));
                en.push_str(&format!(
                    "Together with {together_en}, a favourable answer to this improves the verdict: {}. ",
                    alternatives_list.en
                ));
            }
            (false, _) => {
                sv.push_str(&format!(
                    "Tillsammans med {together_sv} förbättrar ett gynnsamt svar på en av dessa bedömningen: {}. ",
                    alternatives_list.sv
                ));
                en.push_str(&format!(
                    "Together with {together_en}, a favourable answer to one of these improves the verdict: {}. ",
                    alternatives_list.en
                ));
            }
        }
        if !pairs.is_empty() {
            let each: Vec<Text> = pairs
                .iter()
                .map(|(u, v)| {
                    let (u, v) = (describe(a, u), describe(a, v));
                    Text::lazy(|| (format!("{} och {}", u.sv, v.sv), format!("{} and {}", u.en, v.en)))
                })
                .collect();
            let Text { sv: list_sv, en: list_en } = Text::join(&each, "; ");
            if needed.is_empty() && alternatives.is_empty() {
                sv = format!(
                    "Avgörande okända uppgifter, där gynnsamma svar på båda i ett av dessa par kan räcka: {list_sv}. "
                );
                en = format!("Decisive unknown facts, where favourable answers to both of one of these pairs may suffice: {list_en}. ");
            } else {
                sv.push_str(&format!(
                    "Bedömningen kan också förbättras av gynnsamma svar på båda i ett av dessa par: {list_sv}. "
                ));
                en.push_str(&format!(
                    "Favourable answers to both of one of these pairs may also improve the verdict: {list_en}. "
                ));
            }
        }
        if best_case == Verdict::NeedsInformation {
            // Even the most favourable answers leave a question the registry cannot complete (e.g.
            // the body's stated reason for the necessity): name the rules that ask it.
            let rules = RuleId::join(&open_at_best, ", ");
            sv.push_str(&format!("Även med gynnsamma svar återstår frågorna under {rules}. "));
            en.push_str(&format!("Even with favourable answers the questions under {rules} remain. "));
        }
        Text::lazy(|| {
            (format!("{sv}I bästa fall blir bedömningen {best_sv}."), format!("{en}At best the verdict is {best_en}."))
        })
    });
    let mut decisive: Vec<&Unknown> = needed.into_iter().chain(alternatives).collect();
    for u in pairs.iter().flat_map(|(u, v)| [*u, *v]) {
        if !decisive.iter().any(|d| d.path == u.path) {
            decisive.push(u);
        }
    }
    cell.decisive_unknowns = decisive.iter().map(|u| u.path.clone()).collect();
    cell.best_case = Some(best_case);
    cell
}

/// Pairs of unknowns that lift a cell together are searched among at most this many (45 pairs).
const PAIR_SEARCH_LIMIT: usize = 10;

/// The reasoning of the findings that decided a dimension.
fn reasoning_of(d: &super::DimensionResult) -> Text {
    Text::join(d.findings.iter().filter(|f| f.verdict == Some(d.verdict)).map(|f| &f.reasoning), " ")
}

/// "Tjänst: part: fakta" for each unknown, joined.
fn describe_all(a: &Assessment, unknowns: &[&Unknown]) -> Text {
    if !crate::model::texts_wanted() {
        return Text::default();
    }
    let each: Vec<Text> = unknowns.iter().map(|u| describe(a, u)).collect();
    Text::join(&each, "; ")
}

/// An unknown as an official reads it: whose fact (service, party or component, information type)
/// and which, from the registry's label.
pub fn describe(a: &Assessment, u: &Unknown) -> Text {
    if !crate::model::texts_wanted() {
        return Text::default();
    }
    let index = |name: &str| -> Option<usize> {
        let start = u.path.find(&format!("{name}["))? + name.len() + 1;
        u.path[start..].split(']').next()?.parse().ok()
    };
    let mut whose: Vec<String> = Vec::new();
    if let Some(s) = index("services").and_then(|s| a.services.get(s)) {
        whose.push(s.name.clone());
        if let Some(p) = index("parties").and_then(|p| s.parties.get(p)) {
            whose.push(p.name.clone());
        }
        if let Some(c) = index("components").and_then(|c| s.components.get(c)) {
            whose.push(c.name.clone());
        }
    }
    if let Some(t) = index("information_types").and_then(|t| a.information_types.get(t)) {
        whose.push(t.name.clone());
    }
    let whose = whose.join(", ");
    Text::lazy(|| (format!("{whose}: {}", u.fact.label.sv), format!("{whose}: {}", u.fact.label.en)))
}

#[cfg(test)]
mod tests {
    use crate::model::{Country, Date, PartyRole, Tri};
    use crate::rules::{evaluate_explained, fixture::assessment, Dimension, Verdict};

    /// A US importer in 2024 needs a DPF certification or SCC (+ TIA): neither unknown decides alone,
    /// either may suffice, and the note says so.
    #[test]
    fn alternatives_that_decide_only_together_are_named_as_such() {
        let mut a = assessment();
        a.legal_date = Date::ymd(2024, 1, 1);
        for p in &mut a.services[0].parties {
            p.dpf_certified = Tri::Unknown;
        }
        a.services[0].contract.scc = Tri::Unknown;
        let ev = evaluate_explained(&a);
        let c = &ev.results[0];
        assert_eq!(c.dimension(Dimension::Transfer).verdict, Verdict::NeedsInformation);
        assert!(c.decisive_unknowns.iter().any(|p| p.ends_with("dpf_certified")), "{:?}", c.decisive_unknowns);
        assert!(c.decisive_unknowns.iter().any(|p| p.ends_with("contract.scc")), "{:?}", c.decisive_unknowns);
        let note = c.decisive_note.as_ref().map(|t| t.sv.clone()).unwrap_or_default();
        assert!(note.contains("ett gynnsamt svar på en av dem kan räcka"), "{note}");
    }

    /// A support firm of unknown jurisdiction reaching the content must be answered favourably in
    /// any case, and besides it the US operator needs a DPF certification or SCC: the note names
    /// the one as needed and the others as alternatives, and every one is a decisive unknown.
    #[test]
    fn a_needed_unknown_does_not_hide_alternatives_beside_it() {
        let mut a = assessment();
        a.legal_date = Date::ymd(2024, 1, 1);
        let svc = &mut a.services[0];
        for p in &mut svc.parties {
            p.dpf_certified = Tri::Unknown;
        }
        svc.contract.scc = Tri::Unknown;
        let mut support = svc.parties[1].clone();
        support.name = "Support AB".into();
        support.role = PartyRole::Support;
        support.parent = None;
        support.jurisdiction = Country::unknown();
        svc.parties.push(support);
        let ev = evaluate_explained(&a);
        let c = &ev.results[0];
        assert_eq!(c.dimension(Dimension::Transfer).verdict, Verdict::NeedsInformation);
        let paths = &c.decisive_unknowns;
        assert!(paths.iter().any(|p| p == "services[0].parties[2].jurisdiction"), "{paths:?}");
        assert!(paths.iter().any(|p| p == "services[0].parties[0].dpf_certified"), "{paths:?}");
        assert!(paths.iter().any(|p| p == "services[0].contract.scc"), "{paths:?}");
        let note = c.decisive_note.as_ref().map(|t| t.sv.clone()).unwrap_or_default();
        assert!(note.starts_with("Avgörande okänd uppgift: Molntjänst, Support AB"), "{note}");
        assert!(note.contains("Tillsammans med det förbättrar ett gynnsamt svar på en av dessa bedömningen"), "{note}");
    }

    /// 2019, a US provider of unknown Privacy Shield certification and a sub-processor of unknown
    /// jurisdiction, both reaching the content, with the clauses unknown: the clauses alone may
    /// suffice, and so may the certification together with a favourable jurisdiction – a pair.
    #[test]
    fn two_answers_that_lift_a_cell_only_together_are_named_as_a_pair() {
        let mut a = assessment();
        a.legal_date = Date::ymd(2019, 6, 1);
        let svc = &mut a.services[0];
        svc.parties.retain(|p| p.name == "Parent Inc");
        svc.parties[0].privacy_shield_certified = Tri::Unknown;
        svc.contract.scc = Tri::Unknown;
        let mut sub = svc.parties[0].clone();
        sub.name = "Sub Ltd".into();
        sub.role = PartyRole::Subprocessor;
        sub.jurisdiction = Country::unknown();
        sub.privacy_shield_certified = Tri::No;
        svc.parties.push(sub);
        let ev = evaluate_explained(&a);
        let c = &ev.results[0];
        assert_eq!(c.dimension(Dimension::Transfer).verdict, Verdict::NeedsInformation);
        let note = c.decisive_note.as_ref().map(|t| t.sv.clone()).unwrap_or_default();
        assert!(note.contains("standardavtalsklausuler"), "{note}");
        assert!(note.contains("par"), "{note}");
        assert!(note.contains("Privacy Shield") && note.contains("Sub Ltd"), "{note}");
        let paths = &c.decisive_unknowns;
        assert!(paths.iter().any(|p| p == "services[0].parties[0].privacy_shield_certified"), "{paths:?}");
        assert!(paths.iter().any(|p| p == "services[0].parties[1].jurisdiction"), "{paths:?}");
    }
}
