//! Every way data enters the app, fed hostile input: the URL hash, pasted text, opened files and
//! Analysis JSON (mangled, truncated, with a forged corrections log). Nothing panics; what is
//! refused gets a sentence for the user.
#![cfg(not(target_arch = "wasm32"))]

use article_atlas::state::View;
use article_atlas::storage::{parse_analysis, prepare_file, prepare_text, ImportError};
use proptest::prelude::*;

fn exported() -> String {
    let text = "Title\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. \
                Kataib Hezbollah (KH) denied it.\n";
    let a = atlas_core::analyze(text);
    let first = a.events[0].id.clone();
    let a = a
        .correct(atlas_core::Correction::EventKind { event: first, kind: atlas_core::EventKind::Arrest })
        .expect("a valid correction");
    serde_json::to_string(&a).expect("serialises")
}

fn hash() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        "(event|entity|tab|hide|from|to)=[-a-z0-9%,.+~]{0,12}",
        "%[0-9A-Fa-f]{0,2}",
        "[&=#%]{1,3}",
        any::<String>(),
    ];
    prop::collection::vec(part, 0..6).prop_map(|parts| format!("#{}", parts.join("&")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn hash_decoding_never_panics_and_round_trips(h in hash()) {
        if let Some(view) = View::parse(&h) {
            // What was understood is written back in the canonical form, which reads the same.
            prop_assert_eq!(View::parse(&view.to_hash()), Some(view));
        }
    }

    #[test]
    fn pasted_text_and_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), name in "[a-z]{1,6}\\.(txt|md|json)") {
        if let Err(e) = prepare_file(&name, &bytes) {
            prop_assert!(e.to_string().ends_with('.'), "a sentence: {}", e);
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = prepare_text(&text);
    }

    #[test]
    fn mangled_analysis_json_is_refused_or_read(cut in 0usize..4000, at in 0usize..4000, byte in any::<u8>()) {
        let json = exported();
        let mut bytes = json.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        for candidate in [json.get(..cut.min(json.len())).unwrap_or(""), &String::from_utf8_lossy(&bytes)] {
            match parse_analysis(candidate) {
                Ok(mut a) => {
                    let _ = a.verify_corrections();
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}

#[test]
fn a_forged_corrections_log_is_repaired_not_trusted() {
    let mut value: serde_json::Value = serde_json::from_str(&exported()).expect("json");
    // Claim a different result than the log gives, and log a correction of a missing event.
    value["events"][0]["kind"] = "election".into();
    value["corrections"]["log"]
        .as_array_mut()
        .expect("a log")
        .push(serde_json::json!({"op": "delete_event", "event": "ev-999"}));
    let a = parse_analysis(&value.to_string()).expect("still an analysis");
    let notes: Vec<_> = a.diagnostics.iter().filter(|d| d.message.contains("correction")).collect();
    assert_eq!(notes.len(), 2, "the repairs are told as warnings: {notes:?}");
    assert_eq!(a.events[0].kind, atlas_core::EventKind::Arrest, "the log decides");
    assert_eq!(a.correction_log().len(), 1);
}

#[test]
fn wrong_schema_and_version_are_named() {
    assert_eq!(
        parse_analysis(r#"{"schema": "article-atlas/2"}"#),
        Err(ImportError::UnsupportedVersion { found: "article-atlas/2".into() })
    );
    assert!(matches!(parse_analysis(r#"{"schema": "geojson"}"#), Err(ImportError::WrongSchema { .. })));
}
