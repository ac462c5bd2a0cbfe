//! Entities (SPEC §1 step 3): people, organisations, places and other names, with aliases, acronyms and byte-range mentions.
//!
//! Two passes over the blocks. The first finds candidate names: runs of capitalised words,
//! acronym definitions "Long Name (ACR)" matched Schwartz–Hearst style, parenthesised
//! aliases, and a few lowercase patterns ("Iran-backed militias", "Kadhimi's house").
//! The second builds entities from the confident candidates and resolves the single
//! words against them (surnames, acronyms, spelling variants, place stems) or the gazetteer.

pub mod lexicon;

use crate::model::{Block, BlockKind, Entity, EntityKind, Mention, Meta};
use crate::places;
use crate::scan;
use lexicon::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// A word of a block with its byte range.
#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// `text` lowercase: `text` itself, or a slice of the block's shared buffer of lowercased words.
    lower: &'a str,
    possessive: bool,
    sentence_start: bool,
    /// Capitalised, or a particle-prefixed name ("al-Kadhimi"); see [`is_namey`].
    namey: bool,
}

impl Tok<'_> {
    fn namey(&self) -> bool {
        self.namey
    }
}

/// Capitalised, or a particle-prefixed name ("al-Kadhimi").
fn is_namey(t: &str) -> bool {
    if !has_hyphen(t) {
        // Particles and lowercase compounds both need a hyphen.
        return t.chars().next().is_some_and(char::is_uppercase);
    }
    let after_particle = PARTICLES.iter().find_map(|p| t.strip_prefix(p));
    let head = after_particle.unwrap_or(t);
    head.chars().next().is_some_and(char::is_uppercase) && !is_lower_compound(t)
}

/// Arabic article prefixes of names ("al-Kadhimi", "Deir ez-Zor").
const PARTICLES: &[&str] =
    &["al-", "el-", "ad-", "as-", "ash-", "an-", "ez-", "az-", "ar-", "at-", "adh-", "ath-", "ibn-", "bin-"];

/// Prepositions after which an unknown capitalised word is a place ("in Husseiniya").
const LOCATIVES: &[&str] = &["in", "near", "outside", "inside", "from", "at", "around", "toward", "towards", "off"];

/// Does a (short) word hold a hyphen?
#[inline]
fn has_hyphen(t: &str) -> bool {
    t.bytes().any(|b| b == b'-')
}

/// "Iran-backed", "Iran-supported": a capitalised word with a lowercase hyphen tail.
fn is_lower_compound(t: &str) -> bool {
    // Most words have no hyphen: a plain loop over a short word beats a searcher's set-up.
    has_hyphen(t)
        && t.split_once('-').is_some_and(|(a, b)| {
            !a.is_empty()
                && b.chars().next().is_some_and(char::is_lowercase)
                && !PARTICLES.iter().any(|p| p.trim_end_matches('-').eq_ignore_ascii_case(a))
        })
}

/// The words of a block. `ascii_lower` is the block with its ASCII letters lowercased (the same
/// byte offsets), which gives an ASCII word its lowercase form; the lowercase forms of the other
/// words are written to `arena` (one buffer per block rather than a string per word).
fn tokenize<'a>(
    text: &'a str,
    ascii_lower: &'a str,
    sentences: &[(usize, usize)],
    arena: &'a mut String,
) -> Vec<Tok<'a>> {
    // Words whose lowercase form is in `arena`, and where.
    let mut lowered: Vec<(usize, usize, usize)> = Vec::new();
    // About one word per five bytes of English: room for most blocks without growing (bounded, for run-on text).
    let mut out = Vec::with_capacity((text.len() / 4 + 1).min(1 << 12));
    // The first sentence not starting before the current word (words come in text order).
    let mut next_sentence = 0;
    for (st, en) in scan::runs(text, &scan::WORD_OR_DOT) {
        let raw = &text[st..en];
        // Trim leading/trailing punctuation that is not part of the word.
        // The byte tests below only skip trims that could not match ('’' is E2 80 99 in UTF-8).
        let lead = if matches!(raw.as_bytes()[0], b'-' | b'\'' | 0xE2 | b'.') {
            raw.len() - raw.trim_start_matches(['-', '\'', '’', '.']).len()
        } else {
            0
        };
        let mut core = &raw[lead..];
        // A note marker glued to the word ("Bahrain.³").
        if core.as_bytes().last().is_some_and(|&b| b >= 0x80) {
            core = core.trim_end_matches(['¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']);
        }
        if matches!(core.as_bytes().last(), Some(b'.' | b'-')) {
            let keep_dots = (2..=6).contains(&core.len()) && core.bytes().filter(|&b| b == b'.').count() >= 2; // "U.S."
            if !keep_dots {
                core = core.trim_end_matches(['.', '-']);
            }
        }
        let mut possessive = false;
        if matches!(core.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
            for suf in ["’s", "'s"] {
                if let Some(c) = core.strip_suffix(suf) {
                    core = c;
                    possessive = true;
                }
            }
            if let Some(c) = core.strip_suffix('’').or_else(|| core.strip_suffix('\'')) {
                core = c;
                possessive = true;
            }
        }
        if core.is_empty() {
            continue;
        }
        let s = st + lead;
        let lower = if core.is_ascii() {
            &ascii_lower[s..s + core.len()]
        } else {
            let from = arena.len();
            arena.push_str(&scan::to_lowercase(core));
            lowered.push((out.len(), from, arena.len()));
            ""
        };
        while sentences.get(next_sentence).is_some_and(|&(start, _)| start < s) {
            next_sentence += 1;
        }
        out.push(Tok {
            start: s,
            end: s + core.len(),
            text: core,
            lower,
            possessive,
            sentence_start: sentences.get(next_sentence).is_some_and(|&(start, _)| start == s),
            namey: is_namey(core),
        });
    }
    let arena: &'a String = arena;
    for (i, from, to) in lowered {
        out[i].lower = &arena[from..to];
    }
    out
}

/// How sure a candidate is of itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A lone word that must match something known.
    Single,
    /// A classified multi-word name or a pattern.
    Name,
    /// Defined in the text: "Long Name (ACR)".
    Defined,
}

#[derive(Debug, Clone)]
struct Cand<'a> {
    block: usize,
    start: usize,
    end: usize,
    /// The block's text from `start` to `end`.
    text: &'a str,
    kind: Option<EntityKind>,
    strength: Strength,
    acronym: Option<String>,
    /// A parenthesised alias that belongs to the candidate: "Hossein Moanes (Abu Ali al-Askari)".
    alias: Option<(usize, usize, String)>,
    titled: bool,
    /// Right after "in", "near", "from"…: an unknown single word here is a place.
    locative: bool,
}

/// Normalised key of a name: lowercase, "al-"/"the" dropped, curly quotes straightened.
pub fn name_key(s: &str) -> String {
    if s.is_ascii() {
        return ascii_name_key(s);
    }
    let lower = if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else if s.contains('’') {
        Cow::Owned(s.replace('’', "'").to_lowercase())
    } else {
        Cow::Owned(scan::to_lowercase(s))
    };
    let body = lower.strip_prefix("the ").unwrap_or(&lower);
    let mut key = String::with_capacity(body.len());
    // Words between spaces and hyphens (ASCII, so every cut is a char boundary).
    let bytes = body.as_bytes();
    let mut start = 0;
    for end in (0..=bytes.len()).filter(|&i| i == bytes.len() || matches!(bytes[i], b' ' | b'-')) {
        let w = &body[start..end];
        start = end + 1;
        if w.is_empty() || matches!(w, "al" | "el" | "ad" | "as" | "an" | "ash") {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    }
    key
}

/// [`name_key`] of an ASCII name, lowercased as it is copied into the key.
fn ascii_name_key(s: &str) -> String {
    let body = if s.as_bytes().get(..4).is_some_and(|h| h.eq_ignore_ascii_case(b"the ")) { &s[4..] } else { s };
    let mut key = String::with_capacity(body.len());
    for w in body.split([' ', '-']) {
        if w.is_empty() || ["al", "el", "ad", "as", "an", "ash"].iter().any(|p| w.eq_ignore_ascii_case(p)) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        let from = key.len();
        key.push_str(w);
        key[from..].make_ascii_lowercase();
    }
    key
}

/// Consonant skeleton for spelling variants ("Abdulmahdi" / "Abdalmahdi").
fn skeleton(s: &str) -> String {
    key_skeleton(&name_key(s))
}

/// [`skeleton`] of a name given its [`name_key`].
fn key_skeleton(key: &str) -> String {
    key.chars().filter(|c| c.is_alphabetic() && !"aeiouy".contains(*c)).collect()
}

/// Entity mentions grouped by block and sorted by start, so a sentence finds its mentions without
/// scanning every entity (keeps event extraction linear in the article's length).
pub struct MentionIndex<'a> {
    by_block: Vec<Vec<(Mention, &'a Entity)>>,
}

impl<'a> MentionIndex<'a> {
    pub fn new(entities: &'a [Entity]) -> Self {
        let mut by_block: Vec<Vec<(Mention, &'a Entity)>> = Vec::new();
        for e in entities {
            for m in &e.mentions {
                if by_block.len() <= m.block {
                    by_block.resize_with(m.block + 1, Vec::new);
                }
                by_block[m.block].push((*m, e));
            }
        }
        for list in &mut by_block {
            crate::sort::sort_by_key(list, |(m, _)| (m.start, m.end));
        }
        MentionIndex { by_block }
    }

    /// Mentions lying wholly inside `start..end` of `block`, in text order.
    pub fn within(&self, block: usize, start: usize, end: usize) -> impl Iterator<Item = &(Mention, &'a Entity)> {
        let list = self.by_block.get(block).map_or(&[][..], Vec::as_slice);
        let from = list.partition_point(|(m, _)| m.start < start);
        list[from..].iter().take_while(move |(m, _)| m.start < end).filter(move |(m, _)| m.end <= end)
    }
}

/// How far [`extract_with_progress`] has got after gathering the candidates block by block, after
/// the confident names, and after the single words, measured on the 1 MB synthetic benchmark article.
const CANDIDATES_SHARE: f64 = 0.57;
const STRONG_DONE: f64 = 0.65;
const SINGLES_DONE: f64 = 0.95;

/// Which blocks carry article text worth tagging.
fn tagged(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Title | BlockKind::Summary | BlockKind::Paragraph | BlockKind::Heading | BlockKind::Bio)
}

/// Find the entities of an article.
pub fn extract(blocks: &[Block], meta: &Meta) -> Vec<Entity> {
    extract_with_progress(blocks, meta, &mut |_| {})
}

/// [`extract`], reporting how far it has got (0 to 1) as it reads the blocks and resolves names.
pub fn extract_with_progress(blocks: &[Block], meta: &Meta, progress: &mut dyn FnMut(f64)) -> Vec<Entity> {
    extract_in_sentences(blocks, meta, &block_sentences(blocks), progress)
}

/// The sentences ([`crate::sentences::split`]) of every block with text worth tagging, by block
/// position; none for the others. Split once for both the entities and the events.
pub(crate) fn block_sentences(blocks: &[Block]) -> Vec<Vec<(usize, usize)>> {
    blocks.iter().map(|b| if tagged(b.kind) { crate::sentences::split(&b.text) } else { Vec::new() }).collect()
}

/// [`extract_with_progress`] with the blocks' sentences already split ([`block_sentences`]).
pub(crate) fn extract_in_sentences(
    blocks: &[Block],
    meta: &Meta,
    sentences: &[Vec<(usize, usize)>],
    progress: &mut dyn FnMut(f64),
) -> Vec<Entity> {
    let tagged_bytes: usize = blocks.iter().filter(|b| tagged(b.kind)).map(|b| b.text.len()).sum();
    // About a candidate per 40 bytes of article text: room for most articles without growing.
    let mut cands = Vec::with_capacity(tagged_bytes / 40);
    let mut read = 0;
    for (b, sentences) in blocks.iter().zip(sentences).filter(|(b, _)| tagged(b.kind)) {
        candidates(b, sentences, &mut cands);
        read += b.text.len();
        progress(CANDIDATES_SHARE * read as f64 / tagged_bytes.max(1) as f64);
    }
    let mut table = Table::default();
    // Authors are people of the article (their byline mentions included).
    for a in &meta.authors {
        let idx = table.add(&a.name, EntityKind::Person, None);
        for b in blocks.iter().filter(|b| b.kind == BlockKind::Byline) {
            if let Some(p) = b.text.find(&a.name) {
                table.mention(idx, Mention { block: b.id, start: p, end: p + a.name.len() }, &a.name);
            }
        }
    }
    crate::sort::sort_by_key(&mut cands, |c| std::cmp::Reverse(c.strength));
    // Confident names first, so that single words can resolve against them.
    // (Sorted strongest first: the confident names are a prefix, split off without moving them.)
    let mut strong = cands;
    let singles = strong.split_off(strong.partition_point(|c| c.strength > Strength::Single));
    for c in &strong {
        let kind = c.kind.unwrap_or(EntityKind::Other);
        let idx = table.find_same(c.text, kind).unwrap_or_else(|| table.add(c.text, kind, c.acronym.clone()));
        if table.entities[idx].acronym.is_none() {
            table.set_acronym(idx, c.acronym.clone());
        }
        table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        if let Some((s, e, alias)) = &c.alias {
            table.mention(idx, Mention { block: c.block, start: *s, end: *e }, alias);
        }
    }
    progress(STRONG_DONE);
    let mut singles = singles;
    crate::sort::sort_by_key(&mut singles, |c| (c.block, c.start));
    for c in &singles {
        // (The candidate's key, worked out once for the look-ups below.)
        let key = name_key(c.text);
        let resolved = table.resolve_single(c.text, &key).filter(|&idx| {
            let e = &table.entities[idx];
            // A country is not the last word of a person's name ("Somalia" after a mistyped
            // "Villa Somalia"): it stays the country, which decides the article's geography.
            if e.kind == EntityKind::Person
                && table.keys[idx] != key
                && places::lookup(c.text).is_some_and(|p| p.kind == crate::gazetteer::PlaceKind::Country)
            {
                return false;
            }
            // "near Balad" after "Aziz Balad": a town the gazetteer knows, written as a location, is
            // the town, not a person's surname.
            if e.kind == EntityKind::Person && table.keys[idx] != key && c.locative && places::lookup(c.text).is_some()
            {
                return false;
            }
            // "Ghadames" after "Yusuf al-Ghadamsi", "Basra" after "al-Basri": a town the
            // gazetteer knows is not a spelling variant of a surname made from it.
            if e.kind == EntityKind::Person
                && !e.name.ends_with(c.text)
                && !e.aliases.iter().any(|a| a.ends_with(c.text))
                && places::lookup(c.text).is_some()
            {
                return false;
            }
            // "Jenin" after "the Jenin Battalion", "Kabul" after "Kabul Bank": a place the gazetteer
            // knows stays the place that names the body, not the body its stem would give. (Not a
            // think tank's city: "Washington" after "The Washington Institute" is the U.S.
            // government far more often than a place where anything happens.)
            e.kind != EntityKind::Organization
                || e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|head| matches!(head, "Institute" | "Center" | "Centre" | "Foundation"))
                || table.keys[idx] == key
                || table.by_acronym.get(c.text) == Some(&idx)
                || places::lookup(c.text).is_none()
        });
        if let Some(idx) = resolved {
            table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        } else if let Some(hit) =
            places::lookup(c.text).or_else(|| if c.locative { places::lookup_unguarded(c.text) } else { None })
        {
            let idx = table
                .find_same(&hit.name, EntityKind::Place)
                .or_else(|| table.find_same(c.text, EntityKind::Place))
                .unwrap_or_else(|| table.add(c.text, EntityKind::Place, None));
            table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        } else if let Some(kind) =
            c.kind.filter(|_| !c.titled && c.text.chars().count() > 2 && !table.by_surname.contains_key(&key))
        {
            // An unknown name that the next word makes a group or a medium ("Amal supporters"); not
            // the surname that two people share ("the Matar case" after Elias and Rita Matar).
            let idx = table.add(c.text, kind, None);
            table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        } else if c.locative && c.text.chars().count() > 2 && !c.text.chars().all(|ch| ch.is_uppercase()) {
            let idx = table.add(c.text, EntityKind::Place, None);
            table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        } else if c.titled && c.kind != Some(EntityKind::Place) {
            let idx = table.add(c.text, EntityKind::Person, None);
            table.mention(idx, Mention { block: c.block, start: c.start, end: c.end }, c.text);
        }
    }
    progress(SINGLES_DONE);
    collective_mentions(blocks, &mut table);
    table.finish()
}

