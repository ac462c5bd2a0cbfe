//! The "Open / paste" dialog and page-wide file drop: paste text, choose a file or drop one
//! anywhere; the input is checked by [`crate::storage`] (size, binary, encoding, JSON schema)
//! before anything changes, then analysed in the browser and shown and kept in the library.
//!
//! The analysis runs on the main thread (a Web Worker is out of scope for now): the dialog
//! shows "Analysing…" and yields a frame before starting so the message is painted; a 1 MB
//! article takes about a second, during which the page does not respond.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use yew::prelude::*;

use crate::hooks::{after_paint, use_library, Library, Panel};
use crate::storage::{self, human_size, ImportError, Input, Prepared, MAX_IMPORT_BYTES};

/// What the dialog is doing.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Busy(String),
    Error(String),
}

/// The `accept` list of the file picker.
pub const ACCEPT: &str = ".txt,.md,.markdown,.json,text/plain,text/markdown,application/json";

fn ms_since(start: f64) -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now() - start)
}

fn perf_now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// `0.8 s`, `120 ms`.
fn duration(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else if ms < 1.0 {
        "under 1 ms".to_string()
    } else {
        format!("{} ms", ms.round())
    }
}

/// Show a checked import: JSON at once, text after the "Analysing…" state has painted.
fn finish(prepared: Prepared, size: usize, status: UseStateHandle<Status>, library: Library) {
    let mut notes = prepared.notes();
    match prepared.input {
        Input::Analysis(analysis) => {
            status.set(Status::Idle);
            library.open_panel(None);
            library.show_imported(*analysis, &notes);
        }
        Input::Text(text) => {
            status.set(Status::Busy(format!("Analysing {} of text…", human_size(size))));
            after_paint(move || {
                let start = perf_now();
                let analysis = atlas_core::analyze(&text);
                let took = ms_since(start);
                notes.push(format!("Analysed in {}.", duration(took)));
                status.set(Status::Idle);
                library.open_panel(None);
                library.show_imported(analysis, &notes);
            });
        }
    }
}

fn fail(status: &UseStateHandle<Status>, library: &Library, e: impl std::fmt::Display) {
    status.set(Status::Error(e.to_string()));
    // A dropped file's error is shown in the dialog, so it opens if it was closed.
    library.open_panel(Some(Panel::Import));
}

/// Read, check and show one file.
fn import_file(file: web_sys::File, status: UseStateHandle<Status>, library: Library) {
    let name = file.name();
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        let size = size.min(usize::MAX as f64) as usize;
        return fail(&status, &library, ImportError::TooLarge { size, limit: MAX_IMPORT_BYTES });
    }
    status.set(Status::Busy(format!("Reading {name}…")));
    let on_error = {
        let status = status.clone();
        let library = library.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |e: JsValue| {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "the browser could not read it".into());
            fail(&status, &library, format!("The file could not be read: {why}."));
        })
    };
    let on_read = Closure::<dyn FnMut(JsValue)>::once(move |buffer: JsValue| {
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        match storage::prepare_file(&name, &bytes) {
            Ok(prepared) => finish(prepared, bytes.len(), status, library),
            Err(e) => fail(&status, &library, e),
        }
    });
    let _ = file.array_buffer().then2(&on_read, &on_error);
    // One of the two runs, once; both are small, so they are left to live with the page.
    on_read.forget();
    on_error.forget();
}

