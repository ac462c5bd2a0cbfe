//! Correcting the analysis: the editor dialog for an event (kind, date, place, actors and
//! targets, delete) or an entity (kind, merge, split an alias), undo/redo controls with their
//! keyboard shortcuts, and "add an event" from the sentence selected in the reader.

use std::collections::BTreeSet;
use std::rc::Rc;

use atlas_core::corrections::{user_date, user_place};
use atlas_core::{Correction, EntityKind, Event as ArticleEvent, EventKind, GeoPrecision, Place, Precision};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::dialog::close_button;
use crate::components::mention::entity_kind_label;
use crate::format::{geo_precision_word, kind_title};
use crate::hooks::{use_app, use_modal};
use crate::place_lookup;
use crate::state::{Action, Editing};

const ENTITY_KINDS: [EntityKind; 4] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Other];

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &web_sys::Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The correction dialog, mounted once; it shows whichever form `AppState::editing` names.
#[component]
pub fn CorrectionDialog() -> Html {
    let app = use_app();
    let dialog_ref = use_node_ref();
    use_modal(&dialog_ref, app.editing.is_some());
    let onclose = {
        let app = app.clone();
        Callback::from(move |_: web_sys::Event| {
            if app.editing.is_some() {
                app.dispatch(Action::Edit(None));
            }
        })
    };
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::Edit(None)))
    };
    let (title, form) = match &app.editing {
        Some(Editing::Event(id)) => match app.event_index(id).and_then(|i| app.analysis.events.get(i)) {
            Some(ev) => (
                format!("Correct event {}", app.event_index(id).map_or(0, |i| i + 1)),
                html! { <EventForm key={ev.id.clone()} event={ev.clone()} /> },
            ),
            None => (String::new(), Html::default()),
        },
        Some(Editing::Entity(id)) => match app.entity_index(id).and_then(|i| app.analysis.entities.get(i)) {
            Some(ent) => {
                (format!("Correct “{}”", ent.name), html! { <EntityForm key={ent.id.clone()} id={ent.id.clone()} /> })
            }
            None => (String::new(), Html::default()),
        },
        None => (String::new(), Html::default()),
    };
    html! {
        <dialog id="correction-dialog" class="app-dialog correction-dialog" aria-labelledby="correction-title" ref={dialog_ref} {onclose}>
            <div class="dialog-head">
                <h2 id="correction-title" dir="auto">{ title }</h2>
                { close_button(close) }
            </div>
            { form }
            <div class="correction-error" role="alert">
                if let Some(e) = &app.correction_error {
                    <p>{ e.clone() }</p>
                }
            </div>
        </dialog>
    }
}

#[derive(Properties, PartialEq)]
struct EventFormProps {
    event: ArticleEvent,
}

/// How the date fields are filled: no date, or a precision and one or two dates.
fn date_fields(ev: &ArticleEvent) -> (String, String, String) {
    match &ev.date {
        Some(d) => (
            match d.precision {
                Precision::Year => "year",
                Precision::Month => "month",
                Precision::Day => "day",
            }
            .to_string(),
            d.start.clone(),
            d.end.clone().unwrap_or_default(),
        ),
        None => ("none".to_string(), String::new(), String::new()),
    }
}

fn precision_from(s: &str) -> Option<Precision> {
    match s {
        "year" => Some(Precision::Year),
        "month" => Some(Precision::Month),
        "day" => Some(Precision::Day),
        _ => None,
    }
}

fn place_summary(p: &Option<Place>) -> String {
    match p {
        Some(p) => format!(
            "{} ({}{}) · {:.3}, {:.3}",
            p.name,
            geo_precision_word(p.precision),
            if p.inferred { ", inferred" } else { "" },
            p.lat,
            p.lon
        ),
        None => "No place".to_string(),
    }
}

