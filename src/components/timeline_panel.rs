//! The timeline panel. Placeholder until the time axis lands: the span of the dated events
//! and a compact chronological strip, each item selecting its event.

use yew::prelude::*;

use crate::format::{date_bounds, human_event_date, kind_title};
use crate::hooks::use_app;
use crate::state::Action;

#[component]
pub fn TimelinePanel() -> Html {
    let app = use_app();
    let events = &app.analysis.events;
    let mut dated: Vec<usize> = app.visible_events().into_iter().filter(|&i| events[i].date.is_some()).collect();
    dated.sort_by_key(|&i| events[i].date.as_ref().map(date_bounds));
    let selected = app.selected_event_index();
    let span = match (dated.first(), dated.last()) {
        (Some(&a), Some(&b)) => events[a]
            .date
            .as_ref()
            .zip(events[b].date.as_ref())
            .map(|(da, db)| format!("{} – {}", human_event_date(da), human_event_date(db))),
        _ => None,
    };
    html! {
        <section class="panel timeline-panel" aria-labelledby="timeline-heading">
            <div class="panel-head">
                <h2 id="timeline-heading">{ "Timeline" }</h2>
                if let Some(s) = span {
                    <span class="panel-count">{ s }</span>
                }
            </div>
            if dated.is_empty() {
                <p class="panel-empty">{ "No dated event to place in time." }</p>
            } else {
                <ol class="timeline-strip">
                    { for dated.iter().map(|&i| {
                        let ev = &events[i];
                        let is_sel = selected == Some(i);
                        let onclick = {
                            let app = app.clone();
                            let id = ev.id.clone();
                            Callback::from(move |_: MouseEvent| app.dispatch(Action::SelectEvent(Some(id.clone()))))
                        };
                        html! {
                            <li key={ev.id.clone()}>
                                <button type="button" class={classes!("tl-item", is_sel.then_some("is-selected"))}
                                    aria-pressed={is_sel.to_string()} {onclick}>
                                    <span class={classes!("ev-dot", format!("ev-kind-{}", ev.kind.as_str()))} aria-hidden="true">{ i + 1 }</span>
                                    <span class="tl-date">{ ev.date.as_ref().map(human_event_date).unwrap_or_default() }</span>
                                    <span class="tl-kind">{ kind_title(ev.kind) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
