//! Recognisers for header and footer lines: date lines, bylines, kind labels, bios, titles, site prefixes.

use super::inline::parse_inline;
use crate::dates::calendar::{parse_date_line, parse_full_date_prefix};

/// What a raw block is, as far as the header walker cares.
#[derive(Debug, Clone, PartialEq)]
pub enum Class {
    Date((i32, u32, u32)),
    Byline,
    /// "Also available in", with whatever follows on the same line.
    AlsoAvailable(String),
    AboutAuthors,
    Recommended,
    Kind(String),
    /// Site navigation ("MENU", "- Policy Analysis"), maybe carrying a kind label.
    Menu(Option<String>),
    /// Header fields read by their labels ("Written by A", "Published: DATE", "Hits: 1184"),
    /// one per line or run together, at least one of them an author or a date.
    Fields(Vec<Field>),
    /// An email's header block (RFC 822 "From:", "To:", "Date:", "Subject:" lines).
    Email(Email),
    Text,
}

/// A header field read by its label.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// "Written by A and B", "By A", "Author: A".
    Authors(Vec<String>),
    /// "Published: 15 September 2022", "Posted on …", "Date: …"; `updated` for "Updated: …",
    /// which stands in only when no other date is given.
    Date { ymd: (i32, u32, u32), text: String, updated: bool },
    /// A series label run into the fields ("PolicyWatch 3317").
    Kind(String),
    /// "Details", "Category: Analysis", "Hits: 1184", "Tags: …", "7 min read": nothing the
    /// article's metadata keeps.
    Dropped,
}

/// What an email's header block says of the article: the sending date and the subject.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Email {
    pub date: Option<((i32, u32, u32), String)>,
    pub subject: Option<String>,
}

/// Publication kinds used by analysis sites.
const KIND_LABELS: &[&str] = &[
    "brief analysis",
    "policy analysis",
    "articles & op-eds",
    "articles & testimony",
    "articles and op-eds",
    "op-eds",
    "op-ed",
    "policywatch",
    "policy watch",
    "policy notes",
    "policy note",
    "policy focus",
    "policy paper",
    "policy briefs",
    "policy brief",
    "issue brief",
    "working paper",
    "research paper",
    "occasional paper",
    "research notes",
    "research note",
    "testimony",
    "interviews",
    "interview",
    "fikra forum",
    "analysis",
    "commentary",
    "podcast",
    "in-depth reports",
    "special reports",
    "special forum report",
    "forum report",
    "report",
];

/// A kind label ("Brief Analysis", "PolicyWatch 3492", "Policy Analysis / PolicyWatch 3435").
pub fn kind_label(s: &str) -> Option<String> {
    let t = s.trim().trim_start_matches("- ").trim_end_matches(['/', ' ', ':']).trim();
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    let parts: Vec<&str> = t.split(" / ").map(str::trim).collect();
    if !parts.iter().all(|p| is_single_kind(p)) {
        return None;
    }
    Some(parts.last().copied().unwrap_or(t).to_string())
}

fn is_single_kind(p: &str) -> bool {
    let lower = crate::scan::to_lowercase(p);
    KIND_LABELS.iter().any(|k| {
        lower == *k
            || lower.strip_prefix(k).is_some_and(|rest| {
                // A series number: "PolicyWatch 3492", "Policy Brief No. 31", "Research Note #4".
                let r = rest.trim();
                let r = ["no.", "no", "number", "#"]
                    .iter()
                    .find_map(|n| r.strip_prefix(n).filter(|x| *n == "#" || x.starts_with(' ')))
                    .map_or(r, str::trim);
                !r.is_empty() && r.chars().all(|c| c.is_ascii_digit())
            })
    })
}

/// An upper-case kind line that opens a RECOMMENDED item ("BRIEF ANALYSIS").
pub fn is_upper_kind(s: &str) -> bool {
    let t = s.trim();
    t.len() >= 4
        && t.len() <= 40
        && t.chars().any(|c| c.is_alphabetic())
        && !t.chars().any(|c| c.is_lowercase())
        && kind_label(t).is_some()
}

pub fn classify(raw: &str) -> Class {
    let t = raw.trim();
    // A header line set in emphasis as a whole ("*By AUTHOR | DATE | KIND*") is read without it.
    let t = match t.strip_prefix('*').and_then(|x| x.strip_suffix('*')) {
        Some(inner) if !inner.contains('*') => inner.trim(),
        _ => t,
    };
    // Case-insensitive tests on the line's lowercase form, without lowercasing a whole paragraph:
    // ASCII case folding agrees with `to_lowercase` for these patterns, because the only non-ASCII
    // characters that lowercase to ASCII are 'K' (Kelvin sign → "k") and 'İ' (→ "i̇"), and no
    // pattern has a 'k' or an 'i' that ends it.
    let is = |p: &str| t.eq_ignore_ascii_case(p);
    let starts = |p: &str| t.as_bytes().get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()));
    if let Some(ymd) = parse_date_line(t) {
        return Class::Date(ymd);
    }
    if is("about the authors") || is("about the author") {
        return Class::AboutAuthors;
    }
    if is("recommended") {
        return Class::Recommended;
    }
    const ALSO: &str = "also available in";
    if starts(ALSO) {
        // The prefix matched byte for byte (ASCII), so its length is a character boundary.
        return Class::AlsoAvailable(t[ALSO.len()..].trim().to_string());
    }
    if is("menu")
        || is("share")
        || is("print")
        || starts("also published in")
        || is_site_furniture(t)
        || is_menu_list(t)
    {
        return Class::Menu(None);
    }
    if let Some(email) = email_header(t) {
        return Class::Email(email);
    }
    if let Some(fields) = labelled_fields(t) {
        let meta = fields.iter().any(|f| !matches!(f, Field::Dropped));
        return if meta { Class::Fields(fields) } else { Class::Menu(None) };
    }
    if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("• ")) {
        if item.len() < 60 && !item.contains(". ") {
            return Class::Menu(kind_label(item));
        }
    }
    if let Some(k) = kind_label(t) {
        return Class::Kind(k);
    }
    if (starts("by ") || starts("by\u{a0}")) && t.len() < 300 && !has_sentence_break(t) {
        return Class::Byline;
    }
    if let Some(ymd) = segmented_date(t) {
        return Class::Date(ymd);
    }
    Class::Text
}

