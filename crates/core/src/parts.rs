//! The Analysis JSON in parts: how the analysis worker hands a long result to the page (each
//! part transferred, not copied) and how the page reads it back a few parts per task, so that
//! neither side reads or writes a book-length JSON in one go.

use std::collections::VecDeque;

use serde::Serialize;

use crate::{Analysis, Block, Entity, Event};

/// About how many bytes of JSON one part holds: the page reads a part in a few milliseconds.
const PART_BYTES: usize = 128 * 1024;

/// The Analysis JSON in parts: first the analysis without its blocks, entities and events (tagged
/// `H`), then those lists a slice of about `PART_BYTES` (128 KiB) at a time, in order (tagged `B`, `N`,
/// `E`), each a JSON array. [`ResultReader`] reads them back and joins them into the JSON that
/// `serde_json::to_string` gives for the whole analysis.
pub fn result_parts(mut analysis: Analysis) -> Vec<Vec<u8>> {
    let blocks = std::mem::take(&mut analysis.blocks);
    let entities = std::mem::take(&mut analysis.entities);
    let events = std::mem::take(&mut analysis.events);
    let mut head = vec![b'H'];
    // Serialising plain data structures into memory cannot fail.
    let _ = serde_json::to_writer(&mut head, &analysis);
    let mut parts = vec![head];
    list_parts(&mut parts, b'B', &blocks);
    list_parts(&mut parts, b'N', &entities);
    list_parts(&mut parts, b'E', &events);
    parts
}

fn list_parts<T: Serialize>(parts: &mut Vec<Vec<u8>>, tag: u8, items: &[T]) {
    let mut part = vec![tag, b'['];
    for item in items {
        if part.len() > 2 {
            part.push(b',');
        }
        let _ = serde_json::to_writer(&mut part, item);
        if part.len() >= PART_BYTES {
            part.push(b']');
            parts.push(std::mem::replace(&mut part, vec![tag, b'[']));
        }
    }
    if part.len() > 2 {
        part.push(b']');
        parts.push(part);
    }
}

/// Where the head part's empty lists are, to be filled in when the parts are joined (keys are
/// never inside a JSON string, whose quotes are escaped).
const EMPTY_LISTS: &str = r#""blocks":[],"entities":[],"events":[]"#;

/// Reads [`result_parts`] back, one part per [`ResultReader::step`]; the caller runs each step in
/// a task of its own, so that no task reads a book-length result at once.
pub struct ResultReader {
    parts: VecDeque<Vec<u8>>,
    analysis: Option<Analysis>,
    head: String,
    /// The lists' JSON items, without their brackets: blocks, entities, events.
    lists: [String; 3],
}

/// What [`ResultReader::step`] has done.
pub enum Read {
    /// More parts remain.
    More,
    /// All read: the analysis and its JSON (as `serde_json::to_string` writes it), for the library.
    Done(Box<Analysis>, String),
}

impl ResultReader {
    pub fn new(parts: Vec<Vec<u8>>) -> ResultReader {
        ResultReader { parts: parts.into(), analysis: None, head: String::new(), lists: Default::default() }
    }

