//! Import validation and the local library, without the DOM: decoding dropped or opened files,
//! refusing bad input with a specific [`ImportError`], reading Analysis JSON, and the library's
//! records kept in a key–value store ([`KvStore`]: IndexedDB or `localStorage` in the browser, a
//! map in tests).
//!
//! Where the library lives: IndexedDB, through raw `web-sys` bindings and a thin promise wrapper
//! (`hooks/idb.rs`), because `localStorage` holds about 5 MB per site (two or three long
//! articles' analyses, now growing with corrections) while IndexedDB holds a share of the disk.
//! A crate (`rexie`, `idb`, `indexed_db_futures`) would wrap the same calls in more code than the
//! app uses: it needs one object store of strings, read whole at start and written in one
//! transaction per change. `localStorage` stays as the fallback when IndexedDB cannot be opened,
//! and the library it held before (keys under [`LIB_PREFIX`] and [`QUARANTINE_PREFIX`]) moves
//! into IndexedDB on first start ([`migrate`]).
//!
//! The rules stay synchronous and are tested natively: each change runs against a
//! [`StagedStore`] (the stored records as read, plus the writes it would make), and the browser
//! commits the staged [`Change`]s in one IndexedDB transaction, all or nothing. Only when that
//! transaction has completed is the change shown as done; when it fails (a full disk is
//! [`StoreError::QuotaExceeded`]), nothing stored changes and the user is told.
//!
//! The rules the UI relies on:
//! - bad input never reaches the store or the current article: everything is checked first;
//! - stored data that cannot be read is never overwritten or deleted: it is moved aside under
//!   [`QUARANTINE_PREFIX`] (or left where it is when even that fails) and reported.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use atlas_core::{Analysis, BlockKind, SCHEMA};
use serde::{Deserialize, Serialize};

/// The largest article accepted, in bytes (of the file, or of the pasted text as UTF-8).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Every key of the library (this version) starts with this.
pub const LIB_PREFIX: &str = "atlas:lib:v1:";
/// The library's index: a JSON [`IndexFile`].
pub const INDEX_KEY: &str = "atlas:lib:v1:index";
/// One article's Analysis JSON per key: `atlas:lib:v1:article:<id>`.
pub const ARTICLE_PREFIX: &str = "atlas:lib:v1:article:";
/// Unreadable stored items are moved here, never deleted.
pub const QUARANTINE_PREFIX: &str = "atlas:lib:quarantine:";
/// The library id of the bundled article: it cannot be deleted, and is stored (under
/// [`article_key`]`(SEED_ID)`, never in the index) only once it has been saved with corrections.
pub const SEED_ID: &str = "seed";
/// Version of the index record format.
pub const INDEX_VERSION: u32 = 1;

/// Why an import was refused. Every variant's `Display` is a complete sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but whitespace.
    Empty,
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge { size: usize, limit: usize },
    /// NUL bytes, or more than a tenth control characters: not text.
    Binary { nul: bool, control_percent: u32 },
    /// Meant as JSON (a `.json` file, or text starting with `{`) but not valid JSON.
    InvalidJson { line: usize, column: usize, message: String },
    /// Valid JSON, but not an object with a `"schema"` string.
    NotAnAnalysis,
    /// An object with another `"schema"` (not ours at all).
    WrongSchema { found: String },
    /// Ours, but another version (`article-atlas/2`).
    UnsupportedVersion { found: String },
    /// The right schema, but the content does not fit it.
    InvalidAnalysis(String),
}

/// `1.5 MB`, `820 KB`, `312 bytes`.
pub fn human_size(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        let mb = bytes as f64 / MB;
        if (mb - mb.round()).abs() < 0.05 {
            format!("{} MB", mb.round())
        } else {
            format!("{mb:.1} MB")
        }
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else if bytes == 1 {
        "1 byte".into()
    } else {
        format!("{bytes} bytes")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "There is nothing to analyse: the text is empty or only whitespace."),
            ImportError::TooLarge { size, limit } => {
                // Just over the limit, both round to "5 MB": then say it in bytes.
                let (s, l) = match (human_size(*size), human_size(*limit)) {
                    (s, l) if s == l => (format!("{size} bytes"), format!("{l} ({limit} bytes)")),
                    pair => pair,
                };
                write!(
                    f,
                    "This is {s}, over the {l} limit for one article. Trim it (or split it into several articles) and try again."
                )
            }
            ImportError::Binary { nul: true, .. } => write!(
                f,
                "This looks like a binary file (it contains NUL bytes), not text. Open a plain-text (.txt), Markdown (.md) or Article Atlas analysis (.json) file."
            ),
            ImportError::Binary { control_percent, .. } => write!(
                f,
                "This looks like a binary file ({control_percent}% of it are control characters), not text. Open a plain-text (.txt), Markdown (.md) or Article Atlas analysis (.json) file."
            ),
            ImportError::InvalidJson { line, column, message } => {
                write!(f, "This is not valid JSON (line {line}, column {column}: {message}).")
            }
            ImportError::NotAnAnalysis => write!(
                f,
                "This JSON is not an Article Atlas analysis: it has no \"schema\" field (expected \"{SCHEMA}\")."
            ),
            ImportError::WrongSchema { found } => write!(
                f,
                "This JSON has schema \"{found}\", not \"{SCHEMA}\": it is not an Article Atlas analysis."
            ),
            ImportError::UnsupportedVersion { found } => write!(
                f,
                "This analysis was saved in format \"{found}\"; this version of Article Atlas reads \"{SCHEMA}\" only."
            ),
            ImportError::InvalidAnalysis(why) => {
                write!(f, "This file says \"{SCHEMA}\" but its content does not fit that format: {why}.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Bytes decoded to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Invalid bytes (or unpaired UTF-16 units) replaced with U+FFFD.
    pub replaced: usize,
    /// The file was UTF-16 (it had a UTF-16 byte-order mark).
    pub utf16: bool,
}

/// Control characters that do not occur in text: all C0 but tab, LF, FF and CR, and DEL.
fn is_binary_control(c: u32) -> bool {
    (c < 0x20 && !matches!(c, 0x09 | 0x0A | 0x0C | 0x0D)) || c == 0x7F
}

/// Refuse text that is really binary: any NUL, or more than 10% control characters.
fn check_not_binary(units: impl Iterator<Item = u32>) -> Result<(), ImportError> {
    let (mut total, mut control) = (0usize, 0usize);
    for c in units {
        if c == 0 {
            return Err(ImportError::Binary { nul: true, control_percent: 0 });
        }
        total += 1;
        control += usize::from(is_binary_control(c));
    }
    if total > 0 && control * 10 > total {
        let control_percent = (control * 100).div_ceil(total) as u32;
        return Err(ImportError::Binary { nul: false, control_percent });
    }
    Ok(())
}

/// Decode a file's bytes: UTF-8 (an initial BOM is dropped), or UTF-16 when it starts with a
/// UTF-16 BOM. Invalid sequences become U+FFFD and are counted. Refuses files over the size
/// limit, binary files and empty ones.
pub fn decode_bytes(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len(), limit: MAX_IMPORT_BYTES });
    }
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    };
    let decoded = if let Some(little) = utf16 {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], c.get(1).copied().unwrap_or(0)];
                if little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        check_not_binary(units.iter().map(|&u| u32::from(u)))?;
        let mut replaced = usize::from(bytes.len() % 2 == 1);
        let text: String = char::decode_utf16(units)
            .map(|r| {
                r.unwrap_or_else(|_| {
                    replaced += 1;
                    char::REPLACEMENT_CHARACTER
                })
            })
            .collect();
        Decoded { text, replaced, utf16: true }
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        check_not_binary(bytes.iter().map(|&b| u32::from(b)))?;
        let mut text = String::with_capacity(bytes.len());
        let mut replaced = 0;
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                replaced += chunk.invalid().len();
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
        Decoded { text, replaced, utf16: false }
    };
    if decoded.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(decoded)
}

