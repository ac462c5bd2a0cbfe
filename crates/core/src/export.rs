//! Exports of an [`Analysis`]: GeoJSON, ACLED-like CSV, W3C Web Annotation JSON-LD, TimelineJS JSON.

use crate::model::{Analysis, Event, Precision};
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    GeoJson,
    Csv,
    WebAnno,
    TimelineJs,
    Analysis,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "geojson" => Format::GeoJson,
            "csv" => Format::Csv,
            "webanno" => Format::WebAnno,
            "timelinejs" => Format::TimelineJs,
            "json" | "analysis" => Format::Analysis,
            _ => return None,
        })
    }
}

/// Render `analysis` in `format` as text.
pub fn render(analysis: &Analysis, format: Format) -> String {
    let pretty = |v: Value| serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
    match format {
        Format::GeoJson => pretty(geojson(analysis)),
        Format::Csv => csv(analysis),
        Format::WebAnno => pretty(web_annotations(analysis)),
        Format::TimelineJs => pretty(timelinejs(analysis)),
        Format::Analysis => serde_json::to_string_pretty(analysis).unwrap_or_default() + "\n",
    }
}

fn entity_names(a: &Analysis, ids: &[String]) -> Vec<String> {
    ids.iter().filter_map(|id| a.entities.iter().find(|e| &e.id == id)).map(|e| e.name.clone()).collect()
}

fn event_props(a: &Analysis, e: &Event) -> Value {
    json!({
        "id": e.id,
        "kind": e.kind.as_str(),
        "date": e.date.as_ref().map(|d| d.start.clone()),
        "date_end": e.date.as_ref().and_then(|d| d.end.clone()),
        "date_precision": e.date.as_ref().map(|d| d.precision),
        "date_text": e.date.as_ref().and_then(|d| d.text.clone()),
        "place": e.place.as_ref().map(|p| p.name.clone()),
        "geo_precision": e.place.as_ref().map(|p| p.precision),
        "place_inferred": e.place.as_ref().map(|p| p.inferred),
        "actors": entity_names(a, &e.actors),
        "targets": entity_names(a, &e.targets),
        "evidence": e.evidence.first().map(|v| v.text.clone()),
        "source": a.meta.title,
        "corrected": e.corrected,
    })
}

/// RFC 7946 FeatureCollection: one Point per event ([lon, lat] order); placeless events get null geometry.
pub fn geojson(a: &Analysis) -> Value {
    let features: Vec<Value> = a
        .events
        .iter()
        .map(|e| {
            let geometry =
                e.place.as_ref().map_or(Value::Null, |p| json!({"type": "Point", "coordinates": [p.lon, p.lat]}));
            json!({"type": "Feature", "id": e.id, "geometry": geometry, "properties": event_props(a, e)})
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

/// Quote a CSV field per RFC 4180.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One row per event with ACLED-like columns.
pub fn csv(a: &Analysis) -> String {
    let mut out = String::from("event_id,event_date,date_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,corrected\n");
    for e in &a.events {
        let place = e.place.as_ref();
        let row = [
            e.id.clone(),
            e.date.as_ref().map(|d| d.start.clone()).unwrap_or_default(),
            e.date.as_ref().map(|d| format!("{:?}", d.precision).to_lowercase()).unwrap_or_default(),
            e.kind.as_str().to_string(),
            entity_names(a, &e.actors).join("; "),
            entity_names(a, &e.targets).join("; "),
            place.map(|p| p.name.clone()).unwrap_or_default(),
            place.map(|p| p.lat.to_string()).unwrap_or_default(),
            place.map(|p| p.lon.to_string()).unwrap_or_default(),
            place.map(|p| format!("{:?}", p.precision).to_lowercase()).unwrap_or_default(),
            a.meta.title.clone().unwrap_or_default(),
            e.evidence.first().map(|v| v.text.clone()).unwrap_or_default(),
            if e.corrected { "yes" } else { "" }.to_string(),
        ];
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

fn selector(a: &Analysis, block: usize, start: usize, end: usize) -> Value {
    let text = a.blocks.get(block).map_or("", |b| b.text.as_str());
    let slice = |s: usize, e: usize| text.get(s..e).unwrap_or("");
    let chars = |b: usize| text.get(..b).map_or(0, |t| t.chars().count());
    let prefix: String = slice(0, start).chars().rev().take(32).collect::<Vec<_>>().into_iter().rev().collect();
    let suffix: String = slice(end, text.len()).chars().take(32).collect();
    json!({
        "source": format!("#block-{block}"),
        "selector": [
            {"type": "TextQuoteSelector", "exact": slice(start, end), "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": chars(start), "end": chars(end)}
        ]
    })
}

/// W3C Web Annotation JSON-LD: one annotation per entity mention and per event evidence.
pub fn web_annotations(a: &Analysis) -> Value {
    let mut items = Vec::new();
    for ent in &a.entities {
        for (i, m) in ent.mentions.iter().enumerate() {
            items.push(json!({
                "type": "Annotation", "id": format!("#{}-m{}", ent.id, i), "motivation": "identifying",
                "body": {"type": "TextualBody", "purpose": "identifying", "value": ent.name, "format": "text/plain",
                         "entity_kind": ent.kind},
                "target": selector(a, m.block, m.start, m.end),
            }));
        }
    }
    for ev in &a.events {
        for (i, v) in ev.evidence.iter().enumerate() {
            items.push(json!({
                "type": "Annotation", "id": format!("#{}-e{}", ev.id, i), "motivation": "tagging",
                "body": {"type": "TextualBody", "purpose": "tagging", "value": ev.kind.as_str(), "format": "text/plain",
                         "date": ev.date.as_ref().map(|d| d.start.clone()), "place": ev.place.as_ref().map(|p| p.name.clone()),
                         "corrected": ev.corrected},
                "target": selector(a, v.block, v.start, v.end),
            }));
        }
    }
    json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
           "label": a.meta.title, "total": items.len(), "first": {"type": "AnnotationPage", "items": items}})
}

/// TimelineJS JSON: dates at their real precision (a month event has no day).
pub fn timelinejs(a: &Analysis) -> Value {
    let events: Vec<Value> = a
        .events
        .iter()
        .filter_map(|e| {
            let d = e.date.as_ref()?;
            let mut parts = d.start.split('-');
            let mut date = json!({"year": parts.next()?.parse::<i32>().ok()?});
            if d.precision >= Precision::Month {
                date["month"] = json!(parts.next()?.parse::<u32>().ok()?);
            }
            if d.precision == Precision::Day {
                date["day"] = json!(parts.next()?.parse::<u32>().ok()?);
            }
            let headline = format!(
                "{}{}",
                e.kind.as_str(),
                e.place.as_ref().map(|p| format!(" — {}", p.name)).unwrap_or_default()
            );
            Some(json!({
                "unique_id": e.id,
                "start_date": date,
                "text": {"headline": headline, "text": e.evidence.first().map(|v| v.text.clone()).unwrap_or_default()},
                "group": e.kind.as_str(),
            }))
        })
        .collect();
    json!({"title": {"text": {"headline": a.meta.title.clone().unwrap_or_default(), "text": a.meta.summary.clone().unwrap_or_default()}}, "events": events})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
