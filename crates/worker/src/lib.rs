//! The analysis worker's wasm module: the pipeline, apart from the app. Only the Web Worker
//! (`worker.js`) loads it, when an article is imported, so the page's first load carries none of
//! the pipeline's code or its gazetteer; the page's side of the worker is the app's
//! `analysis_worker` module, and the result crosses over as [`atlas_core::parts`].

use atlas_core::{Analysis, Stage};
use wasm_bindgen::prelude::*;

/// The bundled article, which a worker started ahead warms up on.
const SEED_ARTICLE: &str = include_str!("../../../assets/seed.txt");

/// Analyses of the bundled article (9 KB, a few milliseconds each) a worker started ahead runs.
const WARM_UP_RUNS: usize = 8;

/// Analyse `text`, calling `progress(stage_index, fraction)` as the pipeline goes, and return
/// the Analysis JSON as UTF-8 bytes (transferred back without a copy).
#[wasm_bindgen(js_name = analyzeInWorker)]
pub fn analyze_in_worker(text: &str, progress: &js_sys::Function) -> Vec<u8> {
    // Serialising plain data structures cannot fail; an empty answer is reported as unreadable.
    serde_json::to_vec(&analyze_reporting(text, progress)).unwrap_or_default()
}

/// As [`analyze_in_worker`], but the result as [`atlas_core::parts::result_parts`], each a
/// `Uint8Array` of its own (so that the worker can transfer them all).
#[wasm_bindgen(js_name = analyzeInWorkerParts)]
pub fn analyze_in_worker_parts(text: &str, progress: &js_sys::Function) -> js_sys::Array {
    atlas_core::parts::result_parts(analyze_reporting(text, progress))
        .iter()
        .map(|part| js_sys::Uint8Array::from(&part[..]))
        .collect()
}

/// Runs in a worker started ahead: the first analysis in a fresh instance is the slowest (tables
/// built on first use, memory grown, code not yet optimised), so the bundled article takes it,
/// a few times over (the engine optimises the functions that have run a while).
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() {
    for _ in 0..WARM_UP_RUNS {
        drop(atlas_core::analyze(SEED_ARTICLE));
    }
}

fn analyze_reporting(text: &str, progress: &js_sys::Function) -> Analysis {
    atlas_core::analyze_with_progress(text, &mut |p| {
        let stage = Stage::ALL.iter().position(|s| *s == p.stage).unwrap_or(0);
        let _ = progress.call2(&JsValue::NULL, &JsValue::from(stage as u32), &JsValue::from(p.fraction));
    })
}
