//! The analysis worker's two ends in a real browser (wasm-bindgen-test): the exported
//! `analyzeInWorker` reports the stages in order through a JavaScript callback and returns JSON
//! that reads back as the main thread's analysis; without the page's module script (as in this
//! test page) no worker is started, so the import dialog analyses on the main thread instead.
#![cfg(target_arch = "wasm32")]

use article_atlas::analysis_worker::{analyze_in_worker, read_result, AnalysisJob};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::js_sys;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str =
    "Militias Strike Again\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. \
                       Kataib Hezbollah (KH) denied it; KH later attacked a convoy near Baghdad.\n";

#[wasm_bindgen_test]
fn the_export_reports_progress_in_order_and_returns_the_same_analysis() {
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
    assert_eq!(read_result(&json), Ok(atlas_core::analyze(ARTICLE)));
}

#[wasm_bindgen_test]
fn without_the_pages_module_script_no_worker_starts() {
    let started = AnalysisJob::start(ARTICLE, |_| panic!("no event without a worker"));
    let why = started.err().map(|unavailable| unavailable.0);
    assert_eq!(why.as_deref(), Some("the page's module script was not found"));
}
