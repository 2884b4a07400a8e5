//! The public assessment format (`"format": 1`): what the app exports and imports and the CLI reads.
//! Field names and values are a contract other tools script against; add fields, never rename.

use super::{Country, Date, Location, Tri};
use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// The current version of the public file format.
pub const FORMAT_VERSION: u32 = 1;

/// The part of an assessment an edit changed: one service, one information type (by position), or
/// anything else. A cell reads its own service and information type and what the whole assessment
/// holds besides them (the organisation, the legal date, the number of services), so after an edit
/// of one part only that part's cells need evaluating again (`rules::evaluate_brief_after`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Service(usize),
    InformationType(usize),
    Whole,
}

/// One assessment: an organisation, the services it considers and the information it would put there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Format version; always 1 for this schema.
    pub format: u32,
    /// Rättsläge per: the date whose legal state the evaluation applies.
    pub legal_date: Date,
    pub profile: ProfileId,
    /// Threshold overrides for the profile; defaults are the tool's own policy.
    #[serde(default)]
    pub thresholds: Thresholds,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub diarienummer: String,
    /// The memo's own particulars (Datum, Handläggare, Beslutet skickas till). Never read by a rule.
    #[serde(default, skip_serializing_if = "MemoDetails::is_blank")]
    pub memo: MemoDetails,
    #[serde(default)]
    pub organisation: Organisation,
    pub services: Vec<Service>,
    pub information_types: Vec<InformationType>,
    /// The body's follow-up of the proposed measures (owner, due date, status), keyed by the
    /// measure's Swedish text. Follow-up only: it never changes a verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_plan: Vec<PlanItem>,
}

/// Owner, due date and status of one measure in the action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanItem {
    /// The measure's stable key (`R9.granskning`, `report::plan`). Empty in plans written before
    /// keys existed: those are matched by their text (`measure`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// The service (its id) the follow-up is for; empty in plans written before keys.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service: String,
    /// The information types (ids) it covers; empty: all of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub info_types: Vec<String>,
    /// The measure's Swedish text when the follow-up was recorded: shown should the measure no
    /// longer be proposed.
    pub measure: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: PlanStatus,
}

impl PlanItem {
    /// Nothing recorded: such an item is dropped rather than stored.
    pub fn is_empty(&self) -> bool {
        self.owner.trim().is_empty() && self.due.is_none() && self.status == PlanStatus::NotStarted
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl Assessment {
    /// The assessment's settings and organisation, without its services and information types.
    pub fn clone_settings(&self) -> Assessment {
        Assessment {
            format: self.format,
            legal_date: self.legal_date,
            profile: self.profile,
            thresholds: self.thresholds.clone(),
            title: self.title.clone(),
            diarienummer: self.diarienummer.clone(),
            memo: self.memo.clone(),
            organisation: self.organisation.clone(),
            services: Vec::new(),
            information_types: Vec::new(),
            action_plan: Vec::new(),
        }
    }
}

/// The legal interpretation profile for OSL röjande.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProfileId {
    /// 10 kap. 2 a § OSL (teknisk bearbetning eller lagring), default from 2023-07-01.
    TechnicalProcessing,
    /// 10 kap. 2 § OSL nödvändighet och risk (Danderyd 2019, SKR).
    Necessity,
    /// Strikt tolkning (eSam 2018, Göteborg 2017): an internal policy, not the law's wording.
    Strict,
}

impl ProfileId {
    pub const ALL: [ProfileId; 3] = [ProfileId::TechnicalProcessing, ProfileId::Necessity, ProfileId::Strict];
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileId::TechnicalProcessing => "technical_processing",
            ProfileId::Necessity => "necessity",
            ProfileId::Strict => "strict",
        }
    }
    pub fn parse(s: &str) -> Option<ProfileId> {
        ProfileId::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Editable thresholds. Every default is the tool's own policy, not law and not KLASSA.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Probability over the horizon at or below which foreign lawful access is "låg" (percent).
    pub probability_low_percent: f64,
    /// At or below this it is "förhöjd"; above, "hög" (percent; after Zurich's 10 % limit).
    pub probability_elevated_percent: f64,
    /// Horizon for the probability estimate, in years.
    pub horizon_years: u32,
    /// Number of olämplighet factors (10 kap. 2 a §) at which use is judged olämplig.
    pub olamplighet_factor_limit: u32,
    /// KLASSA K level at and above which information may not be placed in a public cloud at all.
    pub klassa_k_no_public_cloud: u8,
    /// KLASSA K level at and above which storage needs keys solely under the body's control.
    pub klassa_k_requires_own_keys: u8,
    /// The body has adopted the tool's policies as its own binding rules: a policy may then make a
    /// verdict "needs information" or "not allowed". Otherwise a policy gives at most a condition
    /// (DOMAIN.md §5 "Policy is not law").
    pub policy_binding: bool,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            probability_low_percent: 1.5,
            probability_elevated_percent: 10.0,
            horizon_years: 5,
            olamplighet_factor_limit: 3,
            klassa_k_no_public_cloud: 4,
            klassa_k_requires_own_keys: 3,
            policy_binding: false,
        }
    }
}

