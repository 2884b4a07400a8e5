//! The memo's annexes, built from the evaluation so that they never say more than the rules did:
//! a DPIA section (GDPR art. 35.7 a–d) and, per service with third-country transfers, a transfer
//! impact assessment (TIA) in the six steps of EDPB Recommendations 01/2020 and SCC clause 14.
//! Both the Markdown memo and the report view render these.

use super::{Version, CONFIGURATION_RULES};
use crate::model::{Assessment, Country, Location, PersonalData, Service, Text, Tri};
use crate::rules::catalogue::transfer_paths;
use crate::rules::legal_state::{adequacy, compulsion_laws, third_country, DPF, GDPR, PRIVACY_SHIELD};
use crate::rules::{Cell, CellResult, Dimension, Evaluation, Finding, RuleId, Verdict};
use crate::text;
use std::fmt::Write;

/// A rule's reasoning as quoted in an annex.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub rule: RuleId,
    pub verdict: Option<Verdict>,
    pub text: Text,
    pub policy: bool,
}

/// One information type with personal data, as the DPIA describes it (art. 35.7 a).
#[derive(Clone, Debug, PartialEq)]
pub struct DpiaInfo {
    pub name: String,
    pub kind: Text,
    pub retention: Text,
    /// Whether the tool finds a DPIA required (R12: art. 9/10 data) or to be tried against IMY's list.
    pub required: bool,
    pub services: Vec<String>,
}

/// A risk to the data subjects: a dimension whose verdict is not "allowed" (art. 35.7 c).
#[derive(Clone, Debug, PartialEq)]
pub struct DpiaRisk {
    pub service: String,
    pub info_type: String,
    pub dimension: Dimension,
    pub verdict: Verdict,
    pub reasons: Vec<Quote>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dpia {
    pub info: Vec<DpiaInfo>,
    pub risks: Vec<DpiaRisk>,
    /// Measures that address the risks (art. 35.7 d), each once, with its rule.
    pub measures: Vec<(RuleId, Text)>,
    /// Alternatives considered (R14), for necessity and proportionality (art. 35.7 b).
    pub necessity: Vec<Quote>,
    /// A risk judged "not allowed" remains: prior consultation of IMY (art. 36) if it cannot be reduced.
    pub prior_consultation: bool,
}

/// A third country that occurs in a service and what the legal state says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryRow {
    pub country: Country,
    /// Where it occurs: storage, access by a party, support.
    pub occurs: Vec<Text>,
    pub adequacy: Option<&'static str>,
    /// Laws that can compel a party there to disclose data, with their sources.
    pub compulsion: Vec<(Text, String)>,
}

/// One step of EDPB Recommendations 01/2020 with the reasoning that belongs to it.
#[derive(Clone, Debug, PartialEq)]
pub struct TiaStep {
    pub title: Text,
    pub quotes: Vec<Quote>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TransferAnnex {
    pub service: String,
    /// Transfer verdict per information type with personal data.
    pub verdicts: Vec<(String, Verdict)>,
    pub countries: Vec<CountryRow>,
    pub steps: Vec<TiaStep>,
    /// Re-check dates of the service's facts (step 6); `true` when past the legal date.
    pub rechecks: Vec<(String, crate::model::Date, bool)>,
    /// Reasoning on security configuration was left out (public version, OSL 18 kap. 8 §).
    pub omitted: bool,
}

/// The annexes' fixed wording, shared by the Markdown memo and the report view.
pub mod words {
    use crate::model::StaticText as W;