/// Lowercase mentions of a collective actor ("the militias") once it is named ("Iran-backed militias").
fn collective_mentions(blocks: &[Block], table: &mut Table) {
    let collectives: Vec<(usize, String)> = table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityKind::Organization && e.name.split_once('-').is_some_and(|(_, b)| b.contains(' '))
        })
        .filter_map(|(i, e)| e.name.rsplit(' ').next().map(|noun| (i, noun.to_lowercase())))
        .collect();
    let Some((idx, noun)) = collectives.iter().max_by_key(|(i, _)| table.entities[*i].mentions.len()) else {
        return;
    };
    // (A name's last word is never empty: names are trimmed runs of words.)
    if noun.is_empty() {
        return;
    }
    for b in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Summary | BlockKind::Paragraph | BlockKind::Heading | BlockKind::Title))
    {
        // The noun's places in the lowercase block, without a lowercase copy when lowercasing
        // changes only ASCII letters (most blocks): then an ASCII noun is where the block's bytes
        // match it ignoring ASCII case, at the same offsets, and the characters around are the same.
        let copy;
        let (text, places) = if noun.is_ascii() && scan::lowercase_changes_only_ascii(&b.text) {
            (b.text.as_str(), ascii_case_matches(&b.text, noun))
        } else {
            copy = scan::to_lowercase(&b.text);
            let mut places = Vec::new();
            let mut from = 0;
            while let Some(rel) = copy[from..].find(noun.as_str()) {
                places.push(from + rel);
                from += rel + noun.len();
            }
            (copy.as_str(), places)
        };
        for s in places {
            let e = s + noun.len();
            let before_ok =
                s == 0 || !text[..s].chars().next_back().is_some_and(|c| scan::is_alphanumeric(c) || c == '-');
            let after_ok = text[e..].chars().next().is_none_or(|c| !scan::is_alphanumeric(c));
            // The entity's mentions in this block are its taken ranges there.
            let covered = table.taken.get(&(*idx, b.id)).is_some_and(|t| t.iter().any(|&(ms, me)| ms <= s && e <= me));
            if before_ok && after_ok && !covered {
                let mention = b.text[s..e].to_string();
                table.mention(*idx, Mention { block: b.id, start: s, end: e }, &mention);
            }
        }
    }
}

/// Byte offsets where the ASCII lowercase `word` occurs in `text` ignoring ASCII case, left to
/// right and not overlapping (as `find` in `text.to_ascii_lowercase()` from the end of each match).
fn ascii_case_matches(text: &str, word: &str) -> Vec<usize> {
    let (bytes, w) = (text.as_bytes(), word.as_bytes());
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = memchr::memchr2(w[0], w[0].to_ascii_uppercase(), &bytes[from..]) {
        let at = from + rel;
        if bytes.get(at..at + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w)) {
            out.push(at);
            from = at + w.len();
        } else {
            from = at + 1;
        }
    }
    out
}

/// `s` without its trailing "’s" and then "'s" (as `trim_end_matches` of each), without setting up a
/// substring searcher per call.
fn strip_possessives(s: &str) -> &str {
    let mut s = s;
    while let Some(rest) = s.strip_suffix("’s") {
        s = rest;
    }
    while let Some(rest) = s.strip_suffix("'s") {
        s = rest;
    }
    s
}

/// Entities under construction.
#[derive(Default)]
struct Table {
    entities: Vec<Entity>,
    /// [`name_key`] of each entity's current name.
    keys: Vec<String>,
    /// Where the last word of each of `keys` starts (the surname of a person), kept with `keys`.
    key_last: Vec<usize>,
    /// [`skeleton`] of the last word of each entity's current name.
    last_skeletons: Vec<String>,
    by_key: FxHashMap<String, usize>,
    /// Entities other than people whose key is two words ("tigris river"), by the first word (the
    /// stem a single word may name). Only people's keys ever change, so this stays true.
    by_stem: FxHashMap<String, Vec<usize>>,
    /// Mention ranges per (entity, block), to refuse overlaps without scanning every mention.
    taken: FxHashMap<(usize, usize), Vec<(usize, usize)>>,
    /// People by the last word of their key (their surname), in entity order; kept with `keys`.
    by_surname: FxHashMap<String, Vec<usize>>,
    /// People by the skeleton of their name's last word, in entity order; kept with `last_skeletons`.
    by_skeleton: FxHashMap<String, Vec<usize>>,
    /// The first entity with each acronym, and with each acronym less its trailing "s"s.
    by_acronym: FxHashMap<String, usize>,
}

/// Put `idx` into the list of `key` in `map`, keeping the list in entity order.
fn index_insert(map: &mut FxHashMap<String, Vec<usize>>, key: &str, idx: usize) {
    match map.get_mut(key) {
        Some(list) => {
            let at = list.partition_point(|&i| i < idx);
            list.insert(at, idx);
        }
        None => {
            map.insert(key.to_string(), vec![idx]);
        }
    }
}

/// Take `idx` out of the list of `key` in `map`.
fn index_remove(map: &mut FxHashMap<String, Vec<usize>>, key: &str, idx: usize) {
    if let Some(list) = map.get_mut(key) {
        list.retain(|&i| i != idx);
    }
}

/// The stem a single word may name an entity by: "tigris" of "Tigris River", "nassib" of "Nassib
/// border crossing"; none for an institution named in lowercase ("federal police", "State media").
fn stem_of<'k>(name: &str, key: &'k str) -> Option<&'k str> {
    let (stem, rest) = key.split_once(' ')?;
    let one_head = !rest.contains(' ')
        || rest
            .split_once(' ')
            .is_some_and(|(modifier, head)| !head.contains(' ') && has(&FACILITY_MODIFIERS, modifier));
    let lowercase = name.starts_with(|c: char| c.is_lowercase()) || has(&UNOWNED_HEADS, stem);
    (one_head && !lowercase).then_some(stem)
}

/// Byte offset of the last space-separated word of `s` (what `s.rsplit(' ').next()` gives).
fn last_word_start(s: &str) -> usize {
    s.rfind(' ').map_or(0, |p| p + 1)
}

/// [`skeleton`] of the last word of a name.
fn last_skeleton(name: &str) -> String {
    skeleton(name.rsplit(' ').next().unwrap_or(name))
}

impl Table {
    fn add(&mut self, name: &str, kind: EntityKind, acronym: Option<String>) -> usize {
        let key = name_key(name);
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let idx = self.entities.len();
        self.entities.push(Entity {
            id: String::new(),
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            acronym: None,
            mentions: Vec::new(),
            corrected: false,
        });
        self.set_acronym(idx, acronym);
        let last = last_word_start(&key);
        self.key_last.push(last);
        if kind != EntityKind::Person {
            if let Some(stem) = stem_of(name, &key) {
                self.by_stem.entry(stem.to_string()).or_default().push(idx);
            }
        }
        let skeleton = last_skeleton(name);
        if kind == EntityKind::Person {
            index_insert(&mut self.by_surname, &key[last..], idx);
            index_insert(&mut self.by_skeleton, &skeleton, idx);
        }
        self.keys.push(key.clone());
        self.last_skeletons.push(skeleton);
        self.by_key.insert(key, idx);
        idx
    }

    /// Give entity `idx` its acronym (once, as it has none yet).
    fn set_acronym(&mut self, idx: usize, acronym: Option<String>) {
        if let Some(a) = &acronym {
            for form in [a.as_str(), a.trim_end_matches('s')] {
                let first = self.by_acronym.entry(form.to_string()).or_insert(idx);
                *first = (*first).min(idx);
            }
        }
        self.entities[idx].acronym = acronym;
    }

    fn find_same(&self, name: &str, kind: EntityKind) -> Option<usize> {
        let key = name_key(name);
        if let Some(&i) = self.by_key.get(&key) {
            return Some(i);
        }
        // A person named again with a shorter or fuller form: "Mustafa Kadhimi" / "Mustafa al-Kadhimi".
        if kind == EntityKind::Person {
            let toks: Vec<&str> = key.split(' ').collect();
            if toks.len() < 2 {
                return None;
            }
            // The first person of that surname whose key starts with the same word.
            let people = self.by_surname.get(toks[toks.len() - 1]).map_or(&[][..], Vec::as_slice);
            // "Abu Zeid" after "Idris bin Yusuf Abu Zeid": a family name that begins with a particle.
            let particle = toks.len() == 2 && matches!(toks[0], "abu" | "bin" | "ibn" | "umm");
            return people.iter().copied().find(|&i| {
                self.keys[i].split(' ').next() == toks.first().copied()
                    || (particle && self.keys[i].strip_suffix(key.as_str()).is_some_and(|head| head.ends_with(' ')))
            });
        }
        None
    }