/// What a tjänsteskrivelse states besides its content: the memo's date, who prepared it and who
/// receives the decision.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct MemoDetails {
    /// Datum: the memo's date.
    pub date: Option<Date>,
    /// Handläggare: the official who prepared the memo.
    pub handlaggare: String,
    /// Beslutet skickas till: who receives the decision (e.g. the nämnd, the DPO, the supplier).
    pub send_to: String,
}

impl MemoDetails {
    pub fn is_blank(&self) -> bool {
        self.date.is_none() && self.handlaggare.is_empty() && self.send_to.is_empty()
    }
}

/// The public body that makes the assessment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub kind: OrganisationKind,
    /// The nämnd (each is its own myndighet, OSL 8 kap. 1 §) that owns the information.
    pub namnd: String,
    /// The party that runs the tenant for the nämnd (IT-nämnd, kommunalförbund, bolag), if any.
    pub internal_it_party: Option<String>,
    /// Number of users in the body, for the probability estimate (R13).
    pub users: Option<u64>,
    /// Covered by cybersäkerhetslagen (2025:1506); every kommun and region is.
    pub covered_by_cybersecurity_act: Tri,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Kommun,
    Region,
    StatligMyndighet,
    KommunaltBolag,
    #[default]
    Unknown,
}

/// A cloud (or on-prem) service under assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: ServiceKind,
    /// Whether the provider uses content or service-generated data for its own purposes (R23).
    pub own_use_of_content: OwnUse,
    pub parties: Vec<Party>,
    pub components: Vec<Component>,
    #[serde(default)]
    pub controls: Vec<Control>,
    #[serde(default)]
    pub contract: Contract,
    #[serde(default)]
    pub certifications: Certifications,
    #[serde(default)]
    pub transparency: Option<Transparency>,
    /// The body's own configuration of the service (R18).
    #[serde(default)]
    pub configuration: Configuration,
    /// Säkerhetsskyddad upphandling done for this service (R1).
    #[serde(default)]
    pub protective_security: ProtectiveSecurityProcess,
    /// The body's own judgment of the lawful-access probability, when no figures exist (R13).
    #[serde(default)]
    pub lawful_access_judgment: Option<ProbabilityJudgment>,
    /// The body's stated factors of the lawful-access probability (Rosenthal/VISCHER), used first (R13).
    #[serde(default)]
    pub lawful_access_factors: Option<ProbabilityFactors>,
    #[serde(default)]
    pub provenance: Option<Provenance>,
    /// What the provider is engaged to do (10 kap. 2 a § OSL step 1, R2c).
    #[serde(default)]
    pub provider_task: ProviderTask,
    /// The body's own statement of why handing the information to this service is necessary for
    /// its activity (10 kap. 2 § OSL, R2b); empty when none is stated.
    #[serde(default)]
    pub necessity_basis: String,
    /// The body has examined the real alternatives (which also involve external parties) (R2b, R14).
    #[serde(default)]
    pub alternatives_examined: Tri,
}

/// The provider's uppdrag: only technical processing or storage on the body's behalf, or more.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProviderTask {
    /// Only technical processing or storage for the body (hosting, operations, support of that).
    TechnicalOnly,
    /// More: handling the matter itself (sakbehandling), or processing for its own purposes.
    More,
    #[default]
    Unknown,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    /// Public cloud service offered to many customers.
    #[default]
    PublicCloud,
    /// The body's own servers, possibly with an external support supplier.
    OnPremises,
    /// A dedicated or community cloud for the public sector.
    PrivateCloud,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OwnUse {
    None,
    OptedOut,
    Yes,
    #[default]
    Unknown,
}

