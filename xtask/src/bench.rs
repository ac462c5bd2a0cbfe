//! `cargo xtask bench`: the pipeline's criterion benchmark, the side-by-side with PyPI `dateparser` and `geotext`,
//! the browser benchmark (navigation → seed annotated, `dist/` sizes), and the browser side by side with npm
//! `leaflet` and `@knight-lab/timelinejs` (e2e devDependencies, never shipped).

use crate::util::{cmd, output, root, sh, Result};
use crate::{serve, tools};

/// Pinned peer versions, installed into a private virtualenv under `target/`.
const PEERS: &[&str] = &["dateparser==1.5.0", "geotext==0.4.0"];

pub fn run(args: &[String]) -> Result {
    let quick = args.iter().any(|a| a == "--quick");
    let mut bench = cmd("cargo");
    bench.args(["bench", "-p", "atlas-core", "--bench", "analyze", "--"]);
    if quick {
        bench.args(["--warm-up-time", "1", "--measurement-time", "2"]);
    }
    sh(&mut bench)?;
    sh(cmd("cargo").args(["build", "--quiet", "--release", "-p", "atlas-core", "--bin", "atlas"]))?;
    let venv = root().join("target/bench-venv");
    let python = venv.join("bin/python");
    if !python.is_file() {
        sh(cmd("python3").arg("-m").arg("venv").arg(&venv))?;
    }
    let installed = output(cmd(python.to_str().unwrap_or("python3")).args(["-m", "pip", "freeze"])).unwrap_or_default();
    if !PEERS.iter().all(|p| installed.lines().any(|l| l.eq_ignore_ascii_case(p))) {
        sh(cmd(python.to_str().unwrap_or("python3")).args(["-m", "pip", "install", "--quiet"]).args(PEERS))?;
    }
    println!("\nside by side on the seed (same machine, same run):");
    sh(cmd(python.to_str().unwrap_or("python3"))
        .arg(root().join("xtask/bench/baselines.py"))
        .arg(root().join("assets/seed.txt"))
        .arg(root().join("../shared/eval/seed.gold.json"))
        .arg(root().join("target/release/atlas")))?;
    println!("\nin the browser (release dist/, headless Chromium, localhost):");
    tools::ensure_test()?;
    serve::build_release()?;
    sh(cmd("node").arg(root().join("e2e/bench/load.mjs")))?;
    println!("\nside by side with Leaflet and TimelineJS (same browser, same run, alternated):");
    sh(cmd("node").arg(root().join("e2e/bench/peers.mjs")))
}
