//! PDF prints flattened to one line: recover header blocks from markers and repair drop-cap artifacts.

use super::header::kind_label;
use crate::dates::calendar::{month_number, parse_full_date_prefix, weekday_number};

/// Few blocks, one of them long and carrying header markers inline.
pub fn is_flattened(raws: &[String]) -> bool {
    if raws.is_empty() || raws.len() > 3 {
        return false;
    }
    let longest = raws.iter().max_by_key(|r| r.len()).map(String::as_str).unwrap_or("");
    if longest.len() < 600 {
        return false;
    }
    let head: String = longest.chars().take(3000).collect();
    head.contains("ABOUT THE AUTHOR")
        || head.contains("Also available in")
        || head.contains(" MENU ")
        || find_byline(&head).is_some()
}

/// Split one flattened line into the blocks a normal export would have.
pub fn split(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let stripped;
    let mut rest = line.trim();
    // The page title of the print header at the top ("11/13/25, 4:52 PM TITLE | SITE MENU …"),
    // which the print repeats at every page break.
    let mut page_title = None;
    if let Some(p) = find_word(rest, "MENU").filter(|p| *p < 500) {
        if p > 0 {
            let top = rest[..p].trim();
            out.push(top.to_string());
            page_title = super::wrapped::print_header_title(top).filter(|t| t.contains(" | ")).map(str::to_string);
        }
        rest = rest[p + 4..].trim_start();
    }
    if let Some(cut) = strip_page_furniture(rest, page_title.as_deref()) {
        stripped = cut;
        rest = &stripped;
    }
    while let Some(len) = kind_prefix(rest) {
        out.push(format!("- {}", rest[..len].trim()));
        rest = rest[len..].trim_start_matches(['/', ' ']);
    }
    let mut authors = Vec::new();
    if let Some((by, date_at, date_len)) = find_byline(rest) {
        let title = rest[..by].trim();
        if !title.is_empty() {
            out.push(title.to_string());
        }
        let names = rest[by + 4..date_at].trim().trim_end_matches(['–', '—', '-', ' ', ',']);
        out.push(format!("by {names}"));
        authors = super::header::parse_byline(&format!("by {names}")).names;
        out.push(rest[date_at..date_at + date_len].to_string());
        rest = rest[date_at + date_len..].trim_start();
    }
    if let Some(after) = rest.strip_prefix("Also available in") {
        let mut end = 0;
        let mut langs = Vec::new();
        for word in after.split_inclusive(' ') {
            let w = word.trim().trim_matches([',', '/']);
            if w.is_empty() || is_language(w) {
                end += word.len();
                if !w.is_empty() {
                    langs.push(w);
                }
            } else {
                break;
            }
        }
        out.push(format!("Also available in {}", langs.join(" / ")));
        rest = after[end..].trim_start();
    }
    for marker in ["ABOUT THE AUTHORS", "ABOUT THE AUTHOR"] {
        if let Some(after) = rest.strip_prefix(marker) {
            out.push(marker.to_string());
            let kind_at = find_kind(after).unwrap_or(0);
            push_bios(&mut out, after[..kind_at].trim(), &authors);
            rest = after[kind_at..].trim_start();
            break;
        }
    }
    if let Some(len) = kind_prefix(rest) {
        out.push(rest[..len].trim().trim_end_matches('/').trim().to_string());
        rest = rest[len..].trim_start_matches(['/', ' ']);
        if let Some(after) = rest.strip_prefix("Also published in ") {
            let caps: Vec<&str> =
                after.split(' ').take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).take(6).collect();
            let outlet_words = caps.len().saturating_sub(1).max(1).min(caps.len());
            let outlet = caps[..outlet_words].join(" ");
            out.push(format!("- Also published in {outlet}"));
            rest = after[outlet.len()..].trim_start();
        }
    }
    let (body, tail) = match find_word(rest, "RECOMMENDED") {
        Some(p) => (&rest[..p], Some(&rest[p..])),
        None => (rest, None),
    };
    let paragraphs = repair_drop_caps(body);
    let mut first = true;
    for para in paragraphs {
        if first {
            first = false;
            let sents = crate::sentences::split(&para);
            if sents.len() > 1 {
                let (s, e) = sents[0];
                out.push(para[s..e].to_string());
                out.push(para[e..].trim().to_string());
                continue;
            }
        }
        out.push(para);
    }
    if let Some(t) = tail {
        out.push("RECOMMENDED".to_string());
        out.push(t["RECOMMENDED".len()..].trim().to_string());
    }
    out.retain(|b| !b.trim().is_empty());
    out
}

