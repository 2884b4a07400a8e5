//! The start view: continue the draft, a new assessment, an example (each labelled with its
//! historical legal date), or an assessment file. A fresh visit opens here, not on an example's
//! verdicts.

use super::state::{Action, AppContext, View};
use super::texts::*;
use crate::model::{Assessment, Lang};
use crate::presets::{blank, current};
use yew::prelude::*;

#[function_component(StartView)]
pub fn start_view() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    // Replacing one's own work is asked first: (what would replace it, the view it opens at).
    let confirm = use_state(|| None::<(Assessment, View, bool)>);
    let examples = use_memo((), |_| current().map(|p| (p, p.assessment().legal_date)).collect::<Vec<_>>());
    let start = {
        let (ctx, confirm) = (ctx.clone(), confirm.clone());
        // `new`: a blank assessment whose first questions are tracked ("ej ifyllt").
        Callback::from(move |(a, view, new): (Assessment, View, bool)| {
            if ctx.own_work {
                confirm.set(Some((a, view, new)));
            } else {
                ctx.dispatch(if new { Action::New(a) } else { Action::Load(a) });
                ctx.dispatch(Action::Show(view));
            }
        })
    };
    let replace = {
        let (ctx, confirm) = (ctx.clone(), confirm.clone());
        Callback::from(move |_| {
            if let Some((a, view, new)) = (*confirm).clone() {
                ctx.dispatch(if new { Action::New(a) } else { Action::Load(a) });
                ctx.dispatch(Action::Show(view));
            }
            confirm.set(None);
        })
    };
    let cancel = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(None))
    };
    let new_assessment = {
        let start = start.clone();
        Callback::from(move |_| start.emit((blank(), View::Organisation, true)))
    };
    let continue_draft = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Show(View::Result)))
    };
    // An import is a deliberate choice of a file: it replaces the draft as "Öppna" does.
    let import = super::view_report::import_assessment(&ctx, Some(View::Result));
    let draft_title =
        if ctx.assessment.title.is_empty() { UNTITLED.get(lang).to_string() } else { ctx.assessment.title.clone() };
    html! {
        <section aria-labelledby="start-heading" class="start">
            <h1 id="start-heading">{ START_HEADING.get(lang) }</h1>
            <p class="lead">{ START_LEAD.get(lang) }</p>
            if confirm.is_some() {
                <div class="confirm" role="alert">
                    <p>{ REPLACE_DRAFT_WARNING.get(lang) }</p>
                    <button type="button" onclick={replace}>{ REPLACE_DRAFT.get(lang) }</button>
                    <button type="button" onclick={cancel}>{ CANCEL.get(lang) }</button>
                </div>
            }
            <div class="start-choices">
                if ctx.own_work {
                    <section aria-labelledby="start-draft">
                        <h2 id="start-draft">{ START_CONTINUE.get(lang) }</h2>
                        <p>{ START_CONTINUE_HELP.get(lang) }</p>
                        <button type="button" class="primary" onclick={continue_draft}>{ format!("{}: {draft_title}", START_CONTINUE.get(lang)) }</button>
                    </section>
                }
                <section aria-labelledby="start-new">
                    <h2 id="start-new">{ START_NEW.get(lang) }</h2>
                    <p>{ START_NEW_HELP.get(lang) }</p>
                    <button type="button" class={classes!((!ctx.own_work).then_some("primary"))} onclick={new_assessment}>{ START_NEW.get(lang) }</button>
                </section>
                <section aria-labelledby="start-import">
                    <h2 id="start-import">{ START_IMPORT.get(lang) }</h2>
                    <p>{ START_IMPORT_HELP.get(lang) }</p>
                    <label for="start-import-file">{ IMPORT_JSON.get(lang) }</label>
                    <input id="start-import-file" type="file" accept="application/json,.json" onchange={import} />
                </section>
            </div>
            <section aria-labelledby="start-examples">
                <h2 id="start-examples">{ START_EXAMPLES.get(lang) }</h2>
                <p>{ START_EXAMPLES_HELP.get(lang) }</p>
                <ul class="examples">
                    { for examples.iter().map(|(p, date)| {
                        let start = start.clone();
                        let id = p.id;
                        let open = Callback::from(move |_| {
                            if let Some(p) = crate::presets::preset(id) {
                                start.emit((p.assessment(), View::Result, false));
                            }
                        });
                        let (title, note) = if lang == Lang::Sv { (p.title_sv, p.note_sv) } else { (p.title_en, p.note_en) };
                        html! {
                            <li>
                                <button type="button" onclick={open}>
                                    <span class="example-label">{ format!("{} {date}", EXAMPLE_LEGAL_DATE.get(lang)) }</span>
                                    { " " }{ title }
                                </button>
                                if !note.is_empty() { <p class="help">{ note }</p> }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </section>
    }
}
