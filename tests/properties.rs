//! Property tests of the evaluator over generated assessments: total, deterministic, monotone in
//! worse facts, and unknown never turns into "allowed" on a dimension it decides.
#![cfg(not(target_arch = "wasm32"))]

use molnbedomning::model::*;
use molnbedomning::rules::{evaluate, Dimension, Evaluation, RuleId, Verdict};
use proptest::prelude::*;

fn tri() -> impl Strategy<Value = Tri> {
    prop_oneof![Just(Tri::Yes), Just(Tri::No), Just(Tri::Unknown)]
}

fn country() -> impl Strategy<Value = Country> {
    prop_oneof![
        Just(Country::code("SE")),
        Just(Country::code("DE")),
        Just(Country::code("IE")),
        Just(Country::code("US")),
        Just(Country::code("JP")),
        Just(Country::code("CN")),
        Just(Country::unknown()),
    ]
}

/// A location: a country, or "EU" (somewhere in the EU/EEA).
fn location() -> impl Strategy<Value = Location> {
    prop_oneof![6 => country().prop_map(Location::from), 1 => Just(Location::Eu)]
}

fn access() -> impl Strategy<Value = Access> {
    prop_oneof![Just(Access::None), Just(Access::Metadata), Just(Access::Content), Just(Access::Unknown)]
}

fn key_control() -> impl Strategy<Value = KeyControl> {
    prop_oneof![
        Just(KeyControl::Provider),
        Just(KeyControl::CustomerKeyInProviderKms),
        Just(KeyControl::ExternalKeyNoProviderCleartext),
        Just(KeyControl::EndToEnd),
        Just(KeyControl::Unknown),
    ]
}

fn provenance() -> impl Strategy<Value = Option<Provenance>> {
    prop_oneof![
        Just(None),
        prop_oneof![
            Just(FactStatus::Claimed),
            Just(FactStatus::Contracted),
            Just(FactStatus::Verified),
            Just(FactStatus::Assumed)
        ]
        .prop_map(|status| Some(Provenance { status, source: "genererad".into(), date: None, recheck: None })),
    ]
}

/// The yes/no facts directly in `scope` (`services[].parties[]`, `services[].contract` …), each
/// drawn at random, as the fact registry lists them (JSON fields of the format): a fact added to the
/// registry is varied here without a change to the generator.
fn registry_facts(scope: &str) -> impl Strategy<Value = serde_json::Map<String, serde_json::Value>> {
    let fields: Vec<&'static str> = molnbedomning::model::facts::yes_no_fields(scope).map(|(_, field)| field).collect();
    prop::collection::vec(tri(), fields.len()).prop_map(move |values| {
        fields.iter().zip(values).map(|(f, v)| (f.to_string(), serde_json::to_value(v).unwrap())).collect()
    })
}

/// A part of the format from the fields the generator draws itself (JSON) and the registry's yes/no
/// facts drawn for it. Built through the format rather than as a struct, so that a yes/no field
/// added to the model needs no line here.
fn with_registry_facts<T: serde::de::DeserializeOwned>(
    mut fields: serde_json::Value,
    facts: serde_json::Map<String, serde_json::Value>,
) -> T {
    fields.as_object_mut().unwrap().extend(facts);
    serde_json::from_value(fields).unwrap()
}

/// A part of a service that holds only yes/no facts besides its provenance (`services[].contract`,
/// `services[].certifications` …), drawn from the registry.
fn registry_group<T: serde::de::DeserializeOwned + std::fmt::Debug>(scope: &str) -> impl Strategy<Value = T> {
    registry_facts(scope).prop_map(|facts| with_registry_facts(serde_json::json!({}), facts))
}

prop_compose! {
    fn party(i: usize)(role in prop_oneof![Just(PartyRole::Provider), Just(PartyRole::Operator), Just(PartyRole::Support),
            Just(PartyRole::Subprocessor), Just(PartyRole::InternalIt)],
        jurisdiction in country(), access in access(), parent in any::<bool>(),
        facts in registry_facts("services[].parties[]"), provenance in provenance()) -> Party {
        with_registry_facts(serde_json::json!({
            "name": format!("part{i}"),
            "role": role,
            "jurisdiction": jurisdiction,
            // Only the second and later parties may have a parent (the first), so chains stay valid.
            "parent": (i > 0 && parent).then_some("part0"),
            "access": access,
            "provenance": provenance,
        }), facts)
    }
}

