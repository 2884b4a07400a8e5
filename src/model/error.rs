//! The core's errors: one enum whose variants carry what went wrong as data (the field, the value,
//! the limit, serde's message), with a message in Swedish and English ([`Error::message`]), so an
//! English UI never shows a Swedish error. `Display` is the Swedish message: the CLI and the logs
//! are Swedish first.

use super::{Lang, Text};
use std::cell::RefCell;
use std::fmt;

/// Why reading a file, a link or an edit failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    // Reading JSON (files, links, edits).
    /// What serde could not read, in its own (English, technical) words, e.g.
    /// ``unknown variant `alla`, expected one of `none`, `metadata` ``; position and field apart.
    Serde {
        message: String,
    },
    /// An error at a place in the JSON: the field (`services[0].parties[1].access`, or `.` for the
    /// whole document) and, when read from text, the line and column (0 when unknown).
    Field {
        path: String,
        line: usize,
        column: usize,
        error: Box<Error>,
    },
    /// A date that is not `YYYY-MM-DD` or does not exist.
    InvalidDate {
        value: String,
    },
    /// A country code that is not an assigned ISO 3166-1 alpha-2 code in capitals, with the code
    /// the user probably meant; `eu_allowed` where "EU" is also a valid value (a location).
    InvalidCountry {
        value: String,
        suggestion: Option<String>,
        eu_allowed: bool,
    },

    // What the types cannot express (`validate`).
    /// Several problems, one per line.
    Problems(Vec<Error>),
    /// A file format version this version does not read.
    UnsupportedFormat {
        found: u32,
        supported: u32,
    },
    /// An id that must not be empty.
    EmptyId {
        path: String,
    },
    /// An id used twice: among all (services, information types) or within one service (components).
    DuplicateId {
        path: String,
        id: String,
        in_service: bool,
    },
    /// A reference to a party (operator, parent) that does not exist.
    UnknownParty {
        path: String,
        name: String,
    },
    /// A reference to a component: in the same service (a control's `covers`) or in any service.
    UnknownComponent {
        path: String,
        id: String,
        in_service: bool,
    },
    /// A factor that must be a probability between 0 and 1.
    NotAProbability {
        path: String,
    },
    /// A KLASSA level outside 0–4.
    KlassaLevel {
        path: String,
    },
    /// The probability thresholds are not ordered 0 ≤ low ≤ elevated ≤ 100.
    ThresholdOrder,
    /// The horizon is not 1–100 years.
    HorizonYears {
        found: u32,
    },

    // Links (`codec`).
    LinkEmpty,
    LinkTooLong {
        length: usize,
        max: usize,
    },
    /// Not `<version><mode>.<data>`.
    LinkMalformed,
    /// A `1d.` link without its changes.
    LinkChangesMissing,
    /// A passphrase-protected link given to the plain decoder.
    LinkEncrypted,
    /// A supplier questionnaire given where an assessment is expected.
    LinkIsQuestionnaire,
    LinkUnknownMode {
        mode: String,
    },
    /// A link of a later format version.
    LinkTooNew {
        format: String,
    },
    LinkUnknownPreset {
        id: String,
    },
    LinkNotBase64,
    /// Not DEFLATE data, or larger than the limit once decompressed.
    LinkNotCompressed,
    LinkNotJson,
    LinkTooDeep {
        max_depth: usize,
    },
    LinkListTooLong {
        max: usize,
    },
    LinkInvalidAssessment(Box<Error>),
    LinkInvalidQuestionnaire,
    /// An encrypted link without its three parts.
    EncryptedLinkCut,
    /// An encrypted link whose parts have the wrong form or size.
    EncryptedLinkDamaged,
    NotEncrypted,
    /// Decryption failed: a wrong passphrase or a changed link (AES-GCM cannot tell which).
    WrongPassphrase,

    // Edits and the supplier questionnaire (`analysis`).
    InvalidPath {
        path: String,
    },
    /// A JSON file whose `kind` is not a supplier questionnaire.
    NotAQuestionnaire {
        kind: String,
    },
    /// A file that could not be read as a supplier questionnaire.
    UnreadableQuestionnaire(Box<Error>),
    UnknownService {
        id: String,
    },
    /// Question `question` (from 1) has an answer of the wrong type or outside its options.
    AnswerWrongForm {
        question: usize,
        path: String,
        answer: String,
    },
    /// Question `question` asks about something this assessment does not ask the supplier.
    NotASupplierQuestion {
        question: usize,
        path: String,
    },
    QuestionPath {
        question: usize,
        path: String,
    },
    /// The answers, applied, give an assessment that does not validate.
    InvalidAnswers(Box<Error>),
    /// The assessment could not be written as JSON (serde's message).
    Serialize {
        message: String,
    },
}

