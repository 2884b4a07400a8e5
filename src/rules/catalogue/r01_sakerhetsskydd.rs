//! R1 Säkerhetsskydd: security-classified information needs a completed säkerhetsskyddad upphandling.

use super::Rule;
use crate::model::Tri;
use crate::rules::legal_state::{
    SAKERHETSSKYDDSLAGEN_1996, SAKERHETSSKYDDSLAGEN_2018, SAKERHETSSKYDD_UTKONTRAKTERING_2021,
};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: "R1",
    title_sv: "Säkerhetsskydd",
    title_en: "Protective security",
    explanation_sv: "Säkerhetsskyddsklassificerade uppgifter – även uppgifter som blir klassificerade först när de sammanställs – får bara lämnas till en leverantör efter särskild säkerhetsskyddsbedömning, säkerhetsskyddsavtal och, i vissa fall, samråd med tillsynsmyndigheten. I praktiken: inte i en publik molntjänst.",
    explanation_en: "Security-classified information – including information that becomes classified only once compiled – may be given to a supplier only after a special protective-security assessment, a protective-security agreement and, in certain cases, consultation with the supervisory authority. In practice: not in a public cloud.",
    sources: &[
        cite(&src::SAKL_1996, ""),
        cite(&src::SAKL_2018, "2 kap. 5 § (säkerhetsskyddsklasser)"),
        cite(&src::SAKL_4KAP_2021, "säkerhetsskyddad upphandling och utkontraktering"),
        cite(&src::DANDERYD_2019, ""),
        cite(&src::GBG_2019, ""),
    ],
    evaluate,
};

const DIM: Dimension = Dimension::ProtectiveSecurity;

