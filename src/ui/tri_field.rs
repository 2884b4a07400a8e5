//! A yes / no / "vet ej" radio group: unknown is a first-class answer.

use super::texts::{NO, UNKNOWN, YES};
use crate::model::{Lang, Tri};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Unique id prefix for the inputs.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub value: Tri,
    pub lang: Lang,
    pub on_change: Callback<Tri>,
}

#[function_component(TriField)]
pub fn tri_field(props: &Props) -> Html {
    let options = [(Tri::Yes, &YES, "ja"), (Tri::No, &NO, "nej"), (Tri::Unknown, &UNKNOWN, "vet-ej")];
    html! {
        <fieldset class="tri">
            <legend>{ props.legend.clone() }</legend>
            { for options.into_iter().map(|(value, label, suffix)| {
                let id = format!("{}-{suffix}", props.id);
                let on_change = props.on_change.reform(move |_: Event| value);
                html! {
                    <label for={id.clone()}>
                        <input type="radio" id={id} name={props.id.clone()}
                            checked={props.value == value} onchange={on_change} />
                        { label.get(props.lang) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
