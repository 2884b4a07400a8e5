//! A portfolio is shown ten services (or information types) a page (issue 15: 50 services × 40
//! information types stay responsive, an edit renders one page): the page a view is at, and its
//! pager ("Tjänst 11–20 av 50" between the previous and next buttons).

use super::texts::*;
use crate::model::Lang;
use yew::prelude::*;

/// Things shown at a time.
pub const PER_PAGE: usize = 10;

/// The pager's name, its "{from}–{to} of {n}", and its two buttons.
pub type PagerTexts = [&'static T; 4];
pub const SERVICES: PagerTexts = [&SERVICE_PAGES, &SERVICES_SHOWN, &PREVIOUS_SERVICES, &NEXT_SERVICES];
pub const INFORMATION_TYPES: PagerTexts = [&INFO_PAGES, &INFOS_SHOWN, &PREVIOUS_INFOS, &NEXT_INFOS];

/// The page a view is at among `items` things.
#[derive(Clone)]
pub struct Page {
    /// From 0; always a page that exists, also after things were removed.
    pub index: usize,
    pub pages: usize,
    items: usize,
    turn: Callback<usize>,
}

/// The page of a view, kept while it is shown.
#[hook]
pub fn use_page(items: usize) -> Page {
    let state = use_state(|| 0usize);
    let pages = items.div_ceil(PER_PAGE);
    let index = (*state).min(pages.saturating_sub(1));
    Page { index, pages, items, turn: Callback::from(move |p: usize| state.set(p)) }
}

impl Page {
    /// The positions on this page.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.index * PER_PAGE..((self.index + 1) * PER_PAGE).min(self.items)
    }

    /// Turns to the page that will hold one more thing (after "add").
    pub fn to_the_added(&self) {
        self.turn.emit(self.items / PER_PAGE);
    }

    /// The pager, when there is more than one page.
    pub fn view(&self, lang: Lang, [name, shown, previous, next]: PagerTexts) -> Html {
        if self.pages <= 1 {
            return Html::default();
        }
        let range = self.range();
        let shown = shown
            .get(lang)
            .replace("{from}", &(range.start + 1).to_string())
            .replace("{to}", &range.end.to_string())
            .replace("{n}", &self.items.to_string());
        let go = |to_page: usize| {
            let turn = self.turn.clone();
            Callback::from(move |_| turn.emit(to_page))
        };
        html! {
            <nav class="pager" aria-label={name.get(lang)}>
                <button type="button" disabled={self.index == 0} onclick={go(self.index.saturating_sub(1))}>{ "← " }{ previous.get(lang) }</button>
                <span role="status">{ shown }</span>
                <button type="button" disabled={range.end == self.items} onclick={go(self.index + 1)}>{ next.get(lang) }{ " →" }</button>
            </nav>
        }
    }
}