/// Check pasted text: not empty, not over the limit, not binary.
pub fn check_text(text: &str) -> Result<(), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: text.len(), limit: MAX_IMPORT_BYTES });
    }
    check_not_binary(text.chars().map(u32::from))?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(())
}

/// Whether input should be read as Analysis JSON: a `.json` file, or text that opens with `{`.
pub fn looks_like_json(file_name: Option<&str>, text: &str) -> bool {
    file_name.is_some_and(|n| n.to_ascii_lowercase().ends_with(".json")) || text.trim_start().starts_with('{')
}

/// Read Analysis JSON, checking the schema tag before the shape, so that a wrong file gets the
/// most useful message.
pub fn parse_analysis(json: &str) -> Result<Analysis, ImportError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| ImportError::InvalidJson {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })?;
    let Some(schema) = value.get("schema").and_then(|s| s.as_str()) else {
        return Err(ImportError::NotAnAnalysis);
    };
    if schema != SCHEMA {
        let ours = schema.split('/').next() == SCHEMA.split('/').next();
        let found = schema.chars().take(80).collect();
        return Err(if ours { ImportError::UnsupportedVersion { found } } else { ImportError::WrongSchema { found } });
    }
    let mut analysis: Analysis =
        serde_json::from_value(value).map_err(|e| ImportError::InvalidAnalysis(strip_position(&e.to_string())))?;
    check_consistency(&analysis)?;
    // The corrections log decides: a result that disagrees with it is rebuilt, and said so.
    for note in analysis.verify_corrections() {
        analysis.diagnostics.push(atlas_core::Diagnostic::warning(note, None));
    }
    Ok(analysis)
}

/// serde_json's messages end in " at line L column C", which the UI says its own way.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The views tolerate odd offsets (they clamp), but block ids must be the blocks' positions,
/// since every offset in the analysis names its block by id.
fn check_consistency(a: &Analysis) -> Result<(), ImportError> {
    if let Some((i, b)) = a.blocks.iter().enumerate().find(|(i, b)| b.id != *i) {
        return Err(ImportError::InvalidAnalysis(format!("block {i} has id {}", b.id)));
    }
    Ok(())
}

/// What an import produced, before it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Text to analyse.
    Text(String),
    /// An analysis read from JSON, shown as it is.
    Analysis(Box<Analysis>),
}

/// A checked import plus what the user should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub input: Input,
    /// Bytes replaced while decoding (see [`Decoded::replaced`]).
    pub replaced: usize,
    pub utf16: bool,
}

impl Prepared {
    /// Notes for the user about the decoding ("3 invalid bytes were replaced …").
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.utf16 {
            notes.push("The file was UTF-16 text and was converted.".to_string());
        }
        match self.replaced {
            0 => {}
            1 => notes.push("1 invalid byte was not UTF-8 text and was replaced with �.".to_string()),
            n => notes.push(format!("{n} invalid bytes were not UTF-8 text and were replaced with �.")),
        }
        notes
    }
}

/// Check and read one opened or dropped file.
pub fn prepare_file(file_name: &str, bytes: &[u8]) -> Result<Prepared, ImportError> {
    let Decoded { text, replaced, utf16 } = decode_bytes(bytes)?;
    let input = if looks_like_json(Some(file_name), &text) {
        Input::Analysis(Box::new(parse_analysis(&text)?))
    } else {
        Input::Text(text)
    };
    Ok(Prepared { input, replaced, utf16 })
}

/// Check pasted text; pasted Analysis JSON is read as such.
pub fn prepare_text(text: &str) -> Result<Prepared, ImportError> {
    check_text(text)?;
    let input = if looks_like_json(None, text) {
        Input::Analysis(Box::new(parse_analysis(text)?))
    } else {
        Input::Text(text.to_string())
    };
    Ok(Prepared { input, replaced: 0, utf16: false })
}

// ---------------------------------------------------------------------------------------------
// The library.

/// One stored article as listed (the index record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub id: String,
    pub title: String,
    /// Publication date (`YYYY-MM-DD`) when the article has one.
    pub date: Option<String>,
    pub author: Option<String>,
    /// Number of events.
    pub events: usize,
    /// Milliseconds since the Unix epoch.
    pub added_at: f64,
}

/// The index as stored under [`INDEX_KEY`]; newest entry first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexFile {
    pub version: u32,
    pub entries: Vec<LibraryEntry>,
}

/// Why the store could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is disabled (private mode, a site setting, a sandboxed frame).
    Unavailable,
    /// The site's storage is full.
    QuotaExceeded,
    /// Anything else the browser reported.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(
                f,
                "This browser does not let the page store data (private mode or a site setting), so the library cannot keep articles across reloads."
            ),
            StoreError::QuotaExceeded => write!(
                f,
                "The browser's storage for this site is full. Delete articles from the library to make room."
            ),
            StoreError::Failed(why) => write!(f, "The browser's storage failed: {why}."),
        }
    }
}

impl std::error::Error for StoreError {}

/// The few operations the library needs from a string key–value store.
pub trait KvStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory [`KvStore`] with an optional size limit (keys plus values, in bytes) and a
/// switch that makes every call fail as disabled storage does. For tests.
#[derive(Debug, Default)]
pub struct MemoryStore {
    pub map: RefCell<BTreeMap<String, String>>,
    pub limit: Option<usize>,
    pub disabled: bool,
}

impl MemoryStore {
    fn used(map: &BTreeMap<String, String>) -> usize {
        map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.disabled {
            return Err(StoreError::Unavailable);
        }
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.disabled {
            return Err(StoreError::Unavailable);
        }
        let mut map = self.map.borrow_mut();
        if let Some(limit) = self.limit {
            let old = map.get(key).map_or(0, |v| key.len() + v.len());
            if Self::used(&map) - old + key.len() + value.len() > limit {
                return Err(StoreError::QuotaExceeded);
            }
        }
        map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if self.disabled {
            return Err(StoreError::Unavailable);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        if self.disabled {
            return Err(StoreError::Unavailable);
        }
        Ok(self.map.borrow().keys().cloned().collect())
    }
}

/// One write to make to the backing store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Put { key: String, value: String },
    Delete { key: String },
}

/// Stored records (key, value), sorted by key: a plain sorted list, which makes a smaller wasm
/// than a map for the few dozen records a library holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Records(Vec<(String, String)>);

impl Records {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.find(key).ok().map(|i| self.0[i].1.as_str())
    }

    pub fn insert(&mut self, key: String, value: String) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub fn remove(&mut self, key: &str) {
        if let Ok(i) = self.find(key) {
            self.0.remove(i);
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Apply committed changes.
    pub fn apply(&mut self, changes: &[Change]) {
        for change in changes {
            match change {
                Change::Put { key, value } => self.insert(key.clone(), value.clone()),
                Change::Delete { key } => self.remove(key),
            }
        }
    }
}

impl FromIterator<(String, String)> for Records {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut records = Records::default();
        for (key, value) in pairs {
            records.insert(key, value);
        }
        records
    }
}

