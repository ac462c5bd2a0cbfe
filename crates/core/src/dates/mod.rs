//! Temporal expressions (SPEC §1 step 4): honest partial dates resolved against the right anchor.
//!
//! Rule-based in the manner of HeidelTime: [`tag`] finds expressions in a sentence, and a
//! [`Resolver`] turns them into [`PartialDate`]s against the article's date line
//! (publication) or the running reference time of the narrative (context). A year or day
//! the text does not support is never invented.

pub mod calendar;

use crate::model::{DateBasis, EventDate, Precision};
use crate::scan;
use calendar::{
    civil_from_days, days_from_civil, days_in_month, holiday_date, holiday_name, month_number, valid_ymd, weekday,
    weekday_number, Holiday,
};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A date known to some precision; `year` may be unknown ("On May 26" with no year anywhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn ymd(y: i32, m: u32, d: u32) -> Self {
        PartialDate { year: Some(y), month: Some(m), day: Some(d) }
    }
    pub fn ym(y: i32, m: u32) -> Self {
        PartialDate { year: Some(y), month: Some(m), day: None }
    }
    pub fn y(y: i32) -> Self {
        PartialDate { year: Some(y), month: None, day: None }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Cut down to at most `p`.
    pub fn truncate(mut self, p: Precision) -> Self {
        if p < Precision::Day {
            self.day = None;
        }
        if p < Precision::Month {
            self.month = None;
        }
        self
    }

    /// TIMEX-like value: "2021", "2020-04", "2021-03-04", "XXXX-05-26" when the year is unknown.
    pub fn value(&self) -> String {
        let y = self.year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y}-{m:02}"),
            _ => y,
        }
    }

    /// Do two dates agree as far as both are known?
    pub fn compatible(&self, other: &PartialDate) -> bool {
        let eq = |a: Option<u32>, b: Option<u32>| a.is_none() || b.is_none() || a == b;
        (self.year.is_none() || other.year.is_none() || self.year == other.year)
            && eq(self.month, other.month)
            && (self.month.is_none() || other.month.is_none() || eq(self.day, other.day))
    }

    fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year?, self.month?, self.day?))
    }
}

/// Relative expressions and their anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Week, month or year of the date line, shifted by n ("this week", "last year").
    Publication { unit: Unit, shift: i32 },
    /// The last such weekday on or before the date line ("Thursday").
    Weekday(u32),
    /// "Last Wednesday": the last such weekday before the date line (under a Wednesday date
    /// line, the Wednesday a week before).
    LastWeekday(u32),
    /// "The Friday before last": the weekday a week before [`Relative::LastWeekday`].
    WeekdayBeforeLast(u32),
    /// "On Thursday of last week", "Thursday last week": that weekday in the calendar week
    /// (Monday to Sunday) before the date line's.
    WeekdayLastWeek(u32),
    /// "On the last Sunday of March", "the second Friday of May": the `nth` such weekday of a
    /// named month (`nth` -1 for the last), in the year a year-less date of that month would
    /// take; only the month when no year is known.
    WeekdayOfMonth { wd: u32, nth: i32, month: u32 },
    /// "On its first anniversary, March 13", "the second anniversary of the 2024 ceasefire":
    /// `years` after the date it refers to, the year written in its "of" phrase (`of_year`) or
    /// else the last date told, when that date agrees with the month and day written beside it
    /// (`month`, `day`). With no count ("on the anniversary of the truce, May 5") or no referent
    /// to count from, only the month and day written beside it, as any year-less date.
    Anniversary { years: Option<i32>, of_year: Option<i32>, month: Option<u32>, day: Option<u32> },
    /// A weekday counted from the running narrative date: the next such day after it ("the
    /// following Tuesday", "the next Tuesday": `dir` 1), the last one before it ("the previous
    /// Tuesday": -1), or the first on or after it ("that Tuesday": 0). With no day-precise
    /// context, as [`Relative::Weekday`].
    WeekdayFrom { wd: u32, dir: i32 },
    /// n units before (negative) or after the running context ("some days earlier", "two years later"); `n` None when vague.
    /// `aside` when anchored on a following noun ("two weeks before the killing"): a side event, the context stays.
    /// `from_anchor` for "after"/"before" + noun: counted from the last calendar date told, not the context.
    Offset { unit: Unit, n: Option<i32>, sign: i32, aside: bool, from_anchor: bool },
    /// n units before the date line ("three days ago").
    Ago { unit: Unit, n: Option<i32> },
    /// "now", "this time": the time of writing.
    Now,
    /// "then", "at the time", "that day": the running context itself.
    Then,
    /// "afterwards", "later": after the context, by an unknown amount.
    After,
    /// "over the weekend", "last weekend" (`of_context` false: the Saturday and Sunday before the
    /// date line), "that weekend", "the following weekend" (true: the first after the running
    /// day); known to the month when both days fall in one, else to the year.
    Weekend { of_context: bool },
    /// "at first light", "at dawn": the morning after a night told as the last date ("On the
    /// night of November 18, …"); otherwise no date of its own.
    Dawn,
    /// "on the 17th": that day of the running context's month.
    DayOfMonth(u32),
    /// "the last day of the year", "the first day of the month": that day of the running
    /// context's year or month (of the date line's, with no context).
    EdgeOf { unit: Unit, last: bool },
    /// "On the last night of February", "the first day of March": that day of a named month, in
    /// the year a year-less date of the month would take (February 28 or 29 as the year has it).
    EdgeOfMonth { month: u32, last: bool },
    /// "January of last year", "November of the following year", "March of that year": a month
    /// of a year counted from the date line (`of_context` false: "last/this/next year") or from
    /// the running context ("that/the same/the following/the previous year"), shifted by `shift`.
    MonthOf { month: u32, of_context: bool, shift: i32 },
    /// "last August", "this March": the month counted from the date line (from the running
    /// context on a page without one), whatever year the sentence named before it: the last such
    /// month before it (`shift` -1) or the one of its year (0).
    MonthDeictic { month: u32, shift: i32 },
    /// A named holiday ("Over the Eid al-Adha holiday", "during Ramadan", "on the eve of the Feast
    /// of the Cross": `eve`, the day before), in the year written after it or else the year that
    /// puts it nearest the story (as a year-less month); movable holidays to the month only.
    /// `back` counts days before it (1 for the eve; "three days before Eid al-Adha" is 3, and a
    /// day counted from a movable feast is asked for as a day).
    Holiday { holiday: Holiday, back: i32, year: Option<i32> },
    /// A season counted from the date line ("last spring": the last one over before it; "this
    /// summer", "next winter") or from the running context ("that spring", "the following
    /// summer": `of_context`), shifted by `shift`; known to the year only (a winter is the year
    /// of its January). Spring 0, summer 1, autumn 2, winter 3.
    Season { season: u32, of_context: bool, shift: i32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Hours or minutes: "an hour later", "hours earlier", "minutes after" stay on the same day.
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// What an expression says before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeValue {
    /// Calendar fields as written (year may be missing); `upcoming` for "the upcoming October 10".
    Calendar {
        date: PartialDate,
        upcoming: bool,
    },
    /// A range "between May 3 and May 5, 2022".
    Range {
        from: PartialDate,
        to: PartialDate,
    },
    Relative(Relative),
}

/// A temporal expression found in a sentence: byte range (relative to the sentence) and value.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub value: TimeValue,
    /// The weekday written with a calendar date ("Friday, April 14", Monday = 0): it settles
    /// the year of a date written without one.
    pub weekday: Option<u32>,
}

/// A resolved date with its basis and the phrase it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub basis: DateBasis,
    pub text: Option<String>,
}

impl Resolved {
    pub fn to_event_date(&self) -> EventDate {
        EventDate {
            start: self.date.value(),
            end: self.end.map(|e| e.value()),
            precision: self.date.precision(),
            text: self.text.clone(),
            basis: self.basis,
        }
    }
}

struct Word<'a> {
    start: usize,
    end: usize,
    /// Without surrounding punctuation.
    core: &'a str,
    lower: Cow<'a, str>,
}

impl Word<'_> {
    fn lower(&self) -> &str {
        &self.lower
    }
}

/// The words of sentence `s`; `ascii_lower` is `s` with its ASCII letters lowercased (the same
/// byte offsets), which gives an ASCII word its lowercase form without a copy of its own.
fn words<'a>(s: &'a str, ascii_lower: &'a str) -> Vec<Word<'a>> {
    // About one word per five bytes of English: room for most sentences without growing (bounded, for run-on text).
    let mut out = Vec::with_capacity((s.len() / 4 + 1).min(1 << 10));
    let push = |st: usize, en: usize, out: &mut Vec<Word<'a>>| {
        let raw = &s[st..en];
        let bytes = raw.as_bytes();
        // Most words start and end with an ASCII letter or digit: nothing to trim.
        let off = if bytes[0].is_ascii_alphanumeric() {
            0
        } else {
            raw.len() - raw.trim_start_matches(|c: char| !scan::is_alphanumeric(c)).len()
        };
        let trimmed = if bytes[bytes.len() - 1].is_ascii_alphanumeric() {
            &raw[off..]
        } else {
            raw[off..].trim_end_matches(|c: char| !scan::is_alphanumeric(c))
        };
        let core = if trimmed.ends_with('s') {
            trimmed.strip_suffix("’s").or_else(|| trimmed.strip_suffix("'s")).unwrap_or(trimmed)
        } else {
            trimmed
        };
        if core.is_empty() {
            return;
        }
        let (start, end) = (st + off, st + off + core.len());
        let lower = if core.is_ascii() {
            Cow::Borrowed(&ascii_lower[start..end])
        } else {
            Cow::Owned(scan::to_lowercase(core))
        };
        out.push(Word { start, end, core, lower });
    };
    for (st, en) in scan::runs(s, &scan::NON_SPACE_DASH_SLASH) {
        push(st, en, &mut out);
    }
    out
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day_of(w: &str) -> Option<u32> {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !digits.chars().all(|c| c.is_ascii_digit())
        || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Two days written as one span, "3-4" or "11–12" (a night, a two-day meeting): first and last.
fn day_span(w: &str) -> Option<(u32, u32)> {
    let (a, b) = w.split_once('-').or_else(|| w.split_once('\u{2013}'))?;
    day_of(a).zip(day_of(b)).filter(|(a, b)| a < b)
}

/// A day of the month in words: "ninth", "twenty-second", "thirty-first" (lowercase).
fn spelled_day(w: &str) -> Option<u32> {
    let word = |x: &str| ORDINAL_WORDS.iter().position(|o| *o == x).map(|k| k as u32 + 1);
    match w.split_once('-') {
        None if w == "thirtieth" => Some(30),
        None => word(w),
        Some(("twenty", rest)) => word(rest).filter(|&d| d < 10).map(|d| 20 + d),
        Some(("thirty", "first")) => Some(31),
        _ => None,
    }
}

/// Is word `at` a noun that a date names ("July 23 Street", "14 Ramadan Street", "the 14th of July
/// Bridge"), right after it (not "On March 7, Park rangers …")?
fn named_for_a_date(ws: &[Word], sentence: &str, at: usize) -> bool {
    at > 0
        && ws.get(at).is_some_and(|n| {
            sentence.get(ws[at - 1].end..n.start) == Some(" ")
                && matches!(
                    n.core,
                    "Bridge"
                        | "Street"
                        | "Square"
                        | "Avenue"
                        | "Road"
                        | "Hospital"
                        | "Stadium"
                        | "Park"
                        | "Brigade"
                        | "Movement"
                        | "City"
                )
        })
}

/// Days of one month listed from word `at` ("9 and 10", "3, 10 and 17"): each day with its
/// word, rising, and the last word; at least two, and nothing but a year or punctuation after.
fn day_list(ws: &[Word], sentence: &str, at: usize) -> Option<(Vec<(u32, usize)>, usize)> {
    let mut days = vec![(day_of(ws.get(at)?.core)?, at)];
    let mut k = at;
    loop {
        let comma = sentence[ws[k].end..].starts_with(',');
        match ws.get(k + 1) {
            Some(n) if n.lower() == "and" => {
                let d = day_of(ws.get(k + 2)?.core)?;
                days.push((d, k + 2));
                k += 2;
                break;
            }
            Some(n) if comma => {
                days.push((day_of(n.core)?, k + 1));
                k += 1;
            }
            _ => return None,
        }
    }
    let rising = days.windows(2).all(|p| p[0].0 < p[1].0);
    let after = &sentence[ws[k].end..];
    let ends = after.is_empty()
        || after.starts_with([',', '.', ';', ':', ')'])
        || ws.get(k + 1).is_some_and(|n| year_of(n.core).is_some() || n.lower() == "respectively");
    (rising && ends).then_some((days, k))
}

/// "14th", "1st", "22nd", "3rd": a number with an ordinal suffix.
fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty() && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Ordinals in words, "first" to "twentieth" (the count is the index plus one).
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The count an ordinal gives: "first" 1, "second" 2, "10th" 10; to the twentieth in words.
fn ordinal_count(w: &str) -> Option<i32> {
    if let Some(k) = ORDINAL_WORDS.iter().position(|o| *o == w) {
        return Some(k as i32 + 1);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (is_ordinal(w) && digits.len() <= 3).then(|| digits.parse().ok()).flatten().filter(|n| *n > 0)
}

/// An anniversary at word `at` ("anniversary"): its first word (a determiner or a possessive
/// before the count: "its first anniversary", "the treaty's second anniversary", "the
/// anniversary") and its count of years, if told. None without such a lead ("an anniversary").
fn anniversary_head(sentence: &str, ws: &[Word], at: usize) -> Option<(usize, Option<i32>)> {
    let (mut first, years) = match at.checked_sub(1).and_then(|k| ordinal_count(ws[k].lower())) {
        Some(n) => (at - 1, Some(n)),
        None => (at, None),
    };
    let lead = ws.get(first.checked_sub(1)?)?;
    let possessive = sentence[lead.end..].starts_with("'s") || sentence[lead.end..].starts_with("\u{2019}s");
    if !(possessive || matches!(lead.lower(), "its" | "the" | "their" | "his" | "her" | "this" | "that")) {
        return None;
    }
    first -= 1;
    Some((first, years))
}

/// Does `rest` (what follows an offset) open by naming an anniversary ("the anniversary", "its
/// fourth anniversary", "the protest's anniversary")?
fn names_anniversary(rest: &str) -> bool {
    let mut ws = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    let Some(first) = ws.next() else { return false };
    let lead = matches!(first.to_ascii_lowercase().as_str(), "the" | "its" | "their" | "his" | "her" | "this" | "that")
        || first.ends_with("'s");
    let second = ws.next().unwrap_or("").to_ascii_lowercase();
    let head = if ordinal_count(&second).is_some() { ws.next().unwrap_or("").to_ascii_lowercase() } else { second };
    lead && head == "anniversary"
}

/// The lowercase form of an optional word ("" when there is none).
fn n_lower<'a>(w: Option<&'a Word>) -> &'a str {
    w.map_or("", |w| w.lower())
}

/// Nouns an ordinal counts rather than dates: "the 17th century", "the 3rd round".
const ORDINAL_NOUNS: &[&str] = &[
    "century",
    "anniversary",
    "round",
    "floor",
    "time",
    "day",
    "week",
    "month",
    "year",
    "session",
    "congress",
    "parliament",
    "term",
    "attempt",
    "division",
    "brigade",
    "regiment",
    "battalion",
    "corps",
    "army",
    "fleet",
    "district",
    "street",
    "place",
    "largest",
    "most",
    "consecutive",
    "straight",
];

fn quantity(w: &str) -> Option<Option<i32>> {
    Some(match w {
        "a" | "an" => Some(1),
        "some" | "several" | "few" | "many" | "only" | "just" | "mere" => None,
        _ => return w.parse::<i32>().ok().filter(|n| (1..=100).contains(n)).or_else(|| number_word(w)).map(Some),
    })
}

/// A number written in words, to ninety-nine: "six", "twelve", "forty-eight", "twenty four".
pub(crate) fn number_word(w: &str) -> Option<i32> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    // The first bytes of the words above: most words are turned away by their first byte.
    const FIRST_BYTES: [bool; 256] = {
        let mut t = [false; 256];
        let mut k = 0;
        while k < UNITS.len() + TENS.len() {
            let word = if k < UNITS.len() { UNITS[k] } else { TENS[k - UNITS.len()] };
            t[word.as_bytes()[0] as usize] = true;
            k += 1;
        }
        t
    };
    if !w.as_bytes().first().is_some_and(|&b| FIRST_BYTES[usize::from(b)]) {
        return None;
    }
    let unit = |x: &str| UNITS.iter().position(|u| *u == x).map(|n| n as i32);
    let tens = |x: &str| TENS.iter().position(|t| *t == x).map(|n| 20 + 10 * n as i32);
    // (`split_once('-')` on a short word, without a searcher's set-up.)
    match w.bytes().position(|b| b == b'-').map(|k| (&w[..k], &w[k + 1..])) {
        Some((t, u)) => Some(tens(t)? + unit(u).filter(|n| (1..=9).contains(n))?),
        None => unit(w).filter(|n| *n > 0).or_else(|| tens(w)),
    }
}

pub(crate) fn unit_of(w: &str) -> Option<Unit> {
    Some(match w {
        "hour" | "hours" | "minute" | "minutes" => Unit::Hour,
        "day" | "days" | "night" | "nights" => Unit::Day,
        "week" | "weeks" | "fortnight" | "fortnights" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

/// Words after a 4-digit number that make it a count, not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "troops",
    "fighters",
    "men",
    "members",
    "soldiers",
    "km",
    "kilometers",
    "meters",
    "dollars",
    "families",
    "rockets",
    "militiamen",
    "votes",
    "tons",
];

/// The lowercase words a temporal expression can start with (besides capitalised words and numbers).
static LEAD_WORDS: LazyLock<scan::WordSet> = LazyLock::new(|| {
    [
        "this",
        "last",
        "next",
        "past",
        "today",
        "tonight",
        "yesterday",
        "now",
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "ten",
        "some",
        "several",
        "few",
        "many",
        "only",
        "just",
        "mere",
        "hours",
        "minutes",
        "days",
        "weeks",
        "months",
        "years",
        "the",
        "then",
        "at",
        "that",
        "afterwards",
        "afterward",
        "subsequently",
        "eventually",
        "later",
        "earlier",
        "within",
        "late",
        "early",
        "anniversary",
    ]
    .into_iter()
    .collect()
});

/// A wire story's dateline opening a paragraph ("BAGHDAD, March 3 (Reuters) – …", after any
/// site name a repost puts before it): where it is in the paragraph, and its month and day. News
/// counts its weekdays and "last week" from the day it is filed, which a repost's date line may
/// not be.
pub fn wire_dateline(paragraph: &str) -> Option<(usize, usize, u32, u32)> {
    let head = &paragraph[..paragraph.floor_char_boundary(160)];
    let e = tag(head).into_iter().next()?;
    let TimeValue::Calendar { date: PartialDate { year: None, month: Some(m), day: Some(d) }, .. } = e.value else {
        return None;
    };
    // The place in capitals before it: "ADDIS ABABA, ".
    let place = head[..e.start].strip_suffix(", ")?.rsplit(|c: char| !c.is_alphabetic() && c != '\'').next()?;
    let capitals = place.chars().count() >= 3 && place.chars().all(char::is_uppercase);
    // A dash after it, past the agency's name in brackets: "(Reuters) – ".
    let after = head[e.end..].trim_start();
    let after = match after.strip_prefix('(') {
        Some(agency) => agency.split_once(')').map_or("", |(_, rest)| rest).trim_start(),
        None => after,
    };
    let dash = after.starts_with(['–', '—', '-']);
    (capitals && dash).then_some((e.start, e.end, m, d))
}

/// The latest year the text writes in a full date ("May 31, 2090", "31 May 2090") that is not
/// set ahead ("elections due on October 10, 2092"): with no date line, the nearest thing to the
/// year the article stands in, which "this year" names.
pub fn latest_written_year(text: &str) -> Option<i32> {
    let words: Vec<&str> =
        text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric())).collect();
    let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
    (2..words.len())
        .filter_map(|i| {
            let y = (words[i].len() == 4).then(|| words[i].parse::<i32>().ok()).flatten()?;
            let (a, b) = (words[i - 2], words[i - 1]);
            let month_at = match (calendar::month_number(a).is_some() && is_day(b), is_day(a)) {
                (true, _) => i - 2,
                (false, true) if calendar::month_number(b).is_some() => i - 2,
                _ => return None,
            };
            // (Not "It was not until May 31, 2090, that …": the day it happened.)
            let lead = &words[month_at.saturating_sub(3)..month_at];
            let ahead = lead.iter().enumerate().any(|(k, w)| {
                let w = w.to_ascii_lowercase();
                matches!(w.as_str(), "due" | "scheduled" | "set" | "planned" | "by" | "before" | "expires" | "next")
                    || (w == "until" && !(k > 0 && lead[k - 1].eq_ignore_ascii_case("not")))
            });
            ((1900..=2199).contains(&y) && !ahead).then_some(y)
        })
        .max()
}

/// Find the temporal expressions of one sentence, in order.
pub fn tag(sentence: &str) -> Vec<TimeExpr> {
    tag_lowered(sentence, &sentence.to_ascii_lowercase())
}

/// Is the word at byte `at` of `sentence` the month "May" of a temporal expression ("In May,
/// police arrested …", "On 16 May gunmen killed …") rather than the modal? For the cancel tests
/// of the event triggers, which must not read the month as hedging.
pub fn month_may_at(sentence: &str, at: usize) -> bool {
    sentence.get(at..).is_some_and(|r| r.starts_with("May"))
        && tag(sentence).iter().any(|e| e.start <= at && at < e.end)
}

/// What every temporal expression holds besides a digit, lowercase: a month's first three letters
/// or a unit, time or sequence word ("day" also for weekdays, "today" and "yesterday", "after" also
/// for "afterwards" and "afternoon").
const EXPRESSION_KEYS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "night",
    "hour",
    "minute",
    "week",
    "month",
    "year",
    "time",
    "now",
    "then",
    "after",
    "later",
    "subsequently",
    "eventually",
    "evening",
    "morning",
    "dawn",
    "light",
    "anniversar",
];

/// What a holiday or a season holds, lowercase.
const HOLIDAY_KEYS: &[&str] = &[
    "eid",
    "ramadan",
    "ramazan",
    "muharram",
    "ashura",
    "ashoura",
    "nowruz",
    "newroz",
    "norouz",
    "nawruz",
    "christmas",
    "feast",
    "new year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// What a day of the month in words holds after its "the" ("on the twelfth", "the twenty-second
/// of April", "the thirteenth"), lowercase.
const SPELLED_DAY_KEYS: &[&str] = &[
    "the first",
    "the second",
    "the third",
    "the fourth",
    "the fifth",
    "the sixth",
    "the seventh",
    "the eighth",
    "the ninth",
    "the tenth",
    "the eleventh",
    "the twelfth",
    "teenth",
    "the twent",
    "the thirt",
];

/// [`EXPRESSION_KEYS`], [`HOLIDAY_KEYS`] and [`SPELLED_DAY_KEYS`] as one set of substrings (asked in one pass), built once on first use.
static EXPRESSION_KEY_SET: LazyLock<scan::Substrings> =
    LazyLock::new(|| scan::Substrings::new(&[EXPRESSION_KEYS, HOLIDAY_KEYS, SPELLED_DAY_KEYS].concat()));

/// The year after a month's "of": "last year" / "this year" / "next year" (from the date line),
/// "that year" / "the same year" / "the following year" / "the next year" / "the previous year"
/// (from the running context). Returns (counted from the context, shift, index of "year").
fn month_of_year(ws: &[Word], at: usize) -> Option<(bool, i32, usize)> {
    let w = |k: usize| n_lower(ws.get(k));
    match (w(at), w(at + 1), w(at + 2)) {
        ("last", "year", _) => Some((false, -1, at + 1)),
        ("this", "year", _) => Some((false, 0, at + 1)),
        ("next", "year", _) => Some((false, 1, at + 1)),
        ("that", "year", _) => Some((true, 0, at + 1)),
        ("the", "same", "year") => Some((true, 0, at + 2)),
        ("the", "following" | "next", "year") => Some((true, 1, at + 2)),
        ("the", "previous" | "preceding", "year") => Some((true, -1, at + 2)),
        _ => None,
    }
}

/// Is the clause before byte `at` told in the pluperfect ("The case had been filed in January")?
/// A "had" among the words since the last clause break.
fn pluperfect_before(sentence: &str, at: usize) -> bool {
    let head = sentence.get(..at).unwrap_or("");
    let (cut, clause) = last_clause(head);
    // ("had been warned once before, in the spring of 2044, when …": the date is the adjunct of
    // the pluperfect clause before its comma.)
    let adjunct = || {
        let mut ws = clause.split_whitespace();
        matches!(ws.next(), Some("in" | "on" | "during" | "back")) && ws.count() <= 4
    };
    says_had(clause)
        || cut.is_some_and(|p| head.as_bytes()[p] == b',' && adjunct() && says_had(last_clause(&head[..p]).1))
}

/// The text after the last ',', ';' or ':' of `s` (found with memrchr3), and where that break is.
fn last_clause(s: &str) -> (Option<usize>, &str) {
    let cut = memchr::memrchr3(b',', b';', b':', s.as_bytes());
    (cut, cut.map_or(s, |p| &s[p + 1..]))
}

/// Does the clause hold a "had" (or "hadn't")?
fn says_had(clause: &str) -> bool {
    clause.split_whitespace().any(|w| w.eq_ignore_ascii_case("had") || w.eq_ignore_ascii_case("hadn't"))
}

/// Is the clause after byte `at` told in the pluperfect ("two days earlier he had condemned …",
/// "Ten days earlier, he had filed …")?
/// A "had" among the words up to the next clause break.
fn pluperfect_after(sentence: &str, at: usize) -> bool {
    // (Past the comma of an opener: "Ten days earlier, Nikravesh had filed a complaint".)
    let tail = sentence.get(at..).unwrap_or("").trim_start_matches([',', ' ']);
    says_had(memchr::memchr3(b',', b';', b':', tail.as_bytes()).map_or(tail, |p| &tail[..p]))
}

/// Where the "had" of a sentence's main clause is, if it is told in the pluperfect (a "had" before
/// the first ';' that no relative pronoun just before introduces).
fn main_pluperfect(sentence: &str) -> Option<usize> {
    let main = sentence.split(';').next().unwrap_or(sentence);
    let mut recent: [&str; 3] = [""; 3];
    for (at, w) in main.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w)) {
        if w.eq_ignore_ascii_case("had")
            && !recent.iter().any(|b| {
                matches!(b.trim_matches(',').to_ascii_lowercase().as_str(), "who" | "which" | "that" | "whom" | "whose")
            })
        {
            return Some(at);
        }
        recent = [recent[1], recent[2], w];
    }
    None
}

/// Is the expression at `at` one of the times that open a step back told in the pluperfect:
/// "in mid-September" in "Three weeks earlier, in mid-September, a quarrel had ended …"?
fn in_pluperfect_step_back(sentence: &str, at: usize) -> bool {
    let opener = sentence.split(',').next().unwrap_or("").to_ascii_lowercase();
    // ("Two weeks before the Kafr Sousa strike, on February 13, a drone had hit …": counted back
    // from an event the opener names.)
    let counted_back_from_event = opener.contains(" before ")
        && opener.split_whitespace().next().is_some_and(|w| quantity(w).is_some() || unit_of(w).is_some());
    (opener.ends_with(" earlier") || opener.ends_with(" before") || counted_back_from_event)
        && main_pluperfect(sentence).is_some_and(|had| at < had)
}

