//! R16 Långtidslagring: secret or personal data is not kept in the service once processing is done.

use super::Rule;
use crate::model::{Retention, Tri};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: "R16",
    title_sv: "Långtidslagring",
    title_en: "Long-term storage",
    explanation_sv: "Sekretessbelagda uppgifter och personuppgifter ska inte ligga kvar i en allmän molntjänst när handläggningen är klar. De bevaras eller gallras enligt arkivregler i ett system avsett för det. Risken växer med tiden uppgifterna ligger kvar, och lagring i tjänsten är bara motiverad så länge den behövs för arbetet.",
    explanation_en: "Secret data and personal data should not remain in a general cloud service once the matter is closed. It is kept or disposed of under archive rules in a system intended for that. The risk grows with the time the data stays, and storage in the service is justified only as long as the work needs it.",
    sources: &[
        cite(&src::DANDERYD_2019, "aldrig för långtidslagring efter avslutad behandling"),
        cite(&src::GDPR, "art. 5.1 e (lagringsminimering)"),
        cite(&src::ARKIVLAGEN, ""),
    ],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell) -> Vec<Finding> {
    let info = cell.info;
    if !cell.is_secret() && cell.has_personal_data().is_no() {
        return Vec::new();
    }
    let (name, svc) = (&info.name, &cell.service.name);
    let condition = text!(
        "Låt inte {name} ligga kvar i {svc} när handläggningen är klar: arkivera eller gallra i ett system avsett för det, och gallra i tjänsten.",
        "Do not leave {name} in {svc} once the matter is closed: archive or dispose of it in a system intended for that, and delete it from the service."
    );
    let f = match info.retention {
        Retention::LongTerm => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "{name} är tänkt att ligga kvar i {svc} efter avslutad handläggning. Tjänsten ska inte användas för långtidslagring av sekretessbelagda uppgifter eller personuppgifter.",
                "{name} is meant to stay in {svc} after the matter is closed. The service should not be used for long-term storage of secret or personal data."
            ),
        )
        .measure(condition),
        Retention::Unknown => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det är inte känt om {name} ska ligga kvar i {svc} efter avslutad handläggning. Tjänsten ska inte användas för långtidslagring.",
                "It is not known whether {name} is to stay in {svc} after the matter is closed. The service should not be used for long-term storage."
            ),
        )
        .measure(condition)
        .ask(
            Addressee::Organisation,
            text!(
                "Ska {name} ligga kvar i {svc} när handläggningen är klar, eller arkiveras den någon annanstans?",
                "Will {name} stay in {svc} once the matter is closed, or is it archived elsewhere?"
            ),
        ),
        Retention::ProcessingOnly => return Vec::new(),
    };
    let f = if cell.has_personal_data() == Tri::Yes { f.cite(cite(&src::GDPR, "art. 5.1 e")) } else { f };
    vec![f.cite(cite(&src::DANDERYD_2019, ""))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PersonalData;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn long_term_storage_gives_a_condition() {
        let f = run(&RULE, |a| a.information_types[0].retention = Retention::LongTerm);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures[0].sv.contains("arkivera"));
    }

    #[test]
    fn does_not_fire_for_processing_only_or_open_non_personal_data() {
        assert!(run(&RULE, |_| {}).is_empty());
        assert!(run(&RULE, |a| {
            a.information_types[0].retention = Retention::LongTerm;
            a.information_types[0].secrecy = None;
            a.information_types[0].personal_data = PersonalData::None;
        })
        .is_empty());
    }

    #[test]
    fn unknown_retention_asks_and_keeps_the_condition() {
        let f = run(&RULE, |a| a.information_types[0].retention = Retention::Unknown);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].questions[0].to, Addressee::Organisation);
    }
}