/// Whether a drag carries files (not text or a link dragged within the page).
fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// The dialog (mounted once, opened from the header) plus the drop overlay.
#[component]
pub fn ImportDialog() -> Html {
    let library = use_library();
    let status = use_state(|| Status::Idle);
    let dragging = use_state(|| false);
    let dialog_ref = use_node_ref();
    let text_ref = use_node_ref();
    let file_ref = use_node_ref();
    let is_open = library.panel == Some(Panel::Import);

    // Open and close the native modal dialog with the state.
    {
        let dialog_ref = dialog_ref.clone();
        use_effect_with(is_open, move |&is_open| {
            if let Some(d) = dialog_ref.cast::<web_sys::HtmlDialogElement>() {
                if is_open && !d.open() {
                    let _ = d.show_modal();
                } else if !is_open && d.open() {
                    d.close();
                }
            }
        });
    }

    // Page-wide drag and drop of a file.
    {
        let dragging = dragging.clone();
        let status = status.clone();
        let library = library.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let opts = EventListenerOptions::enable_prevent_default();
            let d1 = dragging.clone();
            let enter = EventListener::new_with_options(&document, "dragenter", opts, move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::DragEvent>().filter(|e| has_files(e)) {
                    e.prevent_default();
                    d1.set(true);
                }
            });
            let over = EventListener::new_with_options(&document, "dragover", opts, move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::DragEvent>().filter(|e| has_files(e)) {
                    e.prevent_default();
                    if let Some(dt) = e.data_transfer() {
                        dt.set_drop_effect("copy");
                    }
                }
            });
            let d2 = dragging.clone();
            let leave = EventListener::new(&document, "dragleave", move |e| {
                // Only when the pointer leaves the window (no element entered).
                if let Some(e) = e.dyn_ref::<web_sys::DragEvent>() {
                    if e.related_target().is_none() {
                        d2.set(false);
                    }
                }
            });
            let d3 = dragging.clone();
            let dropped = EventListener::new_with_options(&document, "drop", opts, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
                d3.set(false);
                let files = e.data_transfer().and_then(|dt| dt.files());
                let Some(files) = files.filter(|f| f.length() > 0) else { return };
                e.prevent_default();
                if let Some(file) = files.get(0) {
                    import_file(file, status.clone(), library.clone());
                }
            });
            move || drop((enter, over, leave, dropped))
        });
    }

    let close = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.open_panel(None))
    };
    // Esc (the dialog's `cancel`) or `close()`: keep the state in step, focus the opener.
    let onclose = {
        let library = library.clone();
        let status = status.clone();
        Callback::from(move |_: Event| {
            library.open_panel(None);
            if matches!(*status, Status::Error(_)) {
                status.set(Status::Idle);
            }
            if let Some(b) = gloo::utils::document()
                .get_element_by_id("open-import")
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = b.focus();
            }
        })
    };
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    let onbackdrop = {
        let library = library.clone();
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(d) = dialog_ref.cast::<web_sys::Element>() else { return };
            let on_dialog = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == d);
            if on_dialog {
                let r = d.get_bounding_client_rect();
                let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
                if x < r.left() || x > r.right() || y < r.top() || y > r.bottom() {
                    library.open_panel(None);
                }
            }
        })
    };
    let analyse = {
        let status = status.clone();
        let library = library.clone();
        let text_ref = text_ref.clone();
        Rc::new(move || {
            let Some(area) = text_ref.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let text = area.value();
            match storage::prepare_text(&text) {
                Ok(prepared) => {
                    area.set_value("");
                    finish(prepared, text.len(), status.clone(), library.clone());
                }
                Err(e) => {
                    status.set(Status::Error(e.to_string()));
                    let _ = area.focus();
                }
            }
        })
    };
    let onanalyse = {
        let analyse = analyse.clone();
        Callback::from(move |_: MouseEvent| analyse())
    };
    let onfile = {
        let status = status.clone();
        let library = library.clone();
        let file_ref = file_ref.clone();
        Callback::from(move |_: Event| {
            let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() else { return };
            let file = input.files().and_then(|f| f.get(0));
            // Cleared so that choosing the same file again is a change too.
            input.set_value("");
            if let Some(file) = file {
                import_file(file, status.clone(), library.clone());
            }
        })
    };
    let ontextkey = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            analyse();
        }
    });

    let busy = matches!(*status, Status::Busy(_));
    let limit = human_size(MAX_IMPORT_BYTES);
    html! {
        <>
            <div class={classes!("drop-overlay", dragging.then_some("is-active"))} aria-hidden="true">
                <div class="drop-overlay-box">
                    <svg viewBox="0 0 24 24" width="40" height="40" focusable="false">
                        <path d="M12 4v11m0 0-4-4m4 4 4-4M5 17v3h14v-3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                    </svg>
                    <p>{ "Drop the file to open it" }</p>
                    <p class="drop-overlay-hint">{ format!("Text, Markdown or Article Atlas JSON, up to {limit}. It stays on your computer.") }</p>
                </div>
            </div>
            <dialog
                id="import-dialog"
                class={classes!("app-dialog", "import-dialog", dragging.then_some("is-dragging"))}
                aria-labelledby="import-title"
                aria-describedby="import-desc"
                aria-busy={busy.to_string()}
                ref={dialog_ref}
                {onclose}
                onclick={onbackdrop}
            >
                <div class="dialog-head">
                    <h2 id="import-title">{ "Open an article" }</h2>
                    <button type="button" class="dialog-close" aria-label="Close" onclick={close}>
                        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                            <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                        </svg>
                    </button>
                </div>
                <p id="import-desc" class="dialog-desc">
                    { "Paste an article, open a file, or drop one anywhere on the page. It is analysed here in your browser and kept in your library on this device; nothing is uploaded." }
                </p>
                <div class="import-section">
                    <label for="import-text" class="import-label">{ "Article text" }</label>
                    <textarea
                        id="import-text"
                        class="import-text"
                        rows="9"
                        dir="auto"
                        spellcheck="false"
                        autofocus=true
                        placeholder={"Title\n\nMar 3, 2022\n\nOn March 1, 2022, …"}
                        aria-describedby="import-text-hint"
                        disabled={busy}
                        ref={text_ref}
                        onkeydown={ontextkey}
                    />
                    <div class="import-row">
                        <p id="import-text-hint" class="import-hint">{ "Plain text or Markdown, as copied from the article's page. Ctrl+Enter analyses." }</p>
                        <button type="button" id="import-analyse" class="ui-btn ui-btn-primary" disabled={busy} onclick={onanalyse}>
                            { "Analyse" }
                        </button>
                    </div>
                </div>
                <div class="import-or" aria-hidden="true"><span>{ "or" }</span></div>
                <div class="import-section import-file-zone">
                    <label for="import-file" class="import-label">{ "Open a file" }</label>
                    <input
                        type="file"
                        id="import-file"
                        class="import-file"
                        accept={ACCEPT}
                        aria-describedby="import-file-hint"
                        disabled={busy}
                        ref={file_ref}
                        onchange={onfile}
                    />
                    <p id="import-file-hint" class="import-hint">
                        { format!(".txt, .md or an Article Atlas analysis .json, up to {limit}. You can also drop the file anywhere on the page.") }
                    </p>
                </div>
                <div class="import-status" role="status" aria-live="polite">
                    if let Status::Busy(message) = &*status {
                        <span class="spinner" aria-hidden="true"></span>
                        <span>{ message.clone() }</span>
                    }
                </div>
                <div class="import-error" role="alert">
                    if let Status::Error(message) = &*status {
                        <svg class="import-error-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                            <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.8" />
                            <path d="M10 5.5v5.5M10 13.6v.4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                        </svg>
                        <p>{ message.clone() }</p>
                    }
                </div>
                <p class="import-foot">
                    { "Nothing changes until the input has been checked: a refused file leaves the article on screen and your library as they are." }
                </p>
            </dialog>
        </>
    }
}
