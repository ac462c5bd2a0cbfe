//! Analyses the bundled article when the app is built: the page shows the seed from this JSON,
//! so the app's wasm carries none of the pipeline's code (only the analysis worker's module does).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=assets/seed.txt");
    let seed = std::fs::read_to_string("assets/seed.txt").expect("assets/seed.txt is part of the repository");
    let json = serde_json::to_string(&atlas_core::analyze(&seed)).expect("an Analysis serialises");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("seed.analysis.json"), json).expect("OUT_DIR is writable");
}
