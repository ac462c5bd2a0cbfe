//! Article Atlas core: the pure pipeline from article text to [`Analysis`] (SPEC §1), no web dependencies.

pub mod dates;
pub mod document;
pub mod export;
pub mod model;
pub mod sentences;

pub use model::*;

/// Analyse one article. Never fails and never panics: what cannot be understood
/// becomes a diagnostic.
pub fn analyze(text: &str) -> Analysis {
    let doc = document::parse(text);
    Analysis {
        schema: SCHEMA.to_string(),
        meta: doc.meta,
        blocks: doc.blocks,
        entities: Vec::new(),
        events: Vec::new(),
        diagnostics: doc.diagnostics,
    }
}