/// A [`KvStore`] that reads a snapshot of the stored records and keeps its writes to itself:
/// the library's rules run against it, then [`StagedStore::changes`] are committed at once (in
/// one IndexedDB transaction) or not at all.
#[derive(Debug)]
pub struct StagedStore<'a> {
    base: &'a Records,
    /// In the order first written; `None` is a deletion.
    writes: RefCell<Vec<(String, Option<String>)>>,
}

impl<'a> StagedStore<'a> {
    pub fn new(base: &'a Records) -> Self {
        StagedStore { base, writes: RefCell::default() }
    }

    fn write(&self, key: &str, value: Option<String>) {
        let mut writes = self.writes.borrow_mut();
        match writes.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => writes.push((key.to_string(), value)),
        }
    }

    /// What differs from the snapshot, in the order first written (writes that end where they
    /// started, such as a value written and taken back out, are left out).
    pub fn changes(&self) -> Vec<Change> {
        self.writes
            .borrow()
            .iter()
            .filter(|(key, value)| self.base.get(key) != value.as_deref())
            .map(|(key, value)| match value {
                Some(value) => Change::Put { key: key.clone(), value: value.clone() },
                None => Change::Delete { key: key.clone() },
            })
            .collect()
    }
}

impl KvStore for StagedStore<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(match self.writes.borrow().iter().find(|(k, _)| k == key) {
            Some((_, written)) => written.clone(),
            None => self.base.get(key).map(str::to_string),
        })
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(key, Some(value.to_string()));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.write(key, None);
        Ok(())
    }

    /// The snapshot's keys (sorted), then the keys written since.
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let writes = self.writes.borrow();
        let written = |key: &str| writes.iter().any(|(k, _)| k == key);
        let mut keys: Vec<String> = self.base.keys().filter(|k| !written(k)).map(str::to_string).collect();
        keys.extend(writes.iter().filter(|(_, v)| v.is_some()).map(|(k, _)| k.clone()));
        Ok(keys)
    }
}

/// The storage key of an article.
pub fn article_key(id: &str) -> String {
    format!("{ARTICLE_PREFIX}{id}")
}

/// A stable id from the stored JSON (FNV-1a, 64 bits): the same analysis is stored once.
pub fn content_id(json: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in json.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A title for an article without one: the start of its first paragraph.
pub fn display_title(a: &Analysis) -> String {
    if let Some(t) = a.meta.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        return t.to_string();
    }
    let first = a
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Summary | BlockKind::Heading))
        .or(a.blocks.first())
        .map(|b| b.text.trim())
        .unwrap_or_default();
    if first.is_empty() {
        return "Untitled article".to_string();
    }
    let words: Vec<&str> = first.split_whitespace().collect();
    let mut short = words.iter().take(10).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 10 {
        short.push('…');
    }
    short
}

/// The index record for an analysis.
pub fn entry_for(a: &Analysis, id: &str, now: f64) -> LibraryEntry {
    let authors: Vec<&str> = a.meta.authors.iter().map(|x| x.name.as_str()).collect();
    LibraryEntry {
        id: id.to_string(),
        title: display_title(a),
        date: a.meta.published.as_ref().map(|p| p.date.clone()),
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        events: a.events.len(),
        added_at: now,
    }
}

/// The library as read at start: entries newest first, and what had to be kept aside.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadReport {
    pub entries: Vec<LibraryEntry>,
    /// Stored items that could not be read (moved aside, or left in place if even that failed).
    pub unreadable: usize,
    /// Articles found without an index record, added back to the index.
    pub recovered: usize,
    /// The bundled article's record, when a corrected version of it is stored.
    pub seed: Option<LibraryEntry>,
}

