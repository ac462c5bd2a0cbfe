//! Calendar basics: month and weekday names, day arithmetic, and parsing a whole date line.

/// Month number (1–12) for an English month name or abbreviation ("Nov", "Sept.", "november").
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let mut buf = [0u8; 9];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let m = match &*lower {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sep" | b"sept" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// A named holiday that dates what happens "over" or "during" it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    EidAlAdha,
    EidAlFitr,
    Ramadan,
    Muharram,
    Ashura,
    Nowruz,
    Christmas,
    FeastOfTheCross,
    /// The first of January ("New Year's Day"; "New Year's Eve" is its eve).
    NewYear,
    /// Western Easter Sunday shifted by `offset` days ("Good Friday" -2, "Easter Monday" 1).
    Easter {
        offset: i8,
    },
}

/// (month, day) of Western (Gregorian) Easter Sunday in year `y` (the anonymous Gregorian
/// algorithm).
pub fn easter(y: i32) -> (u32, u32) {
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month as u32, day as u32)
}

/// First year of the table of movable (Islamic) holidays below.
const ISLAMIC_FROM: i32 = 2015;
/// (month, day) of Eid al-Adha, Eid al-Fitr, the first of Ramadan and Ashura in each Gregorian
/// year from [`ISLAMIC_FROM`] (the day may differ by one from country to country, so only the
/// month is used: "Over the Eid al-Adha holiday" in 2024 is June).
const ISLAMIC: &[[(u32, u32); 4]] = &[
    [(9, 24), (7, 17), (6, 18), (10, 24)],
    [(9, 12), (7, 6), (6, 6), (10, 12)],
    [(9, 1), (6, 25), (5, 27), (10, 1)],
    [(8, 21), (6, 15), (5, 16), (9, 20)],
    [(8, 11), (6, 4), (5, 6), (9, 10)],
    [(7, 31), (5, 24), (4, 24), (8, 30)],
    [(7, 20), (5, 13), (4, 13), (8, 19)],
    [(7, 9), (5, 2), (4, 2), (8, 8)],
    [(6, 28), (4, 21), (3, 23), (7, 28)],
    [(6, 16), (4, 10), (3, 11), (7, 16)],
    [(6, 6), (3, 30), (3, 1), (7, 6)],
    [(5, 27), (3, 20), (2, 18), (6, 25)],
    [(5, 16), (3, 9), (2, 8), (6, 15)],
    [(5, 5), (2, 26), (1, 28), (6, 4)],
    [(4, 24), (2, 14), (1, 16), (5, 24)],
    [(4, 13), (2, 4), (1, 6), (5, 13)],
];

/// The holiday a capitalised word (and the one after it) names: "Eid al-Adha", "Eid al-Fitr",
/// "Ramadan", "Muharram", "Ashura", "Nowruz", "Christmas"; "Feast" only before "of the Cross"
/// (checked by the caller). Returns the holiday and how many words it takes.
pub fn holiday_name(word: &str, next: &str) -> Option<(Holiday, usize)> {
    // (The next word lowercased only after "Eid", "Easter" or "Good".)
    let next = || next.to_ascii_lowercase();
    Some(match word {
        "Eid" if next().contains("adha") || next().contains("adhha") => (Holiday::EidAlAdha, 2),
        "Eid" if next().contains("fitr") => (Holiday::EidAlFitr, 2),
        "Ramadan" | "Ramazan" => (Holiday::Ramadan, 1),
        "Muharram" => (Holiday::Muharram, 1),
        "Ashura" | "Ashoura" => (Holiday::Ashura, 1),
        "Nowruz" | "Newroz" | "Norouz" | "Nawruz" => (Holiday::Nowruz, 1),
        "Christmas" => (Holiday::Christmas, 1),
        // "Easter Monday" is Easter's Monday, never a weekday counted from the date line.
        "Easter" if next() == "monday" => (Holiday::Easter { offset: 1 }, 2),
        "Easter" if next() == "sunday" => (Holiday::Easter { offset: 0 }, 2),
        "Easter" => (Holiday::Easter { offset: 0 }, 1),
        "Good" if next() == "friday" => (Holiday::Easter { offset: -2 }, 2),
        _ => return None,
    })
}