/// A flattened print without its page breaks: the page's address with "N of M", the print's date
/// and time ("11/13/25, 4:52 PM") and the repeated page title ("TITLE | SITE"), wherever they fall,
/// in either order, even inside a sentence. `None` when there is none.
fn strip_page_furniture(text: &str, page_title: Option<&str>) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut at = 0;
    while at < text.len() {
        let len = furniture_len(&text[at..], page_title);
        if len > 0 {
            found = true;
            at += len;
            at += text[at..].len() - text[at..].trim_start().len();
            continue;
        }
        // Copy up to and including the next space.
        let end = text[at..].find(' ').map_or(text.len(), |p| at + p + 1);
        out.push_str(&text[at..end]);
        at = end;
    }
    found.then(|| out.trim_end().to_string())
}

/// Byte length of the page furniture that starts `s` (0 when none): an address with "N of M",
/// a print stamp with the page title, or both, in either order.
fn furniture_len(s: &str, page_title: Option<&str>) -> usize {
    let mut at = 0;
    let (mut page, mut stamp, mut title) = (false, false, false);
    loop {
        let rest = &s[at..];
        let skip = |len: usize| len + rest[len..].len() - rest[len..].trim_start().len();
        if let Some(len) = page_address(rest).filter(|_| !page) {
            page = true;
            at += skip(len);
        } else if let Some(len) = super::wrapped::print_header_prefix(rest).filter(|_| !stamp) {
            stamp = true;
            at += skip(len);
        } else if let Some(t) = page_title.filter(|t| !title && rest.starts_with(t)) {
            title = true;
            at += skip(t.len());
        } else {
            break;
        }
    }
    // A print stamp alone is a time of day in the text; a title alone is the title quoted.
    if page || stamp && title {
        at
    } else {
        0
    }
}

/// "https://site/path 2 of 3": the byte length of a page's address with its page number.
fn page_address(s: &str) -> Option<usize> {
    let mut words = s.splitn(5, ' ');
    let (url, n, of, m) = (words.next()?, words.next()?, words.next()?, words.next()?);
    let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let ok = (url.starts_with("http://") || url.starts_with("https://"))
        && url.len() > 10
        && number(n)
        && of == "of"
        && number(m)
        && n.parse::<u32>().ok() <= m.parse::<u32>().ok();
    ok.then(|| url.len() + n.len() + m.len() + 5)
}

/// Bios in one run of text: split where each known author's name starts again.
fn push_bios(out: &mut Vec<String>, bios: &str, authors: &[String]) {
    let mut starts: Vec<(usize, &String)> =
        authors.iter().filter_map(|a| bios.find(a.as_str()).map(|p| (p, a))).collect();
    crate::sort::sort(&mut starts);
    starts.dedup_by_key(|start| start.0);
    if starts.is_empty() {
        if !bios.is_empty() {
            out.push(bios.to_string());
        }
        return;
    }
    for (i, (p, name)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(bios.len(), |n| n.0);
        out.push((*name).clone());
        // The bio repeats the name ("NAME NAME is a fellow…"): keep the sentence form.
        // Names may overlap ("Jane Roe" and "Roe"): a bio never runs backwards.
        let bio = bios.get((p + name.len()).min(end)..end).unwrap_or_default().trim();
        out.push(bio.to_string());
    }
}