/// A part of the format read from its required fields alone (`required`): every other field as an
/// older file without it means. It is the `Default` of a party, a component and an information type,
/// so that code building one states only what it is about, and a field added later changes none of it.
fn with_format_defaults<T: serde::de::DeserializeOwned>(required: serde_json::Value) -> T {
    super::parse_part(required, "").expect("the required fields alone are a valid part of the format")
}

impl Default for Service {
    /// A public cloud service with no parties or components yet, its own use of content unknown.
    fn default() -> Service {
        with_format_defaults(serde_json::json!({
            "id": "", "name": "", "own_use_of_content": "unknown", "parties": [], "components": []
        }))
    }
}

impl Default for Party {
    /// A sub-processor of unknown jurisdiction and access, as the form adds one.
    fn default() -> Party {
        with_format_defaults(
            serde_json::json!({"name": "", "role": "subprocessor", "jurisdiction": "unknown", "access": "unknown"}),
        )
    }
}

impl Default for Component {
    fn default() -> Component {
        with_format_defaults(
            serde_json::json!({"id": "", "name": "", "data_location": "unknown", "key_control": "unknown"}),
        )
    }
}

impl Default for InformationType {
    fn default() -> InformationType {
        with_format_defaults(serde_json::json!({
            "id": "", "name": "", "security_classified": "unknown", "personal_data": "unknown", "components": []
        }))
    }
}

/// A party in the delivery chain: provider, parent, operator, support, sub-processor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub name: String,
    pub role: PartyRole,
    /// ISO 3166-1 alpha-2 country of incorporation, or "unknown".
    pub jurisdiction: Country,
    /// The owning party (by name), for the ownership chain; null at the top.
    #[serde(default)]
    pub parent: Option<String>,
    /// What the party can reach in clear text through its role, before customer-held keys (R7).
    pub access: Access,
    /// Countries (or "EU") from which the party's staff reach the data; defaults to its jurisdiction.
    #[serde(default)]
    pub access_from: Vec<Location>,
    /// Certified under the EU–US Data Privacy Framework (adequacy (EU) 2023/1795).
    #[serde(default)]
    pub dpf_certified: Tri,
    /// Certified under the EU–US Privacy Shield (2016-08-01 – 2020-07-16), for older legal dates.
    #[serde(default)]
    pub privacy_shield_certified: Tri,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyRole {
    /// Contracting provider.
    Provider,
    /// Owner of another party (ownership chain).
    Parent,
    /// Runs the platform: installation, updates, monitoring, key exchange.
    Operator,
    /// First/second-line or operational support.
    Support,
    /// Sub-processor (e.g. hosting).
    Subprocessor,
    /// The body's own IT organisation (IT-nämnd, kommunalförbund, bolag): a party between myndigheter.
    InternalIt,
}

/// What a party can reach in clear text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Access {
    None,
    Metadata,
    Content,
    #[default]
    Unknown,
}

/// A component or feature of the service (Exchange Online, Teams, chat, recording …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub name: String,
    /// Country where the data is stored (ISO alpha-2), "EU" (somewhere in the EU/EEA) or "unknown".
    pub data_location: Location,
    pub key_control: KeyControl,
    /// Party (by name) that operates the component; null if not stated.
    #[serde(default)]
    pub operator: Option<String>,
    /// Countries (or "EU") support for this component is given from.
    #[serde(default)]
    pub support_from: Vec<Location>,
    /// Does the service need the data in clear text at the provider to work (EDPB use case 6)?
    #[serde(default)]
    pub provider_needs_cleartext: Tri,
    /// For end-to-end encryption: does the provider control the client software that makes the keys?
    #[serde(default)]
    pub provider_controls_client: Tri,
    /// Switched on in the body's configuration (R24). A feature that is off holds no information.
    #[serde(default = "enabled_default")]
    pub enabled: Tri,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

fn enabled_default() -> Tri {
    Tri::Yes
}

/// Who controls the keys that protect a component's data (R7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeyControl {
    /// Provider-managed keys.
    Provider,
    /// Customer key held in the provider's KMS (BYOK/CMK): still used inside the provider.
    CustomerKeyInProviderKms,
    /// External key / double key encryption: clear text never at the provider.
    ExternalKeyNoProviderCleartext,
    /// End-to-end encryption with client-held keys.
    EndToEnd,
    #[default]
    Unknown,
}

