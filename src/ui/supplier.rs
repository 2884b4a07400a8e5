//! The supplier's side of the round trip: a `1q.` link opens this form with the open questions
//! about the supplier's facts (never the body's own). The answers are downloaded as a file that the
//! body imports; they become facts with status "påstått", the source and the date given here.

use super::browser;
use super::state::AppContext;
use super::texts::*;
use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[function_component(SupplierForm)]
pub fn supplier_form() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let Some(q) = ctx.supplier.clone() else { return html! {} };
    let answers = use_state(|| vec![None::<Value>; q.questions.len()]);
    let source = use_state(String::new);
    let date = use_state(|| browser::today().to_string());
    let download = {
        let (q, answers, source, date) = (q.clone(), answers.clone(), source.clone(), date.clone());
        Callback::from(move |_| {
            let mut out = (*q).clone();
            let when = crate::model::Date::parse(&date).ok();
            for (item, a) in out.questions.iter_mut().zip(answers.iter()) {
                item.answer = a.clone();
                item.source = (*source).clone();
                item.date = when;
            }
            let json = serde_json::to_string_pretty(&out).unwrap_or_default();
            browser::download(&format!("svar-{}.json", out.service), "application/json", &json);
        })
    };
    html! {
        <section aria-labelledby="supplier-heading">
            <h1 id="supplier-heading">{ SUPPLIER_FORM.get(lang) }{ ": " }{ q.service_name.clone() }</h1>
            <p>{ SUPPLIER_FORM_HELP.get(lang) }</p>
            <ol class="supplier-questions">
            { for q.questions.iter().enumerate().map(|(i, item)| {
                let id = format!("q-{i}");
                let input = match item.answer_type {
                    crate::analysis::questionnaire::AnswerType::YesNo => {
                        let answers = answers.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                            let mut next = (*answers).clone();
                            next[i] = match v.as_str() {
                                "true" => Some(Value::Bool(true)),
                                "false" => Some(Value::Bool(false)),
                                _ => None,
                            };
                            answers.set(next);
                        });
                        html! { <select id={id.clone()} {onchange}>
                            <option value="">{ NOT_ANSWERED.get(lang) }</option>
                            <option value="true">{ YES.get(lang) }</option>
                            <option value="false">{ NO.get(lang) }</option>
                        </select> }
                    }
                    crate::analysis::questionnaire::AnswerType::Choice => {
                        let answers = answers.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                            let mut next = (*answers).clone();
                            next[i] = (!v.is_empty()).then(|| Value::from(v));
                            answers.set(next);
                        });
                        html! { <select id={id.clone()} {onchange}>
                            <option value="">{ NOT_ANSWERED.get(lang) }</option>
                            { for item.options.iter().map(|o| html! { <option value={o.clone()}>{ o.clone() }</option> }) }
                        </select> }
                    }
                    crate::analysis::questionnaire::AnswerType::Country => {
                        let answers = answers.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let v = e.target_unchecked_into::<HtmlInputElement>().value().trim().to_uppercase();
                            let mut next = (*answers).clone();
                            next[i] = (!v.is_empty()).then(|| Value::from(v));
                            answers.set(next);
                        });
                        html! { <input id={id.clone()} type="text" maxlength="2" placeholder="SE, US …" {onchange} /> }
                    }
                };
                html! {
                    <li class="field">
                        <label for={id}>{ item.question.get(lang).to_string() }</label>
                        { input }
                    </li>
                }
            }) }
            </ol>
            <div class="grid">
                <div class="field">
                    <label for="answer-source">{ ANSWER_SOURCE.get(lang) }</label>
                    <input id="answer-source" type="text" value={(*source).clone()}
                        oninput={let source = source.clone(); Callback::from(move |e: InputEvent| source.set(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                </div>
                <div class="field">
                    <label for="answer-date">{ SOURCE_DATE.get(lang) }</label>
                    <input id="answer-date" type="date" value={(*date).clone()}
                        oninput={let date = date.clone(); Callback::from(move |e: InputEvent| date.set(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                </div>
            </div>
            <button type="button" onclick={download}>{ DOWNLOAD_ANSWERS.get(lang) }</button>
        </section>
    }
}
