//! App state in a `Reducible` (as in Yew's function_todomvc example), shared through a context.
//! Every edit goes through the core (`analysis::facts::edit`), which validates it: a refused edit
//! leaves the assessment as it was and says why.

use crate::analysis::facts;
use crate::model::{Assessment, Error, Lang, LoadNotice, Part, Text};
use crate::rules::{evaluate, evaluate_brief, evaluate_brief_after, Evaluation, RuleId};
use serde_json::Value;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// The steps of the guided flow (usable in any order) and the other pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Continue the draft, a new assessment, an example or a file.
    Start,
    Organisation,
    Service,
    Information,
    Result,
    Compare,
    Analyses,
    Report,
    Accessibility,
    Share,
    /// The knowledge base: every rule with its explanation and sources.
    Rules,
}

/// A message at the top of the page, in both languages: it is shown in the UI's language at the
/// time it is read, so switching language never leaves a notice (or a core error) in the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub error: bool,
    /// One paragraph per line.
    pub text: Text,
}

impl Notice {
    /// One of the UI's fixed texts.
    pub fn says(error: bool, t: &super::texts::T) -> Notice {
        Notice { error, text: Text { sv: t.0.to_string(), en: t.1.to_string() } }
    }

    /// `head` and, on lines of their own, the fields whose values loading read anew.
    pub fn loaded(head: &super::texts::T, notices: &[LoadNotice]) -> Notice {
        let write = |lang: Lang| {
            let mut text = head.get(lang).to_string();
            if !notices.is_empty() {
                text = format!("{text} {}", super::texts::CHECK_FIELDS.get(lang));
            }
            for n in notices {
                text.push('\n');
                text.push_str(&n.message(lang));
            }
            text
        };
        Notice { error: false, text: Text { sv: write(Lang::Sv), en: write(Lang::En) } }
    }

    /// A core error: its own message in both languages.
    pub fn error(e: &Error) -> Notice {
        Notice { error: true, text: e.message() }
    }

    /// `head` ("The file could not be imported; …") and why.
    pub fn failed(head: &super::texts::T, e: &Error) -> Notice {
        let m = e.message();
        Notice { error: true, text: Text { sv: format!("{} {}", head.0, m.sv), en: format!("{} {}", head.1, m.en) } }
    }

    /// After a link opened: only worth saying when there is a field to check.
    fn link_opened(notices: &[LoadNotice]) -> Option<Notice> {
        (!notices.is_empty()).then(|| Notice::loaded(&super::texts::LINK_OPENED, notices))
    }
}

/// A link waiting for the user: a choice between it and the current work (with what loading it
/// read anew, shown once it is opened), or a passphrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Choose(Rc<Assessment>, Rc<[LoadNotice]>),
    Passphrase(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub assessment: Rc<Assessment>,
    /// The assessment as JSON, for reading fields by path.
    json: Rc<Later<JsonParts>>,
    /// Kept in step with `assessment` by the reducer, so rendering never re-evaluates: verdicts,
    /// deciding rules and policy flags, without texts (`rules::evaluate_brief`), so an edit stays
    /// cheap. Made when a view first reads it (`Later`).
    pub evaluation: Rc<Later<Evaluation>>,
    /// The same evaluation with its reasoning, measures and questions, written the first time a
    /// view shows them (`AppState::with_texts`).
    texts: Rc<Texts>,
    pub lang: Lang,
    pub view: View,
    /// The open result cell: (service id, information type id).
    pub selected: Option<(String, String)>,
    pub notice: Option<Notice>,
    pub pending: Option<Pending>,
    /// The state holds the user's own work (a stored draft, edits or a chosen assessment), which
    /// an incoming link must not replace without asking.
    pub own_work: bool,
    /// The rule the knowledge base was opened at (from a field's help link).
    pub rule_focus: Option<RuleId>,
    /// The view a field's rule link was followed from: the knowledge base offers the way back.
    pub back_from_rule: Option<View>,
    /// A supplier questionnaire opened from a `1q.` link: the page shows only the answer form.
    pub supplier: Option<Rc<crate::analysis::questionnaire::Questionnaire>>,
    /// For a new assessment, the registry paths the user has answered ("vet ej" included), kept in
    /// the draft but never in the public format or a link; `None` for an example, a link or a
    /// file, whose facts are taken as given.
    pub answered: Option<Rc<BTreeSet<String>>>,
    /// How many edits the core has refused: a text field renders again on a refusal, so that it
    /// shows the stored value instead of the refused one.
    pub refused_edits: u32,
}