    fn mention(&mut self, idx: usize, m: Mention, text: &str) {
        let taken = self.taken.entry((idx, m.block)).or_default();
        if taken.iter().any(|&(s, e)| s < m.end && m.start < e) {
            return;
        }
        taken.push((m.start, m.end));
        let e = &mut self.entities[idx];
        e.mentions.push(m);
        let clean = strip_possessives(text);
        if clean == e.name {
            // Nothing new: no alias, no fuller name, and the name's key is already known
            // (`keys[idx]` is always `name_key` of the current name, and is in `by_key`).
            return;
        }
        let clean = clean.to_string();
        if clean != e.name && !e.aliases.contains(&clean) && Some(&clean) != e.acronym.as_ref() {
            e.aliases.push(clean.clone());
        }
        let new_key = name_key(&clean);
        // The fullest form names the entity ("Mustafa al-Kadhimi" over "Mustafa Kadhimi").
        let extends = || {
            let new: Vec<&str> = new_key.split(' ').collect();
            self.keys[idx].split(' ').all(|t| new.contains(&t))
        };
        if e.kind == EntityKind::Person && clean.len() > e.name.len() && extends() {
            let old = std::mem::replace(&mut e.name, clean.clone());
            e.aliases.retain(|a| *a != clean);
            if !e.aliases.contains(&old) {
                e.aliases.push(old);
            }
            let last = last_word_start(&new_key);
            let skeleton = last_skeleton(&clean);
            index_remove(&mut self.by_surname, &self.keys[idx][self.key_last[idx]..], idx);
            index_remove(&mut self.by_skeleton, &self.last_skeletons[idx], idx);
            index_insert(&mut self.by_surname, &new_key[last..], idx);
            index_insert(&mut self.by_skeleton, &skeleton, idx);
            self.key_last[idx] = last;
            self.keys[idx] = new_key.clone();
            self.last_skeletons[idx] = skeleton;
        }
        self.by_key.entry(new_key).or_insert(idx);
    }

    /// A single word: an acronym, a known name's surname or stem, or a spelling variant. (`key` is
    /// the word's [`name_key`].)
    fn resolve_single(&self, word: &str, key: &str) -> Option<usize> {
        if let Some(&i) = self.by_key.get(key) {
            return Some(i);
        }
        if let Some(&i) = self.by_acronym.get(word) {
            return Some(i);
        }
        // The one entity of a list, if it holds exactly one.
        let unique = |list: Option<&Vec<usize>>| match list.map(Vec::as_slice) {
            Some(&[i]) => Some(i),
            _ => None,
        };
        // Surname of exactly one person.
        let surname = unique(self.by_surname.get(key));
        if surname.is_some() {
            return surname;
        }
        // Stem of a headed name: "Tigris" for "Tigris River".
        if let Some(&[i]) = self.by_stem.get(key).map(Vec::as_slice) {
            return Some(i);
        }
        // Spelling variant of a long surname.
        let sk = key_skeleton(key);
        if sk.len() >= 5 {
            return unique(self.by_skeleton.get(&sk));
        }
        None
    }

    fn finish(self) -> Vec<Entity> {
        let mut out: Vec<Entity> = self.entities.into_iter().filter(|e| !e.mentions.is_empty()).collect();
        for e in &mut out {
            crate::sort::sort(&mut e.mentions);
            // "Amil district" is also just "Amil".
            if let Some((stem, head)) = e.name.rsplit_once(' ') {
                // "Conoco gas field" is also just "Conoco".
                let stem = match stem.rsplit_once(' ') {
                    Some((name, modifier)) if has(&FACILITY_MODIFIERS, modifier) => name,
                    _ => stem,
                };
                if e.kind == EntityKind::Place && has(&LOWER_PLACE_HEADS, head) && !e.aliases.iter().any(|a| a == stem)
                {
                    e.aliases.push(stem.to_string());
                }
            }
        }
        crate::sort::sort_by_key(&mut out, |e| e.mentions.first().copied());
        for (i, e) in out.iter_mut().enumerate() {
            e.id = format!("ent-{}", i + 1);
        }
        out
    }
}

/// Candidate names of one block.
fn candidates<'a>(block: &'a Block, sentences: &[(usize, usize)], out: &mut Vec<Cand<'a>>) {
    let text = block.text.as_str();
    let ascii_lower = text.to_ascii_lowercase();
    let mut arena = String::new();
    let toks = tokenize(text, &ascii_lower, sentences, &mut arena);
    emphasised_names(block, out);
    let mut i = 0;
    let institutions = matches!(block.kind, BlockKind::Paragraph | BlockKind::Summary);
    while i < toks.len() {
        if institutions && (!toks[i].namey() || toks[i].sentence_start) && has(&UNOWNED_HEADS, toks[i].lower) {
            if let Some(end) = unowned_institution(text, &toks, i) {
                let (start, end) = (toks[i].start, toks[end].end);
                out.push(Cand {
                    block: block.id,
                    start,
                    end,
                    text: &text[start..end],
                    kind: Some(EntityKind::Organization),
                    strength: Strength::Name,
                    acronym: None,
                    alias: None,
                    titled: false,
                    locative: false,
                });
                i = toks.iter().position(|t| t.start >= end).unwrap_or(toks.len());
                continue;
            }
        }
        if !toks[i].namey() {
            if block.kind != BlockKind::Bio {
                lowercase_patterns(block, &toks, i, out);
            }
            i += 1;
            continue;
        }
        if !matches!(block.kind, BlockKind::Title | BlockKind::Heading) {
            if let Some((k, m, acr)) = defined_through_joints(text, &toks, i) {
                if k > i {
                    classify_run(block, text, &toks[i..k], out);
                }
                let long = &toks[k..=m];
                out.push(defined(block, text, long, joined_kind(long), acr));
                i = m + 1;
                continue;
            }
        }
        if institutions {
            if let Some((k, m)) = joined_institution(text, &toks, i) {
                if k > i {
                    classify_run(block, text, &toks[i..k], out);
                }
                let long = &toks[k..=m];
                match paren_acronym(&text[toks[m].end..])
                    .filter(|acr| spells(acr, long) || acronym_match(acr, long) == Some(0))
                {
                    Some(acr) => out.push(defined(block, text, long, EntityKind::Organization, acr)),
                    None => push_name(block, text, long, EntityKind::Organization, "", out),
                }
                i = m + 1;
                continue;
            }
        }
        // Extend a run of capitalised words.
        let mut j = i;
        while j + 1 < toks.len() {
            let cur = &toks[j];
            let gap = &text[cur.end..toks[j + 1].start];
            // "Kurdistan Workers' Party", "Depositors' Outcry Association": a plural of people
            // who act, in the possessive, is the first part of the name of their body.
            let members = cur.possessive
                && matches!(gap, "' " | "’ ")
                && toks[j + 1].namey()
                && ["ers", "ors", "ists", "ents", "ants", "yrs"].iter().any(|s| cur.lower.ends_with(s));
            // "Kurdish People's Protection Units", "Women's Protection Units": a collective in the
            // possessive inside a name.
            let collective = cur.possessive
                && matches!(gap, "'s " | "’s ")
                && matches!(cur.lower, "people" | "women" | "children")
                && toks[j + 1].namey();
            let members = members || collective;
            let gap_ok = gap == " " || members || (cur.possessive && (gap == "’s " || gap == "'s "));
            if !gap_ok || toks[j + 1].sentence_start {
                break;
            }
            if cur.possessive && !members && !(has(&TITLES, cur.lower) && toks[j + 1].namey()) {
                break;
            }
            let next = &toks[j + 1];
            if next.namey() {
                j += 1;
                continue;
            }
            let and_ok = next.lower == "and"
                && j - i < 3
                && !toks[i..=j].iter().any(|t| has(&ORG_WORDS, t.lower) || t.text.chars().all(|c| c.is_uppercase()));
            let after = toks.get(j + 2);
            // "UN Support Mission in Libya (UNSMIL)": "in" inside a name that its acronym spells through.
            let in_ok = next.lower == "in"
                && after.is_some_and(|a| {
                    a.namey()
                        && paren_acronym(&text[a.end..]).is_some_and(|acr| {
                            acr.trim_end_matches('s').chars().last() == a.text.chars().next()
                                && acr.contains(['I', 'i'])
                        })
                });
            let connector = matches!(next.lower, "of" | "for" | "bin" | "ibn" | "al" | "abu" | "bint" | "de" | "the")
                || and_ok
                || in_ok;
            if connector
                && after.is_some_and(|a| a.namey() && !a.sentence_start)
                && text[next.end..after.map_or(next.end, |a| a.start)] == *" "
                && gap == " "
            {
                j += 2;
                continue;
            }
            break;
        }
        classify_run(block, text, &toks[i..=j], out);
        i = j + 1;
    }
}