/// " by NAME[S] DATE": byte offsets of " by ", of the date and the date's length.
fn find_byline(s: &str) -> Option<(usize, usize, usize)> {
    let mut from = 0;
    while let Some(rel) = s[from..].find(" by ") {
        let by = from + rel;
        let names_start = by + 4;
        if s[names_start..].chars().next().is_some_and(char::is_uppercase) {
            let window_end = super::inline::floor_char(s, names_start + 160);
            let mut i = names_start;
            while i < window_end {
                if s.is_char_boundary(i) && (i == names_start || s.as_bytes()[i - 1] == b' ') {
                    if let Some((_, len)) = parse_full_date_prefix(&s[i..]) {
                        return Some((by, i, len));
                    }
                }
                i += 1;
            }
        }
        from = by + 4;
        if from > 2000 {
            break;
        }
    }
    None
}

/// Byte length of a kind label at the start of `s` ("Policy Analysis / PolicyWatch 3435 ").
fn kind_prefix(s: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .take(6)
        .collect();
    (1..=words.len()).rev().find_map(|n| {
        let (at, w) = words[n - 1];
        let end = at + w.len();
        let cand = &s[..end];
        kind_label(cand).map(|_| end)
    })
}

/// First kind label at a word boundary.
fn find_kind(s: &str) -> Option<usize> {
    s.char_indices()
        .filter(|(i, _)| *i == 0 || s.as_bytes()[i - 1] == b' ')
        .find(|(i, c)| c.is_uppercase() && kind_prefix(&s[*i..]).is_some())
        .map(|(i, _)| i)
}

fn find_word(s: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = s[from..].find(word) {
        let p = from + rel;
        let before_ok = p == 0 || s.as_bytes()[p - 1] == b' ';
        let after_ok = s.as_bytes().get(p + word.len()).is_none_or(|b| *b == b' ');
        if before_ok && after_ok {
            return Some(p);
        }
        from = p + word.len();
    }
    None
}

fn is_language(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "arabic"
            | "farsi"
            | "persian"
            | "turkish"
            | "english"
            | "french"
            | "kurdish"
            | "hebrew"
            | "russian"
            | "العربية"
            | "فارسی"
            | "türkçe"
    )
}

/// Short words that are words on their own (a drop-cap fragment never is).
const SHORT_WORDS: &[&str] = &[
    "a", "an", "am", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on",
    "or", "so", "to", "up", "us", "we",
];

/// Sentence openers a drop cap commonly splits ("A t" → "At").
const OPENERS: &[&str] = &[
    "at",
    "on",
    "in",
    "as",
    "it",
    "if",
    "by",
    "an",
    "after",
    "also",
    "although",
    "during",
    "despite",
    "since",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "then",
    "though",
    "when",
    "while",
    "with",
    "within",
    "under",
    "until",
    "over",
    "earlier",
    "late",
    "last",
    "later",
    "meanwhile",
    "many",
    "most",
    "according",
    "before",
    "both",
    "but",
    "for",
    "from",
    "however",
    "some",
    "such",
    "today",
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
    "twenty",
    "several",
    "yet",
    "one",
    "only",
    "not",
    "nearly",
    "more",
    "what",
];

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn is_sentence_end(tok: &str) -> bool {
    tok.ends_with(['.', '!', '?', '"', '”', '…'])
}

fn joins(cap: &str, frag: &str) -> bool {
    let joined = format!("{}{}", cap.to_lowercase(), frag.to_lowercase());
    let frag_l = frag.to_lowercase();
    OPENERS.contains(&joined.as_str())
        || month_number(&joined).is_some() && joined.len() > 3
        || weekday_number(&joined).is_some()
        || (frag.len() <= 2 && !SHORT_WORDS.contains(&frag_l.as_str()))
}

