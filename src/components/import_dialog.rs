//! The "Open / paste" dialog and page-wide file drop: paste text, choose a file or drop one
//! anywhere; the input is checked by [`crate::storage`] (size, binary, encoding, JSON schema)
//! before anything changes, then analysed in the browser and shown and kept in the library.
//!
//! Text is analysed in a Web Worker ([`crate::analysis_worker`]), which alone loads the pipeline:
//! the dialog shows the pipeline's stage and a progress bar, and Cancel (or Escape, or closing the
//! dialog) terminates the worker, leaving the article on screen and the library as they were.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_core::{Analysis, Stage};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use yew::prelude::*;

use crate::analysis_worker::{prepare, stage_label, stage_step, AnalysisJob, Read, ResultReader, WorkerEvent};
use crate::components::dialog::close_button;
use crate::hooks::{after_paint, use_library, use_modal, Library, NoticeKind, Panel};
use crate::storage::{self, human_size, ImportError, Input, Prepared, MAX_IMPORT_BYTES};

/// What the dialog is doing.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    /// Reading a file, or analysing on the main thread.
    Busy(String),
    /// Analysing `size` of text in the worker: the stage running and the share done (0 to 1).
    Analysing {
        size: String,
        stage: Stage,
        fraction: f64,
    },
    Error(String),
    /// Not an error but worth saying (an analysis was cancelled).
    Info(String),
}

/// How long one task may spend reading the worker's result (it then reads on in the next).
const READ_BUDGET_MS: f64 = 12.0;

/// Said when an analysis is cancelled, in the dialog or as a notice.
const CANCELLED: &str =
    "Analysis cancelled. Nothing was imported: the article on screen and your library are unchanged.";

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

