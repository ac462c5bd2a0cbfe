//! Inline markup of the export (links in all their shapes, `*em*`, `**strong**`) to plain text plus byte-range spans.

use crate::model::{Span, SpanKind};

/// Longest link label or emphasis run we look across; bounds the work per delimiter.
const MAX_RUN: usize = 4000;

/// Plain text of one block with its spans and the hrefs that were refused.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Inline {
    pub text: String,
    pub spans: Vec<Span>,
    /// Hrefs dropped because their scheme is not http, https, mailto or relative.
    pub refused: Vec<String>,
}

/// Is this href safe to keep? `http:`, `https:`, `mailto:` and relative references only.
pub fn href_allowed(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:") {
        return true;
    }
    // Relative: no scheme before the first '/', '?' or '#'.
    let head = lower.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':') && !lower.starts_with("//")
}

/// Does this look like a URL or site path (the target of a link)?
pub fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && !s.contains(char::is_whitespace)
        && (s.starts_with("http://")
            || s.starts_with("https://")
            || s.starts_with("www.")
            || s.starts_with("mailto:")
            || s.starts_with('/')
            || s.contains("://")
            || s.starts_with("javascript:")
            || s.starts_with("data:"))
}

/// Parse a block's inline markup.
pub fn parse_inline(raw: &str) -> Inline {
    let mut p = InlineParser {
        src: raw,
        out: Inline { text: String::with_capacity(raw.len()), ..Inline::default() },
        no_closer: [false; 2],
        scanned_to: [0; 2],
        no_bracket_until: 0,
        no_link: false,
        open_emphasis: Vec::new(),
    };
    p.run(0, raw.len());
    let text_len = p.out.text.trim_end().len();
    p.out.text.truncate(text_len);
    let text = &p.out.text;
    for s in &mut p.out.spans {
        // Trailing-space trims can leave a recorded start inside a later multi-byte char: snap to boundaries.
        s.end = floor_char(text, s.end.min(text_len));
        s.start = floor_char(text, s.start.min(s.end));
    }
    p.out.spans.retain(|s| s.start < s.end);
    crate::sort::sort_by_key(&mut p.out.spans, |s| (s.start, std::cmp::Reverse(s.end)));
    p.out
}

struct InlineParser<'a> {
    src: &'a str,
    out: Inline,
    /// No closing `*` / `**` exists after the current position (cache against quadratic scans).
    no_closer: [bool; 2],
    /// No valid closing `*` / `**` starts before this byte (a closer's validity does not depend on its opener).
    scanned_to: [usize; 2],
    /// No `]` at all before this byte.
    no_bracket_until: usize,
    no_link: bool,
    /// Text offsets where the enclosing emphasis runs began (innermost last).
    open_emphasis: Vec<usize>,
}

