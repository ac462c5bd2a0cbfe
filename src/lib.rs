//! Article Atlas web app: the thin Yew UI over the pure `atlas_core` pipeline (SPEC §2).
//!
//! Data flows one way: text → `atlas_core::Analysis` → [`state::AppState`] → views.
//! Pure helpers ([`mod@derive`], [`segment`], [`mod@format`]) hold no DOM code and are tested natively.

pub mod analysis_worker;
pub mod app;
pub mod components;
pub mod derive;
pub mod first_screen;
pub mod format;
pub mod geo;
pub mod hooks;
pub mod place_lookup;
pub mod segment;
pub mod state;
pub mod storage;
pub mod timeline;

/// The bundled default article (a copy of the seed), shown when the app opens.
pub const SEED_ARTICLE: &str = include_str!("../assets/seed.txt");

/// [`SEED_ARTICLE`]'s Analysis JSON, made by the pipeline when the app is built (`build.rs`), so
/// that the page shows it without the pipeline's code.
pub const SEED_ANALYSIS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/seed.analysis.json"));

/// The bundled article's analysis (read from [`SEED_ANALYSIS_JSON`] as any stored analysis is).
pub fn seed_analysis() -> atlas_core::Analysis {
    // The build wrote it with the same pipeline and schema, so it always reads (a native test
    // checks it); should it not, the app opens on an empty article that says why.
    storage::parse_analysis(SEED_ANALYSIS_JSON).unwrap_or_else(|e| atlas_core::Analysis {
        schema: atlas_core::SCHEMA.to_string(),
        meta: atlas_core::Meta::default(),
        blocks: Vec::new(),
        entities: Vec::new(),
        events: Vec::new(),
        diagnostics: vec![atlas_core::Diagnostic::warning(format!("The bundled article could not be read: {e}"), None)],
        corrections: None,
    })
}

#[cfg(test)]
mod sample;

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_analysis_is_the_pipelines_own() {
        assert_eq!(crate::seed_analysis(), atlas_core::analyze(crate::SEED_ARTICLE));
    }
}