    pub const ANNEX: W = W("Bilaga", "Annex");
    pub const DPIA_TITLE: W = W(
        "Bilaga 1. Konsekvensbedömning avseende dataskydd (DPIA)",
        "Annex 1. Data protection impact assessment (DPIA)",
    );
    pub const DPIA_INTRO: W = W(
        "Underlag enligt GDPR art. 35.7. Verktyget fyller i det som följer av bedömningen; ändamål, rättslig grund och dataskyddsombudets yttrande skriver ni själva.",
        "Basis under GDPR art. 35.7. The tool fills in what follows from the assessment; purpose, legal basis and the DPO's opinion are yours to write.",
    );
    pub const DPIA_A: W = W("a) Beskrivning av behandlingen", "a) Description of the processing");
    pub const DPIA_B: W = W("b) Nödvändighet och proportionalitet", "b) Necessity and proportionality");
    pub const DPIA_C: W = W(
        "c) Risker för de registrerades rättigheter och friheter",
        "c) Risks to the rights and freedoms of data subjects",
    );
    pub const DPIA_D: W = W("d) Åtgärder för att hantera riskerna", "d) Measures to address the risks");
    pub const DPIA_REQUIRED: W = W("DPIA krävs (R12, art. 35.3 b)", "DPIA required (R12, art. 35.3 b)");
    pub const DPIA_TRY: W =
        W("pröva mot tillsynsmyndighetens förteckning (R12)", "check against the supervisory authority's list (R12)");
    pub const RETENTION: W = W("bevarande", "retention");
    pub const PROCESSED_IN: W = W("behandlas i", "processed in");
    /// Parts of art. 35.7 only the body can answer.
    pub const TO_FILL_IN: [W; 3] = [
        W("Ändamål", "Purpose"),
        W("Rättslig grund (art. 6 och 9.2)", "Legal basis (art. 6 and 9.2)"),
        W("Kategorier av registrerade", "Categories of data subjects"),
    ];
    pub const NO_ALTERNATIVES: W = W(
        "Inga alternativ jämförda i bedömningen (R14). Beskriv varför tjänsten behövs och vilka alternativ som prövats.",
        "No alternatives compared in the assessment (R14). Describe why the service is needed and which alternatives were considered.",
    );
    pub const NO_RISKS: W = W(
        "Bedömningen fann inga dimensioner som inte är tillåtna.",
        "The assessment found no dimension that is not allowed.",
    );
    pub const NO_MEASURES: W = W(
        "Bedömningen har ännu inte lett till några åtgärder: besvara först frågorna som avgör de dimensioner där underlag saknas.",
        "The assessment has not yet led to any measures: first answer the questions that decide the dimensions where information is missing.",
    );
    pub const DPO_OPINION: W = W("Dataskyddsombudets yttrande (art. 35.2)", "The DPO's opinion (art. 35.2)");
    pub const TIA_TITLE: W = W("Överföringsbedömning (TIA)", "Transfer impact assessment (TIA)");
    /// Before Schrems II there was no "TIA": the annex is the transfer's analysis under chapter V.
    pub const TRANSFER_ANALYSIS_TITLE: W =
        W("Analys av överföringen enligt kapitel V GDPR", "Analysis of the transfer under GDPR chapter V");
    /// The TIA's method as it stood at the legal date (see `tia_intro`): before Schrems II the
    /// clauses' own warranty (2010/87/EU clause 5 b) but no guidance on a documented assessment;
    /// then the judgment, EDPB's FAQ, and from 2020-11-10 the Recommendations 01/2020.
    pub const TIA_INTRO_BEFORE_SCHREMS_II: W = W(
        "Vid rättsläget fanns ingen vägledning om en dokumenterad överföringsbedömning. Standardavtalsklausulerna i beslut 2010/87/EU innehöll dock mottagarens garanti att den inte hade skäl att tro att lagstiftningen hindrade den att fullgöra dem (klausul 5 b). Stegen nedan är verktygets arbetsordning. Sannolikhetsuppskattningar är uppskattningar, inte fakta.",
        "At the legal date there was no guidance on a documented transfer assessment. The standard contractual clauses of decision 2010/87/EU did, however, contain the importer's warranty that it had no reason to believe its legislation prevented it from fulfilling them (clause 5(b)). The steps below are the tool's order of work. Probability figures are estimates, not facts.",
    );
    pub const TIA_INTRO_BEFORE_EDPB_REC: W = W(
        "Bedömningen görs enligt Schrems II (EU-domstolen C-311/18, 2020-07-16) och standardavtalsklausulerna i beslut 2010/87/EU, klausul 5 a–b. EDPB hade vid rättsläget inte publicerat några rekommendationer om kompletterande åtgärder; stegen nedan är verktygets arbetsordning. Sannolikhetsuppskattningar är uppskattningar, inte fakta.",
        "The assessment follows Schrems II (CJEU C-311/18, 2020-07-16) and the standard contractual clauses of decision 2010/87/EU, clause 5(a)–(b). At the legal date EDPB had published no recommendations on supplementary measures; the steps below are the tool's order of work. Probability figures are estimates, not facts.",
    );
    pub const TIA_INTRO_OLD_SCC: W = W(
        "Bedömningen görs enligt Schrems II (EU-domstolen C-311/18, 2020-07-16), standardavtalsklausulerna i beslut 2010/87/EU, klausul 5 a–b, och EDPB:s rekommendationer 01/2020, version 1.0 (antagen 2020-11-10 för offentligt samråd). Sannolikhetsuppskattningar är uppskattningar, inte fakta.",
        "The assessment follows Schrems II (CJEU C-311/18, 2020-07-16), the standard contractual clauses of decision 2010/87/EU, clause 5(a)–(b), and EDPB Recommendations 01/2020, version 1.0 (adopted 2020-11-10 for public consultation). Probability figures are estimates, not facts.",
    );
    pub const TIA_INTRO_WITH_OLD_SCC: W = W(
        "Bedömningen görs enligt EDPB:s rekommendationer 01/2020 (v2.0) och standardavtalsklausulerna (EU) 2021/914, klausul 14 (för avtal med klausulerna i beslut 2010/87/EU som ingåtts före 2021-09-27 och där behandlingen är oförändrad: klausul 5 a–b, längst till 2022-12-27, beslut (EU) 2021/914 art. 4.4). Sannolikhetsuppskattningar är uppskattningar, inte fakta.",
        "The assessment follows EDPB Recommendations 01/2020 (v2.0) and the standard contractual clauses (EU) 2021/914, clause 14 (for contracts on the clauses of decision 2010/87/EU concluded before 2021-09-27 with unchanged processing: clause 5(a)–(b), until 2022-12-27 at the latest, decision (EU) 2021/914 art. 4(4)). Probability figures are estimates, not facts.",
    );
    pub const TIA_INTRO: W = W(
        "Bedömningen görs enligt EDPB:s rekommendationer 01/2020 (v2.0) och standardavtalsklausulerna (EU) 2021/914, klausul 14. Sannolikhetsuppskattningar är uppskattningar, inte fakta.",
        "The assessment follows EDPB Recommendations 01/2020 (v2.0) and the standard contractual clauses (EU) 2021/914, clause 14. Probability figures are estimates, not facts.",
    );
    pub const COUNTRY_COLUMNS: [W; 4] = [
        W("Land", "Country"),
        W("Förekommer", "Occurs"),
        W("Adekvat skyddsnivå", "Adequacy"),
        W("Lagar om tvångsåtkomst", "Compulsion laws"),
    ];
    pub const NO_ADEQUACY: W = W("inget beslut", "no decision");
    pub const RECHECK_BY: W = W("kontrolleras senast", "re-check by");
    pub const RECHECK_PASSED: W = W(" – passerat, kontrollera på nytt", " – passed, re-check");
    /// Step 6 names the pending US question of the legal date (see `reevaluate`).
    pub const REEVALUATE_PRIVACY_SHIELD: W = W(
        "Ompröva bedömningen när fakta, avtal eller rättsläge ändras (t.ex. ett nytt beslut om adekvat skyddsnivå, eller EU-domstolens prövning av Privacy Shield och standardavtalsklausulerna i mål C-311/18).",
        "Re-evaluate when facts, contract or legal state change (e.g. a new adequacy decision, or the CJEU's review of the Privacy Shield and the standard contractual clauses in case C-311/18).",
    );
    pub const REEVALUATE_NO_US_DECISION: W = W(
        "Ompröva bedömningen när fakta, avtal eller rättsläge ändras (t.ex. ett nytt beslut om adekvat skyddsnivå, också för USA efter Privacy Shield).",
        "Re-evaluate when facts, contract or legal state change (e.g. a new adequacy decision, also for the US after the Privacy Shield).",
    );
    pub const REEVALUATE: W = W(
        "Ompröva bedömningen när fakta, avtal eller rättsläge ändras (t.ex. ett nytt beslut om adekvat skyddsnivå eller en dom om Data Privacy Framework).",
        "Re-evaluate when facts, contract or legal state change (e.g. a new adequacy decision or a judgment on the Data Privacy Framework).",
    );
    pub const REEVALUATE_DPF_APPEAL: W = W(
        "Ompröva bedömningen när fakta, avtal eller rättsläge ändras (t.ex. ett nytt beslut om adekvat skyddsnivå eller EU-domstolens dom i mål C-703/25 P om Data Privacy Framework).",
        "Re-evaluate when facts, contract or legal state change (e.g. a new adequacy decision or the CJEU's judgment in case C-703/25 P on the Data Privacy Framework).",
    );
    pub const CONFIGURATION_OMITTED: W = W(
        "Motivering om säkerhetskonfiguration utelämnad (OSL 18 kap. 8 §).",
        "Reasoning on security configuration left out (OSL ch. 18 s. 8).",
    );
}

/// The EDPB steps and the rules whose reasoning answers each (steps 5 and 6 are formal/procedural).
const STEPS: [(&str, &str, &[RuleId]); 4] = [
    ("Steg 1. Kartlägg överföringarna", "Step 1. Know your transfers", &[RuleId::R4]),
    ("Steg 2. Överföringsverktyg (art. 45–46)", "Step 2. Transfer tool (art. 45–46)", &[RuleId::R5]),
    (
        "Steg 3. Tredjelandets lagstiftning och praxis",
        "Step 3. Law and practice of the third country",
        &[RuleId::R3, RuleId::R10, RuleId::R11, RuleId::R13],
    ),
    ("Steg 4. Kompletterande åtgärder", "Step 4. Supplementary measures", &[RuleId::R6, RuleId::R7]),
];

impl Quote {
    /// The verdict worth showing beside the quote: "allowed" on one finding out of its cell would
    /// read as an approval of the whole, so only the gaps are shown.
    pub fn shown_verdict(&self) -> Option<Verdict> {
        self.verdict.filter(|v| *v != Verdict::Allowed)
    }
}

fn shown(rule: RuleId, version: Version) -> bool {
    version == Version::Internal || !CONFIGURATION_RULES.contains(&rule)
}

fn quote(f: &Finding) -> Quote {
    Quote { rule: f.rule, verdict: f.verdict, text: f.reasoning.clone(), policy: f.policy }
}

fn push_once(list: &mut Vec<Quote>, q: Quote) {
    if !list.iter().any(|x| x.rule == q.rule && x.text == q.text) {
        list.push(q);
    }
}

fn has_personal_data(kind: PersonalData) -> bool {
    kind != PersonalData::None
}

/// The DPIA section, or `None` when no information type may hold personal data or the GDPR did not
/// apply at the legal date. Unknown personal data counts: "vet ej" must not drop the section.
pub fn dpia(a: &Assessment, ev: &Evaluation, version: Version) -> Option<Dpia> {
    if !GDPR.in_force(a.legal_date) {
        return None;
    }
    let infos: Vec<_> = a.information_types.iter().filter(|i| has_personal_data(i.personal_data)).collect();
    if infos.is_empty() {
        return None;
    }
    let cells = |info_id: &String| {
        let info_id = info_id.clone();
        ev.results.iter().filter(move |c| c.info_type == info_id)
    };
    let mut out = Dpia {
        info: Vec::new(),
        risks: Vec::new(),
        measures: Vec::new(),
        necessity: Vec::new(),
        prior_consultation: false,
    };
    for info in &infos {
        let required = cells(&info.id).any(|c| {
            c.dimension(Dimension::Processor).findings.iter().any(|f| f.rule == RuleId::R12 && f.verdict.is_some())
        });
        out.info.push(DpiaInfo {
            name: info.name.clone(),
            kind: info.personal_data.label(),
            retention: info.retention.label(),
            required,
            services: cells(&info.id).filter_map(|c| service_name(a, c)).collect(),
        });
        for cell in cells(&info.id) {
            let Some(service) = service_name(a, cell) else { continue };
            for d in [Dimension::Secrecy, Dimension::Transfer, Dimension::Processor] {
                let dr = cell.dimension(d);
                let deciding = dr.findings.iter().filter(|f| f.verdict == Some(dr.verdict));
                for f in dr.findings.iter().filter(|f| f.rule == RuleId::R14) {
                    push_once(&mut out.necessity, quote(f));
                }
                if dr.verdict == Verdict::Allowed {
                    continue;
                }
                out.prior_consultation |= dr.verdict == Verdict::NotAllowed;
                let reasons = deciding.clone().filter(|f| shown(f.rule, version)).map(quote).collect();
                out.risks.push(DpiaRisk {
                    service: service.clone(),
                    info_type: info.name.clone(),
                    dimension: d,
                    verdict: dr.verdict,
                    reasons,
                });
                for f in deciding.filter(|f| shown(f.rule, version)) {
                    for m in &f.measures {
                        if !out.measures.iter().any(|(_, t)| *t == m.text) {
                            out.measures.push((f.rule, m.text.clone()));
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

fn service_name(a: &Assessment, cell: &CellResult) -> Option<String> {
    a.services.iter().find(|s| s.id == cell.service).map(|s| s.name.clone())
}

/// Third countries of a service at `date`: storage, the parties' access and support. Countries whose
/// EU/EEA membership is unknown are left to R4's questions, not guessed; "EU" names none.
fn third_countries(svc: &crate::model::Service, date: crate::model::Date) -> Vec<CountryRow> {
    let mut rows: Vec<CountryRow> = Vec::new();
    let mut add = |location: &Location, occurs: Text| {
        let Some(Some(country)) = third_country(location, date) else { return };
        match rows.iter_mut().find(|r| &r.country == country) {
            Some(r) if !r.occurs.contains(&occurs) => r.occurs.push(occurs),
            Some(_) => {}
            None => rows.push(CountryRow {
                country: country.clone(),
                occurs: vec![occurs],
                adequacy: adequacy(country, date).map(|s| s.title).or_else(|| partial_adequacy(country, date)),
                compulsion: compulsion_laws(country, date)
                    .into_iter()
                    .map(|l| (Text::new(l.sv, l.en), l.source.render()))
                    .collect(),
            }),
        }
    };
    for c in &svc.components {
        let comp = &c.name;
        add(&c.data_location, text!("lagring i {comp}", "storage of {comp}"));
        for location in &c.support_from {
            add(location, text!("support för {comp}", "support for {comp}"));
        }
    }
    for p in &svc.parties {
        let party = &p.name;
        add(&p.jurisdiction.clone().into(), text!("{party} är registrerad där", "{party} is incorporated there"));
        for location in &p.access_from {
            add(location, text!("åtkomst av {party}", "access by {party}"));
        }
    }
    rows
}

/// A transfer impact annex for each service where R4 finds a transfer, possible or definite, of
/// personal data — or cannot rule one out — at the legal date.
/// Step 2's facts, whatever the rules concluded (they may not reach R5 while e.g. personal data is
/// unknown): the contract's standard clauses and TIA, and per party outside the EU/EEA the
/// certification in force at the legal date (Privacy Shield 2016-08-01 – 2020-07-16, DPF from
/// 2023-07-10).
fn transfer_tool_facts(a: &Assessment, svc: &Service) -> Text {
    let tri = |t: Tri| match t {
        Tri::Yes => ("ja", "yes"),
        Tri::No => ("nej", "no"),
        Tri::Unknown => ("vet ej", "unknown"),
    };
    let (scc, tia) = (tri(svc.contract.scc), tri(svc.contract.tia_done));
    let mut sv =
        format!("Fakta: standardavtalsklausuler (SCC): {}; överföringsbedömning (TIA) gjord: {}", scc.0, tia.0);
    let mut en = format!(
        "Facts: standard contractual clauses (SCC): {}; transfer impact assessment (TIA) made: {}",
        scc.1, tia.1
    );
    let scheme = if DPF.in_force(a.legal_date) {
        Some(("EU–US Data Privacy Framework", true))
    } else if PRIVACY_SHIELD.in_force(a.legal_date) {
        Some(("Privacy Shield", false))
    } else {
        None
    };
    if let Some((name, dpf)) = scheme {
        for p in svc.parties.iter().filter(|p| p.jurisdiction.is("US")) {
            let v = tri(if dpf { p.dpf_certified } else { p.privacy_shield_certified });
            let _ = write!(sv, "; {} certifierad enligt {name}: {}", p.name, v.0);
            let _ = write!(en, "; {} certified under the {name}: {}", p.name, v.1);
        }
    }
    Text::new(format!("{sv}."), format!("{en}."))
}

/// The TIA annex's opening note at the legal date: it cites only what existed then (DOMAIN.md §5).
pub fn tia_intro(date: crate::model::Date) -> crate::model::StaticText {
    use crate::rules::legal_state::{SCC_2021, SCC_OLD, SCHREMS_II};
    use crate::rules::sources::EDPB_REC_01_2020_V1;
    if !SCHREMS_II.in_force(date) {
        words::TIA_INTRO_BEFORE_SCHREMS_II
    } else if EDPB_REC_01_2020_V1.later_than(date) {
        words::TIA_INTRO_BEFORE_EDPB_REC
    } else if !SCC_2021.in_force(date) {
        words::TIA_INTRO_OLD_SCC
    } else if SCC_OLD.in_force(date) {
        words::TIA_INTRO_WITH_OLD_SCC
    } else {
        words::TIA_INTRO
    }
}

/// TIA step 6 at the legal date: what could change the US transfer then.
pub fn reevaluate(date: crate::model::Date) -> crate::model::StaticText {
    if PRIVACY_SHIELD.in_force(date) {
        words::REEVALUATE_PRIVACY_SHIELD
    } else if crate::rules::legal_state::DPF_APPEAL.in_force(date) {
        words::REEVALUATE_DPF_APPEAL
    } else if DPF.in_force(date) {
        words::REEVALUATE
    } else {
        words::REEVALUATE_NO_US_DECISION
    }
}

/// The US frameworks cover only certified importers, so `adequacy` (country-wide decisions) leaves
/// them out; the TIA's country table names them with that limit.
fn partial_adequacy(country: &Country, date: crate::model::Date) -> Option<&'static str> {
    if !country.is("US") {
        None
    } else if DPF.in_force(date) {
        Some("EU–US Data Privacy Framework (2023/1795) – bara för certifierade mottagare")
    } else if PRIVACY_SHIELD.in_force(date) {
        Some("Privacy Shield (2016/1250) – bara för certifierade mottagare")
    } else {
        None
    }
}

/// The DPIA's prior-consultation note, naming the supervisory authority of the legal date.
pub fn prior_consultation(date: crate::model::Date) -> Text {
    let imy = crate::rules::legal_state::supervisory_authority(date);
    text!(
        "Minst en dimension bedöms inte tillåten. Kvarstår hög risk efter åtgärderna ska {imy} höras innan behandlingen börjar (art. 36).",
        "At least one dimension is judged not allowed. If a high risk remains after the measures, {imy} must be consulted before processing starts (art. 36)."
    )
}

/// The title of the `n`-th TIA annex (they are numbered from 2, after the DPIA), in the words of the
/// legal date: the term "transfer impact assessment" came with Schrems II (2020-07-16).
pub fn tia_title(n: usize, service: &str, date: crate::model::Date) -> Text {
    use words::{ANNEX, TIA_TITLE, TRANSFER_ANALYSIS_TITLE};
    let name = if crate::rules::legal_state::SCHREMS_II.in_force(date) { TIA_TITLE } else { TRANSFER_ANALYSIS_TITLE };
    let title = |lang| format!("{} {}. {}: {service}", ANNEX.get(lang), n + 2, name.get(lang));
    Text::new(title(crate::model::Lang::Sv), title(crate::model::Lang::En))
}

pub fn transfer_annexes(a: &Assessment, ev: &Evaluation, version: Version) -> Vec<TransferAnnex> {
    let mut out = Vec::new();
    for svc in &a.services {
        let cells: Vec<&CellResult> = ev
            .results
            .iter()
            .filter(|c| c.service == svc.id)
            .filter(|c| a.information_types.iter().any(|i| i.id == c.info_type && has_personal_data(i.personal_data)))
            .collect();
        let mut paths: Vec<Quote> = Vec::new();
        for c in &cells {
            let Some(info) = a.information_types.iter().find(|i| i.id == c.info_type) else { continue };
            for (path, exists) in transfer_paths(&Cell::new(a, svc, info)) {
                let text = if exists.is_yes() {
                    path
                } else {
                    Text::new(
                        format!("{} (möjlig: om aktören kan nå uppgifterna)", path.sv),
                        format!("{} (possible: if the party can reach the data)", path.en),
                    )
                };
                push_once(&mut paths, Quote { rule: RuleId::R4, verdict: None, text, policy: false });
            }
        }
        if paths.is_empty() {
            continue;
        }
        let mut steps: Vec<TiaStep> =
            STEPS.iter().map(|(sv, en, _)| TiaStep { title: Text::new(*sv, *en), quotes: Vec::new() }).collect();
        steps[0].quotes = paths;
        steps[1].quotes.push(Quote {
            rule: RuleId::R5,
            verdict: None,
            text: transfer_tool_facts(a, svc),
            policy: false,
        });
        let mut omitted = false;
        let mut formal: Vec<Quote> = Vec::new();
        for cell in &cells {
            for f in cell.dimensions.iter().flat_map(|d| &d.findings) {
                let Some(step) = STEPS.iter().position(|(_, _, rules)| rules.contains(&f.rule)) else { continue };
                // Step 3 weighs the third country whatever dimension a rule reports in; the other
                // steps are about the transfer. R4's positive findings only repeat the path list.
                let transfer = f.dimension == Dimension::Transfer;
                let repeats_paths =
                    f.rule == RuleId::R4 && f.verdict.is_some_and(|v| v <= Verdict::AllowedWithConditions);
                if (step != 2 && !transfer) || repeats_paths {
                    continue;
                }
                if !shown(f.rule, version) {
                    omitted = true;
                    continue;
                }
                push_once(&mut steps[step].quotes, quote(f));
                for m in f.measures.iter().filter(|_| transfer) {
                    push_once(
                        &mut formal,
                        Quote { rule: f.rule, verdict: None, text: m.text.clone(), policy: f.policy },
                    );
                }
            }
        }
        steps.push(TiaStep {
            title: Text::new("Steg 5. Formella steg och åtgärder", "Step 5. Procedural steps and measures"),
            quotes: formal,
        });
        steps.push(TiaStep {
            title: Text::new("Steg 6. Ompröva med lämpliga intervall", "Step 6. Re-evaluate at appropriate intervals"),
            quotes: Vec::new(),
        });
        let mut rechecks = Vec::new();
        let facts = svc
            .parties
            .iter()
            .map(|p| (&p.name, &p.provenance))
            .chain(svc.components.iter().map(|c| (&c.name, &c.provenance)))
            .chain(std::iter::once((&svc.name, &svc.provenance)));
        for (name, p) in facts {
            if let Some(date) = p.as_ref().and_then(|p| p.recheck) {
                rechecks.push((name.clone(), date, date < a.legal_date));
            }
        }
        out.push(TransferAnnex {
            service: svc.name.clone(),
            verdicts: cells
                .iter()
                .filter_map(|c| {
                    let info = a.information_types.iter().find(|i| i.id == c.info_type)?;
                    Some((info.name.clone(), c.dimension(Dimension::Transfer).verdict))
                })
                .collect(),
            countries: third_countries(svc, a.legal_date),
            steps,
            rechecks,
            omitted,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::{blank, preset};
    use crate::rules::evaluate;

    /// The Lockbox preset with ordinary personal data (the preset leaves it unknown).
    fn o365() -> Assessment {
        let mut a = preset("o365-2018-lockbox").expect("preset").assessment();
        a.information_types[0].personal_data = PersonalData::Ordinary;
        a
    }

    #[test]
    fn the_us_cloud_gets_a_transfer_annex_naming_the_cloud_act_and_its_steps() {
        let a = o365();
        let annexes = transfer_annexes(&a, &evaluate(&a), Version::Internal);
        let tia = annexes.first().expect("en TIA-bilaga för Office 365");
        let us = tia.countries.iter().find(|r| r.country.as_str() == "US").expect("USA bland tredjeländerna");
        assert!(us.compulsion.iter().any(|(_, src)| src.contains("2713")), "CLOUD Act med källa");
        assert_eq!(
            us.adequacy,
            Some("Privacy Shield (2016/1250) – bara för certifierade mottagare"),
            "USA har inget landsbeslut; Privacy Shield gällde 2018 per certifierad mottagare"
        );
        assert_eq!(tia.steps.len(), 6);
        assert!(tia.steps[0].quotes.iter().all(|q| q.rule == RuleId::R4));
        assert!(tia.steps[0].quotes.iter().any(|q| q.text.sv.contains("från US")), "{:?}", tia.steps[0].quotes);
        assert!(!tia.steps[1].quotes.is_empty(), "steg 2 ska redovisa överföringsverktyget (R5)");
    }

    /// Step 2 states the contract and certification facts even where the rules do not reach R5
    /// (here personal data is unknown), and names the scheme in force at the legal date.
    #[test]
    fn step_2_states_the_transfer_tool_facts_at_the_legal_date() {
        let mut a = preset("o365-2018-lockbox").expect("preset").assessment();
        a.information_types[0].personal_data = PersonalData::Unknown;
        let annexes = transfer_annexes(&a, &evaluate(&a), Version::Public);
        let facts = &annexes.first().expect("en TIA-bilaga").steps[1].quotes[0].text.sv;
        assert!(facts.starts_with("Fakta: standardavtalsklausuler (SCC): "), "{facts}");
        assert!(facts.contains("enligt Privacy Shield") && !facts.contains("Data Privacy Framework"), "2018: {facts}");
        a.legal_date = crate::model::Date::ymd(2024, 1, 1);
        let annexes = transfer_annexes(&a, &evaluate(&a), Version::Public);
        let facts = &annexes[0].steps[1].quotes[0].text.sv;
        assert!(
            facts.contains("enligt EU–US Data Privacy Framework") && !facts.contains("Privacy Shield"),
            "2024: {facts}"
        );
    }

    #[test]
    fn public_annexes_leave_out_key_handling_and_say_so() {
        let a = o365();
        let ev = evaluate(&a);
        let internal = transfer_annexes(&a, &ev, Version::Internal);
        let public = transfer_annexes(&a, &ev, Version::Public);
        let rules = |t: &[TransferAnnex]| -> Vec<RuleId> {
            t.iter().flat_map(|t| t.steps.iter().flat_map(|s| s.quotes.iter().map(|q| q.rule))).collect()
        };
        assert!(rules(&internal).contains(&RuleId::R7), "den interna versionen redovisar nyckelhanteringen");
        assert!(!rules(&public).contains(&RuleId::R7));
        assert!(public.iter().any(|t| t.omitted));
    }

    #[test]
    fn an_eea_only_service_has_no_transfer_annex() {
        let mut a = o365();
        for svc in &mut a.services {
            for c in &mut svc.components {
                c.data_location = Location::code("SE");
                c.support_from.clear();
            }
            for p in &mut svc.parties {
                p.jurisdiction = Country::code("SE");
                p.access_from.clear();
            }
        }
        assert!(transfer_annexes(&a, &evaluate(&a), Version::Internal).is_empty());
    }

    #[test]
    fn dpia_requires_sensitive_data_lists_risks_and_never_drops_unknown_personal_data() {
        let mut a = o365();
        a.information_types[0].personal_data = PersonalData::Sensitive;
        let ev = evaluate(&a);
        let d = dpia(&a, &ev, Version::Internal).expect("DPIA-avsnitt");
        assert!(d.info[0].required, "art. 9-uppgifter kräver DPIA (R12)");
        assert!(d.risks.iter().all(|r| r.verdict != Verdict::Allowed));
        assert!(d.risks.iter().any(|r| r.dimension == Dimension::Transfer));
        assert!(!d.measures.is_empty());

        let mut b = blank();
        b.information_types[0].personal_data = PersonalData::Unknown;
        assert!(dpia(&b, &evaluate(&b), Version::Internal).is_some(), "vet ej ska inte ta bort DPIA-avsnittet");
        b.information_types[0].personal_data = PersonalData::None;
        assert!(dpia(&b, &evaluate(&b), Version::Internal).is_none());
    }

    #[test]
    fn no_dpia_before_the_gdpr_applied() {
        let mut a = o365();
        a.legal_date = crate::model::Date::ymd(2018, 5, 24);
        assert!(dpia(&a, &evaluate(&a), Version::Internal).is_none());
    }
}
