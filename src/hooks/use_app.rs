//! The app-state context: [`AppProvider`] owns the reducer, [`use_app`] hands it to components.

use std::rc::Rc;

use atlas_core::Analysis;
use yew::prelude::*;

use crate::state::{Action, AppState};

/// What components receive: read the state through it, change it with `dispatch(Action)`.
pub type AppContext = UseReducerHandle<AppState>;

#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    pub analysis: Rc<Analysis>,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the one [`AppState`] and provides it to everything below.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let state = {
        let analysis = props.analysis.clone();
        use_reducer(move || AppState::new(analysis))
    };
    {
        // A new analysis given by the parent replaces the current one.
        let state = state.clone();
        use_effect_with(props.analysis.clone(), move |analysis| {
            if !Rc::ptr_eq(&state.analysis, analysis) {
                state.dispatch(Action::Load(analysis.clone()));
            }
        });
    }
    html! {
        <ContextProvider<AppContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AppContext>>
    }
}

/// The app state handle. Must be used below an [`AppProvider`].
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("use_app() needs an <AppProvider> ancestor")
}