/// Repair "heavy O rocket … n February 15" and "A t 21.15"; each repair opens a paragraph.
pub fn repair_drop_caps(text: &str) -> Vec<String> {
    let toks: Vec<&str> = text.split(' ').filter(|t| !t.is_empty()).collect();
    let is_frag = |t: &str| t.len() <= 2 && t.chars().all(|c| c.is_ascii_lowercase()) && !SHORT_WORDS.contains(&t);
    let mut paragraphs = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let mut pending: Option<String> = None;
    // "… plowed under. Nurseries Under the Plow n the morning of July 2": where the flattened
    // section heading before the fragment at `j` starts (after a sentence's end), if one does.
    // (A heading is at most eight words: the search back stops there, so a run of fragments
    // without a sentence end stays linear.)
    let heading_before = |j: usize| {
        let start = (j.saturating_sub(8)..j).rev().find(|&k| k > 0 && is_sentence_end(toks[k - 1]))?;
        is_heading(&toks[start..j]).then_some(start)
    };
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let prev = if i > 0 { toks[i - 1] } else { "" };
        let next = toks.get(i + 1).copied().unwrap_or("");
        let at_start = i == 0 || is_sentence_end(prev);
        let single_cap = t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase());
        // "T Who Holds the Houses wo weeks later": the drop cap printed before a flattened section
        // heading; the heading becomes a block of its own and the capital opens the sentence after it.
        if single_cap && at_start && t != "A" && t != "I" {
            if let Some((heading, word)) = heading_after_capital(t, &toks[i + 1..]) {
                if !cur.is_empty() {
                    paragraphs.push(cur.join(" "));
                    cur.clear();
                }
                paragraphs.push(toks[i + 1..i + 1 + heading].join(" "));
                cur.push(word);
                i += heading + 2;
                continue;
            }
        }
        // "… fall short. The Front Line Wakes Up T wo days later, …", "… in Diyala." The Night in
        // Nahr al-Imam That night, …": a flattened section heading between a sentence's end and
        // the opener of the next (a split drop cap, or a time opener); the heading becomes a block
        // of its own.
        if !at_start && i > 0 {
            let split_cap =
                single_cap && t != "A" && t != "I" && is_lower_word(next) && is_opener(&format!("{t}{next}"));
            let time_opener =
                matches!(t, "That" | "On" | "In" | "Late" | "Early" | "Shortly" | "Within" | "Two" | "Three")
                    && is_lower_word(next);
            if split_cap || time_opener {
                let start = (0..i).rev().find(|&k| k == 0 || is_sentence_end(toks[k - 1])).unwrap_or(0);
                if start > 0 && is_heading(&toks[start..i]) && cur.len() >= i - start {
                    let heading = cur.split_off(cur.len() - (i - start));
                    if !cur.is_empty() {
                        paragraphs.push(cur.join(" "));
                        cur.clear();
                    }
                    paragraphs.push(heading.join(" "));
                    if split_cap {
                        cur.push(format!("{t}{next}"));
                        i += 2;
                    } else {
                        cur.push(t.to_string());
                        i += 1;
                    }
                    continue;
                }
            }
        }
        // "… Nurseries Under the Plow n the morning of July 2, …", "… An Engineer Taken ight days
        // later, …": a fragment after a flattened heading; the heading becomes a block of its own
        // and the fragment takes the capital left behind (or the opener it makes).
        if !at_start && (is_frag(t) || is_long_frag(t)) {
            if let Some(start) = heading_before(i).filter(|&start| cur.len() >= i - start) {
                let waiting = pending.as_ref().map(|cap| format!("{cap}{t}")).filter(|w| is_opener(w));
                let word = waiting.or_else(|| match t {
                    "n" if next == "the" => Some("On".to_string()),
                    _ if is_frag(t) => Some(guess_opener(t, next)),
                    _ => unique_opener(t),
                });
                if let Some(word) = word {
                    pending = None;
                    let heading = cur.split_off(cur.len() - (i - start));
                    if !cur.is_empty() {
                        paragraphs.push(cur.join(" "));
                        cur.clear();
                    }
                    paragraphs.push(heading.join(" "));
                    cur.push(word);
                    i += 1;
                    continue;
                }
            }
        }
        if single_cap && next.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            let next_word = next.trim_end_matches([',', '.']);
            if joins(t, next_word) && (at_start || t != "A" && t != "I") {
                if !cur.is_empty() && at_start {
                    paragraphs.push(cur.join(" "));
                    cur.clear();
                }
                cur.push(format!("{t}{next}"));
                i += 2;
                continue;
            }
            let lower_context =
                prev.chars().all(|c| c.is_lowercase() || matches!(c, ',' | '\'' | '’')) && !prev.is_empty();
            // A fragment further on that the capital makes whole: "n" (any), or a lowercase word
            // that it turns into an opener ("T" + "hree", "T" + "he").
            let orphan_later = toks[i + 1..].windows(2).take(400).any(|w| {
                is_sentence_end(w[0]) && (is_frag(w[1]) || is_lower_word(w[1]) && is_opener(&format!("{t}{}", w[1])))
            }) || (i + 2..toks.len().min(i + 402)).any(|j| {
                (is_frag(toks[j]) || is_long_frag(toks[j]) && is_opener(&format!("{t}{}", toks[j])))
                    && heading_before(j).is_some()
            });
            if t != "A" && t != "I" && lower_context && orphan_later {
                pending = Some(t.to_string());
                i += 1;
                continue;
            }
        }
        // The capital left behind in the paragraph before ("gave them T their …"), waiting for the
        // fragment it opens ("hree days after" → "Three days after", "he next day" → "The next
        // day").
        let waiting = pending
            .as_ref()
            .map(|cap| format!("{cap}{t}"))
            .filter(|w| at_start && i > 0 && is_lower_word(t) && is_opener(w));
        let opener = if let Some(word) = waiting {
            pending = None;
            Some(word)
        } else if at_start
            && i > 0
            && is_frag(t)
            // ("n the afternoon of December 17": "In the afternoon".)
            && (next.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || (t == "n" && next == "the"))
        {
            Some(match pending.take() {
                Some(cap) => format!("{cap}{t}"),
                // "n the night of March 3": "On the night".
                None if t == "n"
                    && next == "the"
                    && toks.get(i + 2).is_some_and(|w| {
                        matches!(*w, "night" | "morning" | "afternoon" | "evening" | "eve" | "day" | "weekend")
                    }) =>
                {
                    "On".to_string()
                }
                None => guess_opener(t, next),
            })
        } else if let Some(word) = lost_time_capital(t).filter(|_| {
            // "ate on the night of": the capital lost from a word that is still a word ("Late"),
            // known by the time phrase after it.
            at_start && i > 0 && clear_sentence_end(prev) && starts_time_phrase(next)
        }) {
            Some(word)
        } else if at_start && i > 0 && is_long_frag(t) {
            // "wo days later", "ithin hours of": a longer fragment whose capital was moved away
            // (or lost), known by the opener it makes with the capital waiting ("T") or with the
            // only capital that makes one ("Within").
            let waiting = pending.as_ref().map(|cap| format!("{cap}{t}")).filter(|w| is_opener(w));
            let word = waiting.or_else(|| unique_opener(t));
            if word.is_some() {
                pending = None;
            }
            word
        } else {
            None
        };
        // The repaired opener starts a new paragraph.
        if let Some(word) = opener {
            if !cur.is_empty() {
                paragraphs.push(cur.join(" "));
                cur.clear();
            }
            cur.push(word);
            i += 1;
            continue;
        }
        cur.push(t.to_string());
        i += 1;
    }
    if !cur.is_empty() {
        paragraphs.push(cur.join(" "));
    }
    paragraphs
}

