//! Several analyses as one (the library view): each article's blocks under a heading with its
//! title (its summary read in place as its first paragraph), entities of the same kind and
//! name merged across articles, events renumbered, and every mention and evidence range
//! pointing at the right block of the combined text.

use std::collections::HashMap;

use crate::model::{Analysis, Block, BlockKind, Entity, Meta, SCHEMA};

/// Combine `articles` (in order) into one analysis titled `title`. Nothing of the inputs is
/// lost: blocks keep their text and spans, events their evidence, dates and places; only
/// block numbers and entity and event ids change, consistently.
pub fn combine(title: &str, articles: &[&Analysis]) -> Analysis {
    let mut out = Analysis {
        schema: SCHEMA.to_string(),
        meta: Meta { title: Some(title.to_string()), ..Meta::default() },
        blocks: vec![Block { id: 0, kind: BlockKind::Title, text: title.to_string(), spans: Vec::new() }],
        entities: Vec::new(),
        events: Vec::new(),
        diagnostics: Vec::new(),
        corrections: None,
    };
    let mut entity_by_key: HashMap<(crate::model::EntityKind, String), usize> = HashMap::new();
    for article in articles {
        // The article's own title becomes a heading that introduces its blocks.
        let heading = article
            .meta
            .title
            .clone()
            .or_else(|| article.blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.text.clone()))
            .unwrap_or_else(|| "Untitled article".to_string());
        out.blocks.push(Block { id: out.blocks.len(), kind: BlockKind::Heading, text: heading, spans: Vec::new() });
        let mut block_map: HashMap<usize, usize> = HashMap::new();
        for b in &article.blocks {
            if b.kind == BlockKind::Title {
                continue;
            }
            let id = out.blocks.len();
            block_map.insert(b.id, id);
            // A summary leads its own article only: here it is the article's first paragraph.
            let kind = if b.kind == BlockKind::Summary { BlockKind::Paragraph } else { b.kind };
            out.blocks.push(Block { id, kind, ..b.clone() });
        }
        let mut entity_map: HashMap<&str, String> = HashMap::new();
        for e in &article.entities {
            let key = (e.kind, e.name.to_lowercase());
            let index = *entity_by_key.entry(key).or_insert_with(|| {
                out.entities.push(Entity {
                    id: format!("ent-{}", out.entities.len() + 1),
                    mentions: Vec::new(),
                    aliases: Vec::new(),
                    ..e.clone()
                });
                out.entities.len() - 1
            });
            let merged = &mut out.entities[index];
            for alias in &e.aliases {
                if !merged.aliases.contains(alias) && *alias != merged.name {
                    merged.aliases.push(alias.clone());
                }
            }
            if merged.acronym.is_none() {
                merged.acronym.clone_from(&e.acronym);
            }
            merged.mentions.extend(e.mentions.iter().filter_map(|m| {
                let block = *block_map.get(&m.block)?;
                Some(crate::model::Mention { block, ..*m })
            }));
            entity_map.insert(e.id.as_str(), merged.id.clone());
        }
        let remap_ids = |ids: &[String]| -> Vec<String> {
            ids.iter().map(|id| entity_map.get(id.as_str()).cloned().unwrap_or_else(|| id.clone())).collect()
        };
        for ev in &article.events {
            let mut ev = ev.clone();
            ev.id = format!("ev-{}", out.events.len() + 1);
            ev.actors = remap_ids(&ev.actors);
            ev.targets = remap_ids(&ev.targets);
            ev.evidence.retain_mut(|v| match block_map.get(&v.block) {
                Some(&block) => {
                    v.block = block;
                    true
                }
                None => false,
            });
            out.events.push(ev);
        }
        for d in &article.diagnostics {
            let mut d = d.clone();
            d.block = d.block.and_then(|b| block_map.get(&b).copied());
            out.diagnostics.push(d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    const A: &str = "Raid on the Port\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary of the raid.\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.";
    const B: &str = "Second Thoughts\n\nJune 9, 2023\n\nBrief Analysis\n\nA summary of the release.\n\nOn June 2, 2023, the gunmen released Omar Haddad in Basra.";

    #[test]
    fn every_range_points_at_the_same_text_and_ids_stay_consistent() {
        let (a, b) = (analyze(A), analyze(B));
        let c = combine("Two articles", &[&a, &b]);
        assert_eq!(c.meta.title.as_deref(), Some("Two articles"));
        assert_eq!(c.events.len(), a.events.len() + b.events.len());
        assert!(c.events.len() >= 2, "{:?}", c.events);
        // Each article is introduced by a heading with its title.
        let headings: Vec<&str> =
            c.blocks.iter().filter(|b| b.kind == BlockKind::Heading).map(|b| b.text.as_str()).collect();
        assert_eq!(headings, ["Raid on the Port", "Second Thoughts"]);
        for (i, b) in c.blocks.iter().enumerate() {
            assert_eq!(b.id, i);
        }
        assert!(c.blocks.iter().all(|b| b.kind != BlockKind::Summary), "summaries read in place");
        // Evidence and mentions still cover the text they quote.
        for ev in &c.events {
            for v in &ev.evidence {
                assert_eq!(c.blocks[v.block].text.get(v.start..v.end), Some(v.text.as_str()));
            }
            for id in ev.actors.iter().chain(&ev.targets) {
                assert!(c.entities.iter().any(|e| &e.id == id), "{id} is an entity");
            }
        }
        let ids: std::collections::HashSet<&str> = c.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), c.events.len(), "event ids are unique");
        // Omar Haddad, named in both, is one entity with the mentions of both.
        let omar: Vec<&Entity> = c.entities.iter().filter(|e| e.name == "Omar Haddad").collect();
        assert_eq!(omar.len(), 1);
        let in_a = a.entities.iter().find(|e| e.name == "Omar Haddad").map_or(0, |e| e.mentions.len());
        let in_b = b.entities.iter().find(|e| e.name == "Omar Haddad").map_or(0, |e| e.mentions.len());
        assert_eq!(omar[0].mentions.len(), in_a + in_b);
        for m in &omar[0].mentions {
            assert_eq!(&c.blocks[m.block].text[m.start..m.end], "Omar Haddad");
        }
    }

    #[test]
    fn nothing_in_nothing_out() {
        let c = combine("Empty", &[]);
        assert!(c.events.is_empty() && c.entities.is_empty());
        assert_eq!(c.blocks.len(), 1);
    }
}
