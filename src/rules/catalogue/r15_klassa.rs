//! R15 KLASSA-nivå: the information's KLASSA levels drive infosec requirements; the tool's own
//! (editable) policy stops K4 in a public cloud and requires own keys from K3.

use super::Rule;
use crate::model::ServiceKind;
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R15,
    title_sv: "KLASSA-nivå",
    title_en: "KLASSA level",
    explanation_sv: "KLASSA 4.0 (SKR, 2024) klassar information i nivå 0–4 för konfidentialitet, riktighet, tillgänglighet och spårbarhet, och nivåerna styr säkerhetskraven. För nivå 4 ger KLASSA inga krav utan rekommenderar en särskild analys. Verktygets standardpolicy – inte lag och inte KLASSA, och ändringsbar i profilen – är: konfidentialitet 4 inte i publikt moln; konfidentialitet 3 bara med nycklar som enbart myndigheten kontrollerar.",
    explanation_en: "KLASSA 4.0 (SKR, 2024) classifies information at levels 0–4 for confidentiality, integrity, availability and traceability, and the levels drive the security requirements. For level 4 KLASSA gives no requirements but recommends a separate analysis. The tool's default policy – not law and not KLASSA, editable in the profile – is: confidentiality 4 not in a public cloud; confidentiality 3 only with keys solely under the body's control.",
    sources: &[
        cite(&src::KLASSA_4, ""),
        cite(&src::TOOL_POLICY, "K4 inte i publikt moln, K3 kräver egna nycklar"),
    ],
    policy: true,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let name = &cell.info.name;
    let svc = &cell.service.name;
    let Some(k) = cell.info.klassa_k else {
        out.push(Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::NeedsInformation),
            text!(
                "Informationstypen ”{name}” är inte klassad för konfidentialitet enligt KLASSA. Nivån avgör vilka säkerhetskrav som gäller och om informationen får ligga i tjänsten.",
                "{name} has no KLASSA confidentiality level. The level decides which security requirements apply and whether the information may be in the service."
            ),
        )
        .measure("klassa-enligt-klassa", text!(
            "Klassa {name} enligt KLASSA (konfidentialitet, riktighet, tillgänglighet, spårbarhet) och pröva säkerhetskraven mot nivån innan tjänsten används.",
            "Classify {name} with KLASSA (confidentiality, integrity, availability, traceability) and check the security requirements against the level before the service is used."
        ))
        .ask(Addressee::Organisation, "klassa-niva", text!("Vilken KLASSA-nivå (0–4) har {name} för konfidentialitet, riktighet, tillgänglighet och spårbarhet?", "Which KLASSA level (0–4) does {name} have for confidentiality, integrity, availability and traceability?"))
        // Classifying is the body's own task, and requiring a level is the tool's policy (W7).
        .as_policy());
        return;
    };
    if k > 4 {
        out.push(
            Finding::new(
                RULE.id,
                DIM,
                Some(Verdict::NeedsInformation),
                text!(
                    "KLASSA-nivån {k} för {name} finns inte (nivåerna är 0–4).",
                    "KLASSA level {k} for {name} does not exist (levels are 0–4)."
                ),
            )
            .ask_about(
                Addressee::Organisation,
                "klassa-niva",
                "konfidentialitet",
                text!(
                    "Vilken KLASSA-nivå (0–4) har {name} för konfidentialitet?",
                    "Which KLASSA confidentiality level (0–4) does {name} have?"
                ),
            ),
        );
        return;
    }
    let th = cell.thresholds;
    let (no_cloud, own_keys) = (th.klassa_k_no_public_cloud, th.klassa_k_requires_own_keys);
    if k >= no_cloud && cell.service.kind == ServiceKind::PublicCloud {
        out.push(Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::NotAllowed),
            text!(
                "{name} har konfidentialitetsnivå {k}. Verktygets policy (gräns K{no_cloud}) tillåter inte sådan information i en publik molntjänst. KLASSA ger inga krav för nivå 4 utan rekommenderar en särskild analys.",
                "{name} has confidentiality level {k}. The tool's policy (limit K{no_cloud}) does not allow such information in a public cloud service. KLASSA gives no requirements for level 4 but recommends a separate analysis."
            ),
        )
        .measure("gor-sarskild-risk", text!("Gör en särskild risk- och säkerhetsanalys för ”{name}” och hantera uppgifterna utanför publikt moln.", "Make a separate risk and security analysis for {name} and handle it outside a public cloud."))
        .as_policy());
        return;
    }
    if k >= own_keys && cell.service.kind != ServiceKind::OnPremises {
        let comps = cell.components();
        let not_own: Vec<&str> =
            comps.iter().filter(|c| Cell::keys_exclude_provider(c).is_no()).map(|c| c.name.as_str()).collect();
        let unknown: Vec<&str> =
            comps.iter().filter(|c| Cell::keys_exclude_provider(c).is_unknown()).map(|c| c.name.as_str()).collect();
        if !not_own.is_empty() {
            let list = Cell::lang_list(&not_own);
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::NotAllowed),
                    text!(
                        "{name} har konfidentialitetsnivå {k}. Verktygets policy (från K{own_keys}) kräver nycklar som enbart myndigheten kontrollerar, men i {list} kan leverantören nå klartext.",
                        "{name} has confidentiality level {k}. The tool's policy (from K{own_keys}) requires keys solely under the body's control, but in {list} the provider can reach clear text."
                    ),
                )
                .measure("anvand-extern-nyckel", text!(
                    "Använd extern nyckel eller dubbel kryptering för {list}, eller håll {name} utanför dessa delar av {svc}.",
                    "Use an external key or double key encryption for {list}, or keep {name} out of these parts of {svc}."
                ))
                .as_policy(),
            );
            // Not allowed: the finding on the KLASSA requirements below is left out.
            return;
        } else if !unknown.is_empty() {
            let list = Cell::lang_list(&unknown);
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::NeedsInformation),
                    text!(
                        "{name} har konfidentialitetsnivå {k}, och verktygets policy kräver då nycklar som enbart myndigheten kontrollerar. För {list} är nyckelhanteringen okänd.",
                        "{name} has confidentiality level {k}, and the tool's policy then requires keys solely under the body's control. For {list} key handling is unknown."
                    ),
                )
                .ask(Addressee::Supplier, "nyckelhantering", text!("Vem genererar, lagrar och använder nycklarna för {list}?", "Who generates, stores and uses the keys for {list}?"))
                .as_policy(),
            );
        } else {
            out.push(
                Finding::new(
                    RULE.id,
                    DIM,
                    Some(Verdict::AllowedWithConditions),
                    text!(
                        "{name} har konfidentialitetsnivå {k} och lagras med nycklar som enbart myndigheten kontrollerar, som verktygets policy kräver.",
                        "{name} has confidentiality level {k} and is stored with keys solely under the body's control, as the tool's policy requires."
                    ),
                )
                .measure("dokumentera-ova-nyckelhanteringen", text!("Dokumentera och öva nyckelhanteringen (generering, lagring, återställning) för {name}.", "Document and rehearse key management (generation, storage, recovery) for {name}."))
                .as_policy(),
            );
        }
    }
    // Levels drive the KLASSA requirements.
    let info = cell.info;
    // (Swedish name, which also names the measure, English name, ASCII id for the question's key, level)
    let aspects = [
        ("konfidentialitet", "confidentiality", "konfidentialitet", Some(k)),
        ("riktighet", "integrity", "riktighet", info.klassa_r),
        ("tillgänglighet", "availability", "tillganglighet", info.klassa_t),
        ("spårbarhet", "traceability", "sparbarhet", info.klassa_s),
    ];
    let mut f = if aspects.iter().any(|(_, _, _, l)| l.is_some_and(|l| l >= 2)) {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "KLASSA-nivåerna för {name} ställer säkerhetskrav på användningen av {svc}.",
                "The KLASSA levels of {name} set security requirements on the use of {svc}."
            ),
        )
    } else {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::Allowed),
            text!(
                "{name} har låga KLASSA-nivåer (0–1); myndighetens grundläggande säkerhetskrav räcker.",
                "{name} has low KLASSA levels (0–1); the body's baseline security requirements suffice."
            ),
        )
    };
    for (sv, en, id, level) in aspects {
        match level {
            Some(l) if l >= 2 => {
                f = f.measure_about(
                    "uppfyll-klassa",
                    sv,
                    text!(
                        "Uppfyll KLASSA:s säkerhetskrav för {sv} nivå {l} i {svc}.",
                        "Meet KLASSA's security requirements for {en} level {l} in {svc}."
                    ),
                )
            }
            None => {
                f = f.ask_about(
                    Addressee::Organisation,
                    "klassa-niva",
                    id,
                    text!("Vilken KLASSA-nivå har {name} för {sv}?", "Which KLASSA level does {name} have for {en}?"),
                )
            }
            _ => {}
        }
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{KeyControl, ServiceKind, Tri};
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn k4_is_not_in_a_public_cloud_by_policy() {
        let f = run(&RULE, |a| a.information_types[0].klassa_k = Some(4));
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        assert!(f[0].policy);
        assert!(f[0].reasoning.sv.contains("särskild analys"));
    }

    #[test]
    fn k3_needs_own_keys() {
        let f = run(&RULE, |a| a.information_types[0].klassa_k = Some(3));
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NotAllowed));
        let f = run(&RULE, |a| {
            a.information_types[0].klassa_k = Some(3);
            a.services[0].components[0].key_control = KeyControl::Unknown;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        let f = run(&RULE, |a| {
            a.information_types[0].klassa_k = Some(3);
            a.services[0].components[0].key_control = KeyControl::ExternalKeyNoProviderCleartext;
            a.services[0].components[0].provider_needs_cleartext = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn thresholds_are_editable_and_on_premises_is_not_a_public_cloud() {
        let f = run(&RULE, |a| {
            a.information_types[0].klassa_k = Some(4);
            a.thresholds.klassa_k_requires_own_keys = 4;
            a.thresholds.klassa_k_no_public_cloud = 4;
            a.services[0].kind = ServiceKind::OnPremises;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn lower_levels_drive_requirements() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].measures.len(), 4);
        let f = run(&RULE, |a| {
            let i = &mut a.information_types[0];
            (i.klassa_k, i.klassa_r, i.klassa_t, i.klassa_s) = (Some(1), Some(1), Some(0), Some(1));
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
    }

    #[test]
    fn unclassified_asks_the_organisation() {
        let f = run(&RULE, |a| a.information_types[0].klassa_k = None);
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::NeedsInformation));
        assert_eq!(f[0].questions[0].to, Addressee::Organisation);
    }
}