/// Are these the words of a flattened section heading: two to eight words with no punctuation,
/// the first and last capitalised, the others capitalised, short function words or Arabic names
/// ("Nahr al-Imam")?
fn is_heading(words: &[&str]) -> bool {
    let is_cap = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
    };
    let minor = |w: &str| {
        matches!(w, "the" | "of" | "and" | "in" | "on" | "for" | "a" | "an" | "to" | "at" | "by" | "with")
            || (w.starts_with("al-") && w[3..].starts_with(char::is_uppercase))
    };
    (2..=8).contains(&words.len())
        && words.first().is_some_and(|w| is_cap(w))
        && words.last().is_some_and(|w| is_cap(w) || minor(w) && w.starts_with("al-"))
        && words.iter().all(|w| is_cap(w) || minor(w))
}

/// The heading words after a drop cap and the opener the capital makes with the lowercase word
/// that follows them: `(heading word count, opener)`. A heading is one to ten words, each capitalised
/// or a short function word, the last capitalised, with no punctuation.
fn heading_after_capital(cap: &str, toks: &[&str]) -> Option<(usize, String)> {
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphanumeric);
    let minor =
        |w: &str| matches!(w, "the" | "of" | "and" | "in" | "on" | "for" | "a" | "an" | "to" | "at" | "by" | "with");
    if !toks.first().is_some_and(|w| is_cap(w)) {
        return None;
    }
    let n = toks.iter().take(11).take_while(|w| is_cap(w) || minor(w)).count();
    // The heading ends at its last capitalised word; a lowercase fragment follows it.
    let n =
        (1..=n.min(10)).rev().find(|&k| is_cap(toks[k - 1]) && is_lower_word(toks.get(k).copied().unwrap_or("")))?;
    let word = format!("{cap}{}", toks[n]);
    is_opener(&word).then_some((n, word))
}