/// Does a header line hold a sentence break (". " after a word), as prose does? A period after an
/// initial ("Michael P. Knights"), a month ("Dec. 9, 2025") or a title ("Dr. Lee") is no break.
fn has_sentence_break(t: &str) -> bool {
    const SHORT: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dr", "mr", "mrs", "ms",
        "prof", "jr", "sr", "st", "gen", "col", "maj", "capt", "lt", "amb",
    ];
    t.match_indices(". ").any(|(i, _)| {
        let word = t[..i].rsplit([' ', '(', '\n']).next().unwrap_or("");
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        !(initial || SHORT.iter().any(|s| s.eq_ignore_ascii_case(word)))
    })
}

/// The parts of a header line set apart by separators ("Posted by SITE | 7 September 2023 | 6 min
/// read", "Home › Analysis › Syria").
fn segments(t: &str) -> impl Iterator<Item = &str> {
    t.split(['|', '›', '»', '·', '•']).flat_map(|p| p.split(" > ")).flat_map(|p| p.split(" / ")).map(str::trim)
}

/// Does `t` hold a separator of [`segments`] (else it is one part)?
fn has_separator(t: &str) -> bool {
    t.contains(['|', '›', '»', '·', '•']) || t.contains(" > ") || t.contains(" / ")
}

/// A short header line whose separated parts include a full date: a posting line of a web page.
fn segmented_date(t: &str) -> Option<(i32, u32, u32)> {
    if t.len() > 200 || has_sentence_break(t) {
        return None;
    }
    segments(t).nth(1)?;
    segments(t).find_map(|p| parse_date_line(p).or_else(|| parse_full_date_prefix(p).map(|(ymd, _)| ymd)))
}

/// How a header field's label is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    /// "Written by", "By": names follow, no colon.
    Authors,
    /// "Author:": names follow a colon.
    AuthorsColon,
    /// "Published", "Posted": a date follows, a colon or "on" maybe.
    Date,
    /// "Date:": a date follows a colon.
    DateColon,
    Updated,
    /// "Category:", "Hits:": dropped with its value, which follows a colon.
    DropColon,
    /// "Details": a label alone.
    DropAlone,
}

/// Header field labels, longest first where one begins another.
const FIELD_LABELS: &[(&str, Label)] = &[
    ("written by", Label::Authors),
    ("authored by", Label::Authors),
    ("by", Label::Authors),
    ("authors", Label::AuthorsColon),
    ("author", Label::AuthorsColon),
    ("first published", Label::Date),
    ("originally published", Label::Date),
    ("published", Label::Date),
    ("posted", Label::Date),
    ("created", Label::Date),
    ("date", Label::DateColon),
    ("last updated", Label::Updated),
    ("updated", Label::Updated),
    ("last modified", Label::Updated),
    ("modified", Label::Updated),
    ("parent category", Label::DropColon),
    ("categories", Label::DropColon),
    ("category", Label::DropColon),
    ("section", Label::DropColon),
    ("hits", Label::DropColon),
    ("views", Label::DropColon),
    ("tags", Label::DropColon),
    ("details", Label::DropAlone),
];

/// The label that starts `s` (a capitalised word: "Written by", "Published:"), and the rest after
/// it and its colon or "on".
fn field_label(s: &str) -> Option<(Label, &str)> {
    if !s.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    FIELD_LABELS.iter().find_map(|&(label, kind)| {
        let rest = s.get(..label.len()).filter(|h| h.eq_ignore_ascii_case(label)).map(|_| &s[label.len()..])?;
        let colon = rest.starts_with(':');
        let ok = match kind {
            Label::Authors => rest.starts_with(' ') || rest.starts_with('\u{a0}'),
            Label::AuthorsColon | Label::DateColon | Label::DropColon => colon,
            Label::Date | Label::Updated => colon || rest.starts_with(' '),
            Label::DropAlone => rest.is_empty() || rest.starts_with(' '),
        };
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
        let rest = match kind {
            Label::Date | Label::Updated => rest.strip_prefix("on ").unwrap_or(rest),
            _ => rest,
        };
        ok.then_some((kind, rest))
    })
}

/// A header block read field by field: each line (or part between `|`, `·`, `•`) is one or more
/// labelled fields run together ("Details Written by A Category: Analysis Published: DATE Hits:
/// 1184"), or a reading time. `None` unless every part is, and one label is more than "By" (a
/// plain byline is [`parse_byline`]'s).
pub fn labelled_fields(t: &str) -> Option<Vec<Field>> {
    if t.len() > 400 || has_sentence_break(t) {
        return None;
    }
    let mut fields = Vec::new();
    let mut labelled = false;
    let pieces = t.split(['\n', '|', '·', '•']).flat_map(|p| p.split(" – ")).flat_map(|p| p.split(" — "));
    for piece in pieces.map(str::trim).filter(|p| !p.is_empty()) {
        if is_reading_time(piece) {
            fields.push(Field::Dropped);
            continue;
        }
        // A series label or a bare date after the authors: "Written by A – PolicyWatch 3317 – May
        // 19, 2020".
        if fields.iter().any(|f| matches!(f, Field::Authors(_))) {
            if let Some(kind) = kind_label(piece) {
                fields.push(Field::Kind(kind));
                continue;
            }
            if let Some((ymd, text)) = dated_value(piece).filter(|(_, text)| piece.ends_with(text.as_str())) {
                fields.push(Field::Date { ymd, text, updated: false });
                continue;
            }
        }
        // (The piece must start with a label: asked before looking for the others.)
        field_label(piece)?;
        // Where each field starts: at a word that is a label.
        // A lowercase "by" after a year starts the authors too ("Posted on DATE by A").
        let after_year = |i: usize| {
            let head = piece[..i].trim_end().trim_end_matches(',');
            head.len() >= 4 && head.as_bytes()[head.len() - 4..].iter().all(u8::is_ascii_digit)
        };
        let starts: Vec<usize> = std::iter::once(0)
            .chain(piece.match_indices(' ').map(|(i, _)| i + 1))
            .filter(|&i| {
                field_label(&piece[i..]).is_some() || (i > 0 && piece[i..].starts_with("by ") && after_year(i))
            })
            .collect();
        if starts.first() != Some(&0) {
            return None;
        }
        for (k, &at) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(piece.len(), |&e| e);
            let field = &piece[at..end];
            let (kind, value) = match field.strip_prefix("by ") {
                Some(names) if at > 0 => (Label::Authors, names),
                _ => field_label(field)?,
            };
            let value = value.trim();
            labelled |= !piece[at..].get(..2).is_some_and(|h| h.eq_ignore_ascii_case("by"));
            let field = match kind {
                Label::Authors | Label::AuthorsColon => {
                    // "Written by A on December 9, 2025", "By A, 9 December 2025": the names, then
                    // the date.
                    let (value, date) = match names_then_date(value) {
                        Some((names, ymd, text)) => (names, Some(Field::Date { ymd, text, updated: false })),
                        None => (value, None),
                    };
                    let names: Vec<String> = author_list(value).map(str::to_string).collect();
                    let name_like = |n: &String| {
                        (1..=6).contains(&n.split_whitespace().count())
                            && n.starts_with(|c: char| c.is_uppercase())
                            && !n.contains(|c: char| c.is_ascii_digit())
                    };
                    if names.is_empty() || !names.iter().all(name_like) {
                        return None;
                    }
                    if let Some(date) = date {
                        fields.push(Field::Authors(names));
                        date
                    } else {
                        Field::Authors(names)
                    }
                }
                Label::Date | Label::DateColon | Label::Updated => match dated_value(value) {
                    Some((ymd, text)) => Field::Date { ymd, text, updated: kind == Label::Updated },
                    None => Field::Dropped,
                },
                Label::DropAlone if !value.is_empty() => return None,
                Label::DropColon | Label::DropAlone => Field::Dropped,
            };
            fields.push(field);
        }
    }
    (labelled && !fields.is_empty()).then_some(fields)
}

