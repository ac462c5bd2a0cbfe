//! Build step: renders the app's first screen (the bundled article, analysed) into `index.html`,
//! so the annotated article shows as soon as the HTML and CSS arrive; the app replaces it when it
//! starts (`crate::app::Shell` removes the `#snapshot` element).
//!
//! `cargo run --features ssr --bin prerender -- dist/index.html` (run by `cargo xtask` after
//! each release build).

use std::process::ExitCode;

/// The element in `index.html` that receives the first screen.
const PLACEHOLDER: &str = r#"<div id="snapshot"></div>"#;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST/index.html");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(at) = page.find(PLACEHOLDER) else {
        eprintln!("prerender: {path} has no {PLACEHOLDER} (already rendered, or not the app's page)");
        return ExitCode::FAILURE;
    };
    let screen = first_screen();
    let end = at + PLACEHOLDER.len() - "</div>".len();
    let page = format!("{}{screen}{}", &page[..end], &page[end..]);
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    println!("prerender: {} bytes of first screen written into {path}", screen.len());
    ExitCode::SUCCESS
}

/// The markup of the app's first render, without hydration markers (the app redraws it).
fn first_screen() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    let render = yew::LocalServerRenderer::<article_atlas::app::App>::new().hydratable(false).render();
    tokio::task::LocalSet::new().block_on(&runtime, render)
}