/// Focus the element with `id` once the current render is done (it may be disabled until then).
fn focus_soon(id: &'static str) {
    Timeout::new(0, move || {
        if let Some(el) =
            gloo::utils::document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}

/// The dialog's import machinery, shared by the paste box, the file picker and the drop target.
#[derive(Clone)]
struct Importer {
    status: UseStateHandle<Status>,
    library: Library,
    /// The analysis running in a worker, if any; dropping it terminates the worker.
    job: Rc<RefCell<Option<AnalysisJob>>>,
    text_ref: NodeRef,
}

impl Importer {
    /// Show an analysis, keep it in the library, and empty the paste box if the text came from it.
    fn show(&self, analysis: Analysis, notes: &[String], pasted: bool) {
        self.show_with_json(analysis, None, notes, pasted);
    }

    /// As [`Importer::show`], with the analysis's JSON when it is at hand (the library stores it).
    fn show_with_json(&self, analysis: Analysis, json: Option<String>, notes: &[String], pasted: bool) {
        self.status.set(Status::Idle);
        self.library.open_panel(None);
        self.library.show_imported(analysis, json, notes);
        if pasted {
            // In a task of its own, once the dialog is closed: emptying a box that holds a
            // megabyte of text takes the browser a while.
            let text_ref = self.text_ref.clone();
            Timeout::new(0, move || {
                if let Some(area) = text_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value("");
                }
            })
            .forget();
        }
    }

    /// Read the worker's result a few parts per task, then show it (in a task of its own).
    fn read_parts(&self, mut reader: ResultReader, read_ms: f64, took: String, notes: Vec<String>, pasted: bool) {
        let this = self.clone();
        Timeout::new(0, move || {
            let start = perf_now();
            let mut step = reader.step();
            while matches!(step, Ok(Read::More)) && ms_since(start) < READ_BUDGET_MS {
                step = reader.step();
            }
            let read_ms = read_ms + ms_since(start);
            match step {
                Ok(Read::More) => this.read_parts(reader, read_ms, took, notes, pasted),
                Ok(Read::Done(analysis, json)) => {
                    let mut notes = notes;
                    let read = duration(read_ms);
                    notes.push(format!("Analysed in {took} in the background ({read} to read the result)."));
                    // The dialog closes first, over the article still on screen: closing it
                    // after a long article is attached would restyle that article in the same task.
                    this.status.set(Status::Idle);
                    this.library.open_panel(None);
                    Timeout::new(0, move || this.show_with_json(*analysis, Some(json), &notes, pasted)).forget();
                }
                Err(why) => this.fail(format!(
                    "The analysis failed: {why}. Nothing was imported: the article on screen and your library are unchanged."
                )),
            }
        })
        .forget();
    }

    fn fail(&self, e: impl std::fmt::Display) {
        self.status.set(Status::Error(e.to_string()));
        // A dropped file's error is shown in the dialog, so it opens if it was closed.
        self.library.open_panel(Some(Panel::Import));
    }

    /// Show a checked import: JSON at once, large text through the worker, small text after the
    /// "Analysing…" state has painted.
    fn finish(&self, prepared: Prepared, size: usize, pasted: bool) {
        let notes = prepared.notes();
        match prepared.input {
            Input::Analysis(analysis) => self.show(*analysis, &notes, pasted),
            Input::Text(text) => self.analyse_in_worker(text, size, notes, pasted),
        }
    }

    /// Analyse in the worker, with progress (the pipeline is in the worker's module only).
    fn analyse_in_worker(&self, text: String, size: usize, notes: Vec<String>, pasted: bool) {
        let start = perf_now();
        let this = self.clone();
        let size_text = human_size(size);
        let on_event = move |event: WorkerEvent| match event {
            WorkerEvent::Progress { stage, fraction } => {
                this.status.set(Status::Analysing { size: size_text.clone(), stage, fraction });
            }
            WorkerEvent::Done(parts) => {
                // Called by the job's own listener: it is terminated once this call is over.
                let job = this.job.borrow_mut().take();
                Timeout::new(0, move || drop(job)).forget();
                let took = duration(ms_since(start));
                // Reading the result and laying out a long article take a while on the page: say so first.
                this.status.set(Status::Busy(format!("Analysed in {took}. Showing the article…")));
                let this = this.clone();
                let notes = notes.clone();
                after_paint(move || this.read_parts(ResultReader::new(parts), 0.0, took, notes, pasted));
            }
            WorkerEvent::Failed(why) => {
                let job = this.job.borrow_mut().take();
                Timeout::new(0, move || drop(job)).forget();
                this.fail(format!(
                    "The analysis failed: {why}. Nothing was imported: the article on screen and your library are unchanged. Try again, or reload the page."
                ));
            }
        };
        match AnalysisJob::start(&text, on_event) {
            Ok(job) => {
                // A new import replaces (and so terminates) one still running.
                *self.job.borrow_mut() = Some(job);
                self.status.set(Status::Analysing { size: human_size(size), stage: Stage::Document, fraction: 0.0 });
                // A file dropped on the page opens the dialog, to show the progress and Cancel.
                self.library.open_panel(Some(Panel::Import));
                focus_soon("import-cancel");
            }
            Err(unavailable) => self.fail(format!(
                "The analysis needs a background worker, which this browser could not start ({}). Nothing was imported: the article on screen and your library are unchanged.",
                unavailable.0
            )),
        }
    }

    /// Stop the analysis running in the worker, if any; returns whether there was one.
    fn cancel(&self) -> bool {
        let job = self.job.borrow_mut().take();
        let cancelled = job.is_some();
        drop(job);
        cancelled
    }

    /// Read, check and show one file.
    fn import_file(&self, file: web_sys::File) {
        let name = file.name();
        let size = file.size();
        if size > MAX_IMPORT_BYTES as f64 {
            let size = size.min(usize::MAX as f64) as usize;
            return self.fail(ImportError::TooLarge { size, limit: MAX_IMPORT_BYTES });
        }
        // A file chosen while an analysis runs replaces it.
        self.cancel();
        self.status.set(Status::Busy(format!("Reading {name}…")));
        let on_error = {
            let this = self.clone();
            Closure::<dyn FnMut(JsValue)>::once(move |e: JsValue| {
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| "the browser could not read it".into());
                this.fail(format!("The file could not be read: {why}."));
            })
        };
        let this = self.clone();
        let on_read = Closure::<dyn FnMut(JsValue)>::once(move |buffer: JsValue| {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            match storage::prepare_file(&name, &bytes) {
                Ok(prepared) => this.finish(prepared, bytes.len(), false),
                Err(e) => this.fail(e),
            }
        });
        let _ = file.array_buffer().then2(&on_read, &on_error);
        // One of the two runs, once; both are small, so they are left to live with the page.
        on_read.forget();
        on_error.forget();
    }
}

/// Whether a drag carries files (not text or a link dragged within the page).
fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// "Step 2 of 3, in the background: finding people, organisations and places."
fn stage_text(stage: Stage) -> String {
    let (step, steps) = stage_step(stage);
    let label = stage_label(stage);
    let mut chars = label.chars();
    let label: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    format!("Step {step} of {steps}, in the background: {label}.")
}

