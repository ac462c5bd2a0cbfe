//! The app shell: reads the bundled article's analysis, provides the state, and lays out the views
//! (reader beside map, timeline and index on wide screens; tabs on narrow ones).

use yew::prelude::*;

use crate::components::app_header::{panel_id, tab_id};
use crate::components::rich_text::reveal_element;
use crate::components::{
    AfterFirstPaint, AppHeader, CorrectionDialog, EntitiesPanel, EventsTable, ImportDialog, LibraryPanel, MapPanel,
    Reader, TimelinePanel, Toasts,
};
use crate::first_screen::Later;
use crate::hooks::{use_app, use_hash_sync, use_library, use_media_query, AppProvider, LibraryProvider};
use crate::state::{Action, Tab};

/// Below this width the layout switches to tabs (kept in step with the CSS).
pub const COMPACT_QUERY: &str = "(max-width: 899.98px)";

#[component]
pub fn App() -> Html {
    let analysis = use_memo((), |_| crate::seed_analysis());
    html! {
        <AppProvider analysis={analysis.clone()}>
            <LibraryProvider seed={analysis}>
                <Shell />
            </LibraryProvider>
        </AppProvider>
    }
}

#[derive(Properties, PartialEq)]
struct PaneProps {
    tab: Tab,
    compact: bool,
    #[prop_or_default]
    class: Classes,
    #[prop_or_default]
    children: Html,
}

/// A view's container: a tab panel on narrow screens, a plain region otherwise.
#[component]
fn Pane(props: &PaneProps) -> Html {
    let app = use_app();
    let id = panel_id(props.tab);
    let class = classes!("pane", format!("pane-{}", props.tab.slug()), props.class.clone());
    if props.compact {
        let hidden = app.tab != props.tab;
        html! {
            <div {id} {class} role="tabpanel" aria-labelledby={tab_id(props.tab)} {hidden} tabindex="-1">
                { props.children.clone() }
            </div>
        }
    } else {
        html! { <div {id} {class}>{ props.children.clone() }</div> }
    }
}

#[component]
pub fn Shell() -> Html {
    let compact = use_media_query(COMPACT_QUERY);
    use_hash_sync();
    let app = use_app();
    // The first screen rendered at build time (src/bin/prerender.rs) gives way to the live app,
    // before the browser paints again.
    use_effect_with((), |_| crate::first_screen::remove_snapshot());
    {
        // Every correction, undo and redo is saved with the article (revision 0: just loaded).
        let library = use_library();
        let analysis = app.analysis.clone();
        use_effect_with(app.revision, move |&revision| {
            if revision != 0 {
                library.save_current(&analysis);
            }
        });
    }
    // The skip link moves focus without touching the URL hash (which holds the view).
    let skip = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::SetTab(Tab::Reader));
            reveal_element("article-title", true, false);
        })
    };
    html! {
        <div class={classes!("app", compact.then_some("is-compact"))}>
            <a class="skip-link" href="#panel-reader" onclick={skip}>{ "Skip to the article" }</a>
            <AppHeader {compact} />
            <main class="layout">
                <Pane tab={Tab::Reader} {compact}>
                    <Reader />
                </Pane>
                <div class="side">
                    <Later>
                    <Pane tab={Tab::Map} {compact}>
                        <AfterFirstPaint>
                            <MapPanel />
                        </AfterFirstPaint>
                    </Pane>
                    <Pane tab={Tab::Timeline} {compact}>
                        <AfterFirstPaint later={1}>
                            <TimelinePanel />
                        </AfterFirstPaint>
                        <AfterFirstPaint later={2}>
                            <EventsTable />
                            <EntitiesPanel />
                        </AfterFirstPaint>
                    </Pane>
                    </Later>
                </div>
            </main>
            <Later>
                <ImportDialog />
                <CorrectionDialog />
                <LibraryPanel />
                <Toasts />
            </Later>
        </div>
    }
}
