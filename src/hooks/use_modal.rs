//! A native modal `<dialog>` kept open exactly while the state says so.

use yew::prelude::*;

/// Opens (`showModal`) or closes the `<dialog>` behind `dialog_ref` whenever `open` changes.
#[hook]
pub fn use_modal(dialog_ref: &NodeRef, open: bool) {
    let dialog_ref = dialog_ref.clone();
    use_effect_with(open, move |&open| {
        if let Some(d) = dialog_ref.cast::<web_sys::HtmlDialogElement>() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
}
