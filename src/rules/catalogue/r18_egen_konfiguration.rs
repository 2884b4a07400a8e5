//! R18 Egen konfiguration: the base security holds only with the body's own configuration
//! (logging, MFA, encryption, admin roles). These are the body's facts: questions go to it.

use super::Rule;
use crate::model::{Text, Tri};
use crate::rules::sources::{self as src, cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId, Verdict};
use crate::text;

pub static RULE: Rule = Rule {
    id: RuleId::R18,
    title_sv: "Egen konfiguration",
    title_en: "Own configuration",
    explanation_sv: "Tjänstens grundsäkerhet räcker bara om myndigheten själv konfigurerar den: loggning, flerfaktorsautentisering, kryptering och begränsade administratörsroller. Varje del som saknas är ett villkor; det myndigheten inte vet om sin egen konfiguration måste den ta reda på.",
    explanation_en: "The service's base security is enough only if the body configures it itself: logging, multi-factor authentication, encryption and restricted administrator roles. Each missing part is a condition; what the body does not know about its own configuration it must find out.",
    sources: &[
        cite(&src::GBG_GRUNDSAKERHET_2018, "grundsäkerheten godtas under förutsättning av stadens egen konfiguration (loggning, autentisering, kryptering)"),
        cite(&src::GDPR, "art. 32"),
    ],
    policy: false,
    dimensions: &[Dimension::Infosec],
    evaluate,
};

const DIM: Dimension = Dimension::Infosec;

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    let cfg = &cell.service.configuration;
    let svc = &cell.service.name;
    let items: [(Tri, &str, Text, Text); 4] = [
        (
            cfg.logging,
            "loggning",
            text!(
                "Slå på och följ upp loggning av åtkomst och administration i {svc}.",
                "Turn on and review logging of access and administration in {svc}."
            ),
            text!(
                "Är loggning av åtkomst och administration påslagen i {svc}, och följs den upp?",
                "Is logging of access and administration on in {svc}, and is it reviewed?"
            ),
        ),
        (
            cfg.mfa,
            "flerfaktor",
            text!(
                "Kräv flerfaktorsautentisering för alla användare i {svc}.",
                "Require multi-factor authentication for all users of {svc}."
            ),
            text!(
                "Krävs flerfaktorsautentisering för alla användare i {svc}?",
                "Is multi-factor authentication required for all users of {svc}?"
            ),
        ),
        (
            cfg.encryption,
            "kryptering",
            text!(
                "Slå på de krypteringsfunktioner som {svc} erbjuder (lagring och överföring).",
                "Turn on the encryption features {svc} offers (storage and transit)."
            ),
            text!(
                "Vilka krypteringsfunktioner har ni slagit på i {svc}?",
                "Which encryption features have you turned on in {svc}?"
            ),
        ),
        (
            cfg.admin_roles,
            "administratorsroller",
            text!(
                "Begränsa administratörsroller i {svc} och granska dem regelbundet.",
                "Restrict administrator roles in {svc} and review them regularly."
            ),
            text!(
                "Är administratörsrollerna i {svc} begränsade och granskas de regelbundet?",
                "Are the administrator roles in {svc} restricted and regularly reviewed?"
            ),
        ),
    ];
    let mut f = Finding::new(
        RULE.id,
        DIM,
        Some(Verdict::AllowedWithConditions),
        text!(
            "Grundsäkerheten i {svc} förutsätter myndighetens egen konfiguration, och den är inte komplett eller inte känd.",
            "The base security of {svc} depends on the body's own configuration, which is incomplete or not known."
        ),
    );
    let mut gaps = 0;
    for (value, key, measure, question) in items {
        if !value.is_yes() {
            gaps += 1;
            f = f.measure(key, measure);
        }
        if value.is_unknown() {
            f = f.ask(Addressee::Organisation, key, question);
        }
    }
    if gaps > 0 {
        out.push(f.cite(cite(&src::GBG_GRUNDSAKERHET_2018, "")));
        return;
    }
    out.push(if Cell::is_firm(&cfg.provenance) {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::Allowed),
            text!(
                "Myndighetens konfiguration av {svc} har loggning, flerfaktorsautentisering, kryptering och begränsade administratörsroller, och det är kontrollerat.",
                "The body's configuration of {svc} has logging, multi-factor authentication, encryption and restricted administrator roles, and this has been checked."
            ),
        )
    } else {
        Finding::new(
            RULE.id,
            DIM,
            Some(Verdict::AllowedWithConditions),
            text!(
                "Konfigurationen av {svc} uppges ha loggning, flerfaktorsautentisering, kryptering och begränsade administratörsroller, men det är inte kontrollerat.",
                "The configuration of {svc} is said to have logging, multi-factor authentication, encryption and restricted administrator roles, but this has not been checked."
            ),
        )
        .measure("kontrollera-konfigurationen-t", text!("Kontrollera konfigurationen av {svc} (t.ex. med en konfigurationsgranskning) och dokumentera den.", "Check the configuration of {svc} (e.g. with a configuration review) and document it."))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactStatus, Provenance};
    use crate::rules::fixture::{run, verdict_on};

    #[test]
    fn each_missing_setting_is_a_condition() {
        let f = run(&RULE, |a| {
            a.services[0].configuration.mfa = Tri::No;
            a.services[0].configuration.logging = Tri::No;
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
        assert_eq!(f[0].measures.len(), 2);
        assert!(f[0].questions.is_empty());
    }

    #[test]
    fn complete_verified_configuration_is_allowed() {
        let f = run(&RULE, |_| {});
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::Allowed));
        let f = run(&RULE, |a| {
            a.services[0].configuration.provenance =
                Some(Provenance { status: FactStatus::Assumed, source: String::new(), date: None, recheck: None })
        });
        assert_eq!(verdict_on(&f, DIM), Some(Verdict::AllowedWithConditions));
    }

    #[test]
    fn unknown_settings_ask_the_organisation_not_the_supplier() {
        let f = run(&RULE, |a| a.services[0].configuration.admin_roles = Tri::Unknown);
        assert_eq!(f[0].questions.len(), 1);
        assert_eq!(f[0].questions[0].to, Addressee::Organisation);
    }
}
