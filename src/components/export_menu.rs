//! The Export menu: downloads the current analysis as GeoJSON, CSV, Analysis JSON, W3C Web
//! Annotation JSON-LD or TimelineJS JSON (rendered by `atlas_core::export`), through a Blob,
//! an object URL and a temporary `<a download>`: no request leaves the page, and `blob:` URLs
//! are same-origin, so the Content-Security-Policy needs no exception.

use atlas_core::export::{render, Format};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use yew::prelude::*;

use crate::hooks::{use_app, use_library, NoticeKind};

/// One export format as offered in the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportKind {
    pub format: Format,
    pub label: &'static str,
    pub description: &'static str,
    /// File-name ending, after the title slug.
    pub suffix: &'static str,
    pub mime: &'static str,
}

pub const EXPORTS: [ExportKind; 5] = [
    ExportKind {
        format: Format::GeoJson,
        label: "GeoJSON",
        description: "Events as map points, for QGIS or geojson.io",
        suffix: ".geojson",
        mime: "application/geo+json",
    },
    ExportKind {
        format: Format::Csv,
        label: "CSV",
        description: "One row per event, ACLED-like columns, for spreadsheets",
        suffix: ".csv",
        mime: "text/csv;charset=utf-8",
    },
    ExportKind {
        format: Format::Analysis,
        label: "Analysis JSON",
        description: "Everything, re-openable here (Open / paste)",
        suffix: ".analysis.json",
        mime: "application/json",
    },
    ExportKind {
        format: Format::WebAnno,
        label: "Web Annotation",
        description: "W3C JSON-LD annotations of entities and events",
        suffix: ".annotations.jsonld",
        mime: "application/ld+json",
    },
    ExportKind {
        format: Format::TimelineJs,
        label: "TimelineJS",
        description: "Dated events for a TimelineJS timeline",
        suffix: ".timeline.json",
        mime: "application/json",
    },
];

/// A file-name stem from a title: lower-case letters and digits (any script) joined by `-`,
/// at most 60 characters; `article` when nothing is left.
pub fn slug(title: Option<&str>) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in title.unwrap_or_default().chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’') {
            dash = true;
        }
        if out.len() > 400 {
            break;
        }
    }
    let out: String = out.chars().take(60).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "article".into()
    } else {
        out.to_string()
    }
}

/// The download's file name: `the-harrowing-of-mustafa-kadhimi.geojson`.
pub fn file_name(title: Option<&str>, kind: &ExportKind) -> String {
    format!("{}{}", slug(title), kind.suffix)
}

/// Save `text` as a file named `name`; `Err` carries the browser's complaint.
fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let document = gloo::utils::document();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_class_name("visually-hidden");
    let body = gloo::utils::body();
    body.append_child(&a).map_err(err)?;
    a.click();
    let _ = body.remove_child(&a);
    // Revoke later: some browsers read the blob after the click returns.
    crate::hooks::set_timeout(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// The header's Export button and its menu (a disclosure: Escape or a click elsewhere closes it).
#[component]
pub fn ExportMenu() -> Html {
    let app = use_app();
    let library = use_library();
    let open = use_state(|| false);
    let root = use_node_ref();
    let toggle_ref = use_node_ref();

    {
        // Close on a click or focus outside.
        let open = open.clone();
        let root = root.clone();
        use_effect_with(*open, move |is_open| {
            let listeners = is_open.then(|| {
                let document = gloo::utils::document();
                let outside = move |e: &Event| {
                    let inside = root.get().zip(e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()));
                    if !inside.is_some_and(|(root, target)| root.contains(Some(&target))) {
                        open.set(false);
                    }
                };
                let outside = std::rc::Rc::new(outside);
                let o2 = outside.clone();
                (
                    EventListener::new(&document, "pointerdown", move |e| outside(e)),
                    EventListener::new(&document, "focusin", move |e| o2(e)),
                )
            });
            move || drop(listeners)
        });
    }

    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let toggle_ref = toggle_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
                if let Some(b) = toggle_ref.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let events = app.analysis.events.len();
    let title = app.analysis.meta.title.clone();

    html! {
        <div class="export-menu" ref={root} {onkeydown}>
            <button
                type="button"
                id="export-toggle"
                class="header-button"
                aria-expanded={open.to_string()}
                aria-controls="export-menu-panel"
                ref={toggle_ref}
                onclick={ontoggle}
            >
                <svg class="header-button-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14.5V16h12v-1.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                <span class="header-button-label">{ "Export" }</span>
            </button>
            <div id="export-menu-panel" class="export-menu-panel" hidden={!*open} role="group" aria-labelledby="export-menu-heading">
                <p id="export-menu-heading" class="export-menu-heading">
                    { "Download this article's " }
                    { if events == 1 { "event".to_string() } else { format!("{events} events") } }
                </p>
                <ul class="export-menu-list">
                    { for EXPORTS.iter().map(|kind| {
                        let name = file_name(title.as_deref(), kind);
                        let onclick = {
                            let app = app.clone();
                            let library = library.clone();
                            let open = open.clone();
                            let kind = *kind;
                            let name = name.clone();
                            Callback::from(move |_: MouseEvent| {
                                let text = render(&app.analysis, kind.format);
                                match download(&name, kind.mime, &text) {
                                    Ok(()) => library.notify(NoticeKind::Success, format!("Exported {name}.")),
                                    Err(e) => library.notify(NoticeKind::Error, format!("The export failed: {e}")),
                                }
                                open.set(false);
                            })
                        };
                        html! {
                            <li>
                                <button type="button" class="export-item" data-format={kind.suffix} {onclick}>
                                    <span class="export-item-label">{ kind.label }
                                        <span class="export-item-ext">{ kind.suffix }</span>
                                    </span>
                                    <span class="export-item-desc">{ kind.description }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_file_names() {
        assert_eq!(slug(Some("The Harrowing of Mustafa Kadhimi")), "the-harrowing-of-mustafa-kadhimi");
        assert_eq!(slug(Some("  Iraq’s “New” Militias: 2021–2022!  ")), "iraqs-new-militias-2021-2022");
        assert_eq!(slug(Some("تحليل موجز")), "تحليل-موجز");
        assert_eq!(slug(Some("***")), "article");
        assert_eq!(slug(None), "article");
        assert_eq!(slug(Some(&"ab ".repeat(100))).chars().count(), 59, "cut at 60, no trailing dash");
        assert_eq!(file_name(Some("Militias Strike Again"), &EXPORTS[0]), "militias-strike-again.geojson");
        let suffixes: Vec<&str> = EXPORTS.iter().map(|k| k.suffix).collect();
        assert_eq!(suffixes, [".geojson", ".csv", ".analysis.json", ".annotations.jsonld", ".timeline.json"]);
    }
}