/// A fraction (0 to 1) as a whole percent.
fn percent(fraction: f64) -> u32 {
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// The dialog (mounted once, opened from the header) plus the drop overlay.
#[component]
pub fn ImportDialog() -> Html {
    let library = use_library();
    let status = use_state(|| Status::Idle);
    let job = use_mut_ref(|| None::<AnalysisJob>);
    let dragging = use_state(|| false);
    let dialog_ref = use_node_ref();
    let text_ref = use_node_ref();
    let file_ref = use_node_ref();
    let is_open = library.panel == Some(Panel::Import);
    let importer = Importer { status: status.clone(), library: library.clone(), job, text_ref: text_ref.clone() };

    use_modal(&dialog_ref, is_open);
    // A worker starts as the dialog opens, to be loaded and warm when the text comes.
    use_effect_with(is_open, |open| {
        if *open {
            prepare();
        }
    });

    // Page-wide drag and drop of a file.
    {
        let dragging = dragging.clone();
        let importer = importer.clone();
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
            let on_drop = importer.clone();
            let dropped = EventListener::new_with_options(&document, "drop", opts, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
                d3.set(false);
                let files = e.data_transfer().and_then(|dt| dt.files());
                let Some(files) = files.filter(|f| f.length() > 0) else { return };
                e.prevent_default();
                if let Some(file) = files.get(0) {
                    on_drop.import_file(file);
                }
            });
            move || {
                drop((enter, over, leave, dropped));
                importer.cancel();
            }
        });
    }

    let close = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.open_panel(None))
    };
    // Cancel button: stop the worker, keep the dialog (and the pasted text) for another try.
    let oncancelanalysis = {
        let importer = importer.clone();
        Callback::from(move |_: MouseEvent| {
            if importer.cancel() {
                importer.status.set(Status::Info(CANCELLED.into()));
                focus_soon("import-text");
            }
        })
    };
    // Escape while analysing cancels the analysis (as the Cancel button); otherwise it closes.
    let oncancel = {
        let importer = importer.clone();
        Callback::from(move |e: Event| {
            if importer.cancel() {
                e.prevent_default();
                importer.status.set(Status::Info(CANCELLED.into()));
                focus_soon("import-text");
            }
        })
    };
    // `close()` (the close button, the backdrop, Escape when idle): keep the state in step,
    // cancel an analysis still running (said in a notice), focus the opener.
    let onclose = {
        let library = library.clone();
        let status = status.clone();
        let importer = importer.clone();
        Callback::from(move |_: Event| {
            library.open_panel(None);
            if importer.cancel() {
                status.set(Status::Idle);
                library.notify(NoticeKind::Info, CANCELLED);
            } else if matches!(*status, Status::Error(_) | Status::Info(_)) {
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
        let importer = importer.clone();
        let text_ref = text_ref.clone();
        Rc::new(move || {
            let Some(area) = text_ref.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let text = area.value();
            match storage::prepare_text(&text) {
                // The text stays in the box until it is shown, so a cancel or a failure keeps it.
                Ok(prepared) => importer.finish(prepared, text.len(), true),
                Err(e) => {
                    importer.status.set(Status::Error(e.to_string()));
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
        let importer = importer.clone();
        let file_ref = file_ref.clone();
        Callback::from(move |_: Event| {
            let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() else { return };
            let file = input.files().and_then(|f| f.get(0));
            // Cleared so that choosing the same file again is a change too.
            input.set_value("");
            if let Some(file) = file {
                importer.import_file(file);
            }
        })
    };
    let ontextkey = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            analyse();
        }
    });

    let busy = matches!(*status, Status::Busy(_) | Status::Analysing { .. });
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
                {oncancel}
                {onclose}
                onclick={onbackdrop}
            >
                <div class="dialog-head">
                    <h2 id="import-title">{ "Open an article" }</h2>
                    { close_button(close) }
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
                        // Read-only rather than disabled while busy: the text stays (for a cancel
                        // or a failure) and cannot change, and the browser need not restyle a
                        // megabyte of it twice.
                        readonly={busy}
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
                    if let Status::Analysing { size, stage, .. } = &*status {
                        <span id="import-stage" class="import-stage">
                            <span>{ format!("Analysing {size} of text…") }</span>
                            <span class="import-stage-step">{ stage_text(*stage) }</span>
                        </span>
                    }
                    if let Status::Info(message) = &*status {
                        <svg class="import-info-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                            <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.8" />
                            <path d="M10 9v5.5M10 5.6v.4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                        </svg>
                        <span>{ message.clone() }</span>
                    }
                </div>
                if let Status::Analysing { fraction, .. } = &*status {
                    <div class="import-progress">
                        <progress
                            id="import-progress"
                            max="100"
                            value={percent(*fraction).to_string()}
                            aria-labelledby="import-stage"
                        />
                        <span class="import-progress-percent" aria-hidden="true">{ format!("{}%", percent(*fraction)) }</span>
                        <button type="button" id="import-cancel" class="ui-btn" onclick={oncancelanalysis}>
                            { "Cancel" }
                        </button>
                    </div>
                }
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