/// An organisational control such as Customer Lockbox (R8).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub kind: ControlKind,
    #[serde(default)]
    pub name: String,
    /// Component ids the control covers.
    pub covers: Vec<String>,
    /// The same people open support cases and approve access (no separation of duties).
    pub requester_is_approver: bool,
    /// Privileged administrators at the provider can bypass the control.
    pub admin_bypass: bool,
    /// Its effect has been verified (not only promised).
    pub verified: bool,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ControlKind {
    AccessApproval,
}

/// Contract terms (R5, R9, R10, R20).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Contract {
    /// A processor agreement (art. 28) is in place.
    pub dpa: Tri,
    /// The provider can change the terms unilaterally.
    pub unilateral_change: Tri,
    /// Sub-processors are listed, with notice and a right to object.
    pub subprocessor_notice: Tri,
    pub audit_rights: Tri,
    /// Deletion or return of data at the end of the contract.
    pub deletion_return: Tri,
    /// Standard contractual clauses (2021/914 from 2021-06-27) cover transfers.
    pub scc: Tri,
    /// A transfer impact assessment has been made.
    pub tia_done: Tri,
    /// Commitment to challenge authority requests.
    pub challenge_requests: Tri,
    /// Commitment to notify the customer of authority requests where allowed.
    pub notify_requests: Tri,
    /// The provider publishes transparency reports.
    pub transparency_reports: Tri,
    /// An exit plan and data portability (Data Act ch. VI).
    pub exit_plan: Tri,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

/// Certifications and audit reports (R19).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Certifications {
    pub iso27001: Tri,
    pub soc2: Tri,
    pub bsi_c5: Tri,
    /// The body has reviewed the audit reports itself.
    pub audit_reports_reviewed: Tri,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

/// Provider-reported request figures (R11 → R13), per half year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Transparency {
    /// Period the figures cover, e.g. "H1 2018".
    pub period: String,
    /// Requests for enterprise (non-consumer) accounts, globally.
    pub enterprise_requests: u64,
    /// Of those, rejected or redirected.
    pub rejected_or_redirected: u64,
    /// Of those, concerning data outside the provider's home country.
    pub outside_home_country: u64,
    /// Total users of the service globally.
    pub total_users: u64,
    pub provenance: Provenance,
}

/// The factors whose product is the yearly probability that a foreign authority successfully
/// obtains this body's data through this provider (after Rosenthal/VISCHER). Each is 0–1 and stated
/// by the body, with its basis: they are estimates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProbabilityFactors {
    /// A foreign authority wants this body's data within a year.
    pub interest_per_year: f64,
    /// It makes the request to this provider (rather than to the body, or by other means).
    pub request_to_provider: f64,
    /// The provider cannot or does not successfully resist or redirect it.
    pub not_resisted: f64,
    /// The data is available to the provider in clear text.
    pub cleartext: f64,
    pub provenance: Provenance,
}

/// The body's own qualitative judgment of the probability, with its basis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProbabilityJudgment {
    pub band: ProbabilityBand,
    pub provenance: Provenance,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProbabilityBand {
    Low,
    Elevated,
    High,
}

/// The body's own configuration (R18).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Configuration {
    pub logging: Tri,
    pub mfa: Tri,
    pub encryption: Tri,
    /// Administrator roles are restricted and reviewed.
    pub admin_roles: Tri,
    #[serde(default)]
    pub provenance: Option<Provenance>,
}

/// Säkerhetsskyddad upphandling (säkerhetsskyddslagen 2018:585, 4 kap.) for this service (R1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ProtectiveSecurityProcess {
    pub sarskild_bedomning: Tri,
    /// Lämplighetsprövning of the supplier (4 kap., from the 2021-12-01 reform).
    pub lamplighetsprovning: Tri,
    /// Required from the class konfidentiell up, not for begränsat hemlig.
    pub sakerhetsskyddsavtal: Tri,
    /// Samråd with the supervisory authority, where required.
    pub samrad: Tri,
}

/// Where a supplier-side fact comes from and how sure it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub status: FactStatus,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub date: Option<Date>,
    /// Re-check by this date; past it the fact is flagged.
    #[serde(default)]
    pub recheck: Option<Date>,
}

