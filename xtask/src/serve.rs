//! `cargo xtask serve`: a release build with Trunk, then a tiny static file server for dist/.

use crate::tools;
use crate::util::{cmd, root, sh, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

const DEFAULT_PORT: u16 = 8080;

pub fn run(args: &[String]) -> Result {
    let port = match args {
        [] => DEFAULT_PORT,
        [flag, port] if flag == "--port" => port.parse()?,
        _ => return Err("usage: cargo xtask serve [--port N]".into()),
    };
    tools::ensure_build()?;
    build_release()?;
    // Another server may hold the usual port: fall back to any free one.
    let listener = TcpListener::bind(("127.0.0.1", port)).or_else(|_| TcpListener::bind(("127.0.0.1", 0)))?;
    let dist = root().join("dist");
    println!("\nServing {} at http://{}/  (Ctrl-C to stop)", dist.display(), listener.local_addr()?);
    for stream in listener.incoming().flatten() {
        let dist = dist.clone();
        std::thread::spawn(move || {
            if let Err(error) = respond(stream, &dist) {
                eprintln!("serve: {error}");
            }
        });
    }
    Ok(())
}

/// `cargo fetch` (Trunk runs cargo offline), then `trunk build --release` into dist/; then the
/// bundled article's first screen rendered into dist/index.html (`src/bin/prerender.rs`) and the
/// stylesheets inlined beside it, so that screen paints after one request.
pub fn build_release() -> Result {
    sh(cmd("cargo").arg("fetch"))?;
    sh(cmd("trunk").args(["build", "--release"]))?;
    sh(cmd("cargo").args(["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--", "dist/index.html"]))?;
    crate::styles::inline_stylesheets(&root().join("dist"))
}

/// Answers one GET or HEAD request with a file from `dist`; `/` and directories give index.html.
fn respond(mut stream: TcpStream, dist: &Path) -> Result {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them matters here.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return reply(&mut stream, "405 Method Not Allowed", "text/plain", b"", true);
    }
    let Some(mut file) = resolve(dist, target) else {
        return reply(&mut stream, "404 Not Found", "text/plain", b"not found\n", method == "GET");
    };
    if file.is_dir() {
        file.push("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => reply(&mut stream, "200 OK", content_type(&file), &body, method == "GET"),
        Err(_) => reply(&mut stream, "404 Not Found", "text/plain", b"not found\n", method == "GET"),
    }
}

/// Maps a request target to a path inside `dist`, refusing anything that would leave it.
fn resolve(dist: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().all(|component| matches!(component, Component::Normal(_) | Component::CurDir)) {
        Some(dist.join(relative))
    } else {
        None
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "geojson" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn reply(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], with_body: bool) -> Result {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_dist() {
        let dist = Path::new("/srv/dist");
        assert_eq!(resolve(dist, "/"), Some(PathBuf::from("/srv/dist/")));
        assert_eq!(resolve(dist, "/app-1.wasm?x=1"), Some(PathBuf::from("/srv/dist/app-1.wasm")));
        assert_eq!(resolve(dist, "/a%20b.txt"), Some(PathBuf::from("/srv/dist/a b.txt")));
        assert_eq!(resolve(dist, "/../etc/passwd"), None);
        assert_eq!(resolve(dist, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(dist, "/%zz"), None);
    }
}
