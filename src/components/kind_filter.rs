//! Filter controls shared by the views: toggle chips per event kind (with counts) and a bar
//! naming the active entity and date-range filters with buttons to clear them.

use atlas_core::EventKind;
use yew::prelude::*;

use crate::format::{human_date, kind_title};
use crate::hooks::use_app;
use crate::state::Action;

#[component]
pub fn KindFilter() -> Html {
    let app = use_app();
    let events = &app.analysis.events;
    let present: Vec<(EventKind, usize)> = EventKind::ALL
        .iter()
        .map(|&k| (k, events.iter().filter(|e| e.kind == k).count()))
        .filter(|&(_, n)| n > 0)
        .collect();
    if present.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="kind-filter" role="group" aria-label="Show events of kind">
            { for present.into_iter().map(|(k, n)| {
                let shown = !app.hidden_kinds.contains(&k);
                let onclick = {
                    let app = app.clone();
                    Callback::from(move |_: MouseEvent| app.dispatch(Action::ToggleKind(k)))
                };
                html! {
                    <button
                        type="button"
                        class={classes!("chip", "kind-chip", format!("ev-kind-{}", k.as_str()), (!shown).then_some("is-off"))}
                        aria-pressed={shown.to_string()}
                        {onclick}
                    >
                        <span class="chip-swatch" aria-hidden="true"></span>
                        { kind_title(k) }
                        <span class="chip-count">{ n }</span>
                    </button>
                }
            }) }
        </div>
    }
}

/// The active entity / date-range / kind filters, each with a way out.
#[component]
pub fn ActiveFilters() -> Html {
    let app = use_app();
    if !app.is_filtered() {
        return Html::default();
    }
    let entity = app.selected_entity_index().and_then(|i| app.analysis.entities.get(i));
    let clear_entity = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SelectEntity(None)))
    };
    let clear_range = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SetDateRange(None)))
    };
    let show_kinds = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::ShowAllKinds))
    };
    let clear_all = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::ClearFilters))
    };
    html! {
        <div class="active-filters">
            <span class="active-filters-label">{ "Filtered by" }</span>
            if let Some(ent) = entity {
                <button type="button" class="chip chip-clear" onclick={clear_entity}
                    aria-label={format!("Remove filter: {}", ent.name)}>
                    <span dir="auto">{ &ent.name }</span><span aria-hidden="true">{ " ×" }</span>
                </button>
            }
            if let Some((from, to)) = &app.date_range {
                <button type="button" class="chip chip-clear" onclick={clear_range}
                    aria-label={format!("Remove date filter {} to {}", from, to)}>
                    { format!("{} – {}", human_date(from), human_date(to)) }<span aria-hidden="true">{ " ×" }</span>
                </button>
            }
            if !app.hidden_kinds.is_empty() {
                <button type="button" class="chip chip-clear" onclick={show_kinds}
                    aria-label="Show all kinds again">
                    { format!("{} kinds hidden", app.hidden_kinds.len()) }<span aria-hidden="true">{ " ×" }</span>
                </button>
            }
            <button type="button" class="link-button" onclick={clear_all}>{ "Clear all" }</button>
        </div>
    }
}
