//! The events table: the accessible alternative to map and timeline. Sortable by order,
//! date, kind and place; clicking a row or pressing Enter on it selects the event.

use wasm_bindgen::JsCast;
use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::components::kind_filter::{ActiveFilters, KindFilter};
use crate::derive::article_identity;
use crate::format::{date_tooltip, geo_precision_word, human_event_date, kind_title, precision_word};
use crate::hooks::{use_app, use_progressive};
use crate::state::{Action, Editing, SortKey, Tab};
use atlas_core::Precision;

/// Rows listed at first; a longer table (a book-length import, a large library) lists the rest
/// on request, so filtering, brushing and opening it stay quick.
pub const FIRST_ROWS: usize = 200;

/// Rows added to the page per task while a long table is being drawn.
const ROW_STEP: usize = 25;

/// The rows to draw: the first `limit` plus the selected event's row (so a selection made
/// elsewhere is always in the table).
pub fn rows_to_draw(rows: &[usize], selected: Option<usize>, limit: usize) -> Vec<usize> {
    if rows.len() <= limit {
        return rows.to_vec();
    }
    let mut drawn = rows[..limit].to_vec();
    if let Some(sel) = selected.filter(|s| rows[limit..].contains(s)) {
        drawn.push(sel);
    }
    drawn
}

/// DOM id of an event's row.
pub fn row_id(event_id: &str) -> String {
    let safe: String = event_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    format!("row-{safe}")
}

/// Scroll a row into view within its scrolling container if it is visible at all (not in
/// a hidden tab) and not fully shown.
fn nudge_into_view(id: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if el.get_bounding_client_rect().height() <= 0.0 {
        return;
    }
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

fn focus_sibling_row(e: &KeyboardEvent, forward: bool) {
    let Some(row) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let next = if forward { row.next_element_sibling() } else { row.previous_element_sibling() };
    if let Some(h) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        e.prevent_default();
        let _ = h.focus();
    }
}

#[derive(Properties, PartialEq)]
struct SortHeaderProps {
    label: AttrValue,
    key_: SortKey,
    #[prop_or_default]
    class: Classes,
}

#[component]
fn SortHeader(props: &SortHeaderProps) -> Html {
    let app = use_app();
    let active = app.sort.key == props.key_;
    let aria_sort = active.then(|| if app.sort.descending { "descending" } else { "ascending" });
    let onclick = {
        let app = app.clone();
        let key = props.key_;
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SortBy(key)))
    };
    let arrow = match (active, app.sort.descending) {
        (false, _) => "↕",
        (true, false) => "↑",
        (true, true) => "↓",
    };
    html! {
        <th scope="col" class={props.class.clone()} aria-sort={aria_sort}>
            <button type="button" class={classes!("sort", active.then_some("is-active"))} {onclick}>
                { props.label.clone() }
                <span class="sort-arrow" aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}

