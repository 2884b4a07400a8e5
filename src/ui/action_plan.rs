//! The action plan as a table where each measure gets an owner, a due date and a status. The
//! follow-up is stored in the assessment (`action_plan`), so it travels in links and files.

use super::browser;
use super::cell_detail::rule_label;
use super::state::{Action, AppContext, Notice};
use super::texts::*;
use crate::model::{Date, PlanItem, PlanStatus};
use crate::report::plan::{self, PlanRow};
use crate::report::Version;
use crate::rules::Evaluation;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn edit(ctx: &AppContext, item: &PlanItem, change: impl Fn(&mut PlanItem, String) + 'static) -> Callback<String> {
    let (ctx, item) = (ctx.clone(), item.clone());
    Callback::from(move |value: String| {
        let mut next = item.clone();
        change(&mut next, value);
        ctx.dispatch(Action::Plan(next));
    })
}

fn row_html(ctx: &AppContext, n: usize, row: &PlanRow) -> Html {
    let lang = ctx.lang;
    let it = &row.item;
    let set_owner = edit(ctx, it, |p, v| p.owner = v);
    let set_due = {
        let ctx2 = ctx.clone();
        let on_date = edit(ctx, it, |p, v| p.due = Date::parse(&v).ok());
        Callback::from(move |v: String| {
            if v.is_empty() || Date::parse(&v).is_ok() {
                on_date.emit(v);
            } else {
                ctx2.dispatch(Action::Notify(Notice::says(true, &PLAN_BAD_DATE)));
            }
        })
    };
    let set_status = edit(ctx, it, |p, v| {
        p.status = PlanStatus::ALL.into_iter().find(|s| s.as_str() == v).unwrap_or_default();
    });
    let id = format!("plan-{n}");
    html! {
        <tr class={classes!(row.rule.is_none().then_some("orphan"))}>
            <td>{ n }</td>
            <td id={id.clone()}>{ row.text.get(lang).to_string() }</td>
            <td>{ row.rule.map(|r| rule_label(r, lang)).unwrap_or_else(|| NO_LONGER_PROPOSED.get(lang).to_string()) }
                if row.policy { <span class="policy">{ format!(" ({})", POLICY.get(lang)) }</span> }</td>
            <td><input type="text" value={it.owner.clone()} aria-label={format!("{} {n}", PLAN_OWNER_FOR.get(lang))}
                onchange={Callback::from(move |e: Event| set_owner.emit(e.target_unchecked_into::<HtmlInputElement>().value()))} /></td>
            <td><input type="date" value={it.due.map(|d| d.to_string()).unwrap_or_default()} aria-label={format!("{} {n}", PLAN_DUE_FOR.get(lang))}
                onchange={Callback::from(move |e: Event| set_due.emit(e.target_unchecked_into::<HtmlInputElement>().value()))} /></td>
            <td><select aria-label={format!("{} {n}", PLAN_STATUS_FOR.get(lang))}
                onchange={Callback::from(move |e: Event| set_status.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                { for PlanStatus::ALL.into_iter().map(|s| html! {
                    <option value={s.as_str()} selected={s == it.status}>{ s.label().get(lang).to_string() }</option>
                }) }
            </select></td>
        </tr>
    }
}

/// The action plan of the evaluation with its texts (`None` while they are written: the section
/// says so). `services`: the ids of the services shown (the result's page of a portfolio), `None`
/// for all; rows keep their numbers in the whole plan, and copying copies the whole plan.
pub fn action_plan(ctx: &AppContext, texts: Option<&Evaluation>, services: Option<&[&str]>) -> Html {
    let lang = ctx.lang;
    let Some(ev) = texts else {
        return html! {
            <section aria-labelledby="plan-heading" aria-busy="true">
                <h2 id="plan-heading">{ ACTION_PLAN.get(lang) }</h2>
                <p class="help">{ COMPUTING.get(lang) }</p>
            </section>
        };
    };
    let rows = plan::rows(&ctx.assessment, ev, Version::Internal);
    let copy = {
        let (ctx, text) = (ctx.clone(), plan::as_text(&rows, lang));
        Callback::from(move |_| {
            let (ctx, text) = (ctx.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                ctx.dispatch(Action::Notify(Notice::says(!ok, if ok { &COPIED } else { &COPY_FAILED })));
            });
        })
    };
    let shown = |r: &PlanRow| services.is_none_or(|ids| ids.contains(&r.item.service.as_str()));
    html! {
        <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ ACTION_PLAN.get(lang) }</h2>
            if rows.is_empty() { <p>{ NONE.get(lang) }</p> } else {
                <p class="help">{ PLAN_HELP.get(lang) }</p>
                if services.is_some() { <p class="help">{ PLAN_PAGE.get(lang) }</p> }
                <div class="table-wrap">
                <table class="plan">
                    <thead><tr>
                        <th scope="col">{ "#" }</th><th scope="col">{ MEASURES.get(lang) }</th><th scope="col">{ RULE.get(lang) }</th>
                        <th scope="col">{ OWNER.get(lang) }</th><th scope="col">{ DUE.get(lang) }</th><th scope="col">{ STATUS.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().enumerate().filter(|(_, r)| shown(r)).map(|(i, r)| row_html(ctx, i + 1, r)) }</tbody>
                </table>
                </div>
                <button type="button" class="no-print" onclick={copy}>{ COPY.get(lang) }</button>
            }
        </section>
    }
}