/// Could the sentence hold a temporal expression? No when it has no digit and none of
/// [`EXPRESSION_KEYS`], and no character but ASCII and General Punctuation (curly quotes, dashes:
/// no case), whose lowercase could spell one otherwise (the Kelvin sign lowercases to "k").
fn may_hold_expression(sentence: &str, ascii_lower: &str) -> bool {
    let bytes = ascii_lower.as_bytes();
    bytes.iter().any(u8::is_ascii_digit)
        || (!sentence.is_ascii() && !sentence.chars().all(|c| c.is_ascii() || ('\u{2000}'..='\u{206F}').contains(&c)))
        || EXPRESSION_KEY_SET.any_in(bytes)
}

/// [`tag`], given the sentence with its ASCII letters lowercased (`str::to_ascii_lowercase`).
pub(crate) fn tag_lowered(sentence: &str, ascii_lower: &str) -> Vec<TimeExpr> {
    if !may_hold_expression(sentence, ascii_lower) {
        return Vec::new();
    }
    tag_words(sentence, ascii_lower)
}

/// The holiday named at word `j` ("Eid al-Adha", "Ramadan", "the Feast of the Cross" from
/// "Feast", "New Year's Day"), the index of its last word, and whether a following "Eve" names
/// the day before ("Christmas Eve", "New Year's Eve").
fn holiday_at(ws: &[Word], j: usize) -> Option<(Holiday, usize, bool)> {
    let w = ws.get(j)?;
    let (h, last) = match w.core {
        "Feast" => {
            let cross =
                n_lower(ws.get(j + 1)) == "of" && n_lower(ws.get(j + 2)) == "the" && ws.get(j + 3)?.core == "Cross";
            cross.then_some((Holiday::FeastOfTheCross, j + 3))?
        }
        "New" => {
            let year = ws.get(j + 1)?.core;
            let day_or_eve = matches!(ws.get(j + 2).map(|n| n.core), Some("Day" | "Eve"));
            (matches!(year, "Year's" | "Year\u{2019}s" | "Year") && day_or_eve).then_some((Holiday::NewYear, j + 1))?
        }
        _ => {
            let (h, n) = holiday_name(w.core, ws.get(j + 1).map_or("", |n| n.core))?;
            (h, j + n - 1)
        }
    };
    match ws.get(last + 1).map(|n| n.core) {
        Some("Eve") if matches!(h, Holiday::NewYear | Holiday::Christmas) => Some((h, last + 1, true)),
        Some("Day") if matches!(h, Holiday::NewYear | Holiday::Christmas) => Some((h, last + 1, false)),
        _ => Some((h, last, false)),
    }
}

fn season_of(w: &str) -> Option<u32> {
    Some(match w {
        "spring" => 0,
        "summer" => 1,
        "autumn" | "fall" => 2,
        "winter" => 3,
        _ => return None,
    })
}

/// [`tag_lowered`] without the quick test.
fn tag_words(sentence: &str, ascii_lower: &str) -> Vec<TimeExpr> {
    let ws = words(sentence, ascii_lower);
    let mut out: Vec<TimeExpr> = Vec::new();
    let mut i = 0;
    let capitalised = |w: &Word| w.core.chars().next().is_some_and(char::is_uppercase);
    while i < ws.len() {
        let w = &ws[i];
        // "mid-January": the month, told with less than a month's precision (kept as the month).
        let month_core = w.core.strip_prefix("mid-").or_else(|| w.core.strip_prefix("Mid-")).unwrap_or(w.core);
        let month_capitalised = month_core.chars().next().is_some_and(char::is_uppercase);
        if !w.core.starts_with(|c: char| c.is_ascii_digit())
            && !LEAD_WORDS.contains(w.lower())
            && number_word(w.lower()).is_none()
            && (i == 0 || ws[i - 1].lower() != "the" || spelled_day(w.lower()).is_none())
            && (!month_capitalised || month_number(month_core).is_none())
            && (!capitalised(w) || weekday_number(w.core).is_none())
            && (!capitalised(w) || holiday_at(&ws, i).is_none())
        {
            // Nothing below starts at a word that is not a number, one of the lead words, or a
            // capitalised month or weekday.
            i += 1;
            continue;
        }
        let next = ws.get(i + 1);
        let next2 = ws.get(i + 2);
        let prev = if i > 0 { ws[i - 1].lower() } else { "" };
        let upcoming = matches!(prev, "upcoming" | "next" | "coming")
            || (i > 1 && matches!(ws[i - 2].lower(), "upcoming" | "coming"));
        let push = |end_word: usize, value: TimeValue, out: &mut Vec<TimeExpr>| {
            out.push(TimeExpr { start: w.start, end: ws[end_word].end, value, weekday: None });
        };
        // "Over the Eid al-Adha holiday", "during Ramadan 2023", "on the eve of the Feast of the
        // Cross": a holiday; not a name ("the Christmas Island", "Ashura Street").
        let eve = w.lower() == "the" && n_lower(next) == "eve" && n_lower(next2) == "of";
        let holiday_from = if eve { i + 3 + usize::from(n_lower(ws.get(i + 3)) == "the") } else { i };
        if let Some((holiday, last, named_eve)) = holiday_at(&ws, holiday_from)
            .filter(|&(_, last, _)| {
                // ("On Easter Monday, Yousif …": a comma ends the holiday's name.)
                ws.get(last + 1).is_none_or(|n| !capitalised(n) || year_of(n.core).is_some())
                    || sentence[ws[last].end..].starts_with(',')
            })
            .filter(|_| {
                // "Tariq Ramadan" is a name; "During Ramadan" opens a sentence.
                holiday_from == 0
                    || eve
                    || !capitalised(&ws[holiday_from - 1])
                    || matches!(
                        ws[holiday_from - 1].lower(),
                        "during" | "over" | "in" | "on" | "before" | "after" | "since" | "until" | "by" | "the" | "for"
                    )
            })
        {
            let year = ws.get(last + 1).and_then(|n| year_of(n.core));
            let last = if year.is_some() { last + 1 } else { last };
            let eve = eve || named_eve;
            push(last, TimeValue::Relative(Relative::Holiday { holiday, back: i32::from(eve), year }), &mut out);
            i = last + 1;
            continue;
        }
        // "on the eve of the vote", "the day after the fire", "the same night as the fire": a day
        // counted from an event the text names (the events layer finds its date).
        if w.lower() == "the" {
            let step = match (n_lower(next), n_lower(next2), n_lower(ws.get(i + 3))) {
                ("eve", "of", "the") => Some((1, -1, i + 2)),
                ("day" | "night" | "morning", "after", "the") => Some((1, 1, i + 2)),
                ("day" | "night" | "morning", "before", "the") => Some((1, -1, i + 2)),
                // "The day before he was killed": counted from the clause's event, the last day told.
                ("day" | "night" | "morning", "before" | "after", "he" | "she" | "they" | "it") => {
                    Some((1, if n_lower(next2) == "before" { -1 } else { 1 }, i + 2))
                }
                ("same", "day" | "night", "as") if n_lower(ws.get(i + 4)) == "the" => Some((0, 1, i + 3)),
                // "On the second day of the strike": counted from the strike's first.
                (nth, "day" | "night", "of")
                    if n_lower(ws.get(i + 4)) == "the"
                        && !matches!(
                            n_lower(ws.get(i + 5)),
                            "month" | "year" | "week" | "war" | "holiday" | "holidays"
                        ) =>
                {
                    ordinal_count(nth).filter(|&k| (2..=10).contains(&k)).map(|k| (k - 1, 1, i + 3))
                }
                _ => None,
            };
            // "On the second night, soldiers detained …": the night after the one the story
            // stands at (a day counted on from it, as "a day later").
            let nth_of_story = matches!(n_lower(next2), "day" | "night")
                && prev == "on"
                && n_lower(ws.get(i + 3)) != "of"
                && sentence.get(ws[i + 2].end..).is_some_and(|r| r.starts_with(','));
            if let Some(k) = ordinal_count(n_lower(next)).filter(|&k| nth_of_story && (2..=10).contains(&k)) {
                let offset =
                    Relative::Offset { unit: Unit::Day, n: Some(k - 1), sign: 1, aside: false, from_anchor: false };
                push(i + 2, TimeValue::Relative(offset), &mut out);
                i += 3;
                continue;
            }
            // "On September 14, the day after an Israeli missile killed Haj Ali, …": a day counted
            // from an act told only here, which the date before it dates (see the counted-back
            // offsets of `tag`), or else one on from the last date told.
            let untold = matches!(
                (n_lower(next), n_lower(next2), n_lower(ws.get(i + 3))),
                ("day" | "night" | "morning", "after" | "before", "a" | "an")
            ) && out
                .last()
                .is_some_and(|p: &TimeExpr| sentence.get(p.end..w.start).is_some_and(|g| g.trim() == ","));
            if untold {
                let sign = if n_lower(next2) == "before" { -1 } else { 1 };
                let offset = Relative::Offset { unit: Unit::Day, n: Some(1), sign, aside: false, from_anchor: true };
                push(i + 2, TimeValue::Relative(offset), &mut out);
                i += 3;
                continue;
            }
            if let Some((n, sign, last)) = step {
                let offset = Relative::Offset { unit: Unit::Day, n: Some(n), sign, aside: true, from_anchor: true };
                push(last, TimeValue::Relative(offset), &mut out);
                i = last + 1;
                continue;
            }
        }
        // "Last spring", "that summer", "the following winter": a season.
        {
            let l = w.lower();
            let (shift_at, of_context, shift) = match (l, n_lower(next)) {
                ("last", _) => (i + 1, false, -1),
                ("this", _) => (i + 1, false, 0),
                ("next", _) => (i + 1, false, 1),
                ("that", _) => (i + 1, true, 0),
                ("the", "same") => (i + 2, true, 0),
                ("the", "following") => (i + 2, true, 1),
                ("the", "previous" | "preceding") => (i + 2, true, -1),
                _ => (usize::MAX, false, 0),
            };
            if let Some(season) = ws.get(shift_at).and_then(|n| season_of(n.lower())) {
                push(shift_at, TimeValue::Relative(Relative::Season { season, of_context, shift }), &mut out);
                i = shift_at + 1;
                continue;
            }
        }
        // "two Fridays ago": the Friday before last.
        if matches!(w.lower(), "two" | "2") && n_lower(next2) == "ago" {
            let wd = next.filter(|n| capitalised(n)).and_then(|n| n.core.strip_suffix('s')).and_then(weekday_number);
            if let Some(wd) = wd {
                push(i + 2, TimeValue::Relative(Relative::WeekdayBeforeLast(wd)), &mut out);
                i += 3;
                continue;
            }
        }
        // "On the last Sunday of March", "the second Friday in May 2024": a weekday of a named month.
        if w.lower() == "the" {
            // (The first to the fourth, in words.)
            let nth = match n_lower(next) {
                "last" => Some(-1),
                w => ordinal_count(w).filter(|n| (1..=4).contains(n) && !is_ordinal(w)),
            };
            let wd = next2.filter(|n| capitalised(n)).and_then(|n| weekday_number(n.core));
            let month = ws
                .get(i + 4)
                .filter(|m| capitalised(m) && matches!(n_lower(ws.get(i + 3)), "of" | "in"))
                .and_then(|m| month_number(m.core));
            if let (Some(nth), Some(wd), Some(month)) = (nth, wd, month) {
                let year = ws.get(i + 5).and_then(|y| year_of(y.core));
                let value = match year {
                    Some(y) => {
                        let day = calendar::nth_weekday_of_month(y, month, wd, nth);
                        let date = match day {
                            Some(d) => PartialDate::ymd(y, month, d),
                            None => PartialDate::ym(y, month),
                        };
                        TimeValue::Calendar { date, upcoming }
                    }
                    None => TimeValue::Relative(Relative::WeekdayOfMonth { wd, nth, month }),
                };
                let end = if year.is_some() { i + 5 } else { i + 4 };
                push(end, value, &mut out);
                i = end + 1;
                continue;
            }
            // "On the first Monday of 2095": the year's first such weekday falls in January (its
            // fourth too), its last in December.
            let year =
                ws.get(i + 4).filter(|_| matches!(n_lower(ws.get(i + 3)), "of" | "in")).and_then(|y| year_of(y.core));
            if let (Some(nth), Some(wd), Some(y)) = (nth, wd, year) {
                let month = if nth < 0 { 12 } else { 1 };
                if let Some(d) = calendar::nth_weekday_of_month(y, month, wd, nth) {
                    push(i + 4, TimeValue::Calendar { date: PartialDate::ymd(y, month, d), upcoming }, &mut out);
                    i += 5;
                    continue;
                }
            }
            // "The Friday before last": a week before last Friday.
            let before_last = n_lower(next2) == "before" && n_lower(ws.get(i + 3)) == "last";
            if let Some(wd) = next.filter(|n| before_last && capitalised(n)).and_then(|n| weekday_number(n.core)) {
                push(i + 3, TimeValue::Relative(Relative::WeekdayBeforeLast(wd)), &mut out);
                i += 4;
                continue;
            }
        }
        // "On its first anniversary, March 13", "the second anniversary of the 2024 ceasefire".
        if w.lower() == "anniversary" {
            let head = anniversary_head(sentence, &ws, i)
                .filter(|&(first, _)| out.last().is_none_or(|e| e.end <= ws[first].start));
            if let Some((first, years)) = head {
                // The "of" phrase, to its comma: a year written in it is the referent's.
                let mut last = i;
                let mut of_year = None;
                if n_lower(next) == "of" {
                    for k in i + 2..ws.len().min(i + 8) {
                        if let Some(y) = year_of(ws[k].core) {
                            of_year = Some(y);
                            last = k;
                        }
                        if sentence[ws[k].end..].starts_with(',') {
                            // (The phrase ends at its comma; a day may be written after it.)
                            last = k;
                            break;
                        }
                    }
                }
                // The day written beside it: ", March 13".
                let beside = ws.get(last + 1).filter(|_| sentence[ws[last].end..].starts_with(','));
                let beside_month = beside.filter(|m| capitalised(m)).and_then(|m| month_number(m.core));
                let beside_day = ws.get(last + 2).and_then(|d| day_of(d.core));
                let beside_year = ws.get(last + 3).and_then(|y| year_of(y.core));
                if beside_month.is_some() && beside_day.is_some() && beside_year.is_some() {
                    // The full date is told: it is the date.
                    i = last + 1;
                    continue;
                }
                let (month, day, end) = match (beside_month, beside_day) {
                    (Some(m), Some(d)) if d <= days_in_month(2000, m) => (Some(m), Some(d), last + 2),
                    _ => (None, None, last),
                };
                let value = TimeValue::Relative(Relative::Anniversary { years, of_year, month, day });
                out.push(TimeExpr { start: ws[first].start, end: ws[end].end, value, weekday: None });
                i = end + 1;
                continue;
            }
        }
        // Month-led forms.
        if let Some(m) = month_capitalised.then(|| month_number(month_core)).flatten().filter(|_| {
            month_core.len() > 3
                || month_core == "May"
                || next.is_some_and(|n| day_of(n.core).is_some() || year_of(n.core).is_some())
        }) {
            // "July 23 Street", "the October 6 Bridge": a name, not a date.
            if next.is_some_and(|n| day_of(n.core).is_some()) && named_for_a_date(&ws, sentence, i + 2) {
                i += 3;
                continue;
            }
            // "on the night of April 3-4": a span of days.
            if let Some((d1, d2)) = next.and_then(|n| day_span(n.core)).filter(|&(_, d2)| d2 <= days_in_month(2000, m))
            {
                let year = ws.get(i + 2).and_then(|n| year_of(n.core));
                let date = |d: u32| PartialDate { year, month: Some(m), day: Some(d) };
                let end = if year.is_some() { i + 2 } else { i + 1 };
                push(end, TimeValue::Range { from: date(d1), to: date(d2) }, &mut out);
                i = end + 1;
                continue;
            }
            if let Some(d) = next.and_then(|n| day_of(n.core)) {
                // "March 9 and 10, 2086" (two days running: one span), "February 3, 10 and 17"
                // (each day its own date), the year, if any, after the last.
                // (Not "between March 3 and 7": a range, read below.)
                let listed = if matches!(prev, "between" | "from") { None } else { day_list(&ws, sentence, i + 1) };
                let year_after = |last: usize| ws.get(last + 1).and_then(|n| year_of(n.core));
                if let Some((days, last)) = listed.filter(|(days, last)| {
                    days.iter().all(|&(d, _)| d <= days_in_month(year_after(*last).unwrap_or(2000), m))
                }) {
                    let year = year_after(last);
                    let end_word = if year.is_some() { last + 1 } else { last };
                    let date = |(d, _): (u32, usize)| PartialDate { year, month: Some(m), day: Some(d) };
                    if days.len() == 2 && days[1].0 == days[0].0 + 1 {
                        let value = TimeValue::Range { from: date(days[0]), to: date(days[1]) };
                        push(end_word, value, &mut out);
                    } else {
                        for (k, &(d, at)) in days.iter().enumerate() {
                            let start = if k == 0 { w.start } else { ws[at].start };
                            let end = if k + 1 == days.len() { ws[end_word].end } else { ws[at].end };
                            let value = TimeValue::Calendar { date: date((d, at)), upcoming };
                            out.push(TimeExpr { start, end, value, weekday: None });
                        }
                    }
                    i = end_word + 1;
                    continue;
                }
                // Month D[–D][,] YYYY
                if let Some(y) = next2.and_then(|n| year_of(n.core)) {
                    if valid_ymd(y, m, d) {
                        push(i + 2, TimeValue::Calendar { date: PartialDate::ymd(y, m, d), upcoming }, &mut out);
                        i += 3;
                        continue;
                    }
                }
                if d <= days_in_month(2000, m) {
                    push(
                        i + 1,
                        TimeValue::Calendar {
                            date: PartialDate { year: None, month: Some(m), day: Some(d) },
                            upcoming,
                        },
                        &mut out,
                    );
                    i += 2;
                    continue;
                }
            }
            if let Some(y) = next.and_then(|n| year_of(n.core)) {
                push(i + 1, TimeValue::Calendar { date: PartialDate::ym(y, m), upcoming }, &mut out);
                i += 2;
                continue;
            }
            if next.is_some_and(|n| n.lower == "of") {
                if let Some(y) = next2.and_then(|n| year_of(n.core)) {
                    push(i + 2, TimeValue::Calendar { date: PartialDate::ym(y, m), upcoming }, &mut out);
                    i += 3;
                    continue;
                }
                if let Some((of_context, shift, last)) = month_of_year(&ws, i + 2) {
                    push(last, TimeValue::Relative(Relative::MonthOf { month: m, of_context, shift }), &mut out);
                    i = last + 1;
                    continue;
                }
            }
            let lead = matches!(
                prev,
                "in" | "that"
                    | "this"
                    | "last"
                    | "early"
                    | "late"
                    | "mid"
                    | "since"
                    | "by"
                    | "until"
                    | "during"
                    | "of"
                    | "next"
                    | "from"
                    | "through"
            );
            // "last August", "this March": counted from the date line ("the last August" is not).
            if matches!(prev, "last" | "this") && (i < 2 || ws[i - 2].lower() != "the") && month_core == w.core {
                let shift = if prev == "last" { -1 } else { 0 };
                let value = TimeValue::Relative(Relative::MonthDeictic { month: m, shift });
                out.push(TimeExpr { start: ws[i - 1].start, end: w.end, value, weekday: None });
                i += 1;
                continue;
            }
            // "in May", "since May", "until May": after a preposition of time "May" is the month,
            // never the modal (which needs a subject before it); "May could bring …" is not.
            if lead || month_core != w.core || matches!(prev, "that" | "last" | "this" | "early" | "late" | "mid") {
                push(
                    i,
                    TimeValue::Calendar { date: PartialDate { year: None, month: Some(m), day: None }, upcoming },
                    &mut out,
                );
                i += 1;
                continue;
            }
        }
        // D Month [YYYY], and the ordinal "14th of May [2022]".
        let month_at =
            |j: usize| ws.get(j).filter(|n| capitalised(n) && n.core.len() > 2).and_then(|n| month_number(n.core));
        // "on the twenty-second of April", "late on the twelfth": a day in words, after "the".
        let spelled = if prev == "the" { spelled_day(w.lower()) } else { None };
        let ordinal = is_ordinal(w.core) || spelled.is_some();
        // "between 23 and 27 March [2022]", "from 3 to 5 May": a range of days of one month.
        if matches!(prev, "between" | "from") && matches!(n_lower(next), "and" | "to") {
            let days = day_of(w.core).zip(next2.and_then(|n| day_of(n.core)));
            if let Some(((d1, d2), m)) = days.zip(month_at(i + 3)).filter(|((d1, d2), _)| d1 < d2) {
                let y = ws.get(i + 4).and_then(|n| year_of(n.core));
                let last = if y.is_some() { i + 4 } else { i + 3 };
                if d2 <= days_in_month(y.unwrap_or(2000), m) {
                    let (from, to) = (
                        PartialDate { year: y, month: Some(m), day: Some(d1) },
                        PartialDate { year: y, month: Some(m), day: Some(d2) },
                    );
                    push(last, TimeValue::Range { from, to }, &mut out);
                    i = last + 1;
                    continue;
                }
            }
        }
        // "on the night of 3-4 April [2083]".
        if let Some(((d1, d2), m)) =
            day_span(w.core).zip(month_at(i + 1)).filter(|((_, d2), m)| *d2 <= days_in_month(2000, *m))
        {
            let y = ws.get(i + 2).and_then(|n| year_of(n.core));
            let last = if y.is_some() { i + 2 } else { i + 1 };
            let date = |d: u32| PartialDate { year: y, month: Some(m), day: Some(d) };
            push(last, TimeValue::Range { from: date(d1), to: date(d2) }, &mut out);
            i = last + 1;
            continue;
        }
        let day_month = match spelled {
            Some(d) => (n_lower(next) == "of").then(|| month_at(i + 2).map(|m| (d, m, i + 2))).flatten(),
            None => day_of(w.core).and_then(|d| {
                month_at(i + 1).map(|m| (d, m, i + 1)).or_else(|| {
                    (ordinal && n_lower(next) == "of").then(|| month_at(i + 2).map(|m| (d, m, i + 2))).flatten()
                })
            }),
        };
        // "the 14th of July Bridge", "14 Ramadan Street": a name, not a date.
        let named_after = |month_word: usize| named_for_a_date(&ws, sentence, month_word + 1);
        if let Some((_, _, month_word)) = day_month.filter(|&(_, _, mw)| named_after(mw)) {
            i = month_word + 2;
            continue;
        }
        if let Some((d, m, month_word)) = day_month {
            if let Some(y) = ws.get(month_word + 1).and_then(|n| year_of(n.core)) {
                if valid_ymd(y, m, d) {
                    push(month_word + 1, TimeValue::Calendar { date: PartialDate::ymd(y, m, d), upcoming }, &mut out);
                    i = month_word + 2;
                    continue;
                }
            }
            if d <= days_in_month(2000, m) && !sentence[w.end..].starts_with(['.', ':']) {
                push(
                    month_word,
                    TimeValue::Calendar { date: PartialDate { year: None, month: Some(m), day: Some(d) }, upcoming },
                    &mut out,
                );
                i = month_word + 1;
                continue;
            }
        }
        // "on the 17th": a day of the month being told. Not "the 17th century" or "the 17th Division".
        if let Some(d) = day_of(w.core).or(spelled).filter(|_| ordinal && prev == "the") {
            let noun_follows = next.is_some_and(|n| capitalised(n) || ORDINAL_NOUNS.contains(&n.lower()));
            // In words, only "on the twelfth" ending a phrase ("the second of them", "the third
            // attack" are no days).
            let told_as_day = spelled.is_none()
                || (i >= 2
                    && ws[i - 2].lower() == "on"
                    && (next.is_none() || sentence[w.end..].starts_with([',', ';', '.', ':'])));
            if !noun_follows && told_as_day {
                push(i, TimeValue::Relative(Relative::DayOfMonth(d)), &mut out);
                i += 1;
                continue;
            }
        }
        // A year on its own.
        if let Some(y) = year_of(w.core) {
            let raw_after = &sentence[w.end..];
            let is_count = next.is_some_and(|n| COUNT_NOUNS.contains(&n.lower()))
                || raw_after.starts_with('%')
                || sentence[..w.start].ends_with('$');
            if !is_count && !prev.eq("no") {
                // "2019–2020" / "2019-20"
                if let Some(to) = raw_after.strip_prefix(['–', '-']).and_then(|r| r.get(..4)).and_then(year_of) {
                    out.push(TimeExpr {
                        start: w.start,
                        end: w.end + 1 + 4,
                        value: TimeValue::Range { from: PartialDate::y(y), to: PartialDate::y(to) },
                        weekday: None,
                    });
                    i += 1;
                    continue;
                }
                push(i, TimeValue::Calendar { date: PartialDate::y(y), upcoming: false }, &mut out);
                i += 1;
                continue;
            }
        }
        // Weekdays; not a habit ("every Friday") or a name ("Friday prayers").
        let habitual = matches!(prev, "every" | "each")
            || matches!(n_lower(next), "prayers" | "prayer" | "sermon" | "sermons" | "mosque" | "mosques" | "market")
            || (prev == "the"
                && next.is_some_and(|n| {
                    !capitalised(n)
                        && !matches!(n.lower(), "morning" | "afternoon" | "evening" | "night" | "before" | "after")
                }));
        if let Some(wd) = capitalised(w).then(|| weekday_number(w.core)).flatten().filter(|_| !habitual) {
            let before2 = if i > 1 { ws[i - 2].lower() } else { "" };
            let rel = match (before2, prev) {
                ("the", "following" | "next") => Relative::WeekdayFrom { wd, dir: 1 },
                ("the", "previous" | "preceding") => Relative::WeekdayFrom { wd, dir: -1 },
                (_, "that") => Relative::WeekdayFrom { wd, dir: 0 },
                (_, "last") => Relative::LastWeekday(wd),
                _ => Relative::Weekday(wd),
            };
            push(i, TimeValue::Relative(rel), &mut out);
            i += 1;
            continue;
        }
        let l = w.lower();
        let n1 = next.map_or("", |n| n.lower());
        // this/last/next week|month|year
        if matches!(l, "this" | "last" | "next" | "past") {
            if let Some(unit) = unit_of(n1).filter(|u| *u != Unit::Day && matches!(n1, "week" | "month" | "year")) {
                let shift = match l {
                    "last" | "past" => -1,
                    "next" => 1,
                    _ => 0,
                };
                push(i + 1, TimeValue::Relative(Relative::Publication { unit, shift }), &mut out);
                i += 2;
                continue;
            }
            // "In the past 48 hours, Radaa has detained …": a window that ends at the date line;
            // a day or two back is the day before it, a longer one its week.
            if matches!(l, "past" | "last") {
                let count = quantity(n1).flatten();
                let shift = match (count, unit_of(n_lower(next2))) {
                    (Some(n), Some(Unit::Hour)) if n <= 72 => Some((Unit::Day, -1)),
                    (Some(n), Some(Unit::Day)) if n <= 3 => Some((Unit::Day, -1)),
                    (Some(n), Some(Unit::Day)) if n <= 10 => Some((Unit::Week, -1)),
                    _ => None,
                };
                if let Some((unit, shift)) = shift {
                    push(i + 2, TimeValue::Relative(Relative::Publication { unit, shift }), &mut out);
                    i += 3;
                    continue;
                }
            }
            if l == "this" && n1 == "time" {
                push(i + 1, TimeValue::Relative(Relative::Now), &mut out);
                i += 2;
                continue;
            }
            // "This morning, as this piece was being finished, …": the date line's day.
            if l == "this" && matches!(n1, "morning" | "afternoon" | "evening") {
                push(i + 1, TimeValue::Relative(Relative::Publication { unit: Unit::Day, shift: 0 }), &mut out);
                i += 2;
                continue;
            }
        }
        if matches!(l, "today" | "tonight") {
            push(i, TimeValue::Relative(Relative::Publication { unit: Unit::Day, shift: 0 }), &mut out);
            i += 1;
            continue;
        }
        // "the day before yesterday", "the day after tomorrow": two days off the date line.
        if l == "the" && n1 == "day" {
            let shift = match (n_lower(next2), n_lower(ws.get(i + 3))) {
                ("before", "yesterday") => Some(-2),
                ("after", "tomorrow") => Some(2),
                _ => None,
            };
            if let Some(shift) = shift {
                push(i + 3, TimeValue::Relative(Relative::Publication { unit: Unit::Day, shift }), &mut out);
                i += 4;
                continue;
            }
        }
        // "the month before last", "the year before last": two back from the date line's.
        if l == "the"
            && matches!(n1, "week" | "month" | "year")
            && n_lower(next2) == "before"
            && n_lower(ws.get(i + 3)) == "last"
        {
            if let Some(unit) = unit_of(n1) {
                push(i + 3, TimeValue::Relative(Relative::Publication { unit, shift: -2 }), &mut out);
                i += 4;
                continue;
            }
        }
        if l == "yesterday" {
            push(i, TimeValue::Relative(Relative::Publication { unit: Unit::Day, shift: -1 }), &mut out);
            i += 1;
            continue;
        }
        if l == "now" && (i == 0 || prev == "until") {
            push(i, TimeValue::Relative(Relative::Now), &mut out);
            i += 1;
            continue;
        }
        // [quantity] unit earlier|later|ago|before|after
        let (q, unit_at) = match quantity(l) {
            Some(q) if unit_of(n1).is_some() => (q, i + 1),
            _ if l == "a" && n1 == "few" && next2.is_some_and(|n| unit_of(&n.lower).is_some()) => (None, i + 2),
            _ if unit_of(l).is_some()
                && matches!(l, "hours" | "minutes" | "days" | "nights" | "weeks" | "months" | "years") =>
            {
                (None, i)
            }
            _ => (None, usize::MAX),
        };
        if unit_at != usize::MAX {
            let mut unit = unit_of(&ws[unit_at].lower).unwrap_or(Unit::Day);
            // "A fortnight later": two weeks.
            // "Forty minutes later": hours as the unit counts them, within the hour.
            let mut q = match ws[unit_at].lower() {
                w if w.starts_with("fortnight") => q.map(|n| n * 2),
                w if w.starts_with("minute") => q.map(|n| n / 60),
                _ => q,
            };
            // "Three weeks and two days after the exchange": one count of days.
            let first_unit_at = unit_at;
            let mut unit_at = unit_at;
            if let (Unit::Week, Some(weeks), "and", Some(Some(days)), Some(Unit::Day)) = (
                unit,
                q,
                n_lower(ws.get(unit_at + 1)),
                quantity(n_lower(ws.get(unit_at + 2))),
                unit_of(n_lower(ws.get(unit_at + 3))),
            ) {
                (unit, q, unit_at) = (Unit::Day, Some(7 * weeks + days), unit_at + 3);
            }
            // "A day and a half later": the whole days counted (thirty-six hours from a dawn is
            // the next evening).
            if n_lower(ws.get(unit_at + 1)) == "and"
                && n_lower(ws.get(unit_at + 2)) == "a"
                && n_lower(ws.get(unit_at + 3)) == "half"
            {
                unit_at += 3;
            }
            // "A day or two later": counted from the nearer end.
            if q == Some(1)
                && n_lower(ws.get(unit_at + 1)) == "or"
                && quantity(n_lower(ws.get(unit_at + 2))) == Some(Some(2))
            {
                unit_at += 2;
            }
            // "A week to the day after the shooting": seven days on, as "a week after"; counted
            // from an event a noun names, or "later"/"earlier" (not "after Zangana was killed",
            // whose referent is the unknown).
            let to_the_day = n_lower(ws.get(unit_at + 1)) == "to"
                && n_lower(ws.get(unit_at + 2)) == "the"
                && n_lower(ws.get(unit_at + 3)) == "day"
                && match n_lower(ws.get(unit_at + 4)) {
                    "later" | "earlier" => true,
                    "after" | "before" => {
                        matches!(
                            n_lower(ws.get(unit_at + 5)),
                            "the" | "his" | "her" | "their" | "its" | "that" | "this"
                        )
                    }
                    _ => false,
                };
            // ("Three weeks to the day after his abduction": twenty-one days on, to the day.)
            if let (true, Unit::Week, Some(weeks)) = (to_the_day, unit, q) {
                (unit, q) = (Unit::Day, Some(7 * weeks));
            }
            let dir_at = if to_the_day { unit_at + 4 } else { unit_at + 1 };
            let dir = ws.get(dir_at).map_or("", |w| w.lower());
            // "held her for forty-eight hours before a judge released her": a duration that
            // ends at the next step, counted on from the running date.
            let duration = prev == "for" && q.is_some() && first_unit_at == i + 1 && matches!(dir, "before" | "until");
            // "he was held for a night and released without charge": the release ends the
            // duration, a side step from the running date (the story stays on the arrest's day).
            let duration_and = prev == "for"
                && q.is_some()
                && first_unit_at == i + 1
                && dir == "and"
                && matches!(
                    n_lower(ws.get(unit_at + 2)),
                    "released" | "freed" | "let" | "deported" | "expelled" | "handed" | "returned" | "then"
                );
            // "And a week before that, an army drone had struck the villa": "that" stands for the
            // step told last; the count is from the last date told, moving the story.
            // (So does "it": "A week before it, a drone had struck …", "A week before it began, …".)
            let that = ws.get(dir_at + 1).is_some_and(|w| {
                matches!(w.lower(), "that" | "it") && matches!(dir, "before" | "after") && {
                    let mut rest = sentence[w.end..].trim_start();
                    // ("it" only in a count that opens the sentence: not "ended on Wednesday, nine
                    // days after it began", which counts from the sentence's own subject.)
                    if w.lower() == "it"
                        && !ws[..i].iter().all(|b| matches!(b.lower(), "and" | "then" | "but" | "just"))
                    {
                        return false;
                    }
                    if w.lower() == "it" {
                        for verb in ["began", "started", "opened", "happened", "came"] {
                            if let Some(r) = rest.strip_prefix(verb).filter(|r| r.starts_with(',')) {
                                rest = r;
                            }
                        }
                    }
                    // (Not one its day restates: "Two weeks after that, on February 20, …".)
                    let restated = rest.strip_prefix(',').is_some_and(|r| r.trim_start().starts_with("on "));
                    (rest.is_empty() || rest.starts_with([',', ';', '.'])) && !restated
                }
            });
            if that {
                let sign = if dir == "before" { -1 } else { 1 };
                let rel = Relative::Offset { unit, n: q, sign, aside: false, from_anchor: true };
                push(dir_at + 1, TimeValue::Relative(rel), &mut out);
                i = dir_at + 2;
                continue;
            }
            // "on May 9, a day earlier than first reported": a comparison with another telling of
            // the date, no time of its own.
            // "Exactly a year later", "two years to the day after the seizure": the day of the last
            // date told, that many years on (an anniversary of it), not some day of a year.
            if let (Unit::Year, Some(years), "later" | "after") = (unit, q, dir) {
                if to_the_day || matches!(prev, "exactly" | "precisely") {
                    let rel = Relative::Anniversary { years: Some(years), of_year: None, month: None, day: None };
                    let end = if dir == "later" { dir_at } else { unit_at };
                    push(end, TimeValue::Relative(rel), &mut out);
                    i = end + 1;
                    continue;
                }
            }
            let compared = matches!(dir, "earlier" | "later") && n_lower(ws.get(dir_at + 1)) == "than";
            // "Three days after the first session, on the evening of May 17, gunmen …": the day
            // the count comes to is written beside it, and that date stands (the offset's referent
            // may be told ambiguously).
            let restated = matches!(dir, "after" | "before")
                && n_lower(ws.get(dir_at + 1)) != "that"
                && ws.get(dir_at).is_some_and(|w| {
                    let rest = &sentence[w.end..];
                    rest.find(',').is_some_and(|k| {
                        let named = &rest[..k];
                        let after = rest[k + 1..].trim_start();
                        named.split_whitespace().count() <= 5
                            && (after.starts_with("on ") || after.starts_with("in the "))
                            && after.split_whitespace().take(6).any(|x| {
                                let x = x.trim_matches(|c: char| !c.is_alphanumeric());
                                x.starts_with(char::is_uppercase) && month_number(x).is_some()
                            })
                    })
                });
            let rel = match dir {
                _ if compared || restated => None,
                _ if duration => Some(Relative::Offset { unit, n: q, sign: 1, aside: false, from_anchor: false }),
                _ if duration_and => Some(Relative::Offset { unit, n: q, sign: 1, aside: true, from_anchor: false }),
                "earlier" | "prior" => {
                    Some(Relative::Offset { unit, n: q, sign: -1, aside: false, from_anchor: false })
                }
                // (Opening the sentence, "Two days before polling day, …" moves the story there:
                // "… detained two suspects that night".)
                "before" => Some(Relative::Offset {
                    unit,
                    n: q,
                    sign: -1,
                    aside: i > 0 || !matches!(unit, Unit::Day | Unit::Hour),
                    from_anchor: true,
                }),
                "later" | "afterwards" | "afterward" => {
                    Some(Relative::Offset { unit, n: q, sign: 1, aside: false, from_anchor: false })
                }
                // "Ten days on, with the valves still shut, …": "later", opening its clause (not "two
                // days on the run", nor "the problem it has not solved twelve months on").
                "on" if q.is_some()
                    && (i == 0 || matches!(prev, "and" | "but"))
                    && ws.get(dir_at).is_some_and(|w| sentence[w.end..].starts_with(',')) =>
                {
                    Some(Relative::Offset { unit, n: q, sign: 1, aside: false, from_anchor: false })
                }
                "after" => Some(Relative::Offset { unit, n: q, sign: 1, aside: false, from_anchor: true }),
                // "Three days into the strike": counted from the start of what is named.
                "into" if matches!(n_lower(ws.get(dir_at + 1)), "the" | "its" | "his" | "her" | "their") => {
                    Some(Relative::Offset { unit, n: q, sign: 1, aside: false, from_anchor: true })
                }
                "ago" => Some(Relative::Ago { unit, n: q }),
                _ => None,
            };
            // "minutes after it had crossed", "hours before they left": a time within the day of
            // the clause's own event, told against another step of it; no date of its own.
            // ("traded fire for several minutes after the soldiers refused": how long it lasted.)
            let within_day = unit == Unit::Hour
                && q.is_none_or(|k| k < 24)
                && matches!(dir, "after" | "before")
                && ((dir == "after" && ws[i.saturating_sub(2)..i].iter().any(|w| w.lower() == "for"))
                    || matches!(n_lower(ws.get(dir_at + 1)), "it" | "he" | "she" | "they" | "we" | "i" | "you"));
            if let Some(rel) = rel.filter(|_| !within_day) {
                push(dir_at, TimeValue::Relative(rel), &mut out);
                i = dir_at + 1;
                continue;
            }
        }
        // "within a day", "within two weeks": by then, counted from the running context.
        if l == "within" {
            // "within forty-eight hours of Qadir's death": counted from the event named after "of".
            let of_event = n_lower(ws.get(i + 3)) == "of";
            if let Some(Some(k)) = quantity(n1).filter(|q| {
                next2.is_some_and(|n| match unit_of(n.lower()) {
                    Some(Unit::Day | Unit::Week) => true,
                    Some(Unit::Hour) => of_event || q.is_some_and(|k| k >= 12),
                    _ => false,
                })
            }) {
                let unit = next2.and_then(|n| unit_of(n.lower())).unwrap_or(Unit::Day);
                // "freed within forty-eight hours": that many days on, rounded.
                let (unit, k) = if unit == Unit::Hour && !of_event { (Unit::Day, (k + 12) / 24) } else { (unit, k) };
                // "within two weeks" is a bound, not a day: the month, as a side step; "within
                // thirty days" a deadline that does not move the story.
                let aside = unit == Unit::Week || k > 2 || of_event;
                let offset = Relative::Offset { unit, n: Some(k), sign: 1, aside, from_anchor: of_event };
                let i_end = if of_event { i + 3 } else { i + 2 };
                push(i_end, TimeValue::Relative(offset), &mut out);
                i = i_end + 1;
                continue;
            }
        }
        // "the last day of the year", "the first day of that month".
        if l == "the" && matches!(n1, "last" | "first") && n_lower(next2) == "day" && n_lower(ws.get(i + 3)) == "of" {
            let unit = match n_lower(ws.get(i + 5)) {
                "year" => Some(Unit::Year),
                "month" => Some(Unit::Month),
                _ => None,
            };
            if let Some(unit) = unit.filter(|_| matches!(n_lower(ws.get(i + 4)), "the" | "that")) {
                push(i + 5, TimeValue::Relative(Relative::EdgeOf { unit, last: n1 == "last" }), &mut out);
                i += 6;
                continue;
            }
        }
        // "On the last night of February", "the first day of March 2024": a day of a named month.
        if l == "the"
            && matches!(n1, "last" | "first")
            && matches!(n_lower(next2), "day" | "night")
            && n_lower(ws.get(i + 3)) == "of"
        {
            if let Some(month) = ws.get(i + 4).and_then(|m| month_number(m.core).filter(|_| capitalised(m))) {
                let year = ws.get(i + 5).and_then(|y| year_of(y.core));
                let value = match year {
                    Some(y) => {
                        let day = if n1 == "last" { days_in_month(y, month) } else { 1 };
                        TimeValue::Calendar { date: PartialDate::ymd(y, month, day), upcoming: false }
                    }
                    None => TimeValue::Relative(Relative::EdgeOfMonth { month, last: n1 == "last" }),
                };
                let end = if year.is_some() { i + 5 } else { i + 4 };
                push(end, value, &mut out);
                i = end + 1;
                continue;
            }
        }
        // "Over the following ten days", "over the following three nights", "in the next two weeks": a span that starts from the
        // running context, a side step. A span of days starts the day after; one of weeks is known to its month.
        if l == "the" && matches!(n1, "next" | "following") {
            let span = next2.and_then(|n| quantity(n.lower())).flatten().filter(|&k| k > 1);
            if span.is_some() && matches!(n_lower(ws.get(i + 3)), "days" | "nights" | "weeks") {
                let (unit, n) = if n_lower(ws.get(i + 3)) == "weeks" { (Unit::Week, 0) } else { (Unit::Day, 1) };
                let offset = Relative::Offset { unit, n: Some(n), sign: 1, aside: true, from_anchor: false };
                push(i + 3, TimeValue::Relative(offset), &mut out);
                i += 4;
                continue;
            }
        }
        // "the following week", "the previous month": one unit on from the running context.
        if l == "the" && matches!(n1, "next" | "following" | "previous") {
            if let Some(unit) =
                next2.and_then(|n| unit_of(n.lower())).filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
            {
                let sign = if n1 == "previous" { -1 } else { 1 };
                // A week on keeps only the month, too coarse to move the running context; "had
                // spent the previous year negotiating" looks back, and the story stays.
                let aside = unit == Unit::Week || sign < 0;
                let offset = Relative::Offset { unit, n: Some(1), sign, aside, from_anchor: false };
                push(i + 2, TimeValue::Relative(offset), &mut out);
                i += 3;
                continue;
            }
        }
        // "Late that month", "early that year": within the running context's month or year, as
        // "later that month".
        if matches!(l, "late" | "early") && n1 == "that" {
            if let Some(unit) =
                next2.filter(|n| matches!(n.lower(), "week" | "month" | "year")).and_then(|n| unit_of(n.lower()))
            {
                let offset = Relative::Offset { unit, n: Some(0), sign: 1, aside: true, from_anchor: false };
                push(i + 2, TimeValue::Relative(offset), &mut out);
                i += 3;
                continue;
            }
        }
        // "In the week that followed", "in the days that followed": a side step after the story's
        // date, known to the month at most ("the day that followed" is the next day).
        if l == "the"
            && matches!(n_lower(next2), "that" | "which")
            && matches!(n_lower(ws.get(i + 3)), "followed" | "ensued")
        {
            if let Some(unit) = unit_of(n1).filter(|u| matches!(u, Unit::Hour | Unit::Day | Unit::Week | Unit::Month)) {
                let n = (!n1.ends_with('s')).then_some(1);
                let offset = Relative::Offset { unit, n, sign: 1, aside: true, from_anchor: false };
                push(i + 3, TimeValue::Relative(offset), &mut out);
                i += 4;
                continue;
            }
        }
        // "Over the weekend", "last weekend", "that weekend", "the following weekend".
        {
            let (of_context, end) = match (l, n1, n_lower(next2)) {
                ("last" | "this", "weekend", _) => (Some(false), i + 1),
                ("the", "weekend", _) if matches!(prev, "over" | "during") => (Some(false), i + 1),
                ("that", "weekend", _) => (Some(true), i + 1),
                ("the", "following" | "next", "weekend") => (Some(true), i + 2),
                _ => (None, i),
            };
            if let Some(of_context) = of_context {
                push(end, TimeValue::Relative(Relative::Weekend { of_context }), &mut out);
                i = end + 1;
                continue;
            }
        }
        // "They were let go at first light" after "On the night of November 18": the morning after
        // the night told (see [`Relative::Dawn`]).
        if l == "at" && (matches!(n1, "dawn" | "daybreak" | "sunrise") || (n1 == "first" && n_lower(next2) == "light"))
        {
            let end = if n1 == "first" { i + 2 } else { i + 1 };
            // "At dawn the next day": the day is the next words' to tell, not a second step.
            let day_follows = n_lower(ws.get(end + 1)) == "the"
                && matches!(n_lower(ws.get(end + 2)), "next" | "following")
                && matches!(n_lower(ws.get(end + 3)), "day" | "morning");
            if !day_follows {
                push(end, TimeValue::Relative(Relative::Dawn), &mut out);
            }
            i = end + 1;
            continue;
        }
        // "freed later in the day", "earlier in the day": the running day.
        if matches!(l, "later" | "earlier")
            && n1 == "in"
            && n_lower(next2) == "the"
            && matches!(n_lower(ws.get(i + 3)), "day" | "evening" | "afternoon")
        {
            let offset = Relative::Offset { unit: Unit::Day, n: Some(0), sign: 1, aside: false, from_anchor: false };
            push(i + 3, TimeValue::Relative(offset), &mut out);
            i += 4;
            continue;
        }
        // "later that week", "earlier that month": within the running context's week, month or year.
        if matches!(l, "later" | "earlier") && n1 == "that" {
            if let Some(unit) =
                next2.and_then(|n| unit_of(n.lower())).filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
            {
                let offset = Relative::Offset { unit, n: Some(0), sign: 1, aside: true, from_anchor: false };
                push(i + 2, TimeValue::Relative(offset), &mut out);
                i += 3;
                continue;
            }
        }
        if matches!(l, "the")
            && matches!(n1, "next" | "following" | "previous")
            && next2.is_some_and(|n| matches!(n.lower(), "day" | "evening" | "morning" | "night" | "afternoon"))
        {
            let sign = if n1 == "previous" { -1 } else { 1 };
            push(
                i + 2,
                TimeValue::Relative(Relative::Offset {
                    unit: Unit::Day,
                    n: Some(1),
                    sign,
                    aside: false,
                    from_anchor: false,
                }),
                &mut out,
            );
            i += 3;
            continue;
        }
        // ("sentenced to fourteen years and then freed that December": a sequence word before
        // the clause's own month, which dates it.)
        let month_follows =
            || ws[i + 1..ws.len().min(i + 6)].iter().any(|w| capitalised(w) && month_number(w.core).is_some());
        if (l == "then" && (i == 0 || prev == "and" || prev == "since") && !(prev == "and" && month_follows()))
            || (l == "at" && n1 == "the" && next2.is_some_and(|n| n.lower == "time"))
            || (l == "that" && n1 == "day")
            // "detained two suspects that night and released them the next morning": the running
            // day, told inside the sentence. (Opening it, "That night, …" is read by the events.)
            || (l == "that" && i > 0 && matches!(n1, "night" | "evening" | "morning" | "afternoon"))
            // "…, and on the same day they arrested two farmers": the running day, in a later clause.
            || (l == "the"
                && i > 0
                && n1 == "same"
                && next2.is_some_and(|n| matches!(n.lower(), "day" | "night" | "evening" | "morning" | "afternoon"))
                && n_lower(ws.get(i + 3)) != "as")
        {
            let end = if l == "then" {
                i
            } else if l == "the" {
                i + 2
            } else {
                i + 2 - usize::from(l == "that")
            };
            push(end, TimeValue::Relative(Relative::Then), &mut out);
            i = end + 1;
            continue;
        }
        // "the army later said that …": the `later` of a reporting verb dates the saying, not
        // what the sentence reports; no expression.
        let reporting = matches!(
            n1,
            "said"
                | "told"
                | "confirmed"
                | "announced"
                | "acknowledged"
                | "admitted"
                | "claimed"
                | "denied"
                | "stated"
                | "reported"
                | "added"
                | "wrote"
                | "explained"
                | "insisted"
                | "conceded"
                | "disclosed"
                | "revealed"
                | "alleged"
        );
        if (matches!(l, "afterwards" | "afterward" | "subsequently" | "eventually")
            || (l == "later" && unit_of(prev).is_none()))
            && !reporting
        {
            push(i, TimeValue::Relative(Relative::After), &mut out);
            i += 1;
            continue;
        }
        i += 1;
    }
    join_ranges(sentence, out)
}

