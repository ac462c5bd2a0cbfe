//! Document parse (SPEC §1 step 1): recognise the export's structure and produce clean blocks and metadata.
//!
//! Two passes, as in pulldown-cmark: block structure first (this module, with [`flattened`]
//! for one-line PDF prints), inline markup second ([`inline`]). Unknown structure degrades
//! to paragraphs with a diagnostic, never to an error.

pub mod flattened;
pub mod header;
pub mod inline;
pub mod wrapped;

use crate::dates::calendar::{fmt_ymd, parse_full_date_prefix};
use crate::model::{Author, Block, BlockKind, Diagnostic, Meta, Published, Recommended, Translation};
use header::{classify, is_bio_start, parse_byline, split_site_title, strip_site_prefix, Class};
use inline::{parse_inline, Inline};
use std::borrow::Cow;

/// The parsed article before extraction: metadata, blocks and what was noticed on the way.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where in the article the block walker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Bios,
    Summary,
    Body,
    AfterEnd,
    Recommended,
}

/// Parse an export into a [`Document`]. Never fails.
pub fn parse(input: &str) -> Document {
    let text = normalize(input);
    let mut doc = Document::default();
    let raws = wrapped::reflow_all(&split_lists(raw_blocks(&text)));
    let raws = if flattened::is_flattened(&raws) {
        doc.diagnostics
            .push(Diagnostic::info("text looks like a flattened PDF print; structure recovered from markers", None));
        flattened::split(&raws.join(" "))
    } else {
        join_broken_links(raws)
    };
    Walker { doc: &mut doc, phase: Phase::Header, pending_author: None, recommended: Vec::new(), weak_title: false }
        .walk(&raws);
    if doc.blocks.is_empty() && !text.trim().is_empty() {
        doc.diagnostics.push(Diagnostic::warning("no readable text blocks found", None));
    }
    if doc.meta.title.is_none() && !doc.blocks.is_empty() {
        doc.diagnostics.push(Diagnostic::info("no title recognised", None));
    }
    if doc.meta.published.is_none() && !doc.blocks.is_empty() {
        doc.diagnostics.push(Diagnostic::info(
            "no date line: years of relative dates stay unresolved unless the text gives them",
            None,
        ));
    }
    doc
}

/// Bytes [`normalize`] stops at: CR, the C0 controls but newline and tab, DEL, and `C2` (which
/// leads the C1 controls, U+0080–U+009F).
const CLEANED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    t
};

