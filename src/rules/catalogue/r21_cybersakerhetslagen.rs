//! R21 Cybersäkerhetslagen (2025:1506, NIS2) from 2026-01-15: every kommun and region is covered;
//! covered bodies must manage supply-chain risk for the service.

use super::Rule;
use crate::model::{OrganisationKind, Tri};
use crate::rules::legal_state::CYBERSAKERHETSLAGEN;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R21,
    title_sv: "Cybersäkerhetslagen",
    title_en: "Cybersecurity Act",
    explanation_sv: "Från 2026-01-15 gäller cybersäkerhetslagen (2025:1506), som genomför NIS2-direktivet. Varje kommun och region omfattas, liksom vissa statliga myndigheter. Den som omfattas ska hantera risker i leveranskedjan, bland annat säkerheten hos leverantörer av molntjänster, och kunna rapportera incidenter. Vägledning ges av Myndigheten för civilt försvar (MCF).",
    explanation_en: "From 2026-01-15 the Cybersecurity Act (2025:1506), implementing the NIS2 Directive, applies. Every municipality and region is covered, as are certain state agencies. A covered body must manage supply-chain risks, including the security of cloud service suppliers, and be able to report incidents. Guidance is given by the Swedish Agency for Civil Defence (MCF).",
    sources: &[
        cite(&src::CYBERSAKERHETSLAGEN, ""),
        cite(&src::NIS2, "art. 21.2 d (leveranskedjans säkerhet) och art. 23 (incidentrapportering)"),
        cite(&src::MCF, ""),
    ],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if !CYBERSAKERHETSLAGEN.in_force(cell.date) {
        return;
    }
    let org = &cell.assessment.organisation;
    let svc = &cell.service.name;
    let covered = match org.kind {
        OrganisationKind::Kommun | OrganisationKind::Region => Tri::Yes,
        _ => org.covered_by_cybersecurity_act,
    };
    let measure = text!(
        "Hantera leveranskedjans risker för {svc} enligt cybersäkerhetslagen: säkerhetskrav i avtalet, uppföljning av leverantörens säkerhet och incidentinformation i tid för er rapporteringsskyldighet. Följ MCF:s vägledning.",
        "Manage the supply-chain risks of {svc} under the Cybersecurity Act: security requirements in the contract, follow-up of the supplier's security and incident information in time for your reporting duty. Follow MCF's guidance."
    );
    let f = match covered {
        Tri::No => return,
        Tri::Yes => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Myndigheten omfattas av cybersäkerhetslagen (2025:1506) och ska hantera riskerna i leveranskedjan, även för {svc}.",
                "The body is covered by the Cybersecurity Act (2025:1506) and must manage supply-chain risks, including for {svc}."
            ),
        )
        .measure("leveranskedjan", measure),
        Tri::Unknown => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det är inte känt om myndigheten omfattas av cybersäkerhetslagen (2025:1506). Om den gör det ska riskerna i leveranskedjan hanteras, även för {svc}.",
                "It is not known whether the body is covered by the Cybersecurity Act (2025:1506). If it is, supply-chain risks must be managed, including for {svc}."
            ),
        )
        .measure("leveranskedjan", measure)
        .ask(
            Addressee::Organisation,
            "omfattas",
            text!(
                "Omfattas myndigheten av cybersäkerhetslagen (2025:1506)?",
                "Is the body covered by the Cybersecurity Act (2025:1506)?"
            ),
        ),
    };
    out.push(f.cite(CYBERSAKERHETSLAGEN.source).cite(cite(&src::NIS2, "art. 21.2 d")));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn every_kommun_is_covered_from_2026_01_15() {
        let f = run(&RULE, |a| a.organisation.covered_by_cybersecurity_act = Tri::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].questions.is_empty());
        assert!(f[0].measures[0].sv.contains("MCF") && !f[0].measures[0].sv.contains("MSB"));
        assert!(run(&RULE, |a| a.legal_date = Date::ymd(2026, 1, 14)).is_empty());
    }

    #[test]
    fn other_bodies_follow_the_flag() {
        let f = run(&RULE, |a| {
            a.organisation.kind = OrganisationKind::StatligMyndighet;
            a.organisation.covered_by_cybersecurity_act = Tri::No;
        });
        assert!(f.is_empty());
        let f = run(&RULE, |a| {
            a.organisation.kind = OrganisationKind::StatligMyndighet;
            a.organisation.covered_by_cybersecurity_act = Tri::Unknown;
        });
        assert_eq!(f[0].questions[0].to, Addressee::Organisation);
    }
}