/// A byline's names with its date run on after " on " or a comma ("Sarah Okafor on December 9,
/// 2025", "Ann Lee, 9 May 2024 at 10:15"): the names, the date and the date's own text. `None`
/// unless a full date follows a non-empty run of names.
fn names_then_date(value: &str) -> Option<(&str, (i32, u32, u32), String)> {
    let cuts = value.match_indices(" on ").map(|(i, m)| (i, i + m.len()));
    let cuts = cuts.chain(value.match_indices(", ").map(|(i, m)| (i, i + m.len())));
    let mut found: Vec<(usize, usize)> = cuts.collect();
    crate::sort::sort(&mut found);
    found.into_iter().find_map(|(end, start)| {
        let names = value[..end].trim();
        let (ymd, text) = dated_value(&value[start..])?;
        (!names.is_empty()).then_some((names, ymd, text))
    })
}

/// "7 min read", "5 minute read", "12 mins read".
fn is_reading_time(p: &str) -> bool {
    // Three words, taken without collecting a paragraph's.
    let mut words = p.split_whitespace();
    let (Some(n), Some(unit), Some(read), None) = (words.next(), words.next(), words.next(), words.next()) else {
        return false;
    };
    n.bytes().all(|b| b.is_ascii_digit())
        && matches!(unit.to_ascii_lowercase().as_str(), "min" | "mins" | "minute" | "minutes")
        && read.eq_ignore_ascii_case("read")
}

/// A full date at the start of a field's value, maybe after a weekday ("Tue, 21 Nov 2023 07:02:15
/// -0500", "Tuesday, November 21, 2023 7:02 AM"), with the date's own text.
pub fn dated_value(value: &str) -> Option<((i32, u32, u32), String)> {
    let v = value.trim();
    let first = v.split([' ', ',']).next().unwrap_or("");
    let weekday = crate::dates::calendar::weekday_number(first).is_some()
        || (first.len() == 3
            && ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(&first.to_ascii_lowercase().as_str()));
    let v = if weekday { v[first.len()..].trim_start_matches([',', ' ']) } else { v };
    let (ymd, len) = parse_full_date_prefix(v)?;
    Some((ymd, v[..len].to_string()))
}

/// An email's header block: every line a "Name: value" header of mail (From, To, Cc, Reply-To,
/// Date, Sent, Subject, …), with a sender and a subject, date or recipient among them.
fn email_header(t: &str) -> Option<Email> {
    const NAMES: &[&str] = &[
        "from",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "date",
        "sent",
        "subject",
        "message-id",
        "mime-version",
        "content-type",
        "return-path",
        "sender",
        "organization",
    ];
    let mut email = Email::default();
    let (mut sender, mut other, mut lines) = (false, false, 0);
    for line in t.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':')?;
        let name = name.to_ascii_lowercase();
        if !(NAMES.contains(&name.as_str()) || name.starts_with("x-")) {
            return None;
        }
        lines += 1;
        let value = value.trim();
        match name.as_str() {
            "from" | "sender" => sender = true,
            "date" | "sent" => {
                other = true;
                email.date = email.date.or_else(|| dated_value(value));
            }
            "subject" => {
                other = true;
                email.subject = Some(value.to_string()).filter(|v| !v.is_empty());
            }
            "to" => other = true,
            _ => {}
        }
    }
    (lines >= 2 && sender && other).then_some(email)
}

/// A row of a Markdown pipe table: "| 4 March | Mondoro | 27 soldiers |" (a rule row too).
pub fn is_table_row(line: &str) -> bool {
    let t = line.trim();
    t.len() > 2 && t.starts_with('|') && t.ends_with('|')
}

