//! The reader: the article typeset for reading (kind, title, byline, date, translations,
//! summary, body, sources, parsing notes), annotated, with the recommended items set apart.

use atlas_core::{BlockKind, Level};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::rich_text::{citation_id, marker_id, reveal_element, source_id, BlockText, TextView};
use crate::components::AddEventButton;
use crate::derive::{article_identity, is_article_text};
use crate::first_screen::Later;
use crate::format::{classify_href, display_url, human_date, SafeHref};
use crate::hooks::use_app;

/// A link from `meta` (author, translation, recommended item): safe hrefs become `<a>`,
/// the rest plain text.
fn meta_link(href: Option<&str>, content: Html, extra: Option<(&str, &str)>) -> Html {
    let (lang, dir) = extra.unwrap_or_default();
    let lang = (!lang.is_empty()).then(|| lang.to_string());
    let dir = (!dir.is_empty()).then(|| dir.to_string());
    match classify_href(href) {
        SafeHref::External(h) => html! {
            <a href={h} target="_blank" rel="noopener noreferrer" lang={lang.clone()} hreflang={lang} {dir}>{ content }</a>
        },
        SafeHref::Local(h) => html! {
            <a href={h} lang={lang.clone()} hreflang={lang} {dir}>{ content }</a>
        },
        SafeHref::Inert => html! { <span {lang} {dir}>{ content }</span> },
    }
}

/// "A", "A and B", "A, B, and C".
fn join_names(items: Vec<Html>) -> Html {
    let n = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let sep = match (i, n) {
                (0, _) => "",
                (_, 2) => " and ",
                (i, n) if i == n - 1 => ", and ",
                _ => ", ",
            };
            html! { <>{ sep }{ item }</> }
        })
        .collect()
}

/// How much body text is drawn at first and then added per step: more than a screenful, and
/// little enough that a step (Yew, then style and layout) stays well inside a 50 ms task.
const STEP_BYTES: usize = 6_000;

/// How much body text the first screen built ahead paints at once (a tall screenful); the rest
/// follows a paint later.
const FIRST_SCREEN_BYTES: usize = 1_500;

/// How many of `body` (indices into `blocks`) to draw after `drawn`: one step more.
fn next_step(blocks: &[atlas_core::Block], body: &[usize], drawn: usize) -> usize {
    next_step_of(blocks, body, drawn, STEP_BYTES)
}

/// How many of `body` to draw after `drawn` to add at least `step` bytes of text (or reach the end).
fn next_step_of(blocks: &[atlas_core::Block], body: &[usize], drawn: usize, step: usize) -> usize {
    let mut bytes = 0;
    let mut n = drawn;
    while n < body.len() && bytes < step {
        bytes += blocks.get(body[n]).map_or(0, |b| b.text.len());
        n += 1;
    }
    n
}

/// How much of the body is drawn, for which article.
#[derive(Clone, Copy, PartialEq)]
struct Drawn {
    of: (usize, usize),
    count: usize,
}

