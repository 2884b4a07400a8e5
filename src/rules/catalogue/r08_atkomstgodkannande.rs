//! R8 Åtkomstgodkännande (Lockbox-type): what an approval step before provider staff access really
//! achieves for this information. Organisational, never technical: it never changes the strict
//! profile's röjande verdict, and in the risk profiles it reduces only the support-access path of the
//! components it covers. Explains; R2 decides.

use super::Rule;
use crate::model::{ControlKind, ProfileId};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R8,
    title_sv: "Åtkomstgodkännande (Lockbox-typ)",
    title_en: "Access approval (Lockbox-type)",
    explanation_sv: "Ett godkännandesteg innan leverantörens personal får åtkomst till innehållet (t.ex. Customer Lockbox) är en organisatorisk kontroll. Den prövas på: vilka komponenter som håller uppgifterna den täcker, om den som begär support också godkänner (ingen åtskillnad), om privilegierade administratörer kan kringgå den, att den inte stoppar utlämnande som leverantören är skyldig till enligt lag, och om effekten är verifierad eller bara utlovad. Den ändrar aldrig den strikta profilens bedömning av röjande; i riskprofilerna minskar den bara supportvägen, och bara för täckta komponenter.",
    explanation_en: "An approval step before provider staff get access to content (e.g. Customer Lockbox) is an organisational control. It is tested on: which of the components holding the information it covers, whether those who request support also approve (no separation of duties), whether privileged administrators can bypass it, that it does not stop disclosure the provider is obliged to make by law, and whether its effect is verified or only promised. It never changes the strict profile's disclosure verdict; in the risk profiles it reduces only the support-access path, and only for covered components.",
    sources: &[cite(&src::GBG_LOCKBOX_2018, "")],
    policy: false,
    dimensions: &[Dimension::Secrecy, Dimension::Processor],
    evaluate,
};

