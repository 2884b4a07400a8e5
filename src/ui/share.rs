//! "Dela och spara": sharing is a choice, explained. A link pasted into e-mail or chat is stored by
//! that service (perhaps the very provider being assessed) and may become an allmän handling; the
//! fragment after `#` is never sent to a web server, but it stays in browser history. Offers the
//! full link, a link without security configuration (OSL 18 kap. 8 §) and a passphrase-protected
//! link, the JSON file as an alternative, and the local-draft settings.

use super::browser;
use super::crypto;
use super::persistence;
use super::state::{Action, AppContext, Notice};
use super::texts::*;
use crate::codec::{encode, encode_public};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Links longer than this may be cut or rewritten by e-mail and chat services.
const LONG_LINK: usize = 2000;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Full,
    WithoutConfiguration,
    Passphrase,
}

#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let kind = use_state(|| Kind::Passphrase);
    let passphrase = use_state(String::new);
    let link = use_state(|| None::<String>);
    let autosave = use_state(persistence::autosave);

    let choose = |k: Kind| {
        let (kind, link) = (kind.clone(), link.clone());
        Callback::from(move |_: Event| {
            kind.set(k);
            link.set(None);
        })
    };
    let on_pass = {
        let (passphrase, link) = (passphrase.clone(), link.clone());
        Callback::from(move |e: InputEvent| {
            passphrase.set(e.target_unchecked_into::<HtmlInputElement>().value());
            link.set(None);
        })
    };
    let make = {
        let (ctx, kind, passphrase, link) = (ctx.clone(), kind.clone(), passphrase.clone(), link.clone());
        Callback::from(move |_| {
            let a = &*ctx.assessment;
            match *kind {
                Kind::Full => link.set(Some(persistence::url_with(&encode(a)))),
                Kind::WithoutConfiguration => link.set(Some(persistence::url_with(&encode_public(a)))),
                Kind::Passphrase => {
                    if passphrase.chars().count() < 12 {
                        ctx.dispatch(Action::Notify(Notice::says(true, &PASSPHRASE_TOO_SHORT)));
                        return;
                    }
                    let (fragment, pass, link, ctx) = (encode(a), (*passphrase).clone(), link.clone(), ctx.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match crypto::encrypt(&fragment, &pass).await {
                            Ok(f) => link.set(Some(persistence::url_with(&f))),
                            Err(_) => ctx.dispatch(Action::Notify(Notice::says(true, &CRYPTO_FAILED))),
                        }
                    });
                }
            }
        })
    };
    let copy = {
        let (ctx, link) = (ctx.clone(), link.clone());
        Callback::from(move |_| {
            let Some(text) = (*link).clone() else { return };
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                ctx.dispatch(Action::Notify(Notice::says(!ok, if ok { &COPIED } else { &COPY_FAILED })));
            });
        })
    };
    let download = {
        let a = ctx.assessment.clone();
        Callback::from(move |_| {
            browser::download("molnbedomning.json", "application/json", &crate::model::assessment_json(&a, true))
        })
    };
    let toggle_autosave = {
        let (autosave, ctx) = (autosave.clone(), ctx.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            persistence::set_autosave(on);
            if on {
                persistence::save_draft(&ctx.assessment);
            }
            autosave.set(on);
        })
    };
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            persistence::clear_draft();
            ctx.dispatch(Action::Notify(Notice::says(false, &DRAFT_CLEARED)));
        })
    };
    let option = |k: Kind, id: &'static str, label: &T, help: &T| {
        html! {
            <div class="profile">
                <input type="radio" name="share-kind" id={id} checked={*kind == k} onchange={choose(k)} aria-describedby={format!("{id}-help")} />
                <label for={id}>{ label.get(lang) }</label>
                <p class="help" id={format!("{id}-help")}>{ help.get(lang) }</p>
            </div>
        }
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h1 id="share-heading">{ SHARE.get(lang) }</h1>
            <p>{ SHARE_EXPLAIN.get(lang) }</p>
            <fieldset class="profiles">
                <legend>{ SHARE_KIND.get(lang) }</legend>
                { option(Kind::Passphrase, "share-pass", &SHARE_PASS, &SHARE_PASS_HELP) }
                { option(Kind::WithoutConfiguration, "share-public", &SHARE_PUBLIC, &SHARE_PUBLIC_HELP) }
                { option(Kind::Full, "share-full", &SHARE_FULL, &SHARE_FULL_HELP) }
            </fieldset>
            if *kind == Kind::Passphrase {
                <div class="field">
                    <label for="share-passphrase">{ PASSPHRASE.get(lang) }</label>
                    <input id="share-passphrase" type="password" autocomplete="new-password" value={(*passphrase).clone()} oninput={on_pass} />
                    <p class="help">{ PASSPHRASE_HELP.get(lang) }</p>
                </div>
            }
            <button type="button" onclick={make}>{ MAKE_LINK.get(lang) }</button>
            if let Some(url) = &*link {
                <div class="field">
                    <label for="share-link">{ LINK.get(lang) }{ format!(" ({} {})", url.chars().count(), CHARACTERS.get(lang)) }</label>
                    <textarea id="share-link" readonly=true rows="4" value={url.clone()} />
                </div>
                if url.chars().count() > LONG_LINK {
                    <p class="overdue" role="note">{ "⚠ " }{ LINK_TOO_LONG.get(lang) }</p>
                }
                <button type="button" onclick={copy}>{ COPY_LINK.get(lang) }</button>
            }
            <button type="button" onclick={download}>{ EXPORT_JSON.get(lang) }</button>
            <h2>{ SUPPLIER_LINK.get(lang) }</h2>
            <p class="help">{ SUPPLIER_LINK_HELP.get(lang) }</p>
            { for ctx.assessment.services.iter().enumerate().map(|(s, svc)| {
                let q = crate::analysis::questionnaire::questionnaire(&ctx.assessment, s);
                let url = persistence::url_with(&crate::codec::encode_questionnaire(&q));
                let id = format!("supplier-link-{s}");
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ format!("{} ({} {})", svc.name, q.questions.len(), QUESTIONS.get(lang).to_lowercase()) }</label>
                        <textarea id={id} readonly=true rows="2" value={url} />
                    </div>
                }
            }) }
            <h2>{ DRAFT.get(lang) }</h2>
            <div class="field check">
                <input type="checkbox" id="autosave" checked={*autosave} onchange={toggle_autosave} aria-describedby="autosave-help" />
                <label for="autosave">{ AUTOSAVE.get(lang) }</label>
                <p class="help" id="autosave-help">{ AUTOSAVE_HELP.get(lang) }</p>
            </div>
            <button type="button" class="remove" onclick={clear}>{ CLEAR_DRAFT.get(lang) }</button>
        </section>
    }
}