impl LoadReport {
    /// What to tell the user, if anything.
    pub fn message(&self) -> Option<String> {
        let mut parts = Vec::new();
        match self.unreadable {
            0 => {}
            1 => parts.push("1 stored item could not be read and was kept aside.".to_string()),
            n => parts.push(format!("{n} stored items could not be read and were kept aside.")),
        }
        match self.recovered {
            0 => {}
            1 => parts.push("1 stored article missing from the library's list was added back.".to_string()),
            n => parts.push(format!("{n} stored articles missing from the library's list were added back.")),
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

/// Move an unreadable item aside: copy it under [`QUARANTINE_PREFIX`], then remove the
/// original. If the copy fails (storage full), the original stays where it is.
pub fn quarantine(store: &dyn KvStore, key: &str, raw: &str, now: f64) -> bool {
    let name = key.strip_prefix("atlas:lib:").unwrap_or(key);
    let mut target = format!("{QUARANTINE_PREFIX}{name}@{}", now as u64);
    let mut n = 1;
    while store.get(&target).ok().flatten().is_some() {
        n += 1;
        target = format!("{QUARANTINE_PREFIX}{name}@{}-{n}", now as u64);
    }
    if store.set(&target, raw).is_err() {
        return false;
    }
    store.remove(key).is_ok()
}

/// Read the index; `Ok(None)` when it is unreadable (the caller decides what to do with it).
fn parse_index(raw: &str) -> Option<Vec<LibraryEntry>> {
    serde_json::from_str::<IndexFile>(raw).ok().filter(|f| f.version == INDEX_VERSION).map(|f| f.entries)
}

fn write_index(store: &dyn KvStore, entries: &[LibraryEntry]) -> Result<(), StoreError> {
    let file = IndexFile { version: INDEX_VERSION, entries: entries.to_vec() };
    let json = serde_json::to_string(&file).map_err(|e| StoreError::Failed(e.to_string()))?;
    store.set(INDEX_KEY, &json)
}

/// The current index for a change: an unreadable one is moved aside first, never overwritten
/// (a changed index is only written when the old one was moved away or never existed).
fn index_for_update(store: &dyn KvStore, now: f64) -> Result<Vec<LibraryEntry>, StoreError> {
    match store.get(INDEX_KEY)? {
        None => Ok(Vec::new()),
        Some(raw) => match parse_index(&raw) {
            Some(entries) => Ok(entries),
            None if quarantine(store, INDEX_KEY, &raw, now) => Ok(Vec::new()),
            None => Err(StoreError::Failed("the library's list could not be read and could not be moved aside".into())),
        },
    }
}

/// Read the library, checking every stored article; unreadable items are moved aside, index
/// records whose article is missing are dropped (and kept aside), and articles without a
/// record are added back.
pub fn load(store: &dyn KvStore, now: f64) -> Result<LoadReport, StoreError> {
    let mut report = LoadReport::default();
    let mut dirty = false;
    let mut entries = match store.get(INDEX_KEY)? {
        None => Vec::new(),
        Some(raw) => match parse_index(&raw) {
            Some(entries) => entries,
            None => {
                report.unreadable += 1;
                if !quarantine(store, INDEX_KEY, &raw, now) {
                    // Cannot move it: leave it, and do not write over it below.
                    return Ok(report);
                }
                Vec::new()
            }
        },
    };

    let mut seen = BTreeSet::new();
    let mut kept = Vec::with_capacity(entries.len());
    for entry in entries.drain(..) {
        if entry.id == SEED_ID || !seen.insert(entry.id.clone()) {
            dirty = true;
            continue;
        }
        let key = article_key(&entry.id);
        match store.get(&key)? {
            Some(raw) => match parse_analysis(&raw) {
                Ok(_) => kept.push(entry),
                Err(_) => {
                    report.unreadable += 1;
                    dirty = true;
                    quarantine(store, &key, &raw, now);
                }
            },
            None => {
                // The record without its article: keep the record aside, so nothing vanishes.
                report.unreadable += 1;
                dirty = true;
                let raw = serde_json::to_string(&entry).unwrap_or_default();
                let _ = store.set(&format!("{QUARANTINE_PREFIX}index-entry:{}@{}", entry.id, now as u64), &raw);
            }
        }
    }

    for key in store.keys()? {
        let Some(id) = key.strip_prefix(ARTICLE_PREFIX) else { continue };
        if seen.contains(id) {
            continue;
        }
        let Some(raw) = store.get(&key)? else { continue };
        match parse_analysis(&raw) {
            Ok(a) if id == SEED_ID => report.seed = Some(entry_for(&a, SEED_ID, now)),
            Ok(a) if !id.is_empty() => {
                report.recovered += 1;
                dirty = true;
                seen.insert(id.to_string());
                kept.push(entry_for(&a, id, now));
            }
            _ => {
                report.unreadable += 1;
                quarantine(store, &key, &raw, now);
            }
        }
    }

    if dirty {
        // Best effort: the list shown is right either way, and the next load redoes this.
        let _ = write_index(store, &kept);
    }
    report.entries = kept;
    Ok(report)
}

/// The result of [`add`].
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    pub entry: LibraryEntry,
    /// The same analysis was already stored (nothing was written).
    pub existing: bool,
    pub entries: Vec<LibraryEntry>,
}

/// Store an analysis (once: the id is derived from its content) at the top of the library.
/// On failure nothing is left half-written.
pub fn add(store: &dyn KvStore, analysis: &Analysis, now: f64) -> Result<Added, StoreError> {
    let json = serde_json::to_string(analysis).map_err(|e| StoreError::Failed(e.to_string()))?;
    add_json(store, analysis, &json, now)
}

/// [`add`] for an analysis whose JSON (`serde_json::to_string` of it) is at hand.
pub fn add_json(store: &dyn KvStore, analysis: &Analysis, json: &str, now: f64) -> Result<Added, StoreError> {
    let id = content_id(json);
    let mut entries = index_for_update(store, now)?;
    if let Some(entry) = entries.iter().find(|e| e.id == id).cloned() {
        if store.get(&article_key(&id))?.is_some() {
            return Ok(Added { entry, existing: true, entries });
        }
        entries.retain(|e| e.id != id);
    }
    let key = article_key(&id);
    // Never overwrite: an unrelated value under this key is moved aside first.
    if let Some(raw) = store.get(&key)? {
        if raw != json && !quarantine(store, &key, &raw, now) {
            return Err(StoreError::Failed("an unreadable stored article is in the way".into()));
        }
    }
    store.set(&key, json)?;
    let entry = entry_for(analysis, &id, now);
    entries.insert(0, entry.clone());
    if let Err(e) = write_index(store, &entries) {
        let _ = store.remove(&key);
        return Err(e);
    }
    Ok(Added { entry, existing: false, entries })
}

/// The result of [`save`].
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The article's record as it is now (for [`SEED_ID`], one that is not in the index).
    pub entry: LibraryEntry,
    pub entries: Vec<LibraryEntry>,
}

/// Store `analysis` as the new content of the article `id` (after a correction, say), keeping
/// its place in the list, its date added and a title the user gave it; the record's event count
/// and metadata follow the new content. An article no longer listed (deleted in another tab) is
/// listed again, at the top. [`SEED_ID`] stores the bundled article's corrected version, which
/// [`open`] returns from then on and which is never listed in the index. On failure nothing
/// stored changes.
pub fn save(store: &dyn KvStore, id: &str, analysis: &Analysis, now: f64) -> Result<Saved, StoreError> {
    if id.is_empty() {
        return Err(StoreError::Failed("an article needs an id to be saved".into()));
    }
    let json = serde_json::to_string(analysis).map_err(|e| StoreError::Failed(e.to_string()))?;
    let mut entries = index_for_update(store, now)?;
    let key = article_key(id);
    let old_raw = store.get(&key)?;
    let previous = match &old_raw {
        Some(raw) => match parse_analysis(raw) {
            Ok(previous) => Some(previous),
            // Never overwritten: what cannot be read is moved aside first.
            Err(_) if quarantine(store, &key, raw, now) => None,
            Err(_) => return Err(StoreError::Failed("an unreadable stored article is in the way".into())),
        },
        None => None,
    };
    if old_raw.as_deref() != Some(json.as_str()) {
        store.set(&key, &json)?;
    }
    let mut entry = entry_for(analysis, id, now);
    if id == SEED_ID {
        return Ok(Saved { entry, entries });
    }
    match entries.iter().position(|e| e.id == id) {
        Some(i) => {
            let old = &entries[i];
            entry.added_at = old.added_at;
            let renamed = previous.as_ref().is_some_and(|p| display_title(p) != old.title);
            if renamed {
                entry.title = old.title.clone();
            }
            entries[i] = entry.clone();
        }
        None => entries.insert(0, entry.clone()),
    }
    if let Err(e) = write_index(store, &entries) {
        // Put the previous content back (best effort: the set above is all that changed).
        let _ = match previous.and(old_raw) {
            Some(raw) => store.set(&key, &raw),
            None => store.remove(&key),
        };
        return Err(e);
    }
    Ok(Saved { entry, entries })
}

/// What [`migrate`] did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Migrated {
    /// Keys of the old store that are now safe in the new one, to be removed from the old one
    /// once the new one has committed.
    pub moved: Vec<String>,
    /// Articles among them.
    pub articles: usize,
    /// Old items that differed from what the new store already held under the same key: kept
    /// aside under [`QUARANTINE_PREFIX`] in the new store, not written over it.
    pub kept_aside: usize,
}

/// Copy the old library (every key under [`LIB_PREFIX`] and [`QUARANTINE_PREFIX`] in `from`,
/// readable or not, exactly as stored) into `to`. Nothing in `to` is overwritten: an item that
/// is already there unchanged is skipped, a different one goes aside, and the two lists of
/// articles are merged (`to`'s first). Unreadable items go along as they are, for [`load`] to
/// keep aside and report. Running it again changes nothing more.
pub fn migrate(from: &dyn KvStore, to: &dyn KvStore, now: f64) -> Result<Migrated, StoreError> {
    let mut migrated = Migrated::default();
    let keys = from.keys()?.into_iter().filter(|k| k.starts_with(LIB_PREFIX) || k.starts_with(QUARANTINE_PREFIX));
    for key in keys {
        let Some(raw) = from.get(&key)? else { continue };
        if key == INDEX_KEY {
            migrate_index(&raw, to, now, &mut migrated)?;
        } else {
            match to.get(&key)? {
                None => to.set(&key, &raw)?,
                Some(existing) if existing == raw => {}
                Some(_) => {
                    let name = key.strip_prefix("atlas:lib:").unwrap_or(&key);
                    to.set(&format!("{QUARANTINE_PREFIX}migrated:{name}@{}", now as u64), &raw)?;
                    migrated.kept_aside += 1;
                }
            }
            migrated.articles += usize::from(key.starts_with(ARTICLE_PREFIX));
        }
        migrated.moved.push(key);
    }
    Ok(migrated)
}

