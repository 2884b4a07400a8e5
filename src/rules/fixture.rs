//! A small, fully described assessment for rule tests: each test changes the one fact it is about.

use crate::model::*;

/// A US-owned public cloud service with EU storage and an Irish contracting entity, and one
/// information type that is secret and holds ordinary personal data. Most facts are known.
pub fn assessment() -> Assessment {
    let firm =
        Some(Provenance { status: FactStatus::Verified, source: "testfixtur".into(), date: None, recheck: None });
    Assessment {
        format: FORMAT_VERSION,
        legal_date: Date::ymd(2026, 11, 1),
        profile: ProfileId::TechnicalProcessing,
        thresholds: Thresholds::default(),
        title: "Test".into(),
        diarienummer: String::new(),
        memo: MemoDetails::default(),
        organisation: Organisation {
            name: "Testkommun".into(),
            kind: OrganisationKind::Kommun,
            users: Some(10_000),
            covered_by_cybersecurity_act: Tri::Yes,
            ..Organisation::default()
        },
        services: vec![Service {
            id: "svc".into(),
            name: "Molntjänst".into(),
            kind: ServiceKind::PublicCloud,
            own_use_of_content: OwnUse::None,
            parties: vec![
                Party {
                    name: "Parent Inc".into(),
                    role: PartyRole::Parent,
                    jurisdiction: Country::code("US"),
                    access: Access::Content,
                    dpf_certified: Tri::Yes,
                    privacy_shield_certified: Tri::No,
                    provenance: firm.clone(),
                    ..Party::default()
                },
                Party {
                    name: "Provider Ltd".into(),
                    role: PartyRole::Provider,
                    jurisdiction: Country::code("IE"),
                    parent: Some("Parent Inc".into()),
                    access: Access::Content,
                    dpf_certified: Tri::No,
                    privacy_shield_certified: Tri::No,
                    provenance: firm.clone(),
                    ..Party::default()
                },
            ],
            components: vec![Component {
                id: "mail".into(),
                name: "E-post".into(),
                data_location: Location::code("SE"),
                key_control: KeyControl::Provider,
                operator: Some("Parent Inc".into()),
                support_from: vec![Location::code("US")],
                provider_needs_cleartext: Tri::Yes,
                provider_controls_client: Tri::Yes,
                provenance: firm.clone(),
                // Switched on, as the format reads a component that does not say.
                ..Component::default()
            }],
            contract: Contract { provenance: firm.clone(), ..most_favourable("services[].contract") },
            certifications: Certifications { provenance: firm.clone(), ..most_favourable("services[].certifications") },
            configuration: Configuration { provenance: firm.clone(), ..most_favourable("services[].configuration") },
            provenance: firm,
            provider_task: ProviderTask::TechnicalOnly,
            necessity_basis: "E-post är nödvändig för ärendehanteringen".into(),
            alternatives_examined: Tri::Yes,
            // No access controls, transparency figures or probability inputs; protective security
            // not begun.
            ..Service::default()
        }],
        information_types: vec![InformationType {
            id: "info".into(),
            name: "Ärenden".into(),
            security_classified: Tri::No,
            aggregation_risk: Tri::No,
            secrecy: Some(Secrecy { provision: "26 kap. 1 §".into(), strength: SecrecyStrength::Reverse }),
            personal_data: PersonalData::Ordinary,
            klassa_k: Some(2),
            klassa_r: Some(2),
            klassa_t: Some(2),
            klassa_s: Some(2),
            retention: Retention::ProcessingOnly,
            core_records: Tri::No,
            components: vec!["mail".into()],
            metadata_secret: Tri::No,
            infrastructure: Tri::No,
            ..InformationType::default()
        }],
        action_plan: Vec::new(),
    }
}

/// A service's group of yes/no facts (`services[].contract`, …) with every fact at its most
/// favourable answer in the fact registry: a fact added there is favourable here too.
fn most_favourable<T: serde::de::DeserializeOwned>(scope: &str) -> T {
    let fields: serde_json::Map<String, serde_json::Value> = crate::model::facts::yes_no_fields(scope)
        .filter_map(|(fact, field)| {
            let best = fact.favourable?.first()?;
            Some((field.to_string(), serde_json::from_str(best).ok()?))
        })
        .collect();
    serde_json::from_value(fields.into()).expect("the registry's answers are valid")
}

/// Runs one rule on the fixture's single cell after `edit`.
pub fn run(rule: &super::catalogue::Rule, edit: impl FnOnce(&mut Assessment)) -> Vec<super::Finding> {
    let mut a = assessment();
    edit(&mut a);
    run_on(rule, &super::Cell::new(&a, &a.services[0], &a.information_types[0]))
}

/// Runs one rule on `cell`: its findings, in order.
pub fn run_on(rule: &super::catalogue::Rule, cell: &super::Cell) -> Vec<super::Finding> {
    let mut findings = Vec::new();
    (rule.evaluate)(cell, &mut findings);
    findings
}

/// The worst verdict among the findings of `rule` on `dimension` (None if it decided nothing).
pub fn verdict_on(findings: &[super::Finding], dimension: super::Dimension) -> Option<super::Verdict> {
    findings.iter().filter(|f| f.dimension == dimension).filter_map(|f| f.verdict).max()
}

/// Seed 001's transparency figures (H1 2018, as Microsoft's FAQ gives them), claimed, with a date.
pub fn seed_001_figures(date: Option<Date>) -> Transparency {
    Transparency {
        period: "H1 2018".into(),
        enterprise_requests: 50,
        rejected_or_redirected: 32,
        outside_home_country: 1,
        total_users: 200_000_000,
        provenance: Provenance {
            status: FactStatus::Claimed,
            source: "Microsofts molntjänster – frågor och svar".into(),
            date,
            recheck: None,
        },
    }
}
