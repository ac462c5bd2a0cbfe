//! Times each pipeline phase on a file (a development aid: `cargo run --release --example phases -- FILE`).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "assets/seed.txt".into());
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let n = 50;
    let t = std::time::Instant::now();
    let mut doc = atlas_core::document::parse(&text);
    for _ in 1..n {
        doc = atlas_core::document::parse(&text);
    }
    println!("parse    {:?}", t.elapsed() / n);
    let t = std::time::Instant::now();
    let mut ents = Vec::new();
    for _ in 0..n {
        ents = atlas_core::entities::extract(&doc.blocks, &doc.meta);
    }
    println!("entities {:?}", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let _ = atlas_core::events::extract(&doc.blocks, &doc.meta, &ents);
    }
    println!("events   {:?}", t.elapsed() / n);
}
