//! Custom hooks: the app-state handle, URL-hash sync, a media-query subscription, modal
//! dialogs, progressive drawing of long lists and the local library.

mod idb;
mod use_app;
mod use_hash_sync;
mod use_library;
mod use_media_query;
mod use_modal;
mod use_progressive;

pub use use_app::{use_app, AppContext, AppProvider};
pub use use_hash_sync::use_hash_sync;
pub use use_library::{
    after_paint, now, set_timeout, use_library, Library, LibraryAction, LibraryProvider, LibraryState, LocalStore,
    Notice, NoticeKind, Panel,
};
pub use use_media_query::use_media_query;
pub use use_modal::use_modal;
pub use use_progressive::use_progressive;
