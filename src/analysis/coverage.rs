//! Control coverage (R8): for each access-approval control, which components, access paths and
//! information types it covers and which not, and whether it — or even an ideal version of it —
//! changes any verdict. Seed 000 is the lesson: a bought control covered less than believed.

use crate::model::{Assessment, Control, Text};
use crate::rules::{evaluate, Dimension, Verdict};
use crate::text;

/// A way clear text can be reached, and whether the control stands in the way.
#[derive(Clone, Debug, PartialEq)]
pub struct PathCoverage {
    pub path: Text,
    pub covered: bool,
    pub why: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InfoCoverage {
    pub info_type: String,
    pub uncovered_components: Vec<String>,
}

/// A verdict the control changes (removed, or made ideal).
#[derive(Clone, Debug, PartialEq)]
pub struct Effect {
    pub info_type: String,
    pub dimension: Dimension,
    pub with_control: Verdict,
    pub other: Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ControlCoverage {
    pub service: String,
    pub control: String,
    pub covered_components: Vec<String>,
    pub uncovered_components: Vec<String>,
    pub paths: Vec<PathCoverage>,
    pub info_types: Vec<InfoCoverage>,
    /// Verdicts that would differ without the control.
    pub without: Vec<Effect>,
    /// Verdicts that would differ with an ideal version (covers everything, separation of duties,
    /// no bypass, verified).
    pub ideal: Vec<Effect>,
}

fn effects(a: &Assessment, b: &Assessment, service: &str) -> Vec<Effect> {
    let (ea, eb) = (evaluate(a), evaluate(b));
    let mut out = Vec::new();
    for (x, y) in ea.results.iter().zip(&eb.results).filter(|(x, _)| x.service == service) {
        for (dx, dy) in x.dimensions.iter().zip(&y.dimensions) {
            if dx.verdict != dy.verdict {
                out.push(Effect {
                    info_type: x.info_type.clone(),
                    dimension: dx.dimension,
                    with_control: dx.verdict,
                    other: dy.verdict,
                });
            }
        }
    }
    out
}

fn paths(c: &Control) -> Vec<PathCoverage> {
    let support_ok = !c.requester_is_approver;
    vec![
        PathCoverage {
            path: Text::new("Support (ärenden där leverantörens personal behöver se innehåll)", "Support (cases where provider staff need to see content)"),
            covered: support_ok,
            why: if support_ok {
                Text::new("Ett separat godkännande krävs innan personal får åtkomst, för de komponenter kontrollen täcker.", "A separate approval is needed before staff get access, for the components the control covers.")
            } else {
                Text::new("Samma personer begär supportärenden och godkänner åtkomst: kontrollen lägger bara till ett steg i ärenden ni själva initierat (ingen åtskillnad i ansvar).", "The same people open support cases and approve access: the control only adds a step to cases you started yourselves (no separation of duties).")
            },
        },
        PathCoverage {
            path: Text::new("Drift och nyckelhantering (plattformens egen maskinella bearbetning)", "Operations and key handling (the platform's own machine processing)"),
            covered: false,
            why: Text::new("Godkännandet gäller mänsklig åtkomst i ärenden; leverantören behöver ändå nycklarna för att tillhandahålla tjänsten.", "The approval concerns human access in cases; the provider still needs the keys to provide the service."),
        },
        PathCoverage {
            path: Text::new("Privilegierade administratörer hos leverantören", "Privileged administrators at the provider"),
            covered: !c.admin_bypass,
            why: if c.admin_bypass {
                Text::new("Ett fåtal administratörer kan åsidosätta alla säkerhetsfunktioner, också denna.", "A few administrators can override every security function, this one included.")
            } else {
                Text::new("Enligt uppgift kan administratörer inte kringgå kontrollen.", "Reportedly administrators cannot bypass the control.")
            },
        },
        PathCoverage {
            path: Text::new("Rättsligt tvång (utländsk lag, t.ex. CLOUD Act)", "Legal compulsion (foreign law, e.g. the CLOUD Act)"),
            covered: false,
            why: Text::new("En leverantör som enligt lag är skyldig att lämna ut uppgifter hindras inte av ett godkännandesteg.", "A provider obliged by law to disclose data is not stopped by an approval step."),
        },
    ]
}

/// Coverage of every access-approval control in the assessment.
pub fn coverage(a: &Assessment) -> Vec<ControlCoverage> {
    let mut out = Vec::new();
    for (s, svc) in a.services.iter().enumerate() {
        for (k, control) in svc.controls.iter().enumerate() {
            let name_of =
                |id: &String| svc.components.iter().find(|c| c.id == *id).map(|c| c.name.clone()).unwrap_or(id.clone());
            let (covered, uncovered): (Vec<_>, Vec<_>) =
                svc.components.iter().partition(|c| control.covers.contains(&c.id));
            let info_types = a
                .information_types
                .iter()
                .map(|info| {
                    let holding: Vec<&String> =
                        if info.components.iter().any(|id| svc.components.iter().any(|c| c.id == *id)) {
                            info.components.iter().filter(|id| svc.components.iter().any(|c| c.id == **id)).collect()
                        } else {
                            svc.components.iter().filter(|c| !c.enabled.is_no()).map(|c| &c.id).collect()
                        };
                    InfoCoverage {
                        info_type: info.id.clone(),
                        uncovered_components: holding
                            .into_iter()
                            .filter(|id| !control.covers.contains(id))
                            .map(name_of)
                            .collect(),
                    }
                })
                .collect();
            let mut without = a.clone();
            without.services[s].controls.remove(k);
            let mut ideal = a.clone();
            let c = &mut ideal.services[s].controls[k];
            c.covers = svc.components.iter().map(|x| x.id.clone()).collect();
            (c.requester_is_approver, c.admin_bypass, c.verified) = (false, false, true);
            out.push(ControlCoverage {
                service: svc.id.clone(),
                control: if control.name.is_empty() { "access_approval".into() } else { control.name.clone() },
                covered_components: covered.iter().map(|c| c.name.clone()).collect(),
                uncovered_components: uncovered.iter().map(|c| c.name.clone()).collect(),
                paths: paths(control),
                info_types,
                without: effects(a, &without, &svc.id),
                ideal: effects(a, &ideal, &svc.id),
            });
        }
    }
    out
}

/// A one-paragraph conclusion in plain language.
pub fn conclusion(c: &ControlCoverage) -> Text {
    let name = &c.control;
    let uncovered = c.uncovered_components.join(", ");
    let gaps = c.paths.iter().filter(|p| !p.covered).count();
    match (c.without.is_empty(), c.ideal.is_empty()) {
        (true, true) => text!(
            "{name} ändrar ingen bedömning – inte heller en idealisk version som täckte allt. Den täcker inte {uncovered}, och {gaps} av 4 åtkomstvägar står öppna. Räkna inte med den som skydd mot röjande.",
            "{name} changes no verdict – nor would an ideal version covering everything. It does not cover {uncovered}, and {gaps} of 4 access paths stay open. Do not count on it as protection against disclosure."
        ),
        (true, false) => text!(
            "{name} ändrar ingen bedömning som den är, men en idealisk version (täcker allt, åtskilda roller, ingen förbikoppling, verifierad) skulle göra det. Den täcker inte {uncovered}.",
            "{name} changes no verdict as it is, but an ideal version (covers everything, separate roles, no bypass, verified) would. It does not cover {uncovered}."
        ),
        _ => text!(
            "{name} påverkar bedömningen: utan den blir vissa bedömningar andra. Den täcker inte {uncovered}.",
            "{name} affects the assessment: without it some verdicts differ. It does not cover {uncovered}."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;

    #[test]
    fn lockbox_covers_less_than_believed() {
        let a = preset("o365-2018-lockbox").unwrap().assessment();
        let c = &coverage(&a)[0];
        assert_eq!(c.covered_components.len(), 3);
        for missing in ["Teams", "Yammer", "Azure Active Directory (katalogtjänst)"] {
            assert!(c.uncovered_components.iter().any(|x| x == missing), "{missing}");
        }
        // Seed 000: same requester and approver, admin bypass, no effect on legal compulsion.
        assert_eq!(c.paths.iter().filter(|p| p.covered).count(), 0);
        // Under the strict profile not even an ideal approval flow cures röjande (R8).
        assert!(c.without.iter().chain(&c.ideal).all(|e| e.dimension != Dimension::Secrecy), "{:?}", c.ideal);
        assert!(conclusion(c).sv.contains("Räkna inte med den"));
    }
}
