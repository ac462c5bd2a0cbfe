//! IndexedDB through raw `web-sys` and promises: the library's database has one object store of
//! strings (the same keys and values as the `localStorage` library), read whole at start and
//! changed by a list of [`Change`]s per transaction, all or nothing. Event handlers are the
//! promises' own `resolve`/`reject` functions, so no Rust closure is left behind.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Promise};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::use_library::store_error;
use crate::storage::{Change, Records, StoreError};

/// The database's name (one per site).
pub const DB_NAME: &str = "article-atlas";
/// The object store of library records, keyed by the storage keys (`atlas:lib:v1:index`, …).
pub const STORE_NAME: &str = "library";
/// The database schema version (one object store, out-of-line string keys).
const DB_VERSION: u32 = 1;

/// A promise and the functions that settle it.
pub(super) fn deferred() -> (Promise, Function, Function) {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.expect("the Promise executor runs at once");
    (promise, resolve, reject)
}

/// Wait for a request to succeed; its error when it fails.
async fn finished(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let (done, resolve, reject) = deferred();
    request.set_onsuccess(Some(&resolve));
    request.set_onerror(Some(&reject));
    let outcome = JsFuture::from(done).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(store_error),
        Err(_) => Err(request_error(request)),
    }
}

fn request_error(request: &IdbRequest) -> StoreError {
    match request.error() {
        Ok(Some(e)) => store_error(e.into()),
        Ok(None) => StoreError::Failed("the browser's database did not say why a request failed".into()),
        Err(e) => store_error(e),
    }
}

/// The library's open database.
#[derive(Clone)]
pub struct Idb(IdbDatabase);

impl Idb {
    /// Open (on first use, create) the database. Fails when the browser has no IndexedDB or
    /// does not let this page use it (private mode in some browsers, blocked site data).
    pub async fn open() -> Result<Idb, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        let factory = window.indexed_db().map_err(store_error)?.ok_or(StoreError::Unavailable)?;
        let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(store_error)?;
        let upgrade = {
            let request = request.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                if let Some(db) = request.result().ok().and_then(|r| r.dyn_into::<IdbDatabase>().ok()) {
                    if !db.object_store_names().contains(STORE_NAME) {
                        let _ = db.create_object_store(STORE_NAME);
                    }
                }
            })
        };
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = finished(&request).await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = opened?.dyn_into().map_err(|_| StoreError::Unavailable)?;
        if !db.object_store_names().contains(STORE_NAME) {
            return Err(StoreError::Failed("the library's database has no place for articles".into()));
        }
        // A newer version of the app, opened in another tab, may need to upgrade the database:
        // let go of it rather than block that tab (this one's next change then reports failure).
        let let_go = Closure::<dyn FnMut()>::new({
            let db = db.clone();
            move || db.close()
        });
        db.set_onversionchange(Some(let_go.as_ref().unchecked_ref()));
        let_go.forget();
        Ok(Idb(db))
    }

    fn transaction(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StoreError> {
        let tx = self.0.transaction_with_str_and_mode(STORE_NAME, mode).map_err(store_error)?;
        let store = tx.object_store(STORE_NAME).map_err(store_error)?;
        Ok((tx, store))
    }

    /// Every record. A value that is not a string (written by something else) is read as its
    /// JSON, which the library then finds unreadable and keeps aside.
    pub async fn read_all(&self) -> Result<Records, StoreError> {
        let (_tx, store) = self.transaction(IdbTransactionMode::Readonly)?;
        let keys = store.get_all_keys().map_err(store_error)?;
        let values = store.get_all().map_err(store_error)?;
        // Requests in one transaction finish in order: when the values are in, so are the keys.
        let values: Array = finished(&values).await?.unchecked_into();
        let keys: Array = keys.result().map_err(store_error)?.unchecked_into();
        let mut records = Records::default();
        for (key, value) in keys.iter().zip(values.iter()) {
            let Some(key) = key.as_string() else { continue };
            let value = value.as_string().unwrap_or_else(|| {
                web_sys::js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_default()
            });
            records.insert(key, value);
        }
        Ok(records)
    }

    /// Make every change in one transaction; `Ok` only once it has committed. On any failure
    /// (the disk is full, a write refused) the transaction is aborted and nothing changes.
    pub async fn commit(&self, changes: &[Change]) -> Result<(), StoreError> {
        let (tx, store) = self.transaction(IdbTransactionMode::Readwrite)?;
        let (done, resolve, reject) = deferred();
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
        let mut refused = None;
        for change in changes {
            let request = match change {
                Change::Put { key, value } => store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key)),
                Change::Delete { key } => store.delete(&JsValue::from_str(key)),
            };
            if let Err(e) = request {
                refused = Some(store_error(e));
                let _ = tx.abort();
                break;
            }
        }
        let outcome = JsFuture::from(done).await;
        tx.set_oncomplete(None);
        tx.set_onabort(None);
        match (refused, outcome) {
            (Some(e), _) => Err(e),
            (None, Ok(_)) => Ok(()),
            (None, Err(_)) => Err(match tx.error() {
                Some(e) => store_error(e.into()),
                None => StoreError::Failed("the browser's database cancelled the change".into()),
            }),
        }
    }
}
