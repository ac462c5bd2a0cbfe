//! The local library as app context: [`LibraryProvider`] reads the stored articles from
//! `localStorage` (through [`crate::storage`], which explains the choice over IndexedDB) and
//! [`use_library`] hands components a [`Library`] to show, store, open, rename, delete and
//! undo, plus the one notice (toast) and which dialog is open.

use std::ops::Deref;
use std::rc::Rc;

use atlas_core::Analysis;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use yew::prelude::*;

use crate::hooks::{use_app, AppContext};
use crate::state::Action;
use crate::storage::{self, KvStore, LibraryEntry, OpenError, Removed, StoreError, SEED_ID};

/// `localStorage` as a [`KvStore`].
pub struct LocalStore(web_sys::Storage);

impl LocalStore {
    /// The page's `localStorage`, or why it cannot be used.
    pub fn open() -> Result<LocalStore, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(LocalStore(s)),
            Ok(None) => Err(StoreError::Unavailable),
            Err(e) => Err(store_error(e)),
        }
    }
}

/// Map a DOM exception to a [`StoreError`].
fn store_error(e: JsValue) -> StoreError {
    let Some(ex) = e.dyn_ref::<web_sys::DomException>() else {
        return StoreError::Failed(e.as_string().unwrap_or_else(|| "unknown error".into()));
    };
    match ex.name().as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StoreError::Unavailable,
        _ if ex.code() == 22 => StoreError::QuotaExceeded,
        _ => StoreError::Failed(ex.message()),
    }
}

impl KvStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.0.length().map_err(store_error)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.0.key(i).map_err(store_error)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

/// Milliseconds since the Unix epoch (the browser's clock).
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Run `f` once after `ms` milliseconds.
pub fn set_timeout(ms: i32, f: impl FnOnce() + 'static) {
    let cb = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
    }
}

/// Run `f` after the browser has painted the current frame (a frame, then a task), so that a
/// "working…" state shows before a long synchronous job starts.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else {
        return f();
    };
    let cb = Closure::once_into_js(move || set_timeout(0, f));
    if w.request_animation_frame(cb.unchecked_ref()).is_err() {
        // No frames (a hidden tab): a plain timeout still lets the page update.
        set_timeout(16, || {});
    }
}

/// The dialogs the header opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Import,
    Library,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Success,
    Info,
    Error,
}

/// The one message shown as a toast (and inside the library dialog while it is open).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Distinguishes notices, so that a timer only dismisses its own.
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
    /// Present on "deleted" notices: what Undo puts back.
    pub undo: Option<Rc<Removed>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LibraryState {
    /// Stored articles, newest first (the seed is not among them).
    pub entries: Vec<LibraryEntry>,
    /// Library id of the article shown: [`SEED_ID`], a stored id, or `None` when unsaved.
    pub current: Option<String>,
    pub panel: Option<Panel>,
    pub notice: Option<Notice>,
    /// Set when the store cannot be used at all (private mode).
    pub unavailable: Option<StoreError>,
    next_notice: u32,
}

impl Default for LibraryState {
    fn default() -> Self {
        LibraryState {
            entries: Vec::new(),
            current: Some(SEED_ID.to_string()),
            panel: None,
            notice: None,
            unavailable: None,
            next_notice: 1,
        }
    }
}

pub enum LibraryAction {
    Entries(Vec<LibraryEntry>),
    Current(Option<String>),
    Panel(Option<Panel>),
    Notify(NoticeKind, String, Option<Rc<Removed>>),
    /// Dismiss the notice (only the one with this id, when given).
    Dismiss(Option<u32>),
    Unavailable(Option<StoreError>),
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Entries(entries) => {
                // The article on screen stays; it is just no longer stored.
                if next.current.as_deref().is_some_and(|c| c != SEED_ID && !entries.iter().any(|e| e.id == c)) {
                    next.current = None;
                }
                next.entries = entries;
            }
            LibraryAction::Current(id) => next.current = id,
            LibraryAction::Panel(panel) => {
                if self.panel == panel {
                    return self;
                }
                next.panel = panel;
            }
            LibraryAction::Notify(kind, text, undo) => {
                next.notice = Some(Notice { id: self.next_notice, kind, text, undo });
                next.next_notice = self.next_notice.wrapping_add(1);
            }
            LibraryAction::Dismiss(id) => {
                if self.notice.is_none() || id.is_some_and(|id| self.notice.as_ref().map(|n| n.id) != Some(id)) {
                    return self;
                }
                next.notice = None;
            }
            LibraryAction::Unavailable(e) => next.unavailable = e,
        }
        Rc::new(next)
    }
}

