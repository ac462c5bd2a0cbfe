//! Snapshot tests as data: every `fixtures/NAME.txt` is analysed and compared with `snapshots/NAME.txt`.
//!
//! Adding a case is adding a fixture file; `UPDATE_EXPECT=1 cargo test -p atlas-core --test snapshots`
//! writes the snapshots anew (review the diff before committing).

use atlas_core::{analyze, Analysis};
use std::fmt::Write;
use std::path::Path;

/// A readable summary of an analysis: what a reviewer checks in a diff.
fn summary(a: &Analysis) -> String {
    let mut s = String::new();
    let m = &a.meta;
    let _ = writeln!(s, "title: {:?}", m.title);
    for au in &m.authors {
        let _ = writeln!(
            s,
            "author: {} href={:?} bio={}",
            au.name,
            au.href,
            au.bio.as_deref().map_or("-".into(), |b| b.chars().take(50).collect::<String>())
        );
    }
    let _ = writeln!(s, "published: {:?}", m.published.as_ref().map(|p| (&p.date, &p.text)));
    let _ = writeln!(s, "kind: {:?}", m.kind);
    let _ = writeln!(s, "summary: {:?}", m.summary.as_deref().map(|x| x.chars().take(80).collect::<String>()));
    for t in &m.translations {
        let _ = writeln!(s, "translation: {} {} {}", t.language, t.label, t.href);
    }
    for r in &m.recommended {
        let _ = writeln!(s, "recommended: {} | {:?} | {:?} | {:?} | {:?}", r.title, r.kind, r.date, r.authors, r.href);
    }
    for b in &a.blocks {
        let head: String = b.text.chars().take(70).collect();
        let _ = writeln!(s, "block {} {:?} spans={}: {}", b.id, b.kind, b.spans.len(), head);
    }
    for e in &a.entities {
        let _ = writeln!(
            s,
            "entity {:?} {} aliases={:?} acronym={:?} mentions={}",
            e.kind,
            e.name,
            e.aliases,
            e.acronym,
            e.mentions.len()
        );
    }
    for ev in &a.events {
        let date = ev.date.as_ref().map_or("-".into(), |d| format!("{} {:?} {:?}", d.start, d.precision, d.basis));
        let place = ev.place.as_ref().map_or("-".into(), |p| {
            format!("{} {:?}{}", p.name, p.precision, if p.inferred { " inferred" } else { "" })
        });
        let head: String = ev.evidence[0].text.chars().take(70).collect();
        let _ = writeln!(s, "event {:?} [{}] @ {} x{}: {}", ev.kind, date, place, ev.evidence.len(), head);
    }
    for d in &a.diagnostics {
        let _ = writeln!(s, "diagnostic {:?} {:?}: {}", d.level, d.block, d.message);
    }
    s
}

#[test]
fn fixtures_match_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut files: Vec<_> = std::fs::read_dir(root.join("fixtures"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "fixtures missing");
    let mut failures = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let got = summary(&analyze(&text));
        let snap = root.join("snapshots").join(f.file_name().unwrap());
        if update {
            std::fs::write(&snap, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_default();
        if want != got {
            let first = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "{}: first difference at line {}\n  want: {}\n  got:  {}",
                f.display(),
                first + 1,
                want.lines().nth(first).unwrap_or("<end>"),
                got.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "snapshots differ (UPDATE_EXPECT=1 to accept):\n{}", failures.join("\n"));
}
