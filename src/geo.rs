//! Map math for the event map, with no DOM: Web-Mercator projection into world units,
//! viewports (pan, zoom about a point, fit to bounds), screen-space clustering, spiderfy
//! offsets, scale-bar lengths, label thinning and compact SVG path strings.
//!
//! World units: the whole Mercator square is [`WORLD`] units wide, `x` grows east and `y`
//! grows south (SVG's axes). A [`Viewport`] maps world units to screen pixels with one
//! uniform scale and a translation, which is exactly one SVG `matrix(...)` transform.

use std::collections::HashMap;
use std::f64::consts::PI;
use std::fmt::Write as _;

use atlas_core::GeoPrecision;

/// Width (and height) of the projected world in world units.
pub const WORLD: f64 = 1024.0;
/// Equatorial circumference of the WGS 84 ellipsoid, in km.
pub const EARTH_CIRCUMFERENCE_KM: f64 = 40_075.016_686;
/// Web Mercator's latitude limit.
pub const MAX_LAT: f64 = 85.051_128_78;
/// Path coordinates are rounded to `1 / PATH_PRECISION` world units (~30 m).
pub const PATH_PRECISION: f64 = 1000.0;

/// `(lon, lat)` in degrees → world units.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let lat = lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    let x = (lon + 180.0) / 360.0 * WORLD;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0 * WORLD;
    (x, y)
}

/// World units → `(lon, lat)` in degrees; the inverse of [`project`].
pub fn unproject(x: f64, y: f64) -> (f64, f64) {
    let lon = x / WORLD * 360.0 - 180.0;
    let n = PI * (1.0 - 2.0 * y / WORLD);
    let lat = n.sinh().atan().to_degrees();
    (lon, lat)
}

/// Ground distance of one world unit at latitude `lat`, in km.
pub fn km_per_unit(lat: f64) -> f64 {
    EARTH_CIRCUMFERENCE_KM * lat.clamp(-MAX_LAT, MAX_LAT).to_radians().cos() / WORLD
}

/// Radius of the uncertainty ring drawn around a place, in km: how far the true location
/// may plausibly be from the point given. `None` when the place is precise and stated.
pub fn uncertainty_km(precision: GeoPrecision, inferred: bool) -> Option<f64> {
    let km = match precision {
        GeoPrecision::Exact => 0.4,
        GeoPrecision::District => 1.5,
        GeoPrecision::City => 8.0,
        GeoPrecision::Region => 60.0,
        GeoPrecision::Country => 250.0,
    };
    let coarse = matches!(precision, GeoPrecision::City | GeoPrecision::Region | GeoPrecision::Country);
    (inferred || coarse).then_some(km)
}

/// An axis-aligned box in world units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Bounds {
    /// The smallest box holding every point; `None` for no points.
    pub fn of(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        let mut it = points.into_iter();
        let (x, y) = it.next()?;
        let mut b = Bounds { min_x: x, min_y: y, max_x: x, max_y: y };
        for (x, y) in it {
            b.min_x = b.min_x.min(x);
            b.min_y = b.min_y.min(y);
            b.max_x = b.max_x.max(x);
            b.max_y = b.max_y.max(y);
        }
        Some(b)
    }

    /// The box of a `(lon_min, lat_min, lon_max, lat_max)` rectangle.
    pub fn of_degrees(lon_min: f64, lat_min: f64, lon_max: f64, lat_max: f64) -> Bounds {
        let (x0, y0) = project(lon_min, lat_max);
        let (x1, y1) = project(lon_max, lat_min);
        Bounds { min_x: x0, min_y: y0, max_x: x1, max_y: y1 }
    }

    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }

    pub fn center(&self) -> (f64, f64) {
        ((self.min_x + self.max_x) / 2.0, (self.min_y + self.max_y) / 2.0)
    }
}

/// How far the map may zoom, in pixels per world unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZoomLimits {
    pub min_scale: f64,
    pub max_scale: f64,
}

/// Deepest zoom: ~4 m per pixel in Baghdad, enough to part events a few hundred metres apart.
pub const MAX_SCALE: f64 = 8192.0;
/// Deepest zoom "fit to events" goes to (~30 px per km in Baghdad), so that one event or a
/// tight group still shows its surroundings.
pub const FIT_MAX_SCALE: f64 = 1024.0;

impl ZoomLimits {
    /// The limits for a map `width` px wide: from the whole world across to [`MAX_SCALE`].
    pub fn for_width(width: f64) -> ZoomLimits {
        ZoomLimits { min_scale: (width / WORLD).max(0.1), max_scale: MAX_SCALE }
    }

    pub fn clamp(&self, scale: f64) -> f64 {
        scale.clamp(self.min_scale, self.max_scale)
    }
}

/// World → screen: `screen = world * scale + (tx, ty)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Pixels per world unit.
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { scale: 1.0, tx: 0.0, ty: 0.0 }
    }
}