/// What the state derives from its assessment (its brief evaluation, its JSON), made the first
/// time it is read: the start view reads neither, so the first screen neither runs the rules nor
/// writes the assessment as JSON, nor (in the browser) compiles that code, which the browser does
/// on a function's first call. The page shows sooner (issue 15: first render). It derefs to what
/// it holds.
pub struct Later<T> {
    of: Rc<Assessment>,
    value: OnceCell<T>,
    make: fn(&Assessment) -> T,
}

impl<T> Later<T> {
    /// To be made by `make` when read.
    fn when_read(of: Rc<Assessment>, make: fn(&Assessment) -> T) -> Rc<Later<T>> {
        Rc::new(Later { of, value: OnceCell::new(), make })
    }
    /// Made already (after an edit, from what was made before it).
    fn made(of: Rc<Assessment>, value: T, make: fn(&Assessment) -> T) -> Rc<Later<T>> {
        Rc::new(Later { of, value: OnceCell::from(value), make })
    }
}

impl<T> std::ops::Deref for Later<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value.get_or_init(|| (self.make)(&self.of))
    }
}

/// What is derived from the assessment is equal when the assessments are, whether or not either
/// has been made (comparing states must not make it).
impl<T> PartialEq for Later<T> {
    fn eq(&self, other: &Later<T>) -> bool {
        Rc::ptr_eq(&self.of, &other.of) || self.of == other.of
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Later<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Later").field("value", &self.value.get()).finish_non_exhaustive()
    }
}

/// The assessment as JSON in parts: each service and information type on its own, so that an edit
/// of one writes only that one anew (`Part`), and the rest shared with the state before.
#[derive(Clone, Debug, PartialEq)]
struct JsonParts {
    /// Everything but the services and information types.
    rest: Rc<Value>,
    services: Rc<[Rc<Value>]>,
    information_types: Rc<[Rc<Value>]>,
}

impl JsonParts {
    fn of(a: &Assessment) -> JsonParts {
        let mut rest = serde_json::to_value(a).unwrap_or(Value::Null);
        let mut take = |head: &str| match rest.get_mut(head).map(Value::take) {
            Some(Value::Array(items)) => items.into_iter().map(Rc::new).collect(),
            _ => Rc::from([]),
        };
        let (services, information_types) = (take("services"), take("information_types"));
        JsonParts { rest: Rc::new(rest), services, information_types }
    }

    /// After an edit of `part` alone: that part written anew, the others shared.
    fn after(&self, a: &Assessment, part: Part) -> JsonParts {
        let anew = |list: &Rc<[Rc<Value>]>, k: usize, value: serde_json::Result<Value>| {
            let mut list = list.to_vec();
            list[k] = Rc::new(value.unwrap_or(Value::Null));
            Rc::from(list)
        };
        match part {
            Part::Service(k) if k < self.services.len() && k < a.services.len() => {
                JsonParts { services: anew(&self.services, k, serde_json::to_value(&a.services[k])), ..self.clone() }
            }
            Part::InformationType(k) if k < self.information_types.len() && k < a.information_types.len() => {
                JsonParts {
                    information_types: anew(&self.information_types, k, serde_json::to_value(&a.information_types[k])),
                    ..self.clone()
                }
            }
            _ => JsonParts::of(a),
        }
    }

    fn get(&self, steps: &[facts::Step]) -> Option<&Value> {
        let list = |head: &str| match head {
            "services" => Some(&self.services),
            "information_types" => Some(&self.information_types),
            _ => None,
        };
        match steps {
            [facts::Step::Key(head), pick, rest @ ..] if list(head).is_some() => {
                let item = facts::pick(list(head)?.iter().map(|v| &**v), pick)?;
                facts::get(item, rest)
            }
            _ => facts::get(&self.rest, steps),
        }
    }
}

/// The evaluation with its texts, once written, whether a view is writing it, and the views that
/// wait for it (rendered again when it is written, if still there).
#[derive(Default)]
struct Texts {
    written: OnceCell<Rc<Evaluation>>,
    writing: Cell<bool>,
    waiting: RefCell<Vec<UseForceUpdateHandle>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("Texts").field("written", &self.written.get().is_some()).finish()
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        self.written == other.written
    }
}

pub enum Action {
    /// Replace the whole assessment (preset, import, link).
    Load(Assessment),
    /// Start a new assessment: its first questions are tracked until answered.
    New(Assessment),
    /// Take these registry paths as answered ("vet ej" for those left unknown).
    Answered(Vec<String>),
    /// Set one fact by path.
    Edit(String, Value),
    /// Open the knowledge base at a rule.
    ShowRule(RuleId),
    /// Record the follow-up (owner, due date, status) of one measure in the action plan.
    Plan(crate::model::PlanItem),
    SetLang(Lang),
    Show(View),
    Select(String, String),
    Notify(Notice),
    Dismiss,
    /// A fragment arrived (page load or `hashchange`); a link never silently replaces the work.
    Fragment(String),
    /// Open the pending link's assessment.
    KeepLink,
    /// Keep the current work and drop the pending link.
    KeepCurrent,
}

