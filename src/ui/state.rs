//! App state in a `Reducible` (as in Yew's function_todomvc example), shared through a context.
//! Every edit goes through the core (`analysis::facts::edit`), which validates it: a refused edit
//! leaves the assessment as it was and says why.

use crate::analysis::facts;
use crate::model::{Assessment, Lang};
use crate::rules::{evaluate, Evaluation};
use serde_json::Value;
use std::rc::Rc;
use yew::prelude::*;

/// The steps of the guided flow (usable in any order) and the other pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Organisation,
    Service,
    Information,
    Result,
    Compare,
    Analyses,
    Report,
    Accessibility,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub assessment: Rc<Assessment>,
    /// The assessment as JSON, for reading fields by path.
    pub json: Rc<Value>,
    /// Kept in step with `assessment` by the reducer, so rendering never re-evaluates.
    pub evaluation: Rc<Evaluation>,
    pub lang: Lang,
    pub view: View,
    /// The open result cell: (service id, information type id).
    pub selected: Option<(String, String)>,
    pub notice: Option<Notice>,
}

pub enum Action {
    /// Replace the whole assessment (preset, blank, import, link).
    Load(Assessment),
    /// Set one fact by path.
    Edit(String, Value),
    SetLang(Lang),
    Show(View),
    Select(String, String),
    Notify(Notice),
    Dismiss,
}

pub type AppContext = UseReducerHandle<AppState>;

impl AppState {
    pub fn new(assessment: Assessment) -> AppState {
        let json = serde_json::to_value(&assessment).unwrap_or(Value::Null);
        AppState {
            evaluation: Rc::new(evaluate(&assessment)),
            assessment: Rc::new(assessment),
            json: Rc::new(json),
            lang: Lang::Sv,
            view: View::Result,
            selected: None,
            notice: None,
        }
    }

    /// The fact at `path`, or null.
    pub fn get(&self, path: &str) -> &Value {
        facts::parse_path(path).and_then(|steps| facts::get(&self.json, &steps)).unwrap_or(&Value::Null)
    }

    fn with_assessment(&self, assessment: Assessment) -> AppState {
        let next = AppState::new(assessment);
        AppState { lang: self.lang, view: self.view, selected: self.selected.clone(), notice: None, ..next }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new(crate::presets::PRESETS[0].assessment())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Load(a) => AppState { selected: None, ..self.with_assessment(a) },
            Action::Edit(path, value) => match facts::edit(&self.assessment, &path, value) {
                Ok(a) => self.with_assessment(a),
                Err(text) => AppState { notice: Some(Notice { error: true, text }), ..(*self).clone() },
            },
            Action::SetLang(lang) => AppState { lang, ..(*self).clone() },
            Action::Show(view) => AppState { view, notice: None, ..(*self).clone() },
            Action::Select(s, i) => AppState { selected: Some((s, i)), ..(*self).clone() },
            Action::Notify(n) => AppState { notice: Some(n), ..(*self).clone() },
            Action::Dismiss => AppState { notice: None, ..(*self).clone() },
        };
        Rc::new(next)
    }
}