impl Viewport {
    pub fn to_screen(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale + self.tx, y * self.scale + self.ty)
    }

    pub fn to_world(&self, (sx, sy): (f64, f64)) -> (f64, f64) {
        ((sx - self.tx) / self.scale, (sy - self.ty) / self.scale)
    }

    /// The world point at the centre of a `size` px map.
    pub fn center(&self, size: (f64, f64)) -> (f64, f64) {
        self.to_world((size.0 / 2.0, size.1 / 2.0))
    }

    /// The viewport showing world point `p` at the centre of a `size` px map at `scale`.
    pub fn centered(p: (f64, f64), scale: f64, size: (f64, f64)) -> Viewport {
        Viewport { scale, tx: size.0 / 2.0 - p.0 * scale, ty: size.1 / 2.0 - p.1 * scale }
    }

    pub fn pan(self, dx: f64, dy: f64) -> Viewport {
        Viewport { tx: self.tx + dx, ty: self.ty + dy, ..self }
    }

    /// Zoom by `factor` keeping the world point under screen point `at` where it is.
    pub fn zoom_at(self, factor: f64, at: (f64, f64), limits: ZoomLimits) -> Viewport {
        let scale = limits.clamp(self.scale * factor);
        let (wx, wy) = self.to_world(at);
        Viewport { scale, tx: at.0 - wx * scale, ty: at.1 - wy * scale }
    }

    /// The viewport showing `bounds` whole inside a `size` px map with `padding` px on every
    /// side, centred, zoomed no deeper than `max_scale` (a single point gets `max_scale`).
    pub fn fit(bounds: Bounds, size: (f64, f64), padding: f64, max_scale: f64, limits: ZoomLimits) -> Viewport {
        let avail_w = (size.0 - 2.0 * padding).max(1.0);
        let avail_h = (size.1 - 2.0 * padding).max(1.0);
        let sx = if bounds.width() > 0.0 { avail_w / bounds.width() } else { f64::INFINITY };
        let sy = if bounds.height() > 0.0 { avail_h / bounds.height() } else { f64::INFINITY };
        let scale = limits.clamp(sx.min(sy).min(max_scale));
        Viewport::centered(bounds.center(), scale, size)
    }

    /// Keep some of the world in view: the map centre may not leave the world square.
    pub fn clamped(self, size: (f64, f64), limits: ZoomLimits) -> Viewport {
        let scale = limits.clamp(self.scale);
        let (cx, cy) = Viewport { scale, ..self }.center(size);
        let keep = Viewport { scale, ..self };
        let (nx, ny) = (cx.clamp(0.0, WORLD), cy.clamp(0.0, WORLD));
        if (nx, ny) == (cx, cy) && scale == self.scale {
            keep
        } else {
            Viewport::centered((nx, ny), scale, size)
        }
    }

    /// Kilometres per screen pixel at latitude `lat`.
    pub fn km_per_px(&self, lat: f64) -> f64 {
        km_per_unit(lat) / self.scale
    }

    /// The SVG transform drawing world units on screen.
    pub fn matrix(&self) -> String {
        format!("matrix({} 0 0 {} {} {})", fmt_num(self.scale, 1e6), fmt_num(self.scale, 1e6), px(self.tx), px(self.ty))
    }

    /// Interpolate towards `to` (`t` in 0..=1): centres linearly, scales geometrically.
    pub fn lerp(&self, to: &Viewport, t: f64, size: (f64, f64)) -> Viewport {
        let (a, b) = (self.center(size), to.center(size));
        let scale = (self.scale.ln() + (to.scale.ln() - self.scale.ln()) * t).exp();
        let c = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        Viewport::centered(c, scale, size)
    }
}

/// Ease-in-out (cubic) for fly-to animations.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// Pixel value for an attribute: two decimals, trailing zeros trimmed.
pub fn px(v: f64) -> String {
    fmt_num(v, 100.0)
}

/// `v` rounded to `1 / per` and written without trailing zeros (`1.5`, `-0.25`, `3`).
pub fn fmt_num(v: f64, per: f64) -> String {
    let r = (v * per).round() / per;
    let r = if r == 0.0 { 0.0 } else { r };
    let mut s = format!("{r:.6}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    s
}

/// Fixed-point integer (thousandths) written compactly: 1500 → "1.5", -20 → "-.02".
fn push_milli(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let a = v.unsigned_abs();
    let (int, frac) = (a / 1000, a % 1000);
    if int > 0 || frac == 0 {
        let _ = write!(out, "{int}");
    }
    if frac > 0 {
        let mut f = format!("{frac:03}");
        while f.ends_with('0') {
            f.pop();
        }
        out.push('.');
        out.push_str(&f);
    }
}

/// An SVG path `d` for rings (`closed`) or polylines given as `(lon, lat)` points, in world
/// units rounded to [`PATH_PRECISION`], with relative moves to keep it short. Points that
/// round onto the previous one are dropped; rings left with fewer than 3 points and lines
/// with fewer than 2 are skipped.
pub fn path_d<'a>(parts: impl IntoIterator<Item = &'a [(f32, f32)]>, closed: bool) -> String {
    let mut out = String::new();
    let mut pen = (0i64, 0i64);
    let mut pts: Vec<(i64, i64)> = Vec::new();
    for part in parts {
        pts.clear();
        for &(lon, lat) in part {
            let (x, y) = project(lon as f64, lat as f64);
            let q = ((x * PATH_PRECISION).round() as i64, (y * PATH_PRECISION).round() as i64);
            if pts.last() != Some(&q) {
                pts.push(q);
            }
        }
        if closed && pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        if pts.len() < if closed { 3 } else { 2 } {
            continue;
        }
        for (i, &(x, y)) in pts.iter().enumerate() {
            if i == 0 {
                out.push('M');
                push_milli(&mut out, x);
                out.push(' ');
                push_milli(&mut out, y);
            } else {
                let (dx, dy) = (x - pen.0, y - pen.1);
                out.push(if i == 1 { 'l' } else { ' ' });
                push_milli(&mut out, dx);
                if dy >= 0 {
                    out.push(' ');
                }
                push_milli(&mut out, dy);
            }
            pen = (x, y);
        }
        if closed {
            out.push('z');
        }
    }
    out
}

