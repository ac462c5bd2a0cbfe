//! A small, realistic, hand-built `Analysis` of the seed article for tests (native unit tests
//! include it as a module; `tests/web.rs` includes the same file by path).

use atlas_core::*;

/// Byte range of the first `needle` in `hay` (panics in tests when missing, on purpose).
fn find(hay: &str, needle: &str) -> (usize, usize) {
    let s = hay.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {hay:?}"));
    (s, s + needle.len())
}

fn mention(block: &Block, needle: &str) -> Mention {
    let (start, end) = find(&block.text, needle);
    Mention { block: block.id, start, end }
}

fn evidence(block: &Block, sentence: &str) -> Evidence {
    let (start, end) = find(&block.text, sentence);
    Evidence { block: block.id, start, end, text: sentence.to_string() }
}

fn span(block_text: &str, needle: &str, kind: SpanKind, href: Option<&str>) -> Span {
    let (start, end) = find(block_text, needle);
    Span { start, end, kind, href: href.map(Into::into) }
}

pub const TITLE: &str = "The Harrowing of Mustafa Kadhimi";
pub const ALSUMARIA: &str = "https://www.alsumaria.tv/news/-/كتائب/341092/سياسة";
pub const RUDAW: &str = "https://www.rudaw.net/english/middleeast/iraq/21032021";

