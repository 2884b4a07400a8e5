//! App state in a `Reducible`: the assessment being edited, the language and the open cell.

use crate::model::{Assessment, Lang, Tri};
use crate::presets;
use crate::rules::{evaluate, Evaluation};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub assessment: Assessment,
    /// Kept in step with `assessment` by the reducer, so rendering never re-evaluates.
    pub evaluation: Evaluation,
    pub lang: Lang,
    /// The open result cell: (service id, information type id).
    pub selected: Option<(String, String)>,
}

pub enum Action {
    SetLang(Lang),
    SetSecurityClassified { info_type: String, value: Tri },
    Select(String, String),
}

impl AppState {
    pub fn new(assessment: Assessment) -> AppState {
        let evaluation = evaluate(&assessment);
        AppState { assessment, evaluation, lang: Lang::Sv, selected: None }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new(presets::PRESETS[0].assessment())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Select(service, info) => next.selected = Some((service, info)),
            Action::SetSecurityClassified { info_type, value } => {
                if let Some(info) = next.assessment.information_types.iter_mut().find(|i| i.id == info_type) {
                    info.security_classified = value;
                }
                next.evaluation = evaluate(&next.assessment);
            }
        }
        Rc::new(next)
    }
}
