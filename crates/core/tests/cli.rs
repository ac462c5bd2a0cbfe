//! The `atlas` command line: exit codes, and `export` reading a corrected Analysis JSON.

use std::process::Command;

use atlas_core::{Correction, EventKind};

fn atlas(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_atlas")).args(args).output().expect("atlas runs")
}

#[test]
fn export_reads_a_corrected_analysis_and_keeps_the_corrections() {
    let text = "Blast in the Capital\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen attacked a checkpoint in Basra.\n";
    let analysis = atlas_core::analyze(text);
    let first = analysis.events.first().expect("an event").id.clone();
    let corrected =
        analysis.correct(Correction::EventKind { event: first.clone(), kind: EventKind::Kidnapping }).expect("valid");
    let dir = std::env::temp_dir().join(format!("atlas-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("corrected.analysis.json");
    std::fs::write(&path, serde_json::to_string(&corrected).expect("json")).expect("write");
    let path = path.to_str().expect("utf-8 path");

    let csv = atlas(&["export", path, "--format", "csv"]);
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    let csv = String::from_utf8(csv.stdout).expect("utf-8");
    let row = csv.lines().nth(1).expect("a row");
    assert!(row.starts_with(&format!("{first},2022-03-01,day,kidnapping,")), "{row}");
    assert!(row.ends_with(",yes"), "the row is marked corrected: {row}");

    let json = atlas(&["export", path, "--format", "json"]);
    let back: atlas_core::Analysis = serde_json::from_slice(&json.stdout).expect("an Analysis");
    assert_eq!(back, corrected, "the Analysis JSON round-trips with its corrections");

    std::fs::write(dir.join("bad.json"), "{\"schema\": \"other/1\"}").expect("write");
    let bad = atlas(&["export", dir.join("bad.json").to_str().unwrap_or_default(), "--format", "csv"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).starts_with("atlas: "), "one clear line on stderr");
    let _ = std::fs::remove_dir_all(&dir);
}
