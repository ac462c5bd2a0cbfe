//! The local library as app context: [`LibraryProvider`] opens the store (IndexedDB, else
//! `localStorage`; see [`crate::storage`] for the choice), moves an older `localStorage` library
//! into IndexedDB, and reads the stored articles; [`use_library`] hands components a [`Library`]
//! to show, store, save, open (one, several together, all), rename, delete and undo, plus the
//! one notice (toast) and which dialog is open.
//!
//! Every change to the store is a job in one queue, run in order, and each is committed (one
//! IndexedDB transaction) before the UI says it is done.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::ops::Deref;
use std::pin::Pin;
use std::rc::Rc;

use atlas_core::Analysis;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::js_sys;
use yew::prelude::*;

use super::idb::{deferred, Idb};
use crate::hooks::{use_app, AppContext};
use crate::state::{Action, View};
use crate::storage::{
    self, Change, KvStore, LibraryEntry, LoadReport, OpenError, Records, Removed, StagedStore, StoreError, SEED_ID,
};

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

/// Map a DOM exception (from `localStorage` or IndexedDB) to a [`StoreError`].
pub(super) fn store_error(e: JsValue) -> StoreError {
    let Some(ex) = e.dyn_ref::<web_sys::DomException>() else {
        let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string());
        return StoreError::Failed(message.unwrap_or_else(|| "it gave no reason".into()));
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

/// Resolves once the page has painted what was just rendered: work awaiting it (storing a
/// large import) runs in a later task, not in the one that shows the article.
async fn painted() {
    let (done, resolve, _) = deferred();
    after_paint(move || {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    });
    let _ = JsFuture::from(done).await;
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
    /// The bundled article's record when a corrected version of it is stored.
    pub saved_seed: Option<LibraryEntry>,
    /// Library id of the article shown: [`SEED_ID`], a stored id, or `None` when unsaved or
    /// when several are shown together.
    pub current: Option<String>,
    /// Several articles are shown together ([`Library::open_together`]).
    pub together: bool,
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
            saved_seed: None,
            current: Some(SEED_ID.to_string()),
            together: false,
            panel: None,
            notice: None,
            unavailable: None,
            next_notice: 1,
        }
    }
}

pub enum LibraryAction {
    Entries(Vec<LibraryEntry>),
    SavedSeed(Option<LibraryEntry>),
    Current(Option<String>),
    Together,
    Panel(Option<Panel>),
    Notify(NoticeKind, String, Option<Rc<Removed>>),
    /// Dismiss the notice (only the one with this id, when given).
    Dismiss(Option<u32>),
    Unavailable(Option<StoreError>),
}