prop_compose! {
    fn component(i: usize)(data_location in location(), key_control in key_control(),
        facts in registry_facts("services[].components[]"), support in prop::collection::vec(location(), 0..2),
        provenance in provenance()) -> Component {
        with_registry_facts(serde_json::json!({
            "id": format!("c{i}"),
            "name": format!("Komponent {i}"),
            "data_location": data_location,
            "key_control": key_control,
            "support_from": support,
            "provenance": provenance,
        }), facts)
    }
}

prop_compose! {
    fn contract()(contract in registry_group::<Contract>("services[].contract"), provenance in provenance()) -> Contract {
        Contract { provenance, ..contract }
    }
}

prop_compose! {
    fn service(id: usize)(
        parties in (prop::collection::vec(any::<u8>(), 1..4)).prop_flat_map(|v| {
            v.iter().enumerate().map(|(i, _)| party(i)).collect::<Vec<_>>()
        }),
        components in (1usize..4).prop_flat_map(|n| (0..n).map(component).collect::<Vec<_>>()),
        control in prop::option::of((any::<bool>(), any::<bool>(), any::<bool>())),
        own_use in prop_oneof![Just(OwnUse::None), Just(OwnUse::OptedOut), Just(OwnUse::Yes), Just(OwnUse::Unknown)],
        kind in prop_oneof![Just(ServiceKind::PublicCloud), Just(ServiceKind::OnPremises), Just(ServiceKind::PrivateCloud)],
        contract in contract(),
        certifications in registry_group::<Certifications>("services[].certifications"),
        configuration in registry_group::<Configuration>("services[].configuration"),
        protective_security in registry_group::<ProtectiveSecurityProcess>("services[].protective_security"),
        figures in prop::option::of((1u64..100, 0u64..100, 0u64..10, 1u64..1_000_000_000)),
        judgment in prop::option::of(prop_oneof![Just(ProbabilityBand::Low), Just(ProbabilityBand::Elevated), Just(ProbabilityBand::High)]),
        task in prop_oneof![Just(ProviderTask::TechnicalOnly), Just(ProviderTask::More), Just(ProviderTask::Unknown)],
        stated in any::<bool>(), examined in tri(),
    ) -> Service {
        let controls = control.map(|(a, b, c)| Control {
            kind: ControlKind::AccessApproval, name: "Godkännande".into(), covers: vec!["c0".into()],
            requester_is_approver: a, admin_bypass: b, verified: c, provenance: None,
        }).into_iter().collect();
        let basis = Provenance { status: FactStatus::Claimed, source: "genererad".into(), date: None, recheck: None };
        Service {
            id: format!("s{id}"),
            name: format!("Tjänst {id}"),
            kind,
            own_use_of_content: own_use,
            parties,
            components,
            controls,
            contract,
            certifications,
            transparency: figures.map(|(req, rej, out, users)| Transparency {
                period: "H1".into(), enterprise_requests: req, rejected_or_redirected: rej.min(req),
                outside_home_country: out.min(req), total_users: users, provenance: basis.clone(),
            }),
            configuration,
            protective_security,
            lawful_access_judgment: judgment.map(|band| ProbabilityJudgment { band, provenance: basis }),
            lawful_access_factors: None,
            provenance: None,
            provider_task: task,
            necessity_basis: if stated { "nödvändigt för verksamheten".into() } else { String::new() },
            alternatives_examined: examined,
        }
    }
}

prop_compose! {
    fn info_type(i: usize)(facts in registry_facts("information_types[]"),
        secrecy in prop::option::of(prop_oneof![Just(SecrecyStrength::Absolute), Just(SecrecyStrength::Reverse),
            Just(SecrecyStrength::Straight), Just(SecrecyStrength::Unknown)]),
        pd in prop_oneof![Just(PersonalData::None), Just(PersonalData::Ordinary), Just(PersonalData::Sensitive),
            Just(PersonalData::Criminal), Just(PersonalData::Unknown)],
        k in prop::option::of(0u8..5), retention in prop_oneof![Just(Retention::ProcessingOnly), Just(Retention::LongTerm), Just(Retention::Unknown)],
        in_c0 in any::<bool>(),
        class in prop_oneof![Just(SecurityClass::BegransatHemlig), Just(SecurityClass::Konfidentiell), Just(SecurityClass::Hemlig),
            Just(SecurityClass::KvalificeratHemlig), Just(SecurityClass::Unknown)]) -> InformationType {
        let components: Vec<&str> = if in_c0 { vec!["c0"] } else { vec![] };
        with_registry_facts(serde_json::json!({
            "id": format!("i{i}"),
            "name": format!("Information {i}"),
            "secrecy": secrecy.map(|strength| Secrecy { provision: "26 kap. 1 §".into(), strength }),
            "personal_data": pd,
            "klassa_k": k, "klassa_r": k,
            "retention": retention,
            "components": components,
            "security_class": class,
        }), facts)
    }
}

