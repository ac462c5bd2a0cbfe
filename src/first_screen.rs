//! The first screen rendered at build time (`src/bin/prerender.rs`): the element that holds it
//! in `index.html`, and whether the app should draw its own first screen whole at once.

/// DOM id of the first screen rendered at build time, in `index.html`.
pub const SNAPSHOT_ID: &str = "snapshot";

/// `true` while rendering at build time, and in the browser while the first screen built ahead
/// is still on the page: the article has painted already, so the app draws everything in its
/// first render (no article cut short, no side panels added a task later) and the swap shows
/// nothing missing. Otherwise the app paints the article first and the rest after.
pub fn draw_whole() -> bool {
    !cfg!(target_arch = "wasm32")
        || web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.get_element_by_id(SNAPSHOT_ID).is_some())
}

/// Removes the first screen built ahead, once the app has rendered its own.
pub fn remove_snapshot() {
    if let Some(snapshot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SNAPSHOT_ID))
    {
        snapshot.remove();
    }
}
