//! The event map (SPEC §2): an SVG map drawn from the bundled basemap, no tiles and no
//! network. Countries, lakes and rivers are projected once ([`geo::base_geometry`]) and moved
//! by one `transform` on their group; event markers, rings and labels are placed in screen
//! space over them, stacked into clusters by a screen grid ([`geo::cluster`]).
//!
//! While a drag, pinch or wheel zoom runs, the picture drawn for the last render is moved and
//! scaled as a whole by a CSS transform of the SVG, which stays on its own compositor layer: a
//! frame of the gesture repaints nothing. The map re-renders (markers, labels, scale bar, and
//! the layers' `transform` attributes) when the gesture ends or the wheel rests, and sooner when
//! the view has drifted too far from the picture (`Live::stale`): a wheel zoom is only scaled,
//! so thousands of markers cost nothing per notch.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use atlas_core::{Correction, Event, EventKind, GeoPrecision};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

use crate::components::corrections::place_at;
use crate::components::rich_text::reduced_motion;
use crate::format::{count, event_label, geo_precision_word, human_event_date, kind_title};
use crate::geo::{self, Bounds, Cluster, Rect, Viewport, ZoomLimits, CLUSTER_PX, FIT_MAX_SCALE, MAX_SCALE};
use crate::hooks::{use_app, AppContext};
use crate::state::Action;

/// Radius of a single event marker, px.
const MARKER_R: f64 = 11.0;
/// Deepest zoom for expanding a stack or revealing an event (~80 px per km in Baghdad):
/// events still stacked there are fanned out instead, with their surroundings in view.
const EXPAND_MAX_SCALE: f64 = 2600.0;
/// At most this many uncertainty rings are drawn.
const MAX_RINGS: usize = 64;
/// At most this many of them wider than the view.
const MAX_HUGE_RINGS: usize = 3;
/// How long the wheel must rest before the map is redrawn at the new scale, ms. Until then
/// the picture is only scaled (markers and labels look magnified or shrunk).
const WHEEL_REST_MS: u32 = 140;
/// Padding around "fit to events", px.
const FIT_PAD: f64 = 44.0;
/// Zoom step of the buttons and the +/- keys.
const ZOOM_STEP: f64 = 1.8;
/// District labels show from this scale (~12 px per km in Baghdad).
const DISTRICT_SCALE: f64 = 380.0;
/// Country labels show below this scale.
const COUNTRY_LABEL_SCALE: f64 = 90.0;
/// Movement (px) before a press becomes a drag.
const DRAG_SLOP: f64 = 4.0;
/// Fly-to duration, ms.
const FLY_MS: f64 = 420.0;
/// Where the map opens when no event has a place: Iraq and its neighbours.
const DEFAULT_REGION: (f64, f64, f64, f64) = (38.5, 29.0, 48.8, 37.5);
/// Baghdad's districts: the "Baghdad" button's view.
const BAGHDAD: (f64, f64, f64, f64) = (44.25, 33.24, 44.5, 33.42);

/// A short non-colour cue per kind, drawn inside the marker.
pub fn kind_code(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Attack => "At",
        EventKind::Assassination => "As",
        EventKind::Arrest => "Ar",
        EventKind::Release => "Rl",
        EventKind::Kidnapping => "Kd",
        EventKind::Confrontation => "Cf",
        EventKind::Threat => "Th",
        EventKind::Offer => "Of",
        EventKind::Election => "El",
        EventKind::Appointment => "Ap",
        EventKind::Other => "•",
    }
}

/// What a screen reader hears for a marker: "attack, 2021-11-07, Mansour, Baghdad".
pub fn marker_label(ev: &Event) -> String {
    match &ev.place {
        Some(p) => format!("{}, {}", event_label(ev), p.name),
        None => event_label(ev),
    }
}

/// The hover tooltip: "Attack · Nov 7, 2021 · Tigris, Baghdad (city precision, inferred)".
fn marker_title(ev: &Event) -> String {
    let date = ev.date.as_ref().map_or_else(|| "undated".to_string(), human_event_date);
    let place = ev.place.as_ref().map_or_else(String::new, |p| {
        let inferred = if p.inferred { ", inferred" } else { "" };
        format!(" · {} ({} precision{inferred})", p.name, geo_precision_word(p.precision))
    });
    format!("{} · {date}{place}", kind_title(ev.kind))
}

/// One pointer taking part in a gesture, in map-local px.
#[derive(Debug, Clone, Copy)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
struct Fly {
    from: Viewport,
    to: Viewport,
    start: Option<f64>,
}

/// The map's mutable view, shared by the render and the event handlers. Gestures change
/// `vp` and write it to the DOM directly; a render draws the overlay for `vp`.
#[derive(Default)]
struct Live {
    vp: Viewport,
    size: Option<(f64, f64)>,
    /// The expanded ("spiderfied") cluster: its key at the scale it was expanded at.
    spider: Option<(usize, f64)>,
    pointers: Vec<Pointer>,
    /// Top-left of the map on the page when the gesture started.
    origin: (f64, f64),
    /// Where a one-pointer press started; becomes a drag past [`DRAG_SLOP`].
    press: Option<(f64, f64)>,
    dragging: bool,
    /// A drag just ended: the click that follows is not a click.
    dragged: bool,
    pinch: Option<(f64, (f64, f64))>,
    /// The viewport the overlay was last rendered for.
    rendered: Viewport,
    /// The viewport the layers' transform attributes were last written for (the last render).
    /// While a drag, pinch or wheel zoom moves the map the attributes stay, and the whole
    /// picture moves from there by a CSS transform (composited: no repaint of the map per frame).
    applied: Viewport,
    /// The wheel changed `vp`: move the picture in the next animation frame (one update per
    /// frame however many wheel events arrive).
    wheel_moved: bool,
    frame_requested: bool,
    needs_render: bool,
    fly: Option<Fly>,
    /// The first view (fit or reveal) has been set.
    ready: bool,
    /// An event was selected while the map had no size (hidden tab): reveal it when shown.
    pending_reveal: bool,
    clusters: Option<ClusterCache>,
    /// Pending while the wheel turns (the wheel gesture is under way): fires once it rests, to
    /// redraw at the new scale.
    wheel_settle: Option<Timeout>,
    /// The state and event points of the latest render, for callbacks that outlive it.
    latest: Option<(AppContext, Points)>,
}

struct ClusterCache {
    scale: f64,
    visible: Vec<usize>,
    placed: Rc<Vec<(usize, (f64, f64))>>,
    clusters: Rc<Vec<Cluster>>,
}

impl Live {
    fn limits(&self) -> ZoomLimits {
        ZoomLimits::for_width(self.size.map_or(600.0, |s| s.0))
    }

    fn size_or_default(&self) -> (f64, f64) {
        self.size.unwrap_or((600.0, 420.0))
    }

    fn set_vp(&mut self, vp: Viewport) {
        let size = self.size_or_default();
        self.vp = vp.clamped(size, self.limits());
    }

    /// A drag, pinch or wheel zoom is moving the picture.
    fn moving(&self) -> bool {
        self.dragging || self.pinch.is_some() || self.wheel_settle.is_some()
    }

    /// The CSS transform that moves the picture drawn for `applied` to the live view: the
    /// scale ratio `k` and the offset of its top-left corner, px.
    fn picture_shift(&self) -> (f64, f64, f64) {
        let k = self.vp.scale / self.applied.scale;
        (k, self.vp.tx - self.applied.tx * k, self.vp.ty - self.applied.ty * k)
    }

    /// Whether the live view has drifted from the rendered picture enough to redraw it. While
    /// the wheel turns, the picture is only scaled about the cursor (zooming in, it always covers
    /// the view) and redrawn when the wheel rests, or sooner if zooming out has left a band wider
    /// than the margin bare at an edge.
    fn stale(&self) -> bool {
        let (w, h) = self.size_or_default();
        let margin = 0.3 * w.max(h);
        if self.wheel_settle.is_some() {
            let (k, dx, dy) = self.picture_shift();
            let bare = dx.max(dy).max(w - (dx + k * w)).max(h - (dy + k * h));
            return bare > margin;
        }
        let ratio = self.vp.scale / self.rendered.scale;
        (ratio - 1.0).abs() > 1e-9
            || (self.vp.tx - self.rendered.tx).abs() > margin
            || (self.vp.ty - self.rendered.ty).abs() > margin
    }
}

