//! Form fields bound to a fact by its path. Each reads its value from the state and dispatches an
//! `Edit`; "vet ej" (unknown) is a first-class answer wherever the model allows it.

use super::state::{Action, AppContext, AppState};
use super::texts::{field_help, NO, READ_MORE, T, UNKNOWN, UNKNOWN_COUNTRY, YES};
use crate::model::facts::{pattern, yes_no_fields, Label};
use crate::model::{countries_by_name, country_names, Lang, Location, Text};
use serde_json::Value;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The state's dispatcher: stable across renders, so a field's view compares equal while its value
/// and language are unchanged, and Yew skips rendering it (issue 15: every field reads the
/// context, so every edit had re-rendered every field of the view).
type Dispatch = UseReducerDispatcher<AppState>;

/// A DOM id derived from a path (labels need ids; paths contain brackets and spaces).
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub path: AttrValue,
    pub label: &'static T,
    #[prop_or_default]
    pub help: Option<&'static T>,
}

/// The field's help: the text given, else the one for its path, with a link to the rule that
/// decides the field in the knowledge base.
fn help(lang: Lang, dispatch: &Dispatch, help: &Option<&'static T>, path: &str, id: &str) -> Html {
    let known = field_help(path);
    let Some(text) = help.or(known.map(|(_, t, _)| t)) else { return html! {} };
    let rule = known.and_then(|(_, _, r)| *r);
    html! {
        <p class="help" id={format!("{id}-help")}>
            { text.get(lang) }
            if let Some(rule) = rule {
                { " " }
                <button type="button" class="link" onclick={let dispatch = dispatch.clone(); Callback::from(move |_| dispatch.dispatch(Action::ShowRule(rule)))}>
                    { format!("{}: {}", READ_MORE.get(lang), super::cell_detail::rule_label(rule, lang)) }
                </button>
            }
        </p>
    }
}

/// The `aria-describedby` of a field with help.
fn described_by(help: &Option<&'static T>, path: &str, id: &str) -> Option<String> {
    (help.is_some() || field_help(path).is_some()).then(|| format!("{id}-help"))
}

/// Yes / no / vet ej.
#[function_component(TriField)]
pub fn tri_field(p: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let label = AttrValue::Static(p.label.get(ctx.lang));
    html! { <TriView path={p.path.clone()} {label} help={p.help} value={ctx.get(&p.path).clone()} lang={ctx.lang} dispatch={ctx.dispatcher()} /> }
}

#[derive(Properties, PartialEq)]
pub struct FactProps {
    /// The concrete path (`services[#0].contract.audit_rights`).
    pub path: AttrValue,
    /// The registry's label of the fact.
    pub label: &'static Label,
}

/// Yes / no / vet ej for a registry fact, labelled as the registry names it.
#[function_component(FactTriField)]
pub fn fact_tri_field(p: &FactProps) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let label = AttrValue::from(p.label.heading(ctx.lang));
    html! { <TriView path={p.path.clone()} {label} help={None} value={ctx.get(&p.path).clone()} lang={ctx.lang} dispatch={ctx.dispatcher()} /> }
}

/// The registry's yes/no facts of the part of the assessment at `scope` (`services[#0].contract`,
/// `services[#0].parties[#1]`, `information_types[#2]` …), in its order, with its labels and help:
/// a yes/no fact added to the registry appears in the form without a change here. `hand_placed`: the
/// scope's facts the form places itself – first, or only under a condition (`rules::applies`).
pub fn registry_fields(scope: &str, hand_placed: &[&str]) -> Html {
    let registry_scope = pattern(scope);
    html! {
        { for yes_no_fields(&registry_scope).filter(|(_, field)| !hand_placed.contains(field)).map(|(f, field)| html! {
            <FactTriField path={format!("{scope}.{field}")} label={&f.label} />
        }) }
    }
}

#[derive(Properties, PartialEq)]
struct TriViewProps {
    path: AttrValue,
    label: AttrValue,
    help: Option<&'static T>,
    value: Value,
    lang: Lang,
    dispatch: Dispatch,
}

