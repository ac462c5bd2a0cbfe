//! Custom hooks: the app-state handle, URL-hash sync and a media-query subscription.

mod use_app;
mod use_hash_sync;
mod use_media_query;

pub use use_app::{use_app, AppContext, AppProvider};
pub use use_hash_sync::use_hash_sync;
pub use use_media_query::use_media_query;
