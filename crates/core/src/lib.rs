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
pub mod parts;
pub mod places;
mod scan;
pub mod sentences;
pub mod sort;

pub use corrections::{Correction, CorrectionError, Corrections};
pub use model::*;

/// Analyse one article. Never fails and never panics: what cannot be understood
/// becomes a diagnostic.
pub fn analyze(text: &str) -> Analysis {
    analyze_with_progress(text, &mut |_| {})
}

/// A step of [`analyze`], in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// [`document::parse`]: block structure, header, inline markup.
    Document,
    /// [`entities::extract`]: names, aliases, acronyms, places.
    Entities,
    /// [`events::extract`]: sentences, dates, triggers, places, merging.
    Events,
}

impl Stage {
    /// Every stage, in the order they run (a stage's index here is how it crosses from the
    /// analysis worker to the page).
    pub const ALL: [Stage; 3] = [Stage::Document, Stage::Entities, Stage::Events];

    /// The share of the whole analysis this stage takes, measured on the 1 MB synthetic
    /// benchmark article, so that the overall fraction moves at a steady pace.
    pub const fn weight(self) -> f64 {
        match self {
            Stage::Document => 0.10,
            Stage::Entities => 0.38,
            Stage::Events => 0.52,
        }
    }

    /// The overall fraction done when this stage starts.
    pub const fn start(self) -> f64 {
        match self {
            Stage::Document => 0.0,
            Stage::Entities => Stage::Document.weight(),
            Stage::Events => Stage::Document.weight() + Stage::Entities.weight(),
        }
    }
}

/// How far [`analyze_with_progress`] has got.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// The stage running.
    pub stage: Stage,
    /// The share of the whole analysis done, from 0 to 1.
    pub fraction: f64,
}

/// [`analyze`], calling `report` as it goes: when each stage starts, then at most once per
/// percent, and finally with a fraction of 1. The fractions never go down. The result is the
/// same as [`analyze`]'s (which is this with a report that does nothing).
pub fn analyze_with_progress(text: &str, report: &mut dyn FnMut(Progress)) -> Analysis {
    let mut last: Option<(Stage, u32)> = None;
    let mut at = |stage: Stage, within: f64| {
        let fraction = (stage.start() + stage.weight() * within.clamp(0.0, 1.0)).min(1.0);
        let percent = (fraction * 100.0) as u32;
        if last.is_none_or(|(s, p)| s != stage || p != percent) {
            last = Some((stage, percent));
            report(Progress { stage, fraction });
        }
    };
    at(Stage::Document, 0.0);
    let doc = document::parse(text);
    at(Stage::Entities, 0.0);
    // Sentences are split once, for both the entities and the events.
    let sentences = entities::block_sentences(&doc.blocks);
    let entities = entities::extract_in_sentences(&doc.blocks, &doc.meta, &sentences, &mut |f| at(Stage::Entities, f));
    let events =
        events::extract_in_sentences(&doc.blocks, &doc.meta, &entities, &sentences, &mut |f| at(Stage::Events, f));
    at(Stage::Events, 1.0);
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

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../../assets/seed.txt");

    #[test]
    fn progress_does_not_change_the_analysis() {
        let doc = document::parse(SEED);
        let entities = entities::extract(&doc.blocks, &doc.meta);
        let events = events::extract(&doc.blocks, &doc.meta, &entities);
        let mut reports = Vec::new();
        let analysis = analyze_with_progress(SEED, &mut |p| reports.push(p));
        assert_eq!(analysis.blocks, doc.blocks);
        assert_eq!(analysis.entities, entities);
        assert_eq!(analysis.events, events);
        assert_eq!(serde_json::to_string(&analysis).ok(), serde_json::to_string(&analyze(SEED)).ok());
        assert!(!reports.is_empty());
    }

    #[test]
    fn progress_runs_through_every_stage_in_order_from_0_to_1() {
        // The seed's body four times, before one end mark: every paragraph is article text.
        let body = SEED.split('❖').next().unwrap_or(SEED);
        let text = format!("{}\n\n❖\n", [body; 4].join("\n\n"));
        let mut reports: Vec<Progress> = Vec::new();
        analyze_with_progress(&text, &mut |p| reports.push(p));
        let stages: Vec<Stage> = reports.iter().map(|p| p.stage).collect();
        assert!(stages.windows(2).all(|w| w[0] <= w[1]), "stages in order: {stages:?}");
        for stage in [Stage::Document, Stage::Entities, Stage::Events] {
            assert!(stages.contains(&stage), "{stage:?} is reported");
        }
        let fractions: Vec<f64> = reports.iter().map(|p| p.fraction).collect();
        assert_eq!(fractions.first(), Some(&0.0));
        assert_eq!(fractions.last(), Some(&1.0));
        assert!(fractions.windows(2).all(|w| w[0] <= w[1]), "fractions never go down: {fractions:?}");
        // Several steps inside the long stages, but not one per block: at most one per percent and stage.
        assert!(reports.iter().filter(|p| p.stage == Stage::Events).count() > 10);
        assert!(reports.len() <= 103);
    }
}