#[component]
fn EventForm(props: &EventFormProps) -> Html {
    let app = use_app();
    let ev = &props.event;
    let kind = use_state(|| ev.kind);
    let dates = use_state(|| date_fields(ev));
    let place = use_state(|| ev.place.clone());
    let query = use_state(String::new);
    let roles = use_state(|| {
        // Inserted one by one: `collect` into a set would compile in a sort of its own.
        let set_of = |ids: &[String]| {
            let mut set = BTreeSet::new();
            set.extend(ids.iter().cloned());
            set
        };
        (set_of(&ev.actors), set_of(&ev.targets))
    });
    let date_error = use_state(|| None::<String>);

    let (precision, start, end) = (*dates).clone();
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: web_sys::Event| {
            if let Some(k) = EventKind::ALL.iter().copied().find(|k| k.as_str() == select_value(&e)) {
                kind.set(k);
            }
        })
    };
    let on_precision = {
        let dates = dates.clone();
        Callback::from(move |e: web_sys::Event| {
            let (_, s, t) = (*dates).clone();
            dates.set((select_value(&e), s, t));
        })
    };
    let on_start = {
        let dates = dates.clone();
        Callback::from(move |e: InputEvent| {
            let (p, _, t) = (*dates).clone();
            dates.set((p, input_value(&e), t));
        })
    };
    let on_end = {
        let dates = dates.clone();
        Callback::from(move |e: InputEvent| {
            let (p, s, _) = (*dates).clone();
            dates.set((p, s, input_value(&e)));
        })
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(input_value(&e)))
    };
    // The article's own country comes first (asked once per analysis).
    let country = use_state(|| None::<String>);
    {
        let country = country.clone();
        let analysis = app.analysis.clone();
        use_effect_with(Rc::as_ptr(&analysis) as usize, move |_| {
            place_lookup::article_country(&analysis.entities, move |found| country.set(found));
        });
    }
    // The gazetteer is in the worker: each query's answer comes back in a callback, and only the
    // latest query's answer is shown.
    let results = use_state(Vec::<Place>::new);
    let search_error = use_state(|| None::<String>);
    let asked = use_mut_ref(|| 0u32);
    {
        let (results, search_error, asked) = (results.clone(), search_error.clone(), asked.clone());
        use_effect_with(((*query).clone(), (*country).clone()), move |(query, country)| {
            *asked.borrow_mut() += 1;
            let this = *asked.borrow();
            if query.trim().is_empty() {
                results.set(Vec::new());
                return;
            }
            let asked = asked.clone();
            place_lookup::search_places(query, 8, country.clone(), move |found| {
                if *asked.borrow() != this {
                    return;
                }
                match found {
                    Ok(found) => {
                        search_error.set(None);
                        results.set(found);
                    }
                    Err(why) => {
                        search_error.set(Some(format!(
                            "The place search is unavailable: {why}. Pick the place on the map instead."
                        )));
                        results.set(Vec::new());
                    }
                }
            });
        });
    }
    let results: Vec<Place> = (*results).clone();
    let pick_on_map = {
        let app = app.clone();
        let id = ev.id.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::PickPlace(Some(id.clone()))))
    };
    let clear_place = {
        let place = place.clone();
        Callback::from(move |_: MouseEvent| place.set(None))
    };

    // The people, organisations and others that can act or be targeted, by name.
    let mut candidates: Vec<_> = app.analysis.entities.iter().filter(|e| e.kind != EntityKind::Place).collect();
    atlas_core::sort::sort_by_key(&mut candidates, |e| e.name.to_lowercase());
    let role_box = |id: &str, target: bool| {
        let roles = roles.clone();
        let id = id.to_string();
        Callback::from(move |e: web_sys::Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let (mut actors, mut targets) = (*roles).clone();
            let set = if target { &mut targets } else { &mut actors };
            if on {
                set.insert(id.clone());
            } else {
                set.remove(&id);
            }
            roles.set((actors, targets));
        })
    };

    let delete = {
        let app = app.clone();
        let id = ev.id.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::Correct(Correction::DeleteEvent { event: id.clone() }));
            app.dispatch(Action::Edit(None));
        })
    };
    let save = {
        let app = app.clone();
        let ev = ev.clone();
        let (kind, place, roles, date_error) = (kind.clone(), place.clone(), roles.clone(), date_error.clone());
        let (precision, start, end) = (precision.clone(), start.clone(), end.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let date = match precision_from(&precision) {
                None => None,
                Some(p) => match user_date(&start, Some(end.as_str()), p) {
                    Ok(d) => Some(d),
                    Err(err) => {
                        date_error.set(Some(err.to_string()));
                        focus("edit-date-start");
                        return;
                    }
                },
            };
            date_error.set(None);
            let id = ev.id.clone();
            let mut changes = Vec::new();
            if *kind != ev.kind {
                changes.push(Correction::EventKind { event: id.clone(), kind: *kind });
            }
            let same_date = match (&date, &ev.date) {
                (Some(a), Some(b)) => a.start == b.start && a.end == b.end && a.precision == b.precision,
                (None, None) => true,
                _ => false,
            };
            if !same_date {
                changes.push(Correction::EventDate { event: id.clone(), date });
            }
            if *place != ev.place {
                changes.push(Correction::EventPlace { event: id.clone(), place: (*place).clone() });
            }
            let (actors, targets) = &*roles;
            let keep_order = |old: &[String], now: &BTreeSet<String>| -> Vec<String> {
                let mut v: Vec<String> = old.iter().filter(|a| now.contains(*a)).cloned().collect();
                v.extend(now.iter().filter(|a| !old.contains(a)).cloned());
                v
            };
            let (new_actors, new_targets) = (keep_order(&ev.actors, actors), keep_order(&ev.targets, targets));
            if new_actors != ev.actors || new_targets != ev.targets {
                changes.push(Correction::EventParticipants { event: id, actors: new_actors, targets: new_targets });
            }
            match changes.len() {
                0 => {}
                1 => app.dispatch(Action::Correct(changes.remove(0))),
                _ => app.dispatch(Action::Correct(Correction::Batch { changes })),
            }
            app.dispatch(Action::Edit(None));
        })
    };
    let cancel = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::Edit(None)))
    };

    let shape = match precision.as_str() {
        "year" => "YYYY",
        "month" => "YYYY-MM",
        _ => "YYYY-MM-DD",
    };
    let sentence = ev.evidence.first().map(|v| v.text.clone()).unwrap_or_default();
    html! {
        <form class="correction-form" onsubmit={save}>
            <blockquote class="correction-evidence" dir="auto">{ sentence }</blockquote>
            <div class="field-row">
                <label class="field">
                    <span class="field-label">{ "Kind" }</span>
                    <select id="edit-kind" onchange={on_kind}>
                        { for EventKind::ALL.iter().map(|k| html! {
                            <option value={k.as_str()} selected={*k == *kind}>{ kind_title(*k) }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span class="field-label">{ "Date precision" }</span>
                    <select id="edit-precision" onchange={on_precision}>
                        { for [("none", "No date"), ("year", "Year"), ("month", "Month"), ("day", "Day")].iter().map(|(v, l)| html! {
                            <option value={*v} selected={precision == *v}>{ *l }</option>
                        }) }
                    </select>
                </label>
            </div>
            if precision != "none" {
                <div class="field-row">
                    <label class="field">
                        <span class="field-label">{ "From" }</span>
                        <input id="edit-date-start" type="text" inputmode="numeric" placeholder={shape} value={start.clone()}
                            aria-invalid={date_error.is_some().to_string()} aria-describedby="edit-date-hint" oninput={on_start} />
                    </label>
                    <label class="field">
                        <span class="field-label">{ "To (optional)" }</span>
                        <input id="edit-date-end" type="text" inputmode="numeric" placeholder={shape} value={end.clone()}
                            aria-describedby="edit-date-hint" oninput={on_end} />
                    </label>
                </div>
                <p id="edit-date-hint" class={classes!("field-hint", date_error.is_some().then_some("is-error"))}>
                    { date_error.as_ref().cloned().unwrap_or_else(|| format!("As {shape}; a month or a year is never given a day.")) }
                </p>
            }
            <fieldset class="field place-field">
                <legend class="field-label">{ "Place" }</legend>
                <p class="place-current" id="edit-place-current" aria-live="polite">{ place_summary(&place) }</p>
                <div class="place-actions">
                    <input id="edit-place-search" type="search" placeholder="Search places (e.g. Mosul, Karrada)" aria-label="Search places"
                        value={(*query).clone()} oninput={on_query} autocomplete="off" />
                    <button type="button" class="ui-btn" id="edit-place-map" onclick={pick_on_map}>{ "Pick on map" }</button>
                    if place.is_some() {
                        <button type="button" class="ui-btn" onclick={clear_place}>{ "No place" }</button>
                    }
                </div>
                if let Some(why) = &*search_error {
                    <p class="field-hint is-error" role="alert">{ why }</p>
                }
                if !results.is_empty() {
                    <ul class="place-results" aria-label="Matching places">
                        { for results.into_iter().map(|p| {
                            let label = format!("{} · {}", p.name, geo_precision_word(p.precision));
                            let choose = {
                                let place = place.clone();
                                let query = query.clone();
                                let p = p.clone();
                                Callback::from(move |_: MouseEvent| {
                                    place.set(Some(p.clone()));
                                    query.set(String::new());
                                    focus("edit-place-search");
                                })
                            };
                            html! { <li><button type="button" class="place-result" onclick={choose}>{ label }</button></li> }
                        }) }
                    </ul>
                }
            </fieldset>
            <fieldset class="field roles-field">
                <legend class="field-label">{ "Actors and targets" }</legend>
                if candidates.is_empty() {
                    <p class="field-hint">{ "No people or organisations were found in this article." }</p>
                } else {
                    <div class="roles-table" role="group">
                        { for candidates.iter().map(|ent| {
                            let (actors, targets) = &*roles;
                            html! {
                                <div class="role-row" key={ent.id.clone()}>
                                    <span class="role-name" dir="auto">{ &ent.name }</span>
                                    <label class="role-check">
                                        <input type="checkbox" checked={actors.contains(&ent.id)} onchange={role_box(&ent.id, false)}
                                            aria-label={format!("{} is an actor", ent.name)} />
                                        { "actor" }
                                    </label>
                                    <label class="role-check">
                                        <input type="checkbox" checked={targets.contains(&ent.id)} onchange={role_box(&ent.id, true)}
                                            aria-label={format!("{} is a target", ent.name)} />
                                        { "target" }
                                    </label>
                                </div>
                            }
                        }) }
                    </div>
                }
            </fieldset>
            <div class="dialog-actions">
                <button type="button" class="ui-btn ui-btn-danger" id="edit-delete" onclick={delete}>{ "Delete event" }</button>
                <span class="spacer"></span>
                <button type="button" class="ui-btn" onclick={cancel}>{ "Cancel" }</button>
                <button type="submit" class="ui-btn ui-btn-primary" id="edit-save">{ "Save" }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct EntityFormProps {
    id: AttrValue,
}

#[component]
fn EntityForm(props: &EntityFormProps) -> Html {
    let app = use_app();
    let merge_with = use_state(String::new);
    let Some(ent) = app.entity_index(&props.id).and_then(|i| app.analysis.entities.get(i)).cloned() else {
        return Html::default();
    };
    let on_kind = {
        let app = app.clone();
        let id = ent.id.clone();
        let current = ent.kind;
        Callback::from(move |e: web_sys::Event| {
            let value = select_value(&e);
            if let Some(k) = ENTITY_KINDS.iter().copied().find(|k| entity_kind_label(*k) == value) {
                if k != current {
                    app.dispatch(Action::Correct(Correction::EntityKind { entity: id.clone(), kind: k }));
                }
            }
        })
    };
    let mut others: Vec<_> = app.analysis.entities.iter().filter(|e| e.id != ent.id).collect();
    atlas_core::sort::sort_by_key(&mut others, |e| (e.kind != ent.kind, e.name.to_lowercase()));
    let on_merge_choice = {
        let merge_with = merge_with.clone();
        Callback::from(move |e: web_sys::Event| merge_with.set(select_value(&e)))
    };
    let merge = {
        let app = app.clone();
        let from = ent.id.clone();
        let into = (*merge_with).clone();
        Callback::from(move |_: MouseEvent| {
            if into.is_empty() {
                return;
            }
            app.dispatch(Action::Correct(Correction::MergeEntities { into: into.clone(), from: from.clone() }));
            app.dispatch(Action::SelectEntity(Some(into.clone())));
            app.dispatch(Action::Edit(Some(Editing::Entity(into.clone()))));
        })
    };
    let done = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::Edit(None)))
    };
    html! {
        <div class="correction-form">
            <p class="field-hint">
                { format!("{} mentions", ent.mentions.len()) }
                if let Some(a) = &ent.acronym { { format!(" · acronym {a}") } }
                if ent.corrected { { " · corrected" } }
            </p>
            <label class="field">
                <span class="field-label">{ "Kind" }</span>
                <select id="edit-entity-kind" onchange={on_kind}>
                    { for ENTITY_KINDS.iter().map(|k| html! {
                        <option value={entity_kind_label(*k)} selected={*k == ent.kind}>{ entity_kind_label(*k) }</option>
                    }) }
                </select>
            </label>
            <div class="field">
                <label class="field-label" for="edit-merge">{ format!("Same as another entity? Merge “{}” into:", ent.name) }</label>
                <div class="place-actions">
                    <select id="edit-merge" onchange={on_merge_choice}>
                        <option value="" selected={merge_with.is_empty()}>{ "Choose an entity…" }</option>
                        { for others.iter().map(|o| html! {
                            <option value={o.id.clone()} selected={*merge_with == o.id}>
                                { format!("{} ({})", o.name, entity_kind_label(o.kind)) }
                            </option>
                        }) }
                    </select>
                    <button type="button" class="ui-btn" id="edit-merge-go" disabled={merge_with.is_empty()} onclick={merge}>{ "Merge" }</button>
                </div>
            </div>
            <div class="field">
                <span class="field-label">{ "Other names" }</span>
                if ent.aliases.is_empty() {
                    <p class="field-hint">{ "No other names." }</p>
                } else {
                    <ul class="alias-list">
                        { for ent.aliases.iter().map(|alias| {
                            let split = {
                                let app = app.clone();
                                let id = ent.id.clone();
                                let alias = alias.clone();
                                Callback::from(move |_: MouseEvent| app.dispatch(Action::Correct(Correction::SplitAlias {
                                    entity: id.clone(), alias: alias.clone(), new_id: String::new(),
                                })))
                            };
                            html! {
                                <li>
                                    <span dir="auto">{ alias }</span>
                                    <button type="button" class="link-button" onclick={split}
                                        aria-label={format!("Split “{alias}” off as its own entity")}>{ "Split off" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
            <div class="dialog-actions">
                <span class="spacer"></span>
                <button type="button" class="ui-btn ui-btn-primary" onclick={done}>{ "Done" }</button>
            </div>
        </div>
    }
}

fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Undo and Redo buttons (shown once something was corrected), and the shortcuts Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y (left to the
/// browser inside text fields, where they undo typing).
#[component]
pub fn UndoControls() -> Html {
    let app = use_app();
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let in_field = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                if in_field {
                    return;
                }
                let action = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                app.dispatch(action);
            });
            move || drop(listener)
        });
    }
    let count = app.analysis.correction_log().len();
    let (undo_label, redo_label) = (app.undo_label(), app.redo_label());
    // Out of the way until there is something to take back.
    if undo_label.is_none() && redo_label.is_none() {
        return Html::default();
    }
    let button = |action: Action, label: Option<String>| {
        let (id, word, keys, icon) = match action {
            Action::Undo => ("undo", "Undo", "Ctrl+Z", "M7 5 3.5 8.5 7 12M4 8.5h7.5a4.5 4.5 0 0 1 0 9H9"),
            _ => ("redo", "Redo", "Ctrl+Shift+Z", "M13 5l3.5 3.5L13 12M16 8.5H8.5a4.5 4.5 0 0 0 0 9H11"),
        };
        let onclick = {
            let app = app.clone();
            let action = action.clone();
            Callback::from(move |_: MouseEvent| app.dispatch(action.clone()))
        };
        let title = label
            .as_ref()
            .map_or(format!("Nothing to {}", word.to_lowercase()), |l| format!("{word} the {l} ({keys})"));
        let aria_label = label.as_ref().map_or(word.to_string(), |l| format!("{word} the {l}"));
        html! {
            <button type="button" {id} class="header-button" disabled={label.is_none()} {onclick} {title} aria-label={aria_label}>
                <svg class="header-button-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d={icon} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                <span class="header-button-label">{ word }</span>
            </button>
        }
    };
    html! {
        <div class="undo-controls" role="group" aria-label="Corrections">
            <span class="visually-hidden">{ format!("{count} corrections") }</span>
            { button(Action::Undo, undo_label) }
            { button(Action::Redo, redo_label) }
        </div>
    }
}

/// Where the reader's selection starts: the block (`data-block` of its paragraph) and the
/// byte offset in that block's text, not counting what the reader adds (event markers, source
/// numbers, hidden hints, entity cards).
pub fn selection_in_text() -> Option<(usize, usize)> {
    let doc = gloo::utils::document();
    let sel = gloo::utils::window().get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let node = range.start_container().ok()?;
    let el = match node.dyn_ref::<web_sys::Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    let block_el = el.closest("[data-block]").ok()??;
    let block: usize = block_el.get_attribute("data-block")?.parse().ok()?;
    let before = doc.create_range().ok()?;
    before.set_start(&block_el, 0).ok()?;
    before.set_end(&node, range.start_offset().ok()?).ok()?;
    let fragment = before.clone_contents().ok()?;
    let extras = fragment.query_selector_all(".ev-markers, .fn-ref, .visually-hidden, [role=tooltip]").ok()?;
    for i in 0..extras.length() {
        if let Some(n) = extras.item(i) {
            if let Some(parent) = n.parent_node() {
                let _ = parent.remove_child(&n);
            }
        }
    }
    let utf16 = fragment.text_content().unwrap_or_default().encode_utf16().count();
    Some((block, utf16))
}

/// Byte offset of the `utf16`-th UTF-16 unit of `text` (clamped to its end).
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// "Add event": a new event from the sentence selected in the reader, or a hint to select one.
#[component]
pub fn AddEventButton() -> Html {
    let app = use_app();
    let hint = use_state(|| None::<String>);
    // Pressing the button keeps the selection (mousedown would otherwise clear it).
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let onclick = {
        let app = app.clone();
        let hint = hint.clone();
        Callback::from(move |_: MouseEvent| {
            let found = selection_in_text().and_then(|(block, utf16)| {
                let text = &app.analysis.blocks.get(block)?.text;
                app.analysis.event_at(block, byte_offset(text, utf16))
            });
            match found {
                Some(event) => {
                    hint.set(None);
                    app.dispatch(Action::Correct(Correction::AddEvent { event }));
                }
                None => hint.set(Some("Select a sentence in the article first, then press Add event.".into())),
            }
        })
    };
    html! {
        <div class="add-event">
            <button type="button" id="add-event" class="ui-btn" onmousedown={keep_selection} {onclick}
                aria-describedby="add-event-hint">
                { "+ Add event from selected sentence" }
            </button>
            <span id="add-event-hint" class="field-hint" role="status">{ hint.as_ref().cloned().unwrap_or_default() }</span>
        </div>
    }
}

/// A map click while picking: `on_place` gets the nearest named place within `max_km`, else the
/// point itself (also when the place lookup is unavailable).
pub fn place_at(lat: f64, lon: f64, max_km: f64, on_place: impl FnOnce(Place) + 'static) {
    place_lookup::place_near(lat, lon, max_km, move |near| {
        let point = || user_place(&format!("{:.4}, {:.4}", lat, lon), lat, lon, GeoPrecision::Exact).ok();
        // (A point on Earth always makes a place: the map only gives such points.)
        if let Some(place) = near.or_else(point) {
            on_place(place);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        let text = "Kadhimi’s house — 🏠 here";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 8), "Kadhimi’".len());
        let emoji = text.find('🏠').unwrap();
        let units = text[..emoji].encode_utf16().count();
        assert_eq!(byte_offset(text, units + 2), emoji + '🏠'.len_utf8());
        assert_eq!(byte_offset(text, 999), text.len());
    }
}