/// "between May 3 and May 5, 2022", "from 2003 to 2011", "May 3–5"; and "found on January 3, two days after
/// she was abducted": an "after"/"before" offset following a calendar date dates a side event backwards from it.
fn join_ranges(sentence: &str, exprs: Vec<TimeExpr>) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    for mut e in exprs {
        // "On March 13, its first anniversary, …": the day told before it is the anniversary's day.
        if let (Some(prev), TimeValue::Relative(Relative::Anniversary { years, of_year, month: None, .. })) =
            (out.last_mut(), e.value)
        {
            if let TimeValue::Calendar {
                date: PartialDate { year: None, month, day: day @ Some(_) },
                upcoming: false,
            } = prev.value
            {
                if sentence.get(prev.end..e.start).is_some_and(|g| g.trim() == ",") {
                    prev.value = TimeValue::Relative(Relative::Anniversary { years, of_year, month, day });
                    prev.end = e.end;
                    continue;
                }
            }
            // "On September 16, 2026, the fourth anniversary of Amini's death": the full date
            // written says it all; the anniversary is its apposition, not a count.
            if let TimeValue::Calendar { date: PartialDate { year: Some(_), .. }, upcoming: false } = prev.value {
                if sentence.get(prev.end..e.start).is_some_and(|g| g.trim() == ",") {
                    continue;
                }
            }
        }
        // "Two days after the grenade attack of March 3": the anchor's own date, told in its
        // noun phrase, is what the offset counts from; one date, March 5.
        if let (Some(prev), TimeValue::Calendar { date, upcoming: false }) = (out.last_mut(), e.value) {
            if let TimeValue::Relative(Relative::Offset { unit, n: Some(k), sign, from_anchor: true, .. }) = prev.value
            {
                let gap = sentence.get(prev.end..e.start).unwrap_or("");
                let words: Vec<&str> = gap.split_whitespace().collect();
                let linked = !gap.contains([',', ';', ':', '(', ')', '\u{2013}', '\u{2014}'])
                    && (2..=6).contains(&words.len())
                    && matches!(words.first(), Some(&"the" | &"a" | &"an" | &"this" | &"that"))
                    && matches!(words.last(), Some(&"of" | &"on"));
                // ("Five days after the funeral, which was held on January 10": its date told in a
                // relative clause.)
                let told_in_relative = gap.split_once(',').is_some_and(|(noun, rest)| {
                    let noun: Vec<&str> = noun.split_whitespace().collect();
                    (2..=4).contains(&noun.len())
                        && noun[0] == "the"
                        && [
                            "which was held on",
                            "which took place on",
                            "which was on",
                            "which began on",
                            "which fell on",
                        ]
                        .iter()
                        .any(|r| rest.trim() == *r)
                });
                let linked = linked || told_in_relative;
                if let Some(shifted) = linked.then(|| shift(date, unit, Some(k), sign)).flatten() {
                    if shifted.day.is_some() {
                        prev.end = e.end;
                        prev.value = TimeValue::Calendar { date: shifted, upcoming: false };
                        continue;
                    }
                }
            }
        }
        // "Three days before Eid al-Adha": counted from the feast, not from the last date told; a
        // feast that cannot be placed leaves the offset unplaced too.
        if let (Some(prev), TimeValue::Relative(Relative::Holiday { holiday, back, year })) = (out.last_mut(), e.value)
        {
            if let TimeValue::Relative(Relative::Offset { unit, n: Some(k), sign, from_anchor: true, .. }) = prev.value
            {
                let days = match unit {
                    Unit::Day => Some(k),
                    Unit::Week => Some(7 * k),
                    _ => None,
                };
                if let Some(days) =
                    days.filter(|_| sentence.get(prev.end..e.start).is_some_and(|g| g.trim().is_empty()))
                {
                    prev.value = TimeValue::Relative(Relative::Holiday { holiday, back: back - days * sign, year });
                    prev.end = e.end;
                    continue;
                }
            }
        }
        // "On the afternoon of May 5, two days after the fire, …": an offset in apposition to a
        // day written out restates it; the day written is the date.
        if let (Some(prev), TimeValue::Relative(Relative::Offset { from_anchor: true, .. })) = (out.last(), e.value) {
            // (Not "found on January 3, two weeks after she was abducted": the abduction's own date.)
            let names_event = sentence.get(e.end..).is_some_and(|r| {
                let r = r.trim_start();
                ["the ", "his ", "her ", "their ", "its "].iter().any(|d| r.starts_with(d))
            });
            if matches!(prev.value, TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. })
                && sentence.get(prev.end..e.start).is_some_and(|g| g.trim() == ",")
                && names_event
            {
                continue;
            }
        }
        // "Three days after the barrage, on May 24, …": the day written restates the count; it is
        // the date.
        if let (Some(prev), TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. }) = (out.last(), e.value)
        {
            if matches!(prev.value, TimeValue::Relative(Relative::Offset { from_anchor: true, .. }))
                && sentence.get(prev.end..e.start).is_some_and(|g| {
                    g.rsplit_once(',').is_some_and(|(anchor, on)| {
                        let mut anchor = anchor.split_whitespace();
                        matches!(on.trim(), "" | "on")
                            && anchor.next().is_none_or(|d| matches!(d, "the" | "his" | "her" | "their" | "its"))
                            && anchor.count() <= 3
                    })
                })
            {
                out.pop();
            }
        }
        // "A week ago today": the count back, on the date line's weekday; one date.
        if let (Some(prev), TimeValue::Relative(Relative::Publication { unit: Unit::Day, shift: 0 })) =
            (out.last_mut(), e.value)
        {
            if matches!(prev.value, TimeValue::Relative(Relative::Ago { unit: Unit::Day | Unit::Week, n: Some(_) }))
                && sentence.get(prev.end..e.start).is_some_and(|g| g.trim().is_empty())
            {
                prev.end = e.end;
                continue;
            }
        }
        // "on Tuesday (April 25)": a newswire's weekday with its date in brackets; the date.
        if let (Some(prev), TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. }) =
            (out.last_mut(), e.value)
        {
            if let TimeValue::Relative(Relative::Weekday(wd)) = prev.value {
                if sentence.get(prev.end..e.start).is_some_and(|g| g.trim() == "(")
                    && sentence[e.end..].starts_with(')')
                {
                    *prev = TimeExpr { start: prev.start, end: e.end + 1, value: e.value, weekday: Some(wd) };
                    continue;
                }
            }
        }
        // "On Thursday of last week": one date, that Thursday in the week before.
        if let (Some(prev), TimeValue::Relative(Relative::Publication { unit: Unit::Week, shift: -1 })) =
            (out.last_mut(), e.value)
        {
            if let TimeValue::Relative(Relative::Weekday(wd)) = prev.value {
                if sentence.get(prev.end..e.start).is_some_and(|g| matches!(g.trim(), "" | "of")) {
                    prev.value = TimeValue::Relative(Relative::WeekdayLastWeek(wd));
                    prev.end = e.end;
                    continue;
                }
            }
        }
        // "A week ago Sunday": the Sunday before last; one date.
        if let (Some(prev), TimeValue::Relative(Relative::Weekday(wd))) = (out.last_mut(), e.value) {
            if matches!(prev.value, TimeValue::Relative(Relative::Ago { unit: Unit::Week, n: Some(1) }))
                && sentence.get(prev.end..e.start).is_some_and(|g| g.trim().is_empty())
            {
                prev.value = TimeValue::Relative(Relative::WeekdayBeforeLast(wd));
                prev.end = e.end;
                continue;
            }
        }
        // "A year ago this month": the date line's month, that many years back; one date.
        if let (Some(prev), TimeValue::Relative(Relative::Publication { unit: Unit::Month, shift: 0 })) =
            (out.last_mut(), e.value)
        {
            if let (TimeValue::Relative(Relative::Ago { unit: Unit::Year, n: Some(years) }), true) =
                (prev.value, sentence.get(prev.end..e.start).is_some_and(|g| g.trim().is_empty()))
            {
                prev.value = TimeValue::Relative(Relative::Publication { unit: Unit::Month, shift: -12 * years });
                prev.end = e.end;
                continue;
            }
        }
        // "On Saturday, May 16": the weekday names the date written after it; one date.
        if let (Some(prev), TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. }) =
            (out.last_mut(), e.value)
        {
            if let (TimeValue::Relative(Relative::Weekday(wd)), true) =
                (prev.value, sentence.get(prev.end..e.start).is_some_and(|g| g.trim() == ","))
            {
                prev.weekday = Some(wd);
                prev.value = e.value;
                prev.end = e.end;
                continue;
            }
        }
        // (A weekday is a day too: "On Thursday, two days after fighters had overrun the branch,
        // …" dates the overrun to the Tuesday.)
        let after_date = out.iter().any(|p| {
            matches!(
                p.value,
                TimeValue::Calendar { .. }
                    | TimeValue::Relative(
                        Relative::Weekday(_)
                            | Relative::LastWeekday(_)
                            | Relative::WeekdayLastWeek(_)
                            | Relative::WeekdayFrom { .. }
                    )
            )
        });
        if let TimeValue::Relative(Relative::Offset { unit, n, sign, aside: false, .. }) = e.value {
            let word = sentence.get(..e.end).unwrap_or("").rsplit(' ').next().unwrap_or("");
            // ("The attack came eleven days after the court ruled that …": what came is the
            // story's day, and the act told after "after" is that many days before it.)
            let came = sentence[..e.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "came" | "comes" | "come"));
            if (after_date || (came && clause_follows(&sentence[e.end..]))) && matches!(word, "after" | "before") {
                e.value =
                    TimeValue::Relative(Relative::Offset { unit, n, sign: -sign, aside: true, from_anchor: false });
            }
        }
        if let Some(prev) = out.last_mut() {
            let gap = sentence.get(prev.end..e.start).unwrap_or("").trim();
            // The words before are lowercased only when the gap could link two dates.
            let linked = matches!(gap, "and" | "to" | "until" | "through" | "–" | "-")
                && (gap == "–" || gap == "-" || {
                    let before = scan::to_lowercase(sentence[..prev.start].trim_end());
                    before.ends_with("between") || before.ends_with("from")
                });
            if linked {
                if let (TimeValue::Calendar { date: a, .. }, TimeValue::Calendar { date: b, .. }) =
                    (prev.value, e.value)
                {
                    let from = PartialDate { year: a.year.or(b.year), ..a };
                    if from.precision() == b.precision() || a.year.is_none() {
                        prev.value = TimeValue::Range { from, to: b };
                        prev.end = e.end;
                        continue;
                    }
                }
            }
        }
        out.push(e);
    }
    out
}