fn legal_date() -> impl Strategy<Value = Date> {
    (2017u16..2027, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date::ymd(y, m, d))
}

prop_compose! {
    fn assessment()(services in (1usize..3).prop_flat_map(|n| (0..n).map(service).collect::<Vec<_>>()),
        infos in (1usize..3).prop_flat_map(|n| (0..n).map(info_type).collect::<Vec<_>>()),
        legal_date in legal_date(),
        profile in prop_oneof![Just(ProfileId::TechnicalProcessing), Just(ProfileId::Necessity), Just(ProfileId::Strict)],
        users in prop::option::of(1u64..1_000_000),
        kind in prop_oneof![Just(OrganisationKind::Kommun), Just(OrganisationKind::StatligMyndighet), Just(OrganisationKind::Unknown)],
        memo_date in prop::option::of(legal_date()),
        handlaggare in prop_oneof![Just(String::new()), "[a-zåäö ]{1,12}"],
    ) -> Assessment {
        Assessment {
            format: FORMAT_VERSION, legal_date, profile, thresholds: Thresholds::default(),
            title: String::new(), diarienummer: String::new(),
            memo: MemoDetails { date: memo_date, handlaggare, send_to: String::new() },
            organisation: Organisation { kind, users, ..Organisation::default() },
            services, information_types: infos, action_plan: Vec::new(),
        }
    }
}

/// Verdicts per (service, info type, dimension), for comparing two evaluations cell by cell.
fn verdicts(ev: &Evaluation) -> Vec<Vec<Verdict>> {
    ev.results.iter().map(|c| c.dimensions.iter().map(|d| d.verdict).collect()).collect()
}

