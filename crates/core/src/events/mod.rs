//! Events (SPEC §1 step 5): sentences and clauses that report something that happened, with date, place, actors and targets.
//!
//! Each sentence is split into clauses; a clause holds a trigger (a past-tense verb, an
//! infinitive after a narrative verb, "did" + base form, or a dated event noun) unless a
//! negation, modal or generic cue in the same clause cancels it. Dated nouns with a
//! definite determiner ("the November 7 drone attack") are references: they merge into
//! the event they name. Events of one family, compatible dates and a shared participant
//! (or adjacent sentences) merge, keeping every evidence range.

pub mod lexicon;
mod narrated;

use crate::dates::{tag_lowered, PartialDate, Relative, Resolved, Resolver, TimeValue, Unit};
use crate::entities::MentionIndex;
use crate::model::{Block, BlockKind, Entity, EntityKind, Event, EventKind, Evidence, Meta, Place, Precision};
use crate::places::{
    locative_place_in, owner_capital, place_in, post_place_in, ranked_place_in, specificity, unlocated,
    unlocated_place_in, Geography,
};
use crate::scan;
use lexicon::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Phrases that make a statement a threat.
const THREAT_PHRASES: &[&str] = &[
    "act of war",
    "red line",
    "will go wherever",
    "will be able to stand in the way",
    "will not be forgotten",
    "within range",
    "will pay",
    "would pay",
    "legitimate target",
    "legitimate targets",
    "will be targeted",
    "would be targeted",
    "will face",
    "would face",
    "meet the fate",
    "would be treated as",
    "or be treated as",
    "will be treated as",
    "would be burned",
    "will be burned",
    "would be shot",
    "will be shot",
    "at their own risk",
    "at your own risk",
    "at his own risk",
    "at its own risk",
    "future targets",
    "your turn",
    // A quoted vow of violence.
    "will fight until",
    "we will strike",
    "we will attack",
    "will not go unanswered",
    "will regret",
    "until the last",
    "if they value",
    "if you value",
    "opened a door",
    "will answer for",
    "is a target",
    "are a target",
    "are targets",
    "pay a price",
    "pay a heavy price",
    "will burn",
    "will empty",
    "will not come back",
    "not sleep safely",
    "not sleep soundly",
    "time to regret",
    "will not sleep",
    "counting the nights",
    "count the nights",
    "days are numbered",
    "get used to the chair",
    "will do it again",
    "debts are collected",
    "will be answered",
    "would be answered",
    "will be met with",
    "not remain a spectator",
    "stand idly by",
    "would be met with",
    "without mercy",
    "not pass safely",
    "to answer for",
    "will be cut off",
    "will be hunted",
    "bear the consequences",
    "on his own feet",
    "treated the way",
    "no safe place",
    "held to account",
    "dealt with as",
    "will learn otherwise",
    "longer reach",
    "know the way to",
    "no roof to hide",
    "what is waiting for",
    "wherever it hides",
    "wherever they hide",
    "chosen their side",
    // Harm promised in the usual idioms.
    "make them pay",
    "make him pay",
    "make the occupier pay",
    "make the enemy pay",
    "receive a lesson",
    "teach them a lesson",
    "teach him a lesson",
    "be taught a lesson",
    "finish it for them",
    "we will go in",
    "will go in and",
    "act accordingly",
    "see how quickly",
    "not know from which",
    "regret-inducing",
    // Intimidation told without a threatening verb.
    "be buried beside",
    "be buried next to",
    "know where he lives",
    "we know where their",
    "we know where you",
    "we know where that",
    "we know where they",
    "know the way to",
    "know where she lives",
    "know where you live",
    "know which school",
    "know where they live",
    "knows how to answer",
    "know how to answer",
    "bear what follows",
    "received the way",
    // Publishing where a person lives.
    "home address",
    "home villages",
    "home village",
    "car registrations",
    "licence plates",
    "license plates",
    "number plates",
];

/// Words that tell a new step of a sequence rather than more about the same event.
const SEQUENCE_WORDS: &[&str] =
    &["then", "later", "afterwards", "afterward", "next", "subsequently", "meanwhile", "also", "another", "again"];

/// Does `text` mark a next step ("then", "later", "afterward", "another", …)?
fn tells_a_next_step(text: &str) -> bool {
    text.split(|c: char| !scan::is_alphanumeric(c)).any(|w| SEQUENCE_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Longer "sentences" are run-on text (a missing full stop, a table), not reports.
const MAX_SENTENCE_WORDS: usize = 300;

/// One trigger found in a sentence.
#[derive(Debug, Clone)]
struct Trigger {
    kind: EventKind,
    /// Byte offset of the trigger word in the block.
    at: usize,
    /// A definite noun phrase naming an event told elsewhere.
    reference: bool,
    /// The verb is passive ("was killed by"): actors follow "by".
    passive: bool,
    /// "X became premier": the subject is the one appointed.
    subject_is_target: bool,
    /// "more than 120 civilians were killed": a count of victims, a tally unless it has a day or month.
    counted: bool,
    /// A reference inside a time anchor ("after the October 18 attack", "Two days after Tamimi's
    /// appointment"): it dates another event and is never one of its own.
    anchored: bool,
    /// Read by [`narrated::narrated_act`]: where the time expression that makes the sentence a
    /// step of the story starts, which dates it.
    step_time: Option<usize>,
}

/// An event being built, before ids are given.
#[derive(Debug, Clone)]
struct Draft {
    kind: EventKind,
    date: Option<Resolved>,
    /// The date came from an offset ("some days earlier"): a distinct time, never merged.
    distinct: bool,
    place: Option<Place>,
    actors: Vec<String>,
    targets: Vec<String>,
    evidence: Vec<Evidence>,
    /// (block, sentence index) of the main evidence.
    origin: (usize, usize),
    /// Named only inside a time anchor: a mention of an earlier event, never a new one.
    anchored: bool,
}

struct Word<'a> {
    start: usize,
    end: usize,
    /// Lowercase, with curly apostrophes straightened.
    lower: Cow<'a, str>,
    /// What the lexicons say of the word ([`MAY_TRIGGER`], [`NEGATION`], [`MODAL`]).
    flags: u8,
}

/// [`Word::flags`]: the word could start a trigger (a verb, noun or other trigger word).
const MAY_TRIGGER: u8 = 1;
/// [`Word::flags`]: a negation ([`NEGATIONS`]).
const NEGATION: u8 = 2;
/// [`Word::flags`]: a modal ([`MODALS`]).
const MODAL: u8 = 4;
/// [`Word::flags`]: capitalised, and not the sentence's first word (a name, or part of one).
const CAPITALISED: u8 = 8;

/// The [`Word::flags`] of every word some lexicon knows, hashed once on first use: one look-up
/// per word instead of one per lexicon asked.
static WORD_FLAGS: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    // Every word that could start a trigger: the past, base and noun lists, launch and statement verbs.
    let triggers = PAST.keys().chain(BASE.keys()).chain(NOUNS.keys()).chain(LAUNCH_VERBS).chain(STATEMENT_VERBS);
    let flagged = triggers
        .chain(OTHER_TRIGGERS)
        .chain(INSTITUTIONAL_VERBS)
        .map(|&w| (w, MAY_TRIGGER))
        .chain(NEGATIONS.iter().map(|&w| (w, NEGATION)))
        .chain(MODALS.iter().map(|&w| (w, MODAL)));
    let mut map: FxHashMap<&'static str, u8> = FxHashMap::default();
    for (w, flag) in flagged {
        *map.entry(w).or_default() |= flag;
    }
    map
});

/// The keys of [`WORD_FLAGS`] as a quick test: most words are none, and are turned away without hashing.
static WORD_FLAG_FILTER: LazyLock<scan::WordFilter> =
    LazyLock::new(|| scan::WordFilter::new(WORD_FLAGS.keys().copied()));

/// [`WORD_FLAGS`] of a lowercase word (0 for a word no lexicon knows).
fn word_flags(lower: &str) -> u8 {
    if !WORD_FLAG_FILTER.may_contain(lower) {
        return 0;
    }
    WORD_FLAGS.get(lower).copied().unwrap_or(0)
}

impl Word<'_> {
    fn lower(&self) -> &str {
        &self.lower
    }
}

/// The words of `text[from..to]`, lowercase with straight apostrophes; `ascii_lower` is that
/// range with its ASCII letters lowercased (the same byte offsets), which gives an ASCII word its
/// lowercase form without a copy of its own.
fn words<'a>(text: &'a str, from: usize, to: usize, ascii_lower: &'a str) -> Vec<Word<'a>> {
    let s = &text[from..to];
    // About one word per five bytes of English: room for most sentences without growing (bounded, for run-on text).
    let mut out = Vec::with_capacity((s.len() / 4 + 1).min(1 << 10));
    out.extend(scan::runs(s, &scan::WORD).map(|(st, en)| {
        let w = &s[st..en];
        let lower = if w.is_ascii() {
            // No curly apostrophe to straighten.
            Cow::Borrowed(&ascii_lower[st..en])
        } else {
            Cow::Owned(w.to_lowercase().replace('’', "'"))
        };
        // "In May, police arrested …": the month, capitalised, is not the modal.
        let flags = word_flags(&lower) & if w == "May" { !MODAL } else { !0 };
        // A capital past the sentence's first word names something: "a policeman in Hit" is no verb.
        let flags = flags | if st > 0 && w.starts_with(|c: char| c.is_ascii_uppercase()) { CAPITALISED } else { 0 };
        Word { start: from + st, end: from + en, lower, flags }
    }));
    out
}

/// "a drone hit a hangar": "hit" as a past verb with an object, not a noun or a modal's infinitive.
fn active_hit<'a>(i: usize, prev: &dyn Fn(usize) -> &'a str, next: &dyn Fn(usize) -> &'a str) -> bool {
    const NOT_BEFORE: &[&str] = &["a", "the", "direct", "to", "will", "would", "could", "can", "may", "might"];
    const OBJECT_START: &[&str] = &[
        "a", "an", "the", "his", "her", "their", "its", "two", "three", "several", "nearly", "dozens", "more", "some",
    ];
    i > 0 && !NOT_BEFORE.contains(&prev(1)) && OBJECT_START.contains(&next(1))
}

/// Clause of every word (first and last word index), split at punctuation and contrastive conjunctions; linear.
fn clause_spans(text: &str, words: &[Word]) -> Vec<(usize, usize)> {
    let boundary = |a: &Word, b: &Word| {
        // The gap's bytes: ',', ';', ':', '(', ')', and '–' or '—' (E2 80 93 / E2 80 94; E2 only
        // ever leads a character).
        let gap = &text.as_bytes()[a.end..b.start];
        let breaks = |k: usize, c: u8| {
            matches!(c, b',' | b';' | b':' | b'(' | b')')
                // A dash between spaces; not one joining a compound ("Marshall Islands–flagged").
                || (c == 0xE2 && gap.len() > 3 && matches!(gap.get(k + 1..k + 3), Some([0x80, 0x93 | 0x94])))
        };
        // ("5,000 dinars": a thousands separator between digits is no break.)
        let thousands = gap == b","
            && a.lower.ends_with(|c: char| c.is_ascii_digit())
            && b.lower.len() == 3
            && b.lower.bytes().all(|c| c.is_ascii_digit());
        // ("fired mortars at Frontier Corps (FC) posts": an acronym defined in passing is no break.)
        let acronym = |w: &Word| {
            let core = &text[w.start..w.end];
            (2..=8).contains(&core.len())
                && core.bytes().any(|c| c.is_ascii_uppercase())
                && core.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-')
                && text[..w.start].ends_with('(')
                && text[w.end..].starts_with(')')
        };
        let in_passing = (gap == b" (" && acronym(b)) || (gap == b") " && acronym(a));
        (gap != b" " && !thousands && !in_passing && gap.iter().enumerate().any(|(k, &c)| breaks(k, c)))
            || matches!(b.lower(), "but" | "while" | "whereas" | "although" | "though" | "yet")
    };
    let mut out = Vec::with_capacity(words.len());
    let mut lo = 0;
    for i in 0..words.len() {
        if i + 1 == words.len() || boundary(&words[i], &words[i + 1]) {
            out.resize(i + 1, (lo, i));
            lo = i + 1;
        }
    }
    out
}

/// "told the clerk that Sfeir would be removed … if he summoned anyone else", "told the crowd that
/// if another meter was given away, the villagers will take the border into their own hands": a
/// consequence put to someone under a condition is a threat (a harmful one, when the condition
/// comes first: "said that if the talks succeed, elections will be held in May" is none).
fn conditional_consequence(sentence_lower: &str) -> bool {
    // (Every consequence below but an ultimatum's is told with "will", "would" or "we'll".)
    if ![" will ", " would ", " we'll "].iter().any(|m| sentence_lower.contains(m)) {
        return ultimatum(sentence_lower);
    }
    let consequence = [" would be ", " will be ", " would face ", " would pay "];
    if let Some(at) = consequence.iter().filter_map(|c| sentence_lower.find(c)).min() {
        let after = &sentence_lower[at..];
        if after.contains(" unless ") || after.contains(" if ") {
            return true;
        }
    }
    // "… had three days to arrest the preacher, failing which Zliten's young men would …".
    if let Some(at) = sentence_lower.find(" failing which ") {
        if [" will ", " would "].iter().any(|m| sentence_lower[at..].contains(m)) {
            return true;
        }
    }
    // "that the brigade had \"three days to leave our land or be treated as occupiers\"": an
    // ultimatum, a time given to do something.
    if ultimatum(sentence_lower) {
        return true;
    }
    // "that if the officer was not freed within forty-eight hours, his men would …": a deadline
    // with a consequence, whatever the consequence's words.
    if let Some(at) = sentence_lower.find(" if ") {
        let condition = &sentence_lower[at..];
        let deadline = condition.find(" within ").filter(|&k| condition[..k].contains(" not "));
        if deadline.is_some_and(|k| [" will ", " would "].iter().any(|m| condition[k..].contains(m))) {
            return true;
        }
    }
    // "told reporters that Lebanon had days to stop the launches, and that otherwise \"we will do
    // it for them\"": a harm promised on a condition left implicit.
    if let Some(at) = sentence_lower.find(" otherwise ") {
        if [" will ", " would ", " we'll "].iter().any(|m| sentence_lower[at..].contains(m)) {
            return true;
        }
    }
    // "told the elders that his men would \"close the roads\" unless every student was freed": a
    // harm promised on a condition.
    if let Some(at) = [" would ", " will "].iter().filter_map(|c| sentence_lower.find(c)).min() {
        let after = &sentence_lower[at..];
        if let Some(cond) = [" unless ", " if "].iter().filter_map(|c| after.find(c)).min() {
            if harmful(&after[..cond]) {
                return true;
            }
        }
    }
    // (Or the condition opens the quoted words: "told the crowd: \"If the state does not …, we will
    // …\"", which the words of the sentence read as "told the crowd if the state …".)
    let Some(cond) = [" if ", " unless "].iter().filter_map(|c| sentence_lower.find(c)).min() else {
        return false;
    };
    let then = &sentence_lower[cond..];
    [" will ", " would "].iter().filter_map(|m| then.find(m)).min().is_some_and(|k| harmful(&then[k..]))
}

/// Does the sentence tell of a time someone was given to act, after "that": "that the brigade had
/// three days to leave", "that the authorities have 48 hours to hand over the killers"?
fn ultimatum(sentence_lower: &str) -> bool {
    let Some(that) = sentence_lower.find(" that ") else {
        return false;
    };
    let words: Vec<&str> =
        sentence_lower[that..].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    words.windows(4).any(|w| {
        matches!(w[0], "had" | "has" | "have")
            && (matches!(w[1], "a" | "one" | "two" | "three" | "four" | "five" | "seven" | "ten" | "48" | "72" | "24")
                || w[1].parse::<u32>().is_ok())
            && matches!(w[2], "day" | "days" | "hours" | "week" | "weeks")
            && w[3] == "to"
    })
}

/// Does the sentence only say when the act just told happened: "That was on March 6; …", "It was
/// late on the 9th."?
fn told_after(sentence_lower: &str) -> bool {
    ["that was ", "it was ", "this was ", "that happened ", "this happened ", "all this was "].iter().any(|p| {
        sentence_lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start_matches("late ").trim_start_matches("early ");
            // (Not a cleft: "It was in 2018 that Soleimani came to the house".)
            ["on ", "in ", "at "].iter().any(|q| rest.starts_with(q))
                && ![" that ", " when ", " before ", " after "].iter().any(|c| rest.contains(c))
        })
    })
}

/// Is the trigger at `at` inside an "after" clause that follows the act at `act` in the same
/// stretch of the sentence: "freed on March 29 after a judge ruled …"? (Not "after midnight", a
/// time, nor past a ';', which opens another statement.)
fn background_after(text: &str, act: usize, at: usize) -> bool {
    let Some(between) = text.get(act..at).filter(|b| at > act && !b.contains(';')) else {
        return false;
    };
    let mut words = between.split(|c: char| !scan::is_alphanumeric(c) && c != '-').filter(|w| !w.is_empty());
    let Some(_) = words.by_ref().find(|w| w.eq_ignore_ascii_case("after")) else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    let time = rest.first().is_none_or(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "midnight" | "dark" | "dawn" | "noon" | "nightfall" | "sunset" | "that" | "which" | "this"
            )
            || crate::dates::calendar::month_number(w).is_some()
    });
    !time && rest.len() <= 16
}

/// Does the sentence, after `verb`, address a class of people with what will happen to them:
/// "whoever mistakes it for weakness will learn otherwise", "anyone who wears the SDF's uniform
/// will be treated as an occupier", "those who mock the martyrs will find no roof"?
fn menace_to_a_class(sentence_lower: &str, verb: &str) -> bool {
    let Some(rest) = sentence_lower.find(verb).map(|at| &sentence_lower[at + verb.len()..]) else {
        return false;
    };
    // "any family caught sheltering …", "any patrol that enters …", "every collaborator who …".
    // A quotation that opens the sentence may name the class before the verb: "\"Whoever fired,
    // whoever paid …,\" he told the mourners, \"will pay in the old way.\""
    let rest = if sentence_lower.starts_with(['"', '“']) { sentence_lower } else { rest };
    // (Every offset below is into this `rest`.)
    let any_noun_that = rest.match_indices("any ").chain(rest.match_indices("every ")).filter_map(|(k, m)| {
        // ("any weapon carried in the valley will be treated as an enemy weapon"; past one
        // adjective, "any armed group found on the streets".)
        let qualifier = |follow: &str| {
            matches!(follow, "that" | "who" | "caught" | "found" | "seen" | "which" | "carried")
                || (follow.len() > 5 && follow.ends_with("ing"))
        };
        // (Or past a place: "any civil servant in Sinjar who …".)
        let words: Vec<&str> = rest[k + m.len()..].split(' ').take(5).collect();
        let placed = words.get(2).is_some_and(|w| *w == "in") && words.get(4).is_some_and(|w| qualifier(w));
        (words.get(1).is_some_and(|w| qualifier(w)) || words.get(2).is_some_and(|w| qualifier(w)) || placed)
            .then_some(k)
    });
    // (The fate is told with "will", "would" or "shall": without them, no class need be looked for.)
    if ![" will ", " would ", " shall ", " should "].iter().any(|m| rest.contains(m)) {
        return false;
    }
    let fixed = ["whoever ", "anyone who", "anyone that", "those who", "any one who", "everyone who"]
        .iter()
        .filter_map(|class| rest.find(class));
    // "anyone in Safita who talks to journalists": the class past a place or a group.
    let anyone_in = rest.match_indices("anyone ").filter_map(|(k, m)| {
        let head = rest[k + m.len()..].split(' ').take(4).collect::<Vec<_>>();
        head.iter().skip(1).any(|w| *w == "who").then_some(k)
    });
    // "told state television that boats which \"run from the law\" would …".
    // (Past one adjective: "that foreign warships which “escort smugglers” … “will share the
    // smugglers’ fate.”")
    let that_noun_which = rest.match_indices("that ").filter_map(|(k, m)| {
        let words: Vec<&str> = rest[k + m.len()..].split(' ').take(3).collect();
        let class = |i: usize| {
            words.get(i).is_some_and(|n| n.ends_with('s'))
                && words.get(i + 1).is_some_and(|f| matches!(*f, "which" | "who" | "that"))
        };
        (class(0) || class(1)).then_some(k + m.len())
    });
    fixed.chain(anyone_in).chain(any_noun_that).chain(that_noun_which).any(|k| {
        let after = &rest[k..];
        // The fate comes within the clause that names the class.
        let end = after.find(['.', ';']).unwrap_or(after.len());
        let clause = &after[..end];
        // ("those who throw stones at our embassy should remember that …".)
        let fate = clause.contains(" will ")
            || clause.contains(" would ")
            || clause.contains(" shall ")
            || clause.contains(" should know")
            || clause.contains(" should remember");
        let harm = harmful(clause) || clause.contains(" should know");
        // … a harm: not "those who register early will receive their cards sooner".
        fate && harm
    })
}

/// "posted the names and photographs of fourteen activists under the caption …", "a photograph of
/// the gate of the house … with the caption …": people or their homes shown with a message.
fn captioned_list(sentence_lower: &str) -> bool {
    let shown = ["names", "photograph", "photographs", "photos", "pictures", "addresses"]
        .iter()
        .any(|w| sentence_lower.split(' ').any(|x| x == *w));
    shown && sentence_lower.contains("caption")
}

/// Does a clause about what will happen hold a harm, a refusal or retaliation ("will not leave it
/// on his own feet", "will be held to account", "will take the border into their own hands")?
fn harmful(clause: &str) -> bool {
    const HARMS: &[&str] = &[
        " not ",
        " no ",
        " never ",
        "otherwise",
        "treated",
        " treat ",
        " tried",
        // ("would \"reconsider every inspection\" if the Board passed another resolution".)
        "reconsider",
        "prosecut",
        "death",
        "execut",
        "held to",
        "pay",
        "regret",
        "answer",
        "punish",
        "dealt",
        "face",
        "consequence",
        "sleep",
        "leave it",
        "die",
        "kill",
        "burn",
        "blood",
        "account",
        "fate",
        "target",
        "standing in the road",
        "own hands",
        "close the road",
        "block the road",
        "protect itself",
        "protect themselves",
        "retaliat",
        "respond",
        "learn",
        "lose",
        "see who",
        "find that",
        "stand in the way",
        "ourselves",
        "stay closed",
        "not be forgotten",
        "remember",
        "remind",
        "any cost",
        "stopped",
        "crushed",
        "hunted",
        "reach him",
        "reach them",
        "discover",
        // Being driven out, or fetched: "would be moved out of the province", "would \"go and fetch him\"".
        "moved out",
        "expelled",
        "evicted",
        "fetch",
        "bring him",
        "bring them",
        // "would be \"the next one\"", "would cost him his life".
        "next one",
        "by force",
        "disarm",
        "grave",
        "cost him",
        "cost them",
        "their lives",
        "buried",
        // ("every house that sheltered them will be visited": a class's fate only.)
        "be visited",
        // ("would \"close the river road to every SDF vehicle\" if …", "will leave Mali the same
        // week", "would be struck off the payroll".)
        " close the",
        "will leave",
        "would leave",
        "struck off",
        // The speaker's weapons: "will pump under our drones", "will find Lebanon's drones waiting".
        "drones",
        "missiles",
        "rockets",
    ];
    HARMS.iter().any(|h| clause.contains(h))
}

/// Does the sentence go on, after `verb`, with a condition ("… if U.S. strikes continued")?
fn conditional_after(sentence_lower: &str, verb: &str) -> bool {
    sentence_lower.find(verb).is_some_and(|at| {
        let after = &sentence_lower[at..];
        after.contains(" if ") || after.contains(" unless ")
    })
}

/// Verbs of statement: a trigger when the sentence carries a threat phrase.
const STATEMENT_VERBS: &[&str] = &[
    "addressed",
    "declared",
    "said",
    "saying",
    "stated",
    "announced",
    "told",
    "posted",
    "wrote",
    "added",
    "published",
    "tweeted",
    "replied",
    "answered",
    "promised",
    "promising",
    "adding",
    "tells",
    "says",
    "circulated",
    "telling",
];

/// Does word `k` (k > 0) follow "and" or a comma (a gap wider than one space holds punctuation):
/// a participle or verb coordinated with the act before it ("…, detaining thirty-one men")?
fn after_and_or_comma(ws: &[Word], k: usize) -> bool {
    ws[k - 1].lower() == "and" || ws[k].start > ws[k - 1].end + 1
}

/// Are the state's men (police, troops, agents …) among `words`: the subject of a taking told
/// there, an arrest rather than an abduction?
fn state_men_in(words: &[Word]) -> bool {
    words.iter().any(|b| STATE_MEN.contains(&b.lower()))
}

/// [`state_men_in`] the `reach` words before word `i`.
fn state_men_before(ws: &[Word], i: usize, reach: usize) -> bool {
    state_men_in(&ws[i.saturating_sub(reach)..i])
}

/// Words that say the people taken were casualties ("the bodies were taken away"), not captives.
const CASUALTIES: &[&str] = &["body", "bodies", "corpse", "wounded", "injured"];

/// People held captive, as the object of a transfer ("flew 140 prisoners home").
const CAPTIVES: &[&str] = &["prisoners", "detainees", "captives", "hostages"];

/// What a brawl is fought with ("fought with fists, sticks and belts").
const MELEE: &[&str] = &["fists", "sticks", "clubs", "knives", "stones", "rocks", "batons", "belts", "chairs", "bats"];

/// The state's men as the subject of a taking: an arrest, not an abduction.
const STATE_MEN: &[&str] =
    &["troops", "police", "soldiers", "officers", "agents", "forces", "policemen", "intelligence", "guards", "patrol"];

/// Words that start a trigger besides the verb, noun and statement lists.
const OTHER_TRIGGERS: &[&str] = &[
    "met",
    "appointing",
    "say",
    "declare",
    "flew",
    "carried",
    "carrying",
    "ferried",
    "ferrying",
    "flying",
    "confirmed",
    "held",
    "staged",
    "surrendered",
    "downed",
    "stopped",
    "halted",
    "arresting",
    "detaining",
    "abducting",
    "releasing",
    "freeing",
    "ready",
    "willing",
    "prepared",
    "proposal",
    "punched",
    "towed",
    "stood",
    "faced",
    "refused",
    "declared",
    "stayed",
    "came",
    "gave",
    "fired",
    "hanged",
    "shut",
    "closed",
    "handed",
    "walked",
    "took",
    "taking",
    "handcuffed",
    "handcuffs",
    "parked",
    "suspended",
    "rammed",
    "returned",
    "kept",
    "marched",
    "charged",
    "tore",
    "cleared",
    "left",
    "revoked",
    "stripped",
    "provided",
    "led",
    "took",
    "taken",
    "hit",
    "landed",
    "fell",
    "impacted",
    "slammed",
    "exploded",
    "taken",
    "warning",
    "threatening",
    "vowing",
    "took",
    "assumed",
    "sworn",
    "found",
    "set",
    "shot",
    "gunned",
    "became",
    "become",
    "red",
    "sent",
    "opened",
    "began",
    "mounted",
    "started",
    "promised",
    "pledged",
    "exchange",
    "executed",
    "designated",
    "redesignated",
    "drove",
    "rolled",
    "pushed",
    "thrown",
    "named",
    "place",
    "attempt",
    "went",
    "tore",
    "led",
    "dragged",
    "bundled",
    "forced",
    "handed",
    "back",
    "installed",
    "faced",
    "squared",
    "let",
    "pulled",
    "destroyed",
    "flattened",
    "levelled",
    "leveled",
    "damaged",
    "marched",
    "beaten",
    "ruled",
    "boycotted",
    "replaced",
    "collect",
    "died",
    "presented",
    "chair",
    "head",
    "emptied",
    "given",
    "gave",
    "closing",
    "shut",
    "deported",
    "banned",
    "answered",
    "responded",
    "retaliated",
    "storming",
    "pelted",
    "loaded",
    "fined",
    "taped",
    "pinned",
    "nailed",
    "giving",
    "ordered",
    "stayed",
    "raked",
    "sprayed",
    "moved",
    "naming",
    "held",
    "locked",
    "strike",
    "turned",
    "take",
    "giving",
    "brought",
    "used",
    "trained",
    "pointed",
    "aimed",
    "smashed",
    "impounded",
    "lobbed",
    "hurled",
    "tossed",
    "driven",
    "ordered",
    "reappeared",
    "seizing",
    "exchanged",
    "swapped",
    "picked",
    "rounded",
    "dispersed",
    "exchanged",
    "traded",
    "gutted",
    "wrecked",
    "shattered",
    "came",
    "blew",
    "snatched",
    "hauled",
    "walked",
    "hanged",
    "trained",
    "put",
    "dismissed",
    "sacked",
    "removed",
    "relieved",
    "transferred",
    "tapped",
    "return",
    "fought",
    "caught",
    "rounded",
    "swept",
    "picked",
    "waded",
    "broke",
    "turned",
    "granted",
    "left",
];

/// What is released when it is not a person: media and documents.
const MEDIA: &[&str] = &[
    "photographs",
    "pictures",
    "video",
    "videos",
    "statement",
    "statements",
    "report",
    "footage",
    "recording",
    "recordings",
    "images",
    "photos",
    "figures",
    "data",
    "details",
    "list",
    "audio",
    "communique",
    "communiqué",
    "documents",
    "funds",
    "assets",
    "budget",
];

/// What is seized when it is not a person or a ship: goods.
const GOODS: &[&str] = &[
    "pills",
    "tablets",
    "drugs",
    "weapons",
    "arms",
    "ammunition",
    "rifles",
    "tons",
    "tonnes",
    "kilograms",
    "kilos",
    "cash",
    "shipment",
    "shipments",
    "cargo",
    "contraband",
    "captagon",
    "hashish",
    "cocaine",
    "heroin",
    "fuel",
    "containers",
    "container",
];

/// Verbs of an institution's act, a trigger with one of [`INSTITUTIONAL_OBJECTS`] and a date.
const INSTITUTIONAL_VERBS: &[&str] = &[
    "brokered",
    "suspended",
    "issued",
    "signed",
    "imposed",
    "lifted",
    "dissolved",
    "announced",
    "agreed",
    "rejected",
    "upheld",
    "overturned",
    "annulled",
    "ratified",
    "approved",
    "passed",
    "certified",
    "summoned",
    "expelled",
    "expelling",
    "recalled",
    "closed",
    "reopened",
    "escorting",
    "opened",
    "postponed",
];

/// What an institution brokers, issues, suspends or signs.
const INSTITUTIONAL_OBJECTS: &[&str] = &[
    "decision",
    "license",
    "licence",
    "truce",
    "ceasefire",
    "cease-fire",
    "warrant",
    "warrants",
    "investigation",
    "inquiry",
    "agreement",
    "accord",
    "deal",
    "decree",
    "curfew",
    "ban",
    "sanctions",
    "parliament",
    "pact",
    "alliance",
    "coalition",
    "boycott",
    "appeal",
    "appeals",
    "ruling",
    "verdict",
    "results",
    "law",
    "amendment",
    "bill",
    "budget",
    "resolution",
    "motion",
    "ambassador",
    "envoy",
    "chargé",
    "consul",
    "attaché",
    "diplomats",
    "tankers",
    "convoys",
    "merchantmen",
    "crossing",
    "border",
    "embassy",
    "consulate",
    "road",
    "roads",
    "highway",
    "airspace",
    "complaint",
    "lawsuit",
    "case",
    "sentence",
    "sentences",
    "congress",
    "trial",
    "hearing",
];

/// [`GENERIC_CUES`] as a set of substrings, built once on first use.
static GENERIC_CUE_SET: LazyLock<scan::Substrings> = LazyLock::new(|| scan::Substrings::new(GENERIC_CUES));

/// [`THREAT_PHRASES`] as a set of substrings, built once on first use.
static THREAT_PHRASE_SET: LazyLock<scan::Substrings> = LazyLock::new(|| scan::Substrings::new(THREAT_PHRASES));

/// Does any of [`GENERIC_CUES`] occur in `hay` as a substring?
fn has_generic_cue(hay: &[u8]) -> bool {
    GENERIC_CUE_SET.any_in(hay) || GENERIC_CUES.iter().any(|c| hay.starts_with(c.trim_start().as_bytes()))
}

/// Find the triggers of one sentence.
fn triggers(
    text: &str,
    ws: &[Word],
    clauses: &[(usize, usize)],
    has_date_near: &dyn Fn(usize, usize) -> bool,
) -> Vec<Trigger> {
    // No word that could start a trigger: nothing below finds one.
    if !ws.iter().any(|w| w.flags & MAY_TRIGGER != 0) {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The words lowercase, joined by spaces: built when first needed (a statement verb, or a
    // trigger found), as many sentences have no trigger.
    let mut sentence_lower = String::new();
    let build_lower = |sentence_lower: &mut String| {
        if sentence_lower.is_empty() {
            sentence_lower.reserve(ws.iter().map(|w| w.lower.len() + 1).sum());
            for (k, x) in ws.iter().enumerate() {
                if k > 0 {
                    sentence_lower.push(' ');
                }
                sentence_lower.push_str(x.lower());
            }
        }
    };
    // "A summer of Turkish drone strikes has killed more civilians than cadres", "months of
    // raids": a tally over a period, no event of its own.
    let period_of_events = (0..ws.len().saturating_sub(2)).any(|k| {
        matches!(
            ws[k].lower(),
            "summer" | "winter" | "spring" | "autumn" | "year" | "decade" | "months" | "weeks" | "years"
        ) && ws[k + 1].lower() == "of"
            && ws[k + 2..ws.len().min(k + 7)].iter().any(|x| {
                matches!(
                    x.lower(),
                    "strikes" | "attacks" | "raids" | "killings" | "bombings" | "assassinations" | "kidnappings"
                )
            })
    });
    let killed_more = ws.windows(2).any(|w| {
        matches!(w[0].lower(), "killed" | "wounded" | "detained" | "arrested")
            && matches!(w[1].lower(), "more" | "fewer")
    }) && ws.iter().any(|x| x.lower() == "than");
    if period_of_events && killed_more {
        return Vec::new();
    }
    // "When I wrote in these pages after the 2022 attacks that …": the writer's own work.
    let own_writing = ws.windows(2).any(|p| {
        (matches!(p[0].lower(), "i" | "we") && matches!(p[1].lower(), "wrote" | "argued" | "noted" | "predicted"))
            || (p[0].lower() == "these" && p[1].lower() == "pages")
    }) || ws.windows(3).any(|p| {
        // "As this site argued in its coverage of the 2018 vote, …".
        p[0].lower() == "this"
            && matches!(
                p[1].lower(),
                "site" | "newsletter" | "blog" | "column" | "publication" | "magazine" | "journal"
            )
            && matches!(p[2].lower(), "argued" | "noted" | "wrote" | "warned" | "predicted" | "reported")
    });
    let own_writing = own_writing && !inside_quote(text.get(ws[0].start..ws[ws.len() - 1].end).unwrap_or(""));
    if own_writing {
        return Vec::new();
    }
    // "It was in this atmosphere that Zubaidi was gunned down.": an event told before, restated
    // with no date of its own, is a mention of it.
    // "It was the first reported exchange of fire on the border since the summit.": the event
    // just told, summed up.
    let undated = || !has_date_near(ws[0].start, ws[ws.len() - 1].end);
    let cleft = ws.len() > 3
        && matches!(ws[0].lower(), "it" | "this" | "that")
        && ws[1].lower() == "was"
        && (ws.iter().any(|x| x.lower() == "that")
            || (ws[2].lower() == "the"
                && matches!(
                    ws[3].lower(),
                    "first" | "second" | "third" | "latest" | "deadliest" | "worst" | "largest"
                )))
        && undated();
    // A recommendation ("should", "must", "ought") among the words read so far, and how far they were read.
    let (mut recommendation, mut read) = (false, 0);
    // "Most were released for ransom; four were found dead.": the fate of a group, undated.
    // "The town had been hit before.": an earlier time left vague, told to say it is not the first.
    let vague_past = ws.len() > 2
        && ws.iter().any(|w| w.lower() == "had")
        && match ws[ws.len() - 1].lower() {
            "before" | "previously" => true,
            "past" => ws[ws.len() - 2].lower() == "the" && ws.len() > 3 && ws[ws.len() - 3].lower() == "in",
            _ => false,
        }
        && undated();
    let group_fate = ws.len() > 2
        && matches!(ws[0].lower(), "most" | "many" | "all" | "few" | "none" | "some")
        && ws[1].lower() == "were"
        && undated();
    // The lowercase words of the clause before a trigger, reused from one trigger to the next.
    let mut before: Vec<&str> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let prev = |k: usize| if i >= k { ws[i - k].lower() } else { "" };
        let next = |k: usize| ws.get(i + k).map_or("", |x| x.lower());
        // Could this word start a trigger at all? (A cheap filter before the clause analysis.)
        if w.flags & MAY_TRIGGER == 0 {
            continue;
        }
        // (The words before it are read for a recommendation only now: most words start no trigger.)
        recommendation |= ws[read..i].iter().any(|x| matches!(x.lower(), "should" | "must" | "ought"));
        read = i;
        let (lo, hi) = clauses[i];
        // Only the last words of a long clause can cancel or qualify a trigger.
        let lo = lo.max(i.saturating_sub(24));
        let before_words = &ws[lo..i];
        before.clear();
        before.extend(before_words.iter().map(|x| x.lower()));
        // "Had the jets struck targets near Kabul, …": an inverted condition, in its first clause.
        // "Were a Hezbollah rocket to kill …", "Should the truce collapse, …" too.
        let inverted_condition = lo == 0
            && matches!(ws[0].lower(), "had" | "were" | "should")
            && ws.get(1).is_some_and(|x| matches!(x.lower(), "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we"));
        // ("It was not until January 14 that the police arrested …", "Not only did they shell …":
        // the act happened, later or as well.)
        // ("gunmen in two cars without license plates seized her": "without" before a noun phrase
        // describes the actors; "without detaining anyone", "without a strike", "without the men
        // being freed" negate.)
        // ("He was not released until the evening of 19 June": released then, at last.)
        let not_until = next(1) == "until" && has_date_near(w.end, ws[hi.max(i)].end);
        let negated = !not_until
            && before_words.iter().enumerate().rev().take(6).any(|(k, b)| {
                (b.flags & NEGATION != 0 || b.lower().ends_with("n't"))
                    && !(b.lower() == "not"
                        && before_words.get(k + 1).is_some_and(|x| matches!(x.lower(), "until" | "till" | "only")))
                    && !(b.lower() == "without"
                        && before_words.len() - k > 2
                        && !before_words[k + 1..].iter().any(|x| x.lower().ends_with("ing")))
            });
        // (Not "he was wanted for questioning", "a wanted man": a want of the police, not of the actor.)
        let modal = before_words.iter().enumerate().any(|(k, b)| {
            b.flags & MODAL != 0
                && !(b.lower() == "wanted"
                    && (k == 0 || matches!(before_words[k - 1].lower(), "was" | "were" | "is" | "are" | "been" | "a")))
        });
        // "It took until June 26 for the cabinet, meeting again at the Grand Serail, to name a new
        // army commander": the act, done at last on that day.
        let took_until = || {
            let back = &ws[i.saturating_sub(30)..i];
            back.windows(3).enumerate().any(|(k, p)| {
                p[0].lower() == "it"
                    && p[1].lower() == "took"
                    && back[k + 2..].iter().take(4).any(|b| b.lower() == "until")
                    && !back[k..].iter().any(|b| matches!(b.lower(), "would" | "will"))
            })
        };
        // "demanded that the detainees be freed": what someone asks for, not what happened.
        // ("stopped work to demand his release", "calling for the release of the detainees".)
        let demanded_release = w.lower() == "release"
            && before.iter().rev().take(4).any(|b| matches!(*b, "demand" | "demanded" | "demanding" | "for"))
            && !took_until();
        let demanded = demanded_release
            || prev(1) == "be"
                && before.iter().rev().take(8).any(|b| {
                    matches!(
                        *b,
                        "demanded" | "demanding" | "demand" | "demands" | "insisted" | "insisting" | "urged" | "asked"
                    )
                });
        // "offered …, provided that the terminal was reopened and the engineer released": the
        // terms of an offer, not what happened.
        let proviso = before.windows(2).any(|p| matches!(p[0], "provided" | "providing") && p[1] == "that");
        // "The Oil Police is due to take over the fields in the spring": a plan, not an act.
        let due =
            before.windows(3).any(|p| matches!(p[0], "is" | "are" | "was" | "were") && p[1] == "due" && p[2] == "to");
        let cancelled = inverted_condition || recommendation || negated || modal || due || demanded || proviso;
        // "announced on September 4 that … X would lead the council in his place": a succession
        // announced as decided, told in the future of the announcement.
        let announced_future = modal
            && before_words.iter().all(|b| b.flags & MODAL == 0 || matches!(b.lower(), "would" | "will"))
            && ws[..i].iter().any(|b| matches!(b.lower(), "announced" | "confirmed" | "decreed" | "decided"));
        // "snipers have killed more than four thousand civilians since 2015": a tally; the period
        // it counts from is no date of an act.
        let since_year = || {
            (0..=hi.max(i).min(ws.len() - 1)).find(|&k| {
                ws[k].lower() == "since"
                    && ws
                        .get(k + 1)
                        .is_some_and(|y| y.lower().len() == 4 && y.lower().bytes().all(|c| c.is_ascii_digit()))
            })
        };
        let aux_perfect = before.iter().rev().take(3).any(|b| matches!(*b, "has" | "have"))
            && match since_year() {
                None => !has_date_near(ws[0].start, ws[hi].end),
                Some(k) => {
                    !has_date_near(ws[0].start, ws[k].start)
                        && ws
                            .get(k + 2)
                            .is_none_or(|after| after.start > ws[hi].end || !has_date_near(after.start, ws[hi].end))
                }
            };
        // "were killed or wounded": the second participle shares the first one's auxiliary.
        let coordinated = matches!(prev(1), "or" | "and") && i >= 2 && ws[i - 2].flags & MAY_TRIGGER != 0;
        let passive = matches!(prev(1), "was" | "were" | "been" | "be" | "got")
            || (matches!(prev(2), "was" | "were" | "been") && prev(1).ends_with("ly"))
            || (coordinated && matches!(prev(3), "was" | "were" | "been"));
        let present_passive =
            matches!(prev(1), "is" | "are" | "am") || (matches!(prev(2), "is" | "are") && prev(1).ends_with("ly"));
        // "the second councillor to be killed since 2023", "was due to be released": a rank or a
        // plan, not a report.
        let infinitive_passive = prev(1) == "be" && prev(2) == "to";
        // "went on state television to say that …", "used his first speech to parliament to warn
        // that …": what someone went somewhere to say.
        let said_at_a_stage = || {
            matches!(w.lower(), "say" | "warn" | "declare")
                && prev(1) == "to"
                && before.iter().rev().skip(1).take(10).any(|b| NARRATIVE_LEADS.contains(b))
        };
        let mut found: Option<(EventKind, bool)> = None;
        if present_passive || infinitive_passive {
            // "detainees who are released within a day": habitual, not a report.
        } else if w.lower == "landed"
            && ws[i + 1..=hi].iter().take(6).any(|x| x.lower() == "on")
            && ws[i + 1..=hi].iter().take(8).any(|x| VESSELS.contains(&x.lower()))
        {
            // "landed by helicopter on the tanker": a boarding, that is a seizure.
            found = Some((EventKind::Kidnapping, false));
        } else if (w.lower == "hit" && w.flags & CAPITALISED == 0 && (passive || active_hit(i, &prev, &next)))
            || (matches!(w.lower(), "landed" | "fell" | "impacted" | "slammed" | "exploded")
                && before.iter().any(|b| WEAPONS.contains(b)))
            // "an Israeli air strike destroyed a house": a strike as the subject of the damage.
            || (matches!(w.lower(), "destroyed" | "flattened" | "levelled" | "leveled" | "damaged")
                && !passive
                && before.iter().rev().take(4).any(|b| WEAPONS.contains(b) || matches!(*b, "strike" | "strikes" | "airstrike" | "shelling")))
        {
            found = Some((EventKind::Attack, false));
        } else if (STATEMENT_VERBS.contains(&w.lower()) || said_at_a_stage()) && {
            build_lower(&mut sentence_lower);
            THREAT_PHRASE_SET.any_in(sentence_lower.as_bytes())
                || ((matches!(
                    w.lower(),
                    "told" | "tells" | "said" | "says" | "declared" | "added" | "addressed" | "replied" | "answered"
                ) || said_at_a_stage())
                    && conditional_consequence(&sentence_lower))
                || (matches!(w.lower(), "posted" | "published" | "circulated") && captioned_list(&sentence_lower))
                || menace_to_a_class(&sentence_lower, w.lower())
        } {
            found = Some((EventKind::Threat, false));
        } else if matches!(w.lower(), "promised" | "pledged" | "vowed") && {
            build_lower(&mut sentence_lower);
            conditional_after(&sentence_lower, w.lower())
                // "promised a \"harsh revenge\"", "pledged retaliation".
                || ws[i + 1..].iter().take(6).any(|x| {
                    matches!(x.lower(), "revenge" | "retaliation" | "vengeance" | "retribution" | "punishment")
                })
        } {
            // "promised 'a bigger response' if U.S. strikes continued": a conditional promise of harm.
            found = Some((EventKind::Threat, false));
        } else if w.lower == "taken"
            // (Not a place: "since the city was taken from the Islamic State".)
            && !(prev(1) == "was" && matches!(prev(2), "city" | "town" | "village" | "district" | "area" | "base" | "province" | "hill" | "airport" | "crossing"))
            // (Or coordinated after an earlier participle: "were stopped … and taken to".)
            && (passive || (prev(1) == "and" && ws[..i].iter().any(|b| matches!(b.lower(), "was" | "were"))))
            // "a fourth was taken alive and held".
            && (matches!(next(1), "from" | "hostage" | "captive" | "prisoner" | "alive")
                // "He had been taken on December 18, with his driver, at a roadblock": a person
                // taken on a day.
                || (matches!(next(1), "on" | "in")
                    && before.iter().rev().take(3).any(|b| matches!(*b, "he" | "she" | "they"))
                    && has_date_near(ws[i].start, ws[hi].end))
                // "were stopped at a tribal checkpoint … and taken to a village in the hills".
                || (next(1) == "to"
                    && ws[..i].iter().any(|b| matches!(b.lower(), "checkpoint" | "stopped"))
                    && ![next(2), next(3)].iter().any(|w| matches!(*w, "hospital" | "clinic" | "morgue"))))
        {
            // "was taken from his home … by men from the group's Security and Intelligence
            // Service": taken by the state's men, an arrest.
            let by_state = ws[i + 1..=hi.max(i)].iter().position(|x| x.lower() == "by").is_some_and(|b| {
                ws[i + 2 + b..=hi.max(i + 1 + b)]
                    .iter()
                    .take(8)
                    .any(|x| STATE_MEN.contains(&x.lower()) || x.lower() == "security")
            });
            found = Some((if by_state { EventKind::Arrest } else { EventKind::Kidnapping }, false));
        } else if matches!(w.lower(), "warning" | "threatening" | "vowing")
            // ("warning the tribes that …", "warning residents that …".)
            && (matches!(next(1), "that" | "of" | "to")
                // (A participle after "and" or a comma: not "fired warning shots that wounded two".)
                || (w.lower() == "warning"
                    && after_and_or_comma(ws, i)
                    && (next(2) == "that" || (next(3) == "that" && matches!(next(1), "the" | "his" | "its" | "their")))))
            // "was meant as a warning to every other elder": what another act was for.
            && !(prev(1) == "a" && prev(2) == "as")
        {
            found = Some((EventKind::Threat, false));
        } else if (matches!(w.lower(), "took" | "assumed") && next(1) == "office"
            || (w.lower == "sworn" && next(1) == "in")
            // "took the oath of office together with fourteen ministers".
            || (w.lower == "took" && next(1) == "the" && next(2) == "oath"))
            // (Not a career's milestone that dates something else: "since he took office",
            // "signed before he took office".)
            && !before.iter().rev().take(4).any(|b| matches!(*b, "since" | "before" | "until"))
        {
            found = Some((EventKind::Appointment, false));
        } else if w.lower == "found"
            && passive
            // ("the bodies of a retired major, X, and his nephew were found": past the apposition.)
            && (ws[i.saturating_sub(16)..i].iter().any(|b| matches!(b.lower(), "body" | "bodies" | "corpse" | "corpses"))
                // "two women were found stabbed to death in their tent".
                || matches!(next(1), "stabbed" | "strangled" | "murdered" | "beheaded" | "executed")
                || (next(1) == "shot" && next(2) == "dead"))
        {
            found = Some((EventKind::Assassination, false));
        } else if w.lower == "struck"
            && next(1) == "down"
            && ws[i + 2..=hi.max(i + 1)].iter().take(4).any(|x| INSTITUTIONAL_OBJECTS.contains(&x.lower()))
            && has_date_near(ws[0].start, ws[hi].end)
        {
            // "the court struck down the amendment": a ruling, dated like other institutional acts.
            found = Some((EventKind::Other, false));
        } else if let Some(k) = lookup(&PAST, &w.lower) {
            // A reduced relative ("people targeted by militias") is a description, not a report.
            // (But "a reward …, offered by the governor on February 23": a dated act of its own.)
            let dated_participle = next(1) == "by"
                && i > 0
                && text.get(ws[i - 1].end..w.start).is_some_and(|gap| gap.contains(','))
                && has_date_near(w.end, ws[(i + 8).min(hi.max(i))].end);
            let reduced = (next(1) == "by"
                && !passive
                && i > 0
                && !matches!(prev(1), "had" | "have" | "has")
                && !dated_participle)
                // "the families of protesters killed in 2019": which protesters, not a report
                // (but "the council of elders threatened the governor", with an object, is one).
                || (!passive
                    && prev(2) == "of"
                    && prev(1).len() > 3
                    && prev(1).ends_with('s')
                    && prev(1).chars().all(|c| c.is_ascii_lowercase())
                    // (Not a named body: "the speaker of the House of Representatives warned".)
                    && ws[i - 1].flags & CAPITALISED == 0
                    && !matches!(
                        next(1),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "him" | "them" | "two" | "three" | "several"
                    )
                    // ("the Council of Representatives elected Jumaili speaker": a named object.)
                    && ws.get(i + 1).is_none_or(|x| x.flags & CAPITALISED == 0));
            // "any governor elected without their consent", "any deputy who voted": a kind of
            // thing, not a report; "one of several aid workers seized that month": one of a
            // class, told elsewhere.
            // "Some were killed by Islamic State cells, some by clans": a tally shared out.
            let shared_out = prev(2) == "some"
                && matches!(prev(1), "were" | "was")
                && ws[i + 1..].iter().take(12).any(|x| x.lower() == "some");
            let generic = prev(2) == "any"
                || shared_out
                || prev(1) == "any"
                || (prev(1) == "who" && prev(3) == "any")
                || (!passive
                    && before[before.len().saturating_sub(5)..].windows(2).any(|p| p == ["one", "of"])
                    // (Not "gunmen from one of Suwayda's factions seized …", "one of its field
                    // commanders warned …": the actor's side, a member of it.)
                    && !before.windows(3).any(|p| p[0] == "from" && p[1] == "one" && p[2] == "of")
                    && !before.windows(3).any(|p| {
                        p[0] == "one" && p[1] == "of" && matches!(p[2], "its" | "his" | "her" | "their")
                    }));
            // "a video released the following week", "released a statement": media, not people,
            // released; "seized 3.5 tonnes of pills": a seizure of goods, an event of its own kind.
            let of_kind = |list: &[&str]| {
                matches!(k, EventKind::Release | EventKind::Kidnapping)
                    && (list.contains(&prev(1))
                        // "the video it released".
                        || (list.contains(&prev(2)) && matches!(prev(1), "it" | "they" | "he" | "she"))
                        || ws[i + 1..=hi].iter().take(5).any(|x| list.contains(&x.lower())))
            };
            // "chose not to answer", "picked to lead": a control verb, not a choice of someone.
            // "chose a different target": a choice of a thing, not of someone for a post.
            let control = matches!(&*w.lower, "chose" | "picked" | "selected")
                // ("The authorities chose force over talks": a course, not a person.)
                && (matches!(next(1), "not" | "to" | "up" | "force" | "violence" | "war" | "silence" | "dialogue" | "confrontation" | "escalation")
                    || (matches!(next(1), "a" | "an" | "the" | "its" | "their" | "another")
                        && !(2..=5).any(|k| {
                            ROLES.contains(&next(k))
                                || matches!(
                                    next(k),
                                    "successor"
                                        | "candidate"
                                        | "as"
                                        | "colonel"
                                        | "general"
                                        | "officer"
                                        | "judge"
                                        | "lawyer"
                                        | "cleric"
                                        | "sheikh"
                                        | "man"
                                        | "woman"
                                        | "loyalist"
                                        | "veteran"
                                        | "former"
                                        | "retired"
                                        | "ally"
                                )
                        })));
            // "the car was found burned out": what was found afterwards; "offered them a lift": a favour.
            let found_after = matches!(prev(1), "found" | "discovered");
            let favour = w.lower == "offered"
                && (1..=3).map(next).any(|x| matches!(x, "lift" | "ride" | "tea" | "condolences" | "shelter" | "food"));
            // "elders protested that the men had been chosen for their clan": a complaint told.
            let complaint = w.lower == "protested" && next(1) == "that";
            let things = control
                || complaint
                || found_after
                || favour
                || of_kind(MEDIA)
                // "struck a deal", "any deal was struck": an agreement, not a blow.
                || (w.lower == "struck"
                    && before.iter().rev().take(3).copied().chain((1..=3).map(next)).any(|x| {
                        matches!(
                            x,
                            "deal" | "deals" | "agreement" | "bargain" | "balance" | "tone" | "note" | "chord" | "compromise"
                        )
                    }));
            let k = if of_kind(GOODS) { EventKind::Other } else { k };
            let next_is_noun = next(1).chars().all(|c| c.is_lowercase() || c == '-')
                && !next(1).is_empty()
                && !matches!(
                    next(1),
                    "by" | "in"
                        | "at"
                        | "on"
                        | "from"
                        | "with"
                        | "to"
                        | "after"
                        | "before"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "him"
                        | "them"
                        | "it"
                        | "and"
                        | "or"
                        | "as"
                        | "for"
                        | "into"
                        | "out"
                        | "up"
                        | "down"
                        | "off"
                        | "over"
                        | "near"
                        | "outside"
                        | "inside"
                        | "during"
                        | "within"
                        | "only"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "several"
                        | "dozens"
                );
            // "the released suspects", "the two detained men": an attribute, not a report.
            let numeral = |x: &str| {
                matches!(x, "two" | "three" | "four" | "five" | "six" | "several" | "many") || x.parse::<u32>().is_ok()
            };
            let adjectival = i > 0
                && (matches!(prev(1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "newly" | "recently")
                    // "Sfax's elected bodies".
                    || ((prev(1).ends_with("'s") || prev(1).ends_with("’s")) && next_is_noun)
                    || (numeral(prev(1)) && matches!(prev(2), "the" | "his" | "her" | "their") && next_is_noun)
                    || (matches!(prev(1), "of" | "for" | "with" | "to") && next_is_noun));
            // "had been offered no ransom", "arrested no one": negated by its object.
            // "The parliament they elected has shown no interest": a contact relative clause.
            let none = matches!(next(1), "no" | "nobody")
                || (matches!(prev(1), "they" | "he" | "she" | "we")
                    && i >= 2
                    && ws[i - 2].lower().chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(prev(2), "and" | "but" | "then" | "that" | "when" | "after" | "before")
                    && matches!(next(1), "has" | "have" | "had" | "was" | "is" | "were" | "are"));
            if !reduced && !adjectival && !generic && !things && !none {
                found = Some((k, false));
            }
        } else if w.lower == "set" && next(1) == "free" {
            found = Some((EventKind::Release, false));
        } else if matches!(w.lower(), "shot" | "gunned") && matches!(next(1), "dead" | "down") {
            // "shot down two drones" is an attack on a craft; "gunned down" a killing.
            let craft = w.lower == "shot" && next(1) == "down";
            found = Some((if craft { EventKind::Attack } else { EventKind::Assassination }, false));
        } else if w.lower == "executed" && passive {
            found = Some((EventKind::Assassination, false));
        } else if w.lower == "exchange" && next(1) == "of" && matches!(next(2), "fire" | "gunfire") {
            found = Some((EventKind::Confrontation, false));
        } else if matches!(w.lower(), "designated" | "redesignated")
            && ws[i + 1..=hi].iter().take(10).any(|x| x.lower().starts_with("terror"))
            && has_date_near(ws[0].start, ws[hi].end)
        {
            found = Some((EventKind::Other, false));
        } else if matches!(w.lower(), "became" | "become")
            && (w.lower == "became" || prev(1) == "did")
            && ws[i + 1..].iter().take(3).any(|x| ROLES.contains(&x.lower()))
        {
            found = Some((EventKind::Appointment, false));
        } else if w.lower == "red" && next(1) == "line" && before.iter().any(|b| matches!(*b, "laid" | "drew" | "set"))
        {
            found = Some((EventKind::Threat, false));
        } else if let Some(k) = lookup(&BASE, &w.lower) {
            // "Not until September 9 did the police arrest anyone", "Only then did the militia
            // release them": "did" before its subject, after a fronted "until", "only" or "then".
            let inverted_did = (2..=5).find(|&k| prev(k) == "did").is_some_and(|k| {
                ws[i + 1 - k..i].iter().all(|x| x.flags & (MAY_TRIGGER | NEGATION) == 0)
                    && ws[lo..i + 1 - k].iter().any(|x| matches!(x.lower(), "until" | "till" | "only" | "then"))
            });
            let did = prev(1) == "did" || (prev(2) == "did" && prev(1).ends_with("ly")) || inverted_did;
            let infinitive = prev(1) == "to"
                && (before.iter().rev().skip(1).take(4).any(|b| NARRATIVE_LEADS.contains(b))
                    || prev(2) == "only"
                    || took_until());
            // ("would release them if …": a release offered, see below; otherwise cancelled.)
            let would_release = k == EventKind::Release && matches!(prev(1), "would" | "will");
            if (did || infinitive || would_release) && w.lower != "become" {
                found = Some((k, false));
            }
        }
        if found.is_none()
            && LAUNCH_VERBS.contains(&w.lower())
            && ws[i + 1..=hi].iter().take(5).any(|x| {
                // "an explosives-laden pickup", "a bomb-laden car"
                let weapon = x.lower().strip_suffix("-laden").unwrap_or(x.lower());
                WEAPONS.contains(&weapon)
            })
        {
            let gerund_ok = !w.lower.ends_with("ing") || prev(1) == "by" || prev(2) == "by";
            // "had thrown a hand grenade over the wall"; not "suspected of having thrown the
            // grenade", the one told before.
            let new_weapon =
                w.lower != "thrown" || matches!(next(1), "a" | "an") || crate::dates::number_word(next(1)).is_some();
            if gerund_ok && new_weapon {
                found = Some((EventKind::Attack, false));
            }
        }
        if found.is_none()
            && matches!(w.lower(), "fired" | "opened")
            && matches!(next(1), "on" | "at" | "upon" | "fire" | "into")
        {
            // "gunmen in both districts fired at each other": an exchange, a confrontation.
            let exchange = matches!(next(1), "on" | "at" | "upon")
                && matches!((next(2), next(3)), ("each", "other") | ("one", "another"));
            found = Some((if exchange { EventKind::Confrontation } else { EventKind::Attack }, false));
        }
        // "an explosive device was thrown at the entrance": an attack.
        if found.is_none()
            && matches!(w.lower(), "thrown" | "lobbed" | "hurled" | "tossed")
            && passive
            && before.iter().any(|b| WEAPONS.contains(b) || matches!(*b, "explosive" | "incendiary"))
        {
            found = Some((EventKind::Attack, false));
        }
        // "the army named Brigadier General X as governor": an appointment.
        if found.is_none()
            && w.lower == "named"
            && !passive
            && !matches!(
                next(1),
                "" | "after" | "for" | "by" | "in" | "on" | "a" | "an" | "it" | "them" | "him" | "her"
            )
            && ws[i + 1..].iter().take(14).position(|x| x.lower() == "as").is_some_and(|at| {
                // "as commander of …", "as the new governor": a role follows.
                ws[i + 2 + at..].iter().take(3).any(|x| ROLES.contains(&x.lower()))
            })
        {
            found = Some((EventKind::Appointment, false));
        }
        // "opened their long push on Marib", "launched an offensive": the start of an attack.
        if found.is_none()
            && matches!(w.lower(), "opened" | "launched" | "began" | "mounted" | "started")
            && ws[i + 1..=hi].iter().enumerate().take(4).any(|(k, x)| {
                OFFENSIVES.contains(&x.lower())
                    && (x.lower() != "push"
                        || ws
                            .get(i + 2 + k)
                            .is_some_and(|n| matches!(n.lower(), "on" | "against" | "into" | "toward" | "towards")))
            })
        {
            found = Some((EventKind::Attack, false));
        }
        // "KH pickup trucks drove into the Green Zone": armed force moved in on a place.
        if found.is_none()
            && matches!(w.lower(), "drove" | "rolled" | "pushed")
            && next(1) == "into"
            && before.iter().rev().take(4).any(|b| FORCE_NOUNS.contains(b))
        {
            found = Some((EventKind::Confrontation, false));
        }
        if found.is_none()
            && w.lower == "sent"
            && ws[i + 1..=hi].iter().take(4).any(|x| FORCE_NOUNS.contains(&x.lower()))
        {
            found = Some((EventKind::Confrontation, false));
        }
        // An institution's dated act: "brokered a truce", "issued arrest warrants", "suspended
        // the investigation", with a date told before the end of its clause.
        if found.is_none()
            && INSTITUTIONAL_VERBS.contains(&w.lower())
            && ws[i + 1..=hi].iter().take(4).any(|x| INSTITUTIONAL_OBJECTS.contains(&x.lower()))
            && has_date_near(ws[0].start, ws[hi].end)
        {
            found = Some((EventKind::Other, false));
        }
        // "arrest warrants" name a document, not an arrest.
        let warrant = next(1).starts_with("warrant");
        // "although they returned for the vote the next day": a concession names no event.
        let concessive = before.iter().any(|b| matches!(*b, "although" | "though"))
            // "A similar standoff in 2019 ended the same way": a comparison, told only as such.
            || matches!(prev(1), "similar" | "comparable")
            || (matches!(prev(2), "similar" | "comparable") && !matches!(prev(1), "the" | "a"));
        // "shots rang out from the upper floors of a building, killing two mourners": the harm told
        // in a participle after a clause whose verb names no attack the lexicons know.
        if found.is_none()
            && matches!(w.lower(), "killing" | "wounding" | "injuring")
            && i > 1
            && after_and_or_comma(ws, i)
            && !matches!(next(1), "of" | "and" | "or" | "")
            // (Nor the toll of an event the sentence names: "The fighting went on through the next
            // day, killing six people".)
            && !out.iter().any(|t: &Trigger| {
                matches!(t.kind, EventKind::Attack | EventKind::Assassination | EventKind::Confrontation)
            })
            && !ws[..i].windows(2).any(|p| {
                matches!(p[0].lower(), "the" | "this" | "that" | "its" | "their")
                    && matches!(p[1].lower(), "fighting" | "clashes" | "battle" | "violence" | "shelling" | "riots")
            })
        {
            let k = if w.lower() == "killing" { EventKind::Assassination } else { EventKind::Attack };
            found = Some((k, false));
        }
        if found.is_none() && !warrant && !concessive {
            if let Some(k) = lookup(&NOUNS, &w.lower) {
                let k = if labour_strike(ws, i, &before) { EventKind::Other } else { k };
                // "ordered the arrest of": a report, not a reference.
                let ordered = before.iter().rev().take(3).any(|b| {
                    matches!(
                        *b,
                        "ordered"
                            | "carried"
                            | "conducted"
                            | "launched"
                            | "staged"
                            | "held"
                            | "announced"
                            | "confirmed"
                            | "reported"
                            | "claimed"
                            | "repelled"
                            | "foiled"
                            | "thwarted"
                    )
                });
                let determiner = before.iter().rev().take(5).any(|b| {
                    matches!(*b, "the" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their")
                }) || before.iter().rev().take(4).any(|b| b.ends_with("'s"));
                // "went to the polls": a report despite the article.
                let went_to = before.iter().rev().take(3).any(|b| matches!(*b, "went" | "headed" | "returned"));
                // "found a threat", "issued an ultimatum", "received an offer": the thing delivered.
                let delivered = matches!(k, EventKind::Threat | EventKind::Offer)
                    && before.iter().rev().take(3).any(|b| {
                        matches!(*b, "found" | "received" | "issued" | "made" | "delivered" | "sent" | "conveyed")
                    });
                let existential = before.iter().any(|b| matches!(*b, "there"))
                    && before.iter().any(|b| matches!(*b, "was" | "were" | "been"));
                // "there have been at least nineteen attacks … since January": a tally.
                let tally = existential && before.iter().any(|b| matches!(*b, "have" | "has"));
                let dated = has_date_near(ws[lo].start, ws[hi].end);
                // "The offer was followed within hours by a strike at the power station": what
                // came next, told as the agent of "followed".
                let followed_by = matches!(prev(1), "a" | "an")
                    && prev(2) == "by"
                    && before.iter().rev().take(6).any(|b| *b == "followed");
                // "claimed the attack in a statement the next morning": the attack told again.
                // ("claimed the killing of two officers on 26 February" tells it.)
                let claimed_told =
                    prev(2) == "claimed" && matches!(prev(1), "the" | "this" | "that" | "its") && next(1) != "of";
                // "the clashes went on until dusk": a clash told as it lasted.
                let lasted = k == EventKind::Confrontation
                    && (matches!(next(1), "lasted" | "continued" | "raged") || (next(1) == "went" && next(2) == "on"));
                // "runoffs were held in twenty constituencies", "the vote returned a chamber": an
                // election told as it happened.
                let held = k == EventKind::Election
                    && ws[i + 1..].windows(2).take(6).any(|p| {
                        matches!((p[0].lower(), p[1].lower()), ("was" | "were", "held"))
                            || (matches!(p[1].lower(), "returned" | "produced")
                                && !text[p[0].end..p[1].start].contains(','))
                    })
                    && !undated();
                // "Bahrain, which holds parliamentary elections in November": an election to come,
                // or a custom.
                let holds = k == EventKind::Election
                    && before.iter().rev().take(3).any(|b| matches!(*b, "holds" | "hold" | "will"));
                // "the bureau called off the strike the same evening": an act cancelled.
                let called_off = before[before.len().saturating_sub(4)..]
                    .windows(2)
                    .any(|p| matches!(p[0], "called" | "call" | "calling") && p[1] == "off");
                if tally || holds || called_off {
                } else if held {
                    found = Some((k, false));
                } else if lasted {
                    // (Told again when the sentence has no time of its own.)
                    found = Some((k, undated()));
                } else if claimed_told {
                    found = Some((k, true));
                } else if ordered || went_to || delivered || followed_by {
                    found = Some((k, false));
                } else if determiner {
                    found = Some((k, true));
                } else if existential
                    || matches!(next(1), "broke" | "erupted")
                    || (dated
                        && before
                            .iter()
                            .any(|b| matches!(*b, "came" | "began" | "occurred" | "took" | "erupted" | "followed")))
                {
                    found = Some((k, false));
                } else if dated {
                    found = Some((k, true));
                }
            }
        }
        if found.is_none() {
            found = idiom_trigger(ws, i, hi, passive, &before);
        }
        // "would lead the council in his place": a succession.
        if found.is_none()
            && w.lower == "place"
            && matches!(prev(1), "his" | "her")
            && prev(2) == "in"
            && before.iter().any(|b| matches!(*b, "lead" | "head" | "command" | "run" | "replace" | "succeed"))
        {
            found = Some((EventKind::Appointment, false));
        }
        // "We warned … in Issue 54", "this author mapped …": the writers' own acts, outside quotes.
        let own_act = || {
            let own = matches!(prev(1), "we" | "i")
                || before[before.len().saturating_sub(4)..].windows(2).any(|p| {
                    matches!((p[0], p[1]), ("the", "author" | "authors" | "writer") | ("of", "us"))
                })
                // "An earlier PolicyWatch warned that …": the series' own earlier piece.
                || ws[..i].windows(2).any(|p| {
                    matches!(p[0].lower(), "earlier" | "previous" | "recent" | "last")
                        && matches!(p[1].lower(), "policywatch" | "policy" | "piece" | "brief" | "analysis" | "paper" | "essay")
                })
                // "When this author mapped the group's holdings, … the raid struck at that network".
                || ws[..i].windows(2).any(|p| p[0].lower() == "this" && matches!(p[1].lower(), "author" | "writer"));
            // (The quotes counted only for the writers' own act.)
            own && !inside_quote(text.get(ws[0].start..w.start).unwrap_or(""))
        };
        // "gunmen who had blocked the highway with a burning truck stopped a bus": what the actors
        // had done, told to say who they are.
        let who_had = i >= 2 && prev(1) == "had" && matches!(prev(2), "who" | "which");
        // (The writers' own act asked only of a trigger found: it only cancels one.)
        if group_fate || vague_past || who_had || (found.is_some() && own_act()) {
            found = None;
        }
        // "the governor whom the Houthis appointed to al-Bayda told …": who someone is, not an act.
        let describes_post = found.is_some_and(|(k, _)| k == EventKind::Appointment)
            && before.iter().rev().take(4).any(|b| *b == "whom");
        if describes_post {
            found = None;
        }
        if let Some((mut kind, reference)) = found {
            // "told the mediators that they would release the remaining sixty fighters if the
            // Houthis handed over …": a release offered on a condition.
            let offered_release = kind == EventKind::Release
                && modal
                && !negated
                && ws[..i].iter().any(|b| matches!(b.lower(), "told" | "said" | "offered" | "proposed" | "promised"))
                && {
                    build_lower(&mut sentence_lower);
                    conditional_after(&sentence_lower, w.lower())
                        || [" in return for ", " in exchange for ", " provided that "]
                            .iter()
                            .any(|c| sentence_lower.contains(c))
                };
            if offered_release {
                kind = EventKind::Offer;
            }
            // "The guards would free twenty of the sailors on 11 December": the story told ahead
            // of itself, an act on a day it names (not what anyone said, hoped or set as a term).
            // ("She would be sentenced on June 20", "who would be appointed head of it in July".)
            let would_be = before.len() >= 2 && before[before.len() - 1] == "be" && before[before.len() - 2] == "would";
            let told_ahead = modal
                && !negated
                && (before.last().is_some_and(|b| *b == "would") || would_be)
                && before
                    .iter()
                    .filter(|b| matches!(**b, "would" | "will" | "could" | "might" | "may" | "should"))
                    .count()
                    == 1
                && !ws[..i].iter().any(|b| {
                    matches!(
                        b.lower(),
                        "said"
                            | "says"
                            | "told"
                            | "that"
                            | "if"
                            | "unless"
                            | "promised"
                            | "pledged"
                            | "agreed"
                            | "warned"
                            | "threatened"
                            | "expected"
                            | "hoped"
                            | "planned"
                            | "offered"
                            | "insisted"
                            | "announced"
                            | "believed"
                            | "thought"
                            | "feared"
                            | "whether"
                    )
                })
                && ws[i + 1..=hi.max(i)].iter().any(|x| matches!(x.lower(), "on" | "in" | "after" | "later"))
                && has_date_near(w.end, ws[hi].end);
            // What the cancelling words leave standing.
            let stands = offered_release
                || told_ahead
                || (kind == EventKind::Appointment && announced_future && !negated)
                // An offer is the conditional itself: "would release him in return for …".
                || (kind == EventKind::Offer && matches!(&*w.lower, "return" | "exchange") && !negated);
            let cancelled = cancelled && !stands;
            if cancelled || (aux_perfect && !reference) {
                continue;
            }
            // "has been targeted at least fourteen times", "had been shot at twice": a count of
            // attacks, no event.
            let perfect_passive = passive && before.iter().rev().take(3).any(|b| matches!(*b, "has" | "have" | "had"));
            let twice = !has_date_near(ws[0].start, ws[hi].end)
                && ws[i + 1..].iter().take(3).any(|x| matches!(x.lower(), "twice" | "thrice" | "repeatedly"));
            let counted_times = ws[i + 1..].iter().take(5).position(|x| x.lower() == "times").is_some_and(|k| {
                let n = ws[i + k].lower();
                k > 0
                    && (n.parse::<u32>().is_ok()
                        || crate::dates::number_word(n).is_some()
                        || matches!(n, "several" | "many" | "dozen" | "dozens"))
            });
            let times = perfect_passive && (twice || counted_times);
            // "it had been warned in advance": told beforehand, not threatened.
            let warned_passive = passive && matches!(w.lower(), "warned" | "threatened");
            if times || warned_passive {
                continue;
            }
            // "were killed or wounded": one act of violence told with two participles.
            if coordinated
                && out.last().is_some_and(|t: &Trigger| t.at == ws[i - 2].start && family(t.kind) == family(kind))
            {
                continue;
            }
            // "fighters clashed with tribesmen, and four people were killed before officers brokered a
            // ceasefire", "residents blocked a patrol and injured a soldier": one confrontation.
            // (Not a later step: "mourners fought riot police, and afterward young men set fire to a
            // Basij base".)
            let after_clash = out.iter().any(|t: &Trigger| t.kind == EventKind::Confrontation && !t.reference)
                && !has_date_near(out.last().map_or(ws[0].start, |t| t.at), w.start)
                && !before.iter().rev().take(8).any(|b| matches!(*b, "afterward" | "afterwards" | "then" | "later"))
                // ("…; that evening, a roadside bomb damaged a pumping station": a step of its own.)
                && !ws[i.saturating_sub(8)..i].windows(2).any(|p| {
                    matches!(p[0].lower(), "that" | "same")
                        && matches!(p[1].lower(), "evening" | "night" | "morning" | "afternoon")
                });
            if after_clash
                && (matches!(kind, EventKind::Attack | EventKind::Assassination)
                    || (kind == EventKind::Other
                        && ws[i + 1..=hi.max(i)]
                            .iter()
                            .take(4)
                            .any(|x| matches!(x.lower(), "ceasefire" | "truce" | "cease-fire"))))
            {
                continue;
            }
            // "protesters tried to force their way in, and security forces fired live rounds; a
            // 17-year-old was killed": the casualties of a crowd facing armed men are a confrontation.
            if matches!(kind, EventKind::Attack | EventKind::Assassination)
                && ws
                    .iter()
                    .any(|x| matches!(x.lower(), "protesters" | "demonstrators" | "crowd" | "rioters" | "mourners"))
                && ws.iter().any(|x| matches!(x.lower(), "fired" | "clashed" | "clashes" | "rounds" | "tear"))
            {
                kind = EventKind::Confrontation;
            }
            // Casualties of an episode the sentence names are not an event of their own: "riots in
            // which a bystander was shot dead" is the riot; "arrested him after a firefight in which
            // two were wounded" and "were killed in the ensuing gun battle" tell the arrest or raid.
            if matches!(kind, EventKind::Attack | EventKind::Assassination) {
                match episode_of(ws, i) {
                    Some(Episode::Ensuing) if !out.is_empty() => continue,
                    Some(Episode::Relative { subordinate: true, .. }) if !out.is_empty() => continue,
                    Some(Episode::Relative { kind: episode, .. }) => kind = episode,
                    _ => {}
                }
            }
            // A generic cue anywhere ("often", "every time") cancels the whole sentence.
            if out.is_empty() {
                build_lower(&mut sentence_lower);
                // … except over a "when" clause with a date of its own: "The precedent its
                // leaders cite most often dates from late last year, when police detained …".
                let own_when = ws[..i].iter().rposition(|x| x.lower() == "when").is_some_and(|k| {
                    k > 0 && has_date_near(ws[k.saturating_sub(6)].start, ws[k].end) && {
                        let tail: String = ws[k..].iter().map(|x| format!("{} ", x.lower())).collect();
                        !has_generic_cue(tail.as_bytes())
                    }
                });
                // … nor from a relative clause that describes a party or a phrase ("a channel that
                // usually speaks for the group", "a phrase that in the Fezzan usually means money").
                let generic = has_generic_cue(sentence_lower.as_bytes()) && {
                    let mut rest = String::with_capacity(sentence_lower.len());
                    // (Nor a quotation: a threat that the port would be struck "again and again".)
                    let mut quoted = text[..ws[0].start]
                        .chars()
                        .rev()
                        .take_while(|c| c.is_whitespace() || matches!(c, '"' | '“'))
                        .any(|c| matches!(c, '"' | '“'));
                    for (k, x) in ws.iter().enumerate() {
                        if k > 0 {
                            for c in text[ws[k - 1].end..x.start].chars() {
                                match c {
                                    '"' => quoted = !quoted,
                                    '“' => quoted = true,
                                    '”' => quoted = false,
                                    _ => {}
                                }
                            }
                        }
                        let relative =
                            ws[k.saturating_sub(4)..k].iter().any(|b| matches!(b.lower(), "that" | "which" | "who"));
                        // ("a Telegram channel that often speaks for the group said …": a habit of
                        // the subject, not of the act.)
                        let adverb = x.lower().ends_with("ly") || matches!(x.lower(), "often" | "always" | "sometimes");
                        if !(quoted || (relative && adverb)) {
                            rest.push_str(x.lower());
                            rest.push(' ');
                        }
                    }
                    has_generic_cue(rest.as_bytes())
                };
                if generic && !own_when {
                    return out;
                }
            }
            let subject_is_target =
                matches!(w.lower(), "became" | "become") || (kind == EventKind::Appointment && passive);
            // (Looked for across the sentence's words: "3,000" splits a clause at its comma.)
            // ("Hengaw counted forty-two kolbars killed … in 2025": a monitor's tally.)
            let tallied = ws[i.saturating_sub(6)..i]
                .iter()
                .any(|x| matches!(x.lower(), "counted" | "documented" | "recorded" | "tallied"));
            let counted = (tallied
                || passive
                    && ws[i.saturating_sub(10)..i].windows(2).any(|p| {
                        matches!(
                            [p[0].lower(), p[1].lower()],
                            ["more" | "fewer", "than"] | ["at", "least"] | ["as", "many"]
                        )
                    }))
                && matches!(
                    kind,
                    EventKind::Attack | EventKind::Assassination | EventKind::Arrest | EventKind::Kidnapping
                );
            // "a CTS unit surrounded the farm, detained Mayyahi and two of his guards": the
            // cordon is how the arrest was made, not an event of its own.
            if kind == EventKind::Arrest && !passive {
                let cordon = |t: &Trigger| {
                    t.kind == EventKind::Confrontation
                        && !t.reference
                        && ws[i.saturating_sub(10)..i]
                            .iter()
                            .any(|x| x.start == t.at && matches!(x.lower(), "surrounded" | "encircled" | "cordoned"))
                };
                out.retain(|t| !cordon(t));
            }
            // "a drone struck two pickups … and killed the five men inside them": the strike's
            // toll; "boarded a dhow … and detained its crew": the boarding is how the arrest was made.
            let toll_of_strike = matches!(w.lower(), "killed" | "wounded" | "injured")
                && prev(1) == "and"
                && out.last().is_some_and(|t| t.kind == EventKind::Attack && !t.reference && w.start - t.at < 160);
            if toll_of_strike {
                continue;
            }
            if kind == EventKind::Arrest && !passive {
                out.retain(|t| {
                    !(t.kind == EventKind::Kidnapping
                        && ws.iter().any(|x| x.start == t.at && x.lower() == "boarded")
                        && w.start - t.at < 160)
                });
            }
            // "accused of belonging to the cell that killed X", "the men who had opened fire first",
            // "the speed with which the suspects were released": an act told again, to say who
            // someone is or how something went.
            let told_again = {
                let k = if matches!(prev(1), "had" | "were" | "was") { 2 } else { 1 };
                let identifying = matches!(prev(k), "who" | "that")
                    && matches!(
                        prev(k + 1),
                        "cell" | "squad" | "network" | "gang" | "gunmen" | "men" | "team" | "unit" | "pair"
                    )
                    && prev(k + 2) == "the";
                let manner = before.windows(3).any(|p| {
                    matches!(p[0], "speed" | "ease" | "haste" | "impunity" | "frequency")
                        && p[1] == "with"
                        && p[2] == "which"
                });
                identifying || manner
            };
            // "the ministry said the pair had been killed 'by the remnants …'": what was told
            // before, reported again with no date of its own.
            let reported_again = prev(1) == "been"
                && prev(2) == "had"
                && ws[..i].iter().any(|x| matches!(x.lower(), "said" | "says" | "claimed" | "insisted" | "confirmed"))
                && undated()
                // "Relatives of the four still held say they were beaten in custody": a claim
                // made now about what was done, with no time of its own.
                || (passive
                    && matches!(prev(1), "was" | "were")
                    && ws[..i].iter().rev().take(6).any(|x| {
                        matches!(x.lower(), "say" | "says" | "allege" | "alleges" | "claim" | "claims" | "insist" | "insists")
                    })
                    && undated())
                // "The interior ministry said two of them had fired the shots that killed Asadi":
                // who did an act told before, claimed now in the pluperfect, with no date of its own.
                // (Not words said: "two gunmen who, his son says, had warned him that morning".)
                || (!matches!(kind, EventKind::Threat | EventKind::Offer)
                    && ws[..i]
                    .iter()
                    .position(|x| matches!(x.lower(), "said" | "says" | "alleged" | "alleges"))
                    .is_some_and(|k| ws[k + 1..i].iter().any(|x| x.lower() == "had"))
                    && undated());
            // "Three days after the convoy was turned back, a statement …": an act told as the
            // point a count starts from is told elsewhere (or nowhere) as an event.
            // (Opening the sentence: "found on January 3, two days after she was abducted" tells
            // the abduction, "held her for forty-eight hours before a judge released her" the
            // release.)
            let counted_from = lo == 0
                && before.windows(2).take(3).any(|p| {
                    matches!(
                        p[0],
                        "days" | "day" | "hours" | "weeks" | "week" | "nights" | "night" | "months" | "month"
                    ) && matches!(p[1], "after" | "before")
                });
            // "the six men detained on March 5 are still held", "drop charges against the drivers
            // detained at Qousaya": a participle after its noun names the people by what was told.
            // ("a cousin of the teenager killed at Hawsh al-Sayyed Ali".)
            let named_by_act = !passive
                && matches!(
                    w.lower(),
                    "detained" | "arrested" | "held" | "abducted" | "kidnapped" | "seized" | "killed" | "captured"
                )
                && (PEOPLE_NOUNS.contains(&prev(1)) || PERSON_NOUNS.contains(&prev(1)))
                && (2..=4).any(|k| prev(k) == "the");
            // "Since the provincial elections of 2096, AAH has held …": the start of a period, an
            // event told as a reference.
            // (At most one word between: "since the war came down and took away" is no noun's.)
            // ("where he had been held since his arrest".)
            let since_the = (2..=3).any(|k| {
                before.len() >= k
                    && before[before.len() - k] == "since"
                    && matches!(before[before.len() - k + 1], "the" | "his" | "her" | "their" | "its")
            });
            // "The arrests threatened a wider war": a danger an event poses, not a threat made.
            if kind == EventKind::Threat
                && matches!(w.lower(), "threatened" | "threatens" | "threaten")
                && matches!(
                    prev(1),
                    "arrests"
                        | "arrest"
                        | "killing"
                        | "killings"
                        | "dispute"
                        | "crisis"
                        | "move"
                        | "decision"
                        | "row"
                        | "standoff"
                        | "fighting"
                        | "violence"
                        | "clashes"
                        | "raids"
                        | "feud"
                        | "shortage"
                        | "closure"
                        | "bombing"
                        | "strikes"
                        | "protests"
                        | "drought"
                        | "unrest"
                )
            {
                continue;
            }
            if matches!(kind, EventKind::Attack | EventKind::Confrontation) && {
                build_lower(&mut sentence_lower);
                harms_no_one(ws, i, &before, &sentence_lower)
            } {
                continue;
            }
            // "The clans voted with their feet": an idiom, not a vote.
            if w.lower() == "voted" && next(1) == "with" && next(3).starts_with("feet") {
                continue;
            }
            // "The night he was detained, young men went through the camp": the time of an act told
            // before, opening the sentence.
            let time_of_act = lo == 0
                && passive
                && matches!(before.first().copied(), Some("the"))
                && matches!(
                    before.get(1).copied(),
                    Some("night" | "day" | "morning" | "evening" | "week" | "afternoon")
                )
                && before.len() <= 5;
            let reference = reference
                || cleft
                || told_again
                || reported_again
                || counted_from
                || named_by_act
                || time_of_act
                || since_the;
            // "after the October 18 attack on the patrol", "Three days after the Mucojo raid". (An
            // election is scheduled, and named so: "after the upcoming October 10 elections" tells it.)
            let anchored = counted_from
                || named_by_act
                || time_of_act
                || since_the
                || reference
                    && kind != EventKind::Election
                    && before
                        .iter()
                        .rev()
                        .take(6)
                        .any(|b| matches!(*b, "after" | "before" | "following" | "since" | "until" | "during"));
            out.push(Trigger {
                kind,
                at: w.start,
                reference,
                passive,
                subject_is_target,
                counted,
                anchored,
                step_time: None,
            });
        }
    }
    if out.is_empty() {
        return out;
    }
    // "were killed on March 9 when gunmen surrounded their camp": the cordon is how the killing
    // was done, wherever the sentence tells it.
    let violence = |t: &Trigger| {
        !t.reference && matches!(t.kind, EventKind::Attack | EventKind::Assassination | EventKind::Kidnapping)
    };
    if out.iter().any(violence) {
        let cordon = |t: &Trigger| {
            t.kind == EventKind::Confrontation
                && ws.iter().any(|x| x.start == t.at && matches!(x.lower(), "surrounded" | "encircled" | "cordoned"))
        };
        out.retain(|t| !cordon(t));
    }
    // "units fought them off in a battle …; the ministry said eleven soldiers were killed": the
    // dead are the clash's toll, as they are when told in the next sentence.
    if let Some(clash) = out.iter().find(|t| t.kind == EventKind::Confrontation && !t.reference).map(|t| t.at) {
        out.retain(|t| !(t.passive && t.at > clash && matches!(t.kind, EventKind::Assassination | EventKind::Attack)));
    }
    // "forced their way into the house and took him away", "raided houses and detained nineteen
    // men": the break-in is how the abduction or arrest was made.
    let seizure =
        |t: &Trigger| !t.reference && matches!(t.kind, EventKind::Kidnapping | EventKind::Arrest) && !t.passive;
    // (Not when the raid killed: "stormed the village, killing two gunmen and arresting five".)
    let deadly = (1..ws.len()).any(|k| matches!(ws[k].lower(), "killing" | "wounding") && after_and_or_comma(ws, k));
    if let Some(first_seizure) = out.iter().filter(|t| seizure(t)).map(|t| t.at).min().filter(|_| !deadly) {
        let break_in = |t: &Trigger| {
            t.kind == EventKind::Attack
                && t.at < first_seizure
                && ws.iter().any(|x| x.start == t.at && matches!(x.lower(), "forced" | "stormed" | "raided" | "broke"))
        };
        out.retain(|t| !break_in(t));
    }
    // "The patrol opened fire, and the smugglers answered with machine guns": fire answered is an
    // exchange, one confrontation.
    let answered = ws.windows(2).any(|p| {
        matches!(
            (p[0].lower(), p[1].lower()),
            ("answered" | "replied" | "responded", "with") | ("returned" | "answered", "fire")
        )
    }) || ws.windows(2).any(|p| p[0].lower() == "fired" && p[1].lower() == "back");
    if answered {
        let mut first = true;
        out.retain_mut(|t| {
            if t.reference || !matches!(t.kind, EventKind::Attack | EventKind::Confrontation) {
                return true;
            }
            t.kind = EventKind::Confrontation;
            std::mem::replace(&mut first, false)
        });
    }
    out
}

/// Nouns of a time whose "of" names the date itself ("on the afternoon of November 12", "the
/// end of May"), not an event's period ("the fighting of the previous autumn").
const TIME_OF_NOUNS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "dawn",
    "eve",
    "end",
    "beginning",
    "start",
    "middle",
    "week",
    "weekend",
    "month",
    "months",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "first",
    "half",
    "course",
    "rest",
    "hours",
    "days",
    "weeks",
    "anniversary",
    "early",
    "late",
    "part",
    "close",
    "turn",
    "ides",
];

/// What makes shots fired into the air more than noise: a crowd driven back, someone hurt.
const SHOTS_AT_SOMEONE: &[&str] = &[
    "crowd",
    "protest",
    "demonstrat",
    "dispers",
    "drove",
    "drive",
    "scatter",
    "mob",
    "riot",
    "tear gas",
    "teargas",
    "baton",
    "wound",
    "kill",
    "injur",
    "dead",
    "died",
    "hit ",
    "struck",
    "stormed",
    "charged",
    "clash",
];

/// Does the attack word at `i` harm no one: a wildfire that "had burned more than a thousand
/// hectares of old oak", papers "lost or burned", shots "fired into the air, but no one was hit"
/// or "in celebration"? (`before`: the lowercase words before it in its clause; `sentence_lower`:
/// the sentence's words, lowercase.)
fn harms_no_one(ws: &[Word], i: usize, before: &[&str], sentence_lower: &str) -> bool {
    let verb = ws[i].lower();
    // (Before or after: "the roughly thirteen hundred hectares more that burned".)
    let area = |x: &Word| matches!(x.lower(), "hectares" | "acres" | "dunams" | "donums");
    let land = || ws[i + 1..].iter().take(6).any(area) || ws[i.saturating_sub(8)..i].iter().any(area);
    let papers =
        || {
            before.iter().rev().take(5).any(|b| {
                matches!(*b, "deeds" | "documents" | "records" | "papers" | "files" | "archives" | "registers")
            })
        };
    let into_the_air = || {
        (sentence_lower.contains("into the air") || sentence_lower.contains("in the air"))
            && ([
                "no one was hurt",
                "nobody was hurt",
                "no one was hit",
                "nobody was hit",
                "no one was injured",
                "nobody was injured",
                "in celebration",
            ]
            .iter()
            .any(|p| sentence_lower.contains(p))
                // ("The family says that he fired into the air.": one man's shots, no one shot at.)
                || matches!(before.last(), Some(&("he" | "she")))
                    && !SHOTS_AT_SOMEONE.iter().any(|p| sentence_lower.contains(p)))
    };
    (matches!(verb, "burned" | "burnt" | "consumed") && land())
        || (matches!(verb, "burned" | "burnt" | "destroyed") && papers())
        || into_the_air()
}

/// A release dated by the running day, shifted by the captivity the sentence tells before it ("was
/// held for two days …, and then left on the roadside"); unchanged otherwise.
fn held_for_days(sentence: &str, r: Resolved) -> Resolved {
    if r.date.year.is_none() || r.date.day.is_none() {
        return r;
    }
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_ascii_lowercase())
        .collect();
    let days = words.windows(4).find_map(|w| {
        (w[0] == "held" && w[1] == "for" && matches!(w[3].as_str(), "days" | "nights"))
            .then(|| crate::dates::number_word(&w[2]).or_else(|| w[2].parse().ok()))
            .flatten()
    });
    match days.filter(|n| (1..=60).contains(n)).and_then(|n| crate::dates::shift(r.date, Unit::Day, Some(n), 1)) {
        Some(date) => Resolved { date, ..r },
        None => r,
    }
}

/// The kinds of event a noun names after "N days after the …": "the shooting", "the Mirjaveh
/// raid", "the director's arrest", "the vote".
fn anchor_kinds(noun: &str) -> &'static [EventKind] {
    use EventKind::*;
    match noun {
        "shooting" | "shootings" | "killing" | "killings" | "assassination" | "assassinations" | "murder"
        | "murders" | "massacre" => &[Assassination, Attack],
        // A death may have been told as an accident ("was trapped when the wind turned and died").
        "death" => &[Assassination, Attack, Other],
        "attack" | "attacks" | "raid" | "strike" | "strikes" | "bombing" | "bombings" | "ambush" | "blast"
        | "blasts" | "explosion" | "explosions" | "fire" | "fires" | "assault" | "shelling" | "crossing" | "arson"
        | "firefight" | "gunfight" | "shootout" | "skirmish" | "battle" | "storming" => {
            &[Attack, Assassination, Confrontation]
        }
        "arrest" | "arrests" | "detention" | "detentions" => &[Arrest],
        "ultimatum" | "threat" | "threats" | "warning" => &[Threat],
        "offer" => &[Offer],
        "appointment" | "dismissal" | "nomination" => &[Appointment],
        // Men taken away in a sweep may have been told as taken by armed men.
        "roundup" | "roundups" | "sweep" | "sweeps" | "crackdown" => &[Arrest, Kidnapping],
        "release" | "releases" | "handover" => &[Release],
        "kidnapping" | "kidnappings" | "abduction" | "abductions" | "disappearance" => &[Kidnapping],
        "vote" | "election" | "elections" | "ballot" => &[Election, Appointment],
        "clash" | "clashes" | "protest" | "protests" | "standoff" | "siege" => &[Confrontation],
        // A sit-in or walkout may have been told as either.
        "sit-in" | "sit-ins" | "walkout" | "demonstration" | "demonstrations" | "rally" => &[Confrontation, Other],
        "verdict" | "verdicts" | "ruling" | "sentencing" => &[Other],
        _ => &[],
    }
}

/// The kinds a noun of [`anchor_kinds`] may name when the story told none of its own kinds to
/// the day: "a fortnight after his arrest" when agents "took him from his home" (a kidnapping).
fn fallback_anchor_kinds(noun: &str) -> &'static [EventKind] {
    match noun {
        "arrest" | "arrests" | "detention" | "detentions" => &[EventKind::Kidnapping],
        _ => &[],
    }
}

/// The date of the event of the kind that `rest` names right after an "after"/"before" offset
/// ("… after the shooting", "… after the Mirjaveh raid"), if one was told to the day.
fn named_anchor(rest: &str, drafts: &[Draft]) -> Option<PartialDate> {
    let mut words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    let first = words.next()?;
    // "Two days before polling day", "a week after election day": the vote.
    let vote_day = matches!(first.to_ascii_lowercase().as_str(), "polling" | "election" | "voting")
        && words.clone().next().is_some_and(|w| w.eq_ignore_ascii_case("day"));
    if !vote_day
        && !matches!(first.to_ascii_lowercase().as_str(), "the" | "his" | "her" | "their" | "its" | "this" | "that")
        && !first.ends_with("'s")
        && !first.ends_with("’s")
    {
        return None;
    }
    // The head noun: the first word of the next four that names an event ("the Hatla crossing"),
    // and the words before it that say which one ("the bus killings", "the Rahimawa killing").
    let mut modifiers: Vec<&str> = Vec::new();
    let (kinds, fallback) = if vote_day {
        (&[EventKind::Election][..], &[][..])
    } else {
        words
            .take(4)
            .map(|w| {
                let noun = crate::scan::to_lowercase(w);
                let k = anchor_kinds(&noun);
                if k.is_empty() && w.len() > 2 {
                    modifiers.push(w);
                }
                // "two days after his death": the event told with a death.
                if noun == "death" {
                    modifiers.extend(["died", "dead", "killed", "death"]);
                }
                (k, fallback_anchor_kinds(&noun))
            })
            .find(|(k, _)| !k.is_empty())?
    };
    // The latest such event told to the day: an article often goes back in time after its lead
    // ("Late on April 11 … In March, a crowd set fire to … Three days after the shooting"); the
    // latest whose words hold the modifier, when one does.
    // (Only the last events of the kind are searched for the modifier: an anchor names a recent
    // event, and a long text must not make every anchor read all of it.)
    const RECENT: usize = 64;
    // "Three days after the first strike": the earliest of them told to the day.
    let first_one =
        modifiers.iter().any(|m| matches!(m.to_ascii_lowercase().as_str(), "first" | "initial" | "original"));
    modifiers.retain(|m| !matches!(m.to_ascii_lowercase().as_str(), "first" | "initial" | "original"));
    let latest_of = |kinds: &[EventKind], named: bool| {
        drafts
            .iter()
            .rev()
            .filter(|d| kinds.contains(&d.kind))
            .take(if named { RECENT } else { usize::MAX })
            // (The cheap test before the words: only an event told to the day is an anchor.)
            .filter(|d| d.date.as_ref().is_some_and(|r| r.date.day.is_some()))
            .filter(|d| {
                !named
                    || d.evidence.iter().any(|e| {
                        modifiers.iter().any(|m| {
                            e.text.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w.eq_ignore_ascii_case(m))
                        })
                    })
            })
            .filter_map(|d| d.date.as_ref().map(|r| r.date))
            .reduce(|a, b| {
                let later = (b.year, b.month, b.day) > (a.year, a.month, a.day);
                if later != first_one {
                    b
                } else {
                    a
                }
            })
    };
    let latest = |named: bool| latest_of(kinds, named).or_else(|| latest_of(fallback, named));
    if modifiers.is_empty() {
        latest(false)
    } else {
        latest(true).or_else(|| latest(false))
    }
}

/// The kinds of event a participle names after "N days after X was|were …": "the convoy was
/// turned back", "they were taken".
fn clause_anchor_kinds(participle: &str, particle: &str) -> &'static [EventKind] {
    use EventKind::*;
    match (participle, particle) {
        ("turned", "back" | "away") | ("stopped" | "blocked", _) => &[Confrontation, Attack],
        ("taken" | "abducted" | "kidnapped" | "seized" | "snatched" | "grabbed", _) => &[Kidnapping, Arrest],
        ("arrested" | "detained", _) => &[Arrest, Kidnapping],
        ("released" | "freed", _) | ("let", "go") => &[Release],
        ("killed" | "shot" | "assassinated" | "murdered", _) => &[Assassination, Attack],
        ("attacked" | "ambushed" | "bombed" | "shelled" | "hit" | "struck" | "targeted", _) => &[Attack, Confrontation],
        // "three days after the wing was retaken": the assault that took it back.
        ("retaken" | "recaptured" | "stormed" | "raided" | "overrun", _) => &[Attack, Confrontation],
        _ => &[],
    }
}

/// The date of the event that a clause right after an "after"/"before" offset names by its verb
/// ("Three days after the convoy was turned back", "a week after they were taken"): the latest
/// event of the verb's kind told with a calendar date of its own, else the latest told to the
/// day; not the last date told, which may be a background paragraph's.
fn clause_anchor(rest: &str, drafts: &[Draft]) -> Option<PartialDate> {
    let words: Vec<String> = rest
        .split_whitespace()
        .take(8)
        .map(|w| crate::scan::to_lowercase(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')))
        .collect();
    // The subject: a pronoun, a noun phrase of up to four words opened by a determiner, or a
    // name ("a week after Helfi was killed").
    let be_within = |from: usize, to: usize| {
        (from..words.len().min(to)).find(|&k| {
            matches!(words[k].as_str(), "was" | "were") && !words[1..k].iter().any(|w| w.ends_with(',') || w == "and")
        })
    };
    let named = rest.trim_start().starts_with(|c: char| c.is_uppercase());
    let be = match words.first().map(String::as_str) {
        Some("they" | "he" | "she" | "it" | "we") => 1,
        Some("the" | "his" | "her" | "their" | "its") => be_within(2, 6)?,
        Some(_) if named => be_within(1, 4)?,
        _ => return None,
    };
    if !matches!(words.get(be).map(String::as_str), Some("was" | "were")) {
        return None;
    }
    let at = |k: usize| words.get(k).map_or("", String::as_str);
    let kinds = clause_anchor_kinds(at(be + 1), at(be + 2));
    if kinds.is_empty() {
        return None;
    }
    // (An event dated by an offset is no calendar date of its own: "The day after the convoy was
    // turned back, …" is not the turning back.)
    let day_of = |d: &Draft| d.date.as_ref().filter(|r| r.date.day.is_some()).map(|r| (r.date, d.distinct));
    let latest = |it: &mut dyn Iterator<Item = PartialDate>| it.max_by_key(|d| (d.year, d.month, d.day));
    let anchor_among = |drafts: &mut dyn Iterator<Item = &Draft>| {
        let of_kind: Vec<(PartialDate, bool)> = drafts.filter(|d| kinds.contains(&d.kind)).filter_map(day_of).collect();
        latest(&mut of_kind.iter().filter(|(_, offset)| !offset).map(|(d, _)| *d))
            .or_else(|| latest(&mut of_kind.iter().map(|(d, _)| *d)))
    };
    // A name says which event: the latest of the kind told with it; so does the head noun of
    // the subject ("a week after the minibus was hit": the attack told with "minibus").
    let name = if named {
        rest.split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    } else {
        (be > 1).then(|| words[be - 1].as_str()).filter(|w| w.len() > 3)
    };
    name.and_then(|name| {
        // (The cheap tests before the words: an event of the kinds, told to the day.)
        anchor_among(&mut drafts.iter().filter(|d| kinds.contains(&d.kind) && day_of(d).is_some()).filter(|d| {
            d.evidence
                .iter()
                .any(|e| e.text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(name)))
        }))
    })
    .or_else(|| anchor_among(&mut drafts.iter()))
}

/// "had caught four men", "rounded up fourteen of the gunmen", "hauled in some thirty men",
/// "picked up a suspect": people taken in (not "villages caught between the two").
fn rounded_up(ws: &[Word], i: usize, hi: usize) -> bool {
    let at = |k: usize| ws.get(i + k).map_or("", |x| x.lower());
    let particle = match ws[i].lower() {
        // (Not "any family caught sheltering a wanted man": a condition.)
        "caught" => {
            !matches!(at(1), "between" | "in" | "on" | "off" | "up" | "fire" | "out") && !at(1).ends_with("ing")
        }
        "hauled" => at(1) == "in",
        _ => at(1) == "up",
    };
    // "fourteen other activists had been picked up in Diraz": the ones taken are the subject.
    let passive = i > 0 && matches!(ws[i - 1].lower(), "was" | "were" | "been");
    particle
        && (passive && ws[i].lower() != "caught"
            || ws[i + 1..=hi.max(i)].iter().take(5).any(|x| {
                let x = x.lower();
                matches!(
                    x,
                    "him"
                        | "her"
                        | "them"
                        | "suspect"
                        | "suspects"
                        | "men"
                        | "gunmen"
                        | "militants"
                        | "members"
                        | "man"
                        | "woman"
                        | "youth"
                        | "activist"
                        | "activists"
                        | "journalist"
                        | "student"
                        | "teacher"
                        | "gunman"
                        | "killer"
                        | "killers"
                        | "driver"
                        | "smuggler"
                        | "smugglers"
                        | "organizer"
                        | "protesters"
                        | "youths"
                ) || crate::dates::number_word(x).is_some()
                    || x.parse::<u32>().is_ok()
                    // ("picked up their colleague Karwan Hasan at the checkpoint".)
                    || PEOPLE_NOUNS.contains(&x)
                    || PERSON_NOUNS.contains(&x)
                    || KIN_NOUNS.contains(&x)
            }))
}

/// People named by their tie to someone or by their trade ("their colleague", "his two brothers",
/// "two reporters").
const KIN_NOUNS: &[&str] = &[
    "colleague",
    "colleagues",
    "brother",
    "brothers",
    "son",
    "sons",
    "cousin",
    "cousins",
    "nephew",
    "father",
    "reporter",
    "reporters",
];

/// Multi-word idioms of the triggers' kinds: "shot him", "an attempt on her life", "tore
/// through", "took away", "were handed over to", "back on the street", "installed a new head".
fn idiom_trigger(ws: &[Word], i: usize, hi: usize, passive: bool, before: &[&str]) -> Option<(EventKind, bool)> {
    let at = |k: usize| ws.get(i + k).map_or("", |x| x.lower());
    // Across the sentence before the verb, past an apposition: "a bomb placed against the gate of
    // the office of X, a lawmaker who …, blew the gate off its hinges".
    let weapon_before = || {
        ws[i.saturating_sub(30)..i].iter().map(|x| x.lower()).any(|b| {
            WEAPONS.contains(&b)
                || matches!(b, "explosive" | "device" | "blast" | "explosion" | "strike" | "airstrike" | "shell")
        })
    };
    let person = |w: &str| matches!(w, "him" | "her" | "them" | "two" | "three" | "four" | "several");
    let kind = match ws[i].lower() {
        // "shot him four times", "a protester was shot in the head".
        // "shot him four times", "was shot late on the 19th as he walked home".
        "shot" if passive || person(at(1)) => EventKind::Attack,
        "attempt" if at(1) == "on" && matches!(at(2), "his" | "her" | "their") && at(3) == "life" => EventKind::Attack,
        "went" if at(1) == "off" && weapon_before() => EventKind::Attack,
        // "said in Muscat that Iran was ready to reopen its embassy": a readiness declared is an
        // offer (a threat when what is offered is force: "was ready to strike").
        "ready" | "willing" | "prepared"
            if at(1) == "to"
                && before.last().is_some_and(|b| matches!(*b, "was" | "were" | "is" | "are"))
                && before.iter().any(|b| {
                    matches!(*b, "said" | "told" | "announced" | "declared" | "indicated" | "signalled" | "signaled" | "stated")
                }) =>
        {
            if matches!(at(2), "strike" | "attack" | "retaliate" | "respond" | "fight" | "hit" | "target" | "use" | "destroy") {
                EventKind::Threat
            } else {
                EventKind::Offer
            }
        }
        // "the Saudi and Iranian delegations met in Muscat", "a Russian general met members of the
        // Central Committee": a meeting. (Not "met the criteria", "were met with stones".)
        "met"
            if !passive
                && !before.is_empty()
                && !before.iter().rev().take(3).any(|b| {
                    matches!(*b, "be" | "been" | "is" | "are" | "was" | "were" | "not" | "never" | "has" | "have" | "yet")
                })
                // ("met twice before without result": a count, not one meeting; "met to vote":
                // the vote is the act.)
                && !matches!(at(1), "twice" | "again" | "to")
                // (Nor the time of a main clause, "when the council met on May 11, …", the
                // writers' own meetings, or one told in what someone said: "that the sheikh had
                // met an envoy".)
                && !before.iter().any(|b| matches!(*b, "when" | "us" | "we" | "i"))
                && !before.iter().rev().take(4).any(|b| {
                    matches!(*b, "before" | "after" | "until" | "since" | "still" | "often" | "regularly" | "usually")
                })
                && !(before.last() == Some(&"had")
                    && before.iter().any(|b| matches!(*b, "that" | "who" | "whom" | "showed" | "alleged" | "claimed")))
                && !ws[i + 1..=hi.max(i)].iter().take(4).any(|x| {
                    matches!(
                        x.lower(),
                        "criteria" | "condition" | "conditions" | "demand" | "demands" | "target" | "targets"
                            | "deadline" | "needs" | "resistance" | "fate" | "death" | "end" | "wife" | "husband"
                            | "standards" | "requirements" | "obligations" | "expectations"
                    )
                }) =>
        {
            EventKind::Other
        }
        // "The fourth round of the talks was held in Baghdad on 9 April", "talks, held in Baghdad
        // on 19 December, …": a meeting held.
        "held"
            if matches!(before.last().copied(), Some("was" | "were" | "talks" | "round" | "meeting" | "session"))
                && before.iter().rev().take(6).any(|b| {
                matches!(*b, "round" | "talks" | "meeting" | "session" | "summit" | "negotiations" | "conference")
            }) && !before.iter().any(|b| matches!(*b, "elections" | "election" | "vote" | "votes" | "polls" | "ballot")) =>
        {
            EventKind::Other
        }
        // "Omani mediators passed on a Houthi proposal": a proposal put to someone.
        "proposal"
            if before.iter().rev().take(5).any(|b| {
                matches!(*b, "passed" | "conveyed" | "presented" | "submitted" | "tabled" | "delivered" | "relayed" | "floated")
            }) =>
        {
            EventKind::Offer
        }
        // "The vote went ahead on September 5", "the elections took place under heavy guard".
        "went" | "took"
            if matches!((ws[i].lower(), at(1)), ("went", "ahead") | ("took", "place"))
                && before.iter().rev().take(4).any(|b| {
                    matches!(
                        *b,
                        "vote"
                            | "voting"
                            | "polling"
                            | "election"
                            | "elections"
                            | "by-election"
                            | "by-elections"
                            | "poll"
                            | "polls"
                            | "referendum"
                            | "ballot"
                            | "runoff"
                            | "runoffs"
                            | "run-off"
                            | "run-offs"
                    )
                }) =>
        {
            EventKind::Election
        }
        // "The ceasefire that ended the fighting took effect at 4 a.m. on May 27", "a truce came
        // into force on March 2", "a truce negotiated by the elders held from March 2": a truce
        // begun (not "the deepest strike since the ceasefire took effect").
        // ("… and the pause began at midnight on June 16".)
        "took" | "came" | "went" | "entered" | "held" | "began"
            if matches!(
                (ws[i].lower(), at(1), at(2)),
                ("took", "effect" | "hold", _)
                    | ("came" | "went", "into", "effect" | "force")
                    | ("entered", "into", "force")
                    | ("held", "from", _)
                    | ("began", "at" | "on", _)
            ) && before.iter().any(|b| matches!(*b, "ceasefire" | "cease-fire" | "truce" | "armistice" | "pause"))
                && !before.iter().any(|b| matches!(*b, "since" | "until" | "after" | "before" | "when" | "once")) =>
        {
            EventKind::Other
        }
        "tore" | "punched" if matches!(at(1), "through" | "open" | "apart") && weapon_before() => EventKind::Attack,
        // "took away two officers", "led him away", "bundled into a car", "was forced into a van".
        // "police raided the village and took away twelve men" (by the state's men, or by "they"
        // after them: an arrest); "gunmen … took away two brothers".
        "took" | "taken" | "led" | "dragged"
            // ("took them both away".)
            if (at(1) == "away"
                || (person(at(1)) && at(2) == "away")
                || (person(at(1)) && matches!(at(2), "both" | "all") && at(3) == "away"))
                && (ws[i].lower() != "taken"
                    || matches!(ws[i.saturating_sub(1)].lower(), "had" | "has" | "have")
                    // "was stopped at a checkpoint … and taken away along with his truck".
                    || (ws[i.saturating_sub(1)].lower() == "and"
                        && ws[..i].iter().any(|b| matches!(b.lower(), "was" | "were"))
                        && !ws[..i].iter().any(|b| CASUALTIES.contains(&b.lower())))) =>
        {
            let state = state_men_before(ws, i, 40)
                || (i >= 2 && matches!(ws[i - 1].lower(), "had") && ws[i - 2].lower() == "they");
            if state {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "gunmen pulled Ammar al-Rikabi, a lawyer …, out of a taxi".
        "pulled" | "dragged"
            if !passive
                && !matches!(at(1), "its" | "their")
                && ws[i + 1..].windows(3).take(20).any(|p| {
                    (p[0].lower() == "out" && p[1].lower() == "of")
                        // "pulled X, a member of the politburo, off a flight to Addis Ababa".
                        || (p[0].lower() == "off"
                            && matches!(p[1].lower(), "a" | "the" | "his" | "her")
                            && matches!(p[2].lower(), "flight" | "plane" | "bus" | "minibus" | "train" | "boat"))
                }) =>
        {
            // By the state's men an arrest ("troops had pulled him out of bed"), else an abduction.
            let state = before.iter().rev().take(6).any(|b| {
                matches!(*b, "troops" | "police" | "soldiers" | "officers" | "agents" | "forces" | "policemen")
            });
            if state {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "bundled about a dozen into pickup trucks": by the state's men an arrest.
        "bundled" | "forced" | "pushed"
            if ws[i + 1..=hi.max(i)].iter().take(4).any(|x| x.lower() == "into")
                && ws[i + 1..=hi.max(i)].iter().take(6).any(|x| VEHICLES.contains(&x.lower())) =>
        {
            if state_men_before(ws, i, 40) {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "were handed over to Swedish diplomats": captives given back.
        "handed"
            if passive
                && (at(1) == "to"
                    || (at(1) == "over" && ws[i + 2..].iter().take(4).any(|x| x.lower() == "to"))
                    || at(1) == "back")
                // (Not "the compound was handed back", "the bodies were handed over".)
                && !before.iter().rev().take(4).any(|b| {
                    BUILDINGS.contains(b)
                        || GOODS.contains(b)
                        || matches!(
                            *b,
                            "body" | "bodies" | "town" | "city" | "base" | "control" | "properties" | "property" | "assets"
                        )
                }) =>
        {
            EventKind::Release
        }
        "back" if at(1) == "on" && at(2) == "the" && matches!(at(3), "street" | "streets") => EventKind::Release,
        // "let him go after eleven days", "let Ashqar go".
        "let" if at(2) == "go" && !at(1).is_empty() && !matches!(at(1), "it" | "this" | "that") => EventKind::Release,
        // "let the photographer go that evening", "let the two drivers go".
        "let"
            if !passive
                && matches!(at(1), "the" | "his" | "her" | "their")
                && (at(3) == "go" || (at(4) == "go" && crate::dates::number_word(at(2)).is_some())) =>
        {
            EventKind::Release
        }
        // "let one of the two clerks go on May 12".
        "let"
            if !passive
                && (matches!(at(1), "one" | "two" | "three" | "some" | "most" | "all")
                    || crate::dates::number_word(at(1)).is_some()
                    || at(1).parse::<u32>().is_ok())
                && at(2) == "of"
                && ws[i + 3..].iter().take(5).any(|x| x.lower() == "go") =>
        {
            EventKind::Release
        }
        // "let forty-two Syrian families leave al-Hol".
        "let"
            if !passive
                && ws[i + 1..].windows(2).take(5).any(|p| {
                    p[1].lower() == "leave"
                        && matches!(
                            p[0].lower(),
                            "families" | "men" | "women" | "them" | "him" | "her" | "detainees" | "prisoners" | "civilians"
                                | "residents" | "hostages" | "sailors" | "crew" | "passengers" | "workers"
                        )
                }) =>
        {
            EventKind::Release
        }
        // "was let go on the 28th", "were let go a week later without charge".
        "let" if passive && at(1) == "go" => EventKind::Release,
        // "eight hundred dockworkers downed tools": a strike.
        "downed" if at(1) == "tools" => EventKind::Other,
        // "walked out of the police headquarters on bail".
        "walked"
            if at(1) == "out"
                && ws[i + 2..=hi.max(i + 1)].iter().take(10).any(|x| matches!(x.lower(), "bail" | "free")) =>
        {
            EventKind::Release
        }
        // "began an open-ended strike", "staged a two-day strike", "a four-day strike that began on
        // March 30": a labour or protest action (not "staged an air strike").
        "began" | "started" | "staged"
            if !passive
                && (ws[i + 1..=hi.max(i)].iter().take(4).position(|x| PROTEST_ACTIONS.contains(&x.lower())).is_some_and(
                    |k| {
                        !ws[i + 1..i + 1 + k].iter().any(|x| {
                            military_modifier(x.lower()) || PREPOSITIONS_BEFORE_ACTION.contains(&x.lower())
                        })
                    },
                ) || (matches!(before.last(), Some(&("that" | "which")))
                    && before.len() >= 2
                    && PROTEST_ACTIONS.contains(&before[before.len() - 2])
                    && !before.iter().rev().skip(2).take(3).any(|b| military_modifier(b)))) =>
        {
            EventKind::Other
        }
        // "He was found … where his captors had apparently left him".
        "found" if passive && ws.iter().any(|x| matches!(x.lower(), "captors" | "kidnappers" | "abductors")) => {
            EventKind::Release
        }
        // "had caught four men", "rounded up fourteen of the gunmen", "hauled in some thirty men",
        // "picked up a suspect": arrests.
        "caught" | "rounded" | "hauled" | "swept" | "picked" if rounded_up(ws, i, hi) => EventKind::Arrest,
        // "was taken off a flight to Amman under a warrant".
        // "was taken off a flight by police" (an arrest); "were taken off their boat by men in a fast
        // launch" (an abduction).
        "taken"
            if at(1) == "off" && matches!(at(3), "flight" | "plane" | "bus" | "minibus" | "ship" | "boat" | "boats" | "vessel") =>
        {
            // (Off a minibus at a makeshift checkpoint, with no state's men in sight: abducted.)
            if !matches!(at(3), "boat" | "boats" | "vessel" | "minibus" | "bus") || state_men_in(ws) {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "set fire to a café", "broke down the gates", "waded into them".
        "set" if at(1) == "fire" && at(2) == "to" => EventKind::Attack,
        // "within minutes they were set upon by young men with sticks".
        "set" if passive && matches!(at(1), "upon" | "on") && at(2) == "by" => EventKind::Attack,
        // "was pelted with stones and a petrol bomb".
        "pelted" => EventKind::Attack,
        // "answered by storming the east stand with batons and tear gas".
        "storming" if i > 0 && ws[i - 1].lower() == "by" => {
            if ws.iter().any(|x| matches!(x.lower(), "batons" | "tear" | "truncheons")) {
                EventKind::Confrontation
            } else {
                EventKind::Attack
            }
        }
        // "loaded about sixty men onto army trucks".
        "loaded"
            if ws[i + 1..]
                .iter()
                .take(4)
                .any(|x| matches!(x.lower(), "men" | "people" | "boys" | "detainees" | "villagers"))
                && ws[i + 1..].iter().take(8).any(|x| VEHICLES.contains(&x.lower()) || x.lower() == "trucks") =>
        {
            EventKind::Kidnapping
        }
        // "nine of the men were sent back to the camp after its elders paid".
        "sent"
            if passive
                && at(1) == "back"
                && at(2) == "to"
                && ws[..i].iter().any(|b| {
                    matches!(b.lower(), "men" | "boys" | "detainees" | "captives" | "hostages" | "prisoners")
                }) =>
        {
            EventKind::Release
        }
        // "a Red Crescent convoy … was kept waiting for nine hours at a checkpoint and then sent
        // back to Damascus": a convoy turned back.
        "sent" if at(1) == "back" && ws[..i].iter().any(|b| matches!(b.lower(), "convoy" | "convoys")) => {
            EventKind::Other
        }
        // "put Brig. Gen. X in charge of the highway's security".
        "put"
            if !passive
                && ws[i + 1..].windows(3).take(14).any(|p| {
                    p[0].lower() == "in" && matches!(p[1].lower(), "charge" | "command") && p[2].lower() == "of"
                }) =>
        {
            EventKind::Appointment
        }
        // "a sheet of paper bearing eleven names … was taped to the locked door of the registry".
        "taped" | "pinned" | "nailed" if passive && ws[..i].iter().any(|b| matches!(b.lower(), "names" | "list")) => {
            EventKind::Threat
        }
        // "ordered all Syrians off the streets from six in the evening": a curfew.
        // (Not "ordered Saraya al-Salam off the streets": a force withdrawn.)
        "ordered"
            if matches!(
                at(1),
                "all" | "every" | "residents" | "civilians" | "refugees" | "migrants" | "foreigners"
            ) && ws[i + 1..].windows(2).take(5).any(|p| p[0].lower() == "off" && p[1].lower() == "the") =>
        {
            EventKind::Other
        }
        // Deportations and sanctions: "deported forty-one Syrians", "had driven forty-one of them
        // to the Masnaa crossing and handed them to Syrian border officials", "banned its fans
        // from the next three matches", "ordered Tractor to play behind closed doors".
        "deported" if !passive => EventKind::Other,
        "handed"
            if !passive
                && matches!(at(1), "them" | "him" | "her")
                && ws[i + 2..].iter().take(5).any(|x| matches!(x.lower(), "officials" | "authorities" | "guards"))
                && ws[..i].iter().any(|x| matches!(x.lower(), "crossing" | "border" | "frontier")) =>
        {
            EventKind::Other
        }
        "banned" if !passive && ws[i + 1..].iter().take(6).any(|x| x.lower() == "from") => EventKind::Other,
        "ordered"
            if ws[i + 1..]
                .windows(3)
                .take(10)
                .any(|p| p[0].lower() == "behind" && p[1].lower() == "closed" && p[2].lower() == "doors") =>
        {
            EventKind::Other
        }
        // "answered by shelling the outskirts", "answered in kind, seizing six shepherds": the act
        // told as what answered.
        "answered" | "responded" | "retaliated" => {
            let act = ws[i + 1..].iter().take(4).find(|x| x.lower().ends_with("ing") && x.lower().len() > 5)?;
            match act.lower() {
                "shelling" | "bombing" | "shooting" | "firing" | "striking" | "attacking" | "storming" | "raiding" => {
                    if act.lower() == "storming" && ws.iter().any(|x| matches!(x.lower(), "batons" | "tear")) {
                        EventKind::Confrontation
                    } else {
                        EventKind::Attack
                    }
                }
                "seizing" | "abducting" | "kidnapping" => EventKind::Kidnapping,
                "arresting" | "detaining" => EventKind::Arrest,
                _ => return None,
            }
        }
        // "fined the club for 'political slogans'".
        "fined" if !passive && matches!(at(1), "the" | "its" | "his" | "their") => EventKind::Other,
        // "put the registry under a new director".
        "put"
            if at(1) == "the"
                && ws[i + 2..].windows(3).take(4).any(|p| {
                    p[0].lower() == "under"
                        && matches!(p[1].lower(), "a" | "the")
                        && (p[2].lower() == "new" || ROLES.contains(&p[2].lower()))
                }) =>
        {
            EventKind::Appointment
        }
        "broke" if at(1) == "down" && matches!(at(3), "gate" | "gates" | "door" | "doors") => EventKind::Attack,
        // "broke up a march of several thousand teachers … with batons and tear gas": force
        // against a crowd. (Not "broke up a gathering … and detained six": an arrest.)
        "broke"
            if at(1) == "up"
                && ws[i + 2..=hi.max(i + 1)].iter().take(3).any(|x| {
                    matches!(
                        x.lower(),
                        "march" | "protest" | "protests" | "rally" | "demonstration" | "sit-in" | "gathering" | "vigil" | "crowd"
                    )
                })
                && ws[i + 2..].iter().take(16).any(|x| {
                    matches!(x.lower(), "batons" | "gas" | "cannon" | "cannons" | "bullets" | "clubs" | "force" | "grenades")
                }) =>
        {
            EventKind::Confrontation
        }
        // "He turned up four days later at a checkpoint near Simele": a captive back.
        "turned"
            if at(1) == "up"
                && i >= 1
                && matches!(ws[i - 1].lower(), "he" | "she" | "they")
                && (ws[i + 2..=hi.max(i + 1)].iter().take(6).any(|x| matches!(x.lower(), "at" | "outside" | "in" | "near"))
                    // "He turned up the next evening, blindfolded but unharmed, on a farm track".
                    || ws[i + 2..].iter().take(8).any(|x| {
                        matches!(x.lower(), "blindfolded" | "unharmed" | "alive" | "barefoot" | "bruised" | "handcuffed")
                    })) =>
        {
            EventKind::Release
        }
        // "He was left outside the hospital gates on October 14": a captive let go somewhere.
        // (Not "were left unharmed at the roadside", "the bomb was left outside the ministry".)
        // ("Rikabi was left outside a mosque in Shaykh Sa'd on August 1": a name is a captive too.)
        "left"
            if passive
                && matches!(at(1), "outside" | "at" | "near" | "by" | "on")
                && i >= 2
                && (matches!(ws[i - 2].lower(), "he" | "she" | "they")
                    || (i <= 5
                        && !matches!(ws[0].lower(), "it" | "this" | "that" | "the" | "a" | "an" | "nothing")
                        && (1..i - 1).all(|k| ws[k].flags & CAPITALISED != 0 || ws[k].lower().starts_with("al-")))) =>
        {
            EventKind::Release
        }
        // "A judge granted him bail on Monday".
        "granted" if !passive && (at(1) == "bail" || at(2) == "bail") => EventKind::Release,
        "waded" if at(1) == "into" => EventKind::Attack,
        // "riot police stopped the march at the roundabout with batons and water cannon".
        "stopped" | "blocked" | "halted"
            if !passive
                && ws[i + 1..].iter().take(3).any(|x| matches!(x.lower(), "march" | "marchers" | "protest" | "protesters" | "crowd" | "demonstrators"))
                && state_men_before(ws, i, 4) =>
        {
            EventKind::Confrontation
        }
        // "fourteen marchers were taken away in police trucks".
        "taken"
            if passive
                && at(1) == "away"
                && state_men_in(ws)
                && !before.iter().any(|b| CASUALTIES.contains(b)) =>
        {
            EventKind::Arrest
        }
        // "began a sweep of al-Zahra, searching houses and detaining thirty-one men", "raided the
        // camp, arresting twelve": an act told in a participle after the main one.
        // ("went through the railway quarter arresting seventeen men": a counted object makes it one
        // without the comma.)
        "arresting" | "detaining" | "abducting" | "releasing" | "freeing"
            if i > 0
                && (after_and_or_comma(ws, i)
                    || crate::dates::number_word(at(1)).is_some_and(|n| n > 1)
                    || at(1).parse::<u32>().is_ok_and(|n| n > 1))
                && (matches!(at(1), "him" | "her" | "them" | "a" | "an" | "the" | "some" | "about" | "at" | "dozens" | "scores")
                    || person(at(1))
                    || crate::dates::number_word(at(1)).is_some()
                    || at(1).parse::<u32>().is_ok()) =>
        {
            match ws[i].lower() {
                "arresting" | "detaining" => EventKind::Arrest,
                "abducting" => EventKind::Kidnapping,
                _ => EventKind::Release,
            }
        }
        // "completed the chamber on August 30, appointing its remaining 100 members by decree".
        "appointing" if i > 0 && after_and_or_comma(ws, i) => EventKind::Appointment,
        // "officers came for the blogger at his parents' home": a taking, an arrest when the
        // state's men come.
        "came"
            if at(1) == "for"
                && (person(at(2)) || matches!(at(2), "the" | "him" | "her" | "them"))
                && ws[i + 2..].iter().take(12).any(|x| matches!(x.lower(), "at" | "home" | "house" | "apartment")) =>
        {
            if state_men_before(ws, i, 10) {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "military police waded in with batons": a crowd broken up by force.
        "waded" if at(1) == "in" && at(2) == "with" => EventKind::Confrontation,
        // "some threw stones at the police station", "hurled rocks at the patrol": a crowd against
        // the state's men is a confrontation; stones at anyone else an attack.
        // "the two sides threw stones and bottles at each other": an exchange.
        "threw" | "hurled" | "lobbed"
            if matches!(at(1), "stones" | "rocks" | "bricks")
                && ws[i + 2..].iter().take(3).any(|x| matches!(x.lower(), "at" | "toward" | "towards")) =>
        {
            let against = |x: &Word| {
                STATE_MEN.contains(&x.lower()) || matches!(x.lower(), "patrol" | "convoy" | "station" | "other" | "another")
            };
            if ws[i + 3..].iter().take(6).any(against) {
                EventKind::Confrontation
            } else {
                EventKind::Attack
            }
        }
        // "a patrol … was turned back at gunpoint".
        "turned" if passive && at(1) == "back" => EventKind::Confrontation,
        "installed"
            if !passive && ws[i + 1..].iter().take(4).any(|x| ROLES.contains(&x.lower()) || x.lower() == "head") =>
        {
            EventKind::Appointment
        }
        // "installed Brig. Gen. X as Khuzestan's deputy governor", past a relative clause
        // ("installed X, who spent his career at the IRGC's Karbala Headquarters, as …").
        "installed"
            if !passive
                && ws[i + 1..].iter().take(24).any(|x| x.lower() == "as")
                && ws[i + 1..].iter().take(28).any(|x| ROLES.contains(&x.lower())) =>
        {
            EventKind::Appointment
        }
        // "handed the Basra Operations Command to Lt. Gen. X".
        "handed"
            if !passive
                && at(1) == "the"
                && ws[i + 2..].iter().take(4).any(|x| x.lower() == "command")
                && ws[i + 2..].iter().take(6).any(|x| x.lower() == "to") =>
        {
            EventKind::Appointment
        }
        // "was flagged down … and driven off in his own pickup", "was taken at gunpoint".
        // (Coordinated with its agent, "… and driven off in his own pickup by men in uniform",
        // not "had stopped the car and driven off".)
        "driven"
            if matches!(at(1), "off" | "away")
                // (Not machines or herds: "the bulldozers were driven off the hillside".)
                && !ws[i.saturating_sub(4)..i].iter().any(|x| {
                    VEHICLES.contains(&x.lower().trim_end_matches('s'))
                        || matches!(
                            x.lower(),
                            "bulldozer" | "bulldozers" | "machines" | "diggers" | "excavators" | "tankers" | "trucks"
                                | "herds" | "flocks" | "sheep" | "cattle" | "livestock" | "camels"
                        )
                })
                && (passive
                    || (i > 0
                        && ws[i - 1].lower() == "and"
                        && (ws[i + 2..].iter().take(8).any(|x| x.lower() == "by")
                            // "was stopped on the Amirli road by men in uniform and driven off".
                            || (ws[..i].iter().any(|x| matches!(x.lower(), "was" | "were"))
                                && !ws[..i].iter().any(|x| matches!(x.lower(), "had" | "has" | "have")))))) =>
        {
            EventKind::Kidnapping
        }
        // Strikes, boycotts and shutdowns told in ordinary words: "pulled down their shutters",
        // "closing every branch in the country", "stayed at home rather than teach", "turned into
        // a march on the governor's office".
        "pulled" if at(1) == "down" && matches!(at(3), "shutters" | "shops" | "stores") => EventKind::Other,
        "closing" | "closed" | "shut"
            if matches!(at(1), "every" | "all")
                && ws[i + 2..].iter().take(3).any(|x| {
                    matches!(
                        x.lower(),
                        "branch" | "branches" | "shops" | "stores" | "schools" | "markets" | "offices" | "banks"
                    )
                }) =>
        {
            EventKind::Other
        }
        "stayed" if at(1) == "at" && at(2) == "home" && matches!(at(3), "rather" | "instead") => EventKind::Other,
        "turned"
            if at(1) == "into"
                && matches!(at(2), "a" | "an")
                && matches!(at(3), "march" | "protest" | "demonstration" | "sit-in" | "riot") =>
        {
            EventKind::Other
        }
        // "took six bank employees hostage", "held the staff hostage", "…, taking two guards hostage".
        "took" | "held" | "taking"
            if !passive && ws[i + 1..].iter().take(6).any(|x| matches!(x.lower(), "hostage" | "hostages")) =>
        {
            EventKind::Kidnapping
        }
        // "the staff of a branch were held for about an hour by a woman": held by someone.
        // (Not "held up for months by a quarrel": delayed.)
        "held"
            if passive
                && at(1) != "up"
                && ws[i + 1..].iter().take(6).any(|x| x.lower() == "by")
                && !before.iter().any(|b| {
                    matches!(
                        *b,
                        "talks"
                            | "meeting"
                            | "meetings"
                            | "election"
                            | "elections"
                            | "vote"
                            | "conference"
                            | "summit"
                            | "session"
                            | "rally"
                            | "ceremony"
                            | "funeral"
                            | "celebration"
                            | "festival"
                            | "hearing"
                            | "exercise"
                            | "exercises"
                            | "drills"
                            | "seats"
                            | "seat"
                            | "post"
                            | "position"
                            | "ground"
                            | "territory"
                            | "area"
                            | "land"
                            | "shares"
                            | "stake"
                            | "funds"
                            | "assets"
                    )
                }) =>
        {
            let state = ws[i + 1..].iter().take(8).any(|x| {
                matches!(
                    x.lower(),
                    "police" | "security" | "intelligence" | "army" | "authorities" | "forces" | "troops"
                )
            });
            if state {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "held him overnight in the terminal": a detention.
        "held" if !passive && person(at(1)) && matches!(at(2), "overnight" | "incommunicado") => EventKind::Arrest,
        // "locked the door behind him and told the employees that nobody would leave until he was paid".
        "locked"
            if !passive
                && ws[i + 1..].iter().take(3).any(|x| matches!(x.lower(), "door" | "doors"))
                && ws[i + 1..].windows(3).take(30).any(|p| {
                    matches!(p[0].lower(), "nobody" | "one")
                        && matches!(p[1].lower(), "would" | "could")
                        && p[2].lower() == "leave"
                }) =>
        {
            EventKind::Kidnapping
        }
        // "was raked with gunfire from a passing car", "sprayed the café with bullets", "raked the
        // front of Azzawi's house in the town's al-Asri quarter with machine-gun fire" (in its clause).
        "raked" | "sprayed"
            if ws[i + 1..=hi.max(i)]
                .iter()
                .take(12)
                .any(|x| matches!(x.lower(), "gunfire" | "bullets" | "fire" | "machine-gun")) =>
        {
            EventKind::Attack
        }
        // "were taken out of the lead car and driven across the bridge".
        "taken"
            if passive
                && at(1) == "out"
                && at(2) == "of"
                && ws[i + 3..].iter().take(3).any(|x| VEHICLES.contains(&x.lower())) =>
        {
            EventKind::Kidnapping
        }
        // "moved Maj. Gen. X, a former commander …, to the Babil Operations Command".
        "moved" | "transferred" | "sent"
            if !passive
                && matches!(
                    at(1),
                    "maj" | "gen" | "brig" | "col" | "lt" | "general" | "colonel" | "brigadier" | "major"
                )
                && ws[i + 2..].windows(2).take(30).any(|p| p[0].lower() == "to")
                && ws[i + 2..].iter().take(36).any(|x| x.lower() == "command" || ROLES.contains(&x.lower())) =>
        {
            EventKind::Appointment
        }
        // "was removed on March 25 and replaced by Brig. Gen. X".
        "removed" | "dismissed" | "sacked"
            if passive
                && ws[i + 1..].windows(2).take(8).any(|p| p[0].lower() == "replaced" && p[1].lower() == "by") =>
        {
            EventKind::Appointment
        }
        // "gave the foreign companies until the end of the month to … or …": an ultimatum.
        "gave" | "given" | "giving"
            if ws[i + 1..].iter().take(6).any(|x| x.lower() == "until")
                && (ws[i + 1..].iter().take(40).any(|x| x.lower() == "or")
                    || ws[i + 1..].windows(2).take(14).any(|p| p[0].lower() == "to" && p[1].lower() == "leave")) =>
        {
            EventKind::Threat
        }
        // "gave the government a month to hand the case to a civilian court": an ultimatum.
        "gave" | "giving"
            if !passive
                && ws[i + 1..].windows(3).take(5).any(|p| {
                    (matches!(p[0].lower(), "a" | "one" | "two" | "three" | "seven" | "ten" | "48" | "72" | "24")
                        || p[0].lower().parse::<u32>().is_ok())
                        && matches!(p[1].lower(), "day" | "days" | "week" | "weeks" | "month" | "months" | "hours")
                        && p[2].lower() == "to"
                }) =>
        {
            EventKind::Threat
        }
        // A post given: "handed his office to Sarkawt Jalal Mirza", "gave the post to X"; "gave
        // command of the Tuz Khurmatu sector to X", "gave the command of the southern flotilla to X".
        "handed" | "gave"
            if !passive
                && ((matches!(at(1), "his" | "her" | "the" | "their")
                    && matches!(at(2), "office" | "post" | "job" | "command" | "portfolio" | "seat" | "position")
                    && at(3) == "to")
                    || ((at(1) == "command" && at(2) == "of"
                        || at(1) == "the" && at(2) == "command" && at(3) == "of")
                        && ws[i + 3..].iter().take(12).any(|x| x.lower() == "to"))) =>
        {
            EventKind::Appointment
        }
        // "stopped a car … and walked them up into the mountains at gunpoint".
        "walked" | "marched"
            if person(at(1))
                && ws[i + 1..].windows(2).take(12).any(|p| p[0].lower() == "at" && p[1].lower() == "gunpoint") =>
        {
            EventKind::Kidnapping
        }
        // "kept him in a house in the Tal al-Rimah quarter until morning": held captive.
        "kept"
            if !passive
                && person(at(1))
                && matches!(at(2), "in" | "at")
                && ws[i + 3..]
                    .iter()
                    .take(3)
                    .any(|x| matches!(x.lower(), "house" | "room" | "basement" | "farm" | "cellar")) =>
        {
            EventKind::Kidnapping
        }
        // "all fourteen drivers were handcuffed at the roadside", "put him on a plane in handcuffs".
        "handcuffed" => EventKind::Arrest,
        "handcuffs" if i > 0 && ws[i - 1].lower() == "in" => EventKind::Arrest,
        // "some three hundred truck drivers parked their rigs across both carriageways": a road blocked.
        "parked"
            if ws[i + 1..].iter().take(4).any(|x| x.lower() == "across")
                && ws[i + 1..].iter().take(8).any(|x| {
                    matches!(
                        x.lower(),
                        "road" | "roads" | "highway" | "carriageway" | "carriageways" | "street" | "bridge"
                    )
                }) =>
        {
            EventKind::Other
        }
        // "the Gendarmerie moved in with tear gas and armored bulldozers".
        "moved"
            if at(1) == "in"
                && at(2) == "with"
                && ws[i + 3..]
                    .iter()
                    .take(4)
                    .any(|x| matches!(x.lower(), "tear" | "batons" | "bulldozers" | "cannon" | "clubs")) =>
        {
            EventKind::Confrontation
        }
        // "suspended its weekly flight from Mukalla": a service cut.
        "suspended"
            if !passive
                && ws[i + 1..]
                    .iter()
                    .take(4)
                    .any(|x| matches!(x.lower(), "flight" | "flights" | "service" | "services")) =>
        {
            EventKind::Other
        }
        // "a car packed with explosives rammed a checkpoint".
        "rammed" if weapon_before() || ws[..i].iter().any(|b| b.lower() == "explosives") => EventKind::Attack,
        // "took a sixty-year-old shepherd back across the line with it": carried off by soldiers.
        "took"
            if !passive
                && ws[i + 1..].windows(2).take(8).any(|p| p[0].lower() == "back" && p[1].lower() == "across")
                && state_men_in(&ws[..i]) =>
        {
            EventKind::Arrest
        }
        // "The shepherd was returned on March 10 at the Quneitra crossing": a captive given back.
        "returned"
            if passive
                && matches!(at(1), "on" | "at" | "to" | "home" | "unharmed" | "alive" | "safely")
                && !before.iter().any(|b| {
                    GOODS.contains(b)
                        || BUILDINGS.contains(b)
                        || matches!(
                            *b,
                            "body"
                                | "bodies"
                                | "remains"
                                | "land"
                                | "lands"
                                | "property"
                                | "documents"
                                | "passport"
                                | "passports"
                                | "money"
                                | "funds"
                                | "vehicle"
                                | "vehicles"
                                | "car"
                                | "cars"
                                | "trucks"
                        )
                }) =>
        {
            EventKind::Release
        }
        // "stopped two students at the junction and took them to the brigade's headquarters".
        "took"
            if !passive
                && person(at(1))
                && at(2) == "to"
                && ws[i + 3..].iter().take(4).any(|x| {
                    matches!(
                        x.lower(),
                        "headquarters" | "base" | "station" | "prison" | "jail" | "barracks" | "compound"
                    )
                }) =>
        {
            EventKind::Arrest
        }
        // "the brigade's men fired over their heads": shots to hold a crowd off.
        "fired" if at(1) == "over" && matches!(at(2), "their" | "the") && at(3) == "heads" => EventKind::Confrontation,
        // A shutdown: "the managers shut the plant", "the interior ministry closed the IAF's offices
        // in Irbid"; "declared force majeure on its output".
        "shut" | "closed"
            if !passive
                && ((matches!(at(1), "the" | "its" | "their")
                    && matches!(
                        at(2),
                        "plant" | "refinery" | "port" | "terminal" | "field" | "crossing" | "border" | "mine"
                    ))
                    || (ws[i + 1..=hi.max(i)].iter().take(5).any(|x| {
                        matches!(x.lower(), "offices" | "office" | "headquarters" | "branches" | "bureau" | "bureaus")
                    }) && ws[..i].iter().rev().take(6).any(|b| {
                        matches!(
                            b.lower(),
                            "ministry" | "court" | "government" | "authorities" | "police" | "security" | "governor"
                        )
                    }))) =>
        {
            EventKind::Other
        }
        "declared" if at(1) == "force" && at(2) == "majeure" => EventKind::Other,
        // "most of the bazaar stayed shut for two days": a shutdown.
        "stayed" if matches!(at(1), "shut" | "closed") => EventKind::Other,
        // "He walked back into the refinery three days after he was taken": a captive back.
        "walked" | "came"
            if at(1) == "back"
                && ws[i + 2..].windows(2).take(12).any(|p| {
                    matches!(p[0].lower(), "was" | "were")
                        && matches!(p[1].lower(), "taken" | "abducted" | "kidnapped" | "seized" | "snatched")
                }) =>
        {
            EventKind::Release
        }
        // "stopped an Iraqi fishing dhow and towed it with its crew of six to the naval base".
        "towed" if ws[i + 1..].iter().take(5).any(|x| x.lower() == "crew") => EventKind::Arrest,
        // "had already stood off against port security", "faced off with".
        "stood" | "faced" if at(1) == "off" => EventKind::Confrontation,
        // "dockworkers refused to unload ships": a strike.
        "refused"
            if at(1) == "to" && matches!(at(2), "unload" | "load" | "work" | "teach" | "open" | "handle" | "sail") =>
        {
            EventKind::Other
        }
        // "were handed over at the same moment at the Aboudiyeh crossing": captives given back.
        // ("the six men and the two truck drivers were handed over at the same hour at the
        // Military Intelligence branch": people, not a post.)
        "handed"
            if passive
                && at(1) == "over"
                && (ws[i + 2..].iter().take(8).any(|x| matches!(x.lower(), "crossing" | "border" | "checkpoint"))
                    || (matches!(at(2), "at" | "in" | "on" | "near" | "outside")
                        && before.iter().rev().take(8).any(|b| {
                            matches!(
                                *b,
                                "hostages" | "captives" | "fighters" | "soldiers" | "pupils"
                            ) || PEOPLE_NOUNS.contains(b)
                                || PERSON_NOUNS.contains(b)
                        }))) =>
        {
            EventKind::Release
        }
        "taken" if at(1) == "at" && at(2) == "gunpoint" => EventKind::Kidnapping,
        // "was ordered out of his pickup at gunpoint".
        "ordered" if passive && at(1) == "out" && at(2) == "of" => EventKind::Kidnapping,
        // "four men on board were ordered out, blindfolded and driven off toward the lava fields".
        "ordered"
            if passive
                && at(1) == "out"
                && ws[i + 2..]
                    .iter()
                    .take(5)
                    .any(|x| matches!(x.lower(), "blindfolded" | "driven" | "taken" | "marched" | "bundled")) =>
        {
            EventKind::Kidnapping
        }
        // "Saadi reappeared nine days after his abduction".
        // (Not "two days after Aziz reappeared": a time anchor.)
        "reappeared" if !before.iter().rev().take(3).any(|b| matches!(*b, "after" | "before" | "since" | "until")) => {
            EventKind::Release
        }
        // "were found dead", "was found three nights later beside the road with two bullets in his head".
        "found"
            if passive
                && (at(1) == "dead"
                    || ws[i + 1..].iter().take(14).any(|x| matches!(x.lower(), "bullet" | "bullets"))) =>
        {
            EventKind::Assassination
        }
        // "answered by seizing two Bedouin shepherds".
        "seizing"
            if i > 0
                && ws[i - 1].lower() == "by"
                && ws[i + 1..].iter().take(4).any(|x| {
                    matches!(
                        x.lower(),
                        "shepherds" | "men" | "hostages" | "relatives" | "villagers" | "traders" | "drivers"
                    )
                }) =>
        {
            EventKind::Kidnapping
        }
        // "the captives were exchanged eight days later".
        "exchanged" | "swapped"
            if passive
                && before
                    .iter()
                    .rev()
                    .take(4)
                    .any(|b| matches!(*b, "captives" | "hostages" | "prisoners" | "detainees" | "men")) =>
        {
            EventKind::Release
        }
        // "were picked up last Thursday by the Operations Command".
        "picked" | "rounded" if passive && at(1) == "up" => EventKind::Arrest,
        // "had impounded two containers": goods held, not people.
        "impounded" => EventKind::Other,
        // "eleven of the detainees were let out on bail".
        "let" if passive && at(1) == "out" => EventKind::Release,
        "faced" if at(1) == "each" && at(2) == "other" => EventKind::Confrontation,
        // "announced that General X would chair the new committee".
        "chair" | "head" if i > 0 && matches!(ws[i - 1].lower(), "would" | "will") => EventKind::Appointment,
        // "marched on the governorate building", "drove them back with tear gas".
        "marched" if at(1) == "on" => EventKind::Confrontation,
        "drove" if at(2) == "back" && person(at(1)) => EventKind::Confrontation,
        // "armed men forced their way into the compound"; "a guard was beaten unconscious".
        "forced" if matches!(at(1), "their" | "his" | "its") && at(2) == "way" && at(3) == "into" => EventKind::Attack,
        // "the federal court ruled that the ministry must pay": a ruling.
        "ruled"
            if at(1) == "that"
                && before.iter().any(|b| matches!(*b, "court" | "judge" | "judges" | "tribunal" | "judiciary")) =>
        {
            EventKind::Other
        }
        // "pulled its ministers out of cabinet meetings", "boycotted the session".
        "pulled" if matches!(at(1), "its" | "their") && matches!(at(2), "ministers" | "deputies" | "members") => {
            EventKind::Other
        }
        "boycotted" if !passive => EventKind::Other,
        // "named Hassan Khoshnaw to run a new directorate", "replaced the officer … with one of its own men".
        // The object may carry an apposition: "named Judge Ayad al-Mohammadi, a former prosecutor
        // from Hit, to take over the file", "named X … in his place".
        // ("When the Majlis confirmed Hojatoleslam Reza Kazerooni as minister of intelligence",
        // "was confirmed as governor": a vote that gives the post.)
        "named" | "tapped" | "naming" | "confirmed"
            if (!passive || ws[i].lower() == "confirmed")
                && (i + 2..ws.len().min(i + 32)).any(|k| {
                    let p = &ws[k..ws.len().min(k + 6)];
                    let w = |j: usize| p.get(j).map_or("", |x| x.lower());
                    // "named Brig. Gen. Faraj al-Mismari commander of the Southern Military Region".
                    (ROLES.contains(&w(0))
                        && w(1) == "of"
                        && !matches!(ws[k - 1].lower(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "new" | "of"))
                        || (w(0) == "to"
                        && (matches!(w(1), "run" | "head" | "lead" | "command" | "chair" | "succeed" | "replace")
                            || (w(1) == "take" && (w(2) == "over" || (matches!(w(2), "his" | "her") && w(3) == "place")))))
                        || (w(0) == "in" && matches!(w(1), "his" | "her") && w(2) == "place")
                        // "as the new head of", "as acting governor"; "as the interim
                        // administration's head of security"; "as Sinjar's new district police chief".
                        || (w(0) == "as"
                            && p[1..]
                                .iter()
                                .take_while(|x| !matches!(x.lower(), "of" | "for" | "to"))
                                .any(|x| is_role(x.lower())))
                        || (w(0) == "as" && w(1) == "the" && owned_role(p.get(2..).unwrap_or_default()))
                }) =>
        {
            EventKind::Appointment
        }
        "replaced" if !passive && ws[i + 1..].iter().take(20).any(|x| x.lower() == "with") => EventKind::Appointment,
        // "replaced the commander of the border guard regiment": a post given to someone else.
        "replaced" if !passive && at(1) == "the" && (ROLES.contains(&at(2)) || ROLES.contains(&at(3))) => {
            EventKind::Appointment
        }
        // A death in custody: "was told to collect his body", "died in custody".
        "collect" if matches!(at(1), "his" | "her") && at(2) == "body" => EventKind::Other,
        "died"
            if at(1) == "in"
                && ws[i + 2..=hi.max(i + 1)]
                    .iter()
                    .take(3)
                    .any(|x| matches!(x.lower(), "custody" | "prison" | "detention" | "jail" | "captivity")) =>
        {
            EventKind::Other
        }
        // "presented a paper proposing that Hezbollah's units pull back".
        "presented" if ws[i + 1..].iter().take(5).any(|x| matches!(x.lower(), "proposing" | "offering")) => {
            EventKind::Offer
        }
        "squared" if at(1) == "off" => EventKind::Confrontation,
        // "fought a running battle in the market"; "the two sides fought for most of the day
        // around the bus station".
        // "mourners fought riot police for several hours", "fought them off in a battle".
        "fought"
            if ws[i + 1..=hi.max(i)]
                .iter()
                .take(5)
                .any(|x| matches!(x.lower(), "battle" | "gunbattle" | "firefight"))
                // ("fought a group of insurgents for about two hours".)
                || ws[i + 1..=hi.max(i)].iter().take(4).any(|x| {
                    matches!(
                        x.lower(),
                        "police"
                            | "troops"
                            | "soldiers"
                            | "guards"
                            | "guardsmen"
                            | "militiamen"
                            | "gunmen"
                            | "insurgents"
                            | "rebels"
                            | "fighters"
                            | "militants"
                            | "jihadists"
                            | "attackers"
                            | "raiders"
                    )
                })
                || (before.last().is_some_and(|b| matches!(*b, "sides" | "groups" | "factions" | "units"))
                    && matches!(at(1), "for" | "around" | "in" | "on" | "through" | "until" | "with"))
                // "fought with fists, sticks and belts".
                || (at(1) == "with" && ws[i + 2..].iter().take(3).any(|x| MELEE.contains(&x.lower()))) =>
        {
            EventKind::Confrontation
        }
        // "aircraft chartered by the ICRC flew 140 prisoners from Abha to Sanaa", "took off from
        // Sanaa with 118 prisoners": captives carried home in an exchange.
        // (A participle only after a comma or "and": not "the bus carrying prisoners to court".)
        "flew" | "carried" | "carrying" | "ferried" | "ferrying" | "flying"
            if !passive
                && (!ws[i].lower().ends_with("ing") || after_and_or_comma(ws, i))
                && ws[i + 1..].iter().take(5).any(|x| CAPTIVES.contains(&x.lower()))
                && !ws[i + 1..].iter().take(10).any(|x| matches!(x.lower(), "court" | "prison" | "jail" | "trial")) =>
        {
            EventKind::Release
        }
        "took" if at(1) == "off" && ws[i + 2..].iter().take(10).any(|x| CAPTIVES.contains(&x.lower())) => {
            EventKind::Release
        }
        // "named a new commander for the brigade", "named a new security chief for Radaa".
        "named"
            if !passive
                && matches!(at(1), "a" | "the")
                && at(2) == "new"
                && (ROLES.contains(&at(3)) || ROLES.contains(&at(4))) =>
        {
            EventKind::Appointment
        }
        // "was given command of the Operations Command", "took over command of the brigade".
        "given" | "handed" if passive && at(1) == "command" && at(2) == "of" => EventKind::Appointment,
        "took" if at(1) == "over" && matches!(at(2), "command" | "as") => EventKind::Appointment,
        // "announced that General X would take over the western region" (a succession announced).
        "take" if at(1) == "over" && matches!(at(2), "the" | "as" | "command") => EventKind::Appointment,
        // "replaced the head of its commission, giving the job to Levon Hakobyan".
        "giving" if at(1) == "the" && matches!(at(2), "job" | "post" | "portfolio") && at(3) == "to" => {
            EventKind::Appointment
        }
        // "two of them turned up dead in an olive grove".
        "turned" if at(1) == "up" && at(2) == "dead" => EventKind::Assassination,
        // "was found eleven days after he vanished, bound and dehydrated but alive".
        "found"
            if passive
                && ws[i + 1..].iter().take(15).any(|x| matches!(x.lower(), "alive" | "unharmed"))
                && !ws[i + 1..].iter().take(15).any(|x| matches!(x.lower(), "guilty" | "innocent")) =>
        {
            EventKind::Release
        }
        // "found his car burning outside his house": an attack on what he owns.
        "found"
            if !passive
                && matches!(at(1), "his" | "her" | "their")
                && matches!(at(2), "car" | "house" | "home" | "shop" | "office" | "truck")
                && matches!(at(3), "burning" | "ablaze" | "torched" | "gutted" | "destroyed" | "riddled") =>
        {
            EventKind::Attack
        }
        // "was pulled from his car at a fake checkpoint", "was pulled off a minibus".
        "pulled" | "dragged"
            if passive
                && matches!(at(1), "from" | "off" | "out")
                && ws[i + 2..].iter().take(4).any(|x| {
                    let x = x.lower();
                    VEHICLES.contains(&x) || matches!(x, "minibus" | "bus" | "home" | "house" | "shop" | "bed")
                }) =>
        {
            EventKind::Kidnapping
        }
        // "some forty men had been taken to the security headquarters in Latakia".
        "taken"
            if passive
                && at(1) == "to"
                && ws[i + 2..=hi.max(i + 1)].iter().take(4).any(|x| {
                    matches!(x.lower(), "headquarters" | "prison" | "jail" | "detention" | "police" | "barracks")
                }) =>
        {
            EventKind::Arrest
        }
        // "fighters on a rooftop trained a heavy machine gun on his vehicles".
        "trained" | "pointed" | "aimed"
            if ws[i + 1..=hi.max(i)]
                .iter()
                .take(4)
                .any(|x| matches!(x.lower(), "gun" | "guns" | "rifles" | "weapons"))
                && ws[i + 1..=hi.max(i)].iter().take(6).any(|x| matches!(x.lower(), "on" | "at")) =>
        {
            EventKind::Confrontation
        }
        // "men on motorcycles smashed the windscreen of the lead vehicle".
        "smashed"
            if ws[i + 1..=hi.max(i)].iter().take(3).any(|x| {
                matches!(x.lower(), "windscreen" | "windshield" | "windows" | "window" | "cameras" | "camera")
            }) =>
        {
            EventKind::Attack
        }
        // "a passing truck driver brought him home": a captive back.
        "brought" if matches!(at(1), "him" | "her" | "them") && at(2) == "home" => EventKind::Release,
        // "two drones were brought down by Russian air defenses": an attack on a craft.
        "brought"
            if at(1) == "down"
                && (before.iter().rev().take(6).any(|b| CRAFT.contains(b))
                    || ws[i + 2..=hi.max(i + 1)].iter().take(4).any(|x| CRAFT.contains(&x.lower()))) =>
        {
            EventKind::Attack
        }
        // "riot police used tear gas and batons to clear several hundred young men".
        "used"
            if ws[i + 1..=hi.max(i)].iter().take(5).any(|x| matches!(x.lower(), "tear" | "batons" | "cannon"))
                && ws[i + 1..]
                    .windows(2)
                    .take(8)
                    .any(|p| p[0].lower() == "to" && matches!(p[1].lower(), "clear" | "disperse" | "break")) =>
        {
            EventKind::Confrontation
        }
        // "would release the sheikh in return for thirty-two fighters": a proposed exchange.
        // (Not a ransom: "demanded the release of the detainees in exchange for him".)
        "return" | "exchange"
            if i > 0
                && ws[i - 1].lower() == "in"
                && at(1) == "for"
                && before.iter().any(|b| matches!(*b, "release" | "free" | "hand" | "swap" | "return"))
                && !before.iter().any(|b| b.starts_with("demand")) =>
        {
            EventKind::Offer
        }
        // "was taken into custody", "took its twelve crewmen, most of them Indian nationals, into custody".
        "taken" | "took"
            if ws[i + 1..]
                .windows(2)
                .take(12)
                .any(|p| p[0].lower() == "into" && matches!(p[1].lower(), "custody" | "detention")) =>
        {
            EventKind::Arrest
        }
        // "police … stopped a car and took in its three passengers"; "state security officers
        // walked into his diwaniya and led him out to a waiting car": by the state's men an arrest.
        "took" | "led"
            if !passive
                && (ws[i].lower() == "took" && at(1) == "in"
                    || ws[i].lower() == "led" && person(at(1)) && at(2) == "out")
                && state_men_before(ws, i, 40) =>
        {
            EventKind::Arrest
        }
        // "had revoked the citizenship of al-Ahmadi", "stripped 1,146 people of their nationality".
        // (Not "those stripped of their citizenship could keep …": who they are.)
        "revoked" | "stripped"
            if ws[i + 1..=hi.max(i)].iter().take(8).any(|x| matches!(x.lower(), "citizenship" | "nationality"))
                && !before.last().is_some_and(|b| matches!(*b, "those" | "people" | "men" | "women" | "families")) =>
        {
            EventKind::Other
        }
        // "he was left, blindfolded and barefoot, by the road near Kafr Janna", "was dumped … on the
        // side of the road": a captive let go.
        // (Not "was beaten and left at the side of the road": the assault's end, not a release.)
        // ("held for two days in an unfinished house, beaten, and then left on the roadside": the
        // end of a captivity told in one breath; not "his driver was left at the roadside with his
        // phone smashed", someone left behind.)
        "left"
            if ((passive && matches!(ws[i - 1].lower(), "was" | "were"))
                || (ws[i - 1].lower() == "then" && ws[..i].iter().any(|x| x.lower() == "held")))
                && ws[i + 1..].iter().take(10).any(|x| {
                    matches!(x.lower(), "blindfolded" | "road" | "roadside" | "highway" | "handcuffed" | "bound")
                })
                && !ws[..i].iter().any(|x| matches!(x.lower(), "driver" | "drivers" | "companion" | "companions" | "bodyguard" | "bodyguards" | "colleague" | "colleagues")) =>
        {
            EventKind::Release
        }
        // "said that those stripped of their citizenship could keep their housing …, provided that
        // they did not contest the decisions": a benefit offered on a condition.
        // (After "offered", the proviso is that offer's: "offered to pay … by the end of May,
        // provided that …"; and the month May is no modal.)
        "provided"
            if at(1) == "that"
                && ws[..i].iter().any(|b| matches!(b.lower(), "said" | "announced" | "told"))
                && !ws[..i].iter().any(|b| b.lower() == "offered")
                && ws[..i].iter().any(|b| b.flags & MODAL != 0 && matches!(b.lower(), "could" | "would" | "will" | "may")) =>
        {
            EventKind::Offer
        }
        // "emptied their rifles into a car", "fired a burst from a Kalashnikov into the guard post".
        "emptied" if ws[i + 1..=hi.max(i)].iter().take(4).any(|x| x.lower() == "into") => EventKind::Attack,
        "fired"
            if ws[i + 1..=hi.max(i)].iter().take(5).any(|x| {
                matches!(x.lower(), "burst" | "bursts" | "shots" | "rounds" | "volley" | "volleys" | "bullets")
            }) =>
        {
            EventKind::Attack
        }
        // "riot police fired tear gas", "dispersed them with tear gas and birdshot".
        "fired" if at(1) == "tear" && at(2) == "gas" => EventKind::Confrontation,
        // "riot police cleared the street with batons and tear gas".
        "dispersed" | "cleared" | "charged"
            if ws[i + 1..=hi.max(i)].iter().take(6).any(|x| {
                matches!(x.lower(), "tear" | "batons" | "birdshot" | "cannon" | "clubs" | "force" | "gunfire")
            }) =>
        {
            EventKind::Confrontation
        }
        // "exchanged fire for several hours with a brigade", "traded fire".
        // (Not "have traded fire on 300 days": a tally.)
        // ("traded machine-gun fire", "exchanged heavy fire", "traded artillery fire".)
        "exchanged" | "traded"
            if (matches!(at(1), "fire" | "gunfire" | "shots")
                || (matches!(at(2), "fire" | "gunfire" | "shots") && !matches!(at(1), "no" | "any")))
                && !before.last().is_some_and(|b| matches!(*b, "have" | "has")) =>
        {
            EventKind::Confrontation
        }
        // "a shop was set alight", "set ablaze", "set on fire".
        "set" if passive && (matches!(at(1), "alight" | "ablaze") || (at(1) == "on" && at(2) == "fire")) => {
            EventKind::Attack
        }
        // "a strike gutted the upper floors", "a missile came down beside the camp", "a bomb blew the gate off".
        "gutted" | "wrecked" | "shattered" if weapon_before() => EventKind::Attack,
        "came" if at(1) == "down" && weapon_before() => EventKind::Attack,
        "blew" if weapon_before() || at(1) == "up" => EventKind::Attack,
        // "took five young men from their homes", "was dragged from his car": by the state's men
        // an arrest, else an abduction.
        // (Not "they had been taken from their homes": the arrests told again.)
        "took" | "taken" | "dragged" | "snatched" | "hauled"
            if !before.ends_with(&["had", "been"])
                && ws[i + 1..=hi.max(i)].iter().take(12).collect::<Vec<_>>().windows(3).any(|p| {
                    p[0].lower() == "from"
                        && [p[1].lower(), p[2].lower()].iter().any(|x| {
                            matches!(
                                *x,
                                "home"
                                    | "homes"
                                    | "house"
                                    | "houses"
                                    | "car"
                                    | "cars"
                                    | "bed"
                                    | "beds"
                                    | "center"
                                    | "centre"
                            )
                        })
                }) =>
        {
            let state = before.iter().rev().take(8).any(|b| {
                matches!(
                    *b,
                    "troops" | "police" | "soldiers" | "officers" | "agents" | "forces" | "policemen" | "intelligence"
                )
            });
            if state {
                EventKind::Arrest
            } else {
                EventKind::Kidnapping
            }
        }
        // "He surrendered to police at the directorate", "two of the ambushers were surrendered to
        // the security service": given up into custody. (Not "surrendered to the reeds".)
        "surrendered"
            if matches!(at(1), "to" | "at")
                && ws[i + 2..].iter().take(4).any(|x| {
                    x.flags & CAPITALISED != 0
                        || matches!(x.lower(), "police" | "security" | "forces" | "army" | "authorities" | "intelligence")
                }) =>
        {
            EventKind::Arrest
        }
        // "drove him into the desert", "drove off with him and his driver", "drove Rajo away",
        // "stopped a car carrying two reporters … and drove off with both".
        "drove"
            if (person(at(1)) && matches!(at(2), "into" | "away" | "off" | "to"))
                || (!passive
                    && !matches!(
                        at(1),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "back" | "off" | "away"
                    )
                    && (at(2) == "away" || at(3) == "away"))
                || (matches!(at(1), "off" | "away") && at(2) == "with" && matches!(at(3), "him" | "her" | "them" | "both")) =>
        {
            EventKind::Kidnapping
        }
        // "handed over a third suspect to the army": an arrest by handover.
        "handed"
            if !passive
                && at(1) == "over"
                && ws[i + 2..=hi.max(i + 1)]
                    .iter()
                    .take(4)
                    .any(|x| matches!(x.lower(), "suspect" | "suspects" | "gunman" | "gunmen" | "fugitive")) =>
        {
            EventKind::Arrest
        }
        // "the LAF handed back a Bedouin shepherd", "Israel returned three Lebanese men it had
        // held since the spring": captives given back (not "returned the bodies of two soldiers",
        // "returned to Beirut", "handed back the keys").
        "handed" | "returned"
            if !passive
                && (ws[i].lower() == "returned" || at(1) == "back")
                && {
                    let from = i + 1 + usize::from(at(1) == "back");
                    let object = &ws[from.min(ws.len())..ws.len().min(from + 5)];
                    object.first().is_some_and(|x| {
                        matches!(x.lower(), "a" | "an" | "the" | "all" | "both")
                            || x.lower().parse::<u32>().is_ok()
                            || crate::dates::number_word(x.lower()).is_some()
                    }) && object.iter().any(|x| {
                        PEOPLE_NOUNS.contains(&x.lower())
                            || PERSON_NOUNS.contains(&x.lower())
                            || matches!(
                                x.lower(),
                                "shepherd" | "shepherds" | "prisoner" | "captives" | "hostages" | "sailors"
                            )
                    }) && !object.iter().any(|x| matches!(x.lower(), "body" | "bodies" | "remains" | "of" | "to"))
                } =>
        {
            EventKind::Release
        }
        // "handed four of the seven detainees over to Iraqi border guards": captives given back.
        "handed"
            if !passive
                && ws[i + 1..=hi.max(i)].iter().take(7).any(|x| {
                    matches!(x.lower(), "detainees" | "captives" | "hostages" | "prisoners" | "hostage" | "prisoner")
                })
                && ws[i + 1..=hi.max(i)].windows(2).take(8).any(|p| p[0].lower() == "over" && p[1].lower() == "to") =>
        {
            EventKind::Release
        }
        // "the clan handed Kanj over, unharmed, to Hezbollah officials", "handed the hostage to
        // the mediators": a captive given back.
        "handed"
            if !passive
                && ws.get(i + 1..i + 4).is_some_and(|obj| {
                    let person = |x: &Word| {
                        (x.flags & CAPITALISED != 0 && !ROLES.contains(&x.lower()))
                            || PERSON_NOUNS.contains(&x.lower())
                            || matches!(x.lower(), "hostage" | "captive")
                    };
                    let end = obj.iter().position(|x| matches!(x.lower(), "over" | "back" | "to"));
                    end.is_some_and(|e| e > 0 && obj[..e].last().is_some_and(person))
                }) =>
        {
            EventKind::Release
        }
        // "handed command to his deputy": a succession.
        "handed" if matches!(at(1), "command" | "control") && at(2) == "to" && before.len() < 40 => {
            EventKind::Appointment
        }
        // "was back at his family's guesthouse before nightfall", "were back home".
        "back"
            if i > 0
                && matches!(ws[i - 1].lower(), "was" | "were")
                && (at(1) == "home"
                    || (matches!(at(1), "at" | "with" | "in")
                        && ws[i + 2..=hi.max(i + 1)].iter().take(3).any(|x| {
                            matches!(x.lower(), "family's" | "family" | "families" | "home" | "house" | "relatives")
                        }))) =>
        {
            EventKind::Release
        }
        "walked" if at(1) == "free" => EventKind::Release,
        // "was beaten outside his house" (not "beaten back", not "beaten during the arrest").
        "beaten"
            if passive
                && matches!(
                    at(1),
                    "outside" | "inside" | "in" | "at" | "by" | "with" | "unconscious" | "to" | "severely" | "badly"
                ) =>
        {
            EventKind::Attack
        }
        // An execution: "was hanged", "the judiciary hanged Rahim Qaderi".
        "hanged"
            if passive
                || before.iter().any(|b| matches!(*b, "judiciary" | "authorities" | "state" | "regime" | "court")) =>
        {
            EventKind::Other
        }
        // "kept heavy machine guns trained on the convoy".
        "trained"
            if at(1) == "on" && before.iter().rev().take(4).any(|b| matches!(*b, "guns" | "weapons" | "rifles")) =>
        {
            EventKind::Confrontation
        }
        // "put him at the head of a new committee".
        "put"
            if ws[i + 1..=hi.max(i)]
                .iter()
                .take(8)
                .collect::<Vec<_>>()
                .windows(3)
                .any(|p| p[0].lower() == "the" && p[1].lower() == "head" && p[2].lower() == "of") =>
        {
            EventKind::Appointment
        }
        // "relieved General Ali Hassan of his command": the post named after the person.
        "relieved"
            if !passive
                && ws[i + 1..=hi.max(i)].windows(3).take(8).any(|p| {
                    p[0].lower() == "of"
                        && matches!(p[1].lower(), "his" | "her" | "their")
                        && matches!(p[2].lower(), "command" | "post" | "duties" | "position")
                }) =>
        {
            EventKind::Appointment
        }
        // "dismissed eleven district directors", "sacked the police chief", "relieved Kabul's
        // police chief of his command": a personnel act, the first half of an appointment when
        // the sentence names the successor.
        "dismissed" | "sacked" | "removed" | "relieved"
            if !passive
                && ws[i + 1..=hi.max(i)].iter().take(5).any(|x| {
                    matches!(
                        x.lower(),
                        "director"
                            | "directors"
                            | "governor"
                            | "chief"
                            | "commander"
                            | "minister"
                            | "officials"
                            | "officers"
                            | "judge"
                            | "judges"
                            | "head"
                            | "mayor"
                    )
                }) =>
        {
            EventKind::Appointment
        }
        // "parliament approved Lieutenant General X, a career police officer, as interior minister".
        "approved" | "endorsed"
            if !passive
                && ws[i + 1..].iter().take(20).position(|x| x.lower() == "as").is_some_and(|k| {
                    ws[i + 2 + k..].iter().take(3).any(|x| is_role(x.lower()))
                }) =>
        {
            EventKind::Appointment
        }
        // "transferred two hundred plots to the families of fighters".
        "transferred"
            if ws[i + 1..=hi.max(i)]
                .iter()
                .take(8)
                .any(|x| matches!(x.lower(), "plots" | "land" | "lands" | "property" | "properties" | "deeds")) =>
        {
            EventKind::Other
        }
        _ => return None,
    };
    Some((kind, false))
}

/// Is the strike at word `i` a labour action ("went on strike", "a general strike", "a strike at
/// the power station, whose workers have not been paid"), not a blow (no weapon named before it)?
fn labour_strike(ws: &[Word], i: usize, before: &[&str]) -> bool {
    let w = ws[i].lower();
    let prev = if i > 0 { ws[i - 1].lower() } else { "" };
    matches!(w, "strike" | "strikes")
        && (matches!(prev, "on" | "general" | "hunger")
            // "staged a two-day strike", "began an open-ended strike" (not "protests began after
            // the strike on the hospital").
            || before
                .iter()
                .rev()
                .take(4)
                .take_while(|b| !PREPOSITIONS_BEFORE_ACTION.contains(b))
                .any(|b| matches!(*b, "began" | "started" | "staged"))
            || ws.iter().any(|x| {
                matches!(x.lower(), "workers" | "employees" | "teachers" | "unions" | "union" | "salaries" | "wages")
            }))
        && !before.iter().rev().take(3).any(|b| military_modifier(b))
}

/// Words that, between "began" and "strike", make the strike no object of the verb ("fires started
/// after the strike").
const PREPOSITIONS_BEFORE_ACTION: &[&str] =
    &["after", "before", "since", "following", "during", "with", "by", "in", "on"];

/// "administration's head", "interim administration's head": a role owned by a body, within
/// the first words of `ws`.
fn owned_role(ws: &[Word]) -> bool {
    // ("the province's new security chief".)
    (0..2).any(|k| {
        ws.get(k).is_some_and(|w| w.lower().ends_with("'s"))
            && ws.iter().skip(k + 1).take(3).any(|x| is_role(x.lower()))
    })
}

/// A role noun ([`ROLES`]), also as the head of a compound title ("governor-general").
fn is_role(w: &str) -> bool {
    ROLES.contains(&w) || w.split_once('-').is_some_and(|(head, _)| ROLES.contains(&head))
}

/// What workers begin or stage: a strike, a walkout, a boycott (a sit-in, told so, is often
/// the setting of what happens, not an event of its own).
const PROTEST_ACTIONS: &[&str] = &["strike", "strikes", "walkout", "boycott"];

/// A word that makes a strike a military one ("an air strike", "a drone strike").
fn military_modifier(w: &str) -> bool {
    WEAPONS.contains(&w) || CRAFT.contains(&w) || matches!(w, "air" | "military" | "artillery" | "rocket" | "missile")
}

/// Vehicles a captive is forced into.
/// Things that fly and can be brought down.
const CRAFT: &[&str] = &["drone", "drones", "missile", "missiles", "aircraft", "helicopter", "jet"];

const VEHICLES: &[&str] =
    &["car", "cars", "van", "vans", "vehicle", "suv", "pickup", "truck", "taxi", "cruiser", "jeep"];

/// Does the sentence open on the day the story stands on: a time of it ("Before dawn, …", "By
/// midday …", "That evening, …", "The same night …"), a short step from it ("Within hours, …",
/// "Hours later, …") or the occasion just told ("At the funeral, …")? Such a sentence renews
/// the running day's frame, and the day holds however far back it was set.
fn opens_on_the_running_day(ws: &[Word]) -> bool {
    let w = |k: usize| ws.get(k).map_or("", |x| x.lower());
    let part = |x: &str| matches!(x, "day" | "evening" | "night" | "afternoon" | "morning");
    // ("Shortly before midnight, officers at the cordon fired …", "After sunset, …")
    let hour = |x: &str| {
        matches!(x, "midnight" | "noon" | "midday" | "dawn" | "daybreak" | "sunset" | "sunrise" | "nightfall")
    };
    // ("Shortly after four in the afternoon, …", "At 9 p.m., …", "Around 11 o'clock, …")
    let clock = |k: usize| {
        let number = w(k).bytes().next().is_some_and(|b| b.is_ascii_digit())
            || matches!(
                w(k),
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
            );
        // ("4:30 p.m.": the minutes are a word of their own, as are "p" and "m".)
        let k = if number && w(k + 1).bytes().all(|b| b.is_ascii_digit()) && !w(k + 1).is_empty() { k + 1 } else { k };
        number
            && (matches!(w(k + 1), "am" | "pm" | "o'clock")
                || matches!((w(k + 1), w(k + 2)), ("a" | "p", "m") | ("in", "the"))
                    && (w(k + 1) != "in" || part(w(k + 3))))
    };
    let near_hour = |k: usize| {
        matches!(w(k), "before" | "after" | "around" | "until" | "towards" | "toward")
            && (hour(w(k + 1)) || clock(k + 1))
    };
    matches!((w(0), w(1)), ("within", "hours" | "minutes") | ("hours" | "minutes" | "moments", "later"))
        || near_hour(0)
        || (matches!(w(0), "shortly" | "just" | "soon" | "long" | "well") && near_hour(1))
        || (matches!(w(0), "at" | "about" | "by") && clock(1))
        || matches!(
            (w(0), w(1)),
            ("at", "dawn" | "daybreak" | "noon")
                | ("by", "midday" | "noon" | "nightfall" | "evening" | "then")
        )
        || (w(0), w(1), w(2)) == ("at", "first", "light")
        || (w(0) == "by" && w(1) == "the" && matches!(w(2), "evening" | "afternoon"))
        || (w(0) == "that" && part(w(1)))
        || (w(0) == "the" && w(1) == "same" && part(w(2)))
        || (w(0) == "later" && w(1) == "that" && part(w(2)))
        // "At the funeral, …", "During his burial, …": the occasion the last sentence told.
        || (matches!(w(0), "at" | "during")
            && matches!(w(1), "the" | "his" | "her" | "their")
            && matches!(w(2), "funeral" | "burial" | "procession" | "vigil" | "wake" | "memorial" | "rally" | "ceremony"))
}

/// Does a quotation opened in `before` (a sentence up to a word) still run at its end?
fn inside_quote(before: &str) -> bool {
    let (mut straight, mut curly) = (0, 0i32);
    for c in before.chars() {
        match c {
            '"' => straight += 1,
            '“' => curly += 1,
            '”' => curly -= 1,
            _ => {}
        }
    }
    straight % 2 == 1 || curly > 0
}

/// Nouns that name an episode of violence whose casualties a relative clause then counts.
const EPISODE_NOUNS: &[(&str, EventKind)] = &[
    ("riots", EventKind::Confrontation),
    ("riot", EventKind::Confrontation),
    ("battle", EventKind::Confrontation),
    ("firefight", EventKind::Confrontation),
    ("gunfight", EventKind::Confrontation),
    ("shootout", EventKind::Confrontation),
    ("skirmish", EventKind::Confrontation),
    ("clash", EventKind::Confrontation),
    ("clashes", EventKind::Confrontation),
    ("fighting", EventKind::Confrontation),
    ("protest", EventKind::Confrontation),
    ("raid", EventKind::Attack),
    ("ambush", EventKind::Attack),
    ("attack", EventKind::Attack),
    ("assault", EventKind::Attack),
    ("bombing", EventKind::Attack),
    ("strike", EventKind::Attack),
    ("explosion", EventKind::Attack),
    ("blast", EventKind::Attack),
];

/// The episode a casualty trigger belongs to, when its clause says so.
enum Episode {
    /// "… in the ensuing gun battle": the fighting that followed an act already told.
    Ensuing,
    /// "riots in which a bystander was shot dead": the episode's kind, and whether it is only the
    /// circumstance of another act ("after a firefight in which …").
    Relative { kind: EventKind, subordinate: bool },
}

/// Is the trigger at word `i` a casualty of an episode named around it ("in which", "in the ensuing")?
fn episode_of(ws: &[Word], i: usize) -> Option<Episode> {
    let after = &ws[i + 1..ws.len().min(i + 5)];
    if after.windows(3).any(|w| {
        w[0].lower() == "in" && w[1].lower() == "the" && matches!(w[2].lower(), "ensuing" | "resulting" | "subsequent")
    }) {
        return Some(Episode::Ensuing);
    }
    // "… in which" or "… during which" a few words before the trigger.
    let which = (i.saturating_sub(10)..i)
        .rev()
        .find(|&j| j > 0 && ws[j].lower() == "which" && matches!(ws[j - 1].lower(), "in" | "during"))?;
    // Its antecedent: the nearest episode noun before it, across an apposition.
    (which.saturating_sub(22)..which - 1).rev().find_map(|k| {
        let (_, kind) = EPISODE_NOUNS.iter().find(|(noun, _)| *noun == ws[k].lower())?;
        let subordinate =
            ws[k.saturating_sub(3)..k].iter().any(|x| matches!(x.lower(), "after" | "following" | "during"));
        Some(Episode::Relative { kind: *kind, subordinate })
    })
}

/// How many sentences a context date keeps its month and day for an event with no date of its own.
const CONTEXT_REACH: usize = 2;

/// Build the events of an article.
pub fn extract(blocks: &[Block], meta: &Meta, entities: &[Entity]) -> Vec<Event> {
    extract_with_progress(blocks, meta, entities, &mut |_| {})
}

/// [`extract`], reporting the share of the narrative text read so far (0 to 1) as it goes.
pub fn extract_with_progress(
    blocks: &[Block],
    meta: &Meta,
    entities: &[Entity],
    progress: &mut dyn FnMut(f64),
) -> Vec<Event> {
    let sentences: Vec<Vec<(usize, usize)>> =
        blocks.iter().map(|b| if narrative(b) { crate::sentences::split(&b.text) } else { Vec::new() }).collect();
    extract_in_sentences(blocks, meta, entities, &sentences, progress)
}

/// A section heading that is a date and little else ("Tuesday, May 12", "March 3, 2084", "The
/// Night of May 4", or a label "May 21: An Offer and a Warning") dates the section under it: the
/// resolver's running context moves there.
fn date_heading(resolver: &mut Resolver, heading: &str) {
    let words = heading.split_whitespace().count();
    if words > 12 {
        return;
    }
    let mut found = crate::dates::tag(heading).into_iter();
    let (Some(t), None) = (found.next(), found.next()) else { return };
    // (Longer, the date must open it as its label: "May 21: An Offer and a Warning".)
    let label = t.start == 0 && heading[t.end..].trim_start().starts_with([':', '–', '—', '-']);
    if words > 6 && !label {
        return;
    }
    let calendar = matches!(&t.value, TimeValue::Calendar { date, upcoming: false } if date.month.is_some());
    if calendar {
        resolver.new_paragraph();
        let _ = resolver.resolve(heading, &t);
    }
}

/// "The second came …", "A third followed …", "Another struck …": the verb of a sentence whose
/// subject is only an ordinal standing for the kind of act told before it.
/// (Not "The latest came on August 6.", a lede the next sentences tell as one event.)
fn sequel_verb(ws: &[Word]) -> Option<usize> {
    let ordinal = |w: &str| matches!(w, "second" | "third" | "fourth" | "fifth" | "next" | "last");
    let subject_end = match (ws.first()?.lower(), ws.get(1).map(Word::lower)) {
        ("the" | "a", Some(w)) if ordinal(w) => 2,
        ("another", _) => 1,
        _ => return None,
    };
    // ("The second one came …".)
    let verb = subject_end + usize::from(ws.get(subject_end).is_some_and(|w| w.lower() == "one"));
    let told = match ws.get(verb)?.lower() {
        "came" | "followed" | "struck" | "happened" | "occurred" | "hit" => true,
        "took" => ws.get(verb + 1).is_some_and(|w| w.lower() == "place"),
        _ => false,
    };
    told.then_some(verb)
}

/// Blocks whose sentences tell the story (events are read there only).
fn narrative(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Summary | BlockKind::Paragraph)
}

/// [`extract_with_progress`] with the sentences of (at least) the narrative blocks already split, by block position.
pub(crate) fn extract_in_sentences(
    blocks: &[Block],
    meta: &Meta,
    entities: &[Entity],
    sentences: &[Vec<(usize, usize)>],
    progress: &mut dyn FnMut(f64),
) -> Vec<Event> {
    let narrative_bytes: usize = blocks.iter().filter(|b| narrative(b)).map(|b| b.text.len()).sum();
    let mut read = 0;
    let publication = meta.published.as_ref().and_then(|p| {
        let mut it = p.date.split('-').map(|x| x.parse::<u32>().ok());
        Some((it.next()?? as i32, it.next()??, it.next()??))
    });
    let geo = Geography::new(entities);
    let index = MentionIndex::new(entities);
    let mut resolver = Resolver::new(publication);
    if publication.is_none() {
        resolver.presumed_year =
            blocks.iter().filter(|b| narrative(b)).filter_map(|b| crate::dates::latest_written_year(&b.text)).max();
    }
    // A wire story's dateline ("ADDIS ABABA, April 4 – …") is the day it was written: the
    // present its weekdays count from, and no act's date.
    let dateline = blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).take(2).find_map(|b| {
        let (start, end, m, d) = crate::dates::wire_dateline(&b.text)?;
        let (y, pm, pd) = publication?;
        resolver.publication = Some(PartialDate::ymd(if (m, d) > (pm, pd) { y - 1 } else { y }, m, d));
        Some((b.id, start, end))
    });
    let mut drafts: Vec<Draft> = Vec::new();
    let mut drafts_by_kind: FxHashMap<EventKind, Vec<usize>> = FxHashMap::default();
    let mut references: Vec<Draft> = Vec::new();
    // Sentences read so far, and the one that last set the time frame: a context date carried
    // further than `CONTEXT_REACH` sentences keeps only its year (the story has likely moved on).
    let mut sentence_no = 0usize;
    let mut last_frame: Option<usize> = None;
    // Where the text writes a month with its year ("August 2, 2067"): (block, sentence), year, month.
    // (With whether the sentence steps back in the pluperfect: "In April 2095, a drone had struck …".)
    let mut written_years: Vec<((usize, usize), i32, u32, bool)> = Vec::new();
    let mut ascii_lower = String::new();
    for (b, sentences) in blocks.iter().zip(sentences).filter(|(b, _)| narrative(b) || b.kind == BlockKind::Heading) {
        if b.kind == BlockKind::Heading {
            date_heading(&mut resolver, &b.text);
            continue;
        }
        progress(read as f64 / narrative_bytes.max(1) as f64);
        read += b.text.len();
        let text = b.text.as_str();
        resolver.new_paragraph();
        // The previous sentence of the block: its place is worked out only when a sentence points back to it.
        let mut prev_sentence: Option<(usize, usize)> = None;
        for (si, &(s, e)) in sentences.iter().enumerate() {
            let sentence = &text[s..e];
            sentence_no += 1;
            // The sentence with its ASCII letters lowercased, shared by the words, the dates and the cues.
            ascii_lower.clear();
            ascii_lower.push_str(sentence);
            ascii_lower.make_ascii_lowercase();
            let cues = SentenceCues::new(sentence);
            if sentence.is_ascii() {
                // All of it is lowercased already.
                let _ = cues.lower.set(Cow::Borrowed(&ascii_lower));
            }
            let prev_range = prev_sentence.replace((s, e));
            // ("In 2081, the GIS had held three of them. That evening, the Battalion warned …": an
            // evening is a day's, the story's, not the background year's; a sentence with no time
            // of its own stays in that year: "… in 2018. When he declined, they chose …".)
            if [
                "that evening",
                "that night",
                "that morning",
                "that afternoon",
                "that day",
                "the same day",
                "later that",
            ]
            .iter()
            .any(|p| ascii_lower.starts_with(p))
            {
                resolver.next_sentence();
            }
            let ws = words(text, s, e, &ascii_lower);
            // Not a sentence but a run-on (a flattened table, noise): nothing in it is read, so
            // that per-expression work stays linear in the text.
            if ws.len() > MAX_SENTENCE_WORDS {
                continue;
            }
            // Dates, resolved in reading order; each keeps its position in the block.
            let mut dated: Vec<(usize, usize, Option<Resolved>, TimeValue)> = Vec::new();
            // The running context as it stands after each expression, to date a clause by what precedes it.
            // (A story told without years runs on its year-less date: "never made it home on the
            // night of March 3. … a motorcyclist fired five shots".)
            let context_at_start = resolver.context.or(resolver.yearless);
            let mut context_after: Vec<(usize, Option<PartialDate>)> = Vec::new();
            // "For years after that, AQAP kept to the mountains": the story has left the year of
            // history told before; a later "In July" goes by the date line.
            // (Each of the phrases holds a word ending in "years": the words turn most sentences away.)
            if ws.iter().any(|w| w.lower().ends_with("years")) && YEARS_ON_SET.any_in(ascii_lower.as_bytes()) {
                resolver.context_fresh = false;
            }
            let mut since_dates: Vec<(usize, Resolved)> = Vec::new();
            // Where the steps told in a relative clause are (they say nothing of the main clause's time).
            let mut in_relative_clause: Vec<usize> = Vec::new();
            for t in tag_lowered(sentence, &ascii_lower) {
                if dateline.is_some_and(|(id, start, end)| id == b.id && s + t.start >= start && s + t.end <= end) {
                    continue;
                }
                // "the upcoming October 10 elections", "since April 2022": not where the narrative stands.
                let since = since_phrase(sentence, t.start);
                // "a laborer who had been seen arguing with him a week earlier": a step told in a
                // pluperfect relative clause neither dates the act nor moves the story.
                // ("families who had come back only last year": the same.)
                // ("warning that unless the students were freed within forty-eight hours, …": the
                // deadline a threat sets is no step of the story either; nor is that of a promise,
                // "told a press conference that Torkham would reopen within a week".)
                let deadline = matches!(t.value, TimeValue::Relative(Relative::Offset { .. }))
                    && (ascii_lower[t.start..].starts_with("within") || ascii_lower[..t.start].ends_with("within "))
                    && [" unless ", " if ", " would ", " will ", " offered ", " promised ", " pledged "]
                        .iter()
                        .any(|c| ascii_lower[..t.start].contains(c));
                // "on March 4 (22:10 GMT on March 3, the time stamp on the first video)": the same
                // moment told another way, in an aside; the date before it stands.
                let aside = dated.last().is_some_and(|&(_, end, ..)| {
                    sentence
                        .get(end - s..t.start)
                        .is_some_and(|between| between.trim_start().starts_with('(') && !between.contains(')'))
                });
                // "In a report released on March 30, the group said that six of them had been
                // beaten": the report's day, neither that of the step it tells as past nor the story's.
                let report_day = ["in a report", "in a statement", "in its report", "in a communiqu", "in a briefing"]
                    .iter()
                    .any(|p| ascii_lower.starts_with(p))
                    && !ascii_lower[..t.start].contains(',')
                    && ascii_lower[t.end..].split_once(" that ").is_some_and(|(head, tail)| {
                        head.split_whitespace().next_back().is_some_and(|v| {
                            matches!(v, "said" | "reported" | "stated" | "wrote" | "found" | "concluded")
                        }) && tail.split_whitespace().take(12).any(|w| w == "had")
                    });
                if deadline
                    || aside
                    || report_day
                    || matches!(
                        t.value,
                        TimeValue::Relative(
                            Relative::Offset { .. }
                                | Relative::Publication { unit: Unit::Year | Unit::Month, shift: ..0 }
                                | Relative::MonthDeictic { shift: ..0, .. }
                        )
                    ) && crate::dates::in_relative_clause(sentence, t.start)
                {
                    in_relative_clause.push(s + t.start);
                    dated.push((s + t.start, s + t.end, None, t.value));
                    context_after.push((s + t.end, resolver.context.or(resolver.yearless)));
                    continue;
                }
                let upcoming = matches!(t.value, TimeValue::Calendar { upcoming: true, .. }) || since;
                let mut restore_anchor = None;
                // "Three days after the shooting": counted from the last shooting told, whatever
                // dates came between.
                // "that he had reopened two months after coming home from Aleppo": counted from an
                // act the story never dates.
                let after_gerund = matches!(t.value, TimeValue::Relative(Relative::Offset { .. }))
                    && [" after", " before"].iter().any(|d| ascii_lower[..t.end].ends_with(d))
                    && sentence[t.end..].split_whitespace().next().is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                    // (Not a noun's modifier: "two days before polling day".)
                    && !sentence[t.end..].split_whitespace().nth(1).is_some_and(|w| w.starts_with("day"));
                if after_gerund {
                    // "exchanged fire with a patrol for some twenty minutes before carrying two
                    // brothers across": minutes or hours within the act, which keeps the story's day.
                    if matches!(
                        t.value,
                        TimeValue::Relative(Relative::Offset { unit: Unit::Hour, n, .. }) if n.is_none_or(|n| n < 24)
                    ) {
                        continue;
                    }
                    dated.push((s + t.start, s + t.end, None, t.value));
                    context_after.push((s + t.end, resolver.context.or(resolver.yearless)));
                    continue;
                }
                if let TimeValue::Relative(Relative::Offset { from_anchor: true, unit, .. }) = t.value {
                    if matches!(unit, Unit::Hour | Unit::Day | Unit::Week) {
                        let rest = &sentence[t.end..];
                        if let Some(date) = named_anchor(rest, &drafts) {
                            resolver.anchor = Some(date);
                        } else if let Some(date) = clause_anchor(rest, &drafts) {
                            // Counted from it, this once: the last date told stays what a later
                            // "twenty-four hours before the handover" counts from.
                            restore_anchor = Some(resolver.anchor);
                            resolver.anchor = Some(date);
                        }
                    }
                }
                let (before_ctx, before_fresh) = (resolver.context, resolver.context_fresh);
                let r = resolver.resolve(sentence, &t);
                if let Some(anchor) = restore_anchor.take() {
                    resolver.anchor = anchor;
                }
                // "On the morning of April 8, 2027, soldiers …, and fighters of the YBS, the force
                // that grew out of the PKK campaign of 2014, came out": a bare year after the
                // sentence's own full day describes something; the story stays on its day.
                let describing_year = r.as_ref().is_some_and(|r| r.date.month.is_none())
                    && dated
                        .iter()
                        .any(|d| d.2.as_ref().is_some_and(|r| r.date.day.is_some() && r.date.year.is_some()));
                // "In the report it sent to Congress, dated February 6, the White House described
                // the strikes": a document's date; the story stays where it was ("The next morning").
                // ("The decree … was dated 28 May 2089" before any other date: the only year the
                // story has yet, which it keeps.)
                let document_day = ascii_lower[..t.start].ends_with("dated ") && before_ctx.is_some();
                if upcoming || describing_year || document_day {
                    // (Fresh no more than it was: "since January" in a new paragraph does not make
                    // last paragraph's year the frame of "On March 9".)
                    (resolver.context, resolver.context_fresh) = (before_ctx, before_fresh);
                }
                // A period's start ("since April 2022") does not date what the clause reports,
                // unless it opens the sentence and nothing else does ("Since November, they have
                // detained eleven").
                if since {
                    if let Some(r) = &r {
                        since_dates.push((s + t.start, r.clone()));
                    }
                }
                let r = r.filter(|_| !since);
                if let Some(Resolved { date: PartialDate { year: Some(y), month: Some(m), .. }, .. }) = &r {
                    if !upcoming && sentence[t.start..t.end].contains(&y.to_string()) {
                        let stepped_back = ascii_lower.contains(" had ") && !ascii_lower.contains(" had to ");
                        written_years.push(((b.id, si), *y, *m, stepped_back));
                    }
                }
                dated.push((s + t.start, s + t.end, r, t.value));
                context_after.push((s + t.end, resolver.context.or(resolver.yearless)));
            }
            // "… and drove him away in an unmarked Land Cruiser. That was on March 6; …": a date told
            // after the act, in a sentence of its own, dates the acts of the sentence before.
            if si > 0 && told_after(&ascii_lower) {
                if let Some(r) = dated.first().and_then(|d| d.2.clone()) {
                    for d in drafts.iter_mut().filter(|d| d.origin == (b.id, si - 1)) {
                        if d.date.as_ref().is_none_or(|x| x.basis != crate::model::DateBasis::Explicit) {
                            d.date = Some(r.clone());
                        }
                    }
                }
            }
            let context_reach = last_frame.map_or(usize::MAX, |at| sentence_no - at);
            // Sequence words and offsets ("then", "days earlier") move within a frame; they do not renew it.
            let frames = |v: &TimeValue| {
                !matches!(v, TimeValue::Calendar { upcoming: true, .. })
                    && !matches!(v, TimeValue::Relative(Relative::Then | Relative::After | Relative::Offset { .. }))
            };
            // … except one that opens its sentence and gives a day: "Eight days later, the man who
            // had opened the file was dead. Khalid al-Fahdawi … was shot outside his home."
            let opening_step = |d: &(usize, usize, Option<Resolved>, TimeValue)| {
                matches!(d.3, TimeValue::Relative(Relative::Offset { .. }))
                    && d.2.as_ref().is_some_and(|r| r.date.day.is_some())
                    && text[s..d.0].trim().is_empty()
            };
            // … or one that moved the story to a day of its own ("and by the next morning it had
            // detained more than forty young men. The detainees were taken to …").
            let moved_to = |d: &(usize, usize, Option<Resolved>, TimeValue)| {
                matches!(d.3, TimeValue::Relative(Relative::Offset { .. }))
                    && d.2.as_ref().is_some_and(|r| r.date.day.is_some() && resolver.context == Some(r.date))
            };
            // (A sentence that opens on a time of the running day, "Before dawn, commandos raided
            // …", tells the same day on: the frame holds.)
            if dated.iter().any(|d| d.2.is_some() && (frames(&d.3) || opening_step(d) || moved_to(d)))
                || (last_frame.is_some()
                    && opens_on_the_running_day(&ws)
                    // (A "then" in it is a step of that day: "… fired over the heads of the crowd
                    // and then into it".)
                    && !dated.iter().any(|d| {
                        d.2.is_some()
                            && !frames(&d.3)
                            && !matches!(d.3, TimeValue::Relative(Relative::Then | Relative::After | Relative::Now))
                    }))
            {
                last_frame = Some(sentence_no);
            }
            let has_date_near = |lo: usize, hi: usize| {
                dated.iter().any(|(ds, de, r, v)| {
                    *ds >= lo
                        && *de <= hi
                        && (r.is_some() || since_dates.iter().any(|(at, _)| at == ds))
                        && !matches!(v, TimeValue::Relative(Relative::Then | Relative::After))
                })
            };
            let unresolved_offset = |lo: usize, hi: usize| {
                dated.iter().any(|(ds, _, r, v)| {
                    // (Or a movable feast with no year to place it: "On the first day of Eid al-Adha".)
                    *ds >= lo
                        && *ds <= hi
                        && r.is_none()
                        && matches!(v, TimeValue::Relative(Relative::Offset { .. } | Relative::Holiday { .. }))
                })
            };
            let clauses = clause_spans(text, &ws);
            let mut trig = triggers(text, &ws, &clauses, &has_date_near);
            // The kind of the act told last, if told nearby: what "the same thing happened" and
            // "The second came …" tell again.
            let told_last = drafts.last().filter(|d| d.origin.0 + 3 >= b.id).map(|d| d.kind);
            // No act told in a word the lexicons know: a sentence that opens on a time of its own
            // may still tell one in other words (narrated.rs).
            // (Not a line of a dated list, "- May 12: police chief replaced", which repeats the story.)
            let listed = sentence.starts_with(['-', '•', '*', '–']);
            // (Or a step on the day the story stands at: "That evening, …", "The same night, …";
            // where those words end.)
            let same_day = ["that ", "the same ", "later that ", "that same "].iter().find_map(|p| {
                let rest = ascii_lower.strip_prefix(p)?;
                let word =
                    ["evening", "night", "morning", "afternoon", "day"].into_iter().find(|w| rest.starts_with(w))?;
                Some(s + ascii_lower.len() - rest.len() + word.len())
            });
            if b.kind == BlockKind::Paragraph && !listed && (!dated.is_empty() || same_day.is_some()) {
                let step = |d: &&(usize, usize, Option<Resolved>, TimeValue)| {
                    !matches!(d.3, TimeValue::Relative(Relative::Then | Relative::After | Relative::Now))
                };
                // (In a short first clause: "On the night of January 16, …", "Then, at dawn on
                // October 1, …".)
                // (Past a one-word adverb: "Instead, a little after midnight on July 19, fire broke
                // out".)
                let lead = usize::from(clauses.first().is_some_and(|&(lo, hi)| lo == hi) && clauses.len() > 2);
                let first_clause = clauses
                    .get(lead)
                    .filter(|&&(lo, hi)| hi - lo < 10 && hi + 1 < ws.len())
                    .map_or(s, |&(_, hi)| ws[hi].end);
                // (Not the writers' own time: "As I argued in a PolicyWatch in July, the map …".)
                let own_time =
                    |at: usize| ws.iter().take_while(|w| w.start < at).any(|w| matches!(w.lower(), "i" | "we"));
                // (Not a time told after the verb.)
                let opens = |at: usize| {
                    let before = &ws[..ws.partition_point(|w| w.start < at)];
                    at < first_clause || before.len() <= 3 && !narrated::tells_a_verb(before)
                };
                let opening = dated
                    .iter()
                    .filter(step)
                    .find(|d| d.2.as_ref().is_some_and(|r| r.date.month.is_some()) && opens(d.0) && !own_time(d.0));
                let time_in = |a: usize, b: usize| dated.iter().any(|d| d.0 >= a && d.0 <= b);
                let on_the_day = same_day.filter(|_| context_at_start.is_some_and(|c| c.day.is_some()));
                let act = match (opening, on_the_day) {
                    (Some(d), _) => narrated::narrated_act(&ws, &clauses, d.1, &time_in).map(|a| (a, Some(d.0))),
                    (None, Some(end)) => narrated::narrated_act(&ws, &clauses, end, &time_in).map(|a| (a, None)),
                    // (Or a sentence that tells its act first and its day after it, in the same
                    // clause: "The refinery's managers shut the plant that evening".)
                    (None, None) => narrated::narrated_act(&ws, &clauses, s, &time_in).and_then(|a @ (_, verb, _)| {
                        let end = ws[clauses[verb].1].end;
                        let day = dated.iter().filter(step).find(|d| {
                            d.0 > ws[verb].start && d.1 <= end && d.2.as_ref().is_some_and(|r| r.date.day.is_some())
                        })?;
                        Some((a, Some(day.0)))
                    }),
                };
                // Unless the lexicons found the act the sentence tells, from its telling on (in a
                // later clause too, unless that clause has a time of its own: "…; he was left on
                // the road that night"), or the opening names an event the sentence goes on about
                // ("In the December 2023 provincial elections, the Turkmen lists won a single seat").
                let act = act.filter(|&((from, verb, _), _)| {
                    let clause_end = ws[clauses[verb].1].end;
                    let own_time = |at: usize| {
                        let end = clause_end_at(&clauses, &ws, at);
                        dated.iter().filter(step).any(|d| d.0 > clause_end && d.0 <= end)
                    };
                    // (A noun inside a name opens nothing: "the High National Elections Commission
                    // (HNEC) postponed the vote".)
                    let in_name = |at: usize| {
                        let k = ws.partition_point(|w| w.start < at);
                        ws.get(k..k + 2).is_some_and(|p| p.iter().all(|w| w.flags & CAPITALISED != 0))
                    };
                    !trig.iter().any(|t| {
                        !t.anchored
                            && if t.reference {
                                t.at < ws[verb].start && !in_name(t.at)
                            } else {
                                t.at >= ws[from].start && (t.at <= clause_end || !own_time(t.at))
                            }
                    })
                });
                if let Some(((_, verb, kind), time)) = act {
                    // "Four days later the same thing happened to Adnan Kurdi", "… the checkpoint
                    // at al-Sakasik met the same fate": the kind of the act told last.
                    let same_again = narrated::same_fate(&ws, verb)
                        || matches!(ws[verb].lower(), "happened" | "befell")
                            && ascii_lower[..ws[verb].start - s].contains("the same");
                    let kind = match told_last {
                        Some(last) if kind == EventKind::Other && same_again => last,
                        _ => kind,
                    };
                    trig.push(Trigger {
                        kind,
                        at: ws[verb].start,
                        reference: false,
                        passive: false,
                        subject_is_target: false,
                        counted: false,
                        anchored: false,
                        step_time: time,
                    });
                }
            }
            // "Two ambushes followed. The first came on February 7, … The second came four days
            // later, near Arbinda.": a numbered sequel of the act told last is another of its kind.
            let sequel = trig.is_empty().then(|| sequel_verb(&ws)).flatten();
            if let Some((verb, kind)) = sequel.zip(told_last) {
                trig.push(Trigger {
                    kind,
                    at: ws[verb].start,
                    reference: false,
                    passive: false,
                    subject_is_target: false,
                    counted: false,
                    anchored: false,
                    step_time: None,
                });
            }
            // The place named in the previous sentence (or a building of the capital there).
            let prev_place: OnceCell<Option<Place>> = OnceCell::new();
            let prev_place = || {
                prev_place
                    .get_or_init(|| {
                        let (ps, pe) = prev_range?;
                        place_in(&index, text, b.id, (ps, pe))
                            .or_else(|| SentenceCues::new(&text[ps..pe]).building(&geo))
                    })
                    .clone()
            };
            // "Azzawi was freed on bail on March 29 after a judge in Karkh ruled …", "elected her as
            // speaker, after her predecessor resigned": what led to the act, told in an "after"
            // clause behind it, is its background, no event of its own.
            if let Some(act) = trig.iter().filter(|t| !t.reference && t.kind != EventKind::Other).map(|t| t.at).min() {
                trig.retain(|t| t.kind != EventKind::Other || t.reference || !background_after(text, act, t.at));
            }
            // "the governor met the sheikhs in Ramadi and offered them a share": the meeting is
            // where the act was done, no event of its own; nor is one the sentence does not date
            // ("Officials met.").
            if dated.iter().all(|d| d.2.is_none()) || trig.iter().any(|t| !t.reference && !meeting_or_truce(text, t)) {
                trig.retain(|t| !meeting_or_truce(text, t));
            }
            if trig.is_empty() {
                continue;
            }
            let after_context = dated.iter().any(|(_, _, _, v)| matches!(v, TimeValue::Relative(Relative::After)));
            let mut seen_kinds: Vec<(EventKind, Option<usize>, usize)> = Vec::new();
            let sentence_triggers: Vec<(usize, EventKind)> = trig.iter().map(|t| (t.at, t.kind)).collect();
            crate::sort::sort_by_key(&mut trig, |t| t.reference);
            // Kinds as refined ("six guards were killed when a bomb exploded" is one attack).
            // (With the clause each starts, and its place.)
            let mut seen_refined: Vec<(EventKind, usize, Option<String>)> = Vec::new();
            for t in trig {
                let clause_end = clause_end_at(&clauses, &ws, t.at);
                let clause_start = clause_start_at(&clauses, &ws, t.at);
                // One event per kind and sentence, unless a later clause has a date of its own:
                // "On February 7, a raid hit …, and on the night of February 19 a drone strike
                // destroyed a car …" are two attacks, and so are the items of a list ("a roadside
                // bomb wounded a driver on November 30, … and gunmen fired on a team on December 9").
                let own_date = dated
                    .iter()
                    .find(|d| d.2.is_some() && d.0 >= clause_start && d.0 < t.at)
                    .or_else(|| dated.iter().find(|d| d.2.is_some() && d.0 > t.at && d.1 <= clause_end))
                    // ("…, and three days later, in Nasiriyah, an activist was killed": a time
                    // after the sentence's last act and its "and", a clause or two before this one.)
                    .or_else(|| {
                        let last_act = sentence_triggers.iter().map(|&(p, _)| p).filter(|&p| p < t.at).max()?;
                        dated.iter().find(|d| {
                            d.2.is_some()
                                && d.0 > last_act
                                && d.1 <= t.at
                                && text
                                    .get(last_act..d.0)
                                    .is_some_and(|gap| gap.contains(", and ") || gap.contains(';'))
                        })
                    })
                    .map(|d| d.0);
                // ("pardoned forty-one young men, and they were freed from the prison that evening":
                // a time that names the same day is no other event.)
                // (Told of the same people, passive: "they were freed"; not "that night gunmen fired", another
                // attack, nor "on the same day they arrested two farmers", others.)
                let pronoun_subject = t.passive
                    && text[..t.at]
                        .split_whitespace()
                        .rev()
                        .take(2)
                        .any(|w| matches!(w, "they" | "he" | "she" | "who"));
                // (A trigger with no date of its own goes by the sentence's first.)
                let day_at = |p: Option<usize>| {
                    dated.iter().find(|d| p.map_or(d.2.is_some(), |p| d.0 == p))?.2.as_ref().map(|r| r.date)
                };
                if seen_kinds.iter().any(|&(k, at, first)| {
                    // (Those arrested and then driven off, dragged out or taken are the arrest told on:
                    // "detained the prayer leader as he left a wedding, and drove him to Zahedan".)
                    (k == t.kind || (k == EventKind::Arrest && t.kind == EventKind::Kidnapping))
                        && (t.reference || !one_sided(t.kind) || !second_subject(text, &ws, first, t.at))
                        && !second_object(t.kind, text, first, t.at)
                        && (own_date.is_none()
                            || own_date == at
                            || (pronoun_subject
                                && day_at(own_date).is_some_and(|d| d.day.is_some() && Some(d) == day_at(at))))
                }) {
                    continue;
                }
                seen_kinds.push((t.kind, own_date, t.at));
                // The date nearest the trigger in its sentence, else the running context.
                let prev_clause_start = {
                    let lo = clauses.get(ws.partition_point(|w| w.start < t.at)).map_or(0, |c| c.0);
                    lo.checked_sub(1)
                        .and_then(|p| clauses.get(p))
                        .and_then(|c| ws.get(c.0))
                        .map_or(clause_start, |w| w.start)
                };
                // "On May 15, …": a date in a short opening clause dates the whole sentence.
                let opening = |at: usize| {
                    clauses.first().is_some_and(|&(lo, hi)| hi - lo < 8 && ws[hi].end >= at && ws[lo].start <= at)
                };
                // The sentence opens on a day of its own before the trigger ("On May 15, …").
                let opened = dated.iter().any(|o| o.0 < t.at && o.2.is_some() && opening(o.0));
                let nearest = dated
                    .iter()
                    .filter(|d| {
                        // A reference's date is in its own phrase, which may run past the clause
                        // ("elections in a decade, held on December 18").
                        // (Not the offset the noun anchors: "Three days after the killing" dates what
                        // follows, not the killing.)
                        let anchors = |d: &(usize, usize, Option<Resolved>, TimeValue)| {
                            matches!(d.3, TimeValue::Relative(Relative::Offset { from_anchor: true, .. }))
                                && text.get(d.1..t.at).is_some_and(|gap| {
                                    gap.split_whitespace()
                                        .all(|w| matches!(w, "the" | "his" | "her" | "their" | "its" | "that"))
                                })
                        };
                        // ("On Thursday, two days after gunmen stormed the branch, the governor
                        // dismissed …": the day counted back to dates the storming, told in the
                        // phrase that counts; the clause after that phrase keeps the Thursday.)
                        let counted_back = matches!(
                            d.3,
                            TimeValue::Relative(Relative::Offset { aside: true, from_anchor: false, .. })
                        )
                            && text.get(..d.1).is_some_and(|head| {
                                scan::ends_with_ignore_ascii_case(head, " after")
                                    || scan::ends_with_ignore_ascii_case(head, " before")
                            })
                            && text.get(d.1..t.at).is_some_and(|gap| gap.contains(','))
                            && dated.iter().any(|o| {
                                o.2.is_some()
                                    && o.0 <= s + 24
                                    && o.1 < d.0
                                    && text.get(o.1..d.0).is_some_and(|g| g.trim() == ",")
                            });
                        d.2.is_some()
                            && !counted_back
                            && !(d.0 > t.at && gapped_time(text, (d.0, d.1)))
                            && if t.reference {
                                np_date(text, (d.0, d.1), t.at) && !anchors(d)
                            } else {
                                d.0 <= clause_end
                            }
                    })
                    .min_by_key(|d| {
                        // The time that makes a narrated step of the sentence dates it.
                        if t.step_time == Some(d.0) {
                            return (0, 0);
                        }
                        // "approved a budget covering 2023 through 2025", "the 2020 agreement": a
                        // bare year after the trigger, not led by a preposition of time, names the
                        // object's period and loses to the sentence's own date.
                        let object_year = d.0 > t.at
                            && text.as_bytes().get(d.0..d.0 + 4).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
                            && !text[..d.0].split_whitespace().next_back().is_some_and(|p| {
                                matches!(
                                    p.to_ascii_lowercase().as_str(),
                                    "in" | "on"
                                        | "at"
                                        | "during"
                                        | "since"
                                        | "by"
                                        | "before"
                                        | "after"
                                        | "until"
                                        | "from"
                                        | "between"
                                        | "of"
                                        | "early"
                                        | "late"
                                        | "mid"
                                )
                            });
                        // "hit the radar that had tracked the June 7 missiles": a day after "the" and
                        // before a noun names another event's day, the object's, not the act's.
                        let object_day = d.0 > t.at
                            && scan::ends_with_ignore_ascii_case(text[..d.0].trim_end(), " the")
                            && text[d.1..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
                            && matches!(d.3, TimeValue::Calendar { .. });
                        // "fighters of the brigade, which the command had sent south in 2023, raided
                        // houses": a date in a describing relative clause dates the description.
                        // ("On Tuesday, the council, whose chair had resigned in June, elected …",
                        // "Omar, a man who had come back the previous autumn, was taken": a time in
                        // a pluperfect relative clause the trigger stands outside of.)
                        // ("the young men detained on June 15": a participle after its noun.)
                        let reduced_relative = d.0 > t.at && {
                            let mut back = text[..d.0].split_whitespace().rev();
                            let (prep, participle, before) = (back.next(), back.next(), back.next());
                            matches!(prep, Some("on" | "in"))
                                && participle.is_some_and(|p| p.len() > 4 && p.ends_with("ed"))
                                && before.is_some_and(|b| {
                                    b.chars().all(|c| c.is_ascii_lowercase())
                                        && !matches!(
                                            b,
                                            "was"
                                                | "were"
                                                | "had"
                                                | "has"
                                                | "have"
                                                | "been"
                                                | "be"
                                                | "is"
                                                | "are"
                                                | "and"
                                                | "or"
                                                // ("a long siege that ended in 2019": a clause of its own.)
                                                | "that"
                                                | "which"
                                                | "who"
                                        )
                                        // ("two hundred wounded in 2025": a tally's time.)
                                        && crate::dates::number_word(b).is_none()
                                        && !matches!(b, "hundred" | "hundreds" | "thousand" | "thousands" | "dozen" | "dozens")
                                })
                                && text.get(t.at..d.0).is_some_and(|gap| gap.split_whitespace().count() > 3)
                        };
                        let described = d.0 < clause_start && {
                            let (lo, _) = clauses[ws.partition_point(|w| w.start < d.0).min(ws.len() - 1)];
                            matches!(ws[lo].lower(), "which" | "who" | "whom" | "whose" | "that")
                        } || (crate::dates::in_relative_clause(sentence, d.0 - s)
                            && !crate::dates::in_relative_clause(sentence, t.at - s))
                            || reduced_relative;
                        // "offered compensation for this year's lost crop", "an amnesty to anyone
                        // who handed in weapons by the end of May": the object's time or a
                        // deadline, after the trigger, loses to the sentence's own date ("warned
                        // on 21 May that … if they did not leave within 72 hours").
                        let object_time = d.0 > t.at && {
                            let head = text[..d.0].trim_end();
                            let condition = text
                                .get(t.at..d.0)
                                .is_some_and(|gap| gap.split_whitespace().any(|w| matches!(w, "if" | "unless")));
                            // ("offered to reopen the refinery within a week": the time of
                            // what the infinitive after the trigger offers.)
                            let infinitive =
                                text.get(t.at..d.0).is_some_and(|gap| gap.split_whitespace().nth(1) == Some("to"));
                            // ("offered to hire three hundred young men over the next year".)
                            ((condition || infinitive)
                                && (t.kind == EventKind::Offer
                                    || text.get(d.0..d.0 + 7).is_some_and(|w| w.eq_ignore_ascii_case("within "))))
                                // ("On the night of 19 February, a drone strike killed what AFRICOM
                                // described in a statement two days later as …": the report's time.)
                                || (text.get(t.at..d.0).is_some_and(|gap| {
                                    [" described ", " statement ", " said ", " announced "].iter().any(|w| gap.contains(w))
                                }) && opened)
                                // ("On 27 March, the court released Gaab on bail and adjourned his
                                // case to 9 April": the time another verb sets, after the sentence's
                                // opening day.)
                                || (text.get(t.at..d.0).is_some_and(|gap| {
                                    gap.split_whitespace().skip_while(|w| *w != "and").nth(1).is_some_and(|v| {
                                        matches!(v, "adjourned" | "postponed" | "deferred" | "scheduled" | "set")
                                    })
                                }) && opened)
                                // ("On March 23, … handed nine fighters captured in the fighting of
                                // the previous autumn to …": the time of a noun the object names.)
                                || (head.strip_suffix(" of").is_some_and(|noun| {
                                    !noun.rsplit(' ').next().is_some_and(|w| {
                                        TIME_OF_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
                                            || w.bytes().all(|b| b.is_ascii_digit())
                                    })
                                }) && opened)
                                || text[d.1..].starts_with("'s")
                                || text[d.1..].starts_with("’s")
                                || [" by", " until", " by the end of", " before the end of"]
                                    .iter()
                                    .any(|t| scan::ends_with_ignore_ascii_case(head, t))
                                // "On Tuesday, the ministry proposed reconvening the committee in
                                // September": what is offered has its own time; the sentence's
                                // opening day is the offer's.
                                || (t.kind == EventKind::Offer
                                    && opened)
                                // "On August 9, the minister warned that workers who did not
                                // return within a week would be removed": what a threat says has
                                // its own time; the opening day is the threat's.
                                || (t.kind == EventKind::Threat
                                    && (text.get(t.at..d.0).is_some_and(|gap| gap.contains(" that "))
                                        // "said he would be shot at sunset the next day unless …".
                                        || text.get(s..d.0).is_some_and(|head| {
                                            head.contains(" would ") || head.contains(" will ")
                                        }))
                                    && opened)
                        };
                        // "warned that anyone … would be 'dealt with as the traitors of 2019 were
                        // dealt with'": a time inside the words quoted is theirs.
                        // (Nor one in words quoted before the act: "after what one official
                        // described as “a very long Saturday night,” the CTS handed Saedi over".)
                        let quoted = if d.0 > t.at {
                            inside_quote(text.get(t.at..d.0).unwrap_or(""))
                        } else {
                            inside_quote(text.get(s..d.0).unwrap_or("")) && !inside_quote(text.get(s..t.at).unwrap_or(""))
                        };
                        // "The army said on March 7 that militants had attacked a checkpoint on
                        // March 5": the day of the telling loses to the act's own.
                        let telling = d.0 < t.at
                            && text.get(d.1..t.at).is_some_and(|gap| gap.trim_start().starts_with("that "))
                            && text[..d.0].split_whitespace().rev().take(3).any(|w| {
                                matches!(
                                    w,
                                    "said" | "told" | "announced" | "stated" | "reported" | "confirmed" | "claimed"
                                )
                            });
                        // "On August 9, army intelligence arrested three men over the July 19
                        // assault": a day that names another event, after the trigger, is that
                        // event's.
                        let names_event = d.0 > t.at
                            && text[..d.0]
                                .split_whitespace()
                                .next_back()
                                .is_some_and(|w| matches!(w, "the" | "its" | "their" | "his" | "her" | "that"))
                            && text[d.1..].split_whitespace().take(3).any(|w| {
                                !anchor_kinds(w.trim_end_matches(|c: char| !c.is_alphanumeric())).is_empty()
                            });
                        // "detained two men at a checkpoint and let them go the following
                        // afternoon": a time after a later trigger of another kind is that one's
                        // (not "killed and two hundred wounded in 2025": one act of violence).
                        let later_verbs = d.0 > t.at
                            && sentence_triggers.iter().any(|&(p, k)| p > t.at && p < d.0 && k != t.kind && (family(k), family(t.kind)) != (0, 0))
                            && text.get(t.at..d.0).is_some_and(|gap| gap.contains(" and "));
                        // "On June 2, Mizan announced that X, a laborer convicted of killing a
                        // Basij member during the protests of 2081, had been hanged": the year of a
                        // noun in a description before the trigger loses to the opening day.
                        let noun_year = d.0 < t.at
                            && opened
                            && !opening(d.0)
                            && text.as_bytes().get(d.0..d.0 + 4).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
                            && d.1 == d.0 + 4
                            && text[..d.0].trim_end().ends_with(" of");
                        // ("Yesterday, the court sentenced three men to death for the killing of a
                        // police officer … in 2092": the time of an act named after the verb, in
                        // the noun's own phrase, loses to the sentence's opening day.)
                        let named_acts_time = opened
                            && d.0 > t.at
                            && ws.iter().filter(|w| w.start > t.at && w.start < d.0).any(|w| {
                                // (Not the act itself: "wounded in a car bombing in Isfahan in 2093".)
                                lookup(&NOUNS, &w.lower).is_some_and(|k| family(k) != family(t.kind))
                                    && (np_date(text, (d.0, d.1), w.start)
                                        || text.get(w.start..d.0).is_some_and(|phrase| {
                                            phrase.split_whitespace().nth(1) == Some("of")
                                                && phrase.split_whitespace().count() <= 16
                                                && !phrase.contains([',', ';', '('])
                                        }))
                            });
                        let rank = if object_year
                            || object_day
                            || named_acts_time
                            || described
                            || object_time
                            || quoted
                            || names_event
                            || later_verbs
                            || noun_year
                        {
                            2
                        } else if telling {
                            1
                        } else if d.0 >= clause_start || Some(d.0) == own_date {
                            0
                        } else if opening(d.0) || d.0 >= prev_clause_start {
                            1
                        } else {
                            2
                        };
                        (rank, (d.0 as i64 - t.at as i64).unsigned_abs())
                    });
                // "released eight of the crew, all of them Indian, on 14 July": a date standing
                // alone in a later clause, with no other trigger or ';' before it, dates the trigger
                // ahead of one outside its own clause.
                let bare_date_clause = |d: &(usize, usize, Option<Resolved>, TimeValue)| {
                    let (lo, hi) = clauses[ws.partition_point(|w| w.start < d.0).min(ws.len() - 1)];
                    // ("handed to elders in Bin Jawad, the small coastal town west of Ras Lanuf, a
                    // week later, after …": the clause is the date alone; not a source's date in
                    // brackets, "(Kuna, Jan. 13)".)
                    // (The brackets are looked for in the sentence only: linear in the text.)
                    let alone = || {
                        let head = &text.as_bytes()[s..d.0];
                        ws[lo].start == d.0 && memchr::memrchr2(b'(', b')', head).is_none_or(|k| head[k] == b')')
                    };
                    hi - lo <= 5
                        && ws[hi].end <= d.1 + 1
                        && (matches!(ws[lo].lower(), "on" | "in" | "during" | "held") || alone())
                };
                let trailing = dated.iter().find(|d| {
                    d.2.is_some()
                        && d.0 > clause_end
                        && !text[clause_end..d.0].contains(';')
                        && !sentence_triggers.iter().any(|&(p, _)| p > t.at && p < d.0)
                        && !gapped_time(text, (d.0, d.1))
                        && bare_date_clause(d)
                });
                // (Not a coarser one: "Within forty-eight hours, it announced that its officers had
                // arrested nine men, and that their leader had trained in Iraq in 2024".)
                let precision = |d: &(usize, usize, Option<Resolved>, TimeValue)| {
                    d.2.as_ref().map_or(0, |r| 1 + u8::from(r.date.month.is_some()) + u8::from(r.date.day.is_some()))
                };
                // "The same day, the commander warned that … if the road was not reopened within
                // a week": what a threat says has its own time; the running day is the threat's.
                // ("The current's answer came on September 1. In a recorded statement, its spokesman
                // said that if the men were not freed within three days, …": the day before.)
                let nearest = nearest.filter(|d| {
                    !(t.kind == EventKind::Threat
                        && d.0 > t.at
                        && !matches!(d.3, TimeValue::Calendar { .. })
                        && text.get(t.at..d.0).is_some_and(|gap| gap.contains(" that ")))
                });
                let nearest = match nearest {
                    Some(d) if d.0 >= clause_start => Some(d),
                    Some(d) if trailing.is_some_and(|t| precision(t) < precision(d)) => Some(d),
                    _ => trailing.or(nearest),
                };
                // "the worst such scene since January 2019, when a crowd overran a Turkish base": the
                // period's start dates what its when-clause tells.
                let since_when = since_dates
                    .iter()
                    .find(|(at, _)| {
                        *at < t.at
                            && text.get(*at..t.at).is_some_and(|gap| {
                                gap.find(", when ").is_some_and(|k| !gap[k + 6..].contains([',', ';']))
                            })
                    })
                    .map(|(_, r)| r.clone());
                let nearest = if since_when.is_some() { None } else { nearest };
                let opening_since =
                    since_when.or_else(|| since_dates.iter().find(|(at, _)| opening(*at)).map(|(_, r)| r.clone()));
                let (date, distinct) = match nearest {
                    Some((_, _, r, v)) => (r.clone(), matches!(v, TimeValue::Relative(Relative::Offset { .. }))),
                    None if opening_since.is_some() => (opening_since, false),
                    None if after_context => (None, false),
                    // "A week before the shooting" that cannot be counted (a year-less day across
                    // the end of February): the clause says it is not the running date.
                    // (A step told in a relative clause says nothing of the time of an act told
                    // outside it: "His captors, who had moved him two days earlier, … warned his
                    // family".)
                    None if unresolved_offset(s, clause_end)
                        && (!in_relative_clause.iter().any(|&d| d >= s && d <= clause_end)
                            || crate::dates::in_relative_clause(sentence, t.at.saturating_sub(s))) =>
                    {
                        (None, false)
                    }
                    None => {
                        let ctx = context_after
                            .iter()
                            .rev()
                            .find(|(end, _)| *end <= clause_end)
                            .map_or(context_at_start, |(_, c)| *c);
                        // Carried far, a context date loses one step of precision: a day keeps its
                        // month ("What followed was a roundup. … he was taken from his classroom"
                        // is still the month of the strike), year-less or not; a month keeps its
                        // year ("in April 2020, … Kadhimi did become premier").
                        let far = context_reach > CONTEXT_REACH && !opens_on_the_running_day(&ws);
                        let ctx = ctx.filter(|c| !far || c.year.is_some() || c.day.is_some());
                        let ctx = ctx.map(|c| match (far, c.day) {
                            (false, _) => c,
                            (true, Some(_)) => c.truncate(Precision::Month),
                            (true, None) => c.truncate(Precision::Year),
                        });
                        (
                            ctx.map(|c| Resolved {
                                date: c,
                                end: None,
                                basis: crate::model::DateBasis::Context,
                                text: None,
                            }),
                            false,
                        )
                    }
                };
                let (mut actors, mut targets) = participants(&index, b, (s, e), t.at, t.passive);
                if t.subject_is_target {
                    targets.splice(0..0, actors.drain(..));
                }
                // Places before the clause belong to an earlier event of the sentence, if there is one.
                // (From its own time, when that opens an earlier clause: "…, and three days later, in
                // Nasiriyah, an activist was killed".)
                let own_from = if sentence_triggers.iter().any(|&(a, _)| a < clause_start) {
                    own_date.filter(|&d| d < clause_start).unwrap_or(clause_start)
                } else {
                    s
                };
                // … and places after the clause up to the next event's trigger may locate this one.
                // A participle adjunct (", releasing them in Deir ez-Zor") tells a further step.
                let rest_end =
                    sentence_triggers.iter().map(|&(a, _)| a).filter(|&a| a > clause_end).min().unwrap_or(e).min(e);
                let rest_end = participle_adjunct(text, clause_end, rest_end).unwrap_or(rest_end);
                // … and not past ", and three days later", which opens the next act's own time.
                let rest_end = dated
                    .iter()
                    .filter(|d| d.0 > clause_end && d.0 < rest_end && text[..d.0].ends_with(", and "))
                    .map(|d| d.0)
                    .min()
                    .unwrap_or(rest_end);
                // A semicolon opens a sentence of its own ("…; Maliki was reassigned to a desk in Baghdad").
                let rest_end =
                    text.get(clause_end..rest_end).and_then(|r| r.find(';')).map_or(rest_end, |k| clause_end + k);
                let kind = refine_kind(t.kind, &targets, entities);
                let place = place_for(&index, &geo, b, kind, (s, own_from, clause_end, rest_end), &cues, &prev_place)
                    .map(|p| geo.local(p));
                if !t.reference {
                    // (A victim's death that others report in a later clause, "…; monitors said a
                    // man and his two sons were killed", is the strike's toll, not a second attack.)
                    let reported_toll = t.passive
                        && own_date.is_none()
                        && seen_refined.iter().any(|(k, ..)| *k == kind)
                        && text.get(clause_start..t.at).is_some_and(|head| {
                            head.split_whitespace().any(|w| matches!(w, "said" | "say" | "reported" | "according"))
                        });
                    // ("… was fired on by a warship; one fisherman was killed and two were
                    // wounded": the victims of an act of violence the sentence has told are its toll.)
                    let violent = |k: EventKind| {
                        matches!(k, EventKind::Attack | EventKind::Assassination | EventKind::Confrontation)
                    };
                    // (Not one with a place of its own: "a grenade was thrown at a post in
                    // al-Haffah, a grocer was shot dead in Jableh" are two.)
                    let own_place = place.as_ref().filter(|p| !p.inferred).map(|p| p.name.as_str());
                    let same_incident = |k: EventKind, at: usize, told_at: &Option<String>| {
                        violent(k) && at < clause_start && own_place.is_none_or(|p| told_at.as_deref() == Some(p))
                    };
                    let toll = t.passive
                        && own_date.is_none()
                        && matches!(kind, EventKind::Attack | EventKind::Assassination)
                        && seen_refined.iter().any(|(k, at, told_at)| same_incident(*k, *at, told_at));
                    // "The escorts opened fire, and the two sides traded shots for an hour": an attack
                    // answered, with no time of its own, is one clash ("…, and an hour later they
                    // exchanged fire" is another).
                    // (Nor one told as a next step: "mourners fought riot police, and afterward young
                    // men set fire to a Basij base".)
                    let next_step = |at: usize| text.get(at..t.at).is_some_and(tells_a_next_step);
                    let answered = own_date.is_none()
                        && !seen_refined.iter().any(|(k, at, _)| violent(*k) && next_step(*at))
                        && match kind {
                            EventKind::Confrontation => seen_refined
                                .iter()
                                .any(|(k, at, told_at)| *k == EventKind::Attack && same_incident(*k, *at, told_at)),
                            EventKind::Attack => seen_refined.iter().any(|(k, at, told_at)| {
                                *k == EventKind::Confrontation && same_incident(*k, *at, told_at)
                            }),
                            _ => false,
                        };
                    if answered && kind == EventKind::Confrontation {
                        // The attack already drafted from this sentence becomes the clash.
                        if let Some(i) = sentence_draft(&drafts, (b.id, si), EventKind::Attack) {
                            rekind(&mut drafts, &mut drafts_by_kind, i, EventKind::Confrontation);
                        }
                    }
                    // "told the elders that the county would pay for twenty reservists, provided that
                    // the clans named the men": terms with a condition are one offer, not an offer
                    // and a threat.
                    let terms = own_date.is_none()
                        && match kind {
                            EventKind::Threat => seen_refined.iter().any(|(k, ..)| *k == EventKind::Offer),
                            EventKind::Offer => seen_refined.iter().any(|(k, ..)| *k == EventKind::Threat),
                            _ => false,
                        };
                    if terms && kind == EventKind::Offer {
                        if let Some(i) = sentence_draft(&drafts, (b.id, si), EventKind::Threat) {
                            rekind(&mut drafts, &mut drafts_by_kind, i, EventKind::Offer);
                        }
                    }
                    // (Not a second verb of the act with an object of its own.)
                    let other_object =
                        seen_kinds.iter().any(|&(k, _, first)| k == kind && second_object(kind, text, first, t.at));
                    let told_in_clause =
                        !other_object && seen_refined.iter().any(|(k, at, _)| *k == kind && *at == clause_start);
                    if reported_toll || toll || answered || terms || told_in_clause {
                        continue;
                    }
                    seen_refined.push((kind, clause_start, place.as_ref().map(|p| p.name.clone())));
                }
                // "more than 120 civilians were killed in 2023": a year's tally, not an event.
                // ("at least forty fuel carriers were shot dead … in the first nine months of the
                // year": a count that borrows a day from the sentence before is still a tally.)
                let over_a_period = || {
                    let lower = sentence.to_ascii_lowercase();
                    ["in the first", "months of", "so far", "over the past", "in the past"]
                        .iter()
                        .any(|p| lower.contains(p))
                };
                if t.counted
                    && date
                        .as_ref()
                        .is_none_or(|d| d.date.precision() < Precision::Day || (d.text.is_none() && over_a_period()))
                {
                    continue;
                }
                // "He was held for two days in an unfinished house, beaten, and then left on the
                // roadside": a release the captivity's length dates, from the running day.
                let date = match date {
                    Some(r)
                        if kind == EventKind::Release
                            && r.text.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("then")) =>
                    {
                        Some(held_for_days(sentence, r))
                    }
                    other => other,
                };
                let draft = Draft {
                    kind,
                    date,
                    distinct,
                    place,
                    actors,
                    targets,
                    evidence: vec![Evidence { block: b.id, start: s, end: e, text: sentence.to_string() }],
                    origin: (b.id, si),
                    anchored: t.anchored,
                };
                // "… the two sides fought for most of the day around the bus station. At least
                // nine people were killed.": the toll, with no date of its own, of the clash told
                // in the sentence before.
                let toll = t.passive
                    && kind == EventKind::Attack
                    && draft.date.as_ref().is_some_and(|d| d.text.is_none())
                    && ["killed", "wounded", "injured"].iter().any(|v| text[t.at..].starts_with(v));
                // (Looked for only for a toll, and only among the previous sentence's drafts:
                // drafts are in reading order.)
                let clash_before = (toll && !t.reference && si > 0).then(|| {
                    let previous = (b.id, si - 1);
                    (0..drafts.len())
                        .rev()
                        .take_while(|&i| drafts[i].origin >= previous)
                        .find(|&i| drafts[i].kind == EventKind::Confrontation && drafts[i].origin == previous)
                });
                if let Some(i) = clash_before.flatten() {
                    add_evidence(&mut drafts[i], draft, true);
                } else if t.reference {
                    references.push(draft);
                } else {
                    // "fired mortars at the posts on April 2 and again on April 5": the act twice.
                    let again = (|| {
                        let first = draft.date.as_ref()?;
                        let i = dated.iter().position(|d| d.0 > t.at && d.2.as_ref() == Some(first))?;
                        let next = dated.get(i + 1)?;
                        let gap = text.get(dated[i].1..next.0)?.trim();
                        matches!(gap, "and again on" | "and again in" | "and again" | "and once more on")
                            .then(|| next.2.clone())?
                    })();
                    let repeat = again.map(|second| Draft { date: Some(second), distinct: true, ..draft.clone() });
                    // "arrested four men in Mosul …, and two more in Kirkuk", "struck a barracks on
                    // the edge of Sinune, a house beside the Makhmour camp's gate and a vehicle in
                    // Qandil": one verb, its objects in other places, as many acts.
                    let others: Vec<Draft> = if matches!(
                        kind,
                        EventKind::Attack | EventKind::Arrest | EventKind::Kidnapping | EventKind::Release
                    ) {
                        let placed_in = |(a, z): (usize, usize)| {
                            ranked_place_in(&index, text, b.id, (a, z))
                                .filter(|(p, en_route)| !en_route && geo.fits(p))
                                .map(|(p, _)| geo.local(p))
                        };
                        // (To the sentence's end or a semicolon; an object whose words hold an act
                        // of their own is a clause, "and two soldiers were killed".)
                        let to = text.get(t.at..e).and_then(|r| r.find(';')).map_or(e, |k| t.at + k);
                        let segments: Vec<(usize, usize)> = gapped_objects(text, t.at, to)
                            .into_iter()
                            .filter(|&(a, z)| !sentence_triggers.iter().any(|&(at, _)| at >= a && at < z))
                            .collect();
                        // (Only when the verb's own object is placed, where the draft is.)
                        let own = segments
                            .first()
                            .and_then(|&(a, _)| placed_in((t.at, a)))
                            .filter(|f| draft.place.as_ref().is_some_and(|p| p.name == f.name));
                        let mut others = Vec::new();
                        if let Some(own) = own {
                            let mut seen = vec![own.name];
                            for &seg in &segments {
                                if let Some(p) = placed_in(seg).filter(|p| !seen.contains(&p.name)) {
                                    seen.push(p.name.clone());
                                    // (", and, a day later, a doctor in Mosul": the time told before it.)
                                    let told = dated.iter().find(|d| {
                                        d.2.is_some()
                                            && gapped_time(text, (d.0, d.1))
                                            && text.get(d.1..seg.0).is_some_and(|g| g.trim() == ",")
                                    });
                                    let date = told.map_or_else(|| draft.date.clone(), |d| d.2.clone());
                                    others.push(Draft { place: Some(p), date, distinct: true, ..draft.clone() });
                                }
                            }
                        }
                        others
                    } else {
                        Vec::new()
                    };
                    merge_or_push(&mut drafts, &mut drafts_by_kind, draft);
                    if let Some(repeat) = repeat {
                        merge_or_push(&mut drafts, &mut drafts_by_kind, repeat);
                    }
                    for other in others {
                        merge_or_push(&mut drafts, &mut drafts_by_kind, other);
                    }
                }
            }
        }
    }
    // The dated drafts by year, so that a reference is compared only with the drafts whose dates
    // may agree with its own (same year, or none known). A draft's date is set once it has one.
    // (Each with its month as listed: a month once known stays, so a draft listed with another
    // month than the reference's cannot agree with it.)
    let mut dated_by_year: FxHashMap<Option<i32>, Vec<(usize, Option<u32>)>> = FxHashMap::default();
    for (i, d) in drafts.iter().enumerate() {
        if let Some(r) = &d.date {
            dated_by_year.entry(r.date.year).or_default().push((i, r.date.month));
        }
    }
    let mut candidates: Vec<usize> = Vec::new();
    for r in references {
        // A reference with its own date may name an event of another kind ("the earlier attacks in April 2020");
        // one dated only by context must match kind and share a participant.
        let own_date = r.date.as_ref().is_some_and(|d| d.text.is_some());
        candidates.clear();
        // (One dated only by context with no people of its own shares none: no draft need be asked.)
        let may_match = own_date || !r.actors.is_empty() || !r.targets.is_empty();
        match r.date.as_ref().and_then(|d| d.date.year) {
            _ if !may_match => {}
            Some(year) => {
                let month = r.date.as_ref().and_then(|d| d.date.month);
                for key in [Some(year), None] {
                    let listed = dated_by_year.get(&key).map_or(&[][..], Vec::as_slice);
                    let may_agree = |m: &Option<u32>| month.is_none() || m.is_none() || *m == month;
                    candidates.extend(listed.iter().filter(|(_, m)| may_agree(m)).map(|&(i, _)| i));
                }
            }
            None => candidates.extend(0..drafts.len()),
        }
        // Every draft has its own index in the key, so the order of the candidates does not matter.
        let target = candidates
            .iter()
            .map(|&i| (i, &drafts[i]))
            .filter(|(_, d)| {
                // Not into another kind's event told in the same sentence: "the kidnapping … on
                // 14 January …; both were released the following week" are two events.
                // (The cheap tests first: one dated only by context is of the reference's own kind.)
                d.date.is_some()
                    && (own_date || d.kind == r.kind)
                    && dates_agree(d, &r)
                    && if own_date {
                        // (An election or appointment is named as such: "the elections, held on
                        // December 18" is not the court ruling that allowed them.)
                        let politics = |k: EventKind| family(k) == family(EventKind::Election);
                        d.kind == r.kind || (d.origin != r.origin && politics(d.kind) == politics(r.kind))
                    } else {
                        d.kind == r.kind && shares(d, &r)
                    }
            })
            .max_by_key(|(i, d)| {
                (d.kind == r.kind, shares(d, &r), family(d.kind) == family(r.kind), std::cmp::Reverse(*i))
            })
            .map(|(i, _)| i);
        match target {
            Some(i) => add_evidence(&mut drafts[i], r, false),
            None if own_date && !r.anchored => {
                if let Some(d) = &r.date {
                    dated_by_year.entry(d.date.year).or_default().push((drafts.len(), d.date.month));
                }
                drafts.push(r);
            }
            None => {}
        }
    }
    // "said … elections will be held in May": a vote still to come when the article was
    // published is a plan, not an event.
    let planned = |d: &Draft| {
        let (Some((py, pm, _)), Some(date)) = (publication, d.date.as_ref().map(|r| r.date)) else {
            return false;
        };
        let later = match (date.year, date.month) {
            (Some(y), Some(m)) => (y, m) > (py, pm),
            (Some(y), None) => y > py,
            _ => false,
        };
        d.kind == EventKind::Election && later
    };
    drafts.retain(|d| d.date.is_some() && !planned(d));
    // With no date line, "In late July, …" told before the article first writes a year ("On
    // August 2, 2067, …") is that year's July (the year before when the month comes later in it).
    if publication.is_none() {
        for d in &mut drafts {
            let Some(r) = d.date.as_mut().filter(|r| r.date.year.is_none()) else { continue };
            let Some(month) = r.date.month else { continue };
            // (The story's year, past a year of background told in between.)
            let after = || written_years.iter().filter(|(at, ..)| *at > d.origin);
            if let Some(&(_, year, then, _)) = after().find(|w| !w.3).or_else(|| after().next()) {
                r.date.year = Some(if month > then { year - 1 } else { year });
            }
        }
    }
    crate::sort::sort_by_key(&mut drafts, |d| (d.evidence[0].block, d.evidence[0].start));
    drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| Event {
            id: format!("ev-{}", i + 1),
            kind: d.kind,
            date: d.date.map(|r| r.to_event_date()),
            place: d.place,
            actors: d.actors,
            targets: d.targets,
            evidence: d.evidence,
            corrected: false,
        })
        .collect()
}

fn dates_agree(a: &Draft, b: &Draft) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.date.compatible(&y.date),
        _ => true,
    }
}

fn shares(a: &Draft, b: &Draft) -> bool {
    b.actors.iter().chain(&b.targets).any(|x| a.actors.contains(x) || a.targets.contains(x))
}

fn add_evidence(d: &mut Draft, other: Draft, with_people: bool) {
    for ev in other.evidence {
        if !d.evidence.iter().any(|x| x.block == ev.block && x.start == ev.start) {
            d.evidence.push(ev);
        }
    }
    for a in other.actors.into_iter().filter(|_| with_people) {
        if !d.actors.contains(&a) && !d.targets.contains(&a) {
            d.actors.push(a);
        }
    }
    // A later phrase may tell the day of an event known by its year ("the 2023 elections" …
    // "the elections, held on December 18, 2023").
    let finer = |own: &Resolved, new: &Resolved| {
        new.basis != crate::model::DateBasis::Context
            && own.date.compatible(&new.date)
            && new.date.precision() > own.date.precision()
    };
    if d.date.as_ref().is_none_or(|own| other.date.as_ref().is_some_and(|new| finer(own, new))) {
        d.date = other.date;
    }
    if d.place.as_ref().is_none_or(|p| p.inferred) && other.place.as_ref().is_some_and(|p| !p.inferred) {
        d.place = other.place;
    }
}

/// Merge a new event into an earlier mention of the same one, or keep it. `by_kind` lists, per
/// kind and in order, the drafts that later events may merge into (those not `distinct`), so that
/// an event is compared with the earlier events of its kind only.
/// Nouns of one person that a participle after them names by an act told before ("the
/// teenager killed at Hawsh al-Sayyed Ali").
const PERSON_NOUNS: &[&str] = &["man", "woman", "boy", "girl", "teenager", "officer", "soldier", "driver", "farmer"];

/// Plural nouns for people an act was done to ("the men detained", "the drivers arrested").
const PEOPLE_NOUNS: &[&str] = &[
    "men",
    "people",
    "drivers",
    "protesters",
    "demonstrators",
    "detainees",
    "activists",
    "students",
    "suspects",
    "workers",
    "villagers",
    "fishermen",
    "youths",
    "teachers",
    "journalists",
    "women",
    "civilians",
    "prisoners",
];

/// What a crowd does before the police meet it.
const GATHERINGS: &[&str] =
    &["gathered", "protest", "rallied", "marched", "massed", "demonstrat", "sit-in", "took to the streets"];

/// The draft of `kind` made from the sentence at `origin`, if any (drafts are in reading order).
fn sentence_draft(drafts: &[Draft], origin: (usize, usize), kind: EventKind) -> Option<usize> {
    (0..drafts.len())
        .rev()
        .take_while(|&i| drafts[i].origin >= origin)
        .find(|&i| drafts[i].kind == kind && drafts[i].origin == origin)
}

/// Give the draft at `i` another kind, keeping `by_kind` in step.
fn rekind(drafts: &mut [Draft], by_kind: &mut FxHashMap<EventKind, Vec<usize>>, i: usize, kind: EventKind) {
    by_kind.entry(drafts[i].kind).or_default().retain(|&k| k != i);
    by_kind.entry(kind).or_default().push(i);
    drafts[i].kind = kind;
}

fn merge_or_push(drafts: &mut Vec<Draft>, by_kind: &mut FxHashMap<EventKind, Vec<usize>>, d: Draft) {
    // ("In return, Kuwait freed five Iraqis": the other side's act, never the one just told.)
    let in_return = ["In return", "In exchange"].iter().any(|p| d.evidence[0].text.starts_with(p));
    if !d.distinct && !in_return {
        let follows = |x: &Draft| x.origin.0 == d.origin.0 && x.origin.1 + 1 == d.origin.1;
        // A sentence with no date of its own right after an event dated by an offset goes on
        // about it ("by the next morning it had detained forty young men. The detainees were
        // taken to …").
        let sequel_of_distinct = |x: &Draft| {
            follows(x)
                && d.date.as_ref().is_some_and(|b| {
                    b.basis == crate::model::DateBasis::Context
                        && b.text.is_none()
                        && x.date.as_ref().is_some_and(|a| a.date == b.date)
                })
        };
        let same = |x: &Draft| {
            // The cheap tests first: every earlier event is asked.
            if (x.distinct && !sequel_of_distinct(x)) || x.kind != d.kind || x.origin == d.origin {
                return false;
            }
            let same_day = match (&x.date, &d.date) {
                (Some(a), Some(b)) => {
                    // A later mention tells the day less precisely, if at all: a finer date
                    // within a coarser one ("On the 14th of May" after "in spring 2021") is a new event.
                    a.date == b.date
                        || (b.basis != crate::model::DateBasis::Explicit
                            && a.date.compatible(&b.date)
                            && b.date.precision() <= a.date.precision())
                }
                _ => true,
            };
            // Two appointments of different people are two events ("On July 21, the council named
            // Jadaan …" and "Last week, the council elected a new co-chair, Saleh").
            let other_appointee = d.kind == EventKind::Appointment
                && !x.targets.is_empty()
                && !d.targets.is_empty()
                && !d.targets.iter().any(|t| x.targets.contains(t));
            same_day && dates_agree(x, &d) && !other_appointee
        };
        let earlier = by_kind.get(&d.kind).map_or(&[][..], Vec::as_slice);
        // (Only an event with people of its own shares one: the others need not be asked.)
        let named = !d.actors.is_empty() || !d.targets.is_empty();
        let sharing =
            earlier.iter().rev().copied().filter(|_| named).find(|&i| same(&drafts[i]) && shares(&drafts[i], &d));
        let pos = sharing.or_else(|| {
            // Drafts are in reading order: going back, those of the previous sentence come before
            // any earlier one.
            let previous = (d.origin.0, d.origin.1.checked_sub(1)?);
            let i = earlier
                .iter()
                .rev()
                .copied()
                .take_while(|&i| drafts[i].origin >= previous)
                .find(|&i| follows(&drafts[i]) && same(&drafts[i]))?;
            // The next sentence goes on about the same event, unless it marks a sequence ("then",
            // "later") or a new one of the kind ("Another rocket hit").
            // ("The same day, an investigative judge freed nine of the fourteen detainees": another
            // act that day.)
            let text = &d.evidence[0].text;
            // ("Within the hour, Israeli aircraft returned and struck the battery": a next act.)
            let sequel = tells_a_next_step(text)
                || [
                    "same day",
                    "same night",
                    "same evening",
                    "same morning",
                    "same afternoon",
                    "Within the hour",
                    "Within hours",
                    "Within minutes",
                ]
                .iter()
                .any(|p| text.contains(p));
            (!sequel).then_some(i)
        });
        if let Some(i) = pos {
            add_evidence(&mut drafts[i], d, true);
            return;
        }
        // A crowd gathered, and the next sentence tells the police driving it back: one
        // confrontation, told from the gathering.
        if d.kind == EventKind::Confrontation && d.date.as_ref().is_none_or(|r| r.text.is_none()) {
            let gathering = by_kind.get(&EventKind::Other).and_then(|v| v.last().copied()).filter(|&i| {
                let x = &drafts[i];
                follows(x) && x.date.as_ref().map(|r| r.date) == d.date.as_ref().map(|r| r.date) && {
                    let told = x.evidence[0].text.to_ascii_lowercase();
                    GATHERINGS.iter().any(|g| told.contains(g))
                }
            });
            if let Some(i) = gathering {
                rekind(drafts, by_kind, i, EventKind::Confrontation);
                add_evidence(&mut drafts[i], d, true);
                return;
            }
        }
    }
    // (An event dated by an offset is listed too: a sentence after it may go on about it.)
    by_kind.entry(d.kind).or_default().push(drafts.len());
    drafts.push(d);
}

/// A killing of a named person is an assassination; of others, an attack.
fn refine_kind(kind: EventKind, targets: &[String], entities: &[Entity]) -> EventKind {
    if kind == EventKind::Assassination
        && !targets.iter().any(|t| entities.iter().any(|e| &e.id == t && e.kind == EntityKind::Person))
    {
        return EventKind::Attack;
    }
    kind
}

/// People and organisations of the sentence: before the trigger act, after it are acted on (reversed for passives).
fn participants(
    index: &MentionIndex,
    b: &Block,
    (s, e): (usize, usize),
    at: usize,
    passive: bool,
) -> (Vec<String>, Vec<String>) {
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut by_agent = Vec::new();
    for (m, ent) in
        index.within(b.id, s, e).filter(|(_, x)| matches!(x.kind, EntityKind::Person | EntityKind::Organization))
    {
        {
            let list = if m.end <= at {
                &mut before
            } else if passive && b.text[at..m.start].contains(" by ") {
                &mut by_agent
            } else {
                &mut after
            };
            if !list.contains(&ent.id) {
                list.push(ent.id.clone());
            }
        }
    }
    if passive {
        let targets = before;
        let actors = by_agent;
        return (actors, targets.into_iter().chain(after).collect());
    }
    after.retain(|x| !before.contains(x));
    (before, after)
}

/// Words of a sentence that point to a building in the capital.
const BUILDINGS: &[&str] = &[
    "house",
    "houses",
    "home",
    "homes",
    "residence",
    "villa",
    "guesthouse",
    "palace",
    "embassy",
    "ministry",
    "parliament",
    "headquarters",
    "compound",
    "green zone",
    "international zone",
    "office",
];
/// The [`BUILDINGS`] that are someone's own and stand in any town, not the nation's in its capital.
const LOCAL_BUILDINGS: &[&str] = &["house", "houses", "home", "homes", "residence", "villa", "office", "compound"];
/// The one-word [`BUILDINGS`], hashed once on first use.
static BUILDING_WORDS: LazyLock<scan::WordSet> =
    LazyLock::new(|| BUILDINGS.iter().copied().filter(|w| !w.contains(' ')).collect());
const DEICTIC: &[&str] = &["there", "those", "same", "scene", "steps"];
/// [`BUILDINGS`] and [`DEICTIC`] as sets of substrings, built once on first use: a sentence holding
/// none of them names no building and points back nowhere, without a look at each of its words.
static BUILDING_SET: LazyLock<scan::Substrings> = LazyLock::new(|| scan::Substrings::new(BUILDINGS));
static DEICTIC_SET: LazyLock<scan::Substrings> = LazyLock::new(|| scan::Substrings::new(DEICTIC));

/// Words that leave a year of history told before: "For years after that, AQAP kept to the mountains".
const YEARS_ON: &[&str] = &["years after that", "years later", "in the years since", "for years afterward"];
static YEARS_ON_SET: LazyLock<scan::Substrings> = LazyLock::new(|| scan::Substrings::new(YEARS_ON));

/// What a sentence says about buildings and about pointing back, worked out once and only when asked.
struct SentenceCues<'s> {
    sentence: &'s str,
    lower: OnceCell<Cow<'s, str>>,
    building: OnceCell<Option<Place>>,
    deictic: OnceCell<bool>,
}

impl<'s> SentenceCues<'s> {
    fn new(sentence: &'s str) -> Self {
        SentenceCues { sentence, lower: OnceCell::new(), building: OnceCell::new(), deictic: OnceCell::new() }
    }

    fn lower(&self) -> &str {
        self.lower.get_or_init(|| {
            // The same as `to_lowercase` on ASCII, without its per-char path.
            Cow::Owned(scan::to_lowercase(self.sentence))
        })
    }

    /// A building in the capital named by the sentence ("his house", "the Prime Minister's Guesthouse").
    fn building(&self, geo: &Geography) -> Option<Place> {
        self.building
            .get_or_init(|| {
                let lower = self.lower();
                if !BUILDING_SET.any_in(lower.as_bytes()) {
                    return None;
                }
                // "took office", "in office": a term, not a building.
                let term = |a: usize| {
                    let before = lower[..a].trim_end();
                    ["took", "take", "takes", "taking", "taken", "in", "left", "leave", "assumed", "out of"].iter().any(
                        |w| before.ends_with(w) && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric),
                    )
                };
                let word = scan::runs(lower, &scan::ALPHANUMERIC)
                    .filter(|&(a, b)| !(&lower[a..b] == "office" && term(a)))
                    .map(|(a, b)| &lower[a..b])
                    .find(|x| BUILDING_WORDS.contains(x))
                    .or_else(|| BUILDINGS.iter().copied().find(|w| w.contains(' ') && lower.contains(w)))?;
                let phrase = lower.find(word).and_then(|p| self.sentence.get(p..p + word.len())).map(str::to_string);
                geo.capital(phrase)
            })
            .clone()
    }

    /// Does the sentence point back to a place ("there", "on those exact steps")?
    fn deictic(&self) -> bool {
        *self.deictic.get_or_init(|| {
            let lower = self.lower();
            DEICTIC_SET.any_in(lower.as_bytes())
                && scan::runs(lower, &scan::ALPHANUMERIC).any(|(a, b)| DEICTIC.contains(&&lower[a..b]))
        })
    }
}

/// The place of an event told in a sentence: named there, a building in the capital, the place of the
/// previous sentence when pointed back to ("on those exact steps"), else the article's country.
/// An appointment is at the place of the post ("as governor of Gilan").
fn place_for(
    index: &MentionIndex,
    geo: &Geography,
    b: &Block,
    kind: EventKind,
    (s, clause_start, clause_end, rest_end): (usize, usize, usize, usize),
    cues: &SentenceCues,
    prev: &dyn Fn() -> Option<Place>,
) -> Option<Place> {
    if kind == EventKind::Appointment {
        if let Some(p) = post_place_in(index, &b.text, b.id, (clause_start, rest_end)).filter(|p| geo.fits(p)) {
            return Some(p);
        }
    }
    let ranked = ranked_place_in(index, &b.text, b.id, (s, clause_end)).filter(|(p, _)| geo.fits(p));
    // An origin or a destination ("as he returned from a conference in Berlin") is the place only
    // when nothing better turns up.
    let (sentence, en_route) = match ranked {
        Some((p, true)) => (None, Some(p)),
        Some((p, false)) => (Some(p), None),
        None => (None, None),
    };
    // The trigger's own clause first when an earlier clause tells another event: "gunmen shot dead
    // a commander in Tafas, a roadside bomb wounded four soldiers near Jasim" places the second
    // event at Jasim; a more specific place earlier in the sentence still counts.
    if clause_start > s {
        let own = ranked_place_in(index, &b.text, b.id, (clause_start, clause_end))
            .filter(|(p, en_route)| geo.fits(p) && !en_route)
            .map(|(p, _)| p);
        if let Some(own) = own {
            if sentence.as_ref().is_none_or(|p| specificity(p.precision) <= specificity(own.precision)) {
                return Some(own);
            }
        }
    }
    if let Some(p) = sentence {
        // "in the Bekaa town of Brital": a town the gazetteer lacks, written as a location, is more
        // precise than the region the sentence names.
        // (So is "at the departure gate of Mitiga International Airport" than "In Libya".)
        if matches!(p.precision, crate::model::GeoPrecision::Region | crate::model::GeoPrecision::Country) {
            if let Some((name, container)) = unlocated_place_in(index, &b.text, b.id, (s, rest_end)) {
                return unlocated(name, Some(container.as_ref().unwrap_or(&p)), geo).or(Some(p));
            }
        }
        return Some(p);
    }
    if cues.deictic() {
        if let Some(mut p) = prev() {
            p.inferred = true;
            return Some(p);
        }
    }
    // A place the rest of the sentence locates the event at ("abducted X, an engineer, near his
    // home in Nabatieh") is better than an inferred one.
    if let Some(p) = locative_place_in(index, &b.text, b.id, (clause_end, rest_end)).filter(|p| geo.fits(p)) {
        return Some(p);
    }
    // "a house in Aita al-Shaab": a place the gazetteer lacks, located only to its country; a
    // named building ("outside the Palace of Justice") is in the capital.
    if let Some((name, container)) = unlocated_place_in(index, &b.text, b.id, (s, rest_end)) {
        let building = scan::runs(&name, &scan::ALPHANUMERIC)
            .any(|(a, z)| BUILDING_WORDS.contains(scan::to_lowercase(&name[a..z]).as_str()));
        let in_capital = building.then(|| geo.capital(Some(name.clone()))).flatten();
        let container = || container.or_else(prev);
        if let Some(p) = in_capital
            .map(|p| Place { name: format!("{name}, {}", p.name), ..p })
            .or_else(|| unlocated(name, container().as_ref(), geo))
        {
            return Some(p);
        }
    }
    if en_route.is_some() {
        return en_route;
    }
    // "In the capital, the president appointed …": the capital of the article's country.
    let lower = cues.lower();
    if lower.match_indices("the capital").any(|(i, m)| {
        !lower[i + m.len()..].starts_with(" of") && !lower[i + m.len()..].starts_with(|c: char| c.is_alphabetic())
    }) {
        if let Some(p) = geo.capital(Some("the capital".to_string())) {
            return Some(p);
        }
    }
    // "Niger's defence ministry said …": a building of a named country is in that country's capital;
    // "… in Khash. Police raided his office": a building is in the town the paragraph is in.
    let Some(building) = cues.building(geo) else {
        return geo.country_place();
    };
    if let Some(owned) = owner_capital(index, &b.text, b.id, (s, rest_end), building.text.clone()) {
        return Some(owned);
    }
    // (A ministry, parliament or embassy is the nation's, in its capital.)
    // A guesthouse is someone's own unless it is a named one ("the Prime Minister's Guesthouse").
    let local = building.text.as_deref().is_some_and(|t| {
        LOCAL_BUILDINGS.contains(&scan::to_lowercase(t).as_str())
                || t == "guesthouse"
                // A brigade's or a party's headquarters stands where it serves; a ministry's is in the capital.
                || (t == "headquarters" && !lower.contains("ministry") && !lower.contains("national"))
    });
    let town = local
        .then(|| {
            prev()
                .filter(|p| !p.inferred && specificity(p.precision) >= specificity(crate::model::GeoPrecision::City))
                .or_else(|| crate::places::last_town_in(index, &b.text, b.id, (0, rest_end)))
        })
        .flatten();
    match town {
        Some(town) => Some(Place { text: building.text, inferred: true, ..town }),
        // Someone's own house with no town in sight is somewhere in the country, not in its capital.
        None if local => geo.country_place().or(Some(building)),
        None => Some(building),
    }
}

/// Does the date from `date_start` to `date_end` modify the noun at `noun`? Before it ("the
/// November 7 drone attack", "this week's attack"), or after it at the end of the noun's
/// prepositional phrases ("the assassination of Sheikh Zoubi in Busra al-Sham on the 14th").
fn np_date(text: &str, (date_start, date_end): (usize, usize), noun: usize) -> bool {
    if date_end <= noun {
        return text
            .get(date_end..noun)
            // (Not a comparison: "more this spring than the abduction of …".)
            .is_some_and(|gap| {
                gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', '.']) && !gap.contains("than")
            });
    }
    let Some(gap) = text.get(noun..date_start) else {
        return false;
    };
    // "elections in a decade, held on December 18": a participle of taking place dates the noun.
    // ("The run-off, held three weeks later in …": the participle right before the time.)
    // ("The second round of the elections, originally scheduled for 4 February, was held on 11
    // February": the verb of the noun's own sentence, past what describes the noun.)
    let held = [
        "held on",
        "held in",
        "held",
        "took place on",
        "carried out on",
        "staged on",
        "conducted on",
        "signed on",
        "agreed on",
        "announced on",
        "reached on",
    ];
    if held.iter().any(|h| gap.trim_end().ends_with(h)) {
        let reach = if [" was held on", " were held on"].iter().any(|h| gap.trim_end().ends_with(h)) { 18 } else { 10 };
        return gap.split_whitespace().count() <= reach && !gap.contains([';', '.', ':']);
    }
    // "Their release, three days after a drone killed eleven guests, came on March 2, 2098": the
    // noun's own verb of taking place, past an aside between commas.
    let aside_then_came = gap.split_whitespace().next().is_some_and(|w| w.ends_with(','))
        && gap.matches(',').count() == 2
        && ["came on", "took place on", "happened on", "occurred on"].iter().any(|h| gap.trim_end().ends_with(h))
        && gap.split_whitespace().count() <= 30
        && !gap.contains([';', '.', ':']);
    if aside_then_came {
        return true;
    }
    // "The abduction of X, a respected elder, from his home on the night of 19 May was widely
    // blamed on …", "The detention of X … on September 20 set off a night of riots": the date
    // closes the sentence's subject, right before its verb.
    let closes_subject = text.get(date_end..).and_then(|rest| rest.split_whitespace().next()).is_some_and(|verb| {
        matches!(
            verb,
            "was"
                | "were"
                | "set"
                | "sparked"
                | "triggered"
                | "prompted"
                | "provoked"
                | "caused"
                | "led"
                | "drew"
                | "shocked"
                | "stunned"
                | "outraged"
                | "angered"
                | "marked"
                | "ended"
                | "brought"
                | "has"
                | "had"
                | "remains"
                | "remained"
        )
    });
    if closes_subject {
        return gap.split_whitespace().count() <= 40 && !gap.contains([';', '.', ':']);
    }
    // "the abduction of Hiba Radwan, a 31-year-old pharmacist from Shahba, at a false checkpoint
    // near al-Masmiyah on 28 April": past the person's description and the place, the day told
    // with "on" is the act's, while no verb or clause comes between.
    // ("… in the provincial capital on the night of Tuesday, February 19".)
    let told_on = ["the night of", "the morning of", "the evening of", "the afternoon of"]
        .iter()
        .fold(gap.trim_end(), |g, part| g.strip_suffix(part).map_or(g, str::trim_end));
    let described = gap.split_whitespace().nth(1) == Some("of")
        && told_on.ends_with(" on")
        && gap.split_whitespace().count() <= 24
        && gap.matches(',').count() <= 2
        && !gap.contains([';', '.', ':', '(', '"'])
        && !gap.split_whitespace().any(|w| {
            matches!(
                w.trim_end_matches(','),
                "was"
                    | "were"
                    | "had"
                    | "has"
                    | "have"
                    | "is"
                    | "are"
                    | "said"
                    | "who"
                    | "which"
                    | "that"
                    | "when"
                    | "after"
                    | "before"
                    | "while"
                    | "and"
                    | "but"
            )
        });
    if described {
        return true;
    }
    let mut words = gap.split_whitespace().skip(1); // the noun itself
    !gap.contains([',', ';', '.', ':'])
        && gap.split_whitespace().count() <= 12
        && words.all(|w| {
            matches!(w, "of" | "in" | "at" | "near" | "on" | "the" | "a" | "an")
                || w.starts_with(|c: char| c.is_uppercase())
                || w.starts_with("al-")
        })
}

/// Is the expression at `at` the start of a period ("since the truce of April 2022", "until May")?
fn since_phrase(sentence: &str, at: usize) -> bool {
    let before = &sentence[..at];
    // (The text after the last ',', ';' or ':', found with memrchr3.)
    let clause = memchr::memrchr3(b',', b';', b':', before.as_bytes()).map_or(before, |p| &before[p + 1..]);
    let last = clause.split_whitespace().next_back().unwrap_or("");
    // "He has been detained since 6 April": the day custody began, the arrest's.
    let custody_began = last.eq_ignore_ascii_case("since")
        && clause.split_whitespace().rev().nth(1).is_some_and(|v| matches!(v, "detained" | "held" | "jailed" | "imprisoned"))
        // (Not "released the three men held since October 30": the participle of a noun.)
        && clause.split_whitespace().rev().nth(2) == Some("been")
        && sentence[at..].starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase());
    !custody_began && clause.split_whitespace().any(|w| w.eq_ignore_ascii_case("since"))
        // (Not "It was not until January 14 that …": that is the day it happened.)
        || (clause.split_whitespace().rev().take(2).any(|w| w.eq_ignore_ascii_case("until"))
            && !clause.split_whitespace().rev().take(3).any(|w| w.eq_ignore_ascii_case("not")))
        // "offered to allow Turkish to be taught from next spring": the start of what is offered.
        || (last.eq_ignore_ascii_case("from") && sentence[at..].get(..5).is_some_and(|w| w.eq_ignore_ascii_case("next ")))
        // "extended the ban to July 3", "adjourned the case to 9 April": the new end of a term.
        || (last.eq_ignore_ascii_case("to")
            && clause.split_whitespace().rev().take(6).any(|w| {
                ["extended", "postponed", "adjourned", "deferred", "delayed", "pushed", "extending", "postponing"]
                    .iter()
                    .any(|v| w.eq_ignore_ascii_case(v))
            }))
        // "if they registered by the end of August": a condition's deadline.
        || (last.eq_ignore_ascii_case("by")
            && clause.split_whitespace().any(|w| w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless")))
}

/// Where a participle adjunct (", releasing …", ", killing …") starts between `from` and `to`.
fn participle_adjunct(text: &str, from: usize, to: usize) -> Option<usize> {
    let span = text.get(from..to)?;
    span.match_indices(", ").find_map(|(i, _)| {
        let word = span[i + 2..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (word.len() > 4 && word.ends_with("ing") && word.chars().next().is_some_and(char::is_lowercase))
            .then_some(from + i)
    })
}

/// The further objects of the verb at byte `from`, up to byte `to`, as byte ranges of at most ten
/// words: each one opened by a determiner or a count and joined by ", and" ("…, and two more in
/// Kirkuk"), or by "and" or a comma in a list of three ("…, a house beside the camp's gate and a
/// vehicle in Qandil"), past a time told between commas (", and, hours later, a courier …"). Not
/// an apposition ("in Sinjar, a district of Nineveh"), a distance, a time, the people "among
/// them", nor a clause (a pronoun or a verb first).
fn gapped_objects(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let Some(span) = text.get(from..to) else { return Vec::new() };
    // (Not the people "among them" or "including" the named: one act's toll.)
    let span =
        [" among ", " including ", " such as "].iter().filter_map(|m| span.find(m)).min().map_or(span, |k| &span[..k]);
    // Where each candidate object opens, after its joint.
    let mut opens: Vec<usize> = Vec::new();
    let mut depth = 0i32;
    for (k, c) in span.char_indices() {
        match c {
            '(' | '[' | '\u{201c}' => depth += 1,
            ')' | ']' | '\u{201d}' => depth -= 1,
            _ => {}
        }
        if depth != 0 {
            continue;
        }
        let rest = &span[k..];
        let joint = if rest.starts_with(", and ") {
            6
        } else if rest.starts_with(" and ") || (rest.starts_with(" and, ") && !span[..k].ends_with(',')) {
            5
        } else if rest.starts_with(", ") {
            2
        } else {
            continue;
        };
        let mut open = k + joint;
        // (", and, hours later, a courier": past the time told between commas.)
        let time_lead = [", and, ", " and, "]
            .iter()
            .find(|j| rest.starts_with(**j) && !(j.starts_with(' ') && span[..k].ends_with(',')))
            .map(|j| j.len());
        if let Some(lead) = time_lead {
            let after = &span[k + lead..];
            let Some(comma) = after.find(", ") else { continue };
            if !after[..comma].split_whitespace().any(|w| {
                matches!(w, "later" | "earlier" | "day" | "night" | "morning" | "evening" | "afternoon" | "hours")
            }) {
                continue;
            }
            open = k + lead + comma + 2;
        }
        let mut words = span[open..].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let (w0, w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""), words.next().unwrap_or(""));
        let w0 = w0.to_ascii_lowercase();
        let counted = opens_a_count(&w0);
        let apposition = [w1, w2].iter().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "district"
                    | "town"
                    | "city"
                    | "village"
                    | "province"
                    | "governorate"
                    | "region"
                    | "area"
                    | "neighborhood"
                    | "neighbourhood"
                    | "suburb"
                    | "subdistrict"
                    | "capital"
                    | "member"
                    | "former"
                    | "spokesman"
                    | "commander"
                    | "leader"
                    | "few"
                    | "hundred"
                    | "kilometers"
                    | "kilometres"
                    | "meters"
                    | "metres"
                    | "miles"
                    | "yards"
            )
        });
        // ("and two days later the ministry offered …": a time, not an object.)
        let time = crate::dates::unit_of(&w1.to_ascii_lowercase()).is_some();
        if counted && !apposition && !time {
            opens.push(from + open);
        }
    }
    // (A bare "and" or comma joins a further object only in a list of three: "arrested nine men
    // in Karzakan and Dumistan" is one roundup.)
    if opens.len() < 2 {
        opens.retain(|&o| text[..o].ends_with(", and ") || text[from..o].contains(" and, "));
    }
    // (Each object's place follows it closely: "a courier carrying cash at a checkpoint south of
    // Mosul"; one told further on belongs to a clause of its own.)
    let ends = opens.iter().skip(1).copied().chain(std::iter::once(to));
    opens
        .iter()
        .copied()
        .zip(ends)
        .map(|(a, z)| {
            let tenth = text[a..z.max(a)].split_whitespace().take(10).last().map_or(a, |w| {
                // (The byte after the tenth word.)
                w.as_ptr() as usize - text.as_ptr() as usize + w.len()
            });
            (a, tenth.max(a))
        })
        .collect()
}

/// "abducted an engineer in Kirkuk and, a day later, a doctor in Mosul": the time at bytes `a..b`
/// stands between an "and" and a further object of the verb (see [`gapped_objects`]), so it
/// dates that object, not the verb's first.
fn gapped_time(text: &str, (a, b): (usize, usize)) -> bool {
    let before = text.get(..a).unwrap_or("");
    let after = text.get(b..).unwrap_or("");
    before.ends_with(" and, ")
        && after
            .strip_prefix(", ")
            .is_some_and(|rest| opens_a_count(&rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase()))
}

/// "the two teachers were handed over at the roundabout, and the Asayish let six detainees go":
/// after the earlier of the acts at bytes `a` and `b`, a clause joined by ", and" or ";" names a new
/// subject (not a pronoun, not an auxiliary) before the later one, so it tells a second act of the kind.
fn second_subject(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    let (first, second) = (a.min(b), a.max(b));
    let (lo, hi) = (ws.partition_point(|w| w.start <= first), ws.partition_point(|w| w.start < second));
    let joined = |k: usize| {
        k > lo
            && ((ws[k].lower() == "and" && text[ws[k - 1].end..ws[k].start].contains(','))
                || text[ws[k - 1].end..ws[k].start].contains(';')
                // ("the army freed eleven of the herders, JNIM released the two aid workers …": a
                // list of clauses, a name right after the comma as the next one's subject.)
                || (text[ws[k - 1].end..ws[k].start].contains(',') && ws[k].flags & CAPITALISED != 0 && hi - k <= 3))
    };
    let Some(join) = (lo..hi).rev().find(|&k| joined(k)) else {
        return false;
    };
    let subject = &ws[join + usize::from(ws[join].lower() == "and")..hi];
    (1..=8).contains(&subject.len())
        && subject.iter().any(|w| w.flags & CAPITALISED != 0 || SUBJECT_NOUNS.contains(&w.lower()))
        && !subject.iter().any(|w| {
            matches!(
                w.lower(),
                "he" | "she" | "they" | "it" | "who" | "which" | "that" | "was" | "were" | "had" | "been"
            )
        })
}

/// "appointed Joseph Rizk to lead the deployment and named Hassan Mroue as its coordinator",
/// "detained Sheikh Majid at his home, and arrested Layla Abdulhadi at a café": a second verb of
/// the act at byte `at`, joined to the first (at byte `first`) by "and", whose own object is a
/// name (or, for an appointment, a count; not "him"), is the act done to someone else.
fn second_object(kind: EventKind, text: &str, first: usize, at: usize) -> bool {
    // (Not "removed the police chief and named X in his place": one change of post.)
    let verb_of = |k: usize| text.get(k..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    let acting = |k: usize| match kind {
        EventKind::Appointment => {
            matches!(verb_of(k), "appointed" | "named" | "chose" | "picked" | "nominated" | "installed")
        }
        EventKind::Arrest | EventKind::Kidnapping | EventKind::Release => {
            matches!(verb_of(k), "arrested" | "detained" | "seized" | "abducted" | "kidnapped" | "freed" | "released")
        }
        _ => false,
    };
    let joined = first < at
        && acting(first)
        && acting(at)
        && text.get(first..at).is_some_and(|gap| gap.trim_end().ends_with(" and"));
    let object = text.get(at..).and_then(|rest| rest.split_whitespace().nth(1)).unwrap_or("");
    let counted = opens_a_count(&object.to_ascii_lowercase());
    joined && (object.starts_with(|c: char| c.is_uppercase()) || (kind == EventKind::Appointment && counted))
}

/// Does the lowercase `word` open a counted object: "a", "an", "another", a number in digits or
/// in words ("two doctors")?
fn opens_a_count(word: &str) -> bool {
    matches!(word, "a" | "an" | "another") || word.parse::<u32>().is_ok() || crate::dates::number_word(word).is_some()
}

/// Acts one party does to another, so a second subject does a second act ("the army released
/// two …, and the clan handed Kanj over"); unlike a confrontation, whose second party answers
/// the first ("residents blocked the road, and riot police dispersed them").
fn one_sided(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Attack
            | EventKind::Assassination
            | EventKind::Arrest
            | EventKind::Release
            | EventKind::Kidnapping
            | EventKind::Appointment
    )
}

/// Common nouns that head a clause's subject ("and the army released …").
const SUBJECT_NOUNS: &[&str] =
    &["police", "army", "court", "judge", "clan", "tribe", "militia", "gunmen", "group", "brigade", "authorities"];

/// Is the trigger a meeting ("met", a round of talks "held") or a truce begun ("took effect",
/// "came into force")? Either is an event only when dated and alone in its sentence.
fn meeting_or_truce(text: &str, t: &Trigger) -> bool {
    let mut words = text[t.at..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let (word, next) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    t.kind == EventKind::Other
        && (matches!(word, "met" | "held")
            || (matches!(word, "took" | "came" | "went" | "entered") && matches!(next, "effect" | "into"))
            || (word == "began" && matches!(next, "at" | "on")))
}

/// Start of the clause holding byte `at`.
fn clause_start_at(clauses: &[(usize, usize)], ws: &[Word], at: usize) -> usize {
    let i = ws.partition_point(|w| w.start < at).min(ws.len().saturating_sub(1));
    clauses.get(i).and_then(|(lo, _)| ws.get(*lo)).map_or(at, |w| w.start)
}

/// End of the clause holding byte `at` (dates after it belong to other clauses).
fn clause_end_at(clauses: &[(usize, usize)], ws: &[Word], at: usize) -> usize {
    let i = ws.partition_point(|w| w.start < at).min(ws.len().saturating_sub(1));
    clauses.get(i).and_then(|(_, hi)| ws.get(*hi)).map_or(at, |w| w.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(EventKind, String, String)> {
        let a = crate::analyze(text);
        a.events
            .iter()
            .map(|e| (e.kind, e.date.as_ref().map_or("-".into(), |d| d.start.clone()), e.evidence[0].text.clone()))
            .collect()
    }

    #[test]
    fn a_date_heading_dates_its_section() {
        let ev = run("- Policy Analysis\n\nBallots in Bebnine\n\nThe town voted on May 3, and the results came late.\n\nTuesday, May 12\n\nShortly before dawn, soldiers surrounded the harbor quarter and detained seven men.\n");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.iter().any(|&(k, d)| k == EventKind::Arrest && d.ends_with("-05-12")), "{found:?}");
    }

    #[test]
    fn a_date_alone_in_a_later_clause_dates_the_act_and_a_sources_date_does_not() {
        let ev = run("Title Here\n\nJun 9, 2084\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn the night of April 20, gunmen seized the terminal manager at his house. He was handed to elders in Bin Jawad, a coastal town, a week later. On April 22, police detained six men in the port (Kuna, April 24).");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2084-04-20", "2084-04-27", "2084-04-22"], "{ev:?}");
    }

    #[test]
    fn a_reports_day_does_not_date_the_past_it_tells() {
        let ev = run("Title Here\n\nApr 23, 2082\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 19, soldiers detained eleven drivers at the port. In a report released on March 30, Human Rights Watch said that at least six of them had been beaten with cables in custody.");
        assert!(!ev.iter().any(|e| e.1 == "2082-03-30"), "{ev:?}");
    }

    #[test]
    fn with_no_date_line_this_year_is_the_latest_year_written() {
        let text = |last: &str| {
            format!("Water Wars\n\nIn 2071, the council had banned new wells near the camps, a ban nobody enforced.\n\nThis year, the crisis began on March 14, when gunmen attacked a water tanker near Marib. {last}\n")
        };
        let ev = run(&text("It was not until May 31, 2090, that the governor met the sheikhs."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2090-03-14"), "{ev:?}");
        // A year set ahead is no present.
        let ev = run(&text("Elections are due on October 10, 2095."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2071-03-14"), "{ev:?}");
    }

    #[test]
    fn a_day_that_names_an_earlier_event_dates_neither_the_act_nor_what_counts_on() {
        let ev = run(&under("Mar 10, 2084", "On August 9, army intelligence arrested three men from Rmeish whom it accused of taking part in the July 19 assault on the Italian patrol; two were released on bail four days later."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2083-08-09"), "{ev:?}");
        assert!(ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "2083-08-13"), "{ev:?}");
    }

    #[test]
    fn history_told_in_the_pluperfect_first_does_not_frame_the_story() {
        let ev = run(&under("Jan 29, 2087", "The factions had announced a halt to their attacks in October 2084. On January 9, U.S. aircraft struck two depots south of al-Qaim."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2087-01-09"), "{ev:?}");
    }

    #[test]
    fn a_time_after_a_later_verb_of_the_clause_is_that_verbs() {
        let ev = run(&under("Mar 20, 2087", "On March 10, Radaa fighters detained two SSA members at a checkpoint on the road to Mitiga airport and let them go the following afternoon."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2087-03-10"), "{ev:?}");
        assert!(ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "2087-03-11"), "{ev:?}");
    }

    #[test]
    fn relieved_of_a_command_and_approved_as_minister_are_appointments() {
        assert_eq!(
            kinds("On February 9, the emir relieved Kabul's police chief, Mawlawi Hamdard, of his command."),
            vec![EventKind::Appointment]
        );
        assert_eq!(
            kinds("On February 17, parliament approved Lieutenant General Saad al-Fartousi, a career police officer, as interior minister."),
            vec![EventKind::Appointment]
        );
        assert_ne!(kinds("On February 17, parliament approved the budget as drafted."), vec![EventKind::Appointment]);
        assert_eq!(
            kinds("On March 4, the prime minister relieved General Ali Hassan of his command."),
            vec![EventKind::Appointment]
        );
        assert_eq!(
            kinds("On March 4, the minister named General Omar Salih to take his place."),
            vec![EventKind::Appointment]
        );
    }

    #[test]
    fn a_time_after_and_a_clause_or_two_before_an_act_is_its_own() {
        let a = crate::analyze(&under(
            "Apr 30, 2083",
            "On April 18, gunmen shot dead Ali Hassan, a lawyer, as he left a mosque in Basra, and three days later, in Nasiriyah, the activist Dhuha Karim was killed by a bomb placed under her car.",
        ));
        let found: Vec<(EventKind, &str, &str)> = a
            .events
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.date.as_ref().map_or("-", |d| d.start.as_str()),
                    e.place.as_ref().map_or("-", |p| p.name.as_str()),
                )
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (EventKind::Assassination, "2083-04-18", "Basra"),
                (EventKind::Assassination, "2083-04-21", "Nasiriyah")
            ]
        );
    }

    #[test]
    fn a_noun_inside_a_name_does_not_open_the_sentence() {
        assert_eq!(
            kinds("Yesterday, the High National Elections Commission (HNEC) postponed the municipal elections in Tajoura."),
            vec![EventKind::Other]
        );
    }

    #[test]
    fn a_fate_told_to_a_class_past_an_adjective_or_as_a_reminder_is_a_threat() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 3, Laraki told a rally in Bandar Abbas that foreign warships which escort smugglers will share the smugglers' fate."),
            vec![Threat]
        );
        assert_eq!(
            kinds("On March 3, a spokesman told a rally in Baghdad that any judge who rules against the Hashd would be reminded who liberated his courtroom."),
            vec![Threat]
        );
        assert!(kinds("On March 3, Laraki told a rally in Bandar Abbas that foreign warships which escort tankers will be welcome.").is_empty());
    }

    #[test]
    fn those_arrested_and_then_driven_off_are_the_arrest_told_on() {
        use EventKind::*;
        assert_eq!(
            kinds("On January 6, agents of the Intelligence Ministry detained the prayer leader of the main mosque as he left a wedding, and drove him to Zahedan."),
            vec![Arrest]
        );
        // A seizure by a second subject, on a time of its own, is another act.
        assert_eq!(
            kinds("On April 15 SSA men detained two officers at a checkpoint in Abu Salim, and the same night the brigade answered by seizing the brother of an SSA commander from his home in Ain Zara."),
            vec![Arrest, Kidnapping]
        );
    }

    #[test]
    fn an_attack_answered_with_no_time_of_its_own_is_one_clash() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 3, Albu Issa gunmen opened fire on a checkpoint on the road to Saqlawiyah, and the two sides traded shots for more than an hour."),
            vec![Confrontation]
        );
        // A next step, or a time of its own, is another act.
        let mut two = kinds("On October 15, mourners fought riot police at the cemetery in Mashhad, and afterward a group of young men set fire to a Basij base.");
        two.sort_by_key(|k| format!("{k:?}"));
        assert_eq!(two, vec![Attack, Confrontation]);
        assert_eq!(
            kinds("On February 25, troops near al-Turra shot down a drone, and an hour later they exchanged fire with two men who came to collect it."),
            vec![Attack, Confrontation]
        );
    }

    #[test]
    fn terms_with_a_condition_are_one_offer() {
        assert_eq!(
            kinds("On May 9, the county governor told elders in Mandera town that the county would pay for twenty new police reservists, provided that the clans named the men who had scouted the raid."),
            vec![EventKind::Offer]
        );
    }

    #[test]
    fn the_victims_of_an_act_of_violence_told_are_its_toll() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 4, police opened fire on the marchers in Basra; a boy of fourteen was killed."),
            vec![Attack]
        );
        assert_eq!(
            kinds(
                "On March 4, gunmen attacked a checkpoint outside Baiji, and two soldiers were killed in the exchange."
            ),
            vec![Attack]
        );
        // Victims with a place of their own are another act.
        assert_eq!(
            kinds("On March 4, a grenade was thrown at a police post in Tikrit, and a grocer was shot dead in his shop in Samarra."),
            vec![Attack, Attack]
        );
    }

    #[test]
    fn a_second_subject_does_a_second_act_of_the_kind() {
        use EventKind::*;
        // Captives given back by two parties: two releases.
        assert_eq!(
            kinds("On March 8, the army released two of the four detainees without charge, and a few hours later the clan handed Kanj over, unharmed, to Hezbollah officials at a house in Baalbek."),
            vec![Release, Release]
        );
        assert_eq!(
            kinds("On March 9, the two teachers were handed over at the Hilaliya roundabout, and the Asayish let six of the fourteen detainees go home the same afternoon."),
            vec![Release, Release]
        );
        // The same subject going on, or a pronoun: one act.
        assert_eq!(kinds("On March 1, gunmen stormed the building and killed the guard."), vec![Attack]);
        assert_eq!(kinds("On March 1, the militia released the engineer, and he was driven home."), vec![Release]);
        // Two parties of a confrontation answer each other: one.
        assert_eq!(
            kinds("On March 2, several hundred drivers blocked the highway with burning tires, and riot police dispersed them with tear gas."),
            vec![Confrontation]
        );
    }

    #[test]
    fn detained_since_a_day_is_the_arrest_on_that_day() {
        let ev = run(&under("Apr 20, 2083", "He has been detained since 6 April by the brigade's security office."));
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Arrest, "2083-04-06")],
            "{ev:?}"
        );
        // The participle of a noun: the release is the act, on its own day.
        let ev = run(&under("Apr 20, 2083", "On April 12, a judge released the three men held since April 2."));
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Release, "2083-04-12")],
            "{ev:?}"
        );
    }

    #[test]
    fn a_documents_date_does_not_move_the_story() {
        let ev = run(&under("Feb 20, 2079", "On the night of February 3, U.S. aircraft struck a depot near al-Qaim. In the report it sent to Congress, dated February 6, the White House described the strikes as proportionate. The next morning the foreign ministry summoned the U.S. charg\u{e9} d'affaires."));
        assert!(ev.iter().any(|e| e.1 == "2079-02-04" && e.2.contains("summoned")), "{ev:?}");
    }

    #[test]
    fn a_meeting_told_alone_is_an_event() {
        use EventKind::*;
        assert_eq!(
            kinds("On May 30, the Saudi and Iranian delegations met in Baghdad for a sixth round of talks."),
            vec![Other]
        );
        assert_eq!(kinds("The fourth round of the talks was held in Baghdad on 9 March 2084."), vec![Other]);
        // The meeting where another act was done is no event of its own.
        assert_eq!(
            kinds("On March 9, the governor met the sheikhs at his office and offered them a share of the jobs."),
            vec![Offer]
        );
        // Not a meeting: criteria met, a count, a time clause, a vote's round.
        assert!(kinds("On March 9, the company met the criteria set by the ministry.").is_empty());
        assert!(kinds("The committee has met twice since March 2.").is_empty());
        assert!(kinds("On March 2, the council met to vote on the budget.").is_empty());
    }

    #[test]
    fn the_story_told_ahead_of_itself_is_an_act_on_its_day() {
        use EventKind::*;
        assert_eq!(
            kinds("The guards would free twenty of the sailors on 11 February, putting them ashore at Bandar Abbas."),
            vec![Release]
        );
        // What someone said would happen, or would under a condition, is not.
        assert!(kinds("The militia said it would free them on March 4.").is_empty());
        assert!(kinds("If the talks fail, the army would strike the camps on March 4.").is_empty());
        assert!(kinds("The guards would free the sailors, in time.").is_empty());
    }

    #[test]
    fn picked_up_their_colleague_and_a_term_extended_to_a_day() {
        assert_eq!(
            kinds("On February 19, officers picked up their colleague Karwan Hasan at the checkpoint in Zakho."),
            vec![EventKind::Arrest]
        );
        // The new end of a term is not where the story stands.
        let ev = run(&under("Apr 20, 2089", "On April 2, 2089, the authority extended the ban to July 3. Five days later, a small drone struck a pickup truck inside the airport's fence."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2089-04-07"), "{ev:?}");
    }

    #[test]
    fn a_time_quoted_before_the_act_does_not_date_it() {
        let ev = run(&under("Nov 14, 2073", "On October 29, after what one official described to me as \u{201c}a very long Saturday night on the telephone,\u{201d} the CTS handed Saedi over to the PMF's Central Security Directorate."));
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Release, "2073-10-29")],
            "{ev:?}"
        );
    }

    #[test]
    fn a_grenade_thrown_is_an_attack_and_the_grenade_thrown_a_mention() {
        let ev = run(&under("Mar 20, 2084", "On March 3, drones struck the house of a deputy in Jadriya. Earlier in the day, someone had thrown a hand grenade over the wall of the Sadrist political office in Shula, damaging a generator but hurting no one."));
        assert_eq!(ev.iter().filter(|e| e.0 == EventKind::Attack).count(), 2, "{ev:?}");
        let ev = run(&under("Mar 20, 2084", "On March 3, someone threw a hand grenade at the office. On March 5, police arrested two men on suspicion of having thrown the grenade."));
        assert_eq!(ev.iter().filter(|e| e.0 == EventKind::Attack).count(), 1, "{ev:?}");
    }

    #[test]
    fn trading_fire_of_a_kind_is_a_confrontation() {
        assert_eq!(
            kinds(
                "On February 27, Taliban border guards and the Frontier Corps traded machine-gun fire across the gate."
            ),
            vec![EventKind::Confrontation]
        );
        assert!(!kinds("On February 27, the two sides traded no fire at all.").contains(&EventKind::Confrontation));
    }

    #[test]
    fn taken_both_away_and_a_named_body_of_many() {
        assert_eq!(
            kinds("On February 9, gunmen ordered him and his driver out of the car and took them both away."),
            vec![EventKind::Kidnapping]
        );
        assert_eq!(
            kinds("On February 22, the speaker of the House of Representatives warned that any official who leaks the findings would be treated as a collaborator."),
            vec![EventKind::Threat]
        );
    }

    #[test]
    fn not_until_a_day_is_the_day_it_happened() {
        let text = |s: &str| under("Mar 10, 2084", s);
        let ev = run(&text("Not until September 9 did the police arrest two men for the bombing in Basra."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2083-09-09"), "{ev:?}");
        let ev = run(&text("It was not until January 14 that the police arrested two suspects in Basra."));
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2084-01-14"), "{ev:?}");
        // "Nor did …" is still a negation.
        assert!(run(&text("Nor did the police arrest anyone in Basra.")).is_empty());
    }

    #[test]
    fn the_day_of_the_telling_loses_to_the_acts_own() {
        let ev = run("Title Here\n\nMarch 10, 2084\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe army said on Tuesday that militants had attacked a checkpoint near Gao on Sunday night. A spokesman said on March 8 that soldiers had detained two smugglers.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2084-03-05", "2084-03-08"], "{ev:?}");
    }

    #[test]
    fn a_numbered_sequel_or_the_same_fate_is_the_act_told_before_again() {
        let ev = run("Title Here\n\nMarch 10, 2084\n\nBrief Analysis\n\nA summary sentence about the events.\n\nTwo ambushes followed. The first came on February 7, when militants attacked a convoy near Djibo. The second came four days later, near Arbinda. On February 20, gunmen attacked the checkpoint at Gao. Four days later, the checkpoint at Ansongo met the same fate. The latest came on March 2.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        let attacks = [EventKind::Attack; 4];
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), attacks, "{found:?}");
        assert_eq!(
            found.iter().map(|f| f.1).collect::<Vec<_>>(),
            ["2084-02-07", "2084-02-11", "2084-02-20", "2084-02-24"]
        );
    }

    #[test]
    fn a_wire_dateline_sets_the_present_of_a_repost() {
        // The repost's date line is Thursday April 7; the wire story was filed on Monday April 4.
        let ev = run("Title Here\n\nApr 7, 2089\n\nBrief Analysis\n\nA summary sentence about the events.\n\nHorn Observer – ADDIS ABABA, April 4 – The government has changed its peace team.\n\nOn Tuesday, the prime minister named General Dinka as the commission's head.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["2089-03-29"], "{ev:?}");
    }

    #[test]
    fn released_then_taken_again_and_one_let_go() {
        let kinds_of = |body: &str| {
            run(&format!(
                "Title Here\n\nMar 20, 2084\n\nBrief Analysis\n\nA summary sentence about the events.\n\n{body}"
            ))
            .into_iter()
            .map(|e| e.0)
            .collect::<Vec<_>>()
        };
        use EventKind::*;
        assert_eq!(
            kinds_of(
                "They were let out of the prison in Gondar on March 2 and rearrested at its gate within the hour."
            ),
            [Release, Arrest]
        );
        assert_eq!(
            kinds_of(
                "On March 4, soldiers detained two reporters at a cafe, and let the photographer go that evening."
            ),
            [Arrest, Release]
        );
        assert_eq!(kinds_of("On March 4, the SDF let forty-two families leave al-Hol for their villages."), [Release]);
        // (Not things let go: "they let the lists circulate and leave the rest to others".)
        assert_eq!(kinds_of("On March 4, they let the lists circulate and leave the rest to others."), []);
    }

    #[test]
    fn a_dated_label_heads_its_section() {
        let ev = run("- Policy Analysis\n\nTen Days in Jeddah\n\nThe round opened on May 12 and the results came late.\n\nMay 21: An Offer and a Warning\n\nIn the morning session, the delegation offered to open two corridors.\n");
        assert!(ev.iter().any(|e| e.0 == EventKind::Offer && e.1.ends_with("-05-21")), "{ev:?}");
    }

    #[test]
    fn people_handed_over_somewhere_are_released() {
        assert_eq!(
            kinds("On March 1, the six men and the two truck drivers were handed over at the intelligence branch."),
            vec![EventKind::Release]
        );
    }

    #[test]
    fn the_same_thing_happening_to_someone_else_is_the_same_kind() {
        let ev = run("Title Here\n\nMar 30, 2081\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 4, gunmen at a fake checkpoint abducted Hassan Baalbaki, a pharmacist.\n\nFour days later the same thing happened to Adnan Kurdi, a grain trader, on the same road.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(found, vec![(EventKind::Kidnapping, "2081-03-04"), (EventKind::Kidnapping, "2081-03-08")]);
    }

    #[test]
    fn an_act_told_again_on_another_day_is_two_events() {
        let ev = run("Title Here\n\nApr 30, 2090\n\nBrief Analysis\n\nA summary sentence about the events.\n\nBorder guards fired mortars at Frontier Corps (FC) posts above Torkham on April 2 and again on April 5, wounding nine soldiers in all.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(found, vec![(EventKind::Attack, "2090-04-02"), (EventKind::Attack, "2090-04-05")]);
    }

    #[test]
    fn a_hearing_set_by_another_verb_does_not_date_the_release() {
        let ev = run("Title Here\n\nApr 20, 2089\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn 27 March, the military court released Gaab on bail and adjourned his case to 9 April.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2089-03-27"], "{ev:?}");
    }

    #[test]
    fn the_start_of_what_is_offered_does_not_date_the_offer() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nYesterday, the governor offered to allow the language to be taught in schools from next spring, in return for a written pledge.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2026-03-10"], "{ev:?}");
    }

    #[test]
    fn a_step_in_a_pluperfect_relative_clause_neither_dates_the_act_nor_moves_the_story() {
        let ev = run("Title Here\n\nJul 20, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn June 15, officers detained a laborer who had been seen arguing with the mayor a week earlier. On Easter Monday, Yousif Matti, a pharmacist who had won back his house in a ruling the week before, drove in with his sons. Three weeks later, the house was set alight in the night.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        // (The pharmacist's drive, told in words no lexicon holds, is a step of its own: Easter
        // Monday, April 21.)
        assert_eq!(dates, vec!["2025-06-15", "2025-04-21", "2025-05-12"], "{ev:?}");
    }

    #[test]
    fn a_story_without_years_dates_a_sentence_by_its_running_day() {
        // A web page with no date line: the killing told right after "the night of March 3"
        // takes that year-less day.
        let text = "- Policy Analysis\n\nA Killing in the Suburbs of the Capital\n\nA summary of the piece that says what it argues.\n\nAbi Nader never made it home on the night of March 3. A motorcyclist drew level with his car and fired five shots through the window.\n";
        let events = run(text);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!((events[0].0, events[0].1.as_str()), (EventKind::Attack, "XXXX-03-03"));
    }

    #[test]
    fn a_thousands_separator_does_not_end_the_clause() {
        // "on bail of 5,000 dinars on March 2": the release is dated by its own clause's day.
        let text = "- Policy Analysis\n\nA Poet Held at the Airport\n\nA summary of the piece that says what it argues.\n\nOn March 4, police detained the poet at the airport. The former deputy himself had been freed on bail of 5,000 dinars on March 2 by a judge.\n";
        let dates: Vec<String> = run(text).into_iter().map(|e| e.1).collect();
        assert_eq!(dates, vec!["XXXX-03-04", "XXXX-03-02"]);
    }

    #[test]
    fn generic_cue_scan_matches_substring_search() {
        for s in [
            "",
            "t",
            "tend t",
            "they tend to",
            "attend to it",
            "soften",
            "every  time",
            "every time",
            "in general",
            "x sometimes",
            "ten",
            "oft",
            "often",
            "whenever",
            "unusually large",
            "did not intend to",
        ] {
            assert!(GENERIC_CUES.iter().all(|c| c.len() >= 3));
            let expected = GENERIC_CUES.iter().any(|c| s.contains(c) || s.starts_with(c.trim_start()));
            assert_eq!(has_generic_cue(s.as_bytes()), expected, "{s:?}");
        }
    }

    #[test]
    fn negation_modality_and_generic() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary of things that happened in the region.\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. Police did not arrest the gunmen. Any such raid could be considered an act of war. Militias sometimes attacked convoys.");
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert_eq!(ev[0].0, EventKind::Kidnapping);
        assert_eq!(ev[0].1, "2022-03-01");
    }

    /// `body` under the header of a reference export dated `date_line`.
    fn under(date_line: &str, body: &str) -> String {
        format!("Title Here\n\n{date_line}\n\nBrief Analysis\n\nA summary sentence about the events.\n\n{body}")
    }

    /// Asserts the kind and date of each event of `body` under a reference export dated `date_line`.
    #[track_caller]
    fn assert_dated(date_line: &str, body: &str, expected: &[(EventKind, &str)]) {
        let ev = run(&under(date_line, body));
        let got: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(got, expected, "{ev:?}");
    }

    #[test]
    fn menace_told_in_a_quote_is_a_threat() {
        use EventKind::*;
        for body in [
            "On February 13, the commander said on the radio that \"any foreigner who walks the road walks it at his own risk.\"",
            "On February 13, the general told the crowd that \"we know where that head sleeps.\"",
            "On February 13, the commander told state television that \"every house that sheltered them will be visited.\"",
            "On February 13, the agency's head told mourners that Iran would \"reconsider every inspection\" if the Board passed another resolution.",
        ] {
            assert_eq!(kinds(body), vec![Threat], "{body}");
        }
        for body in [
            "On February 13, a video showed a masked man standing beside the burned pickup and warning the tribes that \"those who lead the army into our villages will be buried in them.\"",
            "On February 13, the general told a rally that \"those who throw stones at our embassy should remember that the river is not a wall.\"",
            "On February 13, the cleric told worshippers that \"those who jail our clerics should know that the road to Baku passes through Iran.\"",
            "On February 13, the deputy told a rally in Tyre that \"every rig that pumps before the line is drawn will pump under our drones.\"",
            "The minister answered him on February 13: \"If one more drone comes toward our rigs, the Lebanese state will answer for it.\"",
            "On February 13, the clan replied: if the sheikh was not home by Friday, its men would treat every officer as a prisoner of war.",
            "On February 13, the elders replied that their men would \"close the river road to every SDF vehicle\" if any son of the tribe was arrested again.",
            "On February 13, he told the council that any aid organization found to have paid a ransom \"will leave Mali the same week.\"",
            "On February 13, he told supporters in Duhok that any civil servant in Sinjar who takes orders from Borek would be struck off the payroll.",
            "On February 13, the minister told reporters that Turkey \"will strike the PKK wherever it hides.\"",
        ] {
            assert_eq!(kinds(body), vec![Threat], "{body}");
        }
        // (Nor are warning shots: "fired warning shots that wounded two".)
        assert!(
            !kinds("On February 13, the coast guard fired warning shots that wounded two fishermen.").contains(&Threat)
        );
        // (A plan is no menace: "would reconsider" with no condition.)
        assert!(kinds("On February 13, the minister said the ministry would reconsider the plan.").is_empty());
    }

    #[test]
    fn a_ships_seizure_an_expulsion_in_a_participle_and_escorts_begun_are_events() {
        use EventKind::*;
        let seizure = "The seizure of the tanker Saga Venture off Hormuz island on February 4 angered Washington.";
        assert_eq!(kinds(seizure), vec![Kidnapping]);
        let expelling = "On February 5, Rabat answered in kind, expelling the Algerian consul general in Casablanca.";
        assert_eq!(kinds(expelling), vec![Other]);
        let escorts = "On February 6, the Fifth Fleet began escorting tankers through the strait.";
        assert_eq!(kinds(escorts), vec![Other]);
        let annulled = "On February 2, an appeals court annulled the congress at which delegates had elected Aras in November 2081.";
        assert!(kinds(annulled).contains(&Other), "{:?}", kinds(annulled));
        assert_eq!(kinds("On February 3, the State Security Court opened the trial of the nine men."), vec![Other]);
        // (Undated, a navy's habit is no event.)
        assert!(kinds("The Fifth Fleet has been escorting tankers through the strait for years.").is_empty());
    }

    #[test]
    fn a_second_appointing_verb_with_its_own_appointee_is_a_second_appointment() {
        use EventKind::*;
        let two = "On March 3, the council appointed Karim Said as governor and named Latif Hamid as police chief.";
        assert_dated("Mar 10, 2084", two, &[(Appointment, "2084-03-03"), (Appointment, "2084-03-03")]);
        let same_man =
            "On March 3, the council appointed Karim Said as governor and named him to its security committee.";
        assert_dated("Mar 10, 2084", same_man, &[(Appointment, "2084-03-03")]);
        let in_his_place = "On March 3, the minister removed the police chief and appointed Latif Hamid in his place.";
        assert_dated("Mar 10, 2084", in_his_place, &[(Appointment, "2084-03-03")]);
    }

    #[test]
    fn a_date_in_a_relative_clause_whose_had_follows_it_dates_the_description() {
        use EventKind::*;
        assert_dated(
            "Nov 9, 2093",
            "On October 24, the IRGC fired ninety missiles at Nevatim. Before dawn on October 28, jets destroyed the radars at Isfahan; at the same hour, drones hit a missile site at the Kermanshah base from which many of the October 24 missiles had been fired.",
            &[(Attack, "2093-10-24"), (Attack, "2093-10-28"), (Other, "2093-10-28")],
        );
        // (A day before a noun, after "the", is the object's: "the June 7 missiles".)
        assert_dated(
            "Jun 20, 2093",
            "On June 7, the IRGC fired missiles at Nevatim. Six days later, a raid hit the radar that had tracked the June 7 missiles.",
            &[(Attack, "2093-06-07"), (Attack, "2093-06-13")],
        );
    }

    #[test]
    fn with_no_date_line_a_day_told_first_takes_the_storys_year_past_a_year_of_background() {
        let ev = run("A summary of the attack off Duqm.\n\nThe attack came before dawn on August 30, when a drone boat struck a tanker off Duqm.\n\nIn April 2095, a drone launched from Iraq had struck the Mina al-Ahmadi refinery.\n\nOn September 14, 2097, the two sides exchanged prisoners at Muscat airport.\n");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates.first(), Some(&"2097-08-30"), "{ev:?}");
    }

    #[test]
    fn a_second_verb_with_a_named_object_a_clause_list_and_an_act_in_return_are_acts_of_their_own() {
        use EventKind::*;
        let two_arrests = "On March 10, agents detained Sheikh Majid al-Sitrawi at his home in Sitra, and arrested Layla Abdulhadi at a cafe in Manama.";
        assert_dated("Mar 20, 2089", two_arrests, &[(Arrest, "2089-03-10"), (Arrest, "2089-03-10")]);
        let one_man = "On March 10, agents detained Sheikh Majid al-Sitrawi at his home in Sitra, and arrested him again at dawn.";
        assert_dated("Mar 20, 2089", one_man, &[(Arrest, "2089-03-10")]);
        let clauses = "On March 12, the army freed eleven of the herders, JNIM released the two aid workers near Niafunke, and eight more herders were moved to Bamako.";
        assert_dated("Mar 20, 2089", clauses, &[(Release, "2089-03-12"), (Release, "2089-03-12")]);
        let in_return = "On March 14, two Kuwaiti engineers held by the group were freed in Basra. In return, Kuwait released three of its members.";
        assert_dated("Mar 20, 2089", in_return, &[(Release, "2089-03-14"), (Release, "2089-03-14")]);
    }

    #[test]
    fn a_court_upholds_sentences_and_a_sentence_for_an_old_killing_keeps_the_opening_day() {
        use EventKind::*;
        assert_eq!(
            kinds("On February 5, the Court of Cassation upheld the death sentences of the three men."),
            vec![Other]
        );
        assert_dated(
            "Mar 11, 2094",
            "Yesterday, the court in Riyadh sentenced three men to death for the killing of a police officer at a checkpoint outside Safwa in 2092.",
            &[(Other, "2094-03-10")],
        );
    }

    #[test]
    fn a_class_named_in_a_sentence_that_opens_on_a_quote_is_read_in_that_sentence() {
        // (The offsets of "any man who" are taken in the text the class is looked for in: here the
        // whole sentence, whose opening quote and accents put the text after the verb elsewhere.)
        assert!(menace_to_a_class("\u{201c}\u{e9}\u{e9}\u{201d} he told xy any man who helps them will pay.", "told"));
    }

    #[test]
    fn a_truce_or_pause_that_began_on_a_day() {
        assert_eq!(
            kinds("Both sides accepted, and the pause began at midnight on February 6."),
            vec![EventKind::Other]
        );
        assert_eq!(kinds("On February 6, the truce began at dawn."), vec![EventKind::Other]);
    }

    #[test]
    fn an_expulsion_and_an_arrest_told_as_nouns_on_a_night_of_a_day() {
        use EventKind::*;
        assert_dated(
            "Mar 20, 2092",
            "The expulsion of three of the agency's inspectors on March 6, ordered by the AEOI, came without warning.",
            &[(Other, "2092-03-06")],
        );
        assert_dated(
            "Mar 20, 2092",
            "The arrest of eleven people in the provincial capital on the night of Tuesday, February 19, made public two days later, was the ministry's work.",
            &[(Arrest, "2092-02-19")],
        );
    }

    #[test]
    fn a_noun_that_came_on_a_day_past_an_aside() {
        let ev = run(&under(
            "Mar 20, 2098",
            "The four were seized on January 14. Their release, three days after a drone killed eleven guests at a wedding, came on March 2.",
        ));
        assert!(ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "2098-03-02"), "{ev:?}");
    }

    #[test]
    fn a_person_taken_on_a_day_is_a_kidnapping() {
        use EventKind::*;
        assert_dated(
            "Mar 10, 2091",
            "He had been taken on December 18, with his driver, at a roadblock near Anefis.",
            &[(Kidnapping, "2090-12-18")],
        );
        // (Not a town: "The town was taken on March 3" is no kidnapping.)
        assert!(!kinds("The town was taken on February 3 by the army.").contains(&Kidnapping));
    }

    #[test]
    fn a_time_told_before_a_further_object_dates_that_object_alone() {
        use EventKind::*;
        assert_dated(
            "Mar 10, 2084",
            "On March 7, militants abducted an engineer in Kirkuk and, a day later, a doctor in Mosul.",
            &[(Kidnapping, "2084-03-07"), (Kidnapping, "2084-03-08")],
        );
        assert_dated(
            "Mar 10, 2084",
            "On March 7, the army released a teacher in Kirkuk, and, two days later, two farmers in Mosul.",
            &[(Release, "2084-03-07"), (Release, "2084-03-09")],
        );
    }

    #[test]
    fn the_day_after_an_act_told_only_here_and_the_year_of_a_described_noun() {
        use EventKind::*;
        assert_dated(
            "Thu, Sep 18, 2082",
            "On September 14, the day after an Israeli missile killed Haj Ali in Tyre, army intelligence officers arrested two men.",
            &[(Assassination, "2082-09-13"), (Arrest, "2082-09-14")],
        );
        assert_dated(
            "Jun 20, 2083",
            "On June 2, the agency announced that Javad Kordi, a laborer convicted of killing a Basij member during the protests of 2081, had been hanged that morning in Zahedan Central Prison.",
            &[(Other, "2083-06-02")],
        );
    }

    #[test]
    fn that_evening_in_a_story_told_without_years_is_its_own_act() {
        use EventKind::*;
        let page = "A Test Article\n\n- Policy Analysis\n\nA summary sentence.\n\nOn Saturday, June 2, an Israeli drone struck a car at the western entrance to Bint Jbeil, killing the two men inside, and that evening artillery shells fell on the outskirts of Khiam. Then, at around 10 a.m. on October 3, a drone hit the market.";
        let got: Vec<(EventKind, String)> = run(page).into_iter().map(|e| (e.0, e.1)).collect();
        assert_eq!(
            got,
            [
                (Attack, "XXXX-06-02".to_string()),
                (Attack, "XXXX-06-02".to_string()),
                (Attack, "XXXX-10-03".to_string())
            ]
        );
    }

    #[test]
    fn the_story_comes_back_after_a_sentence_of_history() {
        use EventKind::*;
        assert_dated(
            "May 20, 2084",
            "On 7 May, officers raided four houses in Arraba and detained seven men. In 2081, the GIS had held three of the same men for a month over a similar abduction in Ya'bad, and none of them was ever charged. That evening, the Battalion threatened the officers.",
            &[(Arrest, "2084-05-07"), (Threat, "2084-05-07")],
        );
    }

    #[test]
    fn anchors_named_in_the_plural_or_as_a_threat() {
        use EventKind::*;
        assert_dated(
            "Apr 27, 2085",
            "On April 9, Kataib Hezbollah warned that American bases would be hit unless the troops left. On April 20, police arrested six men in Karbala. Two days after the ultimatum, two drones struck Harir air base.",
            &[(Threat, "2085-04-09"), (Arrest, "2085-04-20"), (Attack, "2085-04-11")],
        );
        assert_dated(
            "Apr 27, 2097",
            "On Friday, April 12, a suicide bomber killed fourteen people in Herat. In 2093, the group had killed eleven people in Jebrael. Four days after the bombings, special forces surrounded a house in Herat.",
            &[(Attack, "2097-04-12"), (Attack, "2093"), (Confrontation, "2097-04-16")],
        );
        // (A comparison is no date of the act: "more this spring than the abduction of …".)
        assert_dated(
            "Jun 2, 2081",
            "Nothing did more to anger the province this spring than the abduction of Hiba Radwan, a pharmacist from Shahba, at a false checkpoint near al-Masmiyah on 28 April, as she drove to the capital.",
            &[(Kidnapping, "2081-04-28")],
        );
    }

    #[test]
    fn a_day_counted_back_from_an_opening_date_dates_only_the_act_it_names() {
        use EventKind::*;
        for opening in ["On Thursday", "On March 26"] {
            assert_dated(
                "Mon, Mar 30, 2093",
                &format!("{opening}, two days after gunmen stormed the Shahba branch, the governor dismissed the head of the branch."),
                &[(Attack, "2093-03-24"), (Appointment, "2093-03-26")],
            );
        }
        // (Told at the end, the act counted back from is still that many days before.)
        assert_dated(
            "Mon, Mar 30, 2093",
            "News of the raid reached the capital only on March 26, two days after gunmen had stormed the Shahba branch, burned its files and seized four officers.",
            &[(Attack, "2093-03-24"), (Kidnapping, "2093-03-24")],
        );
    }

    #[test]
    fn an_it_that_acts_a_prisoner_flight_and_threats_told_at_a_stage() {
        use EventKind::*;
        assert_dated(
            "Oct 3, 2083",
            "The council met on September 20. On September 22, it instead replaced the commander in Duhok. On 24 September it dismissed, on procedural grounds, a complaint by the governor. On September 26, it emerged that the men were held in Erbil.",
            &[(Other, "2083-09-20"), (Appointment, "2083-09-22"), (Other, "2083-09-24")],
        );
        for s in [
            "On March 1, aircraft chartered by the ICRC flew 140 prisoners from Abha to Sanaa.",
            "On March 1, four aircraft shuttled between Sanaa and Abha, carrying 204 prisoners home.",
        ] {
            assert_eq!(kinds(s), vec![Release], "{s}");
        }
        assert_eq!(kinds("On March 1, the bus carrying prisoners to court was attacked."), vec![Attack]);
        for s in [
            "On March 1, the commander promised a \"harsh revenge\" for the two officers.",
            "On March 1, the general went on state television to say that if \"Iraq cannot finish the work, our forces are ready to finish it for them.\"",
            "On March 1, he used his first speech to parliament to warn that unless the salaries were paid, his government would \"act accordingly.\"",
        ] {
            assert_eq!(kinds(s), vec![Threat], "{s}");
        }
        assert!(kinds("On March 1, the minister went on television to say that the talks would resume.").is_empty());
    }

    #[test]
    fn a_run_off_held_and_a_decree_dated_before_any_other_year() {
        use EventKind::*;
        assert_eq!(kinds("The run-off was held on 11 February."), vec![Election]);
        let ev = run("A summary of the piece.\n\nThe decree that made him prime minister was dated 28 May 2089. His predecessor had resigned on 20 May. The new cabinet was sworn in on 4 June.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2089-05-20", "2089-06-04"], "{ev:?}");
    }

    #[test]
    fn a_school_occupied_a_ceasefire_signed_and_the_story_told_ahead() {
        use EventKind::*;
        assert_eq!(kinds("On 30 September, gunmen occupied the school at the top of the camp."), vec![Other]);
        assert!(kinds("On 30 September, the army shelled the occupied hills.").iter().all(|k| *k == Attack));
        assert_dated(
            "Oct 3, 2083",
            "The second ceasefire, signed on Tuesday, September 14, at the army office in Sidon, was more detailed. A ceasefire nonetheless took hold on the morning of September 20.",
            &[(Other, "2083-09-14"), (Other, "2083-09-20")],
        );
        assert_dated(
            "Oct 3, 2083",
            "After a single closed hearing, she would be sentenced on September 2 to eight years in prison.",
            &[(Other, "2083-09-02")],
        );
        assert!(kinds("The minister said the governor would be replaced in February.").is_empty());
    }

    #[test]
    fn officers_came_for_him_a_crowd_dispersed_and_a_release_not_until_a_day() {
        use EventKind::*;
        assert_eq!(kinds("On March 1, officers came for the blogger at his parents' home."), vec![Arrest]);
        assert_eq!(
            kinds("On March 1, relatives who had gathered outside the court were dispersed by police."),
            vec![Confrontation]
        );
        assert_eq!(
            kinds("On March 1, the president completed the chamber, appointing its remaining members."),
            vec![Appointment]
        );
        assert_eq!(kinds("He was not released until the evening of 1 March."), vec![Release]);
        assert!(kinds("He was not released until his family paid.").is_empty());
        assert_eq!(
            kinds("On March 1, the commissioner said that any armed group found on the streets would be \"disarmed by force.\""),
            vec![Threat]
        );
        assert!(kinds("On March 1, the copy of the daily that he held up was dated February 12.").is_empty());
    }

    fn kinds(body: &str) -> Vec<EventKind> {
        let mut kinds: Vec<EventKind> = run(&under("Mar 3, 2022", body)).iter().map(|e| e.0).collect();
        kinds.sort_by_key(|k| *k as u8);
        kinds
    }

    #[test]
    fn a_date_in_an_aside_does_not_date_the_act() {
        use EventKind::*;
        assert_dated(
            "Mar 20, 2080",
            "Shortly after 1 a.m. local time on March 4 (22:10 GMT on March 3, the time stamp on the first video), gunmen in two pickups raked the front of Azzawi's house in the town's al-Asri quarter with machine-gun fire. Two days after the shooting, police detained four men in Baquba.",
            &[(Attack, "2080-03-04"), (Arrest, "2080-03-06")],
        );
    }

    #[test]
    fn minutes_before_a_gerund_keep_the_story_day() {
        use EventKind::*;
        assert_dated(
            "May 28, 2091",
            "The raid came on the night of May 20. Shortly after two in the morning, its men exchanged fire with an Asayish patrol for some twenty minutes before carrying two brothers across the frontier.",
            &[(Confrontation, "2091-05-20")],
        );
    }

    #[test]
    fn strikes_begun_posts_named_and_by_elections_from_fixtures_697_to_732() {
        use EventKind::*;
        for (s, k) in [
            ("On March 4, the governor named Col. Khudeida Haskani as Sinjar's new district police chief.", vec![Appointment]),
            ("On March 4, the governor named Haskani, an officer from Bashiqa, as Sinjar's new district police chief.", vec![Appointment]),
            ("On March 4, thousands of farmworkers began a four-day strike across the governorate.", vec![Other]),
            ("In a four-day strike that began on March 4, farmworkers stayed away from the fields.", vec![Other]),
            ("On March 4, the dockers staged a two-day strike at the port.", vec![Other]),
            ("The by-election was held on March 4, with a single candidate on the ballot.", vec![Election]),
            ("The by-election went ahead on March 4 under curfew-like security.", vec![Election]),
            // Not a labour action: a military strike, or a sit-in's setting.
            ("On March 4, the air force staged an air strike on the camp.", vec![Attack]),
            ("On March 4, the students began a sit-in outside the ministry.", vec![]),
            // The strike no object of the verb: no labour action (and, told after "after", background).
            ("On March 4, fires started after the strike on the fuel depot in Zahle.", vec![]),
        ] {
            assert_eq!(kinds(s), k, "{s}");
        }
    }

    #[test]
    fn acts_in_ordinary_words_from_fixtures_97_to_102() {
        use EventKind::*;
        for (s, k) in [
            ("On March 4, police in Samawah stopped a car at a checkpoint and took in its three passengers.", Arrest),
            ("On March 4, the nephew was taken into custody at the police headquarters.", Arrest),
            ("On March 4, the navy took its twelve crewmen, most of them Indian nationals, into custody.", Arrest),
            ("On March 4, state security officers walked into his diwaniya and led him out to a waiting car.", Arrest),
            ("On March 4, gunmen fired more than forty rounds into the cab.", Attack),
            ("On March 4, riot police cleared the street with batons and tear gas.", Confrontation),
            ("On March 4, the committee revoked the citizenship of the former deputy.", Other),
            ("On March 4, he was left, blindfolded and barefoot, by the road near the village.", Release),
            ("On March 4, the interior ministry closed the party's offices in Irbid.", Other),
            ("On March 4, a patrol crossed the river and fought a group of insurgents for two hours.", Confrontation),
            ("On March 4, the prime minister took the oath of office together with fourteen ministers.", Appointment),
            ("On March 4, the interior ministry replaced the commander of the border guard regiment.", Appointment),
            (
                "On March 4, the cabinet said that those stripped of their citizenship could keep their pensions, provided that they did not contest the decisions.",
                Offer,
            ),
            (
                "On March 4, a spokesman said that those who \"turn the mosque into a platform\" would \"learn that the state's patience has an end.\"",
                Threat,
            ),
            ("On March 4, the commander told state television that boats which \"run from the law\" would \"be stopped at any cost.\"", Threat),
            (
                "\"Whoever fired and whoever paid,\" he told the mourners on March 4, \"will pay in the old way.\"",
                Threat,
            ),
            (
                "On March 4, two men walked into the pharmacy, told him that he was wanted for questioning and drove him away.",
                Kidnapping,
            ),
        ] {
            assert_eq!(kinds(s), vec![k], "{s}");
        }
        // A step counted from an act the story never dates does not date the sentence.
        let text = "Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nLate on the night of February 3, gunmen came to the press that he had reopened two months after coming home, and drove him away.\n";
        assert_eq!(run(text).iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["2022-02-03"]);
        // The series' own earlier piece is not an event of the story.
        assert!(kinds("An earlier PolicyWatch warned on March 1 that the militia would attack the base.").is_empty());
        // Who someone is, and the fate of a group, are not acts.
        assert!(kinds(
            "On March 4, the governor whom the Houthis appointed to al-Bayda told reporters that talks had failed."
        )
        .is_empty());
        assert!(kinds("Most were released for ransom; four were found dead.").is_empty());
    }

    #[test]
    fn acts_in_ordinary_words_from_fixtures_103_to_108() {
        use EventKind::*;
        for (s, k) in [
            ("On June 2, all fourteen drivers were handcuffed at the roadside.", Arrest),
            ("On June 7, a judge let nine of the fourteen drivers go home on bail.", Release),
            ("On June 8, the ministry moved the director to a post in Baghdad and handed his office to Sarkawt Mirza.", Appointment),
            ("On June 9, a bomb tore open the gathering line near Dibis.", Attack),
            ("On April 12, its fighters stopped a car and walked them up into the mountains at gunpoint.", Kidnapping),
            ("On May 19, relatives of the dead driver kept him in a house in the old quarter until morning.", Kidnapping),
            ("On May 3, three hundred truck drivers parked their rigs across both carriageways of the highway.", Other),
            ("On May 5, the Gendarmerie moved in with tear gas and armored bulldozers to reopen the road.", Confrontation),
            ("On February 5, the national carrier suspended its weekly flight from Mukalla.", Other),
            ("On February 12, three fishermen were taken off their boat by men in a fast launch.", Kidnapping),
            ("On August 27, a car packed with explosives rammed a checkpoint at the port.", Attack),
            ("On September 2, police charged the sit-in with batons and tear gas.", Confrontation),
            ("On September 9, it put Maj. Gen. Kashif Awan in command of the Frontier Corps.", Appointment),
            ("On March 7, the elders issued a statement and gave the government a month to hand the case to a civilian court.", Threat),
            ("On March 10, the shepherd was returned at the Quneitra crossing.", Release),
            (
                "On May 6, his uncle told the crowd: \"If the state does not give us the man who fired, we will find him ourselves.\"",
                Threat,
            ),
        ] {
            assert_eq!(kinds(s), vec![k], "{s}");
        }
        assert!(kinds("A similar standoff in 2019 ended the same way.").is_empty());
        // What the actors had done, told to say who they are, is no act of its own.
        assert_eq!(
            kinds("On August 26, gunmen who had blocked the highway with a burning truck shot dead seven men."),
            vec![Attack]
        );
        assert!(kinds("On March 10, the bodies were returned to the families.").is_empty());
    }

    #[test]
    fn acts_in_ordinary_words_from_fixtures_109_to_114() {
        use EventKind::*;
        for (s, k) in [
            ("On October 3, a rocket-propelled grenade punched through the front wall of the party's office.", Attack),
            ("On September 29, soldiers stopped two students at the junction and took them to the brigade's headquarters.", Arrest),
            ("On September 29, the brigade's men fired over their heads.", Confrontation),
            ("On October 1, a truck driver was stopped on the Amirli road by men in uniform and driven off in his own truck.", Kidnapping),
            ("On October 6, the command gave command of the sector to Staff Maj. Gen. Qais al-Obeidi.", Appointment),
            ("On April 21, the prime minister's office gave the command of the southern flotilla to Rear Adm. Haidar al-Saadi.", Appointment),
            ("On November 3, the refinery's managers shut the plant.", Other),
            ("On November 4, the corporation declared force majeure on its output.", Other),
            ("On November 9, he walked back into the refinery three days after he was taken.", Release),
            ("On April 2, a patrol boat stopped a fishing dhow and towed it with its crew of six to the naval base.", Arrest),
            ("On June 11, militiamen stood off against port security at the main gate.", Confrontation),
            ("On June 14, dockworkers refused to unload ships.", Other),
            ("On July 11, the six men were handed over at the Aboudiyeh crossing.", Release),
            ("On September 28, most of the bazaar in Mahabad stayed shut for two days.", Other),
            ("On October 1, the judiciary hanged a thirty-year-old Kurd in the central prison.", Other),
            (
                "On September 20, the commander told state television that \"those who raise a hand against the Basij will lose the hand.\"",
                Threat,
            ),
            (
                "On April 9, the MP addressed the crowd: \"If Kuwait takes one more of our boats, we will take our boats south and see who stops us.\"",
                Threat,
            ),
        ] {
            assert_eq!(kinds(s), vec![k], "{s}");
        }
    }

    #[test]
    fn a_named_anchor_counts_from_the_event_its_modifier_names() {
        let text = "Title Here\n\nMar 30, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 2, gunmen shot dead two men in Rahimawa. On March 5, gunmen shot dead a judge in Kirkuk. Two days after the Rahimawa killing, the militia threatened the oil company's staff.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Threat && e.1 == "2022-03-04"), "{ev:?}");
    }

    #[test]
    fn the_town_of_hit_is_no_verb() {
        let text = "Title Here\n\nMar 18, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nAsk a tribal policeman in Hit what the war looks like today and he will describe a night shift. On March 3, a drone hit a depot near Hit.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Attack, "2022-03-03")],
            "{ev:?}"
        );
        // "traded fire for several minutes after the soldiers refused": how long, not when.
        let text = "Title Here\n\nMar 18, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 3, police freed eleven men. Last month, a patrol and soldiers traded fire for several minutes after the soldiers refused to let it through.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Confrontation && e.1 == "2022-02"), "{ev:?}");
    }

    #[test]
    fn a_gathering_the_police_drive_back_is_one_confrontation() {
        let text = "Title Here\n\nJun 9, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn June 3, several hundred residents gathered outside the district building to protest. The police who guard it fired into the air and drove the crowd back with batons.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Confrontation, "2022-06-03")],
            "{ev:?}"
        );
        // A habit told "again and again" is none; a threat's quoted "again and again" is one.
        let text = "Title Here\n\nJun 9, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nIts cells attacked the villages again and again between 2019 and 2021. On June 4, a commander warned that the port would be struck \"again and again\" until the army agreed to talks.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Threat, "2022-06-04")],
            "{ev:?}"
        );
    }

    #[test]
    fn people_named_by_what_was_done_to_them_are_no_new_event() {
        let text = "Title Here\n\nMar 30, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 20, soldiers detained fourteen drivers at Qousaya. On March 2, the minister offered to drop charges against the drivers detained at Qousaya. The six men detained on March 5 are still held. On March 20, the movement named a new supervisor for the district.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![
                (EventKind::Arrest, "2022-02-20"),
                (EventKind::Offer, "2022-03-02"),
                (EventKind::Appointment, "2022-03-20")
            ],
            "{ev:?}"
        );
    }

    #[test]
    fn a_pluperfect_clauses_adjunct_date_is_background() {
        let text = "Title Here\n\nNov 14, 2045\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn October 9, agents detained him at his home in Qom. He had been warned once before, in the spring of 2044, when the court summoned him over a lecture. He was freed on bail on October 30.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Arrest, "2045-10-09"), (EventKind::Release, "2045-10-30")],
            "{ev:?}"
        );
    }

    #[test]
    fn history_years_do_not_date_the_story_they_interrupt() {
        // Days after an act count from the story's day, not from a year told as history since.
        let text = "Title Here\n\nMar 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn the evening of March 2, the blogger left a cafe in Benghazi and did not come home. He was no stranger to the security services: in 2021 he spent four months in custody.\n\nTen days after he vanished, violence came back. On March 8, a car bomb exploded outside a mosque in Ajdabiya, killing six people.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2026-03-08"), "{ev:?}");
        // A flattened page is one paragraph: a year told as history several dated sentences back
        // does not give its year to a day near the date line; nor does "by 2040 it had stalled".
        let text = "Title Here\n\nAug 30, 2045\n\nBrief Analysis\n\nA summary sentence about the events.\n\nIn the summer of 2011, tens of thousands marched in Tabriz. A program brought some water back in the years that followed, but by 2040 it had stalled. By the end of July, the basin was dry. On August 4, police detained thirty people in Urmia.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2045-08-04"), "{ev:?}");
        // A year of history without its month does not carry a day near the date line back.
        let text = "Title Here\n\nFeb 17, 2056\n\nBrief Analysis\n\nA summary sentence about the events.\n\nIn 2047, the government tried a card system for porters. On the morning of January 19, border guards opened fire on a column of porters near Saravan.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2056-01-19"), "{ev:?}");
        // Nor does a month of history told a paragraph back reach "In January".
        let text = "Title Here\n\nApr 13, 2073\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe agreement signed in October 2020 was supposed to disarm the district.\n\nIn January, a drone hit a car outside Khanasor and wounded two fighters.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Attack && e.1 == "2073-01"), "{ev:?}");
        // "since January" in a new paragraph does not make last paragraph's "last year" fresh.
        let text = "Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nHe was freed on bail on February 17. The Asayish held nine other journalists last year.\n\nEmployees have not been paid since January. On March 9, teachers marched in Erbil, and police fired tear gas.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Confrontation && e.1 == "2026-03-09"), "{ev:?}");
    }

    #[test]
    fn a_named_captive_left_somewhere_is_released_and_a_vessel_burned_is_a_threat() {
        let text = "Title Here\n\nAug 30, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn July 20, gunmen abducted Ali al-Rikabi in Kut. Rikabi was left outside a mosque in Shaykh Sa'd on August 1. On August 3, a leaflet signed by the Guardians of Kirkuk was left at the gate of his office. On August 5, the governor told fishermen that any vessel that approached the coast would be \"burned in the sea.\"\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![
                (EventKind::Kidnapping, "2025-07-20"),
                (EventKind::Release, "2025-08-01"),
                (EventKind::Threat, "2025-08-05")
            ],
            "{ev:?}"
        );
    }

    #[test]
    fn a_short_lead_in_with_a_step_moves_the_story() {
        let text = "Title Here\n\nOct 30, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn the morning of October 9, returning families found settlers in their groves near Jinderes. The quarrel turned deadly two days later. That evening, a farmer was shot dead in his orchard.\n";
        let ev = run(text);
        assert!(
            ev.iter().any(|e| matches!(e.0, EventKind::Assassination | EventKind::Attack) && e.1 == "2025-10-11"),
            "{ev:?}"
        );
    }

    #[test]
    fn the_police_picking_up_a_gunman_is_an_arrest() {
        let text = "Title Here\n\nApr 30, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn April 5, a man shot dead the groom at a wedding in Ajaltoun. Within hours, the information branch picked up the gunman, a Syrian member of the gang.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Arrest && e.1 == "2025-04-05"), "{ev:?}");
    }

    #[test]
    fn an_offers_proviso_is_that_offer() {
        let text = "Title Here\n\nApr 18, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn April 5, its chairman, meeting tribal elders in a hotel in Ajdabiya, offered to pay three months of the back wages at once and the rest by the end of May, provided that the guards reopened the jetties within a day.\n";
        let ev = run(text);
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Offer, "2025-04-05")],
            "{ev:?}"
        );
    }

    #[test]
    fn a_danger_and_the_time_of_a_told_act_are_no_events() {
        let text = "Title Here\n\nAug 30, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn August 8, Hezbollah's security men detained a Syrian laborer in Nabi Sheet. The night he was detained, young men from the village went through a camp and beat its residents. The arrests threatened a wider feud.\n";
        let ev = run(text);
        assert!(ev.iter().all(|e| e.0 != EventKind::Threat), "{ev:?}");
        assert_eq!(ev.iter().filter(|e| e.0 == EventKind::Arrest).count(), 1, "{ev:?}");
    }

    #[test]
    fn a_sweep_is_counted_from_its_first_day() {
        let text = "Title Here\n\nNov 30, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nBetween October 21 and 23, police detained thirty-one men in Hawija. A week after the sweep began, nineteen of them were released.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "2022-10-28"), "{ev:?}");
    }

    #[test]
    fn a_date_told_after_the_act_dates_it() {
        let text = "Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 2, gunmen killed a judge. Two men drove him away in an unmarked car. That was on February 6; nobody has heard from him since.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Kidnapping && e.1 == "2022-02-06"), "{ev:?}");
        assert!(!told_after("it was in 2018 that the general came to the house."));
    }

    #[test]
    fn casualties_belong_to_the_episode_that_caused_them() {
        use EventKind::*;
        // The riot is the event; the arrest that set it off is another.
        assert_eq!(
            kinds("The arrest of Omar Haddad by police in Basra on March 1 set off a night of riots in which a guard was shot dead."),
            vec![Arrest, Confrontation]
        );
        // An apposition between the episode and its relative clause.
        assert_eq!(
            kinds("On March 1, a march turned into a gun battle with residents of Zubair, a town near the port, in which two men were killed."),
            vec![Confrontation]
        );
        // The firefight is the circumstance of the arrest; the battle followed the raid.
        assert_eq!(
            kinds("On March 1, police arrested Omar Haddad after a firefight in which two guards were wounded."),
            vec![Arrest]
        );
        assert_eq!(
            kinds("On March 1, troops stormed a farm near Zubair; four men were killed in the ensuing gun battle."),
            vec![Attack]
        );
        // The toll told in the next sentence, with no date of its own, is the clash's.
        let clash = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 1, fighters tried to disarm a unit, and the two sides fought for most of the day around the bus station. At least nine people were killed.");
        assert_eq!(clash.len(), 1, "{clash:?}");
        assert_eq!(clash[0].0, Confrontation);
    }

    #[test]
    fn one_act_two_participles_and_counts() {
        // One attack, not a killing and a wounding.
        assert_eq!(
            kinds("On March 1, six guards were killed or wounded when a bomb exploded in Basra."),
            vec![EventKind::Attack]
        );
        // A month's toll is no event.
        assert!(kinds("In February alone, at least 40 civilians were killed or wounded in Basra province.").is_empty());
    }

    #[test]
    fn an_object_or_a_purpose_can_undo_a_trigger() {
        assert!(kinds("On March 1, his brother said the family had been offered no ransom at all.").is_empty());
        assert_eq!(
            kinds("The kidnapping of Omar Haddad in Basra on March 1 was meant as a warning to other judges."),
            vec![EventKind::Kidnapping]
        );
        assert!(kinds("If the court agrees, the judge is expected to order the arrest of two officers on March 9.")
            .is_empty());
    }

    #[test]
    fn a_succession_a_ruling_and_one_of_a_class() {
        use EventKind::*;
        assert_eq!(
            kinds("The council announced on March 1 that Omar Haddad had been dismissed and that his deputy would lead the force in his place."),
            vec![Appointment]
        );
        // Said, not decided: no succession.
        assert!(kinds("On March 1, the deputy said that he would lead the force in his place one day.").is_empty());
        assert_eq!(
            kinds("Last year, the federal court struck down the amendment that had delayed the vote."),
            vec![Other]
        );
        assert_eq!(kinds("On March 1, a drone struck down a power line in Basra."), vec![Attack]);
        assert_eq!(
            kinds("On March 1, police detained Omar Haddad, one of several engineers seized in Basra that month."),
            vec![Arrest]
        );
    }

    #[test]
    fn idioms_of_violence_capture_and_release() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 1, two men on a motorcycle shot him four times outside his office in Basra."),
            vec![Attack]
        );
        assert_eq!(kinds("On March 1, a roadside bomb tore through an army truck near Basra."), vec![Attack]);
        assert_eq!(kinds("On March 1, she survived an attempt on her life in Basra."), vec![Attack]);
        assert_eq!(kinds("On March 1, gunmen stopped his car and took away two engineers."), vec![Kidnapping]);
        assert_eq!(kinds("On March 1, the engineer was forced into a white van outside his home."), vec![Kidnapping]);
        assert_eq!(kinds("On March 9, the two engineers were handed over to diplomats at the airport."), vec![Release]);
        // A building handed back is no release.
        assert!(kinds("On March 9, the compound was handed back to the army.").is_empty());
        assert_eq!(kinds("On March 9, police let him go after questioning."), vec![Release]);
        assert_eq!(kinds("On March 9, the commission installed a new head of its finance office."), vec![Appointment]);
        assert_eq!(kinds("On March 9, soldiers fired into a convoy outside the council."), vec![Attack]);
        // Into a crowd: a confrontation.
        assert_eq!(kinds("On March 9, soldiers fired into the crowd outside the council."), vec![Confrontation]);
    }

    #[test]
    fn the_writers_own_acts_and_the_cordon_of_an_arrest() {
        use EventKind::*;
        assert!(kinds("We warned about the danger to foreign researchers in Issue 54 in March.").is_empty());
        // Quoted, "we" is a party to the story.
        assert_eq!(kinds("On March 1, the spokesman said: \"We attacked the convoy near Basra.\""), vec![Attack]);
        assert_eq!(
            kinds("On March 1, a police unit surrounded the farm, detained Omar Haddad and flew him to Baghdad."),
            vec![Arrest]
        );
    }

    #[test]
    fn dates_of_their_own_clause() {
        use EventKind::*;
        // A generic cue of the main clause does not reach a dated "when" clause.
        assert_eq!(
            kinds("The case its lawyers cite most often dates from March 2021, when police detained the commander."),
            vec![Arrest]
        );
        // A second clause with its own date is a second event of the same kind.
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence.\n\nOn February 7, a raid hit a depot near Basra, and on the night of February 19 a drone strike destroyed a car near Kut.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2022-02-07", "2022-02-19"], "{ev:?}");
        // A year naming the object's period loses to the sentence's opening date.
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence.\n\nOn February 7, the cabinet approved a draft budget covering 2023 through 2025.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2022-02-07"], "{ev:?}");
        assert_eq!(ev[0].0, Other);
    }

    #[test]
    fn plain_verbs_of_each_kind() {
        use EventKind::*;
        let one = |s: &str| kinds(&format!("On March 1, {s}"));
        assert_eq!(one("two gunmen emptied their rifles into a car carrying the judge."), vec![Attack]);
        assert_eq!(one("men fired a burst from a Kalashnikov into the guard post."), vec![Attack]);
        assert_eq!(one("a hardware shop in Karamles was set alight."), vec![Attack]);
        assert_eq!(one("a ballistic missile came down beside the camp."), vec![Attack]);
        assert_eq!(one("men in uniform took five young men from their homes."), vec![Kidnapping]);
        assert_eq!(one("police officers took him from his home."), vec![Arrest]);
        assert_eq!(one("gunmen stopped his car and drove him into the desert."), vec![Kidnapping]);
        assert_eq!(one("the group handed over a third suspect to the army."), vec![Arrest]);
        assert_eq!(one("the detainee was back at his family's house before nightfall."), vec![Release]);
        assert_eq!(one("a royal decree pardoned four hundred prisoners."), vec![Release]);
        assert_eq!(one("a Tuareg unit exchanged fire with a brigade for hours."), vec![Confrontation]);
        assert_eq!(one("riot police dispersed them with tear gas and birdshot."), vec![Confrontation]);
        assert_eq!(one("the minister put him at the head of a new committee."), vec![Appointment]);
        assert_eq!(
            one("the council named Judge Ayad Saleh, a former prosecutor from Hit, to take over the file."),
            vec![Appointment]
        );
        assert_eq!(one("a detainee from Diraz died in Jau prison."), vec![Other]);
        assert_eq!(
            one("the leadership named Colonel Ziad Hammoud, a former deputy who spent a decade on the committee, as the new head of its force."),
            vec![Appointment]
        );
        assert_eq!(
            one("a bomb placed against the office of Ahmed al-Issawi, a lawmaker who had called for talks, blew the gate off its hinges."),
            vec![Attack]
        );
        assert_eq!(
            one("he was released near Brak after what his family called \"the intervention of good people,\" a phrase that in the Fezzan usually means money."),
            vec![Release],
            "a generic cue inside a relative clause"
        );
        assert_eq!(one("the mukhtar was beaten outside his house."), vec![Attack]);
        assert_eq!(one("he was let go at a gas station."), vec![Release]);
        assert_eq!(one("the eleven walked out of the police headquarters on bail."), vec![Release]);
        assert_eq!(one("the council said it had caught four men."), vec![Arrest]);
        assert_eq!(one("the CTS rounded up fourteen of the gunmen."), vec![Arrest]);
        assert_eq!(one("the director was taken off a flight to Amman."), vec![Arrest]);
        assert_eq!(one("young Sadrists set fire to a café."), vec![Attack]);
        assert_eq!(one("men with sticks waded into them."), vec![Attack]);
        assert_eq!(one("the commission suspended the channel's license."), vec![Other]);
        assert_eq!(one("a man on foot lobbed a hand grenade over the wall of his house."), vec![Attack]);
        assert_eq!(
            one("a spokesman told a rally that \"whoever tries to starve the Bekaa will find its people standing in the road.\""),
            vec![Threat],
            "a fate told to a class of people"
        );
        assert!(one("the minister said that those who register early will receive their cards sooner.").is_empty());
        assert_eq!(one("police and clansmen fought a running battle in the market."), vec![Confrontation]);
        assert_eq!(one("the commission named a new commander for the brigade."), vec![Appointment]);
        assert_eq!(
            one("it named Hussein al-Asadi, a customs inspector from Nasiriyah, as acting director at Umm Qasr."),
            vec![Appointment]
        );
        assert_eq!(
            one("armed men abducted an engineer and demanded the release of the detainees in exchange for him."),
            vec![Kidnapping],
            "a ransom demand is no offer"
        );
        assert!(kinds("Sunni villages caught between the two have learned to fear.").is_empty());
        assert!(kinds("The story was picked up by Iraqi media.").is_empty());
        assert!(kinds("As this site argued in its coverage of the 2018 vote, the parties need each other.").is_empty());
        assert!(one("officials said there have been at least nineteen attacks on state facilities since January.")
            .is_empty());
        assert_eq!(
            kinds("On April 11, gunmen killed the cleric in Kufa. Tensions rose. It was in this atmosphere that the cleric was gunned down."),
            vec![Attack],
            "a cleft restates"
        );
        assert_eq!(kinds("On 16 May, police arrested four men in Amara."), vec![Arrest], "the month, not the modal");
        // Not events.
        assert!(one("the two sides have traded fire on more than 300 days.").is_empty());
        // (Vehicles driven off are no kidnapping; on a day of its own the theft is a step of the
        // story, narrated.rs.)
        assert_eq!(one("armed men drove off with four armored vehicles."), vec![Other]);
        assert!(kinds("On March 1, the bulldozers were driven off the hillside.").is_empty());
        assert_eq!(kinds("On March 1, the engineer was driven off by gunmen."), vec![Kidnapping]);
        assert!(kinds("Badr's leaders chose not to answer him in public.").is_empty());
        assert!(kinds("Were a rocket to kill civilians in a town, the pressure would be hard to resist.").is_empty());
        assert!(kinds("His students say he was beaten during the arrest.").is_empty());
        assert!(kinds("The car was found burned out on a farm track.").is_empty(), "found afterwards");
        assert_eq!(
            kinds("On May 14, gunmen killed Sayyid Hamid in Amara. The four are accused of belonging to the cell that killed Sayyid Hamid."),
            vec![Assassination],
            "the cell that killed X: the killing told again"
        );
        assert!(kinds("Relatives said that they had been taken from their homes before dawn.").is_empty());
        assert_eq!(one("gunmen killed a farmer who had offered them a lift."), vec![Attack], "a favour, not an offer");
        assert_eq!(
            one("eighteen men were killed when gunmen surrounded their camp."),
            vec![Attack],
            "a cordon, not a confrontation"
        );
        assert_eq!(one("armed men forced their way into the house and took him away."), vec![Kidnapping], "a break-in");
        assert_eq!(one("fighters raided houses in the district and detained nineteen men."), vec![Arrest], "a raid");
        assert_eq!(
            one("negotiators told the mediators that they would release the sheikh in return for thirty fighters."),
            vec![Offer]
        );
        assert_eq!(
            kinds("On March 1, a bomb wounded four guards. The group claimed the attack in a statement posted the next morning."),
            vec![Attack]
        );
    }

    #[test]
    fn openers_on_the_running_day() {
        let opens = |s: &str| {
            let lower = s.to_ascii_lowercase();
            opens_on_the_running_day(&words(s, 0, s.len(), &lower))
        };
        for s in [
            "Before dawn, commandos raided the farm.",
            "By the afternoon the road was shut.",
            "At first light they left.",
            "That evening, the crowd grew.",
            "The same night, two men were seized.",
            "Hours later, police came.",
            "At his funeral, his brother spoke.",
        ] {
            assert!(opens(s), "{s}");
        }
        for s in [
            "On June 5, police came.",
            "Before the vote, parties met.",
            "At the border, police came.",
            "Dawn raids are common.",
        ] {
            assert!(!opens(s), "{s}");
        }
    }

    #[test]
    fn a_same_day_lead_keeps_the_running_day() {
        let ev = run("Title Here\n\nJun 9, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, police detained Omar Haddad near Basra. Aides spoke to reporters. The group did not wait. Its lawyers were silent. Within hours, fighters attacked the police station in Basra.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-05"], "{ev:?}");
        // "N days after the shooting" counts from the shooting, whatever dates came between.
        let ev = run("Title Here\n\nJun 30, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, gunmen shot dead a cleric in Kufa. On June 9, it rained in Najaf. Three days after the shooting, police arrested two suspects.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-08"], "{ev:?}");
        // "Within forty-eight hours of Qadir's death": from the killing, past a background year.
        let ev = run("Title Here\n\nJun 30, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, a bomb killed Omar Qadir in Erbil. Erbil saw such bombings in the autumn of 2019 too. Within forty-eight hours of Qadir's death, police arrested four men.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-07"], "{ev:?}");
        // "the same night as the fire", "on the eve of the vote": days of a named event.
        let ev = run("Title Here\n\nJun 30, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, men set fire to the channel's offices. On June 9, it rained. The same night as the fire, gunmen abducted its director.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-05"], "{ev:?}");
        // A step that opens a sentence renews the story's day for the sentences after it.
        let ev = run("Title Here\n\nJun 30, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, gunmen kidnapped the mayor. Officials met. Eight days later, the man was dead. His aide, a lawyer, was shot outside his home.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-13"], "{ev:?}");
        // A year in a describing relative clause dates the description, not the raid.
        let ev = run("Title Here\n\nJun 9, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, gunmen kidnapped the mayor. Three days later, fighters of the brigade, which the command had sent south in 2021, raided houses in the district.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-08"], "{ev:?}");
        let ev = run("Title Here\n\nJun 9, 2023\n\nBrief Analysis\n\nA summary sentence.\n\nOn June 5, a drone killed Omar Haddad near Basra. Mourners carried his coffin. At the funeral, a spokesman threatened the Americans.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2023-06-05", "2023-06-05"], "{ev:?}");
    }

    #[test]
    fn who_pulls_a_man_out_of_a_taxi_and_whose_killing_is_background() {
        use EventKind::*;
        assert_eq!(kinds("On March 1, gunmen pulled Omar Haddad, a lawyer who represents the families of protesters killed in 2019, out of a taxi."), vec![Kidnapping]);
        assert_eq!(kinds("On March 1, police officers pulled him out of bed at his farm."), vec![Arrest]);
        assert!(
            kinds("When this author mapped the group's holdings in 2021, the raid struck at that network.").is_empty()
        );
    }

    #[test]
    fn a_crowd_under_fire_is_a_confrontation() {
        assert_eq!(
            kinds("On March 1, protesters tried to force their way into the council, and police fired live rounds; a boy was killed and nine others were wounded."),
            vec![EventKind::Confrontation]
        );
    }

    #[test]
    fn a_tally_over_a_period_is_no_event() {
        assert!(kinds("A summer of drone strikes in Sinjar has killed more civilians than fighters.").is_empty());
        assert_eq!(kinds("On March 1, a drone strike in Sinjar killed two fighters."), vec![EventKind::Attack]);
    }

    #[test]
    fn rulings_boycotts_marches_and_successions() {
        use EventKind::*;
        assert_eq!(kinds("On March 1, the federal court ruled that the ministry must pay the salaries."), vec![Other]);
        assert_eq!(kinds("On March 1, the party pulled its ministers out of cabinet meetings."), vec![Other]);
        assert_eq!(kinds("On March 1, teachers marched on the governorate building in Erbil."), vec![Confrontation]);
        assert_eq!(kinds("On March 1, the minister named Omar Haddad to run a new directorate."), vec![Appointment]);
        assert_eq!(
            kinds("On March 1, the guards replaced the customs officer with one of their own men."),
            vec![Appointment]
        );
        assert_eq!(kinds("On March 1, an air strike destroyed a house in Aita al-Shaab."), vec![Attack]);
        assert_eq!(kinds("On March 1, armed men forced their way into the compound in Sanaa."), vec![Attack]);
        assert_eq!(kinds("On March 1, the envoy presented a paper proposing that the units pull back."), vec![Offer]);
        // Beaten during an arrest is the arrest's manner.
        assert_eq!(
            kinds("On March 1, police arrested Omar Haddad; his students say he was beaten during the arrest."),
            vec![Arrest]
        );
    }

    #[test]
    fn counts_notices_and_the_end_of_a_clash() {
        use EventKind::*;
        assert!(kinds("Since 2022, the field has been targeted at least fourteen times.").is_empty());
        assert_eq!(
            kinds("On February 20, the governor offered an amnesty. By the time it was made, his convoy had been shot at twice."),
            vec![Offer]
        );
        assert!(kinds("On March 1, Baghdad said it had been warned in advance.").is_empty());
        assert_eq!(
            kinds("On March 1, fighters clashed with tribesmen near Albu Kamal, and four people were killed before officers brokered a ceasefire."),
            vec![Confrontation]
        );
        assert_eq!(
            kinds("On March 1, the cleric told a rally that \"every one of its ships is a target.\""),
            vec![Threat]
        );
    }

    #[test]
    fn the_writers_pages_a_describing_clause_and_a_chair() {
        use EventKind::*;
        assert!(kinds(
            "When I wrote in these pages after the 2022 attacks that the strikes were a message, few listened."
        )
        .is_empty());
        assert_eq!(
            kinds("On March 1, a channel that usually speaks for the group posted the home address of the judge."),
            vec![Threat]
        );
        assert_eq!(
            kinds("On March 1, the office announced that General Omar Haddad would chair a new joint committee."),
            vec![Appointment]
        );
    }

    #[test]
    fn his_arrest_told_as_a_taking_and_a_firefight_anchor_offsets() {
        let text = "Title Here\n\nOct 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn September 16, agents came for Soran Feizi, a teacher, and took him from his home in Saqqez to an unknown location. His family learned a week later that he was in Sanandaj. He was released on bail a fortnight after his arrest. On October 4, gunmen attacked an army patrol near Mahabad. On October 9, the governor named a new police chief. A week to the day after the firefight, the ministry offered talks to the clans.\n";
        let ev = run(text);
        assert!(ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "2026-09-30"), "{ev:?}");
        assert!(ev.iter().any(|e| e.0 == EventKind::Offer && e.1 == "2026-10-11"), "{ev:?}");
    }

    #[test]
    fn the_time_of_what_an_infinitive_offers_does_not_date_the_offer() {
        let ev = run("Title Here\n\nNov 18, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn November 10, gunmen attacked the refinery. Two days later, the company offered to reopen the refinery within a week.");
        assert!(ev.iter().any(|e| e.0 == EventKind::Offer && e.1 == "2026-11-12"), "{ev:?}");
    }

    #[test]
    fn the_objects_time_or_a_deadline_does_not_date_the_act() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 20, the governor offered an amnesty to anyone who handed in weapons by the end of May. On Sunday, the minister offered farmers compensation for this year's lost crop.");
        let got: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(got, vec![(EventKind::Offer, "2022-02-20"), (EventKind::Offer, "2022-02-27")], "{ev:?}");
    }

    #[test]
    fn an_act_told_to_say_who_or_how_is_no_new_event() {
        assert!(kinds("The speed with which the suspects were released shows that those who order the attacks can count on protection.").is_empty());
        assert_eq!(
            kinds("On March 1, the remaining pair, identified as the men who had opened fire first, were handed over to the PMF Commission."),
            vec![EventKind::Release]
        );
    }

    #[test]
    fn a_killing_reported_again_without_a_date_is_no_new_event() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 10, gunmen shot dead two farmers near Jableh. The ministry said the pair had been killed \"by the remnants of the former regime.\"");
        assert_eq!(ev.len(), 1, "{ev:?}");
    }

    #[test]
    fn an_event_summed_up_is_no_new_event() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 10, shots fired from positions across the border wounded a conscript near Sotk. It was the first reported exchange of fire on the border since the summit.");
        assert_eq!(ev.len(), 1, "{ev:?}");
    }

    #[test]
    fn each_dated_item_of_a_list_is_an_event() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe army logged two incidents: a roadside bomb wounded a bulldozer driver near the town on February 10, and gunmen fired on an engineering team on February 19.");
        let got: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(got, vec![(EventKind::Attack, "2022-02-10"), (EventKind::Attack, "2022-02-19")], "{ev:?}");
    }

    #[test]
    fn acts_told_from_the_victims_side_and_successions_by_other_words() {
        use EventKind::*;
        for (s, kind) in [
            ("On March 1, two of them turned up dead in an olive grove outside the village.", Attack),
            ("On March 1, Bassel Nasrallah was pulled from his car at a fake checkpoint.", Kidnapping),
            ("On March 1, its intelligence branch picked up a young man from the old market.", Arrest),
            (
                "On March 1, the office announced that General Thamer al-Rawi would take over the western region.",
                Appointment,
            ),
            (
                "On March 1, the government replaced the head of its commission, giving the job to Levon Hakobyan.",
                Appointment,
            ),
            ("On March 1, he was found, bound and dehydrated but alive, in an abandoned pump house.", Release),
            ("On March 1, the engineer found his car burning outside his house in Kut.", Attack),
            (
                "On March 1, General Nihad al-Tamimi was given command of the Salahuddin Operations Command.",
                Appointment,
            ),
            (
                "On March 1, riot police used tear gas and batons to clear several hundred young men from the square.",
                Confrontation,
            ),
            ("On March 1, two drones were brought down by air defenses near the base.", Attack),
            ("On March 1, the Houthis named a new security chief for Radaa, Taha al-Murtada.", Appointment),
            ("On March 1, some forty men had been taken to the security headquarters in Latakia.", Arrest),
            ("On March 1, fighters on a rooftop trained a heavy machine gun on his vehicles.", Confrontation),
            ("On March 1, men on motorcycles smashed the windscreen of the lead vehicle.", Attack),
            ("On March 1, a passing truck driver brought him home.", Release),
            ("On March 1, a hand grenade was lobbed over the wall of his house.", Attack),
            ("On March 1, an engineer was stopped outside Seiyun and taken at gunpoint.", Kidnapping),
            ("On March 1, a trader was ordered out of his pickup by gunmen.", Kidnapping),
            ("On March 1, Saadi reappeared at a petrol station outside Qurna.", Release),
            ("On March 1, the sheikh was found beside the road with two bullets in his head.", Attack),
            ("On March 1, his relatives answered by seizing two Bedouin shepherds.", Kidnapping),
            ("On March 1, three men were picked up by the Operations Command.", Arrest),
            ("On March 1, eleven of the detainees were let out on bail.", Release),
            ("On March 1, the prime minister handed the Basra Operations Command to Lt. Gen. Ali Hamid.", Appointment),
            ("On March 1, the minister installed Brig. Gen. Ali Hamid as the province's deputy governor.", Appointment),
            ("On March 1, customs officers impounded two containers at the port.", Other),
            ("A reward for information, offered by the governor on March 1 in front of his office, has produced no calls.", Offer),
            ("The replacement, on March 1, of the province's police chief by Raad al-Saedi was presented as resolve.", Appointment),
            (
                "On March 1, the minister installed Brig. Gen. Ali Hamid, who spent most of his career at the IRGC's Karbala Headquarters in Ahvaz, as the province's deputy governor.",
                Appointment,
            ),
            ("On March 1, the manager was flagged down at a checkpoint and driven off in his pickup by men in uniform.", Kidnapping),
            ("On March 1, elders protested that the men had been chosen for their clan, and hundreds blocked the road.", Confrontation),
            ("On March 1, shopkeepers in the bazaar pulled down their shutters and kept them down for three days.", Other),
            ("On March 1, the association answered by closing every branch in the country for three days.", Other),
            ("On March 1, teachers in most schools stayed at home rather than teach the new curriculum.", Other),
            ("On March 1, his funeral turned into a march of several thousand people on the governor's office.", Other),
            ("On March 1, workers at the port went on strike.", Other),
            ("The remaining pair were handed over on March 1 to the commission's own security directorate.", Release),
            ("On March 1, some forty owners gathered by the mosque, and within minutes they were set upon by young men with sticks.", Attack),
            ("An investigating judge let one of the two clerks go on March 1 for lack of evidence.", Release),
            ("On March 1, the ministry put the registry under a new director, Sabah Toma, a lawyer.", Appointment),
            ("On March 1, two officers were stopped at a tribal checkpoint and taken to a village in the hills.", Kidnapping),
            ("Riot police answered on March 1 by storming the east stand with batons and tear gas.", Confrontation),
            ("On March 1, the office of a state news agency was pelted with stones and a petrol bomb.", Attack),
            (
                "On March 1, the police command sent Brig. Gen. Reza Ahari, who had run the academy since 2022, to Tabriz as the province's new police chief.",
                Appointment,
            ),
            ("On March 1, soldiers came at night to the camp and loaded about sixty men onto army trucks.", Kidnapping),
            ("Nine of the men were sent back to the camp on March 1 after its elders paid the commander.", Release),
            ("On March 1, a sheet of paper bearing eleven names was taped to the locked door of the registry.", Threat),
            ("On March 1, the municipality ordered all Syrians off the streets from six in the evening.", Other),
            ("On March 1, the federation fined the club for political slogans.", Other),
            ("On March 1, the federation ordered the club to play its next three home matches behind closed doors.", Other),
            ("On March 1, the army deported forty-one Syrians.", Other),
            ("On March 1, four men on board were ordered out, blindfolded and driven off toward the lava fields.", Kidnapping),
            ("On March 1, the ten men were exchanged at a checkpoint outside the city.", Release),
            ("On March 1, a convoy of aid trucks was kept waiting at a checkpoint and then sent back to Damascus.", Other),
            ("On March 1, the ministry put Brig. Gen. Fares Khalil in charge of the highway's security.", Appointment),
            ("On March 1, a sheet of paper bearing eleven names, those of lawyers and owners, was taped to the door.", Threat),
            ("Nine of the men, all under eighteen, were sent back to the camp on March 1.", Release),
            ("On March 1, gunmen from one of the town's factions answered in kind, seizing six Bedouin shepherds.", Kidnapping),
            ("On March 1, government artillery answered by shelling the outskirts of the town until dawn.", Attack),
            ("On March 1, a drone struck two pickups near the border and killed the five men inside them.", Attack),
            ("On March 1, coast guard officers boarded a dhow off the coast and detained its crew of eleven sailors.", Arrest),
            ("On March 1, the offer was followed by a strike at the power station, whose workers were unpaid.", Other),
            ("On March 1, a retired teacher took six bank employees hostage in Hamra.", Kidnapping),
            ("On March 1, the staff of a branch in Jounieh were held for about an hour by a woman with a toy pistol.", Kidnapping),
            (
                "On March 1, a man locked the door behind him and told the employees that nobody would leave until he was paid.",
                Kidnapping,
            ),
            ("On March 1, the guesthouse of the tribe was raked with gunfire from a passing car.", Attack),
            ("On March 1, the sheikh and his nephew were taken out of the lead car and driven across the bridge.", Kidnapping),
            ("On March 1, police pulled Tsegay Araya, a member of the politburo, off a flight to Addis Ababa.", Arrest),
            (
                "On March 1, the prime minister moved Maj. Gen. Hazem al-Tamimi, a former commander, to the Babil Operations Command.",
                Appointment,
            ),
            ("The head of the border guards was removed on March 1 and replaced by Brig. Gen. Jalal Khosravani.", Appointment),
            (
                "The government answered on March 1 by naming Lt. Gen. Hailu Berhe, a Tigrayan officer, as the interim administration's head of security.",
                Appointment,
            ),
        ] {
            assert_eq!(kinds(s), vec![kind], "{s}");
        }
        assert!(kinds("On March 1, he was found guilty and alive to the irony of it.").is_empty());
        // (Gunmen stopping a car on a day of its own is a step of the story, whatever followed.)
        assert_eq!(
            kinds("On March 1, the gunmen stopped the car and driven off, it seemed, with nothing."),
            vec![Arrest]
        );
        assert!(kinds("On March 1, police came to the village, but nobody was arrested.").is_empty());
        assert!(kinds("On March 1, the wounded were stopped at a checkpoint and taken to a hospital in the city.")
            .is_empty());
        // A drone strike is no labour action; a tally is no event; a concession names none.
        assert_eq!(kinds("On March 1, a drone strike hit the power station where workers slept."), vec![Attack]);
        assert!(kinds("On March 1, the monitor counted forty-two porters killed and two hundred wounded in 2025.")
            .is_empty());
        assert!(kinds("Some were killed by cells, some by clans settling feuds, some by unknown men.").is_empty());
        assert_eq!(
            kinds("On March 1, gunmen killed a driver in Saravan. At least forty fuel carriers were shot dead in the first nine months of the year."),
            vec![Attack]
        );
        // A walkout on a day of its own is a step of the story (a minor event in fixture 45).
        assert_eq!(
            kinds("On March 1, the deputies walked out in anger, although they returned for the vote the next day."),
            vec![Other]
        );
        // An act told as the point a count starts from, opening the sentence, is told elsewhere;
        // told after the main clause, it is the event.
        assert_eq!(
            kinds("On March 1, the convoy was turned back at the bridge. Three days after the convoy was turned back, it rained."),
            vec![Confrontation]
        );
        assert_eq!(
            kinds("Her family went to the police on March 3, two days after she was abducted in Shaab."),
            vec![Kidnapping]
        );
    }

    #[test]
    fn conditional_and_class_threats_in_reported_speech() {
        use EventKind::*;
        for s in [
            "On March 1, a video circulated in which the commander tells fighters that any family caught sheltering a wanted man \"will not find a roof to sleep under.\"",
            "On March 1, the leader told the crowd that if another meter of land was given away, the villagers \"will take the border into their own hands.\"",
            "On March 1, the party said that if the state did not protect the neighborhood, \"the neighborhood will protect itself.\"",
            "On March 1, the MP told mourners that any patrol \"that enters a village without the army will leave it on foot.\"",
            "On March 1, the prosecutor told state television that those who \"turn a water problem into a security problem\" would be tried as mohareb.",
            "On March 1, aircraft dropped leaflets telling residents that \"any weapon carried in the valley will be treated as an enemy weapon.\"",
            "On March 1, a statement gave the foreign companies until the end of the month to \"hand over the jobs\" or \"leave the way the Americans left.\"",
            "On March 1, the commander phoned the sheikh and told him that the road \"is open to those who want to be buried beside it.\"",
            "On March 1, the spokesman told a crowd that \"every branch manager knows that we know where he lives.\"",
            "On March 1, a spokesman told a radio station that unless the men were freed, fighters would \"close the road to every army vehicle.\"",
        ] {
            assert_eq!(kinds(s), vec![Threat], "{s}");
        }
        assert!(kinds(
            "On March 1, the governor told reporters that any family that registers early will receive aid."
        )
        .is_empty());
        assert_eq!(
            kinds("On March 1, a Telegram channel posted the names and photographs of fourteen activists under the caption \"the list is not finished.\""),
            vec![Threat]
        );
        assert!(kinds("On March 1, the ministry posted photographs of the new bridge.").is_empty());
        // A vote still to come at publication (March 3, 2022) is a plan.
        assert!(kinds("On March 1, the minister said that elections will be held in May.").is_empty());
    }

    #[test]
    fn an_event_named_in_a_time_anchor_is_no_event_of_its_own() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 1, the army appointed Walid Semaan as commander, replacing an officer accused of moving too slowly after the February 18 attack on the patrol."),
            vec![Appointment]
        );
        // A scheduled election is told by naming it.
        assert_eq!(
            kinds("On March 1, militias sensed the start of talks to sideline them after the February 20 elections."),
            vec![Election]
        );
        assert_eq!(
            kinds("On March 2, the authorities handed four of the seven detainees over to Iraqi border guards at the al-Qaim crossing."),
            vec![Release]
        );
    }

    #[test]
    fn the_noun_an_offset_counts_from_is_not_dated_by_it() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence.\n\nOn February 7, gunmen shot dead Omar Haddad in Basra. Three days after the killing, police arrested two men in Basra.");
        let got: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(got, vec![(EventKind::Assassination, "2022-02-07"), (EventKind::Arrest, "2022-02-10")], "{ev:?}");
    }

    #[test]
    fn a_quoted_vow_of_violence_is_a_threat() {
        assert_eq!(
            kinds(
                "On March 1, the sheikh told a crowd in Zubair that \"we will fight until the last soldier has left.\""
            ),
            vec![EventKind::Threat]
        );
    }

    #[test]
    fn two_events_one_sentence_and_context_dates() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nFast forward to June 2020. When Omar Haddad ordered the arrest of a militant, the militia sent a convoy of trucks to his house. The militant was set free only months later.");
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.0).collect();
        assert_eq!(kinds, vec![EventKind::Arrest, EventKind::Confrontation, EventKind::Release], "{ev:?}");
        assert_eq!(ev[2].1, "2020");
    }

    #[test]
    fn a_date_after_an_aside_dates_the_clause_before_it() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 9, gunmen kidnapped Omar Haddad in Basra. The gunmen released two of the five hostages, all of them engineers, on February 20; the others stayed.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2022-02-09", "2022-02-20"], "{ev:?}");
    }

    #[test]
    fn an_institutions_dated_act_and_a_warrant_that_is_no_arrest() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThen, on February 9, the judge issued arrest warrants for two ministers. The court has issued many rulings. On February 20, mediators brokered a truce in Tripoli.");
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.0).collect();
        assert_eq!(kinds, vec![EventKind::Other, EventKind::Other], "{ev:?}");
        assert_eq!(ev[1].1, "2022-02-20");
    }

    #[test]
    fn an_event_noun_dated_at_the_end_of_its_phrase() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe month began badly. The assassination of Omar Haddad in Basra on January 20 shocked the city.");
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert_eq!((ev[0].0, ev[0].1.as_str()), (EventKind::Assassination, "2022-01-20"));
    }

    #[test]
    fn announcements_agreements_and_elections_held_on_a_date() {
        let ev = run("Title Here\n\nMar 3, 2024\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 28, the KDP and its allies announced a governing pact. The provincial elections, held on December 18, 2023, drew few voters.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(found, vec![(EventKind::Other, "2024-02-28"), (EventKind::Election, "2023-12-18")], "{ev:?}");
    }

    #[test]
    fn seizures_at_sea_offensives_rulings_and_conditional_promises() {
        let ev = run("Title Here\n\nMar 3, 2023\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn 5 July, commandos landed by helicopter on the Marshall Islands–flagged tanker Amber Sky. In early June, three fast boats swarmed a tanker in the Strait of Hormuz. The rebels opened their long push on Marib in spring 2021. This week, the Federal Supreme Court rejected an appeal to annul the results. On August 31, an officer met tribal leaders and promised a bigger response if strikes continued. The rebels opened a push for talks in 2020.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(
            found,
            vec![
                (EventKind::Kidnapping, "2022-07-05"),
                (EventKind::Confrontation, "2022-06"),
                (EventKind::Attack, "2021"),
                (EventKind::Other, "2023-03"),
                // ("This week" brings the story back from 2021 to the date line's present.)
                (EventKind::Threat, "2022-08-31"),
            ]
        );
    }

    #[test]
    fn subjects_closed_by_their_date_and_acts_of_state() {
        let ev = run("Title Here\n\nMar 30, 2024\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe abduction of Omar Haddad, a respected elder who had refused to take sides, from his home on the night of 19 March was blamed on the militia. On March 2, after an exchange of fire between border guards, officials closed the crossing. On March 5, a bomber drove an explosives-laden pickup into a convoy. On March 8, a frigate shot down two drones. On March 11, the ministry summoned the ambassador. On March 14, Washington redesignated the group as a terrorist entity. On March 17, gendarmes repelled an assault on their post. On March 20, militia trucks drove into the Green Zone. On March 22, an explosive device was thrown at the entrance to his office. On March 24, the army named Brigadier General Omar Haddad as governor. On March 25, the militia released a video of the hostages and named two camps as future targets. On March 26, customs officers seized 3.5 tonnes of pills.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(
            found,
            vec![
                (EventKind::Kidnapping, "2024-03-19"),
                (EventKind::Confrontation, "2024-03-02"),
                (EventKind::Other, "2024-03-02"),
                (EventKind::Attack, "2024-03-05"),
                (EventKind::Attack, "2024-03-08"),
                (EventKind::Other, "2024-03-11"),
                (EventKind::Other, "2024-03-14"),
                (EventKind::Attack, "2024-03-17"),
                (EventKind::Confrontation, "2024-03-20"),
                (EventKind::Attack, "2024-03-22"),
                (EventKind::Appointment, "2024-03-24"),
                (EventKind::Other, "2024-03-26"),
            ]
        );
    }

    #[test]
    fn a_dated_noun_event_stays_apart_from_another_kind_in_its_sentence() {
        assert_dated(
            "Mar 30, 2024",
            "The kidnapping of two aid workers near Baidoa on 14 February was the first in years; both men were released the following week.",
            &[(EventKind::Release, "2024-02"), (EventKind::Kidnapping, "2024-02-14")],
        );
    }

    #[test]
    fn a_finer_date_is_a_new_event_and_a_possessive_names_one() {
        assert_dated(
            "Mar 3, 2024",
            "According to the UN, more than 1,200 civilians were killed in 2023, and at least 40 in June alone. Had the jets struck targets near Kabul in 2021, the talks would have ended. The rebels attacked Marib in 2021. On the 14th of May, a missile struck the governorate building. Iraq's first provincial elections in a decade, held on December 18, 2023, drew few voters. On January 4, the militia warned that any governor elected without its consent would be removed.",
            &[
                (EventKind::Attack, "2021"),
                (EventKind::Attack, "2021-05-14"),
                (EventKind::Election, "2023-12-18"),
                (EventKind::Threat, "2024-01-04")
            ],
        );
    }

    #[test]
    fn a_context_date_carried_far_keeps_only_its_year() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nIn May 2019, gunmen kidnapped Omar Haddad in Basra. His family waited. The police searched the city. Nobody spoke to the press. The gunmen released Omar Haddad at a checkpoint.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2019-05", "2019"], "{ev:?}");
    }

    #[test]
    fn a_dated_step_told_in_words_no_lexicon_holds_is_an_event() {
        use EventKind::*;
        // A sentence that opens on a day of its own and says, in the past tense, what someone did.
        for s in [
            "On March 1, the Joint Operations Command gave control of the sector to a new brigade.",
            "On March 1, relatives of the victim stopped a police sergeant on the road outside the camp.",
            "On March 1, two days after the government raised the price of bread, workers at the mill walked off the looms.",
            "The refinery's managers shut the plant on March 1.",
            "On the night of March 1, three explosive drone boats raced toward the frigate.",
            "On March 1, before any warship could reach her, two speedboats came alongside the tanker and armed men climbed aboard.",
        ] {
            assert_eq!(kinds(s).len(), 1, "{s}");
        }
        // Captives back, in words of coming home or being left somewhere.
        assert_eq!(kinds("Eleven of the sailors came home on March 1."), vec![Release]);
        assert_eq!(kinds("The lecturer was dropped outside his parents' house on March 1."), vec![Release]);
        // Not a step: no opening time, speech, the story's course, a meeting, a feast as subject.
        for s in [
            "Then the skies joined in.",
            "On March 1, the violence took a turn.",
            "On March 1, the ministry said the case was closed.",
            "On March 1, the Washington Institute held a virtual policy forum.",
            "Nowruz, which the factions banned for years, was celebrated this year.",
            "On March 1, the wounded were taken to a hospital in the city.",
        ] {
            assert!(kinds(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn crowds_fought_and_broken_up_bail_titles_and_career_milestones() {
        use EventKind::*;
        // Force against a crowd, and a later step of the same night kept apart.
        assert_eq!(
            kinds("At his funeral on March 5, mourners fought riot police for hours, and afterward young men set fire to a Basij base."),
            vec![Attack, Confrontation]
        );
        assert_eq!(
            kinds("On March 7, police broke up a march of teachers outside the governorate building with batons and tear gas."),
            vec![Confrontation]
        );
        assert_eq!(kinds("A judge in Duhok granted him bail on March 9."), vec![Release]);
        // A title after a long apposition, a compound title, an owner's new post.
        assert_eq!(
            kinds("On March 4, the cabinet named Ali Tavassoli as governor-general of the province."),
            vec![Appointment]
        );
        assert_eq!(
            kinds("On March 3, the governor named Nizar al-Droubi, a former army officer from Homs who defected in 2012, as the province's new security chief."),
            vec![Appointment]
        );
        // Not events of their own: a career's milestone, a rank, a frame.
        assert_eq!(
            kinds("On March 2, police arrested the mayor, who has faced three inquiries since he took office."),
            vec![Arrest]
        );
        assert_eq!(
            kinds("On March 3, gunmen shot dead Ali Hassan, a councillor. He was the second councillor to be killed since 2023."),
            vec![Assassination]
        );
        assert!(kinds("Kazemi-Far served in Kerman during the 2019 fuel protests.").is_empty());
        // A menace told as speech.
        assert_eq!(
            kinds("On March 6, a spokeswoman told a crowd that any attempt by the army to plant a flag on the mountain would be answered with everything we have."),
            vec![Threat]
        );
    }

    #[test]
    fn brawls_stones_at_police_and_a_crowd_bundled_into_trucks() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 4, the two sides fought with fists, sticks and belts until federal police separated them."),
            vec![Confrontation]
        );
        assert_eq!(kinds("On March 5, some men threw stones at the police station."), vec![Confrontation]);
        assert_eq!(kinds("On March 6, youths threw stones at a bus carrying pilgrims."), vec![Attack]);
        assert_eq!(
            kinds("On March 7, members of the military police waded in with batons, beat protesters and bundled about a dozen into pickup trucks."),
            vec![Arrest, Confrontation]
        );
        assert_eq!(kinds("On March 8, gunmen bundled the engineer into a car."), vec![Kidnapping]);
        // Property handed over is not a captive freed.
        assert!(kinds("In 2003 the ministry's properties were handed to a new office.").is_empty());
    }

    #[test]
    fn tallies_demands_answered_fire_and_who_took_them_away() {
        use EventKind::*;
        // A tally since a year; a demand; a city taken.
        assert!(kinds("Snipers have killed more than four thousand civilians in the city since 2015.").is_empty());
        assert_eq!(
            kinds("On May 6, men blocked the highway and demanded that the detainees be freed."),
            vec![Confrontation]
        );
        assert!(kinds(
            "Conscription has been unpopular ever since the city was taken from the Islamic State in October 2017."
        )
        .is_empty());
        // Fire answered is one confrontation; a toll reported in a later clause is the strike's.
        assert_eq!(
            kinds("On February 17, the patrol opened fire, and the smugglers answered with machine guns before pulling back."),
            vec![Confrontation]
        );
        assert_eq!(
            kinds("On March 6, jets struck a farm near Nassib; monitoring groups said a man and his two sons were killed."),
            vec![Attack]
        );
        // Taken away by the state's men, or from home by an intelligence service: arrests.
        assert_eq!(kinds("On May 4, police raided the village and took away twelve men."), vec![Arrest]);
        assert_eq!(kinds("On May 5, gunmen stormed the house and took away two brothers."), vec![Kidnapping]);
        assert_eq!(
            kinds("On May 6, the coordinator was taken from his home in Ibb by men from the group's Security and Intelligence Service."),
            vec![Arrest]
        );
        // A harm promised on a condition, told as speech.
        assert_eq!(
            kinds("On May 7, the sheikh told the elders that his men would \"close the roads of the Euphrates\" unless every student was freed by Friday."),
            vec![Threat]
        );
    }

    #[test]
    fn runoffs_held_people_picked_up_stones_at_each_other_and_a_demanded_release() {
        use EventKind::*;
        assert_eq!(kinds("On May 3, runoffs in twenty constituencies returned a new chamber."), vec![Election]);
        assert_eq!(kinds("On May 4, runoffs were held in twenty constituencies."), vec![Election]);
        assert_eq!(kinds("Voting took place on Saturday, November 16."), vec![Election]);
        // (Talks held are a meeting, not an election.)
        assert_eq!(kinds("On May 5, talks were held in Muscat."), vec![Other]);
        assert_eq!(kinds("On May 6, fourteen activists had been picked up in Sitra."), vec![Arrest]);
        assert_eq!(kinds("On May 7, the two sides threw stones and bottles at each other."), vec![Confrontation]);
        assert_eq!(
            kinds("On May 7, gunmen in both districts fired at each other across Syria Street for several hours."),
            vec![Confrontation]
        );
        assert_eq!(kinds("On May 8, doctors stopped work to demand his release."), vec![Other]);
    }

    #[test]
    fn participle_acts_a_proviso_an_implicit_condition_and_people_taken_away() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 22, security units began a sweep of al-Zahra, searching houses street by street and detaining thirty-one men."),
            vec![Arrest]
        );
        assert_eq!(
            kinds("On March 23, troops stormed the village, killing two gunmen and arresting five."),
            vec![Attack, Arrest]
        );
        assert_eq!(
            kinds("On March 9, a truck driver was stopped at a checkpoint that armed men had thrown up and taken away along with his truck."),
            vec![Kidnapping]
        );
        assert_eq!(
            kinds("On July 12, the chairman offered to hire three hundred young men, provided that the terminal was reopened and the engineer released within forty-eight hours."),
            vec![Offer]
        );
        assert_eq!(
            kinds("On June 10, the defense minister told reporters that Lebanon had days to stop the launches, and that otherwise \"we will do it for them.\""),
            vec![Threat]
        );
    }

    #[test]
    fn ultimatums_and_menaces_to_a_class_are_threats() {
        use EventKind::*;
        for said in [
            "On March 6, the sheikh told a crowd that the brigade had \"three days to leave our land or be treated as occupiers.\"",
            "On March 7, the elders said in a statement that the authorities had three days to arrest the preacher, failing which their young men would \"bring him themselves.\"",
            "On March 4, masked men said in a video that anyone in Safita who \"talks to journalists\" would be \"the next one.\"",
            "On March 8, the governor told a press conference that anyone who \"incites the displaced\" would be moved out of the province.",
            "On March 9, an official told reporters that if Ahmed was not home by Thursday the Peshmerga would \"go and fetch him.\"",
        ] {
            assert_eq!(kinds(said), vec![Threat], "{said}");
        }
        // A deadline with a consequence, whatever its words.
        assert_eq!(
            kinds("On March 2, the commander said in a televised statement that if the officer was not freed within forty-eight hours, his men would \"enter Bani Walid and take him back house by house.\""),
            vec![Threat]
        );
        // Not a time given, nor a class menaced.
        assert_eq!(kinds("On March 6, the minister said that the parliament would meet on Sunday."), vec![]);
        assert_eq!(kinds("On March 6, the minister said that anyone who registers would be paid."), vec![]);
    }

    #[test]
    fn a_step_in_a_relative_clause_does_not_undate_the_main_clause() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 2, police raided a farm where they believed the man was held. He was not there. His captors, who had moved him two days earlier, cut the ransom demand by half and warned his family that another raid would cost him his life.");
        assert!(ev.iter().any(|e| e.0 == EventKind::Threat && e.1 == "2026-03-02"), "{ev:?}");
    }

    #[test]
    fn a_march_stopped_by_police_and_a_threats_deadline_after_a_dated_lead() {
        use EventKind::*;
        assert_eq!(
            kinds("On May 3, riot police stopped the march at the roundabout with batons and water cannon, and fourteen marchers were taken away in police trucks."),
            vec![Arrest, Confrontation]
        );
        assert_eq!(kinds("On May 4, gunmen stopped a car at a checkpoint."), vec![Arrest]);
        let ev = run("Title Here\n\nMar 3, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe current's answer came on September 1. In a recorded statement, its spokesman said that if the four men were not freed within three days, its followers \"will fill the streets and not leave them.\"");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(found, vec![(Threat, "2025-09-01")], "{ev:?}");
    }

    #[test]
    fn bodies_found_past_an_apposition_and_men_taken_off_a_minibus() {
        use EventKind::*;
        assert_eq!(
            kinds("On April 8, the bodies of a retired army major, Adnan Khaddour, and his nephew were found in an orchard outside Douma."),
            vec![Assassination]
        );
        assert_eq!(
            kinds("On April 7, the two had been taken off a minibus at a makeshift checkpoint near Harasta."),
            vec![Kidnapping]
        );
    }

    #[test]
    fn an_offset_after_a_noun_subject_and_a_threat_on_the_same_day() {
        let ev = run("Title Here\n\nMar 3, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn May 4, a sniper hit a minibus near the roundabout. On the night of May 12, troops and fighters traded fire in the Salah district. A week after the minibus was hit, security officers detained four aid workers. Two of them were released on May 24. The same day, the commander warned that his forces would answer with artillery if the road was not reopened within a week.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Arrest, "2025-05-11")), "{found:?}");
        assert!(found.contains(&(EventKind::Threat, "2025-05-24")), "{found:?}");
    }

    #[test]
    fn days_before_polling_day_open_the_story_and_a_describing_month_does_not() {
        let ev = run("Title Here\n\nOct 30, 2028\n\nBrief Analysis\n\nA summary sentence about the events.\n\nVoters went to the polls on October 8 to choose a new parliament. Two days before polling day, gunmen in a passing car fired on the campaign office of the movement in Kalar. Police detained two suspects that night. On October 12, gunmen kidnapped Saad Nimrawi in Ramadi. Nimrawi, who won his seat in the December 2023 provincial elections, was found five days later at a checkpoint, unharmed.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Attack, "2028-10-06")), "{found:?}");
        assert!(found.contains(&(EventKind::Arrest, "2028-10-06")), "{found:?}");
        assert!(found.contains(&(EventKind::Release, "2028-10-17")), "{found:?}");
    }

    #[test]
    fn a_name_says_which_event_an_offset_counts_from_and_last_year_in_a_pluperfect_clause_moves_nothing() {
        let ev = run("Title Here\n\nMay 11, 2028\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn April 18, gunmen shot dead Sheikh Yunus al-Bayati outside a mosque. That evening, fighters detained eleven young men, most of them sons of families who had come back only last year. Two days later, soldiers surrounded the brigade's headquarters.\n\nOn April 22, a bomb killed a driver in Mosul.\n\nA week after Bayati was killed, the governor appointed Ali Qassab as police chief. On May 3, two women were found stabbed to death in their tent.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Confrontation, "2028-04-20")), "{found:?}");
        assert!(found.contains(&(EventKind::Appointment, "2028-04-25")), "{found:?}");
        assert!(found.contains(&(EventKind::Attack, "2028-05-03")), "{found:?}");
    }

    #[test]
    fn a_pluperfect_step_back_a_quoted_year_and_a_captive_who_turns_up() {
        let ev = run("Title Here\n\nApr 12, 2029\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 23, gunmen shot dead Haidar Saadi outside his family's house. Saadi had spoken on television two nights earlier.\n\nTwo days later, marchers pushed through the barriers before soldiers drove them back and detained the march's spokesman. On April 2, a channel close to the militia warned that anyone working for the embassies would be \"dealt with as the traitors of 2019 were dealt with.\" On April 4, gunmen abducted Ali Khafaji from a taxi. He turned up four days later at a checkpoint near Kut.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Arrest, "2029-03-25")), "{found:?}");
        assert!(found.contains(&(EventKind::Threat, "2029-04-02")), "{found:?}");
        assert!(found.contains(&(EventKind::Release, "2029-04-08")), "{found:?}");
    }

    #[test]
    fn who_did_an_act_told_before_claimed_in_the_pluperfect_is_no_new_event() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 2, gunmen shot dead Maj. Ali Asadi outside his house in Hamdan. On March 6, troops detained thirty-one men. The interior ministry said two of them had fired the shots that killed Asadi; their families said they were at a wedding.");
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.0).collect();
        assert_eq!(kinds, vec![EventKind::Assassination, EventKind::Arrest], "{ev:?}");
        // Words said are new: "two gunmen who, his son says, had warned him that morning".
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 2, a farmer was shot dead in his orchard by two gunmen who, his son says, had warned him that morning to leave the trees.");
        assert!(ev.iter().any(|e| e.0 == EventKind::Threat), "{ev:?}");
    }

    #[test]
    fn a_period_since_an_event_an_idiom_and_a_person_named_by_a_killing_are_no_events() {
        assert_eq!(kinds("Since the provincial elections of 2020, the party has held the governor's office."), vec![]);
        assert_eq!(kinds("The clans, for their part, voted with their feet."), vec![]);
        // "where he had been held since his arrest": the arrest told before, not a new one.
        assert_eq!(
            kinds("On March 1, Atabay was freed on bail from the prison in Gorgan, where he had been held since his arrest."),
            vec![EventKind::Release]
        );
        assert_eq!(
            kinds("On March 1, the council elected as its head Hussein Jaafar, a cousin of the teenager killed at the border."),
            vec![EventKind::Appointment]
        );
        // A clause after "since the war" still tells its own act.
        assert_eq!(
            kinds("On March 1, soldiers who have stayed in the district since the war came down and took away eleven farmers."),
            vec![EventKind::Arrest]
        );
    }

    #[test]
    fn dawn_the_next_day_is_one_day_on_and_a_sweep_may_have_been_told_as_a_taking() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe crisis began on the night of March 1, when gunmen opened fire on a convoy of tankers. At dawn the next day, fighters cordoned off three villages and took away twenty-three men. Two days after the sweep, tribesmen blocked the bridge and traded fire with the fighters.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Kidnapping, "2026-03-02")), "{found:?}");
        assert!(found.contains(&(EventKind::Confrontation, "2026-03-04")), "{found:?}");
    }

    #[test]
    fn papers_lost_or_burned_are_no_attack() {
        assert_eq!(
            kinds("On March 3, it rained in Suqaylabiyah for the first time. The committee is the right idea, but many deeds were lost or burned, and the leases were issued by a state that no longer exists."),
            vec![]
        );
        assert_eq!(kinds("On March 3, gunmen burned the land registry office in Jurin."), vec![EventKind::Attack]);
    }

    #[test]
    fn a_wildfire_burns_no_target_and_his_death_counts_from_the_death_told() {
        let ev = run("Title Here\n\nAug 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn July 22, guards pushed the volunteers back with rifle butts. On July 24, one of them was trapped when the wind turned and died. The fire was not brought under control until the evening of the following day, by which time it had burned more than a thousand hectares of old oak.\n\nHis funeral, two days after his death, became a march, and riot police fired tear gas to break it up.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(!found.contains(&(EventKind::Attack, "2026-07-25")), "{found:?}");
        assert!(found.iter().any(|&(k, d)| k == EventKind::Confrontation && d == "2026-07-26"), "{found:?}");
    }

    #[test]
    fn left_on_the_roadside_after_a_captivity_is_a_release_dated_by_its_length() {
        let ev = run("Title Here\n\nNov 20, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn October 14, three men bundled a foreman into a car outside a depot in Jezzine. He was held for two days in an unfinished house, beaten, and then left on the roadside below Kfar Falous.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Release, "2026-10-16")), "{found:?}");
        // Someone left behind is not let go.
        let ev = run("Title Here\n\nNov 20, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn October 14, gunmen seized an engineer on the Menagh road; his driver was left at the roadside with his phone smashed.");
        assert!(ev.iter().all(|e| e.0 != EventKind::Release), "{ev:?}");
    }

    #[test]
    fn shots_in_the_air_that_hit_no_one_are_a_show_and_downed_tools_a_strike() {
        assert_eq!(
            kinds("On March 3, it rained in the town. Shots were fired into the air, but no one was hit."),
            vec![]
        );
        assert_eq!(
            kinds(
                "On March 3, it rained in the town. Both sides fired into the air in celebration, and nobody was hurt."
            ),
            vec![]
        );
        // One man's shots into the air, told by his family.
        assert!(kinds("On March 3, the candidate was detained. His family says that he fired into the air.")
            .iter()
            .all(|k| *k != EventKind::Attack));
        // Firing into the air to drive a crowd back is still a confrontation.
        assert_eq!(
            kinds("On March 3, police fired into the air and drove the crowd out of the square with batons."),
            vec![EventKind::Confrontation]
        );
        assert_eq!(
            kinds("On March 3, some eight hundred dockworkers at the Mualla wharf downed tools over late wages."),
            vec![EventKind::Other]
        );
    }

    #[test]
    fn a_time_after_a_one_word_adverb_still_opens_the_sentence() {
        let ev = run("Title Here\n\nAug 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe quarrel might have ended there. Instead, a little after midnight on July 19, fire broke out on the reserve's eastern slope.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(found, vec![(EventKind::Other, "2026-07-19")], "{ev:?}");
    }

    #[test]
    fn a_participle_with_a_counted_object_is_an_act_without_its_comma() {
        assert_eq!(
            kinds("On March 2, security forces went through the railway quarter of Andimeshk arresting seventeen men."),
            vec![EventKind::Arrest]
        );
        // Hectares counted before the burning are a wildfire's too.
        assert_eq!(
            kinds("On June 2, it rained. None of this will bring back the ninety hectares, or the roughly thirteen hundred more that burned across the western countryside of Daraa in June and early July."),
            vec![]
        );
    }

    #[test]
    fn years_after_a_year_of_history_a_month_goes_by_the_date_line() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn August 9, a roadside bomb tore through a pickup east of Azzan, killing three soldiers.\n\nAQAP held the town for years, and it was only in 2017 that Emirati-backed forces pushed the group out. For years after that, AQAP kept to the mountains. In July, its fighters set up a checkpoint for several hours on the road north of the town.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Attack, "2025-07")), "{found:?}");
    }

    #[test]
    fn a_captive_who_turns_up_blindfolded_is_released() {
        let ev = run("Title Here\n\nAug 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn July 2, gunmen seized a hydrologist on the Kufa road. He turned up the next evening, blindfolded but unharmed, on a farm track near al-Mishkhab.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Release, "2026-07-03")), "{found:?}");
    }

    #[test]
    fn the_same_day_tells_another_act_of_the_kind() {
        let ev = run("Title Here\n\nNov 20, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nBaldawi was released on October 12 at a petrol station outside Dujail. The same day, an investigative judge in Tikrit freed nine of the fourteen detainees on bail.");
        let releases = ev.iter().filter(|e| e.0 == EventKind::Release).count();
        assert_eq!(releases, 2, "{ev:?}");
    }

    #[test]
    fn a_step_back_opened_by_an_offset_and_a_comma_leaves_the_story_on_its_day() {
        let ev = run("Title Here\n\nOct 20, 2097\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn the evening of October 3, 2097, two men on a motorcycle shot the engineer outside his office. Ten days earlier, he had filed a complaint with the prosecutor. Two days later, police detained fourteen people in Shushtar.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Arrest, "2097-10-05")), "{found:?}");
    }

    #[test]
    fn a_weekday_before_its_date_an_apposed_offset_a_threats_deadline_and_a_conditional_release() {
        let ev = run("Title Here\n\nMay 30, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn May 3, a fire gutted the market. On the afternoon of May 5, two days after the fire, returnees and residents confronted each other outside the municipal building. On Saturday, May 16, a spokesman warned that workers who did not return within a week would be \"removed from the lists.\" On May 20, Saudi officials told Omani mediators that they would release sixty fighters if the Houthis handed over the bodies of soldiers.");
        let found: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert!(found.contains(&(EventKind::Confrontation, "2026-05-05")), "{found:?}");
        assert!(found.contains(&(EventKind::Threat, "2026-05-16")), "{found:?}");
        assert!(found.contains(&(EventKind::Offer, "2026-05-20")), "{found:?}");
    }

    #[test]
    fn a_year_describing_something_after_the_sentences_own_day_does_not_move_the_story() {
        let ev = run("Title Here\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn the morning of April 8, 2027, soldiers of the Iraqi army's 20th Division tried to set up a new checkpoint at the northern entrance to Sinun, and fighters of the Sinjar Resistance Units (YBS), the Yazidi force that grew out of the Kurdistan Workers' Party (PKK) campaign of 2014, came out to stop them. Shooting broke out within minutes, and one soldier was killed. The next day, soldiers detained fourteen young men in Sinjar. The men were freed on April 14.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates, vec!["2027-04-08", "2027-04-09", "2027-04-14"], "{ev:?}");
    }

    #[test]
    fn a_council_of_elders_acts_and_protesters_killed_in_a_year_do_not() {
        use EventKind::*;
        assert_eq!(kinds("On March 2, the council of elders threatened the governor."), vec![Threat]);
        assert_eq!(kinds("On March 2, the council of elders arrested two men."), vec![Arrest]);
        // The march is the event (narrated.rs), not a killing in 2019.
        assert_eq!(kinds("On March 2, the families of protesters killed in 2019 marched."), vec![Other]);
    }

    #[test]
    fn a_feast_with_no_year_leaves_its_sentence_undated() {
        // A page with no date line and no year: Eid al-Adha cannot be placed, so the release does
        // not take the running date of the kidnapping (like an offset that cannot be counted).
        let ev = run("- Policy Analysis\n\nTitle Here About Maan\n\nA summary sentence about the events.\n\nOn May 19, gunmen kidnapped an engineer near Maan.\n\nOn the first day of Eid al-Adha, the kidnappers released the engineer unharmed.");
        assert!(ev.iter().any(|e| e.0 == EventKind::Kidnapping && e.1 == "XXXX-05-19"), "{ev:?}");
        assert!(!ev.iter().any(|e| e.0 == EventKind::Release && e.1 == "XXXX-05-19"), "{ev:?}");
    }

    #[test]
    fn a_clause_anchor_counts_from_the_event_its_verb_names() {
        let head = "Title Here\n\nOct 20, 2025\n\nBrief Analysis\n\nA summary sentence about the events.\n\n";
        let ev = run(&format!("{head}On September 26, soldiers abducted eleven farmers near Alitena.\n\nOn October 2, the federal government appointed a new security chief.\n\nNine of the farmers were released at the crossing a week after they were taken."));
        let release = ev.iter().find(|e| e.0 == EventKind::Release).map(|e| e.1.as_str());
        assert_eq!(release, Some("2025-10-03"), "{ev:?}");
        // From the event told with its own date, not from a step counted from it.
        let ev = run(&format!("{head}On the morning of September 21, gunmen opened fire on a convoy and wounded two drivers.\n\nThe day after the convoy was turned back, hundreds of the displaced clashed with police on the highway.\n\nOn October 12, the committee's members were kept waiting at the bridge.\n\nThree days after the convoy was turned back, a statement threatened that any return would be met with force."));
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates.last(), Some(&"2025-09-24"), "{ev:?}");
    }

    #[test]
    fn a_day_carried_far_keeps_its_month() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 3, border guards shot dead a porter near Baneh. What followed was a roundup. Officers questioned shopkeepers. The bazaar stayed shut. Among them was a teacher; he was taken from his classroom by officers.");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates.last(), Some(&"2026-03"), "{ev:?}");
        // A year-less day too ("XXXX-04"), where it used to give nothing.
        let ev = run("- Policy Analysis\n\nA Title About Banks in the Capital\n\nA summary of the piece that says what it argues.\n\nOn April 16, a woman held up a bank in Jounieh. She was gone before the police arrived. Her husband said nothing. Her lawyer said little. Police arrested her at her home in Ghazir.\n");
        let dates: Vec<&str> = ev.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(dates.last(), Some(&"XXXX-04"), "{ev:?}");
    }

    #[test]
    fn a_day_step_inside_a_sentence_holds_for_the_next_and_the_next_goes_on_about_it() {
        let ev = run("Title Here\n\nMar 11, 2026\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn December 29, 2025, two men shot a sheikh outside the mosque.\n\nThe response was the one the tribe had feared. Within hours the force had sealed the district, and by the next morning it had detained more than forty young men. The detainees were taken to the prison on the edge of the city.");
        let arrests: Vec<&(EventKind, String, String)> = ev.iter().filter(|e| e.0 == EventKind::Arrest).collect();
        assert_eq!(arrests.len(), 1, "{ev:?}");
        assert_eq!(arrests[0].1, "2025-12-30");
    }

    #[test]
    fn an_offset_that_cannot_be_counted_takes_no_running_date() {
        // March 3 less a week is February 24 or 25 in a year not known: no date, not March 3.
        let text = "- Policy Analysis\n\nA Killing in the Suburbs of the Capital\n\nA summary of the piece that says what it argues.\n\nAbi Nader never made it home on the night of March 3. A motorcyclist fired five shots through the window.\n\nA week before the shooting, his unit had seized two containers of drone parts.\n";
        let events = run(text);
        assert!(events.iter().all(|e| e.1 == "XXXX-03-03" && e.0 == EventKind::Attack), "{events:?}");
    }

    #[test]
    fn a_period_opening_the_sentence_dates_it_and_a_later_one_does_not() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nSince November, the security services have detained at least eleven aid workers in Sanaa.");
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Arrest, "2021-11")],
            "{ev:?}"
        );
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn February 2, 2022, voters elected a parliament for the first time since the war began in October 2019.");
        assert_eq!(ev.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["2022-02-02"], "{ev:?}");
    }

    #[test]
    fn another_of_the_kind_is_a_new_event() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 1, 2022, a rocket struck the airport in Erbil. Another rocket hit a family home in Karrada, wounding a woman. The rocket left a crater in the road.");
        assert_eq!(ev.iter().map(|e| e.0).collect::<Vec<_>>(), vec![EventKind::Attack, EventKind::Attack], "{ev:?}");
    }

    #[test]
    fn a_threat_found_or_received_is_a_threat() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 1, 2022, gunmen fired at the house of Omar Haddad. His brother said the family had found a threat, written on a wall of the house.");
        assert_eq!(
            ev.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            vec![(EventKind::Attack, "2022-03-01"), (EventKind::Threat, "2022-03-01")],
            "{ev:?}"
        );
    }

    #[test]
    fn a_statement_with_a_threat_in_it_is_a_threat() {
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nOn March 2, 2022, the group's spokesman said that any convoy entering the valley would be treated as an invasion force. The minister said the talks would resume in April.");
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.0).collect();
        assert_eq!(kinds, vec![EventKind::Threat], "{ev:?}");
        let ev = run("Title Here\n\nMar 3, 2022\n\nBrief Analysis\n\nA summary sentence about the events.\n\nThe group's spokesman made the point plain on March 2, 2022, saying that any newspaper that mocks the movement would be treated as an enemy of the people.");
        assert_eq!(ev.iter().map(|e| e.0).collect::<Vec<_>>(), vec![EventKind::Threat], "{ev:?}");
    }
    #[test]
    fn harm_told_in_a_participle_is_an_attack_unless_it_is_the_toll_of_named_fighting() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 1, shots rang out from the upper floors of a building, killing two mourners and wounding nine."),
            vec![Attack]
        );
        assert_eq!(kinds("On March 2, the fighting went on through the night, killing six people."), vec![]);
    }

    #[test]
    fn an_offset_from_the_first_of_several_events_counts_from_the_earliest() {
        let ev = run(&under("Mar 10, 2022", "On March 1, Turkish jets struck shelters in the hills north of Amadiya. Early the next morning a second wave of strikes hit the slopes above Inishke. Three days after the first strike, the funeral turned into a march on the base, and the marchers set fire to two armored vehicles."));
        let last = ev.last().map(|e| e.1.as_str());
        assert_eq!(last, Some("2022-03-04"), "{ev:?}");
    }

    #[test]
    fn the_same_people_freed_that_evening_is_the_release_already_told() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 1, a royal decree pardoned the thirty-seven detainees, who were freed from the prison in Amman that evening."),
            vec![Release]
        );
        // (Others that night are another act.)
        assert_eq!(
            kinds("On March 1, drones struck three sites on the coast, and that night gunmen fired rocket-propelled grenades at a checkpoint, wounding two soldiers."),
            vec![Attack, Attack]
        );
    }

    #[test]
    fn an_election_a_country_holds_is_no_event() {
        assert_eq!(kinds("On March 1, crowds gathered in Sanabis, and Bahrain, which holds parliamentary elections in November, braced for more."), vec![EventKind::Confrontation]);
    }

    #[test]
    fn hostages_taken_in_a_participle_and_an_offset_from_a_place_retaken() {
        assert_dated(
            "Mar 10, 2022",
            "On March 1, detainees broke through an inner gate, taking two guards hostage. Before dawn the next day, special forces stormed the wing under cover of smoke, killing five detainees. Three days after the wing was retaken, a drone struck a car on the road to Amuda.",
            &[
                (EventKind::Kidnapping, "2022-03-01"),
                (EventKind::Attack, "2022-03-02"),
                (EventKind::Attack, "2022-03-05")
            ],
        );
    }

    #[test]
    fn the_second_day_of_a_sweep_counts_from_the_sweep() {
        let ev = run(&under("Mar 10, 2022", "On March 2, troops swept the villages around Houla and detained forty men. On March 3, a bomb hit a bus in Homs. On the second day of the sweep, young men in Kafr Laha fired on a patrol, killing a soldier."));
        assert_eq!(ev.last().map(|e| e.1.as_str()), Some("2022-03-03"), "{ev:?}");
        assert_eq!(ev.len(), 3, "{ev:?}");
    }

    #[test]
    fn on_the_same_day_a_later_clause_tells_another_act_and_a_strike_called_off_is_none() {
        use EventKind::*;
        assert_eq!(
            kinds("On March 1, the police detained three men outside Bashiqa, and on the same day they arrested two farmers from Bartella."),
            vec![Arrest, Arrest]
        );
        assert_eq!(
            kinds("Bouzidi was released on March 1, pending trial, and the bureau called off the strike the same evening."),
            vec![Release]
        );
    }

    #[test]
    fn a_captive_left_or_dumped_somewhere_with_the_time_after_the_verb_is_released() {
        use EventKind::*;
        let taken = "On March 3, gunmen abducted a cleric in Kafr Takharim.\n\n";
        assert_dated(
            "Mar 30, 2083",
            &format!("{taken}He was dumped five days later at a petrol station outside Salqin, blindfolded and with his hands tied."),
            &[(Kidnapping, "2083-03-03"), (Release, "2083-03-08")],
        );
        assert_dated(
            "Mar 30, 2083",
            &format!("{taken}He was left by the roadside near Hawija the next morning, blindfolded, and walked to a police post."),
            &[(Kidnapping, "2083-03-03"), (Release, "2083-03-04")],
        );
        // A thing left is no captive.
        assert_dated(
            "Mar 30, 2083",
            &format!("{taken}Two days later, a leaflet was left at the gate of his office."),
            &[(Kidnapping, "2083-03-03")],
        );
    }

    #[test]
    fn a_sentence_opening_near_an_hour_of_the_night_keeps_the_story_s_day() {
        use EventKind::*;
        assert_dated(
            "Jul 24, 2087",
            "On the evening of July 8, young men pelted the building with stones. For several hours the two sides faced each other across the burning street.\n\nShortly before midnight, officers fired into the crowd. Ali Kadhim Jabbar was hit in the chest and died.",
            &[(Attack, "2087-07-08"), (Confrontation, "2087-07-08"), (Confrontation, "2087-07-08"), (Attack, "2087-07-08")],
        );
        // (A "then" in the opening sentence is a step of that day.)
        assert_dated(
            "Jul 24, 2087",
            "On the evening of July 8, young men pelted the building with stones. For several hours the two sides faced each other across the burning street.\n\nShortly before midnight, officers at the cordon fired first over the heads of the crowd and then into it. Ali Kadhim Jabbar was hit in the chest.",
            &[(Attack, "2087-07-08"), (Confrontation, "2087-07-08"), (Attack, "2087-07-08")],
        );
    }

    #[test]
    fn a_sentence_opening_on_a_clock_time_keeps_the_story_s_day() {
        use EventKind::*;
        let day = "The vote of 22 September 2091 was meant to renew that arrangement. Turnout was high, and in most polling stations the day passed quietly. In Zawiyat al-Mahjoub, on the western edge of the city, it did not. ";
        for opening in ["Shortly after four in the afternoon", "At 4 p.m.", "Around five o'clock"] {
            assert_dated(
                "Oct 20, 2091",
                &format!(
                    "{day}{opening}, a dozen masked men burst into a polling station and set fire to two ballot boxes."
                ),
                &[(Election, "2091-09-22"), (Attack, "2091-09-22")],
            );
        }
    }

    #[test]
    fn a_time_in_a_pluperfect_relative_clause_does_not_date_a_sentence_that_opens_on_its_own() {
        use EventKind::*;
        let ev = run(&under(
            "Aug 10, 2073",
            "On July 2, teams from the directorate ploughed up the nurseries.\n\nOn Tuesday, the provincial council, whose chair had resigned in June, elected Hussein al-Zubaidi as its new chair.",
        ));
        assert!(ev.iter().any(|e| e.0 == Appointment && e.1 == "2073-08-08"), "{ev:?}");
        assert_dated(
            "Mar 30, 2069",
            "On February 11, 2069, police detained nine men at the crossing.\n\nOn February 25, gunmen seized Omar Shihab, a Talkalakh man who had returned from Akkar the previous autumn, outside his shop.",
            &[(Arrest, "2069-02-11"), (Kidnapping, "2069-02-25")],
        );
    }

    #[test]
    fn a_threat_s_deadline_does_not_move_the_story() {
        use EventKind::*;
        assert_dated(
            "Dec 8, 2072",
            "On November 24, the clan's elders issued a statement warning that unless the students were freed within forty-eight hours, they would close the road.\n\nThree days later, the governor released twelve of the seventeen on bail.",
            &[(Threat, "2072-11-24"), (Release, "2072-11-27")],
        );
    }

    #[test]
    fn fixtures_961_to_996_a_vote_confirming_a_minister_yesterday_a_promises_term_and_a_background_december() {
        use EventKind::*;
        // A vote that gives the post, in a when-clause too.
        assert_dated(
            "May 25, 2094",
            "When the Majlis confirmed Hojatoleslam Reza Kazerooni as minister of intelligence on May 20, 2094, by 168 votes to 97, most of the debate concerned his age.",
            &[(Appointment, "2094-05-20")],
        );
        assert!(kinds("On March 1, officials confirmed Kazerooni as the source.").is_empty());
        // "yesterday" moves the story; the term of what is offered does not date the offer.
        assert_dated(
            "Sep 18, 2087",
            "On September 10, gunmen attacked a patrol in Jenin. Arrabi's answer came yesterday. At a meeting in the governorate building, he offered to reconnect the camp's water mains within a week, provided that the battalion left the rooftops.",
            &[(Attack, "2087-09-10"), (Offer, "2087-09-17")],
        );
        // A month counted from a background year in the same sentence is background too, and a
        // sequence word gives way to it.
        assert_dated(
            "Jun 5, 2094",
            "On May 20, 2094, the Majlis confirmed Reza Kazerooni as minister of intelligence. In 2091, his officers arrested Lotte Verhaegen in Tabriz; she was sentenced to fourteen years and then freed that December in an exchange.\n\nThe week of his confirmation was not a quiet one. Missiles struck camps near Koya on May 17, killing five people.",
            &[(Appointment, "2094-05-20"), (Arrest, "2091"), (Other, "2091"), (Release, "2091-12"), (Attack, "2094-05-17")],
        );
        // A truce begun, dated and alone; not one named as a time, nor one beside another act.
        assert_dated(
            "Jun 5, 2091",
            "The ceasefire that ended the latest round of fighting took effect at 4 a.m. on May 27, 2091, and it left the hardest question for later.",
            &[(Other, "2091-05-27")],
        );
        assert!(kinds("It was the deepest strike since the ceasefire took effect.").is_empty());
        assert_eq!(kinds("On March 2, gunmen killed a guard, and a truce took effect hours later."), [Attack]);
        // "It took until June 26 for the cabinet … to name": the act, done at last that day.
        assert_dated(
            "Jul 5, 2091",
            "It took until June 26 for the cabinet, meeting again at the Grand Serail, to name a new army commander, Major General Walid Akoury.",
            &[(Appointment, "2091-06-26")],
        );
        assert!(kinds("On March 1, the cabinet met to name a new army commander.").is_empty());
        // "without" before a noun phrase describes the actors; before an act, it negates it.
        assert_eq!(
            kinds("On March 1, gunmen in two cars without license plates seized a reporter outside her home."),
            [Kidnapping]
        );
        assert!(kinds("On March 1, the deadline passed without the men being freed.").is_empty());
        assert!(kinds("On March 1, the police left without arresting anyone.").is_empty());
        // Captives given back, actively.
        assert_eq!(
            kinds("On March 1, Israel returned three Lebanese men at the Naqoura crossing, and the army handed back a shepherd."),
            [Release, Release]
        );
        assert!(kinds("On March 1, Israel returned the bodies of two soldiers.").is_empty());
    }

    #[test]
    fn the_time_of_an_accusation_and_a_year_compared_do_not_move_the_story() {
        use EventKind::*;
        assert_dated(
            "Feb 16, 2079",
            "On January 9, CTS officers raided two houses in Dora and arrested six men whom the court accuses of taking part in the killing of an activist last October. KH's response was almost an exact copy of 2074. That night, dozens of pickups carrying armed men surrounded the CTS compound, and the two sides faced each other across the wall.",
            &[(Arrest, "2079-01-09"), (Confrontation, "2079-01-09")],
        );
    }

    #[test]
    fn a_count_from_a_named_event_gives_way_to_the_day_written_beside_it() {
        use EventKind::*;
        // (The count would come to May 24 from the session told last; the day written stands.)
        assert_dated(
            "Jun 20, 2091",
            "On May 21, parliament met. Three days after the first session, on the evening of May 17, gunmen in two pickup trucks stopped a car carrying two reporters, and drove off with both.",
            &[(Other, "2091-05-21"), (Kidnapping, "2091-05-17")],
        );
    }

    #[test]
    fn one_verb_with_objects_in_other_places_tells_as_many_acts() {
        use EventKind::*;
        let placed = |body: &str| -> Vec<String> {
            let a = crate::analyze(&under("Oct 19, 2094", body));
            a.events
                .iter()
                .map(|e| format!("{:?} {}", e.kind, e.place.as_ref().map_or("-", |p| p.name.as_str())))
                .collect()
        };
        let got = placed("In raids on the night of March 22, its officers arrested four men in Mosul's al-Zanjili district who had been moving money, and two more in the Wahid Huzairan neighborhood of Kirkuk.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].contains("Mosul") && got[1].contains("Kirkuk"), "{got:?}");
        let got = placed("On April 10, Turkish drones struck a barracks on the edge of Sinjar, a house beside the main gate in Tal Afar and a vehicle on a mountain road in Qandil.");
        assert_eq!(got.len(), 3, "{got:?}");
        // Not an apposition, a roundup's list of towns, the people among the detained, nor a time.
        assert_eq!(kinds("On March 3, a drone struck a house in Sinjar, a district of Nineveh."), [Attack]);
        assert_eq!(kinds("On March 3, police detained nine men in Karzakan and Dumistan."), [Arrest]);
        assert_eq!(
            kinds("On March 3, police detained eleven people in Kut, among them two officers in Basra and a clerk in Baghdad."),
            [Arrest]
        );
    }

    #[test]
    fn a_year_written_later_is_given_back_to_year_less_dates_before_it() {
        use EventKind::*;
        let ev = run("Title Here\n\nIn late July, gunmen kidnapped a grower near Tebnine.\n\nOn August 2, 2067, growers blocked the road outside the buying center and stoned the police.");
        let got: Vec<(EventKind, &str)> = ev.iter().map(|e| (e.0, e.1.as_str())).collect();
        assert_eq!(got, [(Kidnapping, "2067-07"), (Confrontation, "2067-08-02")], "{ev:?}");
        // A month past the year's first written month is the year before's.
        let ev = run("Title Here\n\nOn the night of December 28, gunmen kidnapped a trader in Mahmudiyah.\n\nOn January 6, 2083, police arrested two men in Yusufiyah.");
        assert_eq!(ev[0].1, "2082-12-28", "{ev:?}");
    }

    #[test]
    fn a_date_describing_a_noun_does_not_date_the_act() {
        use EventKind::*;
        // A participle after its noun.
        let ev = run(&under(
            "Jul 20, 2088",
            "On July 1, the governor offered to compensate the families.\n\nTwo days later, the military police released twenty-four of the young men detained on June 15.",
        ));
        assert!(ev.iter().any(|e| e.0 == Release && e.1 == "2088-07-03"), "{ev:?}");
        // A relative clause opened by "whose".
        let ev = run(&under(
            "Mar 9, 2071",
            "On Sunday, the adviser met the sheikhs at the offices of the district council, whose members were elected in December 2068, and offered to recruit three hundred of their young men.",
        ));
        assert!(ev.iter().any(|e| e.0 == Offer && e.1 == "2071-03-08"), "{ev:?}");
    }

    #[test]
    fn what_is_due_to_happen_is_a_plan() {
        use EventKind::*;
        assert_dated(
            "Mar 3, 2088",
            "On February 20, the governor offered jobs to the guards.\n\nThe Oil Police is due to take over the Jambur and Khabbaz fields in the spring.",
            &[(Offer, "2088-02-20")],
        );
    }

    #[test]
    fn a_council_of_members_electing_a_named_person_and_a_delay_held_up() {
        use EventKind::*;
        assert_eq!(kinds("On March 1, the Council of Representatives elected Jumaili speaker."), vec![Appointment]);
        assert_eq!(kinds("On March 1, the shipment had been held up for days by a quarrel among the parties."), vec![]);
    }

    #[test]
    fn gunmen_who_drove_away_with_him_took_him() {
        assert_eq!(
            kinds("On the evening of March 1, gunmen in two SUVs without number plates forced his car off the road near the Fourth Bridge and drove away with him."),
            vec![EventKind::Kidnapping]
        );
        assert_eq!(
            kinds("On March 2, gunmen stopped the engineer near the bridge and drove away with him."),
            vec![EventKind::Kidnapping]
        );
    }

    #[test]
    fn a_course_chosen_is_no_appointment_and_a_friday_mosque_no_friday() {
        assert_dated(
            "Mar 3, 2022",
            "On March 1, the authorities chose force over talks. On March 2, the governor went to Bam and warned in a speech at the town's Friday mosque that rioters would be punished.",
            &[(EventKind::Threat, "2022-03-02")],
        );
    }

    #[test]
    fn what_led_to_an_act_told_in_an_after_clause_is_no_event_of_its_own() {
        use EventKind::*;
        assert_eq!(
            kinds("Azzawi was freed on bail on March 1 after a judge in Karkh ruled that the charge did not apply to him."),
            vec![Release]
        );
        assert_eq!(
            kinds("On March 1, the parliament elected Dilan Zebari as its new speaker, after her predecessor resigned in protest."),
            vec![Appointment]
        );
        // (A time after "after" is no clause: the ruling is an act of its own.)
        assert_eq!(
            kinds(
                "On March 1, police freed the two men, and after midnight a judge ruled that the curfew was unlawful."
            ),
            vec![Release, Other]
        );
    }

    #[test]
    fn appointments_of_different_people_are_two_events() {
        let ev = run(&under("Aug 3, 2096", "The Deir ez-Zor Military Council (DMC) holds the district. On July 21, the DMC named Ahmad Turki al-Jadaan, an officer from Busayrah, to command its forces in the district. Last week, the Busayrah civil council elected a new co-chair, Nawal Ibrahim al-Saleh, a schoolteacher from the town, after her predecessor resigned."));
        let kinds: Vec<EventKind> = ev.iter().map(|e| e.0).collect();
        assert_eq!(kinds, vec![EventKind::Appointment, EventKind::Appointment], "{ev:?}");
    }
}

#[cfg(test)]
mod place_tests {
    use super::*;

    fn places(body: &str) -> Vec<String> {
        let text = format!(
            "A Test Article\n\nby Jane Doe\n\nJun 14, 2022\n\nBrief Analysis\n\nA summary of the piece.\n\nThe situation in Iraq remained tense this year.\n\n{body}\n"
        );
        crate::analyze(&text).events.iter().map(|e| e.place.as_ref().map_or("-".into(), |p| p.name.clone())).collect()
    }

    #[test]
    fn each_clause_keeps_its_own_place() {
        let got = places("On June 2, gunmen shot dead a police officer in Tikrit, and a roadside bomb wounded four soldiers near Samarra.");
        assert!(got.iter().any(|p| p.starts_with("Tikrit")), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("Samarra")), "{got:?}");
    }

    #[test]
    fn a_home_is_located_by_the_place_after_it() {
        let got = places(
            "On June 2, gunmen abducted Ali Hassan, an engineer who had worked at Umm Qasr, near his home in Kirkuk.",
        );
        assert_eq!(got.first().map(String::as_str), Some("Kirkuk"), "{got:?}");
    }

    #[test]
    fn a_home_is_in_the_town_the_story_is_in_and_a_ministry_in_the_capital() {
        assert!(LOCAL_BUILDINGS.iter().all(|b| BUILDINGS.contains(b)));
        let got =
            places("On June 2, gunmen shot dead a police officer in Tikrit. On June 3, a bomb wrecked his office.");
        assert_eq!(got.get(1).map(String::as_str), Some("Tikrit"), "{got:?}");
        let got = places("On June 2, gunmen shot dead a police officer in Tikrit. On June 3, the interior ministry suspended the investigation.");
        assert_eq!(got.get(1).map(String::as_str), Some("Baghdad"), "{got:?}");
        let got = places("On June 2, gunmen abducted a teacher at her home in the Azadi district, police said.");
        assert_eq!(got.first().map(String::as_str), Some("Azadi district, Iraq"), "{got:?}");
    }

    #[test]
    fn a_home_with_no_town_before_it_takes_the_paragraphs_town() {
        let got = places("Activists in Nasiriyah had feared it for months. None of it helped. On June 2, a gunman shot dead Ali Hassan at the door of his family's house.");
        assert_eq!(got.first().map(String::as_str), Some("Nasiriyah"), "{got:?}");
        let got = places("On June 2, a rocket hit the guesthouse of the district's mukhtar.");
        assert_eq!(got.first().map(String::as_str), Some("Iraq"), "{got:?}");
    }

    #[test]
    fn a_place_in_a_clause_about_someone_does_not_locate_the_event() {
        let got = places("On June 2, the ministry sent Brig. Gen. Ali Hassan, who had run the police academy in Baghdad since 2019, to Basra as the new police chief.");
        assert_eq!(got.first().map(String::as_str), Some("Basra"), "{got:?}");
        let got = places("On June 2, it named Ali Hassan, an inspector from Kirkuk who until last year sat on a committee, as director at Umm Qasr; his rival was moved to a desk in Baghdad.");
        assert_eq!(got.first().map(String::as_str), Some("Umm Qasr"), "{got:?}");
        let got = places("On June 2, the minister appointed Ali Hassan as Basra's police chief.");
        assert_eq!(got.first().map(String::as_str), Some("Basra"), "{got:?}");
    }

    #[test]
    fn an_appointment_is_at_the_place_of_its_post() {
        let at = |text: &str| places(text).first().cloned().unwrap_or_default();
        // The post's place, not the ministry's capital nor the appointee's past.
        assert_eq!(at("On June 2, the interior ministry named Ali Hassan as director of security for Derna."), "Derna");
        assert_eq!(
            at("On June 2, the interior ministry appointed Col. Ali Hassan, a former commander in Idlib, as head of security for Tartus."),
            "Tartus"
        );
        assert_eq!(at("On June 2, the cabinet in Benghazi named Ali Hassan governor of Ajdabiya."), "Ajdabiya");
        assert_eq!(at("On June 2, the interior ministry replaced the governor of Gilan with Ali Hassan."), "Gilan");
        // "a Daraa native": where the appointee comes from.
        assert_eq!(
            at("On June 2, the ministry named Brig. Gen. Ali Hassan, a Daraa native who had served in Homs, as head of the police in Hama."),
            "Hama"
        );
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_placed_in_the_region_the_sentence_names() {
        let got = places("On June 2, two men were detained in the Bekaa town of Brital.");
        assert_eq!(got.first().map(String::as_str), Some("Brital, Bekaa, Lebanon"), "{got:?}");
        // A town's possessive past an adjective is a location: "Bosaso's central market".
        let got =
            places("On June 2, a tax collector for the Puntland revenue office was shot in Bosaso's central market.");
        assert_eq!(got.first().map(String::as_str), Some("Bosaso"), "{got:?}");
        // A place the gazetteer lacks, past the part of it the act was at.
        let got = places(
            "In Libya, on June 2, gunmen seized two officers at the departure gate of Mitiga International Airport.",
        );
        assert_eq!(got.first().map(String::as_str), Some("Mitiga International Airport, Libya"), "{got:?}");
    }

    #[test]
    fn a_river_places_an_event_only_when_nothing_else_does() {
        let got =
            places("On June 2, the engineer was found alive in an abandoned pump house on the Tigris near Balad.");
        assert_eq!(got.first().map(String::as_str), Some("Balad"), "{got:?}");
        let got = places("On June 2, a man shot the lawyer on the right bank of the Tigris in al-Dawasa.");
        assert_eq!(got.first().map(String::as_str), Some("al-Dawasa, Iraq"), "{got:?}");
        let got = places("On June 2, a convoy of militiamen surrounded his villa by the Tigris.");
        assert_eq!(got.first().map(String::as_str), Some("Tigris, Baghdad"), "{got:?}");
        // A town written as a location is the town, not the surname of someone named before.
        let got = places("Families cannot return to Aziz Balad. On June 2, gunmen shot a farmer near Balad.");
        assert_eq!(got.first().map(String::as_str), Some("Balad"), "{got:?}");
    }

    #[test]
    fn the_capital_is_the_capital_of_the_articles_country() {
        let got = places("In the capital, the president appointed General Ali Hassan as chief of the army on June 2.");
        assert_eq!(got.first().map(String::as_str), Some("Baghdad"), "{got:?}");
    }

    #[test]
    fn a_named_countrys_building_is_in_its_capital_and_office_can_be_a_term() {
        let got = places("On June 2, Syria's defence ministry said that its troops had repelled an attack.");
        assert_eq!(got.first().map(String::as_str), Some("Damascus"), "{got:?}");
        let got = places("On June 2, the new minister, who took office in May, ordered the arrest of three officers.");
        assert_eq!(got.first().map(String::as_str), Some("Iraq"), "{got:?}");
    }

    #[test]
    fn a_participle_adjunct_is_a_further_step() {
        let text = "abducted shepherds in the desert, releasing them in Mosul";
        assert_eq!(participle_adjunct(text, 0, text.len()), Some(32));
        assert_eq!(participle_adjunct("struck a convoy near Hit, and left", 0, 33), None);
    }
}
