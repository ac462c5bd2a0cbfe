//! Corrections: the reader's fixes to events and entities, kept as a log beside the pipeline's
//! original result and replayed over it, so the original is never lost and undo is dropping the
//! last entry of the log.
//!
//! An [`Analysis`] with corrections carries the corrected `entities` and `events` (what every
//! view and export reads, each touched item marked `corrected`) plus [`Corrections`]: the
//! pipeline's originals and the log. Replaying the log over the originals always gives the
//! corrected lists again; [`Analysis::verify_corrections`] checks that after an import.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::dates::calendar::valid_ymd;
use crate::model::{
    Analysis, DateBasis, Entity, EntityKind, Event, EventDate, EventKind, Evidence, GeoPrecision, Mention, Place,
    Precision,
};
use crate::sentences;

/// The pipeline's own entities and events, and the corrections made to them, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corrections {
    pub original_entities: Vec<Entity>,
    pub original_events: Vec<Event>,
    pub log: Vec<Correction>,
}

/// One fix, by the id of what it changes. Ids of new items (an added event, an alias split off
/// into its own entity) are chosen by [`Analysis::correct`]. In JSON, an object whose `op`
/// names the variant in snake_case (see the `Deserialize` impl below).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Set (or clear) an event's date.
    EventDate {
        event: String,
        date: Option<EventDate>,
    },
    /// Set (or clear) an event's place.
    EventPlace {
        event: String,
        place: Option<Place>,
    },
    EventKind {
        event: String,
        kind: EventKind,
    },
    /// Replace an event's actors and targets (entity ids).
    EventParticipants {
        event: String,
        actors: Vec<String>,
        targets: Vec<String>,
    },
    DeleteEvent {
        event: String,
    },
    /// A new event the pipeline missed, from one sentence of the text.
    AddEvent {
        event: Event,
    },
    EntityKind {
        entity: String,
        kind: EntityKind,
    },
    /// Fold entity `from` into `into`: names become aliases, mentions and event roles move.
    MergeEntities {
        into: String,
        from: String,
    },
    /// Make `alias` of `entity` an entity of its own, taking the mentions written that way.
    SplitAlias {
        entity: String,
        alias: String,
        new_id: String,
    },
    /// Several changes made together (one form saved), undone together.
    Batch {
        changes: Vec<Correction>,
    },
}

const OPS: &[&str] = &[
    "event_date",
    "event_place",
    "event_kind",
    "event_participants",
    "delete_event",
    "add_event",
    "entity_kind",
    "merge_entities",
    "split_alias",
    "batch",
];

/// Written by hand: serde's derive for an internally tagged enum buffers the object in its
/// private `Content` type and compiles every field's reader a second time for that (~40 KB of
/// wasm). Through a JSON map the fields are read by the code that reads the rest of an
/// Analysis. Accepts what the derive accepted: `op` anywhere, unknown fields ignored, a
/// missing `Option` field as `None`.
impl<'de> Deserialize<'de> for Correction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut map = Map::<String, Value>::deserialize(deserializer)?;
        let op: String = take(&mut map, "op")?;
        let mut field = |key: &'static str| map.remove(key).ok_or(key);
        let correction = match op.as_str() {
            "event_date" => Correction::EventDate { event: get(field("event"))?, date: get(field("date"))? },
            "event_place" => Correction::EventPlace { event: get(field("event"))?, place: get(field("place"))? },
            "event_kind" => Correction::EventKind { event: get(field("event"))?, kind: get(field("kind"))? },
            "event_participants" => Correction::EventParticipants {
                event: get(field("event"))?,
                actors: get(field("actors"))?,
                targets: get(field("targets"))?,
            },
            "delete_event" => Correction::DeleteEvent { event: get(field("event"))? },
            "add_event" => Correction::AddEvent { event: get(field("event"))? },
            "entity_kind" => Correction::EntityKind { entity: get(field("entity"))?, kind: get(field("kind"))? },
            "merge_entities" => Correction::MergeEntities { into: get(field("into"))?, from: get(field("from"))? },
            "split_alias" => Correction::SplitAlias {
                entity: get(field("entity"))?,
                alias: get(field("alias"))?,
                new_id: get(field("new_id"))?,
            },
            "batch" => Correction::Batch { changes: get(field("changes"))? },
            _ => return Err(D::Error::unknown_variant(&op, OPS)),
        };
        Ok(correction)
    }
}

