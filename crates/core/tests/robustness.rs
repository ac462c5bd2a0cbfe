//! Bad and hostile input: parsing never panics, never errs, and stays linear.

use atlas_core::analyze;
use proptest::prelude::*;

fn check_offsets(text: &str) {
    let a = analyze(text);
    for b in &a.blocks {
        for s in &b.spans {
            assert!(
                s.start < s.end
                    && s.end <= b.text.len()
                    && b.text.is_char_boundary(s.start)
                    && b.text.is_char_boundary(s.end)
            );
        }
    }
    for e in &a.entities {
        for m in &e.mentions {
            let b = &a.blocks[m.block];
            assert!(b.text.get(m.start..m.end).is_some(), "bad mention range");
        }
    }
    for ev in &a.events {
        for v in &ev.evidence {
            assert_eq!(a.blocks[v.block].text.get(v.start..v.end), Some(v.text.as_str()));
        }
    }
}

#[test]
fn empty_bom_crlf() {
    for t in ["", "\u{feff}", "\r\n\r\n", "   ", "❖", "RECOMMENDED", "by", "[", "**", "(<", "\\"] {
        check_offsets(t);
    }
    let crlf = include_str!("../../../assets/seed.txt").replace('\n', "\r\n");
    let a = analyze(&format!("\u{feff}{crlf}"));
    assert_eq!(a.meta.title.as_deref(), Some("The Harrowing of Mustafa Kadhimi"));
    assert_eq!(a.meta.published.as_ref().map(|p| p.date.as_str()), Some("2021-11-09"));
}

/// Inputs that once panicked (found by `examples/fuzz.rs`): one file each in `tests/fuzz_finds/`.
#[test]
fn fuzz_finds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_finds");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fuzz_finds") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("UTF-8");
        check_offsets(&text);
        n += 1;
    }
    assert!(n >= 4);
}

#[test]
fn hostile_links_are_inert() {
    let a = analyze("Title\n\nA [click](javascript:alert(1)) and [x](data:text/html,<script>) and <b>bold</b> and [ok](https://example.org/a).");
    let hrefs: Vec<_> = a.blocks.iter().flat_map(|b| b.spans.iter().map(|s| s.href.clone())).collect();
    assert!(hrefs.contains(&Some("https://example.org/a".to_string())));
    assert!(hrefs.iter().flatten().all(|h| h.starts_with("https://")));
    assert!(a.diagnostics.iter().filter(|d| d.message.contains("unsafe")).count() >= 2);
    assert!(a.blocks.iter().any(|b| b.text.contains("<b>bold</b>")), "HTML stays text");
}

#[test]
fn pathological_sizes() {
    let many_links = "[a](https://x.org/) ".repeat(100_000);
    check_offsets(&many_links);
    let stars = "*a ".repeat(100_000);
    check_offsets(&stars);
    let brackets = "[".repeat(100_000);
    check_offsets(&brackets);
    // One endless "sentence" of date words (quadratic before run-ons were skipped).
    let weekdays = "Thursday ".repeat(50_000);
    check_offsets(&weekdays);
    let one_line: String = (0..5_000_000 / 8).map(|i| if i % 13 == 0 { "Baghdad. " } else { "word ab " }).collect();
    check_offsets(&one_line);
}

#[test]
fn five_megabytes_of_random_text() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let alphabet: Vec<char> = "abcdefghij KLMNOP .,;:()[]*\\<>\n\n❖—’“”0123456789ابت".chars().collect();
    let text: String = (0..5_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize]
        })
        .collect();
    check_offsets(&text);
}

fn markupish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("[".to_string()),
        Just("](".to_string()),
        Just(")".to_string()),
        Just("\\(".to_string()),
        Just("\\)".to_string()),
        Just("**".to_string()),
        Just("*".to_string()),
        Just("(<https://a.b/c>)".to_string()),
        Just("\n\n".to_string()),
        Just("❖".to_string()),
        Just("RECOMMENDED".to_string()),
        Just("ABOUT THE AUTHORS".to_string()),
        Just("by Jane Roe".to_string()),
        Just("Nov 9, 2021".to_string()),
        Just("On March 4, 2021, militias attacked Kadhimi in Baghdad. ".to_string()),
        Just("Kataib Hezbollah (KH) ".to_string()),
        Just(" n February ".to_string()),
        Just(" O ".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]
    #[test]
    fn analyze_never_panics(text in markupish()) {
        check_offsets(&text);
    }
}

/// Any sequence of corrections, well-formed or not (unknown ids, ranges past the text, an event
/// added twice, merges of merged entities), is refused or applied without a panic, and a stored
/// log of them replays to the same result.
fn correction() -> impl Strategy<Value = atlas_core::Correction> {
    use atlas_core::{Correction, EntityKind, EventKind};
    let id = prop_oneof![
        (1usize..8).prop_map(|n| format!("ev-{n}")),
        (1usize..12).prop_map(|n| format!("ent-{n}")),
        "[a-z-]{0,6}"
    ];
    prop_oneof![
        (id.clone(), 0usize..11).prop_map(|(event, k)| Correction::EventKind { event, kind: EventKind::ALL[k] }),
        id.clone().prop_map(|event| Correction::DeleteEvent { event }),
        (id.clone(), id.clone()).prop_map(|(into, from)| Correction::MergeEntities { into, from }),
        (id.clone(), "[A-Za-z ]{0,12}").prop_map(|(entity, alias)| Correction::SplitAlias {
            entity,
            alias,
            new_id: String::new()
        }),
        (id.clone(), 0usize..4).prop_map(|(entity, k)| Correction::EntityKind {
            entity,
            kind: [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Other][k]
        }),
        (id.clone(), prop::collection::vec(id.clone(), 0..3), prop::collection::vec(id, 0..3))
            .prop_map(|(event, actors, targets)| Correction::EventParticipants { event, actors, targets }),
        (0usize..12, 0usize..400).prop_map(|(block, at)| Correction::AddEvent {
            event: atlas_core::Event {
                id: String::new(),
                kind: EventKind::Other,
                date: None,
                place: None,
                actors: Vec::new(),
                targets: Vec::new(),
                evidence: vec![atlas_core::Evidence { block, start: at, end: at + 7, text: "garbage".into() }],
                corrected: true,
            },
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn corrections_never_panic_and_replay(log in prop::collection::vec(correction(), 0..12)) {
        let mut a = analyze(include_str!("../../../assets/seed.txt"));
        for c in log {
            if let Ok(next) = a.correct(c) {
                a = next;
            }
        }
        let mut stored: atlas_core::Analysis = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert!(stored.verify_corrections().is_empty());
        prop_assert_eq!(&stored, &a);
        while let Some((back, _)) = a.undo_correction() {
            a = back;
        }
        prop_assert_eq!(a, analyze(include_str!("../../../assets/seed.txt")));
    }
}
