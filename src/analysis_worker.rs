//! Analysis off the main thread: a Web Worker (`worker.js`) loads this same wasm-bindgen module
//! (the page hands it the glue's URL and the already compiled `WebAssembly.Module`, so nothing is
//! downloaded or compiled again) and runs [`analyze_in_worker`], posting the pipeline's progress.
//!
//! The page side is [`AnalysisJob`]: it starts the worker (or takes the one [`prepare`] started
//! ahead, already warm), turns its messages into [`WorkerEvent`]s, and terminates it when dropped
//! (which is how an analysis is cancelled). The result comes back in parts ([`result_parts`]) that
//! a [`ResultReader`] reads one short task at a time, and that join into the Analysis JSON the
//! library stores, so the page neither reads nor writes a book-length JSON in one go.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use atlas_core::{Analysis, Block, Entity, Event, Stage};
use gloo::events::EventListener;
use serde::Serialize;
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
    // Serialising plain data structures cannot fail; an empty answer is reported as unreadable.
    serde_json::to_vec(&analyze_reporting(text, progress)).unwrap_or_default()
}

/// As [`analyze_in_worker`], but the result as [`result_parts`], each a `Uint8Array` of its own
/// (so that the worker can transfer them all).
#[wasm_bindgen(js_name = analyzeInWorkerParts)]
pub fn analyze_in_worker_parts(text: &str, progress: &js_sys::Function) -> js_sys::Array {
    result_parts(analyze_reporting(text, progress)).iter().map(|part| js_sys::Uint8Array::from(&part[..])).collect()
}

/// Runs in a worker started ahead: the first analysis in a fresh instance is the slowest (tables
/// built on first use, memory grown, code not yet optimised), so the bundled article takes it,
/// a few times over (the engine optimises the functions that have run a while).
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() {
    for _ in 0..WARM_UP_RUNS {
        drop(atlas_core::analyze(crate::SEED_ARTICLE));
    }
}

/// Analyses of the bundled article (9 KB, a few milliseconds each) a worker started ahead runs.
const WARM_UP_RUNS: usize = 8;

fn analyze_reporting(text: &str, progress: &js_sys::Function) -> Analysis {
    atlas_core::analyze_with_progress(text, &mut |p| {
        let stage = STAGES.iter().position(|s| *s == p.stage).unwrap_or(0);
        let _ = progress.call2(&JsValue::NULL, &JsValue::from(stage as u32), &JsValue::from(p.fraction));
    })
}

/// About how many bytes of JSON one part holds: the page reads a part in a few milliseconds.
const PART_BYTES: usize = 128 * 1024;

/// The Analysis JSON in parts: first the analysis without its blocks, entities and events (tagged
/// `H`), then those lists a slice of about `PART_BYTES` (128 KiB) at a time, in order (tagged `B`, `N`,
/// `E`), each a JSON array. [`ResultReader`] reads them back and joins them into the JSON that
/// `serde_json::to_string` gives for the whole analysis.
pub fn result_parts(mut analysis: Analysis) -> Vec<Vec<u8>> {
    let blocks = std::mem::take(&mut analysis.blocks);
    let entities = std::mem::take(&mut analysis.entities);
    let events = std::mem::take(&mut analysis.events);
    let mut head = vec![b'H'];
    // Serialising plain data structures into memory cannot fail.
    let _ = serde_json::to_writer(&mut head, &analysis);
    let mut parts = vec![head];
    list_parts(&mut parts, b'B', &blocks);
    list_parts(&mut parts, b'N', &entities);
    list_parts(&mut parts, b'E', &events);
    parts
}

fn list_parts<T: Serialize>(parts: &mut Vec<Vec<u8>>, tag: u8, items: &[T]) {
    let mut part = vec![tag, b'['];
    for item in items {
        if part.len() > 2 {
            part.push(b',');
        }
        let _ = serde_json::to_writer(&mut part, item);
        if part.len() >= PART_BYTES {
            part.push(b']');
            parts.push(std::mem::replace(&mut part, vec![tag, b'[']));
        }
    }
    if part.len() > 2 {
        part.push(b']');
        parts.push(part);
    }
}

/// Where the head part's empty lists are, to be filled in when the parts are joined (keys are
/// never inside a JSON string, whose quotes are escaped).
const EMPTY_LISTS: &str = r#""blocks":[],"entities":[],"events":[]"#;

/// Reads [`result_parts`] back, one part per [`ResultReader::step`]; the caller runs each step in
/// a task of its own, so that no task reads a book-length result at once.
pub struct ResultReader {
    parts: VecDeque<Vec<u8>>,
    analysis: Option<Analysis>,
    head: String,
    /// The lists' JSON items, without their brackets: blocks, entities, events.
    lists: [String; 3],
}

/// What [`ResultReader::step`] has done.
pub enum Read {
    /// More parts remain.
    More,
    /// All read: the analysis and its JSON (as `serde_json::to_string` writes it), for the library.
    Done(Box<Analysis>, String),
}

impl ResultReader {
    pub fn new(parts: Vec<Vec<u8>>) -> ResultReader {
        ResultReader { parts: parts.into(), analysis: None, head: String::new(), lists: Default::default() }
    }

