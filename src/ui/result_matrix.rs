//! The result matrix: information types × dimensions, verdict per cell as icon + text.

use super::state::{Action, AppState};
use super::texts::{INFORMATION, OVERALL};
use crate::rules::{Dimension, Verdict};
use yew::prelude::*;

/// Icon and CSS class for a verdict; the text label always accompanies it (never colour alone).
pub fn verdict_badge(verdict: Verdict, lang: crate::model::Lang) -> Html {
    let (icon, class) = match verdict {
        Verdict::Allowed => ("✔", "v-allowed"),
        Verdict::AllowedWithConditions => ("◐", "v-conditions"),
        Verdict::NeedsInformation => ("?", "v-info"),
        Verdict::NotAllowed => ("✖", "v-not-allowed"),
    };
    html! {
        <span class={classes!("verdict", class)} data-verdict={verdict.as_str()}>
            <span class="icon" aria-hidden="true">{ icon }</span>
            { verdict.label().get(lang).to_string() }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub service: AttrValue,
}

#[function_component(ResultMatrix)]
pub fn result_matrix(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let rows = state.assessment.information_types.iter().filter_map(|info| {
        let cell = state.evaluation.cell(&props.service, &info.id)?;
        let select = {
            let state = state.clone();
            let (service, info_id) = (props.service.to_string(), info.id.clone());
            Callback::from(move |_| state.dispatch(Action::Select(service.clone(), info_id.clone())))
        };
        let selected = state.selected.as_ref().is_some_and(|(s, i)| *s == *props.service && *i == info.id);
        Some(html! {
            <tr>
                <th scope="row">{ info.name.clone() }</th>
                { for cell.dimensions.iter().map(|d| html! {
                    <td data-dimension={d.dimension.as_str()}>{ verdict_badge(d.verdict, lang) }</td>
                }) }
                <td data-dimension="overall">
                    <button type="button" class="open-cell" aria-pressed={selected.to_string()} onclick={select}>
                        { verdict_badge(cell.overall, lang) }
                    </button>
                </td>
            </tr>
        })
    });
    html! {
        <table class="matrix">
            <thead>
                <tr>
                    <th scope="col">{ INFORMATION.get(lang) }</th>
                    { for Dimension::ALL.iter().map(|d| html! { <th scope="col">{ d.label().get(lang).to_string() }</th> }) }
                    <th scope="col">{ OVERALL.get(lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
