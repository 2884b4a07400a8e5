//! R22 Beslut och riskacceptans: the result is a recommendation; a recorded decision completes it.

use super::Rule;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R22,
    title_sv: "Beslut och riskacceptans",
    title_en: "Decision and risk acceptance",
    explanation_sv: "Verktygets resultat är ett underlag och en rekommendation, inte ett beslut. Den som har befogenhet att besluta om användningen (nämnden eller den som fått delegation) ska fatta ett dokumenterat beslut: vem som beslutade, när, vilka kvarstående risker som accepteras och under vilket diarienummer.",
    explanation_en: "The tool's result is supporting material and a recommendation, not a decision. Whoever is authorised to decide on the use (the committee or its delegate) should make a documented decision: who decided, when, which residual risks are accepted and under which registration number (diarienummer).",
    sources: &[
        cite(&src::KOMMUNALLAGEN, "6 kap. 37 § (delegering, för kommuner och regioner)"),
        cite(&src::DANDERYD_2019, "utredning redovisad för kommunstyrelsen"),
        cite(&src::GBG_GRUNDSAKERHET_2018, "ingen rättspraxis, varje kommun bedömer själv"),
    ],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let svc = &cell.service.name;
    let name = &cell.info.name;
    let dnr = &cell.assessment.diarienummer;
    let (dnr_sv, dnr_en) = if dnr.is_empty() {
        ("ett diarienummer".to_string(), "a registration number".to_string())
    } else {
        (format!("diarienummer {dnr}"), format!("registration number {dnr}"))
    };
    out.push(Finding::new(
        RULE.id,
        Dimension::Infosec,
        None,
        text!(
            "Bedömningen av {name} i {svc} är en rekommendation. Den blir giltig först genom ett dokumenterat beslut av behörig beslutsfattare.",
            "The assessment of {name} in {svc} is a recommendation. It takes effect only through a documented decision by an authorised decision-maker."
        ),
    )
    .measure("dokumentera-beslutet-vem", text!(
        "Dokumentera beslutet om {name} i {svc}: vem som beslutade, när, vilka kvarstående risker som accepteras, och registrera det under {dnr_sv}.",
        "Document the decision on {name} in {svc}: who decided, when, which residual risks are accepted, and register it under {dnr_en}."
    )));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn always_asks_for_a_recorded_decision_without_deciding() {
        let f = run(&RULE, |_| {});
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, None);
        assert!(f[0].measures[0].sv.contains("kvarstående risker"));
    }

    #[test]
    fn names_the_diarienummer_when_known() {
        let f = run(&RULE, |a| a.diarienummer = "KS 2019/123".into());
        assert!(f[0].measures[0].sv.contains("KS 2019/123"));
    }
}