/// BOM, CRLF and stray control characters out.
fn normalize(input: &str) -> String {
    let s = input.strip_prefix('\u{feff}').unwrap_or(input);
    // One pass over the bytes, copying the clean stretches whole: CRLF and CR become LF, and a
    // control character (C0 and DEL are one byte, C1 is `C2 80`–`C2 9F`) becomes a space.
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| CLEANED[usize::from(b)]) {
        let at = i + p;
        out.extend_from_slice(&bytes[i..at]);
        i = at + 1;
        match bytes[at] {
            b'\r' => {
                out.push(b'\n');
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            0xC2 if bytes.get(i).is_some_and(|b| (0x80..=0x9F).contains(b)) => {
                out.push(b' ');
                i += 1;
            }
            0xC2 => out.push(0xC2),
            _ => out.push(b' '),
        }
    }
    out.extend_from_slice(&bytes[i..]);
    // Whole characters were replaced by ASCII, so the bytes are still UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Blocks separated by blank lines, trimmed, empty ones dropped.
fn raw_blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else if !is_rule(line.trim()) {
            cur.push(without_markdown_marks(line.trim()));
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

/// A "by" line that names people and nothing else ("By A and B"), not a paragraph that opens
/// with "By" ("By the end of 2020 the militia held the crossing").
fn names_only(raw: &str) -> bool {
    let text = parse_inline(raw).text;
    let rest = text.get(3..).unwrap_or("");
    text.len() < 160 && header::author_line(rest).is_some()
}

/// A line that is only a rule drawn with one character ("=====", "-----", "_____", "***"): the
/// underline of a plain-text heading or a separator, layout and no text.
fn is_rule(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next().is_some_and(|c| matches!(c, '=' | '-' | '_' | '*' | '~') && line.len() >= 3 && chars.all(|d| d == c))
}

/// A block whose every line is a list item ("- 22 April 2022: Mayor abducted near Djibo") or a
/// table row ("| 4 March | Mondoro | camp overrun |") is one block per item or row: each is its own
/// statement, not a line of one paragraph, so that one row's date never dates another's event.
fn split_lists(raws: Vec<String>) -> Vec<String> {
    let is_item = |line: &str| {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        line.starts_with("- ")
            || line.starts_with("* ")
            || line.starts_with("• ")
            || (digits > 0 && line[digits..].starts_with(". "))
    };
    let mut out = Vec::with_capacity(raws.len());
    for raw in raws {
        if raw.contains('\n') && (raw.lines().all(is_item) || raw.lines().all(header::is_table_row)) {
            out.extend(raw.lines().map(str::to_string));
        } else {
            out.push(raw);
        }
    }
    out
}

/// A Markdown export's line marks taken off: "## Heading" and "> quoted" read as their text
/// (a "#" glued to a word, a hashtag, stays).
fn without_markdown_marks(line: &str) -> &str {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let line = match line[hashes..].strip_prefix(' ') {
        Some(rest) if (1..=6).contains(&hashes) => rest.trim_start(),
        _ => line,
    };
    match line.strip_prefix("> ") {
        Some(rest) => rest.trim_start(),
        None if line == ">" => "",
        None => line,
    }
}

/// A link whose URL broke across a blank line: the next block starts with the URL's tail.
fn join_broken_links(raws: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in raws {
        if let Some(prev) = out.last_mut() {
            if let Some(joined) = join_url_tail(prev, &raw) {
                *prev = joined;
                continue;
            }
        }
        out.push(raw);
    }
    out
}

fn join_url_tail(prev: &str, next: &str) -> Option<String> {
    let trimmed = prev.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let open = trimmed.rfind("](")?;
    let url = &trimmed[open + 2..trimmed.len() - 1];
    if !(url.starts_with("http") || url.starts_with('/')) || url.contains(char::is_whitespace) {
        return None;
    }
    let tail_end = next.find(char::is_whitespace).unwrap_or(next.len());
    let tail = &next[..tail_end];
    let is_url_tail = tail.contains(['-', '/', '%', '_'])
        && !tail.ends_with(['.', ',', ';', ':'])
        && tail.chars().all(|c| !c.is_ascii_uppercase())
        && !tail.contains("://");
    if !is_url_tail {
        return None;
    }
    // Glue the tail onto both URL copies in the link markup.
    let label_url_end = trimmed[..open].rfind("\\)");
    let mut joined = String::with_capacity(prev.len() + next.len());
    match label_url_end {
        Some(e) if trimmed[..e].ends_with(url) => {
            joined.push_str(&trimmed[..e]);
            joined.push_str(tail);
            joined.push_str(&trimmed[e..trimmed.len() - 1]);
        }
        _ => joined.push_str(&trimmed[..trimmed.len() - 1]),
    }
    joined.push_str(tail);
    joined.push(')');
    joined.push_str(&next[tail_end..]);
    Some(joined)
}

struct Walker<'d> {
    doc: &'d mut Document,
    phase: Phase,
    /// An author named under ABOUT THE AUTHORS whose bio is the next text block.
    pending_author: Option<usize>,
    recommended: Vec<String>,
    /// The title is only a stand-in that a later title-like line over the byline or date line
    /// replaces: a site's masthead (a line in capitals over a tagline) or an email's subject.
    weak_title: bool,
}

impl Walker<'_> {
    fn walk(mut self, raws: &[String]) {
        let mut i = 0;
        while i < raws.len() {
            let raw = raws[i].as_str();
            let class = classify(raw);
            match (self.phase, class) {
                (Phase::Recommended, _) => self.recommended.push(raw.to_string()),
                (_, Class::Recommended) => self.phase = Phase::Recommended,
                (Phase::AfterEnd, _) => {
                    self.push(BlockKind::Other, raw);
                }
                // Translation links and the authors' bios are header parts even after a kind
                // label said the summary comes next (a print's breadcrumb above the title).
                (Phase::Header | Phase::Bios | Phase::Summary, Class::AlsoAvailable(rest)) => {
                    self.translations_inline(&rest);
                    while i + 1 < raws.len() && header::is_link_only(&raws[i + 1]) && self.translation(&raws[i + 1]) {
                        i += 1;
                    }
                }
                (Phase::Header | Phase::Bios | Phase::Summary, Class::AboutAuthors) => self.phase = Phase::Bios,
                // A kind line over everything else ("POLICY BRIEF No. 31" above the title) is a
                // kicker: the header goes on. After the title, a byline or a date line, the
                // summary comes next.
                (Phase::Header, Class::Kind(label)) if !self.has_meta() => self.set_kind(label),
                (Phase::Header | Phase::Bios | Phase::Summary, Class::Kind(label)) => {
                    self.set_kind(label);
                    self.phase = Phase::Summary;
                }
                (Phase::Header | Phase::Bios, Class::Menu(kind)) => {
                    match kind {
                        Some(k) => self.set_kind(k),
                        // A site's navigation under the first title-like line: that line was the
                        // site's name (a blog's masthead: name, tagline, menu), and a title-like
                        // line after the menu, over the byline or date line, is the post's title.
                        None if self.doc.meta.title.is_some()
                            && self.doc.meta.authors.is_empty()
                            && self.doc.meta.published.is_none() =>
                        {
                            self.weak_title = true;
                        }
                        None => {}
                    }
                }
                (Phase::Header | Phase::Bios | Phase::Summary, Class::Fields(fields)) => self.fields(&fields, raw),
                (Phase::Header, Class::Email(email)) => self.email(email, raw),
                (Phase::Header | Phase::Bios, Class::Byline) if self.doc.meta.authors.is_empty() => {
                    self.title_before_meta();
                    self.byline(raw)
                }
                (Phase::Header | Phase::Bios, Class::Date(ymd)) if self.doc.meta.published.is_none() => {
                    self.title_before_meta();
                    self.date_line(ymd, raw);
                }
                (Phase::Summary, Class::Menu(_)) => {}
                // A kind label can come before the title's repeat, the byline and the date line
                // (a print's breadcrumb "Policy Analysis / Brief Analysis").
                (Phase::Summary, Class::Byline) if self.doc.meta.authors.is_empty() => self.byline(raw),
                (Phase::Summary, Class::Date(ymd)) if self.doc.meta.published.is_none() => self.date_line(ymd, raw),
                (Phase::Summary, _) if self.repeats_title(raw) => {}
                (Phase::Bios, _) => self.bio_block(raw),
                (Phase::Header, _) if self.author_before_bio(raw, raws.get(i + 1).map(String::as_str)) => {}
                (Phase::Header, _) if self.author_line(raw, raws.get(i + 1).map(String::as_str)) => {}
                (Phase::Header, _) => self.header_text(raw),
                (Phase::Summary, _) => {
                    let raw = self.strip_repost_prefix(raw);
                    self.summary(raw);
                    self.phase = Phase::Body;
                }
                // A web page's share bar, sign-up box and footer are not the article; its list of
                // other articles ends it (the heading may head its block: "Related posts:\nTitle …").
                (Phase::Body, _) if header::is_related_heading(raw.lines().next().unwrap_or("")) => {
                    self.push(BlockKind::Other, raw);
                    self.phase = Phase::AfterEnd;
                }
                (Phase::Body, _) if header::is_site_furniture(raw.trim()) || header::is_footer_line(raw.trim()) => {
                    self.push(BlockKind::Other, raw);
                }
                // A table's rule row ("|---|:---:|") is layout; the row above it names the columns.
                (Phase::Body, _) if header::is_table_rule(raw) => {}
                (Phase::Body, _) if raws.get(i + 1).is_some_and(|n| header::is_table_rule(n)) => {
                    self.push(BlockKind::Other, raw);
                }
                // "By A and B" under a title-like line after the header: the byline of the
                // article proper (a newsletter's lead under its masthead), not a heading.
                (Phase::Body, Class::Byline)
                    if self.doc.meta.authors.is_empty() && names_only(raw) && self.title_above() =>
                {
                    self.byline(raw);
                }
                (Phase::Body, _) => self.body_text(raw, raws.get(i + 1).map(String::as_str)),
            }
            i += 1;
        }
        self.finish_recommended();
    }

    fn push(&mut self, kind: BlockKind, raw: &str) -> usize {
        self.push_parsed(kind, parse_inline(raw))
    }

    /// [`Walker::push`] of a block whose inline markup is already parsed.
    fn push_parsed(&mut self, kind: BlockKind, parsed: Inline) -> usize {
        let id = self.doc.blocks.len();
        for href in parsed.refused {
            let shown: String = href.chars().take(40).collect();
            self.doc
                .diagnostics
                .push(Diagnostic::warning(format!("link with unsafe or unknown scheme removed: {shown}"), Some(id)));
        }
        if parsed.text.is_empty() {
            return id;
        }
        self.doc.blocks.push(Block { id, kind, text: parsed.text, spans: parsed.spans });
        id
    }

    fn set_kind(&mut self, label: String) {
        // Keep the most specific label ("PolicyWatch 3492" over "Policy Analysis").
        let specific = |k: &str| k.chars().any(|c| c.is_ascii_digit());
        match &self.doc.meta.kind {
            Some(k) if specific(k) && !specific(&label) => {}
            _ => self.doc.meta.kind = Some(label),
        }
    }

    /// A teaser's bios come first with no heading: a name line whose next block is that person's bio.
    fn author_before_bio(&mut self, raw: &str, next: Option<&str>) -> bool {
        let parsed = parse_inline(raw);
        let name = parsed.text.trim();
        let bio_follows = next.is_some_and(|n| is_bio_start(&parse_inline(n).text).is_some_and(|b| b == name));
        if !header::is_name_line(name) || !bio_follows {
            return false;
        }
        let href = parsed.spans.iter().find_map(|s| s.href.clone());
        self.pending_author = Some(self.author_index(name, href));
        self.phase = Phase::Bios;
        true
    }

    /// The summary block, without a "Summary:" label in front of it.
    fn summary(&mut self, raw: &str) {
        let raw = header::strip_summary_label(raw);
        let parsed = parse_inline(raw);
        self.doc.meta.summary = Some(parsed.text.clone());
        self.push_parsed(BlockKind::Summary, parsed);
    }

    /// Is anything of the header known yet: a title, an author or the date line?
    fn has_meta(&self) -> bool {
        self.doc.meta.title.is_some() || !self.doc.meta.authors.is_empty() || self.doc.meta.published.is_some()
    }

    /// A line of names with no "by" (a policy brief's "A and B"), right under the title or right
    /// above the date line, is the byline. A single name only above the date line: under the
    /// title it could be a subtitle; and never before the title (it could be the title).
    fn author_line(&mut self, raw: &str, next: Option<&str>) -> bool {
        if self.doc.meta.title.is_none() || !self.doc.meta.authors.is_empty() || self.doc.meta.published.is_some() {
            return false;
        }
        let Some(names) = header::author_line(&parse_inline(raw).text) else {
            return false;
        };
        let under_title = self.doc.blocks.last().is_some_and(|b| b.kind == BlockKind::Title);
        let above_date = next.is_some_and(|n| matches!(classify(n), Class::Date(_)));
        if !(above_date || under_title && names.len() >= 2) {
            return false;
        }
        self.byline(raw);
        true
    }

    /// The date line: the publication date.
    fn date_line(&mut self, (y, m, d): (i32, u32, u32), raw: &str) {
        let text = raw.trim().to_string();
        if let Some((_, Some(wd))) = crate::dates::calendar::date_line_weekday(&text) {
            if wd != crate::dates::calendar::weekday(y, m, d) {
                let id = Some(self.doc.blocks.len());
                self.doc.diagnostics.push(Diagnostic::info("the date line's weekday does not agree with its date", id));
            }
        }
        self.doc.meta.published = Some(Published { date: fmt_ymd(y, m, d), text });
        self.push(BlockKind::Date, raw);
    }

    /// Is this block the title again?
    fn repeats_title(&self, raw: &str) -> bool {
        self.doc.meta.title.as_deref().is_some_and(|t| header::same_title(t, &parse_inline(raw).text))
    }

    fn header_text(&mut self, raw: &str) {
        let parsed = parse_inline(raw).text;
        // A print's header line names the page: "2/2/23, 9:14 AM Title | Site".
        let plain = wrapped::print_header_title(&parsed).map_or(parsed.clone(), str::to_string);
        let has_meta = self.has_meta();
        if let Some(name) = is_bio_start(&plain) {
            if self.doc.meta.title.is_none() || plain.len() > 120 {
                let idx = self.author_index(&name, None);
                self.doc.meta.authors[idx].bio = Some(plain);
                self.push(BlockKind::Bio, raw);
                return;
            }
        }
        if self.doc.meta.title.is_none() && header::is_title_like(&plain) {
            let title = split_site_title(&plain);
            self.doc.meta.title = Some(title.clone());
            self.push_title(&title);
            // A site's masthead: its name in capitals over a tagline.
            let mut lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
            let capitals = |l: &str| l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase);
            self.weak_title = lines.next().is_some_and(capitals) && lines.next().is_some();
            return;
        }
        if self.doc.meta.title.as_deref().is_some_and(|t| header::same_title(t, &plain)) {
            return; // the page title repeated
        }
        // "Ã˜Â§Ã™â€žÃ™â€¦…": a source line garbled once or twice over, however long, is
        // furniture; the date line after it is still the header's.
        if header::is_mojibake(&plain) {
            self.doc
                .diagnostics
                .push(Diagnostic::info("garbled (mojibake) header line kept as other", Some(self.doc.blocks.len())));
            self.push(BlockKind::Other, raw);
            return;
        }
        if header::is_paragraph_like(&plain) || !has_meta {
            // The header is over: this is the summary or already the body.
            self.phase = Phase::Summary;
            let raw = self.strip_repost_prefix(raw);
            if header::is_summary_like(&parse_inline(raw).text) {
                self.summary(raw);
                self.phase = Phase::Body;
            } else {
                self.phase = Phase::Body;
                self.push(BlockKind::Paragraph, raw);
            }
            return;
        }
        self.doc
            .diagnostics
            .push(Diagnostic::info("unrecognised header line kept as other", Some(self.doc.blocks.len())));
        self.push(BlockKind::Other, raw);
    }

    /// A title in capitals with a title-like line after it, before the byline or date line: the
    /// capitals were a site name or kicker ("MAGHREB SECURITY REVIEW"), and the last such line
    /// is the title.
    fn title_before_meta(&mut self) {
        let Some(title_at) = self.doc.blocks.iter().position(|b| b.kind == BlockKind::Title) else {
            return;
        };
        let title = &self.doc.blocks[title_at].text;
        if title.chars().any(char::is_lowercase) && !self.weak_title {
            return;
        }
        // A garbled (mojibake) source line is never the title, however title-like.
        let later = self.doc.blocks[title_at + 1..].iter().rposition(|b| {
            b.kind == BlockKind::Other
                && header::is_title_like(&b.text)
                && b.text.chars().any(char::is_lowercase)
                && !header::is_mojibake(&b.text)
        });
        if let Some(offset) = later {
            self.retitle(title_at, title_at + 1 + offset);
        }
    }

    /// The block at `at` is the title, not the one at `title_at`.
    fn retitle(&mut self, title_at: usize, at: usize) {
        self.doc.blocks[title_at].kind = BlockKind::Other;
        self.doc.blocks[at].kind = BlockKind::Title;
        self.doc.meta.title = Some(split_site_title(&self.doc.blocks[at].text));
        self.weak_title = false;
    }

    /// Is the last block a title-like line that can head a byline under it? If the article's
    /// title is missing or a stand-in, that line becomes the title.
    fn title_above(&mut self) -> bool {
        let Some(last) = self.doc.blocks.last() else {
            return false;
        };
        if !matches!(last.kind, BlockKind::Paragraph | BlockKind::Heading | BlockKind::Title)
            || !header::is_title_like(&last.text)
            || header::is_paragraph_like(&last.text)
        {
            return false;
        }
        let at = last.id;
        match self.doc.blocks.iter().position(|b| b.kind == BlockKind::Title) {
            None => {
                self.doc.blocks[at].kind = BlockKind::Title;
                self.doc.meta.title = Some(self.doc.blocks[at].text.clone());
            }
            Some(title_at) if self.weak_title && title_at != at => self.retitle(title_at, at),
            Some(_) => {}
        }
        true
    }

    /// Header fields read by their labels: the first authors, the first publication date (an
    /// update's only when no other date is given).
    fn fields(&mut self, fields: &[header::Field], raw: &str) {
        self.title_before_meta();
        let mut has_authors = false;
        for field in fields {
            if let header::Field::Kind(kind) = field {
                self.set_kind(kind.clone());
            }
            if let header::Field::Authors(names) = field {
                has_authors = true;
                if self.doc.meta.authors.is_empty() {
                    for name in names {
                        self.author_index(name, None);
                    }
                }
            }
        }
        let dates = || {
            fields.iter().filter_map(|f| match f {
                header::Field::Date { ymd, text, updated } => Some((*ymd, text, *updated)),
                _ => None,
            })
        };
        let date = dates().find(|d| !d.2).or_else(|| dates().next());
        if let (Some((ymd, text, _)), None) = (date, &self.doc.meta.published) {
            self.doc.meta.published = Some(Published { date: fmt_ymd(ymd.0, ymd.1, ymd.2), text: text.clone() });
        }
        let kind = match (has_authors, date.is_some()) {
            (true, _) => BlockKind::Byline,
            (false, true) => BlockKind::Date,
            (false, false) => BlockKind::Other,
        };
        self.push(kind, raw);
    }

    /// An email's header block: its date is the publication date unless the text gives another
    /// first, and its subject stands in for the title until a title-like line over a byline or
    /// date line replaces it.
    fn email(&mut self, email: header::Email, raw: &str) {
        if let (Some((ymd, text)), None) = (email.date, &self.doc.meta.published) {
            self.doc.meta.published = Some(Published { date: fmt_ymd(ymd.0, ymd.1, ymd.2), text });
        }
        if let (Some(subject), None) = (email.subject, &self.doc.meta.title) {
            self.doc.meta.title = Some(subject.clone());
            self.push_title(&subject);
            self.weak_title = true;
        }
        self.push(BlockKind::Other, raw);
    }

    fn push_title(&mut self, title: &str) {
        let id = self.doc.blocks.len();
        self.doc.blocks.push(Block { id, kind: BlockKind::Title, text: title.to_string(), spans: Vec::new() });
    }

    fn byline(&mut self, raw: &str) {
        let parsed = parse_inline(raw);
        let line = parse_byline(&parsed.text);
        for name in &line.names {
            let href = parsed
                .spans
                .iter()
                .find(|s| s.href.is_some() && parsed.text[s.start..s.end].trim() == name)
                .and_then(|s| s.href.clone());
            self.author_index(name, href);
        }
        if let Some(k) = line.kind {
            self.set_kind(k);
        }
        if let (Some(ymd), None) = (line.date, &self.doc.meta.published) {
            self.doc.meta.published =
                Some(Published { date: fmt_ymd(ymd.0, ymd.1, ymd.2), text: line.date_text.unwrap_or_default() });
        }
        self.push(BlockKind::Byline, raw);
    }

    /// Index of the author with this name, added if new.
    fn author_index(&mut self, name: &str, href: Option<String>) -> usize {
        let authors = &mut self.doc.meta.authors;
        if let Some(i) = authors.iter().position(|a| a.name.eq_ignore_ascii_case(name)) {
            if authors[i].href.is_none() {
                authors[i].href = href;
            }
            return i;
        }
        authors.push(Author { name: name.to_string(), href, bio: None });
        authors.len() - 1
    }

    fn bio_block(&mut self, raw: &str) {
        let parsed = parse_inline(raw);
        let plain = parsed.text.clone();
        if header::is_name_line(&plain) {
            let href = parsed.spans.iter().find_map(|s| s.href.clone());
            self.pending_author = Some(self.author_index(plain.trim_end_matches(','), href));
            return;
        }
        let idx = match (self.pending_author.take(), is_bio_start(&plain)) {
            (Some(i), _) => Some(i),
            (None, Some(name)) => Some(self.author_index(&name, None)),
            (None, None) => self.doc.meta.authors.iter().position(|a| a.bio.is_none()),
        };
        match idx {
            Some(i) if self.doc.meta.authors[i].bio.is_none() => {
                self.doc.meta.authors[i].bio = Some(plain);
                self.push(BlockKind::Bio, raw);
            }
            _ if header::is_paragraph_like(&plain) && self.doc.meta.authors.iter().all(|a| a.bio.is_some()) => {
                // No kind label after the bios: this is the summary.
                self.summary(raw);
                self.phase = Phase::Body;
            }
            _ => {
                self.push(BlockKind::Bio, raw);
            }
        }
    }

    fn body_text(&mut self, raw: &str, next: Option<&str>) {
        let (content, ended) = match raw.find('❖') {
            Some(p) => (Cow::Owned(format!("{}{}", &raw[..p], &raw[p + '❖'.len_utf8()..])), true),
            None => (Cow::Borrowed(raw), false),
        };
        let content = self.strip_repost_prefix(&content);
        let parsed = parse_inline(content);
        let plain = &parsed.text;
        let kind = if !ended
            && header::is_heading_like(plain)
            && next.is_some_and(|n| !header::is_heading_like(&parse_inline(n).text))
        {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        if !plain.is_empty() {
            self.push_parsed(kind, parsed);
        }
        if ended {
            self.phase = Phase::AfterEnd;
        }
    }

    /// A repost's body that starts with the reposting site ("Media www.example.com – ").
    fn strip_repost_prefix<'r>(&mut self, raw: &'r str) -> &'r str {
        match strip_site_prefix(raw) {
            Some(rest) => {
                self.doc.diagnostics.push(Diagnostic::info(
                    "reposting site prefix removed from the first sentence",
                    Some(self.doc.blocks.len()),
                ));
                rest
            }
            None => raw,
        }
    }

    /// "Also available in Arabic / Farsi" (flattened prints give names without links).
    fn translations_inline(&mut self, rest: &str) {
        for part in rest.split(['/', ',']) {
            let p = parse_inline(part.trim());
            if let Some(s) = p.spans.iter().find(|s| s.href.is_some()) {
                let label = p.text[s.start..s.end].to_string();
                let href = s.href.clone().unwrap_or_default();
                self.doc.meta.translations.push(Translation {
                    language: header::language_code(&label, &href),
                    label,
                    href,
                });
            }
        }
    }

    fn translation(&mut self, raw: &str) -> bool {
        let p = parse_inline(raw);
        match p.spans.iter().find(|s| s.kind == crate::model::SpanKind::Link) {
            Some(s) => {
                let label = p.text[s.start..s.end].to_string();
                let href = s.href.clone().unwrap_or_default();
                self.doc.meta.translations.push(Translation {
                    language: header::language_code(&label, &href),
                    label,
                    href,
                });
                true
            }
            None => false,
        }
    }

    fn finish_recommended(&mut self) {
        let raws = std::mem::take(&mut self.recommended);
        self.doc.meta.recommended = parse_recommended(&raws);
    }
}

