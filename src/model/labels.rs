//! Swedish and English labels for the model's values, shared by the report and the UI.

use super::*;

impl KeyControl {
    pub fn label(self) -> Text {
        match self {
            KeyControl::Provider => Text::new("leverantörens nycklar", "provider-managed keys"),
            KeyControl::CustomerKeyInProviderKms => {
                Text::new("kundnyckel i leverantörens nyckeltjänst", "customer key in the provider's KMS")
            }
            KeyControl::ExternalKeyNoProviderCleartext => Text::new(
                "extern nyckel, ingen klartext hos leverantören",
                "external key, no clear text at the provider",
            ),
            KeyControl::EndToEnd => Text::new("end-to-end-kryptering", "end-to-end encryption"),
            KeyControl::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl Access {
    pub fn label(self) -> Text {
        match self {
            Access::None => Text::new("ingen åtkomst", "no access"),
            Access::Metadata => Text::new("metadata", "metadata"),
            Access::Content => Text::new("innehåll i klartext", "content in clear text"),
            Access::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl PartyRole {
    pub fn label(self) -> Text {
        match self {
            PartyRole::Provider => Text::new("leverantör", "provider"),
            PartyRole::Parent => Text::new("moderbolag", "parent company"),
            PartyRole::Operator => Text::new("driftleverantör", "operator"),
            PartyRole::Support => Text::new("support", "support"),
            PartyRole::Subprocessor => Text::new("underbiträde", "sub-processor"),
            PartyRole::InternalIt => Text::new("egen IT-organisation", "own IT organisation"),
        }
    }
}

impl FactStatus {
    pub fn label(self) -> Text {
        match self {
            FactStatus::Claimed => Text::new("påstått", "claimed"),
            FactStatus::Contracted => Text::new("avtalat", "contracted"),
            FactStatus::Verified => Text::new("verifierat", "verified"),
            FactStatus::Assumed => Text::new("antaget", "assumed"),
        }
    }
    /// The status as a plain answer to "how do you know", with the term beside it (the form).
    pub fn plain_label(self) -> Text {
        match self {
            FactStatus::Claimed => Text::new("leverantören säger det (påstått)", "the supplier says so (claimed)"),
            FactStatus::Contracted => Text::new("det står i avtalet (avtalat)", "it is in the contract (contracted)"),
            FactStatus::Verified => Text::new("vi har kontrollerat det (verifierat)", "we have checked it (verified)"),
            FactStatus::Assumed => Text::new("vårt antagande (antaget)", "our assumption (assumed)"),
        }
    }
}

impl OwnUse {
    pub fn label(self) -> Text {
        match self {
            OwnUse::None => Text::new("nej, inga egna ändamål", "no own purposes"),
            OwnUse::OptedOut => Text::new("avstängt för er (opt-out)", "opted out for you"),
            OwnUse::Yes => Text::new("ja", "yes"),
            OwnUse::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl ServiceKind {
    pub fn label(self) -> Text {
        match self {
            ServiceKind::PublicCloud => Text::new("publik molntjänst", "public cloud service"),
            ServiceKind::OnPremises => {
                Text::new("egen drift (ev. med extern support)", "on premises (possibly with external support)")
            }
            ServiceKind::PrivateCloud => Text::new("privat moln / samhällsmoln", "private or community cloud"),
        }
    }
}

impl PersonalData {
    pub fn label(self) -> Text {
        match self {
            PersonalData::None => Text::new("inga personuppgifter", "no personal data"),
            PersonalData::Ordinary => Text::new("vanliga personuppgifter", "ordinary personal data"),
            PersonalData::Sensitive => Text::new("känsliga personuppgifter (art. 9)", "special categories (art. 9)"),
            PersonalData::Criminal => Text::new("lagöverträdelser (art. 10)", "criminal offences (art. 10)"),
            PersonalData::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl Retention {
    pub fn label(self) -> Text {
        match self {
            Retention::ProcessingOnly => Text::new("bara under bearbetningen", "only while processed"),
            Retention::LongTerm => Text::new("långtidslagring i tjänsten", "long-term storage in the service"),
            Retention::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Done];
    pub fn label(self) -> Text {
        match self {
            PlanStatus::NotStarted => Text::new("ej påbörjad", "not started"),
            PlanStatus::InProgress => Text::new("pågår", "in progress"),
            PlanStatus::Done => Text::new("klar", "done"),
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::NotStarted => "not_started",
            PlanStatus::InProgress => "in_progress",
            PlanStatus::Done => "done",
        }
    }
}

impl SecrecyStrength {
    pub fn label(self) -> Text {
        match self {
            SecrecyStrength::Absolute => Text::new("absolut sekretess", "absolute secrecy"),
            SecrecyStrength::Reverse => Text::new("omvänt skaderekvisit (stark)", "reverse damage test (strong)"),
            SecrecyStrength::Straight => Text::new("rakt skaderekvisit", "straight damage test"),
            SecrecyStrength::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl SecurityClass {
    pub fn label(self) -> Text {
        match self {
            SecurityClass::BegransatHemlig => Text::new("begränsat hemlig", "restricted"),
            SecurityClass::Konfidentiell => Text::new("konfidentiell", "confidential"),
            SecurityClass::Hemlig => Text::new("hemlig", "secret"),
            SecurityClass::KvalificeratHemlig => Text::new("kvalificerat hemlig", "top secret"),
            SecurityClass::Unknown => Text::new("vet ej", "unknown"),
        }
    }
}

impl ProfileId {
    pub fn label(self) -> Text {
        match self {
            ProfileId::TechnicalProcessing => Text::new(
                "10 kap. 2 a § OSL – teknisk bearbetning eller lagring (standard från 2023-07-01)",
                "OSL 10:2 a – technical processing or storage (default from 2023-07-01)",
            ),
            ProfileId::Necessity => {
                Text::new("10 kap. 2 § OSL – nödvändighet och risk", "OSL 10:2 – necessity and risk")
            }
            ProfileId::Strict => Text::new(
                "Strikt tolkning – intern policy, inte lagens ordalydelse",
                "Strict interpretation – internal policy, not the law's wording",
            ),
        }
    }
}