/// Remove and read the field `key` of a correction.
fn take<T: DeserializeOwned, E: serde::de::Error>(map: &mut Map<String, Value>, key: &'static str) -> Result<T, E> {
    get(map.remove(key).ok_or(key))
}

/// Read a field's value, or, for a missing field (`Err(key)`), `None` if `T` is an `Option`
/// and a "missing field" error otherwise.
fn get<T: DeserializeOwned, E: serde::de::Error>(value: Result<Value, &'static str>) -> Result<T, E> {
    match value {
        Ok(value) => T::deserialize(value).map_err(E::custom),
        Err(key) => T::deserialize(Value::Null).map_err(|_| E::missing_field(key)),
    }
}

/// Why a correction was refused. `Display` is a sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionError {
    UnknownEvent(String),
    UnknownEntity(String),
    /// A date whose fields do not fit its precision, or an end before the start.
    BadDate(String),
    BadPlace(String),
    /// Merging an entity into itself, or splitting off its only name.
    Pointless(String),
}

impl fmt::Display for CorrectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorrectionError::UnknownEvent(id) => write!(f, "There is no event {id} in this article."),
            CorrectionError::UnknownEntity(id) => write!(f, "There is no entity {id} in this article."),
            CorrectionError::BadDate(why) | CorrectionError::BadPlace(why) | CorrectionError::Pointless(why) => {
                f.write_str(why)
            }
        }
    }
}

impl std::error::Error for CorrectionError {}

impl Correction {
    /// A short description for undo/redo labels: "change the date of ev-3".
    pub fn describe(&self) -> String {
        match self {
            Correction::EventDate { event, .. } => format!("date of {event}"),
            Correction::EventPlace { event, .. } => format!("place of {event}"),
            Correction::EventKind { event, .. } => format!("kind of {event}"),
            Correction::EventParticipants { event, .. } => format!("actors and targets of {event}"),
            Correction::DeleteEvent { event } => format!("deletion of {event}"),
            Correction::AddEvent { event } => format!("new event {}", event.id),
            Correction::EntityKind { entity, .. } => format!("kind of {entity}"),
            Correction::MergeEntities { into, from } => format!("merge of {from} into {into}"),
            Correction::SplitAlias { alias, .. } => format!("split of “{alias}”"),
            Correction::Batch { changes } => match changes.as_slice() {
                [one] => one.describe(),
                // One subject throughout: "edit of E3" (no set of subjects: it would compile in a
                // sort of its own).
                _ => match changes.first().and_then(Correction::subject) {
                    Some(id) if changes.iter().all(|c| c.subject() == Some(id)) => format!("edit of {id}"),
                    _ => format!("{} changes", changes.len()),
                },
            },
        }
    }

    /// The event or entity a correction changes, when it is one existing item.
    fn subject(&self) -> Option<&str> {
        match self {
            Correction::EventDate { event, .. }
            | Correction::EventPlace { event, .. }
            | Correction::EventKind { event, .. }
            | Correction::EventParticipants { event, .. }
            | Correction::DeleteEvent { event } => Some(event),
            Correction::EntityKind { entity, .. } | Correction::SplitAlias { entity, .. } => Some(entity),
            Correction::MergeEntities { into, .. } => Some(into),
            Correction::AddEvent { .. } | Correction::Batch { .. } => None,
        }
    }
}

