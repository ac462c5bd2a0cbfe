//! The analysis worker's wasm module: the pipeline and its gazetteer, apart from the app. Only the
//! Web Worker (`worker.js`) loads it, when an article is imported or a place is looked up, so the
//! page's first load carries none of the pipeline's code or data. The page's sides of it are the
//! app's `analysis_worker` (analyses, whose result crosses over as [`atlas_core::parts`]) and
//! `place_lookup` (the correction dialog's place search and the map's place picking).

use atlas_core::gazetteer::gazetteer;
use atlas_core::places::{place_of, Geography};
use atlas_core::{Analysis, Entity, Stage};
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

/// The country an article is mostly about (ISO alpha-2), from its entities as JSON (the places
/// are enough): the place search lists that country's places first. `None` when the JSON is not
/// a list of entities or no place is known.
#[wasm_bindgen(js_name = articleCountry)]
pub fn article_country(entities_json: &str) -> Option<String> {
    let entities: Vec<Entity> = serde_json::from_str(entities_json).ok()?;
    Geography::new(&entities).country
}

/// Up to `limit` gazetteer places for a search box, those in `prefer` (an ISO alpha-2 country)
/// first, as a JSON list of Analysis places.
#[wasm_bindgen(js_name = searchPlaces)]
pub fn search_places(query: &str, limit: usize, prefer: Option<String>) -> String {
    let places: Vec<_> =
        gazetteer().search(query, limit, prefer.as_deref()).into_iter().map(|p| place_of(p, None, false)).collect();
    serde_json::to_string(&places).unwrap_or_else(|_| "[]".into())
}

/// The named place nearest to a point within `max_km`, as Analysis place JSON, or `null`.
#[wasm_bindgen(js_name = placeNear)]
pub fn place_near(lat: f64, lon: f64, max_km: f64) -> String {
    let place = gazetteer().nearest(lat, lon, max_km).map(|p| place_of(p, None, false));
    serde_json::to_string(&place).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::Place;

    #[test]
    fn the_search_lists_the_article_s_country_first() {
        let country = article_country(&serde_json::to_string(&atlas_core::analyze(SEED_ARTICLE).entities).unwrap());
        assert_eq!(country.as_deref(), Some("IQ"));
        assert_eq!(article_country("not json"), None);
        let found: Vec<Place> = serde_json::from_str(&search_places("Kar", 8, country)).unwrap();
        assert!(!found.is_empty() && found.len() <= 8);
        assert!(found[0].name.starts_with("Kar"), "{found:?}");
        assert_eq!(search_places("", 8, None), "[]");
    }

    #[test]
    fn a_point_names_the_nearest_place_within_reach_or_none() {
        let mansour = gazetteer().best("Mansour").unwrap();
        let near: Option<Place> = serde_json::from_str(&place_near(mansour.lat, mansour.lon + 0.002, 2.0)).unwrap();
        assert_eq!(near.map(|p| p.name), Some(place_of(mansour, None, false).name));
        assert_eq!(place_near(35.0, -40.0, 5.0), "null");
    }
}
