//! Pure formatting helpers for the views: dates honest about their precision, link safety, labels.

use atlas_core::{DateBasis, Event, EventDate, EventKind, GeoPrecision, Precision};

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The numeric parts of a `YYYY[-MM[-DD]]` value; `None` when it is not one.
fn parts(value: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let mut it = value.split('-');
    let year = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = match it.next() {
        Some(m) => Some(m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match it.next() {
        Some(d) => Some(d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some((year, month, day))
}

/// Human form of one `YYYY[-MM[-DD]]` value, never more precise than it is:
/// `2021-11-07` → "Nov 7, 2021", `2020-04` → "April 2020", `2018` → "2018".
/// Anything else is shown as written.
pub fn human_date(value: &str) -> String {
    match parts(value) {
        Some((y, Some(m), Some(d))) => format!("{} {d}, {y}", MONTHS[(m - 1) as usize]),
        Some((y, Some(m), None)) => format!("{} {y}", MONTHS_LONG[(m - 1) as usize]),
        Some((y, None, _)) => y.to_string(),
        None => value.to_string(),
    }
}

/// Human form of an event date, with its end when it is a range.
pub fn human_event_date(date: &EventDate) -> String {
    match &date.end {
        Some(end) if end != &date.start => {
            format!("{} – {}", human_date(&date.start), human_date(end))
        }
        _ => human_date(&date.start),
    }
}

/// The normalised value of an event date (`2021-11-07`, `2020-04/2020-06`).
pub fn normalised(date: &EventDate) -> String {
    match &date.end {
        Some(end) if end != &date.start => format!("{}/{}", date.start, end),
        _ => date.start.clone(),
    }
}

pub fn precision_word(p: Precision) -> &'static str {
    match p {
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    }
}

pub fn basis_words(b: DateBasis) -> &'static str {
    match b {
        DateBasis::Explicit => "stated in the text",
        DateBasis::Context => "resolved from the surrounding text",
        DateBasis::Publication => "resolved against the publication date",
    }
}

/// Tooltip for a date: normalised value, precision and how it was resolved.
pub fn date_tooltip(date: &EventDate) -> String {
    format!("{} · {} precision · {}", normalised(date), precision_word(date.precision), basis_words(date.basis))
}

pub fn geo_precision_word(p: GeoPrecision) -> &'static str {
    match p {
        GeoPrecision::Exact => "exact",
        GeoPrecision::District => "district",
        GeoPrecision::City => "city",
        GeoPrecision::Region => "region",
        GeoPrecision::Country => "country",
    }
}

/// "Attack" for `EventKind::Attack`.
pub fn kind_title(kind: EventKind) -> String {
    let s = kind.as_str();
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Short label of an event as read out by assistive technology: "attack, 2021-11-07".
pub fn event_label(ev: &Event) -> String {
    match &ev.date {
        Some(d) => format!("{}, {}", ev.kind.as_str(), normalised(d)),
        None => format!("{}, undated", ev.kind.as_str()),
    }
}

/// Earliest and latest day an event date can cover, as `YYYY-MM-DD` strings that sort
/// correctly: `2020-04` → (`2020-04-01`, `2020-04-31`). Day 31 for every month is fine
/// for comparisons.
pub fn date_bounds(date: &EventDate) -> (String, String) {
    fn lo(v: &str) -> String {
        match parts(v) {
            Some((y, Some(m), Some(d))) => format!("{y:04}-{m:02}-{d:02}"),
            Some((y, Some(m), None)) => format!("{y:04}-{m:02}-01"),
            Some((y, None, _)) => format!("{y:04}-01-01"),
            None => v.to_string(),
        }
    }
    fn hi(v: &str) -> String {
        match parts(v) {
            Some((y, Some(m), Some(d))) => format!("{y:04}-{m:02}-{d:02}"),
            Some((y, Some(m), None)) => format!("{y:04}-{m:02}-31"),
            Some((y, None, _)) => format!("{y:04}-12-31"),
            None => v.to_string(),
        }
    }
    let end = date.end.as_deref().unwrap_or(&date.start);
    (lo(&date.start), hi(end))
}

/// What a link's `href` may become in the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafeHref {
    /// `http:`/`https:` (or protocol-relative): opens in a new tab, no referrer.
    External(String),
    /// A relative path or `mailto:`: a plain link.
    Local(String),
    /// Missing, empty, a bare `#`, or any other scheme: rendered inert.
    Inert,
}

/// Classify an `href` defensively (the pipeline already drops unsafe schemes; the view
/// checks again). Control characters, which browsers strip before reading the scheme,
/// make a link inert.
pub fn classify_href(href: Option<&str>) -> SafeHref {
    let Some(raw) = href else {
        return SafeHref::Inert;
    };
    let h = raw.trim();
    if h.is_empty() || h == "#" || h.chars().any(|c| c.is_control()) {
        return SafeHref::Inert;
    }
    if h.starts_with("//") {
        return SafeHref::External(h.to_string());
    }
    let scheme_end = h.find(':');
    let path_start = h.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(c), p) if p.is_none_or(|p| c < p) => match h[..c].to_ascii_lowercase().as_str() {
            "http" | "https" => SafeHref::External(h.to_string()),
            "mailto" => SafeHref::Local(h.to_string()),
            _ => SafeHref::Inert,
        },
        _ => SafeHref::Local(h.to_string()),
    }
}