/// The words of the clause that runs up to byte `at` (since the last ',', ';', ':', parenthesis
/// or dash).
fn clause_before(sentence: &str, at: usize) -> &str {
    let before = sentence.get(..at).unwrap_or("");
    before.rsplit([',', ';', ':', '(', ')', '\u{2013}', '\u{2014}']).next().unwrap_or(before)
}

/// Is the year at `at` told in a relative clause or as a founding date ("a force that … helped
/// to create in 2014", "founded in 2012", "a militia raised with tribal help in 2016", "since
/// 2014"), background rather than the story's time?
fn background_year(sentence: &str, at: usize) -> bool {
    let clause = clause_before(sentence, at);
    // "but by 2040 it had stalled": the state things had reached by then.
    let by_then_had = clause.split_whitespace().next_back().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && sentence
            .get(at..)
            .and_then(|rest| rest.find(char::is_whitespace))
            .is_some_and(|k| pluperfect_after(sentence, at + k));
    // ", a veteran of the campaign in 2074,": an apposition describing someone.
    let apposition = clause.len() < sentence.len().min(at)
        && sentence[..at - clause.len()].ends_with(',')
        && clause.split_whitespace().next().is_some_and(|w| matches!(w, "a" | "an"));
    if by_then_had || apposition {
        return true;
    }
    clause.split_whitespace().rev().take(14).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        matches!(
            w.as_str(),
            "that"
                | "which"
                | "who"
                | "whose"
                | "where"
                | "since"
                // "who had worked in a factory near Homs before 2024": a bound of the past.
                | "before"
                | "until"
                | "had"
                // "has blockaded the fields before, most recently in 2074": an earlier time of a habit.
                | "recently"
                | "previously"
                | "founded"
                | "created"
                | "formed"
                | "established"
                | "raised"
                | "built"
                | "trained"
                | "born"
                | "create"
                | "found"
                | "form"
                | "establish"
        )
    })
}

/// Is the expression at `at` told in a relative clause that describes someone or something
/// (", who won his seat in …", ", which the army took in …")?
fn describing_clause(sentence: &str, at: usize) -> bool {
    let clause = clause_before(sentence, at);
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "who" | "which" | "whose" | "whom"))
}

/// Is the expression at `at` told in a pluperfect relative clause ("a laborer who had been seen
/// arguing with him a week earlier", "a pharmacist who had won back his house in a ruling the
/// week before"), or in one that tells what someone is accused of? Such a step dates the clause,
/// not the sentence's act, and does not move the story.
pub(crate) fn in_relative_clause(sentence: &str, at: usize) -> bool {
    let clause = clause_before(sentence, at);
    let mut words = clause.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    // A relative pronoun, then a "had" after it, or an accusation ("six men whom the court
    // accuses of taking part in the killing of … last October": the act charged, told as past).
    let relative = |w: &str| ["who", "whom", "whose", "which"].iter().any(|r| w.eq_ignore_ascii_case(r));
    let told_before = |w: &str| {
        ["had", "accuses", "accused", "suspects", "suspected", "charged"].iter().any(|v| w.eq_ignore_ascii_case(v))
    };
    // (The "had" may come after the time: "the base from which many of the October 24 missiles had
    // been fired".)
    let rest = sentence.get(at..).unwrap_or("");
    let rest = &rest[..rest.find([',', ';', '.']).unwrap_or(rest.len())];
    words.any(relative)
        && (words.any(told_before) || rest.split_whitespace().take(8).any(|w| w.eq_ignore_ascii_case("had")))
}

/// Is the year at `start..end` a noun's modifier ("the 2020 agreement", "its 2019 budget", "the
/// group's 2014 offensive", "the unrest of 2022"): after a determiner or a possessive, before a
/// lowercase word, or after "the NOUN of"?
fn modifier_year(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence.get(..start).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let determiner = matches!(
        prev.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "these" | "those"
    ) || prev.ends_with("'s")
        || prev.ends_with("’s");
    let after = sentence.get(end..).unwrap_or("");
    let noun_next = after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_lowercase());
    // "The unrest of 2022, which …", "the war of 2006": a noun's year after "the NOUN of".
    let mut words = before.rsplit(char::is_whitespace);
    let (_, noun, det, det2) =
        (words.next(), words.next().unwrap_or(""), words.next().unwrap_or(""), words.next().unwrap_or(""));
    // ("was almost an exact copy of 2074", "a repeat of 2019": a comparison with that year.)
    let likeness = matches!(noun, "copy" | "repeat" | "replay" | "rerun" | "echo")
        && (matches!(det.to_ascii_lowercase().as_str(), "a" | "an")
            || matches!(det2.to_ascii_lowercase().as_str(), "a" | "an"));
    let of_year = prev == "of"
        && noun.len() > 2
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && (matches!(det.to_ascii_lowercase().as_str(), "the" | "its" | "their") || likeness)
        // (Not a time's own year: "the spring of 2021", "the end of 2019".)
        && !matches!(
            noun,
            "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "rest"
                | "course"
                | "first"
                | "second"
                | "half"
                | "months"
                | "weeks"
                | "days"
                | "year"
        );
    (determiner && noun_next) || of_year
}

/// Is the expression at `at` told in a clause about the future: "will", "is expected to", "is
/// scheduled", "is set to", "plans to", "is due", between the last ';' and the expression?
fn future_clause(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    let clause = scan::to_lowercase(before.rsplit(';').next().unwrap_or(before));
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.windows(2).any(|w| {
        matches!(w, ["expected" | "set" | "plans" | "planning" | "intends", "to"] | ["is" | "are" | "was", "due"])
    }) || words.iter().any(|w| matches!(*w, "will" | "scheduled" | "upcoming"))
}

/// Does the expression at `at` open its sentence ("A year ago, …", "Just two years ago, …")? At
/// most two words before it, none ending a clause.
/// Is the year at `at` told as history: opening its sentence, or in a pluperfect one ("in 2079,
/// … the ministry had removed its co-mayors")?
fn told_as_past(sentence: &str, at: usize) -> bool {
    opens_sentence(sentence, at) || sentence.split_whitespace().any(|w| w == "had")
}

/// Does a clause (a subject and its past-tense verb) open `rest`, as in "after the court ruled
/// that …" or "after he refused", rather than a noun phrase ("after the march", "after the
/// attempted coup")?
fn clause_follows(rest: &str) -> bool {
    const PAST: &[&str] = &[
        "shot", "struck", "took", "met", "told", "fled", "won", "lost", "began", "blew", "fought", "threw", "sent",
        "made", "gave", "said", "left", "held", "fell", "broke",
    ];
    let head = rest.split([',', ';', '.', ':']).next().unwrap_or("");
    let words: Vec<&str> = head.split_whitespace().filter(|w| !w.starts_with('(')).take(8).collect();
    if words.first().is_some_and(|w| matches!(*w, "he" | "she" | "they" | "it" | "we" | "I")) {
        return true;
    }
    words.iter().enumerate().skip(1).any(|(i, w)| {
        let determiner =
            matches!(words[i - 1].to_ascii_lowercase().as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her");
        !determiner
            && w.chars().all(|c| c.is_ascii_lowercase())
            && ((w.len() > 4 && w.ends_with("ed")) || PAST.contains(w))
    })
}

fn opens_sentence(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    before.split_whitespace().count() <= 2 && !before.contains([',', ';', ':'])
}

/// Does `rest` hold only a place adjunct to the end of its sentence ("on a farm track toward
/// Bartella, the neighboring town that …")? A day step told before it ends its clause as well:
/// "The car was found burned out the next morning on a farm track …" is a side step.
fn place_adjunct_to_end(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("");
    matches!(first, "on" | "in" | "at" | "near" | "outside" | "beside" | "along")
        && !rest.contains([';'])
        && !rest.split_whitespace().any(|w| {
            matches!(w.trim_matches(|c: char| !c.is_alphanumeric()), "and" | "but" | "when" | "after" | "before")
        })
}

/// How many sentences with a date a context stays fresh for (see [`Resolver::context_fresh`]).
const FRESH_DATED_SENTENCES: usize = 2;

/// Resolves expressions in reading order against the date line and the running context.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    pub publication: Option<PartialDate>,
    pub context: Option<PartialDate>,
    /// The context was set in the current paragraph (a fresh narrative frame beats the date line),
    /// at most `FRESH_DATED_SENTENCES` (two) sentences with a date back: a flattened PDF is one
    /// paragraph, and "In the summer of 2011, …" told as history must not give its year to "On
    /// August 4" five sentences on, in an article dated August 30, 2045.
    pub context_fresh: bool,
    /// The last calendar date told (what "three days after the killing" counts from), a weekday
    /// counted to its day included; its year may be unknown.
    pub anchor: Option<PartialDate>,
    /// The running context frames the narrative: it was set by a date told to the month or day,
    /// by a year of the story's own (not background: "a force raised in 2014", "the 2020
    /// agreement" set no context at all), or by a year counted from the date line that opens its
    /// sentence ("Last year, …"). Otherwise ("dates from late last year, when …") the year dates
    /// its own clause, but a later year-less date goes by the date line.
    pub context_frames: bool,
    /// The running date of a story told without years ("On January 2, …", "The following night,
    /// …"): year-less dates count from it ("A day later" is `--01-03`), and nothing else does.
    pub yearless: Option<PartialDate>,
    /// The last background date told while the story stood on a month of its own ("In 2018, …"
    /// after "On September 8, 2024"): it did not move the running context, but "two years
    /// later" right after it counts from it. Cleared when the context moves.
    pub aside: Option<PartialDate>,
    /// The story's running date (and whether it framed) put aside for a background year told
    /// in the sentence being read; it comes back at the next sentence that tells a date ("In
    /// 2018, the registry transferred plots. In August, …" is the August of the story's year).
    pub story: Option<(PartialDate, bool)>,
    /// The year of the last date written out with its year and month ("September 8, 2024")
    /// that set the running context: the story's own year.
    pub year_told: Option<i32>,
    /// The latest day told with its year ("September 14, 2025") that set the running context:
    /// the day the story stands on, against which a coarser earlier date is a flashback.
    pub story_day: Option<PartialDate>,
    /// The story's state put aside by a flashback paragraph ("In January 2022, … The truce that
    /// began that April …"): it comes back at the next paragraph.
    flashback: Option<StoryState>,
    /// A flashback the last paragraph break closed (its own state, and the story's): the new
    /// paragraph goes back into it if its first date counts on from it ("The following month,
    /// …", "That autumn, …").
    left_flashback: Option<(StoryState, StoryState)>,
    /// No date has been resolved yet in the current paragraph.
    paragraph_start: bool,
    /// The sentence that told the anchor (its address and length, as `last_sentence`).
    anchor_in: (usize, usize),
    /// The last date told, when it was told as a night ("On the night of November 18"): what
    /// "at first light" is the morning after.
    night: Option<PartialDate>,
    /// The sentence last resolved (its address and length), to know when a new one begins.
    last_sentence: (usize, usize),
    /// Sentences with a date read so far, and how many there were when the context was set: a
    /// context set a few dated sentences back is no longer fresh.
    dated_sentences: usize,
    context_set_at: usize,
    /// The last day of a story told without years (see [`Resolver::yearless`]), kept while a
    /// year told since runs as the context; cleared by a day told with its year.
    yearless_day: Option<PartialDate>,
    /// The month named last as "this month" or "last month": what "on the 2nd" is a day of when
    /// no month has been told.
    month_named: Option<PartialDate>,
    /// The day last told as an anniversary ("On September 16, 2026, the fourth anniversary of
    /// …"): what "three nights after the anniversary" counts from.
    anniversary_day: Option<PartialDate>,
    /// With no date line, the latest year the article writes in a full date
    /// ([`latest_written_year`]): the year "this year" names, when the story stands earlier.
    pub presumed_year: Option<i32>,
    /// A year whose calendar fits a story told without years, learnt from a day written with its
    /// weekday ("Friday, June 9"): "the following Tuesday" is counted in it, and stays year-less.
    weekday_year: Option<i32>,
}

/// The running state of the story a flashback paragraph puts aside (see [`Resolver::flashback`]).
#[derive(Debug, Clone, Copy)]
struct StoryState {
    context: Option<PartialDate>,
    frames: bool,
    anchor: Option<PartialDate>,
    year_told: Option<i32>,
}

impl Resolver {
    pub fn new(publication: Option<(i32, u32, u32)>) -> Self {
        Resolver {
            publication: publication.map(|(y, m, d)| PartialDate::ymd(y, m, d)),
            context: None,
            context_fresh: false,
            anchor: None,
            context_frames: false,
            yearless: None,
            aside: None,
            story: None,
            year_told: None,
            story_day: None,
            flashback: None,
            left_flashback: None,
            paragraph_start: false,
            night: None,
            anchor_in: (0, 0),
            last_sentence: (0, 0),
            dated_sentences: 0,
            context_set_at: 0,
            yearless_day: None,
            month_named: None,
            anniversary_day: None,
            presumed_year: None,
            weekday_year: None,
        }
    }

    /// A new sentence begins: the story's date put aside for a background year told in the
    /// sentence before comes back. [`Resolver::resolve`] calls it at a sentence's first time;
    /// the events call it for a sentence that tells none but opens on the story's day ("In
    /// 2081, the GIS had held three of them. That evening, the Battalion warned …").
    pub fn next_sentence(&mut self) {
        if let Some((c, frames)) = self.story.take() {
            self.context = Some(c);
            self.context_frames = frames;
        }
    }

    /// The running state a flashback puts aside and gives back.
    fn story_state(&self) -> StoryState {
        StoryState {
            context: self.context,
            frames: self.context_frames,
            anchor: self.anchor,
            year_told: self.year_told,
        }
    }

    /// Goes back to a running state put aside by [`Resolver::story_state`].
    fn restore(&mut self, st: StoryState) {
        self.context = st.context;
        self.context_frames = st.frames;
        self.anchor = st.anchor;
        self.year_told = st.year_told;
    }

    /// A new paragraph begins: the running context stays but is no longer fresh, and a
    /// flashback told in the paragraph before ends: the story's own date comes back.
    pub fn new_paragraph(&mut self) {
        self.context_fresh = false;
        self.paragraph_start = true;
        self.left_flashback = None;
        if let Some(st) = self.flashback.take() {
            self.left_flashback = Some((self.story_state(), st));
            self.restore(st);
            self.aside = None;
            self.story = None;
            self.yearless = None;
        }
    }

    /// Does `date`, written with its year and month but no day, open a flashback: is it earlier
    /// than the day the story stands on ("In January 2022, …" after "on September 14, 2025")?
    /// A bare year opens one only when told as history ([`told_as_past`] at `at` of `sentence`).
    fn opens_flashback(&self, date: PartialDate, value: TimeValue, sentence: &str, at: usize) -> bool {
        let coarse = matches!(
            value,
            TimeValue::Calendar { date: PartialDate { year: Some(_), month: Some(_), day: None }, upcoming: false }
        );
        // ("None of this is new. … in 2079, … the ministry had removed its co-mayors": a year
        // before the story's.)
        let year = matches!(
            value,
            TimeValue::Calendar { date: PartialDate { year: Some(_), month: None, day: None }, upcoming: false }
        );
        coarse && self.story_day.is_some_and(|s| date.year.zip(date.month) < s.year.zip(s.month))
            || year && self.story_day.is_some_and(|s| date.year < s.year) && told_as_past(sentence, at)
    }

    /// Is month `m`, day `d` (no year told) within six weeks after the day the story stands on,
    /// and not after the date line?
    fn continues_story(&self, m: u32, d: u32) -> bool {
        let Some(day) = self.story_day.and_then(|s| s.days().zip(s.year)) else { return false };
        let (story, y) = day;
        [y, y + 1].into_iter().any(|y| {
            let at = valid_ymd(y, m, d).then(|| days_from_civil(y, m, d));
            at.is_some_and(|at| {
                (story..=story + 42).contains(&at) && self.publication.and_then(|p| p.days()).is_none_or(|p| at <= p)
            })
        })
    }

    /// Is the year-less `date` (month and day) a day of the story told without years, within six
    /// weeks after its last day ([`Resolver::yearless_day`]), on a page with no date line, while
    /// a year told since stands as the running context?
    fn continues_yearless_story(&self, date: PartialDate) -> bool {
        let (Some(last), Some(m), Some(d)) = (self.yearless_day, date.month, date.day) else { return false };
        let gap =
            |y: i32| days_from_civil(y, m, d) - days_from_civil(y, last.month.unwrap_or(1), last.day.unwrap_or(1));
        self.publication.is_none() && self.context.is_some() && valid_ymd(2001, m, d) && (0..=42).contains(&gap(2001))
    }

    /// The year-less day of a bare ordinal ("In the early hours of the 18th") that carries on a
    /// story told without years (see [`Resolver::continues_yearless_story`]): of the month of its
    /// last day, not of a background date told since with its year ("In September 2023, …").
    fn yearless_ordinal(&self, d: u32) -> Option<PartialDate> {
        let last = self.yearless_day?;
        let date = PartialDate { year: None, month: last.month, day: Some(d) };
        self.continues_yearless_story(date).then_some(date)
    }

