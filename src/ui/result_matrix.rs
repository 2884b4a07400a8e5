//! The result matrix of one service: information types × dimensions, verdict per cell as icon and
//! text (never colour alone); the overall verdict opens the reasoning.

use super::state::{Action, AppContext};
use super::texts::{INFORMATION, OVERALL, POLICY_DECIDES, POLICY_SHORT};
use crate::model::Lang;
use crate::rules::{Dimension, Verdict};
use yew::prelude::*;

/// Icon and class for a verdict; the text label always accompanies it.
/// A column heading with soft hyphens at the joints of Swedish compounds, so a narrow column breaks
/// "Tredjelands-/överföring" and never mid-syllable (Chromium has no Swedish hyphenation dictionary).
fn hyphenated(label: &str) -> String {
    const JOINTS: [&str; 4] = ["Tredjelands", "Personuppgifts", "Säkerhets", "Informations"];
    match JOINTS.iter().find(|j| label.len() > j.len() && label.starts_with(*j)) {
        Some(j) => format!("{j}\u{ad}{}", &label[j.len()..]),
        None => label.to_string(),
    }
}

pub fn verdict_badge(verdict: Verdict, lang: Lang) -> Html {
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
    pub service: AttrValue,
}

#[function_component(ResultMatrix)]
pub fn result_matrix(props: &Props) -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let rows = ctx.assessment.information_types.iter().filter_map(|info| {
        let cell = ctx.evaluation.cell(&props.service, &info.id)?;
        let select = {
            let ctx = ctx.clone();
            let (service, info_id) = (props.service.to_string(), info.id.clone());
            Callback::from(move |_| ctx.dispatch(Action::Select(service.clone(), info_id.clone())))
        };
        let selected = ctx.selected.as_ref().is_some_and(|(s, i)| *s == *props.service && *i == info.id);
        Some(html! {
            <tr data-info-type={info.id.clone()}>
                <th scope="row">{ info.name.clone() }</th>
                <td data-dimension="overall">
                    <button type="button" class="open-cell" aria-pressed={selected.to_string()} onclick={select}
                        aria-label={format!("{}: {} – {}", info.name, OVERALL.get(lang), cell.overall.label().get(lang))}>
                        { verdict_badge(cell.overall, lang) }
                    </button>
                </td>
                { for cell.dimensions.iter().map(|d| html! {
                    <td data-dimension={d.dimension.as_str()}>
                        { verdict_badge(d.verdict, lang) }
                        if d.decided_by_policy() {
                            <span class="policy-mark" title={POLICY_DECIDES.get(lang)}>{ " (" }{ POLICY_SHORT.get(lang) }{ ")" }</span>
                        }
                    </td>
                }) }
            </tr>
        })
    });
    html! {
        <div class="table-wrap">
            <table class="matrix">
                <thead>
                    <tr>
                        <th scope="col">{ INFORMATION.get(lang) }</th>
                        <th scope="col">{ OVERALL.get(lang) }</th>
                        { for Dimension::ALL.iter().map(|d| html! { <th scope="col">{ hyphenated(d.label().get(lang)) }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
