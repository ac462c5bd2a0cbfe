//! Draws its children only once the page has painted: the article shows first, and the map,
//! timeline and tables (with the basemap to decode) follow in the next task. When the first
//! screen built ahead (`crate::first_screen`) has painted already, they are drawn at once.
//!
//! Later, a new long article (a big import, or one opened from the library) reaches the children
//! a paint or more after the reader has drawn its start: until then they show the previous one
//! (they are given the app state as it was), so that each side panel draws in a task of its own.

use yew::prelude::*;

use crate::derive::article_identity;
use crate::hooks::{after_paint, use_app, AppContext};

/// Articles with more text than this reach the side panels after the reader (smaller ones draw
/// quickly enough in one task).
const LONG_ARTICLE_BYTES: usize = 32 * 1024;

#[derive(Properties, PartialEq)]
pub struct AfterFirstPaintProps {
    #[prop_or_default]
    pub children: Html,
    /// Paints to wait, beyond the first, before a new long article reaches the children.
    #[prop_or_default]
    pub later: u32,
}

/// Runs `f` after `n + 1` paints.
fn after_paints(n: u32, f: impl FnOnce() + 'static) {
    after_paint(move || if n == 0 { f() } else { after_paints(n - 1, f) });
}

#[component]
pub fn AfterFirstPaint(props: &AfterFirstPaintProps) -> Html {
    let app = use_app();
    // With the first screen built ahead on the page, the article has painted already.
    let painted = use_state(crate::first_screen::draw_whole);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            if !*painted {
                after_paint(move || painted.set(true));
            }
        });
    }
    // The article the children have been given, and the state they see.
    let identity = article_identity(&app.analysis);
    let released = use_state_eq(|| identity);
    let given = use_mut_ref(|| app.clone());
    if *released == identity || identity.1 <= LONG_ARTICLE_BYTES {
        *given.borrow_mut() = app.clone();
    }
    {
        let released = released.clone();
        let later = props.later;
        use_effect_with(identity, move |&identity| {
            if identity.1 <= LONG_ARTICLE_BYTES {
                released.set(identity);
            } else if *released != identity {
                after_paints(later, move || released.set(identity));
            }
        });
    }
    if *painted {
        let context: AppContext = given.borrow().clone();
        html! {
            <ContextProvider<AppContext> {context}>
                { props.children.clone() }
            </ContextProvider<AppContext>>
        }
    } else {
        Html::default()
    }
}