/// Signed area and centroid of a ring of `(lon, lat)` points in world units; the centroid
/// of the largest ring is where a country's label goes.
pub fn ring_centroid(ring: &[(f32, f32)]) -> Option<(f64, (f64, f64))> {
    if ring.len() < 3 {
        return None;
    }
    let pts: Vec<(f64, f64)> = ring.iter().map(|&(lon, lat)| project(lon as f64, lat as f64)).collect();
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..pts.len() {
        let (x0, y0) = pts[i];
        let (x1, y1) = pts[(i + 1) % pts.len()];
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-12 {
        return None;
    }
    let a = a / 2.0;
    Some((a, (cx / (6.0 * a), cy / (6.0 * a))))
}

/// Whether `(lon, lat)` is inside a ring (even-odd rule).
pub fn in_ring(p: (f64, f64), ring: &[(f32, f32)]) -> bool {
    let mut inside = false;
    let n = ring.len();
    for i in 0..n {
        let (x1, y1) = (ring[i].0 as f64, ring[i].1 as f64);
        let (x2, y2) = (ring[(i + 1) % n].0 as f64, ring[(i + 1) % n].1 as f64);
        if (y1 > p.1) != (y2 > p.1) && p.0 < x1 + (p.1 - y1) * (x2 - x1) / (y2 - y1) {
            inside = !inside;
        }
    }
    inside
}

/// Markers closer than this many pixels are stacked into one cluster.
pub const CLUSTER_PX: f64 = 22.0;

/// Points stacked into one marker at a zoom.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Mean position of the members, world units.
    pub x: f64,
    pub y: f64,
    /// Indices into the clustered slice, ascending.
    pub members: Vec<usize>,
}

impl Cluster {
    /// A stable name for the cluster at one zoom: its first member.
    pub fn key(&self) -> usize {
        self.members[0]
    }
}

/// Stack `points` (world units) that fall within `threshold` px of each other at `scale`:
/// bin them in a screen-space grid of `threshold` px cells (independent of panning), then
/// merge neighbouring cells whose centres are closer than `threshold`. O(n) plus a sort of
/// the occupied cells; identical points always share a cluster. Clusters come ordered by
/// their first member.
pub fn cluster(points: &[(f64, f64)], scale: f64, threshold: f64) -> Vec<Cluster> {
    struct Cell {
        key: (i64, i64),
        sx: f64,
        sy: f64,
        members: Vec<usize>,
        alive: bool,
    }
    let mut index: HashMap<(i64, i64), usize> = HashMap::new();
    let mut cells: Vec<Cell> = Vec::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        let key = ((x * scale / threshold).floor() as i64, (y * scale / threshold).floor() as i64);
        let c = *index.entry(key).or_insert_with(|| {
            cells.push(Cell { key, sx: 0.0, sy: 0.0, members: Vec::new(), alive: true });
            cells.len() - 1
        });
        cells[c].sx += x;
        cells[c].sy += y;
        cells[c].members.push(i);
    }
    // Biggest cells absorb their close neighbours first.
    let mut order: Vec<usize> = (0..cells.len()).collect();
    atlas_core::sort::sort_by(&mut order, |&a, &b| {
        cells[b].members.len().cmp(&cells[a].members.len()).then(cells[a].key.cmp(&cells[b].key))
    });
    for &a in &order {
        if !cells[a].alive {
            continue;
        }
        let (ki, kj) = cells[a].key;
        for di in -1..=1 {
            for dj in -1..=1 {
                if di == 0 && dj == 0 {
                    continue;
                }
                let Some(&b) = index.get(&(ki + di, kj + dj)) else {
                    continue;
                };
                if !cells[b].alive {
                    continue;
                }
                let na = cells[a].members.len() as f64;
                let nb = cells[b].members.len() as f64;
                let (ax, ay) = (cells[a].sx / na, cells[a].sy / na);
                let (bx, by) = (cells[b].sx / nb, cells[b].sy / nb);
                if ((ax - bx) * scale).hypot((ay - by) * scale) < threshold {
                    let moved = std::mem::take(&mut cells[b].members);
                    let (sx, sy) = (cells[b].sx, cells[b].sy);
                    cells[b].alive = false;
                    cells[a].members.extend(moved);
                    cells[a].sx += sx;
                    cells[a].sy += sy;
                }
            }
        }
    }
    let mut out: Vec<Cluster> = cells
        .into_iter()
        .filter(|c| c.alive)
        .map(|mut c| {
            atlas_core::sort::sort(&mut c.members);
            let n = c.members.len() as f64;
            Cluster { x: c.sx / n, y: c.sy / n, members: c.members }
        })
        .collect();
    atlas_core::sort::sort_by_key(&mut out, |c| c.key());
    out
}

