//! Lookups derived once per `Analysis` for the views: marks per block, the numbered sources
//! list, and the entity ↔ event relation. Pure; indices refer to `analysis.entities/events`.

use std::collections::HashMap;

use atlas_core::{Analysis, BlockKind, SpanKind};

use crate::format::{classify_href, SafeHref};
use crate::segment::{clamp_range, Layer, Mark};

/// Whether a block is part of the article's text as typeset by the reader (title, summary,
/// body); bylines, date lines and bios are shown from `meta` or in their own section.
pub fn is_article_text(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Title | BlockKind::Summary | BlockKind::Paragraph | BlockKind::Heading | BlockKind::Other)
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Derived {
    /// Marks per block id. Payloads: evidence → event index (`sub`: evidence item);
    /// link/strong/em → span index in the block; date → event index;
    /// mention → entity index (`sub`: mention index).
    pub marks: HashMap<usize, Vec<Mark>>,
    /// Cited link targets, deduplicated, in reading order; numbered from 1.
    pub sources: Vec<String>,
    /// Each source's number (1-based position in `sources`).
    pub source_numbers: HashMap<String, usize>,
    /// For each source, where it is first cited: (block id, span index).
    pub first_citation: Vec<(usize, usize)>,
    /// For each entity, the events it takes part in (as actor, target, or named in evidence).
    pub entity_events: Vec<Vec<usize>>,
    /// For each event, the entities taking part (inverse of `entity_events`).
    pub event_entities: Vec<Vec<usize>>,
    pub entity_by_id: HashMap<String, usize>,
    pub event_by_id: HashMap<String, usize>,
}

/// Which article an analysis is of, cheaply: its blocks, which corrections never change. Views
/// that draw a long article a step at a time start over only when this changes.
pub fn article_identity(a: &Analysis) -> (usize, usize) {
    (a.blocks.len(), a.blocks.iter().map(|b| b.text.len()).sum())
}

impl Derived {
    pub fn new(a: &Analysis) -> Self {
        let mut marks: HashMap<usize, Vec<Mark>> = HashMap::new();
        let text_of: HashMap<usize, &str> = a.blocks.iter().map(|b| (b.id, b.text.as_str())).collect();

        for b in &a.blocks {
            let v = marks.entry(b.id).or_default();
            for (si, s) in b.spans.iter().enumerate() {
                let layer = match s.kind {
                    SpanKind::Link => Layer::Link,
                    SpanKind::Strong => Layer::Strong,
                    SpanKind::Em => Layer::Em,
                };
                v.push(Mark::new(layer, s.start, s.end, si));
            }
        }
        for (ei, ev) in a.events.iter().enumerate() {
            for (xi, e) in ev.evidence.iter().enumerate() {
                let Some(text) = text_of.get(&e.block) else {
                    continue;
                };
                let v = marks.entry(e.block).or_default();
                v.push(Mark::new(Layer::Evidence, e.start, e.end, ei).with_sub(xi));
                // The date phrase, found inside the evidence sentence.
                let phrase = ev.date.as_ref().and_then(|d| d.text.as_deref());
                if let (Some(phrase), Some(r)) = (phrase, clamp_range(text, e.start, e.end)) {
                    if !phrase.is_empty() {
                        if let Some(at) = text[r.clone()].find(phrase) {
                            let s = r.start + at;
                            v.push(Mark::new(Layer::Date, s, s + phrase.len(), ei));
                        }
                    }
                }
            }
        }
        for (ni, ent) in a.entities.iter().enumerate() {
            for (mi, m) in ent.mentions.iter().enumerate() {
                if text_of.contains_key(&m.block) {
                    marks.entry(m.block).or_default().push(Mark::new(Layer::Mention, m.start, m.end, ni).with_sub(mi));
                }
            }
        }

        let mut sources: Vec<String> = Vec::new();
        let mut source_numbers: HashMap<String, usize> = HashMap::new();
        let mut first_citation = Vec::new();
        for b in a.blocks.iter().filter(|b| is_article_text(b.kind)) {
            let mut links: Vec<_> = b.spans.iter().enumerate().filter(|(_, s)| s.kind == SpanKind::Link).collect();
            atlas_core::sort::sort_by_key(&mut links, |(_, s)| s.start);
            for (si, s) in links {
                if let Some(h) = source_key(s.href.as_deref()) {
                    if let std::collections::hash_map::Entry::Vacant(slot) = source_numbers.entry(h) {
                        sources.push(slot.key().clone());
                        slot.insert(sources.len());
                        first_citation.push((b.id, si));
                    }
                }
            }
        }

        let entity_by_id: HashMap<String, usize> =
            a.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let event_by_id: HashMap<String, usize> = a.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();

        // Mentions per block, so that finding the entities named in an event's evidence looks
        // only at the evidence's own blocks.
        let mut mentions_in: HashMap<usize, Vec<(usize, usize, usize)>> = HashMap::new();
        for (ni, ent) in a.entities.iter().enumerate() {
            for m in &ent.mentions {
                mentions_in.entry(m.block).or_default().push((m.start, m.end, ni));
            }
        }
        let mut event_entities: Vec<Vec<usize>> = vec![Vec::new(); a.events.len()];
        for (ei, ev) in a.events.iter().enumerate() {
            let set = &mut event_entities[ei];
            for id in ev.actors.iter().chain(&ev.targets) {
                if let Some(&n) = entity_by_id.get(id) {
                    set.push(n);
                }
            }
            for e in &ev.evidence {
                let named = mentions_in.get(&e.block).map_or(&[][..], Vec::as_slice);
                set.extend(named.iter().filter(|&&(start, end, _)| start < e.end && e.start < end).map(|&(_, _, n)| n));
            }
            atlas_core::sort::sort(set);
            set.dedup();
        }
        let mut entity_events: Vec<Vec<usize>> = vec![Vec::new(); a.entities.len()];
        for (ei, ents) in event_entities.iter().enumerate() {
            for &n in ents {
                entity_events[n].push(ei);
            }
        }

        Derived {
            marks,
            sources,
            source_numbers,
            first_citation,
            entity_events,
            event_entities,
            entity_by_id,
            event_by_id,
        }
    }

