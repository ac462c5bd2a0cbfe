//! The entities index: entities grouped by kind with their mention counts; selecting one
//! highlights its mentions in the text and filters the events to those it takes part in.

use atlas_core::EntityKind;
use yew::prelude::*;

use crate::components::mention::entity_kind_slug;
use crate::hooks::use_app;
use crate::state::{Action, Editing};

/// How many entities of a kind are listed before "Show all".
const FIRST: usize = 10;

fn group_title(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

#[component]
pub fn EntitiesPanel() -> Html {
    let app = use_app();
    let expanded = use_state(Vec::<EntityKind>::new);
    let entities = &app.analysis.entities;

    let groups: Html = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ]
    .into_iter()
    .filter_map(|kind| {
        let mut list: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].kind == kind)
            .collect();
        if list.is_empty() {
            return None;
        }
        atlas_core::sort::sort_by(&mut list, |&a, &b| {
            entities[b]
                .mentions
                .len()
                .cmp(&entities[a].mentions.len())
                .then_with(|| entities[a].name.cmp(&entities[b].name))
        });
        let total = list.len();
        let open = expanded.contains(&kind);
        let toggle = {
            let expanded = expanded.clone();
            Callback::from(move |_: MouseEvent| {
                let mut v = (*expanded).clone();
                if let Some(p) = v.iter().position(|k| *k == kind) {
                    v.remove(p);
                } else {
                    v.push(kind);
                }
                expanded.set(v);
            })
        };
        let slug = entity_kind_slug(kind);
        let heading_id = format!("entities-{slug}");
        Some(html! {
            <div class={classes!("entity-group", format!("entity-group-{slug}"))} key={slug}>
                <h3 id={heading_id.clone()}>
                    <span class={classes!("ent-swatch", format!("ent-{slug}"))} aria-hidden="true"></span>
                    { group_title(kind) }
                    <span class="panel-count">{ total }</span>
                </h3>
                <ul class="chip-list entity-list" aria-labelledby={heading_id}>
                    { for list.iter().take(if open { total } else { FIRST }).map(|&i| {
                        let ent = &entities[i];
                        let selected = app.selected_entity.as_deref() == Some(ent.id.as_str());
                        let onclick = {
                            let app = app.clone();
                            let id = ent.id.clone();
                            Callback::from(move |_: MouseEvent| {
                                app.dispatch(Action::SelectEntity(if selected { None } else { Some(id.clone()) }))
                            })
                        };
                        let events = app.derived.entity_events.get(i).map_or(0, Vec::len);
                        html! {
                            <li key={ent.id.clone()}>
                                <button
                                    type="button"
                                    class={classes!("entity-chip", format!("ent-{slug}"), selected.then_some("is-selected"))}
                                    aria-pressed={selected.to_string()}
                                    title={format!("{} mentions, {} events", ent.mentions.len(), events)}
                                    {onclick}
                                >
                                    <span class="entity-name" dir="auto">{ &ent.name }</span>
                                    if let Some(acr) = &ent.acronym {
                                        <span class="entity-acronym">{ acr }</span>
                                    }
                                    <span class="chip-count" aria-label={format!("{} mentions", ent.mentions.len())}>
                                        { ent.mentions.len() }
                                    </span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if total > FIRST {
                    <button type="button" class="link-button" aria-expanded={open.to_string()} onclick={toggle}>
                        { if open { "Show fewer".to_string() } else { format!("Show all {total}") } }
                    </button>
                }
            </div>
        })
    })
    .collect();

    let edit_entity = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = app.selected_entity.clone() {
                app.dispatch(Action::Edit(Some(Editing::Entity(id))));
            }
        })
    };
    html! {
        <section class="panel entities-panel" aria-labelledby="entities-heading">
            <div class="panel-head">
                <h2 id="entities-heading">{ "Entities" }</h2>
                <span class="panel-count">{ format!("{} named", entities.len()) }</span>
            </div>
            if entities.is_empty() {
                <p class="panel-empty">{ "No people, organizations or places were recognised." }</p>
            } else {
                <p class="panel-hint">{ "Select one to highlight its mentions and show only its events." }</p>
                if let Some(ent) = app.selected_entity_index().and_then(|i| entities.get(i)) {
                    <p class="entity-selected-bar">
                        <span dir="auto">{ &ent.name }</span>
                        if ent.corrected {
                            <span class="corrected-badge">{ "corrected" }</span>
                        }
                        <button type="button" class="link-button" id="edit-entity" onclick={edit_entity}>
                            { "Correct kind, merge or split…" }
                        </button>
                    </p>
                }
                { groups }
            }
        </section>
    }
}