/// A link waiting for a decision: keep the current work or open the link; or its passphrase.
#[function_component(PendingDialog)]
pub fn pending_dialog() -> Html {
    let ctx = use_context::<AppContext>().expect("AppContext");
    let lang = ctx.lang;
    let passphrase = use_state(String::new);
    // Focus goes into the dialog when it opens (to the passphrase, or the first choice).
    use_effect_with(ctx.pending.is_some(), |open| {
        if *open {
            let focus = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("#unlock-passphrase, .pending button").ok().flatten());
            if let Some(el) = focus.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
    });
    let Some(pending) = ctx.pending.clone() else { return html! {} };
    // With no work of one's own there is no draft to keep: the choice is to cancel.
    let keep_label = if ctx.own_work { KEEP_DRAFT.get(lang) } else { CANCEL.get(lang) };
    let keep_link = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::KeepLink))
    };
    let keep_current = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::KeepCurrent))
    };
    let body = match pending {
        super::state::Pending::Choose(link, _) => html! {
            <>
            <p>{ LINK_OR_DRAFT.get(lang) }</p>
            <p><strong>{ LINK.get(lang) }{ ": " }</strong>{ if link.title.is_empty() { link.services.first().map(|s| s.name.clone()).unwrap_or_default() } else { link.title.clone() } }</p>
            <button type="button" onclick={keep_link}>{ OPEN_LINK.get(lang) }</button>
            <button type="button" onclick={keep_current.clone()}>{ keep_label }</button>
            </>
        },
        super::state::Pending::Passphrase(fragment) => {
            let unlock = {
                let (ctx, passphrase) = (ctx.clone(), passphrase.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let (ctx, fragment, pass) = (ctx.clone(), fragment.clone(), (*passphrase).clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match crypto::decrypt(&fragment, &pass).await {
                            Ok(inner) => ctx.dispatch(Action::Fragment(inner)),
                            Err(e) => ctx.dispatch(Action::Notify(Notice::error(&e))),
                        }
                    });
                })
            };
            let on_pass = {
                let passphrase = passphrase.clone();
                Callback::from(move |e: InputEvent| {
                    passphrase.set(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            html! {
                <form onsubmit={unlock}>
                    <p>{ LINK_LOCKED.get(lang) }</p>
                    <div class="field">
                        <label for="unlock-passphrase">{ PASSPHRASE.get(lang) }</label>
                        <input id="unlock-passphrase" type="password" autocomplete="off" value={(*passphrase).clone()} oninput={on_pass} />
                    </div>
                    <button type="submit">{ UNLOCK.get(lang) }</button>
                    <button type="button" onclick={keep_current}>{ keep_label }</button>
                </form>
            }
        }
    };
    html! {
        <div class="dialog-backdrop">
            <section class="pending" role="dialog" aria-labelledby="pending-heading" aria-modal="true">
                <h2 id="pending-heading">{ LINK_ARRIVED.get(lang) }</h2>
                { body }
            </section>
        </div>
    }
}