impl Error {
    /// The message in Swedish and English. Always written, also inside `without_texts`.
    pub fn message(&self) -> Text {
        Text { sv: self.text(Lang::Sv), en: self.text(Lang::En) }
    }

    /// The message in one language.
    pub fn text(&self, lang: Lang) -> String {
        let sv = lang == Lang::Sv;
        let pick = |s: String, e: String| if sv { s } else { e };
        match self {
            Error::Serde { message } => serde_message(message, lang),
            Error::Field { path, line, column, error } => {
                let mut out = String::new();
                if path != "." && !path.is_empty() {
                    out = format!("{} {path}: ", if sv { "fältet" } else { "field" });
                }
                out.push_str(&error.text(lang));
                if *line > 0 {
                    out.push_str(&pick(format!(" (rad {line}, kolumn {column})"), format!(" (line {line}, column {column})")));
                }
                out
            }
            Error::InvalidDate { value } => pick(
                format!("ogiltigt datum \"{value}\": ange ÅÅÅÅ-MM-DD, t.ex. 2026-11-22"),
                format!("invalid date \"{value}\": use YYYY-MM-DD, e.g. 2026-11-22"),
            ),
            Error::InvalidCountry { value, suggestion, eu_allowed } => {
                let eu = if *eu_allowed { pick("\"EU\" eller ".into(), "\"EU\" or ".into()) } else { String::new() };
                let hint = suggestion
                    .as_ref()
                    .map(|c| pick(format!(" – menade du {c}?"), format!(" – did you mean {c}?")))
                    .unwrap_or_default();
                pick(
                    format!("ogiltig landskod \"{value}\": ange en tilldelad ISO 3166-1 alfa-2-kod med versaler (t.ex. SE, US) eller {eu}\"unknown\"{hint}"),
                    format!("invalid country code \"{value}\": give an assigned ISO 3166-1 alpha-2 code in capitals (e.g. SE, US) or {eu}\"unknown\"{hint}"),
                )
            }
            Error::Problems(problems) => problems.iter().map(|p| p.text(lang)).collect::<Vec<_>>().join("\n"),
            Error::UnsupportedFormat { found, supported } => pick(
                format!("fältet format: version {found} stöds inte (den här versionen läser {supported})"),
                format!("field format: version {found} is not supported (this version reads {supported})"),
            ),
            Error::EmptyId { path } => {
                pick(format!("fältet {path}: får inte vara tomt"), format!("field {path}: must not be empty"))
            }
            Error::DuplicateId { path, id, in_service: false } => {
                pick(format!("fältet {path}: \"{id}\" finns redan"), format!("field {path}: \"{id}\" is already used"))
            }
            Error::DuplicateId { path, id, in_service: true } => pick(
                format!("fältet {path}: \"{id}\" finns redan i tjänsten"),
                format!("field {path}: \"{id}\" is already used in the service"),
            ),
            Error::UnknownParty { path, name } => pick(
                format!("fältet {path}: ingen part heter \"{name}\""),
                format!("field {path}: no party is named \"{name}\""),
            ),
            Error::UnknownComponent { path, id, in_service: true } => pick(
                format!("fältet {path}: ingen komponent har id \"{id}\""),
                format!("field {path}: no component has the id \"{id}\""),
            ),
            Error::UnknownComponent { path, id, in_service: false } => pick(
                format!("fältet {path}: ingen tjänst har en komponent med id \"{id}\""),
                format!("field {path}: no service has a component with the id \"{id}\""),
            ),
            Error::NotAProbability { path } => pick(
                format!("fältet {path}: måste vara en sannolikhet 0–1"),
                format!("field {path}: must be a probability from 0 to 1"),
            ),
            Error::KlassaLevel { path } => pick(
                format!("fältet {path}: KLASSA-nivå måste vara 0–4 eller null"),
                format!("field {path}: a KLASSA level must be 0–4 or null"),
            ),
            Error::ThresholdOrder => pick(
                "fältet thresholds: gränserna för sannolikhet måste uppfylla 0 ≤ låg ≤ förhöjd ≤ 100".into(),
                "field thresholds: the probability limits must satisfy 0 ≤ low ≤ elevated ≤ 100".into(),
            ),
            Error::HorizonYears { .. } => pick(
                "fältet thresholds.horizon_years: måste vara 1–100 år".into(),
                "field thresholds.horizon_years: must be 1–100 years".into(),
            ),
            Error::LinkEmpty => {
                pick("länken innehåller ingen bedömning".into(), "the link contains no assessment".into())
            }
            Error::LinkTooLong { length, max } => pick(
                format!("länken är för lång ({length} tecken, högst {max})"),
                format!("the link is too long ({length} characters, at most {max})"),
            ),
            Error::LinkMalformed => pick(
                "länken har inte formatet <version><läge>.<data>: den är trasig eller avklippt".into(),
                "the link does not have the form <version><mode>.<data>: it is broken or cut off".into(),
            ),
            Error::LinkChangesMissing => pick(
                "länken är avklippt: ändringarna saknas".into(),
                "the link is cut off: the changes are missing".into(),
            ),
            Error::LinkEncrypted => pick(
                "länken är lösenfrasskyddad: ange lösenfrasen för att öppna den".into(),
                "the link is protected by a passphrase: enter the passphrase to open it".into(),
            ),
            Error::LinkIsQuestionnaire => pick(
                "länken är ett frågeformulär till leverantören, inte en bedömning".into(),
                "the link is a questionnaire for the supplier, not an assessment".into(),
            ),
            Error::LinkUnknownMode { mode } => pick(
                format!("okänt länkläge \"{mode}\": länken är trasig"),
                format!("unknown link mode \"{mode}\": the link is broken"),
            ),
            Error::LinkTooNew { format } => pick(
                format!("länkformatet \"{format}\" är nyare än den här versionen av Molnbedömning; använd den senaste versionen"),
                format!("the link format \"{format}\" is too new for this version; use the latest version"),
            ),
            Error::LinkUnknownPreset { id } => pick(
                format!("länken bygger på förinställningen \"{id}\", som inte finns i den här versionen"),
                format!("the link is based on the preset \"{id}\", which does not exist in this version"),
            ),
            Error::LinkNotBase64 => pick(
                "länken är skadad: ogiltiga tecken (base64url)".into(),
                "the link is damaged: invalid characters (base64url)".into(),
            ),
            Error::LinkNotCompressed => pick(
                "länken är skadad eller för stor: data kunde inte packas upp".into(),
                "the link is damaged or too large: its data could not be unpacked".into(),
            ),
            Error::LinkNotJson => pick(
                "länken är skadad: innehållet är inte JSON".into(),
                "the link is damaged: its content is not JSON".into(),
            ),
            Error::LinkTooDeep { .. } => pick(
                "länken innehåller för djupt nästlade data".into(),
                "the link contains data nested too deeply".into(),
            ),
            Error::LinkListTooLong { max } => pick(
                format!("länken innehåller en lista med fler än {max} element"),
                format!("the link contains a list of more than {max} elements"),
            ),
            Error::LinkInvalidAssessment(e) => pick(
                format!("länken innehåller en ogiltig bedömning: {}", e.text(lang)),
                format!("the link contains an invalid assessment: {}", e.text(lang)),
            ),
            Error::LinkInvalidQuestionnaire => pick(
                "länken innehåller inget giltigt frågeformulär".into(),
                "the link contains no valid questionnaire".into(),
            ),
            Error::EncryptedLinkCut => pick(
                "den krypterade länken är avklippt eller trasig".into(),
                "the encrypted link is cut off or broken".into(),
            ),
            Error::EncryptedLinkDamaged => {
                pick("den krypterade länken är skadad".into(), "the encrypted link is damaged".into())
            }
            Error::NotEncrypted => {
                pick("länken är inte lösenfrasskyddad".into(), "the link is not protected by a passphrase".into())
            }
            Error::WrongPassphrase => pick(
                "fel lösenfras, eller skadad länk – inget har ändrats".into(),
                "wrong passphrase, or a damaged link – nothing has changed".into(),
            ),
            Error::InvalidPath { path } => pick(format!("ogiltig sökväg {path}"), format!("invalid path {path}")),
            Error::NotAQuestionnaire { kind } => pick(
                format!("filen är inte ett leverantörsformulär (kind = \"{kind}\")"),
                format!("the file is not a supplier questionnaire (kind = \"{kind}\")"),
            ),
            Error::UnreadableQuestionnaire(e) => pick(
                format!("filen är inte ett leverantörsformulär: {}", e.text(lang)),
                format!("the file is not a supplier questionnaire: {}", e.text(lang)),
            ),
            Error::UnknownService { id } => pick(
                format!("tjänsten \"{id}\" finns inte i bedömningen"),
                format!("the service \"{id}\" is not in the assessment"),
            ),
            Error::AnswerWrongForm { question, path, answer } => pick(
                format!("fråga {question} ({path}): svaret {answer} har fel form"),
                format!("question {question} ({path}): the answer {answer} has the wrong form"),
            ),
            Error::NotASupplierQuestion { question, path } => pick(
                format!("fråga {question}: {path} är inte en fråga till leverantören i den här bedömningen"),
                format!("question {question}: {path} is not a question to the supplier in this assessment"),
            ),
            Error::QuestionPath { question, path } => pick(
                format!("fråga {question}: ogiltig sökväg {path}"),
                format!("question {question}: invalid path {path}"),
            ),
            Error::InvalidAnswers(e) => pick(
                format!("svaren ger en ogiltig bedömning: {}", e.text(lang)),
                format!("the answers give an invalid assessment: {}", e.text(lang)),
            ),
            Error::Serialize { message } => pick(
                format!("bedömningen kunde inte skrivas som JSON: {message}"),
                format!("the assessment could not be written as JSON: {message}"),
            ),
        }
    }

