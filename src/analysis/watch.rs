//! The watch-list: which cells change if a legal assumption changes — "om DPF faller blir dessa
//! celler röda". Each assumption is evaluated as a counterfactual of the same assessment.

use crate::model::{Assessment, Country, Lang, Location, ProfileId, Text};
use crate::rules::legal_state::{third_country, Assumptions};
use crate::rules::{evaluate_brief, evaluate_brief_with, Dimension, Evaluation, Verdict};
use crate::text;

/// A legal assumption that could change.
#[derive(Clone, Debug, PartialEq)]
pub enum Assumption {
    DpfInvalidated,
    AdequacyLost(Country),
    AdequacyGained(Country),
    Profile(ProfileId),
}

impl Assumption {
    pub fn describe(&self) -> Text {
        match self {
            Assumption::DpfInvalidated => Text::new(
                "Om EU–US Data Privacy Framework ogiltigförklaras (överklagandet C-703/25 P pågår), som Privacy Shield i Schrems II",
                "If the EU–US Data Privacy Framework is invalidated (appeal C-703/25 P pending), as Privacy Shield was in Schrems II",
            ),
            Assumption::AdequacyLost(c) => {
                let (c, c_en) = (c.label(Lang::Sv), c.label(Lang::En));
                text!("Om {c} förlorar sitt adekvansbeslut", "If {c_en} loses its adequacy decision")
            }
            Assumption::AdequacyGained(c) => {
                let (c, c_en) = (c.label(Lang::Sv), c.label(Lang::En));
                text!("Om {c} får ett adekvansbeslut", "If {c_en} obtains an adequacy decision")
            }
            Assumption::Profile(ProfileId::Strict) => Text::new(
                "Om sekretessfrågan bedöms strikt (röjande så snart en part under utländsk lag kan nå klartext)",
                "If secrecy is judged strictly (disclosure as soon as a party under foreign law can reach clear text)",
            ),
            Assumption::Profile(ProfileId::Necessity) => Text::new(
                "Om 10 kap. 2 a § OSL inte anses tillämplig och nödvändighetsprövningen i 10 kap. 2 § gäller",
                "If OSL 10:2 a is held not to apply and the necessity test of 10:2 governs",
            ),
            Assumption::Profile(ProfileId::TechnicalProcessing) => Text::new(
                "Om 10 kap. 2 a § OSL (teknisk bearbetning eller lagring) tillämpas",
                "If OSL 10:2 a (technical processing or storage) is applied",
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WatchChange {
    pub service: String,
    pub info_type: String,
    /// `None`: the overall verdict.
    pub dimension: Option<Dimension>,
    pub before: Verdict,
    pub after: Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WatchItem {
    pub assumption: Assumption,
    pub changes: Vec<WatchChange>,
}

/// Third countries the assessment's parties, storage or support involve.
fn third_countries(a: &Assessment) -> Vec<Country> {
    let mut out: Vec<Country> = Vec::new();
    for s in &a.services {
        let locations = s
            .parties
            .iter()
            .flat_map(|p| std::iter::once(Location::from(p.jurisdiction.clone())).chain(p.access_from.iter().cloned()))
            .chain(s.components.iter().flat_map(|c| std::iter::once(&c.data_location).chain(&c.support_from).cloned()));
        for l in locations {
            if let Some(Some(c)) = third_country(&l, a.legal_date) {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
        }
    }
    out.sort();
    out
}

fn assumptions_for(a: &Assessment) -> Vec<Assumption> {
    let mut out = Vec::new();
    let probe = Assumptions::default();
    let dpf_applies = crate::rules::legal_state::DPF.in_force(a.legal_date) && !probe.dpf_invalidated;
    if dpf_applies && third_countries(a).contains(&Country::code("US")) {
        out.push(Assumption::DpfInvalidated);
    }
    for c in third_countries(a) {
        if crate::rules::legal_state::adequacy(&c, a.legal_date).is_some() {
            out.push(Assumption::AdequacyLost(c));
        } else if c != Country::code("US") {
            out.push(Assumption::AdequacyGained(c));
        }
    }
    for p in ProfileId::ALL {
        if p != a.profile {
            out.push(Assumption::Profile(p));
        }
    }
    out
}

fn changes(before: &Evaluation, after: &Evaluation) -> Vec<WatchChange> {
    let mut out = Vec::new();
    for (b, x) in before.results.iter().zip(&after.results) {
        let pairs = std::iter::once((None, b.overall, x.overall)).chain(
            b.dimensions.iter().zip(x.dimensions.iter()).map(|(d, e)| (Some(d.dimension), d.verdict, e.verdict)),
        );
        for (dimension, v0, v1) in pairs {
            if v0 != v1 {
                out.push(WatchChange {
                    service: b.service.clone(),
                    info_type: b.info_type.clone(),
                    dimension,
                    before: v0,
                    after: v1,
                });
            }
        }
    }
    out
}

/// Every assumption relevant to the assessment, with the cells that change under it.
pub fn watch(a: &Assessment) -> Vec<WatchItem> {
    let before = evaluate_brief(a);
    assumptions_for(a)
        .into_iter()
        .map(|assumption| {
            let after = match &assumption {
                Assumption::DpfInvalidated => {
                    evaluate_brief_with(a, &Assumptions { dpf_invalidated: true, ..Assumptions::default() })
                }
                Assumption::AdequacyLost(c) => {
                    evaluate_brief_with(a, &Assumptions { adequacy_lost: vec![c.clone()], ..Assumptions::default() })
                }
                Assumption::AdequacyGained(c) => {
                    evaluate_brief_with(a, &Assumptions { adequacy_gained: vec![c.clone()], ..Assumptions::default() })
                }
                Assumption::Profile(p) => {
                    let mut x = a.clone();
                    x.profile = *p;
                    evaluate_brief(&x)
                }
            };
            WatchItem { changes: changes(&before, &after), assumption }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;
    use crate::rules::evaluate;

    #[test]
    fn watch_cells_really_flip_when_the_assumption_is_flipped() {
        for p in PRESETS {
            let a = p.assessment();
            let before = evaluate(&a);
            for item in watch(&a) {
                for ch in &item.changes {
                    let cell = before.cell(&ch.service, &ch.info_type).unwrap();
                    let v = ch.dimension.map(|d| cell.dimension(d).verdict).unwrap_or(cell.overall);
                    assert_eq!(v, ch.before);
                    assert_ne!(ch.before, ch.after);
                }
            }
        }
    }

    #[test]
    fn profiles_other_than_the_chosen_one_are_watched() {
        let a = PRESETS[0].assessment();
        let items = watch(&a);
        let profiles = items.iter().filter(|i| matches!(i.assumption, Assumption::Profile(_))).count();
        assert_eq!(profiles, 2);
        assert!(!items.iter().any(|i| i.assumption == Assumption::Profile(a.profile)));
    }
}