/// RECOMMENDED items: kind label, title (maybe a link), date line, `◆` + authors, href block.
pub fn parse_recommended(raws: &[String]) -> Vec<Recommended> {
    let mut items: Vec<Recommended> = Vec::new();
    let mut cur: Option<Recommended> = None;
    let mut in_authors = false;
    let new_item = || Recommended { title: String::new(), kind: None, date: None, authors: Vec::new(), href: None };
    for raw in raws {
        for line in raw.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
            let p = parse_inline(line);
            let plain = p.text.trim().to_string();
            let item_done = cur.as_ref().is_some_and(|c| !c.title.is_empty() && (c.href.is_some() || c.date.is_some()));
            if header::is_upper_kind(&plain) {
                if let Some(c) = cur.take() {
                    items.push(c);
                }
                let mut it = new_item();
                it.kind = Some(plain);
                cur = Some(it);
                in_authors = false;
                continue;
            }
            let it = cur.get_or_insert_with(new_item);
            if let Some(rest) = plain.strip_prefix('◆') {
                in_authors = true;
                add_authors(it, rest);
                continue;
            }
            let bare_href = line.trim().trim_start_matches('[').trim_start_matches("\\(").trim_start_matches('(');
            let href_shaped = (plain.starts_with('/') || plain.starts_with("(/") || plain.starts_with("(http"))
                && !plain.contains(' ');
            if plain.is_empty() || href_shaped || line.starts_with("[\\(") {
                let href = p.spans.iter().find_map(|s| s.href.clone()).or_else(|| {
                    let h = bare_href.split([')', '\\']).next().unwrap_or("").trim();
                    (h.starts_with('/') || h.starts_with("http")).then(|| h.to_string())
                });
                if href.is_some() {
                    it.href = href;
                    in_authors = false;
                    continue;
                }
            }
            if let Some((ymd, _)) = parse_full_date_prefix(&plain) {
                it.date = Some(fmt_ymd(ymd.0, ymd.1, ymd.2));
                in_authors = false;
                continue;
            }
            if in_authors || (item_done && header::is_name_line(&plain)) {
                add_authors(it, &plain);
                continue;
            }
            if it.title.is_empty() {
                it.title = plain;
                if it.href.is_none() {
                    it.href = p.spans.iter().find_map(|s| s.href.clone());
                }
            } else if item_done {
                let mut next = new_item();
                next.title = plain;
                if let Some(c) = cur.replace(next) {
                    items.push(c);
                }
            }
        }
    }
    items.extend(cur.filter(|c| !c.title.is_empty()));
    items.retain(|c| !c.title.is_empty());
    items
}