/// Merge clusters whose discs would overlap once drawn (a cluster of `n` is drawn with
/// radius `radius(n)` px, plus `gap`), repeating until none do. Grid-bucketed, so about
/// linear in the number of clusters; keeps the order by first member.
pub fn declutter(mut clusters: Vec<Cluster>, scale: f64, radius: impl Fn(usize) -> f64, gap: f64) -> Vec<Cluster> {
    let max_r = clusters.iter().map(|c| radius(c.members.len())).fold(0.0, f64::max);
    let cell = (2.0 * max_r + gap).max(1.0);
    for _ in 0..8 {
        let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        for (i, c) in clusters.iter().enumerate() {
            let key = ((c.x * scale / cell).floor() as i64, (c.y * scale / cell).floor() as i64);
            grid.entry(key).or_default().push(i);
        }
        let mut into: Vec<Option<usize>> = vec![None; clusters.len()];
        let mut merged = false;
        for a in 0..clusters.len() {
            if into[a].is_some() {
                continue;
            }
            let (ka, kb) =
                ((clusters[a].x * scale / cell).floor() as i64, (clusters[a].y * scale / cell).floor() as i64);
            for di in -1..=1 {
                for dj in -1..=1 {
                    let Some(cands) = grid.get(&(ka + di, kb + dj)) else { continue };
                    for &b in cands {
                        if b <= a || into[b].is_some() {
                            continue;
                        }
                        let (ca, cb) = (&clusters[a], &clusters[b]);
                        let d = ((ca.x - cb.x) * scale).hypot((ca.y - cb.y) * scale);
                        if d < radius(ca.members.len()) + radius(cb.members.len()) + gap {
                            into[b] = Some(a);
                            merged = true;
                        }
                    }
                }
            }
        }
        if !merged {
            break;
        }
        let mut out: Vec<Cluster> = Vec::with_capacity(clusters.len());
        let mut slot: Vec<usize> = vec![usize::MAX; clusters.len()];
        let mut sums: Vec<(f64, f64)> = Vec::new();
        for (i, c) in clusters.into_iter().enumerate() {
            let n = c.members.len() as f64;
            match into[i] {
                None => {
                    slot[i] = out.len();
                    sums.push((c.x * n, c.y * n));
                    out.push(c);
                }
                Some(a) => {
                    let k = slot[a];
                    sums[k].0 += c.x * n;
                    sums[k].1 += c.y * n;
                    out[k].members.extend(c.members);
                }
            }
        }
        for (c, (sx, sy)) in out.iter_mut().zip(sums) {
            atlas_core::sort::sort(&mut c.members);
            let n = c.members.len() as f64;
            c.x = sx / n;
            c.y = sy / n;
        }
        atlas_core::sort::sort_by_key(&mut out, |c| c.key());
        clusters = out;
    }
    clusters
}

/// Screen offsets that fan `n` stacked markers of radius `r` px out around their point
/// ("spiderfy"): a circle for a few, an Archimedean spiral beyond eight, never overlapping.
pub fn spider_offsets(n: usize, r: f64) -> Vec<(f64, f64)> {
    let gap = 2.0 * r + 6.0;
    if n <= 8 {
        let radius = (gap * n as f64 / (2.0 * PI)).max(2.2 * r + 8.0);
        return (0..n)
            .map(|i| {
                let a = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
                (radius * a.cos(), radius * a.sin())
            })
            .collect();
    }
    // Spiral: each step advances `gap` along the curve, the radius grows `gap` per turn.
    let mut out = Vec::with_capacity(n);
    let b = gap / (2.0 * PI);
    let mut angle = (2.2 * r + 8.0) / b;
    for _ in 0..n {
        let radius = b * angle;
        out.push((radius * angle.cos(), radius * angle.sin()));
        angle += gap / radius;
    }
    out
}

/// The longest "nice" distance (1, 2 or 5 × 10ⁿ km) that fits in `max_px` pixels at
/// `km_per_px`, as `(length in px, label)`: `(96.4, "5 km")`, `(80, "500 m")`.
pub fn scale_bar(km_per_px: f64, max_px: f64) -> (f64, String) {
    let max_km = km_per_px * max_px;
    if !(max_km.is_finite() && max_km > 0.0) {
        return (0.0, String::new());
    }
    let pow = 10f64.powf(max_km.log10().floor());
    let nice = [5.0, 2.0, 1.0].into_iter().map(|m| m * pow).find(|&v| v <= max_km * (1.0 + 1e-9)).unwrap_or(pow);
    let label = if nice < 1.0 {
        format!("{} m", (nice * 1000.0).round() as i64)
    } else {
        let km = nice.round() as i64;
        if km >= 1000 {
            format!("{},{:03} km", km / 1000, km % 1000)
        } else {
            format!("{km} km")
        }
    };
    (nice / km_per_px, label)
}

/// The smallest population a city needs to be a label candidate at `scale` px per unit:
/// only the largest cities across the region, all of them in close-up.
pub fn min_city_population(scale: f64) -> u64 {
    (1.5e7 / scale.max(0.01).powf(1.5)).clamp(0.0, 2e7) as u64
}

/// A screen rectangle (`x`, `y` top-left), for label collision tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// A `w`×`h` box centred on `(cx, cy)`.
    pub fn around(cx: f64, cy: f64, w: f64, h: f64) -> Rect {
        Rect { x: cx - w / 2.0, y: cy - h / 2.0, w, h }
    }

    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// Greedy label thinning: candidates in priority order, each with one or more positions to
