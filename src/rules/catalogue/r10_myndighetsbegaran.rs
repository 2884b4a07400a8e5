//! R10 Avtalsklausuler om myndighetsbegäran: commitments to challenge and notify authority requests
//! and to publish transparency reports reduce risk but never suffice alone (contractual measures).

use super::Rule;
use crate::model::{Text, Tri};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R10,
    title_sv: "Avtalsklausuler om myndighetsbegäran",
    title_en: "Contract clauses on authority requests",
    explanation_sv: "Åtaganden att bestrida myndighetsbegäran, underrätta myndigheten när det är tillåtet och publicera transparensrapporter minskar risken för utlämnande till utländska myndigheter. De binder inte den utländska myndigheten och räcker därför aldrig ensamma – varken som kompletterande åtgärd för en överföring eller som skydd mot röjande.",
    explanation_en: "Commitments to challenge authority requests, notify the body where allowed and publish transparency reports reduce the risk of disclosure to foreign authorities. They do not bind the foreign authority and are therefore never enough alone – neither as a supplementary measure for a transfer nor as protection against disclosure.",
    sources: &[
        cite(&src::EDPB_REC_01_2020, "p. 99–122 (avtalsmässiga åtgärder), p. 134–140"),
        cite(&src::SCC_2021, "klausul 15 (skyldigheter vid myndighetsbegäran)"),
        cite(&src::MICROSOFT_FAQ, "svar om CLOUD Act (åtagande att bestrida och underrätta)"),
    ],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Transfer],
    evaluate,
};

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let c = &cell.service.contract;
    let clauses: [(Tri, &str, Text, Text); 3] = [
        (
            c.challenge_requests,
            "bestrida",
            text!("bestrida myndighetsbegäran rättsligt", "legally challenge authority requests"),
            text!(
                "Åtar ni er att bestrida utländska myndigheters begäran om våra uppgifter?",
                "Do you commit to challenging foreign authorities' requests for our data?"
            ),
        ),
        (
            c.notify_requests,
            "underratta",
            text!("underrätta myndigheten om begäran när det är tillåtet", "notify the body of requests where allowed"),
            text!(
                "Åtar ni er att underrätta oss om en myndighet begär våra uppgifter, när det är tillåtet?",
                "Do you commit to notifying us when an authority requests our data, where allowed?"
            ),
        ),
        (
            c.transparency_reports,
            "transparensrapporter",
            text!("publicera transparensrapporter", "publish transparency reports"),
            text!(
                "Publicerar ni transparensrapporter om myndighetsbegäran, och var?",
                "Do you publish transparency reports on authority requests, and where?"
            ),
        ),
    ];
    let has: Vec<&str> = clauses.iter().filter(|(v, ..)| v.is_yes()).map(|(_, _, t, _)| t.sv.as_str()).collect();
    let has_en: Vec<&str> = clauses.iter().filter(|(v, ..)| v.is_yes()).map(|(_, _, t, _)| t.en.as_str()).collect();
    let (has_sv, has_en) = (Cell::lang_list(&has), Cell::lang_list(&has_en));
    let reasoning = if has.is_empty() {
        text!(
            "Leverantören har inga kända åtaganden om myndighetsbegäran. Sådana åtaganden minskar risken men räcker aldrig ensamma.",
            "The supplier has no known commitments on authority requests. Such commitments reduce the risk but are never enough alone."
        )
    } else {
        text!(
            "Leverantören har åtagit sig att {has_sv}. Det minskar risken, men binder inte utländska myndigheter och räcker aldrig ensamt.",
            "The supplier has committed to {has_en}. That reduces the risk, but does not bind foreign authorities and is never enough alone."
        )
    };
    let mut dims = Vec::new();
    if !cell.has_personal_data().is_no() {
        dims.push(Dimension::Transfer);
    }
    if cell.is_secret() {
        dims.push(Dimension::Secrecy);
    }
    out.extend(dims.into_iter().map(|d| {
        let mut f = Finding::new(RULE.id, d, None, reasoning.clone())
            .cite(cite(&src::EDPB_REC_01_2020, "avtalsmässiga åtgärder"));
        for (v, key, what, q) in &clauses {
            if !v.is_yes() {
                let (w_sv, w_en) = (&what.sv, &what.en);
                f = f.measure(
                    key,
                    text!(
                        "Kräv i avtalet att leverantören ska {w_sv}.",
                        "Require in the contract that the supplier {w_en}."
                    ),
                );
            }
            if v.is_unknown() {
                f = f.ask(Addressee::Supplier, key, q.clone());
            }
        }
        f
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PersonalData, Tri};
    use crate::rules::fixture::run;

    #[test]
    fn commitments_are_noted_but_never_decide() {
        let f = run(&RULE, |_| {});
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.verdict.is_none() && f.measures.is_empty()));
        assert!(f[0].reasoning.sv.contains("räcker aldrig ensamt"));
    }

    #[test]
    fn missing_commitments_become_demands_and_unknown_ones_questions() {
        let f = run(&RULE, |a| {
            a.services[0].contract.challenge_requests = Tri::No;
            a.services[0].contract.notify_requests = Tri::Unknown;
        });
        assert_eq!(f[0].measures.len(), 2);
        assert_eq!(f[0].questions.len(), 1);
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }

    #[test]
    fn does_not_fire_for_open_data_without_personal_data() {
        let f = run(&RULE, |a| {
            a.information_types[0].personal_data = PersonalData::None;
            a.information_types[0].secrecy = None;
        });
        assert!(f.is_empty());
    }
}