/// A yes/no/vet ej field as shown, rendered again only when what it shows changes.
#[function_component(TriView)]
fn tri_view(p: &TriViewProps) -> Html {
    let (path, lang) = (p.path.as_str(), p.lang);
    let id = dom_id(path);
    let options = [
        (Value::Bool(true), &YES, "ja"),
        (Value::Bool(false), &NO, "nej"),
        (Value::from("unknown"), &UNKNOWN, "vet-ej"),
    ];
    html! {
        <fieldset class="tri" aria-describedby={described_by(&p.help, path, &id)}>
            <legend>{ p.label.clone() }</legend>
            { for options.into_iter().map(|(v, option, suffix)| {
                let input_id = format!("{id}-{suffix}");
                let checked = p.value == v;
                let onchange = { let dispatch = p.dispatch.clone(); let path = path.to_string(); Callback::from(move |_: Event| dispatch.dispatch(Action::Edit(path.clone(), v.clone()))) };
                html! {
                    <label for={input_id.clone()}>
                        <input type="radio" id={input_id} name={id.clone()} {checked} {onchange} />
                        { option.get(lang) }
                    </label>
                }
            }) }
            { help(lang, &p.dispatch, &p.help, path, &id) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub path: AttrValue,
    pub label: &'static T,
    /// (JSON string value, label); the value "" stands for null when `empty_is_null`.
    #[prop_or_default]
    pub options: Rc<[(AttrValue, Text)]>,
    #[prop_or_default]
    pub empty_is_null: bool,
    #[prop_or_default]
    pub help: Option<&'static T>,
}

/// A choice among named values (a `<select>`).
#[function_component(ChoiceField)]
pub fn choice_field(p: &ChoiceProps) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let current = AttrValue::from(ctx.get(&p.path).as_str().unwrap_or("").to_string());
    html! {
        <ChoiceView path={p.path.clone()} label={p.label} options={p.options.clone()} empty_is_null={p.empty_is_null}
            help={p.help} {current} lang={ctx.lang} dispatch={ctx.dispatcher()} />
    }
}

#[derive(Properties, PartialEq)]
struct ChoiceViewProps {
    path: AttrValue,
    label: &'static T,
    options: Rc<[(AttrValue, Text)]>,
    empty_is_null: bool,
    help: Option<&'static T>,
    current: AttrValue,
    lang: Lang,
    dispatch: Dispatch,
}

/// A choice as shown, rendered again only when what it shows changes.
#[function_component(ChoiceView)]
fn choice_view(p: &ChoiceViewProps) -> Html {
    let (id, lang, empty_is_null) = (dom_id(&p.path), p.lang, p.empty_is_null);
    let onchange = {
        let dispatch = p.dispatch.clone();
        let path = p.path.to_string();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let v = if empty_is_null && v.is_empty() { Value::Null } else { Value::from(v) };
            dispatch.dispatch(Action::Edit(path.clone(), v))
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ p.label.get(lang) }</label>
            <select id={id.clone()} {onchange} aria-describedby={described_by(&p.help, &p.path, &id)}>
                { for p.options.iter().map(|(v, label)| html! {
                    <option value={v.clone()} selected={p.current == *v}>{ label.get(lang).to_string() }</option>
                }) }
            </select>
            { help(lang, &p.dispatch, &p.help, &p.path, &id) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CountryProps {
    pub path: AttrValue,
    pub label: &'static T,
    /// A location (storage, support, access), which may be "somewhere in the EU/EEA"; a party's
    /// jurisdiction is always one country.
    #[prop_or_default]
    pub eu: bool,
    #[prop_or_default]
    pub help: Option<&'static T>,
}

/// A country picker (a `<select>`: keyboard users type the first letters of the name): names in
/// the page's language with the code, "Okänt" first, and "EU/EES (EU)" for locations. Only
/// values the model accepts can be chosen, so a typed "Sverige" can no longer become SV.
#[function_component(CountryField)]
pub fn country_field(p: &CountryProps) -> Html {
    let lang = use_context::<AppContext>().expect("AppContext").lang;
    // About 250 options: built once per language, not on every edit.
    let options = use_memo((lang, p.eu), |&(lang, eu)| {
        let both = |t: &T| Text::new(t.get(Lang::Sv), t.get(Lang::En));
        let mut options: Vec<(AttrValue, Text)> = vec![("unknown".into(), both(&UNKNOWN_COUNTRY))];
        if eu {
            options.push(("EU".into(), Text::new(Location::Eu.label(Lang::Sv), Location::Eu.label(Lang::En))));
        }
        // In the order of the page's language; each option carries both names.
        for (code, _) in countries_by_name(lang) {
            let (sv, en) = country_names(code).unwrap_or((code, code));
            options.push((code.into(), Text::new(format!("{sv} ({code})"), format!("{en} ({code})"))));
        }
        Rc::<[(AttrValue, Text)]>::from(options)
    });
    html! { <ChoiceField path={p.path.clone()} label={p.label} options={(*options).clone()} help={p.help} /> }
}

#[derive(Clone, Copy, PartialEq)]
pub enum TextKind {
    Text,
    /// Several sentences (a `<textarea>`).
    Paragraph,
    /// A whole number; empty for null.
    Number,
    /// A decimal number.
    Decimal,
    /// YYYY-MM-DD; empty for null.
    Date,
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub path: AttrValue,
    pub label: &'static T,
    #[prop_or(TextKind::Text)]
    pub kind: TextKind,
    #[prop_or_default]
    pub help: Option<&'static T>,
}

/// A text, number or date field. The value is committed on change (blur or Enter), and
/// the core validates it: a refused value leaves the assessment as it was, with a message.
#[function_component(TextField)]
pub fn text_field(p: &TextProps) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let shown = match ctx.get(&p.path) {
        Value::String(s) => AttrValue::from(s.clone()),
        Value::Number(n) => AttrValue::from(n.to_string()),
        _ => AttrValue::default(),
    };
    html! {
        <TextView path={p.path.clone()} label={p.label} kind={p.kind} help={p.help} {shown} lang={ctx.lang} dispatch={ctx.dispatcher()}
            refused_edits={ctx.refused_edits} />
    }
}

#[derive(Properties, PartialEq)]
struct TextViewProps {
    path: AttrValue,
    label: &'static T,
    kind: TextKind,
    help: Option<&'static T>,
    shown: AttrValue,
    lang: Lang,
    dispatch: Dispatch,
    /// A refused edit renders the field again, with the stored value.
    refused_edits: u32,
}

/// A text field as shown, rendered again only when what it shows changes.
#[function_component(TextView)]
fn text_view(p: &TextViewProps) -> Html {
    let (id, kind, lang) = (dom_id(&p.path), p.kind, p.lang);
    let onchange = {
        let dispatch = p.dispatch.clone();
        let path = p.path.to_string();
        Callback::from(move |e: Event| {
            let raw = if kind == TextKind::Paragraph {
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            let raw = raw.trim();
            let v = match kind {
                TextKind::Text | TextKind::Paragraph => Value::from(raw),
                TextKind::Number | TextKind::Date if raw.is_empty() => Value::Null,
                TextKind::Number => {
                    raw.replace([' ', '\u{a0}'], "").parse::<u64>().map(Value::from).unwrap_or(Value::from(raw))
                }
                TextKind::Decimal => raw.replace(',', ".").parse::<f64>().map(Value::from).unwrap_or(Value::from(raw)),
                TextKind::Date => Value::from(raw),
            };
            dispatch.dispatch(Action::Edit(path.clone(), v))
        })
    };
    let (input_type, mode) = match kind {
        TextKind::Date => ("date", None),
        TextKind::Number => ("text", Some("numeric")),
        TextKind::Decimal => ("text", Some("decimal")),
        TextKind::Text | TextKind::Paragraph => ("text", None),
    };
    let described = described_by(&p.help, &p.path, &id);
    html! {
        <div class="field">
            <label for={id.clone()}>{ p.label.get(lang) }</label>
            if kind == TextKind::Paragraph {
                <textarea id={id.clone()} rows="3" value={p.shown.clone()} {onchange} aria-describedby={described} />
            } else {
                <input id={id.clone()} type={input_type} inputmode={mode} value={p.shown.clone()} {onchange}
                    aria-describedby={described} />
            }
            { help(lang, &p.dispatch, &p.help, &p.path, &id) }
        </div>
    }
}

/// A KLASSA level 0–4 or "ej klassad" (null).
#[function_component(LevelField)]
pub fn level_field(p: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let current = ctx.get(&p.path).as_u64();
    html! { <LevelView path={p.path.clone()} label={p.label} help={p.help} {current} lang={ctx.lang} dispatch={ctx.dispatcher()} /> }
}

#[derive(Properties, PartialEq)]
struct LevelViewProps {
    path: AttrValue,
    label: &'static T,
    help: Option<&'static T>,
    current: Option<u64>,
    lang: Lang,
    dispatch: Dispatch,
}

/// A level as shown, rendered again only when what it shows changes.
#[function_component(LevelView)]
fn level_view(p: &LevelViewProps) -> Html {
    let (id, lang, current) = (dom_id(&p.path), p.lang, p.current);
    let onchange = {
        let dispatch = p.dispatch.clone();
        let path = p.path.to_string();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::Edit(path.clone(), v.parse::<u64>().map(Value::from).unwrap_or(Value::Null)))
        })
    };
    let unclassified = if lang == Lang::Sv { "Ej klassad (vet ej)" } else { "Not classified (unknown)" };
    html! {
        <div class="field">
            <label for={id.clone()}>{ p.label.get(lang) }</label>
            <select id={id.clone()} {onchange} aria-describedby={described_by(&p.help, &p.path, &id)}>
                <option value="" selected={current.is_none()}>{ unclassified }</option>
                { for (0..=4u64).map(|l| html! { <option value={l.to_string()} selected={current == Some(l)}>{ l }</option> }) }
            </select>
            { help(lang, &p.dispatch, &p.help, &p.path, &id) }
        </div>
    }
}