/// try; returns for each candidate the position chosen, or `None` when every position
/// overlaps a label already placed or an `occupied` box (e.g. the event markers).
pub fn place_labels(candidates: &[Vec<Rect>], occupied: &[Rect]) -> Vec<Option<usize>> {
    let mut placed: Vec<Rect> = Vec::new();
    candidates
        .iter()
        .map(|tries| {
            let pick = tries
                .iter()
                .position(|r| !occupied.iter().any(|o| o.overlaps(r)) && !placed.iter().any(|p| p.overlaps(r)))?;
            placed.push(tries[pick]);
            Some(pick)
        })
        .collect()
}

/// Rough width in px of `text` set at `font_px` in a sans-serif face (for collision boxes).
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_uppercase() {
                0.68
            } else if c == ' ' {
                0.3
            } else {
                0.56
            }
        })
        .sum::<f64>()
        * font_px
}

/// An SVG arc (part of a circle of radius `r` around `(cx, cy)`) from fraction `from` to
/// `to` of a turn, clockwise from 12 o'clock; for the kind segments around a cluster.
pub fn arc_d(cx: f64, cy: f64, r: f64, from: f64, to: f64) -> String {
    let point = |f: f64| {
        let a = -PI / 2.0 + 2.0 * PI * f;
        (cx + r * a.cos(), cy + r * a.sin())
    };
    let (x0, y0) = point(from);
    let (x1, y1) = point(to);
    let large = if to - from > 0.5 { 1 } else { 0 };
    format!("M{} {}A{} {} 0 {large} 1 {} {}", px(x0), px(y0), px(r), px(r), px(x1), px(y1))
}

