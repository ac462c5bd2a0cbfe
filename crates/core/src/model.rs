//! The Analysis data model: the "article-atlas/1" JSON contract of SPEC §3 as Rust types.

use serde::{Deserialize, Serialize};

use crate::corrections::Corrections;

/// Schema tag written into every analysis.
pub const SCHEMA: &str = "article-atlas/1";

/// Everything the pipeline knows about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: String,
    pub meta: Meta,
    pub blocks: Vec<Block>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub diagnostics: Vec<Diagnostic>,
    /// The reader's corrections and the pipeline's originals; absent when nothing was corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections: Option<Corrections>,
}

/// Article-level metadata recognised in the header and footer of the export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub authors: Vec<Author>,
    pub published: Option<Published>,
    pub kind: Option<String>,
    pub summary: Option<String>,
    pub translations: Vec<Translation>,
    pub recommended: Vec<Recommended>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    pub href: Option<String>,
    pub bio: Option<String>,
}

/// The date line: normalised `YYYY-MM-DD` plus the text as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub date: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub language: String,
    pub label: String,
    pub href: String,
}

/// A RECOMMENDED item: another article, never part of this one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommended {
    pub title: String,
    pub kind: Option<String>,
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub href: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Title,
    Byline,
    Date,
    Summary,
    Paragraph,
    Heading,
    Bio,
    Other,
}

/// One block of clean plain text; spans are byte ranges into `text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub id: usize,
    pub kind: BlockKind,
    pub text: String,
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpanKind {
    Link,
    Em,
    Strong,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: SpanKind,
    pub href: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub acronym: Option<String>,
    pub mentions: Vec<Mention>,
    /// Changed by a correction (absent from the JSON when false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub corrected: bool,
}

/// A byte range `start..end` into the text of block `block`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Attack,
    Assassination,
    Arrest,
    Release,
    Kidnapping,
    Confrontation,
    Threat,
    Offer,
    Election,
    Appointment,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 11] = [
        EventKind::Attack,
        EventKind::Assassination,
        EventKind::Arrest,
        EventKind::Release,
        EventKind::Kidnapping,
        EventKind::Confrontation,
        EventKind::Threat,
        EventKind::Offer,
        EventKind::Election,
        EventKind::Appointment,
        EventKind::Other,
    ];

    /// Lower-case name, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Attack => "attack",
            EventKind::Assassination => "assassination",
            EventKind::Arrest => "arrest",
            EventKind::Release => "release",
            EventKind::Kidnapping => "kidnapping",
            EventKind::Confrontation => "confrontation",
            EventKind::Threat => "threat",
            EventKind::Offer => "offer",
            EventKind::Election => "election",
            EventKind::Appointment => "appointment",
            EventKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    pub date: Option<EventDate>,
    pub place: Option<Place>,
    pub actors: Vec<String>,
    pub targets: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// Changed or added by a correction (absent from the JSON when false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub corrected: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    Explicit,
    Context,
    Publication,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as `precision` goes.
    pub start: String,
    pub end: Option<String>,
    pub precision: Precision,
    pub text: Option<String>,
    pub basis: DateBasis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeoPrecision {
    Exact,
    District,
    City,
    Region,
    Country,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub text: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub precision: GeoPrecision,
    pub inferred: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    pub message: String,
    pub block: Option<usize>,
}

impl Diagnostic {
    pub fn info(message: impl Into<String>, block: Option<usize>) -> Self {
        Diagnostic { level: Level::Info, message: message.into(), block }
    }
    pub fn warning(message: impl Into<String>, block: Option<usize>) -> Self {
        Diagnostic { level: Level::Warning, message: message.into(), block }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}