/// What components get from [`use_library`]: the library state (by `Deref`) and its actions.
#[derive(Clone, PartialEq)]
pub struct Library {
    state: UseReducerHandle<LibraryState>,
    app: AppContext,
    seed: Rc<Analysis>,
}

impl Deref for Library {
    type Target = LibraryState;

    fn deref(&self) -> &LibraryState {
        &self.state
    }
}

/// "“Title”" cut to a readable length.
fn quoted(title: &str) -> String {
    let mut t: String = title.chars().take(80).collect();
    if title.chars().count() > 80 {
        t.push('…');
    }
    format!("“{t}”")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Library {
    fn store(&self) -> Result<LocalStore, StoreError> {
        let store = LocalStore::open();
        match &store {
            Err(e) => self.state.dispatch(LibraryAction::Unavailable(Some(e.clone()))),
            Ok(_) if self.unavailable.is_some() => self.state.dispatch(LibraryAction::Unavailable(None)),
            Ok(_) => {}
        }
        store
    }

    pub fn open_panel(&self, panel: Option<Panel>) {
        self.state.dispatch(LibraryAction::Panel(panel));
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        self.state.dispatch(LibraryAction::Notify(kind, text.into(), None));
    }

    pub fn dismiss(&self, id: Option<u32>) {
        self.state.dispatch(LibraryAction::Dismiss(id));
    }

    /// The bundled article.
    pub fn seed(&self) -> &Rc<Analysis> {
        &self.seed
    }

    /// Show a freshly imported analysis and keep it in the library. A storage failure keeps
    /// the article on screen and says so. `notes` (decoding remarks, timing) are appended.
    pub fn show_imported(&self, analysis: Analysis, notes: &[String]) {
        let analysis = Rc::new(analysis);
        self.app.dispatch(Action::Load(analysis.clone()));
        let title = quoted(&storage::display_title(&analysis));
        let mut text = format!(
            "Opened {title}: {}, {}.",
            plural(analysis.events.len(), "event", "events"),
            plural(analysis.entities.len(), "entity", "entities")
        );
        let mut kind = NoticeKind::Success;
        let saved = self.store().and_then(|s| storage::add(&s, &analysis, now()));
        match saved {
            Ok(added) => {
                text.push_str(if added.existing {
                    " It was already in your library."
                } else {
                    " Saved to your library."
                });
                self.state.dispatch(LibraryAction::Current(Some(added.entry.id.clone())));
                self.state.dispatch(LibraryAction::Entries(added.entries));
            }
            Err(e) => {
                kind = NoticeKind::Error;
                text.push_str(&format!(
                    " It could not be saved to your library, so it stays only until you leave the page. {e}"
                ));
                self.state.dispatch(LibraryAction::Current(None));
            }
        }
        for note in notes {
            text.push(' ');
            text.push_str(note);
        }
        self.state.dispatch(LibraryAction::Notify(kind, text, None));
    }

    /// Open the seed or a stored article.
    pub fn open(&self, id: &str) {
        if id == SEED_ID {
            self.app.dispatch(Action::Load(self.seed.clone()));
            self.state.dispatch(LibraryAction::Current(Some(SEED_ID.into())));
            return;
        }
        let result = self.store().map_err(OpenError::Store).and_then(|s| storage::open(&s, id, now()));
        match result {
            Ok(analysis) => {
                self.app.dispatch(Action::Load(Rc::new(analysis)));
                self.state.dispatch(LibraryAction::Current(Some(id.into())));
                self.state.dispatch(LibraryAction::Dismiss(None));
            }
            Err(e) => {
                match &e {
                    OpenError::Unreadable { entries } => self.state.dispatch(LibraryAction::Entries(entries.clone())),
                    OpenError::Missing => self.reload(false),
                    OpenError::Store(_) => {}
                }
                self.notify(NoticeKind::Error, e.to_string());
            }
        }
    }

    /// Show the bundled article and every stored one together: one reader (each article under
    /// its title), one map, one timeline. Articles that cannot be read are left out and named.
    pub fn open_all(&self) {
        let store = self.store();
        let mut stored: Vec<Analysis> = Vec::new();
        let mut unreadable: Vec<String> = Vec::new();
        for entry in &self.entries {
            match store.as_ref().ok().and_then(|s| storage::open(s, &entry.id, now()).ok()) {
                Some(a) => stored.push(a),
                None => unreadable.push(quoted(&entry.title)),
            }
        }
        let articles: Vec<&Analysis> = std::iter::once(self.seed.as_ref()).chain(stored.iter()).collect();
        let how_many = plural(articles.len(), "article", "articles");
        let combined = atlas_core::combine::combine(&format!("Library: {how_many}"), &articles);
        let mut text = format!("Showing {how_many} together: {}.", plural(combined.events.len(), "event", "events"));
        if !unreadable.is_empty() {
            text.push_str(&format!(" Left out, unreadable: {}.", unreadable.join(", ")));
        }
        self.app.dispatch(Action::Load(Rc::new(combined)));
        self.state.dispatch(LibraryAction::Current(None));
        self.notify(if unreadable.is_empty() { NoticeKind::Info } else { NoticeKind::Error }, text);
    }

    pub fn rename(&self, id: &str, title: &str) {
        match self.store().and_then(|s| storage::rename(&s, id, title, now())) {
            Ok(entries) => self.state.dispatch(LibraryAction::Entries(entries)),
            Err(e) => self.notify(NoticeKind::Error, format!("The article could not be renamed. {e}")),
        }
    }

    /// Delete a stored article; the notice offers Undo.
    pub fn delete(&self, id: &str) {
        match self.store().and_then(|s| storage::remove(&s, id, now())) {
            Ok(removed) => {
                self.state.dispatch(LibraryAction::Entries(removed.entries.clone()));
                let text = format!("Deleted {} from your library.", quoted(&removed.entry.title));
                self.state.dispatch(LibraryAction::Notify(NoticeKind::Info, text, Some(Rc::new(removed))));
            }
            Err(e) => self.notify(NoticeKind::Error, format!("The article could not be deleted. {e}")),
        }
    }

    /// Put back what the current notice's delete removed.
    pub fn undo(&self) {
        let Some(removed) = self.notice.as_ref().and_then(|n| n.undo.clone()) else {
            return;
        };
        match self.store().and_then(|s| storage::restore(&s, &removed, now())) {
            Ok(entries) => {
                // Deleting the article on screen left it unsaved: it is saved again.
                let on_screen = self.current.is_none()
                    && serde_json::to_string(&*self.app.analysis)
                        .is_ok_and(|j| storage::content_id(&j) == removed.entry.id);
                if on_screen {
                    self.state.dispatch(LibraryAction::Current(Some(removed.entry.id.clone())));
                }
                self.state.dispatch(LibraryAction::Entries(entries));
                let text = format!("Restored {}.", quoted(&removed.entry.title));
                self.notify(NoticeKind::Success, text);
            }
            Err(e) => self.notify(NoticeKind::Error, format!("The article could not be restored. {e}")),
        }
    }

    /// Re-read the stored library (after a change in another tab); reports unreadable items.
    pub fn reload(&self, report: bool) {
        match self.store().and_then(|s| storage::load(&s, now())) {
            Ok(loaded) => {
                if report {
                    if let Some(message) = loaded.message() {
                        self.notify(NoticeKind::Error, message);
                    }
                }
                self.state.dispatch(LibraryAction::Entries(loaded.entries));
            }
            Err(e) => self.state.dispatch(LibraryAction::Unavailable(Some(e))),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LibraryProviderProps {
    /// The bundled article (first in the library, never stored).
    pub seed: Rc<Analysis>,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the library state; reads the store once after the first render, and again when
/// another tab changes it. Must be below the `AppProvider`.
#[component]
pub fn LibraryProvider(props: &LibraryProviderProps) -> Html {
    let state = use_reducer(LibraryState::default);
    let app = use_app();
    let library = Library { state, app, seed: props.seed.clone() };
    {
        let library = library.clone();
        use_effect_with((), move |_| {
            library.reload(true);
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    // `None` is `localStorage.clear()` elsewhere.
                    if key.as_deref().is_none_or(|k| k.starts_with(storage::LIB_PREFIX)) {
                        library.reload(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<Library> context={library}>
            { props.children.clone() }
        </ContextProvider<Library>>
    }
}

/// The library handle. Must be used below a [`LibraryProvider`].
#[hook]
pub fn use_library() -> Library {
    use_context::<Library>().expect("use_library() needs a <LibraryProvider> ancestor")
}
