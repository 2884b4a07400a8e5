//! Control coverage: for each access-approval control (R8) and each component's key control (R7),
//! which components, access paths and information types it covers and which not, and whether it —
//! or an ideal version of it — changes any verdict. Göteborg's Lockbox case (2018) is the lesson:
//! a bought control covered less than believed.

use crate::model::{Assessment, Component, Control, KeyControl, Text, Tri};
use crate::rules::{evaluate_brief, Cell, Dimension, Evaluation, RuleId, Verdict};
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

/// A verdict the control changes (removed, or made ideal), with the rules that decide it each way:
/// why the verdict changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Effect {
    pub info_type: String,
    pub dimension: Dimension,
    pub with_control: Verdict,
    pub other: Verdict,
    pub decided_by: Vec<RuleId>,
    pub other_decided_by: Vec<RuleId>,
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
    effects_against(&evaluate_brief(a), b, service)
}

/// The verdicts of `service` that differ between the evaluation `ea` and the assessment `b`.
fn effects_against(ea: &Evaluation, b: &Assessment, service: &str) -> Vec<Effect> {
    let eb = evaluate_brief(b);
    let mut out = Vec::new();
    for (x, y) in ea.results.iter().zip(&eb.results).filter(|(x, _)| x.service == service) {
        for (dx, dy) in x.dimensions.iter().zip(y.dimensions.iter()) {
            if dx.verdict != dy.verdict {
                out.push(Effect {
                    info_type: x.info_type.clone(),
                    dimension: dx.dimension,
                    with_control: dx.verdict,
                    other: dy.verdict,
                    decided_by: dx.deciding_rules(),
                    other_decided_by: dy.deciding_rules(),
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

/// One access path and whether a key control keeps the provider from clear text on it: `Unknown`
/// when the facts that decide it are not known (never guessed).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyPath {
    pub path: Text,
    pub covered: Tri,
    pub why: Text,
}

/// What one component's key control protects (R7, EDPB Recommendations 01/2020 use cases 1 and 6).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyCoverage {
    pub service: String,
    pub component: String,
    pub key_control: KeyControl,
    /// Whether the keys keep clear text out of the provider's reach (`Cell::keys_exclude_provider`).
    pub excludes_provider: Tri,
    pub paths: Vec<KeyPath>,
    /// Information types held in the component.
    pub info_types: Vec<String>,
    /// Verdicts that would differ with provider-managed keys.
    pub provider_keys: Vec<Effect>,
    /// Verdicts that would differ with an ideal key control: an external key and no clear text needed
    /// at the provider.
    pub ideal: Vec<Effect>,
}

/// The rules whose sources the key-control coverage rests on.
pub const KEY_COVERAGE_RULES: [RuleId; 2] = [RuleId::R7, RuleId::R6];

fn key_paths(c: &Component, excluded: Tri) -> Vec<KeyPath> {
    let why_excluded = match excluded {
        Tri::Yes => Text::new(
            "Nyckeln finns utanför leverantören och tjänsten behöver inte klartext där: leverantören har bara krypterade data.",
            "The key is outside the provider and the service needs no clear text there: the provider holds only encrypted data.",
        ),
        Tri::No => match c.key_control {
            KeyControl::Provider => Text::new("Leverantören har nycklarna.", "The provider holds the keys."),
            KeyControl::CustomerKeyInProviderKms => Text::new(
                "Kundens nyckel används i leverantörens nyckeltjänst: leverantören kan dekryptera när tjänsten kör.",
                "The customer's key is used in the provider's key service: the provider can decrypt while the service runs.",
            ),
            _ => Text::new(
                "Tjänsten behöver klartext hos leverantören för att fungera (EDPB användningsfall 6), eller leverantören styr klienten som skapar nycklarna.",
                "The service needs clear text at the provider to work (EDPB use case 6), or the provider controls the client that makes the keys.",
            ),
        },
        Tri::Unknown => Text::new(
            "Det är inte känt vem som har nycklarna, om tjänsten behöver klartext hos leverantören eller om leverantören styr klienten.",
            "It is not known who holds the keys, whether the service needs clear text at the provider or whether the provider controls the client.",
        ),
    };
    let at_rest_outside = match c.key_control {
        KeyControl::Unknown => Tri::Unknown,
        _ => Tri::Yes,
    };
    vec![
        KeyPath {
            path: Text::new("Lagrade data: stöld av lagringsmedia hos leverantören", "Stored data: theft of storage media at the provider"),
            covered: at_rest_outside,
            why: Text::new(
                "All kryptering av lagrade data skyddar mot den som kommer över diskarna, oavsett vem som har nyckeln.",
                "Any encryption of stored data protects against whoever obtains the disks, whoever holds the key.",
            ),
        },
        KeyPath {
            path: Text::new("Lagrade data: support och drift hos leverantören", "Stored data: support and operations at the provider"),
            covered: excluded,
            why: why_excluded.clone(),
        },
        KeyPath {
            path: Text::new("Lagrade data: rättsligt tvång mot leverantören (t.ex. CLOUD Act)", "Stored data: legal compulsion of the provider (e.g. the CLOUD Act)"),
            covered: excluded,
            why: why_excluded,
        },
        KeyPath {
            path: Text::new("Uppgifter som tjänsten bearbetar (sökning, förhandsvisning, AI-funktioner)", "Data the service processes (search, preview, AI features)"),
            covered: excluded,
            why: match c.provider_needs_cleartext {
                Tri::Yes => Text::new(
                    "Tjänsten bearbetar uppgifterna i klartext hos leverantören; där når leverantören och den som tvingar den dem oavsett vem som har nyckeln (EDPB användningsfall 6).",
                    "The service processes the data in clear text at the provider; there the provider, and whoever compels it, reaches them whoever holds the key (EDPB use case 6).",
                ),
                Tri::No if excluded.is_yes() => Text::new(
                    "Tjänsten behöver inte klartext hos leverantören: bearbetning i klartext sker bara hos myndigheten.",
                    "The service needs no clear text at the provider: processing in clear text happens only at the body.",
                ),
                Tri::No => Text::new(
                    "Tjänsten behöver inte klartext för att fungera, men leverantören kan dekryptera med nycklarna den har tillgång till.",
                    "The service needs no clear text to work, but the provider can decrypt with the keys it has access to.",
                ),
                Tri::Unknown => Text::new(
                    "Det är inte känt om tjänsten behöver klartext hos leverantören för att fungera.",
                    "It is not known whether the service needs clear text at the provider to work.",
                ),
            },
        },
        KeyPath {
            path: Text::new("Metadata (IP-adresser, konton, loggar)", "Metadata (IP addresses, accounts, logs)"),
            covered: Tri::No,
            why: Text::new(
                "Kryptering av innehållet skyddar inte de metadata tjänsten behöver för att fungera; de är också personuppgifter.",
                "Encrypting the content does not protect the metadata the service needs to work; it is personal data too.",
            ),
        },
    ]
}

/// Coverage of every enabled component's key control.
pub fn key_coverage(a: &Assessment) -> Vec<KeyCoverage> {
    let base = evaluate_brief(a);
    let mut out = Vec::new();
    for (s, svc) in a.services.iter().enumerate() {
        for (k, comp) in svc.components.iter().enumerate().filter(|(_, c)| !c.enabled.is_no()) {
            let excluded = Cell::keys_exclude_provider(comp);
            let info_types = a
                .information_types
                .iter()
                .filter(|i| Cell::new(a, svc, i).components().iter().any(|c| c.id == comp.id))
                .map(|i| i.id.clone())
                .collect();
            let mut provider_keys = a.clone();
            provider_keys.services[s].components[k].key_control = KeyControl::Provider;
            let mut ideal = a.clone();
            let c = &mut ideal.services[s].components[k];
            (c.key_control, c.provider_needs_cleartext, c.provider_controls_client) =
                (KeyControl::ExternalKeyNoProviderCleartext, Tri::No, Tri::No);
            out.push(KeyCoverage {
                service: svc.id.clone(),
                component: comp.name.clone(),
                key_control: comp.key_control,
                excludes_provider: excluded,
                paths: key_paths(comp, excluded),
                info_types,
                provider_keys: effects_against(&base, &provider_keys, &svc.id),
                ideal: effects_against(&base, &ideal, &svc.id),
            });
        }
    }
    out
}

/// Per service, the verdicts that would differ with an ideal key control in every enabled component:
/// what keys can change at all, where one component alone changes nothing because other components
/// still expose the same data.
pub fn all_keys_ideal(a: &Assessment) -> Vec<(String, Vec<Effect>)> {
    let base = evaluate_brief(a);
    a.services
        .iter()
        .enumerate()
        .map(|(s, svc)| {
            let mut ideal = a.clone();
            for c in ideal.services[s].components.iter_mut().filter(|c| !c.enabled.is_no()) {
                (c.key_control, c.provider_needs_cleartext, c.provider_controls_client) =
                    (KeyControl::ExternalKeyNoProviderCleartext, Tri::No, Tri::No);
            }
            (svc.id.clone(), effects_against(&base, &ideal, &svc.id))
        })
        .collect()
}

/// What the key control means, in plain language.
pub fn key_conclusion(k: &KeyCoverage) -> Text {
    let (comp, label) = (&k.component, k.key_control.label());
    let (label_sv, label_en) = (&label.sv, &label.en);
    let head = match k.excludes_provider {
        Tri::Yes => text!(
            "{comp} ({label_sv}): leverantören når inte klartext. Nyckelkontrollen skyddar innehållet mot leverantörens personal och mot rättsligt tvång mot leverantören (EDPB användningsfall 1), men inte metadata.",
            "{comp} ({label_en}): the provider cannot reach clear text. The key control protects the content against the provider's staff and against legal compulsion of the provider (EDPB use case 1), but not metadata."
        ),
        Tri::No => text!(
            "{comp} ({label_sv}): leverantören kan nå klartext. Krypteringen skyddar mot utomstående, inte mot leverantören eller mot rättsligt tvång mot den (EDPB användningsfall 6).",
            "{comp} ({label_en}): the provider can reach clear text. The encryption protects against outsiders, not against the provider or legal compulsion of it (EDPB use case 6)."
        ),
        Tri::Unknown => text!(
            "{comp} ({label_sv}): det är inte känt om leverantören kan nå klartext; fråga leverantören vem som har nycklarna och om tjänsten behöver klartext.",
            "{comp} ({label_en}): it is not known whether the provider can reach clear text; ask the provider who holds the keys and whether the service needs clear text."
        ),
    };
    let (n_ideal, n_worse) = (k.ideal.len(), k.provider_keys.len());
    let tail = match (n_ideal, n_worse) {
        (0, 0) => Text::new(
            "Nyckelkontrollen avgör ingen bedömning här, inte ens en idealisk (extern nyckel, ingen klartext hos leverantören) i just den här komponenten: andra vägar till samma uppgifter avgör.",
            "The key control decides no verdict here, not even an ideal one (external key, no clear text at the provider) in this component alone: other routes to the same data decide.",
        ),
        (0, n) => text!(
            "Med leverantörens nycklar skulle {n} bedömningar bli sämre.",
            "With provider-managed keys {n} verdicts would be worse."
        ),
        (n, _) => text!(
            "Med en idealisk nyckelkontroll (extern nyckel, ingen klartext hos leverantören) skulle {n} bedömningar ändras.",
            "With an ideal key control (external key, no clear text at the provider) {n} verdicts would change."
        ),
    };
    Text::new(format!("{} {}", head.sv, tail.sv), format!("{} {}", head.en, tail.en))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;
    use crate::rules::evaluate;

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

    #[test]
    fn provider_keys_protect_against_disk_theft_but_not_the_provider_nor_compulsion() {
        let a = preset("o365-2018-lockbox").unwrap().assessment();
        let keys = key_coverage(&a);
        let exchange = keys.iter().find(|k| k.component == "Exchange Online").expect("Exchange Online");
        assert_eq!(exchange.key_control, KeyControl::Provider);
        assert_eq!(exchange.excludes_provider, Tri::No);
        let covered: Vec<Tri> = exchange.paths.iter().map(|p| p.covered).collect();
        assert_eq!(
            covered,
            vec![Tri::Yes, Tri::No, Tri::No, Tri::No, Tri::No],
            "stöld ja; support, tvång, bearbetning och metadata nej"
        );
        assert!(exchange.provider_keys.is_empty(), "leverantörens nycklar är redan läget");
        assert!(key_conclusion(exchange).sv.contains("leverantören kan nå klartext"));
    }

    #[test]
    fn an_ideal_key_control_is_credited_only_where_it_changes_a_verdict_and_never_worsens_one() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        a.profile = crate::model::ProfileId::TechnicalProcessing;
        for k in key_coverage(&a) {
            for e in &k.ideal {
                assert!(e.other <= e.with_control, "en idealisk nyckelkontroll gjorde {:?} sämre: {e:?}", k.component);
            }
            for e in &k.provider_keys {
                assert!(e.other >= e.with_control, "leverantörens nycklar gjorde {:?} bättre: {e:?}", k.component);
            }
        }
        // Customer-held keys where the service needs no clear text: the provider is kept out.
        let c = &mut a.services[0].components[0];
        (c.key_control, c.provider_needs_cleartext) = (KeyControl::ExternalKeyNoProviderCleartext, Tri::No);
        let k = &key_coverage(&a)[0];
        assert_eq!(k.excludes_provider, Tri::Yes);
        assert_eq!(k.paths[2].covered, Tri::Yes, "rättsligt tvång mot leverantören ger bara krypterade data");
        assert_eq!(k.paths[3].covered, Tri::Yes, "ingen klartext hos leverantören under bearbetning");
        assert_eq!(k.paths[4].covered, Tri::No, "metadata skyddas aldrig av innehållskryptering");
        assert!(key_conclusion(k).sv.contains("EDPB användningsfall 1"));
    }

    /// Göteborg 2018 (strict profile): customer-held keys outside the provider for every component
    /// would cure röjande (R2: the provider reaches no clear text) but not the transfer: encrypted
    /// personal data reached from the US is still transferred (R4) and the transfer tool is still
    /// unknown (R5). On the storage components alone they change nothing, because Teams, Yammer and
    /// the directory still give the provider clear text.
    #[test]
    fn customer_keys_cure_secrecy_only_in_every_component_and_never_the_transfer() {
        let mut a = preset("o365-2018-lockbox").unwrap().assessment();
        // Keys protect content, not metadata: where metadata is itself secret it would decide (W2).
        a.information_types[0].metadata_secret = Tri::No;
        let [(service, effects)] = all_keys_ideal(&a).try_into().unwrap();
        assert_eq!(service, "o365");
        let [e] = effects.as_slice() else { panic!("{effects:?}") };
        assert_eq!((e.info_type.as_str(), e.dimension), ("klass2", Dimension::Secrecy));
        assert_eq!((e.with_control, e.other), (Verdict::NotAllowed, Verdict::AllowedWithConditions));
        assert_eq!((e.decided_by.as_slice(), e.other_decided_by.as_slice()), (&[RuleId::R2][..], &[RuleId::R2][..]));
        let metadata = &key_coverage(&a)[0].paths[4];
        assert_eq!(metadata.covered, Tri::No, "metadata skyddas inte av innehållskryptering");
        let mut personal = a.clone();
        personal.information_types[0].personal_data = crate::model::PersonalData::Ordinary;
        let transfer = evaluate(&personal).results[0].dimension(Dimension::Transfer).clone();
        assert_eq!(transfer.verdict, Verdict::NeedsInformation);
        assert!(transfer
            .findings
            .iter()
            .any(|f| f.rule == RuleId::R4 && f.reasoning.sv.contains("Microsoft kan nå Exchange Online från US")));
        assert!(transfer.deciding_rules().contains(&RuleId::R5), "{:?}", transfer.deciding_rules());
        assert!(all_keys_ideal(&personal)[0].1.iter().all(|e| e.dimension != Dimension::Transfer));

        let mut storage = a.clone();
        for c in storage.services[0]
            .components
            .iter_mut()
            .filter(|c| c.name.ends_with("Online") || c.name.starts_with("OneDrive"))
        {
            (c.key_control, c.provider_needs_cleartext) = (KeyControl::ExternalKeyNoProviderCleartext, Tri::No);
        }
        let verdicts = |a: &Assessment| -> Vec<Verdict> {
            evaluate(a).results.iter().flat_map(|c| c.dimensions.iter().map(|d| d.verdict)).collect()
        };
        assert_eq!(verdicts(&storage), verdicts(&a), "kundnycklar bara för lagringen ändrar ingen bedömning");
        let keys = key_coverage(&storage);
        let exchange = keys.iter().find(|k| k.component == "Exchange Online").unwrap();
        assert_eq!(exchange.excludes_provider, Tri::Yes);
        assert!(
            exchange.provider_keys.is_empty(),
            "tillbaka till leverantörens nycklar ändrar inget: Teams m.fl. röjer ändå"
        );
        assert!(key_conclusion(exchange).sv.contains("andra vägar till samma uppgifter avgör"));
        assert_eq!(all_keys_ideal(&storage)[0].1.len(), 1, "resten av komponenterna avgör fortfarande");
    }

    /// Zoom X 2022: a customer key in AWS's key service is used inside the provider (seed 004); an
    /// ideal key for the stored recordings alone changes nothing while the meetings themselves reach
    /// the provider in clear text, but ideal keys everywhere settle the open secrecy question.
    #[test]
    fn zoom_storage_keys_alone_change_nothing_but_keys_everywhere_settle_secrecy() {
        let mut a = preset("zoomx-2022-stockholm").unwrap().assessment();
        a.information_types.iter_mut().for_each(|t| t.metadata_secret = Tri::No);
        let keys = key_coverage(&a);
        let storage = keys.iter().find(|k| k.component.starts_with("Lagring hos AWS")).unwrap();
        assert_eq!(storage.key_control, KeyControl::CustomerKeyInProviderKms);
        assert_eq!(storage.excludes_provider, Tri::No);
        assert!(storage.paths[2].why.sv.contains("leverantörens nyckeltjänst"), "{:?}", storage.paths[2]);
        assert!(storage.ideal.is_empty() && storage.provider_keys.is_empty());
        let [(_, effects)] = all_keys_ideal(&a).try_into().unwrap();
        assert!(effects.iter().all(|e| e.dimension == Dimension::Secrecy && e.other == Verdict::AllowedWithConditions));
        assert!(effects
            .iter()
            .any(|e| e.info_type == "moten-sekretess" && e.with_control == Verdict::NeedsInformation));
    }
}
