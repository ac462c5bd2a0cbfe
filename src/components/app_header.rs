//! The app header: brand, the article's title, the Open / Library / Export buttons, and on
//! narrow screens the view tabs (Reader / Map / Timeline) as an ARIA tablist with arrow-key
//! navigation.

use yew::prelude::*;

use crate::components::{ExportMenu, UndoControls};
use crate::hooks::{use_app, use_library, Panel};
use crate::state::{Action, Tab};

/// DOM id of a tab button and of the panel it controls.
pub fn tab_id(tab: Tab) -> String {
    format!("tab-{}", tab.slug())
}

pub fn panel_id(tab: Tab) -> String {
    format!("panel-{}", tab.slug())
}

fn focus_id(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = h.focus();
        }
    }
}

#[component]
pub fn Tabs() -> Html {
    let app = use_app();
    let current = app.tab;
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => current.step(1),
                "ArrowLeft" => current.step(-1),
                "Home" => Tab::ALL[0],
                "End" => Tab::ALL[Tab::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            app.dispatch(Action::SetTab(next));
            focus_id(&tab_id(next));
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Views" {onkeydown}>
            { for Tab::ALL.iter().map(|&tab| {
                let selected = tab == current;
                let onclick = {
                    let app = app.clone();
                    Callback::from(move |_: MouseEvent| app.dispatch(Action::SetTab(tab)))
                };
                html! {
                    <button
                        type="button"
                        role="tab"
                        id={tab_id(tab)}
                        class={classes!("tab", selected.then_some("is-active"))}
                        aria-selected={selected.to_string()}
                        aria-controls={panel_id(tab)}
                        tabindex={if selected { "0" } else { "-1" }}
                        {onclick}
                    >
                        { tab.label() }
                    </button>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    /// Narrow layout: show the tabs.
    pub compact: bool,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let app = use_app();
    let library = use_library();
    let title = app.analysis.meta.title.clone();
    let open = |panel: Panel| {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.open_panel(Some(panel)))
    };
    html! {
        <header class="app-header">
            <div class="app-header-bar">
                <a class="brand" href="./" aria-label="Article Atlas, home">
                    <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
                        <rect x="1" y="1" width="30" height="30" rx="7" class="brand-mark-bg" />
                        <path d="M9 9h14M9 14h14M9 19h8" class="brand-mark-lines" stroke-width="2.2" stroke-linecap="round" fill="none" />
                        <circle cx="22" cy="21" r="4.2" class="brand-mark-pin" />
                    </svg>
                    <span class="brand-name">{ "Article Atlas" }</span>
                </a>
                if let Some(t) = title {
                    <span class="app-header-title" dir="auto" title={t.clone()}>{ t }</span>
                }
                <div class="app-header-actions">
                    <UndoControls />
                    <button type="button" id="open-import" class="header-button" aria-haspopup="dialog" onclick={open(Panel::Import)}>
                        <svg class="header-button-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                            <path d="M10 16V7m0 0-3.5 3.5M10 7l3.5 3.5M4 5.5V4h12v1.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                        </svg>
                        <span class="header-button-label">{ "Open / paste" }</span>
                    </button>
                    <button type="button" id="open-library" class="header-button" aria-haspopup="dialog" onclick={open(Panel::Library)}>
                        <svg class="header-button-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                            <path d="M4 3.5v13M8 3.5v13M12 4l4 12" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                        </svg>
                        <span class="header-button-label">{ "Library" }</span>
                    </button>
                    <ExportMenu />
                </div>
            </div>
            // Rendered at build time (`prerender`) the width is unknown: the tabs are drawn, and
            // the stylesheet shows them on narrow screens only.
            if props.compact || !cfg!(target_arch = "wasm32") {
                <Tabs />
            }
        </header>
    }
}
