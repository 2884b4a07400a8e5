//! R23 Leverantörens egna ändamål: a provider that uses content or service-generated data for its own
//! purposes is, for that use, a controller and not a processor; and for OSL its task is then not *only*
//! technical processing or storage (R2 draws the secrecy consequence).

use super::Rule;
use crate::model::OwnUse;
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R23,
    title_sv: "Leverantörens egna ändamål",
    title_en: "The provider's own purposes",
    explanation_sv: "Använder leverantören innehåll eller data som tjänsten genererar (telemetri, diagnostik, AI-funktioner, modellträning, produktutveckling) för egna ändamål, är den för den användningen personuppgiftsansvarig och inte biträde. Ett biträde får bara behandla uppgifterna enligt myndighetens dokumenterade instruktioner; utan rättslig grund och angivna ändamål för leverantörens användning uppfylls inte artikel 28. För OSL är uppdraget då inte endast teknisk bearbetning eller lagring, så 10 kap. 2 a § är inte tillämplig (R2).",
    explanation_en: "If the provider uses content or service-generated data (telemetry, diagnostics, AI features, model training, product improvement) for its own purposes, it is a controller for that use, not a processor. A processor may process the data only on the body's documented instructions; without a legal basis and specified purposes for the provider's use, Article 28 is not met. For OSL the task is then not only technical processing or storage, so OSL ch. 10 s. 2 a does not apply (R2).",
    sources: &[
        cite(&src::GDPR, "art. 28.3 a, 28.10 och 29"),
        cite(&src::EDPS_2024, ""),
        cite(&src::DATATILSYNET_2024, ""),
        cite(&src::OSL_10_2A, ""),
    ],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Processor],
    evaluate,
};

const EDPS_2024: Cite = cite(&src::EDPS_2024, "");
const DATATILSYNET_2024: Cite = cite(&src::DATATILSYNET_2024, "");

