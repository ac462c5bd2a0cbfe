//! Renders one block's text with its marks as nested elements: event evidence (with margin
//! markers), links (with footnote numbers), strong/em, dates and entity mentions.

use std::rc::Rc;

use atlas_core::{Analysis, Block};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::components::mention::EntityMention;
use crate::derive::Derived;
use crate::format::{classify_href, date_tooltip, event_label, human_event_date, kind_title, SafeHref};
use crate::hooks::AppContext;
use crate::segment::{clamp_range, segment, Layer, Mark, Node};
use crate::state::{Action, AppState};

/// DOM id of the margin marker of an event's main evidence sentence.
pub fn marker_id(event_id: &str) -> String {
    format!("marker-{}", sanitize(event_id))
}

/// DOM id of the `n`-th source entry.
pub fn source_id(n: usize) -> String {
    format!("source-{n}")
}

/// DOM id of a citation (the footnote number after a link).
pub fn citation_id(block: usize, span: usize) -> String {
    format!("cite-{block}-{span}")
}

fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// Whether the user asked for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Scroll the element with `id` into view (centred, smoothly unless reduced motion is
/// asked for) and optionally focus it. Does nothing when it is missing.
pub fn reveal_element(id: &str, focus: bool, only_if_hidden: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(id) else {
        return;
    };
    let visible = web_sys::window().is_some_and(|w| {
        let r = el.get_bounding_client_rect();
        let h = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        r.height() > 0.0 && r.top() >= 72.0 && r.bottom() <= h - 24.0
    });
    if !(only_if_hidden && visible) {
        let opts = ScrollIntoViewOptions::new();
        opts.set_block(ScrollLogicalPosition::Center);
        opts.set_behavior(if reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    if focus {
        if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = h.focus();
        }
    }
}

/// The analysis and what is derived from it, compared by identity: a new analysis is a new
/// `Doc`, so components holding one re-render only when the analysis itself changes.
#[derive(Clone)]
pub struct Doc {
    pub analysis: Rc<Analysis>,
    pub derived: Rc<Derived>,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && Rc::ptr_eq(&self.derived, &other.derived)
    }
}

impl Doc {
    pub fn of(app: &AppContext) -> Doc {
        Doc { analysis: app.analysis.clone(), derived: app.derived.clone() }
    }
}

