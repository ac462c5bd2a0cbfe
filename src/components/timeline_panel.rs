//! The timeline panel: events on an SVG time axis, honest about precision (a month-dated
//! event is drawn over the whole month, a year over the whole year), stacked in lanes, with
//! adaptive ticks, zoom and pan, a brush that sets the date filter, a story mode that steps
//! through the events in order, and the events that cannot be placed in time listed apart.
//!
//! The math lives in [`crate::timeline`]. Drags never re-render: while one lasts only the
//! brush rectangle (or the plot's translation) is set on the DOM; the state changes on
//! pointer-up. No `style` attribute anywhere (the CSP forbids them): SVG attributes and classes.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, SvgElement};
use yew::prelude::*;

use crate::derive::article_identity;
use crate::format::{count, event_label, human_date, kind_title};
use crate::hooks::{use_app, use_progressive, AppContext};
use crate::state::Action;
use crate::timeline::{
    brush_range, chronological, event_span, format_day, label_width, layout, marker_label, range_px, spoken_date,
    spoken_value, ticks, value_span, Item, LabelAt, Layout, Placed, Scale, Shape, DOT_R,
};

/// Height of the brush band along the top of the chart.
const BAND_H: f64 = 22.0;
/// Top of the first lane.
const LANES_TOP: f64 = BAND_H + 8.0;
const LANE_H: f64 = 24.0;
/// Half the height of a bar.
const BAR_HALF: f64 = 6.0;
/// Room under the axis line for two rows of tick labels.
const AXIS_H: f64 = 38.0;
const MIN_LANES: usize = 2;
const MAX_LANES: usize = 16;
/// Beyond this many events the marks carry no text labels (their names stay accessible).
const LABEL_LIMIT: usize = 150;
/// Story mode: one step every 2.5 s.
const STEP_MS: u32 = 2500;
/// Width used until the chart has been measured (or while its tab is hidden).
const DEFAULT_WIDTH: f64 = 480.0;
/// Share of the width left free at each side by "Fit all".
const FIT_PAD: f64 = 0.04;
const ZOOM_STEP: f64 = 1.6;
/// Marks farther than this outside the chart are not drawn (they pan in on release).
const CULL_MARGIN: f64 = 1200.0;
/// Marks drawn per task when an article is shown (`use_progressive`).
const MARK_STEP: usize = 400;
/// A drag shorter than this many pixels is a click.
const DRAG_SLOP: f64 = 3.0;

/// What a pointer drag on the chart is doing.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Drag {
    #[default]
    Idle,
    /// Selecting dates from `start` (px) to `cur`.
    Brush { start: f64, cur: f64 },
    /// Moving the view; the plot is translated by `dx` px until release.
    Pan { start: f64, dx: f64 },
}

/// `(x, y)` of a pointer event in the chart's coordinates (the SVG is drawn 1:1).
fn local_xy(svg: &NodeRef, e: &MouseEvent) -> Option<(f64, f64)> {
    let el = svg.cast::<Element>()?;
    let r = el.get_bounding_client_rect();
    Some((f64::from(e.client_x()) - r.left(), f64::from(e.client_y()) - r.top()))
}

fn set_attr(node: &NodeRef, name: &str, value: &str) {
    if let Some(el) = node.cast::<Element>() {
        let _ = el.set_attribute(name, value);
    }
}

/// Show the brush over pixels `a..b` (clamped to the chart), or hide it. The brush is an HTML
/// layer over the SVG moved by a CSS transform, so dragging it never repaints the marks.
fn draw_brush(node: &NodeRef, px: Option<(f64, f64)>, width: f64) {
    let Some(el) = node.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    match px {
        Some((a, b)) => {
            let lo = a.min(b).clamp(-1.0, width + 1.0);
            let hi = a.max(b).clamp(-1.0, width + 1.0);
            let _ =
                style.set_property("transform", &format!("translateX({lo:.1}px) scaleX({:.1})", (hi - lo).max(1.5)));
            el.set_hidden(false);
        }
        None => el.set_hidden(true),
    }
}

/// The brush's committed place: the date filter on this scale.
fn committed_brush(app: &AppContext, scale: &Scale) -> Option<(f64, f64)> {
    app.date_range.as_ref().and_then(|(from, to)| range_px(scale, from, to))
}

/// The event id a (delegated) DOM event happened on, from its mark's `data-event`.
fn event_id_of(target: Option<web_sys::EventTarget>) -> Option<(Element, String)> {
    let el = target?.dyn_into::<Element>().ok()?.closest("[data-event]").ok()??;
    let id = el.get_attribute("data-event")?;
    Some((el, id))
}