/// " – jfr …" naming the decisions on providers' own purposes that existed at `date` (DOMAIN.md §5:
/// nothing is cited before it existed).
fn decisions_since(date: crate::model::Date) -> (String, String) {
    let decisions = [
        src::mention(
            &src::DATATILSYNET_2024,
            date,
            "danska Datatilsynets Chromebook-beslut 2024-01-30",
            "the Danish Datatilsynet's Chromebook decision of 2024-01-30",
        ),
        src::mention(
            &src::EDPS_2024,
            date,
            "EDPS beslut 2024-03-08 om kommissionens användning av Microsoft 365",
            "the EDPS decision of 2024-03-08 on the Commission's use of Microsoft 365",
        ),
    ];
    let (sv, en): (Vec<&str>, Vec<&str>) = decisions.into_iter().filter(|(sv, _)| !sv.is_empty()).unzip();
    if sv.is_empty() {
        (String::new(), String::new())
    } else {
        (format!(" – jfr {}", sv.join(" och ")), format!(" – cf. {}", en.join(" and ")))
    }
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let name = &cell.info.name;
    let service = &cell.service.name;
    let own = cell.service.own_use_of_content;
    let pd = cell.has_personal_data();
    let ask_pd = |f: Finding| {
        f.ask(Addressee::Organisation, super::questions::PERSONAL_DATA, super::questions::personal_data(name))
    };
    match own {
        OwnUse::Yes if !pd.is_no() => {
            let (compare_sv, compare_en) = decisions_since(cell.date);
            let text = text!(
                "Leverantören av {service} använder innehåll eller data som tjänsten genererar för egna ändamål. För den användningen är leverantören personuppgiftsansvarig, inte biträde: den behandlar inte bara enligt myndighetens instruktioner (art. 28.3 a och 29) och bestämmer själv ändamålen (art. 28.10). Utan rättslig grund och angivna ändamål för den användningen uppfylls inte kraven{compare_sv}.",
                "The provider of {service} uses content or service-generated data for its own purposes. For that use the provider is a controller, not a processor: it does not process only on the body's instructions (Art. 28(3)(a) and 29) and decides the purposes itself (Art. 28(10)). Without a legal basis and specified purposes for that use the requirements are not met{compare_en}."
            );
            let f = if pd.is_yes() {
                Finding::new(RULE.id, Dimension::Processor, Some(Verdict::NotAllowed), text)
            } else {
                ask_pd(Finding::new(RULE.id, Dimension::Processor, Some(Verdict::NeedsInformation), text))
            };
            out.push(
                f.measure("stang-avtala-bort", text!(
                    "Stäng av eller avtala bort leverantörens egna ändamål (telemetri med innehåll, AI-träning, produktutveckling), eller använd inte tjänsten för personuppgifter.",
                    "Switch off or contract out the provider's own purposes (telemetry with content, AI training, product improvement), or do not use the service for personal data."
                ))
                .cite(EDPS_2024)
                .cite(DATATILSYNET_2024),
            );
        }
        OwnUse::Unknown if !pd.is_no() => {
            let mut f = Finding::new(
                RULE.id,
                Dimension::Processor,
                Some(Verdict::NeedsInformation),
                text!(
                    "Det är inte känt om leverantören av {service} använder innehåll eller data som tjänsten genererar för egna ändamål. Gör den det är den personuppgiftsansvarig för den användningen: biträdesrollen enligt artikel 28 håller inte för den, och utlämnandet för den behöver en egen rättslig grund.",
                    "It is not known whether the provider of {service} uses content or service-generated data for its own purposes. If it does, it is a controller for that use: the processor role under Article 28 does not hold for it, and the disclosure for it needs a legal basis of its own."
                ),
            )
            .ask(Addressee::Supplier, super::questions::OWN_USE, super::questions::own_use(service))
            .cite(EDPS_2024);
            if pd.is_unknown() {
                f = ask_pd(f);
            }
            out.push(f);
        }
        OwnUse::OptedOut if !pd.is_no() => out.push(
            Finding::new(
                RULE.id,
                Dimension::Processor,
                Some(Verdict::AllowedWithConditions),
                text!(
                    "Myndigheten har valt bort leverantörens egen användning av data i {service}. Leverantören kan då vara biträde för hela behandlingen, förutsatt att bortvalet verkligen gäller.",
                    "The body has opted out of the provider's own use of data in {service}. The provider can then be a processor for the whole processing, provided the opt-out really applies."
                ),
            )
            .measure("verifiera-bortvalet-leverantorens", text!(
                "Verifiera att bortvalet av leverantörens egna ändamål gäller (inställning, avtal) och spara beviset; följ upp vid nya funktioner och villkorsändringar.",
                "Verify that the opt-out from the provider's own purposes applies (setting, contract) and keep the evidence; follow up on new features and changed terms."
            )),
        ),
        OwnUse::None if !pd.is_no() => {
            let firm = cell.service.provenance.as_ref().is_some_and(|p| p.status.is_firm());
            let t = text!(
                "Leverantören av {service} använder inte innehåll eller data som tjänsten genererar för egna ändamål; biträdesrollen påverkas inte av detta.",
                "The provider of {service} does not use content or service-generated data for its own purposes; the processor role is not affected by this."
            );
            out.push(if firm {
                Finding::new(RULE.id, Dimension::Processor, Some(Verdict::Allowed), t)
            } else {
                Finding::new(RULE.id, Dimension::Processor, None, t).measure("uppgiften-leverantoren-anvander", text!(
                    "Uppgiften att leverantören inte använder data för egna ändamål är bara påstådd eller antagen: få den avtalad eller verifierad.",
                    "The statement that the provider does not use data for its own purposes is only claimed or assumed: have it contracted or verified."
                ))
            });
        }
        _ => {}
    }
    // 10 kap. 2 a § OSL applies from 2023-07-01; before it there is nothing to say about it here.
    if cell.is_secret() && matches!(own, OwnUse::Yes | OwnUse::Unknown) && !src::OSL_10_2A.later_than(cell.date) {
        let (sv, en) = if own == OwnUse::Yes {
            ("Leverantörens egen användning innebär att uppdraget inte är endast teknisk bearbetning eller lagring; 10 kap. 2 a § OSL är därför inte tillämplig (se R2).", "The provider's own use means the task is not only technical processing or storage; OSL ch. 10 s. 2 a therefore does not apply (see R2).")
        } else {
            ("Om leverantören använder uppgifterna för egna ändamål är uppdraget inte endast teknisk bearbetning eller lagring, och 10 kap. 2 a § OSL är då inte tillämplig (se R2).", "If the provider uses the information for its own purposes, the task is not only technical processing or storage, and OSL ch. 10 s. 2 a then does not apply (see R2).")
        };
        out.push(Finding::new(RULE.id, Dimension::Secrecy, None, text!("{sv}", "{en}")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactStatus, PersonalData};
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn own_use_with_personal_data_is_not_allowed() {
        let f = run(&RULE, |a| a.services[0].own_use_of_content = OwnUse::Yes);
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::NotAllowed));
        assert!(f[0].sources.contains(&EDPS_2024) && f[0].sources.contains(&DATATILSYNET_2024));
        assert_eq!(verdict_on(&f, Dimension::Secrecy), None);
        assert!(f.iter().any(|f| f.dimension == Dimension::Secrecy && f.reasoning.sv.contains("2 a §")));
    }

    /// Before 2024 the reasoning names neither decision, and before 2023-07-01 it says nothing of
    /// 10 kap. 2 a § OSL, which did not yet exist.
    #[test]
    fn names_only_what_existed_at_the_date() {
        let f = run(&RULE, |a| {
            a.services[0].own_use_of_content = OwnUse::Yes;
            a.legal_date = crate::model::Date::ymd(2023, 6, 30);
        });
        let all: String = f.iter().map(|f| f.reasoning.sv.clone()).collect();
        assert!(!all.contains("EDPS") && !all.contains("Datatilsynet") && !all.contains("2 a §"), "{all}");
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| {
            a.services[0].own_use_of_content = OwnUse::Yes;
            a.legal_date = crate::model::Date::ymd(2024, 2, 1);
        });
        let all: String = f.iter().map(|f| f.reasoning.sv.clone()).collect();
        assert!(
            all.contains("jfr danska Datatilsynets") && !all.contains("EDPS beslut") && all.contains("2 a §"),
            "{all}"
        );
    }

    #[test]
    fn no_processor_verdict_without_personal_data() {
        let f = run(&RULE, |a| {
            a.services[0].own_use_of_content = OwnUse::Yes;
            a.information_types[0].personal_data = PersonalData::None;
        });
        assert_eq!(verdict_on(&f, Dimension::Processor), None);
        assert!(f.iter().all(|f| f.dimension != Dimension::Processor));
    }

    #[test]
    fn unknown_own_use_asks_the_supplier() {
        let f = run(&RULE, |a| a.services[0].own_use_of_content = OwnUse::Unknown);
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Supplier));
        let f = run(&RULE, |a| {
            a.services[0].own_use_of_content = OwnUse::Yes;
            a.information_types[0].personal_data = PersonalData::Unknown;
        });
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::NeedsInformation));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation));
    }

    #[test]
    fn opt_out_is_a_condition_to_verify() {
        let f = run(&RULE, |a| a.services[0].own_use_of_content = OwnUse::OptedOut);
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::AllowedWithConditions));
        assert!(f[0].measures[0].sv.contains("Verifiera"));
    }

    #[test]
    fn no_own_use_does_not_fire_and_claims_are_not_allowed_outright() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, Dimension::Processor), Some(Verdict::Allowed));
        let f = run(&RULE, |a| a.services[0].provenance.as_mut().unwrap().status = FactStatus::Claimed);
        assert_eq!(verdict_on(&f, Dimension::Processor), None);
        assert!(!f[0].measures.is_empty());
    }
}
