//! Draws its children only once the page has painted: the article shows first, and the map,
//! timeline and tables (with the basemap to decode) follow in the next task.

use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::hooks::after_paint;

#[component]
pub fn AfterFirstPaint(props: &ChildrenProps) -> Html {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| after_paint(move || painted.set(true)));
    }
    if *painted {
        props.children.clone()
    } else {
        Html::default()
    }
}