fn focus_svg(el: Option<Element>) {
    if let Some(el) = el.and_then(|e| e.dyn_into::<SvgElement>().ok()) {
        let _ = el.focus();
    }
}

/// A `YYYY-MM-DD` for `<input type="date">` from a filter bound of any precision.
fn input_value(value: &str, end: bool) -> String {
    value_span(value).map(|s| format_day(if end { s.end - 1 } else { s.start })).unwrap_or_default()
}

/// A small inline icon (decorative; the button carries the name).
fn icon(path: &'static str) -> Html {
    html! {
        <svg class="tl-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

const ICON_PLAY: &str = "M4 2.5v11l9-5.5z";
const ICON_PAUSE: &str = "M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z";
const ICON_PREV: &str = "M3 2.5h2v11H3zM14 2.5v11L6 8z";
const ICON_NEXT: &str = "M11 2.5h2v11h-2zM2 2.5v11L10 8z";
const ICON_ZOOM_IN: &str = "M7 2h2v5h5v2H9v5H7V9H2V7h5z";
const ICON_ZOOM_OUT: &str = "M2 7h12v2H2z";
const ICON_LEFT: &str = "M10.5 2.5 5 8l5.5 5.5 1.4-1.4L7.8 8l4.1-4.1z";
const ICON_RIGHT: &str = "M5.5 2.5 11 8l-5.5 5.5-1.4-1.4L8.2 8 4.1 3.9z";
const ICON_FIT: &str =
    "M1.5 4.5V1.5h3v1.5H3v1.5zM11.5 1.5h3v3H13V3h-1.5zM1.5 11.5H3V13h1.5v1.5h-3zM13 11.5h1.5v3h-3V13H13zM5 7h6v2H5z";

/// An analysis compared by identity (a memo's dependency: holding it, the memo never mistakes a
/// new analysis for an old one at the same address).
#[derive(Clone)]
struct SameAnalysis(Rc<atlas_core::Analysis>);

impl PartialEq for SameAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Any memo's result compared by identity, held for the same reason as [`SameAnalysis`].
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn TimelinePanel() -> Html {
    let app = use_app();
    let width = use_state_eq(|| 0.0_f64);
    let domain = use_state_eq(|| None::<(f64, f64)>);
    let playing = use_state_eq(|| false);
    let story = use_state_eq(|| false);
    let drag = use_mut_ref(Drag::default);
    let chart_ref = use_node_ref();
    let svg_ref = use_node_ref();
    let plot_ref = use_node_ref();
    let brush_ref = use_node_ref();
    let from_ref = use_node_ref();
    let to_ref = use_node_ref();

    // Measure the chart's width, now and whenever it changes (window, layout, tab shown).
    {
        let chart_ref = chart_ref.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = {
                let chart_ref = chart_ref.clone();
                move || {
                    if let Some(el) = chart_ref.cast::<Element>() {
                        let w = f64::from(el.client_width());
                        if w > 0.0 {
                            width.set(w.floor());
                        }
                    }
                }
            };
            measure();
            let callback = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| measure());
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(obs), Some(el)) = (&observer, chart_ref.cast::<Element>()) {
                obs.observe(&el);
            }
            move || {
                if let Some(obs) = observer {
                    obs.disconnect();
                }
                drop(callback);
            }
        });
    }

    // A new analysis: fit the view again and stop the story.
    {
        let domain = domain.clone();
        let playing = playing.clone();
        use_effect_with(Rc::as_ptr(&app.analysis) as usize, move |_| {
            domain.set(None);
            playing.set(false);
        });
    }

    let events = &app.analysis.events;
    let w = if *width > 0.0 { *width } else { DEFAULT_WIDTH };
    // The events passing the kind and entity filters; the date filter dims instead of hiding,
    // so the brush can be adjusted against the whole picture.
    let unfiltered: Vec<usize> = {
        let mut s = (*app).clone();
        s.date_range = None;
        s.visible_events()
    };
    // Dates are read and sorted again only when the analysis or the events listed change: the
    // events placed in time, in order, and those that cannot be.
    let dated = {
        let analysis = SameAnalysis(app.analysis.clone());
        use_memo((analysis, unfiltered), |(analysis, listed)| {
            let events = &analysis.0.events;
            let placed = chronological(events, listed);
            let undated: Vec<usize> =
                listed.iter().copied().filter(|&i| events[i].date.as_ref().and_then(event_span).is_none()).collect();
            (placed, undated)
        })
    };
    let (placed, undated) = (&dated.0, &dated.1);
    let fit = Scale::fit(placed.iter().map(|p| p.1), w, FIT_PAD);
    let scale = match *domain {
        Some((a, b)) => Scale { start: a, end: b, width: w },
        None => fit.unwrap_or_else(|| Scale::new(0.0, 365.0, w)),
    };
    let visible: Vec<usize> = app.visible_events();
    let story_order = {
        let analysis = SameAnalysis(app.analysis.clone());
        use_memo((analysis, visible.clone()), |(analysis, listed)| {
            chronological(&analysis.0.events, listed).into_iter().map(|(i, _)| i).collect::<Vec<usize>>()
        })
    };
    let selected = app.selected_event_index();
    let labels = placed.len() <= LABEL_LIMIT;
    // Packed into lanes again only when the events placed or the scale change: not at each step
    // of a long article's progressive drawing, nor when the selection moves.
    let packed = {
        let (dated, analysis) = (dated.clone(), app.analysis.clone());
        // (The events placed held, not their address: a new list may take the old one's place.)
        let key = (Same(dated.clone()), scale.start.to_bits(), scale.end.to_bits(), scale.width.to_bits());
        use_memo(key, move |_| {
            let label_text = |i: usize| format!("{} {}", i + 1, kind_title(analysis.events[i].kind));
            let items: Vec<Item> = dated
                .0
                .iter()
                .map(|&(index, span)| Item {
                    index,
                    span,
                    label_w: if labels { label_width(&label_text(index)) } else { 0.0 },
                })
                .collect();
            layout(&items, &scale, MAX_LANES, CULL_MARGIN)
        })
    };
    let (marks, lanes) = (&packed.marks, packed.lanes);
    let lanes = lanes.max(MIN_LANES);
    let axis_y = LANES_TOP + lanes as f64 * LANE_H + 4.0;
    let height = axis_y + AXIS_H;

    // After every render: the brush shows the committed filter, the plot sits untranslated.
    {
        let brush_ref = brush_ref.clone();
        let plot_ref = plot_ref.clone();
        let svg_ref = svg_ref.clone();
        let committed = committed_brush(&app, &scale);
        let drag = drag.clone();
        use_effect(move || {
            if *drag.borrow() == Drag::Idle {
                draw_brush(&brush_ref, committed, w);
                if let Some(el) = plot_ref.cast::<Element>() {
                    let _ = el.remove_attribute("transform");
                }
                if let Some(el) = svg_ref.cast::<Element>() {
                    let _ = el.remove_attribute("data-drag");
                }
            }
        });
    }

    // A selection from anywhere: bring its mark into view, keeping the zoom.
    {
        let domain = domain.clone();
        let sel_mid = selected.and_then(|i| events[i].date.as_ref()).and_then(event_span).map(|s| s.mid());
        use_effect_with(app.reveal, move |_| {
            if let Some(mid) = sel_mid {
                let x = scale.x(mid);
                if x < scale.width * 0.06 || x > scale.width * 0.94 {
                    let c = scale.centred_on(mid);
                    domain.set(Some((c.start, c.end)));
                }
            }
        });
    }

    // Story mode: while playing, the next event is selected STEP_MS after each selection.
    {
        let app = app.clone();
        let playing = playing.clone();
        let ids: Vec<String> = story_order.iter().map(|&i| events[i].id.clone()).collect();
        use_effect_with((*playing, app.selected_event.clone(), ids), move |(on, sel, ids)| {
            let timer = on.then(|| {
                let pos = sel.as_ref().and_then(|s| ids.iter().position(|id| id == s));
                let next = match pos {
                    Some(p) => ids.get(p + 1).cloned(),
                    None => ids.first().cloned(),
                };
                Timeout::new(STEP_MS, move || match next {
                    Some(id) => app.dispatch(Action::SelectEvent(Some(id))),
                    None => playing.set(false),
                })
            });
            move || drop(timer)
        });
    }

    let select = {
        let app = app.clone();
        Callback::from(move |id: String| app.dispatch(Action::SelectEvent(Some(id))))
    };
    let position = selected.and_then(|s| story_order.iter().position(|&i| i == s));
    let step = {
        let select = select.clone();
        let story = story.clone();
        let ids: Vec<String> = story_order.iter().map(|&i| events[i].id.clone()).collect();
        move |delta: isize| {
            story.set(true);
            let n = ids.len() as isize;
            if n == 0 {
                return;
            }
            let target = match position {
                Some(p) => (p as isize + delta).clamp(0, n - 1),
                None if delta < 0 => n - 1,
                None => 0,
            };
            if Some(target as usize) != position {
                select.emit(ids[target as usize].clone());
            }
        }
    };
    let on_prev = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step(-1))
    };
    let on_next = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step(1))
    };
    let on_play = {
        let playing = playing.clone();
        let story = story.clone();
        let select = select.clone();
        let first = story_order.first().map(|&i| events[i].id.clone());
        let at_end = position.is_none_or(|p| p + 1 >= story_order.len());
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
                return;
            }
            let Some(first) = first.clone() else {
                return;
            };
            story.set(true);
            if at_end {
                select.emit(first);
            }
            playing.set(true);
        })
    };

    let set_scale = {
        let domain = domain.clone();
        Callback::from(move |s: Scale| domain.set(Some((s.start, s.end))))
    };
    // Zoom around the selected mark when it is in view, else around the middle.
    let pivot = selected
        .and_then(|i| events[i].date.as_ref())
        .and_then(event_span)
        .map(|s| scale.x(s.mid()))
        .filter(|x| (0.0..=w).contains(x))
        .unwrap_or(w / 2.0);
    let zoom_by = |factor: f64| {
        let set_scale = set_scale.clone();
        Callback::from(move |_: MouseEvent| set_scale.emit(scale.zoom(factor, pivot)))
    };
    let pan_by = |dx: f64| {
        let set_scale = set_scale.clone();
        Callback::from(move |_: MouseEvent| set_scale.emit(scale.pan(dx)))
    };
    let on_fit = {
        let domain = domain.clone();
        Callback::from(move |_: MouseEvent| domain.set(None))
    };

    // Pointer: drag on the band (or shift+drag anywhere) brushes; elsewhere it pans.
    let on_pointerdown = {
        let drag = drag.clone();
        let svg_ref = svg_ref.clone();
        let brush_ref = brush_ref.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 || event_id_of(e.target()).is_some() {
                return;
            }
            let Some((x, y)) = local_xy(&svg_ref, &e) else {
                return;
            };
            e.prevent_default();
            if let Some(el) = svg_ref.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
                let brushing = e.shift_key() || y <= BAND_H + 2.0;
                let _ = el.set_attribute("data-drag", if brushing { "brush" } else { "pan" });
                if brushing {
                    *drag.borrow_mut() = Drag::Brush { start: x, cur: x };
                    draw_brush(&brush_ref, Some((x, x)), w);
                } else {
                    *drag.borrow_mut() = Drag::Pan { start: x, dx: 0.0 };
                }
            }
        })
    };
    let on_pointermove = {
        let drag = drag.clone();
        let svg_ref = svg_ref.clone();
        let brush_ref = brush_ref.clone();
        let plot_ref = plot_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let state = *drag.borrow();
            if state == Drag::Idle {
                return;
            }
            let Some((x, _)) = local_xy(&svg_ref, &e) else {
                return;
            };
            match state {
                Drag::Brush { start, .. } => {
                    let cur = x.clamp(0.0, w);
                    *drag.borrow_mut() = Drag::Brush { start, cur };
                    draw_brush(&brush_ref, Some((start, cur)), w);
                }
                Drag::Pan { start, .. } => {
                    let dx = x - start;
                    *drag.borrow_mut() = Drag::Pan { start, dx };
                    set_attr(&plot_ref, "transform", &format!("translate({dx:.1} 0)"));
                }
                Drag::Idle => {}
            }
        })
    };
    let finish = {
        let drag = drag.clone();
        let app = app.clone();
        let brush_ref = brush_ref.clone();
        let plot_ref = plot_ref.clone();
        let svg_ref = svg_ref.clone();
        let set_scale = set_scale.clone();
        let committed = committed_brush(&app, &scale);
        move |commit: bool| {
            let state = std::mem::take(&mut *drag.borrow_mut());
            if let Some(el) = svg_ref.cast::<Element>() {
                let _ = el.remove_attribute("data-drag");
            }
            match state {
                Drag::Brush { start, cur } if commit && (cur - start).abs() >= DRAG_SLOP => {
                    let (from, to) = brush_range(&scale, start, cur);
                    draw_brush(&brush_ref, range_px(&scale, &from, &to), w);
                    app.dispatch(Action::SetDateRange(Some((from, to))));
                }
                Drag::Brush { .. } => draw_brush(&brush_ref, committed, w),
                Drag::Pan { dx, .. } if commit && dx.abs() >= 1.0 => set_scale.emit(scale.pan(dx)),
                Drag::Pan { .. } => {
                    if let Some(el) = plot_ref.cast::<Element>() {
                        let _ = el.remove_attribute("transform");
                    }
                }
                Drag::Idle => {}
            }
        }
    };
    let on_pointerup = {
        let finish = finish.clone();
        Callback::from(move |_: PointerEvent| finish(true))
    };
    let on_pointercancel = Callback::from(move |_: PointerEvent| finish(false));
    let on_wheel = {
        let svg_ref = svg_ref.clone();
        let set_scale = set_scale.clone();
        Callback::from(move |e: WheelEvent| {
            let Some((x, _)) = local_xy(&svg_ref, &e) else {
                return;
            };
            e.prevent_default();
            let unit = match e.delta_mode() {
                1 => 16.0,
                2 => 400.0,
                _ => 1.0,
            };
            let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
            if dx.abs() > dy.abs() {
                set_scale.emit(scale.pan(-dx));
            } else if dy != 0.0 {
                set_scale.emit(scale.zoom((-dy * 0.002).exp(), x));
            }
        })
    };

    // Marks: one delegated handler for clicks and keys.
    let on_mark_click = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, id)) = event_id_of(e.target()) {
                select.emit(id);
            }
        })
    };
    let on_mark_key = {
        let select = select.clone();
        let set_scale = set_scale.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some((el, id)) = event_id_of(e.target()) else {
                return;
            };
            let sibling =
                |forward: bool| if forward { el.next_element_sibling() } else { el.previous_element_sibling() };
            match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    select.emit(id);
                }
                "ArrowRight" | "ArrowDown" => {
                    e.prevent_default();
                    focus_svg(sibling(true));
                }
                "ArrowLeft" | "ArrowUp" => {
                    e.prevent_default();
                    focus_svg(sibling(false));
                }
                "Home" | "End" => {
                    e.prevent_default();
                    let parent = el.parent_element();
                    let pick = if e.key() == "Home" {
                        parent.and_then(|p| p.first_element_child())
                    } else {
                        parent.and_then(|p| p.last_element_child())
                    };
                    focus_svg(pick);
                }
                "+" | "=" => set_scale.emit(scale.zoom(ZOOM_STEP, w / 2.0)),
                "-" | "_" => set_scale.emit(scale.zoom(1.0 / ZOOM_STEP, w / 2.0)),
                _ => {}
            }
        })
    };

    // The date inputs: the keyboard way to set the range.
    let (data_min, data_max) = match (placed.iter().map(|p| p.1.start).min(), placed.iter().map(|p| p.1.end).max()) {
        (Some(a), Some(b)) => (format_day(a), format_day(b - 1)),
        _ => (String::new(), String::new()),
    };
    let on_range_input = {
        let app = app.clone();
        let from_ref = from_ref.clone();
        let to_ref = to_ref.clone();
        let (lo, hi) = (data_min.clone(), data_max.clone());
        Callback::from(move |_: Event| {
            let read = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let (from, to) = (read(&from_ref), read(&to_ref));
            if from.is_empty() && to.is_empty() {
                app.dispatch(Action::SetDateRange(None));
                return;
            }
            let from = if from.is_empty() { lo.clone() } else { from };
            let to = if to.is_empty() { hi.clone() } else { to };
            if from.is_empty() || to.is_empty() {
                return;
            }
            let range = if from <= to { (from, to) } else { (to, from) };
            app.dispatch(Action::SetDateRange(Some(range)));
        })
    };
    let on_clear_range = {
        let app = app.clone();
        let from_ref = from_ref.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::SetDateRange(None));
            if let Some(input) = from_ref.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        })
    };
    let (from_value, to_value) = match &app.date_range {
        Some((a, b)) => (input_value(a, false), input_value(b, true)),
        None => (String::new(), String::new()),
    };

    // Texts.
    let span_text = match (placed.first(), placed.iter().max_by_key(|p| p.1.end)) {
        (Some(&(a, _)), Some(&(b, _))) => {
            let first = events[a].date.as_ref().map(|d| d.start.clone()).unwrap_or_default();
            let last =
                events[b].date.as_ref().map(|d| d.end.clone().unwrap_or_else(|| d.start.clone())).unwrap_or_default();
            if human_date(&first) == human_date(&last) {
                human_date(&first)
            } else {
                format!("{} – {}", human_date(&first), human_date(&last))
            }
        }
        _ => String::new(),
    };
    let position_text = position.map(|p| {
        let i = story_order[p];
        format!("Event {} of {}: {}", p + 1, story_order.len(), event_label(&events[i]))
    });
    let hint = if story_order.is_empty() {
        "No dated event to step through.".to_string()
    } else {
        format!("Play steps through {} in date order.", count(story_order.len(), "event", "events"))
    };
    let in_range = |i: usize| visible.binary_search(&i).is_ok();
    // A long article's marks are drawn a step at a time (the selected one at once).
    let drawn = use_progressive(article_identity(&app.analysis), marks.len(), MARK_STEP);
    let focus_target = selected.filter(|s| marks.iter().any(|m| m.index == *s)).or(marks.first().map(|m| m.index));
    let tick_list = ticks(&scale, 56.0, 64.0);
    let sel_mark = selected.and_then(|s| marks.iter().find(|m| m.index == s)).copied();

    let heading = html! {
        <div class="panel-head">
            <h2 id="timeline-heading">{ "Timeline" }</h2>
            <span class="panel-count">
                { count(placed.len(), "dated event", "dated events") }
                if !span_text.is_empty() { { format!(" · {span_text}") } }
            </span>
        </div>
    };

    let toolbar = html! {
        <div class="tl-toolbar">
            <div class="tl-group" role="group" aria-label="Story mode">
                <button type="button" class="tl-btn" aria-label="Previous event" title="Previous event"
                    onclick={on_prev} disabled={story_order.is_empty()}>{ icon(ICON_PREV) }</button>
                <button type="button" class={classes!("tl-btn", "tl-play", playing.then_some("is-playing"))}
                    aria-label={if *playing { "Pause" } else { "Play events in date order" }}
                    onclick={on_play} disabled={story_order.is_empty()}>
                    { icon(if *playing { ICON_PAUSE } else { ICON_PLAY }) }
                    <span class="tl-btn-text" aria-hidden="true">{ if *playing { "Pause" } else { "Play" } }</span>
                </button>
                <button type="button" class="tl-btn" aria-label="Next event" title="Next event"
                    onclick={on_next} disabled={story_order.is_empty()}>{ icon(ICON_NEXT) }</button>
            </div>
            <div class="tl-group" role="group" aria-label="Zoom and pan">
                <button type="button" class="tl-btn" aria-label="Earlier" title="Earlier" onclick={pan_by(w * 0.4)}>{ icon(ICON_LEFT) }</button>
                <button type="button" class="tl-btn" aria-label="Later" title="Later" onclick={pan_by(-w * 0.4)}>{ icon(ICON_RIGHT) }</button>
                <button type="button" class="tl-btn" aria-label="Zoom out" title="Zoom out" onclick={zoom_by(1.0 / ZOOM_STEP)}>{ icon(ICON_ZOOM_OUT) }</button>
                <button type="button" class="tl-btn" aria-label="Zoom in" title="Zoom in" onclick={zoom_by(ZOOM_STEP)}>{ icon(ICON_ZOOM_IN) }</button>
                <button type="button" class="tl-btn" aria-label="Fit all events" title="Fit all events"
                    onclick={on_fit} disabled={domain.is_none()}>
                    { icon(ICON_FIT) }<span class="tl-btn-text" aria-hidden="true">{ "Fit" }</span>
                </button>
            </div>
        </div>
    };

    let status = html! {
        <p class="tl-status">
            <span class="tl-live" aria-live="polite" aria-atomic="true">
                if *story { { position_text.clone().unwrap_or_default() } }
            </span>
            if !*story {
                <span>{ position_text.clone().unwrap_or(hint) }</span>
            }
        </p>
    };

    let grid = html! {
        <g class="tl-grid" aria-hidden="true">
            { for tick_list.iter().map(|t| html! {
                <line class={classes!("tl-gridline", t.major.then_some("is-major"))}
                    x1={format!("{:.1}", t.x)} x2={format!("{:.1}", t.x)}
                    y1={BAND_H.to_string()} y2={format!("{:.1}", axis_y + 6.0)} />
            }) }
        </g>
    };
    let tick_labels = html! {
        <g class="tl-ticks" aria-hidden="true">
            { for tick_list.iter().map(|t| html! {
                <>
                    <text class={classes!("tl-tick", t.major.then_some("is-major"))} x={format!("{:.1}", t.x + 3.0)}
                        y={format!("{:.1}", axis_y + 17.0)}>{ &t.label }</text>
                    if let Some(sub) = &t.sub {
                        <text class="tl-tick-sub" x={format!("{:.1}", t.x + 3.0)} y={format!("{:.1}", axis_y + 31.0)}>{ sub }</text>
                    }
                </>
            }) }
        </g>
    };
    let guide = sel_mark.map(|m| {
        html! {
            <line class="tl-guide" aria-hidden="true" x1={format!("{:.1}", m.cx)} x2={format!("{:.1}", m.cx)}
                y1={BAND_H.to_string()} y2={format!("{:.1}", axis_y)} />
        }
    });

    // The marks in chunks of MARK_STEP, each a component of its own: a step of the progressive
    // drawing, or a new selection, renders only the chunks it changes.
    let chunk_count = drawn.min(marks.len()).div_ceil(MARK_STEP);
    let chunk = |k: usize| {
        let (from, to) = (k * MARK_STEP, ((k + 1) * MARK_STEP).min(marks.len()));
        let within = |i: Option<usize>| i.filter(|i| marks[from..to].iter().any(|m| m.index == *i));
        let out = marks[from..to].iter().map(|m| !in_range(m.index)).collect::<Vec<bool>>();
        html! {
            <MarkChunk key={k} packed={packed.clone()} {from} {to} analysis={app.analysis.clone()} {out}
                selected={within(selected)} focus={within(focus_target)} {labels} />
        }
    };
    // The selected mark, when it is past the marks drawn so far, at once.
    let selected_late =
        marks.iter().enumerate().find(|&(i, m)| i >= chunk_count * MARK_STEP && selected == Some(m.index));
    let mark_nodes = (0..chunk_count).map(chunk).chain(selected_late.and_then(|(_, m)| {
        Some(mark_html(events.get(m.index)?, m, true, !in_range(m.index), focus_target == Some(m.index), labels))
    }));

    let chart = html! {
        <div class="tl-chart" ref={chart_ref}>
            if placed.is_empty() {
                <p class="panel-empty">{ "No dated event to place in time." }</p>
            } else {
            <svg ref={svg_ref} class="tl-svg" width={w.to_string()} height={height.to_string()}
                viewBox={format!("0 0 {w} {height}")} role="group"
                aria-label="Events on a time axis. Arrow keys move between events, Enter selects, plus and minus zoom."
                onpointerdown={on_pointerdown} onpointermove={on_pointermove} onpointerup={on_pointerup}
                onpointercancel={on_pointercancel} onwheel={on_wheel}>
                <rect class="tl-band" x="0" y="0" width={w.to_string()} height={BAND_H.to_string()} aria-hidden="true" />
                if app.date_range.is_none() {
                    <text class="tl-band-hint" x={(w / 2.0).to_string()} y={(BAND_H / 2.0 + 4.0).to_string()}
                        text-anchor="middle" aria-hidden="true">{ "Drag here to filter by date" }</text>
                }
                <g ref={plot_ref} class="tl-plot">
                    { grid }
                    { for guide }
                    <g class="tl-marks" onclick={on_mark_click} onkeydown={on_mark_key}>
                        { for mark_nodes }
                    </g>
                    { tick_labels }
                </g>
                <line class="tl-axis" x1="0" x2={w.to_string()} y1={format!("{axis_y:.1}")} y2={format!("{axis_y:.1}")}
                    aria-hidden="true" />
            </svg>
            }
            <div ref={brush_ref} class="tl-brush" hidden={true} aria-hidden="true"></div>
        </div>
    };

    let range = html! {
        <div class="tl-range" role="group" aria-labelledby="tl-range-label">
            <span id="tl-range-label" class="tl-range-label">{ "Date range" }</span>
            <label class="tl-field" for="tl-from">
                <span>{ "From" }</span>
                <input ref={from_ref} id="tl-from" type="date" min={data_min.clone()} max={data_max.clone()}
                    value={from_value} onchange={on_range_input.clone()} />
            </label>
            <label class="tl-field" for="tl-to">
                <span>{ "To" }</span>
                <input ref={to_ref} id="tl-to" type="date" min={data_min} max={data_max}
                    value={to_value} onchange={on_range_input} />
            </label>
            if app.date_range.is_some() {
                <button type="button" class="chip chip-clear tl-clear" onclick={on_clear_range}>
                    { "Clear range" }
                </button>
            }
        </div>
    };

    let undated_list = (!undated.is_empty()).then(|| {
        html! {
            <div class="tl-undated">
                <h3 class="tl-undated-head" id="tl-undated-head">{ format!("Undated: {}", undated.len()) }</h3>
                <ul class="chip-list tl-undated-list" aria-labelledby="tl-undated-head">
                    { for undated.iter().map(|&i| {
                        let ev = &events[i];
                        let is_sel = selected == Some(i);
                        let known = ev.date.as_ref().map(|d| spoken_value(&d.start));
                        let onclick = {
                            let select = select.clone();
                            let id = ev.id.clone();
                            Callback::from(move |_: MouseEvent| select.emit(id.clone()))
                        };
                        html! {
                            <li key={ev.id.clone()}>
                                <button type="button" aria-pressed={is_sel.to_string()} {onclick}
                                    class={classes!("chip", "tl-undated-item", format!("ev-kind-{}", ev.kind.as_str()), is_sel.then_some("is-selected"))}>
                                    <span class="ev-dot" aria-hidden="true">{ i + 1 }</span>
                                    { kind_title(ev.kind) }
                                    if let Some(k) = known {
                                        <span class="tl-undated-date">{ k }</span>
                                    }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    });

    html! {
        <section class="panel timeline-panel" aria-labelledby="timeline-heading">
            { heading }
            { toolbar }
            { status }
            { chart }
            if !placed.is_empty() {
                <p class="tl-help">{ "Drag the top band (or shift-drag) to filter by date · drag to pan · scroll to zoom" }</p>
            }
            { range }
            { for undated_list }
        </section>
    }
}

/// The vertical centre of a lane.
fn lane_y(lane: usize) -> f64 {
    LANES_TOP + lane as f64 * LANE_H + LANE_H / 2.0
}

/// One mark: its shape, its ring when selected, its label or tooltip.
fn mark_html(ev: &atlas_core::Event, m: &Placed, is_sel: bool, out: bool, focus: bool, labels: bool) -> Html {
    let cy = lane_y(m.lane);
    let class = classes!(
        "tl-mark",
        format!("ev-kind-{}", ev.kind.as_str()),
        if m.shape == Shape::Dot { "is-dot" } else { "is-bar" },
        is_sel.then_some("is-selected"),
        out.then_some("is-out"),
    );
    let (shape, ring) = match m.shape {
        Shape::Dot => (
            html! { <circle class="tl-shape" cx={format!("{:.1}", m.cx)} cy={format!("{cy:.1}")} r={DOT_R.to_string()} /> },
            // (The ring only around the selected mark: built for it alone.)
            is_sel.then(|| html! { <circle class="tl-ring" cx={format!("{:.1}", m.cx)} cy={format!("{cy:.1}")} r={(DOT_R + 4.0).to_string()} /> }),
        ),
        Shape::Bar => {
            let bw = (m.x1 - m.x0).max(1.0);
            (
                html! { <rect class="tl-shape" x={format!("{:.1}", m.x0)} y={format!("{:.1}", cy - BAR_HALF)}
                    width={format!("{bw:.1}")} height={(2.0 * BAR_HALF).to_string()} rx="2" /> },
                is_sel.then(|| html! { <rect class="tl-ring" x={format!("{:.1}", m.x0 - 4.0)} y={format!("{:.1}", cy - BAR_HALF - 4.0)}
                    width={format!("{:.1}", bw + 8.0)} height={(2.0 * BAR_HALF + 8.0).to_string()} rx="5" /> }),
            )
        }
    };
    let label = match m.label {
        LabelAt::None => Html::default(),
        at => {
            let (x, anchor) = match (at, m.shape) {
                (LabelAt::Inside, _) => (m.x0 + 5.0, "start"),
                (LabelAt::Left, Shape::Dot) => (m.cx - DOT_R - 4.0, "end"),
                (LabelAt::Left, Shape::Bar) => (m.x0 - 4.0, "end"),
                (_, Shape::Dot) => (m.cx + DOT_R + 4.0, "start"),
                (_, Shape::Bar) => (m.x1 + 4.0, "start"),
            };
            html! {
                <text class={classes!("tl-label", (at == LabelAt::Inside).then_some("is-inside"))}
                    x={format!("{x:.1}")} y={format!("{:.1}", cy + 4.0)} text-anchor={anchor}>
                    <tspan class="tl-num">{ m.index + 1 }</tspan>{ format!(" {}", kind_title(ev.kind)) }
                </text>
            }
        }
    };
    let tip = (!labels).then(|| {
        let d = ev.date.as_ref().map(spoken_date).unwrap_or_default();
        html! { <title>{ format!("{} {} · {}", m.index + 1, kind_title(ev.kind), d) }</title> }
    });
    html! {
        <g {class} role="button" data-event={ev.id.clone()} aria-label={marker_label(ev)}
            aria-pressed={is_sel.to_string()} tabindex={if focus { "0" } else { "-1" }}>
            { tip }
            { for ring }
            { shape }
            { label }
        </g>
    }
}

#[derive(Properties)]
struct MarkChunkProps {
    /// The marks laid out (compared by identity).
    packed: Rc<Layout>,
    from: usize,
    to: usize,
    /// The analysis whose events the marks show (compared by identity).
    analysis: Rc<atlas_core::Analysis>,
    /// Per mark of the chunk: outside the date range (dimmed).
    out: Vec<bool>,
    /// The selected event and the one reached by Tab, when their marks are in this chunk.
    selected: Option<usize>,
    focus: Option<usize>,
    labels: bool,
}

impl PartialEq for MarkChunkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.packed, &other.packed)
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && (self.from, self.to, self.selected, self.focus, self.labels)
                == (other.from, other.to, other.selected, other.focus, other.labels)
            && self.out == other.out
    }
}

/// The marks `from..to` of the layout.
#[component]
fn MarkChunk(props: &MarkChunkProps) -> Html {
    let events = &props.analysis.events;
    html! {
        <>
            // (Bounds checked: a chunk never panics, whatever its props.)
            { for props.packed.marks.get(props.from..props.to).unwrap_or_default().iter().zip(&props.out).filter_map(|(m, &out)| {
                let is_sel = props.selected == Some(m.index);
                Some(mark_html(events.get(m.index)?, m, is_sel, out, props.focus == Some(m.index), props.labels))
            }) }
        </>
    }
}
