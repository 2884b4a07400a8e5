//! R19 Grundsäkerhet: the provider's base security, shown by certifications and audit reports the
//! body has reviewed itself. Owns the infosec dimension: always gives a verdict there.

use super::Rule;
use crate::model::ServiceKind;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R19,
    title_sv: "Grundsäkerhet",
    title_en: "Base security",
    explanation_sv: "Tillräcklig säkerhet är en förutsättning för att använda en tjänst alls. För en molntjänst visas grundsäkerheten av certifieringar (ISO/IEC 27001, SOC 2, BSI C5) och revisionsrapporter som myndigheten själv har gått igenom – som Göteborg gjorde 2019. Danderyd bedömde 2019 att risken för dataintrång och attacker var större än risken för utlämnande enligt utländsk lag – en bedömning i det fallet, inte en allmän regel. För egen drift är grundsäkerheten myndighetens egen och supportleverantörens.",
    explanation_en: "Adequate security is a precondition for using a service at all. For a cloud service, base security is shown by certifications (ISO/IEC 27001, SOC 2, BSI C5) and audit reports the body has reviewed itself – as Gothenburg did in 2019. Danderyd judged in 2019 that the risk of breaches and attacks was greater than the risk of disclosure under foreign law – a judgment in that case, not a general rule. For on-premises operation, base security is the body's own and its support supplier's.",
    sources: &[
        cite(&src::GDPR, "art. 32 (säkerhet i behandlingen)"),
        cite(&src::STANDARDS, ""),
        cite(&src::GBG_GRUNDSAKERHET_2018, "granskade revisionsrapporter och certifieringar"),
        cite(&src::DANDERYD_2019, "attackrisken är större än risken enligt CLOUD Act"),
    ],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let (dm_sv, dm_en) = crate::rules::sources::mention(&crate::rules::sources::DANDERYD_2019, cell.date, "Danderyds kommun (2019) bedömde att risken för intrång och attacker var större än risken för utlämnande enligt utländsk lag. ", "Danderyd municipality (2019) judged that the risk of breaches and attacks was greater than the risk of disclosure under foreign law. ");
    let svc = &cell.service.name;
    let certs = &cell.service.certifications;
    let named = [("ISO/IEC 27001", certs.iso27001), ("SOC 2", certs.soc2), ("BSI C5", certs.bsi_c5)];
    let have: Vec<&str> = named.iter().filter(|(_, v)| v.is_yes()).map(|(n, _)| *n).collect();
    let unknown: Vec<&str> = named.iter().filter(|(_, v)| v.is_unknown()).map(|(n, _)| *n).collect();
    let reviewed = certs.audit_reports_reviewed;
    let firm = Cell::is_firm(&certs.provenance);
    let context = text!(
        "{dm_sv}Väg risken för intrång och attacker mot risken för utlämnande enligt utländsk lag för er egen tjänst.",
        "{dm_en}Weigh the risk of breaches and attacks against the risk of disclosure under foreign law for your own service.",
    );
    let (ctx_sv, ctx_en) = (&context.sv, &context.en);
    let (gbg_sv, gbg_en) = src::mention(&src::GBG_LOCKBOX_2018, cell.date, " (Göteborg 2018)", " (Gothenburg 2018)");
    let review = text!(
        "Gå själva igenom revisionsrapporterna (t.ex. SOC 2 typ II, ISO-certifikatets omfattning) för {svc} och notera avvikelser och kundens egna åtaganden.",
        "Review the audit reports (e.g. SOC 2 type II, the scope of the ISO certificate) for {svc} yourselves and note deviations and customer responsibilities."
    );
    let ask_review = text!(
        "Har ni själva gått igenom leverantörens revisionsrapporter och certifieringar för {svc}?",
        "Have you reviewed the supplier's audit reports and certifications for {svc} yourselves?"
    );
    if cell.service.kind == ServiceKind::OnPremises {
        out.push(Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "{svc} drivs i egen regi. Grundsäkerheten är myndighetens egen och supportleverantörens: leverantörscertifieringar säger lite om den. {ctx_sv}",
                "{svc} is run on premises. Base security is the body's own and the support supplier's: supplier certifications say little about it. {ctx_en}"
            ),
        )
        .measure("sakerstall-egen-sakerhetsniva", text!(
            "Säkerställ egen säkerhetsnivå för {svc} (patchning, skydd mot intrång, säkerhetskopior, övervakning) och ställ säkerhetskrav i supportavtalet.",
            "Ensure your own security level for {svc} (patching, intrusion protection, backups, monitoring) and set security requirements in the support contract."
        ))
        .cite(cite(&src::GDPR, "art. 32")));
        return;
    }
    let f = if !have.is_empty() {
        let list = Cell::lang_list(&have);
        if reviewed.is_yes() && firm {
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::Allowed),
                text!(
                    "{svc} har {list}, och myndigheten har själv gått igenom revisionsrapporterna. Grundsäkerheten är visad. {ctx_sv}",
                    "{svc} has {list}, and the body has reviewed the audit reports itself. Base security is shown. {ctx_en}"
                ),
            )
        } else {
            let mut f = Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::AllowedWithConditions),
                text!(
                    "{svc} uppges ha {list}, men certifieringarna är inte kontrollerade eller revisionsrapporterna inte genomgångna av myndigheten. Ett löfte som inte kan kontrolleras väger lätt{gbg_sv}. {ctx_sv}",
                    "{svc} is said to have {list}, but the certifications are not checked or the audit reports not reviewed by the body. A promise that cannot be checked carries little weight{gbg_en}. {ctx_en}"
                ),
            )
            .measure("granska-revisionsrapporterna", review.clone());
            if !firm {
                f = f.measure(
                    "kontrollera-certifikaten-utfardare",
                    text!(
                        "Kontrollera certifikaten ({list}): utfärdare, giltighet och att de omfattar {svc}.",
                        "Check the certificates ({list}): issuer, validity and that they cover {svc}."
                    ),
                );
            }
            if reviewed.is_unknown() {
                f = f.ask(Addressee::Organisation, "revisionsrapporter", ask_review);
            }
            f
        }
    } else if !unknown.is_empty() {
        let list = Cell::lang_list(&unknown);
        let ask_certifications = text!(
            "Vilka säkerhetscertifieringar ({list}) har {svc}, vad omfattar de, och kan vi få revisionsrapporterna?",
            "Which security certifications ({list}) does {svc} have, what do they cover, and can we get the audit reports?"
        );
        if reviewed.is_yes() {
            // The body's own review is a basis for judging base security; the certifications remain
            // to be settled, but nothing needs reviewing again.
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::AllowedWithConditions),
                text!(
                    "Det är inte känt om {svc} är certifierad ({list}), men myndigheten har själv gått igenom leverantörens revisionsrapporter. Det ger ett underlag för att bedöma grundsäkerheten; klarlägg certifieringarna. {ctx_sv}",
                    "It is not known whether {svc} is certified ({list}), but the body has reviewed the supplier's audit reports itself. That is a basis for judging base security; settle the certifications. {ctx_en}"
                ),
            )
            .ask(Addressee::Supplier, "certifieringar", ask_certifications)
        } else {
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::NeedsInformation),
                text!(
                    "Det är inte känt om {svc} är certifierad ({list}). Utan certifieringar eller genomgångna revisionsrapporter går grundsäkerheten inte att bedöma. {ctx_sv}",
                    "It is not known whether {svc} is certified ({list}). Without certifications or reviewed audit reports, base security cannot be judged. {ctx_en}"
                ),
            )
            .ask(Addressee::Supplier, "certifieringar", ask_certifications)
            .measure("granska-revisionsrapporterna", review)
        }
    } else if reviewed.is_yes() {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "{svc} saknar ISO/IEC 27001, SOC 2 och BSI C5, men myndigheten har själv granskat leverantörens revisionsunderlag. {ctx_sv}",
                "{svc} has neither ISO/IEC 27001, SOC 2 nor BSI C5, but the body has reviewed the supplier's audit material itself. {ctx_en}"
            ),
        )
        .measure("krav-oberoende-granskning", text!(
            "Kräv oberoende granskning av {svc} (certifiering eller revisionsrapport) och upprepa den egna granskningen regelbundet.",
            "Require independent assurance of {svc} (certification or audit report) and repeat your own review regularly."
        ))
    } else {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::NotAllowed),
            text!(
                "{svc} saknar ISO/IEC 27001, SOC 2 och BSI C5, och inga revisionsrapporter är granskade. Grundsäkerheten i en molntjänst kan då inte visas. Verktygets policy: inte tillåtet förrän grundsäkerheten är visad. {ctx_sv}",
                "{svc} has neither ISO/IEC 27001, SOC 2 nor BSI C5, and no audit reports have been reviewed. The base security of a cloud service cannot then be shown. The tool's policy: not allowed until base security is shown. {ctx_en}"
            ),
        )
        .measure("krav-oberoende-granskning", text!(
            "Kräv oberoende granskning av {svc} (certifiering eller revisionsrapport), eller gör en egen säkerhetsgranskning.",
            "Require independent assurance of {svc} (certification or audit report), or carry out your own security review."
        ))
        .as_policy()
    };
    out.push(f.cite(cite(&src::GBG_GRUNDSAKERHET_2018, "")).cite(cite(&src::DANDERYD_2019, "")));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactStatus, Provenance, Tri};
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn reviewed_certifications_are_allowed() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
        assert!(f[0].reasoning.sv.contains("attacker"));
    }

    #[test]
    fn claimed_or_unreviewed_certifications_give_conditions() {
        let f = run(&RULE, |a| a.services[0].certifications.audit_reports_reviewed = Tri::No);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        let f = run(&RULE, |a| {
            a.services[0].certifications.provenance =
                Some(Provenance { status: FactStatus::Claimed, source: String::new(), date: None, recheck: None })
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].measures.len(), 2);
    }

    #[test]
    fn unknown_certifications_ask_the_supplier() {
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].certifications;
            (c.iso27001, c.soc2, c.bsi_c5, c.audit_reports_reviewed) = (Tri::Unknown, Tri::No, Tri::Unknown, Tri::No);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
    }

    /// Göteborg 2018 reviewed Microsoft's audit reports without naming certifications: the review
    /// is a basis (with conditions), the certifications a question, and nothing asks for the review
    /// again; before Danderyd's report of 2019-09-30 the reasoning does not cite it.
    #[test]
    fn reviewed_reports_with_unknown_certifications_give_conditions_without_a_second_review() {
        let f = run(&RULE, |a| {
            let c = &mut a.services[0].certifications;
            (c.iso27001, c.soc2, c.bsi_c5, c.audit_reports_reviewed) =
                (Tri::Unknown, Tri::Unknown, Tri::Unknown, Tri::Yes);
            a.legal_date = crate::model::Date::ymd(2018, 10, 1);
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].questions[0].to, Addressee::Supplier);
        assert!(f[0].measures.iter().all(|m| !m.key.contains("granska-revisionsrapporterna")));
        assert!(!f[0].reasoning.sv.contains("Utan certifieringar") && !f[0].reasoning.sv.contains("Danderyd"));
        assert!(f[0].reasoning.sv.contains(". Väg risken"), "{}", f[0].reasoning.sv);
    }

    #[test]
    fn no_certification_in_a_public_cloud_is_not_allowed_by_policy() {
        let none = |a: &mut crate::model::Assessment| {
            let c = &mut a.services[0].certifications;
            (c.iso27001, c.soc2, c.bsi_c5, c.audit_reports_reviewed) = (Tri::No, Tri::No, Tri::No, Tri::No);
        };
        let f = run(&RULE, none);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        assert!(f[0].policy);
        let f = run(&RULE, |a| {
            none(a);
            a.services[0].kind = ServiceKind::OnPremises;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert!(f[0].reasoning.sv.contains("egen regi"));
    }
}