const SEED_000: Cite = cite(&src::GBG_LOCKBOX_2018, "");

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let Some(dim) = cell.explanation_dimension() else {
        return;
    };
    let components = cell.components();
    for control in cell.service.controls.iter().filter(|c| c.kind == ControlKind::AccessApproval) {
        let cname: &str = if control.name.is_empty() { "Godkännandekontrollen" } else { &control.name };
        let all_covered = components.iter().all(|c| control.covers.contains(&c.id));
        let effective = all_covered && !control.requester_is_approver && !control.admin_bypass && control.verified;
        // The explanation decides nothing (no verdict): it is written only when texts are.
        let reasoning = crate::model::Text::lazy(|| {
            let covered: Vec<&str> =
                components.iter().filter(|c| control.covers.contains(&c.id)).map(|c| c.name.as_str()).collect();
            let uncovered: Vec<&str> =
                components.iter().filter(|c| !control.covers.contains(&c.id)).map(|c| c.name.as_str()).collect();
            let mut sv: Vec<String> = Vec::new();
            let mut en: Vec<String> = Vec::new();
            // (1) separation of duties
            if control.requester_is_approver {
                sv.push("Samma personer öppnar supportärendena och godkänner åtkomsten – det finns ingen åtskillnad mellan den som begär och den som godkänner, så steget tillför ingen egentlig kontroll.".into());
                en.push("The same people open the support cases and approve the access – there is no separation between requester and approver, so the step adds no real control.".into());
            } else {
                sv.push("Den som begär support och den som godkänner åtkomsten är olika personer.".into());
                en.push("Those who request support and those who approve access are different people.".into());
            }
            // (2) coverage
            if uncovered.is_empty() {
                sv.push("Kontrollen täcker alla komponenter som håller uppgifterna.".into());
                en.push("The control covers every component that holds the information.".into());
            } else {
                let (u, c) = (Cell::lang_list(&uncovered), Cell::lang_list(&covered));
                let c = if c.is_empty() { "ingen".to_string() } else { c };
                sv.push(format!(
                    "Kontrollen täcker inte alla komponenter som håller uppgifterna: inte {u} (täckta: {c})."
                ));
                en.push(format!(
                    "The control does not cover every component that holds the information: not {u} (covered: {c})."
                ));
            }
            // (3) privileged administrators
            if control.admin_bypass {
                sv.push("Leverantörens privilegierade administratörer kan kringgå kontrollen.".into());
                en.push("The provider's privileged administrators can bypass the control.".into());
            }
            // (4) legal compulsion
            sv.push("Kontrollen stoppar inte utlämnande som leverantören är skyldig till enligt lag (t.ex. ett annat lands tvångslagstiftning, se R3).".into());
            en.push("The control does not stop disclosure the provider is obliged to make by law (e.g. another country's compulsion laws, see R3).".into());
            // (5) verified or only promised
            if !control.verified {
                let (gbg_sv, gbg_en) = src::mention(
                    &src::GBG_LOCKBOX_2018,
                    cell.date,
                    " (Göteborgs Stad 2018)",
                    " (City of Gothenburg 2018)",
                );
                sv.push(format!("Effekten är inte verifierad, bara utlovad; en utlovad kontroll som inte kunnat verifieras kan inte ges någon vikt{gbg_sv}."));
                en.push(format!("Its effect is not verified, only promised; a promised control that could not be verified cannot be given weight{gbg_en}."));
            }
            // keys and other delivery models
            if components.iter().any(|c| !Cell::keys_exclude_provider(c).is_yes()) {
                sv.push("Leverantören behöver dessutom fortfarande nycklarna för att kunna tillhandahålla uppgifterna – kontrollen är organisatorisk, inte teknisk.".into());
                en.push("Moreover, the provider still needs the keys to serve the information – the control is organisational, not technical.".into());
            }
            sv.push(
                "Den gäller bara den här tjänsten; andra leveransmodeller där samma uppgifter finns behöver egna lösningar.".into(),
            );
            en.push(
                "It applies to this service only; other delivery models that hold the same information need their own solutions."
                    .into(),
            );
            let (effect_sv, effect_en) = match (cell.profile, effective) {
                (ProfileId::Strict, _) => (
                    "Kontrollen ändrar inte bedömningen i den strikta profilen (R2a): godkännandeflöden botar inte röjande."
                        .to_string(),
                    "The control does not change the assessment in the strict profile (R2a): approval flows do not cure disclosure."
                        .to_string(),
                ),
                (_, true) => {
                    let c = Cell::lang_list(&covered);
                    (
                        format!("I riskprofilen minskar kontrollen bara risken via supportvägen, och bara för {c}; drift, nyckelhantering och utlämnande enligt lag påverkas inte."),
                        format!("In the risk profile the control reduces only the risk via the support path, and only for {c}; operations, key handling and disclosure by law are not affected."),
                    )
                }
                (_, false) => (
                    "I riskprofilen ger kontrollen ingen tillförlitlig minskning av risken.".to_string(),
                    "In the risk profile the control gives no reliable reduction of the risk.".to_string(),
                ),
            };
            let (body_sv, body_en) = (sv.join(" "), en.join(" "));
            (format!("{cname}: {body_sv} {effect_sv}"), format!("{cname}: {body_en} {effect_en}"))
        });
        let mut f = Finding::new(RULE.id, dim, None, reasoning).cite(SEED_000);
        if !effective || cell.profile == ProfileId::Strict {
            f = f.measure(
                "rakna-skydd-mot",
                text!(
                    "Räkna inte med {cname} som skydd mot röjande.",
                    "Do not count on {cname} as protection against disclosure."
                ),
            );
        }
        if !control.verified {
            f = f.ask(
                Addressee::Organisation,
                "verifierad-effekt",
                text!(
                    "Kan effekten av {cname} verifieras (test, logg, revisionsrapport), och motsvarar den vad leverantören utlovat?",
                    "Can the effect of {cname} be verified (test, log, audit report), and does it match what the supplier promised?"
                ),
            );
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Control, ProfileId};
    use crate::rules::fixture::{run, run_on, verdict_on};
    use crate::rules::Dimension;

    fn lockbox(covers: &[&str], requester_is_approver: bool, admin_bypass: bool, verified: bool) -> Control {
        Control {
            kind: ControlKind::AccessApproval,
            name: "Lockbox".into(),
            covers: covers.iter().map(|s| s.to_string()).collect(),
            requester_is_approver,
            admin_bypass,
            verified,
            provenance: None,
        }
    }

    #[test]
    fn seed_000_all_five_reasons_are_recognisable() {
        let a = crate::presets::preset("o365-2018-lockbox").expect("preset").assessment();
        let cell = Cell::new(&a, &a.services[0], &a.information_types[0]);
        let f = run_on(&RULE, &cell);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, None);
        let sv = &f[0].reasoning.sv;
        assert!(sv.contains("ingen åtskillnad"), "1: separation of duties");
        assert!(sv.contains("Teams") && sv.contains("Yammer") && sv.contains("Azure Active Directory"), "2: coverage");
        assert!(sv.contains("kringgå"), "3: admin bypass");
        assert!(sv.contains("skyldig till enligt lag"), "4: legal compulsion");
        assert!(sv.contains("inte verifierad"), "5: promised, not verified");
        assert!(sv.contains("nycklarna") && sv.contains("andra leveransmodeller"));
        assert!(sv.contains("strikta profilen"));
        assert!(f[0].measures.iter().any(|m| m.sv.contains("Räkna inte med")));
    }

    #[test]
    fn effective_control_reduces_only_the_support_path_in_risk_profiles() {
        let f = run(&RULE, |a| {
            a.profile = ProfileId::Necessity;
            a.services[0].controls.push(lockbox(&["mail"], false, false, true));
        });
        assert_eq!(verdict_on(&f, Dimension::Secrecy), None);
        assert!(f[0].reasoning.sv.contains("bara risken via supportvägen") && f[0].reasoning.sv.contains("E-post"));
        assert!(f[0].measures.is_empty() && f[0].questions.is_empty());
    }

    #[test]
    fn strict_profile_is_never_changed() {
        let f = run(&RULE, |a| {
            a.profile = ProfileId::Strict;
            a.services[0].controls.push(lockbox(&["mail"], false, false, true));
        });
        assert!(f[0].reasoning.sv.contains("botar inte röjande"));
        assert!(!f[0].measures.is_empty());
    }

    #[test]
    fn does_not_fire_without_a_control() {
        assert!(run(&RULE, |_| {}).is_empty());
    }

    #[test]
    fn unverified_control_asks_the_organisation() {
        let f = run(&RULE, |a| a.services[0].controls.push(lockbox(&[], false, false, false)));
        assert!(f[0].questions.iter().any(|q| q.to == Addressee::Organisation));
        assert!(f[0].reasoning.sv.contains("inte E-post"));
    }
}