/// A period that ends a sentence, not an abbreviation ("2018.", "shooting.", not "U.S." or "Gen.").
fn clear_sentence_end(tok: &str) -> bool {
    let stem = tok.trim_end_matches(['"', '”', '’']);
    match stem.strip_suffix('.') {
        Some(word) => {
            !word.contains('.')
                && (word.len() >= 4 && word.chars().all(|c| c.is_ascii_digit())
                    || word.len() >= 3 && word.chars().all(|c| c.is_ascii_lowercase()))
        }
        None => stem.ends_with(['!', '?']),
    }
}

/// Does a time phrase start here ("on the night", "in March", "that month", "last year")?
fn starts_time_phrase(next: &str) -> bool {
    let w = next.trim_end_matches(',');
    matches!(w, "on" | "in" | "at" | "that" | "this" | "last" | "next" | "the")
        || month_number(w).is_some() && w.len() > 3
        || weekday_number(w).is_some()
}

/// The time word a lowercase sentence opener was before its capital was lost ("ate" → "Late"),
/// when one capital alone makes one.
fn lost_time_capital(t: &str) -> Option<String> {
    let letters = t.trim_end_matches(',');
    if !is_lower_word(t) || letters.len() < 2 {
        return None;
    }
    unique_opener(t).filter(|w| {
        matches!(w.trim_end_matches(',').to_lowercase().as_str(), "late" | "later" | "early" | "earlier" | "last")
    })
}

/// Lowercase words that open a sentence as they are, though a capital would make an opener of
/// them ("any" → "Many", "here" → "There").
const WHOLE_WORDS: &[&str] =
    &["any", "here", "early", "ore", "hat", "ever", "ether", "hen", "his", "hose", "ate", "our", "even"];

/// A lowercase token after a sentence end that could be the rest of a word whose drop cap moved
/// away: two to eight letters, not a word of its own.
fn is_long_frag(t: &str) -> bool {
    let letters = t.trim_end_matches([',', '.']);
    is_lower_word(t)
        && (2..=8).contains(&letters.len())
        && !SHORT_WORDS.contains(&letters)
        && !WHOLE_WORDS.contains(&letters)
}

/// A lowercase word, maybe with a comma or period after it.
fn is_lower_word(t: &str) -> bool {
    let letters = t.trim_end_matches([',', '.']);
    !letters.is_empty() && letters.chars().all(|c| c.is_ascii_lowercase())
}

/// Is `w` a sentence opener, a month or a weekday?
fn is_opener(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    let l = w.to_lowercase();
    OPENERS.contains(&l.as_str()) || month_number(&l).is_some() && l.len() > 3 || weekday_number(&l).is_some()
}