/// The basemap projected once into SVG path strings (world units), with label anchors.
#[derive(Debug)]
pub struct BaseGeometry {
    pub countries: Vec<CountryGeometry>,
    /// All lakes as one even-odd path.
    pub lakes: String,
    pub rivers: Vec<RiverGeometry>,
    /// `(name, world point, population)`, most populous first.
    pub cities: Vec<(&'static str, (f64, f64), u64)>,
    /// Baghdad districts and landmarks: `(name, world point)`.
    pub districts: Vec<(&'static str, (f64, f64))>,
    /// The detail window of the data, world units.
    pub window: Bounds,
    pub attribution: &'static str,
}

#[derive(Debug)]
pub struct CountryGeometry {
    /// Position in `basemap().countries`.
    pub index: usize,
    pub name: &'static str,
    pub iso: &'static str,
    /// Outline path (fill with the even-odd rule).
    pub d: String,
    /// `(lon_min, lat_min, lon_max, lat_max)` of all rings.
    pub bbox: (f64, f64, f64, f64),
    /// Label anchor: centroid of the largest ring, world units.
    pub label: Option<(f64, f64)>,
    /// Area of the largest ring in square world units (bigger countries label first).
    pub area: f64,
}

impl CountryGeometry {
    /// Whether `(lon, lat)` lies in this country (even-odd over all rings).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let (x0, y0, x1, y1) = self.bbox;
        if lon < x0 || lon > x1 || lat < y0 || lat > y1 {
            return false;
        }
        let Some(c) = atlas_core::basemap::basemap().countries.get(self.index) else {
            return false;
        };
        c.rings.iter().filter(|r| in_ring((lon, lat), r)).count() % 2 == 1
    }
}

#[derive(Debug)]
pub struct RiverGeometry {
    pub name: &'static str,
    pub d: String,
    /// Tigris, Euphrates and the Shatt al-Arab are drawn stronger.
    pub major: bool,
    /// Where the name goes and the angle (degrees, kept upright) of the river there.
    pub label: Option<((f64, f64), f64)>,
}

/// Rivers drawn stronger and labelled.
pub const MAJOR_RIVERS: [&str; 3] = ["Tigris", "Euphrates", "Shatt al-Arab"];

/// The bundled basemap as paths, built on first use.
pub fn base_geometry() -> &'static BaseGeometry {
    static G: std::sync::OnceLock<BaseGeometry> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        let b = atlas_core::basemap::basemap();
        let countries = b
            .countries
            .iter()
            .enumerate()
            .map(|(index, c)| {
                let d = path_d(c.rings.iter().map(Vec::as_slice), true);
                let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(lon, lat) in c.rings.iter().flatten() {
                    let (lon, lat) = (lon as f64, lat as f64);
                    bbox = (bbox.0.min(lon), bbox.1.min(lat), bbox.2.max(lon), bbox.3.max(lat));
                }
                let best =
                    c.rings.iter().filter_map(|r| ring_centroid(r)).max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()));
                CountryGeometry {
                    index,
                    name: c.name,
                    iso: c.iso,
                    d,
                    bbox,
                    label: best.map(|(_, p)| p),
                    area: best.map_or(0.0, |(a, _)| a.abs()),
                }
            })
            .collect();
        let lakes = path_d(b.lakes.iter().map(Vec::as_slice), true);
        let rivers = b
            .rivers
            .iter()
            .map(|r| {
                let major = MAJOR_RIVERS.contains(&r.name);
                // Label at the middle of the longest line, along its local direction.
                let label = r.lines.iter().max_by_key(|l| l.len()).filter(|l| l.len() >= 4).map(|l| {
                    let m = l.len() / 2;
                    let a = project(l[m - 1].0 as f64, l[m - 1].1 as f64);
                    let z = project(l[m + 1].0 as f64, l[m + 1].1 as f64);
                    let mut angle = (z.1 - a.1).atan2(z.0 - a.0).to_degrees();
                    if angle > 90.0 {
                        angle -= 180.0;
                    } else if angle < -90.0 {
                        angle += 180.0;
                    }
                    (project(l[m].0 as f64, l[m].1 as f64), angle)
                });
                RiverGeometry { name: r.name, d: path_d(r.lines.iter().map(Vec::as_slice), false), major, label }
            })
            .collect();
        let cities = b.cities.iter().map(|&(name, lat, lon, pop)| (name, project(lon, lat), pop)).collect();
        let districts = b.districts.iter().map(|&(name, lat, lon)| (name, project(lon, lat))).collect();
        let (x0, y0, x1, y1) = b.window;
        BaseGeometry {
            countries,
            lakes,
            rivers,
            cities,
            districts,
            window: Bounds::of_degrees(x0 as f64, y0 as f64, x1 as f64, y1 as f64),
            attribution: b.attribution.trim(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn projection_round_trips() {
        for &(lon, lat) in &[(44.4, 33.34), (0.0, 0.0), (-122.4, 37.8), (179.9, -60.0), (-179.9, 84.0)] {
            let (x, y) = project(lon, lat);
            let (lon2, lat2) = unproject(x, y);
            assert!(close(lon, lon2, 1e-9) && close(lat, lat2, 1e-9), "{lon},{lat} → {lon2},{lat2}");
        }
        assert_eq!(project(-180.0, MAX_LAT).0, 0.0);
        assert!(close(project(0.0, 0.0).1, WORLD / 2.0, 1e-9));
        assert!(close(project(180.0, -MAX_LAT).1, WORLD, 1e-6));
        // North is up.
        assert!(project(44.0, 36.0).1 < project(44.0, 30.0).1);
        // Scale: one unit ~ 39 km at the equator, ~32.8 km in Baghdad.
        assert!(close(km_per_unit(0.0), 39.136, 0.01));
        assert!(close(km_per_unit(33.3), 32.72, 0.05));
    }

    #[test]
    fn viewport_maps_and_zooms_about_a_point() {
        let limits = ZoomLimits { min_scale: 0.5, max_scale: 100.0 };
        let vp = Viewport { scale: 2.0, tx: 10.0, ty: -4.0 };
        let w = (300.0, 200.0);
        let s = vp.to_screen(w);
        assert_eq!(s, (610.0, 396.0));
        assert_eq!(vp.to_world(s), w);
        let at = (120.0, 80.0);
        let under = vp.to_world(at);
        let z = vp.zoom_at(3.0, at, limits);
        assert_eq!(z.scale, 6.0);
        let back = z.to_screen(under);
        assert!(close(back.0, at.0, 1e-9) && close(back.1, at.1, 1e-9));
        assert_eq!(vp.zoom_at(1000.0, at, limits).scale, 100.0, "clamped to the limits");
        assert_eq!(vp.pan(5.0, 6.0), Viewport { scale: 2.0, tx: 15.0, ty: 2.0 });
        assert_eq!(vp.matrix(), "matrix(2 0 0 2 10 -4)");
        let c = Viewport::centered((100.0, 50.0), 4.0, (400.0, 300.0));
        assert_eq!(c.center((400.0, 300.0)), (100.0, 50.0));
    }

    #[test]
    fn fit_shows_the_bounds_with_padding_and_caps_zoom() {
        let limits = ZoomLimits { min_scale: 0.1, max_scale: 10_000.0 };
        let b = Bounds::of([(600.0, 400.0), (610.0, 405.0)]).expect("bounds");
        let size = (520.0, 420.0);
        let vp = Viewport::fit(b, size, 10.0, 1e9, limits);
        // Width is the binding side: 500 px for 10 units.
        assert!(close(vp.scale, 50.0, 1e-9));
        let (x0, y0) = vp.to_screen((b.min_x, b.min_y));
        let (x1, y1) = vp.to_screen((b.max_x, b.max_y));
        assert!(close(x0, 10.0, 1e-9) && close(x1, 510.0, 1e-9));
        assert!(y0 >= 10.0 && y1 <= 410.0 && close((y0 + y1) / 2.0, 210.0, 1e-9));
        // A single point is centred at the cap.
        let one = Bounds::of([(600.0, 400.0)]).expect("bounds");
        let vp = Viewport::fit(one, size, 10.0, 300.0, limits);
        assert_eq!(vp.scale, 300.0);
        assert_eq!(vp.to_screen((600.0, 400.0)), (260.0, 210.0));
        // Degrees to world box: Iraq is wider than tall in Mercator too.
        let iraq = Bounds::of_degrees(38.8, 29.0, 48.6, 37.4);
        assert!(iraq.width() > 0.0 && iraq.height() > 0.0 && iraq.min_y < iraq.max_y);
        assert!(Bounds::of(std::iter::empty()).is_none());
    }

    #[test]
    fn clamping_keeps_the_world_in_view() {
        let limits = ZoomLimits::for_width(512.0);
        assert_eq!(limits.min_scale, 0.5);
        let size = (512.0, 400.0);
        let far = Viewport::centered((-500.0, 2000.0), 4.0, size).clamped(size, limits);
        assert_eq!(far.center(size), (0.0, WORLD));
        let ok = Viewport::centered((500.0, 500.0), 4.0, size);
        assert_eq!(ok.clamped(size, limits), ok);
    }

    #[test]
    fn lerp_and_ease() {
        let size = (100.0, 100.0);
        let a = Viewport::centered((0.0, 0.0), 1.0, size);
        let b = Viewport::centered((10.0, 20.0), 100.0, size);
        let m = a.lerp(&b, 0.5, size);
        assert!(close(m.scale, 10.0, 1e-9));
        let c = m.center(size);
        assert!(close(c.0, 5.0, 1e-9) && close(c.1, 10.0, 1e-9));
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
        assert!(close(ease(0.5), 0.5, 1e-12));
        assert!(ease(0.25) < 0.25 && ease(0.75) > 0.75);
    }

    #[test]
    fn clustering_stacks_close_points_and_counts_every_point() {
        let scale = 100.0; // 1 world unit = 100 px
        let pts = vec![
            (1.0, 1.0),
            (1.0, 1.0),   // identical
            (1.05, 1.02), // 5 px away
            (3.0, 1.0),   // 200 px away
            (3.19, 1.0),  // 19 px from the previous: stacked
            (5.0, 5.0),
        ];
        let cl = cluster(&pts, scale, CLUSTER_PX);
        let sizes: Vec<usize> = cl.iter().map(|c| c.members.len()).collect();
        assert_eq!(sizes, vec![3, 2, 1]);
        assert_eq!(cl[0].members, vec![0, 1, 2]);
        assert_eq!(cl[1].members, vec![3, 4]);
        assert_eq!(cl[0].key(), 0);
        assert!(close(cl[1].x, 3.095, 1e-9));
        // Zoomed in far enough, the near pair parts.
        let cl = cluster(&pts, 1000.0, CLUSTER_PX);
        assert_eq!(cl.len(), 5, "only the identical pair stays stacked");
        // Zoomed out, everything is one stack.
        let cl = cluster(&pts, 1.0, CLUSTER_PX);
        assert_eq!(cl.len(), 1);
        assert_eq!(cl[0].members.len(), 6);
    }

    #[test]
    fn clustering_scales_to_many_points_and_loses_none() {
        // 5,000 pseudo-random points over Iraq.
        let mut seed = 7u64;
        let mut rnd = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let pts: Vec<(f64, f64)> = (0..5000).map(|_| project(39.0 + rnd() * 9.0, 29.5 + rnd() * 7.5)).collect();
        for scale in [4.0, 40.0, 400.0, 4000.0] {
            let cl = cluster(&pts, scale, CLUSTER_PX);
            let total: usize = cl.iter().map(|c| c.members.len()).sum();
            assert_eq!(total, 5000, "at {scale}");
            let mut seen = vec![false; 5000];
            for c in &cl {
                for &m in &c.members {
                    assert!(!std::mem::replace(&mut seen[m], true), "{m} twice");
                }
            }
        }
        assert!(cluster(&pts, 4.0, CLUSTER_PX).len() < cluster(&pts, 400.0, CLUSTER_PX).len());
        assert!(cluster(&[], 1.0, CLUSTER_PX).is_empty());
    }

    #[test]
    fn decluttering_merges_discs_that_would_overlap() {
        let scale = 1.0;
        let c = |x: f64, members: Vec<usize>| Cluster { x, y: 0.0, members };
        // Two big stacks 30 px apart (radius 20 each) and a single far away.
        let got = declutter(
            vec![c(0.0, vec![0, 1, 2]), c(30.0, vec![3, 4]), c(200.0, vec![5])],
            scale,
            |n| {
                if n > 1 {
                    20.0
                } else {
                    11.0
                }
            },
            2.0,
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].members, vec![0, 1, 2, 3, 4]);
        assert!(close(got[0].x, 12.0, 1e-9), "weighted centre");
        assert_eq!(got[1].members, vec![5]);
        // Chains collapse over repeated passes; the total is kept.
        let chain: Vec<Cluster> = (0..10).map(|i| c(i as f64 * 25.0, vec![i])).collect();
        let got = declutter(chain, scale, |n| 11.0 + n as f64, 2.0);
        assert_eq!(got.iter().map(|c| c.members.len()).sum::<usize>(), 10);
        for (i, a) in got.iter().enumerate() {
            for b in &got[i + 1..] {
                let d = (a.x - b.x).abs();
                assert!(d >= 11.0 + a.members.len() as f64 + 11.0 + b.members.len() as f64 + 2.0, "{d}");
            }
        }
    }

    #[test]
    fn spider_offsets_do_not_overlap() {
        for n in [2, 3, 7, 8, 9, 30, 200] {
            let offs = spider_offsets(n, 11.0);
            assert_eq!(offs.len(), n);
            for i in 0..n {
                assert!(offs[i].0.hypot(offs[i].1) >= 22.0, "clear of the centre");
                for j in (i + 1)..n {
                    let d = (offs[i].0 - offs[j].0).hypot(offs[i].1 - offs[j].1);
                    assert!(d >= 22.0, "n={n}: {i} and {j} are {d} px apart");
                }
            }
        }
    }

    #[test]
    fn scale_bar_picks_nice_numbers() {
        assert_eq!(scale_bar(0.1, 100.0), (100.0, "10 km".to_string()));
        assert_eq!(scale_bar(0.1, 90.0), (50.0, "5 km".to_string()));
        assert_eq!(scale_bar(0.1, 120.0), (100.0, "10 km".to_string()));
        assert_eq!(scale_bar(0.01, 100.0), (100.0, "1 km".to_string()));
        assert_eq!(scale_bar(0.004, 100.0), (50.0, "200 m".to_string()));
        let (len, label) = scale_bar(3.0, 120.0);
        assert_eq!(label, "200 km");
        assert!(close(len, 66.666, 0.01));
        assert_eq!(scale_bar(30.0, 120.0).1, "2,000 km");
        assert_eq!(scale_bar(f64::NAN, 100.0), (0.0, String::new()));
        for k in [0.0007, 0.013, 0.29, 4.4, 77.0] {
            let (len, _) = scale_bar(k, 110.0);
            assert!((110.0 / 5.0 - 1e-9..=110.0 + 1e-9).contains(&len), "{k}: {len}");
        }
    }

    #[test]
    fn labels_thin_out_by_priority_and_try_alternatives() {
        let a = Rect::around(50.0, 50.0, 40.0, 10.0);
        let b = Rect::around(60.0, 52.0, 40.0, 10.0); // overlaps a
        let b2 = Rect::around(60.0, 70.0, 40.0, 10.0); // below: free
        let c = Rect::around(200.0, 50.0, 20.0, 10.0); // covered by a marker
        let marker = Rect::around(200.0, 50.0, 22.0, 22.0);
        let got = place_labels(&[vec![a], vec![b, b2], vec![c]], &[marker]);
        assert_eq!(got, vec![Some(0), Some(1), None]);
        assert!(text_width("Baghdad", 12.0) > text_width("Kut", 12.0));
        assert!(min_city_population(5.0) > min_city_population(50.0));
        assert!(min_city_population(50.0) > min_city_population(500.0));
    }

    #[test]
    fn paths_are_compact_relative_and_closed() {
        let ring: &[(f32, f32)] = &[(0.0, 0.0), (90.0, 0.0), (90.0, 45.0)];
        let d = path_d([ring], true);
        assert!(d.starts_with("M512 512l256 0"), "{d}");
        assert!(d.ends_with('z'));
        assert_eq!(d.matches('M').count(), 1);
        // Two parts, duplicate points dropped, degenerate parts skipped.
        let line: &[(f32, f32)] = &[(44.0, 33.0), (44.0, 33.0), (44.01, 33.0)];
        let dot: &[(f32, f32)] = &[(10.0, 10.0)];
        let d = path_d([line, dot], false);
        assert_eq!(d.matches('M').count(), 1, "{d}");
        assert!(d.contains("l.028 0"), "{d}");
        assert!(!d.contains('z'));
        let mut s = String::new();
        push_milli(&mut s, -20);
        push_milli(&mut s, 1500);
        push_milli(&mut s, 0);
        assert_eq!(s, "-.021.50");
        assert_eq!(fmt_num(-0.0001, 100.0), "0");
        assert_eq!(px(12.3456), "12.35");
    }

    #[test]
    fn centroids_and_rings() {
        let sq: &[(f32, f32)] = &[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        let (area, c) = ring_centroid(sq).expect("centroid");
        assert!(area.abs() > 0.0);
        let (lon, lat) = unproject(c.0, c.1);
        assert!(close(lon, 1.0, 1e-6) && close(lat, 1.0, 1e-3), "{lon},{lat}");
        assert!(in_ring((1.0, 1.0), sq));
        assert!(!in_ring((3.0, 1.0), sq));
        assert!(ring_centroid(&sq[..2]).is_none());
    }

    #[test]
    fn base_geometry_is_projected_once_and_complete() {
        let g = base_geometry();
        assert!(std::ptr::eq(g, base_geometry()));
        let iraq = g.countries.iter().find(|c| c.iso == "IQ").expect("Iraq");
        assert!(iraq.d.starts_with('M') && iraq.d.ends_with('z'));
        assert!(iraq.contains(44.40, 33.34), "Baghdad is in Iraq");
        assert!(!iraq.contains(51.42, 35.69), "Tehran is not");
        let (lx, ly) = iraq.label.expect("label");
        let (lon, lat) = unproject(lx, ly);
        assert!((40.0..47.0).contains(&lon) && (30.0..36.0).contains(&lat), "{lon},{lat}");
        let tigris = g.rivers.iter().find(|r| r.name == "Tigris").expect("Tigris");
        assert!(tigris.major && !tigris.d.is_empty() && tigris.label.is_some());
        assert!(!g.lakes.is_empty());
        assert!(g.cities.iter().any(|c| c.0 == "Baghdad"));
        assert!(g.districts.iter().any(|d| d.0 == "Mansour"));
        assert!(g.attribution.contains("Natural Earth"));
        let total: usize = g.countries.iter().map(|c| c.d.len()).sum();
        assert!(total < 400_000, "all outlines in {total} bytes");
    }

    #[test]
    fn uncertainty_grows_with_coarser_precision() {
        assert_eq!(uncertainty_km(GeoPrecision::Exact, false), None);
        assert_eq!(uncertainty_km(GeoPrecision::District, false), None);
        assert!(uncertainty_km(GeoPrecision::District, true).is_some());
        let order = [GeoPrecision::City, GeoPrecision::Region, GeoPrecision::Country];
        let radii: Vec<f64> = order.iter().map(|&p| uncertainty_km(p, false).expect("coarse")).collect();
        assert!(radii.windows(2).all(|w| w[0] < w[1]));
        assert!(uncertainty_km(GeoPrecision::Exact, true).expect("inferred") < 1.0);
    }
}