/// The article on screen is no longer stored when its entry is gone.
fn still_stored(current: Option<String>, entries: &[LibraryEntry]) -> Option<String> {
    current.filter(|c| c == SEED_ID || entries.iter().any(|e| &e.id == c))
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Entries(entries) => {
                // The article on screen stays; it is just no longer stored.
                next.current = still_stored(next.current.take(), &entries);
                next.entries = entries;
            }
            LibraryAction::SavedSeed(entry) => next.saved_seed = entry,
            LibraryAction::Current(id) => {
                next.current = id;
                next.together = false;
            }
            LibraryAction::Together => {
                next.current = None;
                next.together = true;
            }
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

/// Where the library is kept, once the provider has found out.
enum Backend {
    Starting,
    /// IndexedDB, with every record as last read or committed.
    Indexed {
        db: Idb,
        records: Records,
    },
    /// `localStorage`, when IndexedDB cannot be used (or the old library could not move).
    Local(LocalStore),
    Unavailable(StoreError),
}

/// What every copy of a [`Library`] handle shares: the store, the job queue, and the state
/// the jobs need when they run (a handle's `Deref` is the state as of its render).
struct Shared {
    backend: RefCell<Backend>,
    /// The last job queued; each job waits for the one before it.
    tail: RefCell<Option<js_sys::Promise>>,
    /// Library id of the article on screen (mirrors [`LibraryState::current`]).
    current: RefCell<Option<String>>,
    together: Cell<bool>,
    /// Counts the articles the library put on screen, so that a slow start does not replace
    /// one the user opened meanwhile.
    shown: Cell<u32>,
    /// Tells the app's other tabs that the library changed.
    channel: Option<web_sys::BroadcastChannel>,
}

/// The name of the [`web_sys::BroadcastChannel`] between tabs.
const CHANNEL: &str = "article-atlas-library";

#[derive(Clone)]
struct SharedHandle(Rc<Shared>);

impl SharedHandle {
    fn new() -> Self {
        SharedHandle(Rc::new(Shared {
            backend: RefCell::new(Backend::Starting),
            tail: RefCell::new(None),
            current: RefCell::new(Some(SEED_ID.to_string())),
            together: Cell::new(false),
            shown: Cell::new(0),
            // Rendered at build time (`prerender`), there is no browser to talk to.
            channel: cfg!(target_arch = "wasm32").then(|| web_sys::BroadcastChannel::new(CHANNEL).ok()).flatten(),
        }))
    }
}

impl PartialEq for SharedHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedHandle {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The rules' result, and whether what they wrote was committed.
struct Outcome<T> {
    result: T,
    committed: Result<(), StoreError>,
}

impl<T> Outcome<T> {
    /// The result, counted only once what the rules wrote was committed.
    fn committed(self) -> Result<T, StoreError> {
        self.committed.map(|()| self.result)
    }
}

/// What components get from [`use_library`]: the library state (by `Deref`) and its actions.
#[derive(Clone, PartialEq)]
pub struct Library {
    state: UseReducerHandle<LibraryState>,
    app: AppContext,
    seed: Rc<Analysis>,
    shared: SharedHandle,
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

/// Open IndexedDB, move an older `localStorage` library into it, and read it; else fall back to
/// `localStorage`. Also returns what the user should be told about the move, if anything.
async fn open_backend() -> (Backend, Option<String>) {
    let local = LocalStore::open();
    let fallback = |local: Result<LocalStore, StoreError>| match local {
        Ok(local) => Backend::Local(local),
        Err(e) => Backend::Unavailable(e),
    };
    let Ok(db) = Idb::open().await else {
        return (fallback(local), None);
    };
    let Ok(mut records) = db.read_all().await else {
        return (fallback(local), None);
    };
    let Ok(local) = local else {
        return (Backend::Indexed { db, records }, None);
    };
    let (migrated, changes) = {
        let staged = StagedStore::new(&records);
        (storage::migrate(&local, &staged, now()), staged.changes())
    };
    let migrated = match migrated {
        Ok(migrated) => migrated,
        Err(e) => {
            let note = format!(
                "Articles kept by an earlier version of Article Atlas could not be read, so they were left where they were. {e}"
            );
            return (Backend::Indexed { db, records }, Some(note));
        }
    };
    if !changes.is_empty() {
        if let Err(e) = db.commit(&changes).await {
            // Nothing moved: keep using the old library as it is, and try again next time.
            let note = format!(
                "Your library could not be moved to the browser's database, so it stays in its older, smaller storage for now. {e}"
            );
            return (Backend::Local(local), Some(note));
        }
        records.apply(&changes);
    }
    // Safe in IndexedDB now: the old copies go (a key that cannot be removed is moved again,
    // unchanged, next time).
    for key in &migrated.moved {
        let _ = local.remove(key);
    }
    let note = match migrated.kept_aside {
        0 => None,
        1 => Some("1 item of the older library differed from the stored one and was kept aside.".to_string()),
        n => Some(format!("{n} items of the older library differed from the stored ones and were kept aside.")),
    };
    (Backend::Indexed { db, records }, note)
}

/// A job for the queue.
type Job = Pin<Box<dyn Future<Output = ()>>>;

/// Staged changes to commit to IndexedDB, and where.
type Pending = Option<(Idb, Vec<Change>)>;

/// A stored article, or the bundled one (its saved version when there is one).
fn read(store: &dyn KvStore, seed: &Rc<Analysis>, id: &str) -> Result<Rc<Analysis>, OpenError> {
    if id == SEED_ID {
        return Ok(storage::open_saved_seed(store, now())?.map_or_else(|| seed.clone(), Rc::new));
    }
    storage::open(store, id, now()).map(Rc::new)
}

impl Library {
    /// Run `job` after every job queued before it.
    fn queue(&self, job: Job) {
        let (done, finish, _) = deferred();
        let previous = self.shared.tail.replace(Some(done));
        spawn_local(async move {
            if let Some(previous) = previous {
                let _ = JsFuture::from(previous).await;
            }
            job.await;
            let _ = finish.call0(&JsValue::UNDEFINED);
        });
    }

    /// Run the library's rules against the store: their result, and the IndexedDB changes to
    /// commit (if any). `Err` when there is no store to run them against.
    fn run_rules<T>(&self, rules: impl FnOnce(&dyn KvStore) -> T) -> Result<(T, Pending), StoreError> {
        let backend = self.shared.backend.borrow();
        match &*backend {
            Backend::Indexed { db, records } => {
                let staged = StagedStore::new(records);
                let result = rules(&staged);
                let changes = staged.changes();
                Ok((result, (!changes.is_empty()).then(|| (db.clone(), changes))))
            }
            Backend::Local(store) => Ok((rules(store), None)),
            Backend::Unavailable(e) => Err(e.clone()),
            Backend::Starting => Err(StoreError::Failed("the library has not started yet".into())),
        }
    }

    /// Commit changes to IndexedDB, then to the records in memory, and tell the other tabs.
    async fn commit(&self, pending: Pending) -> Result<(), StoreError> {
        let Some((db, changes)) = pending else {
            return Ok(());
        };
        db.commit(&changes).await?;
        if let Backend::Indexed { records, .. } = &mut *self.shared.backend.borrow_mut() {
            records.apply(&changes);
        }
        if let Some(channel) = &self.shared.channel {
            let _ = channel.post_message(&JsValue::from_str("changed"));
        }
        Ok(())
    }

    /// After every change queued before it, run `rules` against the store, commit what they
    /// wrote (all at once), then call `then` with the outcome: `Err` when there is no store.
    fn change<T: 'static>(
        &self,
        rules: impl FnOnce(&dyn KvStore) -> T + 'static,
        then: impl FnOnce(Result<Outcome<T>, StoreError>) + 'static,
    ) {
        self.change_after(false, rules, then)
    }

    /// [`Library::change`], first letting the page paint when `after_paint`.
    fn change_after<T: 'static>(
        &self,
        after_paint: bool,
        rules: impl FnOnce(&dyn KvStore) -> T + 'static,
        then: impl FnOnce(Result<Outcome<T>, StoreError>) + 'static,
    ) {
        let this = self.clone();
        self.queue(Box::pin(async move {
            if after_paint {
                painted().await;
            }
            match this.run_rules(rules) {
                Ok((result, pending)) => {
                    let committed = this.commit(pending).await;
                    then(Ok(Outcome { result, committed }));
                }
                Err(e) => then(Err(e)),
            }
        }));
    }

    fn show(&self, analysis: Rc<Analysis>) {
        self.shared.shown.set(self.shared.shown.get().wrapping_add(1));
        self.app.dispatch(Action::Load(analysis));
    }

    fn set_current(&self, id: Option<String>) {
        self.shared.current.replace(id.clone());
        self.shared.together.set(false);
        self.state.dispatch(LibraryAction::Current(id));
    }

    fn set_entries(&self, entries: Vec<LibraryEntry>) {
        let current = self.shared.current.take();
        self.shared.current.replace(still_stored(current, &entries));
        self.state.dispatch(LibraryAction::Entries(entries));
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

    /// Show a freshly imported analysis and keep it in the library. The notice comes once the
    /// article is stored (or could not be: it stays on screen, and the notice says why).
    /// `notes` (decoding remarks, timing) are appended.
    /// `json`, when given, is the analysis's JSON as `serde_json::to_string` writes it (the
    /// worker's result, joined from its parts): it is stored as it is, not written again.
    pub fn show_imported(&self, analysis: Analysis, json: Option<String>, notes: &[String]) {
        let analysis = Rc::new(analysis);
        self.show(analysis.clone());
        self.set_current(None);
        let mut text = format!(
            "Opened {}: {}, {}.",
            quoted(&storage::display_title(&analysis)),
            plural(analysis.events.len(), "event", "events"),
            plural(analysis.entities.len(), "entity", "entities")
        );
        let notes = notes.to_vec();
        let this = self.clone();
        // Stored after the article is on screen: serialising a book-length analysis takes a
        // while, and should not hold up showing it.
        self.change_after(
            true,
            move |s| match json {
                Some(json) => storage::add_json(s, &analysis, &json, now()),
                None => storage::add(s, &analysis, now()),
            },
            move |outcome| {
                let mut kind = NoticeKind::Success;
                match outcome.and_then(Outcome::committed).and_then(|added| added) {
                    Ok(added) => {
                        text.push_str(if added.existing {
                            " It was already in your library."
                        } else {
                            " Saved to your library."
                        });
                        this.set_current(Some(added.entry.id.clone()));
                        this.set_entries(added.entries);
                    }
                    Err(e) => {
                        kind = NoticeKind::Error;
                        text.push_str(&format!(
                            " It could not be saved to your library, so it stays only until you leave the page. {e}"
                        ));
                    }
                }
                for note in &notes {
                    text.push(' ');
                    text.push_str(note);
                }
                this.state.dispatch(LibraryAction::Notify(kind, text, None));
            },
        );
    }

    /// Save the analysis on screen (after a correction) over its stored version: the article
    /// [`LibraryState::current`] names (the bundled one included), or, when it was not stored,
    /// as a new article that becomes the current one. Says nothing when it worked; a failure
    /// is reported, and what was stored before stays as it was.
    pub fn save_current(&self, analysis: &Analysis) {
        if self.shared.together.get() {
            self.notify(
                NoticeKind::Info,
                "Changes to articles shown together are not saved: open one article on its own to correct it.",
            );
            return;
        }
        let analysis = analysis.clone();
        let shared = self.shared.clone();
        let this = self.clone();
        self.change(
            // Which article is read when the job runs: a job before it may have stored it.
            move |s| match shared.current.borrow().clone() {
                Some(id) => storage::save(s, &id, &analysis, now()).map(|saved| (saved.entry, saved.entries, false)),
                None => storage::add(s, &analysis, now()).map(|added| (added.entry, added.entries, true)),
            },
            move |outcome| match outcome.and_then(Outcome::committed).and_then(|saved| saved) {
                Ok((entry, _, _)) if entry.id == SEED_ID => this.state.dispatch(LibraryAction::SavedSeed(Some(entry))),
                Ok((entry, entries, added)) => {
                    if added {
                        this.set_current(Some(entry.id));
                    }
                    this.set_entries(entries);
                }
                Err(e) => this.notify(
                    NoticeKind::Error,
                    format!(
                        "Your change is shown but could not be saved to your library, so it lasts only until you leave the page; what was saved before is unchanged. {e}"
                    ),
                ),
            },
        );
    }

    /// Open the seed or a stored article.
    pub fn open(&self, id: &str) {
        let id = id.to_string();
        let seed = self.seed.clone();
        let this = self.clone();
        self.change(
            {
                let id = id.clone();
                move |s| read(s, &seed, &id)
            },
            move |outcome| {
                let result = match outcome {
                    // Without a store, the bundled article is still there.
                    Err(_) if id == SEED_ID => Ok(this.seed.clone()),
                    Err(e) => Err(OpenError::Store(e)),
                    Ok(outcome) => outcome.result,
                };
                match result {
                    Ok(analysis) => {
                        this.show(analysis);
                        this.set_current(Some(id));
                        this.dismiss(None);
                    }
                    Err(e) => {
                        match &e {
                            OpenError::Unreadable { entries } => this.set_entries(entries.clone()),
                            OpenError::Missing => this.reload(false),
                            OpenError::Store(_) => {}
                        }
                        if id == SEED_ID {
                            // Its saved version went bad: the bundled one is shown instead.
                            this.show(this.seed.clone());
                            this.set_current(Some(id));
                            this.state.dispatch(LibraryAction::SavedSeed(None));
                        }
                        this.notify(NoticeKind::Error, e.to_string());
                    }
                }
            },
        );
    }

    /// Show several articles together: one reader (each article under its title), one map,
    /// one timeline. `ids` are library ids ([`SEED_ID`] for the bundled article) in the order
    /// to show them. Articles that cannot be read are left out and named.
    pub fn open_together(&self, ids: &[String]) {
        let ids = ids.to_vec();
        let entries = self.entries.clone();
        let seed = self.seed.clone();
        let this = self.clone();
        self.change(
            move |s| ids.into_iter().map(|id| (read(s, &seed, &id), id)).collect::<Vec<_>>(),
            move |outcome| {
                let mut articles: Vec<Rc<Analysis>> = Vec::new();
                let mut unreadable: Vec<String> = Vec::new();
                match outcome {
                    Ok(outcome) => {
                        for (read, id) in outcome.result {
                            match read {
                                Ok(a) => articles.push(a),
                                Err(_) => {
                                    let entry = entries.iter().find(|e| e.id == id);
                                    unreadable.push(quoted(entry.map_or(id.as_str(), |e| e.title.as_str())));
                                }
                            }
                        }
                    }
                    // Without a store, the bundled article is still there.
                    Err(_) => articles.push(this.seed.clone()),
                }
                let refs: Vec<&Analysis> = articles.iter().map(Rc::as_ref).collect();
                let how_many = plural(refs.len(), "article", "articles");
                let combined = atlas_core::combine::combine(&format!("Library: {how_many}"), &refs);
                let mut text =
                    format!("Showing {how_many} together: {}.", plural(combined.events.len(), "event", "events"));
                if !unreadable.is_empty() {
                    text.push_str(&format!(" Left out, unreadable: {}.", unreadable.join(", ")));
                    // They were moved aside: the list changed.
                    this.reload(false);
                }
                this.show(Rc::new(combined));
                this.shared.current.replace(None);
                this.shared.together.set(true);
                this.state.dispatch(LibraryAction::Together);
                this.notify(if unreadable.is_empty() { NoticeKind::Info } else { NoticeKind::Error }, text);
            },
        );
    }

    /// Show the bundled article and every stored one together.
    pub fn open_all(&self) {
        let ids: Vec<String> =
            std::iter::once(SEED_ID.to_string()).chain(self.entries.iter().map(|e| e.id.clone())).collect();
        self.open_together(&ids);
    }

    pub fn rename(&self, id: &str, title: &str) {
        let (id, title) = (id.to_string(), title.to_string());
        let this = self.clone();
        self.change(
            move |s| storage::rename(s, &id, &title, now()),
            move |outcome| match outcome.and_then(Outcome::committed).and_then(|r| r) {
                Ok(entries) => this.set_entries(entries),
                Err(e) => this.notify(NoticeKind::Error, format!("The article could not be renamed. {e}")),
            },
        );
    }

    /// Delete a stored article; the notice offers Undo.
    pub fn delete(&self, id: &str) {
        let id = id.to_string();
        let this = self.clone();
        self.change(
            move |s| storage::remove(s, &id, now()),
            move |outcome| match outcome.and_then(Outcome::committed).and_then(|r| r) {
                Ok(removed) => {
                    this.set_entries(removed.entries.clone());
                    let text = format!("Deleted {} from your library.", quoted(&removed.entry.title));
                    this.state.dispatch(LibraryAction::Notify(NoticeKind::Info, text, Some(Rc::new(removed))));
                }
                Err(e) => this.notify(NoticeKind::Error, format!("The article could not be deleted. {e}")),
            },
        );
    }

    /// Put back what the current notice's delete removed.
    pub fn undo(&self) {
        let Some(removed) = self.notice.as_ref().and_then(|n| n.undo.clone()) else {
            return;
        };
        // Deleting the article on screen left it unsaved: it is saved again.
        let on_screen = self.current.is_none()
            && !self.together
            && serde_json::to_string(&*self.app.analysis)
                .is_ok_and(|j| j == removed.json || storage::content_id(&j) == removed.entry.id);
        let this = self.clone();
        let restoring = removed.clone();
        self.change(
            move |s| storage::restore(s, &restoring, now()),
            move |outcome| match outcome.and_then(Outcome::committed).and_then(|r| r) {
                Ok(entries) => {
                    if on_screen && this.shared.current.borrow().is_none() {
                        this.set_current(Some(removed.entry.id.clone()));
                    }
                    this.set_entries(entries);
                    this.notify(NoticeKind::Success, format!("Restored {}.", quoted(&removed.entry.title)));
                }
                Err(e) => this.notify(NoticeKind::Error, format!("The article could not be restored. {e}")),
            },
        );
    }

    /// Re-read the stored library (after a change in another tab).
    pub fn reload(&self, report: bool) {
        let this = self.clone();
        self.queue(Box::pin(async move {
            if let Some(message) = this.load().await.and_then(|r| r.message()).filter(|_| report) {
                this.notify(NoticeKind::Error, message);
            }
        }));
    }

    /// Read the store again (IndexedDB may have been changed by another tab), check it, and
    /// show the list; `None` when there is no store. Runs inside a queued job.
    async fn load(&self) -> Option<LoadReport> {
        let db = match &*self.shared.backend.borrow() {
            Backend::Indexed { db, .. } => Some(db.clone()),
            _ => None,
        };
        if let Some(db) = db {
            match db.read_all().await {
                Ok(fresh) => {
                    if let Backend::Indexed { records, .. } = &mut *self.shared.backend.borrow_mut() {
                        *records = fresh;
                    }
                }
                Err(e) => {
                    self.notify(NoticeKind::Error, format!("The library could not be read. {e}"));
                    return None;
                }
            }
        }
        // Moving unreadable items aside is best effort: when it cannot be committed they stay
        // where they are, and the list is the same either way.
        let loaded = match self.run_rules(|s| storage::load(s, now())) {
            Ok((loaded, pending)) => {
                let _ = self.commit(pending).await;
                loaded
            }
            Err(e) => Err(e),
        };
        match loaded {
            Ok(report) => {
                self.set_entries(report.entries.clone());
                self.state.dispatch(LibraryAction::SavedSeed(report.seed.clone()));
                Some(report)
            }
            Err(e) => {
                self.state.dispatch(LibraryAction::Unavailable(Some(e)));
                None
            }
        }
    }

    /// Find the store, move an older library into it, read it, and show the bundled article's
    /// saved version if it has one (unless the user opened something else meanwhile).
    fn start(&self) {
        let this = self.clone();
        self.queue(Box::pin(async move {
            let shown = this.shared.shown.get();
            let (backend, note) = open_backend().await;
            if let Backend::Unavailable(e) = &backend {
                this.state.dispatch(LibraryAction::Unavailable(Some(e.clone())));
            }
            this.shared.backend.replace(backend);
            let report = this.load().await;
            let message: Vec<String> = note.into_iter().chain(report.as_ref().and_then(LoadReport::message)).collect();
            if !message.is_empty() {
                this.notify(NoticeKind::Error, message.join(" "));
            }
            let unchanged =
                this.shared.shown.get() == shown && this.shared.current.borrow().as_deref() == Some(SEED_ID);
            if !(report.is_some_and(|r| r.seed.is_some()) && unchanged) {
                return;
            }
            let saved = this.run_rules(|s| storage::open_saved_seed(s, now()));
            if let Ok((Ok(Some(saved)), _)) = saved {
                this.show(Rc::new(saved));
                // The shared view in the URL applies to the saved version as to the bundled one.
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                if let Some(view) = View::parse(&hash) {
                    this.app.dispatch(Action::ApplyView(view));
                }
            }
        }));
    }
}

#[derive(Properties, PartialEq)]
pub struct LibraryProviderProps {
    /// The bundled article (first in the library; stored only once corrected).
    pub seed: Rc<Analysis>,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the library state; opens and reads the store once after the first render, and again
/// when another tab changes it. Must be below the `AppProvider`.
#[component]
pub fn LibraryProvider(props: &LibraryProviderProps) -> Html {
    let state = use_reducer(LibraryState::default);
    let app = use_app();
    let shared = use_memo((), |_| SharedHandle::new());
    let library = Library { state, app, seed: props.seed.clone(), shared: (*shared).clone() };
    {
        let library = library.clone();
        use_effect_with((), move |_| {
            library.start();
            let on_storage = {
                let library = library.clone();
                web_sys::window().map(|w| {
                    EventListener::new(&w, "storage", move |e| {
                        let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                        // `None` is `localStorage.clear()` elsewhere.
                        if key.as_deref().is_none_or(|k| k.starts_with(storage::LIB_PREFIX)) {
                            library.reload(false);
                        }
                    })
                })
            };
            let on_message = library
                .shared
                .channel
                .clone()
                .map(|channel| EventListener::new(&channel, "message", move |_| library.reload(false)));
            move || {
                drop(on_storage);
                drop(on_message);
            }
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