pub type AppContext = UseReducerHandle<AppState>;

impl AppState {
    pub fn new(assessment: Assessment) -> AppState {
        let assessment = Rc::new(assessment);
        let json = Later::when_read(assessment.clone(), JsonParts::of);
        AppState::evaluated(assessment.clone(), json, Later::when_read(assessment, evaluate_brief))
    }

    /// The start state of an assessment, with its JSON and its evaluation.
    fn evaluated(
        assessment: Rc<Assessment>,
        json: Rc<Later<JsonParts>>,
        evaluation: Rc<Later<Evaluation>>,
    ) -> AppState {
        AppState {
            evaluation,
            texts: Rc::default(),
            json,
            assessment,
            lang: Lang::Sv,
            view: View::Start,
            selected: None,
            notice: None,
            pending: None,
            own_work: false,
            supplier: None,
            rule_focus: None,
            back_from_rule: None,
            answered: None,
            refused_edits: 0,
        }
    }

    /// The evaluation with its texts (measures, questions, reasoning), for the views that show them.
    pub fn with_texts(&self) -> Rc<Evaluation> {
        self.texts.written.get_or_init(|| Rc::new(evaluate(&self.assessment))).clone()
    }

    /// The evaluation with its texts if it has been written.
    pub fn texts_written(&self) -> Option<Rc<Evaluation>> {
        self.texts.written.get().cloned()
    }

    /// The state at page load: the start view with the draft if there is one (otherwise a blank
    /// assessment, and no example's verdicts), then the fragment's link (loaded directly, at the
    /// result, only when there is no draft to lose).
    pub fn initial(draft: Option<Assessment>, answered: Option<BTreeSet<String>>, fragment: &str) -> AppState {
        let own_work = draft.is_some();
        let answered = if own_work { answered.map(Rc::new) } else { None };
        let base = AppState::new(draft.unwrap_or_else(crate::presets::blank));
        AppState { own_work, answered, ..base }.with_fragment(fragment)
    }