/// The old index into the new store: merged when both can be read, else copied (an unreadable
/// old index is copied aside, for [`load`] to report).
fn migrate_index(raw: &str, to: &dyn KvStore, now: f64, migrated: &mut Migrated) -> Result<(), StoreError> {
    let Some(old_entries) = parse_index(raw) else {
        if to.get(INDEX_KEY)?.is_none() {
            return to.set(INDEX_KEY, raw);
        }
        migrated.kept_aside += 1;
        return to.set(&format!("{QUARANTINE_PREFIX}migrated:v1:index@{}", now as u64), raw);
    };
    let mut entries = index_for_update(to, now)?;
    let before = entries.len();
    for entry in old_entries {
        if !entries.iter().any(|e| e.id == entry.id) {
            entries.push(entry);
        }
    }
    if entries.len() != before || to.get(INDEX_KEY)?.is_none() {
        write_index(to, &entries)?;
    }
    Ok(())
}

/// Why a stored article could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    Store(StoreError),
    /// Not there any more (removed in another tab).
    Missing,
    /// Unreadable: it was moved aside (when possible) and dropped from the list.
    Unreadable {
        entries: Vec<LibraryEntry>,
    },
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Store(e) => e.fmt(f),
            OpenError::Missing => {
                write!(f, "This article is no longer in the library (was it deleted in another tab?).")
            }
            OpenError::Unreadable { .. } => {
                write!(f, "This stored article could not be read; it was kept aside and removed from the list.")
            }
        }
    }
}

/// Read one stored article.
pub fn open(store: &dyn KvStore, id: &str, now: f64) -> Result<Analysis, OpenError> {
    let key = article_key(id);
    let raw = store.get(&key).map_err(OpenError::Store)?.ok_or(OpenError::Missing)?;
    match parse_analysis(&raw) {
        Ok(a) => Ok(a),
        Err(_) => {
            quarantine(store, &key, &raw, now);
            let mut entries = index_for_update(store, now).unwrap_or_default();
            entries.retain(|e| e.id != id);
            let _ = write_index(store, &entries);
            Err(OpenError::Unreadable { entries })
        }
    }
}

