//! Idempotent installs of everything the build and the tests need; each is skipped when present.

use crate::util::{cmd, on_path, output, root, sh, Result};
use std::fs;
use std::path::Path;
use std::time::SystemTime;

const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Trunk's accepted minor version; `cargo install` gets the newest patch of it.
const TRUNK: &str = "0.22";
const APT_PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "brotli"];

/// What `cargo xtask serve` needs: the wasm target, Trunk, wasm-bindgen, and wasm-opt (npm).
pub fn ensure_build() -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm_packages()
}

/// What `cargo xtask test` needs: the build tools, rustfmt and clippy, Chromium and ChromeDriver.
pub fn ensure_test() -> Result {
    components()?;
    ensure_build()?;
    apt_packages()
}

fn wasm_target() -> Result {
    let installed = output(cmd("rustup").args(["target", "list", "--installed"]));
    if installed.is_some_and(|list| list.lines().any(|line| line.trim() == WASM_TARGET)) {
        return skip(WASM_TARGET);
    }
    sh(cmd("rustup").args(["target", "add", WASM_TARGET]))
}

fn components() -> Result {
    let installed = output(cmd("rustup").args(["component", "list", "--installed"])).unwrap_or_default();
    for component in ["rustfmt", "clippy"] {
        if installed.lines().any(|line| line.starts_with(component)) {
            skip(component)?;
        } else {
            sh(cmd("rustup").args(["component", "add", component]))?;
        }
    }
    Ok(())
}

fn trunk() -> Result {
    let version = output(cmd("trunk").arg("--version")).unwrap_or_default();
    if version.starts_with(&format!("trunk {TRUNK}.")) {
        return skip(&version);
    }
    sh(cmd("cargo")
        .args(["install", "trunk", "--locked", "--ignore-rust-version"])
        .args(["--version", &format!("~{TRUNK}")]))
}

/// wasm-bindgen-cli (with `wasm-bindgen-test-runner`) at exactly the version in Cargo.lock.
/// Installed without `--locked`: its own lockfile pins a crate that the registry no longer has.
fn wasm_bindgen() -> Result {
    let wanted = locked_version("wasm-bindgen")?;
    let version = output(cmd("wasm-bindgen").arg("--version")).unwrap_or_default();
    if version == format!("wasm-bindgen {wanted}") && on_path("wasm-bindgen-test-runner") {
        return skip(&version);
    }
    sh(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

/// The version of `package` recorded in the workspace's Cargo.lock.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == name_line {
            let version = lines.next().and_then(|line| line.strip_prefix("version = \""));
            if let Some(version) = version.and_then(|rest| rest.strip_suffix('"')) {
                return Ok(version.to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock").into())
}

fn apt_packages() -> Result {
    let present =
        Path::new("/usr/bin/chromium").is_file() && Path::new("/usr/bin/chromedriver").is_file() && on_path("brotli");
    if present {
        return skip("chromium, chromedriver, brotli");
    }
    let root_user = output(cmd("id").arg("-u")).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut command = if root_user {
            cmd("apt-get")
        } else {
            let mut sudo = cmd("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        sh(&mut command)
    };
    apt(&["update"])?;
    apt(&[&["install", "-y"][..], &APT_PACKAGES[..]].concat())
}

/// `npm ci` in e2e/ when node_modules is missing or older than package-lock.json.
fn npm_packages() -> Result {
    let e2e = root().join("e2e");
    let modified = |path: &Path| fs::metadata(path).and_then(|meta| meta.modified()).ok();
    let lock = modified(&e2e.join("package-lock.json")).unwrap_or(SystemTime::now());
    let installed = modified(&e2e.join("node_modules/.package-lock.json"));
    if installed.is_some_and(|installed| installed >= lock) {
        return skip("e2e/node_modules");
    }
    sh(cmd("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&e2e))
}

fn skip(what: &str) -> Result {
    println!("ok: {what}");
    Ok(())
}