    /// The first questions of a new assessment still to be answered; empty when not tracked.
    pub fn unanswered(&self) -> Vec<&'static crate::model::facts::Fact> {
        self.answered.as_ref().map(|a| crate::model::facts::first_unanswered(a)).unwrap_or_default()
    }

    fn with_fragment(&self, fragment: &str) -> AppState {
        let mut next = self.clone();
        if fragment.is_empty() {
            return next;
        }
        match crate::codec::decode_questionnaire(fragment) {
            Some(Ok(q)) => {
                next.supplier = Some(Rc::new(q));
                return next;
            }
            Some(Err(e)) => {
                next.notice = Some(Notice::error(&e));
                return next;
            }
            None => {}
        }
        if crate::codec::encrypted_parts(fragment).is_some() {
            next.pending = Some(Pending::Passphrase(fragment.to_string()));
            return next;
        }
        // A public version says so: security configuration left out, verdicts may differ.
        let public = crate::codec::is_public(fragment).then(|| Notice::says(false, &super::texts::PUBLIC_LINK_OPENED));
        match crate::codec::decode_with_notices(fragment) {
            Ok((a, _)) if a == *self.assessment => next.pending = None,
            Ok((a, notices)) if !self.own_work => {
                let notice = Notice::link_opened(&notices).or(public);
                return AppState {
                    pending: None,
                    own_work: true,
                    notice,
                    view: View::Result,
                    answered: None,
                    ..self.with_assessment(a)
                };
            }
            Ok((a, notices)) => {
                next.pending = Some(Pending::Choose(Rc::new(a), notices.into()));
                next.notice = public;
            }
            Err(e) => next.notice = Some(Notice::failed(&super::texts::LINK_BROKEN, &e)),
        }
        next
    }

    /// The fact at `path`, or null.
    pub fn get(&self, path: &str) -> &Value {
        facts::parse_path(path).and_then(|steps| self.json.get(&steps)).unwrap_or(&Value::Null)
    }

    fn with_assessment(&self, assessment: Assessment) -> AppState {
        self.carried_over(AppState::new(assessment))
    }

    /// After an edit of `part` alone: only that part's JSON and cells are written anew (issue 15:
    /// an edit of a 50 × 40 portfolio evaluates one service's 40 cells, not 2,000).
    fn with_edited(&self, assessment: Assessment, part: Part) -> AppState {
        let evaluation = evaluate_brief_after(&self.evaluation, &assessment, part);
        let json = self.json.after(&assessment, part);
        let assessment = Rc::new(assessment);
        self.carried_over(AppState::evaluated(
            assessment.clone(),
            Later::made(assessment.clone(), json, JsonParts::of),
            Later::made(assessment, evaluation, evaluate_brief),
        ))
    }

    /// `next`'s assessment with this state's language, view, selection, pending link and answers.
    fn carried_over(&self, next: AppState) -> AppState {
        AppState {
            lang: self.lang,
            view: self.view,
            selected: self.selected.clone(),
            pending: self.pending.clone(),
            own_work: true,
            answered: self.answered.clone(),
            ..next
        }
    }

    /// The same state with `paths` (concrete or registry paths) answered, if answers are tracked.
    fn answering<'p>(mut self, paths: impl IntoIterator<Item = &'p str>) -> AppState {
        if let Some(answered) = &self.answered {
            let mut set = (**answered).clone();
            set.extend(paths.into_iter().map(crate::model::facts::pattern));
            self.answered = Some(Rc::new(set));
        }
        self
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new(crate::presets::blank())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Load(a) => AppState { selected: None, answered: None, ..self.with_assessment(a) },
            Action::New(a) => AppState { selected: None, answered: Some(Rc::default()), ..self.with_assessment(a) },
            Action::Answered(paths) => (*self).clone().answering(paths.iter().map(String::as_str)),
            Action::Edit(path, value) => match facts::edit_part(&self.assessment, &path, value) {
                Ok((a, part)) => self.with_edited(a, part).answering([path.as_str()]),
                Err(e) => AppState {
                    notice: Some(Notice::error(&e)),
                    refused_edits: self.refused_edits + 1,
                    ..(*self).clone()
                },
            },
            Action::Plan(item) => self.with_assessment(crate::report::plan::record(&self.assessment, item)),
            Action::SetLang(lang) => AppState { lang, ..(*self).clone() },
            Action::Show(view) => {
                AppState { view, notice: None, rule_focus: None, back_from_rule: None, ..(*self).clone() }
            }
            Action::ShowRule(rule) => {
                let back = if self.view == View::Rules { self.back_from_rule } else { Some(self.view) };
                AppState {
                    view: View::Rules,
                    notice: None,
                    rule_focus: Some(rule),
                    back_from_rule: back,
                    ..(*self).clone()
                }
            }
            Action::Select(s, i) => AppState { selected: Some((s, i)), ..(*self).clone() },
            Action::Notify(n) => AppState { notice: Some(n), ..(*self).clone() },
            Action::Dismiss => AppState { notice: None, ..(*self).clone() },
            Action::Fragment(f) => AppState { pending: None, ..(*self).clone() }.with_fragment(&f),
            Action::KeepLink => match &self.pending {
                Some(Pending::Choose(a, notices)) => AppState {
                    selected: None,
                    pending: None,
                    answered: None,
                    view: View::Result,
                    notice: Notice::link_opened(notices),
                    ..self.with_assessment((**a).clone())
                },
                _ => (*self).clone(),
            },
            Action::KeepCurrent => AppState { pending: None, ..(*self).clone() },
        };
        Rc::new(next)
    }
}

/// The evaluation with its texts, written a service at a time after the view has painted, so that
/// a portfolio (50 services × 40 information types: seconds of writing in wasm) never blocks the
/// page: `None` until it is written. Written once per assessment, however often a view that shows
/// it mounts meanwhile, and kept in the state for every view (`AppState::with_texts`).
#[hook]
pub fn use_texts() -> Option<Rc<Evaluation>> {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let update = use_force_update();
    {
        let (texts, evaluation) = (ctx.texts.clone(), ctx.evaluation.clone());
        use_effect_with(ctx.assessment.clone(), move |a| {
            if texts.written.get().is_some() {
                return;
            }
            texts.waiting.borrow_mut().push(update);
            if !texts.writing.replace(true) {
                let a = a.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let mut results = Vec::with_capacity(evaluation.results.len());
                    for s in 0..a.services.len() {
                        super::browser::yield_to_browser().await;
                        results.extend(crate::rules::evaluate_service(&a, s));
                    }
                    // A view may have asked for the texts at once meanwhile (`with_texts`).
                    let _ = texts.written.set(Rc::new(Evaluation { results, ..evaluation.without_results() }));
                    for view in texts.waiting.take() {
                        view.force_update();
                    }
                });
            }
        });
    }
    ctx.texts_written()
}
