//! Entry point of the Article Atlas web app: mounts the Yew root component.
//!
//! The analysis worker (`worker.js`) loads this same module; it has no window, so nothing is
//! mounted there and it only calls [`article_atlas::analysis_worker::analyze_in_worker`].

fn main() {
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<article_atlas::app::App>::new().render();
}
