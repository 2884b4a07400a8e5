//! The page: header, the assessment's service and information, the result matrix and the open cell.

use super::cell_detail::CellDetail;
use super::result_matrix::ResultMatrix;
use super::state::{Action, AppState};
use super::texts::*;
use super::tri_field::TriField;
use crate::model::{Lang, ProfileId};
use crate::rules::legal_state::RATTSLAGE_PER;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let lang = state.lang;
    let a = &state.assessment;
    let toggle_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetLang(if lang == Lang::Sv { Lang::En } else { Lang::Sv })))
    };
    let profile = match a.profile {
        ProfileId::TechnicalProcessing => &PROFILE_TECHNICAL,
        ProfileId::Necessity => &PROFILE_NECESSITY,
        ProfileId::Strict => &PROFILE_STRICT,
    };
    let selected = state.selected.as_ref().and_then(|(s, i)| state.evaluation.cell(s, i)).cloned();
    html! {
        <>
        <header class="top">
            <div>
                <h1>{ APP_TITLE.get(lang) }</h1>
                <p class="tagline">{ TAGLINE.get(lang) }</p>
            </div>
            <button type="button" class="lang" lang={if lang == Lang::Sv { "en" } else { "sv" }} onclick={toggle_lang}>
                { SWITCH_LANGUAGE.get(lang) }
            </button>
        </header>
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ a.title.clone() }</h2>
            <dl>
                <dt>{ LEGAL_DATE.get(lang) }</dt><dd id="legal-date">{ a.legal_date.to_string() }</dd>
                <dt>{ KNOWLEDGE_DATE.get(lang) }</dt><dd>{ RATTSLAGE_PER.to_string() }</dd>
                <dt>{ PROFILE.get(lang) }</dt><dd>{ profile.get(lang) }</dd>
                { for a.services.iter().map(|s| html! { <><dt>{ SERVICE.get(lang) }</dt><dd>{ s.name.clone() }</dd></> }) }
            </dl>
            { for a.information_types.iter().map(|info| {
                let state = state.clone();
                let info_type = info.id.clone();
                let on_change = Callback::from(move |value| state.dispatch(Action::SetSecurityClassified { info_type: info_type.clone(), value }));
                html! {
                    <div class="info-type">
                        <h3>{ info.name.clone() }</h3>
                        <TriField id={format!("sakerhetsskydd-{}", info.id)} legend={SECURITY_CLASSIFIED.get(lang)}
                            value={info.security_classified} lang={lang} on_change={on_change} />
                    </div>
                }
            }) }
        </section>
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ RESULT.get(lang) }</h2>
            { for a.services.iter().map(|s| html! {
                <div class="service-result">
                    <h3>{ s.name.clone() }</h3>
                    <ResultMatrix state={state.clone()} service={s.id.clone()} />
                </div>
            }) }
            { for state.evaluation.notes.iter().map(|n| html! { <p class="note">{ n.get(lang).to_string() }</p> }) }
            if let Some(cell) = selected {
                <CellDetail cell={cell} lang={lang} />
            } else {
                <p class="hint">{ CHOOSE_CELL.get(lang) }</p>
            }
        </section>
        </>
    }
}
