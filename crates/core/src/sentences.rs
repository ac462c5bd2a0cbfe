//! Sentence splitting (SPEC §1 step 2): byte ranges, aware of abbreviations, initials, quotes and ellipses.

/// Words that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "st", "jr", "sr", "vs", "etc", "e.g",
    "i.e", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd",
    "co", "corp", "gov", "sen", "rep", "prof", "brig", "adm", "approx", "mt", "ft", "dept", "est", "fig", "vol", "pp",
    "cf", "al", "ca", "u.s", "u.n", "u.k", "u.s.a", "e.u", "d.c", "a.m", "p.m",
];

/// Sentence byte ranges `(start, end)` in `text`, trimmed of surrounding spaces.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Byte scan: terminators are ASCII or "…", and UTF-8 continuation bytes never look like either.
    // The next '.', '!' or '?' and the next 0xE2 (the lead byte of '…', also of curly quotes and
    // dashes), each found by memchr and kept until the scan passes it.
    let (mut ascii, mut e2) = (memchr::memchr3(b'.', b'!', b'?', bytes), memchr::memchr(0xE2, bytes));
    let mut next_at = |i: usize| {
        if ascii.is_some_and(|p| p < i) {
            ascii = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|p| i + p);
        }
        if e2.is_some_and(|p| p < i) {
            e2 = memchr::memchr(0xE2, &bytes[i..]).map(|p| i + p);
        }
        match (ascii, e2) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    };
    while let Some(at) = next_at(i) {
        let Some(len) = terminator_len(&bytes[at..]) else {
            i = at + 1;
            continue;
        };
        // Extend over repeated terminators and closing quotes/brackets.
        let mut end = at + len;
        while let Some(n) = closer_len(&bytes[end..]) {
            end += n;
        }
        end += note_marker_len(&text[end..]);
        i = end;
        // Must be followed by whitespace then a sentence opener.
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue;
        }
        let Some(next) = trimmed.chars().next() else {
            break;
        };
        if !is_opener(next) {
            continue;
        }
        if bytes[at] == b'.' && is_abbreviation(text, at, trimmed) {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Byte length of the sentence terminator ('.', '!', '?', '…') that `b` starts with.
fn terminator_len(b: &[u8]) -> Option<usize> {
    match b {
        [b'.' | b'!' | b'?', ..] => Some(1),
        [0xE2, 0x80, 0xA6, ..] => Some(3),
        _ => None,
    }
}

/// Byte length of a repeated terminator or a closing quote/bracket ('"', '”', '’', '\'', ')', ']', '*') at the start of `b`.
fn closer_len(b: &[u8]) -> Option<usize> {
    match b {
        [b'"' | b'\'' | b')' | b']' | b'*', ..] => Some(1),
        [0xE2, 0x80, 0x9D | 0x99, ..] => Some(3),
        _ => terminator_len(b),
    }
}

/// Byte length of a note marker glued to a sentence's end ("[3]", "²³"), or 0: the marker
/// belongs to the sentence it follows.
fn note_marker_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.first() == Some(&b'[') {
        let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=3).contains(&digits) && b.get(1 + digits) == Some(&b']') {
            return digits + 2;
        }
        return 0;
    }
    s.chars().take_while(|c| matches!(c, '¹' | '²' | '³' | '⁰' | '⁴'..='⁹')).map(char::len_utf8).sum()
}

/// Can `c` open a sentence? Capitals, digits, opening quotes and brackets, dashes, and letters of
/// scripts without case (Arabic).
fn is_opener(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '‘' | '(' | '[' | '*' | '\'' | '—' | '–')
        || (c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &text[start..end];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

/// Is the period at `dot` part of an abbreviation or an initial rather than a sentence end?
fn is_abbreviation(text: &str, dot: usize, following: &str) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    // Lowercase on the stack for a short ASCII word; a longer one is no abbreviation (the longest
    // is six bytes) nor an initial.
    const SHORT: usize = 8;
    let mut buf = [0u8; SHORT];
    let owned;
    let lower: &str = if word.is_ascii() {
        if word.len() > SHORT {
            return false;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).unwrap_or_default()
    } else {
        owned = crate::scan::to_lowercase(word);
        &owned
    };
    if lower.is_empty() {
        return false;
    }
    // A single capital initial: "George W. Bush".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // "U.S." and other dotted acronyms end a sentence only before a typical sentence opener.
    if lower.contains('.') && lower.chars().filter(|c| *c == '.').count() >= 1 && lower.len() <= 5 {
        let next_word: String = following.chars().take_while(|c| c.is_alphabetic()).collect();
        return !matches!(
            next_word.as_str(),
            "The" | "In" | "But" | "This" | "That" | "It" | "On" | "A" | "As" | "He" | "She" | "They" | "We" | "Yet"
        );
    }
    if ABBREVIATIONS.contains(&lower) {
        // Month abbreviations end sentences only if followed by a non-digit opener.
        let month_like = matches!(
            lower,
            "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
        );
        return !month_like || following.starts_with(|c: char| c.is_ascii_digit());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn basic_and_abbreviations() {
        assert_eq!(
            sents("The U.S. embassy was hit. Dr. Roe left at 21.15 on Jan. 5. George W. Bush spoke! Then “Why?” he asked."),
            vec!["The U.S. embassy was hit.", "Dr. Roe left at 21.15 on Jan. 5.", "George W. Bush spoke!", "Then “Why?” he asked."]
        );
    }

    #[test]
    fn note_markers_end_their_sentence() {
        assert_eq!(
            sents("Rizk was detained.[3] Police denied it.² Nobody [1] was hurt."),
            vec!["Rizk was detained.[3]", "Police denied it.²", "Nobody [1] was hurt."]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            sents("He said “burn it.” Then he left... and came back… Later he slept."),
            vec!["He said “burn it.”", "Then he left... and came back…", "Later he slept."]
        );
        assert_eq!(
            sents("It ended in the U.S. The next day came."),
            vec!["It ended in the U.S.", "The next day came."]
        );
    }

    /// The char-by-char splitter the byte scan replaced, as a reference.
    fn split_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '*') {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            end += note_marker_len(&text[end..]);
            while iter.peek().is_some_and(|&(j, _)| j < end) {
                iter.next();
            }
            let rest = &text[end..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() && !rest.is_empty() {
                continue;
            }
            let Some(next) = trimmed.chars().next() else {
                break;
            };
            if !is_opener(next) || (c == '.' && is_abbreviation(text, i, trimmed)) {
                continue;
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_matches_char_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "The", "U.S", "Dr", " ", "\n", ".", "!", "?", "…", "\"", "”", "’", "'", ")", "]", "*", "(", "“",
                    "—", "2021", "é", "İ", "ـ", "قال", "\u{2028}", "\u{a0}", "\u{2026}\u{2019}", "—”", "[3]", "[12",
                    "²", "¹⁰",
                ]),
                0..40,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(split(&text), split_by_chars(&text));
        }
    }

    #[test]
    fn abbreviations_fit_the_stack_buffer() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6 && a.is_ascii() && a.to_ascii_lowercase() == *a));
    }

    #[test]
    fn arabic_and_empty() {
        assert!(sents("").is_empty());
        assert_eq!(sents("قال ذلك. ثم ذهب."), vec!["قال ذلك.", "ثم ذهب."]);
    }
}