/// A date entered by hand: `start` (and `end`) as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` matching
/// `precision`, checked for real months and days. The basis is explicit: the reader said so.
pub fn user_date(start: &str, end: Option<&str>, precision: Precision) -> Result<EventDate, CorrectionError> {
    let check = |s: &str| -> Result<String, CorrectionError> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let want = match precision {
            Precision::Year => 1,
            Precision::Month => 2,
            Precision::Day => 3,
        };
        let shape = ["YYYY", "YYYY-MM", "YYYY-MM-DD"][want - 1];
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let widths = [4, 2, 2];
        if parts.len() != want || parts.iter().zip(widths).any(|(p, n)| !digits(p, n)) {
            return Err(CorrectionError::BadDate(format!("“{s}” is not a date of the form {shape}.")));
        }
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
        let (y, m, d) = (num(0) as i32, num(1), num(2));
        if !valid_ymd(y, m, d) {
            return Err(CorrectionError::BadDate(format!("“{s}” is not a real date.")));
        }
        Ok(s.to_string())
    };
    let start = check(start)?;
    let end = match end.map(str::trim).filter(|e| !e.is_empty()) {
        Some(e) => {
            let e = check(e)?;
            if e < start {
                return Err(CorrectionError::BadDate(format!("The end, {e}, is before the start, {start}.")));
            }
            (e != start).then_some(e)
        }
        None => None,
    };
    Ok(EventDate { start, end, precision, text: None, basis: DateBasis::Explicit })
}

/// A place picked by the reader (from the gazetteer or the map), never inferred.
pub fn user_place(name: &str, lat: f64, lon: f64, precision: GeoPrecision) -> Result<Place, CorrectionError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CorrectionError::BadPlace("A place needs a name.".into()));
    }
    if !(lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)) {
        return Err(CorrectionError::BadPlace(format!("{lat}, {lon} is not a position on Earth.")));
    }
    Ok(Place { name: name.to_string(), text: None, lat, lon, precision, inferred: false })
}

impl Analysis {
    /// The corrections log, empty when nothing was corrected.
    pub fn correction_log(&self) -> &[Correction] {
        self.corrections.as_ref().map_or(&[], |c| &c.log)
    }

    /// This analysis with one more correction, or why it cannot be made. `self` is unchanged.
    pub fn correct(&self, correction: Correction) -> Result<Analysis, CorrectionError> {
        let mut correction = correction;
        self.validate(&mut correction)?;
        let mut layer = self.corrections.clone().unwrap_or_else(|| Corrections {
            original_entities: self.entities.clone(),
            original_events: self.events.clone(),
            log: Vec::new(),
        });
        layer.log.push(correction);
        Ok(self.with_layer(layer))
    }

    /// This analysis without its last correction, and that correction (for redo); `None` when
    /// nothing was corrected.
    pub fn undo_correction(&self) -> Option<(Analysis, Correction)> {
        let mut layer = self.corrections.clone()?;
        let last = layer.log.pop()?;
        Some((self.with_layer(layer), last))
    }

    /// The pipeline's result, every correction dropped.
    pub fn without_corrections(&self) -> Analysis {
        match &self.corrections {
            None => self.clone(),
            Some(layer) => self.with_lists(layer.original_entities.clone(), layer.original_events.clone(), None),
        }
    }

    /// After reading an analysis from outside: replay its log over its originals. Corrections
    /// that no longer apply are dropped, and a differing stored result is replaced by the
    /// replayed one; each such repair is returned as a sentence (empty when all was in order).
    pub fn verify_corrections(&mut self) -> Vec<String> {
        let Some(Corrections { original_entities, original_events, log }) = self.corrections.take() else {
            return Vec::new();
        };
        let mut notes = Vec::new();
        let mut replayed = self.with_lists(original_entities, original_events, None);
        for c in log {
            let described = c.describe();
            match replayed.correct(c) {
                Ok(next) => replayed = next,
                Err(e) => {
                    notes.push(format!("A stored correction ({described}) no longer applies and was left out: {e}"))
                }
            }
        }
        if replayed.entities != self.entities || replayed.events != self.events {
            notes.push("The stored events did not match their corrections; they were rebuilt from the log.".into());
        }
        *self = replayed;
        notes
    }

