//! Time-scale math for the timeline panel: dates as day numbers, honest precision spans, a
//! linear scale with zoom and pan, adaptive ticks, lane packing and brush ranges. Pure.
//!
//! A day is an integer count of days since 1970-01-01 (proleptic Gregorian). A date value is
//! drawn over everything it may mean: `2020-04` covers April 1 up to (not including) May 1,
//! `2018` the whole year — never a fake day. Spans are half-open `[start, end)`.

use std::cmp::Ordering;

use atlas_core::{Event, EventDate};

/// Days since 1970-01-01.
pub type Day = i64;

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

/// The day number of a civil date (H. Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day number.
pub fn civil_from_days(days: Day) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The parts of a `YYYY[-MM[-DD]]` value with a known year; `None` for anything else,
/// including a year written `XXXX` (unknown) and impossible days such as `2021-02-30`.
pub fn value_parts(value: &str) -> Option<(i64, Option<u32>, Option<u32>)> {
    let mut it = value.split('-');
    let y = it.next().filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?;
    let year: i64 = y.parse().ok()?;
    let num = |s: &str| -> Option<u32> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let month = match it.next() {
        Some(m) => Some(num(m).filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match (it.next(), month) {
        (Some(d), Some(m)) => Some(num(d).filter(|d| (1..=days_in_month(year, m)).contains(d))?),
        (Some(_), None) => return None,
        (None, _) => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some((year, month, day))
}

/// The days one value covers: `2020-04` → April 1 .. May 1.
pub fn value_span(value: &str) -> Option<Span> {
    let (y, m, d) = value_parts(value)?;
    let (start, end) = match (m, d) {
        (Some(m), Some(d)) => {
            let s = days_from_civil(y, m, d);
            (s, s + 1)
        }
        (Some(m), None) => (days_from_civil(y, m, 1), days_from_civil(y, m, 1) + days_in_month(y, m) as i64),
        _ => (days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1)),
    };
    Some(Span { start, end })
}

/// A strict `YYYY-MM-DD` value as a day number.
pub fn parse_day(value: &str) -> Option<Day> {
    match value_parts(value)? {
        (y, Some(m), Some(d)) => Some(days_from_civil(y, m, d)),
        _ => None,
    }
}

/// `YYYY-MM-DD` of a day number (what `<input type="date">` and the date filter use).
pub fn format_day(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A half-open range of days `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Day,
    pub end: Day,
}

impl Span {
    pub fn len(&self) -> i64 {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The middle, in fractional days.
    pub fn mid(&self) -> f64 {
        (self.start + self.end) as f64 / 2.0
    }
}

/// Everything an event date may mean, from the start of its first value to the end of its
/// last. `None` when the start is not placeable in time (no year, malformed). An end that is
/// malformed or earlier than the start is ignored.
pub fn event_span(date: &EventDate) -> Option<Span> {
    let first = value_span(&date.start)?;
    let end = date.end.as_deref().and_then(value_span).map(|s| s.end).filter(|&e| e > first.start);
    Some(Span { start: first.start, end: end.unwrap_or(first.end).max(first.end) })
}

/// One value read out in full: "November 7, 2021", "April 2020", "2018"; a value whose
/// year is unknown (`XXXX-05-26`) is "May 26, year unknown".
pub fn spoken_value(value: &str) -> String {
    if let Some(rest) = value.strip_prefix("XXXX-") {
        let mut it = rest.split('-');
        let m = it.next().and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
        let d = it.next().and_then(|d| d.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
        return match (m, d) {
            (Some(m), Some(d)) => format!("{} {d}, year unknown", MONTHS_LONG[m - 1]),
            (Some(m), None) => format!("{}, year unknown", MONTHS_LONG[m - 1]),
            _ => "date unknown".to_string(),
        };
    }
    match value_parts(value) {
        Some((y, Some(m), Some(d))) => format!("{} {d}, {y}", MONTHS_LONG[(m - 1) as usize]),
        Some((y, Some(m), None)) => format!("{} {y}", MONTHS_LONG[(m - 1) as usize]),
        Some((y, None, _)) => y.to_string(),
        None => value.to_string(),
    }
}

/// An event date read out in full, with its end when it is a range.
pub fn spoken_date(date: &EventDate) -> String {
    match &date.end {
        Some(end) if end != &date.start => format!("{} to {}", spoken_value(&date.start), spoken_value(end)),
        _ => spoken_value(&date.start),
    }
}

/// The accessible name of a timeline marker: "attack, November 7, 2021".
pub fn marker_label(ev: &Event) -> String {
    match &ev.date {
        Some(d) => format!("{}, {}", ev.kind.as_str(), spoken_date(d)),
        None => format!("{}, undated", ev.kind.as_str()),
    }
}

/// The events among `indices` that can be placed in time, in chronological order (by start,
/// then end, then text order) — the order of the timeline and of its story mode.
pub fn chronological(events: &[Event], indices: &[usize]) -> Vec<(usize, Span)> {
    let mut v: Vec<(usize, Span)> =
        indices.iter().filter_map(|&i| events.get(i)?.date.as_ref().and_then(event_span).map(|s| (i, s))).collect();
    atlas_core::sort::sort_by_key(&mut v, |a| (a.1.start, a.1.end, a.0));
    v
}

/// The narrowest view (two weeks) and the widest (three centuries), in days.
pub const MIN_SPAN_DAYS: f64 = 14.0;
pub const MAX_SPAN_DAYS: f64 = 365.25 * 300.0;

/// A linear map from days (fractional) `start..end` onto pixels `0..width`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub start: f64,
    pub end: f64,
    pub width: f64,
}

impl Scale {
    /// A scale over `start..end`, widened around its middle to at least [`MIN_SPAN_DAYS`]
    /// and narrowed to at most [`MAX_SPAN_DAYS`].
    pub fn new(start: f64, end: f64, width: f64) -> Scale {
        let (a, b) = if start <= end { (start, end) } else { (end, start) };
        let span = (b - a).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let mid = (a + b) / 2.0;
        Scale { start: mid - span / 2.0, end: mid + span / 2.0, width: width.max(1.0) }
    }

    pub fn span_days(&self) -> f64 {
        self.end - self.start
    }

    pub fn px_per_day(&self) -> f64 {
        self.width / self.span_days()
    }

    /// Pixel position of a (fractional) day.
    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) * self.px_per_day()
    }

    /// The (fractional) day at a pixel position.
    pub fn day_at(&self, x: f64) -> f64 {
        self.start + x / self.px_per_day()
    }

    /// Zoom by `factor` (> 1 zooms in) keeping the day under pixel `at` where it is.
    pub fn zoom(&self, factor: f64, at: f64) -> Scale {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let pivot = self.day_at(at);
        let span = (self.span_days() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let frac = at / self.width;
        Scale { start: pivot - span * frac, end: pivot - span * frac + span, width: self.width }
    }

    /// Move the content `dx` pixels to the right (the view then shows earlier days).
    pub fn pan(&self, dx: f64) -> Scale {
        let d = dx / self.px_per_day();
        Scale { start: self.start - d, end: self.end - d, width: self.width }
    }

    /// The same zoom, centred on `day`.
    pub fn centred_on(&self, day: f64) -> Scale {
        let half = self.span_days() / 2.0;
        Scale { start: day - half, end: day + half, width: self.width }
    }

    /// The same domain on another width.
    pub fn with_width(&self, width: f64) -> Scale {
        Scale { width: width.max(1.0), ..*self }
    }

    /// A scale showing all `spans` with `pad` of the width free at each side; `None` when
    /// there is none.
    pub fn fit(spans: impl IntoIterator<Item = Span>, width: f64, pad: f64) -> Option<Scale> {
        let (lo, hi) = spans.into_iter().fold(None, |acc: Option<(Day, Day)>, s| {
            Some(acc.map_or((s.start, s.end), |(a, b)| (a.min(s.start), b.max(s.end))))
        })?;
        let (lo, hi) = (lo as f64, hi as f64);
        let inner = (hi - lo).max(MIN_SPAN_DAYS * (1.0 - 2.0 * pad));
        let mid = (lo + hi) / 2.0;
        let full = inner / (1.0 - 2.0 * pad).max(0.1);
        Some(Scale::new(mid - full / 2.0, mid + full / 2.0, width))
    }
}

/// The granularity of axis ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Month,
    Year,
}

/// One axis tick: a day boundary with its label; `sub` is a second-row context label (the
/// year under month ticks, the month under day ticks) at period starts and the first tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: Day,
    pub x: f64,
    pub label: String,
    pub sub: Option<String>,
    /// A period start (a year under month ticks, a month under day ticks, every year tick).
    pub major: bool,
}

/// Tick steps from finest to coarsest, with their approximate length in days.
const STEPS: [(Unit, u32, f64); 17] = [
    (Unit::Day, 1, 1.0),
    (Unit::Day, 2, 2.0),
    (Unit::Day, 5, 5.0),
    (Unit::Day, 10, 10.0),
    (Unit::Month, 1, 30.44),
    (Unit::Month, 2, 60.88),
    (Unit::Month, 3, 91.31),
    (Unit::Month, 6, 182.6),
    (Unit::Year, 1, 365.25),
    (Unit::Year, 2, 730.5),
    (Unit::Year, 5, 1826.0),
    (Unit::Year, 10, 3652.0),
    (Unit::Year, 20, 7305.0),
    (Unit::Year, 25, 9131.0),
    (Unit::Year, 50, 18_262.0),
    (Unit::Year, 100, 36_525.0),
    (Unit::Year, 200, 73_050.0),
];

/// The finest step whose ticks are at least `min_gap` pixels apart.
pub fn tick_step(scale: &Scale, min_gap: f64) -> (Unit, u32) {
    let ppd = scale.px_per_day();
    STEPS.iter().find(|(_, _, days)| days * ppd >= min_gap).map_or((Unit::Year, 200), |&(u, k, _)| (u, k))
}

/// Ticks for the visible domain, at least `min_gap` pixels apart: years, months or days
/// depending on the zoom. Second-row labels closer than `sub_gap` to the previous one are
/// dropped so they never overlap.
pub fn ticks(scale: &Scale, min_gap: f64, sub_gap: f64) -> Vec<Tick> {
    let (unit, k) = tick_step(scale, min_gap);
    let first = scale.start.floor() as Day;
    let last = scale.end.ceil() as Day;
    let (y0, m0, _) = civil_from_days(first);
    let mut days: Vec<Day> = Vec::new();
    match unit {
        Unit::Year => {
            let k = i64::from(k);
            let mut y = y0.div_euclid(k) * k;
            while days_from_civil(y, 1, 1) <= last {
                days.push(days_from_civil(y, 1, 1));
                y += k;
            }
        }
        Unit::Month => {
            let (mut y, mut m) = (y0, m0);
            while days_from_civil(y, m, 1) <= last {
                if (m - 1) % k == 0 {
                    days.push(days_from_civil(y, m, 1));
                }
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
        Unit::Day => {
            for d in first..=last {
                let (_, _, dom) = civil_from_days(d);
                if (dom - 1) % k == 0 && dom + k / 2 <= 31 {
                    days.push(d);
                }
            }
        }
    }
    let mut out: Vec<Tick> = Vec::new();
    let mut last_sub: Option<f64> = None;
    for day in days {
        let x = scale.x(day as f64);
        if x < -0.5 || x > scale.width + 0.5 {
            continue;
        }
        let (y, m, d) = civil_from_days(day);
        let first_tick = out.is_empty();
        let (label, major, sub) = match unit {
            Unit::Year => (y.to_string(), true, None),
            Unit::Month => {
                let major = m == 1;
                (MONTHS[(m - 1) as usize].to_string(), major, (major || first_tick).then(|| y.to_string()))
            }
            Unit::Day => {
                let major = d == 1;
                let sub = (major || first_tick).then(|| format!("{} {y}", MONTHS[(m - 1) as usize]));
                (d.to_string(), major, sub)
            }
        };
        let sub = sub.filter(|_| last_sub.is_none_or(|p| x - p >= sub_gap));
        if sub.is_some() {
            last_sub = Some(x);
        }
        out.push(Tick { day, x, label, sub, major });
    }
    out
}

/// Pack pixel intervals `(x0, x1)` into lanes so that no two in a lane come closer than
/// `gap`: each goes, in order of its start, into the first lane free for it. With
/// `max_lanes` lanes full, it joins the lane that frees up earliest (an overlap, never a
/// loss). Returns the lane of each interval (in input order) and the number of lanes used.
pub fn assign_lanes(items: &[(f64, f64)], gap: f64, max_lanes: usize) -> (Vec<usize>, usize) {
    let max_lanes = max_lanes.max(1);
    let mut order: Vec<usize> = (0..items.len()).collect();
    atlas_core::sort::sort_by(&mut order, |&a, &b| {
        items[a].0.partial_cmp(&items[b].0).unwrap_or(Ordering::Equal).then_with(|| a.cmp(&b))
    });
    let mut lane_end: Vec<f64> = Vec::new();
    let mut lanes = vec![0; items.len()];
    for i in order {
        let (x0, x1) = items[i];
        let lane = match lane_end.iter().position(|&end| end + gap <= x0) {
            Some(l) => l,
            None if lane_end.len() < max_lanes => {
                lane_end.push(f64::NEG_INFINITY);
                lane_end.len() - 1
            }
            None => lane_end
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(Ordering::Equal))
                .map_or(0, |(l, _)| l),
        };
        lane_end[lane] = lane_end[lane].max(x1.max(x0));
        lanes[i] = lane;
    }
    (lanes, lane_end.len())
}

/// How an event is drawn: a dot for a single day, a bar over the span otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Dot,
    Bar,
}

/// Where an event's label goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelAt {
    None,
    /// Inside a bar wide enough for it.
    Inside,
    Right,
    /// Left of the mark, when on the right it would run off the chart.
    Left,
}

/// Drawing sizes, in pixels.
pub const DOT_R: f64 = 6.0;
pub const MIN_BAR: f64 = 3.0;
pub const LABEL_PAD: f64 = 4.0;
pub const LANE_GAP: f64 = 6.0;

/// An event to place: its index, its span, and the width of its label (0 for none).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub index: usize,
    pub span: Span,
    pub label_w: f64,
}

/// An event placed on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub shape: Shape,
    /// The drawn extent of the span (for a dot, the day it stands for).
    pub x0: f64,
    pub x1: f64,
    /// The centre of the mark.
    pub cx: f64,
    pub lane: usize,
    pub label: LabelAt,
}

/// The marks of a timeline and the number of lanes they need.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub marks: Vec<Placed>,
    pub lanes: usize,
}

/// Place `items` on `scale`: single days as dots, longer spans as bars over the whole
/// span; labels inside wide bars, else beside the mark; then lanes so that no mark or label
/// hides another. Items entirely farther than `margin` pixels outside the chart are left
/// out. Marks come back in chronological order.
pub fn layout(items: &[Item], scale: &Scale, max_lanes: usize, margin: f64) -> Layout {
    let mut sorted: Vec<&Item> = items.iter().collect();
    atlas_core::sort::sort_by_key(&mut sorted, |a| (a.span.start, a.span.end, a.index));
    let mut marks = Vec::with_capacity(sorted.len());
    let mut extents = Vec::with_capacity(sorted.len());
    for it in sorted {
        let x0 = scale.x(it.span.start as f64);
        let x1 = scale.x(it.span.end as f64);
        let (shape, cx, lo, hi) = if it.span.len() <= 1 {
            let cx = (x0 + x1) / 2.0;
            (Shape::Dot, cx, cx - DOT_R, cx + DOT_R)
        } else {
            let hi = x1.max(x0 + MIN_BAR);
            (Shape::Bar, (x0 + hi) / 2.0, x0, hi)
        };
        let w = it.label_w;
        let label = if w <= 0.0 {
            LabelAt::None
        } else if shape == Shape::Bar && hi - lo >= w + 2.0 * LABEL_PAD + 2.0 {
            LabelAt::Inside
        } else if hi + LABEL_PAD + w > scale.width && lo - LABEL_PAD - w >= 0.0 {
            LabelAt::Left
        } else {
            LabelAt::Right
        };
        let (olo, ohi) = match label {
            LabelAt::Right => (lo, hi + LABEL_PAD + w),
            LabelAt::Left => (lo - LABEL_PAD - w, hi),
            LabelAt::None | LabelAt::Inside => (lo, hi),
        };
        if ohi < -margin || olo > scale.width + margin {
            continue;
        }
        marks.push(Placed { index: it.index, shape, x0, x1: hi.max(x1), cx, lane: 0, label });
        extents.push((olo, ohi));
    }
    let (lanes, n) = assign_lanes(&extents, LANE_GAP, max_lanes);
    for (m, l) in marks.iter_mut().zip(lanes) {
        m.lane = l;
    }
    Layout { marks, lanes: n }
}

/// The inclusive days under a brush dragged between pixels `a` and `b` (either order): from
/// the day under the left edge to the day under the right edge.
pub fn brush_days(scale: &Scale, a: f64, b: f64) -> (Day, Day) {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    let from = scale.day_at(lo).floor() as Day;
    let to = (scale.day_at(hi).floor() as Day).max(from);
    (from, to)
}

/// [`brush_days`] as the `YYYY-MM-DD` pair the date filter takes.
pub fn brush_range(scale: &Scale, a: f64, b: f64) -> (String, String) {
    let (from, to) = brush_days(scale, a, b);
    (format_day(from), format_day(to))
}

/// The pixel extent of an inclusive date range (`from` and `to` may be any precision; `to`
/// counts to its end): `None` when either end is not a date.
pub fn range_px(scale: &Scale, from: &str, to: &str) -> Option<(f64, f64)> {
    let a = value_span(from)?.start;
    let b = value_span(to)?.end;
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    Some((scale.x(a as f64), scale.x(b as f64)))
}

/// Width of a label in pixels, estimated from its length (11px sans-serif).
pub fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * 6.3 + 2.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::{DateBasis, Precision};

    fn day(s: &str) -> Day {
        parse_day(s).unwrap_or_else(|| panic!("not a day: {s}"))
    }

    fn date(start: &str, end: Option<&str>, precision: Precision) -> EventDate {
        EventDate { start: start.into(), end: end.map(Into::into), precision, text: None, basis: DateBasis::Explicit }
    }

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for d in (-800_000..800_000).step_by(997) {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(format_day(day("2021-11-07")), "2021-11-07");
        assert_eq!(day("2021-03-01") - day("2021-02-28"), 1);
        assert_eq!(day("2020-03-01") - day("2020-02-28"), 2);
    }

    #[test]
    fn values_are_strict() {
        assert_eq!(value_parts("2020-04"), Some((2020, Some(4), None)));
        assert_eq!(value_parts("2021-02-29"), None);
        assert_eq!(value_parts("2020-02-29"), Some((2020, Some(2), Some(29))));
        assert_eq!(value_parts("XXXX-05-26"), None);
        assert_eq!(value_parts("2020-13"), None);
        assert_eq!(value_parts("20-01-01"), None);
        assert_eq!(value_parts("2020-01-01-01"), None);
        assert_eq!(value_parts("2020--01"), None);
        assert_eq!(value_parts("+020-01"), None);
        assert_eq!(parse_day("2020-04"), None);
    }

    #[test]
    fn precision_spans_are_honest() {
        let month = event_span(&date("2020-04", None, Precision::Month)).expect("month");
        assert_eq!((month.start, month.end), (day("2020-04-01"), day("2020-05-01")));
        assert_eq!(month.len(), 30);
        let feb = event_span(&date("2020-02", None, Precision::Month)).expect("feb");
        assert_eq!(feb.len(), 29);
        let year = event_span(&date("2018", None, Precision::Year)).expect("year");
        assert_eq!((year.start, year.end), (day("2018-01-01"), day("2019-01-01")));
        assert_eq!(year.len(), 365);
        let d = event_span(&date("2021-11-07", None, Precision::Day)).expect("day");
        assert_eq!((d.start, d.len()), (day("2021-11-07"), 1));
        let range = event_span(&date("2020-04", Some("2020-06"), Precision::Month)).expect("range");
        assert_eq!((range.start, range.end), (day("2020-04-01"), day("2020-07-01")));
        let backwards = event_span(&date("2020-04", Some("2019"), Precision::Month)).expect("backwards");
        assert_eq!(backwards, month);
        assert_eq!(event_span(&date("XXXX-05-26", None, Precision::Day)), None);
        assert_eq!(event_span(&date("", None, Precision::Day)), None);
    }

    #[test]
    fn spoken_dates() {
        assert_eq!(spoken_value("2021-11-07"), "November 7, 2021");
        assert_eq!(spoken_value("2020-04"), "April 2020");
        assert_eq!(spoken_value("2018"), "2018");
        assert_eq!(spoken_value("XXXX-05-26"), "May 26, year unknown");
        assert_eq!(spoken_date(&date("2020-04", Some("2020-06"), Precision::Month)), "April 2020 to June 2020");
    }

    #[test]
    fn scale_maps_zooms_and_pans() {
        let s = Scale::new(0.0, 100.0, 500.0);
        assert_eq!(s.x(50.0), 250.0);
        assert_eq!(s.day_at(250.0), 50.0);
        let z = s.zoom(2.0, 100.0);
        assert!((z.span_days() - 50.0).abs() < 1e-9);
        assert!((z.day_at(100.0) - s.day_at(100.0)).abs() < 1e-9, "the day under the cursor stays");
        let p = s.pan(50.0);
        assert!((p.start + 10.0).abs() < 1e-9, "dragging right shows earlier days");
        assert!(s.zoom(1e9, 0.0).span_days() >= MIN_SPAN_DAYS);
        assert!(s.zoom(1e-9, 0.0).span_days() <= MAX_SPAN_DAYS);
        assert_eq!(Scale::new(10.0, 10.0, 100.0).span_days(), MIN_SPAN_DAYS);
        let c = s.centred_on(1000.0);
        assert_eq!((c.start, c.end), (950.0, 1050.0));
    }

    #[test]
    fn fit_pads_all_spans() {
        let spans = [Span { start: 100, end: 101 }, Span { start: 300, end: 400 }];
        let f = Scale::fit(spans, 600.0, 0.05).expect("fit");
        assert!(f.x(100.0) > 0.0 && f.x(400.0) < 600.0);
        assert!((f.x(100.0) - 30.0).abs() < 1e-6);
        assert!(Scale::fit([], 600.0, 0.05).is_none());
        let one = Scale::fit([Span { start: 5, end: 6 }], 600.0, 0.05).expect("one");
        assert!(one.span_days() >= MIN_SPAN_DAYS);
        assert!((one.x(5.5) - 300.0).abs() < 1e-6);
    }

    #[test]
    fn ticks_adapt_to_zoom() {
        // Four years on 500px: yearly ticks.
        let years = Scale::new(day("2018-01-01") as f64, day("2022-01-01") as f64, 500.0);
        let t = ticks(&years, 50.0, 60.0);
        assert_eq!(tick_step(&years, 50.0), (Unit::Month, 6));
        let t_years: Vec<&str> = t.iter().filter(|t| t.major).map(|t| t.label.as_str()).collect();
        assert_eq!(t_years, vec!["Jan", "Jan", "Jan", "Jan", "Jan"]);
        assert_eq!(t[0].sub.as_deref(), Some("2018"));
        let coarse = ticks(&years, 120.0, 60.0);
        let labels: Vec<&str> = coarse.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["2018", "2019", "2020", "2021", "2022"]);
        assert_eq!(coarse[1].x, years.x(day("2019-01-01") as f64));

        // One year: months.
        let year = Scale::new(day("2020-01-01") as f64, day("2021-01-01") as f64, 600.0);
        assert_eq!(tick_step(&year, 44.0), (Unit::Month, 1));
        let m = ticks(&year, 44.0, 60.0);
        assert_eq!(m.len(), 13);
        assert_eq!(m[3].label, "Apr");
        assert_eq!(m[0].sub.as_deref(), Some("2020"));
        assert_eq!(m[12].sub.as_deref(), Some("2021"));
        assert!(m[1..12].iter().all(|t| t.sub.is_none()));

        // Three weeks: days, the month named at the first tick and at the 1st.
        let weeks = Scale::new(day("2021-10-25") as f64, day("2021-11-15") as f64, 600.0);
        assert_eq!(tick_step(&weeks, 44.0).0, Unit::Day);
        let d = ticks(&weeks, 44.0, 60.0);
        assert_eq!(d[0].sub.as_deref(), Some("Oct 2021"));
        let nov1 = d.iter().find(|t| t.day == day("2021-11-01")).expect("Nov 1 tick");
        assert!(nov1.major);
        assert_eq!(nov1.sub.as_deref(), Some("Nov 2021"));
        assert!(d.windows(2).all(|w| w[1].x - w[0].x >= 44.0 - 1e-9));

        // Centuries never loop forever.
        let wide = Scale::new(0.0, MAX_SPAN_DAYS, 300.0);
        assert!(!ticks(&wide, 50.0, 60.0).is_empty());
    }

    #[test]
    fn lanes_stack_overlaps() {
        let (lanes, n) = assign_lanes(&[(0.0, 10.0), (5.0, 15.0), (20.0, 30.0), (6.0, 8.0)], 2.0, 8);
        assert_eq!(lanes, vec![0, 1, 0, 2]);
        assert_eq!(n, 3);
        // Touching within the gap counts as overlapping.
        let (lanes, _) = assign_lanes(&[(0.0, 10.0), (11.0, 20.0), (12.0, 20.0)], 2.0, 8);
        assert_eq!(lanes, vec![0, 1, 0]);
        // Capped: the extra goes to the lane that frees earliest.
        let (lanes, n) = assign_lanes(&[(0.0, 100.0), (1.0, 50.0), (2.0, 60.0)], 0.0, 2);
        assert_eq!((lanes, n), (vec![0, 1, 1], 2));
        assert_eq!(assign_lanes(&[], 1.0, 4), (vec![], 0));
    }

    #[test]
    fn layout_draws_precision_and_avoids_overlaps() {
        let s = Scale::new(day("2020-01-01") as f64, day("2021-01-01") as f64, 366.0);
        let item = |index, v: &str, label_w| Item { index, span: value_span(v).expect("value"), label_w };
        let items =
            [item(0, "2020-04", 0.0), item(1, "2020-04-10", 0.0), item(2, "2020", 0.0), item(3, "2020-06", 20.0)];
        let l = layout(&items, &s, 8, 0.0);
        let by = |i| l.marks.iter().find(|m| m.index == i).expect("mark");
        // Chronological: the year (starts Jan 1) first.
        assert_eq!(l.marks.iter().map(|m| m.index).collect::<Vec<_>>(), vec![2, 0, 1, 3]);
        assert_eq!(by(0).shape, Shape::Bar);
        assert!((by(0).x1 - by(0).x0 - 30.0).abs() < 1e-9, "April is 30 days wide");
        assert_eq!(by(1).shape, Shape::Dot);
        assert_eq!(by(2).shape, Shape::Bar);
        assert!((by(2).x1 - by(2).x0 - 366.0).abs() < 1e-9, "2020 is a whole (leap) year");
        // April, a day in April and the year all overlap: three lanes.
        let lanes: std::collections::BTreeSet<usize> = [0, 1, 2].iter().map(|&i| by(i).lane).collect();
        assert_eq!(lanes.len(), 3);
        assert_eq!(by(3).label, LabelAt::Inside, "June (30px) is wide enough for a 20px label");
        // Off-screen marks are left out.
        let far = [item(9, "2030", 0.0)];
        assert!(layout(&far, &s, 8, 50.0).marks.is_empty());
    }

    #[test]
    fn labels_flip_at_the_right_edge() {
        let s = Scale::new(0.0, 100.0, 100.0);
        let it = Item { index: 0, span: Span { start: 95, end: 96 }, label_w: 40.0 };
        assert_eq!(layout(&[it], &s, 8, 0.0).marks[0].label, LabelAt::Left);
        let it = Item { index: 0, span: Span { start: 5, end: 6 }, label_w: 40.0 };
        assert_eq!(layout(&[it], &s, 8, 0.0).marks[0].label, LabelAt::Right);
    }

    #[test]
    fn brush_pixels_become_inclusive_dates() {
        let s = Scale::new(day("2021-01-01") as f64, day("2021-01-21") as f64, 200.0);
        // 10px per day.
        assert_eq!(brush_range(&s, 25.0, 54.0), ("2021-01-03".to_string(), "2021-01-06".to_string()));
        assert_eq!(brush_range(&s, 54.0, 25.0), ("2021-01-03".to_string(), "2021-01-06".to_string()));
        assert_eq!(brush_range(&s, 31.0, 31.0), ("2021-01-04".to_string(), "2021-01-04".to_string()));
        // And back: the range covers whole days.
        let (a, b) = range_px(&s, "2021-01-03", "2021-01-06").expect("px");
        assert!((a - 20.0).abs() < 1e-9 && (b - 60.0).abs() < 1e-9);
        let (a, b) = range_px(&s, "2021-01", "2021-01").expect("month");
        assert!(a.abs() < 1e-9 && (b - 310.0).abs() < 1e-9);
        assert_eq!(range_px(&s, "soon", "2021-01-06"), None);
    }

    #[test]
    fn chronological_order_skips_undated() {
        let mut events = crate::sample::sample_analysis().events;
        events[2].date = Some(date("XXXX-05-26", None, Precision::Day));
        let order: Vec<usize> = chronological(&events, &[0, 1, 2, 3]).into_iter().map(|(i, _)| i).collect();
        assert_eq!(order, vec![1, 0]);
        assert_eq!(marker_label(&events[0]), "attack, November 7, 2021");
        assert_eq!(marker_label(&events[3]), "threat, undated");
    }
}
