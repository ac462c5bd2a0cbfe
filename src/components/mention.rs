//! An entity mention in the text: highlighted by kind, focusable, with a card on hover or
//! focus (kind, aliases, acronym, mention count, events); click or Enter selects the entity.

use atlas_core::EntityKind;
use yew::prelude::*;

use crate::components::rich_text::Doc;
use crate::format::{count, human_event_date, kind_title};
use crate::state::{Action, AppState};

pub fn entity_kind_slug(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

pub fn entity_kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organization",
        EntityKind::Place => "Place",
        EntityKind::Other => "Other",
    }
}

/// A mention reads the analysis and the selection from its props, not from the app context, so
/// that thousands of mentions do not all re-render on every change of state.
#[derive(Properties, PartialEq)]
pub struct MentionProps {
    pub doc: Doc,
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Index into `analysis.entities`.
    pub entity: usize,
    /// Whether this entity is the selected one.
    pub selected: bool,
    /// Unique id of this mention in the page (used for the card's id).
    pub uid: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// Where the card opens, chosen from the mention's position in the viewport.
#[derive(Clone, Copy, PartialEq, Default)]
struct Placement {
    end: bool,
    above: bool,
}

fn placement_of(node: &NodeRef) -> Placement {
    let (Some(el), Some(win)) = (node.cast::<web_sys::Element>(), web_sys::window()) else {
        return Placement::default();
    };
    let rect = el.get_bounding_client_rect();
    let w = win.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1024.0);
    let h = win.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0);
    Placement { end: rect.left() > w - 300.0, above: rect.bottom() > h - 240.0 && rect.top() > 260.0 }
}

#[component]
pub fn EntityMention(props: &MentionProps) -> Html {
    let open = use_state(|| None::<Placement>);
    let node = use_node_ref();
    let Some(entity) = props.doc.analysis.entities.get(props.entity) else {
        return props.children.clone();
    };
    let selected = props.selected;

    let show = {
        let open = open.clone();
        let node = node.clone();
        Callback::from(move |_: ()| open.set(Some(placement_of(&node))))
    };
    let hide = {
        let open = open.clone();
        Callback::from(move |_: ()| open.set(None))
    };
    let toggle = {
        let dispatch = props.dispatch.clone();
        let id = entity.id.clone();
        Callback::from(move |_: ()| {
            let next = if selected { None } else { Some(id.clone()) };
            dispatch.dispatch(Action::SelectEntity(next));
        })
    };
    let onkeydown = {
        let (toggle, hide) = (toggle.clone(), hide.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" | " " => {
                e.prevent_default();
                toggle.emit(());
            }
            "Escape" => hide.emit(()),
            _ => {}
        })
    };

    let card_id = format!("card-{}", props.uid);
    let card = open.as_ref().map(|p| {
        let events = props
            .doc
            .derived
            .entity_events
            .get(props.entity)
            .cloned()
            .unwrap_or_default();
        let aliases: Vec<&str> = entity
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != entity.name)
            .collect();
        let class = classes!(
            "ent-card",
            p.end.then_some("ent-card--end"),
            p.above.then_some("ent-card--above")
        );
        html! {
            <span class={class} role="tooltip" id={card_id.clone()} aria-hidden="true">
                <span class={classes!("ent-card-kind", format!("ent-kind-{}", entity_kind_slug(entity.kind)))}>
                    { entity_kind_label(entity.kind) }
                </span>
                <span class="ent-card-name" dir="auto">
                    { &entity.name }
                    if let Some(acr) = &entity.acronym {
                        <abbr class="ent-card-acronym" title={entity.name.clone()}>{ acr }</abbr>
                    }
                </span>
                if !aliases.is_empty() {
                    <span class="ent-card-row" dir="auto">
                        <span class="ent-card-label">{ "Also: " }</span>{ aliases.join(", ") }
                    </span>
                }
                <span class="ent-card-row ent-card-counts">
                    { count(entity.mentions.len(), "mention", "mentions") }
                    { " · " }
                    { count(events.len(), "event", "events") }
                </span>
                if !events.is_empty() {
                    <span class="ent-card-events">
                        { for events.iter().take(6).filter_map(|&i| props.doc.analysis.events.get(i).map(|ev| (i, ev))).map(|(i, ev)| html! {
                            <span class="ent-card-event">
                                <span class={classes!("ev-dot", format!("ev-kind-{}", ev.kind.as_str()))} aria-hidden="true">{ i + 1 }</span>
                                { kind_title(ev.kind) }
                                if let Some(d) = &ev.date {
                                    <span class="ent-card-date">{ " · " }{ human_event_date(d) }</span>
                                }
                            </span>
                        }) }
                        if events.len() > 6 {
                            <span class="ent-card-row">{ format!("and {} more", events.len() - 6) }</span>
                        }
                    </span>
                }
                <span class="ent-card-hint">
                    { if selected { "Select again to clear the highlight" } else { "Select to highlight every mention" } }
                </span>
            </span>
        }
    });

    let class = classes!(
        "ent",
        format!("ent-{}", entity_kind_slug(entity.kind)),
        selected.then_some("is-selected"),
        open.is_some().then_some("is-open"),
    );
    let on_enter = show.reform(|_: MouseEvent| ());
    let on_focus = show.reform(|_: FocusEvent| ());
    let on_leave = hide.reform(|_: MouseEvent| ());
    let on_blur = hide.reform(|_: FocusEvent| ());
    let onclick = toggle.reform(|_: MouseEvent| ());
    html! {
        <span
            ref={node}
            class={class}
            tabindex="0"
            role="button"
            aria-pressed={selected.to_string()}
            aria-describedby={open.is_some().then(|| card_id.clone())}
            data-entity={entity.id.clone()}
            onmouseenter={on_enter}
            onmouseleave={on_leave}
            onfocus={on_focus}
            onblur={on_blur}
            {onclick}
            {onkeydown}
        >
            { props.children.clone() }
            { card.unwrap_or_default() }
        </span>
    }
}
