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
pub mod segment;
pub mod state;
pub mod storage;
pub mod timeline;

/// The bundled default article (a copy of the seed), shown when the app opens.
pub const SEED_ARTICLE: &str = include_str!("../assets/seed.txt");

#[cfg(test)]
mod sample;
