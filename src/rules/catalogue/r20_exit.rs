//! R20 Exit och koncentration: an exit plan and data portability, concentration risk, and the
//! five lämplighet aspects of eSam's PM of June 2023 (known from a second-hand report; the PM itself
//! has not been read).

use super::Rule;
use crate::model::{Date, Tri};
use crate::rules::legal_state::LegalFact;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R20,
    title_sv: "Exit och koncentration",
    title_en: "Exit and concentration",
    explanation_sv: "Myndigheten ska kunna lämna tjänsten: en exitplan och möjlighet att flytta sina data (dataförordningen kap. VI om byte av databehandlingstjänst, från 2025-09-12). Beroendet av en enda leverantör (koncentrationsrisk) och de fem lämplighetsaspekter som eSam tar upp i sitt PM från juni 2023 – digital suveränitet, dagliga behov i verksamheten, begränsad riskspridning, samlad aggregerad information och dolda säkerhetshot – ska vägas in. Aspekterna är hämtade ur en andrahandsredogörelse för PM:et; PM:et självt är inte granskat.",
    explanation_en: "The body must be able to leave the service: an exit plan and the ability to move its data (Data Act ch. VI on switching data processing services, from 2025-09-12). Dependence on a single supplier (concentration risk) and the five suitability aspects eSam raises in its PM of June 2023 – digital sovereignty, day-to-day operational needs, limited spreading of risk, aggregated information and hidden security threats – must be weighed. The aspects are taken from a second-hand account of the PM; the PM itself has not been reviewed.",
    sources: &[
        cite(&src::DATA_ACT, "kap. VI, art. 23–31 (byte av databehandlingstjänst)"),
        cite(&src::ESAM_UTKONTRAKTERING_2023, "lämplighetsaspekter vid utkontraktering"),
    ],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