/// The holiday's date in Gregorian year `y`: (month, day, whether the day is sure). Movable
/// holidays are known only for the years of the table, and only to the month.
pub fn holiday_date(h: Holiday, y: i32) -> Option<(u32, u32, bool)> {
    let row = || ISLAMIC.get(usize::try_from(y - ISLAMIC_FROM).ok()?);
    Some(match h {
        Holiday::Nowruz => (3, 21, true),
        Holiday::Christmas => (12, 25, true),
        Holiday::FeastOfTheCross => (9, 14, true),
        Holiday::NewYear => (1, 1, true),
        Holiday::Easter { offset } => {
            let (m, d) = easter(y);
            let (_, mm, dd) = civil_from_days(days_from_civil(y, m, d) + i64::from(offset));
            (mm, dd, true)
        }
        Holiday::EidAlAdha => (row()?[0].0, row()?[0].1, false),
        Holiday::EidAlFitr => (row()?[1].0, row()?[1].1, false),
        // Most of the month of fasting: its middle.
        Holiday::Ramadan => {
            let (m, d) = row()?[2];
            let (_, mm, dd) = civil_from_days(days_from_civil(y, m, d) + 14);
            (mm, dd, false)
        }
        // The first of Muharram is nine days before Ashura, the tenth.
        Holiday::Muharram => {
            let (m, d) = row()?[3];
            let (_, mm, dd) = civil_from_days(days_from_civil(y, m, d) - 9);
            (mm, dd, false)
        }
        Holiday::Ashura => (row()?[3].0, row()?[3].1, false),
    })
}

/// Weekday number, Monday = 0.
pub fn weekday_number(word: &str) -> Option<u32> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|p| p as u32)
}

/// The day of the month of the `nth` weekday `wd` (Monday 0) of month `m` of year `y`: the first
/// (`nth` 1), second, …, or the last (`nth` -1). None when the month has no such day.
pub fn nth_weekday_of_month(y: i32, m: u32, wd: u32, nth: i32) -> Option<u32> {
    let last = days_in_month(y, m);
    if last == 0 {
        return None;
    }
    let day = if nth < 0 {
        last - (weekday(y, m, last) + 7 - wd) % 7
    } else {
        1 + (wd + 7 - weekday(y, m, 1)) % 7 + 7 * (u32::try_from(nth).ok()?.checked_sub(1)?)
    };
    (day <= last).then_some(day)
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Is (y, m, d) a real calendar day in a plausible range?
pub fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1800..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// Weekday of a date, Monday = 0.
pub fn weekday(y: i32, m: u32, d: u32) -> u32 {
    (days_from_civil(y, m, d) + 3).rem_euclid(7) as u32
}

/// A full date at the start of `s`: "Nov 9, 2021", "November 9 2021", "9 November 2021",
/// "2021-11-09", "09.11.2021", "9/11/2021" or "11/9/2021" when only one reading is a date
/// (`numeric_date`). Returns (y, m, d) and the byte length matched.
pub fn parse_full_date_prefix(s: &str) -> Option<((i32, u32, u32), usize)> {
    let words = word_spans(s, 4);
    // ISO.
    if let Some(&(a, b)) = words.first() {
        let iso = s[a..b].trim_end_matches([',', '.']);
        let mut parts = iso.split('-');
        if let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) {
            if y.len() == 4 {
                if let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) {
                    if valid_ymd(y, m, d) {
                        // "2021-1-9" is shorter than ten bytes: the date ends where the word does.
                        return Some(((y, m, d), a + iso.len()));
                    }
                }
            }
        }
    }
    // Numeric: "19.03.2084" (day first, as dots are written), "23/3/2082" or "3/23/2082" when
    // only one reading is a date ("3/4/2082" could be either, and is none).
    if let Some(&(0, b)) = words.first() {
        let numeric = s[..b].trim_end_matches([',', '.']);
        if let Some(ymd) = numeric_date(numeric) {
            return Some((ymd, numeric.len()));
        }
    }
    if words.len() < 3 || words[0].0 != 0 {
        return None;
    }
    let w = |i: usize| s[words[i].0..words[i].1].trim_end_matches(',');
    let num = |x: &str| x.trim_end_matches(['.', ',']).parse::<u32>().ok();
    let year = || num(w(2)).filter(|_| w(2).len() == 4).map(|y| y as i32);
    // Month D, YYYY
    if let Some(m) = month_number(w(0)) {
        if let (Some(d), Some(y)) = (num(w(1)), year()) {
            if valid_ymd(y, m, d) {
                return Some(((y, m, d), words[2].0 + w(2).len()));
            }
        }
    }
    // D Month YYYY
    if let Some(d) = num(w(0)) {
        if let (Some(m), Some(y)) = (month_number(w(1)), year()) {
            if valid_ymd(y, m, d) {
                return Some(((y, m, d), words[2].0 + w(2).len()));
            }
        }
    }
    None
}

