//! Bilingual text: Swedish first, English second.

use serde::{Deserialize, Serialize};

/// The language of texts: `"sv"` or `"en"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in Swedish and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Text {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Text {
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Text {
        if !texts_wanted() {
            return Text::default();
        }
        Text { sv: sv.into(), en: en.into() }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
    /// A text whose writing costs something (a `format!`, a join): written only when texts are
    /// (`texts_wanted`), so that an evaluation without texts does not pay for it.
    pub fn lazy(write: impl FnOnce() -> (String, String)) -> Text {
        if !texts_wanted() {
            return Text::default();
        }
        let (sv, en) = write();
        Text { sv, en }
    }
    /// The texts joined by `separator`, each language apart.
    pub fn join<'a>(texts: impl IntoIterator<Item = &'a Text>, separator: &str) -> Text {
        Text::lazy(|| {
            let (sv, en): (Vec<&str>, Vec<&str>) = texts.into_iter().map(|t| (t.sv.as_str(), t.en.as_str())).unzip();
            (sv.join(separator), en.join(separator))
        })
    }
}

/// A fixed text in both languages (UI and memo wording), usable in constants.
#[derive(Debug, PartialEq, Eq)]
pub struct StaticText(pub &'static str, pub &'static str);

impl StaticText {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.0,
            Lang::En => self.1,
        }
    }
}

/// `text!("svensk {x}", "English {x}")` formats both languages with the same arguments in scope.
#[macro_export]
macro_rules! text {
    ($sv:expr, $en:expr $(,)?) => {
        if $crate::model::texts_wanted() {
            $crate::model::Text::new(format!($sv), format!($en))
        } else {
            $crate::model::Text::default()
        }
    };
}

/// What an evaluation writes: everything, only the keys of its measures and questions, or neither.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Writing {
    Texts,
    KeysOnly,
    Nothing,
}

thread_local! {
    static WRITING: std::cell::Cell<Writing> = const { std::cell::Cell::new(Writing::Texts) };
}

/// Whether texts are being written (false inside [`without_texts`] and [`keys_without_texts`]).
pub fn texts_wanted() -> bool {
    WRITING.with(|w| w.get()) == Writing::Texts
}

/// Whether measures and questions are recorded (by their keys, with their texts only if those are
/// written): false inside [`without_texts`].
pub fn keys_wanted() -> bool {
    WRITING.with(|w| w.get()) != Writing::Nothing
}

fn writing<R>(mode: Writing, f: impl FnOnce() -> R) -> R {
    let before = WRITING.with(|w| w.replace(mode));
    let out = f();
    WRITING.with(|w| w.set(before));
    out
}

/// Runs `f` with every `Text` it builds left empty: the evaluation's verdicts, rules and facts as
/// data, without the cost of writing reasoning in two languages (issue 15: about 70 % of an
/// evaluation was formatting). The texts are written when shown, by evaluating that cell again.
pub fn without_texts<R>(f: impl FnOnce() -> R) -> R {
    writing(Writing::Nothing, f)
}

/// Like [`without_texts`], but the measures and questions are kept under their keys (with empty
/// texts): for `bedom evaluate --brief`, which lists the keys for bulk scripting.
pub fn keys_without_texts<R>(f: impl FnOnce() -> R) -> R {
    writing(Writing::KeysOnly, f)
}