/// A pipe table's rule row, under its column names: "|---|:---:|---|".
pub fn is_table_rule(line: &str) -> bool {
    is_table_row(line) && line.contains('-') && line.trim().chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A heading after which a web page lists other articles ("Related articles", "Read more").
pub fn is_related_heading(t: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "related articles",
        "related",
        "related content",
        "related analysis",
        "read more",
        "more on this topic",
        "more from this author",
        "further reading",
        "you may also like",
        "most read",
        "most popular",
        "related stories",
        "related posts",
        "related reading",
        "related coverage",
        "related news",
        "more stories",
        "read next",
        "read also",
        "also read",
        "see also",
        "recommended reading",
        "what to read next",
    ];
    let t = t.trim().trim_end_matches(':');
    // "Related on Oil Crescent Observer", "More from Fezzan Watch": a short line, no sentence.
    // (Compared in place: every block of the body is asked, and most are no heading.)
    let site_list = ["related on ", "related from ", "more from ", "more on "]
        .iter()
        .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
        && t.split_whitespace().count() <= 8
        && !t.ends_with(['.', '?', '!']);
    // "Related: Gunfire in the Market (September 22, 2052) | Surgeon Abducted (September 25,
    // 2052)": the heading and its titles on one line, no sentence after the colon.
    // ("Read next on Levant Culture Review: …": the heading may name the site.)
    let heading_head = |head: &str| {
        let head = head.trim();
        HEADINGS.iter().any(|h| {
            head.eq_ignore_ascii_case(h)
                || head.get(..h.len()).is_some_and(|p| p.eq_ignore_ascii_case(h))
                    && [" on ", " from "].iter().any(|w| head[h.len()..].to_ascii_lowercase().starts_with(w))
                    && head.split_whitespace().count() <= 9
        })
    };
    let inline_list = t.split_once(':').is_some_and(|(head, titles)| {
        heading_head(head)
            && !titles.trim().is_empty()
            && t.len() < 600
            && !titles.trim_end().ends_with('.')
            && !titles.contains(". ")
    });
    site_list || inline_list || heading_head(t) && !t.ends_with(['.', '?', '!'])
}

/// A web page's footer line: newsletter sign-up, copyright, legal links.
pub fn is_footer_line(t: &str) -> bool {
    if t.len() >= 300 {
        return false;
    }
    let lower = crate::scan::to_lowercase(t);
    lower.starts_with("sign up for")
        || lower.starts_with("subscribe to")
        || lower.starts_with('©')
        || lower.starts_with("copyright ©")
        || lower.contains("all rights reserved")
        || (lower.contains("newsletter") && lower.contains("email"))
        || (lower.contains("privacy policy") && t.contains('|'))
}

/// A web page's own furniture rather than the article's: a skip link, a search box, a cookie
/// notice, a share bar, or a navigation line of short parts ("Home | Middle East | Analysis",
/// "Home › Analysis › Syria").
pub fn is_site_furniture(t: &str) -> bool {
    // A paragraph of prose is not furniture (a cookie notice is a sentence or two).
    if t.len() > 400 {
        return false;
    }
    let lower = crate::scan::to_lowercase(t);
    let starts = |p: &str| lower.starts_with(p);
    if starts("skip to ") || lower == "search" || starts("share this") || starts("share:") || starts("follow us") {
        return true;
    }
    if lower.contains("cookie") && ["accept", "agree", "consent", "preferences"].iter().any(|w| lower.contains(w)) {
        return true;
    }
    // A navigation bar flattened to one line, its items set apart by runs of spaces ("Home   Iraq
    // Syria   Energy   About").
    if t.len() <= 200 && !t.contains('\n') && {
        // (Split only a short line.)
        let spaced: Vec<&str> = t.split("  ").map(str::trim).filter(|p| !p.is_empty()).collect();
        spaced.len() >= 4
            && spaced.iter().all(|p| {
                p.split_whitespace().count() <= 3
                    && p.starts_with(|c: char| c.is_uppercase())
                    && !p.ends_with(['.', ',', ':', ';'])
            })
    } {
        return true;
    }
    if t.len() > 200 || t.contains(". ") || !has_separator(t) {
        return false;
    }
    let parts: Vec<&str> = segments(t).collect();
    let short = |p: &&str| !p.is_empty() && p.split_whitespace().count() <= 3;
    let home = parts.first().is_some_and(|p| p.eq_ignore_ascii_case("home"));
    parts.len() >= 2 && parts.iter().all(short) && (parts.len() >= 4 || home)
}

/// A navigation menu set one item per line under its label ("Menu" / "Home" / "About" / …):
/// every line is a word or three, the first the menu's name.
fn is_menu_list(t: &str) -> bool {
    let mut lines = t.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let named = ["menu", "main menu", "navigation", "primary menu"].iter().any(|m| first.eq_ignore_ascii_case(m));
    let rest: Vec<&str> = lines.collect();
    named
        && rest.len() >= 2
        && rest.iter().all(|l| l.len() <= 30 && l.split_whitespace().count() <= 3 && !l.contains(". "))
}

/// What a byline says: names, and for reposts a kind label and a date.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Byline {
    pub names: Vec<String>,
    pub kind: Option<String>,
    pub date: Option<(i32, u32, u32)>,
    pub date_text: Option<String>,
}

/// "by A and B – PolicyWatch 3317 – May 19, 2020"; a blog's "By A | Published DATE | Updated DATE |
/// 7 min read". A field labelled as a date stamp is a date (a publication date before an update's,
/// which stands in only when there is no other), a field with a digit in it (a reading time, a
/// comment count) names nobody, and the other fields are names.
pub fn parse_byline(plain: &str) -> Byline {
    let body = plain.trim();
    let body = ["by ", "by\u{a0}"]
        .iter()
        .find_map(|p| body.get(..p.len()).filter(|h| h.eq_ignore_ascii_case(p)).map(|_| &body[p.len()..]))
        .unwrap_or(body)
        .trim();
    let mut out = Byline::default();
    let mut updated: Option<((i32, u32, u32), String)> = None;
    for part in body
        .split([' ', '\u{a0}'])
        .collect::<Vec<_>>()
        .join(" ")
        .split(['–', '—', '|', '·', '•'])
        .flat_map(|p| p.split(" - "))
    {
        let p = part.trim().trim_end_matches(',');
        if p.is_empty() {
            continue;
        }
        let (stamp, rest) = date_stamp_label(p);
        if let Some((ymd, len)) = parse_full_date_prefix(rest) {
            let date = (ymd, rest[..len].to_string());
            match stamp {
                Some(Stamp::Updated) => {
                    updated.get_or_insert(date);
                }
                _ if out.date.is_none() => (out.date, out.date_text) = (Some(date.0), Some(date.1)),
                _ => {}
            }
        } else if let Some(k) = kind_label(p).filter(|_| stamp.is_none()) {
            out.kind = Some(k);
        } else if let Some((names, ymd, text)) = names_then_date(p).filter(|_| stamp.is_none()) {
            // "Sarah Okafor on December 9, 2025": the names, then the date.
            out.names.extend(author_list(names).filter(|n| n.split(' ').count() <= 6).map(str::to_string));
            if out.date.is_none() {
                (out.date, out.date_text) = (Some(ymd), Some(text));
            }
        } else if stamp.is_some() || p.contains(|c: char| c.is_ascii_digit()) {
            // "Updated yesterday", "7 min read", "12 comments": no name in it.
        } else {
            for name in author_list(p) {
                if name.split(' ').count() <= 6 {
                    out.names.push(name.to_string());
                }
            }
        }
    }
    if out.date.is_none() {
        if let Some((ymd, text)) = updated {
            (out.date, out.date_text) = (Some(ymd), Some(text));
        }
    }
    out
}