/// A day, month and four-digit year in figures, separated by dots (day first) or slashes (in
/// the one order that makes a date).
fn numeric_date(t: &str) -> Option<(i32, u32, u32)> {
    let sep = if t.contains('.') { '.' } else { '/' };
    let mut parts = t.split(sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let small = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit());
    if parts.next().is_some() || !small(a) || !small(b) || y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (d, m) = match sep {
        '.' => (a, b),
        _ if a > 12 && b <= 12 => (a, b),
        _ if b > 12 && a <= 12 => (b, a),
        _ => return None,
    };
    valid_ymd(y, m, d).then_some((y, m, d))
}

/// Weekday number (Monday = 0) for a full or abbreviated weekday name ("Wednesday", "Wed",
/// "Tues.", "Thurs").
pub fn weekday_name(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    weekday_number(w).or_else(|| {
        const SHORT: [&[&str]; 7] =
            [&["mon"], &["tue", "tues"], &["wed"], &["thu", "thur", "thurs"], &["fri"], &["sat"], &["sun"]];
        SHORT.iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(w))).map(|p| p as u32)
    })
}

/// A block that is nothing but a date (allowing trailing punctuation), maybe with its weekday
/// before it ("Wednesday, 9 October 2024", "Wed 9 Oct 2024") or after it in brackets or after a
/// comma ("October 9, 2024 (Wednesday)"). A weekday that disagrees with the date does not stop
/// the line being a date line (see [`date_line_weekday`]).
pub fn parse_date_line(s: &str) -> Option<(i32, u32, u32)> {
    date_line_parts(s).map(|(ymd, _)| ymd)
}

/// The weekday a date line names, if any, with the date: `Some((ymd, Some(wd)))`.
pub fn date_line_weekday(s: &str) -> Option<((i32, u32, u32), Option<u32>)> {
    date_line_parts(s)
}

fn date_line_parts(s: &str) -> Option<((i32, u32, u32), Option<u32>)> {
    let t = s.trim();
    let first = t.split([' ', ',']).next().unwrap_or("");
    let lead = weekday_name(first).filter(|_| !first.is_empty());
    let t = match lead {
        Some(_) => t[first.len()..].trim_start_matches([',', ' ']),
        None => t,
    };
    let (ymd, len) = parse_full_date_prefix(t)?;
    let punct = |c: char| c.is_whitespace() || c == '.' || c == ',' || c == '|';
    let rest = t[len..].trim_matches(punct);
    if rest.is_empty() {
        return Some((ymd, lead));
    }
    if lead.is_some() {
        return None;
    }
    let inner = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(rest).trim();
    weekday_name(inner).map(|wd| (ymd, Some(wd)))
}

