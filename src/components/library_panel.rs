//! The library dialog (the bundled article first, then the stored ones: open, rename inline,
//! delete with Undo; tick several to show them together, or show all) and the notice toast
//! shared by import, library and export.

use atlas_core::Analysis;
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use yew::prelude::*;

use crate::components::dialog::close_button;
use crate::format::{count, human_date};
use crate::hooks::{set_timeout, use_library, use_modal, Library, Notice, NoticeKind, Panel};
use crate::storage::{entry_for, LibraryEntry, SEED_ID};

fn focus_id(id: &str) {
    if let Some(el) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// `YYYY-MM-DD` of a time stamp, in local time.
fn local_day(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A DOM-safe id fragment for an entry id (ours are hex, but stored data may say anything).
fn dom_id(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    entry: LibraryEntry,
    /// The bundled article: no rename or delete.
    seed: bool,
    current: bool,
    editing: bool,
    on_edit: Callback<Option<String>>,
    /// Offer a box to tick it (there are others to show it with).
    pickable: bool,
    /// Ticked to be shown together with others.
    picked: bool,
    on_pick: Callback<(String, bool)>,
}

#[component]
fn LibraryItem(props: &ItemProps) -> Html {
    let library = use_library();
    let input_ref = use_node_ref();
    let entry = &props.entry;
    let key = dom_id(&entry.id);
    let title_id = format!("lib-title-{key}");

    {
        let input_ref = input_ref.clone();
        use_effect_with(props.editing, move |&editing| {
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>().filter(|_| editing) {
                let _ = input.focus();
                input.select();
            }
        });
    }

    let onopen = {
        let library = library.clone();
        let id = entry.id.clone();
        Callback::from(move |_: MouseEvent| {
            library.open(&id);
            library.open_panel(None);
        })
    };
    let onrename = {
        let on_edit = props.on_edit.clone();
        let id = entry.id.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(Some(id.clone())))
    };
    let onpick = {
        let on_pick = props.on_pick.clone();
        let id = entry.id.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                on_pick.emit((id.clone(), input.checked()));
            }
        })
    };
    let ondelete = {
        let library = library.clone();
        let id = entry.id.clone();
        Callback::from(move |_: MouseEvent| library.delete(&id))
    };
    // Save on Enter or when focus leaves; Escape cancels (and must not close the dialog).
    let save = {
        let library = library.clone();
        let on_edit = props.on_edit.clone();
        let id = entry.id.clone();
        let old = entry.title.clone();
        let input_ref = input_ref.clone();
        move |keep: bool| {
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let value = input.value();
                if keep && value.trim() != old && !value.trim().is_empty() {
                    library.rename(&id, &value);
                }
            }
            on_edit.emit(None);
            let id = id.clone();
            set_timeout(0, move || focus_id(&format!("lib-rename-{}", dom_id(&id))));
        }
    };
    let onkeydown = {
        let save = save.clone();
        let old_title = entry.title.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                save(true);
            }
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                // Put the old title back first: a blur as the input goes away saves nothing.
                if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    input.set_value(&old_title);
                }
                save(false);
            }
            _ => {}
        })
    };
    let onblur = {
        let editing = props.editing;
        Callback::from(move |_: FocusEvent| {
            if editing {
                save(true);
            }
        })
    };

    let mut meta: Vec<String> = Vec::new();
    if let Some(d) = &entry.date {
        meta.push(human_date(d));
    }
    if let Some(a) = &entry.author {
        meta.push(a.clone());
    }
    meta.push(count(entry.events, "event", "events"));
    if props.seed {
        meta.push("Bundled with the app".into());
    } else {
        meta.push(format!("Added {}", human_date(&local_day(entry.added_at))));
    }

    html! {
        <li
            class={classes!("library-item", props.current.then_some("is-current"), props.picked.then_some("is-picked"))}
            aria-current={props.current.then_some("true")}
        >
            <div class="library-item-head">
            if props.pickable {
                <input
                    type="checkbox"
                    class="library-pick"
                    id={format!("lib-pick-{key}")}
                    checked={props.picked}
                    aria-label={format!("Choose “{}” to show together", entry.title)}
                    onchange={onpick}
                />
            }
            <div class="library-item-main">
                if props.editing {
                    <label class="visually-hidden" for={format!("lib-input-{key}")}>{ "New title" }</label>
                    <input
                        id={format!("lib-input-{key}")}
                        class="library-rename-input"
                        type="text"
                        dir="auto"
                        maxlength="200"
                        value={entry.title.clone()}
                        ref={input_ref}
                        {onkeydown}
                        {onblur}
                    />
                    <p class="library-item-hint">{ "Enter saves, Escape cancels." }</p>
                } else {
                    <h3 class="library-item-title" id={title_id.clone()} dir="auto">{ entry.title.clone() }</h3>
                }
                <p class="library-item-meta">
                    if props.current {
                        <span class="library-badge">{ "On screen" }</span>
                        { " " }
                    }
                    { meta.join(" · ") }
                </p>
            </div>
            </div>
            <div class="library-item-actions" role="group" aria-labelledby={title_id.clone()}>
                <button type="button" class="ui-btn ui-btn-primary" id={format!("lib-open-{key}")} onclick={onopen}>
                    { "Open" }
                </button>
                if !props.seed {
                    <button type="button" class="ui-btn" id={format!("lib-rename-{key}")} onclick={onrename} disabled={props.editing}>
                        { "Rename" }
                    </button>
                    <button type="button" class="ui-btn ui-btn-danger" id={format!("lib-delete-{key}")} onclick={ondelete}>
                        { "Delete" }
                    </button>
                }
            </div>
        </li>
    }
}