    /// Resolve one expression of `sentence`; updates the running context when the expression sets one.
    pub fn resolve(&mut self, sentence: &str, e: &TimeExpr) -> Option<Resolved> {
        if let TimeValue::Relative(Relative::Anniversary { years, of_year, month, day }) = e.value {
            let (date, counted) = self.anniversary(years, of_year, month, day)?;
            let mut r =
                self.resolve(sentence, &TimeExpr { value: TimeValue::Calendar { date, upcoming: false }, ..*e })?;
            if r.date.day.is_some() {
                self.anniversary_day = Some(r.date);
            }
            if counted {
                r.basis = DateBasis::Context;
            }
            return Some(r);
        }
        let this_sentence = (sentence.as_ptr() as usize, sentence.len());
        if this_sentence != self.last_sentence {
            self.last_sentence = this_sentence;
            self.dated_sentences += 1;
            self.next_sentence();
        }
        // A paragraph that opens by counting on from the flashback before it stays in it.
        if std::mem::take(&mut self.paragraph_start) {
            if let Some((inside, story)) = self.left_flashback.take() {
                let counts_on = matches!(
                    e.value,
                    TimeValue::Relative(
                        Relative::Offset { from_anchor: false, unit: Unit::Month | Unit::Year, .. }
                            | Relative::Season { of_context: true, .. }
                            | Relative::MonthOf { of_context: true, .. }
                    )
                );
                if counts_on {
                    self.restore(inside);
                    self.flashback = Some(story);
                }
            }
        }
        // "After gunmen killed twenty-five people in Ahvaz in September 2018, … The prosecutor
        // said on September 28 …" after "September 26, 2025": a year-less day that carries the
        // story on within weeks ends a flashback (a print flattened to one line has no paragraph
        // break to end it).
        if let TimeValue::Calendar { date: PartialDate { year: None, month: Some(m), day: Some(d) }, .. } = e.value {
            if self.flashback.is_some() && self.continues_story(m, d) {
                if let Some(st) = self.flashback.take() {
                    self.restore(st);
                    self.aside = None;
                    self.story = None;
                }
            }
        }
        // "In 2071, the council had banned new wells. … This year's crisis began on March 14":
        // with no date line, "this year" brings the story to the latest year the article writes
        // ("May 31, 2090"), and a year-less day after it is of that year.
        // So do "this May" and "this spring".
        let this_year = matches!(
            e.value,
            TimeValue::Relative(
                Relative::Publication { unit: Unit::Year, shift: 0 }
                    | Relative::MonthDeictic { shift: 0, .. }
                    | Relative::Season { of_context: false, shift: 0, .. }
            )
        );
        if let (None, Some(y), true) = (self.publication, self.presumed_year, this_year) {
            if self.context.is_some_and(|c| c.year.is_some_and(|cy| cy < y)) {
                self.context = Some(PartialDate::y(y));
                self.context_frames = true;
                self.story = None;
            }
        }
        let text = Some(sentence.get(e.start..e.end).unwrap_or("").to_string());
        // "Three nights after the anniversary": counted from the day told as the anniversary,
        // this once; the last date told stays what a later offset counts from.
        let mut restore_anchor = None;
        if let TimeValue::Relative(Relative::Offset { from_anchor: true, sign: 1, .. }) = e.value {
            if let Some(day) = self.anniversary_day.filter(|_| names_anniversary(&sentence[e.end..])) {
                restore_anchor = Some(self.anchor.replace(day));
            }
        }
        if let TimeValue::Relative(Relative::DayOfMonth(d)) = e.value {
            if let Some(date) = self.yearless_ordinal(d) {
                // The year told in between was background: the story goes on without one.
                self.context = None;
                self.context_frames = false;
                self.anchor = Some(date);
                self.yearless = Some(date);
            }
        }
        let (date, end, basis, sets_context) = match e.value {
            TimeValue::Calendar { date, upcoming } => {
                if date.year.is_some() {
                    // "a force that the PKK helped to create in 2014", "the 2020 agreement": a
                    // year of background does not move the story's time frame.
                    // "Nimrawi, who won his seat in the December 2023 elections, was found five
                    // days later": a month told to describe someone, in a relative clause, while
                    // the story stands on a later day, is background too.
                    let describing = date.day.is_none()
                        && self.story_day.is_some_and(|s| (s.year, s.month) > (date.year, date.month))
                        && describing_clause(sentence, e.start);
                    let frames = !describing
                        && (date.month.is_some()
                            || !(background_year(sentence, e.start) || modifier_year(sentence, e.start, e.end)));
                    (date, None, DateBasis::Explicit, frames)
                } else if let Some(y) = self.coming_year(date, sentence, e.start) {
                    // Ahead of the date line: not where the story stands.
                    (PartialDate { year: Some(y), ..date }, None, DateBasis::Publication, false)
                } else if self.continues_yearless_story(date) {
                    // "On February 25, … in May 2024, the emir suspended … On March 4, …" on a page
                    // with no date line: a day that carries on the story told without years stays
                    // without one; the year told in between was background.
                    self.context = None;
                    self.context_frames = false;
                    self.yearless = Some(date);
                    self.weekday_year = calendar_with(date, e.weekday).or(self.weekday_year);
                    (date, None, DateBasis::Explicit, false)
                } else {
                    let (year, basis) = self.year_for(date, upcoming, pluperfect_before(sentence, e.start));
                    if year.is_none() {
                        self.weekday_year = calendar_with(date, e.weekday).or(self.weekday_year);
                    }
                    let year = year.map(|y| weekday_year(y, date, e.weekday, basis));
                    (PartialDate { year, ..date }, None, basis, year.is_some())
                }
            }
            TimeValue::Range { from, to } => {
                let (from, to, basis) = if from.year.is_some() {
                    (from, PartialDate { year: to.year.or(from.year), ..to }, DateBasis::Explicit)
                } else {
                    let (year, basis) = self.year_for(from, false, false);
                    (PartialDate { year, ..from }, PartialDate { year: to.year.or(year), ..to }, basis)
                };
                // "between 2008 and 2014", "from 2013 to 2022": a span of years is background
                // that frames no year-less date after it.
                let span_of_years = from.month.is_none() && to.year.is_some_and(|y| Some(y) != from.year);
                (from, Some(to), basis, from.year.is_some() && !span_of_years)
            }
            TimeValue::Relative(rel) => {
                // (The sequence word "then" names no day: "Then, at around 10 a.m. on October 3,
                // 2072, …" in a story told without years so far.)
                let sequence = rel == Relative::Then
                    && self.context.is_none()
                    && sentence.get(e.start..e.end).is_some_and(|w| w.eq_ignore_ascii_case("then"));
                let counted = if sequence { None } else { self.relative(rel) };
                if let Some(anchor) = restore_anchor {
                    self.anchor = anchor;
                }
                let (date, basis, sets) = counted?;
                // "did not exist a year ago": years counted back from now, told after the clause's
                // verb, compare with the present; only an opening "A year ago, …" frames the story.
                let comparison =
                    matches!(rel, Relative::Ago { unit: Unit::Year, .. }) && !opens_sentence(sentence, e.start);
                // "Baghdad summoned the envoy the next morning (and called …).": a step told at the
                // end of a clause, after its verb, is a side step; "A week later" counts from the
                // story's day.
                let rest = sentence[e.end..].trim_start();
                // ("The clan's answer came two days later.": what came is the story's next step.)
                let word_before = sentence[..e.start].split_whitespace().next_back().unwrap_or("");
                let came = matches!(word_before, "came" | "followed" | "began" | "started" | "arrived");
                // ("The quarrel turned deadly two days later.", "The mediators got to work the next
                // day.": a short lead-in tells the story's next step, whatever its verb.)
                let lead_in = sentence[..e.start].split_whitespace().count() <= 8 && rest.starts_with('.');
                let trailing = matches!(rel, Relative::Offset { unit: Unit::Day, .. })
                    && !opens_sentence(sentence, e.start)
                    && !came
                    && !lead_in
                    && (rest.starts_with(['.', ';'])
                        || rest.starts_with("and ")
                        || rest.starts_with(", and ")
                        || place_adjunct_to_end(rest));
                // "say it came a week after he refused …": the week counts back from what came, the
                // story's day, to an act told only here; the story does not move on. ("The first
                // arrests came two days after the killing" counts on from the killing.)
                let came_after = matches!(rel, Relative::Offset { sign: 1, from_anchor: true, .. })
                    && matches!(word_before, "came" | "comes" | "come")
                    && rest
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "he" | "she" | "they" | "it" | "we" | "I"));
                (date, None, basis, sets && !comparison && !trailing && !came_after)
            }
        };
        // "On August 9, army intelligence arrested three men over the July 19 assault; two were
        // released four days later": an earlier day that names an event ("the July 19 assault")
        // moves neither the story nor what counts on.
        let names_earlier_day = matches!(e.value, TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. })
            && sentence[..e.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "the" | "its" | "their" | "his" | "her"))
            && sentence[e.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
            && self.anchor.is_some_and(|a| {
                a.day.is_some()
                    && (a.year.is_none() || date.year.is_none() || a.year == date.year)
                    && (a.month, a.day) > (date.month, date.day)
            });
        let sets_context = sets_context && !names_earlier_day;
        // "On May 28, … The case had been filed in January …": a coarser date told in the
        // pluperfect, before a day-precise running date, is a flashback; the story stays put.
        // A day told in the pluperfect before the story's day is a flashback too ("whom the
        // cabinet had placed at the head of the office on June 16", told after July 3).
        // ("The same pattern was seen in August 2084, when a crowd had ransacked …": the time of
        // a step back told after it.)
        let when_had = || {
            let tail = sentence.get(e.end..).unwrap_or("").trim_start_matches([',', ' ']);
            tail.strip_prefix("when ").is_some_and(|rest| pluperfect_after(rest, 0))
        };
        let flashback = matches!(e.value, TimeValue::Calendar { .. })
            && (pluperfect_before(sentence, e.start) || in_pluperfect_step_back(sentence, e.start) || when_had())
            && self.context.is_some_and(|c| {
                c.day.is_some()
                    && date.year.is_some()
                    && (date.year, date.month.unwrap_or(12), date.day.unwrap_or(31))
                        < (c.year, c.month.unwrap_or(12), c.day.unwrap_or(31))
            })
            // "The factions had announced a halt to their attacks in October 2084" in a brief
            // dated January 29, 2087, before any date of the story: history told in the
            // pluperfect, which frames no year-less day after it.
            || (self.context.is_none()
                && matches!(e.value, TimeValue::Calendar { .. })
                && date.year.is_some()
                && pluperfect_before(sentence, e.start)
                && self.publication.and_then(|p| p.year).zip(date.year).is_some_and(|(py, y)| y < py - 1))
            // "Saadi had spoken on television two nights earlier": a step back told in the
            // pluperfect; "Two days later" still counts from the killing.
            // So is "In his sermon two days earlier he had condemned …".
            || (matches!(e.value, TimeValue::Relative(Relative::Offset { sign: -1, .. }))
                && (pluperfect_before(sentence, e.start) || pluperfect_after(sentence, e.end)));
        // "On the night of September 8, 2024, … In August, a shop was set alight …": a month
        // told without a year or day that does not pass the story's day (or "by the end of
        // March" after "on March 9") is an aside; it moves neither the running date nor the
        // anchor, so that "Two days later" still counts from the story.
        // "In May 2017, … That quiet ended this winter.": the present of the date line, told
        // after a past year, brings the story back to now; a year-less day after it goes by the
        // date line, not by 2017.
        let present = matches!(
            e.value,
            TimeValue::Relative(
                Relative::Now
                    | Relative::Publication { shift: 0, unit: Unit::Year | Unit::Month | Unit::Week }
                    | Relative::Season { of_context: false, shift: 0, .. }
            )
        );
        if present && self.context.is_some_and(|c| c.year.is_some() && c.year < date.year) {
            self.context = None;
            self.context_frames = false;
        }
        let aside = sets_context && !flashback && self.aside_of_story(date, e.value);
        // "In 2018, the land registry transferred …" in a story that stands on September 2024:
        // a bare earlier year dates its own sentence, and the story's date comes back after it
        // (see [`Resolver::story`]).
        // ("In 2091, Kazerooni had run the prosecution …; she was freed that December": a time
        // counted from a background year told earlier in the sentence is background too.)
        let background = sets_context
            && !flashback
            && !aside
            && (self.background_of_story(date, e.value, sentence, e.end)
                || (self.story.is_some()
                    && matches!(
                        e.value,
                        TimeValue::Relative(_) | TimeValue::Calendar { date: PartialDate { year: None, .. }, .. }
                    )));
        if background {
            self.story = self.story.or(self.context.map(|c| (c, self.context_frames)));
        }
        if aside || background {
            self.aside = Some(date);
        }
        let flashback = flashback || aside;
        // "In January 2022, the Giants Brigades drove the Houthis out …" after "on September 14,
        // 2025": a month of an earlier year moves the clock for its paragraph ("The truce that
        // began that April …"), and the story's day comes back at the next one.
        if sets_context
            && !flashback
            && !background
            && self.opens_flashback(date, e.value, sentence, e.start)
            && self.flashback.is_none()
        {
            let (context, frames) = self.story.unwrap_or((self.context.unwrap_or(date), self.context_frames));
            self.flashback = Some(StoryState { context: Some(context), frames, ..self.story_state() });
        }
        // (A year-less day counts once the date line or the story has given it its year.)
        if let (
            TimeValue::Calendar { date: PartialDate { month: Some(_), day: Some(_), .. }, .. },
            d @ PartialDate { year: Some(_), .. },
        ) = (e.value, date)
        {
            if sets_context
                && !flashback
                && self.story_day.is_none_or(|s| (d.year, d.month, d.day) >= (s.year, s.month, s.day))
            {
                self.story_day = Some(d);
                self.flashback = None;
            }
        }
        if sets_context && date.year.is_some() && !flashback {
            if !background {
                self.aside = None;
                self.story = None;
            }
            // (A background month, "elected in December 2023" after "in 2019", is not the
            // story's year.)
            if let TimeValue::Calendar { date: PartialDate { year: Some(y), month: Some(_), .. }, .. } = e.value {
                if !background {
                    self.year_told = Some(y);
                }
            }
            self.context = Some(date);
            self.context_set_at = self.dated_sentences;
            self.context_fresh = true;
            self.yearless = None;
            // A year told with the story's own verb frames it ("The rebels attacked Marib in
            // 2021"); one counted from the date line only when it opens its sentence ("Last year,
            // …"): inside one it mostly sets the present against the past ("dates from late last
            // year").
            self.context_frames = date.month.is_some()
                || matches!(e.value, TimeValue::Calendar { .. } | TimeValue::Range { .. })
                || opens_sentence(sentence, e.start);
        } else if date.year.is_none() && date.month.is_some() && self.context.is_none() && !names_earlier_day {
            // A story told without years: its running date is kept apart, for the offsets only.
            let frames = match e.value {
                TimeValue::Calendar { upcoming, .. } => !upcoming,
                TimeValue::Range { .. } => true,
                TimeValue::Relative(_) => sets_context,
            };
            if frames {
                self.yearless = Some(date);
            }
        }
        let told = match e.value {
            TimeValue::Calendar { .. } | TimeValue::Range { .. } => date.year.is_some() || date.month.is_some(),
            TimeValue::Relative(
                Relative::Weekday(_)
                | Relative::LastWeekday(_)
                | Relative::WeekdayBeforeLast(_)
                | Relative::WeekdayLastWeek(_)
                | Relative::WeekdayFrom { .. }
                | Relative::WeekdayOfMonth { .. },
            ) => date.day.is_some(),
            TimeValue::Relative(Relative::EdgeOfMonth { .. }) => true,
            TimeValue::Relative(_) => false,
        };
        // An aside is still the last date told: "in mid-May. In the early hours of the 14th, …"
        // is May 14.
        // "On December 30, a spokesman told a crowd in Karama Square, where the protests were
        // held in 2023, …. Three nights later, …": a background year inside a sentence does not
        // displace a day told before it as the anchor of what counts on ("Since 2023, … after
        // protests that summer" opens its sentence and is the antecedent).
        let background_year_only = matches!(e.value, TimeValue::Calendar { date: PartialDate { month: None, .. }, .. })
            && !sets_context
            && !opens_sentence(sentence, e.start)
            && self.anchor.is_some_and(|a| a.day.is_some());
        if let TimeValue::Relative(Relative::Publication { unit: Unit::Month, .. }) = e.value {
            self.month_named = Some(date);
        }
        match (date.year, date.day) {
            (None, Some(_)) if self.yearless == Some(date) => self.yearless_day = Some(date),
            (Some(_), Some(_)) => self.yearless_day = None,
            _ => {}
        }
        // "On September 16, 2026, the fourth anniversary of Amini's death": the anniversary's day.
        if let TimeValue::Calendar { date: PartialDate { day: Some(_), .. }, .. } = e.value {
            if sentence[e.end..].strip_prefix(',').is_some_and(names_anniversary) {
                self.anniversary_day = Some(date);
            }
        }
        if told && !background_year_only && !names_earlier_day {
            self.anchor = Some(date);
            self.anchor_in = this_sentence;
            self.night = (date.day.is_some() && told_as_night(sentence, e.start)).then_some(date);
        }
        Some(Resolved { date, end, basis, text })
    }

    /// The date of an anniversary (see [`Relative::Anniversary`]) as a calendar date, and
    /// whether its year was counted: `years` after the referent's year, the one written in its
    /// "of" phrase or else that of the last date told, when that date's month (and day) agree
    /// with the day written beside it, or, with none written, when it gives at least a month.
    /// Never after the date line. Otherwise the day written beside it, year-less.
    fn anniversary(
        &self,
        years: Option<i32>,
        of_year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    ) -> Option<(PartialDate, bool)> {
        let written = PartialDate { year: None, month, day };
        let referent = match of_year {
            Some(y) => Some(PartialDate::y(y)),
            None => self.anchor.filter(|a| a.year.is_some() && a.month.is_some()),
        };
        let agrees = |r: &PartialDate| match (month, r.month) {
            (Some(m), Some(rm)) => m == rm && r.day.is_none_or(|rd| Some(rd) == day),
            _ => true,
        };
        let counted = years.zip(referent.filter(agrees)).and_then(|(n, r)| {
            let y = r.year? + n;
            let date = match month {
                Some(_) => PartialDate { year: Some(y), ..written },
                None => PartialDate { year: Some(y), ..r },
            };
            let valid = date.day.is_none_or(|d| valid_ymd(y, date.month.unwrap_or(1), d));
            let told = date.month.is_some() || of_year.is_some();
            let past = self.publication.is_none_or(|p| {
                (date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))
                    <= (p.year, p.month.unwrap_or(12), p.day.unwrap_or(31))
            });
            (valid && told && past).then_some(date)
        });
        match counted {
            Some(date) => Some((date, true)),
            None => month.is_some().then_some((written, false)),
        }
    }

    /// Is `date` an aside of a story that stands on a day of its own: a month told without a
    /// year or a day that does not pass the story's day ("In August, a shop was set alight"
    /// after "On September 8, 2024"; "by the end of March" after "on March 9")?
    fn aside_of_story(&self, date: PartialDate, value: TimeValue) -> bool {
        let Some(c) = self.context.filter(|c| c.year.is_some() && c.day.is_some()) else {
            return false;
        };
        let yearless_month = matches!(
            value,
            TimeValue::Calendar { date: PartialDate { year: None, month: Some(_), day: None }, upcoming: false }
        );
        yearless_month && date.year.zip(date.month) <= c.year.zip(c.month)
    }

    /// Is `date` a bare year before the year of a story that stands on a month of a year it
    /// wrote out ("In 2018, …" after "On the night of September 8, 2024")? A year only inferred
    /// from the date line does not hold the story: "In early June, … in spring 2021. On August
    /// 31, …" is the August of 2021, unless the year is told in the pluperfect while the story
    /// stands on a day (`end`: where the year's expression ends in `sentence`).
    fn background_of_story(&self, date: PartialDate, value: TimeValue, sentence: &str, end: usize) -> bool {
        // (Against the story put aside by an earlier background year of the same sentence: "In
        // 2021 the group detained two, and in January 2024 it seized a dozen more".)
        let story = self.story.map(|(c, _)| c).or(self.context);
        let Some(c) = story.filter(|c| c.year.is_some() && c.month.is_some()) else {
            return false;
        };
        let bare_year = matches!(
            value,
            TimeValue::Calendar { date: PartialDate { year: Some(_), month: None, .. }, upcoming: false }
        );
        // A month of an earlier year, after a background year in the same sentence.
        let month_of_background = self.story.is_some()
            && matches!(
                value,
                TimeValue::Calendar { date: PartialDate { year: Some(_), day: None, .. }, upcoming: false }
            );
        // "Last year, a similar strike in Tehran ended …" told while the story stands on a day
        // of a later year: a comparison with the past, and the story's day comes back after it.
        let earlier_like_it = || {
            matches!(value, TimeValue::Relative(Relative::Publication { unit: Unit::Year, shift }) if shift < 0)
                && self.story_day.is_some_and(|s| s.year > date.year)
                && [" similar ", " comparable "].iter().any(|w| scan::lowercase_cow(sentence).contains(w))
        };
        // "His supporters say the certificate was checked and accepted in 2025, when he ran": a
        // bare earlier year in what someone says now, while the story stands on a day.
        let said_now = || {
            bare_year
                && self.story_day.is_some_and(|s| s.year > date.year && s.year == c.year)
                && scan::lowercase_cow(sentence).split(' ').any(|w| matches!(w, "say" | "says" | "insist" | "insists"))
        };
        // "On 7 May, officers detained seven men. In 2081, the GIS had held three of them …": a
        // bare earlier year told in the pluperfect while the story stands on a day is history,
        // whatever gave the story its year.
        let history_told_before =
            || bare_year && c.day.is_some() && date.year < c.year && pluperfect_after(sentence, end);
        (bare_year || month_of_background) && date.year < c.year && self.year_told == c.year
            || earlier_like_it()
            || said_now()
            || history_told_before()
    }

    /// The date line's year for a year-less date told in a future clause ("is expected to … before
    /// the vote on May 15", "talks are scheduled for 3 June") that falls within four months after
    /// the date line: the coming one, not the same day of the year before.
    fn coming_year(&self, d: PartialDate, sentence: &str, at: usize) -> Option<i32> {
        let p = self.publication?;
        let (py, m) = (p.year?, d.month?);
        let gap = days_from_civil(py, m, d.day.unwrap_or(1).min(days_in_month(py, m))) - p.days()?;
        ((1..=120).contains(&gap) && future_clause(sentence, at)).then_some(py)
    }

    /// The year of a year-less month/day: recent past of the date line, else context, else the date line.
    /// (`told_before`: the date is told in the pluperfect, "who had been taken from his home in
    /// May", so the year that puts it before the running context is the likelier one.)
    fn year_for(&self, d: PartialDate, upcoming: bool, told_before: bool) -> (Option<i32>, DateBasis) {
        let m = d.month.unwrap_or(1);
        let day = d.day.unwrap_or(1);
        // A context known only to the year frames a year-less date only if it opened its sentence
        // ("Last year, …"); otherwise the date goes by the date line (the latest such month and
        // day not after it), as HeidelTime resolves underspecified dates in news.
        let context = self
            .context
            .filter(|c| c.year.is_some() && (self.publication.is_none() || c.month.is_some() || self.context_frames));
        // A context whose year is more than a year before the date line's.
        let long_before =
            |c: &PartialDate| self.publication.and_then(|p| p.year).zip(c.year).is_some_and(|(py, cy)| cy < py - 1);
        // (A year of history told without its month, "In 2047, the government tried …", does
        // not carry a year-less day near the date line back to it.)
        let history = |c: &PartialDate| c.month.is_none() && long_before(c);
        let fresh = self.context_fresh
            && self.dated_sentences - self.context_set_at < FRESH_DATED_SENTENCES
            && !context.as_ref().is_some_and(history);
        if let Some(p) = self.publication.filter(|_| !(fresh && context.is_some())) {
            let py = p.year.unwrap_or(0);
            let pub_days = p.days().unwrap_or(0);
            for y in [py, py - 1] {
                let dd = day.min(days_in_month(y, m));
                if valid_ymd(y, m, dd) {
                    let gap = pub_days - days_from_civil(y, m, dd);
                    if (0..=62).contains(&gap) || (upcoming && (-120..0).contains(&gap) && y == py) {
                        return (Some(y), DateBasis::Publication);
                    }
                }
            }
            // A context years before the date line, told paragraphs back ("the agreement signed in
            // October 2020 …" in an article of April 2073), does not reach "In January": the date
            // line's last January does.
            let stale_and_old = !self.context_fresh && context.as_ref().is_some_and(long_before);
            if stale_and_old {
                for y in [py, py - 1] {
                    let dd = day.min(days_in_month(y, m));
                    if valid_ymd(y, m, dd) && pub_days >= days_from_civil(y, m, dd) {
                        return (Some(y), DateBasis::Publication);
                    }
                }
            }
        }
        if let Some(c) = context {
            let cy = c.year.unwrap_or(0);
            let (cm, cd) = (c.month.unwrap_or(6), c.day.unwrap_or(15));
            let anchor = days_from_civil(cy, cm, cd.min(days_in_month(cy, cm)));
            let limit = self.publication.and_then(|p| p.days());
            // The year that puts the date nearest the running context, never after the date line.
            // A story mostly moves forward: a date before the context counts as twice as far
            // ("late March" … "September 20" is the September after, not the one before).
            let candidates = [cy, cy + 1, cy - 1];
            let best = candidates
                .iter()
                .copied()
                .filter(|y| valid_ymd(*y, m, day.min(days_in_month(*y, m))))
                .filter(|y| {
                    limit.is_none_or(|l| days_from_civil(*y, m, day.min(days_in_month(*y, m))) <= l || upcoming)
                })
                .filter(|y| !upcoming || days_from_civil(*y, m, day.min(days_in_month(*y, m))) >= anchor)
                .min_by_key(|y| {
                    let gap = days_from_civil(*y, m, day.min(days_in_month(*y, m))) - anchor;
                    match (gap < 0, told_before) {
                        (true, false) => -2 * gap,
                        (true, true) => -gap,
                        (false, false) => gap,
                        (false, true) => 2 * gap,
                    }
                });
            let y = if c.month.is_none() { Some(cy) } else { best };
            if let Some(y) = y {
                return (Some(y), DateBasis::Context);
            }
        }
        if let Some(p) = self.publication {
            let py = p.year.unwrap_or(0);
            let y = if (m, day) <= (p.month.unwrap_or(12), p.day.unwrap_or(31)) || upcoming { py } else { py - 1 };
            return (Some(y), DateBasis::Publication);
        }
        (None, DateBasis::Explicit)
    }

    fn relative(&self, rel: Relative) -> Option<(PartialDate, DateBasis, bool)> {
        let pubd = self.publication;
        Some(match rel {
            Relative::Publication { unit, shift } => {
                let p = pubd?;
                let (y, m, d) = (p.year?, p.month?, p.day?);
                let date = match unit {
                    Unit::Year => PartialDate::y(y + shift),
                    Unit::Month => {
                        let idx = y * 12 + m as i32 - 1 + shift;
                        PartialDate::ym(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
                    }
                    Unit::Week => {
                        let (yy, mm, _) = civil_from_days(days_from_civil(y, m, d) + 7 * i64::from(shift));
                        PartialDate::ym(yy, mm)
                    }
                    Unit::Day => {
                        let (yy, mm, dd) = civil_from_days(days_from_civil(y, m, d) + i64::from(shift));
                        PartialDate::ymd(yy, mm, dd)
                    }
                    Unit::Hour => PartialDate::ymd(y, m, d),
                };
                // ("Arrabi's answer came yesterday. At a meeting …, he offered …": the story moves to
                // yesterday, as to a weekday; "today" is the time of writing.)
                (date, DateBasis::Publication, shift != 0 && matches!(unit, Unit::Year | Unit::Month | Unit::Day))
            }
            // A weekday is the last such day on or before the date line, even in a story told by
            // a running context (news counts weekdays from the day it is written). With no date
            // line the day is unknown: the context's month at most, which it does not move.
            Relative::Weekday(_)
            | Relative::LastWeekday(_)
            | Relative::WeekdayBeforeLast(_)
            | Relative::WeekdayLastWeek(_)
                if pubd.is_none() =>
            {
                let c = self.context.filter(|c| c.year.is_some() && c.month.is_some())?;
                (c.truncate(Precision::Month), DateBasis::Context, false)
            }
            Relative::Weekday(wd)
            | Relative::LastWeekday(wd)
            | Relative::WeekdayBeforeLast(wd)
            | Relative::WeekdayLastWeek(wd) => {
                let p = pubd?;
                let (y, m, d) = (p.year?, p.month?, p.day?);
                let back = (weekday(y, m, d) as i64 - i64::from(wd)).rem_euclid(7);
                let back = match rel {
                    Relative::WeekdayLastWeek(_) => weekday(y, m, d) as i64 + 7 - i64::from(wd),
                    Relative::LastWeekday(_) if back == 0 => 7,
                    Relative::WeekdayBeforeLast(_) if back == 0 => 14,
                    Relative::WeekdayBeforeLast(_) => back + 7,
                    _ => back,
                };
                let (yy, mm, dd) = civil_from_days(days_from_civil(y, m, d) - back);
                (PartialDate::ymd(yy, mm, dd), DateBasis::Publication, true)
            }
            Relative::WeekdayFrom { wd, dir } => {
                // (In a story told without years, counted in a year whose calendar it fits, and
                // told without one.)
                let yearless = || {
                    let c = self.yearless.filter(|c| c.year.is_none() && c.day.is_some())?;
                    Some(PartialDate { year: self.weekday_year, ..c })
                };
                let Some(c) = self.context.filter(|c| c.year.is_some() && c.day.is_some()).or_else(yearless) else {
                    return self.relative(Relative::Weekday(wd));
                };
                let (y, m, d) = (c.year?, c.month?, c.day?);
                let today = i64::from(weekday(y, m, d));
                let step = match dir {
                    1 => (i64::from(wd) - today - 1).rem_euclid(7) + 1,
                    -1 => -((today - i64::from(wd) - 1).rem_euclid(7) + 1),
                    _ => (i64::from(wd) - today).rem_euclid(7),
                };
                let (yy, mm, dd) = civil_from_days(days_from_civil(y, m, d) + step);
                if self.context.is_none_or(|c| c.year.is_none()) {
                    // (Within the year it was counted in; the year itself stays untold.)
                    return (yy == y).then_some((
                        PartialDate { year: None, month: Some(mm), day: Some(dd) },
                        DateBasis::Context,
                        true,
                    ));
                }
                (PartialDate::ymd(yy, mm, dd), DateBasis::Context, true)
            }
            Relative::Now => (pubd?.truncate(Precision::Month), DateBasis::Publication, false),
            // (In a story told without years, its year-less day: "On Saturday, June 2, … and that
            // evening artillery shells fell on Khiam".)
            Relative::Then => (self.context.or(self.yearless)?, DateBasis::Context, false),
            Relative::After => return None,
            Relative::Weekend { of_context } => {
                let day = |d: PartialDate| Some((d.year?, d.month?, d.day?));
                let (base, basis) = match (of_context, pubd.and_then(day), self.context.and_then(day)) {
                    (false, Some(p), _) => (p, DateBasis::Publication),
                    (_, _, Some(c)) => (c, DateBasis::Context),
                    // A story told without years has no weekdays: its weekend is known to the
                    // running month ("On April 16, … That weekend, she was arrested": `--04`).
                    _ => {
                        let y = self.yearless.filter(|y| y.year.is_none() && y.month.is_some())?;
                        return Some((y.truncate(Precision::Month), DateBasis::Context, false));
                    }
                };
                let at = days_from_civil(base.0, base.1, base.2);
                let wd = i64::from(weekday(base.0, base.1, base.2));
                // Its Saturday: the last one before the date line (the day before a Sunday date
                // line), or the first on or after the running day (the day before a Sunday).
                // (Monday is 0: a Saturday 5, a Sunday 6.)
                let saturday = match (of_context, wd) {
                    (_, 6) => at - 1,
                    (_, 5) => at,
                    (false, _) => at - (wd + 2),
                    (true, _) => at + (5 - wd),
                };
                let (y, m, _) = civil_from_days(saturday);
                let (_, m2, _) = civil_from_days(saturday + 1);
                let date = if m == m2 { PartialDate::ym(y, m) } else { PartialDate::y(y) };
                (date, basis, false)
            }
            Relative::Dawn => {
                let night = self.night.filter(|n| Some(*n) == self.anchor)?;
                (shift(night, Unit::Day, Some(1), 1)?, DateBasis::Context, true)
            }
            // "On the 22nd": a day of the month last told, year-less in a story told without years.
            Relative::DayOfMonth(d) => {
                match self.anchor.or(self.context).filter(|c| c.year.is_some() && c.month.is_some()) {
                    Some(c) => {
                        let (y, m) = (c.year?, c.month?);
                        valid_ymd(y, m, d).then_some(())?;
                        (PartialDate::ymd(y, m, d), DateBasis::Context, true)
                    }
                    // "Few had heard of him before this month. Late on the 2nd, …": with no month
                    // told, the latest such day not after the date line.
                    None if self.yearless.is_none() && self.month_named.is_some() => {
                        let named = self.month_named?;
                        let (y, m) = (named.year?, named.month?);
                        valid_ymd(y, m, d).then_some(())?;
                        let date = PartialDate::ymd(y, m, d);
                        // (Not after the date line.)
                        if pubd.is_some_and(|p| p.days() < date.days()) {
                            return None;
                        }
                        (date, DateBasis::Publication, true)
                    }
                    None => {
                        let m = self.yearless?.month?;
                        // Any day the month can have, in some year (a leap year allows February 29).
                        valid_ymd(2024, m, d).then_some(())?;
                        (PartialDate { year: None, month: Some(m), day: Some(d) }, DateBasis::Context, true)
                    }
                }
            }
            Relative::EdgeOf { unit, last } => {
                let (base, basis) = match self.context.filter(|c| c.year.is_some()) {
                    Some(c) => (c, DateBasis::Context),
                    None => (pubd?, DateBasis::Publication),
                };
                let y = base.year?;
                let (m, d) = match (unit, last) {
                    (Unit::Year, true) => (12, 31),
                    (Unit::Year, false) => (1, 1),
                    (Unit::Month, true) => (base.month?, days_in_month(y, base.month?)),
                    (Unit::Month, false) => (base.month?, 1),
                    _ => return None,
                };
                (PartialDate::ymd(y, m, d), basis, true)
            }
            Relative::WeekdayOfMonth { wd, nth, month } => {
                // The year a year-less date of that month would take; no year, no weekday.
                let (year, basis) =
                    self.year_for(PartialDate { year: None, month: Some(month), day: Some(1) }, false, false);
                let day = year.and_then(|y| calendar::nth_weekday_of_month(y, month, wd, nth));
                (PartialDate { year, month: Some(month), day: day.filter(|_| year.is_some()) }, basis, true)
            }
            Relative::Anniversary { .. } => return None,
            Relative::EdgeOfMonth { month, last } => {
                // The year a year-less date of that month would take; a day in February needs it.
                let (year, basis) =
                    self.year_for(PartialDate { year: None, month: Some(month), day: Some(1) }, false, false);
                let date = match year {
                    Some(y) => PartialDate::ymd(y, month, if last { days_in_month(y, month) } else { 1 }),
                    None if last && month == 2 => PartialDate { year: None, month: Some(2), day: None },
                    None => PartialDate {
                        year: None,
                        month: Some(month),
                        day: Some(if last { days_in_month(2001, month) } else { 1 }),
                    },
                };
                (date, basis, true)
            }
            Relative::MonthDeictic { month, shift } => {
                let (base, basis) = match pubd {
                    Some(p) => (p, DateBasis::Publication),
                    None => (self.context.filter(|c| c.year.is_some() && c.month.is_some())?, DateBasis::Context),
                };
                let (by, bm) = (base.year?, base.month?);
                let y = if shift < 0 && month >= bm { by - 1 } else { by };
                (PartialDate::ym(y, month), basis, true)
            }
            Relative::MonthOf { month, of_context, shift } => {
                let (base, basis) = if of_context {
                    (self.context.filter(|c| c.year.is_some())?, DateBasis::Context)
                } else {
                    (pubd?, DateBasis::Publication)
                };
                (PartialDate::ym(base.year? + shift, month), basis, true)
            }
            Relative::Holiday { holiday, back, year } => {
                let (y, basis) = match year {
                    Some(y) => (y, DateBasis::Explicit),
                    None => {
                        // The year that puts the holiday nearest the story, as a year-less date of
                        // its month in the story's (or the date line's) year.
                        // (The eve of New Year's Day is in the year before.)
                        let near = self.context.or(pubd).and_then(|c| c.year)?;
                        let (m, d, _) = holiday_date(holiday, near)?;
                        let (_, em, ed) = civil_from_days(days_from_civil(near, m, d) - i64::from(back));
                        let (y, basis) =
                            self.year_for(PartialDate { year: None, month: Some(em), day: Some(ed) }, false, false);
                        (y? + i32::from(em > m), basis)
                    }
                };
                let (m, d, sure) = holiday_date(holiday, y)?;
                let day = days_from_civil(y, m, d) - i64::from(back);
                let (yy, mm, dd) = civil_from_days(day);
                // "On the eve of Eid al-Adha": the eve of a movable feast is asked for as a day;
                // the table's day is kept (it may be a day off from country to country).
                let date = if sure || back != 0 { PartialDate::ymd(yy, mm, dd) } else { PartialDate::ym(yy, mm) };
                (date, basis, true)
            }
            Relative::Season { season, of_context, shift } => {
                if of_context {
                    // "In June 2021, … That autumn, …": the story moves on to the season's year,
                    // its month no longer known; within the season ("In October … that autumn")
                    // the story stays.
                    // A year told before it in the same sentence is nearer than the story's: "Since
                    // 2023, a brigade has guarded the barrage, a task it took over after protests
                    // that summer" (the since-phrase does not move the story, but it is the
                    // antecedent).
                    let told_here = self.anchor.filter(|a| a.year.is_some() && self.anchor_in == self.last_sentence);
                    let c = told_here.or(self.context).filter(|c| c.year.is_some())?;
                    let (_, start) = [(5, 3), (8, 6), (11, 9), (2, 12)][season as usize];
                    let within = shift == 0 && c.month.is_some_and(|m| (m + 12 - start) % 12 < 3);
                    // (Counted from a year the story did not move to, it does not move the story.)
                    let aside = told_here.is_some_and(|a| self.context.is_some_and(|c| c.year != a.year));
                    // "the one they gave in Qayfa the previous summer": a season counted back is
                    // a look back; the story stays.
                    (PartialDate::y(c.year? + shift), DateBasis::Context, !within && !aside && shift >= 0)
                } else {
                    let p = pubd?;
                    let (py, pm) = (p.year?, p.month?);
                    // The months a season ends and starts in (a winter: February of its year, and
                    // December of the year before).
                    let (end, start) = [(5, 3), (8, 6), (11, 9), (2, 12)][season as usize];
                    let y = match shift {
                        -1 if pm > end => py,
                        -1 => py - 1,
                        1 if season == 3 => py + 1 + i32::from(pm == 12),
                        1 if pm < start => py,
                        1 => py + 1,
                        _ if season == 3 && pm == 12 => py + 1,
                        _ => py,
                    };
                    // A season frames the story only when nothing finer does.
                    let frames = self.context.is_none_or(|c| c.month.is_none());
                    (PartialDate::y(y), DateBasis::Publication, frames)
                }
            }
            Relative::Ago { unit, n } => (shift(pubd?, unit, n, -1)?, DateBasis::Publication, true),
            // A vague offset ("months later") is a side step: the narrative's context stays.
            Relative::Offset { unit, n, sign, aside, from_anchor } => {
                // Months or years on from a background date count from it ("In 2018, … Two years
                // later, …"); days stay with the story.
                let base = if from_anchor {
                    // "Two days after the ambush": days count from a day; a year told since (a
                    // background "in 2015") cannot be the ambush, the story's day is.
                    let daily = matches!(unit, Unit::Hour | Unit::Day | Unit::Week);
                    let with_day = |d: Option<PartialDate>| d.filter(|d| d.day.is_some());
                    match self.anchor {
                        Some(a) if daily && a.day.is_none() => {
                            with_day(self.context).or(with_day(self.yearless)).or(self.story_day).or(Some(a))
                        }
                        a => a.or(self.context),
                    }
                } else if matches!(unit, Unit::Month | Unit::Year) && n.is_some() {
                    self.aside.or(self.context).or(self.yearless)
                } else {
                    self.context.or(self.yearless)
                };
                let date = shift(base?, unit, n, sign)?;
                // "A Year After the Promise" (a heading), "a year after the war": months or years on
                // from a referent the story has not dated, counted from the last date told, would
                // pass the date line; a report tells no such past.
                if from_anchor
                    && sign > 0
                    && matches!(unit, Unit::Month | Unit::Year)
                    && pubd.is_some_and(|p| (date.year, date.month.unwrap_or(1)) > (p.year, p.month.unwrap_or(12)))
                {
                    return None;
                }
                // "the following week", "later that week", "within two weeks", "two weeks before
                // the killing", "three weeks after the vote": some day of a week, or a side event
                // counted from another, known to the month only. Only "a week later", "two weeks
                // earlier" move the story on to the day.
                // ("A week after the Hatla crossing" is seven days on, to the day.)
                // ("A fortnight after the port battle" is fourteen days on, to the day, too.)
                let one_week_on = from_anchor && !aside && matches!(n, Some(1 | 2));
                let date = if unit == Unit::Week && (aside || from_anchor) && !one_week_on {
                    date.truncate(Precision::Month)
                } else {
                    date
                };
                (date, DateBasis::Context, !aside && n.is_some())
            }
        })
    }
}