/// The names of a list of people: "A", "A and B", "A, B and C", "A & B".
fn author_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(", ")
        .flat_map(|n| n.split(" and "))
        .flat_map(|n| n.split(" AND "))
        .flat_map(|n| n.split(" & "))
        .map(|n| n.trim().trim_end_matches(','))
        .filter(|n| !n.is_empty())
}

/// A line of authors' names and nothing else, as a policy brief prints it under the title with no
/// "by": "A and B", "A, B and C". `None` unless every part is a name ([`is_name_line`]).
pub fn author_line(plain: &str) -> Option<Vec<String>> {
    let t = plain.trim();
    if t.is_empty() || t.len() > 200 || t.contains(['.', ':', ';', '|']) {
        return None;
    }
    let names: Vec<String> = author_list(t).map(str::to_string).collect();
    (!names.is_empty() && names.iter().all(|n| is_name_line(n))).then_some(names)
}

/// What a byline field's label says its date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stamp {
    Published,
    Updated,
}

/// A date stamp's label taken off a byline field: "Published 22 July 2024" → (Published, "22 July
/// 2024"); "Last updated: …" → (Updated, …). A field without one comes back whole.
fn date_stamp_label(p: &str) -> (Option<Stamp>, &str) {
    // The date labels of the header fields: "Published", "Posted" … and "Updated", "Last modified" ….
    let stamps = FIELD_LABELS.iter().filter_map(|&(label, kind)| match kind {
        Label::Date => Some((label, Stamp::Published)),
        Label::Updated => Some((label, Stamp::Updated)),
        _ => None,
    });
    for (label, stamp) in stamps {
        let Some(rest) = p.get(..label.len()).filter(|h| h.eq_ignore_ascii_case(label)).map(|_| &p[label.len()..])
        else {
            continue;
        };
        // A whole word, maybe followed by "on" or a colon.
        if !rest.is_empty() && !rest.starts_with([' ', ':']) {
            continue;
        }
        let rest = rest.trim_start_matches([' ', ':']);
        let rest = rest.strip_prefix("on ").unwrap_or(rest).trim_start();
        return (Some(stamp), rest);
    }
    (None, p)
}

/// A summary without the label in front of it: "Summary: TEXT", "**Summary:** TEXT", "*Abstract*:
/// TEXT" → "TEXT". A block that is only the label, or has no colon after it, stays as it is.
pub fn strip_summary_label(raw: &str) -> &str {
    const LABELS: &[&str] = &["executive summary", "summary", "abstract", "in brief", "overview"];
    let t = raw.trim_start();
    let marks = |s: &str| s.len() - s.trim_start_matches(['*', '_']).len();
    let open = marks(t);
    let rest = &t[open..];
    let Some(label) = LABELS.iter().find(|l| rest.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l))) else {
        return raw;
    };
    let rest = &rest[label.len()..];
    // The closing marks go before or after the colon: "**Summary:**", "**Summary**:".
    let rest = &rest[marks(rest)..];
    let Some(rest) = rest.strip_prefix(':') else {
        return raw;
    };
    let rest = if open > 0 { &rest[marks(rest)..] } else { rest };
    match rest.trim_start() {
        "" => raw,
        text => text,
    }
}

/// A bio sentence: "Jane Roe is a senior fellow…" → "Jane Roe".
pub fn is_bio_start(plain: &str) -> Option<String> {
    const VERBS: &[&str] = &[" is ", " was ", " serves ", " directs ", " leads ", " heads ", ", a ", ", the "];
    let head: String = plain.chars().take(90).collect();
    let (pos, _) = VERBS.iter().filter_map(|v| head.find(v).map(|p| (p, v))).min_by_key(|(p, _)| *p)?;
    let name = head[..pos].trim();
    is_name_line(name).then(|| name.to_string())
}

