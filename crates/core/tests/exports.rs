//! Each export checked against its specification, on the seed with a few corrections:
//! GeoJSON read by the `geojson` crate (RFC 7946: a FeatureCollection of Point features,
//! `[longitude, latitude]`), the CSV read back by the `csv` crate (RFC 4180 quoting, one record
//! per event), W3C Web Annotation selectors resolved against the text, TimelineJS dates at
//! their real precision, and the Analysis JSON round-tripped with its corrections.

use atlas_core::corrections::user_date;
use atlas_core::export::{csv, geojson, render, timelinejs, web_annotations, Format};
use atlas_core::{analyze, Analysis, Correction, EventKind, Precision};
use serde_json::Value;

fn corrected_seed() -> Analysis {
    let a = analyze(include_str!("../../../assets/seed.txt"));
    let first = a.events[0].id.clone();
    let second = a.events[1].id.clone();
    let date = user_date("2020-04", None, Precision::Month).expect("a month");
    let mut a = a
        .correct(Correction::Batch {
            changes: vec![
                Correction::EventKind { event: first.clone(), kind: EventKind::Threat },
                Correction::EventDate { event: second, date: Some(date) },
            ],
        })
        .expect("valid");
    // A title that needs every kind of CSV quoting.
    a.meta.title = Some("Militias, \"drones\"\nand the premier".into());
    a
}

#[test]
fn geojson_is_an_rfc7946_feature_collection() {
    let a = corrected_seed();
    let text = render(&a, Format::GeoJson);
    let parsed: geojson::GeoJson = text.parse().expect("valid GeoJSON");
    let geojson::GeoJson::FeatureCollection(fc) = parsed else { panic!("not a FeatureCollection") };
    assert_eq!(fc.features.len(), a.events.len(), "one feature per event");
    assert!(fc.foreign_members.as_ref().is_none_or(|m| !m.contains_key("crs")), "RFC 7946 has no crs");
    for (feature, event) in fc.features.iter().zip(&a.events) {
        let props = feature.properties.as_ref().expect("properties");
        assert_eq!(props["id"], event.id);
        assert_eq!(props["kind"], event.kind.as_str());
        assert_eq!(props["corrected"], event.corrected);
        match (&feature.geometry, &event.place) {
            (None, None) => {}
            (Some(g), Some(place)) => {
                let geojson::GeometryValue::Point { coordinates: p } = &g.value else { panic!("events are Points") };
                assert_eq!(p.as_slice(), [place.lon, place.lat], "[longitude, latitude] order");
                assert!((-180.0..=180.0).contains(&p[0]) && (-90.0..=90.0).contains(&p[1]));
            }
            (g, p) => panic!("geometry {g:?} for place {p:?}"),
        }
    }
    assert_eq!(geojson(&a)["features"][0]["properties"]["kind"], "threat", "the correction is exported");
}

#[test]
fn csv_reads_back_field_for_field() {
    let a = corrected_seed();
    let text = csv(&a);
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().expect("a header").iter().map(String::from).collect();
    for acled in [
        "event_date",
        "event_type",
        "actor1",
        "actor2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
    ] {
        assert!(headers.iter().any(|h| h == acled), "ACLED-like column {acled}");
    }
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let records: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("a well-quoted record")).collect();
    assert_eq!(records.len(), a.events.len());
    for (r, e) in records.iter().zip(&a.events) {
        assert_eq!(r.len(), headers.len());
        assert_eq!(&r[col("event_id")], e.id);
        assert_eq!(&r[col("event_type")], e.kind.as_str());
        assert_eq!(&r[col("event_date")], e.date.as_ref().map_or("", |d| d.start.as_str()));
        assert_eq!(&r[col("source")], a.meta.title.as_deref().unwrap_or(""), "quotes, commas and newlines survive");
        assert_eq!(&r[col("notes")], e.evidence[0].text);
        assert_eq!(&r[col("corrected")], if e.corrected { "yes" } else { "" });
        if let Some(p) = &e.place {
            assert_eq!(r[col("latitude")].parse::<f64>().ok(), Some(p.lat));
            assert_eq!(r[col("longitude")].parse::<f64>().ok(), Some(p.lon));
        }
    }
}

#[test]
fn web_annotations_select_the_exact_text() {
    let a = corrected_seed();
    let doc = web_annotations(&a);
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    let items = doc["first"]["items"].as_array().expect("items");
    let mentions: usize = a.entities.iter().map(|e| e.mentions.len()).sum();
    let evidence: usize = a.events.iter().map(|e| e.evidence.len()).sum();
    assert_eq!(items.len(), mentions + evidence);
    assert_eq!(doc["total"], items.len());
    for item in items {
        assert_eq!(item["type"], "Annotation");
        assert!(item["motivation"].is_string() && item["body"]["value"].is_string());
        let source = item["target"]["source"].as_str().expect("a source");
        let block: usize = source.strip_prefix("#block-").and_then(|n| n.parse().ok()).expect("#block-N");
        let text = &a.blocks[block].text;
        let selectors = item["target"]["selector"].as_array().expect("selectors");
        let find = |t: &str| selectors.iter().find(|s| s["type"] == t).expect(t);
        let quote = find("TextQuoteSelector");
        let position = find("TextPositionSelector");
        let (start, end) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
        let chars: Vec<char> = text.chars().collect();
        let exact: String = chars[start..end].iter().collect();
        assert_eq!(quote["exact"], exact, "the position selector (in characters) selects the quote");
        let prefix: String = chars[..start].iter().collect();
        let suffix: String = chars[end..].iter().collect();
        assert!(prefix.ends_with(quote["prefix"].as_str().unwrap()));
        assert!(suffix.starts_with(quote["suffix"].as_str().unwrap()));
    }
}

#[test]
fn timelinejs_dates_keep_their_precision() {
    let a = corrected_seed();
    let doc = timelinejs(&a);
    let events = doc["events"].as_array().expect("events");
    assert_eq!(events.len(), a.events.iter().filter(|e| e.date.is_some()).count(), "undated events are left out");
    let mut ids = std::collections::HashSet::new();
    for item in events {
        let id = item["unique_id"].as_str().expect("an id");
        assert!(ids.insert(id.to_string()), "unique ids");
        let e = a.events.iter().find(|e| e.id == id).expect("the event");
        let d = e.date.as_ref().expect("dated");
        let date = &item["start_date"];
        assert_eq!(date["year"].as_i64().map(|y| y.to_string()), d.start.get(..4).map(String::from));
        assert_eq!(date.get("month").is_some(), d.precision >= Precision::Month, "{id}: a month only when known");
        assert_eq!(date.get("day").is_some(), d.precision == Precision::Day, "{id}: never an invented day");
        assert!(item["text"]["headline"].as_str().is_some_and(|h| !h.is_empty()));
    }
}

#[test]
fn analysis_json_round_trips_with_its_corrections() {
    let a = corrected_seed();
    let text = render(&a, Format::Analysis);
    let back: Analysis = serde_json::from_str(&text).expect("reads back");
    assert_eq!(back, a);
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["corrections"]["log"].as_array().map(Vec::len), Some(1));
    // Without its corrections it is the pipeline's result (with the title changed above).
    let mut original = analyze(include_str!("../../../assets/seed.txt"));
    original.meta.title.clone_from(&a.meta.title);
    assert_eq!(back.without_corrections(), original);
}