    /// Check a correction against the current (corrected) lists, filling in chosen ids.
    fn validate(&self, correction: &mut Correction) -> Result<(), CorrectionError> {
        let event = |id: &str| {
            self.events.iter().find(|e| e.id == id).ok_or_else(|| CorrectionError::UnknownEvent(id.to_string()))
        };
        let entity = |id: &str| {
            self.entities.iter().find(|e| e.id == id).ok_or_else(|| CorrectionError::UnknownEntity(id.to_string()))
        };
        match correction {
            Correction::EventDate { event: id, date } => {
                event(id)?;
                if let Some(d) = date {
                    user_date(&d.start, d.end.as_deref(), d.precision)?;
                }
            }
            Correction::EventPlace { event: id, place } => {
                event(id)?;
                if let Some(p) = place {
                    user_place(&p.name, p.lat, p.lon, p.precision)?;
                }
            }
            Correction::EventKind { event: id, .. } | Correction::DeleteEvent { event: id } => {
                event(id)?;
            }
            Correction::EventParticipants { event: id, actors, targets } => {
                event(id)?;
                for e in actors.iter().chain(targets.iter()) {
                    entity(e)?;
                }
            }
            Correction::AddEvent { event: new } => {
                for e in &new.evidence {
                    let ok = self
                        .blocks
                        .get(e.block)
                        .is_some_and(|b| e.start < e.end && b.text.get(e.start..e.end).is_some_and(|t| t == e.text));
                    if !ok {
                        return Err(CorrectionError::Pointless("The new event's sentence is not in the text.".into()));
                    }
                }
                if new.evidence.is_empty() {
                    return Err(CorrectionError::Pointless("A new event needs a sentence of the text.".into()));
                }
                new.id = self.fresh_id("ev-u", |id| self.events.iter().any(|e| e.id == id));
            }
            Correction::EntityKind { entity: id, .. } => {
                entity(id)?;
            }
            Correction::MergeEntities { into, from } => {
                entity(into)?;
                entity(from)?;
                if into == from {
                    return Err(CorrectionError::Pointless("An entity cannot be merged into itself.".into()));
                }
            }
            Correction::SplitAlias { entity: id, alias, new_id } => {
                let e = entity(id)?;
                if !e.aliases.contains(alias) {
                    return Err(CorrectionError::Pointless(format!("“{alias}” is not an alias of {}.", e.name)));
                }
                *new_id = self.fresh_id("ent-u", |id| self.entities.iter().any(|e| e.id == id));
            }
            Correction::Batch { changes } => {
                if changes.is_empty() {
                    return Err(CorrectionError::Pointless("Nothing was changed.".into()));
                }
                // Each change is checked against the state the previous ones leave.
                let mut state = self.clone();
                for c in changes.iter_mut() {
                    state.validate(c)?;
                    if let Ok(next) = state.correct(c.clone()) {
                        state = next;
                    }
                }
            }
        }
        Ok(())
    }

    /// `prefix` + the first number not taken by a current or original item.
    fn fresh_id(&self, prefix: &str, taken: impl Fn(&str) -> bool) -> String {
        let layer = self.corrections.as_ref();
        let in_originals = |id: &str| {
            layer.is_some_and(|l| {
                l.original_events.iter().any(|e| e.id == id) || l.original_entities.iter().any(|e| e.id == id)
            })
        };
        (1..)
            .map(|n| format!("{prefix}{n}"))
            .find(|id| !taken(id) && !in_originals(id) && !self.mentions_id(id))
            .unwrap_or_default()
    }

    /// Whether any logged correction created `id` (so an undone-then-redone item keeps its id
    /// unique against items created after it).
    fn mentions_id(&self, id: &str) -> bool {
        self.correction_log().iter().any(|c| match c {
            Correction::AddEvent { event } => event.id == id,
            Correction::SplitAlias { new_id, .. } => new_id == id,
            _ => false,
        })
    }

    /// The analysis with `layer` replayed over its originals (or the originals alone).
    fn with_layer(&self, layer: Corrections) -> Analysis {
        let mut entities = layer.original_entities.clone();
        let mut events = layer.original_events.clone();
        let mut touched_events = BTreeSet::new();
        let mut touched_entities = BTreeSet::new();
        for c in &layer.log {
            replay(self, c, &mut entities, &mut events, &mut touched_entities, &mut touched_events);
        }
        for e in &mut entities {
            e.corrected = touched_entities.contains(&e.id);
        }
        for e in &mut events {
            e.corrected = touched_events.contains(&e.id);
        }
        let corrections = (!layer.log.is_empty()).then_some(layer);
        self.with_lists(entities, events, corrections)
    }

    /// This analysis's text and metadata with other entity and event lists (the current lists
    /// are not copied).
    fn with_lists(&self, entities: Vec<Entity>, events: Vec<Event>, corrections: Option<Corrections>) -> Analysis {
        Analysis {
            schema: self.schema.clone(),
            meta: self.meta.clone(),
            blocks: self.blocks.clone(),
            entities,
            events,
            diagnostics: self.diagnostics.clone(),
            corrections,
        }
    }