impl InlineParser<'_> {
    fn push_char(&mut self, c: char) {
        if c.is_whitespace() {
            if self.out.text.as_bytes().last().is_some_and(|&b| b != b' ') {
                self.out.text.push(' ');
            }
        } else {
            self.out.text.push(c);
        }
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push_char(c);
        }
    }

    /// Start offset for a new span: the text end, not counting a trailing space.
    fn span_start(&self) -> usize {
        self.out.text.len()
    }

    fn add_link(&mut self, start: usize, href: &str) {
        let end = self.out.text.trim_end().len();
        let href = href.trim();
        let kept = if href.is_empty() || href == "#" {
            None
        } else if href_allowed(href) {
            Some(href.to_string())
        } else {
            self.out.refused.push(href.to_string());
            None
        };
        if start < end {
            self.out.spans.push(Span { start, end, kind: SpanKind::Link, href: kept });
        }
    }

    fn run(&mut self, from: usize, to: usize) {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < to {
            let b = bytes[i];
            let first = plain_len(bytes, i, to);
            if first > 0 {
                // A run of plain text is copied as it is, with the single spaces between its words
                // (a space after a plain character and before another is kept and starts no markup).
                let mut run = i + first;
                while run < to {
                    // Plain ASCII in a tight loop; then a plain character beyond ASCII, or a space before one.
                    run += bytes[run..to].iter().position(|&b| !PLAIN[usize::from(b)]).unwrap_or(to - run);
                    if run == to {
                        break;
                    }
                    let n = plain_len(bytes, run, to);
                    if n > 0 {
                        run += n;
                    } else if bytes[run] == b' ' && run + 1 < to && plain_len(bytes, run + 1, to) > 0 {
                        run += 1 + plain_len(bytes, run + 1, to);
                    } else {
                        break;
                    }
                }
                self.out.text.push_str(&self.src[i..run]);
                i = run;
                continue;
            }
            if b == b'\\' && i + 1 < to && b"()[]*_\\".contains(&bytes[i + 1]) {
                self.push_char(bytes[i + 1] as char);
                i += 2;
                continue;
            }
            if b == b'[' {
                if let Some(next) = self.try_link(i, to) {
                    i = next;
                    continue;
                }
            }
            if b == b'*' {
                if let Some(next) = self.try_emphasis(i, to) {
                    i = next;
                    continue;
                }
            }
            // A parenthesised URL starts at the next byte that is not a space.
            if (b == b' ' || b == b'(') && bytes[i..to].iter().find(|&&c| c != b' ') == Some(&b'(') {
                if let Some(next) = self.try_paren_url(i, to) {
                    i = next;
                    continue;
                }
            }
            if b == b'<' {
                let rest = &self.src[i..to];
                if let Some(close) = rest.find('>') {
                    let inner = &rest[1..close];
                    if looks_like_url(inner) && (inner.starts_with("http") || inner.starts_with("www.")) {
                        let start = self.span_start();
                        self.push_str(inner);
                        self.add_link(start, inner);
                        i += close + 1;
                        continue;
                    }
                }
            }
            if b == b' ' {
                self.push_char(' ');
                i += 1;
                continue;
            }
            let c = if b.is_ascii() { char::from(b) } else { self.src[i..to].chars().next().unwrap_or(' ') };
            self.push_char(c);
            i += c.len_utf8();
        }
    }

    /// `[label](target)`, where label may be `text \(url\)`; then an optional duplicate ` (<url>)`.
    fn try_link(&mut self, at: usize, to: usize) -> Option<usize> {
        if self.no_link {
            return None;
        }
        let window_end = (at + MAX_RUN).min(to);
        if at < self.no_bracket_until {
            return None;
        }
        let window = &self.src[at..floor_char(self.src, window_end)];
        let Some(close_rel) = find_label_close(window) else {
            if window_end == to {
                self.no_link = true;
            }
            if !window.contains(']') {
                self.no_bracket_until = at + window.len();
            }
            return None;
        };
        let label = &self.src[at + 1..at + close_rel];
        let after = at + close_rel + 1;
        if !self.src[after..to].starts_with('(') {
            return None;
        }
        let target_end = matching_paren(&self.src[after..to])?;
        let target = &self.src[after + 1..after + target_end];
        let mut next = after + target_end + 1;
        // `text \(url\)` inside the label carries the real href.
        let (label_text, href) = match split_escaped_url(label) {
            Some((t, u)) => (t, u.to_string()),
            None => (label, target.trim().to_string()),
        };
        let label_range = subrange(self.src, label_text);
        let start = self.span_start();
        self.run(label_range.0, label_range.1);
        if self.out.text.len() == start {
            // A bare `[\(url\)](#)`: nothing to show, keep nothing.
            return Some(next);
        }
        self.add_link(start, &href);
        // Drop a duplicate ` (<same url>)` right after.
        let tail = &self.src[next..to];
        let trimmed = tail.trim_start();
        if let Some(inner) = trimmed.strip_prefix("(<").and_then(|t| t.find(">)").map(|e| &t[..e])) {
            if inner.trim() == href.trim() || inner.trim() == target.trim() {
                next += tail.len() - trimmed.len() + 2 + inner.len() + 2;
            }
        }
        Some(next)
    }

    /// `*em*` and `**strong**`.
    fn try_emphasis(&mut self, at: usize, to: usize) -> Option<usize> {
        let strong = self.src[at..to].starts_with("**");
        let delim = if strong { "**" } else { "*" };
        let idx = usize::from(strong);
        if self.no_closer[idx] {
            return None;
        }
        let open_end = at + delim.len();
        let first = self.src[open_end..to].chars().next()?;
        if first.is_whitespace() || first == '*' {
            return None;
        }
        let window_end = floor_char(self.src, (open_end + MAX_RUN).min(to));
        if self.scanned_to[idx] >= window_end {
            return None;
        }
        let hay = &self.src[open_end..window_end];
        // Closers before `scanned_to` were all invalid; start after them (keeping pos > 0).
        let mut search = self.scanned_to[idx].saturating_sub(open_end).saturating_sub(delim.len());
        while !hay.is_char_boundary(search) {
            search -= 1;
        }
        while let Some(rel) = hay[search..].find(delim) {
            let pos = search + rel;
            let before = hay[..pos].chars().next_back();
            let after_delim = hay[pos + delim.len()..].chars().next();
            let ok = pos > 0
                && before.is_some_and(|c| !c.is_whitespace())
                && (strong || (after_delim != Some('*') && before != Some('*')));
            if ok {
                let start = self.span_start();
                self.open_emphasis.push(start);
                self.run(open_end, open_end + pos);
                self.open_emphasis.pop();
                let end = self.out.text.trim_end().len();
                if start < end {
                    let kind = if strong { SpanKind::Strong } else { SpanKind::Em };
                    self.out.spans.push(Span { start, end, kind, href: None });
                }
                return Some(open_end + pos + delim.len());
            }
            search = pos + delim.len();
        }
        if window_end == to {
            self.no_closer[idx] = true;
        }
        self.scanned_to[idx] = window_end;
        None
    }

    /// ` (<url>)` or ` (url)` after text: a link over the preceding emphasis or word.
    fn try_paren_url(&mut self, at: usize, to: usize) -> Option<usize> {
        let rest = &self.src[at..to];
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        let body = &rest[lead..];
        let (inner, consumed) = if let Some(b) = body.strip_prefix("(<") {
            let e = b.find(">)")?;
            (&b[..e], lead + 2 + e + 2)
        } else if let Some(b) = body.strip_prefix('(') {
            let e = matching_paren(body)?;
            let inner = &b[..e - 1];
            if !(inner.starts_with("http://") || inner.starts_with("https://") || inner.starts_with("www.")) {
                return None;
            }
            (inner, lead + e + 1)
        } else {
            return None;
        };
        if !looks_like_url(inner) {
            return None;
        }
        let end = self.out.text.trim_end().len();
        if end == 0 {
            // Nothing before it to carry the link: show the URL itself.
            let start = self.span_start();
            self.push_str(inner);
            self.add_link(start, inner);
            return Some(at + consumed);
        }
        // Same href as the link that just ended: a duplicate, drop it.
        if let Some(last) = self.out.spans.iter().rev().find(|s| s.kind == SpanKind::Link) {
            if last.end == end && last.href.as_deref() == Some(inner.trim()) {
                return Some(at + consumed);
            }
        }
        let closes_emphasis = at + consumed == to && !self.src[at..to].trim().is_empty();
        let start = match self.out.spans.iter().rev().find(|s| s.end == end && s.kind != SpanKind::Link) {
            Some(s) => s.start,
            None if closes_emphasis && !self.open_emphasis.is_empty() => {
                self.open_emphasis[self.open_emphasis.len() - 1]
            }
            None => {
                let text = &self.out.text[..end];
                text.rfind(' ').map_or(0, |p| p + 1)
            }
        };
        self.out.text.truncate(end);
        self.add_link(start, inner);
        Some(at + consumed)
    }
}

