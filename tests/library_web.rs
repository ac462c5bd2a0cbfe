//! The library in a real browser (wasm-bindgen-test): what `Library::save_current` writes to
//! IndexedDB comes back, for an imported article and for the bundled one, after the library
//! starts again.
#![cfg(target_arch = "wasm32")]

#[path = "../src/sample.rs"]
#[allow(dead_code)]
mod sample;

use std::cell::RefCell;
use std::rc::Rc;

use article_atlas::hooks::{use_app, use_library, AppContext, AppProvider, Library, LibraryProvider};
use article_atlas::storage::SEED_ID;
use atlas_core::Analysis;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::js_sys::Promise;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Where the probe leaves the handles of the tree it is rendered in.
#[derive(Clone, Default)]
struct Handles(Rc<RefCell<Option<(Library, AppContext)>>>);

impl PartialEq for Handles {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ProbeProps {
    handles: Handles,
}

#[component]
fn Probe(props: &ProbeProps) -> Html {
    let library = use_library();
    let app = use_app();
    props.handles.0.replace(Some((library, app)));
    html! {}
}

#[derive(Properties, PartialEq)]
struct RootProps {
    seed: Rc<Analysis>,
    handles: Handles,
}

#[component]
fn Root(props: &RootProps) -> Html {
    html! {
        <AppProvider analysis={props.seed.clone()}>
            <LibraryProvider seed={props.seed.clone()}>
                <Probe handles={props.handles.clone()} />
            </LibraryProvider>
        </AppProvider>
    }
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("a timer");
    });
    let _ = JsFuture::from(promise).await;
}

/// Mount the app's providers around a probe; the handles as of the latest render.
async fn mount(seed: &Rc<Analysis>) -> Handles {
    let div = gloo::utils::document().create_element("div").expect("create div");
    gloo::utils::body().append_child(&div).expect("append div");
    let handles = Handles::default();
    yew::Renderer::<Root>::with_root_and_props(div, RootProps { seed: seed.clone(), handles: handles.clone() })
        .render();
    yew::scheduler::flush().await;
    handles
}

/// Wait (up to 5 s) until `ready` holds for the latest handles.
async fn until(handles: &Handles, what: &str, ready: impl Fn(&Library, &AppContext) -> bool) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if let Some((library, app)) = handles.0.borrow().as_ref() {
            if ready(library, app) {
                return;
            }
        }
        sleep(50).await;
    }
    panic!("timed out waiting until {what}");
}

async fn delete_database() {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).expect("IndexedDB");
    let request = factory.delete_database("article-atlas").expect("delete request");
    let promise = Promise::new(&mut |resolve, _| request.set_onsuccess(Some(&resolve)));
    let _ = JsFuture::from(promise).await;
}

fn latest(handles: &Handles) -> (Library, AppContext) {
    handles.0.borrow().clone().expect("rendered")
}

#[wasm_bindgen_test]
async fn saved_corrections_come_back_after_a_restart() {
    delete_database().await;
    let seed = Rc::new(sample::sample_analysis());
    let first = mount(&seed).await;
    until(&first, "the library has started", |library, _| library.current.as_deref() == Some(SEED_ID)).await;
    sleep(200).await;

    // The bundled article, corrected: stored under the seed id, never listed.
    let mut corrected_seed = (*seed).clone();
    corrected_seed.events.truncate(2);
    latest(&first).0.save_current(&corrected_seed);
    until(&first, "the corrected seed is saved", |library, _| {
        library.saved_seed.as_ref().is_some_and(|e| e.events == 2)
    })
    .await;
    assert!(latest(&first).0.entries.is_empty(), "the seed is not among the stored articles");

    // An imported article, then corrected in place: the same entry, the new content.
    let imported = atlas_core::analyze(
        "Militias Strike Again\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.",
    );
    latest(&first).0.show_imported(imported.clone(), None, &[]);
    until(&first, "the import is stored", |library, _| library.current.as_deref().is_some_and(|c| c != SEED_ID)).await;
    let id = latest(&first).0.current.clone().expect("stored");
    let mut corrected = imported.clone();
    corrected.meta.title = Some("Basra kidnapping, corrected".into());
    latest(&first).0.save_current(&corrected);
    until(&first, "the correction is saved", |library, _| {
        library.entries.first().is_some_and(|e| e.title == "Basra kidnapping, corrected")
    })
    .await;
    let library = latest(&first).0;
    assert_eq!(library.entries.len(), 1, "saved in place, not added again");
    assert_eq!(library.entries[0].id, id);

    // A second start (a reload): the corrected seed is shown instead of the bundled one, and
    // the corrected import opens as saved.
    let second = mount(&seed).await;
    until(&second, "the saved seed is shown", |_, app| app.analysis.events.len() == 2).await;
    until(&second, "the list is read", |library, _| library.entries.len() == 1).await;
    latest(&second).0.open(&id);
    until(&second, "the corrected import is open", |_, app| {
        app.analysis.meta.title.as_deref() == Some("Basra kidnapping, corrected")
    })
    .await;
    assert_eq!(latest(&second).0.current.as_deref(), Some(id.as_str()));
}
