//! `cargo xtask eval`: score the pipeline with `../shared/eval/score.py` on the seed and on every synthetic fixture.

use crate::util::{cmd, output, root, sh, Result};
use std::path::{Path, PathBuf};

/// One article to score: its text and its gold annotation.
struct Case {
    name: String,
    text: PathBuf,
    gold: PathBuf,
}

fn cases(shared: &Path) -> Vec<Case> {
    let mut out = vec![Case {
        name: "seed".into(),
        text: root().join("assets/seed.txt"),
        gold: shared.join("eval/seed.gold.json"),
    }];
    let dir = root().join("crates/core/tests/fixtures");
    let mut golds: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    golds.retain(|p| p.to_string_lossy().ends_with(".gold.json"));
    golds.sort();
    for gold in golds {
        let name = gold.file_name().unwrap_or_default().to_string_lossy().trim_end_matches(".gold.json").to_string();
        out.push(Case { text: dir.join(format!("{name}.txt")), gold, name });
    }
    out
}

pub fn run(_args: &[String]) -> Result {
    let shared = root().join("../shared");
    let scorer = shared.join("eval/score.py");
    if !scorer.is_file() {
        return Err(format!("scorer not found at {} (clone the repo beside shared/)", scorer.display()).into());
    }
    sh(cmd("cargo").args(["build", "--quiet", "--release", "-p", "atlas-core", "--bin", "atlas"]))?;
    let atlas = root().join("target/release/atlas");
    let out_dir = root().join("target/eval");
    std::fs::create_dir_all(&out_dir)?;
    let mut totals = Totals::default();
    println!("{:<34} score", "article");
    for case in cases(&shared) {
        let pred = out_dir.join(format!("{}.json", case.name));
        let json = output(cmd(atlas.to_str().unwrap_or("atlas")).arg("analyze").arg(&case.text))
            .ok_or_else(|| format!("atlas analyze failed on {}", case.text.display()))?;
        std::fs::write(&pred, json)?;
        let line = output(cmd("python3").arg(&scorer).arg(&pred).arg(&case.gold))
            .ok_or("score.py failed")?
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        let full = output(cmd("python3").arg(&scorer).arg(&pred).arg(&case.gold).arg("--json")).unwrap_or_default();
        totals.add(&full);
        println!("{:<34} {line}", case.name);
    }
    println!("\n{}", totals.summary());
    Ok(())
}

/// Micro-averaged event and entity counts over all cases.
#[derive(Default)]
struct Totals {
    pred: f64,
    tp: f64,
    core: f64,
    tp_core: f64,
    ent_pred: f64,
    ent_tp: f64,
    ent_req: f64,
    ent_found: f64,
}

impl Totals {
    fn add(&mut self, json: &str) {
        // The scorer's JSON is flat enough to read the few integers we need without a parser.
        let get = |section: &str, key: &str| -> f64 {
            json.find(&format!("\"{section}\""))
                .and_then(|s| json[s..].find(&format!("\"{key}\":")).map(|k| s + k + key.len() + 3))
                .and_then(|v| json[v..].trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok())
                .unwrap_or(0.0)
        };
        self.pred += get("events", "pred");
        self.tp += get("events", "tp");
        self.core += get("events", "core");
        self.tp_core += get("events", "tp_core");
        self.ent_pred += get("entities", "pred");
        self.ent_tp += get("entities", "tp");
        self.ent_req += get("entities", "required");
        self.ent_found += get("entities", "found");
    }

    fn summary(&self) -> String {
        let r = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        format!(
            "all articles (micro-average): events P={:.2} R={:.2} | entities P={:.2} R={:.2}",
            r(self.tp, self.pred),
            r(self.tp_core, self.core),
            r(self.ent_tp, self.ent_pred),
            r(self.ent_found, self.ent_req)
        )
    }
}