/// The notice: text, Undo when it is a deletion, and a dismiss button. Success and info
/// notices without Undo go away after a while; errors and Undo offers stay until dismissed.
#[derive(Properties, PartialEq)]
struct NoticeProps {
    notice: Notice,
    library: Library,
    /// Inside the library dialog: Undo takes the focus (the deleted row's buttons are gone).
    focus_undo: bool,
}

#[component]
fn NoticeBar(props: &NoticeProps) -> Html {
    let notice = &props.notice;
    {
        let library = props.library.clone();
        let focus_undo = props.focus_undo;
        use_effect_with((notice.id, notice.kind, notice.undo.is_some()), move |&(id, kind, undo)| {
            if undo && focus_undo {
                focus_id("notice-undo");
            }
            if kind != NoticeKind::Error && !undo {
                set_timeout(8_000, move || library.dismiss(Some(id)));
            }
        });
    }
    let onundo = {
        let library = props.library.clone();
        Callback::from(move |_: MouseEvent| library.undo())
    };
    let ondismiss = {
        let library = props.library.clone();
        Callback::from(move |_: MouseEvent| library.dismiss(None))
    };
    let kind = match notice.kind {
        NoticeKind::Success => "is-success",
        NoticeKind::Info => "is-info",
        NoticeKind::Error => "is-error",
    };
    html! {
        <div class={classes!("notice", kind)} data-notice-id={notice.id.to_string()}>
            <p class="notice-text">{ notice.text.clone() }</p>
            if notice.undo.is_some() {
                <button type="button" id="notice-undo" class="ui-btn notice-undo" onclick={onundo}>{ "Undo" }</button>
            }
            <button type="button" class="notice-dismiss" aria-label="Dismiss message" onclick={ondismiss}>
                <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true" focusable="false">
                    <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
            </button>
        </div>
    }
}

/// The page-level toast region (outside the dialogs, which make the rest of the page inert
/// while open; the library dialog shows the notice inside itself instead).
#[component]
pub fn Toasts() -> Html {
    let library = use_library();
    let notice = library.notice.clone().filter(|_| library.panel.is_none());
    html! {
        <div class="toasts" role="status" aria-live="polite" aria-atomic="true">
            if let Some(notice) = notice {
                <NoticeBar key={notice.id} notice={notice.clone()} library={library.clone()} focus_undo={false} />
            }
        </div>
    }
}