/// Each event's place in world units (`None` without a place), by event index.
type Points = Rc<Vec<Option<(f64, f64)>>>;

type Ticker = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// Everything a handler needs to change the view.
#[derive(Clone)]
struct Ctl {
    live: Rc<RefCell<Live>>,
    ticker: Ticker,
    base: NodeRef,
    overlay: NodeRef,
    svg: NodeRef,
    /// The box holding the SVG (not moved by the gesture transforms): where the map is on the page.
    frame: NodeRef,
    force: UseForceUpdateHandle,
}

impl Ctl {
    /// During a gesture: move the picture to the live view, and schedule a render when it is
    /// stale.
    fn apply(&self) {
        self.move_picture();
        if self.live.borrow().stale() {
            self.live.borrow_mut().needs_render = true;
            self.request_frame();
        }
    }

    /// Move the picture drawn for `applied` to the live view by a CSS transform of the whole
    /// SVG (set through CSSOM: the CSP allows no style attributes). The SVG is always on its own
    /// compositor layer (`will-change: transform`), so this repaints nothing, and the layer is
    /// not re-rasterised while its scale changes.
    fn move_picture(&self) {
        let (k, dx, dy) = self.live.borrow().picture_shift();
        if let Some(svg) = self.svg.cast::<web_sys::SvgElement>() {
            let transform = format!("translate({}px, {}px) scale({})", geo::px(dx), geo::px(dy), geo::fmt_num(k, 1e6));
            let _ = svg.style().set_property("transform", &transform);
        }
    }

    /// Back to rest: the attributes hold the view, the SVG is not moved.
    fn rest_picture(&self) {
        if let Some(svg) = self.svg.cast::<web_sys::SvgElement>() {
            let _ = svg.style().remove_property("transform");
        }
    }

    /// Re-render now (for discrete changes: buttons, keys, gesture ends).
    fn commit(&self) {
        self.force.force_update();
    }

    fn request_frame(&self) {
        if std::mem::replace(&mut self.live.borrow_mut().frame_requested, true) {
            return;
        }
        let ticker = self.ticker.borrow();
        if let (Some(w), Some(cb)) = (web_sys::window(), ticker.as_ref()) {
            if w.request_animation_frame(cb.as_ref().unchecked_ref()).is_err() {
                self.live.borrow_mut().frame_requested = false;
            }
        } else {
            self.live.borrow_mut().frame_requested = false;
        }
    }

    /// One animation frame: move the picture for the wheel, advance a fly-to, render if needed.
    fn tick(&self, now: f64) {
        if std::mem::take(&mut self.live.borrow_mut().wheel_moved) {
            self.apply();
        }
        let (render, again) = {
            let mut l = self.live.borrow_mut();
            l.frame_requested = false;
            let mut render = std::mem::take(&mut l.needs_render);
            let mut again = false;
            if let Some(mut fly) = l.fly {
                let start = *fly.start.get_or_insert(now);
                let t = ((now - start) / FLY_MS).clamp(0.0, 1.0);
                let size = l.size_or_default();
                l.vp = if t >= 1.0 { fly.to } else { fly.from.lerp(&fly.to, geo::ease(t), size) };
                l.fly = (t < 1.0).then_some(fly);
                again = t < 1.0;
                render = true;
            }
            (render, again)
        };
        if render {
            self.commit();
        }
        if again {
            self.request_frame();
        }
    }

    /// Go to `vp`, flying there unless motion is reduced or `jump`.
    fn go(&self, vp: Viewport, jump: bool) {
        {
            let mut l = self.live.borrow_mut();
            let size = l.size_or_default();
            let to = vp.clamped(size, l.limits());
            if jump || reduced_motion() || !l.ready {
                l.vp = to;
                l.fly = None;
            } else {
                l.fly = Some(Fly { from: l.vp, to, start: None });
            }
        }
        if self.live.borrow().fly.is_some() {
            self.request_frame();
        } else {
            self.commit();
        }
    }

    fn zoom_by(&self, factor: f64) {
        {
            let mut l = self.live.borrow_mut();
            let (w, h) = l.size_or_default();
            let vp = l.vp.zoom_at(factor, (w / 2.0, h / 2.0), l.limits());
            l.set_vp(vp);
            l.fly = None;
            l.spider = None;
        }
        self.commit();
    }

    fn pan_by(&self, dx: f64, dy: f64) {
        {
            let mut l = self.live.borrow_mut();
            let vp = l.vp.pan(dx, dy);
            l.set_vp(vp);
            l.fly = None;
        }
        self.commit();
    }

    /// Page → map-local coordinates, using the map's position measured at gesture start.
    fn local(&self, e: &MouseEvent) -> (f64, f64) {
        let (ox, oy) = self.live.borrow().origin;
        (e.client_x() as f64 - ox, e.client_y() as f64 - oy)
    }

    fn measure_origin(&self) {
        if let Some(frame) = self.frame.cast::<Element>() {
            let r = frame.get_bounding_client_rect();
            self.live.borrow_mut().origin = (r.left(), r.top());
        }
    }

    fn set_dragging_class(&self, on: bool) {
        if let Some(svg) = self.svg.cast::<Element>() {
            let list = svg.class_list();
            let _ = if on { list.add_1("is-dragging") } else { list.remove_1("is-dragging") };
        }
    }
}

/// Visible events with a place, as `(event index, world point)`, in text order.
fn placed_events(points: &[Option<(f64, f64)>], visible: &[usize]) -> Vec<(usize, (f64, f64))> {
    visible.iter().filter_map(|&i| points.get(i).copied().flatten().map(|p| (i, p))).collect()
}

/// Width kept clear of the zoom buttons when fitting, px.
const CONTROLS_W: f64 = 48.0;
/// Uncertainty counts towards "fit" up to this radius, km (a whole country, not a continent).
const FIT_RING_KM: f64 = 100.0;

/// The box to fit: the visible events with their uncertainty rings (so a country-level
/// place shows its country), or the default region when none has a place.
fn fit_bounds(events: &[Event], placed: &[(usize, (f64, f64))]) -> Bounds {
    let mut b: Option<Bounds> = None;
    for &(i, (x, y)) in placed {
        let r = events[i]
            .place
            .as_ref()
            .and_then(|p| {
                geo::uncertainty_km(p.precision, p.inferred).map(|km| km.min(FIT_RING_KM) / geo::km_per_unit(p.lat))
            })
            .unwrap_or(0.0);
        let e = Bounds { min_x: x - r, min_y: y - r, max_x: x + r, max_y: y + r };
        b = Some(match b {
            None => e,
            Some(b) => Bounds {
                min_x: b.min_x.min(e.min_x),
                min_y: b.min_y.min(e.min_y),
                max_x: b.max_x.max(e.max_x),
                max_y: b.max_y.max(e.max_y),
            },
        });
    }
    b.unwrap_or_else(|| {
        let (a, b, c, d) = DEFAULT_REGION;
        Bounds::of_degrees(a, b, c, d)
    })
}

/// The view that fits the visible events, clear of the zoom buttons.
fn fit_view(events: &[Event], placed: &[(usize, (f64, f64))], size: (f64, f64), limits: ZoomLimits) -> Viewport {
    let room = ((size.0 - CONTROLS_W).max(size.0 * 0.7), size.1);
    Viewport::fit(fit_bounds(events, placed), room, FIT_PAD, FIT_MAX_SCALE, limits)
}

