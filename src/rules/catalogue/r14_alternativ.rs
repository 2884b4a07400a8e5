//! R14 Alternativjämförelse: necessity under OSL 10 kap. 2 § is judged against the real alternatives.
//! If the alternatives also disclose to external parties, or are less secure, the necessity argument
//! for this service is stronger (seed 002, Danderyd). Explains; R2 decides.

use super::Rule;
use crate::model::{Certifications, Tri};
use crate::rules::sources::{self as src, cite, Cite};
use crate::rules::{Addressee, Cell, Dimension, Finding, RuleId};
use crate::text;
use std::fmt::Write;

pub static RULE: Rule = Rule {
    id: RuleId::R14,
    title_sv: "Alternativjämförelse",
    title_en: "Comparison with alternatives",
    explanation_sv: "Om ett utlämnande är nödvändigt (10 kap. 2 § OSL) bedöms mot de verkliga alternativen: samma uppgifter i en annan tjänst, t.ex. egen server med extern support eller en svensk/EU-leverantör. Lämnar även alternativen ut uppgifterna till externa parter, eller är de mindre säkra, stärks argumentet för nödvändighet; finns ett lika säkert alternativ utan utlämnande försvagas det.",
    explanation_en: "Whether a disclosure is necessary (OSL ch. 10 s. 2) is judged against the real alternatives: the same information in another service, e.g. own servers with external support or a Swedish/EU provider. If the alternatives also disclose the information to external parties, or are less secure, the necessity argument is stronger; if there is an equally secure alternative without disclosure, it is weaker.",
    sources: &[cite(&src::OSL, "10 kap. 2 §"), cite(&src::DANDERYD_2019, "")],
    policy: false,
    dimensions: &[Dimension::Secrecy],
    evaluate,
};

const SEED_002: Cite = cite(&src::DANDERYD_2019, "");

fn certs(c: &Certifications) -> (usize, bool) {
    let all = [c.iso27001, c.soc2, c.bsi_c5];
    (all.iter().filter(|t| t.is_yes()).count(), all.iter().any(|t| t.is_unknown()))
}

#[derive(PartialEq)]
enum Effect {
    Strengthens,
    Weakens,
    Unclear,
}