/// Is the date at `at` told as a night ("on the night of November 18", "the night of the 3rd")?
fn told_as_night(sentence: &str, at: usize) -> bool {
    let before = sentence[..at].trim_end();
    scan::ends_with_ignore_ascii_case(before, "night of") || scan::ends_with_ignore_ascii_case(before, "night of the")
}

/// Move `d` by n units in direction `sign`, keeping only the precision the move supports.
pub(crate) fn shift(d: PartialDate, unit: Unit, n: Option<i32>, sign: i32) -> Option<PartialDate> {
    if d.year.is_none() {
        return shift_yearless(d, unit, n, sign);
    }
    let exact_days = |k: i64| -> Option<PartialDate> {
        let (y, m, dd) = civil_from_days(d.days()? + k);
        Some(PartialDate::ymd(y, m, dd))
    };
    match (unit, n) {
        // "Forty-eight hours later": whole days away (⌊N/24⌋), from a day known to the day.
        (Unit::Hour, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * (k / 24))),
        // Hours away is the same day, as precisely as the day was known.
        (Unit::Hour, _) => Some(d),
        (Unit::Day, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * k)),
        // "A week later", "two weeks earlier": 7·N days, to the day.
        (Unit::Week, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * k * 7)),
        (Unit::Day | Unit::Week, _) => Some(d.truncate(Precision::Month)),
        (Unit::Month, Some(k)) if d.month.is_some() => {
            let idx = d.year? * 12 + d.month? as i32 - 1 + sign * k;
            Some(PartialDate::ym(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1))
        }
        (Unit::Month, _) => Some(d.truncate(Precision::Year)),
        (Unit::Year, Some(k)) => Some(PartialDate::y(d.year? + sign * k)),
        (Unit::Year, None) => None,
    }
}

/// [`shift`] of a year-less date (`--01-20` + "A day later" = `--01-21`): month and day
/// arithmetic within one year, with no year to know whether it is a leap year. A move across
/// the year's end, or from or over a 29 February, is unknown.
fn shift_yearless(d: PartialDate, unit: Unit, n: Option<i32>, sign: i32) -> Option<PartialDate> {
    let m = d.month?;
    // A common year stands in for the unknown one; a 29 February in it is none.
    const COMMON: i32 = 2001;
    let exact_days = |k: i64| -> Option<PartialDate> {
        let day = d.day?;
        if (m, day) == (2, 29) {
            return None;
        }
        let (from, feb_end) = (days_from_civil(COMMON, m, day), days_from_civil(COMMON, 2, 28));
        let to = from + k;
        let (y, mm, dd) = civil_from_days(to);
        let over_feb_end = from.min(to) <= feb_end && from.max(to) > feb_end;
        (y == COMMON && !over_feb_end).then_some(PartialDate { year: None, month: Some(mm), day: Some(dd) })
    };
    let month_only = PartialDate { year: None, month: Some(m), day: None };
    match (unit, n) {
        (Unit::Hour, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * (k / 24))),
        (Unit::Hour, _) => Some(d),
        (Unit::Day, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * k)),
        (Unit::Week, Some(k)) if d.day.is_some() => exact_days(i64::from(sign * k * 7)),
        (Unit::Day | Unit::Week, _) => Some(month_only),
        (Unit::Month, Some(k)) => {
            let idx = m as i32 - 1 + sign * k;
            (0..12).contains(&idx).then(|| PartialDate { year: None, month: Some(idx as u32 + 1), day: None })
        }
        (Unit::Month | Unit::Year, _) => None,
    }
}

/// A year in which the year-less `date` falls on `weekday` (Monday 0), a common year unless the
/// date is February 29: the calendar a story told without years runs on.
fn calendar_with(date: PartialDate, weekday: Option<u32>) -> Option<i32> {
    let (wd, m, d) = (weekday?, date.month?, date.day?);
    let leap = |y: i32| days_in_month(y, 2) == 29;
    (2001..=2028).find(|&y| valid_ymd(y, m, d) && (leap(y) == (m == 2 && d == 29)) && calendar::weekday(y, m, d) == wd)
}

