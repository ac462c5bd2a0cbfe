//! The generic reading of a narrative sentence with no trigger word: it opens on a time of its own ("On October 6,", "That evening,", "A week to the day after the firefight,") and goes on, in the past tense, to say what someone did.
//!
//! The trigger lexicons know the usual words for an act; an article also tells acts in words no
//! list holds ("gave command of the sector to", "hauled him off a truck", "walked back into the
//! refinery"). A sentence built as a dated step of the story is an event whatever its verb,
//! unless the verb only reports speech, thought or a state.

use super::Word;
use crate::model::EventKind;
use crate::scan::WordSet;
use std::sync::LazyLock;

/// Verbs that report speech, thought, a state or the writer's sources: a dated sentence with one
/// of these as its main verb tells no act of its own. ("was"/"were", "had" and the verbs of
/// motion are read apart, in [`narrated_act`].)
static NOT_ACTS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "said",
        "told",
        "added",
        "noted",
        "argued",
        "claimed",
        "denied",
        "insisted",
        "explained",
        "described",
        "reported",
        "stated",
        "commented",
        "wrote",
        "tweeted",
        "posted",
        "remained",
        "seemed",
        "appeared",
        "looked",
        "did",
        "continued",
        "lasted",
        "followed",
        "included",
        "involved",
        "marked",
        "saw",
        "meant",
        "showed",
        "suggested",
        "indicated",
        "revealed",
        "confirmed",
        "acknowledged",
        "admitted",
        "believed",
        "thought",
        "knew",
        "felt",
        "hoped",
        "feared",
        "expected",
        "wanted",
        "needed",
        "tried",
        "sought",
        "called",
        "urged",
        "asked",
        "welcomed",
        "praised",
        "condemned",
        "criticized",
        "criticised",
        "accused",
        "blamed",
        "rejected",
        "estimated",
        "counted",
        "recorded",
        "documented",
        "published",
        "shared",
        "spoke",
        "discussed",
        "replied",
        "responded",
        "answered",
        "recalled",
        "learned",
        "heard",
        "watched",
        "read",
        "cited",
        "quoted",
        "mentioned",
        "stressed",
        "emphasized",
        "emphasised",
        "pointed",
        "warned",
        "got",
        "used",
        "received",
        "lived",
        "worked",
        "served",
        "belonged",
        "existed",
        "grew",
        "fell",
        "rose",
        "declined",
        "increased",
        "doubled",
        "reached",
        "passed",
        "ended",
        "began",
        "started",
        "opened",
        "celebrated",
        "commemorated",
        "mourned",
        "visited",
        "met",
        "travelled",
        "traveled",
        "left",
        "stayed",
        "waited",
        "moved",
        "returned",
        "sent",
        "signed",
        "sensed",
        "noticed",
        "realised",
        "realized",
        "understood",
        "concluded",
        "decided",
        "agreed",
        "considered",
        "wondered",
        "dated",
        "addressed",
    ]
    .into_iter()
    .collect()
});

/// Heads of a subject that is no agent ("the violence took a turn", "the campaign acquired a
/// political edge"): the story's course, not an act.
static ABSTRACT_SUBJECTS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "violence",
        "situation",
        "campaign",
        "crisis",
        "conflict",
        "tension",
        "tensions",
        "pressure",
        "mood",
        "atmosphere",
        "dispute",
        "row",
        "feud",
        "case",
        "story",
        "matter",
        "issue",
        "affair",
        "process",
        "talks",
        "meeting",
        "meetings",
        "vote",
        "voting",
        "election",
        "elections",
        "runoff",
        "runoffs",
        "run-off",
        "run-offs",
        "polls",
        "fighting",
        "trend",
        "picture",
        "tone",
        "skies",
        "sky",
        "weather",
        "momentum",
        "effort",
        "efforts",
        "war",
        "standoff",
        "stand-off",
        "calm",
        "truce",
        "ceasefire",
        "deal",
        "agreement",
        "plan",
        "idea",
        "rumours",
        "rumors",
        "news",
        "risk",
        "risks",
        "price",
        "prices",
        "wounded",
        "injured",
        "dead",
        "bodies",
        "body",
        "casualties",
        "economy",
        "market",
        "currency",
        "number",
        "toll",
        "count",
        "figure",
        "figures",
    ]
    .into_iter()
    .collect()
});

/// Words that open a clause that is not the story's main line: a condition, a time or a cause
/// ("Had the drone struck …", "When the first convoy drove in …", "As one commentator put it …").
static SUBORDINATORS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "as", "had", "when", "while", "which", "who", "whom", "whose", "if", "after", "before", "since", "because",
        "although", "though", "once", "until", "unless", "whether", "were", "should", "what", "how", "why", "where",
        "it", "there", "this", "that", "these", "those", "such", "in", "on", "at", "by", "for", "with", "to", "from",
        "of", "during", "under",
    ]
    .into_iter()
    .collect()
});

