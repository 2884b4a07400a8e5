//! R16 Långtidslagring: secret or personal data is not kept in the service once processing is done.

use super::Rule;
use crate::model::{Retention, Tri};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R16,
    title_sv: "Långtidslagring",
    title_en: "Long-term storage",
    explanation_sv: "Personuppgifter får inte sparas längre än nödvändigt (lagringsminimering, GDPR art. 5.1 e), och allmänna handlingar bevaras eller gallras enligt arkivregler. Att inte alls långtidslagra sekretessbelagda uppgifter och personuppgifter i en allmän molntjänst är Danderyds praxis (2019) och verktygets policy, som här ger ett villkor: risken växer med tiden uppgifterna ligger kvar.",
    explanation_en: "Personal data may not be kept longer than necessary (storage limitation, GDPR art. 5.1 e), and official documents are kept or disposed of under archive rules. Not keeping secret and personal data in a general cloud service long-term at all is Danderyd's practice (2019) and the tool's policy, which gives a condition here: the risk grows with the time the data stays.",
    sources: &[
        cite(&src::DANDERYD_2019, "aldrig för långtidslagring efter avslutad behandling"),
        cite(&src::GDPR, "art. 5.1 e (lagringsminimering)"),
        cite(&src::ARKIVLAGEN, ""),
    ],
    policy: true,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let info = cell.info;
    if !cell.is_secret() && cell.has_personal_data().is_no() {
        return;
    }
    let (name, svc) = (&info.name, &cell.service.name);
    let (dm_sv, dm_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        "Danderyd (2019) och verktygets policy",
        "Danderyd (2019) and the tool's policy",
    );
    let (dm_sv, dm_en) = if dm_sv.is_empty() { ("Verktygets policy", "The tool's policy") } else { (dm_sv, dm_en) };
    let (after_sv, after_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        " (efter Danderyd 2019)",
        " (after Danderyd 2019)",
    );
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
                "Uppgifterna i ”{name}” är tänkta att ligga kvar i {svc} efter avslutad handläggning. {dm_sv}: tjänsten används inte för långtidslagring av sekretessbelagda uppgifter eller personuppgifter – det är ett villkor, inte ett lagkrav.",
                "{name} is meant to stay in {svc} after the matter is closed. {dm_en}: the service is not used for long-term storage of secret or personal data – a condition, not a legal requirement."
            ),
        )
        .measure("inte-kvar", condition)
        .as_policy(),
        Retention::Unknown => Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Det är inte känt om uppgifterna i ”{name}” ska ligga kvar i {svc} efter avslutad handläggning. Verktygets policy{after_sv} är att tjänsten inte används för långtidslagring.",
                "It is not known whether {name} is to stay in {svc} after the matter is closed. The tool's policy{after_en} is that the service is not used for long-term storage."
            ),
        )
        .measure("inte-kvar", condition)
        .as_policy()
        .ask(
            Addressee::Organisation,
            "kvar-efter-handlaggning",
            text!(
                "Ska uppgifterna i ”{name}” ligga kvar i {svc} när handläggningen är klar, eller arkiveras de någon annanstans?",
                "Will {name} stay in {svc} once the matter is closed, or is it archived elsewhere?"
            ),
        ),
        Retention::ProcessingOnly => return,
    };
    let f = if cell.has_personal_data() == Tri::Yes { f.cite(cite(&src::GDPR, "art. 5.1 e")) } else { f };
    out.push(f.cite(cite(&src::DANDERYD_2019, "")));
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
