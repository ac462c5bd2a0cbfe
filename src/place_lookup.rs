//! Place lookups for corrections: the gazetteer lives in the analysis worker's module only (the
//! page's first load carries none of it), so the correction dialog's place search and the map's
//! place picking ask a long-lived worker of their own, started on the first question, and get
//! their answer in a callback. Should the worker not start or answer, the callback gets a
//! sentence saying why.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use atlas_core::{Entity, EntityKind, Place};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::js_sys;

use crate::analysis_worker::{get, js_error_text, message, new_worker, Worker};

type Answer = Box<dyn FnOnce(Result<JsValue, String>)>;

/// The lookup worker and the questions it has not answered yet, by id.
struct Lookup {
    worker: Worker,
    next_id: Cell<u32>,
    pending: Rc<RefCell<HashMap<u32, Answer>>>,
    _listeners: [EventListener; 2],
}

thread_local! {
    static LOOKUP: RefCell<Option<Rc<Lookup>>> = const { RefCell::new(None) };
}

/// The running lookup worker, started if need be.
fn lookup() -> Result<Rc<Lookup>, String> {
    if let Some(lookup) = LOOKUP.with(|l| l.borrow().clone()) {
        return Ok(lookup);
    }
    let worker = new_worker().map_err(|e| e.0)?;
    let pending: Rc<RefCell<HashMap<u32, Answer>>> = Rc::default();
    let on_message = {
        let pending = pending.clone();
        EventListener::new(&worker, "message", move |event| {
            let data = get(event.as_ref(), "data");
            let id = get(&data, "id").as_f64().unwrap_or(-1.0) as u32;
            // Taken out before it runs: an answer may ask again.
            let Some(answer) = pending.borrow_mut().remove(&id) else { return };
            match get(&data, "kind").as_string().as_deref() {
                Some("answer") => answer(Ok(get(&data, "answer"))),
                _ => answer(Err(get(&data, "message").as_string().unwrap_or_else(|| "no detail".into()))),
            }
        })
    };
    // The script could not load: every question fails, and the next one starts a new worker.
    let on_error = {
        let pending = pending.clone();
        EventListener::new(&worker, "error", move |_| {
            LOOKUP.with(|l| l.borrow_mut().take());
            let answers: Vec<Answer> = pending.borrow_mut().drain().map(|(_, a)| a).collect();
            for answer in answers {
                answer(Err("the background worker could not be loaded".into()));
            }
        })
    };
    let lookup = Rc::new(Lookup { worker, next_id: Cell::new(0), pending, _listeners: [on_message, on_error] });
    LOOKUP.with(|l| *l.borrow_mut() = Some(lookup.clone()));
    Ok(lookup)
}

/// Ask the worker's `name` export with `args`; `on_answer` gets its return value or why not.
fn ask(name: &str, args: js_sys::Array, on_answer: impl FnOnce(Result<JsValue, String>) + 'static) {
    let lookup = match lookup() {
        Ok(lookup) => lookup,
        Err(why) => return on_answer(Err(why)),
    };
    let id = lookup.next_id.get();
    lookup.next_id.set(id.wrapping_add(1));
    let sent = message(&[("lookup", name.into()), ("id", id.into()), ("args", args.into())])
        .map_err(|e| e.0)
        .and_then(|m| lookup.worker.post_message(&m).map_err(|e| js_error_text(&e)));
    match sent {
        Ok(()) => {
            lookup.pending.borrow_mut().insert(id, Box::new(on_answer));
        }
        Err(why) => on_answer(Err(why)),
    }
}

/// Read an answer that is JSON text.
fn json<T: serde::de::DeserializeOwned>(answer: Result<JsValue, String>) -> Result<T, String> {
    let text = answer?.as_string().ok_or("the answer was not text")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// The country (ISO alpha-2) the article with these entities is mostly about, if known; the
/// place search lists its places first.
pub fn article_country(entities: &[Entity], on_done: impl FnOnce(Option<String>) + 'static) {
    let places: Vec<&Entity> = entities.iter().filter(|e| e.kind == EntityKind::Place).collect();
    let Ok(places) = serde_json::to_string(&places) else { return on_done(None) };
    ask("articleCountry", js_sys::Array::of1(&places.into()), move |answer| {
        on_done(answer.ok().and_then(|a| a.as_string()))
    });
}

/// Up to `limit` places whose name starts with `query` (or has a word that does), those in
/// `prefer` first; or why the search could not run.
pub fn search_places(
    query: &str,
    limit: usize,
    prefer: Option<String>,
    on_done: impl FnOnce(Result<Vec<Place>, String>) + 'static,
) {
    let prefer = prefer.map_or(JsValue::UNDEFINED, JsValue::from);
    let args = js_sys::Array::of3(&query.into(), &(limit as u32).into(), &prefer);
    ask("searchPlaces", args, move |answer| on_done(json(answer)));
}

/// The named place nearest to a point within `max_km`, if any (and `None` when the worker could
/// not answer).
pub fn place_near(lat: f64, lon: f64, max_km: f64, on_done: impl FnOnce(Option<Place>) + 'static) {
    let args = js_sys::Array::of3(&lat.into(), &lon.into(), &max_km.into());
    ask("placeNear", args, move |answer| on_done(json(answer).ok().flatten()));
}
