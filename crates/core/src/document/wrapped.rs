//! PDF prints converted to text with their hard line breaks: the print's page furniture out, the
//! lines rejoined into paragraphs, and words hyphenated across a line break made whole again.

/// The wrap width of a print whose lines are hard-wrapped throughout, blank lines or not: most of
/// its lines, page furniture aside, are long, in blocks of several lines, and none much longer
/// than a printed line.
fn document_width(blocks: &[String]) -> Option<usize> {
    let multi_line = blocks.iter().filter(|b| b.contains('\n'));
    let lines: Vec<&str> = multi_line.flat_map(|b| b.lines()).map(str::trim).filter(|l| !l.is_empty()).collect();
    let all_lines = blocks.iter().map(|b| b.lines().count()).sum::<usize>();
    if lines.len() * 2 < all_lines || !is_wrapped(&lines) {
        return None;
    }
    Some(wrap_width(&lines)).filter(|&w| w <= 140)
}

/// Every block of an export, hard-wrapped prints rejoined (see `reflow`): at the print's wrap width
/// when the whole document is wrapped, with the print header kept only where it opens the
/// document (it names the page); anywhere else it is a page break's furniture.
pub fn reflow_all(blocks: &[String]) -> Vec<String> {
    let width = document_width(blocks);
    let mut opening = true;
    blocks
        .iter()
        .flat_map(|block| {
            let out = reflow(block, width, opening);
            opening = false;
            out
        })
        .collect()
}