/// The findings of one dimension, for failure messages: rule, verdict and the start of the text.
fn explain(d: &molnbedomning::rules::DimensionResult) -> String {
    d.findings
        .iter()
        .map(|f| format!("  {} {:?}: {}", f.rule, f.verdict, f.reasoning.sv.chars().take(160).collect::<String>()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `after` is no better than `before`. The one exception to the plain order: a worse fact
/// can make an open question irrelevant – "needs information" (the unknown decided between allowed
/// and allowed with conditions) may become "allowed with conditions" once a known fact already
/// requires conditions. It may never become "allowed".
fn not_better(before: Verdict, after: Verdict) -> bool {
    after >= before || (before == Verdict::NeedsInformation && after == Verdict::AllowedWithConditions)
}

fn assert_not_better(before: &Evaluation, after: &Evaluation, what: &str) -> Result<(), TestCaseError> {
    for (b, a) in before.results.iter().zip(&after.results) {
        for (db, da) in b.dimensions.iter().zip(a.dimensions.iter()) {
            prop_assert!(
                not_better(db.verdict, da.verdict),
                "{what}: {:?} förbättrades {:?} → {:?} ({}/{})\nföre:\n{}\nefter:\n{}",
                db.dimension,
                db.verdict,
                da.verdict,
                b.service,
                b.info_type,
                explain(db),
                explain(da)
            );
        }
        prop_assert!(
            not_better(b.overall, a.overall),
            "{what}: samlad bedömning förbättrades {:?} → {:?}",
            b.overall,
            a.overall
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn evaluation_is_total_and_deterministic(a in assessment()) {
        let first = evaluate(&a);
        prop_assert_eq!(first.results.len(), a.services.len() * a.information_types.len());
        for cell in &first.results {
            prop_assert_eq!(cell.dimensions.len(), Dimension::ALL.len());
            prop_assert_eq!(Some(cell.overall), cell.dimensions.iter().map(|d| d.verdict).max());
            for d in cell.dimensions.iter() {
                // Every verdict names the rules that decided it.
                prop_assert!(!d.deciding_rules().is_empty());
            }
        }
        prop_assert_eq!(&first, &evaluate(&a));
        // One key is one measure within a cell (the action plan keeps follow-ups by key): a rule
        // that proposes a measure per party or component names it in the key.
        for cell in &first.results {
            let all: Vec<_> = cell.dimensions.iter().flat_map(|d| &d.findings).flat_map(|f| &f.measures).collect();
            for m in &all {
                prop_assert!(all.iter().all(|n| n.key != m.key || n.text.sv == m.text.sv), "{}: {}", m.key, m.text.sv);
            }
            // Likewise one question key with one addressee is one question: a rule that asks per
            // party, component or country names it in the key.
            let asked: Vec<_> = cell.dimensions.iter().flat_map(|d| &d.findings).flat_map(|f| &f.questions).collect();
            for q in &asked {
                prop_assert!(
                    asked.iter().all(|r| r.key != q.key || r.to != q.to || r.text == q.text),
                    "{}: {}",
                    q.key,
                    q.text.sv
                );
            }
        }
        // Each rule's findings stay in the dimensions it names, so evaluating only some dimensions
        // (running only their rules) gives the same result in those dimensions.
        for svc in &a.services {
            for info in &a.information_types {
                let cell = molnbedomning::rules::Cell::new(&a, svc, info);
                let whole = molnbedomning::rules::evaluate_cell(&cell);
                for d in whole.dimensions.iter() {
                    for f in d.findings.iter().filter(|f| f.rule != RuleId::R0) {
                        let rule = molnbedomning::rules::catalogue::rule(f.rule).expect("a catalogue rule");
                        prop_assert!(rule.dimensions.contains(&f.dimension), "{} in {:?}", f.rule, f.dimension);
                    }
                    let only = molnbedomning::rules::evaluate_dimensions(&cell, &[d.dimension]);
                    prop_assert_eq!(only.dimension(d.dimension), d);
                }
            }
        }
        // Without texts (issue 15) every verdict, deciding rule and policy flag is the same: texts
        // never decide.
        let brief = molnbedomning::rules::evaluate_brief(&a);
        for (full, brief) in first.results.iter().zip(&brief.results) {
            prop_assert_eq!(full.overall, brief.overall);
            for (d, b) in full.dimensions.iter().zip(brief.dimensions.iter()) {
                prop_assert_eq!(d.verdict, b.verdict);
                prop_assert_eq!(d.deciding_rules(), b.deciding_rules());
                prop_assert_eq!(d.decided_by_policy(), b.decided_by_policy());
            }
        }
    }

    #[test]
    fn more_access_never_improves(a in assessment(), s in 0usize..2, p in 0usize..3) {
        let mut worse = a.clone();
        let Some(party) = worse.services.get_mut(s).and_then(|s| s.parties.get_mut(p)) else { return Ok(()) };
        party.access = match party.access {
            Access::None => Access::Metadata,
            Access::Metadata => Access::Content,
            _ => return Ok(()),
        };
        assert_not_better(&evaluate(&a), &evaluate(&worse), "mer åtkomst")?;
    }

    #[test]
    fn weaker_key_control_never_improves(a in assessment(), s in 0usize..2, c in 0usize..3) {
        let mut worse = a.clone();
        let Some(component) = worse.services.get_mut(s).and_then(|s| s.components.get_mut(c)) else { return Ok(()) };
        component.key_control = match component.key_control {
            KeyControl::EndToEnd | KeyControl::ExternalKeyNoProviderCleartext => KeyControl::CustomerKeyInProviderKms,
            KeyControl::CustomerKeyInProviderKms => KeyControl::Provider,
            _ => return Ok(()),
        };
        assert_not_better(&evaluate(&a), &evaluate(&worse), "svagare nyckelkontroll")?;
    }

    #[test]
    fn a_third_country_owner_never_improves(a in assessment(), s in 0usize..2) {
        let mut worse = a.clone();
        let Some(service) = worse.services.get_mut(s) else { return Ok(()) };
        if service.parties[0].jurisdiction != Country::code("SE") { return Ok(()) }
        service.parties[0].jurisdiction = Country::code("US");
        service.parties[0].dpf_certified = Tri::No;
        service.parties[0].privacy_shield_certified = Tri::No;
        assert_not_better(&evaluate(&a), &evaluate(&worse), "utländsk ägare")?;
    }

    /// A fact that was known and good, made unknown: never better, and where it changes a dimension,
    /// that dimension is not "allowed".
    #[test]
    fn unknown_never_yields_allowed_where_it_decides(a in assessment(), which in 0usize..8, s in 0usize..2, i in 0usize..2) {
        let mut unknown = a.clone();
        let changed = match which {
            0 => unknown.information_types.get_mut(i).map(|x| { let was = x.security_classified; x.security_classified = Tri::Unknown; was == Tri::No }),
            1 => unknown.information_types.get_mut(i).map(|x| { let was = x.personal_data; x.personal_data = PersonalData::Unknown; was == PersonalData::None }),
            2 => unknown.services.get_mut(s).map(|x| { let was = x.parties[0].access; x.parties[0].access = Access::Unknown; was == Access::None }),
            3 => unknown.services.get_mut(s).map(|x| { let was = x.parties[0].jurisdiction.clone(); x.parties[0].jurisdiction = Country::unknown(); was == Country::code("SE") }),
            4 => unknown.services.get_mut(s).map(|x| { let was = x.components[0].data_location.clone(); x.components[0].data_location = Location::unknown(); was == Location::code("SE") }),
            5 => unknown.services.get_mut(s).map(|x| { let was = x.own_use_of_content; x.own_use_of_content = OwnUse::Unknown; was == OwnUse::None }),
            6 => unknown.services.get_mut(s).map(|x| { let was = x.contract.dpa; x.contract.dpa = Tri::Unknown; was == Tri::Yes }),
            _ => unknown.information_types.get_mut(i).map(|x| { let was = x.klassa_k; x.klassa_k = None; was == Some(0) }),
        };
        if changed != Some(true) { return Ok(()) }
        let (before, after) = (evaluate(&a), evaluate(&unknown));
        assert_not_better(&before, &after, "okänt")?;
        for (b, u) in verdicts(&before).iter().zip(verdicts(&after).iter()) {
            for (vb, vu) in b.iter().zip(u) {
                if vb != vu {
                    prop_assert_ne!(*vu, Verdict::Allowed);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any assessment survives the link format unchanged, in every mode the encoder picks.
    #[test]
    fn links_round_trip(a in assessment(), title in "[a-zåäöA-Z0-9 <>&\"'#%]{0,40}") {
        let mut a = a;
        a.title = title;
        let link = molnbedomning::codec::encode(&a);
        let fail = |e: molnbedomning::model::Error| TestCaseError::fail(e.to_string());
        prop_assert_eq!(molnbedomning::codec::decode(&link).map_err(fail)?, a.clone());
        let stripped = molnbedomning::codec::without_security_configuration(&a);
        let back = molnbedomning::codec::decode(&molnbedomning::codec::encode(&stripped)).map_err(fail)?;
        prop_assert_eq!(back, stripped);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The coverage analysis's counterfactuals agree with monotonicity: taking a key control back to
    /// the provider never makes a verdict milder, and an ideal key control (in one component or in
    /// all) never makes one stricter.
    #[test]
    fn key_coverage_counterfactuals_are_monotone(a in assessment()) {
        use molnbedomning::analysis::coverage::{all_keys_ideal, key_coverage};
        for k in key_coverage(&a) {
            for e in &k.provider_keys {
                prop_assert!(not_better(e.with_control, e.other), "leverantörens nycklar i {} gjorde {e:?} mildare", k.component);
            }
            for e in &k.ideal {
                prop_assert!(not_better(e.other, e.with_control), "idealisk nyckel i {} gjorde {e:?} strängare", k.component);
            }
        }
        for (service, effects) in all_keys_ideal(&a) {
            for e in &effects {
                prop_assert!(not_better(e.other, e.with_control), "ideala nycklar överallt i {service} gjorde {e:?} strängare");
            }
        }
    }
}

/// Answers every unknown fact of the registry with one of its known values, chosen by `choices`
/// (the body's own tasks as done, as the bounding takes them).
fn random_completion(a: &Assessment, choices: &[u8]) -> Assessment {
    use molnbedomning::model::facts::{visit, FactRole, FACTS};
    let mut json = serde_json::to_value(a).unwrap();
    let mut n = 0usize;
    for fact in FACTS {
        let Some(order) = fact.favourable else { continue };
        visit(&mut json, fact.path, "", &mut |v, _| {
            if v == "unknown" {
                let pick =
                    if fact.role == FactRole::Task { 0 } else { choices[n % choices.len()] as usize % order.len() };
                *v = serde_json::from_str(order[pick]).unwrap();
                n += 1;
            }
        });
    }
    serde_json::from_value(json).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// DOMAIN.md §5: the bound holds. Where bounding decided a dimension that the rules left at
    /// "needs information", every answer to the unknowns agrees: "not allowed" whatever the
    /// answers, or never worse than "allowed with conditions".
    #[test]
    fn bounded_verdicts_hold_for_every_answer_to_the_unknowns(a in assessment(), choices in prop::collection::vec(any::<u8>(), 1..40)) {
        use molnbedomning::rules::{evaluate_cell, Cell};
        let bounded = evaluate(&a);
        let completed = random_completion(&a, &choices);
        let answered = evaluate(&completed);
        for (k, cell) in bounded.results.iter().enumerate() {
            let (s, i) = (k / a.information_types.len(), k % a.information_types.len());
            let raw = evaluate_cell(&Cell::new(&a, &a.services[s], &a.information_types[i]));
            for (d, dim) in cell.dimensions.iter().enumerate() {
                if raw.dimensions[d].verdict != Verdict::NeedsInformation || dim.verdict == Verdict::NeedsInformation {
                    continue;
                }
                let v = answered.results[k].dimensions[d].verdict;
                match dim.verdict {
                    Verdict::NotAllowed => prop_assert_eq!(v, Verdict::NotAllowed, "{:?} {}/{}\n{}", dim.dimension, cell.service, cell.info_type, explain(&answered.results[k].dimensions[d])),
                    _ => prop_assert!(v <= Verdict::AllowedWithConditions, "{:?} {}/{}: {:?} men svaren ger {:?}\n{}", dim.dimension, cell.service, cell.info_type, dim.verdict, v, explain(&answered.results[k].dimensions[d])),
                }
            }
        }
    }
}

/// Every place an ordered fact of the registry occurs in `a`, concretely
/// (`.services[0].parties[1].access`), with its fact.
fn ordered_instances(a: &Assessment) -> Vec<(&'static molnbedomning::model::facts::Fact, String)> {
    use molnbedomning::model::facts::{visit, FACTS};
    let mut json = serde_json::to_value(a).unwrap();
    let mut found = Vec::new();
    for fact in FACTS.iter().filter(|f| f.favourable.is_some_and(|o| o.len() > 1)) {
        visit(&mut json, fact.path, "", &mut |_, path| found.push((fact, path.to_string())));
    }
    found
}

/// `a` with the fact at `path` answered `value` (JSON of the public format).
fn answered(a: &Assessment, fact: &molnbedomning::model::facts::Fact, path: &str, value: &str) -> Assessment {
    let mut json = serde_json::to_value(a).unwrap();
    molnbedomning::model::facts::visit(&mut json, fact.path, "", &mut |v, p| {
        if p == path {
            *v = serde_json::from_str(value).unwrap();
        }
    });
    serde_json::from_value(json).unwrap()
}

/// The rules' own verdicts, cell by cell, without bounding the unknowns: the evaluator the bound
/// relies on.
fn unbounded(a: &Assessment) -> Vec<molnbedomning::rules::CellResult> {
    use molnbedomning::rules::{evaluate_cell, Cell};
    a.services
        .iter()
        .flat_map(|s| a.information_types.iter().map(move |i| evaluate_cell(&Cell::new(a, s, i))))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// DOMAIN.md §5, pitfall 1, for every ordered fact of the registry rather than a hand-picked
    /// few: answering a fact one step less favourably (in the registry's order) never improves a
    /// dimension of any cell. The bound of the unknowns is sound only if this holds.
    #[test]
    fn every_ordered_fact_of_the_registry_is_monotone(a in assessment(), which in any::<u16>(), step in any::<u8>()) {
        let instances = ordered_instances(&a);
        prop_assume!(!instances.is_empty());
        let (fact, path) = &instances[which as usize % instances.len()];
        let order = fact.favourable.unwrap();
        let k = step as usize % (order.len() - 1);
        let (better, worse) = (unbounded(&answered(&a, fact, path, order[k])), unbounded(&answered(&a, fact, path, order[k + 1])));
        for (b, w) in better.iter().zip(&worse) {
            for (db, dw) in b.dimensions.iter().zip(w.dimensions.iter()) {
                prop_assert!(
                    not_better(db.verdict, dw.verdict),
                    "{path}: {} → {} förbättrade {:?} {:?} → {:?} ({}/{})\nföre:\n{}\nefter:\n{}",
                    order[k], order[k + 1], db.dimension, db.verdict, dw.verdict, b.service, b.info_type, explain(db), explain(dw)
                );
            }
        }
    }
}

/// The monotonicity property reaches every ordered fact: each occurs in a blank assessment's JSON
/// (a fact the format leaves out when unset would otherwise never be varied).
#[test]
fn every_ordered_fact_occurs_in_a_blank_assessment() {
    use molnbedomning::model::facts::FACTS;
    let mut a = molnbedomning::presets::blank();
    a.services[0].parties[0].access_from = vec![Location::code("SE")];
    a.services[0].components[0].support_from = vec![Location::code("SE")];
    a.information_types[0].secrecy = Some(Secrecy { provision: String::new(), strength: SecrecyStrength::Unknown });
    let instances = ordered_instances(&a);
    for fact in FACTS.iter().filter(|f| f.favourable.is_some_and(|o| o.len() > 1)) {
        assert!(instances.iter().any(|(f, _)| f.path == fact.path), "{} saknas", fact.path);
    }
}

/// The sentences of `text` that name a year after `year` (up to 2099).
fn sentences_naming_a_later_year(text: &str, year: u32) -> Vec<String> {
    text.split(['.', ';'])
        .filter(|s| {
            s.split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|v| v > year && v < 2100))
        })
        .map(|s| s.trim().to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// DOMAIN.md §5, nothing cited before it existed, for every text the rules write (reasoning,
    /// measures, questions): a year after the legal date's appears only where the text says that a
    /// law did not yet apply, or gives the schedule of one in force.
    #[test]
    fn no_text_names_a_later_year_except_a_schedule(a in assessment()) {
        let year: u32 = a.legal_date.to_string()[..4].parse().unwrap();
        let schedule = ["gällde inte", "tillämpades inte", "trädde i kraft", "fram till", "gäller till", "gäller då till"];
        for c in &evaluate(&a).results {
            for f in c.dimensions.iter().flat_map(|d| &d.findings) {
                let texts = std::iter::once(&f.reasoning.sv)
                    .chain(f.measures.iter().map(|m| &m.text.sv))
                    .chain(f.questions.iter().map(|q| &q.text.sv));
                for t in texts {
                    for s in sentences_naming_a_later_year(t, year) {
                        prop_assert!(schedule.iter().any(|m| s.contains(m)), "{} vid {}: {s}", f.rule, a.legal_date);
                    }
                }
            }
        }
    }
}

/// A concrete path as `visit` writes it (`.services[0].parties[1].access`) as an edit path, whose
/// list positions are written `[#1]`.
fn edit_path(visited: &str) -> String {
    visited.trim_start_matches('.').replace('[', "[#")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// An edit of one fact inside a service or an information type (issue 15): setting it in that
    /// part alone gives the assessment the whole round trip gives, and evaluating only that part's
    /// cells again gives the evaluation of the whole edited assessment, cell for cell.
    #[test]
    fn an_edit_of_one_part_agrees_with_the_whole(a in assessment(), which in any::<u16>(), step in any::<u8>()) {
        use molnbedomning::analysis::facts::edit_part;
        use molnbedomning::rules::{evaluate_brief, evaluate_brief_after};
        let instances = ordered_instances(&a);
        prop_assume!(!instances.is_empty());
        let (fact, visited) = &instances[which as usize % instances.len()];
        let order = fact.favourable.unwrap();
        let value = order[step as usize % order.len()];
        let (b, part) = edit_part(&a, &edit_path(visited), serde_json::from_str(value).unwrap()).unwrap();
        prop_assert_eq!(&b, &answered(&a, fact, visited, value));
        let expected_part = visited.starts_with(".services[") || visited.starts_with(".information_types[");
        prop_assert_eq!(part != Part::Whole, expected_part, "{}", visited);
        let after = evaluate_brief_after(&evaluate_brief(&a), &b, part);
        prop_assert_eq!(after, evaluate_brief(&b), "{} = {}", visited, value);
    }
}