    /// Read the next part; an unreadable part (or a missing head) is an error, as the end of a
    /// sentence "The analysis failed: …".
    pub fn step(&mut self) -> Result<Read, String> {
        let unreadable = |e: &dyn std::fmt::Display| format!("its result could not be read ({e})");
        let Some(part) = self.parts.pop_front() else {
            let analysis = self.analysis.take().ok_or_else(|| unreadable(&"it was empty"))?;
            let head = std::mem::take(&mut self.head);
            let json = match head.find(EMPTY_LISTS) {
                Some(at) => {
                    let [blocks, entities, events] = &self.lists;
                    let filled = format!(r#""blocks":[{blocks}],"entities":[{entities}],"events":[{events}]"#);
                    format!("{}{filled}{}", &head[..at], &head[at + EMPTY_LISTS.len()..])
                }
                None => serde_json::to_string(&analysis).map_err(|e| unreadable(&e))?,
            };
            return Ok(Read::Done(Box::new(analysis), json));
        };
        let (&tag, json) = part.split_first().ok_or_else(|| unreadable(&"an empty part"))?;
        let json = std::str::from_utf8(json).map_err(|e| unreadable(&e))?;
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| unreadable(&e))?;
        if tag == b'H' {
            self.analysis = Some(serde_json::from_value(value).map_err(|e| unreadable(&e))?);
            self.head = json.to_string();
            return Ok(Read::More);
        }
        let analysis = self.analysis.as_mut().ok_or_else(|| unreadable(&"a part came before the head"))?;
        let index = match tag {
            b'B' => {
                analysis.blocks.extend(serde_json::from_value::<Vec<Block>>(value).map_err(|e| unreadable(&e))?);
                0
            }
            b'N' => {
                analysis.entities.extend(serde_json::from_value::<Vec<Entity>>(value).map_err(|e| unreadable(&e))?);
                1
            }
            b'E' => {
                analysis.events.extend(serde_json::from_value::<Vec<Event>>(value).map_err(|e| unreadable(&e))?);
                2
            }
            _ => return Err(unreadable(&"an unknown part")),
        };
        let list = &mut self.lists[index];
        if !list.is_empty() {
            list.push(',');
        }
        // Between the array's brackets.
        let items = json.trim().strip_prefix('[').and_then(|j| j.strip_suffix(']'));
        list.push_str(items.ok_or_else(|| unreadable(&"a part is not a list"))?);
        Ok(Read::More)
    }
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
    let Ok((worker, glue)) = new_worker() else { return };
    let failed = Rc::new(Cell::new(false));
    let on_error = {
        let failed = failed.clone();
        EventListener::new(&worker, "error", move |_| failed.set(true))
    };
    if message(&[("glue", JsValue::from(glue)), ("module", wasm_bindgen::module())])
        .and_then(|m| worker.post_message(&m).map_err(|e| Unavailable(js_error_text(&e))))
        .is_err()
    {
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

/// A new module worker running worker.js, and the URL of the page's wasm-bindgen module for it.
fn new_worker() -> Result<(Worker, String), Unavailable> {
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
    Ok((worker, glue))
}

/// A message for the worker: an object with these fields.
fn message(fields: &[(&str, JsValue)]) -> Result<JsValue, Unavailable> {
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
        let mut fields = vec![("text", JsValue::from_str(text)), ("parts", JsValue::TRUE)];
        let worker = match take_spare() {
            Some(worker) => worker,
            None => {
                // A new worker gets the module with the text.
                let (worker, glue) = new_worker()?;
                fields.extend([("glue", JsValue::from(glue)), ("module", wasm_bindgen::module())]);
                worker
            }
        };
        let message = match message(&fields) {
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
                        let stage = STAGES[index.min(STAGES.len() - 1)];
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

    /// Reads every part as the import dialog does, a step at a time.
    fn read_all(parts: Vec<Vec<u8>>) -> Result<(Analysis, String), String> {
        let mut reader = ResultReader::new(parts);
        loop {
            if let Read::Done(analysis, json) = reader.step()? {
                return Ok((*analysis, json));
            }
        }
    }

    #[test]
    fn the_parts_read_back_as_the_analysis_and_join_into_its_json() {
        let mut text = String::from("Title\n\nMar 3, 2022\n\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "On March 1, 2022, gunmen kidnapped Omar Haddad {i} in Basra. Kataib Hezbollah (KH) denied it.\n\n"
            ));
        }
        let analysis = atlas_core::analyze(&text);
        let parts = result_parts(analysis.clone());
        assert!(parts.len() > 4, "a long result comes in several parts: {}", parts.len());
        let blocks: Vec<_> = parts.iter().filter(|p| p[0] == b'B').collect();
        assert!(blocks.len() > 2 && blocks.iter().all(|p| p.len() < PART_BYTES + 1024), "parts of about PART_BYTES");
        let (read, json) = read_all(parts).expect("readable");
        assert_eq!(read, analysis);
        assert_eq!(json, serde_json::to_string(&analysis).unwrap_or_default());
        // A small one, and the hand-built sample, too.
        for analysis in [atlas_core::analyze("Title\n"), crate::sample::sample_analysis()] {
            let (read, json) = read_all(result_parts(analysis.clone())).expect("readable");
            assert_eq!(read, analysis);
            assert_eq!(json, serde_json::to_string(&analysis).unwrap_or_default());
        }
    }

    #[test]
    fn broken_parts_are_refused_with_a_reason() {
        let parts =
            result_parts(atlas_core::analyze("Title\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.\n"));
        assert!(read_all(Vec::new()).is_err_and(|e| e.starts_with("its result could not be read (")));
        assert!(read_all(parts[1..].to_vec()).is_err(), "no head");
        assert!(read_all(vec![parts[0].clone(), b"B{}".to_vec()]).is_err());
        assert!(read_all(vec![parts[0].clone(), b"X[]".to_vec()]).is_err());
        assert!(read_all(vec![parts[0].clone(), vec![]]).is_err());
    }

    #[test]
    fn a_wasm_trap_reads_as_memory_or_internal_error() {
        assert!(failure_text("RuntimeError: unreachable").contains("ran out of memory"));
        assert!(failure_text("TypeError: x is not a function").contains("reported an error"));
    }
}