/// The sample analysis: title, summary, bio, three paragraphs with links (external,
/// repeated, unsafe), emphasis, four entities and three events.
pub fn sample_analysis() -> Analysis {
    let bio = "Michael Knights is the Jill and Jay Bernstein Fellow of The Washington Institute, specializing in the military and security affairs of Iraq, Iran, and the Persian Gulf states.";
    let summary = "Militias' repeated targeting of Kadhimi, including this week's attack on his home, emphasizes that Kadhimi has done something right in his past two years as Prime Minister of Iraq.";
    let p1 = "In the latest twist of this long and winding tale, bombs dropped by drones struck Kadhimi’s house in the early hours of November 7, likely meant to intimidate politicians of all stripes. Iraq’s premier Mustafa al-Kadhimi was unharmed.";
    let p2 = "Kadhimi’s first physical confrontation with Iran-backed militias came in April 2020, when armed militiamen from Kataib Hezbollah (KH) surrounded him. KH’s commander warned that his appointment would be considered an act of war and would “burn what remained of the stability of Iraq.” Kadhimi still did not release the KH member.";
    let p3 = "On March 21, 2021, militias assassinated INIS officer Mahmoud Laith Hussein in the Mansour neighborhood of Baghdad. The same outlet reported it again, and a doubtful source was removed.";

    let blocks = vec![
        Block { id: 0, kind: BlockKind::Title, text: TITLE.into(), spans: vec![] },
        Block {
            id: 1,
            kind: BlockKind::Byline,
            text: "by Michael Knights".into(),
            spans: vec![span(
                "by Michael Knights",
                "Michael Knights",
                SpanKind::Link,
                Some("/experts/michael-knights"),
            )],
        },
        Block { id: 2, kind: BlockKind::Date, text: "Nov 9, 2021".into(), spans: vec![] },
        Block { id: 3, kind: BlockKind::Bio, text: bio.into(), spans: vec![] },
        Block { id: 4, kind: BlockKind::Summary, text: summary.into(), spans: vec![] },
        Block { id: 5, kind: BlockKind::Paragraph, text: p1.into(), spans: vec![] },
        Block {
            id: 6,
            kind: BlockKind::Paragraph,
            text: p2.into(),
            spans: vec![span(p2, "act of war", SpanKind::Link, Some(ALSUMARIA)), span(p2, "not", SpanKind::Em, None)],
        },
        Block {
            id: 7,
            kind: BlockKind::Paragraph,
            text: p3.into(),
            spans: vec![
                span(p3, "assassinated", SpanKind::Strong, None),
                span(p3, "assassinated", SpanKind::Link, Some(RUDAW)),
                span(p3, "reported it again", SpanKind::Link, Some(RUDAW)),
                span(p3, "doubtful source", SpanKind::Link, None),
            ],
        },
    ];

    let (b4, b5, b6, b7) = (&blocks[4], &blocks[5], &blocks[6], &blocks[7]);
    let entities = vec![
        Entity {
            id: "ent-1".into(),
            name: "Mustafa al-Kadhimi".into(),
            kind: EntityKind::Person,
            aliases: vec!["Kadhimi".into(), "the premier".into()],
            acronym: None,
            mentions: vec![
                mention(b4, "Kadhimi"),
                mention(b5, "Kadhimi"),
                mention(b5, "Mustafa al-Kadhimi"),
                mention(b6, "Kadhimi"),
            ],
            corrected: false,
        },
        Entity {
            id: "ent-2".into(),
            name: "Kataib Hezbollah".into(),
            kind: EntityKind::Organization,
            aliases: vec![],
            acronym: Some("KH".into()),
            mentions: vec![mention(b6, "Kataib Hezbollah (KH)"), mention(b6, "KH’s")],
            corrected: false,
        },
        Entity {
            id: "ent-3".into(),
            name: "Baghdad".into(),
            kind: EntityKind::Place,
            aliases: vec![],
            acronym: None,
            mentions: vec![mention(b7, "Baghdad")],
            corrected: false,
        },
        Entity {
            id: "ent-4".into(),
            name: "Iraqi National Intelligence Service".into(),
            kind: EntityKind::Organization,
            aliases: vec![],
            acronym: Some("INIS".into()),
            mentions: vec![mention(b7, "INIS")],
            corrected: false,
        },
    ];

    let baghdad = |inferred: bool, text: Option<&str>| Place {
        name: "Baghdad".into(),
        text: text.map(Into::into),
        lat: 33.3152,
        lon: 44.3661,
        precision: GeoPrecision::City,
        inferred,
    };
    let events = vec![
        Event {
            id: "ev-1".into(),
            kind: EventKind::Attack,
            date: Some(EventDate {
                start: "2021-11-07".into(),
                end: None,
                precision: Precision::Day,
                text: Some("November 7".into()),
                basis: DateBasis::Publication,
            }),
            place: Some(baghdad(true, None)),
            actors: vec![],
            targets: vec!["ent-1".into()],
            evidence: vec![
                evidence(b5, "In the latest twist of this long and winding tale, bombs dropped by drones struck Kadhimi’s house in the early hours of November 7, likely meant to intimidate politicians of all stripes."),
                evidence(b4, summary),
            ],
            corrected: false,
        },
        Event {
            id: "ev-2".into(),
            kind: EventKind::Confrontation,
            date: Some(EventDate {
                start: "2020-04".into(),
                end: None,
                precision: Precision::Month,
                text: Some("April 2020".into()),
                basis: DateBasis::Explicit,
            }),
            place: Some(baghdad(true, None)),
            actors: vec!["ent-2".into()],
            targets: vec!["ent-1".into()],
            evidence: vec![evidence(b6, "Kadhimi’s first physical confrontation with Iran-backed militias came in April 2020, when armed militiamen from Kataib Hezbollah (KH) surrounded him.")],
            corrected: false,
        },
        Event {
            id: "ev-3".into(),
            kind: EventKind::Assassination,
            date: Some(EventDate {
                start: "2021-03-21".into(),
                end: None,
                precision: Precision::Day,
                text: Some("March 21, 2021".into()),
                basis: DateBasis::Explicit,
            }),
            place: Some(Place {
                name: "Mansour, Baghdad".into(),
                text: Some("the Mansour neighborhood of Baghdad".into()),
                lat: 33.3147,
                lon: 44.3270,
                precision: GeoPrecision::District,
                inferred: false,
            }),
            actors: vec![],
            targets: vec![],
            evidence: vec![evidence(b7, "On March 21, 2021, militias assassinated INIS officer Mahmoud Laith Hussein in the Mansour neighborhood of Baghdad.")],
            corrected: false,
        },
        Event {
            id: "ev-4".into(),
            kind: EventKind::Threat,
            date: None,
            place: None,
            actors: vec!["ent-2".into()],
            targets: vec!["ent-1".into()],
            evidence: vec![evidence(b6, "KH’s commander warned that his appointment would be considered an act of war and would “burn what remained of the stability of Iraq.”")],
            corrected: false,
        },
    ];

    Analysis {
        schema: SCHEMA.into(),
        meta: Meta {
            title: Some(TITLE.into()),
            authors: vec![Author {
                name: "Michael Knights".into(),
                href: Some("/experts/michael-knights".into()),
                bio: Some(bio.into()),
            }],
            published: Some(Published { date: "2021-11-09".into(), text: "Nov 9, 2021".into() }),
            kind: Some("Brief Analysis".into()),
            summary: Some(summary.into()),
            translations: vec![Translation {
                language: "ar".into(),
                label: "العربية".into(),
                href: "/ar/policy-analysis/trwy-mstfy-alkazmy".into(),
            }],
            recommended: vec![
                Recommended {
                    title: "Saudi Arabia Adjusts Its History, Diminishing the Role of Wahhabism".into(),
                    kind: Some("Brief Analysis".into()),
                    date: Some("2022-02-11".into()),
                    authors: vec!["Simon Henderson".into()],
                    href: Some("/policy-analysis/saudi-arabia-adjusts-its-history-diminishing-role-wahhabism".into()),
                },
                Recommended {
                    title: "Podcast: Breaking Hezbollah's Golden Rule".into(),
                    kind: Some("Articles & Testimony".into()),
                    date: Some("2022-02-09".into()),
                    authors: vec!["Matthew Levitt".into()],
                    href: None,
                },
            ],
        },
        blocks,
        entities,
        events,
        corrections: None,
        diagnostics: vec![Diagnostic::warning("link with an unsafe scheme (javascript:) made inert", Some(7))],
    }
}
