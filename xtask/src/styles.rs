//! Inlines the build's stylesheets into `dist/index.html`, so the first screen paints after one
//! request instead of waiting for thirteen; the page's CSP allows exactly those `<style>`s by hash.

use std::fs;
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::util::Result;

/// Replaces the `<link rel="stylesheet">` tags Trunk wrote into `dist/index.html` with `<style>`
/// elements holding their text in the same order, adds their SHA-256 to the CSP's `style-src`,
/// and deletes the files. Stylesheets marked `data-later` (those of panels the first screen
/// does not paint at once) go into a second `<style>` inside `<noscript data-later>`, which
/// `boot.js` puts in place once the first screen has painted, like the panels themselves.
pub fn inline_stylesheets(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let mut page = fs::read_to_string(&index)?;
    let (mut first_screen, mut later) = (String::new(), String::new());
    let mut first = None;
    while let Some(start) = page.find(r#"<link rel="stylesheet""#) {
        let end = start + page[start..].find('>').ok_or("index.html: unclosed <link>")? + 1;
        let tag = &page[start..end];
        let href = attribute(tag, "href").ok_or_else(|| format!("index.html: a stylesheet without href: {tag}"))?;
        let file = dist.join(href.trim_start_matches("./"));
        let styles = if tag.contains(" data-later") { &mut later } else { &mut first_screen };
        styles.push_str(&without_comments(&fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?));
        styles.push('\n');
        fs::remove_file(&file)?;
        // The tag and the indentation before it, so no blank line is left.
        let line_start = page[..start].trim_end_matches(' ').len();
        let end = if page[end..].starts_with('\n') && page[..line_start].ends_with('\n') { end + 1 } else { end };
        page.replace_range(line_start..end, "");
        first.get_or_insert(line_start);
    }
    let Some(at) = first else {
        return Err("index.html links no stylesheet: already inlined?".into());
    };
    if first_screen.contains("</style") || later.contains("</") {
        return Err("a stylesheet contains `</`, which would end the inlined <style> or <noscript>".into());
    }
    let mut elements = format!("<style>{first_screen}</style>");
    let mut hashes = vec![sha256(&first_screen)];
    if !later.is_empty() {
        elements.push_str(&format!("<noscript data-later=\"\"><style>{later}</style></noscript>"));
        hashes.push(sha256(&later));
    }
    let own_line = page[..at].ends_with('\n');
    page.insert_str(at, &if own_line { format!("  {elements}\n") } else { elements });
    let policy = "style-src 'self'";
    if !page.contains(policy) {
        return Err(format!("index.html: the CSP has no `{policy}` to add the stylesheets' hashes to").into());
    }
    let sources: String = hashes.iter().map(|hash| format!(" 'sha256-{hash}'")).collect();
    let page = page.replacen(policy, &format!("{policy}{sources}"), 1);
    fs::write(&index, page)?;
    println!(
        "styles: {} bytes of CSS inlined into {} ({} of them after the first paint)",
        first_screen.len() + later.len(),
        index.display(),
        later.len()
    );
    Ok(())
}

/// The base64 SHA-256 of `text`, as a CSP hash source takes it.
fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// `css` without its comments, indentation and blank lines: the same rules in fewer bytes (the
/// comments alone were 2.5 KB of the page's brotli). Quoted strings are copied as they are, and
/// so is a comment between two tokens (`.a/**/.b`), where dropping it or a space would change
/// the selector.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if let Some(comment) = rest.strip_prefix("/*") {
            let after = comment.find("*/").map_or("", |end| &comment[end + 2..]);
            let parted = out.is_empty() || out.ends_with(char::is_whitespace) || after.starts_with(char::is_whitespace);
            if !parted && !after.is_empty() {
                out.push_str(&rest[..rest.len() - after.len()]);
            }
            rest = after;
        } else if c == '"' || c == '\'' {
            // Up to the closing quote, past escaped characters.
            let mut end = c.len_utf8();
            while let Some(next) = rest[end..].chars().next() {
                end += next.len_utf8();
                if next == '\\' {
                    end += rest[end..].chars().next().map_or(0, char::len_utf8);
                } else if next == c {
                    break;
                }
            }
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if c == '\n' {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            rest = rest[1..].trim_start_matches([' ', '\t']);
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    // Spaces left at the ends of lines by comments that closed them.
    out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + if out.ends_with('\n') { "\n" } else { "" }
}

/// The value of `name="…"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlines_in_order_with_the_hash_in_the_policy() {
        let dist = std::env::temp_dir().join(format!("xtask-styles-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("a.css"), "a{color:red}").unwrap();
        fs::write(dist.join("b.css"), "b{color:blue}").unwrap();
        fs::write(dist.join("c.css"), "c{color:green}").unwrap();
        let csp = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'">"#;
        let page = format!(
            r#"<head>{csp}<link rel="stylesheet" href="./a.css" integrity="sha384-x"/><link rel="stylesheet" href="./c.css" data-later=""/><link rel="stylesheet" href="./b.css"/></head>"#
        );
        fs::write(dist.join("index.html"), page).unwrap();
        inline_stylesheets(&dist).unwrap();
        let page = fs::read_to_string(dist.join("index.html")).unwrap();
        let (css, later) = ("a{color:red}\nb{color:blue}\n", "c{color:green}\n");
        assert!(
            page.contains(&format!("style-src 'self' 'sha256-{}' 'sha256-{}';", sha256(css), sha256(later))),
            "{page}"
        );
        assert!(
            page.ends_with(&format!(
                r#"<style>{css}</style><noscript data-later=""><style>{later}</style></noscript></head>"#
            )),
            "{page}"
        );
        assert!(["a.css", "b.css", "c.css"].iter().all(|f| !dist.join(f).exists()));
        assert!(inline_stylesheets(&dist).is_err(), "a second run finds nothing to inline");
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn comments_and_indentation_go_strings_stay() {
        let css = "/* Header. */\n.a {\n  color: red; /* why */\n\n  content: \"/* kept */\";\n}\n\n.b/**/.c { content: '\\' /*'; }\n";
        assert_eq!(
            without_comments(css),
            ".a {\ncolor: red;\ncontent: \"/* kept */\";\n}\n.b/**/.c { content: '\\' /*'; }\n"
        );
        assert_eq!(without_comments("a{}/* unclosed"), "a{}");
    }
}