/// Printable ASCII that is neither whitespace nor the start of markup: copied to the text as it is.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_graphic() && !matches!(b as u8, b'\\' | b'[' | b'*' | b'(' | b'<');
        b += 1;
    }
    t
};

/// Byte length of the plain character at `bytes[at]` (a char boundary before `to`), or 0: plain
/// ASCII ([`PLAIN`]), or any other character but whitespace, which the text takes as it is too.
#[inline(always)]
fn plain_len(bytes: &[u8], at: usize, to: usize) -> usize {
    let b = bytes[at];
    if b < 0x80 {
        return usize::from(PLAIN[usize::from(b)]);
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return 0,
    };
    if at + len > to {
        return 0;
    }
    // The whitespace beyond ASCII: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    // U+202F, U+205F, U+3000.
    let whitespace = matches!(
        (b, bytes[at + 1], bytes.get(at + 2).copied().unwrap_or(0)),
        (0xC2, 0x85 | 0xA0, _)
            | (0xE1, 0x9A, 0x80)
            | (0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)
            | (0xE2, 0x81, 0x9F)
            | (0xE3, 0x80, 0x80)
    );
    if whitespace {
        0
    } else {
        len
    }
}

/// Byte offset of the `]` that closes a label starting at `s[0] == '['` (escapes and nesting aware).
fn find_label_close(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'\n' if i + 1 < b.len() && b[i + 1] == b'\n' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Offset of the `)` matching the `(` at `s[0]`.
fn matching_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            c if c.is_whitespace() && depth > 0 && i > 0 => {
                // Targets have no spaces: give up on prose.
                return None;
            }
            _ => {}
        }
    }
    None
}