/// A person's name and nothing else: 2–5 capitalised words (particles allowed).
pub fn is_name_line(plain: &str) -> bool {
    let t = plain.trim().trim_end_matches(',');
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || t.len() > 60 {
        return false;
    }
    const PARTICLES: &[&str] = &["al-", "al", "bin", "ibn", "van", "von", "de", "der", "la", "el-", "abu"];
    words.iter().all(|w| {
        let lw = w.to_lowercase();
        w.chars().next().is_some_and(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
            || PARTICLES.iter().any(|p| lw == *p || lw.starts_with(p) && lw.len() > p.len() && p.ends_with('-'))
    }) && !words.iter().any(|w| matches!(w.to_lowercase().as_str(), "the" | "of" | "in" | "and"))
        // (A title's opening, "A Speaker Chosen, a Chamber Divided: …", is no name.)
        && !matches!(words[0], "A" | "An")
}

/// Could this line be the article's title?
pub fn is_title_like(plain: &str) -> bool {
    let t = plain.trim();
    let words = t.split_whitespace().count();
    (1..=30).contains(&words)
        && t.len() <= 240
        && !t.ends_with(['.', ',', ';'])
        && !t.ends_with("...")
        && t.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// Title with a site name cut away: "SITE : TITLE" and "TITLE | SITE".
pub fn split_site_title(plain: &str) -> String {
    let mut t = plain.trim();
    if let Some(p) = t.find(" | ") {
        t = &t[..p];
    }
    if let Some(p) = t.find(" : ") {
        let site = &t[..p];
        if site.split_whitespace().count() <= 5 {
            t = &t[p + 3..];
        }
    }
    t.trim().to_string()
}

/// The same title, ignoring case and a site suffix.
pub fn same_title(a: &str, b: &str) -> bool {
    let norm = |s: &str| split_site_title(s).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    norm(a) == norm(b)
}

/// Is this line mojibake: UTF-8 read as Latin-1 or cp1252, once or twice over ("Ø§Ù„Ù…ØµØ¯Ø±",
/// "Ã˜Â§Ã™â€žÃ™â€¦")? At least four pairs of a Latin-1 lead letter (`Ã`, `Ø`, `Ù`, `â`, …) and a
/// continuation sign (`§`, `„`, `€`, `™`, …), making up a quarter of the line's non-space
/// characters. A repost's garbled source line is furniture, however long: not its summary.
pub fn is_mojibake(plain: &str) -> bool {
    // A UTF-8 lead byte read as Latin-1 (U+00C2–U+00DF for Arabic and Latin, U+00E2 for
    // punctuation), then a continuation byte read as Latin-1 (U+0080–U+00BF) or as cp1252.
    let lead = |c: char| ('\u{C2}'..='\u{DF}').contains(&c) || c == '\u{E2}';
    let cont = |c: char| ('\u{80}'..='\u{BF}').contains(&c) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".contains(c);
    let chars: Vec<char> = plain.chars().filter(|c| !c.is_whitespace()).collect();
    let pairs = chars.windows(2).filter(|w| lead(w[0]) && cont(w[1])).count();
    pairs >= 4 && pairs * 2 * 4 >= chars.len()
}

/// A block of running prose rather than a header line.
pub fn is_paragraph_like(plain: &str) -> bool {
    let t = plain.trim();
    t.len() > 160 || (t.ends_with(['.', '!', '?', '"', '”', '…']) && t.split_whitespace().count() > 8)
}

/// A summary: one or two sentences of prose.
pub fn is_summary_like(plain: &str) -> bool {
    let t = plain.trim();
    t.len() <= 600 && crate::sentences::split(t).len() <= 3
}

/// A section heading inside the body: short, no final punctuation.
pub fn is_heading_like(plain: &str) -> bool {
    let t = plain.trim();
    t.len() < 110
        && (1..=14).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', ',', ';', ':', '"', '”', '…'])
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A block that is only a link (a translation link, an author link).
pub fn is_link_only(raw: &str) -> bool {
    let p = parse_inline(raw);
    p.spans.iter().any(|s| s.kind == crate::model::SpanKind::Link && s.start == 0 && s.end == p.text.len())
}

/// ISO 639-1 code of a translation: from the href's first path segment, else from the label.
pub fn language_code(label: &str, href: &str) -> String {
    let seg = href.trim_start_matches('/').split('/').next().unwrap_or("");
    if seg.len() == 2 && seg.chars().all(|c| c.is_ascii_lowercase()) {
        return seg.to_string();
    }
    let code = match label.trim().to_lowercase().as_str() {
        "العربية" | "arabic" => "ar",
        "فارسی" | "فارسى" | "farsi" | "persian" => "fa",
        "türkçe" | "turkish" => "tr",
        "english" => "en",
        "français" | "french" => "fr",
        "کوردی" | "kurdish" => "ku",
        "עברית" | "hebrew" => "he",
        "русский" | "russian" => "ru",
        _ => "und",
    };
    code.to_string()
}

/// A repost's site prefix on the first sentence: "Media www.example.com – Text…" → "Text…".
/// `head.find(['–', '—']).or_else(|| head.find(" - "))`, on bytes: '–' and '—' are E2 80 93 and E2 80 94.
fn find_dash(head: &str) -> Option<usize> {
    let b = head.as_bytes();
    memchr::memchr_iter(0xE2, b)
        .find(|&i| matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])))
        .or_else(|| memchr::memmem::find(b, b" - "))
}