/// Byte ranges of the first `n` whitespace-separated words.
fn word_spans(s: &str, n: usize) -> Vec<(usize, usize)> {
    crate::scan::runs(s, &crate::scan::NON_SPACE).take(n).collect()
}

pub fn fmt_ymd(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_dates_only_where_one_reading_is_a_date() {
        assert_eq!(parse_date_line("19.03.2084"), Some((2084, 3, 19)));
        assert_eq!(parse_date_line("03.04.2084"), Some((2084, 4, 3)));
        assert_eq!(parse_full_date_prefix("23/3/2082 removed"), Some(((2082, 3, 23), 9)));
        assert_eq!(parse_date_line("3/23/2082"), Some((2082, 3, 23)));
        assert_eq!(parse_date_line("3/4/2082"), None);
        assert_eq!(parse_date_line("2/2/23"), None);
        assert_eq!(parse_date_line("31.02.2084"), None);
        assert_eq!(parse_date_line("1.5.20845"), None);
    }

    #[test]
    fn nth_weekdays_of_a_month() {
        // March 2026 begins on a Sunday.
        assert_eq!(nth_weekday_of_month(2026, 3, 6, -1), Some(29));
        assert_eq!(nth_weekday_of_month(2026, 3, 6, 1), Some(1));
        assert_eq!(nth_weekday_of_month(2026, 3, 4, 2), Some(13));
        assert_eq!(nth_weekday_of_month(2026, 3, 0, 5), Some(30));
        assert_eq!(nth_weekday_of_month(2026, 2, 0, 5), None);
    }

    #[test]
    fn date_lines() {
        assert_eq!(parse_date_line("Nov 9, 2021"), Some((2021, 11, 9)));
        assert_eq!(parse_date_line("February 16, 2022"), Some((2022, 2, 16)));
        assert_eq!(parse_date_line("9 November 2021"), Some((2021, 11, 9)));
        assert_eq!(parse_date_line("2020-05-19"), Some((2020, 5, 19)));
        assert_eq!(parse_date_line("Feb 30, 2021"), None);
        assert_eq!(parse_date_line("Nov 9, 2021 was a day"), None);
        assert_eq!(parse_date_line("Nov 9, 2021 Monday, June 3"), None);
    }

    #[test]
    fn date_lines_with_a_weekday() {
        assert_eq!(parse_date_line("Thursday, 12 March 2026"), Some((2026, 3, 12)));
        assert_eq!(parse_date_line("Thu 12 Mar 2026"), Some((2026, 3, 12)));
        assert_eq!(parse_date_line("Thurs., March 12, 2026"), Some((2026, 3, 12)));
        assert_eq!(parse_date_line("12 March 2026"), Some((2026, 3, 12)));
        assert_eq!(parse_date_line("March 12, 2026 (Thursday)"), Some((2026, 3, 12)));
        assert_eq!(parse_date_line("March 12, 2026, Thursday"), Some((2026, 3, 12)));
        assert_eq!(date_line_weekday("Thursday, 12 March 2026"), Some(((2026, 3, 12), Some(3))));
        // A weekday that disagrees is still a date line; the caller may say so.
        assert_eq!(date_line_weekday("Monday, 12 March 2026"), Some(((2026, 3, 12), Some(0))));
        assert_eq!(parse_date_line("Thursday, the day after"), None);
        assert_eq!(parse_date_line("Sunday 12 March 2026 was quiet"), None);
        let (ymd, len) = parse_full_date_prefix("February 16, 2022, starting at noon").unwrap();
        assert_eq!((ymd, len), ((2022, 2, 16), 17));
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(weekday(2021, 11, 9), 1); // a Tuesday
        for z in [-1000, 0, 18_940, 40_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }
}