fn evaluate(cell: &Cell, out: &mut Vec<Finding>) {
    if !cell.is_secret() || cell.any_external_cleartext().is_no() {
        return;
    }
    let name = &cell.info.name;
    let this = &cell.service.name;
    let alternatives = || cell.assessment.services.iter().filter(|s| s.id != cell.service.id);
    if alternatives().next().is_none() {
        out.push(Finding::new(
            RULE.id,
            Dimension::Secrecy,
            None,
            text!(
                "Inget alternativ till {this} är beskrivet för {name}. Nödvändigheten av ett utlämnande (10 kap. 2 §) kan inte bedömas utan jämförelse.",
                "No alternative to {this} is described for {name}. The necessity of a disclosure (ch. 10 s. 2) cannot be judged without a comparison."
            ),
        )
        .measure("jamfor-minst-verkligt", text!(
            "Jämför med minst ett verkligt alternativ för {name} (t.ex. egen server med extern support, svensk eller EU-leverantör) och lägg in det i bedömningen.",
            "Compare with at least one real alternative for {name} (e.g. own servers with external support, a Swedish or EU provider) and add it to the assessment."
        ))
        .cite(SEED_002));
        return;
    }
    // The comparison only explains (R2 decides, reading whether alternatives exist): it costs a look
    // at every other service, so it is made only when the texts (or the keys of its questions) are.
    if !crate::model::keys_wanted() {
        out.push(Finding::new(RULE.id, Dimension::Secrecy, None, crate::model::Text::default()));
        return;
    }
    let (this_certs, this_unknown) = certs(&cell.service.certifications);
    // One line per alternative, written straight into one text per language: with many services
    // this rule writes the most text of all, so it avoids a string per line.
    let (mut l_sv, mut l_en) = (String::new(), String::new());
    let mut effects = Vec::new();
    let mut questions = Vec::new();
    for alt in alternatives() {
        let alt_cell = Cell::new(cell.assessment, alt, cell.info);
        let disclosure = alt_cell.any_external_cleartext();
        let (alt_certs, alt_unknown) = certs(&alt.certifications);
        let less_secure = alt_certs < this_certs;
        let certs_unclear = this_unknown || alt_unknown;
        let a = &alt.name;
        let sep = if l_sv.is_empty() { "" } else { " " };
        let _ = write!(l_sv, "{sep}{a}: ");
        let _ = write!(l_en, "{sep}{a}: ");
        match disclosure {
            Tri::Yes => {
                let reaching: Vec<&str> = alt_cell
                    .external_parties()
                    .filter(|p| alt_cell.party_reaches_content(p).is_yes())
                    .map(|p| p.name.as_str())
                    .collect();
                let r = Cell::lang_list(&reaching);
                let _ = write!(l_sv, "lämnar också ut uppgifterna till externa parter ({r})");
                let _ = write!(l_en, "also discloses the information to external parties ({r})");
            }
            Tri::No => {
                l_sv.push_str("lämnar inte ut uppgifterna till någon extern part");
                l_en.push_str("does not disclose the information to any external party");
            }
            Tri::Unknown => {
                questions.push((
                    alt.id.as_str(),
                    text!(
                        "Kan externa parter (leverantör, supportleverantör, underbiträden) nå {name} i klartext i alternativet {a}?",
                        "Can external parties (supplier, support supplier, sub-processors) reach {name} in clear text in the alternative {a}?"
                    ),
                ));
                l_sv.push_str("det är okänt om det lämnar ut uppgifterna till externa parter");
                l_en.push_str("it is unknown whether it discloses the information to external parties");
            }
        }
        let (s_sv, s_en) = if certs_unclear {
            (
                "säkerhetsnivåerna kan inte jämföras fullt ut (certifieringar okända)",
                "the security levels cannot be fully compared (certifications unknown)",
            )
        } else if less_secure {
            (
                "har färre säkerhetscertifieringar (ISO/IEC 27001, SOC 2, BSI C5) – mindre säkert",
                "has fewer security certifications (ISO/IEC 27001, SOC 2, BSI C5) – less secure",
            )
        } else {
            ("är inte mindre säkert enligt certifieringarna", "is not less secure by its certifications")
        };
        let _ = write!(l_sv, "; {s_sv}.");
        let _ = write!(l_en, "; {s_en}.");
        effects.push(if disclosure.is_yes() || (less_secure && !certs_unclear) {
            Effect::Strengthens
        } else if disclosure.is_no() && !certs_unclear {
            Effect::Weakens
        } else {
            Effect::Unclear
        });
    }
    let (c_sv, c_en) = if effects.contains(&Effect::Weakens) {
        ("Det finns ett alternativ utan utlämnande som inte är mindre säkert: argumentet att utlämnandet i {this} är nödvändigt försvagas.", "There is an alternative without disclosure that is not less secure: the argument that the disclosure in {this} is necessary is weakened.")
    } else if effects.contains(&Effect::Unclear) {
        (
            "Jämförelsen är inte fullständig, så det är oklart om nödvändighetsargumentet stärks.",
            "The comparison is incomplete, so it is unclear whether the necessity argument is strengthened.",
        )
    } else {
        ("Alternativen lämnar också ut uppgifterna eller är mindre säkra: argumentet att utlämnandet i {this} är nödvändigt stärks{dm}.", "The alternatives also disclose the information or are less secure: the argument that the disclosure in {this} is necessary is strengthened{dm}.")
    };
    // Danderyd's comparison is cited only where it existed at the legal date.
    let (dm_sv, dm_en) = crate::rules::sources::mention(
        &crate::rules::sources::DANDERYD_2019,
        cell.date,
        " (jfr Danderyds kommun 2019)",
        " (cf. Danderyd municipality 2019)",
    );
    let conclusion_sv = c_sv.replace("{this}", this).replace("{dm}", dm_sv);
    let conclusion_en = c_en.replace("{this}", this).replace("{dm}", dm_en);
    let mut f = Finding::new(
        RULE.id,
        Dimension::Secrecy,
        None,
        text!(
            "Jämförelse för {name} med alternativen till {this}: {l_sv} {conclusion_sv} Tillräcklig säkerhet är själv en förutsättning för att få hantera uppgifterna.",
            "Comparison for {name} with the alternatives to {this}: {l_en} {conclusion_en} Adequate security is itself a precondition for handling the information."
        ),
    )
    .cite(SEED_002);
    for (alt, q) in questions {
        f = f.ask_about(Addressee::Organisation, "alternativ-klartext", alt, q);
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Access, Assessment, ServiceKind};
    use crate::rules::fixture::{run, verdict_on};

    /// On-prem alternative with a Swedish support supplier that can reach content.
    fn on_prem(a: &mut Assessment, support_access: Access, iso: Tri) {
        let mut alt = a.services[0].clone();
        alt.id = "onprem".into();
        alt.name = "Egen Exchange".into();
        alt.kind = ServiceKind::OnPremises;
        alt.parties.truncate(1);
        alt.parties[0].name = "Svensk IT AB".into();
        alt.parties[0].jurisdiction = crate::model::Country::code("SE");
        alt.parties[0].access = support_access;
        alt.certifications.iso27001 = iso;
        alt.certifications.soc2 = Tri::No;
        alt.certifications.bsi_c5 = Tri::No;
        a.services.push(alt);
    }

    #[test]
    fn alternative_with_external_support_strengthens_necessity() {
        let f = run(&RULE, |a| on_prem(a, Access::Content, Tri::Yes));
        assert_eq!(verdict_on(&f, Dimension::Secrecy), None);
        assert!(f[0].reasoning.sv.contains("Svensk IT AB") && f[0].reasoning.sv.contains("stärks"));
    }

    #[test]
    fn equally_secure_alternative_without_disclosure_weakens_it() {
        let f = run(&RULE, |a| {
            on_prem(a, Access::None, Tri::Yes);
            a.services[1].certifications = a.services[0].certifications.clone();
        });
        assert!(f[0].reasoning.sv.contains("försvagas"));
        // A less secure alternative without disclosure still strengthens it.
        let f = run(&RULE, |a| on_prem(a, Access::None, Tri::No));
        assert!(f[0].reasoning.sv.contains("stärks"));
    }

    #[test]
    fn no_alternative_requires_a_comparison() {
        let f = run(&RULE, |_| {});
        assert!(f[0].measures[0].sv.contains("minst ett"));
    }

    #[test]
    fn does_not_fire_without_secrecy_or_disclosure() {
        assert!(run(&RULE, |a| a.information_types[0].secrecy = None).is_empty());
        assert!(run(&RULE, |a| {
            for p in &mut a.services[0].parties {
                p.access = Access::None;
            }
        })
        .is_empty());
    }

    #[test]
    fn unknown_access_in_the_alternative_asks() {
        let f = run(&RULE, |a| {
            on_prem(a, Access::Unknown, Tri::Yes);
            a.services[1].certifications = a.services[0].certifications.clone();
        });
        assert!(f[0].reasoning.sv.contains("oklart"));
        assert!(f[0].questions.iter().any(|q| q.text.sv.contains("Egen Exchange")));
    }
}
