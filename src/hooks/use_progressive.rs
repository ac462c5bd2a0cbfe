//! Drawing a long list a step at a time, so that a large article never blocks the page.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` items to draw now: `step` at first, then `step` more in each following
/// task until all are drawn. Starts over when `key` changes (another article).
#[hook]
pub fn use_progressive<K>(key: K, total: usize, step: usize) -> usize
where
    K: PartialEq + Clone + 'static,
{
    let drawn = use_state(|| None::<(K, usize)>);
    let count = match &*drawn {
        Some((k, n)) if *k == key => *n,
        _ => step,
    }
    .min(total);
    {
        let drawn = drawn.clone();
        use_effect_with((key, count, total), move |(key, count, total)| {
            let (key, next) = (key.clone(), count + step);
            let timer = (count < total).then(|| Timeout::new(0, move || drawn.set(Some((key, next)))));
            move || drop(timer)
        });
    }
    count
}
