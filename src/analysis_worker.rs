//! Analysis off the main thread: a Web Worker (`worker.js`) loads the pipeline's own wasm module
//! (the `atlas-worker` crate, which the page never loads) and posts the pipeline's progress and
//! its result.
//!
//! The page side is [`AnalysisJob`]: it starts the worker (or takes the one [`prepare`] started
//! ahead, already warm), turns its messages into [`WorkerEvent`]s, and terminates it when dropped
//! (which is how an analysis is cancelled). The result comes back in parts
//! ([`atlas_core::parts`]) that a [`ResultReader`] reads one short task at a time, and that join
//! into the Analysis JSON the library stores, so the page neither reads nor writes a book-length
//! JSON in one go.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use atlas_core::Stage;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

pub use atlas_core::parts::{Read, ResultReader};

/// What the user reads while a stage runs.
pub fn stage_label(stage: Stage) -> &'static str {
    match stage {
        Stage::Document => "Reading the document's structure",
        Stage::Entities => "Finding people, organisations and places",
        Stage::Events => "Finding events and their dates and places",
    }
}

/// Step number (1-based) and count of `stage`, for "step 2 of 3".
pub fn stage_step(stage: Stage) -> (usize, usize) {
    (Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0) + 1, Stage::ALL.len())
}

#[wasm_bindgen]
extern "C" {
    /// A dedicated Web Worker: the constructor and the two methods used here.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    pub(crate) type Worker;

    #[wasm_bindgen(constructor, catch)]
    fn new(url: &str, options: &js_sys::Object) -> Result<Worker, JsValue>;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    pub(crate) fn post_message(this: &Worker, message: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn terminate(this: &Worker);
}

/// What the worker reports.
#[derive(Debug)]
pub enum WorkerEvent {
    /// A stage is running; `fraction` (0 to 1) of the whole analysis is done.
    Progress { stage: Stage, fraction: f64 },
    /// The result's parts, for a [`ResultReader`] (which the caller may run after a paint).
    Done(Vec<Vec<u8>>),
    /// The worker could not load, ran out of memory or stopped: a sentence for the user.
    Failed(String),
}

/// One analysis running in a worker; dropping it terminates the worker and silences its events.
pub struct AnalysisJob {
    worker: Worker,
    _listeners: [EventListener; 3],
}

impl Drop for AnalysisJob {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Why a worker could not be started (the import then fails with this reason).
#[derive(Debug)]
pub struct Unavailable(pub String);

pub(crate) fn js_error_text(value: &JsValue) -> String {
    if let Some(e) = value.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(e.name()), String::from(e.message()));
    }
    value.as_string().unwrap_or_else(|| "unknown error".into())
}

pub(crate) fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `relative` resolved against the document's base URL (dist/ may live at any sub-path).
fn document_url(document: &web_sys::Document, relative: &str) -> Result<String, Unavailable> {
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base)
        .map(|u| u.href())
        .map_err(|e| Unavailable(format!("bad URL {relative}: {}", js_error_text(&e))))
}

/// A worker started ahead by [`prepare`], and whether it has already reported an error (before
/// any job listened to it).
struct Spare {
    worker: Worker,
    failed: Rc<Cell<bool>>,
    _on_error: EventListener,
}

thread_local! {
    static SPARE: RefCell<Option<Spare>> = const { RefCell::new(None) };
}

/// Start a worker ahead of an analysis (when the import dialog opens): it loads the module and
/// warms up while the user picks an article, and the next [`AnalysisJob::start`] takes it. Does
/// nothing when one is waiting already, or when no worker can be started (the job then says why).
pub fn prepare() {
    if SPARE.with(|s| s.borrow().is_some()) {
        return;
    }
    let Ok(worker) = new_worker() else { return };
    let failed = Rc::new(Cell::new(false));
    let on_error = {
        let failed = failed.clone();
        EventListener::new(&worker, "error", move |_| failed.set(true))
    };
    // A message without text: load the pipeline and warm up.
    if message(&[]).and_then(|m| worker.post_message(&m).map_err(|e| Unavailable(js_error_text(&e)))).is_err() {
        worker.terminate();
        return;
    }
    SPARE.with(|s| *s.borrow_mut() = Some(Spare { worker, failed, _on_error: on_error }));
}

/// A worker from [`prepare`] that has not failed, if any; one that failed is terminated.
fn take_spare() -> Option<Worker> {
    let spare = SPARE.with(|s| s.borrow_mut().take())?;
    if spare.failed.get() {
        spare.worker.terminate();
        return None;
    }
    Some(spare.worker)
}