/// The year a year-less date written with its weekday takes: `year` (as the context or the date
/// line gave it) when the weekday agrees, else the nearest year within three on which it falls on
/// that weekday ("Friday, April 14" after "the autumn of 2071" is 2073's), the later one first,
/// and never after the date line's year.
fn weekday_year(year: i32, date: PartialDate, weekday: Option<u32>, basis: DateBasis) -> i32 {
    let (Some(wd), Some(m), Some(d)) = (weekday, date.month, date.day) else {
        return year;
    };
    let falls_on = |y: i32| valid_ymd(y, m, d) && calendar::weekday(y, m, d) == wd;
    if falls_on(year) {
        return year;
    }
    let shifts: &[i32] = if basis == DateBasis::Publication { &[-1, -2, -3] } else { &[1, -1, 2, -2, 3, -3] };
    shifts.iter().map(|s| year + s).find(|&y| falls_on(y)).unwrap_or(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_quick_test_drops_no_expression(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", " ", " ", "the", "a", "few", "next", "following", "day", "days", "Monday", "May", "may",
                    "Sept.", "march", "2021", "3", "5th", "later", "afterwards", "earlier", "ago", "before", "after",
                    "then", "now", "this", "time", "week", "wee\u{212A}", "\u{212A}", "DAY", "Today", "yesterday",
                    "tonight", "at", "that", "morning", "evening", "afternoon", "hours", "minutes", "between", "and",
                    "–", "-", ",", ".", "’s", "“", "é", "until", "since", "upcoming", "two", "years", "month",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            let lower = text.to_ascii_lowercase();
            proptest::prop_assert_eq!(tag_lowered(&text, &lower), tag_words(&text, &lower));
        }
    }

    fn values(s: &str) -> Vec<(String, TimeValue)> {
        tag(s).into_iter().map(|e| (s[e.start..e.end].to_string(), e.value)).collect()
    }

    fn resolve_all(pubd: Option<(i32, u32, u32)>, sents: &[&str]) -> Vec<String> {
        let mut r = Resolver::new(pubd);
        let mut out = Vec::new();
        for s in sents {
            for e in tag(s) {
                out.push(r.resolve(s, &e).map_or("-".into(), |x| format!("{}:{:?}", x.date.value(), x.basis)));
            }
        }
        out
    }

    /// [`resolve_all`] over paragraphs: the resolver is told where each one begins.
    fn resolve_paragraphs(pubd: Option<(i32, u32, u32)>, paras: &[&[&str]]) -> Vec<String> {
        let mut r = Resolver::new(pubd);
        let mut out = Vec::new();
        for para in paras {
            r.new_paragraph();
            for s in *para {
                for e in tag(s) {
                    out.push(r.resolve(s, &e).map_or("-".into(), |x| x.date.value()));
                }
            }
        }
        out
    }

    #[test]
    fn a_street_named_for_a_date_is_no_date() {
        let out = resolve_all(
            Some((2093, 3, 20)),
            &["He was detained on March 7 at his office on July 23 Street, near the October 6 Bridge."],
        );
        assert_eq!(out, ["2093-03-07:Publication"]);
    }

    #[test]
    fn days_listed_in_one_month() {
        let out = resolve_all(
            Some((2086, 3, 28)),
            &[
                "The voters went to the polls over two days, March 9 and 10, 2086, and elected him.",
                "Gunmen took traders near Rafah on February 3, 10 and 17.",
                // Not a list: a count after the date.
                "On March 12, 10 soldiers were killed.",
                // Not a name: a capitalised word after a comma.
                "On March 13, Park rangers found the car.",
            ],
        );
        assert_eq!(
            out,
            [
                "2086-03-09:Explicit",
                "2086-02-03:Context",
                "2086-02-10:Context",
                "2086-02-17:Context",
                "2086-03-12:Context",
                "2086-03-13:Context"
            ]
        );
    }

    #[test]
    fn days_of_the_month_in_words() {
        let out = resolve_all(
            Some((2079, 5, 20)),
            &[
                "On the twenty-second of April, guards opened fire.",
                "He was released on the fourteenth of May near Sabratha.",
                "The worst came at night, late on the twelfth, when a grenade was thrown.",
                // No other word of time: the sentence is read for its day all the same.
                "Guards fired on the crowd on the fifteenth.",
                // Not days: an ordinal of a count or of a noun.
                "The second of the attacks came at night; the third attack came a day later.",
            ],
        );
        assert_eq!(
            out[..4],
            ["2079-04-22:Publication", "2079-05-14:Context", "2079-05-12:Context", "2079-05-15:Context"]
        );
        assert!(!out[4..].iter().any(|d| d.starts_with("2079-05-02") || d.starts_with("2079-05-03")), "{out:?}");
    }

    #[test]
    fn a_year_ago_this_month_is_the_date_lines_month_a_year_back() {
        let out = resolve_all(
            Some((2091, 3, 20)),
            &["A year ago this month, parliament passed a law.", "Two years ago this month, the truce broke."],
        );
        assert_eq!(out, ["2090-03:Publication", "2089-03:Publication"]);
    }

    #[test]
    fn weeks_and_days_are_one_count() {
        let out = resolve_all(
            Some((2093, 7, 20)),
            &[
                "On June 10, the sides exchanged prisoners.",
                "Three weeks and two days after the exchange, the council met.",
                "The kidnappings began a day or two later.",
            ],
        );
        assert_eq!(out, ["2093-06-10:Publication", "2093-07-03:Context", "2093-07-04:Context"]);
        // A duration stays a duration, counted on from the running day.
        let out = resolve_all(
            Some((2084, 6, 9)),
            &["On April 3, police detained him.", "He was held for a day or two before a judge released him."],
        );
        assert_eq!(out, ["2084-04-03:Publication", "2084-04-04:Context"]);
    }

    #[test]
    fn a_week_ago_today_and_a_count_restated_by_its_day() {
        let out = resolve_all(
            Some((2086, 6, 1)),
            &[
                "A week ago today, gunmen seized a reporter.",
                "Three days after the barrage, on May 24, officers detained him.",
            ],
        );
        assert_eq!(out, ["2086-05-25:Publication", "2086-05-24:Context"]);
    }

    #[test]
    fn a_weekday_counted_back_by_weeks() {
        // 20 March 2086 is a Wednesday: the last Friday is the 15th, the last Sunday the 17th.
        let out = resolve_all(
            Some((2086, 3, 20)),
            &["A car bomb blew up two Fridays ago.", "A shell hit the crossing a week ago Sunday."],
        );
        assert_eq!(out, ["2086-03-08:Publication", "2086-03-10:Publication"]);
    }

    #[test]
    fn two_back_from_the_date_line_and_a_count_back_from_that() {
        let out = resolve_all(
            Some((2086, 6, 20)),
            &[
                "The campaign began the month before last.",
                "The council met on June 2, and a week before that, a drone had struck the villa.",
            ],
        );
        assert_eq!(out, ["2086-04:Publication", "2086-06-02:Context", "2086-05-26:Context"]);
    }

    #[test]
    fn a_weekday_written_with_a_year_less_day_lets_a_story_without_years_count_weekdays() {
        let out = resolve_all(
            None,
            &[
                "On the evening of Wednesday, June 7, the missiles came.",
                "The following Tuesday, a raid hit the radar.",
            ],
        );
        assert_eq!(out, ["XXXX-06-07:Explicit", "XXXX-06-13:Context"]);
        // (Without a weekday written, no weekday can be counted.)
        let out = resolve_all(
            None,
            &["On the evening of June 7, the missiles came.", "The following Tuesday, a raid hit the radar."],
        );
        assert_eq!(out, ["XXXX-06-07:Explicit", "-"]);
    }

    #[test]
    fn the_nth_weekday_of_a_year() {
        let out = resolve_all(
            Some((2095, 2, 20)),
            &[
                "On the first Monday of 2095, the court convicted the mayor.",
                "On the last Friday of 2094, he resigned.",
            ],
        );
        assert_eq!(out, ["2095-01-03:Explicit", "2094-12-31:Explicit"]);
    }

    #[test]
    fn a_count_back_from_it_opening_the_sentence() {
        let out = resolve_all(
            Some((2086, 6, 20)),
            &[
                "The offensive opened on June 2.",
                "A week before it began, gunmen had ambushed a patrol.",
                "The siege ended on June 12, nine days after it began.",
            ],
        );
        // (The siege's "nine days after it began" counts back from its end, as before.)
        assert_eq!(out, ["2086-06-02:Publication", "2086-05-26:Context", "2086-06-12:Context", "2086-06-03:Context"]);
    }

    #[test]
    fn a_newswire_weekday_with_its_date_in_brackets_and_later_in_the_day() {
        let out = resolve_all(
            Some((2079, 5, 9)),
            &["Security forces on Tuesday (April 25) stormed a farm.", "The men were freed later in the day."],
        );
        assert_eq!(out, ["2079-04-25:Publication", "2079-04-25:Context"]);
    }

    #[test]
    fn the_latest_written_year_skips_years_set_ahead_and_bare_years() {
        let text = "In 2099, … on May 31, 2090, and on 3 June 2091; it was not until May 2, 2092, that …; \
                    elections are due on October 10, 2095, and the mandate ends in March 2096.";
        assert_eq!(latest_written_year(text), Some(2092));
        assert_eq!(latest_written_year("In 2099, nothing."), None);
    }

    #[test]
    fn a_wire_dateline_opens_its_paragraph() {
        let head = "Horn Observer www.horn.example – ADDIS ABABA, April 4 – In the space of two days";
        let at = head.find("April").unwrap();
        assert_eq!(wire_dateline(head), Some((at, at + 7, 4, 4)));
        assert!(wire_dateline("BAGHDAD, March 3 (Reuters) - Gunmen killed a judge.").is_some());
        // Not a date in running prose, nor one after a place in lower case.
        assert_eq!(wire_dateline("On April 4, gunmen killed a judge in Baghdad."), None);
        assert_eq!(wire_dateline("He reached Baghdad, April 4 - a Monday."), None);
    }

    #[test]
    fn a_paragraph_of_history_told_by_its_year_ends_with_its_paragraph() {
        let out = resolve_paragraphs(
            Some((2085, 3, 20)),
            &[
                &["On March 2, the council met."],
                &["In 2081 the army had dissolved the brigade by decree.", "Its men drifted into politics."],
                &["Two days later, crowds gathered in the square."],
            ],
        );
        assert_eq!(out, ["2085-03-02", "2081", "2085-03-04"]);
    }

    #[test]
    fn days_on_are_days_later() {
        let out = resolve_all(
            Some((2084, 6, 1)),
            &[
                "On April 3, the guards closed the valves.",
                "Ten days on, with the valves still shut, a column drove into Ras Lanuf.",
                // Not a time: days spent somewhere.
                "He spent two days on the front before he was arrested.",
                "It is a problem the group has not solved twelve months on.",
            ],
        );
        assert_eq!(out, ["2084-04-03:Publication", "2084-04-13:Context"]);
    }

    #[test]
    fn the_day_before_yesterday_is_two_days_before_the_date_line() {
        let out = resolve_all(
            Some((2080, 3, 20)),
            &[
                "The day before yesterday, the court suspended the vote.",
                "This morning, the agency reported his release.",
                "He was freed yesterday and flies home the day after tomorrow.",
            ],
        );
        assert_eq!(
            out,
            ["2080-03-18:Publication", "2080-03-20:Publication", "2080-03-19:Publication", "2080-03-22:Publication"]
        );
    }

    #[test]
    fn a_flashback_paragraph_ends_with_its_paragraph() {
        // A month of an earlier year, after the story's day, moves the clock for its paragraph
        // ("that April", "That August" are 2022), and the story's year comes back after it.
        let out = resolve_paragraphs(
            None,
            &[
                &["That ended on September 14, 2025, when three drones struck the pumping station."],
                &[
                    "In January 2022, the brigades drove the Houthis out of Bayhan.",
                    "The truce that began that April froze the line.",
                    "That August, the forces fought army units for control of Ataq.",
                ],
                &[
                    "The Houthis replied on the night of 21 September with a missile.",
                    "On 1 October, tribesmen exchanged fire.",
                ],
            ],
        );
        assert_eq!(out, vec!["2025-09-14", "2022-01", "2022-04", "2022-08", "2025-09-21", "2025-10-01"]);
        // "In June 2014, …" is not a clock the story runs forward from either (not 2015-02-03).
        let out = resolve_paragraphs(
            None,
            &[
                &["Shortly before midnight on January 27, 2026, a roadside bomb tore through a car."],
                &["In June 2014, the jihadists overran Tikrit."],
                &["On February 3, officers detained three men at the checkpoint."],
            ],
        );
        assert_eq!(out.last().map(String::as_str), Some("2026-02-03"));
        // A later month is the story moving on, not a flashback.
        let out = resolve_paragraphs(
            None,
            &[
                &["On September 14, 2025, drones struck the station."],
                &["In March 2026, talks began."],
                &["On 1 April, the talks failed."],
            ],
        );
        assert_eq!(out.last().map(String::as_str), Some("2026-04-01"));
        // A print flattened to one line has no paragraph break: a year-less day that carries the
        // story on within weeks (and not past the date line) ends the flashback.
        let out = resolve_paragraphs(
            Some((2025, 10, 7)),
            &[&[
                "On September 26, gunmen shot at a patrol.",
                "After a parade was attacked in September 2018, the IRGC struck within a fortnight.",
                "The prosecutor spoke on September 28, and five days later eleven men were freed.",
            ]],
        );
        assert_eq!(out, vec!["2025-09-26", "2018-09", "2018-09", "2025-09-28", "2025-10-03"]);
        // A day of the flashback's own time stays in it.
        let out = resolve_paragraphs(
            Some((2025, 10, 7)),
            &[&[
                "On September 26, gunmen shot at a patrol.",
                "In March 2019, protests broke out.",
                "On March 5, police fired.",
            ]],
        );
        assert_eq!(out.last().map(String::as_str), Some("2019-03-05"));
    }

    #[test]
    fn a_paragraph_that_counts_on_from_a_flashback_stays_in_it() {
        let out = resolve_paragraphs(
            None,
            &[
                &["That ended on September 14, 2025, when three drones struck the pumping station."],
                &["In January 2022, the brigades drove the Houthis out of Bayhan."],
                &["The following month, a truce froze the line."],
                &["On 1 October, tribesmen exchanged fire."],
            ],
        );
        assert_eq!(out, vec!["2025-09-14", "2022-01", "2022-02", "2025-10-01"]);
    }

    #[test]
    fn a_background_month_does_not_become_the_story_year() {
        // "elected in December 2023", background after "in 2019", does not make 2023 the story's
        // year, so "for most of 2024" is background too.
        let out = resolve_paragraphs(
            None,
            &[
                &["Shortly before midnight on January 27, 2026, a roadside bomb tore through a car."],
                &[
                    "The council, dissolved in 2019, was replaced by one elected in December 2023.",
                    "For most of 2024 the lists shared out the posts.",
                ],
                &["On February 3, officers detained three men at the checkpoint."],
            ],
        );
        assert_eq!(out.last().map(String::as_str), Some("2026-02-03"));
    }

    #[test]
    fn the_last_night_of_a_month_is_its_last_day() {
        let out = resolve_all(
            None,
            &[
                "On February 10, 2026, a general took command.",
                "On the last night of February, three rockets landed.",
                "The following Monday, gunmen shot a sheikh.",
            ],
        );
        assert_eq!(out, vec!["2026-02-10:Explicit", "2026-02-28:Context", "2026-03-02:Context"]);
        assert_eq!(
            resolve_all(Some((2024, 3, 20)), &["On the last day of February, the port closed."]),
            vec!["2024-02-29:Publication"]
        );
        assert_eq!(resolve_all(None, &["On the first day of March 2023, talks began."]), vec!["2023-03-01:Explicit"]);
        // With no year anywhere: a day of most months, but February's last is unknown.
        assert_eq!(resolve_all(None, &["On the last night of April, a shop burned."]), vec!["XXXX-04-30:Explicit"]);
        assert_eq!(resolve_all(None, &["On the last night of February, a shop burned."]), vec!["XXXX-02:Explicit"]);
    }

    #[test]
    fn late_that_month_and_the_week_that_followed() {
        let out = resolve_all(
            None,
            &[
                "On the night of August 3, 2025, gunmen attacked a checkpoint.",
                "The army was slow to answer.",
                "Late that month, gunmen abducted an engineer.",
                "In the week that followed, police arrested fourteen men.",
                "In the days that followed, the families protested.",
                "Early that year, the council had met.",
            ],
        );
        assert_eq!(
            out,
            vec!["2025-08-03:Explicit", "2025-08:Context", "2025-08:Context", "2025-08:Context", "2025:Context"]
        );
        // "late" alone, or before another word, is no expression.
        assert!(values("The late commander's brother said that he was early.").is_empty());
    }

    #[test]
    fn first_light_after_a_night_is_the_next_morning() {
        let out = resolve_all(
            None,
            &[
                "On the night of November 18, fighters stopped a convoy and kept eleven drivers until dawn.",
                "They were let go at first light.",
            ],
        );
        assert_eq!(out, vec!["XXXX-11-18:Explicit", "XXXX-11-19:Context"]);
        let out = resolve_all(
            Some((2025, 12, 9)),
            &["On the night of November 18, fighters stopped a convoy.", "They were let go at first light."],
        );
        assert_eq!(out, vec!["2025-11-18:Publication", "2025-11-19:Context"]);
        // After a day not told as a night, dawn is no date of its own.
        let out = resolve_all(
            Some((2025, 12, 9)),
            &["On November 18, fighters stopped a convoy.", "They were let go at dawn."],
        );
        assert_eq!(out, vec!["2025-11-18:Publication", "-"]);
    }

    #[test]
    fn last_month_counts_from_the_date_line_that_season_from_the_year_just_told() {
        // "last August" is deictic: counted from the date line, whatever year the sentence named.
        let out = resolve_all(
            Some((2026, 3, 11)),
            &["In the spring of 2024, a bomb went off, and last August gunmen wounded an activist."],
        );
        assert_eq!(out, vec!["2024:Explicit", "2025-08:Publication"]);
        assert_eq!(
            resolve_all(Some((2026, 8, 20)), &["Last August, gunmen wounded him."]),
            vec!["2025-08:Publication"]
        );
        assert_eq!(resolve_all(Some((2026, 9, 11)), &["This March, gunmen wounded him."]), vec!["2026-03:Publication"]);
        // Without a date line, from the running date.
        let out = resolve_all(None, &["On May 3, 2024, talks began.", "Last June, the talks had failed."]);
        assert_eq!(out, vec!["2024-05-03:Explicit", "2023-06:Context"]);
        // "that summer" after "Since 2023" in the same sentence is the summer of 2023, and the
        // story's year stays.
        let out = resolve_all(
            Some((2025, 8, 20)),
            &[
                "On August 9, the first shots were fired.",
                "Since 2023, a brigade has guarded the barrage, a task it took over after protests that summer.",
                "On August 12, it removed the director.",
            ],
        );
        // (The story's day is two dated sentences back: the date line dates "August 12", the same day.)
        assert_eq!(out, vec!["2025-08-09:Publication", "2023:Explicit", "2023:Context", "2025-08-12:Publication"]);
    }

    #[test]
    fn weekends_are_dates_to_the_month() {
        // Wednesday March 11, 2026: the weekend before is March 7–8.
        let p = Some((2026, 3, 11));
        assert_eq!(resolve_all(p, &["Over the weekend, gunmen attacked an office."]), vec!["2026-03:Publication"]);
        assert_eq!(resolve_all(p, &["Gunmen attacked an office last weekend."]), vec!["2026-03:Publication"]);
        // Tuesday March 3, 2026: February 28 and March 1 straddle a month's end.
        assert_eq!(resolve_all(Some((2026, 3, 3)), &["Over the weekend, talks failed."]), vec!["2026:Publication"]);
        // "That weekend": the first after the running day (Saturday October 4, 2025 is its own).
        let out = resolve_all(
            None,
            &["On October 1, 2025, tribesmen exchanged fire.", "That weekend, gunmen stopped a car."],
        );
        assert_eq!(out, vec!["2025-10-01:Explicit", "2025-10:Context"]);
        let out = resolve_all(
            None,
            &["On October 29, 2025, tribesmen exchanged fire.", "That weekend, gunmen stopped a car."],
        );
        assert_eq!(out, vec!["2025-10-29:Explicit", "2025-11:Context"]);
        // A story told without years has no weekdays: "that weekend" keeps its month.
        assert_eq!(
            resolve_all(None, &["On April 16, police arrested a woman.", "That weekend, she was arrested."]),
            vec!["XXXX-04-16:Explicit", "XXXX-04:Context"]
        );
        // "the weekend" without "over" or "during" is no date.
        assert!(values("The weekend market was closed.").is_empty());
    }

    #[test]
    fn a_span_of_years_frames_no_year_less_date() {
        let out = resolve_all(
            None,
            &["The hilltops fought street battles between 2008 and 2014.", "The first incident came on April 2."],
        );
        assert_eq!(out, vec!["2008:Explicit", "XXXX-04-02:Explicit"]);
        // A range within one year still frames the story.
        let out = resolve_all(None, &["Talks ran from March to May 2022.", "On June 2, they failed."]);
        assert_eq!(out.last().map(String::as_str), Some("2022-06-02:Context"));
    }

    #[test]
    fn the_previous_year_is_a_look_back() {
        let out = resolve_all(
            None,
            &[
                "On April 11, 2026, gunmen detained two brothers.",
                "Their father had spent the previous year negotiating with Damascus.",
                "On April 15, gunmen cut the road.",
            ],
        );
        assert_eq!(out, vec!["2026-04-11:Explicit", "2025:Context", "2026-04-15:Context"]);
    }

    #[test]
    fn the_previous_season_is_a_look_back() {
        let out = resolve_all(
            None,
            &[
                "On January 12, 2017, fighters detained a tribesman.",
                "The answer was the one they gave the previous summer, when they shelled the hamlets.",
                "On February 2, the governor threatened the tribes.",
            ],
        );
        assert_eq!(out, vec!["2017-01-12:Explicit", "2016:Context", "2017-02-02:Context"]);
    }

    #[test]
    fn tags_forms() {
        let v = values("On March 4, 2021, in April 2020 and in 2018, then on June 7 and 9 November 2019 at 21.15.");
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["March 4, 2021", "April 2020", "2018", "June 7", "9 November 2019"]);
        assert_eq!(
            values("The militias may later be released."),
            vec![("later".to_string(), TimeValue::Relative(Relative::After))]
        );
        assert!(values("About 2000 troops and PolicyWatch 3492 at 01:20 hours.").is_empty());
    }

    #[test]
    fn ordinals_and_mid_month() {
        let v = values(
            "On the 14th of May 2021, on the 3rd of June, in mid-January 2022 and mid-March, on 9th March in Aden.",
        );
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["14th of May 2021", "3rd of June", "mid-January 2022", "mid-March", "9th March"]);
        assert_eq!(
            resolve_all(Some((2022, 3, 3)), &["Gunmen struck on February 2.", "Two more were arrested on the 17th."]),
            vec!["2022-02-02:Publication", "2022-02-17:Context"]
        );
        // An ordinal that counts, and a bare "17th" with no month told: no date.
        assert!(values("It was the 17th century fort of the 3rd Division, the 2nd time.").is_empty());
        assert_eq!(resolve_all(Some((2022, 3, 3)), &["They met on the 17th."]), vec!["-"]);
        assert!(values("They protest every Friday, after Friday prayers: the Friday protests.").is_empty());
        assert_eq!(values("It came on the Friday before the vote.").len(), 1);
    }

    #[test]
    fn a_background_year_does_not_move_the_time_frame() {
        assert_eq!(
            resolve_all(
                Some((2022, 9, 1)),
                &["The YBS is a force that the PKK helped to create in 2014. On August 5, a drone hit a car."]
            ),
            vec!["2014:Explicit", "2022-08-05:Publication"]
        );
        assert_eq!(
            resolve_all(Some((2022, 9, 1)), &["In 2018, gunmen struck. On March 4, they struck again."]),
            vec!["2018:Explicit", "2018-03-04:Context"]
        );
        assert_eq!(
            resolve_all(
                Some((2022, 10, 27)),
                &["It was the worst year in the province since 2015.", "On September 20, a bomb went off."]
            ),
            vec!["2015:Explicit", "2022-09-20:Publication"]
        );
    }

    #[test]
    fn a_year_in_a_where_clause_is_no_anchor_and_no_running_year() {
        assert_eq!(
            resolve_paragraphs(
                Some((2026, 2, 10)),
                &[
                    &["On December 30, a spokesman told a crowd in Karama Square, where the protests were held in 2023, that the road was closed."],
                    &["Three nights later, mortar rounds fell on a post."],
                    &["January brought no truce on the road.", "On January 8, gunmen took a man off a bus."],
                ]
            ),
            vec!["2025-12-30", "2023", "2026-01-02", "2026-01-08"]
        );
    }

    #[test]
    fn a_year_inside_a_sentence_does_not_frame_later_year_less_dates() {
        let p = Some((2024, 5, 10));
        // A participle's year, a year as a noun's modifier, a year-precise "last year" inside the
        // sentence: the later month or day goes by the date line (the latest not after it).
        assert_eq!(
            resolve_all(p, &["A militia raised with tribal help in 2016 holds the pass.", "On April 3, it fired."]),
            vec!["2016:Explicit", "2024-04-03:Publication"]
        );
        assert_eq!(
            resolve_all(p, &["The 2019 accord still holds.", "Shelling resumed on March 30."]),
            vec!["2019:Explicit", "2024-03-30:Publication"]
        );
        assert_eq!(
            resolve_all(
                p,
                &["The feud goes back to late last year, when a judge was shot.", "A clerk was killed in February."]
            ),
            vec!["2023:Publication", "2024-02:Publication"]
        );
        // A year told with the story's own verb frames what follows, and so does "last year"
        // opening its sentence, or a month told with its year.
        assert_eq!(
            resolve_all(p, &["The rebels shelled the port in 2021.", "On May 14, a missile struck."]),
            vec!["2021:Explicit", "2021-05-14:Context"]
        );
        assert_eq!(
            resolve_all(p, &["Last year, the feud turned violent.", "A clerk was killed in February."]),
            vec!["2023:Publication", "2023-02:Context"]
        );
        assert_eq!(
            resolve_all(p, &["The feud began in August 2022 with a shooting.", "A clerk was killed in October."]),
            vec!["2022-08:Explicit", "2022-10:Context"]
        );
        // With no date line a year that frames is all there is; a year of background is none.
        assert_eq!(
            resolve_all(None, &["In 2019, the accord was signed.", "Shelling resumed on March 30."]),
            vec!["2019:Explicit", "2019-03-30:Context"]
        );
        assert_eq!(
            resolve_all(None, &["The 2019 accord still holds.", "Shelling resumed on March 30."]),
            vec!["2019:Explicit", "XXXX-03-30:Explicit"]
        );
    }

    #[test]
    fn hours_away_in_whole_days() {
        let p = Some((2024, 5, 10));
        assert_eq!(
            resolve_all(p, &["On April 3, a drone hit a truck.", "Seventy-two hours later, another struck a car."]),
            vec!["2024-04-03:Publication", "2024-04-06:Context"]
        );
        // "Twenty-four hours before the handover": a day before the last date told (a weekday too).
        assert_eq!(
            resolve_all(
                p,
                &[
                    "On March 2, talks stalled.",
                    "The hostage was freed on Tuesday.",
                    "36 hours before the handover, a court acted."
                ]
            ),
            vec!["2024-03-02:Publication", "2024-05-07:Publication", "2024-05-06:Context"]
        );
        // Hours after another step of the same event: no date of its own.
        let texts: Vec<String> = values("The jets struck minutes after it had landed, hours after the raid.")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(texts, vec!["hours after"]);
        assert_eq!(number_word("forty-eight"), Some(48));
        assert_eq!(number_word("twelve"), Some(12));
        assert_eq!(number_word("forty-twelve"), None);
        assert_eq!(number_word("zero"), None);
    }

    #[test]
    fn within_a_day_and_the_last_day_of_the_year() {
        let p = Some((2024, 2, 20));
        assert_eq!(
            resolve_all(
                p,
                &[
                    "On 30 November, a tanker was seized.",
                    "Within a day, the navy had boarded a second ship.",
                    "Its crew was freed within two weeks.",
                    "On the last day of the year, helicopters sank three boats.",
                    "By the first day of the month, the ports were shut.",
                ]
            ),
            vec![
                "2023-11-30:Publication",
                "2023-12-01:Context",
                "2023-12:Context",
                "2023-12-31:Context",
                "2023-12-01:Context"
            ]
        );
        // "within forty-eight hours" is days on, rounded; "over the following ten days" a span
        // that starts the day after.
        assert_eq!(
            resolve_all(
                p,
                &[
                    "Two men were detained on March 9.",
                    "The second was freed within forty-eight hours.",
                    "Over the following ten days, officers detained thirty people.",
                ]
            ),
            vec!["2023-03-09:Publication", "2023-03-11:Context", "2023-03-12:Context"]
        );
        // … and so are nights, two of them too.
        assert_eq!(
            resolve_all(
                p,
                &["Two men were detained on March 9.", "Over the following two nights, police detained ten."]
            ),
            vec!["2023-03-09:Publication", "2023-03-10:Context"]
        );
        // With no context, the date line's year; "within days" or "within hours" is no date.
        assert_eq!(resolve_all(p, &["On the first day of the year, talks began."]), vec!["2024-01-01:Publication"]);
        assert!(values("They left within days, and within hours of it.").is_empty());
        // A name made of a date is no date.
        assert!(values("Soldiers at the 14th of July Bridge detained him.").is_empty());
    }

    #[test]
    fn offsets_from_a_year_less_date_stay_year_less() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On March 9, a bomb went off.",
                    "The following night, a second one.",
                    "Two days later, arrests.",
                    "In the weeks after the bombing, more arrests.",
                    "In 2015, the town was shelled.",
                    "On December 30, a raid.",
                    "Three days later, another.",
                ]
            ),
            vec![
                "XXXX-03-09:Explicit",
                "XXXX-03-10:Context",
                "XXXX-03-12:Context",
                "XXXX-03:Context",
                "2015:Explicit",
                "2015-12-30:Context",
                "2016-01-02:Context",
            ]
        );
        let d = |m, day| PartialDate { year: None, month: Some(m), day: Some(day) };
        assert_eq!(shift_yearless(d(12, 30), Unit::Day, Some(3), 1), None);
        assert_eq!(shift_yearless(d(2, 27), Unit::Day, Some(3), 1), None);
        assert_eq!(shift_yearless(d(2, 29), Unit::Day, Some(1), 1), None);
        assert_eq!(shift_yearless(d(3, 3), Unit::Day, Some(2), -1), Some(d(3, 1)));
        assert_eq!(shift_yearless(d(1, 31), Unit::Day, Some(1), 1), Some(d(2, 1)));
        assert_eq!(
            shift_yearless(d(11, 5), Unit::Month, Some(1), 1),
            Some(PartialDate { year: None, month: Some(12), day: None })
        );
    }

    #[test]
    fn years_ago_after_the_verb_compare_with_now() {
        let p = Some((2022, 10, 27));
        // "did not exist a year ago" does not make the story's year the year before.
        assert_eq!(
            resolve_all(
                p,
                &[
                    "The cell did not exist a year ago.",
                    "It was formed in late March.",
                    "Its men were held on September 20."
                ]
            ),
            vec!["2021:Publication", "2022-03:Publication", "2022-09-20:Context"]
        );
        // Opening the sentence, it does.
        assert_eq!(
            resolve_all(p, &["A year ago, gunmen stormed the office.", "On March 3, they came back."]),
            vec!["2021:Publication", "2021-03-03:Context"]
        );
    }

    #[test]
    fn a_story_moves_forward_from_its_context() {
        let p = Some((2023, 5, 2));
        // Half a year either way: the date after the context.
        assert_eq!(
            resolve_all(p, &["In June 2021, the port closed.", "On December 28, it reopened."]),
            vec!["2021-06:Explicit", "2021-12-28:Context"]
        );
        // Just before the context: still the date before it.
        assert_eq!(
            resolve_all(p, &["On January 3, 2021, talks began.", "On December 30, a ship was seized."]),
            vec!["2021-01-03:Explicit", "2020-12-30:Context"]
        );
    }

    #[test]
    fn weekdays_count_from_the_date_line_else_keep_the_month() {
        let sents = ["On 15 July 2024, gunmen seized two engineers.", "On Saturday, the spokesman warned."];
        assert_eq!(resolve_all(Some((2024, 7, 22)), &sents), vec!["2024-07-15:Explicit", "2024-07-20:Publication"]);
        assert_eq!(resolve_all(None, &sents), vec!["2024-07-15:Explicit", "2024-07:Context"]);
        assert_eq!(resolve_all(None, &["On Saturday, the spokesman warned."]), vec!["-"]);
    }

    #[test]
    fn days_after_an_event_whose_date_a_relative_clause_tells() {
        let sents = [
            "The ayatollah died on January 9.",
            "Five days after the funeral, which was held on January 10, students went to the office.",
        ];
        assert_eq!(resolve_all(Some((2064, 3, 30)), &sents), vec!["2064-01-09:Publication", "2064-01-15:Context"]);
    }

    #[test]
    fn on_the_second_night_is_the_night_after_the_story_s_day() {
        let sents = [
            "On March 14, armored vehicles surrounded the checkpoint.",
            "On the second night, soldiers detained its commander.",
        ];
        assert_eq!(resolve_all(Some((2091, 3, 30)), &sents), vec!["2091-03-14:Publication", "2091-03-15:Context"]);
        // ("On the second day of the strike" counts from the strike, named.)
        assert!(resolve_all(Some((2091, 3, 30)), &["The second night was quiet."]).is_empty());
    }

    #[test]
    fn days_into_what_began_count_from_its_start_and_a_most_recent_year_is_background() {
        let sents = [
            "On October 16, dockworkers walked off the quays.",
            "Three days into the strike, police cleared the tents.",
        ];
        assert_eq!(resolve_all(Some((2079, 11, 9)), &sents), vec!["2079-10-16:Publication", "2079-10-19:Context"]);
        let sents = [
            "On October 26, the alliance warned that it would close the roads.",
            "It has blockaded the fields before, most recently for three weeks in 2074.",
            "Two nights later, a bomb exploded outside the port offices.",
        ];
        assert_eq!(
            resolve_all(Some((2079, 11, 9)), &sents),
            vec!["2079-10-26:Publication", "2074:Explicit", "2079-10-28:Context"]
        );
    }

    #[test]
    fn a_weekday_written_with_a_year_less_date_settles_its_year() {
        // April 14 is a Tuesday in 2071 and a Friday in 2073.
        let sents =
            ["Fans were let back in only in the autumn of 2071.", "On Friday, April 14, the match was abandoned."];
        assert_eq!(resolve_all(None, &sents), vec!["2071:Explicit", "2073-04-14:Context"]);
        // A weekday that agrees, or none, leaves the context's year.
        let agrees =
            ["Fans were let back in only in the autumn of 2071.", "On Tuesday, April 14, the match was abandoned."];
        assert_eq!(resolve_all(None, &agrees), vec!["2071:Explicit", "2071-04-14:Context"]);
        // Under a date line, never a year after it: Friday, March 14 is 2025's, before 2026.
        let dated = ["On Friday, March 14, the match was abandoned."];
        assert_eq!(resolve_all(Some((2026, 4, 1)), &dated), vec!["2025-03-14:Publication"]);
    }

    #[test]
    fn last_weekday_on_that_weekday_is_a_week_back() {
        // Wednesday March 11, 2026.
        let p = Some((2026, 3, 11));
        assert_eq!(resolve_all(p, &["Last Wednesday, the premier moved him."]), vec!["2026-03-04:Publication"]);
        assert_eq!(resolve_all(p, &["Last Tuesday, the premier moved him."]), vec!["2026-03-10:Publication"]);
        assert_eq!(resolve_all(p, &["On Wednesday, the premier moved him."]), vec!["2026-03-11:Publication"]);
    }

    #[test]
    fn a_date_just_after_the_date_line_in_a_future_clause_is_to_come() {
        let p = Some((2022, 4, 7));
        assert_eq!(
            resolve_all(p, &["If it fails, the judge is expected to resign before the vote on May 15."]),
            vec!["2022-05-15:Publication"]
        );
        // It does not set the running context.
        assert_eq!(
            resolve_all(p, &["On March 3, a bomb went off.", "Talks are scheduled for May 2.", "On March 9, more."]),
            vec!["2022-03-03:Publication", "2022-05-02:Publication", "2022-03-09:Publication"]
        );
        // Told as past, or far ahead, it is the year before as ever.
        assert_eq!(resolve_all(p, &["The judge resigned on May 15."]), vec!["2021-05-15:Publication"]);
        assert_eq!(
            resolve_all(p, &["He will speak about what happened on October 2."]),
            vec!["2021-10-02:Publication"]
        );
    }

    #[test]
    fn a_range_of_days_before_the_month() {
        let v = values("Between 23 and 27 March 2022, troops held the town; from 3 to 5 May they left.");
        assert_eq!(
            v.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
            vec![
                TimeValue::Range { from: PartialDate::ymd(2022, 3, 23), to: PartialDate::ymd(2022, 3, 27) },
                TimeValue::Range {
                    from: PartialDate { year: None, month: Some(5), day: Some(3) },
                    to: PartialDate { year: None, month: Some(5), day: Some(5) }
                },
            ]
        );
    }

    #[test]
    fn nights_the_following_week_and_later_that_month() {
        assert_eq!(
            resolve_all(
                Some((2024, 3, 12)),
                &[
                    "On 12 February, a bomb went off.",
                    "Three nights earlier, a frigate shot down two drones.",
                    "Officers were detained later that week.",
                    "Both men were released the following week.",
                    "The previous month was calm.",
                ]
            ),
            vec![
                "2024-02-12:Publication",
                "2024-02-09:Context",
                "2024-02:Context",
                "2024-02:Context",
                "2024-01:Context"
            ]
        );
    }

    #[test]
    fn weeks_later_or_earlier_are_days_a_bound_or_a_side_event_the_month() {
        assert_eq!(
            resolve_all(
                Some((2026, 5, 20)),
                &[
                    "On April 10, the port closed.",
                    "A week later, the ship sailed.",
                    "The next day it docked.",
                    "Two weeks earlier, a crane had fallen.",
                    "Its crew was freed within two weeks.",
                    "Two weeks before the vote, a bomb went off.",
                ]
            ),
            vec![
                "2026-04-10:Publication",
                "2026-04-17:Context",
                "2026-04-18:Context",
                "2026-04-04:Context",
                // (Within two weeks of the story's April 18: the crane's fall, told in the
                // pluperfect, is a step back that does not move the story.)
                "2026-05:Context",
                "2026-03:Context",
            ]
        );
    }

    #[test]
    fn a_month_of_a_counted_year_keeps_the_month() {
        assert_eq!(
            resolve_all(
                Some((2026, 5, 20)),
                &[
                    "In late January of last year, a bomb went off.",
                    "In the summer of 2021, a raid. In November of the following year, a strike.",
                    "They met in March of that year.",
                    "The port reopens in August of next year.",
                ]
            ),
            vec!["2025-01:Publication", "2021:Explicit", "2022-11:Context", "2022-03:Context", "2027-08:Publication"]
        );
    }

    #[test]
    fn the_following_weekday_counts_from_the_story_a_bare_one_from_the_date_line() {
        // 3 April 2026 is a Friday; the date line, 20 May 2026, a Wednesday.
        assert_eq!(
            resolve_all(
                Some((2026, 5, 20)),
                &[
                    "On April 3, a drone hit the depot.",
                    "The following Tuesday, police detained two men.",
                    "The previous Sunday had been calm.",
                    "That Friday, the men were charged.",
                    "On Monday, a judge freed them.",
                ]
            ),
            vec![
                "2026-04-03:Publication",
                "2026-04-07:Context",
                "2026-04-05:Context",
                "2026-04-10:Context",
                "2026-05-18:Publication"
            ]
        );
        // With no day-precise story date, "the following Tuesday" goes by the date line.
        assert_eq!(
            resolve_all(Some((2026, 5, 20)), &["The following Tuesday, talks began."]),
            vec!["2026-05-19:Publication"]
        );
    }

    #[test]
    fn a_pluperfect_flashback_and_a_deadline_do_not_move_the_story() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On May 12, the court ruled that the ministry must pay within thirty days.",
                    "The suit had been filed in January by a union.",
                    "Two days later, the cabinet walked out.",
                ]
            ),
            vec!["2026-05-12:Publication", "2026-06-11:Context", "2026-01:Context", "2026-05-14:Context"]
        );
    }

    #[test]
    fn a_step_back_in_the_pluperfect_and_what_came_after_an_act_do_not_move_the_story() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On May 12, agents detained the cleric.",
                    "In his sermon two days earlier he had condemned the hangings.",
                    "His allies say it came a week after he refused to pay.",
                    "The next morning, a crowd gathered.",
                    "The first arrests came two days after the march.",
                ]
            ),
            vec![
                "2026-05-12:Publication",
                "2026-05-10:Context",
                // (The refusal, a week before what came: some day of the week before.)
                "2026-05:Context",
                "2026-05-13:Context",
                "2026-05-14:Context"
            ]
        );
        // What came is the story's day; the act told after "after" is days before it.
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On March 8, rockets struck the embassy.",
                    "The attack came eleven days after the Federal Supreme Court (FSC) ruled that the salaries must be audited.",
                    "The next morning, the court's judges found bullets at their gates.",
                ]
            ),
            vec!["2026-03-08:Publication", "2026-02-25:Context", "2026-03-09:Context"]
        );
    }

    #[test]
    fn the_past_few_hours_or_days_end_at_the_date_line() {
        let got = |s: &str| resolve_all(Some((2091, 3, 22)), &[s]);
        assert_eq!(got("In the past 48 hours, Radaa has detained two men."), vec!["2091-03-21:Publication"]);
        assert_eq!(got("Over the last two days, police have arrested six men."), vec!["2091-03-21:Publication"]);
        assert_eq!(got("In the past ten days, police have arrested six men."), vec!["2091-03:Publication"]);
        // Years are a period, no day of the story.
        assert!(got("In the past two years, the militias have grown.").is_empty());
    }

    #[test]
    fn a_year_in_an_apposition_describes_someone_and_does_not_move_the_story() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On March 17, the chairman appointed Abdul-Jabbar al-Lami, a veteran of the campaign in 2074, as chief of staff.",
                    "The next day, Kataib Hezbollah warned that any auditor would be treated as a spy.",
                ]
            ),
            vec!["XXXX-03-17:Explicit", "2074:Explicit", "XXXX-03-18:Context"]
        );
    }

    #[test]
    fn what_came_days_later_moves_the_story_and_a_bound_of_the_past_does_not() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "The army moved against them on March 4.",
                    "A chemist had worked in a factory near Homs before 2024.",
                    "The clan's answer came two days later.",
                ]
            ),
            vec!["XXXX-03-04:Explicit", "2024:Explicit", "XXXX-03-06:Context"]
        );
    }

    #[test]
    fn the_present_after_a_past_year_and_a_month_in_a_pluperfect_step_back() {
        // "this winter" brings the story back to the date line's present.
        assert_eq!(
            resolve_all(
                Some((2034, 3, 9)),
                &[
                    "In May 2017, bulldozers went into the old quarter.",
                    "That quiet ended this winter.",
                    "On the night of February 11, units raided a dozen houses."
                ]
            )
            .last()
            .map(String::as_str),
            Some("2034-02-11:Publication")
        );
        // A month that opens a step back told in the pluperfect does not move the story.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "That changed on the evening of Friday, October 6, 2034.",
                    "Three weeks earlier, in mid-September, a quarrel had ended with a stabbing.",
                    "The next day, the army came in.",
                ]
            ),
            vec!["2034-10-06:Explicit", "2034-09-15:Context", "2034-09:Context", "2034-09-16:Context"]
        );
    }

    #[test]
    fn earlier_that_week_or_month_and_a_duration_before_the_next_step() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On May 12, the court ruled.",
                    "Earlier that week, a minister had warned.",
                    "The next night, police held him for seventy-two hours before a judge freed him.",
                ]
            ),
            vec!["2026-05-12:Publication", "2026-05:Context", "2026-05-13:Context", "2026-05-16:Context"]
        );
        // A story told without years: the same year-less month.
        assert_eq!(
            resolve_all(None, &["They were let go in mid-March.", "Earlier that month, envoys had offered talks."]),
            vec!["XXXX-03:Explicit", "XXXX-03:Context"]
        );
    }

    #[test]
    fn days_after_an_event_count_from_a_day_not_a_background_year() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On May 10, gunmen ambushed a patrol.",
                    "Badr has run the province ever since its fighters drove the Islamic State out of the countryside in 2015.",
                    "Two days after the ambush, gunmen abducted five men.",
                ]
            ),
            vec!["2026-05-10:Publication", "2015:Explicit", "2026-05-12:Context"]
        );
        // A noun's year ("the unrest of 2022") is not the story's, even in a text without years.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On September 12, gunmen attacked a border post.",
                    "The unrest of 2022, which the authorities put down, left anger.",
                    "Three days after the raid, troops detained forty men.",
                ]
            )
            .last()
            .map(String::as_str),
            Some("XXXX-09-15:Context")
        );
    }

    #[test]
    fn a_full_date_before_its_anniversary_is_the_date() {
        assert_eq!(
            resolve_all(None, &["On September 16, 2026, the fourth anniversary of her death, crowds marched."]),
            vec!["2026-09-16:Explicit"]
        );
    }

    #[test]
    fn an_anniversary_counts_years_from_its_referent() {
        let signed = "The treaty was signed in Bishkek in March 2025.";
        assert_eq!(
            resolve_all(
                None,
                &[signed, "On its first anniversary, March 13, villagers fought.", "On March 16, a deputy spoke."]
            ),
            vec!["2025-03:Explicit", "2026-03-13:Context", "2026-03-16:Context"]
        );
        // The day told before it; the referent's day, with no day beside it.
        assert_eq!(
            resolve_all(None, &[signed, "On March 13, its first anniversary, villagers fought."])[1],
            "2026-03-13:Context"
        );
        assert_eq!(
            resolve_all(
                None,
                &["The truce began on May 5, 2023.", "On the second anniversary of the truce, villagers marched."]
            )[1],
            "2025-05-05:Context"
        );
        // A year written in its "of" phrase is the referent's.
        assert_eq!(
            resolve_all(None, &["On the second anniversary of the 2024 ceasefire, November 27, a drone struck."]),
            vec!["2026-11-27:Context"]
        );
        // A last date of another month is not the referent; no count, no year counted.
        assert_eq!(
            resolve_all(None, &[signed, "On its first anniversary, June 2, they fought."])[1],
            "2025-06-02:Context"
        );
        assert_eq!(
            resolve_all(Some((2026, 4, 9)), &["On the anniversary of the ceasefire, March 13, a drone struck."]),
            vec!["2026-03-13:Publication"]
        );
        // Never after the date line.
        assert_eq!(
            resolve_all(Some((2026, 1, 9)), &[signed, "On its first anniversary, March 13, they will march."])[1],
            "2025-03-13:Context"
        );
    }

    #[test]
    fn a_weekday_of_a_named_month_and_the_weekday_before_last() {
        // Thursday April 9, 2026; March 2026 ends on a Tuesday.
        let p = Some((2026, 4, 9));
        assert_eq!(
            resolve_all(p, &["On the last Sunday of March, voters elected a council."]),
            vec!["2026-03-29:Publication"]
        );
        assert_eq!(resolve_all(None, &["On the second Friday in May 2024, they met."]), vec!["2024-05-10:Explicit"]);
        assert_eq!(
            resolve_all(None, &["On the last Sunday of March, voters elected a council."]),
            vec!["XXXX-03:Explicit"]
        );
        assert_eq!(resolve_all(p, &["The Friday before last, worshippers marched."]), vec!["2026-03-27:Publication"]);
        assert_eq!(resolve_all(p, &["The Thursday before last, worshippers marched."]), vec!["2026-03-26:Publication"]);
    }

    #[test]
    fn a_dated_background_does_not_give_a_story_without_years_its_year() {
        let sents = [
            "On February 25, police arrested him.",
            "The campaign began almost two years ago: in May 2024, the emir suspended parliament.",
            "On March 4, police detained a poet.",
        ];
        assert_eq!(
            resolve_all(None, &sents),
            vec!["XXXX-02-25:Explicit", "-", "2024-05:Explicit", "XXXX-03-04:Explicit"]
        );
        // A day far from the story's last one takes the year told.
        let sents = [
            "On February 25, police arrested him.",
            "In May 2024, the emir suspended parliament.",
            "On May 20, a poet was held.",
        ];
        assert_eq!(resolve_all(None, &sents)[2], "2024-05-20:Context");
    }

    #[test]
    fn a_bare_ordinal_with_no_month_told_is_of_the_date_line() {
        let p = Some((2026, 3, 17));
        assert_eq!(
            resolve_all(p, &["Few had heard of him before this month.", "Late on the 2nd, gunmen fired on his car."]),
            vec!["2026-03:Publication", "2026-03-02:Publication"]
        );
        assert_eq!(resolve_all(p, &["On the 2nd, gunmen fired on his car."]), vec!["-"]);
        assert_eq!(
            resolve_all(p, &["Not this month.", "On the 20th, gunmen fired."]),
            vec!["2026-03:Publication", "-"]
        );
    }

    #[test]
    fn the_day_before_a_clause_counts_from_the_last_day() {
        assert_eq!(
            resolve_all(
                None,
                &["On March 2, 2026, gunmen killed him.", "The day before he was killed, his men raided a farm."]
            ),
            vec!["2026-03-02:Explicit", "2026-03-01:Context"]
        );
    }

    #[test]
    fn a_bare_ordinal_after_a_background_date_goes_on_with_the_story_without_years() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On April 2, the coast guard seized a dhow.",
                    "The crew were handed back on April 12.",
                    "In September 2023, the court struck down the law.",
                    "In the early hours of the 18th, a launch fired on a second dhow.",
                    "On April 21, the office named a commander.",
                ]
            )[2..],
            ["2023-09:Explicit", "XXXX-04-18:Context", "XXXX-04-21:Explicit"]
        );
    }

    #[test]
    fn a_week_to_the_day_after_is_seven_days_on() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 20)),
                &[
                    "On July 4, gunmen opened fire.",
                    "On July 9, the army named a commander.",
                    "A week to the day after that, the men were freed."
                ]
            )
            .last()
            .map(String::as_str),
            Some("2026-07-16:Context")
        );
        // (Three weeks to the day after an act named: twenty-one days on, not some day of a month.)
        assert_eq!(
            resolve_all(
                Some((2026, 7, 20)),
                &[
                    "On March 30, gunmen abducted the engineer.",
                    "Three weeks to the day after his abduction, he was freed."
                ]
            )
            .last()
            .map(String::as_str),
            Some("2026-04-20:Context")
        );
        // (Exactly a year later: the same day, a year on.)
        assert_eq!(
            resolve_all(
                Some((2094, 4, 20)),
                &["On 2 April 2093, commandos seized the carrier.", "Exactly a year later, the crew were freed."]
            )
            .last()
            .map(String::as_str),
            Some("2094-04-02:Context")
        );
        assert_eq!(
            resolve_all(
                Some((2094, 4, 20)),
                &["On 2 April 2093, commandos seized the carrier.", "A year later, the crew were freed."]
            )
            .last()
            .map(String::as_str),
            Some("2094:Context")
        );
        // (Counted back from an act told after it, the referent is the unknown: no date.)
        assert!(values("The grenade struck a week to the day after Hawkar Zangana was killed.").is_empty());
    }

    #[test]
    fn days_after_the_anniversary_count_from_its_day() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On September 16, 2026, the fourth anniversary of her death, police closed the cemetery.",
                    "On October 4, the ministry replaced the governor.",
                    "Three nights after the anniversary, someone fired on a base.",
                    "Two days later, the cleric spoke.",
                ]
            )[2..],
            // (The anniversary named after the offset has no date of its own.)
            ["2026-09-19:Context", "-", "2026-09-21:Context"]
        );
    }

    #[test]
    fn a_bare_ordinal_in_a_story_without_years() {
        assert_eq!(
            resolve_all(None, &["On May 4, gunmen attacked a post.", "On the 27th, the commander spoke."])
                .last()
                .map(String::as_str),
            Some("XXXX-05-27:Context")
        );
    }

    #[test]
    fn a_background_month_after_a_background_year_is_background_too() {
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On the morning of June 2, 2025, agents detained eleven staff.",
                    "In 2021 the group detained two employees, and in January 2024 it seized a dozen more.",
                    "On July 7, aircraft struck a radar site.",
                ]
            )
            .last()
            .map(String::as_str),
            Some("2025-07-07:Context")
        );
    }

    #[test]
    fn a_day_told_in_the_pluperfect_is_a_flashback() {
        assert_eq!(
            resolve_all(
                Some((2026, 8, 1)),
                &[
                    "On July 3, police arrested five men.",
                    "The cabinet had placed him at the head of the office on June 16.",
                    "The next day, the militia answered.",
                ]
            )
            .last()
            .map(String::as_str),
            Some("2026-07-04:Context")
        );
    }

    #[test]
    fn a_week_after_an_event_is_to_the_day() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &["On May 10, gunmen crossed the river.", "A week after the crossing, troops detained men."]
            )
            .last()
            .map(String::as_str),
            Some("2026-05-17:Context")
        );
    }

    #[test]
    fn a_fortnight_after_a_named_event_is_to_the_day() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &["Late on 4 February 2026, fighters stormed the port.", "He was freed a fortnight after the battle."]
            ),
            vec!["2026-02-04:Explicit", "2026-02-18:Context"]
        );
    }

    #[test]
    fn years_after_an_undated_referent_never_pass_the_date_line() {
        assert_eq!(
            resolve_all(
                Some((2026, 5, 4)),
                &[
                    "On April 9, a drone struck a pickup.",
                    "A Year After the Promise The PKK announced in May 2025 that it would disband."
                ]
            ),
            vec!["2026-04-09:Publication", "-", "2025-05:Explicit"]
        );
    }

    #[test]
    fn days_before_a_feast_count_from_it_and_a_feast_without_a_year_has_no_day() {
        assert_eq!(
            values("Three days before Eid al-Adha, the company offered a raise."),
            vec![(
                "Three days before Eid al-Adha".to_string(),
                TimeValue::Relative(Relative::Holiday { holiday: Holiday::EidAlAdha, back: 3, year: None })
            )]
        );
        // With no year anywhere, neither the feast nor a day counted from it is placed.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On May 19, relatives stopped a minibus.",
                    "Three days before Eid al-Adha, the company offered a raise."
                ]
            ),
            vec!["XXXX-05-19:Explicit", "-"]
        );
        // With the story's year known, it is computed (Eid al-Adha 2026 is May 27 in the table).
        let r = resolve_all(Some((2026, 6, 10)), &["Three days before Eid al-Adha, the company offered a raise."]);
        assert_eq!(r.len(), 1);
        assert!(r[0].starts_with("2026-05-2"), "{r:?}");
    }

    #[test]
    fn a_fortnight_is_two_weeks() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &["On May 10, police arrested two couriers.", "A fortnight later, a judge freed them."]
            ),
            vec!["2026-05-10:Publication", "2026-05-24:Context"]
        );
    }

    #[test]
    fn a_day_step_told_at_a_sentence_end_is_a_side_step() {
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On May 10, gunmen stormed the port, and troops pushed them back the following morning.",
                    "Two days later, aircraft bombed the depot.",
                ]
            ),
            vec!["2026-05-10:Publication", "2026-05-11:Context", "2026-05-12:Context"]
        );
        // Before a place adjunct that ends the sentence, too.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On the night of September 8, 2024, gunmen killed a guard.",
                    "The car was found burned out the next morning on a farm track toward Bartella, the town that the brigade holds.",
                    "Two days later, fighters blocked the funeral convoy.",
                ]
            ),
            vec!["2024-09-08:Explicit", "2024-09-09:Context", "2024-09-10:Context"]
        );
        // Before a second verb of the same clause, too.
        assert_eq!(
            resolve_all(
                Some((2026, 7, 1)),
                &[
                    "On the night of May 10, jets struck forty targets.",
                    "Baghdad summoned the envoy the next morning and called the strikes a violation.",
                    "A week later, a drone killed a commander.",
                ]
            ),
            vec!["2026-05-10:Publication", "2026-05-11:Context", "2026-05-17:Context"]
        );
    }

    #[test]
    fn may_after_a_preposition_of_time_is_the_month() {
        let texts = |s: &str| values(s).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(texts("In May, police arrested two men in Amara."), vec!["May"]);
        assert_eq!(texts("Police arrested two men in Amara in May."), vec!["May"]);
        assert_eq!(texts("On 16 May gunmen killed a judge, and on May 29 the court ruled."), vec!["16 May", "May 29"]);
        assert_eq!(texts("In May 2024 and since May, talks stalled."), vec!["May 2024", "May"]);
        assert!(month_may_at("In May, police arrested two men.", 3));
        assert!(!month_may_at("Militias may strike. May God help them.", 21));
        // The modal, and a sentence opening "May": no date.
        assert!(values("Militias may strike again. May the talks succeed.").is_empty());
    }

    #[test]
    fn a_background_year_or_an_earlier_month_does_not_move_the_story() {
        // A bare earlier year dates its own sentence; the story's year comes back after it.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On the night of September 8, 2024, gunmen killed a guard.",
                    "In 2018, the registry transferred plots, and days later a court refused to act.",
                    "In August, a shop was set alight.",
                    "Two days later, fighters blocked the convoy.",
                    "On September 15, a spokesman warned.",
                ]
            ),
            vec![
                "2024-09-08:Explicit",
                "2018:Explicit",
                "2018:Context",
                "2024-08:Context",
                "2024-09-10:Context",
                "2024-09-15:Context"
            ]
        );
        // "Two years later" counts from the background year.
        assert_eq!(
            resolve_all(
                None,
                &["On March 4, 2024, a bomb went off.", "In 2018, a militia formed.", "Two years later, it split."]
            ),
            vec!["2024-03-04:Explicit", "2018:Explicit", "2020:Context"]
        );
        // A month around or before the story's day is an aside, still the last date told.
        assert_eq!(
            resolve_all(
                Some((2024, 3, 28)),
                &[
                    "On March 9, gunmen killed eighteen gatherers.",
                    "In mid-February, a mine killed three brothers, and sixty died by the end of March.",
                    "Two days later, troops swept the hills.",
                ]
            ),
            vec!["2024-03-09:Publication", "2024-02:Context", "2024-03:Context", "2024-03-11:Context"]
        );
        assert_eq!(
            resolve_all(
                Some((2024, 7, 11)),
                &["On June 30, troops raided a farm.", "It opened in mid-May.", "On the 14th, a bomb."]
            ),
            vec!["2024-06-30:Publication", "2024-05:Context", "2024-05-14:Context"]
        );
        // A year with its month is the story moving back, as ever.
        assert_eq!(
            resolve_all(
                Some((2021, 11, 9)),
                &["On March 4, 2021, militias struck.", "In April 2020, they rose.", "Days earlier, a fight."]
            ),
            vec!["2021-03-04:Explicit", "2020-04:Explicit", "2020-04:Context"]
        );
    }

    #[test]
    fn holidays_are_dates_to_the_month_or_the_day() {
        // A movable holiday to the month, in the year nearest the story; a fixed one to the day.
        assert_eq!(
            resolve_all(
                Some((2024, 7, 11)),
                &[
                    "On May 20, elders brokered a truce.",
                    "Over the Eid al-Adha holiday, a gunfight broke out by the souq.",
                    "During Ramadan 2023, the feud was quiet, and on the eve of Nowruz a bomb went off.",
                ]
            ),
            vec!["2024-05-20:Publication", "2024-06:Context", "2023-04:Explicit", "2023-03-20:Context"]
        );
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On the night of September 8, 2024, a guard was killed.",
                    "On the eve of the Feast of the Cross, thousands marched."
                ]
            ),
            vec!["2024-09-08:Explicit", "2024-09-13:Context"]
        );
        // New Year's Eve is the last day of the year before New Year's Day; Christmas Eve the 24th.
        assert_eq!(
            resolve_all(
                Some((2026, 1, 20)),
                &[
                    "On December 20, gunmen killed a trader.",
                    "In the early hours of New Year's Eve, a drone struck a checkpoint.",
                    "On Christmas Eve, a church was attacked, and on New Year's Day 2024 a cleric was held.",
                ]
            ),
            vec!["2025-12-20:Publication", "2025-12-31:Context", "2025-12-24:Context", "2024-01-01:Explicit"]
        );
        assert!(values("The New Year celebrations in New York were quiet.").is_empty());
        // No year anywhere, or a name: no date.
        assert_eq!(resolve_all(None, &["Over the Eid al-Adha holiday, a gunfight broke out."]), vec!["-"]);
        assert!(values("Tariq Ramadan spoke on Christmas Island.").is_empty());
    }

    #[test]
    fn easter_christmas_day_and_the_eve_of_eid_are_days() {
        // Easter Monday is Easter's Monday (Easter 2026: April 5), not the Monday before the date
        // line; Christmas Day is December 25; the eve of Eid al-Adha (May 27, 2026) a day.
        assert_eq!(
            resolve_all(
                Some((2026, 6, 10)),
                &[
                    "On Easter Monday, gunmen attacked a house.",
                    "On Good Friday, a church was attacked.",
                    "On the eve of Eid al-Adha, the officers were handed over.",
                ]
            ),
            vec!["2026-04-06:Publication", "2026-04-03:Context", "2026-05-26:Context"]
        );
        assert_eq!(
            resolve_all(
                Some((2026, 2, 10)),
                &["On December 17, men were seized.", "On Christmas Day, they were freed."]
            ),
            vec!["2025-12-17:Publication", "2025-12-25:Context"]
        );
    }

    #[test]
    fn seasons_are_dates_to_the_year() {
        let p = Some((2024, 3, 28));
        // "Last spring" told in March is the spring of the year before; in July, this year's.
        assert_eq!(
            resolve_all(
                p,
                &[
                    "On March 9, gunmen killed eighteen.",
                    "Last spring, a massacre killed thirty.",
                    "Two days later, troops swept the hills."
                ]
            ),
            vec!["2024-03-09:Publication", "2023:Publication", "2024-03-11:Context"]
        );
        assert_eq!(resolve_all(Some((2024, 7, 1)), &["Last spring, a massacre."]), vec!["2024:Publication"]);
        assert_eq!(
            resolve_all(p, &["Last winter, a raid. Next summer, a vote."]),
            vec!["2024:Publication", "2024:Publication"]
        );
        // Counted from the story: the season's year, the month no longer known.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "In June 2021, the port closed.",
                    "That autumn, the STC detained a governor.",
                    "The following spring, talks."
                ]
            ),
            vec!["2021-06:Explicit", "2021:Context", "2022:Context"]
        );
    }

    #[test]
    fn which_expression_dates_the_sentence() {
        let p = Some((2024, 4, 20));
        // The anchor's own date inside the offset's noun phrase.
        assert_eq!(
            resolve_all(p, &["Two days after the grenade attack of March 3, police detained two men."]),
            vec!["2024-03-05:Publication"]
        );
        assert_eq!(
            resolve_all(None, &["Three weeks after the vote on May 2, 2021, the court ruled."]),
            vec!["2021-05-23:Explicit"]
        );
        // A release that ends a duration is a side step: the story stays on the arrest's day.
        assert_eq!(
            resolve_all(
                p,
                &[
                    "On March 21, officers detained a commander; he was held for a night and released without charge.",
                    "The following day, an adviser warned the elders.",
                ]
            ),
            vec!["2024-03-21:Publication", "2024-03-22:Context", "2024-03-22:Context"]
        );
        // The `later` of a reporting verb is no date of the sentence.
        assert!(values("Troops detained two men; the army later said that one was a sniper.").is_empty());
        assert_eq!(values("He was later released.").len(), 1);
    }

    #[test]
    fn day_month_at_the_end_of_a_sentence() {
        let v = values("A cell killed two officers near Muzayrib on 26 February. Then came 3 March: calm.");
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["26 February", "3 March"]);
        // A day followed by a full stop or a colon is a number in a list, not a date.
        assert!(values("Item 1. March past the gate, item 2: May be so.").is_empty());
    }

    #[test]
    fn resolves_against_publication_and_context() {
        let p = Some((2021, 11, 9));
        assert_eq!(resolve_all(p, &["Drones struck on November 7."]), vec!["2021-11-07:Publication"]);
        assert_eq!(
            resolve_all(p, &["It came in April 2020.", "A fight happened some days earlier."]),
            vec!["2020-04:Explicit", "2020-04:Context"]
        );
        assert_eq!(
            resolve_all(p, &["On March 21, 2021, a killing.", "On June 7, another."]),
            vec!["2021-03-21:Explicit", "2021-06-07:Context"]
        );
        assert_eq!(
            resolve_all(p, &["In June 2020 he was held.", "He was freed only months later."]),
            vec!["2020-06:Explicit", "2020:Context"]
        );
        assert_eq!(
            resolve_all(p, &["This week's attack.", "Last year it rained.", "On Thursday they met."]),
            vec!["2021-11:Publication", "2020:Publication", "2021-11-04:Publication"]
        );
        assert_eq!(
            resolve_all(p, &["On March 4, 2021, before the upcoming October 10 elections."]),
            vec!["2021-03-04:Explicit", "2021-10-10:Context"]
        );
        // Hours and minutes away stay on the day, at the precision it was known.
        assert_eq!(
            resolve_all(p, &["On February 15, a rocket fell.", "Less than an hour later, another hit."]),
            vec!["2021-02-15:Publication", "2021-02-15:Context"]
        );
        assert_eq!(
            resolve_all(p, &["It came in April 2020.", "Hours later, a second one.", "Minutes after, a third."]),
            vec!["2020-04:Explicit", "2020-04:Context", "2020-04:Context"]
        );
        // A month of an earlier year told as the time of a step back ("when … had …") leaves the
        // story's day where it was.
        assert_eq!(
            resolve_all(
                p,
                &[
                    "On July 1, 2088, police detained 67 people.",
                    "The same pattern was seen in August 2084, when a crowd had ransacked shops.",
                    "The following night, the violence spread south.",
                ]
            ),
            vec!["2088-07-01:Explicit", "2084-08:Explicit", "2088-07-02:Context"]
        );
        // A day told in a step back counted from an event leaves the story's day.
        assert_eq!(
            resolve_all(
                Some((2084, 3, 9)),
                &[
                    "Shortly before 1 a.m. on February 27, 2084, missiles struck a building.",
                    "Two weeks before the strike, on February 13, a drone had hit two trucks.",
                    "The next day, the Guards issued a statement.",
                ]
            ),
            vec!["2084-02-27:Explicit", "2084-02-13:Context", "2084-02-28:Context"]
        );
        // A month told in the pluperfect after the story's autumn is the spring before it.
        assert_eq!(
            resolve_all(
                None,
                &[
                    "On September 29, 2086, the CTD announced five deaths.",
                    "Relatives said one man had been taken from his home in May.",
                ]
            ),
            vec!["2086-09-29:Explicit", "2086-05:Context"]
        );
        // "Thursday of last week" under a Thursday date line is the Thursday a week before; under
        // a Monday one, the Thursday four days before.
        assert_eq!(
            resolve_all(Some((2086, 10, 17)), &["The ministers took the oath on Thursday of last week."]),
            vec!["2086-10-10:Publication"]
        );
        assert_eq!(
            resolve_all(Some((2086, 10, 21)), &["They met on Thursday last week."]),
            vec!["2086-10-17:Publication"]
        );
        // (Forty minutes are not forty hours.)
        assert_eq!(
            resolve_all(p, &["On March 19, missiles hit the camp, and about forty minutes later drones struck."]),
            vec!["2021-03-19:Publication", "2021-03-19:Context"]
        );
        assert_eq!(
            resolve_all(p, &["The ceasefire ended at 01:20 hours local time on March 13."]),
            vec!["2021-03-13:Publication"]
        );
    }

    #[test]
    fn never_invents_a_year() {
        assert_eq!(
            resolve_all(None, &["On May 26 a rocket fell.", "That September, more."]),
            vec!["XXXX-05-26:Explicit", "XXXX-09:Explicit"]
        );
        assert_eq!(resolve_all(None, &["It happened last year."]), vec!["-"]);
    }

    #[test]
    fn ranges() {
        let v = values("Fighting ran between May 3 and May 5, 2022.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].1, TimeValue::Range { from: PartialDate::ymd(2022, 5, 3), to: PartialDate::ymd(2022, 5, 5) });
        // A night or a meeting written as a span of two days, either way round.
        let night = TimeValue::Range { from: PartialDate::ymd(2083, 4, 3), to: PartialDate::ymd(2083, 4, 4) };
        assert_eq!(values("On the night of 3-4 April 2083, fighters attacked a post.")[0].1, night);
        assert_eq!(values("On the night of April 3-4, 2083, fighters attacked a post.")[0].1, night);
        assert!(values("Route 3-4 was closed.").is_empty());
    }

    #[test]
    fn a_day_earlier_than_first_reported_is_a_comparison() {
        let v = values("It took place on May 9, 2089, a day earlier than first reported.");
        assert_eq!(
            v.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
            vec![TimeValue::Calendar { date: PartialDate::ymd(2089, 5, 9), upcoming: false }]
        );
    }
}
