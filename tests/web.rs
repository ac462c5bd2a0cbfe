//! Component tests in a real browser (wasm-bindgen-test): the reader, the events table and
//! the linking between them, rendered from a hand-built sample analysis.
#![cfg(target_arch = "wasm32")]

#[path = "../src/sample.rs"]
#[allow(dead_code)]
mod sample;

use std::rc::Rc;

use article_atlas::components::{EventsTable, Reader};
use article_atlas::hooks::AppProvider;
use atlas_core::Analysis;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct RootProps {
    analysis: Rc<Analysis>,
}

#[component]
fn Root(props: &RootProps) -> Html {
    html! {
        <AppProvider analysis={props.analysis.clone()}>
            <Reader />
            <EventsTable />
        </AppProvider>
    }
}

async fn render(analysis: Analysis) -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").expect("create div");
    gloo::utils::body().append_child(&div).expect("append div");
    yew::Renderer::<Root>::with_root_and_props(div.clone(), RootProps { analysis: Rc::new(analysis) }).render();
    yew::scheduler::flush().await;
    div
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn click(el: &Element) {
    el.clone().dyn_into::<HtmlElement>().expect("html element").click();
}

#[wasm_bindgen_test]
async fn reader_shows_title_byline_and_translation() {
    let root = render(sample::sample_analysis()).await;
    let h1 = one(&root, "h1");
    assert_eq!(text(&h1), sample::TITLE);
    assert_eq!(h1.get_attribute("dir").as_deref(), Some("auto"));
    assert_eq!(text(&one(&root, ".kicker")), "Brief Analysis");
    let author = one(&root, ".byline-authors a");
    assert_eq!(author.get_attribute("href").as_deref(), Some("/experts/michael-knights"));
    let date = one(&root, "time.dateline");
    assert_eq!(date.get_attribute("datetime").as_deref(), Some("2021-11-09"));
    let ar = one(&root, ".translations a");
    assert_eq!(ar.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(ar.get_attribute("dir").as_deref(), Some("auto"));
    assert_eq!(text(&ar), "العربية");
    let rec = one(&root, "aside.recommended");
    assert!(text(&rec).contains("not part of this article"));
    assert!(text(&one(&root, ".parsing-notes summary")).contains("Parsing notes (1)"));
}

#[wasm_bindgen_test]
async fn links_are_safe_numbered_and_inert_when_unknown() {
    let root = render(sample::sample_analysis()).await;
    let ext = one(&root, "a.link-external");
    assert_eq!(ext.get_attribute("href").as_deref(), Some(sample::ALSUMARIA));
    assert_eq!(ext.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(ext.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    // The strong+link "assassinated" nests both.
    let strong_link = one(&root, "a.link-external strong");
    assert_eq!(text(&strong_link), "assassinated");

    let inert = one(&root, ".link-inert");
    assert_eq!(text(&inert), "doubtful source");
    assert!(inert.get_attribute("title").unwrap_or_default().contains("link removed"));
    assert!(all(&root, "a").iter().all(|a| !text(a).contains("doubtful source")));

    // Two distinct sources; the repeated RUDAW link is cited as [2] twice.
    let sources = all(&root, ".sources li");
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[1].id(), "source-2");
    let refs: Vec<String> = all(&root, ".fn-ref a").iter().map(text).collect();
    assert_eq!(refs, vec!["1", "2", "2"]);
}

#[wasm_bindgen_test]
async fn entity_mentions_get_their_kind_and_a_card() {
    let root = render(sample::sample_analysis()).await;
    let org = one(&root, ".reader-body .ent.ent-organization");
    assert_eq!(text(&org), "Kataib Hezbollah (KH)");
    assert_eq!(org.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(root.query_selector(".ent.ent-person").ok().flatten().is_some());
    assert!(root.query_selector(".ent.ent-place").ok().flatten().is_some());

    org.clone().dyn_into::<HtmlElement>().expect("html element").focus().expect("focus");
    yew::scheduler::flush().await;
    let card = one(&org, ".ent-card");
    let card_text = text(&card);
    assert!(card_text.contains("Organization"), "{card_text}");
    assert!(card_text.contains("KH"), "{card_text}");
    assert!(card_text.contains("2 mentions"), "{card_text}");
    assert!(card_text.contains("Confrontation"), "{card_text}");

    // Selecting the entity highlights all its mentions and filters the events table.
    click(&org);
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".ent.is-selected").len(), 2);
    assert_eq!(all(&root, ".event-row").len(), 2);
}

#[wasm_bindgen_test]
async fn markers_select_events_everywhere() {
    let root = render(sample::sample_analysis()).await;
    // The main sentence's marker, and a second one where the summary mentions it again.
    let markers = all(&root, "button.ev-marker[aria-label='Event: attack, 2021-11-07']");
    assert_eq!(markers.len(), 2);
    let marker = one(&root, "#marker-ev-1");
    assert_eq!(marker.get_attribute("aria-label").as_deref(), Some("Event: attack, 2021-11-07"));
    assert!(root.query_selector(".evidence.is-selected").ok().flatten().is_none());
    click(&marker);
    yew::scheduler::flush().await;
    let selected = all(&root, ".evidence.is-selected");
    // The main sentence and the summary that mentions the attack again.
    assert_eq!(selected.len(), 2);
    assert!(selected.iter().any(|e| text(e).contains("bombs dropped by drones")));
    assert_eq!(one(&root, "#marker-ev-1").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(one(&root, "#row-ev-1").class_list().contains("is-selected"));
    // The date carries its normalised value.
    let date = one(&root, "time.date-mark");
    assert_eq!(date.get_attribute("datetime").as_deref(), Some("2021-11-07"));
}

#[wasm_bindgen_test]
async fn events_table_sorts_and_rows_select() {
    let root = render(sample::sample_analysis()).await;
    let nums = |root: &Element| -> Vec<String> { all(root, ".event-row .col-num").iter().map(text).collect() };
    assert_eq!(nums(&root), vec!["1", "2", "3", "4"]);
    let date_header = all(&root, "th .sort").into_iter().find(|b| text(b).starts_with("Date")).expect("date header");
    click(&date_header);
    yew::scheduler::flush().await;
    assert_eq!(nums(&root), vec!["2", "3", "1", "4"]);
    let th = date_header.parent_element().expect("th");
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));

    let row = one(&root, "#row-ev-3");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("keyboard event");
    row.dispatch_event(&ev).expect("dispatch");
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "#row-ev-3").get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(one(&root, "#marker-ev-3").get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn broken_offsets_never_panic() {
    let mut a = sample::sample_analysis();
    a.entities[0].mentions.push(atlas_core::Mention { block: 5, start: 10_000, end: 10_010 });
    // Inside the three-byte "’" of "Kadhimi’s".
    let p1 = &a.blocks[5].text;
    let apos = p1.find('’').expect("apostrophe");
    a.entities[1].mentions.push(atlas_core::Mention { block: 5, start: apos + 1, end: apos + 2 });
    a.blocks[6].spans.push(atlas_core::Span { start: 50, end: 9, kind: atlas_core::SpanKind::Em, href: None });
    a.events[0].evidence.push(atlas_core::Evidence { block: 42, start: 0, end: 5, text: String::new() });
    let root = render(a).await;
    assert_eq!(text(&one(&root, "h1")), sample::TITLE);
    assert!(text(&one(&root, ".reader-body")).contains("bombs dropped by drones"));
}

/// Let the page run its timers for `ms`.
async fn sleep(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A long article: `n` paragraphs of plain filler, then one with an event.
fn long_article(n: usize) -> Analysis {
    let mut text = String::from("A Long Brief\n\nNov 9, 2021\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "Paragraph {i} reviews the budget figures for the coming period in some detail. \
             The committee read the tables line by line and found nothing of note to add.\n\n"
        ));
    }
    text.push_str("On March 4, 2021, militias attacked the house of the governor in Baghdad.\n");
    atlas_core::analyze(&text)
}