/// Everything one block's annotated text depends on, and nothing else: the selection and the
/// filters only as far as they touch this block. A [`BlockText`] re-renders only when its view
/// changes, so selecting an event redraws the blocks it is in, not the whole article.
#[derive(Clone, PartialEq)]
pub struct TextView {
    pub doc: Doc,
    /// Index into `analysis.blocks`.
    pub block: usize,
    /// The selected event, when it has evidence in this block.
    pub selected_event: Option<usize>,
    /// The selected entity, when it is mentioned in this block.
    pub selected_entity: Option<usize>,
    /// Events with marks in this block that the filters hide.
    pub hidden_events: Vec<usize>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

impl TextView {
    /// The view of block `index` (into `analysis.blocks`) in the current state.
    pub fn new(app: &AppContext, index: usize) -> TextView {
        let block_id = app.analysis.blocks.get(index).map_or(usize::MAX, |b| b.id);
        let marks = app.derived.marks_of(block_id);
        let selected_event = app.selected_event_index();
        let selected_entity = app.selected_entity_index();
        let mut hidden_events: Vec<usize> = marks
            .iter()
            .filter(|m| matches!(m.layer, Layer::Evidence | Layer::Date) && !app.event_visible(m.payload))
            .map(|m| m.payload)
            .collect();
        atlas_core::sort::sort(&mut hidden_events);
        hidden_events.dedup();
        let has = |layer: Layer, payload: Option<usize>| {
            payload.filter(|&p| marks.iter().any(|m| m.layer == layer && m.payload == p))
        };
        TextView {
            doc: Doc::of(app),
            block: index,
            selected_event: has(Layer::Evidence, selected_event),
            selected_entity: has(Layer::Mention, selected_entity),
            hidden_events,
            dispatch: app.dispatcher(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct BlockTextProps {
    pub view: TextView,
}

/// One block's annotated text (see [`rich_text`]), redrawn only when its [`TextView`] changes.
#[component]
pub fn BlockText(props: &BlockTextProps) -> Html {
    rich_text(&props.view)
}

struct Cx<'a> {
    view: &'a TextView,
    block: &'a Block,
    marks: &'a [Mark],
}

/// The block's text with every mark of its view rendered in place. Evidence and date marks
/// are kept only for events passing the filters.
pub fn rich_text(view: &TextView) -> Html {
    let Some(block) = view.doc.analysis.blocks.get(view.block) else {
        return Html::default();
    };
    let marks: Vec<Mark> = view
        .doc
        .derived
        .marks_of(block.id)
        .iter()
        .filter(|m| match m.layer {
            Layer::Evidence | Layer::Date => view.hidden_events.binary_search(&m.payload).is_err(),
            _ => true,
        })
        .cloned()
        .collect();
    let tree = segment(&block.text, &marks);
    let cx = Cx { view, block, marks: &marks };
    render_nodes(&cx, &tree)
}

fn render_nodes(cx: &Cx, nodes: &[Node]) -> Html {
    nodes.iter().map(|n| render_node(cx, n)).collect::<Html>()
}

fn render_node(cx: &Cx, node: &Node) -> Html {
    let text = &cx.block.text;
    match node {
        Node::Text(r) => Html::from(text.get(r.clone()).unwrap_or_default().to_string()),
        Node::Element { layer, marks, range, children } => {
            let inner = render_nodes(cx, children);
            let Some(first) = marks.first().and_then(|&i| cx.marks.get(i)) else {
                return inner;
            };
            match layer {
                Layer::Evidence => evidence(cx, marks, range.clone(), inner),
                Layer::Link => link(cx, first.payload, range.end, inner),
                Layer::Strong => html! { <strong>{ inner }</strong> },
                Layer::Em => html! { <em>{ inner }</em> },
                Layer::Date => {
                    let Some(d) = cx.view.doc.analysis.events.get(first.payload).and_then(|e| e.date.as_ref()) else {
                        return inner;
                    };
                    html! {
                        <time class="date-mark" datetime={d.start.clone()} title={date_tooltip(d)}>{ inner }</time>
                    }
                }
                Layer::Mention => {
                    let uid = format!("{}-{}-{}", cx.block.id, range.start, first.payload);
                    html! {
                        <EntityMention
                            doc={cx.view.doc.clone()}
                            dispatch={cx.view.dispatch.clone()}
                            entity={first.payload}
                            selected={cx.view.selected_entity == Some(first.payload)}
                            uid={AttrValue::from(uid)}
                        >
                            { inner }
                        </EntityMention>
                    }
                }
            }
        }
    }
}

fn evidence(cx: &Cx, marks: &[usize], range: std::ops::Range<usize>, inner: Html) -> Html {
    let events = &cx.view.doc.analysis.events;
    let mut selected = false;
    let mut kinds: Vec<String> = Vec::new();
    let mut markers: Vec<Html> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for &mi in marks {
        let Some(m) = cx.marks.get(mi) else { continue };
        let Some(ev) = events.get(m.payload) else {
            continue;
        };
        selected |= cx.view.selected_event == Some(m.payload);
        kinds.push(format!("ev-kind-{}", ev.kind.as_str()));
        let starts_here = clamp_range(&cx.block.text, m.start, m.end).is_some_and(|r| range.contains(&r.start));
        if !starts_here || seen.contains(&m.payload) {
            continue;
        }
        seen.push(m.payload);
        let is_sel = cx.view.selected_event == Some(m.payload);
        let onclick = {
            let dispatch = cx.view.dispatch.clone();
            let id = ev.id.clone();
            Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SelectEvent(Some(id.clone()))))
        };
        let mut title = kind_title(ev.kind);
        if let Some(d) = &ev.date {
            title.push_str(" · ");
            title.push_str(&human_event_date(d));
        }
        if let Some(p) = &ev.place {
            title.push_str(" · ");
            title.push_str(&p.name);
        }
        if m.sub > 0 {
            title.push_str(" (mentioned again)");
        }
        if ev.corrected {
            title.push_str(" (corrected)");
        }
        let id = (m.sub == 0).then(|| marker_id(&ev.id));
        markers.push(html! {
            <button
                type="button"
                {id}
                class={classes!("ev-marker", format!("ev-kind-{}", ev.kind.as_str()), is_sel.then_some("is-selected"), (m.sub > 0).then_some("is-repeat"), ev.corrected.then_some("is-corrected"))}
                aria-label={format!("Event: {}{}", event_label(ev), if ev.corrected { " (corrected)" } else { "" })}
                aria-pressed={is_sel.to_string()}
                {title}
                {onclick}
            >
                { m.payload + 1 }
            </button>
        });
    }
    kinds.dedup();
    let class = classes!("evidence", selected.then_some("is-selected"), kinds);
    html! {
        <span class={class}>
            if !markers.is_empty() {
                // An explicit `dir` keeps the markers (numbers, no strong direction) out of the
                // paragraph's `dir="auto"` resolution: otherwise Chromium rescans every marker
                // on each one inserted, quadratic in the markers of one sentence.
                <span class="ev-markers" dir="ltr">{ for markers }</span>
            }
            { inner }
        </span>
    }
}

fn link(cx: &Cx, span_index: usize, group_end: usize, inner: Html) -> Html {
    let Some(span) = cx.block.spans.get(span_index) else {
        return inner;
    };
    let ends_here = clamp_range(&cx.block.text, span.start, span.end).is_some_and(|r| r.end == group_end);
    let footnote = |cx: &Cx| -> Html {
        let Some(n) = cx.view.doc.derived.source_number(span.href.as_deref()) else {
            return Html::default();
        };
        if !ends_here {
            return Html::default();
        }
        let target = source_id(n);
        let onclick = {
            let target = target.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                reveal_element(&target, true, false);
            })
        };
        let first = cx.view.doc.derived.first_citation.get(n - 1) == Some(&(cx.block.id, span_index));
        let id = first.then(|| citation_id(cx.block.id, span_index));
        html! {
            <sup class="fn-ref">
                <a {id} href={format!("#{target}")} aria-label={format!("Source {n}")} {onclick}>{ n }</a>
            </sup>
        }
    };
    match classify_href(span.href.as_deref()) {
        SafeHref::External(h) => html! {
            <>
                <a class="link link-external" href={h} target="_blank" rel="noopener noreferrer">
                    { inner }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                </a>
                { footnote(cx) }
            </>
        },
        SafeHref::Local(h) => html! {
            <>
                <a class="link" href={h}>{ inner }</a>
                { footnote(cx) }
            </>
        },
        SafeHref::Inert => html! {
            <span class="link-inert" title="link removed: unsafe or unknown scheme">{ inner }</span>
        },
    }
}
