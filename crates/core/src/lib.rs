//! Article Atlas core: the pure pipeline from article text to [`Analysis`] (SPEC §1), no web dependencies.
//!
//! text → [`document::parse`] (blocks, spans, meta) → [`entities::extract`] →
//! [`events::extract`] (dates and places resolved on the way) → [`Analysis`].

pub mod basemap;
pub mod combine;
pub mod corrections;
pub mod dates;
pub mod document;
pub mod entities;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod model;
pub mod places;
mod scan;
pub mod sentences;

pub use corrections::{Correction, CorrectionError, Corrections};
pub use model::*;

/// Analyse one article. Never fails and never panics: what cannot be understood
/// becomes a diagnostic.
pub fn analyze(text: &str) -> Analysis {
    let doc = document::parse(text);
    let entities = entities::extract(&doc.blocks, &doc.meta);
    let events = events::extract(&doc.blocks, &doc.meta, &entities);
    Analysis {
        schema: SCHEMA.to_string(),
        meta: doc.meta,
        blocks: doc.blocks,
        entities,
        events,
        diagnostics: doc.diagnostics,
        corrections: None,
    }
}