/// A new module worker running worker.js (beside the page, which may live at any sub-path).
pub(crate) fn new_worker() -> Result<Worker, Unavailable> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| Unavailable("no document".into()))?;
    let script = document_url(&document, "worker.js")?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &"module".into()).map_err(|e| Unavailable(js_error_text(&e)))?;
    Worker::new(&script, &options).map_err(|e| Unavailable(js_error_text(&e)))
}

/// A message for the worker: an object with these fields.
pub(crate) fn message(fields: &[(&str, JsValue)]) -> Result<JsValue, Unavailable> {
    let message = js_sys::Object::new();
    for (key, value) in fields {
        js_sys::Reflect::set(&message, &(*key).into(), value).map_err(|e| Unavailable(js_error_text(&e)))?;
    }
    Ok(message.into())
}

impl AnalysisJob {
    /// Start analysing `text` in the worker [`prepare`] started, or else in a new one; `on_event`
    /// gets its progress and its one outcome. Fails (without side effects) when the browser
    /// cannot start a module worker.
    pub fn start(text: &str, on_event: impl Fn(WorkerEvent) + 'static) -> Result<AnalysisJob, Unavailable> {
        let worker = match take_spare() {
            Some(worker) => worker,
            None => new_worker()?,
        };
        let message = match message(&[("text", JsValue::from_str(text)), ("parts", JsValue::TRUE)]) {
            Ok(message) => message,
            Err(e) => {
                worker.terminate();
                return Err(e);
            }
        };

        let on_event = Rc::new(on_event);
        let on_message = {
            let on_event = on_event.clone();
            EventListener::new(&worker, "message", move |event| {
                let data = get(event.as_ref(), "data");
                match get(&data, "kind").as_string().as_deref() {
                    Some("progress") => {
                        let index = get(&data, "stage").as_f64().unwrap_or(0.0) as usize;
                        let stage = Stage::ALL[index.min(Stage::ALL.len() - 1)];
                        let fraction = get(&data, "fraction").as_f64().unwrap_or(0.0);
                        on_event(WorkerEvent::Progress { stage, fraction });
                    }
                    Some("done") => {
                        let parts = js_sys::Array::from(&get(&data, "parts"));
                        on_event(WorkerEvent::Done(
                            parts.iter().map(|p| js_sys::Uint8Array::new(&p).to_vec()).collect(),
                        ));
                    }
                    _ => {
                        let detail = get(&data, "message").as_string().unwrap_or_else(|| "no detail".into());
                        on_event(WorkerEvent::Failed(failure_text(&detail)));
                    }
                }
            })
        };
        // A script that fails to load or throws outside the worker's own error handling.
        let on_error = {
            let on_event = on_event.clone();
            EventListener::new(&worker, "error", move |event| {
                let detail = get(event.as_ref(), "message").as_string().filter(|m| !m.is_empty());
                on_event(WorkerEvent::Failed(match detail {
                    Some(detail) => format!("the background worker stopped ({detail})"),
                    None => "the background worker could not be loaded".into(),
                }));
            })
        };
        let on_message_error = EventListener::new(&worker, "messageerror", move |_| {
            on_event(WorkerEvent::Failed("its result could not be received".into()));
        });

        let job = AnalysisJob { worker, _listeners: [on_message, on_error, on_message_error] };
        job.worker.post_message(&message).map_err(|e| Unavailable(js_error_text(&e)))?;
        Ok(job)
    }
}

/// A worker's own error report as the end of a sentence ("The analysis failed: …").
fn failure_text(detail: &str) -> String {
    // A wasm trap: a panic (the release build aborts) or memory that could not grow.
    if detail.contains("RuntimeError") || detail.contains("memory") {
        format!("the browser ran out of memory or the analysis met an internal error ({detail})")
    } else {
        format!("the background worker reported an error ({detail})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_numbered_in_order_with_a_label_each() {
        assert_eq!(stage_step(Stage::Document), (1, 3));
        assert_eq!(stage_step(Stage::Entities), (2, 3));
        assert_eq!(stage_step(Stage::Events), (3, 3));
        assert!(Stage::ALL.iter().all(|s| !stage_label(*s).is_empty()));
    }

    #[test]
    fn a_wasm_trap_reads_as_memory_or_internal_error() {
        assert!(failure_text("RuntimeError: unreachable").contains("ran out of memory"));
        assert!(failure_text("TypeError: x is not a function").contains("reported an error"));
    }
}