/// The library dialog, opened from the header.
#[component]
pub fn LibraryPanel() -> Html {
    let library = use_library();
    let dialog_ref = use_node_ref();
    let editing = use_state(|| None::<String>);
    // Ticked ids (a short list: smaller in the wasm than a set).
    let picked = use_state(Vec::<String>::new);
    let is_open = library.panel == Some(Panel::Library);
    let bundled_entry = use_memo(library.seed().clone(), |seed: &std::rc::Rc<Analysis>| entry_for(seed, SEED_ID, 0.0));
    let seed_entry = library.saved_seed.clone().unwrap_or_else(|| (*bundled_entry).clone());

    use_modal(&dialog_ref, is_open);
    {
        let editing = editing.clone();
        use_effect_with(is_open, move |&is_open| {
            if !is_open {
                editing.set(None);
            }
        });
    }
    let onclose = {
        let library = library.clone();
        Callback::from(move |_: Event| {
            library.open_panel(None);
            focus_id("open-library");
        })
    };
    let close = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.open_panel(None))
    };
    let onbackdrop = {
        let library = library.clone();
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(d) = dialog_ref.cast::<web_sys::Element>() else { return };
            if e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == d) {
                let r = d.get_bounding_client_rect();
                let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
                if x < r.left() || x > r.right() || y < r.top() || y > r.bottom() {
                    library.open_panel(None);
                }
            }
        })
    };
    let onimport = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.open_panel(Some(Panel::Import)))
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |id: Option<String>| editing.set(id))
    };

    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |(id, on): (String, bool)| {
            let mut next: Vec<String> = picked.iter().filter(|p| **p != id).cloned().collect();
            if on {
                next.push(id);
            }
            picked.set(next);
        })
    };
    // In the list's order; ticks on articles deleted meanwhile do not count.
    let chosen: Vec<String> = std::iter::once(SEED_ID.to_string())
        .chain(library.entries.iter().map(|e| e.id.clone()))
        .filter(|id| picked.contains(id))
        .collect();

    let current = library.current.clone();
    let item = |entry: &LibraryEntry, seed: bool| {
        html! {
            <LibraryItem
                key={entry.id.clone()}
                entry={entry.clone()}
                {seed}
                current={current.as_deref() == Some(entry.id.as_str())}
                editing={editing.as_deref() == Some(entry.id.as_str())}
                on_edit={on_edit.clone()}
                pickable={!library.entries.is_empty()}
                picked={picked.contains(&entry.id)}
                on_pick={on_pick.clone()}
            />
        }
    };

    let onall = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| {
            library.open_all();
            library.open_panel(None);
        })
    };
    let onselected = {
        let library = library.clone();
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            library.open_together(&chosen);
            library.open_panel(None);
        })
    };
    let selected_hint = match chosen.len() {
        0 => "Tick two or more articles to see only their events together.".to_string(),
        1 => "1 article ticked: tick at least one more to show them together.".to_string(),
        n => format!("{n} articles ticked."),
    };
    html! {
        <dialog
            id="library-dialog"
            class="app-dialog library-dialog"
            aria-labelledby="library-title"
            ref={dialog_ref}
            {onclose}
            onclick={onbackdrop}
        >
            <div class="dialog-head">
                <h2 id="library-title">{ "Library" }</h2>
                { close_button(close) }
            </div>
            <p class="dialog-desc">
                { "Articles you opened, kept in this browser on this device. " }
                { count(library.entries.len(), "stored article", "stored articles") }
                { "." }
            </p>
            if let Some(e) = &library.unavailable {
                <p class="library-warning">{ e.to_string() }</p>
            }
            if !library.entries.is_empty() {
                <div class="library-together" role="group" aria-label="Show articles together">
                    <div class="library-together-actions">
                        <button
                            type="button"
                            class="ui-btn ui-btn-primary"
                            id="lib-open-selected"
                            disabled={chosen.len() < 2}
                            aria-describedby="lib-selected-hint"
                            onclick={onselected}
                        >
                            { "Show selected together" }
                        </button>
                        <button type="button" class="ui-btn" id="lib-open-all" onclick={onall}>
                            { "Show all together" }
                        </button>
                    </div>
                    <p class="library-all-hint" id="lib-selected-hint" aria-live="polite">
                        { selected_hint }
                        { " Their events share one reader, one map and one timeline." }
                    </p>
                </div>
            }
            <ul class="library-list" aria-labelledby="library-title">
                { item(&seed_entry, true) }
                { for library.entries.iter().map(|e| item(e, false)) }
            </ul>
            if library.entries.is_empty() {
                <p class="library-empty">
                    { "Nothing stored yet. " }
                    <button type="button" class="link-button" onclick={onimport}>{ "Open or paste an article" }</button>
                    { " and it will be kept here." }
                </p>
            }
            <div class="library-notice" role="status" aria-live="polite">
                if let Some(notice) = library.notice.clone().filter(|_| is_open) {
                    <NoticeBar key={notice.id} notice={notice.clone()} library={library.clone()} focus_undo={true} />
                }
            </div>
        </dialog>
    }
}
