//! Pieces shared by the modal dialogs (import, library, corrections).

use yew::prelude::*;

/// The × button in a dialog's head.
pub fn close_button(onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="dialog-close" aria-label="Close" {onclick}>
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
        </button>
    }
}
