//! Verdicts, dimensions and findings (DOMAIN.md §5).

use super::rule_id::RuleId;
use super::sources::Cite;
use crate::model::Text;
use serde::Serialize;

/// Ordered from best to worst, so the worst of several is their maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(description = "A verdict, from best to worst."))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Allowed,
    AllowedWithConditions,
    NeedsInformation,
    NotAllowed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Allowed => "allowed",
            Verdict::AllowedWithConditions => "allowed_with_conditions",
            Verdict::NeedsInformation => "needs_information",
            Verdict::NotAllowed => "not_allowed",
        }
    }
    pub fn label(self) -> Text {
        match self {
            Verdict::Allowed => Text::new("Tillåtet", "Allowed"),
            Verdict::AllowedWithConditions => Text::new("Tillåtet med villkor", "Allowed with conditions"),
            Verdict::NeedsInformation => Text::new("Underlag saknas", "Needs information"),
            Verdict::NotAllowed => Text::new("Inte tillåtet", "Not allowed"),
        }
    }
}

/// The five questions asked of every service × information type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(description = "A dimension of a cell's verdict."))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Secrecy,
    Transfer,
    Processor,
    ProtectiveSecurity,
    Infosec,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Secrecy,
        Dimension::Transfer,
        Dimension::Processor,
        Dimension::ProtectiveSecurity,
        Dimension::Infosec,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Secrecy => "secrecy",
            Dimension::Transfer => "transfer",
            Dimension::Processor => "processor",
            Dimension::ProtectiveSecurity => "protective_security",
            Dimension::Infosec => "infosec",
        }
    }
    pub fn label(self) -> Text {
        match self {
            Dimension::Secrecy => Text::new("Sekretess (OSL)", "Secrecy (OSL)"),
            Dimension::Transfer => Text::new("Tredjelandsöverföring", "Third-country transfer"),
            Dimension::Processor => Text::new("Personuppgiftsbiträde", "GDPR processor"),
            Dimension::ProtectiveSecurity => Text::new("Säkerhetsskydd", "Protective security"),
            Dimension::Infosec => Text::new("Informationssäkerhet", "Information security"),
        }
    }
}

/// Who a question is for: the supplier, or the body itself (its own facts and configuration).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Addressee {
    Supplier,
    Organisation,
}

/// Something the body must find out, under a key that identifies it whatever its wording (like
/// [`Measure`]'s): `<rule>.<slug>`, or `<rule>.<slug>/<subject>` for one asked per party, component
/// or country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    pub key: String,
    pub to: Addressee,
    pub text: Text,
    /// Its answer could change the verdict (set by the bounding of unknowns, `rules::bounds`).
    pub decisive: bool,
}

impl Question {
    /// A question built apart from a finding, about `subject` (a party, component or country id),
    /// keyed as [`Finding::ask_about`] keys it.
    pub fn about(rule: RuleId, to: Addressee, slug: &str, subject: &str, text: Text) -> Question {
        Question { key: key_about(rule, slug, subject), to, text, decisive: false }
    }
}

/// The key of a measure or question a rule gives once per subject: `<rule>.<slug>/<subject>`.
fn key_about(rule: RuleId, slug: &str, subject: &str) -> String {
    format!("{rule}.{slug}/{subject}")
}

/// Something the body must do, under a key that identifies it whatever its wording.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measure {
    pub key: String,
    pub text: Text,
}

impl std::ops::Deref for Measure {
    type Target = Text;
    fn deref(&self) -> &Text {
        &self.text
    }
}

/// What one rule concluded for one dimension of one cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub dimension: Dimension,
    /// `None`: considered and explained, but does not decide the dimension.
    pub verdict: Option<Verdict>,
    pub reasoning: Text,
    pub measures: Vec<Measure>,
    pub questions: Vec<Question>,
    /// Citations specific to this reasoning, beyond the rule's own sources.
    pub sources: Vec<Cite>,
    /// Decided by the tool's own editable policy, not by law.
    pub policy: bool,
}

// The builders are `#[inline]`: natively (16 codegen units) each call moved the whole finding in
// and out, 3 % of a pass (callgrind); the wasm (one unit, LTO) is byte for byte the same.
impl Finding {
    pub fn new(rule: RuleId, dimension: Dimension, verdict: Option<Verdict>, reasoning: Text) -> Finding {
        Finding {
            rule,
            dimension,
            verdict,
            reasoning,
            measures: Vec::new(),
            questions: Vec::new(),
            sources: Vec::new(),
            policy: false,
        }
    }
    /// A measure under its stable key `<rule>.<slug>`, which never changes with the wording, the
    /// language or the names the user gave (the action plan keeps follow-ups by it). Without texts
    /// (`model::without_texts`) measures and questions are left out; with keys only
    /// (`model::keys_without_texts`) they are kept with empty texts.
    #[inline]
    pub fn measure(self, slug: &str, text: Text) -> Finding {
        self.measure_keyed(|rule| format!("{rule}.{slug}"), text)
    }
    /// A measure that a rule proposes once per component or party: the key names it by its id
    /// (`<rule>.<slug>/<subject>`), so that two of them in one cell stay two.
    #[inline]
    pub fn measure_about(self, slug: &str, subject: &str, text: Text) -> Finding {
        self.measure_keyed(|rule| key_about(rule, slug, subject), text)
    }
    #[inline]
    fn measure_keyed(mut self, key: impl FnOnce(RuleId) -> String, text: Text) -> Finding {
        if crate::model::keys_wanted() {
            self.measures.push(Measure { key: key(self.rule), text });
        }
        self
    }
    /// A question under its stable key `<rule>.<slug>`: the slug names the fact asked about, never
    /// the wording, the language or the names the user gave. Without texts it is left out.
    #[inline]
    pub fn ask(self, to: Addressee, slug: &str, text: Text) -> Finding {
        self.ask_keyed(to, |rule| format!("{rule}.{slug}"), text)
    }
    /// A question that a rule asks once per party, component or country: the key names it by its id
    /// (`<rule>.<slug>/<subject>`), so that two of them in one cell stay two.
    #[inline]
    pub fn ask_about(self, to: Addressee, slug: &str, subject: &str, text: Text) -> Finding {
        self.ask_keyed(to, |rule| key_about(rule, slug, subject), text)
    }
    #[inline]
    fn ask_keyed(mut self, to: Addressee, key: impl FnOnce(RuleId) -> String, text: Text) -> Finding {
        if crate::model::keys_wanted() {
            self.questions.push(Question { key: key(self.rule), to, text, decisive: false });
        }
        self
    }
    /// A citation behind the reasoning; without texts (`model::without_texts`) there is no
    /// reasoning to cite for, and it is left out.
    #[inline]
    pub fn cite(mut self, source: Cite) -> Finding {
        if crate::model::texts_wanted() {
            self.sources.push(source);
        }
        self
    }
    #[inline]
    pub fn as_policy(mut self) -> Finding {
        self.policy = true;
        self
    }
}