    /// A serde_json error with serde_path_to_error's path: the field, the position and either the
    /// typed error a value's own parser gave (a date, a country) or serde's message.
    pub(crate) fn from_json_at(path: String, e: &serde_json::Error) -> Error {
        let full = e.to_string();
        let (line, column) = (e.line(), e.column());
        let message = match full.strip_suffix(&format!(" at line {line} column {column}")) {
            Some(m) if line > 0 => m.to_string(),
            _ => full,
        };
        let error = take_typed(&message).unwrap_or(Error::Serde { message });
        Error::Field { path, line, column, error: Box::new(error) }
    }

    /// A serde_json error without a path (the whole document).
    pub(crate) fn from_json(e: &serde_json::Error) -> Error {
        Error::from_json_at(".".into(), e)
    }

    /// Several problems as one error: the problem itself if there is one.
    pub(crate) fn all(mut problems: Vec<Error>) -> Option<Error> {
        match problems.len() {
            0 => None,
            1 => problems.pop(),
            _ => Some(Error::Problems(problems)),
        }
    }
}

impl fmt::Display for Error {
    /// The Swedish message.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for Error {}

thread_local! {
    /// The typed error a value's deserializer last refused with: serde only carries a message, so
    /// the error itself waits here for [`Error::from_json_at`], which takes it if the message is its.
    static TYPED: RefCell<Option<Error>> = const { RefCell::new(None) };
}

/// A serde error for a value's own parser (dates, countries) that keeps the typed error.
pub(crate) fn serde_custom<E: serde::de::Error>(e: Error) -> E {
    let message = e.to_string();
    TYPED.with(|t| *t.borrow_mut() = Some(e));
    E::custom(message)
}

/// The typed error behind serde's `message`, if it was one.
fn take_typed(message: &str) -> Option<Error> {
    TYPED.with(|t| t.borrow_mut().take()).filter(|e| e.to_string() == message)
}

/// Forgets a typed error left over from an earlier read (one that recovered, or another reader).
pub(crate) fn forget_typed() {
    TYPED.with(|t| t.borrow_mut().take());
}

/// Serde's English message, readable: in Swedish, or in English with its quotes and wording
/// evened out. Unrecognised messages stay as serde wrote them.
fn serde_message(m: &str, lang: Lang) -> String {
    let sv = lang == Lang::Sv;
    let pick = |s: String, e: String| if sv { s } else { e };
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let (one_of, one) = if sv {
            (", tillåtna värden: ", ", tillåtet värde: ")
        } else {
            (", allowed values: ", ", allowed value: ")
        };
        let values = rest.replacen(", expected one of ", one_of, 1).replacen(", expected ", one, 1).replace('`', "\"");
        pick(format!("okänt värde {values}"), format!("unknown value {values}"))
    } else if let Some(rest) = m.strip_prefix("missing field ") {
        let name = rest.replace('`', "\"");
        pick(format!("fältet {name} saknas"), format!("the field {name} is missing"))
    } else if let Some(rest) = m.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest).replace('`', "\"");
        pick(format!("okänt fält {name}"), format!("unknown field {name}"))
    } else if let Some(rest) = m.strip_prefix("invalid type: ") {
        pick(
            format!("fel typ: {}", rest.replace(", expected ", ", förväntat: ").replace('`', "\"")),
            format!("wrong type: {}", rest.replace(", expected ", ", expected: ").replace('`', "\"")),
        )
    } else if let Some(rest) = m.strip_prefix("invalid value: ") {
        pick(
            format!("ogiltigt värde: {}", rest.replace(", expected ", ", förväntat: ").replace('`', "\"")),
            format!("invalid value: {}", rest.replace(", expected ", ", expected: ").replace('`', "\"")),
        )
    } else if m.starts_with("invalid length") {
        pick("förväntade ett JSON-objekt med namngivna fält".into(), "expected a JSON object with named fields".into())
    } else if m.starts_with("EOF while parsing") {
        pick("filen tar slut mitt i JSON-texten".into(), "the file ends in the middle of the JSON text".into())
    } else if m.starts_with("expected") || m.starts_with("trailing") || m.starts_with("key must be") {
        pick(format!("ogiltig JSON: {m}"), format!("invalid JSON: {m}"))
    } else {
        m.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each variant. The match below has no wildcard: a new variant does not compile until
    /// it is added here, and so until its messages are checked.
    fn one_of_each() -> Vec<Error> {
        let boxed = || Box::new(Error::InvalidDate { value: "2018-02-30".into() });
        let all = vec![
            Error::Serde { message: "unknown variant `alla`, expected one of `none`, `metadata`".into() },
            Error::Field { path: "legal_date".into(), line: 3, column: 17, error: boxed() },
            Error::InvalidDate { value: "2023-7-1".into() },
            Error::InvalidCountry { value: "Sverige".into(), suggestion: Some("SE".into()), eu_allowed: true },
            Error::Problems(vec![Error::ThresholdOrder, Error::HorizonYears { found: 0 }]),
            Error::UnsupportedFormat { found: 9, supported: 1 },
            Error::EmptyId { path: "services[0].id".into() },
            Error::DuplicateId { path: "services[1].id".into(), id: "o365".into(), in_service: false },
            Error::UnknownParty { path: "services[0].components[0].operator".into(), name: "X".into() },
            Error::UnknownComponent { path: "services[0].controls[0].covers".into(), id: "x".into(), in_service: true },
            Error::NotAProbability { path: "services[0].lawful_access_factors.cleartext".into() },
            Error::KlassaLevel { path: "information_types[0].klassa_k".into() },
            Error::ThresholdOrder,
            Error::HorizonYears { found: 0 },
            Error::LinkEmpty,
            Error::LinkTooLong { length: 200_001, max: 200_000 },
            Error::LinkMalformed,
            Error::LinkChangesMissing,
            Error::LinkEncrypted,
            Error::LinkIsQuestionnaire,
            Error::LinkUnknownMode { mode: "1z".into() },
            Error::LinkTooNew { format: "2f".into() },
            Error::LinkUnknownPreset { id: "finns-inte".into() },
            Error::LinkNotBase64,
            Error::LinkNotCompressed,
            Error::LinkNotJson,
            Error::LinkTooDeep { max_depth: 32 },
            Error::LinkListTooLong { max: 1_000 },
            Error::LinkInvalidAssessment(boxed()),
            Error::LinkInvalidQuestionnaire,
            Error::EncryptedLinkCut,
            Error::EncryptedLinkDamaged,
            Error::NotEncrypted,
            Error::WrongPassphrase,
            Error::InvalidPath { path: "a..b".into() },
            Error::NotAQuestionnaire { kind: "assessment".into() },
            Error::UnreadableQuestionnaire(boxed()),
            Error::UnknownService { id: "x".into() },
            Error::AnswerWrongForm {
                question: 1,
                path: "services[0].parties[0].jurisdiction".into(),
                answer: "7".into(),
            },
            Error::NotASupplierQuestion { question: 2, path: "organisation.users".into() },
            Error::QuestionPath { question: 3, path: "a..b".into() },
            Error::InvalidAnswers(boxed()),
            Error::Serialize { message: "key must be a string".into() },
        ];
        for e in &all {
            match e {
                Error::Serde { .. }
                | Error::Field { .. }
                | Error::InvalidDate { .. }
                | Error::InvalidCountry { .. }
                | Error::Problems(_)
                | Error::UnsupportedFormat { .. }
                | Error::EmptyId { .. }
                | Error::DuplicateId { .. }
                | Error::UnknownParty { .. }
                | Error::UnknownComponent { .. }
                | Error::NotAProbability { .. }
                | Error::KlassaLevel { .. }
                | Error::ThresholdOrder
                | Error::HorizonYears { .. }
                | Error::LinkEmpty
                | Error::LinkTooLong { .. }
                | Error::LinkMalformed
                | Error::LinkChangesMissing
                | Error::LinkEncrypted
                | Error::LinkIsQuestionnaire
                | Error::LinkUnknownMode { .. }
                | Error::LinkTooNew { .. }
                | Error::LinkUnknownPreset { .. }
                | Error::LinkNotBase64
                | Error::LinkNotCompressed
                | Error::LinkNotJson
                | Error::LinkTooDeep { .. }
                | Error::LinkListTooLong { .. }
                | Error::LinkInvalidAssessment(_)
                | Error::LinkInvalidQuestionnaire
                | Error::EncryptedLinkCut
                | Error::EncryptedLinkDamaged
                | Error::NotEncrypted
                | Error::WrongPassphrase
                | Error::InvalidPath { .. }
                | Error::NotAQuestionnaire { .. }
                | Error::UnreadableQuestionnaire(_)
                | Error::UnknownService { .. }
                | Error::AnswerWrongForm { .. }
                | Error::NotASupplierQuestion { .. }
                | Error::QuestionPath { .. }
                | Error::InvalidAnswers(_)
                | Error::Serialize { .. } => {}
            }
        }
        all
    }

    #[test]
    fn every_error_has_a_swedish_and_an_english_message() {
        let all = one_of_each();
        for e in &all {
            let m = e.message();
            assert!(!m.sv.trim().is_empty() && !m.en.trim().is_empty(), "{e:?}");
            assert_ne!(m.sv, m.en, "{e:?}");
            assert_eq!(e.to_string(), m.sv, "Display is the Swedish message");
            assert!(!m.en.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']), "{e:?}: {}", m.en);
        }
        // Every variant is covered once: the vector has no two of the same kind.
        let kinds: std::collections::BTreeSet<_> =
            all.iter().map(std::mem::discriminant).map(|d| format!("{d:?}")).collect();
        assert_eq!(kinds.len(), all.len());
    }

    #[test]
    fn messages_are_written_even_without_texts() {
        let m = crate::model::without_texts(|| Error::LinkEmpty.message());
        assert!(!m.sv.is_empty() && !m.en.is_empty());
    }

    #[test]
    fn a_field_error_names_the_field_and_the_position_in_both_languages() {
        let e = Error::Field {
            path: "legal_date".into(),
            line: 3,
            column: 17,
            error: Box::new(Error::InvalidDate { value: "x".into() }),
        };
        assert_eq!(
            e.to_string(),
            "fältet legal_date: ogiltigt datum \"x\": ange ÅÅÅÅ-MM-DD, t.ex. 2026-11-22 (rad 3, kolumn 17)"
        );
        assert_eq!(
            e.text(Lang::En),
            "field legal_date: invalid date \"x\": use YYYY-MM-DD, e.g. 2026-11-22 (line 3, column 17)"
        );
        let whole = Error::Field { path: ".".into(), line: 0, column: 0, error: Box::new(Error::LinkNotJson) };
        assert_eq!(whole.text(Lang::En), "the link is damaged: its content is not JSON");
    }
}
