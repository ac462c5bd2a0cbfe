//! The first screen rendered at build time (`src/bin/prerender.rs`): the element that holds it
//! in `index.html`, the parts of it held back until its top has painted, and whether the app
//! should draw its own first screen whole at once.

use yew::prelude::*;

/// DOM id of the first screen rendered at build time, in `index.html`.
pub const SNAPSHOT_ID: &str = "snapshot";

/// `true` while rendering at build time, and in the browser while the first screen built ahead
/// is still on the page: the article has painted already, so the app draws everything in its
/// first render (no article cut short, no side panels added a task later) and the swap shows
/// nothing missing. Otherwise the app paints the article first and the rest after.
pub fn draw_whole() -> bool {
    BUILT_AHEAD
        || web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.get_element_by_id(SNAPSHOT_ID).is_some())
}

/// Removes the first screen built ahead, once the app has rendered its own.
pub fn remove_snapshot() {
    if let Some(snapshot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SNAPSHOT_ID))
    {
        snapshot.remove();
    }
}

/// `true` while rendering the first screen at build time (`src/bin/prerender.rs`, native); in
/// the browser the app renders live.
pub const BUILT_AHEAD: bool = !cfg!(target_arch = "wasm32");

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    #[prop_or_default]
    pub children: Html,
}

/// A part of the first screen that need not paint with its top (the article below the first
/// screenful, the side panels). Built ahead, its children go into `<noscript data-later>`: the
/// browser does not lay them out for the first paint, `boot.js` puts them in place one paint
/// later, and without JavaScript they show where they stand. Live, the children as they are.
#[component]
pub fn Later(props: &LaterProps) -> Html {
    if BUILT_AHEAD {
        html! { <noscript data-later="">{ props.children.clone() }</noscript> }
    } else {
        props.children.clone()
    }
}
