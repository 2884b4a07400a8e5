//! The UI's own texts, Swedish and English, in one place. Rule texts live with their rules.

use crate::model::Lang;

/// A UI text in both languages.
pub struct T(pub &'static str, pub &'static str);

impl T {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.0,
            Lang::En => self.1,
        }
    }
}

pub const APP_TITLE: T = T("Molnbedömning", "Cloud assessment");
pub const TAGLINE: T = T(
    "Får molntjänsten hålla era sekretessbelagda uppgifter och personuppgifter? Bedömningen görs helt i din webbläsare – inget skickas någonstans.",
    "May the cloud service hold your secret and personal data? The assessment runs entirely in your browser – nothing is sent anywhere.",
);
pub const LEGAL_DATE: T = T("Rättsläge per", "Legal state as of");
pub const KNOWLEDGE_DATE: T = T("Verktygets rättsläge känt till", "Tool's legal knowledge up to");
pub const PROFILE: T = T("Tolkningsprofil", "Interpretation profile");
pub const SERVICE: T = T("Tjänst", "Service");
pub const INFORMATION: T = T("Information", "Information");
pub const RESULT: T = T("Resultat", "Result");
pub const OVERALL: T = T("Samlad bedömning", "Overall");
pub const SECURITY_CLASSIFIED: T = T("Säkerhetsskyddsklassificerad", "Security-classified");
pub const YES: T = T("Ja", "Yes");
pub const NO: T = T("Nej", "No");
pub const UNKNOWN: T = T("Vet ej", "Unknown");
pub const RULES_DECIDED: T = T("Regler som avgjorde", "Rules that decided");
pub const SOURCES: T = T("Källor", "Sources");
pub const MEASURES: T = T("Åtgärder", "Measures");
pub const QUESTIONS: T = T("Frågor", "Questions");
pub const TO_SUPPLIER: T = T("till leverantören", "to the supplier");
pub const TO_ORGANISATION: T = T("till er själva", "to your own organisation");
pub const POLICY: T = T("verktygets policy, inte lag", "the tool's policy, not law");
pub const ALSO_CONSIDERED: T = T("Även prövat", "Also considered");
pub const SWITCH_LANGUAGE: T = T("In English", "På svenska");
pub const CHOOSE_CELL: T = T(
    "Välj en ruta i tabellen för att se resonemanget, reglerna och källorna.",
    "Choose a cell in the table to see the reasoning, rules and sources.",
);
pub const PROFILE_TECHNICAL: T = T(
    "10 kap. 2 a § OSL – teknisk bearbetning eller lagring (standard från 2023-07-01)",
    "OSL 10:2 a – technical processing or storage (default from 2023-07-01)",
);
pub const PROFILE_NECESSITY: T = T("10 kap. 2 § OSL – nödvändighet och risk", "OSL 10:2 – necessity and risk");
pub const PROFILE_STRICT: T = T(
    "Strikt tolkning (intern policy, inte lagens ordalydelse)",
    "Strict interpretation (internal policy, not the law's wording)",
);