/// The opener one capital letter makes of `frag`, when only one does ("ithin" → "Within"; not
/// "hen", which is "Then" or "When").
fn unique_opener(frag: &str) -> Option<String> {
    let mut found = ('A'..='Z').map(|c| format!("{c}{frag}")).filter(|w| is_opener(w));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The likeliest opener for an orphaned fragment whose capital was lost.
fn guess_opener(frag: &str, next: &str) -> String {
    let dated =
        month_number(next.trim_end_matches(',')).is_some() || weekday_number(next.trim_end_matches(',')).is_some();
    let digit = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    let w = match frag {
        "n" if dated => "On",
        "n" => "In",
        "t" if digit => "At",
        "t" => "It",
        "s" => "As",
        "f" => "If",
        "y" => "By",
        "he" => "The",
        _ => return capitalize(frag),
    };
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_caps_are_repaired() {
        let p = repair_drop_caps(
            "rockets fell in heavy O rocket fire. n February 15, militias struck. A t 21.15 a drone hit.",
        );
        assert_eq!(
            p,
            vec!["rockets fell in heavy rocket fire.", "On February 15, militias struck.", "At 21.15 a drone hit."]
        );
        // The capital moved away ("camp's T four"), or lost: the opener it makes.
        let p = repair_drop_caps("the army sealed the camp's T four entrances. wo days later Fatah went in.");
        assert_eq!(p, vec!["the army sealed the camp's four entrances.", "Two days later Fatah went in."]);
        let p = repair_drop_caps("They came as mediators. ithin hours of the ceasefire, troops moved.");
        assert_eq!(p, vec!["They came as mediators.", "Within hours of the ceasefire, troops moved."]);
        // Not a word of its own, nor an ambiguous fragment, nor an abbreviation's next word.
        let p = repair_drop_caps("He left at 9 a.m. local time. U.S. officials said so. The U.S. here agreed.");
        assert_eq!(p, vec!["He left at 9 a.m. local time. U.S. officials said so. The U.S. here agreed."]);
        let p = repair_drop_caps("A new plan is in place. I am here.");
        assert_eq!(p, vec!["A new plan is in place. I am here."]);
    }

    #[test]
    fn a_capital_left_in_the_paragraph_before_opens_the_next() {
        // The drop cap "T" stayed in the paragraph before; the fragment it opens comes later.
        let p = repair_drop_caps(
            "The raid gave them T their best material in months. hree days after the raid, a video appeared.",
        );
        assert_eq!(
            p,
            vec!["The raid gave them their best material in months.", "Three days after the raid, a video appeared."]
        );
        let p = repair_drop_caps("A summary of the piece ends here. n the afternoon of May 17, a minibus was stopped.");
        assert_eq!(p, vec!["A summary of the piece ends here.", "On the afternoon of May 17, a minibus was stopped."]);
        let p = repair_drop_caps("A summary of the piece ends here. n the capital, police stopped a minibus.");
        assert_eq!(p[1], "In the capital, police stopped a minibus.");
        let p = repair_drop_caps("The raid gave them T their best material. he next day, police arrested two men.");
        assert_eq!(p, vec!["The raid gave them their best material.", "The next day, police arrested two men."]);
        // A capital with no fragment it opens stays where it is.
        let p = repair_drop_caps("They called it plan B from the start. The plan failed.");
        assert_eq!(p, vec!["They called it plan B from the start. The plan failed."]);
    }

    #[test]
    fn a_lost_capital_that_leaves_a_word_is_known_by_the_time_phrase_after_it() {
        let p = repair_drop_caps("Factions took it in 2018. ate on the night of February 3, four men came.");
        assert_eq!(p, vec!["Factions took it in 2018.", "Late on the night of February 3, four men came."]);
        let p = repair_drop_caps("The talks stalled. ate in March, the army moved.");
        assert_eq!(p[1], "Late in March, the army moved.");
        // After an abbreviation, or with no time phrase, the word stays as it is.
        let p = repair_drop_caps("The U.S. ate on the cost. They ate the bread. ate bread.");
        assert_eq!(p, vec!["The U.S. ate on the cost. They ate the bread. ate bread."]);
    }

    #[test]
    fn a_capital_printed_before_a_heading_opens_the_sentence_after_it() {
        let p = repair_drop_caps(
            "No one has been arrested. T Who Holds the Houses wo weeks later, Damascus named a governor.",
        );
        assert_eq!(
            p,
            vec!["No one has been arrested.", "Who Holds the Houses", "Two weeks later, Damascus named a governor."]
        );
        // The capital left far behind, the fragment after a flattened heading.
        let p = repair_drop_caps(
            "They announced that every unlicensed O nursery would be plowed under. Nurseries Under the Plow n the morning of July 2, teams came.",
        );
        assert_eq!(
            p,
            [
                "They announced that every unlicensed nursery would be plowed under.",
                "Nurseries Under the Plow",
                "On the morning of July 2, teams came."
            ]
        );
        let p = repair_drop_caps(
            "The police fired before the E surveyors withdrew; no one was hurt. An Engineer Taken ight days later, gunmen stopped a car.",
        );
        assert_eq!(
            p,
            [
                "The police fired before the surveyors withdrew; no one was hurt.",
                "An Engineer Taken",
                "Eight days later, gunmen stopped a car."
            ]
        );
        let p = repair_drop_caps("It failed. O The Road North n March 3, the convoy left.");
        assert_eq!(p, vec!["It failed.", "The Road North", "On March 3, the convoy left."]);
        // A capital whose word after the heading is no opener stays where it is.
        let p = repair_drop_caps("It failed. T Road Map was the plan.");
        assert_eq!(p, vec!["It failed. T Road Map was the plan."]);
        // A heading before a split capital or a time opener.
        let p = repair_drop_caps("Most fall short. The Front Line Wakes Up T wo days later, fighters pushed on.");
        assert_eq!(p, vec!["Most fall short.", "The Front Line Wakes Up", "Two days later, fighters pushed on."]);
        let p = repair_drop_caps("It was claimed. The Night in Nahr al-Imam That night, armed men drove in.");
        assert_eq!(p, vec!["It was claimed.", "The Night in Nahr al-Imam", "That night, armed men drove in."]);
        // Not one word before the opener.
        let p = repair_drop_caps("The army moved. Troops That night, the army moved again.");
        assert_eq!(p, vec!["The army moved. Troops That night, the army moved again."]);
    }

    #[test]
    fn page_furniture_is_taken_out_of_sentences() {
        let title = "Coast Is Not Quiet | The Institute";
        let text = "a grocer was shot dead https://example.org/policy/coast 2 of 3 11/13/25, 4:52 PM Coast Is Not \
                    Quiet | The Institute in his shop. It was the third. https://example.org/policy/coast 3 of 3 Next.";
        assert_eq!(
            strip_page_furniture(text, Some(title)).as_deref(),
            Some("a grocer was shot dead in his shop. It was the third. Next.")
        );
        // The title first, then the address.
        let text =
            "shot dead 11/13/25, 4:52 PM Coast Is Not Quiet | The Institute https://example.org/c 1 of 3 in his shop.";
        assert_eq!(strip_page_furniture(text, Some(title)).as_deref(), Some("shot dead in his shop."));
        // A time of day or an address in the prose is no furniture.
        assert_eq!(
            strip_page_furniture("At 4/5/25 10:30 the convoy left, see https://example.org now.", Some(title)),
            None
        );
        let line = format!(
            "11/13/25, 4:52 PM {title} MENU Brief Analysis The coast is not quiet. \
                            It is loud https://example.org/c 1 of 3 11/13/25, 4:52 PM {title} and getting louder."
        );
        assert!(split(&line).iter().any(|b| b.contains("It is loud and getting louder.")));
    }

    #[test]
    fn header_is_recovered() {
        let line = "Militias Strike Again | The Institute MENU Policy Analysis / PolicyWatch 3400 Militias Strike Again by Jane Roe Feb 16, 2021 Also available in Arabic / Farsi ABOUT THE AUTHORS Jane Roe Jane Roe is a fellow at the institute. Brief Analysis Militias are striking again across the country. n February 15, a rocket fell on the base. It was the third attack.";
        let blocks = split(line);
        assert_eq!(blocks[0], "Militias Strike Again | The Institute");
        assert!(blocks.iter().any(|b| b.starts_with("- ") && b.ends_with("PolicyWatch 3400")));
        assert!(blocks.contains(&"by Jane Roe".to_string()));
        assert!(blocks.contains(&"Feb 16, 2021".to_string()));
        assert!(blocks.contains(&"Brief Analysis".to_string()));
        assert!(blocks.contains(&"Militias are striking again across the country.".to_string()));
        assert!(blocks.iter().any(|b| b.starts_with("On February 15")));
    }
}