/// påstått / avtalat / verifierat / antaget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    /// Påstått: the supplier says so.
    Claimed,
    /// Avtalat: in the contract.
    Contracted,
    /// Verifierat: checked (audit report, test, own configuration).
    Verified,
    /// Antaget: assumed.
    Assumed,
}

impl FactStatus {
    /// Only contracted or verified facts can carry an "allowed" verdict on their own.
    pub fn is_firm(self) -> bool {
        matches!(self, FactStatus::Contracted | FactStatus::Verified)
    }
}

/// A kind of information the body would put in the service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InformationType {
    pub id: String,
    pub name: String,
    /// Säkerhetsskyddsklassificerad (säkerhetsskyddslagen 2018:585).
    pub security_classified: Tri,
    /// Open item by item but classified once compiled (e.g. a map of the water network).
    #[serde(default)]
    pub aggregation_risk: Tri,
    /// The OSL provision, or null when the information is not secret.
    pub secrecy: Option<Secrecy>,
    pub personal_data: PersonalData,
    /// KLASSA 4.0 konfidentialitet 0–4; null when not yet classified.
    pub klassa_k: Option<u8>,
    #[serde(default)]
    pub klassa_r: Option<u8>,
    #[serde(default)]
    pub klassa_t: Option<u8>,
    #[serde(default)]
    pub klassa_s: Option<u8>,
    #[serde(default)]
    pub retention: Retention,
    /// Records that belong in a verksamhetssystem (journal, socialtjänst) (R17).
    #[serde(default)]
    pub core_records: Tri,
    /// Component ids (of any service) that will hold it; empty means every enabled component.
    pub components: Vec<String>,
    /// The säkerhetsskyddsklass (säkerhetsskyddslagen 2 kap. 5 §) when the information is classified.
    #[serde(default)]
    pub security_class: SecurityClass,
    /// The metadata is itself secret (e.g. under 26 kap. 1 § OSL that someone is a client at all).
    #[serde(default)]
    pub metadata_secret: Tri,
    /// Infrastructure-type information (maps of networks, water, energy, premises), whose
    /// compilation is likely to be security-classified (R1).
    #[serde(default)]
    pub infrastructure: Tri,
}

/// Säkerhetsskyddsklass, lowest first (säkerhetsskyddslagen 2018:585, 2 kap. 5 §).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SecurityClass {
    BegransatHemlig,
    Konfidentiell,
    Hemlig,
    KvalificeratHemlig,
    #[default]
    Unknown,
}

/// The OSL provision that protects the information.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Secrecy {
    /// E.g. "26 kap. 1 §" (socialtjänst), "25 kap. 1 §" (hälso- och sjukvård).
    pub provision: String,
    #[serde(default)]
    pub strength: SecrecyStrength,
}

/// The damage test of the provision (skaderekvisit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SecrecyStrength {
    /// Absolut sekretess.
    Absolute,
    /// Omvänt skaderekvisit: secrecy is the main rule (strong).
    Reverse,
    /// Rakt skaderekvisit: openness is the main rule.
    Straight,
    #[default]
    Unknown,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PersonalData {
    None,
    Ordinary,
    /// Art. 9 special categories.
    Sensitive,
    /// Art. 10 criminal convictions and offences.
    Criminal,
    #[default]
    Unknown,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    /// Kept only while it is being processed, then archived elsewhere.
    ProcessingOnly,
    /// Kept in the service after processing is done.
    LongTerm,
    #[default]
    Unknown,
}

#[cfg(test)]
mod default_tests {
    use super::*;

    /// The defaults are the format's reading of the required fields alone: they round-trip, and a
    /// component that does not say is switched on.
    #[test]
    fn defaults_are_what_the_format_reads() {
        fn round_trips<T: Default + PartialEq + std::fmt::Debug + Serialize + serde::de::DeserializeOwned>() {
            let d = T::default();
            assert_eq!(serde_json::from_value::<T>(serde_json::to_value(&d).unwrap()).unwrap(), d);
        }
        round_trips::<Service>();
        round_trips::<Party>();
        round_trips::<Component>();
        round_trips::<InformationType>();
        assert_eq!(Component::default().enabled, Tri::Yes);
        assert_eq!((Party::default().jurisdiction, Party::default().access), (Country::unknown(), Access::Unknown));
        assert_eq!(InformationType::default().personal_data, PersonalData::Unknown);
    }
}