#[component]
pub fn EventsTable() -> Html {
    let app = use_app();
    let events = &app.analysis.events;
    let rows = app.sorted_visible_events();
    let selected = app.selected_event_index();
    let show_all = use_state(|| false);
    let listed = if *show_all { rows.len() } else { FIRST_ROWS.min(rows.len()) };
    let ready = use_progressive(article_identity(&app.analysis), listed, ROW_STEP);
    let drawn = rows_to_draw(&rows, selected, ready);
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };

    {
        let selected = app.selected_event.clone();
        use_effect_with((selected, app.reveal), move |(selected, _)| {
            if let Some(id) = selected {
                nudge_into_view(&row_id(id));
            }
        });
    }

    let body: Html = drawn
        .iter()
        .filter_map(|&i| events.get(i).map(|ev| (i, ev)))
        .map(|(i, ev)| {
            let is_sel = selected == Some(i);
            let select = {
                let app = app.clone();
                let id = ev.id.clone();
                Callback::from(move |_: ()| app.dispatch(Action::SelectEvent(Some(id.clone()))))
            };
            let onclick = select.reform(|_: MouseEvent| ());
            let onkeydown = {
                let select = select.clone();
                Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                    "Enter" | " " => {
                        e.prevent_default();
                        select.emit(());
                    }
                    "ArrowDown" => focus_sibling_row(&e, true),
                    "ArrowUp" => focus_sibling_row(&e, false),
                    _ => {}
                })
            };
            let show_in_text = {
                let app = app.clone();
                let id = ev.id.clone();
                Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    app.dispatch(Action::SetTab(Tab::Reader));
                    app.dispatch(Action::SelectEvent(Some(id.clone())));
                })
            };
            let edit = {
                let app = app.clone();
                let id = ev.id.clone();
                Callback::from(move |e: MouseEvent| {
                    e.stop_propagation();
                    app.dispatch(Action::Edit(Some(Editing::Event(id.clone()))));
                })
            };
            let kind = ev.kind.as_str();
            let date = match &ev.date {
                Some(d) => html! {
                    <>
                        <time datetime={d.start.clone()} title={date_tooltip(d)}>{ human_event_date(d) }</time>
                        if d.precision != Precision::Day {
                            <span class="prec">{ precision_word(d.precision) }</span>
                        }
                    </>
                },
                None => html! { <span class="muted">{ "undated" }</span> },
            };
            let place = match &ev.place {
                Some(p) => html! {
                    <>
                        <span class="place-name" dir="auto">{ &p.name }</span>
                        <span class="prec">
                            { geo_precision_word(p.precision) }
                            if p.inferred { { ", inferred" } }
                        </span>
                    </>
                },
                None => html! { <span class="muted">{ "no place" }</span> },
            };
            let excerpt = ev.evidence.first().map(|e| e.text.clone()).unwrap_or_default();
            html! {
                <tr
                    key={ev.id.clone()}
                    id={row_id(&ev.id)}
                    class={classes!("event-row", is_sel.then_some("is-selected"))}
                    tabindex="0"
                    aria-current={is_sel.then_some("true")}
                    {onclick}
                    {onkeydown}
                >
                    <td class="col-num">
                        <span class={classes!("ev-dot", format!("ev-kind-{kind}"))}>{ i + 1 }</span>
                    </td>
                    <td class="col-date">
                        { date }
                        // Narrow tables fold the place under the date and the text under the
                        // kind; the hidden copy is `display: none`, so it is never read twice.
                        <span class="narrow-only row-place">{ place.clone() }</span>
                    </td>
                    <td class="col-kind">
                        <span class="kind-name">{ kind_title(ev.kind) }</span>
                        if ev.corrected {
                            <span class="corrected-badge" title="Changed or added by you">{ "corrected" }</span>
                        }
                        <span class="narrow-only excerpt" dir="auto">{ excerpt.clone() }</span>
                        if is_sel {
                            <span class="row-actions">
                                <button type="button" class="link-button row-show" onclick={show_in_text}>
                                    { "Show in text" }
                                </button>
                                <button type="button" class="link-button row-edit" onclick={edit}
                                    aria-label={format!("Correct event {}", i + 1)}>
                                    { "Correct…" }
                                </button>
                            </span>
                        }
                    </td>
                    <td class="col-place">{ place }</td>
                    <td class="col-text"><span class="excerpt" dir="auto">{ excerpt }</span></td>
                </tr>
            }
        })
        .collect();

    html! {
        <section class="panel events-panel" aria-labelledby="events-heading">
            <div class="panel-head">
                <h2 id="events-heading">{ "Events" }</h2>
                <span class="panel-count" aria-live="polite">
                    { if rows.len() == events.len() {
                        format!("{} in the text", events.len())
                    } else {
                        format!("{} of {} shown", rows.len(), events.len())
                    } }
                </span>
            </div>
            <KindFilter />
            <ActiveFilters />
            if events.is_empty() {
                <p class="panel-empty">{ "No events were found in this article." }</p>
            } else if rows.is_empty() {
                <p class="panel-empty">{ "No event matches the filters." }</p>
            } else {
                <div class="table-wrap">
                    <table class="events-table">
                        <caption class="visually-hidden">
                            { "Events reported in the article. Select a row to show the event in the text, on the map and on the timeline." }
                        </caption>
                        <thead>
                            <tr>
                                <SortHeader label="#" key_={SortKey::Order} class="col-num" />
                                <SortHeader label="Date" key_={SortKey::Date} class="col-date" />
                                <SortHeader label="Kind" key_={SortKey::Kind} class="col-kind" />
                                <SortHeader label="Place" key_={SortKey::Place} class="col-place" />
                                <th scope="col" class="col-text">{ "What the text says" }</th>
                            </tr>
                        </thead>
                        <tbody>{ body }</tbody>
                    </table>
                </div>
                if listed < rows.len() {
                    <p class="table-more">
                        { format!("The first {FIRST_ROWS} of {} events are listed. ", rows.len()) }
                        <button type="button" class="link-button" id="events-show-all" onclick={on_show_all}>
                            { format!("List all {}", rows.len()) }
                        </button>
                    </p>
                }
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_tables_draw_the_first_rows_and_the_selection() {
        let rows: Vec<usize> = (0..500).rev().collect();
        assert_eq!(rows_to_draw(&rows[..10], None, FIRST_ROWS).len(), 10);
        let drawn = rows_to_draw(&rows, Some(3), FIRST_ROWS);
        assert_eq!(drawn.len(), FIRST_ROWS + 1);
        assert_eq!(drawn.last(), Some(&3), "the selected row is drawn, after the first rows");
        assert_eq!(rows_to_draw(&rows, Some(499), FIRST_ROWS).len(), FIRST_ROWS, "already among them");
        assert_eq!(rows_to_draw(&rows, None, 500).len(), 500);
    }
}