/// The view that shows event `target` centred and, when it is stacked with events at other
/// spots, zoomed in until it stands alone; with the cluster to expand when events share
/// its exact spot.
fn reveal_view(
    placed: &[(usize, (f64, f64))],
    target: usize,
    current: Viewport,
    size: (f64, f64),
    limits: ZoomLimits,
) -> Option<(Viewport, Option<(usize, f64)>)> {
    let &(_, p) = placed.iter().find(|(i, _)| *i == target)?;
    let nearest = placed
        .iter()
        .filter(|(i, _)| *i != target)
        .map(|&(_, q)| (q.0 - p.0).hypot(q.1 - p.1))
        .filter(|&d| d > 1e-9)
        .fold(f64::INFINITY, f64::min);
    let pts: Vec<(f64, f64)> = placed.iter().map(|&(_, q)| q).collect();
    let pos = placed.iter().position(|(i, _)| *i == target)?;
    // Whether the target still shares its stack with events at other spots at `scale`.
    let shares = |scale: f64| {
        stack(&pts, scale).into_iter().find(|c| c.members.contains(&pos)).is_some_and(|c| {
            c.members.iter().any(|&m| {
                let q = pts[m];
                (q.0 - p.0).hypot(q.1 - p.1) > 1e-9
            })
        })
    };
    let mut scale = limits.clamp(current.scale);
    if shares(scale) && nearest.is_finite() {
        let cap = EXPAND_MAX_SCALE.max(scale);
        scale = limits.clamp((2.0 * disc_radius(1) + 4.0) / nearest).clamp(scale, cap);
        for _ in 0..12 {
            if scale >= cap || !shares(scale) {
                break;
            }
            scale = limits.clamp(scale * 1.5).min(cap);
        }
    }
    let vp = Viewport::centered(p, scale, size).clamped(size, limits);
    let spider = stack(&pts, vp.scale)
        .into_iter()
        .find(|c| c.members.contains(&pos))
        .filter(|c| c.members.len() > 1)
        .map(|c| (placed[c.key()].0, vp.scale));
    Some((vp, spider))
}

#[derive(Properties, PartialEq)]
struct BaseLayerProps {
    /// Per country of the basemap: whether it holds an event.
    focus: Rc<Vec<bool>>,
}

/// Countries, lakes and rivers in world units. Rendered once per analysis: its props only
/// change with the set of countries holding events.
#[component]
fn BaseLayer(props: &BaseLayerProps) -> Html {
    let g = geo::base_geometry();
    html! {
        <>
            <g class="map-countries">
                { for g.countries.iter().enumerate().map(|(i, c)| {
                    let focus = props.focus.get(i).copied().unwrap_or(false);
                    html! {
                        <path class={classes!("map-country", focus.then_some("is-focus"))}
                            d={AttrValue::Static(c.d.as_str())} fill-rule="evenodd" />
                    }
                }) }
            </g>
            <path class="map-lake" d={AttrValue::Static(g.lakes.as_str())} fill-rule="evenodd" />
            <g class="map-rivers">
                { for g.rivers.iter().map(|r| html! {
                    <path class={classes!("map-river", r.major.then_some("is-major"))} d={AttrValue::Static(r.d.as_str())} />
                }) }
            </g>
        </>
    }
}

/// Which countries hold an event with a place (for a light highlight).
fn focus_countries(events: &[Event]) -> Vec<bool> {
    let g = geo::base_geometry();
    let mut seen: HashSet<(i64, i64)> = HashSet::new();
    let mut focus = vec![false; g.countries.len()];
    for p in events.iter().filter_map(|e| e.place.as_ref()) {
        if !seen.insert(((p.lon * 100.0).round() as i64, (p.lat * 100.0).round() as i64)) || seen.len() > 4000 {
            continue;
        }
        if let Some(i) = g.countries.iter().position(|c| c.contains(p.lon, p.lat)) {
            focus[i] = true;
        }
    }
    focus
}

/// A city, district, country or river name placed on the map.
struct Label {
    class: &'static str,
    text: &'static str,
    x: f64,
    y: f64,
    anchor: &'static str,
    angle: f64,
    dot: Option<(f64, f64, f64)>,
}