    /// The 1-based number of a cited link in the sources list.
    pub fn source_number(&self, href: Option<&str>) -> Option<usize> {
        self.source_numbers.get(&source_key(href)?).copied()
    }

    pub fn marks_of(&self, block: usize) -> &[Mark] {
        self.marks.get(&block).map_or(&[], Vec::as_slice)
    }
}

/// The sources-list key of a link: its trimmed href when it is a safe link.
fn source_key(href: Option<&str>) -> Option<String> {
    match classify_href(href) {
        SafeHref::External(h) | SafeHref::Local(h) => Some(h),
        SafeHref::Inert => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{sample_analysis, ALSUMARIA, RUDAW};

    #[test]
    fn sources_are_numbered_once_in_reading_order() {
        let a = sample_analysis();
        let d = Derived::new(&a);
        assert_eq!(d.sources, vec![ALSUMARIA.to_string(), RUDAW.to_string()]);
        assert_eq!(d.source_number(Some(RUDAW)), Some(2));
        assert_eq!(d.source_number(None), None);
        assert_eq!(d.first_citation, vec![(6, 0), (7, 1)]);
    }

    #[test]
    fn entities_and_events_are_related() {
        let a = sample_analysis();
        let d = Derived::new(&a);
        // Kadhimi: target of the attack, the confrontation and the threat.
        assert_eq!(d.entity_events[0], vec![0, 1, 3]);
        // Baghdad and INIS are named in the assassination sentence.
        assert_eq!(d.event_entities[2], vec![2, 3]);
        assert_eq!(d.event_by_id["ev-3"], 2);
    }

    #[test]
    fn date_phrases_are_found_in_evidence() {
        let a = sample_analysis();
        let d = Derived::new(&a);
        let b5 = &a.blocks[5];
        let date = d.marks_of(5).iter().find(|m| m.layer == Layer::Date).expect("date mark");
        assert_eq!(&b5.text[date.start..date.end], "November 7");
    }

    #[test]
    fn marks_in_unknown_blocks_are_dropped() {
        let mut a = sample_analysis();
        a.entities[0].mentions.push(atlas_core::Mention { block: 99, start: 0, end: 3 });
        let d = Derived::new(&a);
        assert!(d.marks_of(99).is_empty());
    }
}