/// The candidate of a name `long` defined by the acronym in parentheses right after it.
fn defined<'a>(block: &Block, text: &'a str, long: &[Tok<'_>], kind: EntityKind, acr: String) -> Cand<'a> {
    let (start, end) = (long[0].start, long[long.len() - 1].end);
    let acr_start = end + 2;
    Cand {
        block: block.id,
        start,
        end,
        text: &text[start..end],
        kind: Some(kind),
        strength: Strength::Defined,
        acronym: Some(acr.clone()),
        alias: Some((acr_start, acr_start + acr.len(), acr)),
        titled: false,
        locative: false,
    }
}

/// Lowercase words that join the words of a name its acronym spells through: "Association of
/// Banks in Lebanon (ABL)", "Banque du Liban (BDL)", "al-Qaeda in the Arabian Peninsula (AQAP)".
const NAME_JOINTS: &[&str] =
    &["of", "for", "the", "and", "in", "on", "du", "de", "des", "la", "le", "di", "da", "del", "&"];

/// A name defined by the acronym after it whose words the run of capitalised words does not
/// join: a lowercase joint ("in", "du", "and" inside an institution's name), a possessive
/// ("Tigray People's Liberation Front (TPLF)", "Kurdistan Workers' Party (PKK)") or a mixed-case
/// acronym ("Ministry of Migration and Displacement (MoMD)"). Looks ahead from token `i` within
/// its sentence; gives the first and last tokens of the name and the acronym.
fn defined_through_joints(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(usize, usize, String)> {
    const MAX_WORDS: usize = 12;
    let mut m = i;
    let acr = loop {
        if toks[m].namey() {
            if let Some(acr) = paren_acronym(&text[toks[m].end..]).or_else(|| mixed_case_acronym(&text[toks[m].end..]))
            {
                break acr;
            }
        }
        let next = toks.get(m + 1)?;
        let gap = &text[toks[m].end..next.start];
        let possessive_gap = toks[m].possessive && matches!(gap, "'s " | "’s " | "' " | "’ ");
        if m + 1 - i >= MAX_WORDS
            || next.sentence_start
            || !(gap == " " || possessive_gap)
            || !(next.namey() || NAME_JOINTS.contains(&next.lower))
        {
            return None;
        }
        m += 1;
    };
    let mixed = acr.trim_end_matches('s').chars().any(char::is_lowercase);
    for k in i..=m {
        let t = &toks[k];
        if !t.namey() || has(&STOP_WORDS, t.lower) {
            continue;
        }
        let long = &toks[k..=m];
        // The plain run of capitalised words (joined by "of"/"for") is read as it always was.
        // "of the" is not: "International Committee of the Red Cross (ICRC)".
        let joined = long[..long.len() - 1].iter().any(|t| t.possessive)
            || long.iter().any(|t| !t.namey() && !matches!(t.lower, "of" | "for"));
        if (joined || mixed) && spells(&acr, long) {
            return Some((k, m, acr));
        }
    }
    None
}

/// A word of a long name: capitalised, including a hyphenated "Co-operation" that [`is_namey`] leaves out.
fn is_long_name_word(t: &Tok<'_>) -> bool {
    (t.namey() || (has_hyphen(t.text) && t.text.starts_with(char::is_uppercase))) && !has(&STOP_WORDS, t.lower)
}

/// The last token of the run of name words from token `from`: single spaces, within the
/// sentence, up to a possessive.
fn name_words_end(text: &str, toks: &[Tok<'_>], from: usize) -> usize {
    let mut k = from;
    while !toks[k].possessive
        && toks
            .get(k + 1)
            .is_some_and(|n| is_long_name_word(n) && !n.sentence_start && &text[toks[k].end..n.start] == " ")
    {
        k += 1;
    }
    k
}

/// An institution's long name joined by lowercase words, from token `i`: the first and last
/// tokens. A keyword head before "of"/"for" (optionally "the") opens it ("Supreme Committee for
/// the Investigation of Kuwaiti Nationality", "Office of the UN Special Envoy for Yemen");
/// "and" joins two parts when the second ends in a head ("Houthi Security and Intelligence
/// Service") or the name is open ("Organization for Security and Co-operation in Europe"); "in"
/// or "on" and a known place end an open name or a mission's ("Islamic Resistance in Iraq",
/// "UN Panel of Experts on Yemen"). None when no joint makes the run longer than it is.
fn joined_institution(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(usize, usize)> {
    const MAX_JOINTS: usize = 5;
    let start = (i..toks.len()).find(|&k| !has(&STOP_WORDS, toks[k].lower))?;
    if !toks[start].namey() || (start > i && toks[start].sentence_start) {
        return None;
    }
    let first = start;
    let mut k = name_words_end(text, toks, first);
    let (mut open, mut best) = (false, None);
    for _ in 0..MAX_JOINTS {
        let seg_start =
            |k: usize| (first..=k).rev().find(|&s| s == first || !is_long_name_word(&toks[s - 1])).unwrap_or(first);
        let head = toks[k].lower;
        let Some(joint) = toks.get(k + 1).filter(|j| !toks[k].possessive && &text[toks[k].end..j.start] == " ") else {
            break;
        };
        let mut n = k + 2;
        if matches!(joint.lower, "of" | "for") && toks.get(n).is_some_and(|t| t.lower == "the") {
            n += 1;
        }
        let named = toks
            .get(n)
            .is_some_and(|t| is_long_name_word(t) && !t.sentence_start && &text[toks[n - 1].end..t.start] == " ");
        if !named {
            break;
        }
        let e = name_words_end(text, toks, n);
        // "the Ground Force of Iran's Revolutionary Guard" goes on past the owner; "30th Brigade of
        // the Popular Mobilization Forces" is a unit of a body named in full.
        let owned_tail =
            toks[e].possessive || (has(&ORG_HEADS, toks[e].lower) && (n == k + 3 || has(&UNIT_HEADS, head)) && e > n);
        match joint.lower {
            "of" | "for" if owned_tail => break,
            "of" | "for" if open || has(&ORG_HEADS, head) || has(&ORG_JOINT_HEADS, head) => {
                open = true;
                best = Some(e);
            }
            "and" if n == k + 2 => {
                let before = &toks[seg_start(k)..=k];
                let plain = before.len() >= 2
                    && !has(&ORG_HEADS, head)
                    && !before.iter().any(|t| has(&TITLES, t.lower))
                    && places::lookup(&text[before[0].start..toks[k].end]).is_none();
                if !(open || plain) {
                    break;
                }
                if e > n && has(&ORG_HEADS, toks[e].lower) {
                    best = Some(e);
                }
            }
            // "… Envoy for Yemen in Sanaa": a place already ends the name.
            "in" | "on"
                if n == k + 2
                    && (open || matches!(head, "mission" | "resistance"))
                    && places::lookup(&text[toks[seg_start(k)].start..toks[k].end]).is_none() =>
            {
                // A place the gazetteer knows, or one lone name ("Europe").
                if places::lookup(&text[toks[n].start..toks[e].end]).is_some() || (e == n && is_bare_name(&toks[n])) {
                    best = Some(e);
                }
                break;
            }
            _ => break,
        }
        k = e;
    }
    best.map(|m| (first, m))
}

/// "(MoMD)", "(MoI)": a mixed-case acronym, capitals with single lowercase letters between them.
fn mixed_case_acronym(after: &str) -> Option<String> {
    let inner = after.strip_prefix(" (")?;
    let acr = &inner[..inner.find(')')?];
    let b = acr.as_bytes();
    let caps = b.iter().filter(|c| c.is_ascii_uppercase()).count();
    let ok = (3..=8).contains(&b.len())
        && caps >= 2
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.windows(2).all(|w| w[0].is_ascii_uppercase() || w[1].is_ascii_uppercase());
    ok.then(|| acr.to_string())
}

/// Do the capitals of `acr` spell the words of `long`? A capitalised word gives its initial (and
/// each capitalised part after a hyphen), which the acronym must have; a joint word or an "al-"
/// particle gives an initial it may have or skip ("Banque du Liban" BDL, "al-Qaeda" AQ or Q).
fn spells(acr: &str, long: &[Tok<'_>]) -> bool {
    let letters: Vec<u8> = acr.bytes().filter(u8::is_ascii_uppercase).map(|c| c.to_ascii_lowercase()).collect();
    let mut parts: Vec<(u8, bool)> = Vec::new();
    for t in long {
        for (raw, p) in t.text.split('-').zip(t.lower.split('-')).filter(|(_, p)| !p.is_empty()) {
            let particle = PARTICLES.iter().any(|q| q.trim_end_matches('-') == p);
            let upper = raw.chars().next().is_some_and(char::is_uppercase);
            parts.push((p.as_bytes()[0], !t.namey() || particle || !upper));
        }
    }
    fn walk(letters: &[u8], parts: &[(u8, bool)]) -> bool {
        match (letters.first(), parts.first()) {
            (_, None) => letters.is_empty(),
            (l, Some(&(c, optional))) => {
                (l == Some(&c) && walk(&letters[1..], &parts[1..])) || (optional && walk(letters, &parts[1..]))
            }
        }
    }
    walk(&letters, &parts)
}

/// The kind of a name joined by lowercase words: its head before an "in"/"du" ("Association of
/// Banks in Lebanon", "al-Qaeda in the Arabian Peninsula") decides; an organisation by default.
fn joined_kind(long: &[Tok<'_>]) -> EntityKind {
    let head =
        long.iter().position(|t| matches!(t.lower, "in" | "on" | "du" | "de" | "des")).map_or(long, |p| &long[..p]);
    head_kind(head).unwrap_or(EntityKind::Organization)
}

/// Title Case in *emphasis* is a name the writer set apart: a publication, a project, a ship
/// ("the *Militia Monitor* project", "the tanker *Nordic Amber*"). Emphasis of ordinary words
/// ("did *not* release") is lowercase and ignored.
fn emphasised_names<'a>(block: &'a Block, out: &mut Vec<Cand<'a>>) {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Summary) {
        return;
    }
    for sp in block.spans.iter().filter(|sp| sp.kind == crate::model::SpanKind::Em) {
        let Some(inner) = block.text.get(sp.start..sp.end) else { continue };
        let words = inner.split(' ').count();
        let title_case = inner
            .split(' ')
            .all(|w| is_namey(w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            && !inner.split(' ').all(|w| has_lowercase(&STOP_WORDS, w))
            && !inner.split(' ').next().is_some_and(|w| matches!(w, "The" | "A" | "An" | "This" | "That" | "It"));
        if (2..=5).contains(&words) && title_case {
            out.push(Cand {
                block: block.id,
                start: sp.start,
                end: sp.end,
                text: inner,
                kind: Some(EntityKind::Other),
                strength: Strength::Name,
                acronym: None,
                alias: None,
                titled: false,
                locative: false,
            });
        }
    }
}

/// The last token of an institution named without an owner at token `i` ("security forces arrested",
/// "Counterterrorism forces", "the coalition base"),
/// which stands for the article's country or alliance; None when a name owns it ("Iraq's
/// security forces", handled by [`lowercase_patterns`]) or the words are not one.
fn unowned_institution(text: &str, toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let t = &toks[i];
    let word = |k: usize| toks.get(k).filter(|n| &text[toks[k - 1].end..n.start] == " ").map(|n| n.lower);
    if i > 0 && !t.sentence_start {
        let p = &toks[i - 1];
        let gap = &text[p.end..t.start];
        let owned = (p.namey() && !has(&STOP_WORDS, p.lower) && gap == " ")
            || (p.possessive && gap.trim_start_matches(['’', '\'', 's']) == " ");
        if owned {
            return None;
        }
    }
    let prev = if i > 0 && !t.sentence_start { toks[i - 1].lower } else { "" };
    match t.lower {
        // "the government": a bare "government" is mostly a common noun ("a government", "government jobs").
        // "police in Basra" is no name either: the golds name it 2 times in 11 (fixtures 01-102);
        // "Basra" stays a place.
        // The military coalition of the region's wars: "the coalition base", "coalition forces".
        "coalition" => match word(i + 1) {
            Some("forces") => Some(i + 1),
            Some(n) if has(&COALITION_NOUNS, n) => Some(i),
            Some("of" | "government" | "partner" | "talks" | "building") => None,
            _ => (prev == "the").then_some(i),
        },
        _ => UNOWNED_INSTITUTIONS.iter().find_map(|inst| {
            let mut k = i;
            for (n, w) in inst.split(' ').enumerate() {
                let at = if n == 0 { Some(t.lower) } else { word(k + 1) };
                if at != Some(w) {
                    return None;
                }
                k += usize::from(n > 0);
            }
            Some(k)
        }),
    }
}

/// Classify a run of capitalised tokens, splitting at "of"/"for" when the whole is not a name.
fn classify_run<'a>(block: &Block, text: &'a str, run: &[Tok<'_>], out: &mut Vec<Cand<'a>>) {
    // Titles and headings are Title Case ("A Raid Planned for Minimal Friction"): their words
    // only count when they match a name known from the text.
    if matches!(block.kind, BlockKind::Title | BlockKind::Heading) {
        for t in run.iter().filter(|t| !has(&STOP_WORDS, t.lower)) {
            out.push(Cand {
                block: block.id,
                start: t.start,
                end: t.end,
                text: &text[t.start..t.end],
                kind: None,
                strength: Strength::Single,
                acronym: None,
                alias: None,
                titled: false,
                locative: false,
            });
        }
        return;
    }
    // Sentence openers and stop words in front.
    let mut run = run;
    while let Some(first) = run.first() {
        let lone_start = first.sentence_start && run.len() > 1 && has(&STOP_WORDS, first.lower);
        if has(&STOP_WORDS, first.lower) && (lone_start || !first.sentence_start || run.len() == 1) {
            run = &run[1..];
        } else {
            break;
        }
    }
    while let Some(last) = run.last() {
        if matches!(last.lower, "of" | "for" | "the" | "bin" | "ibn" | "al" | "abu" | "de" | "and") {
            run = &run[..run.len() - 1];
        } else {
            break;
        }
    }
    if run.is_empty() {
        return;
    }
    // A feast is a date, not a name: "Eid al-Fitr", "Eid al-Adha", "Mawlid al-Nabi" (not "Salem Eid").
    if run.len() == 2
        && matches!(run[0].lower, "eid" | "mawlid")
        && PARTICLES.iter().any(|p| run[1].lower.starts_with(p))
    {
        return;
    }
    let span_text = |r: &[Tok<'_>]| &text[r[0].start..r[r.len() - 1].end];
    let after = &text[run[run.len() - 1].end..];
    let after = after.strip_prefix("’s").or_else(|| after.strip_prefix("'s")).unwrap_or(after);

    // Definition "Long Name (ACR)".
    if let Some(acr) = paren_acronym(after) {
        if let Some(k) = acronym_match(&acr, run) {
            let long = &run[k..];
            let kind = head_kind(long).unwrap_or(EntityKind::Organization);
            let acr_start = run[run.len() - 1].end
                + after.find(&acr).map_or(0, |p| p + (text.len() - run[run.len() - 1].end - after.len()));
            out.push(Cand {
                block: block.id,
                start: long[0].start,
                end: long[long.len() - 1].end,
                text: span_text(long),
                kind: Some(kind),
                strength: Strength::Defined,
                acronym: Some(acr.clone()),
                alias: Some((acr_start, acr_start + acr.len(), acr)),
                titled: false,
                locative: false,
            });
            if k > 0 {
                classify_run(block, text, &run[..k], out);
            }
            return;
        }
    }
    // "Jay Bernstein Fellow of The Washington Institute": two names joined by "of".
    if let Some(p) = run.iter().position(|t| matches!(t.lower, "of" | "for")) {
        let tail = &run[p + 1..];
        let tail = if tail.first().is_some_and(|t| t.lower == "the") { &tail[1..] } else { tail };
        if head_kind(&run[..p]).is_none() && head_kind(tail).is_some() && tail.len() > 1 {
            classify_run(block, text, &run[..p], out);
            classify_run(block, text, tail, out);
            return;
        }
    }
    // A country named in full, even when its first word is also a demonym ("Saudi Arabia") or
    // a keyword head ("United Arab Emirates").
    if run.len() > 1 && places::lookup(span_text(run)).is_some_and(|p| p.kind == crate::gazetteer::PlaceKind::Country) {
        push_name(block, text, run, EntityKind::Place, after, out);
        return;
    }
    // The abbreviations that stand alone for a country or a body: "the U.S.", "the UN".
    if let [t] = run {
        let kind = match t.text {
            "U.S." | "U.K." => Some(EntityKind::Place),
            "UN" | "U.N." | "EU" | "E.U." | "NATO" => Some(EntityKind::Organization),
            _ => None,
        };
        if let Some(kind) = kind {
            push_name(block, text, run, kind, after, out);
            return;
        }
    }
    // "Yemen and Gulf": a lone keyword after "and" heads only itself, not the whole run.
    if let Some(p) = run.iter().position(|t| t.lower == "and").filter(|&p| p > 0 && p + 2 == run.len()) {
        if head_kind(run).is_some() && head_kind(&run[..p]).is_none() {
            classify_run(block, text, &run[..p], out);
            classify_run(block, text, &run[p + 1..], out);
            return;
        }
    }
    let whole_kind = head_kind(run);
    if let Some(kind) = whole_kind {
        let mut r = run;
        if kind != EntityKind::Organization {
            // Demonyms describe places and things, they do not name them ("Iraqi capital" aside).
            while r.len() > 1 && has(&DEMONYMS, r[0].lower) && kind == EntityKind::Other {
                r = &r[1..];
            }
        }
        push_name(block, text, r, kind, after, out);
        return;
    }
    // A keyword head before "of"/"for" names the whole: "Court of Cassation", "Palace of Justice",
    // "Government of Yemen", "Gulf of Oman", "Washington Institute for Near East Policy".
    if let Some(kind) = head_first_kind(run) {
        push_name(block, text, run, kind, after, out);
        return;
    }
    // Split at "of"/"for"/"the" when the whole is not a name.
    if let Some(p) = run.iter().position(|t| matches!(t.lower, "of" | "for" | "the" | "and")) {
        classify_run(block, text, &run[..p], out);
        classify_run(block, text, &run[p + 1..], out);
        return;
    }
    // A title that is part of a place's name: "Sheikh Miskin", "Sheikh Zayed" (the gazetteer knows it).
    if run.len() == 2 && has(&TITLES, run[0].lower) && places::lookup(span_text(run)).is_some() {
        push_name(block, text, run, EntityKind::Place, after, out);
        return;
    }
    if sheikh_place(text, run) {
        push_name(block, text, run, EntityKind::Place, after, out);
        return;
    }
    // "General Security", "General Intelligence": "General" before a common noun of the state
    // names an agency, not an officer (whose name is no English noun: "General Petraeus").
    if let [g, n] = run {
        if g.lower == "general"
            && matches!(n.lower, "security" | "intelligence" | "staff" | "command" | "directorate" | "prosecution")
        {
            push_name(block, text, run, EntityKind::Organization, after, out);
            return;
        }
    }
    // Titles and descriptors in front of a person's name.
    let mut titled = false;
    let mut r = run;
    while r.len() > 1 && (has(&TITLES, r[0].lower) || has(&DEMONYMS, r[0].lower)) {
        // Headings are Title Case ("The Speaker Question"): a title there does not announce a name.
        titled |= has(&TITLES, r[0].lower) && block.kind != BlockKind::Heading;
        r = &r[1..];
    }
    if r.len() == 1 && (has(&TITLES, r[0].lower) || has(&DEMONYMS, r[0].lower)) {
        return;
    }
    if r.len() > 1 && places::lookup(&text[r[0].start..r[r.len() - 1].end]).is_some() {
        push_name(block, text, r, EntityKind::Place, after, out);
        return;
    }
    // "North Africa", "South Lebanon": a region, not a person.
    if r.len() == 2 && has(&DIRECTIONS, r[0].lower) && is_name_word(&r[1]) {
        push_name(block, text, r, EntityKind::Place, after, out);
        return;
    }
    // "Idris bin Yusuf Abu Zeid": a lowercase "bin"/"ibn"/"bint" inside a name is part of it.
    let name_part = |k: usize, t: &Tok<'_>| {
        is_name_word(t) || (k > 0 && k + 1 < r.len() && matches!(t.lower, "bin" | "ibn" | "bint"))
    };
    if r.len() >= 2 && r.iter().enumerate().all(|(k, t)| name_part(k, t)) && !r.iter().all(|t| has(&DEMONYMS, t.lower))
    {
        if r.iter().any(|t| has(&DEMONYMS, t.lower) || has(&STOP_WORDS, t.lower)) || is_role_tail(r[r.len() - 1].lower)
        {
            // "Old English", "Jay Bernstein Fellow": not a person.
            if is_role_tail(r[r.len() - 1].lower) {
                return;
            }
            for t in r.iter().filter(|t| places::lookup(t.text).is_some()) {
                classify_run(block, text, std::slice::from_ref(t), out);
            }
            return;
        }
        // "a house in Aita al-Shaab", "the village of Deir Mimas": a name the text writes as a
        // location (no title in front, no possessive after) is a place the gazetteer lacks.
        let before = text[..r[0].start].trim_end();
        let prev = before.rsplit(' ').next().unwrap_or("");
        let prev2 = before[..before.len() - prev.len()].trim_end().rsplit(' ').next().unwrap_or("");
        let located = matches!(prev, "in" | "near" | "outside" | "inside")
            || (prev == "of" && matches!(prev2, "village" | "town" | "villages" | "towns" | "outskirts"));
        let kind = if located
            && !titled
            && r.len() == run.len()
            && !r[r.len() - 1].possessive
            && matches!(block.kind, BlockKind::Paragraph | BlockKind::Summary)
            && !title_case(text)
        {
            EntityKind::Place
        } else {
            EntityKind::Person
        };
        push_name(block, text, r, kind, after, out);
        return;
    }
    for t in r {
        if has(&STOP_WORDS, t.lower) || has(&DEMONYMS, t.lower) || t.text.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        // "east Baghdad": a direction word in front of a known place.
        let before = text[..t.start].trim_end_matches(' ');
        let dir_start = before.rfind(' ').map_or(0, |p| p + 1);
        let dir = &before[dir_start..];
        if before.len() + 1 == t.start && has_lowercase(&DIRECTIONS, dir) {
            let phrase = &text[dir_start..t.end];
            if places::lookup(phrase).is_some() {
                out.push(Cand {
                    block: block.id,
                    start: dir_start,
                    end: t.end,
                    text: phrase,
                    kind: Some(EntityKind::Place),
                    strength: Strength::Name,
                    acronym: None,
                    alias: None,
                    titled: false,
                    locative: false,
                });
                continue;
            }
        }
        // A model designation: "F-16s", "MQ-9" (named without the plural "s").
        if has_hyphen(t.text) && is_model_name(t.text) {
            let end = if t.text.ends_with('s') { t.end - 1 } else { t.end };
            out.push(Cand {
                block: block.id,
                start: t.start,
                end,
                text: &text[t.start..end],
                kind: Some(EntityKind::Other),
                strength: Strength::Name,
                acronym: None,
                alias: None,
                titled: false,
                locative: false,
            });
            continue;
        }
        let before_words = text[..t.start].trim_end();
        let prev_word = before_words.rsplit(' ').next().unwrap_or("");
        // The word before the previous one, and whether the name follows "the".
        let word_before = |w: &str| {
            let rest = before_words[..before_words.len() - w.len()].trim_end();
            (rest, rest.rsplit(' ').next().unwrap_or(""))
        };
        let after_the = matches!(prev_word, "the" | "The");
        // Headings are Title Case ("Pressure in the Streets"): only plain text extends locatives.
        let prose = matches!(block.kind, BlockKind::Paragraph | BlockKind::Summary);
        // "in the Badia", "south of the Euphrates", "in Iranshahr and Chabahar", "a flight to Misrata".
        let extended_locative = || {
            let (rest, w2) = word_before(prev_word);
            match prev_word {
                "the" => {
                    LOCATIVES.contains(&w2)
                        || (w2 == "of"
                            && has_lowercase(
                                &DIRECTIONS,
                                rest[..rest.len() - 2].trim_end().rsplit(' ').next().unwrap_or(""),
                            ))
                }
                "and" | "or" => {
                    places::lookup(w2).is_some()
                        && LOCATIVES
                            .contains(&rest[..rest.len() - w2.len()].trim_end().rsplit(' ').next().unwrap_or(""))
                }
                "to" => has(&MOTION_WORDS, w2),
                _ => false,
            }
        };
        // The same as lowercasing it and looking it up, without the copy when it is ASCII.
        let locative = !t.possessive
            && if prev_word.is_ascii() {
                LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(prev_word))
                    // "the city of Mosul", "the province of Diyala".
                    || (prev_word == "of"
                        && before_words[..before_words.len() - 2]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            // ("the road east of Mahbes": a direction's "of".)
                            .is_some_and(|w| {
                                has(&AREA_HEADS, w)
                                    || matches!(w, "city" | "town" | "village" | "island")
                                    || (prose && is_bare_name(t) && has_lowercase(&DIRECTIONS, w))
                            }))
            } else {
                LOCATIVES.contains(&scan::to_lowercase(prev_word).as_str())
            }
            || (prose && matches!(prev_word, "the" | "and" | "or" | "to") && is_bare_name(t) && extended_locative());
        // What the next word makes an unknown name: "Amal supporters", "Basij militiamen" (a group),
        // "a Telegram channel", "al-Masirah television" (a medium).
        let hint = if t.possessive {
            None
        } else {
            let next = text[t.end..].strip_prefix(' ').unwrap_or("");
            let next = &next[..next.bytes().take_while(u8::is_ascii_lowercase).count()];
            if has(&MEMBER_NOUNS, next) {
                Some(EntityKind::Organization)
            } else if has(&MEDIA_NOUNS, next) {
                Some(EntityKind::Other)
            } else if after_the
                && !locative
                && prose
                && is_bare_name(t)
                && (has(&REPORTING_VERBS, next) || text[t.end..].starts_with([',', '.', ';', ':']))
            {
                // "The Pentagon said": a lone capitalised word after "the" that speaks or ends a
                // clause is a name; before a noun it is a modifier ("the Trump administration").
                Some(EntityKind::Organization)
            } else {
                None
            }
        };
        out.push(Cand {
            block: block.id,
            start: t.start,
            end: t.end,
            text: &text[t.start..t.end],
            kind: hint,
            strength: Strength::Single,
            acronym: None,
            alias: None,
            titled,
            locative,
        });
    }
}

/// `has(set, &scan::to_lowercase(word))`, without a copy on the heap when `word` is ASCII and short.
fn has_lowercase(set: &scan::WordSet, word: &str) -> bool {
    const SHORT: usize = 16;
    if word.is_ascii() && word.len() <= SHORT {
        let mut buf = [0u8; SHORT];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| has(set, w))
    } else {
        has(set, &scan::to_lowercase(word))
    }
}

fn is_role_tail(w: &str) -> bool {
    matches!(
        w,
        "fellow" | "scholar" | "professor" | "chair" | "director" | "analyst" | "editor" | "correspondent" | "visiting"
    )
}

fn is_name_word(t: &Tok<'_>) -> bool {
    t.namey() && t.text.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)) && !has(&STOP_WORDS, t.lower)
}

fn push_name<'a>(block: &Block, text: &'a str, r: &[Tok<'_>], kind: EntityKind, after: &str, out: &mut Vec<Cand<'a>>) {
    if r.is_empty() {
        return;
    }
    let start = r[0].start;
    let end = r[r.len() - 1].end;
    // A parenthesised alias right after: "Hossein Moanes (Abu Ali al-Askari)".
    let alias = after
        .strip_prefix(" (")
        .and_then(|a| a.find(')').map(|e| &a[..e]))
        .filter(|a| kind == EntityKind::Person && crate::document::header::is_name_line(a))
        .map(|a| {
            let s = end + (text[end..].find(a).unwrap_or(0));
            (s, s + a.len(), a.to_string())
        });
    out.push(Cand {
        block: block.id,
        start,
        end,
        text: &text[start..end],
        kind: Some(kind),
        strength: Strength::Name,
        acronym: None,
        alias,
        titled: false,
        locative: false,
    });
}

/// "passed through Sheikh Hadid", "in Sheikh Othman": a town named after a sheikh, written
/// where a place goes (after "in", "near", "through"…) and with no possessive after it.
fn sheikh_place(text: &str, run: &[Tok<'_>]) -> bool {
    let prev = text[..run[0].start].trim_end().rsplit(' ').next().unwrap_or("");
    matches!(run, [s, _] | [s, _, _] if matches!(s.lower, "sheikh" | "shaykh"))
        && matches!(prev, "in" | "near" | "through" | "outside" | "inside" | "around")
        && !run[run.len() - 1].possessive
        && run[1..].iter().all(|t| is_name_word(t) && !has(&TITLES, t.lower))
}

/// Is the text written in Title Case, like a headline ("Houthis Seize Aid Workers in Sanaa Raids")?
fn title_case(text: &str) -> bool {
    let words = text.split_whitespace().filter(|w| w.len() > 3);
    let (mut n, mut upper) = (0, 0);
    for w in words {
        n += 1;
        upper += usize::from(w.starts_with(char::is_uppercase));
    }
    n > 0 && upper * 4 >= n * 3
}

/// The kind a name's head word gives it.
fn head_kind(run: &[Tok<'_>]) -> Option<EntityKind> {
    let last = run.last()?.lower;
    if run.iter().any(|t| has(&ORG_WORDS, t.lower)) || (run.len() > 1 && has(&ORG_HEADS, last)) {
        return Some(EntityKind::Organization);
    }
    if run.len() > 1 && has(&PLACE_HEADS, last) {
        return Some(EntityKind::Place);
    }
    if run.len() > 1 && has(&OTHER_HEADS, last) {
        return Some(EntityKind::Other);
    }
    // A place word in front: "Villa Somalia", "Hotel Bahari", "Camp Lemonnier", "Mount Sinjar".
    if run.len() > 1 && has(&LEADING_PLACE_HEADS, run[0].lower) {
        return Some(EntityKind::Place);
    }
    None
}

/// The kind of a run headed before its first "of"/"for" ("Court of Cassation", "Palace of Justice",
/// "Institute for Near East Policy"): the head is a keyword, and what follows is one name.
fn head_first_kind(run: &[Tok<'_>]) -> Option<EntityKind> {
    let p = run.iter().position(|t| matches!(t.lower, "of" | "for"))?;
    let head = run[..p].last()?.lower;
    let tail = &run[p + 1..];
    let tail = if tail.first().is_some_and(|t| t.lower == "the") { &tail[1..] } else { tail };
    // One name after the connector: no second connector, no stop word, no title.
    // "the Ground Force of Iran's Revolutionary Guard": the name goes on past the owner.
    let name_tail = !tail.is_empty()
        && !tail[tail.len() - 1].possessive
        && tail.iter().all(|t| t.namey() && !has(&STOP_WORDS, t.lower) && !has(&TITLES, t.lower));
    if !name_tail || run[..p].iter().any(|t| has(&TITLES, t.lower) && !has(&ORG_HEADS, t.lower)) {
        return None;
    }
    if has(&ORG_HEADS, head) || head == "house" {
        Some(EntityKind::Organization)
    } else if has(&PLACE_HEADS, head) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// A lone word that can only be a name: capitalised, lowercase after its first letter, and no
/// keyword head, title, demonym or stop word ("Pentagon", not "Institute", "Speaker", "Saudis").
fn is_bare_name(t: &Tok<'_>) -> bool {
    t.text.len() > 2
        && !t.possessive
        && !t.sentence_start
        && t.text.chars().skip(1).all(|c| c.is_lowercase())
        && ![&ORG_HEADS, &PLACE_HEADS, &OTHER_HEADS, &TITLES, &DEMONYMS, &STOP_WORDS]
            .iter()
            .any(|set| has(set, t.lower))
}

/// A unit's number: "444", "13th", "8th" (not a year or a count with a comma).
fn is_unit_number(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &w[digits..];
    (1..=4).contains(&digits)
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && !(digits == 4 && suffix.is_empty() && (w.starts_with("19") || w.starts_with("20")))
}

/// A model designation: "F-16", "MQ-9", "Su-24", "Shahed-136" (plural "F-16s" allowed), not "COVID-19".
fn is_model_name(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    let Some((prefix, number)) = w.split_once('-') else { return false };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &number[digits..];
    (1..=7).contains(&prefix.len())
        && prefix.bytes().all(|b| b.is_ascii_alphabetic())
        && prefix.as_bytes()[0].is_ascii_uppercase()
        && (prefix.len() <= 2 || !prefix.bytes().all(|b| b.is_ascii_uppercase()))
        && (1..=4).contains(&digits)
        && (rest.is_empty() || (rest.len() == 1 && rest.as_bytes()[0].is_ascii_uppercase()))
}

/// "(ACR)" right after a name: 2–8 capitals, maybe a plural "s".
fn paren_acronym(after: &str) -> Option<String> {
    let inner = after.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let acr = &inner[..close];
    let caps = acr.trim_end_matches('s');
    ((2..=8).contains(&caps.len())
        && caps.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '&')
        && caps.chars().filter(char::is_ascii_uppercase).count() >= 2)
        .then(|| acr.to_string())
}

/// Schwartz–Hearst: the shortest suffix of `run` whose word initials spell the acronym.
fn acronym_match(acr: &str, run: &[Tok<'_>]) -> Option<usize> {
    let letters: Vec<char> = acr.chars().filter(char::is_ascii_uppercase).map(|c| c.to_ascii_lowercase()).collect();
    for k in (0..run.len()).rev() {
        let initials: Vec<char> = run[k..]
            .iter()
            .flat_map(|t| {
                // (No other character lowercases to an ASCII "a", "e" or "l".)
                t.text
                    .split('-')
                    .filter(|p| !p.is_empty() && !p.eq_ignore_ascii_case("al") && !p.eq_ignore_ascii_case("el"))
                    .filter_map(|p| p.chars().next())
            })
            .filter(|c| c.is_uppercase())
            .map(|c| c.to_lowercase().next().unwrap_or(c))
            .collect();
        if initials == letters {
            return Some(k);
        }
        // Allow skipped function words and partial letters: every acronym letter starts a word, in order.
        if run.len() - k > letters.len() + 2 {
            break;
        }
    }
    // Looser: acronym letters appear in order as word starts of the run's tail (all the letters
    // of an acronym inside it: "UN Support Mission in Libya" for UNSMIL).
    let words: Vec<&str> = run.iter().map(|t| t.lower).collect();
    for k in (0..run.len()).rev() {
        let mut li = 0;
        for (w, t) in words[k..].iter().zip(&run[k..]) {
            let caps = t.text.len() > 1 && t.text.bytes().all(|b| b.is_ascii_uppercase());
            for part in w.split('-') {
                if li < letters.len() && part.starts_with(letters[li]) {
                    li += 1;
                    for c in part.chars().skip(1).take_while(|_| caps) {
                        if li < letters.len() && c == letters[li] {
                            li += 1;
                        } else {
                            break;
                        }
                    }
                }
            }
        }
        if li == letters.len() && words[k].starts_with(letters[0]) && run.len() - k <= letters.len() + 1 {
            return Some(k);
        }
    }
    None
}

/// Lowercase patterns at token `i`: "Iran-backed militias", "Kadhimi's house", "Iraq's security forces".
/// The first token of the name that ends at token `last`: going back over capitalised words
/// joined by single spaces, within the sentence, stopping at a possessive, a stop word and
/// (unless `demonyms` may be part of it) a demonym.
fn name_start(text: &str, toks: &[Tok<'_>], last: usize, demonyms: bool) -> usize {
    let mut k = last;
    while k > 0
        && toks[k - 1].namey()
        && !toks[k - 1].possessive
        && &text[toks[k - 1].end..toks[k].start] == " "
        && !toks[k].sentence_start
        && !has(&STOP_WORDS, toks[k - 1].lower)
        && (demonyms || !has(&DEMONYMS, toks[k - 1].lower))
    {
        k -= 1;
    }
    k
}

fn lowercase_patterns<'a>(block: &'a Block, toks: &[Tok<'_>], i: usize, out: &mut Vec<Cand<'a>>) {
    let text = block.text.as_str();
    let t = &toks[i];
    let push = |start: usize, end: usize, kind: EntityKind, out: &mut Vec<Cand<'a>>| {
        out.push(Cand {
            block: block.id,
            start,
            end,
            text: &text[start..end],
            kind: Some(kind),
            strength: Strength::Name,
            acronym: None,
            alias: None,
            titled: false,
            locative: false,
        });
    };
    // X-backed militias
    if has_hyphen(t.text)
        && is_lower_compound(t.text)
        && t.text.split_once('-').is_some_and(|(_, b)| {
            matches!(b, "backed" | "supported" | "aligned" | "affiliated" | "linked" | "allied" | "sponsored" | "led")
        })
    {
        if let Some(n) = toks.get(i + 1).filter(|n| {
            // "Iran-aligned factions", "Iran-backed groups" describe, they do not name.
            ((has(&GROUP_NOUNS, n.lower) && !matches!(n.lower, "factions" | "groups"))
                || matches!(n.lower, "coalition" | "alliance"))
                && &text[t.end..n.start] == " "
        }) {
            push(t.start, n.end, EntityKind::Organization, out);
        }
    }
    // A facility of a named place: "the port of Beirut", "the airport of Aden".
    if has(&LOWER_PLACE_HEADS, t.lower) && !has(&AREA_HEADS, t.lower) {
        if let (Some(of), Some(n)) = (toks.get(i + 1), toks.get(i + 2)) {
            if of.lower == "of"
                && n.namey()
                && !n.sentence_start
                && !has(&STOP_WORDS, n.lower)
                && &text[t.end..of.start] == " "
                && &text[of.end..n.start] == " "
            {
                // The whole name: "the port of Umm Qasr".
                let mut last = i + 2;
                while let Some(m) = toks
                    .get(last + 1)
                    .filter(|m| m.namey() && !has(&STOP_WORDS, m.lower) && &text[toks[last].end..m.start] == " ")
                {
                    last += 1;
                    if last == i + 4 || m.possessive {
                        break;
                    }
                }
                push(t.start, toks[last].end, EntityKind::Place, out);
            }
        }
    }
    // A numbered unit: "the 444 Brigade", "its 13th Brigade"; and "Unit 900".
    if t.text.as_bytes()[0].is_ascii_digit() && is_unit_number(t.text) {
        if let Some(n) =
            toks.get(i + 1).filter(|n| n.namey() && has(&UNIT_HEADS, n.lower) && &text[t.end..n.start] == " ")
        {
            push(t.start, n.end, EntityKind::Organization, out);
        } else if let Some(p) = i
            .checked_sub(1)
            .map(|k| &toks[k])
            .filter(|p| p.namey() && has(&UNIT_HEADS, p.lower) && &text[p.end..t.start] == " ")
        {
            push(p.start, t.end, EntityKind::Organization, out);
        }
        return;
    }
    // Possessive person + residence: handled from the preceding capitalised token.
    if i > 0 {
        let p = &toks[i - 1];
        // A name, a lowercase modifier and a place head: "the Conoco gas field", "the Nassib border crossing".
        if !p.namey() && i > 1 && has(&LOWER_PLACE_HEADS, t.lower) && has(&FACILITY_MODIFIERS, p.lower) {
            let n = &toks[i - 2];
            if n.namey()
                && !n.possessive
                && !n.sentence_start
                && &text[n.end..p.start] == " "
                && &text[p.end..t.start] == " "
                && !has(&STOP_WORDS, n.lower)
                && !has(&DEMONYMS, n.lower)
            {
                // Walk back over the rest of the name ("Ain al-Asad air base").
                let k = name_start(text, toks, i - 2, false);
                push(toks[k].start, t.end, EntityKind::Place, out);
            }
        }
        // Every pattern below needs a capitalised word before (the named owners are capitalised
        // too) or a calibre ("107mm"): most words follow a lowercase word and stop here.
        if !p.namey() && !p.lower.ends_with("mm") {
            return;
        }
        if p.possessive
            && p.namey()
            && has(&RESIDENCES, t.lower)
            && text[p.end..t.start].trim_start_matches(['’', '\'', 's']).trim() == ""
            && places::lookup(p.text).is_none()
            // "the STC's headquarters": an organisation's seat is where it sits, not a place of its own.
            && !p.text.bytes().all(|b| b.is_ascii_uppercase())
        {
            // Walk back over the owner's full name ("Omar Haddad's house").
            let k = name_start(text, toks, i - 1, true);
            push(toks[k].start, t.end, EntityKind::Place, out);
        }
        let adjacent = &text[p.end..t.start] == " ";
        // "the Assad regime": a ruler's name and "regime" name the regime (not "the Iranian regime").
        if adjacent
            && t.lower == "regime"
            && p.namey()
            && !p.sentence_start
            && !has(&DEMONYMS, p.lower)
            && !p.lower.ends_with("ist")
            && !has(&STOP_WORDS, p.lower)
            && !has(&ORG_WORDS, p.lower)
            && places::lookup(p.text).is_none()
        {
            push(p.start, t.end, EntityKind::Organization, out);
        }
        // Named weapons: "Katyusha rockets", "107mm rockets".
        let calibre = p.lower.ends_with("mm") && p.lower.trim_end_matches("mm").chars().all(|c| c.is_ascii_digit());
        // The cheap tests on the previous word before the word lists (most words follow a lowercase word).
        if adjacent
            && (p.namey() || calibre)
            && has(&WEAPON_NOUNS, t.lower)
            && ((p.namey()
                && !has(&DEMONYMS, p.lower)
                // "IRGC drones", "Houthi drones": an armed group's weapons, not a weapon's name.
                && !p.text.bytes().all(|b| b.is_ascii_uppercase())
                && !has(&ORG_WORDS, p.lower)
                && !has(&STOP_WORDS, p.lower)
                && places::lookup(p.text).is_none())
                || calibre)
        {
            push(p.start, t.end, EntityKind::Other, out);
        }
        // A name with a lowercase place head: "Qarchak prison", "the Amil district", "Erbil airport".
        if adjacent
            && p.namey()
            && !p.possessive
            && !p.sentence_start
            && has(&LOWER_PLACE_HEADS, t.lower)
            && !has(&STOP_WORDS, p.lower)
            && !has(&DEMONYMS, p.lower)
        {
            let k = name_start(text, toks, i - 1, false);
            push(toks[k].start, t.end, EntityKind::Place, out);
        }
        // Country, city, demonym or "U.S." + institution: "Iraq's security forces", "Basra police".
        let owner_named = matches!(p.text, "U.S." | "US" | "UN" | "U.N.");
        // A place of two words owns it too: "the Kurdistan Region's interior ministry".
        let owner_start = || {
            (i > 1 && toks[i - 2].namey() && !toks[i - 2].possessive && &text[toks[i - 2].end..p.start] == " ")
                .then(|| toks[i - 2].start)
                .filter(|&s| places::lookup(&text[s..p.end]).is_some())
        };
        let mut start = p.start;
        let mut owner = || {
            owner_named
                || (p.namey() && (has(&DEMONYMS, p.lower) || places::lookup(p.text).is_some()))
                || owner_start().inspect(|&s| start = s).is_some()
        };
        if (adjacent || p.possessive) && (owner_named || p.namey()) && has(&INSTITUTION_HEADS, t.lower) && owner() {
            for inst in INSTITUTIONS {
                let n = inst.split(' ').count();
                if i + n <= toks.len() {
                    // (Word by word: a word's lowercase form holds no space.)
                    let phrase = inst.split(' ').zip(&toks[i..i + n]).all(|(w, x)| w == x.lower);
                    if phrase && toks[i + n - 1].end <= text.len() {
                        push(start, toks[i + n - 1].end, EntityKind::Organization, out);
                        break;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(text: &str) -> Vec<(String, EntityKind, Vec<String>, Option<String>)> {
        let blocks = vec![Block { id: 0, kind: BlockKind::Paragraph, text: text.to_string(), spans: vec![] }];
        extract(&blocks, &Meta::default()).into_iter().map(|e| (e.name, e.kind, e.aliases, e.acronym)).collect()
    }

    #[test]
    fn a_place_that_names_a_body_stays_the_place() {
        let e =
            ents("The Jenin Battalion grew. On March 3, soldiers entered Jenin. Kabul Bank failed, and Kabul paid.");
        assert!(has_entity(&e, "Jenin", EntityKind::Place), "{e:?}");
        assert!(has_entity(&e, "Jenin Battalion", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Kabul", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn a_leading_place_word_makes_a_place_and_a_country_is_no_surname() {
        let e = ents("Gunmen stormed a hotel near Villa Lumumba in the capital. The army of Kenya and the militias of Kenya fought on.");
        assert!(e.iter().any(|x| x.0 == "Villa Lumumba" && x.1 == EntityKind::Place), "{e:?}");
        let e = ents("Officials met Ahmed Kenya in Nairobi. Later Kenya said the talks failed.");
        assert!(e.iter().any(|x| x.0 == "Kenya" && x.1 == EntityKind::Place), "{e:?}");
        assert!(e.iter().any(|x| x.0 == "Ahmed Kenya" && !x.2.contains(&"Kenya".to_string())), "{e:?}");
    }

    #[test]
    fn a_town_is_no_spelling_variant_of_a_surname_made_from_it() {
        let e = ents("The ministry named Col. Yusuf Mabrouk al-Ghadamsi as head of security in Ghadames. The council of Ghadames welcomed him.");
        assert!(e.iter().any(|x| x.0 == "Ghadames" && x.1 == EntityKind::Place), "{e:?}");
        assert!(e.iter().any(|x| x.0 == "Yusuf Mabrouk al-Ghadamsi" && x.2.is_empty()), "{e:?}");
    }

    #[test]
    fn acronyms_and_aliases() {
        let e = ents("Fighters of Asaib Ahl al-Haq (AAH) met Gen. Karim Saleh in Basra. Later AAH said Saleh left. Hossein Moanes (Abu Ali al-Askari) spoke.");
        assert!(e
            .iter()
            .any(|x| x.0 == "Asaib Ahl al-Haq" && x.1 == EntityKind::Organization && x.3.as_deref() == Some("AAH")));
        assert!(e.iter().any(|x| x.0 == "Karim Saleh" && x.2.contains(&"Saleh".to_string())));
        assert!(e.iter().any(|x| x.0 == "Hossein Moanes" && x.2.contains(&"Abu Ali al-Askari".to_string())));
    }

    #[test]
    fn countries_in_full_and_standalone_abbreviations() {
        let e = ents("Saudi Arabia and the U.S. asked the UN to act, and Bahrain.³ agreed.");
        for (name, kind) in [
            ("Saudi Arabia", EntityKind::Place),
            ("U.S.", EntityKind::Place),
            ("UN", EntityKind::Organization),
            ("Bahrain", EntityKind::Place),
        ] {
            assert!(e.iter().any(|x| x.0 == name && x.1 == kind), "{name}: {e:?}");
        }
    }

    #[test]
    fn collective_and_residence() {
        let e = ents("Iran-backed militias struck Omar Haddad’s house. The militias then left Omar Haddad alone, and Iraq’s security forces arrived.");
        assert!(e.iter().any(|x| x.0 == "Iran-backed militias" && x.2.contains(&"militias".to_string())));
        assert!(e.iter().any(|x| x.0 == "Omar Haddad’s house" && x.1 == EntityKind::Place));
        assert!(e.iter().any(|x| x.0 == "Iraq’s security forces" && x.1 == EntityKind::Organization));
    }

    #[test]
    fn ascii_case_matches_agree_with_find_in_the_lowercase_copy() {
        let reference = |text: &str, word: &str| {
            let lower = text.to_ascii_lowercase();
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(rel) = lower[from..].find(word) {
                out.push(from + rel);
                from += rel + word.len();
            }
            out
        };
        for (text, word) in [
            ("The militias left; MILITIAS and Militias’ trucks", "militias"),
            ("aaaa", "aa"),
            ("", "x"),
            ("xX-x x", "x"),
            ("“Militias” — é militias", "militias"),
            ("mil militia militias", "militias"),
        ] {
            assert_eq!(ascii_case_matches(text, word), reference(text, word), "{text:?} {word:?}");
        }
    }

    #[test]
    fn named_owners_are_namey() {
        // `lowercase_patterns` stops at a word after a lowercase word, named owners included.
        assert!(["U.S.", "US", "UN", "U.N."].iter().all(|w| is_namey(w)));
    }

    #[test]
    fn strip_possessives_matches_trim_end_matches() {
        for s in ["", "'s", "’s", "Iraq’s", "Iraq's", "Iraq’s's", "Iraq's’s", "Iraq’s’s's's", "s", "Kadhimi"]
        {
            assert_eq!(strip_possessives(s), s.trim_end_matches("’s").trim_end_matches("'s"), "{s:?}");
        }
    }

    #[test]
    fn name_key_matches_the_split_and_join_form() {
        let reference = |s: &str| {
            let s = s.replace('’', "'").to_lowercase();
            let s = s.strip_prefix("the ").unwrap_or(&s);
            s.split([' ', '-'])
                .filter(|w| !w.is_empty() && !matches!(*w, "al" | "el" | "ad" | "as" | "an" | "ash"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            "-",
            " ",
            "the ",
            "The Tigris River",
            "THE X",
            "Mustafa al-Kadhimi",
            "Kadhimi’s",
            "  a--b  al ash-x ",
            "İstanbul",
            "Abu Ali al-Askari",
            "Ḩamāh - el Mina",
            "the the",
            "al",
            "Asaib Ahl al-Haq",
            "The Al-Qaeda AN-Nasr ASH x",
            "THE",
            "the-x",
            "Tthe x",
        ] {
            assert_eq!(name_key(s), reference(s), "{s:?}");
        }
    }

    fn has_entity(e: &[(String, EntityKind, Vec<String>, Option<String>)], name: &str, kind: EntityKind) -> bool {
        e.iter().any(|x| x.0 == name && x.1 == kind)
    }

    #[test]
    fn a_defined_name_spelled_through_lowercase_joints_and_possessives() {
        let e = ents("The Association of Banks in Lebanon (ABL) closed. Crowds met outside the Banque du Liban (BDL). The Tigray People's Liberation Front (TPLF) refused. The Autonomous Administration of North and East Syria (AANES) ruled. A rebuke came from the Ministry of Migration and Displacement (MoMD). Raids hit al-Qaeda in the Arabian Peninsula (AQAP).");
        for (name, acr) in [
            ("Association of Banks in Lebanon", "ABL"),
            ("Banque du Liban", "BDL"),
            ("Tigray People's Liberation Front", "TPLF"),
            ("Autonomous Administration of North and East Syria", "AANES"),
            ("Ministry of Migration and Displacement", "MoMD"),
            ("al-Qaeda in the Arabian Peninsula", "AQAP"),
        ] {
            assert!(
                e.iter().any(|x| x.0 == name && x.1 == EntityKind::Organization && x.3.as_deref() == Some(acr)),
                "{name}: {e:?}"
            );
        }
        assert!(
            !e.iter().any(|x| matches!(
                x.0.as_str(),
                "Association of Banks" | "Banque" | "Liberation Front" | "East Syria" | "Arabian Peninsula"
            )),
            "{e:?}"
        );
        // A joint the acronym does not spell through is no part of the name.
        let e = ents("Gunmen of the Islamic State in Raqqa (IS) fled.");
        assert!(!e.iter().any(|x| x.0.contains(" in ")), "{e:?}");
    }

    #[test]
    fn a_plural_of_members_in_the_possessive_begins_a_name() {
        let e = ents("Ankara is hunting the Kurdistan Workers' Party in Sinjar. The spokesman of the Depositors' Outcry Association spoke. The Houthis' Supreme Political Council met.");
        assert!(has_entity(&e, "Kurdistan Workers' Party", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Depositors' Outcry Association", EntityKind::Organization), "{e:?}");
        assert!(!e.iter().any(|x| x.0.starts_with("Houthis'")), "{e:?}");
    }

    #[test]
    fn a_feast_is_no_name() {
        let e = ents("The report is expected before the Eid al-Fitr holiday, and since Eid al-Adha the city has had no power. Salem Eid Abu Mandil was shot.");
        assert!(!e.iter().any(|x| x.0.starts_with("Eid")), "{e:?}");
        assert!(has_entity(&e, "Salem Eid Abu Mandil", EntityKind::Person), "{e:?}");
    }

    #[test]
    fn a_rulers_regime_and_an_organisations_seat() {
        let e = ents("Bashar al-Assad fled. After the fall of the Assad regime in December, Syria changed. The Iranian regime did not, nor did the Zionist regime. Protesters held a sit-in outside the STC's headquarters, then marched to Omar Haddad's house.");
        assert!(has_entity(&e, "Assad regime", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Bashar al-Assad", EntityKind::Person), "{e:?}");
        assert!(
            !e.iter().any(|x| x.0.ends_with(" regime") && x.0 != "Assad regime" || x.0.contains("headquarters")),
            "{e:?}"
        );
        assert!(has_entity(&e, "Omar Haddad's house", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn general_before_a_noun_of_the_state_is_an_agency() {
        let e = ents("Three days later, General Security officers raided the town. Syria's General Security said so. General Petraeus spoke.");
        assert!(has_entity(&e, "General Security", EntityKind::Organization), "{e:?}");
        assert!(!e.iter().any(|x| x.0 == "Security"), "{e:?}");
        assert!(has_entity(&e, "Petraeus", EntityKind::Person), "{e:?}");
    }

    #[test]
    fn institutions_named_through_lowercase_joints() {
        let e = ents("On March 2, the Supreme Committee for the Investigation of Kuwaiti Nationality met. The European Union and the Organization for Security and Co-operation in Europe (OSCE) paid. Officers of the Houthi Security and Intelligence Service came, and the Islamic Resistance in Iraq claimed it. They raided the Office of the UN Special Envoy for Yemen in Sanaa, and the Syrian Observatory for Human Rights counted the dead.");
        for name in [
            "Supreme Committee for the Investigation of Kuwaiti Nationality",
            "Organization for Security and Co-operation in Europe",
            "Houthi Security and Intelligence Service",
            "Islamic Resistance in Iraq",
            "Office of the UN Special Envoy for Yemen",
            "Syrian Observatory for Human Rights",
        ] {
            assert!(has_entity(&e, name, EntityKind::Organization), "{name}: {e:?}");
        }
        assert!(e.iter().any(|x| x.3.as_deref() == Some("OSCE")), "{e:?}");
        assert!(has_entity(&e, "European Union", EntityKind::Organization), "{e:?}");
        for part in ["Supreme Committee", "Human Rights", "Intelligence Service", "Organization for Security"] {
            assert!(!e.iter().any(|x| x.0 == part), "{part}: {e:?}");
        }
        // "and" does not join two bodies, nor a place to one; "of the" does not swallow the body a unit belongs to.
        let e = ents("On May 4, Iran and Hezbollah met. The 30th Brigade of the Popular Mobilization Forces left.");
        assert!(!e.iter().any(|x| x.0.contains(" and ")), "{e:?}");
        assert!(has_entity(&e, "Popular Mobilization Forces", EntityKind::Organization), "{e:?}");
    }

    #[test]
    fn international_committee_of_the_red_cross_is_defined_through_of_the() {
        let e = ents("A swap was observed by the International Committee of the Red Cross (ICRC) on May 4.");
        assert!(
            e.iter().any(|x| x.0 == "International Committee of the Red Cross" && x.3.as_deref() == Some("ICRC")),
            "{e:?}"
        );
    }

    #[test]
    fn a_collective_possessive_stays_inside_a_name() {
        let e = ents(
            "In 2018 the factions took the district from the Kurdish People's Protection Units (YPG) after a siege.",
        );
        assert!(has_entity(&e, "Kurdish People's Protection Units", EntityKind::Organization), "{e:?}");
        assert!(!e.iter().any(|x| x.0 == "Protection Units"), "{e:?}");
    }

    #[test]
    fn a_rank_is_a_title_and_a_sheikh_where_a_place_goes_is_a_town() {
        let e = ents("On May 4, Corporal Fadi Nassif and Commodore Aung Thura Htet spoke. A car exploded as it passed through Sheikh Hadid, and gunmen seized Sheikh Nawwaf al-Dandal.");
        assert!(has_entity(&e, "Fadi Nassif", EntityKind::Person), "{e:?}");
        assert!(has_entity(&e, "Aung Thura Htet", EntityKind::Person), "{e:?}");
        assert!(has_entity(&e, "Sheikh Hadid", EntityKind::Place), "{e:?}");
        assert!(has_entity(&e, "Nawwaf al-Dandal", EntityKind::Person), "{e:?}");
    }

    #[test]
    fn brotherhood_and_navy_head_a_body_and_an_island_of_is_a_place() {
        let e = ents(
            "The government banned the Muslim Brotherhood, and the IRGC Navy seized a tanker off the island of Qeshm.",
        );
        assert!(has_entity(&e, "Muslim Brotherhood", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "IRGC Navy", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Qeshm", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn institutions_named_without_an_owner() {
        let e = ents("On March 2, federal police detained two men. Counterterrorism forces arrested a third, and the government did not charge him. Police in Diyala said the parliament would meet. A rocket hit the coalition base.");
        for name in ["federal police", "Counterterrorism forces", "coalition"] {
            assert!(has_entity(&e, name, EntityKind::Organization), "{name}: {e:?}");
        }
        // A bare "the government" or "parliament" is too generic to index, and "police in Diyala" names no body.
        assert!(!e.iter().any(|x| matches!(x.0.as_str(), "government" | "parliament" | "Police in Diyala")), "{e:?}");
        // "Diyala" is a place of its own.
        assert!(has_entity(&e, "Diyala", EntityKind::Place), "{e:?}");
        // An owner makes it another entity ("Iraq's security forces"), and "a coalition of" is a common noun.
        let e = ents("Iraq’s security forces left. A coalition of parties won, and a government was formed.");
        assert!(has_entity(&e, "Iraq’s security forces", EntityKind::Organization), "{e:?}");
        assert!(!e.iter().any(|x| matches!(x.0.as_str(), "security forces" | "coalition" | "government")), "{e:?}");
    }

    #[test]
    fn the_interior_ministry_is_named_but_an_owner_only_describing_is_not() {
        let e = ents("On March 4, the interior ministry replaced the governor. The Iraqi government and U.S. troops said nothing, and Syrian intelligence and Basra police stayed away; the Iraqi army moved.");
        assert!(has_entity(&e, "interior ministry", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Iraqi army", EntityKind::Organization), "{e:?}");
        for name in ["Iraqi government", "U.S. troops", "Syrian intelligence", "Basra police"] {
            assert!(!e.iter().any(|x| x.0 == name), "{name}: {e:?}");
        }
        // An owner still makes its own ministry.
        let e = ents("Iraq's interior ministry said so.");
        assert!(has_entity(&e, "Iraq's interior ministry", EntityKind::Organization), "{e:?}");
    }

    #[test]
    fn lowercase_heads_of_mosques_lakes_and_intakes() {
        let e = ents("Worshippers left the Kalouti mosque in Rabieh. Families drove to the Maydanki lake. Farmers fought at the Golovnoy water intake.");
        for name in ["Kalouti mosque", "Maydanki lake", "Golovnoy water intake"] {
            assert!(has_entity(&e, name, EntityKind::Place), "{name}: {e:?}");
        }
    }

    #[test]
    fn heads_before_of_name_the_whole() {
        let e = ents("Crowds surrounded the Palace of Justice while the Court of Cassation and the House of Representatives met near the Gulf of Oman, said the Washington Institute for Near East Policy.");
        for (name, kind) in [
            ("Palace of Justice", EntityKind::Place),
            ("Court of Cassation", EntityKind::Organization),
            ("House of Representatives", EntityKind::Organization),
            ("Gulf of Oman", EntityKind::Place),
            ("Washington Institute for Near East Policy", EntityKind::Organization),
        ] {
            assert!(has_entity(&e, name, kind), "{name}: {e:?}");
        }
        // The name goes on past a possessive owner: split as before.
        let e = ents("Later the Ground Force of Iran's Revolutionary Guard fired.");
        assert!(!e.iter().any(|x| x.0 == "Ground Force of Iran"), "{e:?}");
    }

    #[test]
    fn lone_keyword_after_and_heads_only_itself() {
        let e = ents("She is a fellow specializing in Yemen and Gulf security.");
        assert!(!e.iter().any(|x| x.0 == "Yemen and Gulf"), "{e:?}");
        assert!(has_entity(&e, "Yemen", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn a_name_with_bin_and_its_abu_family_name() {
        let e = ents(
            "On 29 May, Colonel Idris bin Yusuf Abu Zeid was shot dead near the bridge. Abu Zeid had led the defence.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1), ("Idris bin Yusuf Abu Zeid", EntityKind::Person));
        assert_eq!(e[0].2, vec!["Abu Zeid".to_string()]);
    }

    #[test]
    fn a_heading_names_only_what_the_text_names() {
        let blocks = vec![
            Block {
                id: 0,
                kind: BlockKind::Heading,
                text: "A Raid Planned for Minimal Friction".to_string(),
                spans: vec![],
            },
            Block {
                id: 1,
                kind: BlockKind::Paragraph,
                text: "The raid went ahead at dawn.".to_string(),
                spans: vec![],
            },
        ];
        assert!(extract(&blocks, &Meta::default()).is_empty());
    }

    #[test]
    fn titles_in_place_names_and_headings() {
        let e = ents("He was abducted on the road to Sheikh Miskin by gunmen.");
        assert!(has_entity(&e, "Sheikh Miskin", EntityKind::Place), "{e:?}");
        let blocks =
            vec![Block { id: 0, kind: BlockKind::Heading, text: "The Speaker Question".to_string(), spans: vec![] }];
        assert!(extract(&blocks, &Meta::default()).is_empty());
    }

    #[test]
    fn facilities_units_and_models() {
        let e = ents("Rockets hit the Conoco gas field and the port of Beirut. The 444 Brigade and Hezbollah’s Unit 900 moved, and Iraqi F-16s struck cells in the Yarmouk basin.");
        for (name, kind) in [
            ("Conoco gas field", EntityKind::Place),
            ("port of Beirut", EntityKind::Place),
            ("444 Brigade", EntityKind::Organization),
            ("Unit 900", EntityKind::Organization),
            ("F-16", EntityKind::Other),
            ("Yarmouk basin", EntityKind::Place),
        ] {
            assert!(has_entity(&e, name, kind), "{name}: {e:?}");
        }
        assert!(is_model_name("MQ-9") && is_model_name("Shahed-136") && !is_model_name("COVID-19"));
        assert!(is_unit_number("13th") && !is_unit_number("2021") && !is_unit_number("1,000"));
    }

    #[test]
    fn armed_groups_weapons_are_not_weapon_names() {
        let e = ents("Later IRGC drones and Houthi drones hit the camps, and Katyusha rockets fell.");
        assert!(!e.iter().any(|x| x.0 == "IRGC drones" || x.0 == "Houthi drones"), "{e:?}");
        assert!(has_entity(&e, "Katyusha rockets", EntityKind::Other), "{e:?}");
    }

    #[test]
    fn the_next_word_classifies_an_unknown_name() {
        let e = ents("Later Amal supporters and Basij militiamen gathered, a Telegram channel said, and al-Masirah television agreed.");
        for (name, kind) in [
            ("Amal", EntityKind::Organization),
            ("Basij", EntityKind::Organization),
            ("Telegram", EntityKind::Other),
            ("al-Masirah", EntityKind::Other),
        ] {
            assert!(has_entity(&e, name, kind), "{name}: {e:?}");
        }
    }

    #[test]
    fn a_name_written_as_a_location_is_a_place() {
        let e = ents("Later an air strike destroyed a house in Aita al-Shaab and shelled the village of Deir Mimas.");
        assert!(has_entity(&e, "Aita al-Shaab", EntityKind::Place), "{e:?}");
        assert!(has_entity(&e, "Deir Mimas", EntityKind::Place), "{e:?}");
        let e = ents("Later the vote in Mustafa al-Kadhimi's cabinet failed, and Prime Minister Hadi Kamal spoke in Hadi Kamal Street.");
        assert!(has_entity(&e, "Mustafa al-Kadhimi", EntityKind::Person), "a possessive: {e:?}");
        let e = ents("Houthis Seize Aid Workers in Sanaa Raids");
        assert!(!e.iter().any(|x| x.0 == "Sanaa Raids" && x.1 == EntityKind::Place), "a headline: {e:?}");
    }

    #[test]
    fn a_lone_name_after_the_and_extended_locatives() {
        let e = ents("Three fighters died. The Pentagon said the rockets came from south of the Euphrates, from cells in the Badia, in Iranshahr and Chabahar, off Jask and on a flight to Misrata.");
        assert!(has_entity(&e, "Pentagon", EntityKind::Organization), "{e:?}");
        for name in ["Euphrates", "Badia", "Chabahar", "Jask", "Misrata"] {
            assert!(has_entity(&e, name, EntityKind::Place), "{name}: {e:?}");
        }
        // A direction's "of": "the road east of Shaabiya".
        let e = ents("Two trucks burned. A drone struck them on the road east of Shaabiya.");
        assert!(has_entity(&e, "Shaabiya", EntityKind::Place), "{e:?}");
        // Before a noun it modifies the noun.
        let e = ents("Later the Trump administration and the Marshall Islands flag changed nothing.");
        assert!(!e.iter().any(|x| x.0 == "Trump" || x.0 == "Marshall"), "{e:?}");
        // A surname two people share is not an organisation after "the".
        let e = ents("Later Elias Matar died and Rita Matar spoke. Officials said the Matar case is a test.");
        assert!(!e.iter().any(|x| x.0 == "Matar"), "{e:?}");
        // Keyword heads and demonyms after "the" are not names; nor is a heading's word.
        let e = ents("She is a fellow at the Institute, and the Libyan capital is calm.");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn emphasised_title_case_is_a_name() {
        let text = "A claim that the Militia Monitor project supports, and the tanker Nordic Amber did *not* sail.";
        let span = |s: &str| {
            let start = text.find(s).unwrap_or(0);
            crate::model::Span { start, end: start + s.len(), kind: crate::model::SpanKind::Em, href: None }
        };
        let blocks = vec![Block {
            id: 0,
            kind: BlockKind::Paragraph,
            text: text.to_string(),
            spans: vec![span("Militia Monitor"), span("Nordic Amber"), span("not")],
        }];
        let e: Vec<_> = extract(&blocks, &Meta::default()).into_iter().map(|e| (e.name, e.kind)).collect();
        assert!(e.contains(&("Militia Monitor".to_string(), EntityKind::Other)), "{e:?}");
        assert!(e.iter().any(|x| x.0 == "Nordic Amber"), "{e:?}");
        assert!(!e.iter().any(|x| x.0 == "not"), "{e:?}");
    }

    #[test]
    fn acronym_spelled_through_in_and_direction_regions() {
        let e = ents("On 30 August, the UN Support Mission in Libya (UNSMIL) spoke. Later UNSMIL left, and North Africa watched.");
        assert!(e.iter().any(|x| x.0 == "UN Support Mission in Libya" && x.3.as_deref() == Some("UNSMIL")), "{e:?}");
        assert!(has_entity(&e, "North Africa", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn owners_of_two_words_and_more_institutions() {
        let e = ents("The Kurdistan Region’s interior ministry said that Syrian partner forces and Russian military police withdrew.");
        for name in ["Kurdistan Region’s interior ministry", "Syrian partner forces", "Russian military police"] {
            assert!(has_entity(&e, name, EntityKind::Organization), "{name}: {e:?}");
        }
    }

    #[test]
    fn an_owner_place_is_not_its_councils_stem() {
        let e = ents("A candidate for the Anbar council was hit. The Anbar vote went on, and Anbar stayed calm.");
        assert!(has_entity(&e, "Anbar council", EntityKind::Organization), "{e:?}");
        assert!(has_entity(&e, "Anbar", EntityKind::Place), "{e:?}");
    }

    #[test]
    fn not_names() {
        let e = ents("In Old English, the word is old. Rule of law matters. Fast forward to June 2020. Unknown to most Iraqis, nothing.");
        assert!(e.is_empty(), "{e:?}");
    }
}
