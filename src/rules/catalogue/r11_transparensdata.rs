//! R11 Transparensdata: the provider's reported request figures, with their source and date, feed
//! the probability estimate (R13). Without figures, ask for them.

use super::Rule;
use crate::model::Tri;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R11,
    title_sv: "Transparensdata",
    title_en: "Transparency figures",
    explanation_sv: "Leverantörens egna siffror om myndighetsbegäran (antal begäranden om företagskunders data, hur många som avslogs, hur många som gällde data utanför hemlandet, antal användare) är underlag för sannolikhetsbedömningen i R13. Varje siffra behöver källa och datum. Siffrorna för brottsbekämpning omfattar inte FISA-beslut, som redovisas separat i intervall.",
    explanation_en: "The provider's own figures on authority requests (requests for enterprise customers' data, how many were rejected, how many concerned data outside the home country, number of users) feed the probability estimate in R13. Every figure needs a source and date. Law-enforcement figures do not include FISA orders, which are reported separately in bands.",
    sources: &[cite(&src::MICROSOFT_FAQ, "H1 2018: 50 begäranden om företagskonton, 32 avslagna eller omdirigerade, 1 utanför USA")],
    policy: false,
    dimensions: &[Dimension::Secrecy],
    evaluate,
};

const DIM: Dimension = Dimension::Secrecy;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if cell.foreign_exposure().is_no() {
        return;
    }
    let svc = &cell.service.name;
    let f = match &cell.service.transparency {
        Some(t) => {
            let (period, req, rej, out, users) =
                (&t.period, t.enterprise_requests, t.rejected_or_redirected, t.outside_home_country, t.total_users);
            let src = if t.provenance.source.is_empty() { "källa ej angiven" } else { t.provenance.source.as_str() };
            let src_en =
                if t.provenance.source.is_empty() { "source not stated" } else { t.provenance.source.as_str() };
            let date = t.provenance.date.map(|d| d.to_string()).unwrap_or_else(|| "datum saknas".into());
            let date_en = t.provenance.date.map(|d| d.to_string()).unwrap_or_else(|| "no date".into());
            let used = crate::rules::probability::estimate_if_exposed(cell)
                .is_some_and(|e| e.basis == crate::rules::probability::Basis::Figures);
            let (use_sv, use_en) = if used {
                (
                    "Siffrorna används i sannolikhetsbedömningen (R13).",
                    "The figures are used in the probability estimate (R13).",
                )
            } else {
                (
                    "Siffrorna är inte underlaget för sannolikhetsbedömningen här (se R13).",
                    "The figures are not the basis of the probability estimate here (see R13).",
                )
            };
            let f = Finding::new(
                RULE.id,
                DIM,
                None,
                text!(
                    "Leverantörens transparensdata för {svc} ({period}): {req} begäranden om företagskunders data, varav {rej} avslagna eller omdirigerade och {out} om data utanför hemlandet; {users} användare totalt. Källa: {src}, {date}. {use_sv} Siffrorna omfattar inte FISA-beslut.",
                    "The provider's transparency figures for {svc} ({period}): {req} requests for enterprise customers' data, of which {rej} rejected or redirected and {out} concerning data outside the home country; {users} users in total. Source: {src_en}, {date_en}. {use_en} The figures do not include FISA orders."
                ),
            );
            if t.provenance.status.is_firm() {
                f
            } else {
                f.measure(
                    "kontrollera-transparenssiffrorna-mot",
                    text!(
                        "Kontrollera transparenssiffrorna mot leverantörens publicerade rapport.",
                        "Check the transparency figures against the provider's published report."
                    ),
                )
            }
        }
        None => {
            let f = Finding::new(
                RULE.id,
                DIM,
                None,
                text!(
                    "Det finns inga transparenssiffror för {svc}. Sannolikheten för utlämnande till utländsk myndighet (R13) kan då bara bedömas med myndighetens egna antaganden.",
                    "There are no transparency figures for {svc}. The probability of disclosure to a foreign authority (R13) can then only be judged with the body's own assumptions."
                ),
            );
            if cell.service.contract.transparency_reports == Tri::No {
                f
            } else {
                f.ask(
                    Addressee::Supplier,
                    super::questions::TRANSPARENCY_FIGURES,
                    super::questions::transparency_figures(),
                )
            }
        }
    };
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Access, Date};
    use crate::rules::fixture::run;

    #[test]
    fn lists_figures_with_source_and_date() {
        let f = run(&RULE, |a| {
            a.services[0].transparency = Some(crate::rules::fixture::seed_001_figures(Some(Date::ymd(2018, 11, 1))))
        });
        assert_eq!(f[0].verdict, None);
        assert!(
            f[0].reasoning.sv.contains("50 begäran")
                && f[0].reasoning.sv.contains("Microsofts molntjänster – frågor och svar, 2018-11-01")
        );
        assert_eq!(f[0].measures.len(), 1);
    }

    #[test]
    fn missing_figures_are_asked_for() {
        let f = run(&RULE, |_| {});
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }

    #[test]
    fn does_not_fire_without_foreign_exposure() {
        let f = run(&RULE, |a| a.services[0].parties[0].access = Access::None);
        // Provider Ltd (IE) is still owned by the US parent, so exposure remains.
        assert_eq!(f.len(), 1);
        let f = run(&RULE, |a| {
            a.services[0].parties[1].parent = None;
            a.services[0].parties[0].access = Access::None;
        });
        assert!(f.is_empty());
    }
}
