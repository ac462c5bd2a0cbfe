//! The benchmark's synthetic article (shared by `benches/analyze.rs` and `examples/profile.rs`).

const SEED: &str = include_str!("../../../../assets/seed.txt");

/// A ~1 MB article: the seed's body and the synthetic fixtures' bodies (reposts and newsletters
/// aside; each cut before its end
/// mark, RECOMMENDED or a web page's "Related articles" / "Read more" list), repeated with shifted
/// years, all before one end mark (❖), so that every paragraph is read as article text.
pub fn synthetic(target: usize) -> String {
    let fixtures = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .map(|d| {
            let mut files: Vec<_> = d
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                // Reposts and newsletters carry a site's furniture (skip links, menus, mail
                // headers), which would end the synthetic article there.
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| !n.contains("repost") && !n.contains("email"))
                })
                .collect();
            files.sort();
            files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let bodies: Vec<String> = std::iter::once(SEED.to_string())
        .chain(fixtures)
        .map(|t| {
            let body = t.split(['❖']).next().unwrap_or("").split("RECOMMENDED").next().unwrap_or("");
            // A web page's list of other articles ends its article, and would end this one.
            body.split("\nRelated articles\n")
                .next()
                .unwrap_or("")
                .split("\nRead more\n")
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let mut out = bodies[0].clone();
    let mut i = 0usize;
    while out.len() < target {
        let body = &bodies[i % bodies.len()];
        out.push_str("\n\n");
        out.push_str(&body.replace("2021", &format!("{}", 1990 + (i % 30))));
        i += 1;
    }
    out.push_str("\n\n❖\n");
    out
}