/// A block of hard-wrapped lines rejoined: one or more paragraphs. `width` is the print's wrap
/// width if the whole document is wrapped ([`document_width`]); otherwise a block is reflowed
/// only if it is wrapped itself, and one that is not (a line or a few, or short lines such as a
/// list) comes back as it is. A print's page footers go, and so do its print headers but one on
/// the document's first line (`opening`: this block is the document's first).
fn reflow(block: &str, width: Option<usize>, opening: bool) -> Vec<String> {
    let lines: Vec<&str> = block.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let Some(width) = width.or_else(|| is_wrapped(&lines).then(|| wrap_width(&lines))) else {
        return vec![block.to_string()];
    };
    // Page footers go; a print header names the page on the document's first line, and at a page
    // break it is furniture (the first page's may have had no time stamp). (Taken out first, so
    // that a sentence broken by a page break sees its next line.)
    let lines: Vec<&str> = lines
        .into_iter()
        .enumerate()
        .filter(|&(i, l)| !is_page_footer(l) && !(is_print_header(l) && (i > 0 || !opening)))
        .map(|(_, l)| l)
        .collect();
    let mut out = Vec::new();
    let mut paragraph = String::new();
    for (i, &line) in lines.iter().enumerate() {
        if is_print_header(line) {
            flush(&mut paragraph, &mut out);
            out.push(line.to_string());
            continue;
        }
        let chars = line.chars().count();
        // A short title-case line after a sentence's end is a heading: it starts a block.
        if is_heading_line(line, chars, width) && paragraph.ends_with(['.', '?', '!', '"', '”']) {
            flush(&mut paragraph, &mut out);
        }
        append(&mut paragraph, line);
        let ends_sentence = line.ends_with(['.', '?', '!', '"', '”', '’', ':']);
        // A line broken by the wrap is one the next word would not have fitted on; a line that
        // ends before that ends its paragraph (a header line, a heading, a paragraph's last
        // line), and so does one much longer than the wrap (not wrapped at all).
        let next_word = lines.get(i + 1).and_then(|l| l.split_whitespace().next()).map_or(0, |w| w.chars().count());
        let room_left = (chars + 1 + next_word) * 20 < width * 17;
        // A line that ends on a comma or a word that needs the next ("the commander of the") goes
        // on, however short: the page broke there.
        let last_word = line.rsplit(' ').next().unwrap_or("");
        let runs_on = line.ends_with(',')
            || matches!(
                last_word,
                "the" | "a" | "an" | "of" | "to" | "in" | "on" | "at" | "by" | "for" | "and" | "or" | "with" | "from"
            );
        // A sentence's end before a line that is a header label of its own ("Brief Analysis"
        // under a bio) ends the paragraph, however full the line.
        let label_next = lines.get(i + 1).is_some_and(|l| super::header::kind_label(l).is_some());
        let ends = room_left || chars * 10 > width * 13 || (ends_sentence && (chars * 10 < width * 8 || label_next));
        if ends && !runs_on {
            flush(&mut paragraph, &mut out);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// A heading set on a line of its own in a wrapped print: under half the wrap width, no end
/// punctuation, and every word of four letters or more capitalised ("Streets and Threats").
fn is_heading_line(line: &str, chars: usize, width: usize) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    chars * 2 < width
        && (1..=8).contains(&words.len())
        && !line.ends_with(['.', ',', ';', ':', '?', '!', '"', '”', '-'])
        && words.iter().all(|w| w.chars().count() < 4 || w.starts_with(|c: char| c.is_uppercase()))
        && line.starts_with(|c: char| c.is_uppercase())
}

/// At least half the lines, page furniture aside, long: prose wrapped at a fixed width.
fn is_wrapped(lines: &[&str]) -> bool {
    // Fewer than four lines is no wrapped prose whatever they hold (most blocks are one line).
    if lines.len() < 4 {
        return false;
    }
    let text: Vec<&&str> = lines.iter().filter(|l| !is_page_footer(l) && !is_print_header(l)).collect();
    let long = text.iter().filter(|l| l.chars().count() >= 45).count();
    text.len() >= 4 && long * 2 >= text.len()
}

/// The wrap width: the length most full lines reach (the 80th percentile), page furniture aside.
fn wrap_width(lines: &[&str]) -> usize {
    let mut lengths: Vec<usize> =
        lines.iter().filter(|l| !is_page_footer(l) && !is_print_header(l)).map(|l| l.chars().count()).collect();
    if lengths.is_empty() {
        return 0;
    }
    crate::sort::sort_by_key(&mut lengths, |&n| n);
    lengths[(lengths.len() * 8 / 10).min(lengths.len() - 1)]
}

/// Adds a line to a paragraph: "intelli-" + "gence" → "intelligence", else with a space.
fn append(paragraph: &mut String, line: &str) {
    let broken_word = paragraph.strip_suffix('-').is_some_and(|p| p.ends_with(|c: char| c.is_lowercase()))
        && line.starts_with(|c: char| c.is_lowercase());
    if broken_word {
        paragraph.pop();
    } else if !paragraph.is_empty() {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

fn flush(paragraph: &mut String, out: &mut Vec<String>) {
    if !paragraph.is_empty() {
        out.push(std::mem::take(paragraph));
    }
}

/// The page title of a browser's print header ("2/2/23, 9:14 AM Title | Site" → "Title | Site").
pub fn print_header_title(line: &str) -> Option<&str> {
    let Some(at) = print_header_prefix(line) else {
        return url_header_title(line);
    };
    line.get(at..).map(str::trim).filter(|t| !t.is_empty())
}

/// A browser's print header: "2/2/23, 9:14 AM Title | Site", and the same in other locales and
/// clocks: "27/04/2023, 11:38 Title | Site", "2023-04-27 11:38 Title", "27.04.23, 11:38 Title";
/// or the page title with the page's address after it ("Title | Site https://site/path", a
/// Firefox print, whose date goes in the footer).
fn is_print_header(line: &str) -> bool {
    print_header_prefix(line).is_some() || url_header_title(line).is_some()
}

/// "Title | Site https://site/path" → "Title | Site": a page title with a site after a bar, then
/// the address alone as the last word, and no sentence in it.
fn url_header_title(line: &str) -> Option<&str> {
    let line = line.trim();
    let (title, url) = line.rsplit_once(' ')?;
    let title = title.trim();
    let is_url = (url.starts_with("http://") || url.starts_with("https://")) && url.len() > 10;
    // (Most lines end on no address: nothing more to ask of them.)
    if !is_url {
        return None;
    }
    let (_, site) = title.rsplit_once(" | ")?;
    let site_words = site.split_whitespace().count();
    (is_url && line.len() <= 300 && !title.contains(". ") && (1..=5).contains(&site_words)).then_some(title)
}

/// Byte length of a print header's date and time: a numeric date in any order (three parts of one
/// to four digits joined by `/`, `.` or `-`), a comma maybe, then a clock `H:MM` (seconds allowed)
/// with or without `AM`/`PM`.
pub(super) fn print_header_prefix(line: &str) -> Option<usize> {
    let mut words = line.split_whitespace();
    let (date, time) = (words.next()?, words.next()?);
    let date = date.strip_suffix(',').unwrap_or(date);
    // (Both start with a digit: most lines are turned away here.)
    if !date.starts_with(|c: char| c.is_ascii_digit()) || !time.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let numeric_date = ['/', '.', '-'].iter().any(|&sep| {
        let parts: Vec<&str> = date.split(sep).collect();
        parts.len() == 3 && parts.iter().all(|p| is_number(p, 1..=4)) && parts.iter().any(|p| p.len() <= 2)
    });
    let mut clock = time.split(':');
    let hours = clock.next().is_some_and(|h| is_number(h, 1..=2));
    let minutes: Vec<&str> = clock.collect();
    let clock = hours && (1..=2).contains(&minutes.len()) && minutes.iter().all(|m| is_number(m, 2..=2));
    if !(numeric_date && clock) {
        return None;
    }
    let after_time = line.find(time)? + time.len();
    let rest = &line[after_time..];
    let meridiem = rest
        .split_whitespace()
        .next()
        .filter(|w| matches!(w.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m." | "p.m."));
    Some(match meridiem {
        Some(m) => after_time + rest.find(m)? + m.len(),
        None => after_time,
    })
}

/// A print's page footer: "https://site/path 2 of 3", "https://site/path 2/3", "Page 2 of 3",
/// "2 of 3", "2/3".
fn is_page_footer(line: &str) -> bool {
    // (Every footer below starts with a digit, "http" or "Page": most lines are turned away here.)
    if !matches!(line.trim_start().as_bytes().first(), Some(b'0'..=b'9' | b'h' | b'P' | b'p')) {
        return false;
    }
    // "N of M" with the print's date and time after it (a Firefox print's footer).
    let mut parts = line.trim().splitn(4, ' ');
    if let (Some(n), Some("of"), Some(m), Some(stamp)) = (parts.next(), parts.next(), parts.next(), parts.next()) {
        let page = is_number(n, 1..=3) && is_number(m, 1..=3) && n.parse::<u32>().ok() <= m.parse::<u32>().ok();
        if page && print_header_prefix(stamp) == Some(stamp.len()) {
            return true;
        }
    }
    // A footer has at most four words: a line with more is none, however long it goes on.
    let mut first = [""; 5];
    let mut n = 0;
    for w in line.split_whitespace() {
        if n == first.len() {
            return false;
        }
        first[n] = w;
        n += 1;
    }
    let words = &first[..n];
    // Page N of M: N no more than M.
    let pages =
        |n: &str, m: &str| is_number(n, 1..=3) && is_number(m, 1..=3) && n.parse::<u32>().ok() <= m.parse::<u32>().ok();
    let page_of = |w: &[&str]| match w {
        [n, "of", m] => pages(n, m),
        [n_of_m] => n_of_m.split_once('/').is_some_and(|(n, m)| pages(n, m)),
        _ => false,
    };
    match words {
        [url, rest @ ..] if url.starts_with("http://") || url.starts_with("https://") => page_of(rest),
        ["Page" | "page", n] if is_number(n, 1..=3) => true,
        ["Page" | "page", rest @ ..] => page_of(rest),
        rest => page_of(rest),
    }
}

fn is_number(s: &str, digits: std::ops::RangeInclusive<usize>) -> bool {
    digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_print_is_rejoined_without_its_furniture() {
        let block = "1/5/24, 10:02 AM A Title | Site\n\
                     A Title\n\
                     by Jane Roe\n\
                     The first paragraph of the article runs over several lines of the\n\
                     print, and one word is hyphenated across a line break: the intelli-\n\
                     gence services said so. It goes on for one more line of text here.\n\
                     https://example.org/a-title 1 of 2\n\
                     1/5/24, 10:02 AM A Title | Site\n\
                     and ends on this short line.\n\
                     A second paragraph begins here and is long enough to be wrapped too,\n\
                     like the first one was when the page was printed to a PDF file.";
        let out = reflow(block, None, true);
        assert_eq!(out[0], "1/5/24, 10:02 AM A Title | Site");
        assert_eq!(out[1], "A Title");
        assert_eq!(out[2], "by Jane Roe");
        assert!(out[3].contains("the intelligence services said so"), "{out:?}");
        assert!(out[3].ends_with("one more line of text here. and ends on this short line."), "{out:?}");
        assert!(out[4].starts_with("A second paragraph"), "{out:?}");
        assert_eq!(out.len(), 5, "{out:?}");
    }

    #[test]
    fn a_print_wrapped_throughout_is_rejoined_block_by_block() {
        let blocks: Vec<String> = [
            "1/5/24, 10:02 AM A Title That Runs Long | Site\nMENU\nPolicy Analysis / PolicyWatch 3841\n\
             A Long Title That Runs All the Way Across the Width\nof Two Lines of the Print\nby Jane Roe, John Doe\nJan 25, 2024",
            "When the forces seized a car carrier in the Red Sea two\nmonths ago, many in the capital assumed that the\n\
             episode would be a one-off, a passing gesture that would\nfade soon enough.",
            "The campaign opened with a boarding. On 19 November, the\ncommandos landed by helicopter on the\n\
             https://example.org/a-title 1 of 2\n1/5/24, 10:02 AM A Title That Runs Long | Site\n\
             deck of the carrier and took its crew of twenty-five to the port.",
            "Missile and drone attacks followed within a few weeks, and\nby the middle of December the largest shipping lines\n\
             had begun to send their vessels around the Cape instead.",
        ]
        .map(String::from)
        .to_vec();
        let out = reflow_all(&blocks);
        assert_eq!(
            out,
            vec![
                "1/5/24, 10:02 AM A Title That Runs Long | Site",
                "MENU",
                "Policy Analysis / PolicyWatch 3841",
                // A title's first line must fill the wrap to be joined to its second.
                "A Long Title That Runs All the Way Across the Width of Two Lines of the Print",
                "by Jane Roe, John Doe",
                "Jan 25, 2024",
                "When the forces seized a car carrier in the Red Sea two months ago, many in the capital assumed \
                 that the episode would be a one-off, a passing gesture that would fade soon enough.",
                "The campaign opened with a boarding. On 19 November, the commandos landed by helicopter on the deck \
                 of the carrier and took its crew of twenty-five to the port.",
                "Missile and drone attacks followed within a few weeks, and by the middle of December the largest \
                 shipping lines had begun to send their vessels around the Cape instead.",
            ]
        );
    }

    #[test]
    fn blocks_that_are_not_wrapped_stay() {
        for block in ["One line.", "- Item one\n- Item two\n- Item three\n- Item four", "Short\nlines\nonly\nhere"] {
            assert_eq!(reflow(block, None, true), vec![block.to_string()]);
        }
        assert!(is_page_footer("Page 3 of 7") && is_page_footer("3 of 7") && !is_page_footer("one of them"));
        assert!(!is_print_header("On 2/2/23, 9:14 AM the shelling began"));
        assert_eq!(print_header_title("2/2/23, 9:14 AM A Title | Site"), Some("A Title | Site"));
    }

    #[test]
    fn a_firefox_print_footer_then_header_inside_a_sentence() {
        assert!(is_page_footer("2 of 4 3/7/26, 9:15 AM"));
        assert!(!is_page_footer("2 of 4 teachers were hurt"));
        assert!(is_print_header("Salt and Sand | Gulf Review https://example.org/salt-and-sand"));
        assert_eq!(
            print_header_title("Salt and Sand | Gulf Review https://example.org/x"),
            Some("Salt and Sand | Gulf Review")
        );
        assert!(!is_print_header("The report is online. See it | here https://example.org/report"));
        let block = "Salt and Sand | Gulf Review https://example.org/salt-and-sand
The port authority said on March 2 that three dockworkers had been held
overnight by customs police, and that the ministry would open an inquiry into
the seizure of the cargo, which it valued at more than two million dollars,
and the arrest of the
2 of 4 3/7/26, 9:15 AM
Salt and Sand | Gulf Review https://example.org/salt-and-sand
ship's master, who was released the next day on bail pending the hearing.";
        let out = reflow(block, Some(78), true);
        assert_eq!(out[0], "Salt and Sand | Gulf Review https://example.org/salt-and-sand");
        assert!(out[1].contains("the arrest of the ship's master, who was released"), "{out:?}");
        assert_eq!(out.len(), 2);
        let block = "The port authority said on March 2 that three dockworkers had been held
overnight by customs police, and that the ministry would open an inquiry.
Arrests at the Port
The ship's master was released the next day on bail pending the hearing in
the capital, where the case will be heard by a judge.";
        let out = reflow(block, Some(78), false);
        assert_eq!(out[1], "Arrests at the Port", "{out:?}");
    }

    #[test]
    fn print_furniture_in_other_locales_and_clocks() {
        for (line, title) in [
            ("14/03/2024, 16:05 A Title | Site", "A Title | Site"),
            ("14.03.24, 16:05 A Title | Site", "A Title | Site"),
            ("2024-03-14 16:05:09 A Title | Site", "A Title | Site"),
            ("3/14/24, 4:05 pm A Title | Site", "A Title | Site"),
            ("3/14/24, 4:05 p.m. A Title | Site", "A Title | Site"),
        ] {
            assert_eq!(print_header_title(line), Some(title), "{line}");
        }
        // A year alone, a time with no date, a reference number are no header.
        for line in ["2024 16:05 A Title", "16:05 A Title | Site", "1234/5678/9012, 16:05 A Title"] {
            assert!(!is_print_header(line), "{line}");
        }
        for line in ["https://example.org/a-title 2/3", "Page 2 of 3", "Page 2/3", "2/3", "page 4"] {
            assert!(is_page_footer(line), "{line}");
        }
        for line in ["2/3 of the fighters", "https://example.org/a-title", "Page one", "24/7"] {
            assert!(!is_page_footer(line), "{line}");
        }
        // A European print, whose first page opens with the bare page title: the time-stamped
        // header and the "URL N/M" footer at the page break go, and the sentence is rejoined.
        let blocks: Vec<String> = [
            "A Title | Site",
            "The second paragraph of the article runs over several lines of the print,\n\
             which a browser printed to a file and a converter turned back into text,\n\
             and one of its sentences is broken by the page break that falls after the\n\
             https://example.org/a-title 1/2\n\
             14/03/2024, 16:05 A Title | Site\n\
             word \"the\" on this line, which ends the paragraph.",
        ]
        .map(String::from)
        .to_vec();
        let out = reflow_all(&blocks);
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(out[1].ends_with("falls after the word \"the\" on this line, which ends the paragraph."), "{out:?}");
    }
}