    /// A new event (kind "other", no date or place yet) whose evidence is the sentence of block
    /// `block` that contains byte `offset`; the entities mentioned in it are its actors.
    /// `None` when there is no such block or sentence.
    pub fn event_at(&self, block: usize, offset: usize) -> Option<Event> {
        let text = &self.blocks.get(block)?.text;
        let (start, end) = sentences::split(text).into_iter().find(|&(s, e)| s <= offset && offset < e.max(s + 1))?;
        let sentence = text.get(start..end)?.trim_end();
        let end = start + sentence.len();
        let actors = self
            .entities
            .iter()
            .filter(|e| e.mentions.iter().any(|m| m.block == block && m.start >= start && m.end <= end))
            .map(|e| e.id.clone())
            .collect();
        Some(Event {
            id: String::new(),
            kind: EventKind::Other,
            date: None,
            place: None,
            actors,
            targets: Vec::new(),
            evidence: vec![Evidence { block, start, end, text: sentence.to_string() }],
            corrected: true,
        })
    }
}

/// Apply one correction to the lists (already validated when it was made; anything that no
/// longer fits is skipped).
fn replay(
    analysis: &Analysis,
    c: &Correction,
    entities: &mut Vec<Entity>,
    events: &mut Vec<Event>,
    touched_entities: &mut BTreeSet<String>,
    touched_events: &mut BTreeSet<String>,
) {
    let mut event = |id: &str, f: &mut dyn FnMut(&mut Event)| {
        if let Some(e) = events.iter_mut().find(|e| e.id == id) {
            f(e);
            touched_events.insert(id.to_string());
        }
    };
    match c {
        Correction::EventDate { event: id, date } => event(id, &mut |e| e.date = date.clone()),
        Correction::EventPlace { event: id, place } => event(id, &mut |e| e.place = place.clone()),
        Correction::EventKind { event: id, kind } => event(id, &mut |e| e.kind = *kind),
        Correction::EventParticipants { event: id, actors, targets } => event(id, &mut |e| {
            e.actors = actors.clone();
            e.targets = targets.clone();
        }),
        Correction::DeleteEvent { event: id } => events.retain(|e| e.id != *id),
        Correction::AddEvent { event: new } => {
            let at = events.iter().position(|e| {
                e.evidence.first().map(|v| (v.block, v.start)) > new.evidence.first().map(|v| (v.block, v.start))
            });
            events.insert(at.unwrap_or(events.len()), new.clone());
            touched_events.insert(new.id.clone());
        }
        Correction::EntityKind { entity: id, kind } => {
            if let Some(e) = entities.iter_mut().find(|e| e.id == *id) {
                e.kind = *kind;
                touched_entities.insert(id.clone());
            }
        }
        Correction::MergeEntities { into, from } => {
            let Some(from_at) = entities.iter().position(|e| e.id == *from) else { return };
            if !entities.iter().any(|e| e.id == *into) {
                return;
            }
            let gone = entities.remove(from_at);
            if let Some(keep) = entities.iter_mut().find(|e| e.id == *into) {
                for name in std::iter::once(&gone.name).chain(&gone.aliases) {
                    if *name != keep.name && !keep.aliases.contains(name) {
                        keep.aliases.push(name.clone());
                    }
                }
                keep.acronym = keep.acronym.take().or(gone.acronym);
                keep.mentions.extend(gone.mentions);
                crate::sort::sort(&mut keep.mentions);
                keep.mentions.dedup();
                touched_entities.insert(into.clone());
            }
            for e in events.iter_mut() {
                for role in [&mut e.actors, &mut e.targets] {
                    if role.contains(from) {
                        for id in role.iter_mut().filter(|id| *id == from) {
                            id.clone_from(into);
                        }
                        let mut seen = BTreeSet::new();
                        role.retain(|id| seen.insert(id.clone()));
                    }
                }
            }
        }
        Correction::Batch { changes } => {
            for c in changes {
                replay(analysis, c, entities, events, touched_entities, touched_events);
            }
        }
        Correction::SplitAlias { entity: id, alias, new_id } => {
            let Some(e) = entities.iter_mut().find(|e| e.id == *id) else { return };
            let written_so = |m: &Mention| {
                analysis.blocks.get(m.block).and_then(|b| b.text.get(m.start..m.end)).is_some_and(|t| t == alias)
            };
            let (moved, kept): (Vec<Mention>, Vec<Mention>) = e.mentions.iter().partition(|m| written_so(m));
            e.mentions = kept;
            e.aliases.retain(|a| a != alias);
            let split = Entity {
                id: new_id.clone(),
                name: alias.clone(),
                kind: e.kind,
                aliases: Vec::new(),
                acronym: None,
                mentions: moved,
                corrected: true,
            };
            touched_entities.insert(id.clone());
            touched_entities.insert(new_id.clone());
            entities.push(split);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Title of the piece\n\nMarch 3, 2021\n\n\
        Kataib Hezbollah (KH) fighters attacked the base in Baghdad on March 1, 2021. \
        Later, Hossein Moanes threatened the minister. Moanes said nothing more. \
        The weather was calm that week.\n";

    fn analysis() -> Analysis {
        crate::analyze(ARTICLE)
    }

    #[test]
    fn corrections_change_the_result_and_keep_the_original() {
        let a = analysis();
        let first = a.events[0].id.clone();
        let date = user_date("2021-02", None, Precision::Month).unwrap();
        let b = a.correct(Correction::EventDate { event: first.clone(), date: Some(date.clone()) }).unwrap();
        assert_eq!(b.events[0].date, Some(date));
        assert!(b.events[0].corrected);
        assert!(!a.events[0].corrected, "the input is untouched");
        assert_eq!(b.without_corrections(), a);
        let (c, undone) = b.undo_correction().unwrap();
        assert_eq!(c, a, "undoing the only correction gives the pipeline's result back");
        assert_eq!(undone.describe(), format!("date of {first}"));
    }

    #[test]
    fn bad_corrections_are_refused_with_a_reason() {
        let a = analysis();
        let e = a.correct(Correction::DeleteEvent { event: "ev-999".into() }).unwrap_err();
        assert_eq!(e.to_string(), "There is no event ev-999 in this article.");
        assert!(user_date("2021-02-30", None, Precision::Day).is_err());
        assert!(user_date("2021-2", None, Precision::Month).is_err());
        assert!(user_date("2021", Some("2020"), Precision::Year).is_err());
        assert_eq!(user_date("2021", Some("2021"), Precision::Year).unwrap().end, None);
        assert!(user_place("X", 91.0, 0.0, GeoPrecision::City).is_err());
        assert!(user_place(" ", 1.0, 0.0, GeoPrecision::City).is_err());
    }

    #[test]
    fn a_batch_is_one_step() {
        let a = analysis();
        let id = a.events[0].id.clone();
        let date = user_date("2020", None, Precision::Year).unwrap();
        let batch = Correction::Batch {
            changes: vec![
                Correction::EventKind { event: id.clone(), kind: EventKind::Offer },
                Correction::EventDate { event: id.clone(), date: Some(date.clone()) },
            ],
        };
        assert_eq!(batch.describe(), format!("edit of {id}"));
        let b = a.correct(batch).unwrap();
        assert_eq!((b.events[0].kind, b.events[0].date.clone()), (EventKind::Offer, Some(date)));
        assert_eq!(b.undo_correction().unwrap().0, a);
        let bad = Correction::Batch {
            changes: vec![Correction::DeleteEvent { event: id.clone() }, Correction::DeleteEvent { event: id }],
        };
        assert!(a.correct(bad).is_err(), "the second change sees the first");
        assert!(a.correct(Correction::Batch { changes: vec![] }).is_err());
    }

    #[test]
    fn delete_and_add_events() {
        let a = analysis();
        let n = a.events.len();
        let first = a.events[0].id.clone();
        let b = a.correct(Correction::DeleteEvent { event: first }).unwrap();
        assert_eq!(b.events.len(), n - 1);
        let block = a.blocks.iter().find(|b| b.text.contains("weather")).unwrap().id;
        let offset = a.blocks[block].text.find("weather").unwrap();
        let new = a.event_at(block, offset).unwrap();
        assert_eq!(new.evidence[0].text, "The weather was calm that week.");
        let c = b.correct(Correction::AddEvent { event: new }).unwrap();
        let added = c.events.iter().find(|e| e.id == "ev-u1").expect("the new event gets a fresh id");
        assert!(added.corrected);
        assert_eq!(c.correction_log().len(), 2);
    }

    #[test]
    fn merge_and_split_entities() {
        let a = analysis();
        let id = |name: &str| {
            a.entities.iter().find(|e| e.name == name || e.aliases.iter().any(|x| x == name)).map(|e| e.id.clone())
        };
        let moanes = id("Hossein Moanes").expect("person found");
        let kh = id("Kataib Hezbollah").expect("organisation found");
        let merged = a.correct(Correction::MergeEntities { into: kh.clone(), from: moanes.clone() }).unwrap();
        let keep = merged.entities.iter().find(|e| e.id == kh).unwrap();
        assert!(keep.aliases.contains(&"Hossein Moanes".to_string()));
        assert!(merged.entities.iter().all(|e| e.id != moanes));
        assert!(merged.events.iter().all(|e| !e.actors.contains(&moanes) && !e.targets.contains(&moanes)));
        assert!(a.correct(Correction::MergeEntities { into: kh.clone(), from: kh.clone() }).is_err());

        let person = a.entities.iter().find(|e| e.id == moanes).unwrap();
        {
            let alias = person.aliases.first().cloned().expect("“Moanes” is an alias of Hossein Moanes");
            let split = a
                .correct(Correction::SplitAlias { entity: moanes.clone(), alias: alias.clone(), new_id: String::new() })
                .unwrap();
            let new = split.entities.iter().find(|e| e.name == alias).expect("a new entity for the alias");
            assert_eq!(new.id, "ent-u1");
            assert!(!new.mentions.is_empty());
            let old = split.entities.iter().find(|e| e.id == moanes).unwrap();
            assert_eq!(old.mentions.len() + new.mentions.len(), person.mentions.len());
        }
    }

    #[test]
    fn json_round_trip_and_verification() {
        let a = analysis();
        let b = a.correct(Correction::EventKind { event: a.events[0].id.clone(), kind: EventKind::Threat }).unwrap();
        let json = serde_json::to_string(&b).unwrap();
        let mut back: Analysis = serde_json::from_str(&json).unwrap();
        assert!(back.verify_corrections().is_empty());
        assert_eq!(back, b);

        // A tampered result is rebuilt from the log; a correction that no longer applies is dropped.
        let mut tampered = b.clone();
        tampered.events[0].kind = EventKind::Election;
        if let Some(layer) = tampered.corrections.as_mut() {
            layer.log.push(Correction::DeleteEvent { event: "ev-404".into() });
        }
        let notes = tampered.verify_corrections();
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(tampered, b);
        // An analysis without corrections serialises exactly as before.
        assert!(!serde_json::to_string(&a).unwrap().contains("correct"));
    }

    #[test]
    fn corrections_read_from_json_like_the_derived_reader_did() {
        let read = |json: &str| serde_json::from_str::<Correction>(json).map_err(|e| e.to_string());
        let batch = r#"{"changes": [{"event": "ev-1", "op": "event_date"}, {"op": "delete_event", "event": "ev-2"}],
            "op": "batch", "extra": 1}"#;
        assert_eq!(
            read(batch),
            Ok(Correction::Batch {
                changes: vec![
                    Correction::EventDate { event: "ev-1".into(), date: None },
                    Correction::DeleteEvent { event: "ev-2".into() },
                ]
            })
        );
        let kind = Correction::EntityKind { entity: "ent-1".into(), kind: EntityKind::Person };
        assert_eq!(read(&serde_json::to_string(&kind).unwrap()), Ok(kind));
        assert!(read(r#"{"op": "delete_event"}"#).is_err_and(|e| e.contains("missing field `event`")));
        assert!(read(r#"{"event": "ev-1"}"#).is_err_and(|e| e.contains("missing field `op`")));
        assert!(read(r#"{"op": "rename"}"#).is_err_and(|e| e.contains("unknown variant `rename`")));
        assert!(read(r#"{"op": "event_kind", "event": "ev-1", "kind": "party"}"#).is_err());
    }
}