#[component]
pub fn Reader() -> Html {
    let app = use_app();
    let a = &app.analysis;
    let meta = &a.meta;
    let drawn = use_state(|| Drawn { of: (0, 0), count: 0 });

    // Reveal the selected event's sentence whenever an event is (re)selected.
    {
        let selected = app.selected_event.clone();
        use_effect_with((selected, app.reveal), move |(selected, _)| {
            if let Some(id) = selected {
                reveal_element(&marker_id(id), false, true);
            }
        });
    }

    let text = |i: usize| html! { <BlockText view={TextView::new(&app, i)} /> };
    let index_of = |kind: BlockKind| a.blocks.iter().position(|b| b.kind == kind);
    let title_block = index_of(BlockKind::Title);
    let summary_block = index_of(BlockKind::Summary);
    let bio_blocks: Vec<usize> = (0..a.blocks.len()).filter(|&i| a.blocks[i].kind == BlockKind::Bio).collect();
    let body: Vec<usize> = (0..a.blocks.len())
        .filter(|&i| {
            is_article_text(a.blocks[i].kind) && !matches!(a.blocks[i].kind, BlockKind::Title | BlockKind::Summary)
        })
        .collect();

    // A long article is drawn a step at a time, so the page never stops answering: the first
    // step at once, the rest one per task. The selected event's sentence is drawn at once so
    // it can be shown, and printing draws everything.
    let identity = article_identity(a);
    let mut count = if drawn.of == identity { drawn.count } else { 0 };
    if count == 0 {
        // The first screen built ahead shows the whole article; so does the app that replaces it.
        count = if crate::first_screen::draw_whole() { body.len() } else { next_step(&a.blocks, &body, 0) };
    }
    if let Some(ev) = app.selected_event_index().and_then(|i| a.events.get(i)) {
        if let Some(first) = ev.evidence.first() {
            if let Some(pos) = body.iter().position(|&i| a.blocks[i].id == first.block) {
                count = count.max(pos + 1);
            }
        }
    }
    {
        let drawn = drawn.clone();
        let next = next_step(&a.blocks, &body, count);
        let all = body.len();
        use_effect_with((identity, count, all), move |&(of, count, all)| {
            let print = EventListener::new(&gloo::utils::window(), "beforeprint", {
                let drawn = drawn.clone();
                move |_| drawn.set(Drawn { of, count: all })
            });
            let step = (count < all).then(|| Timeout::new(0, move || drawn.set(Drawn { of, count: next })));
            move || drop((step, print))
        });
    }

    let title = match (title_block, &meta.title) {
        (Some(b), _) => text(b),
        (None, Some(t)) => Html::from(t.clone()),
        (None, None) => Html::from("Untitled article"),
    };

    let authors: Vec<Html> =
        meta.authors.iter().map(|au| meta_link(au.href.as_deref(), Html::from(au.name.clone()), None)).collect();
    let has_bios = !bio_blocks.is_empty() || meta.authors.iter().any(|au| au.bio.is_some());

    let lead = match (summary_block, &meta.summary) {
        (Some(b), _) => Some(text(b)),
        (None, Some(s)) => Some(Html::from(s.clone())),
        _ => None,
    };

    // Built ahead, the first screenful paints at once and the rest a paint later.
    let count = count.min(body.len());
    let first =
        if crate::first_screen::BUILT_AHEAD { next_step_of(&a.blocks, &body, 0, FIRST_SCREEN_BYTES) } else { count };
    let block_html = |blocks: &[usize]| -> Html {
        blocks
        .iter()
        .map(|&i| {
            let b = &a.blocks[i];
            let content = text(i);
            let key = b.id.to_string();
            match b.kind {
                BlockKind::Heading => {
                    html! { <h2 {key} class="body-heading" dir="auto" data-block={b.id.to_string()}>{ content }</h2> }
                }
                _ => html! { <p {key} dir="auto" data-block={b.id.to_string()}>{ content }</p> },
            }
        })
        .collect()
    };
    let body_html = html! {
        <>
            { block_html(&body[..first]) }
            if first < count {
                <Later>{ block_html(&body[first..count]) }</Later>
            }
        </>
    };

    let sources: Html = app
        .derived
        .sources
        .iter()
        .enumerate()
        .map(|(i, href)| {
            let n = i + 1;
            let back = app.derived.first_citation.get(i).map(|&(b, s)| {
                let target = citation_id(b, s);
                let onclick = {
                    let target = target.clone();
                    Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        reveal_element(&target, true, false);
                    })
                };
                html! {
                    <a class="source-back" href={format!("#{target}")} aria-label={format!("Back to citation {n}")} {onclick}>{ "↩" }</a>
                }
            });
            html! {
                <li key={n} id={source_id(n)} tabindex="-1">
                    { meta_link(Some(href), html! { <span class="url" dir="ltr">{ display_url(href) }</span> }, None) }
                    { " " }
                    { back.unwrap_or_default() }
                </li>
            }
        })
        .collect();

    let empty = a.blocks.is_empty() && meta.title.is_none();

    html! {
        <div class="reader-column">
        <div class="reader-tools"><AddEventButton /></div>
        <article class="reader" aria-labelledby="article-title" lang="en">
            <header class="reader-head">
                if let Some(kind) = &meta.kind {
                    <p class="kicker" dir="auto">{ kind }</p>
                }
                <h1 id="article-title" class="reader-title" dir="auto" tabindex="-1" data-block={title_block.map(|i| a.blocks[i].id.to_string())}>{ title }</h1>
                if !authors.is_empty() || meta.published.is_some() {
                    <p class="byline">
                        if !authors.is_empty() {
                            <span class="byline-authors">{ "By " }{ join_names(authors) }</span>
                        }
                        if let Some(p) = &meta.published {
                            <time class="dateline" datetime={p.date.clone()} title={p.date.clone()}>{ &p.text }</time>
                        }
                    </p>
                }
                if !meta.translations.is_empty() {
                    <nav class="translations" aria-label="Also available in">
                        <span class="translations-label">{ "Also available in" }</span>
                        <ul>
                            { for meta.translations.iter().map(|t| html! {
                                <li>{ meta_link(Some(&t.href), Html::from(t.label.clone()), Some((&t.language, "auto"))) }</li>
                            }) }
                        </ul>
                    </nav>
                }
                if let Some(lead) = lead {
                    <p class="lead" dir="auto" data-block={summary_block.map(|i| a.blocks[i].id.to_string())}>{ lead }</p>
                }
                if has_bios {
                    <details class="about-authors">
                        <summary>{ if meta.authors.len() > 1 { "About the authors" } else { "About the author" } }</summary>
                        if bio_blocks.is_empty() {
                            { for meta.authors.iter().filter_map(|au| au.bio.as_ref()).map(|bio| html! { <p dir="auto">{ bio }</p> }) }
                        } else {
                            { for bio_blocks.iter().map(|&i| html! { <p key={a.blocks[i].id} dir="auto">{ text(i) }</p> }) }
                        }
                    </details>
                }
            </header>
            if empty {
                <p class="reader-empty">{ "There is no text to show: the article could not be read." }</p>
            }
            <div class="reader-body">
                { body_html }
                if !body.is_empty() {
                    <span class="end-mark" aria-hidden="true">{ "❖" }</span>
                }
            </div>
            <Later>
            <footer class="reader-foot">
                if !app.derived.sources.is_empty() {
                    <section class="sources" aria-labelledby="sources-heading">
                        <h2 id="sources-heading">{ "Sources" }</h2>
                        <ol>{ sources }</ol>
                    </section>
                }
                if !a.diagnostics.is_empty() {
                    <details class="parsing-notes">
                        <summary>{ format!("Parsing notes ({})", a.diagnostics.len()) }</summary>
                        <ul>
                            { for a.diagnostics.iter().map(|d| {
                                let (class, level) = match d.level {
                                    Level::Warning => ("note note-warning", "Warning"),
                                    Level::Info => ("note note-info", "Note"),
                                };
                                html! {
                                    <li class={class}>
                                        <span class="note-level">{ level }</span>
                                        { " " }{ &d.message }
                                        if let Some(b) = d.block {
                                            <span class="note-block">{ format!(" (block {b})") }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </details>
                }
            </footer>
            </Later>
        </article>
        if !meta.recommended.is_empty() {
            <Later>
            <aside class="recommended" aria-labelledby="recommended-heading">
                <h2 id="recommended-heading">
                    { "Recommended " }<span class="recommended-note">{ "(not part of this article)" }</span>
                </h2>
                <ul>
                    { for meta.recommended.iter().map(|r| html! {
                        <li class="recommended-item">
                            if let Some(k) = &r.kind {
                                <span class="recommended-kind">{ k }</span>
                            }
                            <span class="recommended-title" dir="auto">
                                { meta_link(r.href.as_deref(), Html::from(r.title.clone()), None) }
                            </span>
                            <span class="recommended-meta">
                                if let Some(d) = &r.date {
                                    <time datetime={d.clone()}>{ human_date(d) }</time>
                                }
                                if r.date.is_some() && !r.authors.is_empty() {
                                    { " · " }
                                }
                                { r.authors.join(", ") }
                            </span>
                        </li>
                    }) }
                </ul>
            </aside>
            </Later>
        }
        </div>
    }
}
