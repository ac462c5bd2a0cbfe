//! `use_hash_sync`: keeps the shareable view (selection, filters, tab) in the URL hash, so a
//! view can be shared and the back button steps back through selections.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::state::{Action, View};

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Push a history entry for `hash` (or for no hash), keeping path and query.
fn push_hash(hash: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let url = if hash.is_empty() {
        let loc = w.location();
        format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
    } else {
        hash.to_string()
    };
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Call once, below the `AppProvider`.
#[hook]
pub fn use_hash_sync() {
    let app = use_app();

    // Read the hash on start and whenever the user navigates (back, forward, edited URL).
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            if let Some(view) = View::parse(&current_hash()) {
                app.dispatch(Action::ApplyView(view));
            }
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "popstate", move |_| {
                    if let Some(view) = View::parse(&current_hash()) {
                        app.dispatch(Action::ApplyView(view));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Write the hash whenever the view changes (not on the first render, which must not
    // overwrite a shared link before it is read).
    let started = use_mut_ref(|| false);
    let hash = app.view().to_hash();
    use_effect_with(hash, move |hash| {
        if !std::mem::replace(&mut *started.borrow_mut(), true) {
            return;
        }
        let now = current_hash();
        let ours = View::parse(&now).is_some();
        let same = *hash == now || (hash.is_empty() && (now.is_empty() || now == "#"));
        // A foreign anchor in the URL is left alone until the view has something to say.
        if !same && (ours || !hash.is_empty()) {
            push_hash(hash);
        }
    });
}
