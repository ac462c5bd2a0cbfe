//! The event-map panel. Placeholder until the SVG map lands: lists the events' places
//! (each selects its first event) inside the labelled region the map will occupy.

use yew::prelude::*;

use crate::format::{count, geo_precision_word};
use crate::hooks::use_app;
use crate::state::Action;

#[component]
pub fn MapPanel() -> Html {
    let app = use_app();
    let events = &app.analysis.events;
    // Distinct place names in text order, with their visible events.
    let mut places: Vec<(String, Vec<usize>)> = Vec::new();
    for i in app.visible_events() {
        let Some(p) = events.get(i).and_then(|e| e.place.as_ref()) else {
            continue;
        };
        match places.iter_mut().find(|(n, _)| *n == p.name) {
            Some((_, v)) => v.push(i),
            None => places.push((p.name.clone(), vec![i])),
        }
    }
    let selected = app.selected_event_index();
    html! {
        <section class="panel map-panel" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{ "Event map" }</h2>
                <span class="panel-count">{ count(places.len(), "place", "places") }</span>
            </div>
            <div class="map-placeholder" role="region" aria-label="Event map: places of the events">
                if places.is_empty() {
                    <p class="panel-empty">{ "No event has a place." }</p>
                } else {
                    <ul class="place-list">
                        { for places.iter().map(|(name, evs)| {
                            let first = evs[0];
                            let is_sel = selected.is_some_and(|s| evs.contains(&s));
                            let prec = events[first].place.as_ref().map(|p| (geo_precision_word(p.precision), p.inferred));
                            let onclick = {
                                let app = app.clone();
                                let id = events[first].id.clone();
                                Callback::from(move |_: MouseEvent| app.dispatch(Action::SelectEvent(Some(id.clone()))))
                            };
                            html! {
                                <li key={name.clone()}>
                                    <button type="button" class={classes!("place-chip", is_sel.then_some("is-selected"))} {onclick}>
                                        <span class="place-pin" aria-hidden="true"></span>
                                        <span class="place-name" dir="auto">{ name }</span>
                                        if let Some((p, inferred)) = prec {
                                            <span class="prec">{ p }{ if inferred { ", inferred" } else { "" } }</span>
                                        }
                                        <span class="chip-count">{ count(evs.len(), "event", "events") }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        </section>
    }
}
