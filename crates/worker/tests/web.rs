//! The worker module's exports in a real browser (wasm-bindgen-test): `analyzeInWorker` reports
//! the stages in order through a JavaScript callback and returns the pipeline's Analysis JSON;
//! `analyzeInWorkerParts` returns the same analysis as parts the page reads back.
#![cfg(target_arch = "wasm32")]

use atlas_core::parts::{Read, ResultReader};
use atlas_worker::{analyze_in_worker, analyze_in_worker_parts};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str =
    "Militias Strike Again\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. \
                       Kataib Hezbollah (KH) denied it; KH later attacked a convoy near Baghdad.\n";

#[wasm_bindgen_test]
fn the_export_reports_progress_in_order_and_returns_the_pipelines_analysis() {
    let reports = js_sys::Array::new();
    let record = {
        let reports = reports.clone();
        Closure::<dyn Fn(JsValue, JsValue)>::new(move |stage: JsValue, fraction: JsValue| {
            reports.push(&js_sys::Array::of2(&stage, &fraction));
        })
    };
    let json = analyze_in_worker(ARTICLE, record.as_ref().unchecked_ref());
    let pairs: Vec<(f64, f64)> = reports
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (pair.get(0).as_f64().unwrap_or(-1.0), pair.get(1).as_f64().unwrap_or(-1.0))
        })
        .collect();
    assert_eq!(pairs.first(), Some(&(0.0, 0.0)), "starts with the document stage at 0");
    assert_eq!(pairs.last(), Some(&(2.0, 1.0)), "ends with the events stage at 1");
    assert!(pairs.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1), "never goes back: {pairs:?}");
    let read: atlas_core::Analysis = serde_json::from_slice(&json).expect("Analysis JSON");
    assert_eq!(read, atlas_core::analyze(ARTICLE));
}

#[wasm_bindgen_test]
fn the_parts_read_back_as_the_analysis() {
    let ignore = Closure::<dyn Fn(JsValue, JsValue)>::new(|_: JsValue, _: JsValue| {});
    let parts = analyze_in_worker_parts(ARTICLE, ignore.as_ref().unchecked_ref());
    let mut reader = ResultReader::new(parts.iter().map(|p| js_sys::Uint8Array::new(&p).to_vec()).collect());
    let analysis = loop {
        if let Read::Done(analysis, _) = reader.step().expect("readable") {
            break *analysis;
        }
    };
    assert_eq!(analysis, atlas_core::analyze(ARTICLE));
}