#[wasm_bindgen_test]
async fn a_long_article_is_drawn_a_step_at_a_time_and_the_selection_at_once() {
    let analysis = long_article(200);
    let paragraphs = analysis.blocks.iter().filter(|b| b.kind == atlas_core::BlockKind::Paragraph).count();
    assert!(paragraphs >= 200, "{paragraphs} paragraphs");
    let last_event = analysis.events.last().map(|e| e.id.clone()).expect("the attack is an event");
    let root = render(analysis).await;
    let drawn = all(&root, ".reader-body > p").len();
    assert!(drawn > 0 && drawn < paragraphs, "a first step only: {drawn} of {paragraphs}");
    // Selecting the last event (its row in the table) draws its sentence at once.
    click(&one(&root, &format!("#row-{last_event}")));
    yew::scheduler::flush().await;
    assert_eq!(one(&root, &format!("#marker-{last_event}")).get_attribute("aria-pressed").as_deref(), Some("true"));
    // The rest follows, a step per task.
    for _ in 0..200 {
        if all(&root, ".reader-body > p").len() == paragraphs {
            break;
        }
        sleep(5).await;
        yew::scheduler::flush().await;
    }
    assert_eq!(all(&root, ".reader-body > p").len(), paragraphs, "every paragraph drawn in the end");
}
