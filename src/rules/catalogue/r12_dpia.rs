//! R12 DPIA: sensitive or criminal-offence data (art. 9/10), large scale or new technology →
//! a data protection impact assessment (art. 35) before processing.

use super::Rule;
use crate::model::PersonalData;
use crate::rules::legal_state::GDPR;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R12,
    title_sv: "Konsekvensbedömning (DPIA)",
    title_en: "Data protection impact assessment (DPIA)",
    explanation_sv: "En behandling som sannolikt medför hög risk – t.ex. känsliga personuppgifter (art. 9) eller uppgifter om lagöverträdelser (art. 10) i stor omfattning, eller ny teknik – kräver en konsekvensbedömning enligt artikel 35 innan den börjar. IMY:s förteckning visar när en DPIA alltid krävs.",
    explanation_en: "Processing likely to result in a high risk – e.g. special-category data (art. 9) or criminal-offence data (art. 10) on a large scale, or new technology – needs an impact assessment under Article 35 before it starts. The Swedish DPA's (IMY) list shows when a DPIA is always required.",
    sources: &[
        cite(&src::GDPR, "art. 35.1 och 35.3 b"),
        cite(&src::GDPR, "art. 9 och 10"),
        cite(&src::IMY_DPIA_LIST, ""),
    ],
    policy: false,
    dimensions: &[Dimension::Processor],
    evaluate,
};

const DIM: Dimension = Dimension::Processor;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if !GDPR.in_force(cell.date) {
        return;
    }
    let name = &cell.info.name;
    let imy = crate::rules::legal_state::supervisory_authority(cell.date);
    let dpia = text!(
        "Gör en konsekvensbedömning (DPIA, art. 35) för {name} i tjänsten innan behandlingen börjar, och samråd med {imy} om hög risk kvarstår (art. 36).",
        "Make a data protection impact assessment (DPIA, art. 35) for {name} in the service before processing starts, and consult {imy} if a high risk remains (art. 36)."
    );
    let f = match cell.info.personal_data {
        PersonalData::Sensitive | PersonalData::Criminal => {
            let (kind_sv, kind_en, art) = if cell.info.personal_data == PersonalData::Sensitive {
                ("känsliga personuppgifter (art. 9)", "special-category data (art. 9)", cite(&src::GDPR, "art. 9"))
            } else {
                ("uppgifter om lagöverträdelser (art. 10)", "criminal-offence data (art. 10)", cite(&src::GDPR, "art. 10"))
            };
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::AllowedWithConditions),
                text!(
                    "{name} innehåller {kind_sv}. Behandling i en molntjänst medför då sannolikt hög risk.",
                    "{name} holds {kind_en}. Processing in a cloud service is then likely to result in a high risk."
                ),
            )
            .measure("gor-dpia", dpia)
            .cite(cite(&src::GDPR, "art. 35.1"))
            .cite(art)
        }
        PersonalData::Ordinary => Finding::new(
            RULE.id,
            DIM,
            None,
            text!(
                "{name} innehåller vanliga personuppgifter. En DPIA krävs ändå om behandlingen sker i stor omfattning eller med ny teknik (t.ex. AI-funktioner) – pröva det mot {imy}:s förteckning.",
                "{name} holds ordinary personal data. A DPIA is still required if the processing is large-scale or uses new technology (e.g. AI features) – check against {imy}'s list."
            ),
        )
        .cite(cite(&src::GDPR, "art. 35.1")),
        PersonalData::Unknown => Finding::new(
            RULE.id,
            DIM,
            None,
            text!(
                "Det är inte känt om {name} innehåller personuppgifter; om det är känsliga uppgifter eller uppgifter om lagöverträdelser krävs en DPIA.",
                "It is not known whether {name} holds personal data; if it holds special-category or criminal-offence data, a DPIA is required."
            ),
        )
        .cite(cite(&src::GDPR, "art. 35.1")),
        PersonalData::None => return,
    };
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn sensitive_data_requires_a_dpia() {
        let f = run(&RULE, |a| a.information_types[0].personal_data = PersonalData::Sensitive);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures[0].sv.contains("art. 35"));
        let f = run(&RULE, |a| a.information_types[0].personal_data = PersonalData::Criminal);
        assert!(f[0].sources.iter().any(|s| s.id() == "gdpr" && s.pin == "art. 10"));
    }

    #[test]
    fn ordinary_or_no_personal_data_does_not_decide() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), None);
        assert!(run(&RULE, |a| a.information_types[0].personal_data = PersonalData::None).is_empty());
        assert!(run(&RULE, |a| {
            a.information_types[0].personal_data = PersonalData::Sensitive;
            a.legal_date = Date::ymd(2018, 1, 1);
        })
        .is_empty());
    }

    #[test]
    fn unknown_personal_data_is_noted() {
        let f = run(&RULE, |a| a.information_types[0].personal_data = PersonalData::Unknown);
        assert_eq!(f.len(), 1);
        assert!(f[0].reasoning.sv.contains("inte känt"));
    }
}