fn add_authors(it: &mut Recommended, s: &str) {
    for name in s.split([',', '\n']).flat_map(|p| p.split(" and ")) {
        let n = name.trim();
        if !n.is_empty() {
            it.authors.push(n.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The replace-then-map form the byte scan replaced, as a reference.
    fn normalize_by_chars(input: &str) -> String {
        let s = input.strip_prefix('\u{feff}').unwrap_or(input);
        let s = s.replace("\r\n", "\n").replace('\r', "\n");
        s.chars().map(|c| if c.is_control() && c != '\n' && c != '\t' { ' ' } else { c }).collect()
    }

    proptest::proptest! {
        #[test]
        fn normalize_matches_the_char_form(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "\r", "\n", "\r\n", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "é", "Ă",
                    "\u{feff}", "—", " ", "\u{85}",
                ]),
                0..30,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(normalize(&text), normalize_by_chars(&text));
        }
    }

    #[test]
    fn broken_url_is_rejoined() {
        let raws = vec![
            "warned of [war \\(https://n.example/a/ب\\)](https://n.example/a/ب)".to_string(),
            "ج-د-ه and would burn it.".to_string(),
        ];
        let joined = join_broken_links(raws);
        assert_eq!(joined.len(), 1);
        let p = parse_inline(&joined[0]);
        assert_eq!(p.text, "warned of war and would burn it.");
        assert_eq!(p.spans[0].href.as_deref(), Some("https://n.example/a/بج-د-ه"));
    }

    #[test]
    fn a_markdown_export_reads_as_its_text() {
        let doc = parse(
            "# A Title for the Test\n\n*By Jane Roe | 14 June 2022 | Policy Analysis*\n\n\
             > The summary of the article says what happened and why it matters.\n\n## Background\n\n\
             The first paragraph of the body tells the story. #hashtags stay.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("A Title for the Test"));
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Jane Roe"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2022-06-14"));
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"Background"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("The summary")), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("#hashtags stay.")), "{texts:?}");
    }

    #[test]
    fn a_policy_brief_header() {
        let doc = parse(
            "POLICY BRIEF No. 7\n\nTHE PORTS AND THE MILITIAS\n\nMara Olsen and Tariq Benali\n\n3 May 2023\n\n\
             Summary: The ports are where the militias earn their money, and where they can be squeezed.\n\n\
             The body begins here, with a sentence of prose that runs on for a while.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("THE PORTS AND THE MILITIAS"));
        assert_eq!(doc.meta.kind.as_deref(), Some("POLICY BRIEF No. 7"));
        let names: Vec<&str> = doc.meta.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, vec!["Mara Olsen", "Tariq Benali"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2023-05-03"));
        assert!(doc.meta.summary.as_deref().is_some_and(|s| s.starts_with("The ports are")), "{:?}", doc.meta);
        // One name under the title is not a byline (it may be a subtitle); above the date line it is.
        let doc = parse("The Ports\n\nHarbour Politics\n\nThe body begins here, and it runs on for a while.");
        assert!(doc.meta.authors.is_empty());
        let doc = parse("The Ports\n\nMara Olsen\n\n3 May 2023\n\nThe body begins here, and runs on for a while.");
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Mara Olsen"]);
    }

    #[test]
    fn a_blog_byline_gives_one_author_and_the_publication_date() {
        let doc = parse(
            "The Ports\n\nBy Lina Haddad | Published 3 May 2023 | Updated 5 May 2023 | 4 min read\n\n\
             The body begins here, with a sentence of prose that runs on for a while.",
        );
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Lina Haddad"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2023-05-03"));
    }

    #[test]
    fn a_blog_masthead_menu_and_entry_line() {
        let doc = parse(
            "Skip to content\n\nThe Harbour Notes\n\nWriting on ports and shipping\n\nMenu\nHome\nAbout\nArchive\n\n\
             Customs Police Hold Three Dockworkers\n\nPosted on March 12, 2026 by Rana Haddad\n\n\
             The body begins here, with a sentence of prose that runs on for a while.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Customs Police Hold Three Dockworkers"));
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Rana Haddad"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2026-03-12"));
    }

    #[test]
    fn a_garbled_source_line_under_the_title_is_never_the_title() {
        let doc = parse(
            "Skip to content\n\nSOUTH ARABIA MONITOR\nNews | Analysis | Yemen | About us\n\nSearch this site...\n\n\
             Home › Analysis › Yemen\n\nDark Nights in Aden: The STC and the Protesters\n\n\
             Ø§Ù„Ù…ØµØ¯Ø±: Ù…Ø¹Ù‡Ø¯ ÙˆØ§Ø´Ù†Ø·Ù† | Washington Institute for Near East Policy\n\nJune 17, 2026\n\n\
             The body begins here, with a sentence of prose that runs on for a while.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Dark Nights in Aden: The STC and the Protesters"));
    }

    #[test]
    fn a_forum_report_with_a_weekday_date_line() {
        let doc = parse(
            "Policy Analysis\n\nPolicyWatch 9001\n\nSpecial Forum Report\n\nThe Ports After the Storm\n\n\
             by Ana Ruiz, Bo Lind\n\nMonday, 12 March 2026\n\nA summary of the forum in one sentence or so.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("The Ports After the Storm"));
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2026-03-12"));
        // 12 March 2026 is a Thursday: the line is still the date line, with a note.
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("weekday")));
    }

    #[test]
    fn a_site_masthead_and_labelled_fields() {
        let doc = parse(
            "GULF LEDGER\nNews and comment from the Gulf\n\nHome | World | Gulf | About\n\nThe Ports Change Hands\n\n\
             Details\nWritten by Sara Quint\nCategory: World\nPublished: 2 March 2021\nHits: 77\n\n\
             The body begins here, with a sentence of prose that runs on for a while and then some more.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("The Ports Change Hands"));
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Sara Quint"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2021-03-02"));
        // A title in capitals with no tagline under it stays the title.
        let doc = parse("THE PORTS CHANGE HANDS\n\nWritten by Sara Quint\nPublished: 2 March 2021\n\nThe body.");
        assert_eq!(doc.meta.title.as_deref(), Some("THE PORTS CHANGE HANDS"));
    }

    #[test]
    fn a_repost_with_a_news_site_byline() {
        // Masthead, a flattened nav bar, a breadcrumb, the title, then "Written by A on DATE · N
        // min read": the title is the line over the byline, not the site's name.
        let doc = parse(
            "Skip to main content\n\nMESOPOTAMIA WATCH\nIndependent analysis of Iraq\n\n\
             Home   Iraq   Syria   Energy   About\n\nSecurity › Anbar › Analysis\n\n\
             The Toll Road in the Western Desert\n\nWritten by Sarah Okafor on December 9, 2025 · 6 min read\n\n\
             On the night of November 18, fighters stopped a convoy of trucks at a checkpoint south of the town.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("The Toll Road in the Western Desert"));
        assert_eq!(doc.meta.authors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Sarah Okafor"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2025-12-09"));
        assert!(doc.blocks.iter().any(|b| b.kind == BlockKind::Byline && b.text.starts_with("Written by")));
    }

    #[test]
    fn an_email_newsletter_with_its_lead_and_byline() {
        let doc = parse(
            "From: The Digest <news@digest.example>\nTo: me@example.org\nDate: Wed, 8 Mar 2023 06:30:00 +0100\n\
             Subject: Digest #12: the week in review\n\n=====================\nTHE DIGEST | Issue 12\n\
             =====================\n\nHello again. This week we look at the ports and at who runs them now.\n\n\
             THE LEAD\n--------\n\nWho Runs the Ports?\n\nBy Ian Moss and Bo Lind\n\n\
             The body begins here, with a sentence of prose that runs on for a while and then some more.",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Who Runs the Ports?"));
        let names: Vec<&str> = doc.meta.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, vec!["Ian Moss", "Bo Lind"]);
        assert_eq!(doc.meta.published.as_ref().map(|p| p.date.as_str()), Some("2023-03-08"));
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"THE LEAD") && !texts.iter().any(|t| t.contains("===")), "{texts:?}");
        assert_eq!(doc.blocks.iter().filter(|b| b.kind == BlockKind::Title).count(), 1);
        // Under a heading, a paragraph that opens with "By" is no byline.
        let doc = parse(
            "A Title\n\nThe summary of the piece, in one sentence that says what it is about.\n\n\
             The Crossing\n\nBy the end of 2020 the militia held the crossing",
        );
        assert!(doc.meta.authors.is_empty(), "{:?}", doc.meta.authors);
        assert_eq!(doc.blocks.last().map(|b| b.kind), Some(BlockKind::Paragraph));
    }

    #[test]
    fn list_items_are_blocks_of_their_own() {
        let raws =
            vec!["- 4 March 2022: camp overrun\n- 22 April 2022: mayor abducted".to_string(), "A\nB".to_string()];
        assert_eq!(split_lists(raws), vec!["- 4 March 2022: camp overrun", "- 22 April 2022: mayor abducted", "A\nB"]);
    }

    #[test]
    fn table_rows_are_blocks_of_their_own() {
        let doc = parse(
            "A Title for the Test\n\nby Jane Roe\n\nJun 14, 2022\n\nBrief Analysis\n\nThe summary says what happened.\n\n\
             The first paragraph of the body tells the story at some length.\n\n\
             | Day | Town | What happened |\n|---|:---:|---|\n| 2 May | Gao | a convoy ambushed on the road south |\n\
             | 9 May | Kidal | a drone strike on a market near the town |",
        );
        let rows: Vec<(BlockKind, &str)> =
            doc.blocks.iter().filter(|b| b.text.starts_with('|')).map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            rows,
            vec![
                (BlockKind::Other, "| Day | Town | What happened |"),
                (BlockKind::Paragraph, "| 2 May | Gao | a convoy ambushed on the road south |"),
                (BlockKind::Paragraph, "| 9 May | Kidal | a drone strike on a market near the town |"),
            ]
        );
        assert!(header::is_table_rule("| --- | :---: |") && !header::is_table_rule("| Day | Town |"));
        assert!(!header::is_table_row("A | B") && !header::is_table_row("|"));
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(parse("").blocks.is_empty());
        assert!(parse(" \n\n \r\n").blocks.is_empty());
        assert!(parse("\u{feff}").blocks.is_empty());
    }
}