/// The Data Act applies from 2025-09-12; chapter VI gives a contractual right to switch provider.
const DATA_ACT: LegalFact = LegalFact {
    sv: "Dataförordningen: rätt att byta databehandlingstjänst och föra med sig sina data",
    en: "Data Act: right to switch data processing service and take one's data along",
    source: cite(&src::DATA_ACT, "kap. VI (art. 23–31)"),
    from: Date::ymd(2025, 9, 12),
    to: None,
};

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let svc = &cell.service.name;
    let data_act = DATA_ACT.in_force(cell.date);
    let exit = if data_act {
        // Switching charges (egress included) only at cost until 2027-01-11, none from 2027-01-12
        // (art. 29; second-hand, DOMAIN.md §7).
        let charges = if cell.date >= Date::ymd(2027, 1, 12) {
            text!("byte får inte längre kosta något", "switching may no longer be charged for")
        } else {
            text!(
                "avgifter för byte (även dataöverföring) får fram till 2027-01-11 bara täcka kostnaden och tas bort från 2027-01-12",
                "switching charges (data egress included) may until 2027-01-11 only cover cost and are abolished from 2027-01-12"
            )
        };
        let (c_sv, c_en) = (&charges.sv, &charges.en);
        text!(
            "Ta fram en exitplan för {svc}: hur data exporteras i användbart format, inom vilken tid, och till vilken ersättning. Använd rätten till byte enligt dataförordningen kap. VI ({c_sv}).",
            "Draw up an exit plan for {svc}: how data is exported in a usable format, within what time, and to which replacement. Use the switching rights under the Data Act ch. VI ({c_en})."
        )
    } else {
        text!(
            "Ta fram en exitplan för {svc}: hur data exporteras i användbart format, inom vilken tid, och till vilken ersättning.",
            "Draw up an exit plan for {svc}: how data is exported in a usable format, within what time, and to which replacement."
        )
    };
    // eSam's guidance is named only where it existed at the legal date.
    let aspects = if crate::rules::sources::ESAM_UTKONTRAKTERING_2023.later_than(cell.date) {
        text!(
            "Väg in koncentrationsrisk och beroendet av en enda leverantör: verksamhetens dagliga behov, riskspridning, aggregerad information och möjligheten att byta leverantör.",
            "Weigh concentration risk and dependence on a single supplier: day-to-day operational needs, spreading of risk, aggregated information and the possibility to change supplier."
        )
    } else {
        text!(
            "Väg in koncentrationsrisk och lämplighet vid utkontraktering: digital suveränitet, verksamhetens dagliga behov, riskspridning, aggregerad information och dolda säkerhetshot (aspekter som eSam tar upp; läs eSams Vägledning för utkontraktering, 2023-06-21).",
            "Weigh concentration risk and suitability in outsourcing: digital sovereignty, day-to-day operational needs, spreading of risk, aggregated information and hidden security threats (aspects eSam raises; read eSam's Guidance on outsourcing, 2023-06-21)."
        )
    };
    let mut f = match cell.service.contract.exit_plan {
        Tri::Yes => Finding::new(
            RULE.id,
            DIM,
            None,
            text!(
                "Det finns en exitplan och dataportabilitet för {svc}. Koncentrationsrisken kvarstår som en del av den samlade bedömningen.",
                "There is an exit plan and data portability for {svc}. Concentration risk remains part of the overall assessment."
            ),
        ),
        Tri::No => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det finns ingen exitplan för {svc}. Utan den blir myndigheten beroende av leverantören och kan inte byta om villkoren eller rättsläget ändras.",
                "There is no exit plan for {svc}. Without one the body becomes dependent on the supplier and cannot switch if the terms or the legal situation change."
            ),
        )
        .measure("exitplan", exit),
        Tri::Unknown => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det är inte känt om avtalet för {svc} ger exitplan och dataportabilitet.",
                "It is not known whether the contract for {svc} provides an exit plan and data portability."
            ),
        )
        .measure("exitplan", exit)
        .ask(
            Addressee::Supplier,
            "dataexport",
            text!(
                "Hur exporteras alla våra data från {svc} vid avtalets slut, i vilket format, inom vilken tid och till vilken kostnad?",
                "How is all our data exported from {svc} at the end of the contract, in which format, within what time and at what cost?"
            ),
        ),
    };
    f = f.measure("lamplighetsaspekter", aspects).cite(cite(&src::ESAM_UTKONTRAKTERING_2023, "lämplighetsaspekter"));
    if data_act {
        f = f.cite(DATA_ACT.source);
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn missing_exit_plan_is_a_condition_citing_the_data_act() {
        let f = run(&RULE, |a| a.services[0].contract.exit_plan = Tri::No);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].sources.iter().any(|s| s.render().contains("2023/2854")));
        let f = run(&RULE, |a| {
            a.services[0].contract.exit_plan = Tri::No;
            a.legal_date = Date::ymd(2022, 1, 1);
        });
        assert!(!f[0].sources.iter().any(|s| s.render().contains("2023/2854")));
    }

    #[test]
    fn exit_plan_in_place_does_not_decide_but_points_to_esams_guidance() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), None);
        assert!(f[0].measures.iter().any(|m| m.sv.contains("Vägledning för utkontraktering")));
        // Data Act switching charges by date (art. 29): at cost until 2027-01-11, none from 2027-01-12.
        let f = run(&RULE, |a| {
            a.services[0].contract.exit_plan = Tri::No;
            a.legal_date = Date::ymd(2026, 11, 30);
        });
        assert!(f[0].measures.iter().any(|m| m.sv.contains("2027-01-12")));
        let f = run(&RULE, |a| {
            a.services[0].contract.exit_plan = Tri::No;
            a.legal_date = Date::ymd(2027, 2, 1);
        });
        assert!(f[0].measures.iter().any(|m| m.sv.contains("inte längre kosta")));
    }

    #[test]
    fn unknown_exit_plan_asks_the_supplier() {
        let f = run(&RULE, |a| a.services[0].contract.exit_plan = Tri::Unknown);
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }
}