/// Past forms that do not end in "-ed".
static IRREGULAR_PAST: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "came", "went", "took", "gave", "shot", "hit", "held", "brought", "drove", "threw", "fought", "led", "put",
        "set", "shut", "broke", "tore", "blew", "caught", "cut", "drew", "flew", "hung", "kept", "laid", "lost",
        "made", "ran", "rode", "stole", "swept", "struck", "stood", "won", "beat", "bore", "burnt", "dug", "fled",
        "forbade", "froze", "overran", "overtook", "sank", "seized", "shook", "slew", "spent", "split", "stuck",
        "withdrew", "handed", "pulled",
    ]
    .into_iter()
    .collect()
});

/// Past participles used as adjectives inside a subject ("armed men", "the detained importers").
static ADJECTIVAL: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "armed",
        "masked",
        "unidentified",
        "unnamed",
        "suspected",
        "alleged",
        "so-called",
        "united",
        "wanted",
        "detained",
        "displaced",
        "related",
        "based",
        "backed",
        "affiliated",
        "aligned",
        "allied",
        "disputed",
        "occupied",
        "embattled",
        "retired",
        "elected",
        "appointed",
        "named",
        "veiled",
        "hooded",
        "uniformed",
        "unmarked",
        "wounded",
        "injured",
        "kidnapped",
        "abducted",
        "arrested",
        "released",
        "accused",
        "supposed",
        "extended",
        "expanded",
        "limited",
        "advanced",
        "organized",
        "organised",
        "concerned",
        "interested",
    ]
    .into_iter()
    .collect()
});

/// The kind a verb most likely tells (the lexicons have missed it); `Other` when none says more.
fn kind_of(verb: &str) -> EventKind {
    use EventKind::*;
    match verb {
        "fired" | "shot" | "hit" | "pounded" | "hammered" | "rammed" | "punched" | "blew" | "set" | "lobbed"
        | "opened" | "sprayed" | "bombed" | "shelled" | "burnt" => Attack,
        "hanged" | "executed" | "gunned" => Assassination,
        "picked" | "hauled" | "rounded" | "held" | "stopped" | "took" | "handcuffed" | "summoned" | "questioned"
        | "interrogated" | "charged" | "indicted" | "convicted" => Arrest,
        "dumped" | "dropped" => Release,
        "grabbed" | "snatched" | "bundled" | "dragged" | "pulled" | "forced" => Kidnapping,
        "gathered" | "marched" | "massed" | "rallied" | "faced" | "besieged" | "cornered" | "chased" | "stood"
        | "blocked" | "fought" | "dispersed" => Confrontation,
        "named" | "installed" | "replaced" | "promoted" | "reassigned" | "transferred" | "sacked" | "removed"
        | "dismissed" | "gave" | "handed" => Appointment,
        _ => Other,
    }
}

/// Does the subject pronoun at word `m` do what the past form after it (past one adverb at most)
/// says: "On 22 June they detained …", "On 22 June it dismissed the complaint", "it instead
/// replaced the commander"? An "it" of how things went ("It emerged that …", "it prompted") is no
/// actor.
fn subject_acts(ws: &[Word], m: usize) -> bool {
    let verb = verb_after(ws, m);
    let acts = past_tense(verb) && !NOT_ACTS.contains(verb);
    match ws[m].lower() {
        "he" | "she" | "they" | "we" => acts,
        "it" => {
            acts && !matches!(
                verb,
                "emerged"
                    | "happened"
                    | "turned"
                    | "took"
                    | "cost"
                    | "came"
                    | "went"
                    | "prompted"
                    | "triggered"
                    | "sparked"
                    | "caused"
                    | "led"
                    | "became"
                    | "proved"
                    | "resulted"
                    | "coincided"
                    | "helped"
                    | "changed"
                    | "rained"
                    | "broke"
                    | "spilled"
                    | "spread"
                    | "collapsed"
                    | "escalated"
                    | "erupted"
                    | "reopened"
                    | "resumed"
                    | "closed"
                    | "worked"
                    | "failed"
                    | "succeeded"
                    | "backfired"
                    | "dawned"
                    | "transpired"
                    | "surfaced"
                    | "shocked"
                    | "angered"
                    | "alarmed"
                    | "infuriated"
            )
        }
        _ => false,
    }
}

/// The word after word `m`, past one adverb ("it instead replaced", "they quietly freed").
fn verb_after<'a>(ws: &'a [Word], m: usize) -> &'a str {
    let at = |k: usize| ws.get(m + k).map_or("", Word::lower);
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "instead" | "also" | "then" | "again" | "swiftly");
    if adverb(at(1)) {
        at(2)
    } else {
        at(1)
    }
}

