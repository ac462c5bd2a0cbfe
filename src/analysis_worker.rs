//! Analysis off the main thread: a Web Worker (`worker.js`) loads this same wasm-bindgen module
//! (the page hands it the glue's URL and the already compiled `WebAssembly.Module`, so nothing is
//! downloaded or compiled again) and runs [`analyze_in_worker`], posting the pipeline's progress.
//!
//! The page side is [`AnalysisJob`]: it starts the worker, turns its messages into
//! [`WorkerEvent`]s, and terminates it when dropped (which is how an analysis is cancelled).

use atlas_core::{Analysis, Stage};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

/// Text over this many bytes is analysed in the worker. The pipeline reads about 1 MB a second in
/// the browser, so up to 32 KB it stays near the 50 ms a main-thread task may take; a worker needs
/// about 90 ms to start and answer even for a few lines (e2e/worker.test.mjs prints it), so below
/// this the main thread is both quicker and smooth enough.
pub const WORKER_THRESHOLD_BYTES: usize = 32 * 1024;

/// The stages in the order [`Stage`] runs them (their index crosses the worker boundary).
const STAGES: [Stage; 3] = [Stage::Document, Stage::Entities, Stage::Events];

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
    (STAGES.iter().position(|s| *s == stage).unwrap_or(0) + 1, STAGES.len())
}

/// Runs inside the worker: analyse `text`, calling `progress(stage_index, fraction)` as the
/// pipeline goes, and return the Analysis JSON as UTF-8 bytes (transferred back without a copy).
#[wasm_bindgen(js_name = analyzeInWorker)]
pub fn analyze_in_worker(text: &str, progress: &js_sys::Function) -> Vec<u8> {
    let analysis = atlas_core::analyze_with_progress(text, &mut |p| {
        let stage = STAGES.iter().position(|s| *s == p.stage).unwrap_or(0);
        let _ = progress.call2(&JsValue::NULL, &JsValue::from(stage as u32), &JsValue::from(p.fraction));
    });
    // Serialising plain data structures cannot fail; an empty answer is reported as unreadable.
    serde_json::to_vec(&analysis).unwrap_or_default()
}

#[wasm_bindgen]
extern "C" {
    /// A dedicated Web Worker: the constructor and the two methods used here.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    type Worker;

    #[wasm_bindgen(constructor, catch)]
    fn new(url: &str, options: &js_sys::Object) -> Result<Worker, JsValue>;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &Worker, message: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn terminate(this: &Worker);
}

/// What the worker reports.
#[derive(Debug)]
pub enum WorkerEvent {
    /// A stage is running; `fraction` (0 to 1) of the whole analysis is done.
    Progress { stage: Stage, fraction: f64 },
    /// The Analysis JSON, for [`read_result`] (which the caller may run after a paint).
    Done(Vec<u8>),
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

/// Why a worker could not be started (the caller then analyses on the main thread).
#[derive(Debug)]
pub struct Unavailable(pub String);

fn js_error_text(value: &JsValue) -> String {
    if let Some(e) = value.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(e.name()), String::from(e.message()));
    }
    value.as_string().unwrap_or_else(|| "unknown error".into())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `relative` resolved against the document's base URL (dist/ may live at any sub-path).
fn document_url(document: &web_sys::Document, relative: &str) -> Result<String, Unavailable> {
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base)
        .map(|u| u.href())
        .map_err(|e| Unavailable(format!("bad URL {relative}: {}", js_error_text(&e))))
}

impl AnalysisJob {
    /// Start analysing `text` in a new worker; `on_event` gets its progress and its one outcome.
    /// Fails (without side effects) when the browser cannot start a module worker.
    pub fn start(text: &str, on_event: impl Fn(WorkerEvent) + 'static) -> Result<AnalysisJob, Unavailable> {
        let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| Unavailable("no document".into()))?;
        // boot.js's tag carries the hashed name of the wasm-bindgen module (see Trunk.toml).
        let glue = document
            .query_selector("script[data-js]")
            .ok()
            .flatten()
            .and_then(|tag| tag.get_attribute("data-js"))
            .ok_or_else(|| Unavailable("the page's module script was not found".into()))?;
        let glue = document_url(&document, &glue)?;
        let script = document_url(&document, "worker.js")?;

        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"module".into()).map_err(|e| Unavailable(js_error_text(&e)))?;
        let worker = Worker::new(&script, &options).map_err(|e| Unavailable(js_error_text(&e)))?;

        let on_event = std::rc::Rc::new(on_event);
        let on_message = {
            let on_event = on_event.clone();
            EventListener::new(&worker, "message", move |event| {
                let data = get(event.as_ref(), "data");
                match get(&data, "kind").as_string().as_deref() {
                    Some("progress") => {
                        let index = get(&data, "stage").as_f64().unwrap_or(0.0) as usize;
                        let stage = STAGES[index.min(STAGES.len() - 1)];
                        let fraction = get(&data, "fraction").as_f64().unwrap_or(0.0);
                        on_event(WorkerEvent::Progress { stage, fraction });
                    }
                    Some("done") => on_event(WorkerEvent::Done(js_sys::Uint8Array::new(&get(&data, "json")).to_vec())),
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

        let message = js_sys::Object::new();
        let module = wasm_bindgen::module();
        for (key, value) in [("glue", JsValue::from(glue)), ("module", module), ("text", JsValue::from_str(text))] {
            js_sys::Reflect::set(&message, &key.into(), &value).map_err(|e| Unavailable(js_error_text(&e)))?;
        }
        let job = AnalysisJob { worker, _listeners: [on_message, on_error, on_message_error] };
        job.worker.post_message(&message).map_err(|e| Unavailable(js_error_text(&e)))?;
        Ok(job)
    }
}

/// Read the worker's Analysis JSON, or say why not (the end of a sentence "The analysis failed: …").
///
/// Through a `serde_json::Value`, as the library reads stored analyses: the generic code that
/// turns JSON into an [`Analysis`] is then in the wasm once, not twice.
pub fn read_result(json: &[u8]) -> Result<Analysis, String> {
    let unreadable = |e: &dyn std::fmt::Display| format!("its result could not be read ({e})");
    let text = std::str::from_utf8(json).map_err(|e| unreadable(&e))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| unreadable(&e))?;
    serde_json::from_value(value).map_err(|e| unreadable(&e))
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
        assert!(STAGES.iter().all(|s| !stage_label(*s).is_empty()));
    }

    #[test]
    fn the_result_is_read_back_or_refused_with_a_reason() {
        let analysis =
            atlas_core::analyze("Title\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.\n");
        let json = serde_json::to_vec(&analysis).unwrap_or_default();
        assert_eq!(read_result(&json), Ok(analysis));
        assert!(read_result(b"").is_err_and(|e| e.starts_with("its result could not be read (")));
        assert!(read_result(&[0xff, 0xfe]).is_err());
    }

    #[test]
    fn a_wasm_trap_reads_as_memory_or_internal_error() {
        assert!(failure_text("RuntimeError: unreachable").contains("ran out of memory"));
        assert!(failure_text("TypeError: x is not a function").contains("reported an error"));
    }
}
