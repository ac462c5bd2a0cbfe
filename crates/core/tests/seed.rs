//! The bundled seed article: the reference export's structure must come out exactly.

use atlas_core::{analyze, BlockKind};

const SEED: &str = include_str!("../../../assets/seed.txt");

#[test]
fn seed_meta() {
    let a = analyze(SEED);
    let m = &a.meta;
    assert_eq!(m.title.as_deref(), Some("The Harrowing of Mustafa Kadhimi"));
    assert_eq!(m.authors.len(), 1);
    assert_eq!(m.authors[0].name, "Michael Knights");
    assert_eq!(m.authors[0].href.as_deref(), Some("/experts/michael-knights"));
    assert!(m.authors[0].bio.as_deref().is_some_and(|b| b.starts_with("Michael Knights is the Jill")));
    assert_eq!(m.published.as_ref().map(|p| p.date.as_str()), Some("2021-11-09"));
    assert_eq!(m.kind.as_deref(), Some("Brief Analysis"));
    assert!(m.summary.as_deref().is_some_and(|s| s.starts_with("Militias' repeated targeting")));
    assert_eq!(m.translations.len(), 1);
    assert_eq!((m.translations[0].language.as_str(), m.translations[0].label.as_str()), ("ar", "العربية"));
    assert_eq!(m.translations[0].href, "/ar/policy-analysis/trwy-mstfy-alkazmy");
}

#[test]
fn seed_recommended_stays_out_of_the_body() {
    let a = analyze(SEED);
    let r = &a.meta.recommended;
    assert_eq!(r.len(), 3);
    assert_eq!(r[0].title, "Saudi Arabia Adjusts Its History, Diminishing the Role of Wahhabism");
    assert_eq!(
        (r[0].date.as_deref(), r[0].authors.as_slice()),
        (Some("2022-02-11"), &["Simon Henderson".to_string()][..])
    );
    assert_eq!(r[2].authors, vec!["Ido Levy", "Craig Whiteside"]);
    assert_eq!(r[2].date.as_deref(), Some("2022-02-16"));
    assert!(r[2].href.as_deref().is_some_and(|h| h.starts_with("/policy-analysis/targeting")));
    for b in &a.blocks {
        assert!(
            !b.text.contains("Wahhabism") && !b.text.contains("Levitt") && !b.text.contains("RECOMMENDED"),
            "{}",
            b.text
        );
    }
    for e in &a.events {
        assert!(e.date.as_ref().is_none_or(|d| !d.start.starts_with("2022")), "recommended date became an event");
    }
}

#[test]
fn seed_body_is_clean_text_with_spans() {
    let a = analyze(SEED);
    let body: Vec<_> = a.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).collect();
    assert_eq!(body.len(), 8);
    for b in &body {
        for residue in ["](", "\\(", "**", "(<", "❖", "*not*"] {
            assert!(!b.text.contains(residue), "markup residue {residue:?} in {}", b.text);
        }
        for s in &b.spans {
            assert!(b.text.is_char_boundary(s.start) && b.text.is_char_boundary(s.end) && s.start < s.end);
        }
    }
    // The Arabic URL that breaks across two lines is rejoined into one link.
    let link = body
        .iter()
        .flat_map(|b| b.spans.iter().map(move |s| (&b.text[s.start..s.end], s.href.clone())))
        .find(|(t, _)| *t == "act of war")
        .unwrap();
    assert!(link.1.unwrap().ends_with("سياسةحزب-الله-تكاليف-الكاظمي-بتشكيل-الحكومة-خيابة"));
    assert!(body[1].text.ends_with("would “burn what remained of the stability of Iraq.”"));
}