    /// Read the next part; an unreadable part (or a missing head) is an error, as the end of a
    /// sentence "The analysis failed: …".
    pub fn step(&mut self) -> Result<Read, String> {
        let unreadable = |e: &dyn std::fmt::Display| format!("its result could not be read ({e})");
        let Some(part) = self.parts.pop_front() else {
            let analysis = self.analysis.take().ok_or_else(|| unreadable(&"it was empty"))?;
            let head = std::mem::take(&mut self.head);
            let json = match head.find(EMPTY_LISTS) {
                Some(at) => {
                    let [blocks, entities, events] = &self.lists;
                    let filled = format!(r#""blocks":[{blocks}],"entities":[{entities}],"events":[{events}]"#);
                    format!("{}{filled}{}", &head[..at], &head[at + EMPTY_LISTS.len()..])
                }
                None => serde_json::to_string(&analysis).map_err(|e| unreadable(&e))?,
            };
            return Ok(Read::Done(Box::new(analysis), json));
        };
        let (&tag, json) = part.split_first().ok_or_else(|| unreadable(&"an empty part"))?;
        let json = std::str::from_utf8(json).map_err(|e| unreadable(&e))?;
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| unreadable(&e))?;
        if tag == b'H' {
            self.analysis = Some(serde_json::from_value(value).map_err(|e| unreadable(&e))?);
            self.head = json.to_string();
            return Ok(Read::More);
        }
        let analysis = self.analysis.as_mut().ok_or_else(|| unreadable(&"a part came before the head"))?;
        let index = match tag {
            b'B' => {
                analysis.blocks.extend(serde_json::from_value::<Vec<Block>>(value).map_err(|e| unreadable(&e))?);
                0
            }
            b'N' => {
                analysis.entities.extend(serde_json::from_value::<Vec<Entity>>(value).map_err(|e| unreadable(&e))?);
                1
            }
            b'E' => {
                analysis.events.extend(serde_json::from_value::<Vec<Event>>(value).map_err(|e| unreadable(&e))?);
                2
            }
            _ => return Err(unreadable(&"an unknown part")),
        };
        let list = &mut self.lists[index];
        if !list.is_empty() {
            list.push(',');
        }
        // Between the array's brackets.
        let items = json.trim().strip_prefix('[').and_then(|j| j.strip_suffix(']'));
        list.push_str(items.ok_or_else(|| unreadable(&"a part is not a list"))?);
        Ok(Read::More)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    /// Reads every part as the import dialog does, a step at a time.
    fn read_all(parts: Vec<Vec<u8>>) -> Result<(Analysis, String), String> {
        let mut reader = ResultReader::new(parts);
        loop {
            if let Read::Done(analysis, json) = reader.step()? {
                return Ok((*analysis, json));
            }
        }
    }

    #[test]
    fn the_parts_read_back_as_the_analysis_and_join_into_its_json() {
        let mut text = String::from("Title\n\nMar 3, 2022\n\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "On March 1, 2022, gunmen kidnapped Omar Haddad {i} in Basra. Kataib Hezbollah (KH) denied it.\n\n"
            ));
        }
        let analysis = analyze(&text);
        let parts = result_parts(analysis.clone());
        assert!(parts.len() > 4, "a long result comes in several parts: {}", parts.len());
        let blocks: Vec<_> = parts.iter().filter(|p| p[0] == b'B').collect();
        assert!(blocks.len() > 2 && blocks.iter().all(|p| p.len() < PART_BYTES + 1024), "parts of about PART_BYTES");
        let (read, json) = read_all(parts).expect("readable");
        assert_eq!(read, analysis);
        assert_eq!(json, serde_json::to_string(&analysis).unwrap_or_default());
        // A small one, and the seed, too.
        for analysis in [analyze("Title\n"), analyze(include_str!("../../../assets/seed.txt"))] {
            let (read, json) = read_all(result_parts(analysis.clone())).expect("readable");
            assert_eq!(read, analysis);
            assert_eq!(json, serde_json::to_string(&analysis).unwrap_or_default());
        }
    }

    #[test]
    fn broken_parts_are_refused_with_a_reason() {
        let parts = result_parts(analyze("Title\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.\n"));
        assert!(read_all(Vec::new()).is_err_and(|e| e.starts_with("its result could not be read (")));
        assert!(read_all(parts[1..].to_vec()).is_err(), "no head");
        assert!(read_all(vec![parts[0].clone(), b"B{}".to_vec()]).is_err());
        assert!(read_all(vec![parts[0].clone(), b"X[]".to_vec()]).is_err());
        assert!(read_all(vec![parts[0].clone(), vec![]]).is_err());
    }
}