fn evaluate(cell: &Cell) -> Vec<Finding> {
    let info = cell.info;
    let name = &info.name;
    let law = if SAKERHETSSKYDDSLAGEN_2018.in_force(cell.date) {
        SAKERHETSSKYDDSLAGEN_2018.source
    } else {
        SAKERHETSSKYDDSLAGEN_1996.source
    };
    let classified = info.security_classified.or(info.aggregation_risk);
    match classified {
        Tri::Yes => {
            let process = &cell.service.protective_security;
            let done = process.sarskild_bedomning.and(process.sakerhetsskyddsavtal);
            let via = if info.security_classified.is_yes() {
                text!("{name} är säkerhetsskyddsklassificerad", "{name} is security-classified")
            } else {
                text!("{name} blir säkerhetsskyddsklassificerad när den sammanställs", "{name} becomes security-classified when compiled")
            };
            let (via_sv, via_en) = (&via.sv, &via.en);
            let mut f = match done {
                Tri::Yes => Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::AllowedWithConditions),
                    text!(
                        "{via_sv} och säkerhetsskyddad upphandling är genomförd (särskild säkerhetsskyddsbedömning och säkerhetsskyddsavtal). Villkoren i avtalet och tillsynsmyndighetens eventuella villkor måste följas.",
                        "{via_en} and protective-security procurement is completed (special assessment and agreement). The agreement's terms and any conditions of the supervisory authority must be followed."
                    ),
                )
                .measure(text!("Följ säkerhetsskyddsavtalet och följ upp det under avtalstiden.", "Follow the protective-security agreement and monitor it over the contract period.")),
                other => {
                    let (missing_sv, missing_en) = if other.is_no() {
                        ("är inte genomförd", "has not been carried out")
                    } else {
                        ("har inte visats vara genomförd", "has not been shown to be carried out")
                    };
                    let f = Finding::new(
                        RULE.id,
                        DIM,
                        Some(Verdict::NotAllowed),
                        text!(
                            "{via_sv}. Säkerhetsskyddad upphandling (särskild säkerhetsskyddsbedömning och säkerhetsskyddsavtal) {missing_sv} för tjänsten. Uppgifterna får därför inte läggas i tjänsten – oavsett tolkningsprofil.",
                            "{via_en}. Protective-security procurement (special assessment and agreement) {missing_en} for the service. The information may therefore not be placed in it – whatever the interpretation profile."
                        ),
                    )
                    .measure(text!(
                        "Hantera {name} i en miljö som är godkänd för säkerhetsskyddsklassificerade uppgifter, inte i tjänsten.",
                        "Handle {name} in an environment approved for security-classified information, not in this service."
                    ));
                    if other.is_unknown() {
                        f.ask(Addressee::Organisation, text!(
                            "Har särskild säkerhetsskyddsbedömning gjorts och säkerhetsskyddsavtal tecknats för tjänsten?",
                            "Has a special protective-security assessment been made and a protective-security agreement concluded for the service?"
                        ))
                    } else {
                        f
                    }
                }
            };
            f = f.cite(law);
            if SAKERHETSSKYDD_UTKONTRAKTERING_2021.in_force(cell.date) {
                f = f.cite(SAKERHETSSKYDD_UTKONTRAKTERING_2021.source);
            }
            vec![f]
        }
        Tri::Unknown => {
            let mut f = Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::NeedsInformation),
                text!(
                    "Det är inte känt om {name} är säkerhetsskyddsklassificerad, eller blir det när uppgifterna sammanställs. Det avgör om säkerhetsskyddslagen hindrar användningen.",
                    "It is not known whether {name} is security-classified, or becomes so when compiled. That decides whether the Protective Security Act prevents the use."
                ),
            )
            .cite(law);
            if info.security_classified.is_unknown() {
                f = f.ask(Addressee::Organisation, text!(
                    "Är {name} säkerhetsskyddsklassificerad (säkerhetsskyddsanalys)?",
                    "Is {name} security-classified (protective-security analysis)?"
                ));
            }
            if info.aggregation_risk.is_unknown() {
                f = f.ask(Addressee::Organisation, text!(
                    "Kan {name} bli säkerhetsskyddsklassificerad när uppgifterna sammanställs (t.ex. en karta över VA-nätet)?",
                    "Can {name} become security-classified when compiled (e.g. a map of the water and sewage network)?"
                ));
            }
            vec![f]
        }
        Tri::No => vec![Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::Allowed),
            text!(
                "{name} är inte säkerhetsskyddsklassificerad, inte heller sammanställd. Säkerhetsskyddslagen hindrar inte användningen.",
                "{name} is not security-classified, nor when compiled. The Protective Security Act does not prevent the use."
            ),
        )
        .cite(law)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn fires_for_classified_information_without_the_process() {
        let f = run(&RULE, |a| a.information_types[0].security_classified = Tri::Yes);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        assert!(f[0].sources.iter().any(|s| s.render() == "Säkerhetsskyddslagen (2018:585)"));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation));
    }

    #[test]
    fn aggregation_counts_as_classified() {
        let f = run(&RULE, |a| a.information_types[0].aggregation_risk = Tri::Yes);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        assert!(f[0].reasoning.sv.contains("sammanställs"));
    }

    #[test]
    fn completed_process_gives_conditions_not_a_clean_allowed() {
        let f = run(&RULE, |a| {
            a.information_types[0].security_classified = Tri::Yes;
            a.services[0].protective_security.sarskild_bedomning = Tri::Yes;
            a.services[0].protective_security.sakerhetsskyddsavtal = Tri::Yes;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn does_not_fire_for_open_information() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
    }

    #[test]
    fn unknown_classification_asks_and_never_allows() {
        let f = run(&RULE, |a| a.information_types[0].security_classified = Tri::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert_eq!(f[0].questions.len(), 1);
    }

    #[test]
    fn cites_the_1996_act_before_2019_04_01() {
        let f = run(&RULE, |a| {
            a.legal_date = crate::model::Date::ymd(2018, 6, 1);
            a.information_types[0].security_classified = Tri::Yes;
        });
        assert!(f[0].sources.iter().any(|s| s.render() == "Säkerhetsskyddslagen (1996:627)"));
        assert!(!f[0].sources.iter().any(|s| s.render().contains("4 kap.")));
    }
}
