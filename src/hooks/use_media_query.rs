//! `use_media_query`: whether a CSS media query matches, kept up to date on changes.

use gloo::events::EventListener;
use yew::prelude::*;

fn query_list(query: &str) -> Option<web_sys::MediaQueryList> {
    // Rendered at build time (`prerender`), there is no browser to ask.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.match_media(query).ok().flatten()
}

/// `true` while `query` (e.g. `"(max-width: 899.98px)"`) matches; `false` where media
/// queries are unavailable.
#[hook]
pub fn use_media_query(query: &str) -> bool {
    let query = query.to_string();
    let matches = use_state({
        let query = query.clone();
        move || query_list(&query).is_some_and(|m| m.matches())
    });
    {
        let matches = matches.clone();
        use_effect_with(query, move |query| {
            let listener = query_list(query).map(|list| {
                let target = list.clone();
                matches.set(list.matches());
                EventListener::new(&target, "change", move |_| matches.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}