/// `text \(url\)` → (`text`, `url`).
fn split_escaped_url(label: &str) -> Option<(&str, &str)> {
    let open = label.rfind("\\(")?;
    let inner = label[open + 2..].trim_end().strip_suffix("\\)")?;
    if !looks_like_url(inner) && !inner.trim().is_empty() {
        return None;
    }
    Some((label[..open].trim_end(), inner.trim()))
}

/// Byte range of `part` (a subslice) within `whole`.
fn subrange(whole: &str, part: &str) -> (usize, usize) {
    let start = part.as_ptr() as usize - whole.as_ptr() as usize;
    (start, start + part.len())
}

/// Largest char boundary ≤ i.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_len_takes_every_character_beyond_ascii_but_whitespace() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = if c.is_whitespace() { 0 } else { c.len_utf8() };
            assert_eq!(plain_len(bytes, 0, bytes.len()), expected, "{c:?}");
        }
    }

    fn spans(raw: &str) -> (String, Vec<(String, SpanKind, Option<String>)>) {
        let p = parse_inline(raw);
        let list = p.spans.iter().map(|s| (p.text[s.start..s.end].to_string(), s.kind, s.href.clone())).collect();
        (p.text, list)
    }

    #[test]
    fn escaped_url_link() {
        let (t, s) = spans("by [Jane Roe \\(/experts/jane-roe\\)](#)");
        assert_eq!(t, "by Jane Roe");
        assert_eq!(s, vec![("Jane Roe".into(), SpanKind::Link, Some("/experts/jane-roe".into()))]);
    }

    #[test]
    fn plain_link_with_duplicate_angle_url() {
        let (t, s) = spans("writers [noted](https://x.org/a) (<https://x.org/a>) in a piece");
        assert_eq!(t, "writers noted in a piece");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].0, "noted");
    }

    #[test]
    fn strong_with_angle_url() {
        let (t, s) = spans("militias **shot (<https://n.example/1>)** an officer");
        assert_eq!(t, "militias shot an officer");
        assert!(s.contains(&("shot".into(), SpanKind::Strong, None)));
        assert!(s.contains(&("shot".into(), SpanKind::Link, Some("https://n.example/1".into()))));
        let (_, s) = spans("killed **senior officer (<https://n.example/2>)** Ali");
        assert!(s.contains(&("senior officer".into(), SpanKind::Link, Some("https://n.example/2".into()))));
    }

    #[test]
    fn bare_paren_url_links_previous_word() {
        let (t, s) = spans("the report (https://r.example/x) said");
        assert_eq!(t, "the report said");
        assert_eq!(s, vec![("report".into(), SpanKind::Link, Some("https://r.example/x".into()))]);
    }

    #[test]
    fn emphasis_and_unclosed_stars() {
        let (t, s) = spans("did *not* go, 5 * 3 = 15 and **yes**");
        assert_eq!(t, "did not go, 5 * 3 = 15 and yes");
        assert_eq!(s.len(), 2);
        let many = "*a ".repeat(10_000);
        assert_eq!(parse_inline(&many).spans.len(), 0);
    }

    #[test]
    fn unsafe_schemes_are_refused() {
        let p = parse_inline("[click](javascript:alert(1)) and [d](data:text/html,x)");
        assert_eq!(p.text, "click and d");
        assert!(p.spans.iter().all(|s| s.href.is_none()));
        assert_eq!(p.refused.len(), 2);
        assert!(href_allowed("/experts/x") && href_allowed("mailto:a@b.c") && !href_allowed("JavaScript:x"));
    }
}
