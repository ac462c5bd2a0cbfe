//! `cargo xtask test`: every check in order (format, lints, tests, docs, release build, browser
//! tests), then a PASS/FAIL table; exits non-zero if any step failed.

use crate::util::{cmd, root, sh, Result};
use crate::{serve, tools};
use std::fs;
use std::time::{Duration, Instant};

const WASM: &str = "wasm32-unknown-unknown";

/// One step of the run: a name to filter by, what it runs, and the steps it needs to have passed.
struct Step {
    name: &'static str,
    needs: &'static [&'static str],
    action: fn() -> Result,
}

const STEPS: &[Step] = &[
    step("tools", &[], tools::ensure_test),
    step("fmt", &["tools"], fmt),
    step("clippy", &["tools"], clippy_host),
    step("clippy-wasm", &["tools"], clippy_wasm),
    step("test", &["tools"], test_host),
    step("doc", &["tools"], doc),
    step("build", &["tools"], serve::build_release),
    step("wasm-test", &["tools"], wasm_test),
    step("e2e", &["tools", "build"], e2e),
];

const fn step(name: &'static str, needs: &'static [&'static str], action: fn() -> Result) -> Step {
    Step { name, needs, action }
}

enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

pub fn run(args: &[String]) -> Result {
    if let Some(unknown) = args.iter().find(|arg| STEPS.iter().all(|step| step.name != arg.as_str())) {
        let names: Vec<_> = STEPS.iter().map(|step| step.name).collect();
        return Err(format!("unknown step `{unknown}`; steps: {}", names.join(" ")).into());
    }
    let chosen: Vec<&Step> = STEPS
        .iter()
        .filter(|step| step.name == "tools" || args.is_empty() || args.iter().any(|arg| arg == step.name))
        .collect();

    let mut results: Vec<(&str, Outcome, Duration)> = Vec::new();
    for (index, step) in chosen.iter().enumerate() {
        println!("\n==> [{}/{}] {}", index + 1, chosen.len(), step.name);
        let failed_need = step
            .needs
            .iter()
            .find(|need| results.iter().any(|(name, outcome, _)| name == *need && !matches!(outcome, Outcome::Pass)));
        let start = Instant::now();
        let outcome = match failed_need {
            Some(need) => Outcome::Skip(format!("needs `{need}`")),
            None => match (step.action)() {
                Ok(()) => Outcome::Pass,
                Err(error) => Outcome::Fail(error.to_string()),
            },
        };
        results.push((step.name, outcome, start.elapsed()));
    }

    println!("\n{:<12} {:<6} {:>8}  detail", "step", "result", "time");
    println!("{}", "-".repeat(60));
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (name, outcome, time) in &results {
        let (label, detail) = match outcome {
            Outcome::Pass => ("PASS", ""),
            Outcome::Fail(why) => ("FAIL", why.as_str()),
            Outcome::Skip(why) => ("SKIP", why.as_str()),
        };
        match outcome {
            Outcome::Pass => passed += 1,
            Outcome::Fail(_) => failed += 1,
            Outcome::Skip(_) => skipped += 1,
        }
        println!("{name:<12} {label:<6} {:>7.1}s  {detail}", time.as_secs_f64());
    }
    let total: Duration = results.iter().map(|(_, _, time)| *time).sum();
    println!("{}", "-".repeat(60));
    println!("total {:.1}s", total.as_secs_f64());
    println!("steps: {passed} passed, {failed} failed, {skipped} skipped");
    if failed + skipped > 0 {
        Err(format!("{} step(s) did not pass", failed + skipped).into())
    } else {
        Ok(())
    }
}

fn fmt() -> Result {
    sh(cmd("cargo").args(["fmt", "--all", "--check"]))
}

fn clippy_host() -> Result {
    sh(cmd("cargo").args(["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"]))
}

/// The app, the worker module and the core crate as they ship (xtask never runs in a browser).
fn clippy_wasm() -> Result {
    sh(cmd("cargo")
        .args(["clippy", "-p", "article-atlas", "-p", "atlas-core", "-p", "atlas-worker", "--target", WASM])
        .args(["--", "-D", "warnings"]))
}

fn test_host() -> Result {
    sh(cmd("cargo").args(["test", "--workspace"]))
}

fn doc() -> Result {
    sh(cmd("cargo").args(["doc", "--workspace", "--no-deps"]).env("RUSTDOCFLAGS", "-D warnings"))
}

/// The app's `#[wasm_bindgen_test]` component tests and the worker module's export tests, in headless Chromium through ChromeDriver.
/// The runner adds `headless`, `no-sandbox` and `disable-dev-shm-usage` itself;
/// xtask/webdriver.json names the browser and keeps it off the network.
fn wasm_test() -> Result {
    sh(cmd("cargo")
        .args(["test", "-p", "article-atlas", "-p", "atlas-worker", "--target", WASM])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("WASM_BINDGEN_USE_BROWSER", "1")
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", root().join("xtask/webdriver.json"))
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

/// The Playwright specs in e2e/ against dist/ (served under /atlas/ by the harness); on success
/// the desktop screenshot becomes docs/screenshot.png, the one the README shows.
fn e2e() -> Result {
    let e2e = root().join("e2e");
    let mut specs: Vec<String> = fs::read_dir(&e2e)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("e2e/{name}"))
        .collect();
    specs.sort();
    if specs.is_empty() {
        return Err("no e2e/*.test.mjs spec found".into());
    }
    sh(cmd("node").args(["--test", "--test-concurrency=1"]).args(&specs).env("ATLAS_DIST", root().join("dist")))?;
    let shot = e2e.join("artifacts/desktop.png");
    if shot.is_file() {
        fs::create_dir_all(root().join("docs"))?;
        fs::copy(&shot, root().join("docs/screenshot.png"))?;
        println!("copied {} to docs/screenshot.png", shot.display());
    }
    Ok(())
}