/// Label candidates for the view: countries (zoomed out), rivers, cities by population (more
/// as you zoom in) and Baghdad's districts (zoomed in), thinned so none overlap each other
/// or a marker. Positions are in overlay px (world × scale).
fn labels_for(vp: &Viewport, size: (f64, f64), occupied: &[Rect]) -> Vec<Label> {
    let g = geo::base_geometry();
    let s = vp.scale;
    let (w, h) = size;
    let on_screen = |(x, y): (f64, f64)| {
        let (sx, sy) = (x * s + vp.tx, y * s + vp.ty);
        sx > -40.0 && sx < w + 40.0 && sy > -20.0 && sy < h + 20.0
    };
    struct Cand {
        label: Label,
        tries: Vec<(Rect, f64, f64, &'static str)>,
    }
    let mut cands: Vec<Cand> = Vec::new();
    let off = (vp.tx, vp.ty);
    // Boxes are tested in screen px; labels are drawn in overlay px (screen − offset).
    let boxed = |x: f64, y: f64, bw: f64, bh: f64| Rect::around(x + off.0, y + off.1, bw, bh);

    if s < COUNTRY_LABEL_SCALE {
        let mut countries: Vec<&geo::CountryGeometry> = g.countries.iter().collect();
        atlas_core::sort::sort_by(&mut countries, |a, b| b.area.total_cmp(&a.area));
        for c in countries {
            let Some(p) = c.label else { continue };
            // Only where the country is big enough on screen to carry its name.
            let width = geo::text_width(c.name, 10.5) * 1.2;
            if c.area.sqrt() * s < width * 0.9 || !on_screen(p) {
                continue;
            }
            let (x, y) = (p.0 * s, p.1 * s);
            let text = c.name;
            cands.push(Cand {
                label: Label { class: "map-label-country", text, x, y, anchor: "middle", angle: 0.0, dot: None },
                tries: vec![
                    (boxed(x, y, width, 13.0), x, y, "middle"),
                    (boxed(x, y + 18.0, width, 13.0), x, y + 18.0, "middle"),
                    (boxed(x, y - 18.0, width, 13.0), x, y - 18.0, "middle"),
                ],
            });
        }
    }
    if (3.0..1600.0).contains(&s) {
        for r in g.rivers.iter().filter(|r| r.major) {
            let Some((p, angle)) = r.label else { continue };
            if !on_screen(p) {
                continue;
            }
            let (x, y) = (p.0 * s, p.1 * s);
            let width = geo::text_width(r.name, 11.0);
            let span = width.max(12.0);
            cands.push(Cand {
                label: Label { class: "map-label-river", text: r.name, x, y, anchor: "middle", angle, dot: None },
                tries: vec![(boxed(x, y, span * angle.to_radians().cos().abs().max(0.4), 14.0), x, y, "middle")],
            });
        }
    }
    let min_pop = geo::min_city_population(s);
    for &(name, p, pop) in g.cities.iter().filter(|c| c.2 >= min_pop) {
        if !on_screen(p) {
            continue;
        }
        let (x, y) = (p.0 * s, p.1 * s);
        let (class, font, r) = match pop {
            5_000_000.. => ("map-label-city is-major", 13.0, 3.6),
            1_000_000.. => ("map-label-city is-large", 12.0, 3.0),
            _ => ("map-label-city", 11.0, 2.4),
        };
        let tw = geo::text_width(name, font) + 2.0;
        let th = font + 2.0;
        let gap = r + 3.0;
        cands.push(Cand {
            label: Label { class, text: name, x, y, anchor: "start", angle: 0.0, dot: Some((x, y, r)) },
            tries: vec![
                (boxed(x + gap + tw / 2.0, y, tw + r, th), x + gap, y, "start"),
                (boxed(x - gap - tw / 2.0, y, tw + r, th), x - gap, y, "end"),
                (boxed(x, y - gap - th / 2.0, tw, th), x, y - gap - th / 2.0 + 1.0, "middle"),
                (boxed(x, y + gap + th / 2.0, tw, th), x, y + gap + th / 2.0, "middle"),
            ],
        });
    }
    if s >= DISTRICT_SCALE {
        for &(name, p) in &g.districts {
            if !on_screen(p) {
                continue;
            }
            let (x, y) = (p.0 * s, p.1 * s);
            let tw = geo::text_width(name, 11.0);
            cands.push(Cand {
                label: Label {
                    class: "map-label-district",
                    text: name,
                    x,
                    y,
                    anchor: "middle",
                    angle: 0.0,
                    dot: Some((x, y, 1.8)),
                },
                tries: vec![
                    (boxed(x, y - 9.0, tw, 13.0), x, y - 8.0, "middle"),
                    (boxed(x, y + 11.0, tw, 13.0), x, y + 12.0, "middle"),
                ],
            });
        }
    }
    let rects: Vec<Vec<Rect>> = cands.iter().map(|c| c.tries.iter().map(|t| t.0).collect()).collect();
    let picks = geo::place_labels(&rects, occupied);
    cands
        .into_iter()
        .zip(picks)
        .filter_map(|(c, pick)| {
            let (_, x, y, anchor) = c.tries[pick?];
            Some(Label { x, y, anchor, ..c.label })
        })
        .collect()
}

/// Stacks as drawn at `scale`: close points clustered, then stacks whose discs would touch
/// merged.
fn stack(pts: &[(f64, f64)], scale: f64) -> Vec<Cluster> {
    geo::declutter(geo::cluster(pts, scale, CLUSTER_PX), scale, disc_radius, 2.0)
}

/// Radius a stack of `n` takes on screen (halo included), px.
fn disc_radius(n: usize) -> f64 {
    if n == 1 {
        MARKER_R + 2.0
    } else {
        cluster_radius(n) + 5.0
    }
}

/// Radius of a cluster marker for `n` events, px.
fn cluster_radius(n: usize) -> f64 {
    (13.0 + 2.6 * (n as f64).log2()).min(24.0)
}

#[component]
pub fn MapPanel() -> Html {
    let app = use_app();
    let live = use_mut_ref(Live::default);
    let ticker: Ticker = use_mut_ref(|| None);
    let force = use_force_update();
    let base_ref = use_node_ref();
    let overlay_ref = use_node_ref();
    let svg_ref = use_node_ref();
    let frame_ref = use_node_ref();
    let ctl = Ctl {
        live: live.clone(),
        ticker: ticker.clone(),
        base: base_ref.clone(),
        overlay: overlay_ref.clone(),
        svg: svg_ref.clone(),
        frame: frame_ref.clone(),
        force: force.clone(),
    };

    let analysis_key = Rc::as_ptr(&app.analysis) as usize;
    let points = {
        let analysis = app.analysis.clone();
        use_memo(analysis_key, move |_| {
            analysis
                .events
                .iter()
                .map(|e| e.place.as_ref().map(|p| geo::project(p.lon, p.lat)))
                .collect::<Vec<Option<(f64, f64)>>>()
        })
    };
    let focus = {
        let analysis = app.analysis.clone();
        use_memo(analysis_key, move |_| Rc::new(focus_countries(&analysis.events)))
    };

    // The animation-frame ticker and the size watcher live as long as the map.
    live.borrow_mut().latest = Some((app.clone(), points.clone()));
    {
        let ctl = ctl.clone();
        let frame_ref = frame_ref.clone();
        use_effect_with((), move |_| {
            let weak = ctl.clone();
            *ctl.ticker.borrow_mut() = Some(Closure::new(move |now: f64| weak.tick(now)));
            let on_resize = {
                let ctl = ctl.clone();
                let frame_ref = frame_ref.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                    let Some(el) = frame_ref.cast::<HtmlElement>() else { return };
                    let size = (el.client_width() as f64, el.client_height() as f64);
                    let Some((app, points)) = ctl.live.borrow().latest.clone() else { return };
                    resized(&ctl, &app, &points, size);
                })
            };
            let observer = frame_ref.cast::<Element>().and_then(|el| {
                let ro = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                ro.observe(&el);
                Some(ro)
            });
            move || {
                if let Some(ro) = observer {
                    ro.disconnect();
                }
                drop(on_resize);
                ctl.ticker.borrow_mut().take();
            }
        });
    }

    // Wheel zoom: a non-passive listener so the page does not scroll instead. Each event zooms
    // the live view about the cursor; the picture follows once per animation frame (scaled as
    // one layer, see `move_picture`), and the map is redrawn when the wheel rests.
    {
        let ctl = ctl.clone();
        use_effect_with(svg_ref.clone(), move |svg| {
            let listener = svg.cast::<Element>().map(|el| {
                let opts = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&el, "wheel", opts, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                    e.prevent_default();
                    ctl.measure_origin();
                    let at = ctl.local(e);
                    let per = match e.delta_mode() {
                        0 => 1.0,
                        1 => 33.0,
                        _ => 400.0,
                    };
                    let k = if e.ctrl_key() { 0.01 } else { 0.0022 };
                    let factor = (-e.delta_y() * per * k).clamp(-1.5, 1.5).exp();
                    {
                        let mut l = ctl.live.borrow_mut();
                        let vp = l.vp.zoom_at(factor, at, l.limits());
                        l.set_vp(vp);
                        l.fly = None;
                        l.spider = None;
                        l.wheel_moved = true;
                        let settle = ctl.clone();
                        l.wheel_settle = Some(Timeout::new(WHEEL_REST_MS, move || {
                            settle.live.borrow_mut().wheel_settle = None;
                            settle.commit();
                        }));
                    }
                    ctl.request_frame();
                })
            });
            move || drop(listener)
        });
    }

    // Selecting an event (anywhere) flies the map to it.
    {
        let ctl = ctl.clone();
        let app = app.clone();
        let points = points.clone();
        use_effect_with(app.reveal, move |&reveal| {
            if reveal > 0 {
                let ready = ctl.live.borrow().ready && ctl.live.borrow().size.is_some();
                if ready {
                    reveal_selected(&ctl, &app, &points, false);
                } else {
                    ctl.live.borrow_mut().pending_reveal = true;
                }
            }
        });
    }

    // --- render -----------------------------------------------------------------------
    let events = &app.analysis.events;
    let visible = app.visible_events();
    let selected = app.selected_event_index();
    let unplaced: Vec<usize> =
        visible.iter().copied().filter(|&i| points.get(i).copied().flatten().is_none()).collect();
    let on_map = visible.len() - unplaced.len();

    let (vp, size, spider) = {
        let mut l = live.borrow_mut();
        l.rendered = l.vp;
        (l.vp, l.size, l.spider.filter(|&(_, s)| (s - l.vp.scale).abs() < 1e-9))
    };

    // Clusters for this zoom and filter (cached: panning does not change them).
    let (placed, clusters) = {
        let mut l = live.borrow_mut();
        match &l.clusters {
            Some(c) if c.scale == vp.scale && c.visible == visible => (c.placed.clone(), c.clusters.clone()),
            _ => {
                let placed = Rc::new(placed_events(&points, &visible));
                let pts: Vec<(f64, f64)> = placed.iter().map(|&(_, p)| p).collect();
                let clusters = Rc::new(stack(&pts, vp.scale));
                l.clusters = Some(ClusterCache {
                    scale: vp.scale,
                    visible: visible.clone(),
                    placed: placed.clone(),
                    clusters: clusters.clone(),
                });
                (placed, clusters)
            }
        }
    };

    let select = {
        let app = app.clone();
        let live = live.clone();
        move |i: usize| {
            let app = app.clone();
            let live = live.clone();
            let id = events[i].id.clone();
            move || {
                if std::mem::take(&mut live.borrow_mut().dragged) {
                    return;
                }
                app.dispatch(Action::SelectEvent(Some(id.clone())));
            }
        }
    };

    let overlay = size.map(|(w, h)| {
        let margin = 0.5 * w.max(h);
        let in_view = |sx: f64, sy: f64, r: f64| {
            sx + r > -margin && sx - r < w + margin && sy + r > -margin && sy - r < h + margin
        };
        let mut rings: Vec<Html> = Vec::new();
        let mut ring_seen: Vec<(f64, f64, f64)> = Vec::new();
        let mut huge_rings = 0;
        let mut markers: Vec<Html> = Vec::new();
        let mut spider_html: Vec<Html> = Vec::new();
        let mut occupied: Vec<Rect> = Vec::new();
        let s = vp.scale;

        let single = |i: usize, x: f64, y: f64, out: &mut Vec<Html>| {
            let ev = &events[i];
            let is_sel = selected == Some(i);
            let r = if is_sel { MARKER_R + 2.0 } else { MARKER_R };
            let activate = select(i);
            let onclick = {
                let activate = activate.clone();
                Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    activate();
                })
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    e.stop_propagation();
                    activate();
                }
            });
            out.push(html! {
                <g key={format!("e{i}")}
                    class={classes!("map-marker", format!("ev-kind-{}", ev.kind.as_str()), is_sel.then_some("is-selected"))}
                    transform={format!("translate({} {})", geo::px(x), geo::px(y))}
                    role="button" tabindex="0"
                    aria-label={marker_label(ev)}
                    aria-pressed={is_sel.to_string()}
                    data-event={ev.id.clone()}
                    {onclick} {onkeydown}>
                    <title>{ marker_title(ev) }</title>
                    if is_sel {
                        <circle class="map-marker-sel" r={geo::px(r + 5.0)} />
                    }
                    <circle class="map-marker-halo" r={geo::px(r + 2.0)} />
                    <circle class="map-marker-body" r={geo::px(r)} />
                    <text class="map-marker-glyph" text-anchor="middle" dy="0.35em">{ kind_code(ev.kind) }</text>
                </g>
            });
        };

        for c in clusters.iter() {
            let (cx, cy) = (c.x * s, c.y * s);
            let (sx, sy) = (cx + vp.tx, cy + vp.ty);
            // Uncertainty rings of the members (one per spot and radius).
            for &m in &c.members {
                let (i, p) = placed[m];
                let Some(pl) = events[i].place.as_ref() else { continue };
                let Some(km) = geo::uncertainty_km(pl.precision, pl.inferred) else { continue };
                let r = (km / vp.km_per_px(pl.lat)).max(MARKER_R + 6.0);
                let (px_, py_) = (p.0 * s, p.1 * s);
                if !in_view(px_ + vp.tx, py_ + vp.ty, r) || r > 8.0 * w.max(h) {
                    continue;
                }
                // One ring for rings that would draw almost on top of each other.
                let tol = 6.0_f64.max(r * 0.15);
                if ring_seen.len() >= MAX_RINGS
                    || ring_seen.iter().any(|&(x, y, rr)| (x - px_).hypot(y - py_) < tol && (rr - r).abs() < tol)
                {
                    continue;
                }
                ring_seen.push((px_, py_, r));
                let coarse = matches!(pl.precision, GeoPrecision::Region | GeoPrecision::Country);
                let huge = r > 0.6 * w.min(h);
                // Rings wider than the view say little and are slow to paint: only a few.
                if huge {
                    if huge_rings >= MAX_HUGE_RINGS {
                        continue;
                    }
                    huge_rings += 1;
                }
                rings.push(html! {
                    <circle class={classes!("map-ring", pl.inferred.then_some("is-inferred"), coarse.then_some("is-coarse"), huge.then_some("is-huge"))}
                        cx={geo::px(px_)} cy={geo::px(py_)} r={geo::px(r)} />
                });
            }
            let cr = if c.members.len() == 1 { MARKER_R + 2.0 } else { cluster_radius(c.members.len()) + 4.0 };
            if !in_view(sx, sy, cr) {
                continue;
            }
            occupied.push(Rect::around(sx, sy, 2.0 * cr + 2.0, 2.0 * cr + 2.0));
            if c.members.len() == 1 {
                single(placed[c.members[0]].0, cx, cy, &mut markers);
                continue;
            }
            // A stack of events.
            let key = placed[c.key()].0;
            let expanded = spider.is_some_and(|(k, _)| k == key);
            let n = c.members.len();
            let idx: Vec<usize> = c.members.iter().map(|&m| placed[m].0).collect();
            let has_sel = selected.is_some_and(|sel| idx.contains(&sel));
            let r = cluster_radius(n);
            let mut kinds: Vec<(EventKind, usize)> = Vec::new();
            for &i in &idx {
                match kinds.iter_mut().find(|(k, _)| *k == events[i].kind) {
                    Some((_, k)) => *k += 1,
                    None => kinds.push((events[i].kind, 1)),
                }
            }
            atlas_core::sort::sort_by_key(&mut kinds, |&(k, n)| (std::cmp::Reverse(n), k));
            let place_name = events[idx[0]].place.as_ref().map_or("", |p| p.name.as_str());
            let all_same_place = idx.iter().all(|&i| events[i].place.as_ref().map(|p| p.name.as_str()) == Some(place_name));
            let near = if all_same_place { format!("at {place_name}") } else { format!("near {place_name}") };
            let kind_list: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {}", k.as_str())).collect();
            let label = if expanded {
                format!("{n} events {near}: {}. Collapse", kind_list.join(", "))
            } else {
                format!("{n} events {near}: {}. Expand", kind_list.join(", "))
            };
            let onactivate = {
                let ctl = ctl.clone();
                let placed = placed.clone();
                let members = c.members.clone();
                move || expand_cluster(&ctl, &placed, &members, key)
            };
            let onclick = {
                let act = onactivate.clone();
                Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    act();
                })
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    e.stop_propagation();
                    onactivate();
                }
            });
            let mut from = 0.0;
            let arcs: Vec<Html> = if kinds.len() == 1 {
                vec![html! { <circle class={classes!("map-cluster-arc", format!("ev-kind-{}", kinds[0].0.as_str()))} r={geo::px(r + 2.5)} /> }]
            } else {
                kinds
                    .iter()
                    .map(|&(k, m)| {
                        let to = from + m as f64 / n as f64;
                        let d = geo::arc_d(0.0, 0.0, r + 2.5, from + 0.004, to - 0.004);
                        from = to;
                        html! { <path class={classes!("map-cluster-arc", format!("ev-kind-{}", k.as_str()))} {d} /> }
                    })
                    .collect()
            };
            let hub = html! {
                <g key={format!("c{key}")}
                    class={classes!("map-cluster", has_sel.then_some("is-selected"), expanded.then_some("is-expanded"))}
                    transform={format!("translate({} {})", geo::px(cx), geo::px(cy))}
                    role="button" tabindex="0"
                    aria-label={label}
                    aria-expanded={expanded.to_string()}
                    data-count={n.to_string()}
                    {onclick} {onkeydown}>
                    <title>{ format!("{n} events {near} — {}", kind_list.join(", ")) }</title>
                    if has_sel {
                        <circle class="map-marker-sel" r={geo::px(r + 8.0)} />
                    }
                    <circle class="map-cluster-halo" r={geo::px(r + 5.0)} />
                    { for arcs }
                    <circle class="map-cluster-body" r={geo::px(r)} />
                    <text class="map-cluster-count" text-anchor="middle" dy="0.35em">{ n }</text>
                </g>
            };
            if expanded {
                let offs = geo::spider_offsets(n, MARKER_R);
                let reach = offs.iter().map(|o| o.0.hypot(o.1)).fold(0.0, f64::max) + MARKER_R + 8.0;
                spider_html.push(html! {
                    <circle key={format!("sb{key}")} class="map-spider-backdrop" cx={geo::px(cx)} cy={geo::px(cy)} r={geo::px(reach)} />
                });
                for (&i, &(dx, dy)) in idx.iter().zip(&offs) {
                    spider_html.push(html! {
                        <line key={format!("sl{i}")} class="map-spider-leg" x1={geo::px(cx)} y1={geo::px(cy)}
                            x2={geo::px(cx + dx)} y2={geo::px(cy + dy)} />
                    });
                }
                spider_html.push(hub);
                for (&i, &(dx, dy)) in idx.iter().zip(&offs) {
                    single(i, cx + dx, cy + dy, &mut spider_html);
                    occupied.push(Rect::around(sx + dx, sy + dy, 2.0 * MARKER_R + 4.0, 2.0 * MARKER_R + 4.0));
                }
            } else {
                markers.push(hub);
            }
        }

        let labels = labels_for(&vp, (w, h), &occupied);
        let dots = labels.iter().filter_map(|l| l.dot.map(|d| (l.class, d))).map(|(class, (x, y, r))| {
            let class = if class.contains("district") { "map-dot is-district" } else { "map-dot" };
            html! { <circle class={class} cx={geo::px(x)} cy={geo::px(y)} r={geo::px(r)} /> }
        });
        let texts = labels.iter().map(|l| {
            let transform = (l.angle.abs() > 0.5)
                .then(|| format!("rotate({} {} {})", geo::fmt_num(l.angle, 10.0), geo::px(l.x), geo::px(l.y)));
            html! {
                <text class={classes!("map-label", l.class)} x={geo::px(l.x)} y={geo::px(l.y)}
                    text-anchor={l.anchor} dy="0.35em" {transform}>{ l.text }</text>
            }
        });
        html! {
            <>
                <g class="map-rings" aria-hidden="true">{ rings }</g>
                <g class="map-labels" aria-hidden="true">{ for dots }{ for texts }</g>
                <g class="map-markers">{ markers }</g>
                <g class="map-spider">{ spider_html }</g>
            </>
        }
    });

    // Scale bar at the map's centre latitude.
    let scale_bar = size.map(|(w, h)| {
        let (_, lat) = geo::unproject(vp.center((w, h)).0, vp.center((w, h)).1);
        let (len, label) = geo::scale_bar(vp.km_per_px(lat), (w * 0.28).clamp(60.0, 130.0));
        let d = format!("M0 -5V0H{}V-5", geo::px(len));
        html! {
            <g class="map-scalebar" transform={format!("translate(12 {})", geo::px(h - 14.0))} aria-hidden="true">
                <path class="map-scalebar-halo" d={d.clone()} />
                <path class="map-scalebar-line" {d} />
                <text class="map-scalebar-label" x="0" y="-9">{ label.clone() }</text>
            </g>
        }
    });

    // --- handlers ---------------------------------------------------------------------
    let onpointerdown = {
        let ctl = ctl.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            if ctl.live.borrow().pointers.is_empty() {
                ctl.measure_origin();
            }
            let (x, y) = ctl.local(&e);
            let mut l = ctl.live.borrow_mut();
            l.fly = None;
            l.dragged = false;
            l.pointers.retain(|p| p.id != e.pointer_id());
            l.pointers.push(Pointer { id: e.pointer_id(), x, y });
            match l.pointers.len() {
                1 => {
                    l.press = Some((x, y));
                    l.dragging = false;
                }
                2 => {
                    let (a, b) = (l.pointers[0], l.pointers[1]);
                    l.pinch = Some(((a.x - b.x).hypot(a.y - b.y).max(1.0), ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)));
                    l.dragging = true;
                    drop(l);
                    if let Some(svg) = ctl.svg.cast::<Element>() {
                        for p in ctl.live.borrow().pointers.iter() {
                            let _ = svg.set_pointer_capture(p.id);
                        }
                    }
                }
                _ => {}
            }
        })
    };
    let onpointermove = {
        let ctl = ctl.clone();
        Callback::from(move |e: PointerEvent| {
            let (x, y) = ctl.local(&e);
            let mut l = ctl.live.borrow_mut();
            let Some(k) = l.pointers.iter().position(|p| p.id == e.pointer_id()) else { return };
            let prev = l.pointers[k];
            l.pointers[k].x = x;
            l.pointers[k].y = y;
            if l.pointers.len() >= 2 {
                let (a, b) = (l.pointers[0], l.pointers[1]);
                let dist = (a.x - b.x).hypot(a.y - b.y).max(1.0);
                let mid = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
                let Some((d0, m0)) = l.pinch else { return };
                let vp = l.vp.pan(mid.0 - m0.0, mid.1 - m0.1).zoom_at(dist / d0, mid, l.limits());
                l.set_vp(vp);
                l.pinch = Some((dist, mid));
                l.spider = None;
                drop(l);
                ctl.apply();
                return;
            }
            if !l.dragging {
                let Some((px0, py0)) = l.press else { return };
                if (x - px0).hypot(y - py0) < DRAG_SLOP {
                    return;
                }
                l.dragging = true;
                drop(l);
                if let Some(svg) = ctl.svg.cast::<Element>() {
                    let _ = svg.set_pointer_capture(e.pointer_id());
                }
                ctl.set_dragging_class(true);
                l = ctl.live.borrow_mut();
            }
            let vp = l.vp.pan(x - prev.x, y - prev.y);
            l.set_vp(vp);
            drop(l);
            ctl.apply();
        })
    };
    let onpointerup = {
        let ctl = ctl.clone();
        Callback::from(move |e: PointerEvent| {
            let ended_drag = {
                let mut l = ctl.live.borrow_mut();
                let before = l.pointers.len();
                l.pointers.retain(|p| p.id != e.pointer_id());
                if l.pointers.len() == before {
                    return;
                }
                l.pinch = None;
                if let Some(&p) = l.pointers.first() {
                    // One finger left after a pinch: it pans on from here.
                    l.press = Some((p.x, p.y));
                    false
                } else {
                    l.press = None;
                    let was = std::mem::take(&mut l.dragging);
                    l.dragged = was;
                    was
                }
            };
            if ended_drag {
                ctl.set_dragging_class(false);
                ctl.commit();
            }
        })
    };
    // While picking a place for an event, a click (or Enter: the centre) sets it there: the
    // nearest named place within 12 px, else the point itself.
    let pick_at = {
        let app = app.clone();
        let ctl = ctl.clone();
        move |screen: (f64, f64)| {
            let Some(event) = app.picking_place.clone() else { return false };
            let (world, km_per_px) = {
                let l = ctl.live.borrow();
                let world = l.vp.to_world(screen);
                (world, l.vp.km_per_px(geo::unproject(world.0, world.1).1))
            };
            let (lon, lat) = geo::unproject(world.0, world.1);
            // The answer comes from the place lookup's worker; the form reopens with it.
            let dispatch = app.dispatcher();
            place_at(lat, lon, km_per_px * 12.0, move |place| {
                dispatch.dispatch(Action::Correct(Correction::EventPlace { event, place: Some(place) }));
                dispatch.dispatch(Action::PickPlace(None));
            });
            true
        }
    };
    // A click on the map itself (not a marker) folds an expanded cluster back.
    let onclick = {
        let ctl = ctl.clone();
        let pick_at = pick_at.clone();
        Callback::from(move |e: MouseEvent| {
            let dragged = ctl.live.borrow().dragged;
            if !dragged {
                ctl.measure_origin();
                if pick_at(ctl.local(&e)) {
                    return;
                }
            }
            let fold = {
                let mut l = ctl.live.borrow_mut();
                !std::mem::take(&mut l.dragged) && l.spider.take().is_some()
            };
            if fold {
                ctl.commit();
            }
        })
    };
    let ondblclick = {
        let ctl = ctl.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctl.measure_origin();
            let at = ctl.local(&e);
            {
                let mut l = ctl.live.borrow_mut();
                let factor = if e.shift_key() { 1.0 / ZOOM_STEP } else { ZOOM_STEP };
                let vp = l.vp.zoom_at(factor, at, l.limits());
                l.set_vp(vp);
                l.spider = None;
            }
            ctl.commit();
        })
    };

    let fit = {
        let ctl = ctl.clone();
        let placed = placed.clone();
        let app_fit = app.clone();
        move || {
            let (size, limits) = {
                let mut l = ctl.live.borrow_mut();
                l.spider = None;
                (l.size_or_default(), l.limits())
            };
            ctl.go(fit_view(&app_fit.analysis.events, &placed, size, limits), false);
        }
    };
    {
        // Picking starts with the map focused, so Enter and Escape work at once.
        let frame_ref = frame_ref.clone();
        use_effect_with(app.picking_place.is_some(), move |&on| {
            if on {
                // After the dialog closes, which gives focus back to its opener.
                Timeout::new(0, move || {
                    if let Some(f) = frame_ref.cast::<HtmlElement>() {
                        let _ = f.focus();
                    }
                })
                .forget();
            }
        });
    }
    let picking = app.picking_place.as_deref().and_then(|id| app.event_index(id)).map(|i| i + 1);
    let cancel_pick = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::PickPlace(None)))
    };
    let onkeydown = {
        let ctl = ctl.clone();
        let fit = fit.clone();
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let (w, h) = ctl.live.borrow().size_or_default();
            if app.picking_place.is_some() {
                match e.key().as_str() {
                    "Enter" | " " => {
                        e.prevent_default();
                        pick_at((w / 2.0, h / 2.0));
                        return;
                    }
                    "Escape" => {
                        e.prevent_default();
                        app.dispatch(Action::PickPlace(None));
                        return;
                    }
                    _ => {}
                }
            }
            let step = (w.min(h) / 5.0).max(40.0);
            match e.key().as_str() {
                "ArrowLeft" => ctl.pan_by(step, 0.0),
                "ArrowRight" => ctl.pan_by(-step, 0.0),
                "ArrowUp" => ctl.pan_by(0.0, step),
                "ArrowDown" => ctl.pan_by(0.0, -step),
                "+" | "=" => ctl.zoom_by(ZOOM_STEP),
                "-" | "_" => ctl.zoom_by(1.0 / ZOOM_STEP),
                "0" => fit(),
                "Escape" => {
                    if ctl.live.borrow_mut().spider.take().is_none() {
                        return;
                    }
                    ctl.commit();
                }
                _ => return,
            }
            e.prevent_default();
        })
    };
    let zoom_in = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| ctl.zoom_by(ZOOM_STEP))
    };
    let zoom_out = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| ctl.zoom_by(1.0 / ZOOM_STEP))
    };
    let on_fit = Callback::from(move |_: MouseEvent| fit());
    let on_baghdad = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| {
            let (size, limits) = {
                let mut l = ctl.live.borrow_mut();
                l.spider = None;
                (l.size_or_default(), l.limits())
            };
            let (a, b, c, d) = BAGHDAD;
            ctl.go(Viewport::fit(Bounds::of_degrees(a, b, c, d), size, 8.0, MAX_SCALE, limits), false);
        })
    };

    // After every render the attributes hold the rendered view and the SVG is not moved; a
    // gesture still under way (drag, pinch, wheel) moves on from there.
    {
        let ctl = ctl.clone();
        use_effect(move || {
            let (base, overlay, moving) = {
                let mut l = ctl.live.borrow_mut();
                l.applied = l.rendered;
                let moving = l.moving();
                let r = l.rendered;
                (r.matrix(), format!("translate({} {})", geo::px(r.tx), geo::px(r.ty)), moving)
            };
            if let Some(el) = ctl.base.cast::<Element>() {
                let _ = el.set_attribute("transform", &base);
            }
            if let Some(el) = ctl.overlay.cast::<Element>() {
                let _ = el.set_attribute("transform", &overlay);
            }
            if moving {
                ctl.move_picture();
            } else {
                ctl.rest_picture();
            }
        });
    }
    let base_transform = vp.matrix();
    let overlay_transform = format!("translate({} {})", geo::px(vp.tx), geo::px(vp.ty));
    let (w, h) = size.unwrap_or((0.0, 0.0));
    let selected_note = selected.map(|i| {
        let ev = &events[i];
        let shown = visible.contains(&i);
        let detail = match (&ev.place, shown) {
            (_, false) => "hidden by the filters".to_string(),
            (None, true) => "no place in the text — not on the map".to_string(),
            (Some(p), true) => {
                let ring = geo::uncertainty_km(p.precision, p.inferred)
                    .map(|km| format!(" · ring ≈ {} km", geo::fmt_num(km, 10.0)))
                    .unwrap_or_default();
                let inferred = if p.inferred { " · place inferred" } else { "" };
                format!("{} · {} precision{inferred}{ring}", p.name, geo_precision_word(p.precision))
            }
        };
        let date = ev.date.as_ref().map_or_else(|| "undated".to_string(), human_event_date);
        html! {
            <p class="map-selected">
                <span class={classes!("ev-dot", format!("ev-kind-{}", ev.kind.as_str()))} aria-hidden="true">{ kind_code(ev.kind) }</span>
                <span><strong>{ kind_title(ev.kind) }</strong>{ format!(" · {date} · ") }<span dir="auto">{ detail }</span></span>
            </p>
        }
    });
    let kinds_shown: Vec<EventKind> = {
        let mut ks: Vec<EventKind> = placed.iter().map(|&(i, _)| events[i].kind).collect();
        atlas_core::sort::sort(&mut ks);
        ks.dedup();
        ks
    };

    html! {
        <section class="panel map-panel" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{ "Event map" }</h2>
                <span class="panel-count">
                    { format!("{} on the map", count(on_map, "event", "events")) }
                </span>
            </div>
            <div class={classes!("map-frame", picking.is_some().then_some("is-picking"))}>
                if let Some(n) = picking {
                    <div class="map-pick-banner" role="status">
                        <span>{ format!("Click the map to set the place of event {n}, or press Enter for the centre of the view.") }</span>
                        <button type="button" class="link-button" onclick={cancel_pick}>{ "Cancel" }</button>
                    </div>
                }
                <div class="map-viewport" ref={frame_ref} tabindex="0" role="group"
                    aria-roledescription="map"
                    aria-label="Event map"
                    aria-describedby="map-help"
                    {onkeydown}>
                    <svg class="map-svg" ref={svg_ref}
                        width={geo::px(w)} height={geo::px(h)} viewBox={format!("0 0 {} {}", geo::px(w), geo::px(h))}
                        {onpointerdown} {onpointermove}
                        onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
                        {onclick} {ondblclick}>
                        <rect class="map-sea" width="100%" height="100%" />
                        <g class="map-base" ref={base_ref} transform={base_transform} aria-hidden="true">
                            // Rendered at build time (`prerender`) the map's size is unknown: the
                            // frame is drawn, the land once the app has measured it.
                            if cfg!(target_arch = "wasm32") {
                                <BaseLayer focus={(*focus).clone()} />
                            }
                        </g>
                        <g class="map-overlay" ref={overlay_ref} transform={overlay_transform}>
                            { overlay.unwrap_or_default() }
                        </g>
                        { scale_bar.unwrap_or_default() }
                    </svg>
                    <div class="map-controls">
                        <button type="button" class="map-button" aria-label="Zoom in on the map" title="Zoom in (+)" onclick={zoom_in}>
                            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
                        </button>
                        <button type="button" class="map-button" aria-label="Zoom out on the map" title="Zoom out (−)" onclick={zoom_out}>
                            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
                        </button>
                        <button type="button" class="map-button" aria-label="Fit map to events" title="Fit to events (0)" onclick={on_fit}>
                            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
                        </button>
                    </div>
                    <div class="map-controls map-controls-inset">
                        <button type="button" class="map-button map-button-text" aria-label="Zoom to Baghdad districts"
                            title="Baghdad districts" onclick={on_baghdad}>
                            { "Baghdad" }
                        </button>
                    </div>
                </div>
                <p class="map-attribution">{ "Map data: " }{ geo::base_geometry().attribution }</p>
            </div>
            <p id="map-help" class="visually-hidden">
                { "Drag or use the arrow keys to pan; scroll, pinch or press plus and minus to zoom; press 0 to fit to the events. Tab to an event marker and press Enter to select it; a numbered marker stacks several events: press Enter to expand it." }
            </p>
            { selected_note.unwrap_or_default() }
            if !kinds_shown.is_empty() {
                <ul class="map-legend" aria-label="Marker legend">
                    { for kinds_shown.iter().map(|&k| html! {
                        <li class={format!("ev-kind-{}", k.as_str())}>
                            <span class="map-legend-mark" aria-hidden="true">{ kind_code(k) }</span>{ kind_title(k) }
                        </li>
                    }) }
                    <li class="map-legend-ring"><span class="map-legend-ringmark" aria-hidden="true"></span>{ "Approximate place" }</li>
                    <li class="map-legend-stack"><span class="map-legend-stackmark" aria-hidden="true">{ "3" }</span>{ "Stacked events" }</li>
                </ul>
            }
            if !unplaced.is_empty() {
                <div class="map-offmap">
                    <h3 class="map-offmap-title">{ format!("Not on the map: {}", count(unplaced.len(), "event", "events")) }</h3>
                    <ul class="chip-list map-offmap-list">
                        { for unplaced.iter().map(|&i| {
                            let ev = &events[i];
                            let is_sel = selected == Some(i);
                            let onclick = {
                                let app = app.clone();
                                let id = ev.id.clone();
                                Callback::from(move |_: MouseEvent| app.dispatch(Action::SelectEvent(Some(id.clone()))))
                            };
                            let date = ev.date.as_ref().map_or_else(|| "undated".to_string(), human_event_date);
                            html! {
                                <li key={ev.id.clone()}>
                                    <button type="button"
                                        class={classes!("chip", "map-offmap-chip", format!("ev-kind-{}", ev.kind.as_str()), is_sel.then_some("is-selected"))}
                                        aria-pressed={is_sel.to_string()}
                                        aria-label={format!("{} (no place)", event_label(ev))}
                                        {onclick}>
                                        <span class="ev-dot" aria-hidden="true">{ kind_code(ev.kind) }</span>
                                        { kind_title(ev.kind) }
                                        <span class="chip-count">{ date }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// The map's box changed size: keep its centre, or set the first view.
fn resized(ctl: &Ctl, app: &AppContext, points: &[Option<(f64, f64)>], size: (f64, f64)) {
    if size.0 < 2.0 || size.1 < 2.0 {
        // Hidden (an inactive tab): keep the last view.
        return;
    }
    let first = {
        let mut l = ctl.live.borrow_mut();
        if l.size == Some(size) {
            return;
        }
        let old = l.size.replace(size);
        let first = !l.ready;
        if let (Some(old), false) = (old, first) {
            let c = l.vp.center(old);
            let vp = Viewport::centered(c, l.vp.scale, size);
            l.set_vp(vp);
        }
        first
    };
    if first {
        let visible = app.visible_events();
        let placed = placed_events(points, &visible);
        let limits = ctl.live.borrow().limits();
        {
            let mut l = ctl.live.borrow_mut();
            l.vp = fit_view(&app.analysis.events, &placed, size, limits);
            l.ready = true;
        }
        if app.selected_event.is_some() || std::mem::take(&mut ctl.live.borrow_mut().pending_reveal) {
            reveal_selected(ctl, app, points, true);
            return;
        }
    } else if std::mem::take(&mut ctl.live.borrow_mut().pending_reveal) {
        reveal_selected(ctl, app, points, true);
        return;
    }
    ctl.commit();
}

/// Centre the selected event (zooming in to part it from its neighbours, expanding its
/// stack when others share its spot).
fn reveal_selected(ctl: &Ctl, app: &AppContext, points: &[Option<(f64, f64)>], jump: bool) {
    let Some(target) = app.selected_event_index() else {
        ctl.commit();
        return;
    };
    let visible = app.visible_events();
    let placed = placed_events(points, &visible);
    let (current, size, limits) = {
        let l = ctl.live.borrow();
        (l.vp, l.size_or_default(), l.limits())
    };
    let Some((vp, spider)) = reveal_view(&placed, target, current, size, limits) else {
        ctl.commit();
        return;
    };
    ctl.live.borrow_mut().spider = spider;
    ctl.go(vp, jump);
}

/// A stack was activated: zoom to its events if that parts them, else fan them out (or
/// fold them back when already fanned out).
fn expand_cluster(ctl: &Ctl, placed: &[(usize, (f64, f64))], members: &[usize], key: usize) {
    if std::mem::take(&mut ctl.live.borrow_mut().dragged) {
        return;
    }
    let (current, size, limits, spider) = {
        let l = ctl.live.borrow();
        (l.vp, l.size_or_default(), l.limits(), l.spider)
    };
    if spider.is_some_and(|(k, s)| k == key && (s - current.scale).abs() < 1e-9) {
        ctl.live.borrow_mut().spider = None;
        ctl.commit();
        return;
    }
    let pts: Vec<(f64, f64)> = members.iter().map(|&m| placed[m].1).collect();
    let bounds = Bounds::of(pts.iter().copied());
    let cap = EXPAND_MAX_SCALE.max(current.scale);
    let target = bounds.map(|b| Viewport::fit(b, size, FIT_PAD + 20.0, cap, limits));
    let parts = target.is_some_and(|t| t.scale > current.scale * 1.05 && stack(&pts, t.scale).len() > 1);
    match target {
        Some(t) if parts => {
            ctl.live.borrow_mut().spider = None;
            ctl.go(t, false);
        }
        _ => {
            ctl.live.borrow_mut().spider = Some((key, current.scale));
            ctl.commit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_analysis;

    #[test]
    fn kind_codes_are_distinct() {
        let mut codes: Vec<&str> = EventKind::ALL.iter().map(|&k| kind_code(k)).collect();
        atlas_core::sort::sort(&mut codes);
        codes.dedup();
        assert_eq!(codes.len(), EventKind::ALL.len());
    }

    #[test]
    fn marker_labels_name_kind_date_and_place() {
        let a = sample_analysis();
        assert_eq!(marker_label(&a.events[2]), "assassination, 2021-03-21, Mansour, Baghdad");
        assert_eq!(marker_label(&a.events[3]), "threat, undated");
        assert!(marker_title(&a.events[0]).contains("city precision, inferred"));
    }

    #[test]
    fn revealing_parts_close_events_and_expands_shared_spots() {
        let a = sample_analysis();
        let placed: Vec<(usize, (f64, f64))> = a
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.place.as_ref().map(|p| (i, geo::project(p.lon, p.lat))))
            .collect();
        let size = (500.0, 400.0);
        let limits = ZoomLimits::for_width(500.0);
        let far = fit_view(&a.events, &placed, size, limits);
        let far = Viewport { scale: far.scale / 16.0, ..far };
        // Events 0 and 1 share the Baghdad centroid; Mansour (2) is ~3.6 km west.
        let (vp, spider) = reveal_view(&placed, 2, far, size, limits).expect("placed");
        assert!(vp.scale > far.scale, "zoomed in to part Mansour from the centre");
        assert_eq!(spider, None);
        let p = placed[2].1;
        let c = vp.to_screen(p);
        assert!((c.0 - 250.0).abs() < 1e-6 && (c.1 - 200.0).abs() < 1e-6, "centred");
        let (_, spider) = reveal_view(&placed, 1, far, size, limits).expect("placed");
        assert_eq!(spider.map(|s| s.0), Some(0), "the shared spot is fanned out");
        assert!(reveal_view(&placed, 3, far, size, limits).is_none(), "no place");
        // Fit with no place at all falls back to the region.
        let vp = fit_view(&[], &[], size, limits);
        let (lon, lat) = geo::unproject(vp.center(size).0, vp.center(size).1);
        assert!((38.0..49.0).contains(&lon) && (29.0..38.0).contains(&lat));
    }

    #[test]
    fn labels_thin_with_zoom_and_districts_need_a_close_up() {
        let size = (600.0, 450.0);
        let limits = ZoomLimits::for_width(600.0);
        let (a, b, c, d) = DEFAULT_REGION;
        let region = Viewport::fit(Bounds::of_degrees(a, b, c, d), size, 0.0, MAX_SCALE, limits);
        let labels = labels_for(&region, size, &[]);
        assert!(labels.iter().any(|l| l.text == "Baghdad"));
        assert!(!labels.iter().any(|l| l.class == "map-label-district"));
        let (a, b, c, d) = BAGHDAD;
        let city = Viewport::fit(Bounds::of_degrees(a, b, c, d), size, 0.0, MAX_SCALE, limits);
        let close = labels_for(&city, size, &[]);
        assert!(close.iter().any(|l| l.text == "Mansour"), "districts when zoomed into Baghdad");
        let wide = Viewport::centered(region.center(size), region.scale / 4.0, size);
        let n_wide = labels_for(&wide, size, &[]).iter().filter(|l| l.class.starts_with("map-label-city")).count();
        assert!(n_wide > 0);
        // Nothing overlaps.
        for set in [&labels, &close] {
            for (i, x) in set.iter().enumerate() {
                for y in &set[i + 1..] {
                    assert!(x.text != y.text || x.class != y.class, "{} twice", x.text);
                }
            }
        }
    }

    #[test]
    fn focus_marks_the_countries_holding_events() {
        let a = sample_analysis();
        let focus = focus_countries(&a.events);
        let g = geo::base_geometry();
        let marked: Vec<&str> = g.countries.iter().zip(&focus).filter(|(_, f)| **f).map(|(c, _)| c.iso).collect();
        assert_eq!(marked, vec!["IQ"]);
    }
}