/// A URL shown as text: without its scheme and trailing slash.
pub fn display_url(href: &str) -> String {
    let s = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
        .or_else(|| href.strip_prefix("//"))
        .unwrap_or(href);
    s.strip_suffix('/').unwrap_or(s).to_string()
}

/// `n` with the noun in singular or plural: "1 mention", "3 mentions".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(start: &str, end: Option<&str>, precision: Precision) -> EventDate {
        EventDate { start: start.into(), end: end.map(Into::into), precision, text: None, basis: DateBasis::Explicit }
    }

    #[test]
    fn human_dates_keep_their_precision() {
        assert_eq!(human_date("2021-11-07"), "Nov 7, 2021");
        assert_eq!(human_date("2020-04"), "April 2020");
        assert_eq!(human_date("2018"), "2018");
        assert_eq!(human_date("2021-13-01"), "2021-13-01");
        assert_eq!(human_date("soon"), "soon");
        assert_eq!(human_date(""), "");
    }

    #[test]
    fn ranges_and_tooltips() {
        let d = date("2020-04", Some("2020-06"), Precision::Month);
        assert_eq!(human_event_date(&d), "April 2020 – June 2020");
        assert_eq!(normalised(&d), "2020-04/2020-06");
        assert_eq!(date_tooltip(&d), "2020-04/2020-06 · month precision · stated in the text");
        assert_eq!(date_bounds(&d), ("2020-04-01".to_string(), "2020-06-31".to_string()));
        let y = date("2018", None, Precision::Year);
        assert_eq!(date_bounds(&y), ("2018-01-01".to_string(), "2018-12-31".to_string()));
    }

    #[test]
    fn hrefs_are_classified_defensively() {
        use SafeHref::*;
        assert_eq!(classify_href(Some("https://a.org/x")), External("https://a.org/x".into()));
        assert_eq!(classify_href(Some("HTTP://a.org")), External("HTTP://a.org".into()));
        assert_eq!(classify_href(Some("//a.org")), External("//a.org".into()));
        assert_eq!(classify_href(Some("/experts/michael-knights")), Local("/experts/michael-knights".into()));
        assert_eq!(classify_href(Some("a/b:c")), Local("a/b:c".into()));
        assert_eq!(classify_href(Some("mailto:x@y.org")), Local("mailto:x@y.org".into()));
        assert_eq!(classify_href(Some("javascript:alert(1)")), Inert);
        assert_eq!(classify_href(Some(" JavaScript:alert(1)")), Inert);
        assert_eq!(classify_href(Some("java\tscript:alert(1)")), Inert);
        assert_eq!(classify_href(Some("data:text/html,x")), Inert);
        assert_eq!(classify_href(Some("#")), Inert);
        assert_eq!(classify_href(Some("")), Inert);
        assert_eq!(classify_href(None), Inert);
    }

    #[test]
    fn labels() {
        assert_eq!(kind_title(EventKind::Assassination), "Assassination");
        assert_eq!(count(1, "mention", "mentions"), "1 mention");
        assert_eq!(count(3, "mention", "mentions"), "3 mentions");
        assert_eq!(display_url("https://www.rudaw.net/english/"), "www.rudaw.net/english");
    }
}