/// The bundled article's saved (corrected) version: `Ok(None)` when none is stored, and the
/// bundled one is to be shown. An unreadable one is moved aside, like any stored article.
pub fn open_saved_seed(store: &dyn KvStore, now: f64) -> Result<Option<Analysis>, OpenError> {
    match open(store, SEED_ID, now) {
        Ok(analysis) => Ok(Some(analysis)),
        Err(OpenError::Missing) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Rename an entry (the library's label; the stored analysis is unchanged). Blank titles are
/// refused; the title is trimmed and cut to 200 characters.
pub fn rename(store: &dyn KvStore, id: &str, title: &str, now: f64) -> Result<Vec<LibraryEntry>, StoreError> {
    let title: String = title.trim().chars().take(200).collect();
    let mut entries = index_for_update(store, now)?;
    if title.is_empty() {
        return Ok(entries);
    }
    if let Some(e) = entries.iter_mut().find(|e| e.id == id) {
        e.title = title;
        write_index(store, &entries)?;
    }
    Ok(entries)
}

/// What [`remove`] took out, kept in memory so that Undo can put it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub entry: LibraryEntry,
    /// Its position in the list.
    pub position: usize,
    pub json: String,
    pub entries: Vec<LibraryEntry>,
}

/// Delete an entry and its article.
pub fn remove(store: &dyn KvStore, id: &str, now: f64) -> Result<Removed, StoreError> {
    let mut entries = index_for_update(store, now)?;
    let Some(position) = entries.iter().position(|e| e.id == id) else {
        return Err(StoreError::Failed("this article is not in the library".into()));
    };
    let key = article_key(id);
    let json = store.get(&key)?.unwrap_or_default();
    let entry = entries.remove(position);
    write_index(store, &entries)?;
    store.remove(&key)?;
    Ok(Removed { entry, position, json, entries })
}

/// Undo a [`remove`]: the article and its record go back where they were.
pub fn restore(store: &dyn KvStore, removed: &Removed, now: f64) -> Result<Vec<LibraryEntry>, StoreError> {
    let mut entries = index_for_update(store, now)?;
    let key = article_key(&removed.entry.id);
    if !removed.json.is_empty() {
        store.set(&key, &removed.json)?;
    }
    if !entries.iter().any(|e| e.id == removed.entry.id) {
        entries.insert(removed.position.min(entries.len()), removed.entry.clone());
    }
    if let Err(e) = write_index(store, &entries) {
        let _ = store.remove(&key);
        return Err(e);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_analysis;

    fn json_of(a: &Analysis) -> String {
        serde_json::to_string(a).expect("serialises")
    }

    #[test]
    fn empty_and_whitespace_are_refused() {
        assert_eq!(decode_bytes(b""), Err(ImportError::Empty));
        assert_eq!(decode_bytes(b" \n\t\r\n "), Err(ImportError::Empty));
        assert_eq!(decode_bytes(b"\xEF\xBB\xBF\n"), Err(ImportError::Empty), "a BOM alone is empty");
        assert_eq!(check_text("   \n"), Err(ImportError::Empty));
        assert_eq!(prepare_text(""), Err(ImportError::Empty));
        assert!(ImportError::Empty.to_string().contains("empty"));
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(decode_bytes(png), Err(ImportError::Binary { nul: true, control_percent: 0 }));
        let noisy: Vec<u8> = (0..100u8).map(|i| if i % 5 == 0 { 0x01 } else { b'a' }).collect();
        let err = decode_bytes(&noisy).unwrap_err();
        assert_eq!(err, ImportError::Binary { nul: false, control_percent: 20 });
        assert!(err.to_string().contains("20% of it are control characters"), "{err}");
        // A few control characters in real text are fine.
        let mostly_text: Vec<u8> = (0..100u8).map(|i| if i % 20 == 0 { 0x1B } else { b'a' }).collect();
        assert!(decode_bytes(&mostly_text).is_ok());
        assert!(matches!(check_text("a\0b"), Err(ImportError::Binary { nul: true, .. })));
        assert!(ImportError::Binary { nul: true, control_percent: 0 }.to_string().contains("NUL"));
    }

    #[test]
    fn too_large_is_refused_with_limit_and_size() {
        let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
        let err = decode_bytes(&big).unwrap_err();
        assert_eq!(err, ImportError::TooLarge { size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
        assert_eq!(
            err.to_string(),
            "This is 5242881 bytes, over the 5 MB (5242880 bytes) limit for one article. Trim it (or split it into several articles) and try again."
        );
        let text = "a".repeat(MAX_IMPORT_BYTES / 2 * 3);
        let err = check_text(&text).unwrap_err();
        assert!(err.to_string().starts_with("This is 7.5 MB, over the 5 MB limit"), "{err}");
        assert!(decode_bytes(&big[..MAX_IMPORT_BYTES]).is_ok(), "exactly the limit is fine");
        assert_eq!(human_size(1536), "2 KB");
        assert_eq!(human_size(1), "1 byte");
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        // Latin-1 "café" (one invalid byte), a lone continuation byte, a truncated sequence.
        let bytes = b"Caf\xE9 in Basra. \x80 End \xE2\x82";
        let d = decode_bytes(bytes).expect("decodes");
        assert_eq!(d.text, "Caf\u{FFFD} in Basra. \u{FFFD} End \u{FFFD}");
        assert_eq!(d.replaced, 4);
        let p = prepare_file("a.txt", bytes).expect("prepares");
        assert_eq!(p.notes(), vec!["4 invalid bytes were not UTF-8 text and were replaced with �.".to_string()]);
        let ok = decode_bytes("Ḥusayn — ☾ \u{FEFF}".as_bytes()).expect("valid");
        assert_eq!(ok.replaced, 0);
        let bom = decode_bytes(b"\xEF\xBB\xBFTitle").expect("valid");
        assert_eq!(bom.text, "Title", "the UTF-8 BOM is dropped");
    }

    #[test]
    fn utf16_with_bom_is_converted() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Basra, ١٢".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode_bytes(&le).expect("decodes");
        assert_eq!(d.text, "Basra, ١٢");
        assert!(d.utf16);
        let mut be = vec![0xFE, 0xFF];
        be.extend("Hi".encode_utf16().flat_map(u16::to_be_bytes));
        be.extend([0xD8, 0x00]); // an unpaired surrogate
        let d = decode_bytes(&be).expect("decodes");
        assert_eq!((d.text.as_str(), d.replaced), ("Hi\u{FFFD}", 1));
    }

    #[test]
    fn json_with_the_wrong_schema_or_shape_is_refused() {
        assert!(matches!(prepare_file("x.json", b"{\"schema\": "), Err(ImportError::InvalidJson { line: 1, .. })));
        assert_eq!(prepare_file("x.json", b"[1, 2]"), Err(ImportError::NotAnAnalysis));
        assert_eq!(prepare_file("x.json", b"{\"type\": \"FeatureCollection\"}"), Err(ImportError::NotAnAnalysis));
        assert_eq!(
            prepare_file("x.json", b"{\"schema\": \"other/1\"}"),
            Err(ImportError::WrongSchema { found: "other/1".into() })
        );
        let v2 = prepare_file("x.JSON", b"{\"schema\": \"article-atlas/2\", \"meta\": {}}").unwrap_err();
        assert_eq!(v2, ImportError::UnsupportedVersion { found: "article-atlas/2".into() });
        assert!(v2.to_string().contains("\"article-atlas/2\""));
        let shape = prepare_file("x.json", b"{\"schema\": \"article-atlas/1\", \"meta\": {}}").unwrap_err();
        assert!(matches!(&shape, ImportError::InvalidAnalysis(m) if m.contains("missing field")), "{shape:?}");
        let mut a = sample_analysis();
        a.blocks[2].id = 9;
        assert!(matches!(parse_analysis(&json_of(&a)), Err(ImportError::InvalidAnalysis(_))));
        // Pasted JSON is read as JSON too.
        assert_eq!(prepare_text("  {\"schema\": \"x\"}"), Err(ImportError::WrongSchema { found: "x".into() }));
    }

    #[test]
    fn analysis_json_round_trips() {
        let a = sample_analysis();
        let pretty = atlas_core::export::render(&a, atlas_core::export::Format::Analysis);
        let p = prepare_file("the-harrowing.json", pretty.as_bytes()).expect("reads back");
        assert_eq!(p.input, Input::Analysis(Box::new(a.clone())));
        assert!(p.notes().is_empty());
        let t = prepare_file("notes.md", b"Militias Strike Again\n\nGunmen kidnapped a man.").expect("text");
        assert!(matches!(t.input, Input::Text(ref s) if s.starts_with("Militias")));
    }

    fn store() -> MemoryStore {
        MemoryStore::default()
    }

    fn other_analysis() -> Analysis {
        atlas_core::analyze(
            "Militias Strike Again\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.",
        )
    }

    #[test]
    fn library_add_is_idempotent_and_newest_first() {
        let s = store();
        let first = add(&s, &sample_analysis(), 1.0).expect("adds");
        assert!(!first.existing);
        assert_eq!(first.entry.title, "The Harrowing of Mustafa Kadhimi");
        assert_eq!(first.entry.date.as_deref(), Some("2021-11-09"));
        assert_eq!(first.entry.author.as_deref(), Some("Michael Knights"));
        assert_eq!(first.entry.events, 4);
        let again = add(&s, &sample_analysis(), 2.0).expect("adds");
        assert!(again.existing);
        assert_eq!(again.entries.len(), 1);
        let second = add(&s, &other_analysis(), 3.0).expect("adds");
        assert_eq!(second.entries[0].title, "Militias Strike Again");
        let report = load(&s, 4.0).expect("loads");
        assert_eq!(report.entries, second.entries);
        assert_eq!(report.message(), None);
        assert_eq!(open(&s, &second.entry.id, 5.0), Ok(other_analysis()));
    }

    #[test]
    fn rename_delete_and_undo() {
        let s = store();
        let a = add(&s, &sample_analysis(), 1.0).expect("adds").entry;
        let b = add(&s, &other_analysis(), 2.0).expect("adds").entry;
        let entries = rename(&s, &a.id, "  Kadhimi brief  ", 3.0).expect("renames");
        assert_eq!(entries[1].title, "Kadhimi brief");
        assert_eq!(rename(&s, &a.id, "   ", 3.0).expect("no-op")[1].title, "Kadhimi brief");
        let removed = remove(&s, &b.id, 4.0).expect("removes");
        assert_eq!(removed.entries.len(), 1);
        assert_eq!(s.get(&article_key(&b.id)), Ok(None));
        assert_eq!(open(&s, &b.id, 5.0), Err(OpenError::Missing));
        let entries = restore(&s, &removed, 6.0).expect("restores");
        assert_eq!(entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), vec![b.id.as_str(), a.id.as_str()]);
        assert_eq!(load(&s, 7.0).expect("loads").entries, entries);
        assert_eq!(open(&s, &b.id, 8.0), Ok(other_analysis()));
    }

    #[test]
    fn quota_and_disabled_storage_leave_nothing_half_written() {
        let s = MemoryStore { limit: Some(2_000), ..Default::default() };
        assert_eq!(add(&s, &sample_analysis(), 1.0).map(|_| ()), Err(StoreError::QuotaExceeded));
        assert!(s.map.borrow().is_empty());
        let small = atlas_core::analyze("Short note\n\nGunmen kidnapped a man in Basra.");
        let json = json_of(&small);
        // Room for the article but not for the index as well: the article is taken back out.
        let tight =
            MemoryStore { limit: Some(article_key("0123456789abcdef").len() + json.len() + 10), ..Default::default() };
        assert_eq!(add(&tight, &small, 1.0).map(|_| ()), Err(StoreError::QuotaExceeded));
        assert!(tight.map.borrow().is_empty());
        let off = MemoryStore { disabled: true, ..Default::default() };
        assert_eq!(load(&off, 1.0), Err(StoreError::Unavailable));
        assert_eq!(add(&off, &small, 1.0).map(|_| ()), Err(StoreError::Unavailable));
        assert!(StoreError::QuotaExceeded.to_string().contains("full"));
    }

    #[test]
    fn unreadable_items_are_kept_aside_not_deleted() {
        let s = store();
        let good = add(&s, &sample_analysis(), 1.0).expect("adds").entry;
        let bad = add(&s, &other_analysis(), 2.0).expect("adds").entry;
        s.set(&article_key(&bad.id), "{not json").expect("sets");
        s.set(&article_key("feedfacefeedface"), "{\"schema\": \"article-atlas/0\"}").expect("sets");
        s.set("atlas:lib:v2:index", "a newer app's data").expect("sets");
        let report = load(&s, 1_700_000_000_000.0).expect("loads");
        assert_eq!(report.entries.iter().map(|e| &e.id).collect::<Vec<_>>(), vec![&good.id]);
        assert_eq!(report.unreadable, 2);
        assert_eq!(report.message().as_deref(), Some("2 stored items could not be read and were kept aside."));
        let map = s.map.borrow();
        let aside: Vec<(&String, &String)> = map.iter().filter(|(k, _)| k.starts_with(QUARANTINE_PREFIX)).collect();
        assert_eq!(aside.len(), 2);
        assert!(aside.iter().any(|(k, v)| k.contains(&bad.id) && v.as_str() == "{not json"));
        assert!(!map.contains_key(&article_key(&bad.id)), "moved, not copied");
        assert_eq!(map.get("atlas:lib:v2:index").map(String::as_str), Some("a newer app's data"), "left alone");
        drop(map);
        // A second load finds nothing new to report.
        assert_eq!(load(&s, 2.0).expect("loads").message(), None);
    }

    #[test]
    fn a_corrupt_index_is_moved_aside_and_articles_recovered() {
        let s = store();
        let a = add(&s, &sample_analysis(), 1.0).expect("adds").entry;
        s.set(INDEX_KEY, "[[garbage").expect("sets");
        let report = load(&s, 2.0).expect("loads");
        assert_eq!((report.unreadable, report.recovered), (1, 1));
        assert_eq!(report.entries[0].id, a.id);
        assert!(report.message().expect("message").contains("kept aside"));
        let keys = s.keys().expect("keys");
        assert!(keys.iter().any(|k| k.starts_with("atlas:lib:quarantine:v1:index@")), "{keys:?}");
        // A full store cannot take the copy: the unreadable index stays in place, untouched.
        let full = MemoryStore { limit: Some(30), ..Default::default() };
        full.map.borrow_mut().insert(INDEX_KEY.into(), "oops".into());
        assert_eq!(load(&full, 3.0).expect("loads").unreadable, 1);
        assert_eq!(full.get(INDEX_KEY), Ok(Some("oops".into())));
        assert!(add(&full, &sample_analysis(), 4.0).is_err(), "and is not overwritten by an add");
        assert_eq!(full.get(INDEX_KEY), Ok(Some("oops".into())));
    }

    #[test]
    fn opening_an_entry_that_went_bad_moves_it_aside() {
        let s = store();
        let a = add(&s, &sample_analysis(), 1.0).expect("adds").entry;
        s.set(&article_key(&a.id), "{\"schema\": 7}").expect("sets");
        match open(&s, &a.id, 2.0) {
            Err(OpenError::Unreadable { entries }) => assert!(entries.is_empty()),
            other => panic!("expected unreadable, got {other:?}"),
        }
        assert!(s.keys().expect("keys").iter().any(|k| k.starts_with(QUARANTINE_PREFIX)));
    }

    fn map_of(store: &MemoryStore) -> BTreeMap<String, String> {
        store.map.borrow().clone()
    }

    fn records_of(store: &MemoryStore) -> Records {
        store.map.borrow().clone().into_iter().collect()
    }

    fn store_of(records: Records) -> MemoryStore {
        MemoryStore { map: RefCell::new(records.0.into_iter().collect()), ..Default::default() }
    }

    #[test]
    fn a_staged_store_reads_its_own_writes_and_lists_only_real_changes() {
        let base: Records =
            [("c", "3"), ("a", "1"), ("b", "2")].into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let staged = StagedStore::new(&base);
        staged.set("a", "1").expect("sets");
        staged.set("d", "4").expect("sets");
        staged.set("b", "20").expect("sets");
        staged.remove("c").expect("removes");
        staged.set("e", "5").expect("sets");
        staged.remove("e").expect("removes");
        assert_eq!(staged.get("b"), Ok(Some("20".into())));
        assert_eq!(staged.get("c"), Ok(None));
        assert_eq!(staged.keys(), Ok(vec!["a".to_string(), "d".into(), "b".into()]));
        let changes = staged.changes();
        assert_eq!(
            changes,
            vec![
                Change::Put { key: "d".into(), value: "4".into() },
                Change::Put { key: "b".into(), value: "20".into() },
                Change::Delete { key: "c".into() },
            ],
            "a value written back unchanged, or written and taken out again, is no change"
        );
        assert_eq!(base.get("b"), Some("2"), "the snapshot is untouched until committed");
        let mut committed = base.clone();
        committed.apply(&changes);
        let expected = vec![("a", "1"), ("b", "20"), ("d", "4")];
        assert_eq!(committed.0.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn the_library_rules_run_the_same_on_a_staged_store() {
        let s = store();
        add(&s, &sample_analysis(), 1.0).expect("adds");
        let snapshot = records_of(&s);
        let staged = StagedStore::new(&snapshot);
        let added = add(&staged, &other_analysis(), 2.0).expect("adds");
        let changes = staged.changes();
        assert_eq!(changes.len(), 2, "the article and the index: {changes:?}");
        let mut committed = snapshot.clone();
        committed.apply(&changes);
        let after = store_of(committed);
        assert_eq!(load(&after, 3.0).expect("loads").entries, added.entries);
        assert_eq!(open(&after, &added.entry.id, 4.0), Ok(other_analysis()));
    }

    #[test]
    fn save_replaces_the_content_and_keeps_the_place_date_and_a_given_title() {
        let s = store();
        let seed_like = add(&s, &sample_analysis(), 1.0).expect("adds").entry;
        let other = add(&s, &other_analysis(), 2.0).expect("adds").entry;
        rename(&s, &other.id, "Basra kidnapping", 3.0).expect("renames");
        let mut corrected = other_analysis();
        corrected.events.clear();
        let saved = save(&s, &other.id, &corrected, 9.0).expect("saves");
        assert_eq!(saved.entry.events, 0, "the event count follows the content");
        assert_eq!(saved.entry.title, "Basra kidnapping", "a title the user gave is kept");
        assert_eq!(saved.entry.added_at, 2.0, "still added when it was added");
        assert_eq!(saved.entries.iter().map(|e| &e.id).collect::<Vec<_>>(), vec![&other.id, &seed_like.id]);
        assert_eq!(open(&s, &other.id, 10.0), Ok(corrected.clone()));
        assert_eq!(load(&s, 11.0).expect("loads").entries, saved.entries);

        // Not renamed: the title follows the content.
        let mut retitled = sample_analysis();
        retitled.meta.title = Some("Kadhimi, corrected".into());
        let saved = save(&s, &seed_like.id, &retitled, 12.0).expect("saves");
        assert_eq!(saved.entries[1].title, "Kadhimi, corrected");

        // Deleted meanwhile (another tab): listed again, at the top.
        remove(&s, &seed_like.id, 13.0).expect("removes");
        let saved = save(&s, &seed_like.id, &retitled, 14.0).expect("saves");
        assert_eq!(saved.entries[0].id, seed_like.id);
        assert_eq!(saved.entries.len(), 2);
    }

    #[test]
    fn a_failed_save_keeps_the_previous_content() {
        let small = atlas_core::analyze("Short note\n\nGunmen kidnapped a man in Basra.");
        let s = MemoryStore { limit: Some(json_of(&small).len() * 3), ..Default::default() };
        let entry = add(&s, &small, 1.0).expect("adds").entry;
        let before = map_of(&s);
        let mut bigger = small.clone();
        bigger.blocks[0].text = "A much longer text. ".repeat(200);
        assert_eq!(save(&s, &entry.id, &bigger, 2.0).map(|_| ()), Err(StoreError::QuotaExceeded));
        assert_eq!(map_of(&s), before, "nothing stored changed");
        assert_eq!(open(&s, &entry.id, 3.0), Ok(small));
    }

    #[test]
    fn the_corrected_seed_is_stored_under_the_seed_id_and_never_listed() {
        let s = store();
        assert_eq!(open_saved_seed(&s, 1.0), Ok(None), "nothing stored: the bundled article is shown");
        let mut corrected = sample_analysis();
        corrected.events.truncate(2);
        let saved = save(&s, SEED_ID, &corrected, 2.0).expect("saves");
        assert_eq!((saved.entry.id.as_str(), saved.entry.events), (SEED_ID, 2));
        assert!(saved.entries.is_empty(), "the seed is not in the index");
        assert_eq!(open_saved_seed(&s, 3.0), Ok(Some(corrected.clone())));
        let report = load(&s, 4.0).expect("loads");
        assert!(report.entries.is_empty());
        assert_eq!((report.unreadable, report.recovered), (0, 0), "the stored seed is not a stray article");
        assert_eq!(report.seed.map(|e| e.events), Some(2));
        assert!(s.get(&article_key(SEED_ID)).expect("reads").is_some(), "load leaves it where it is");
        assert!(remove(&s, SEED_ID, 5.0).is_err(), "the seed cannot be deleted");
        assert_eq!(open_saved_seed(&s, 6.0), Ok(Some(corrected)));

        // A corrected seed that went bad is kept aside, and the bundled article is shown.
        s.set(&article_key(SEED_ID), "{broken").expect("sets");
        let report = load(&s, 7.0).expect("loads");
        assert_eq!((report.unreadable, report.seed), (1, None));
        assert_eq!(open_saved_seed(&s, 8.0), Ok(None));
        assert!(s.map.borrow().iter().any(|(k, v)| k.starts_with(QUARANTINE_PREFIX) && v == "{broken"));
    }

    /// A library as the localStorage version of the app left it.
    fn local_storage_library() -> (MemoryStore, LibraryEntry, LibraryEntry) {
        let local = store();
        let a = add(&local, &sample_analysis(), 1.0).expect("adds").entry;
        let b = add(&local, &other_analysis(), 2.0).expect("adds").entry;
        rename(&local, &a.id, "Kadhimi brief", 3.0).expect("renames");
        let mut map = local.map.borrow_mut();
        map.insert(format!("{QUARANTINE_PREFIX}v1:article:0123@5"), "{kept aside earlier".into());
        map.insert(article_key("00000000000000v0"), "{\"schema\": \"article-atlas/0\"}".into());
        map.insert("atlas:lib:v2:index".into(), "a newer app's data".into());
        map.insert("someone-else".into(), "not ours".into());
        drop(map);
        (local, a, b)
    }

    #[test]
    fn migration_moves_everything_of_the_old_library_and_nothing_else() {
        let (local, a, b) = local_storage_library();
        let empty = Records::default();
        let staged = StagedStore::new(&empty);
        let migrated = migrate(&local, &staged, 10.0).expect("migrates");
        assert_eq!(migrated.articles, 3, "both articles and the unreadable one");
        assert_eq!(migrated.kept_aside, 0);
        let mut moved = migrated.moved.clone();
        moved.sort();
        let mut expected: Vec<String> = local
            .keys()
            .expect("keys")
            .into_iter()
            .filter(|k| k != "atlas:lib:v2:index" && k != "someone-else")
            .collect();
        expected.sort();
        assert_eq!(moved, expected);
        let mut idb = Records::default();
        idb.apply(&staged.changes());
        for key in &moved {
            assert_eq!(idb.get(key), local.map.borrow().get(key).map(String::as_str), "{key} is copied exactly");
        }
        assert!(idb.get("atlas:lib:v2:index").is_none() && idb.get("someone-else").is_none());

        let new = store_of(idb);
        let report = load(&new, 11.0).expect("loads");
        let listed: Vec<(&str, &str)> = report.entries.iter().map(|e| (e.id.as_str(), e.title.as_str())).collect();
        assert_eq!(listed, vec![(b.id.as_str(), "Militias Strike Again"), (a.id.as_str(), "Kadhimi brief")]);
        assert_eq!(report.unreadable, 1, "the unreadable article came along and is reported");
        let aside = new.keys().expect("keys").into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).count();
        assert_eq!(aside, 2, "the old quarantine and the newly unreadable article are both kept");

        // Again (the old keys could not be removed): nothing more changes.
        let snapshot = records_of(&new);
        let staged = StagedStore::new(&snapshot);
        migrate(&local, &staged, 12.0).expect("migrates");
        let again: Vec<Change> = staged
            .changes()
            .into_iter()
            .filter(|c| !matches!(c, Change::Put { key, .. } if key == INDEX_KEY))
            .collect();
        assert_eq!(
            again,
            vec![Change::Put {
                key: article_key("00000000000000v0"),
                value: "{\"schema\": \"article-atlas/0\"}".into()
            }],
            "only the unreadable article, which load moved aside, comes back to be reported again"
        );
    }

    #[test]
    fn migration_merges_with_a_library_already_in_the_new_store_and_overwrites_nothing() {
        let (local, a, b) = local_storage_library();
        let new = store();
        let third = add(&new, &atlas_core::analyze("Talks in Erbil\n\nOn May 2, 2022, envoys met in Erbil."), 1.0)
            .expect("adds")
            .entry;
        new.set(&article_key(&b.id), "{a different value under the same key").expect("sets");
        let migrated = migrate(&local, &new, 20.0).expect("migrates");
        assert_eq!(migrated.kept_aside, 1);
        assert_eq!(
            new.get(&article_key(&b.id)),
            Ok(Some("{a different value under the same key".into())),
            "not overwritten"
        );
        let old_b = local.get(&article_key(&b.id)).expect("reads");
        let aside = new.map.borrow().iter().find(|(k, _)| k.contains("migrated:v1:article:")).map(|(_, v)| v.clone());
        assert_eq!(aside, old_b, "the old one is kept aside");
        let ids: Vec<String> = load(&new, 21.0).expect("loads").entries.into_iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            vec![third.id.clone(), a.id.clone()],
            "merged: the new store's first; the unreadable b kept aside"
        );
    }

    #[test]
    fn a_disabled_old_store_fails_the_migration_cleanly() {
        let off = MemoryStore { disabled: true, ..Default::default() };
        let empty = Records::default();
        let staged = StagedStore::new(&empty);
        assert_eq!(migrate(&off, &staged, 1.0), Err(StoreError::Unavailable));
        assert!(staged.changes().is_empty());
    }

    #[test]
    fn titles_for_untitled_articles() {
        let mut a = other_analysis();
        a.meta.title = None;
        let t = display_title(&a);
        assert!(!t.is_empty() && t != "Untitled article", "{t}");
        a.blocks.clear();
        assert_eq!(display_title(&a), "Untitled article");
    }
}
