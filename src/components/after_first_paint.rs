//! Draws its children only once the page has painted: the article shows first, and the map,
//! timeline and tables (with the basemap to decode) follow in the next task. When the first
//! screen built ahead (`crate::first_screen`) has painted already, they are drawn at once.

use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::hooks::after_paint;

#[component]
pub fn AfterFirstPaint(props: &ChildrenProps) -> Html {
    // With the first screen built ahead on the page, the article has painted already.
    let painted = use_state(crate::first_screen::draw_whole);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            if !*painted {
                after_paint(move || painted.set(true));
            }
        });
    }
    if *painted {
        props.children.clone()
    } else {
        Html::default()
    }
}