fn past_tense(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'))
        || IRREGULAR_PAST.contains(w)
}

/// Do `words` hold a verb ("was", "were" or a past form)? Words before a time that do have told
/// the act first: "He was dumped five days later at a petrol station".
pub(super) fn tells_a_verb(words: &[Word]) -> bool {
    words.iter().any(|x| matches!(x.lower(), "was" | "were") || past_tense(x.lower()))
}

/// The act of a sentence that opens on a time of its own (`opening_end`: the byte where that
/// time expression ends; `time_in(a, b)`: does a time expression start within bytes a..=b?) and tells,
/// in the past tense, what its subject did: the word index where the telling starts (the subject,
/// or a subordinate clause before it, whose acts are the sentence's too), the verb's and the kind
/// it most likely tells.
/// "the checkpoint at al-Sakasik met the same fate": the verb at `k` tells the act told before,
/// again.
pub(super) fn same_fate(ws: &[Word], k: usize) -> bool {
    matches!(ws[k].lower(), "met" | "suffered")
        && ws.get(k + 1..k + 4).is_some_and(|f| f.iter().map(Word::lower).eq(["the", "same", "fate"]))
}

pub(super) fn narrated_act(
    ws: &[Word],
    clauses: &[(usize, usize)],
    opening_end: usize,
    time_in: &dyn Fn(usize, usize) -> bool,
) -> Option<(usize, usize, EventKind)> {
    // The first word after the time expression; when the expression ends its clause ("On October
    // 6, …", "A week to the day after the firefight, …"), the first word of the next clause, and
    // past a second time in apposition ("On February 22, two days after the government raised
    // the price of bread, …").
    let mut m = ws.partition_point(|w| w.start < opening_end);
    let (lo, hi) = *clauses.get(m)?;
    // (Not when the time's clause goes on to tell what its subject did: "On 22 June it dismissed,
    // on procedural grounds, …"; but "Ten days after he vanished, …" is a time.)
    let acts_in_time_clause = || {
        !matches!(ws[m - 1].lower(), "after" | "before" | "since" | "until" | "when" | "following")
            && subject_acts(ws, m)
    };
    if m > lo && hi - m < 6 && hi + 1 < ws.len() && !acts_in_time_clause() {
        m = hi + 1;
    }
    // (And past a subordinate clause before the main one: "That evening, before any warship could
    // reach her, two Houthi speedboats came alongside".)
    let mut told_from = None;
    while let Some(&(lo, hi)) = clauses.get(m) {
        // (Not a time told after the clause's verb.)
        let lead = lo + (hi - lo).min(3);
        let timed = time_in(ws[lo].start, ws[lead].start) && !tells_a_verb(&ws[lo..lead]);
        let subordinate = matches!(
            ws[lo].lower(),
            "before" | "after" | "as" | "when" | "while" | "once" | "until" | "although" | "though" | "because"
        );
        if lo == m && (timed || subordinate) && hi + 1 < ws.len() {
            if subordinate && !timed {
                told_from.get_or_insert(m);
            }
            m = hi + 1;
        } else {
            break;
        }
    }
    let from = told_from.unwrap_or(m);
    let first = ws.get(m)?;
    // (A participle opening the subject is no verb: "armed men stopped a minibus".)
    let opens_a_clause = SUBORDINATORS.contains(first.lower()) && !subject_acts(ws, m);
    if opens_a_clause || (past_tense(first.lower()) && !ADJECTIVAL.contains(first.lower())) {
        return None;
    }
    // The verb: the first past form after at least one word of subject, skipping descriptions in
    // commas and relative clauses ("the mp for Fao, Qusay al-Fawi, addressed …").
    let (mut relative, mut relative_verb) = (false, false);
    for k in m + 1..ws.len().min(m + 30) {
        let w = ws[k].lower();
        if matches!(w, "who" | "which" | "that" | "whose" | "whom") {
            (relative, relative_verb) = (true, false);
            continue;
        }
        if relative {
            // A relative clause ends at its clause boundary, or, unmarked, where a second finite
            // "was"/"were" after its own verb opens the main one ("relatives who had gathered
            // outside the court were dispersed by police").
            if (clauses[k].0 == k && k > m + 1) || (relative_verb && matches!(w, "was" | "were")) {
                relative = false;
            } else {
                relative_verb |= matches!(w, "had" | "has" | "have") || past_tense(w);
                continue;
            }
        }
        // ("the council, meeting without its Kurdish members, suspended …": the subject described.)
        if ws[k].flags & (super::NEGATION | super::MODAL) != 0 && w != "without" {
            return None;
        }
        let prev = ws[k - 1].lower();
        if matches!(w, "was" | "were") && !ABSTRACT_SUBJECTS.contains(prev) {
            // A passive act: "was hauled off a truck".
            let next = ws.get(k + 1)?.lower();
            // "Four days later he was found on the side of the highway": a captive back.
            // (Not "found guilty", "found dead".)
            let verdict =
                ws.get(k + 2).is_some_and(|x| matches!(x.lower(), "guilty" | "innocent" | "dead" | "responsible"));
            if next == "found" && matches!(prev, "he" | "she" | "they") && !verdict {
                return Some((from, k + 1, EventKind::Release));
            }
            // "He was left on the highway near al-Gharraf three days later": a captive let go.
            // (Not a thing left: "a leaflet was left at the gate".)
            let person = matches!(prev, "he" | "she" | "they") || ws[k - 1].flags & super::CAPITALISED != 0;
            let somewhere =
                ws.get(k + 2).is_some_and(|x| matches!(x.lower(), "on" | "at" | "by" | "near" | "outside" | "beside"));
            if next == "left" && person && somewhere {
                return Some((from, k + 1, EventKind::Release));
            }
            // (Not a thing handed back: "the compound was handed back to the army".)
            let back = ws.get(k + 2).is_some_and(|x| x.lower() == "back");
            if past_tense(next) && !NOT_ACTS.contains(next) && !ADJECTIVAL.contains(next) && !back {
                return Some((from, k + 1, kind_of(next)));
            }
            return None;
        }
        if matches!(w, "was" | "were" | "is" | "are" | "has" | "have" | "will" | "would" | "had") {
            return None;
        }
        // (A capital is a name's: "a policeman in Hit", "through Hit".)
        // ("gunmen occupied two schools": a form that is mostly an adjective, here a verb with its object.)
        let with_object = ws.get(k + 1).is_some_and(|x| {
            matches!(x.lower(), "the" | "a" | "an" | "two" | "three" | "four" | "his" | "her" | "their" | "its")
        });
        // ("released a video of the hostages": a publication, no act the lexicons missed.)
        if ADJECTIVAL.contains(w) && with_object && ws[k + 1..].iter().take(3).any(|x| MEDIA.contains(x.lower())) {
            return None;
        }
        let adjective = ADJECTIVAL.contains(w) && !with_object;
        if !past_tense(w) && !NOT_ACTS.contains(w) || adjective || ws[k].flags & super::CAPITALISED != 0 {
            continue;
        }
        if matches!(prev, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "of" | "to" | "by" | "and" | "or") {
            continue;
        }
        // "None of this addresses what happened on June 30": a question named, not an act told.
        if matches!(prev, "what" | "how" | "why" | "whatever" | "whether") {
            return None;
        }
        // "Eleven of the sailors came home on January 20": captives back.
        if matches!(w, "came" | "returned") && ws.get(k + 1).is_some_and(|x| x.lower() == "home") {
            return (!ABSTRACT_SUBJECTS.contains(prev)).then_some((from, k, EventKind::Release));
        }
        // A movement that leads to the act: "came alongside the vessel, and armed men climbed
        // aboard", "went to his house and took him away".
        if matches!(w, "came" | "went" | "arrived" | "moved") {
            continue;
        }
        // (Its kind is the caller's to give.)
        if same_fate(ws, k) {
            return Some((from, k, EventKind::Other));
        }
        if NOT_ACTS.contains(w) || ABSTRACT_SUBJECTS.contains(prev) {
            return None;
        }
        // "held a forum", "held talks": a meeting, not a detention.
        if w == "held" && ws.get(k + 1).is_some_and(|x| matches!(x.lower(), "a" | "an" | "talks" | "its" | "their")) {
            return None;
        }
        // "doctors stopped work": a strike, not a stop at a checkpoint.
        if w == "stopped" && ws.get(k + 1).is_some_and(|x| x.lower() == "work") {
            return Some((from, k, EventKind::Other));
        }
        // "dismissed, on procedural grounds, a complaint": a ruling, not a dismissal from a post.
        let kind = match kind_of(w) {
            EventKind::Appointment if ws[k + 1..].iter().take(8).any(|x| RULED_ON.contains(x.lower())) => {
                EventKind::Other
            }
            kind => kind,
        };
        return Some((from, k, kind));
    }
    None
}

/// What is published rather than done: "released a video", "named them in a statement".
static MEDIA: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "video",
        "videos",
        "statement",
        "footage",
        "photo",
        "photos",
        "photographs",
        "recording",
        "audio",
        "report",
        "list",
    ]
    .into_iter()
    .collect()
});

/// What a court or a body rules on, as the object of "dismissed", "removed" or "replaced".
static RULED_ON: LazyLock<WordSet> = LazyLock::new(|| {
    ["complaint", "complaints", "appeal", "appeals", "case", "petition", "lawsuit", "motion", "request", "charges"]
        .into_iter()
        .collect()
});