pub fn strip_site_prefix(raw: &str) -> Option<&str> {
    // The first 120 characters: the first 120 bytes when those are ASCII.
    let head = if raw.len() <= 120 || raw.as_bytes()[..120].is_ascii() {
        &raw[..raw.len().min(120)]
    } else {
        &raw[..raw.char_indices().nth(120).map_or(raw.len(), |(i, _)| i)]
    };
    let dash = find_dash(head)?;
    let before = head[..dash].trim();
    let words: Vec<&str> = before.split_whitespace().collect();
    let has_domain = words.iter().any(|w| {
        let w = w.trim_start_matches("www.");
        w.contains('.')
            && w.rsplit('.')
                .next()
                .is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase()))
    });
    if !has_domain || words.len() > 4 {
        return None;
    }
    let rest = &raw[dash..];
    let rest = rest.trim_start_matches(['–', '—', '-', ' ']);
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_found_as_by_str_find() {
        for h in ["", "a - b", "example.com – Title", "x—y – z", "no dash", "€ – ", "a-b", "—", "a – b - c", "é - x"]
        {
            assert_eq!(find_dash(h), h.find(['–', '—']).or_else(|| h.find(" - ")), "{h:?}");
        }
        let long = format!("{}é – x", "a".repeat(119));
        assert!(strip_site_prefix(&long).is_none());
    }

    #[test]
    fn site_furniture_and_posting_lines() {
        for line in [
            "Skip to main content",
            "Search",
            "Home | Middle East | North Africa | Analysis | Podcasts",
            "Home › Analysis › Syria",
            "Share this: Facebook | X | LinkedIn",
            "We use cookies to improve your experience. Accept all | Manage preferences",
        ] {
            assert_eq!(classify(line), Class::Menu(None), "{line}");
        }
        assert_eq!(classify("Menu\nHome\nAbout Us\nArchive"), Class::Menu(None));
        assert_eq!(classify("Thursday, 12 March 2026"), Class::Date((2026, 3, 12)));
        assert_eq!(classify("Special Forum Report"), Class::Kind("Special Forum Report".into()));
        for line in ["Analysis / North Africa", "Iran | Iraq: The Long Game", "The Harrowing of Mustafa Kadhimi"] {
            assert_eq!(classify(line), Class::Text, "{line}");
        }
        assert_eq!(classify("Posted by Maghreb Review | 7 September 2023 | 6 min read"), Class::Date((2023, 9, 7)));
        assert_eq!(classify("Updated · Mar 3, 2022"), Class::Date((2022, 3, 3)));
        assert_eq!(classify("Events | 7 September 2023 was a day. And more"), Class::Text);
        assert!(is_related_heading("Related articles") && is_related_heading("Read more:"));
        assert!(
            is_related_heading("Related stories")
                && is_related_heading("Read next")
                && !is_related_heading("Related news agencies")
                && is_related_heading("Related on Oil Crescent Observer")
                && !is_related_heading("More from the ministry came the next day, when it said so.")
        );
        assert!(!is_related_heading("Related issues in Basra"));
        assert!(is_related_heading(
            "Related: Gunfire in Kufra's Central Market (September 22, 2052) | Surgeon Abducted in Kufra (September 25, 2052)"
        ));
        assert!(is_related_heading("Read also: Saudi Forces Raid Farm Near Awamiya (September 5, 2084)"));
        assert!(is_related_heading(
            "Read next on Levant Culture Review: Jerash Preacher Detained After Sermon Against Festival (August 4, 2077)"
        ));
        assert!(is_related_heading("Read next on Levant Culture Review:"));
        assert!(!is_related_heading("Read more: the army said on Monday that it had arrested nine men."));
        assert!(is_footer_line("© 2023 Maghreb Security Review. All rights reserved."));
        assert!(is_footer_line("Sign up for our newsletter"));
        assert!(!is_footer_line("The militia signed up hundreds of recruits."));
        // A navigation bar flattened to one line with runs of spaces between its items.
        assert!(is_site_furniture("Home   Iraq   Syria   Kurdistan   Energy   About"));
        assert!(!is_site_furniture("The attack  killed  three  people  at the gate"));
        assert!(!is_site_furniture("Home   Iraq"));
    }

    #[test]
    fn news_site_bylines_with_the_date_run_on() {
        // "Written by A on DATE · N min read": authors, the date, a reading time.
        assert_eq!(
            classify("Written by Sarah Okafor on December 9, 2025 · 6 min read"),
            Class::Fields(vec![
                Field::Authors(vec!["Sarah Okafor".into()]),
                Field::Date { ymd: (2025, 12, 9), text: "December 9, 2025".into(), updated: false },
                Field::Dropped,
            ])
        );
        let Class::Fields(f) = classify("Written by Ann Lee and Tom Roe on Tuesday, December 9, 2025 at 10:15 am")
        else {
            panic!("not fields");
        };
        assert_eq!(f[0], Field::Authors(vec!["Ann Lee".into(), "Tom Roe".into()]));
        assert!(matches!(f[1], Field::Date { ymd: (2025, 12, 9), .. }));
        // Dashes set fields apart too, and a series label between them is the kind.
        assert_eq!(
            classify("Written by Jane Roe – PolicyWatch 3317 – May 19, 2020"),
            Class::Fields(vec![
                Field::Authors(vec!["Jane Roe".into()]),
                Field::Kind("PolicyWatch 3317".into()),
                Field::Date { ymd: (2020, 5, 19), text: "May 19, 2020".into(), updated: false },
            ])
        );
        // A plain "by" line with the date after "on" or a comma.
        let b = parse_byline("by Sarah Okafor on December 9, 2025");
        assert_eq!((b.names, b.date), (vec!["Sarah Okafor".to_string()], Some((2025, 12, 9))));
        assert_eq!(classify("By Sarah Okafor, Dec. 9, 2025"), Class::Byline);
        let b = parse_byline("By Sarah Okafor, Dec. 9, 2025");
        assert_eq!((b.names, b.date_text.as_deref()), (vec!["Sarah Okafor".to_string()], Some("Dec. 9, 2025")));
        // An initial's period is no sentence break; a sentence's is.
        assert_eq!(classify("By Michael P. Knights"), Class::Byline);
        assert_eq!(parse_byline("By Michael P. Knights").names, vec!["Michael P. Knights"]);
        assert_eq!(classify("By then it was over. The militia had left the town."), Class::Text);
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_label("Brief Analysis"), Some("Brief Analysis".into()));
        assert_eq!(kind_label("PolicyWatch 3492"), Some("PolicyWatch 3492".into()));
        assert_eq!(kind_label("Brief Analysis /"), Some("Brief Analysis".into()));
        assert_eq!(kind_label("Policy Analysis / PolicyWatch 3435"), Some("PolicyWatch 3435".into()));
        assert_eq!(kind_label("Analysis of the militias"), None);
        assert_eq!(kind_label("POLICY BRIEF No. 31"), Some("POLICY BRIEF No. 31".into()));
        assert_eq!(kind_label("Research Note #4"), Some("Research Note #4".into()));
        assert_eq!(kind_label("Working Paper number 7"), Some("Working Paper number 7".into()));
        assert_eq!(kind_label("Policy brief notes"), None);
        assert_eq!(kind_label("Policy Brief Nothing 3"), None);
        assert!(is_upper_kind("ARTICLES & TESTIMONY"));
        assert!(!is_upper_kind("Brief Analysis"));
    }

    #[test]
    fn bylines() {
        let b = parse_byline("by Jane Roe – PolicyWatch 3317 – May 19, 2020");
        assert_eq!(b.names, vec!["Jane Roe"]);
        assert_eq!(b.kind.as_deref(), Some("PolicyWatch 3317"));
        assert_eq!(b.date, Some((2020, 5, 19)));
        assert_eq!(parse_byline("by Ann Lee and Omar Said").names, vec!["Ann Lee", "Omar Said"]);
        // A name that starts with "By" keeps its letters.
        assert_eq!(parse_byline("Byron Vale and Ines Kord").names, vec!["Byron Vale", "Ines Kord"]);
    }

    #[test]
    fn blog_bylines_with_date_stamps_and_reading_times() {
        let b = parse_byline("By Lina Haddad | Published 3 May 2023 | Updated 5 May 2023 | 4 min read");
        assert_eq!(b.names, vec!["Lina Haddad"]);
        assert_eq!(b.date, Some((2023, 5, 3)));
        assert_eq!(b.date_text.as_deref(), Some("3 May 2023"));
        // The update's date stands in only when there is no other; a comment count names nobody.
        let b = parse_byline("by Tom Reyes · Last updated: Feb 2, 2021 · 12 comments");
        assert_eq!((b.names, b.date), (vec!["Tom Reyes".to_string()], Some((2021, 2, 2))));
        let b = parse_byline("By Ann Lee | Updated 9 June 2020 | Posted on 1 June 2020 | PolicyWatch 88");
        assert_eq!((b.date, b.kind.as_deref()), (Some((2020, 6, 1)), Some("PolicyWatch 88")));
        assert!(parse_byline("By Ann Lee | Updated yesterday").names == vec!["Ann Lee"]);
    }

    #[test]
    fn labelled_header_fields_one_per_line_or_run_together() {
        let block = "Details\nWritten by Sara Quint\nCategory: World\nPublished: 2 March 2021\nHits: 77";
        let fields = vec![
            Field::Dropped,
            Field::Authors(vec!["Sara Quint".into()]),
            Field::Dropped,
            Field::Date { ymd: (2021, 3, 2), text: "2 March 2021".into(), updated: false },
            Field::Dropped,
        ];
        assert_eq!(classify(block), Class::Fields(fields.clone()));
        assert_eq!(classify(&block.replace('\n', " ")), Class::Fields(fields));
        let Class::Fields(f) = classify("Author: Ian Moss and Bo Lind · Updated: Jan 4, 2020 · 3 min read") else {
            panic!("not fields");
        };
        assert_eq!(f[0], Field::Authors(vec!["Ian Moss".into(), "Bo Lind".into()]));
        assert_eq!(f[1], Field::Date { ymd: (2020, 1, 4), text: "Jan 4, 2020".into(), updated: true });
        assert_eq!(
            classify("Posted on Friday, 5 May 2023"),
            Class::Fields(vec![Field::Date { ymd: (2023, 5, 5), text: "5 May 2023".into(), updated: false }])
        );
        // A blog's entry line: the date, then the author after a lowercase "by".
        assert_eq!(
            classify("Posted on March 12, 2026 by Rana Haddad"),
            Class::Fields(vec![
                Field::Date { ymd: (2026, 3, 12), text: "March 12, 2026".into(), updated: false },
                Field::Authors(vec!["Rana Haddad".into()]),
            ])
        );
        // Labels with nothing the metadata keeps are furniture.
        assert_eq!(classify("Category: World\nHits: 77"), Class::Menu(None));
        // A plain byline stays a byline; prose with a label word is no field.
        assert_eq!(classify("By Sara Quint"), Class::Byline);
        for line in ["Published: a report on the ports", "Details of the deal were published later", "Written by hand"]
        {
            assert!(!matches!(classify(line), Class::Fields(_)), "{line}");
        }
    }

    #[test]
    fn an_email_header_block() {
        let block = "From: The Digest <news@digest.example>\nTo: me@example.org\n\
                     Date: Wed, 8 Mar 2023 06:30:00 +0100\nSubject: Digest #12: the week in review";
        let Class::Email(email) = classify(block) else { panic!("not an email header") };
        assert_eq!(email.date, Some(((2023, 3, 8), "8 Mar 2023".into())));
        assert_eq!(email.subject.as_deref(), Some("Digest #12: the week in review"));
        // One header line, or lines that are not mail headers, are no header block.
        assert!(!matches!(classify("From: the editors"), Class::Email(_)));
        assert!(!matches!(classify("From: the editors\nNote: a line"), Class::Email(_)));
        assert_eq!(dated_value("Tuesday, March 7, 2023 9:12 AM").map(|d| d.0), Some((2023, 3, 7)));
    }

    #[test]
    fn author_lines_without_by() {
        assert_eq!(author_line("Mara Olsen and Tariq Benali"), Some(vec!["Mara Olsen".into(), "Tariq Benali".into()]));
        assert_eq!(author_line("Ana Ruiz, Li Wei and Omar Said").map(|n| n.len()), Some(3));
        assert_eq!(author_line("SAMIR HADDAD AND JOAN PIKE").map(|n| n.len()), Some(2));
        for line in ["Militias and the State", "War in the Horn: A Primer", "The fighting resumed.", "12 March 2024"] {
            assert_eq!(author_line(line), None, "{line}");
        }
    }

    #[test]
    fn summary_labels() {
        assert_eq!(strip_summary_label("**Summary:** The truce held."), "The truce held.");
        assert_eq!(strip_summary_label("**Summary**: The truce held."), "The truce held.");
        assert_eq!(strip_summary_label("SUMMARY: The truce held."), "The truce held.");
        assert_eq!(strip_summary_label("*Abstract:* The *truce* held."), "The *truce* held.");
        for kept in ["Summary", "Summary:", "Summary judgments were issued.", "Summaries: none", "The truce held."] {
            assert_eq!(strip_summary_label(kept), kept);
        }
    }

    #[test]
    fn mojibake_lines() {
        assert!(is_mojibake("Ø§Ù„Ù…ØµØ¯Ø±: Ù…Ø¹Ù‡Ø¯ ÙˆØ§Ø´Ù†Ø·Ù† â€“ Washington Institute"));
        assert!(is_mojibake(
            "Ã˜Â§Ã™â€žÃ™â€¦Ã˜ÂµÃ˜Â¯Ã˜Â±: Ã™â€¦Ã˜Â¹Ã™â€¡Ã˜Â¯ | Ù…Ø¹Ù‡Ø¯ Washington Institute for Near East Policy"
        ));
        assert!(!is_mojibake("Médecins Sans Frontières said the clinic in Saïda was hit."));
        assert!(!is_mojibake("المصدر: معهد واشنطن"));
    }

    #[test]
    fn titles_and_prefixes() {
        assert_eq!(split_site_title("NEWS SITE : MILITIAS ON THE MOVE"), "MILITIAS ON THE MOVE");
        assert_eq!(split_site_title("Militias on the Move | The Washington Institute"), "Militias on the Move");
        assert_eq!(strip_site_prefix("Media www.example.com – The militia said."), Some("The militia said."));
        assert_eq!(strip_site_prefix("The militia said – again – no."), None);
        assert_eq!(is_bio_start("Jane Roe is a fellow at the institute."), Some("Jane Roe".into()));
        assert!(is_name_line("Muhammad Al-Waeli"));
        assert!(!is_name_line("The Iraqi Government"));
        assert!(!is_name_line("A Speaker Chosen"), "a title's opening");
    }
}