/// A plain yes/no checkbox, for facts the model keeps as booleans.
#[function_component(CheckField)]
pub fn check_field(p: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let checked = ctx.get(&p.path).as_bool().unwrap_or(false);
    html! { <CheckView path={p.path.clone()} label={p.label} help={p.help} {checked} lang={ctx.lang} dispatch={ctx.dispatcher()} /> }
}

#[derive(Properties, PartialEq)]
struct CheckViewProps {
    path: AttrValue,
    label: &'static T,
    help: Option<&'static T>,
    checked: bool,
    lang: Lang,
    dispatch: Dispatch,
}

/// A checkbox as shown, rendered again only when what it shows changes.
#[function_component(CheckView)]
fn check_view(p: &CheckViewProps) -> Html {
    let (id, lang) = (dom_id(&p.path), p.lang);
    let onchange = {
        let dispatch = p.dispatch.clone();
        let path = p.path.to_string();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().checked();
            dispatch.dispatch(Action::Edit(path.clone(), Value::Bool(v)))
        })
    };
    html! {
        <div class="field check">
            <input type="checkbox" id={id.clone()} checked={p.checked} {onchange} aria-describedby={described_by(&p.help, &p.path, &id)} />
            <label for={id.clone()}>{ p.label.get(lang) }</label>
            { help(lang, &p.dispatch, &p.help, &p.path, &id) }
        </div>
    }
}

/// Options from a model enum's values and labels.
pub fn options<V: Copy>(values: &[(&'static str, V)], label: impl Fn(V) -> Text) -> Rc<[(AttrValue, Text)]> {
    values.iter().map(|(s, v)| (AttrValue::from(*s), label(*v))).collect()
}
