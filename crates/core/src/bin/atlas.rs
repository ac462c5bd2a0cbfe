//! `atlas`: the command-line face of the pipeline (analyze, batch, export).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage:
  atlas analyze FILE|- [--pretty]
  atlas batch DIR --out OUT.jsonl
  atlas export FILE|ANALYSIS.json --format geojson|csv|webanno|timelinejs|json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("atlas: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str);
    let positional: Vec<&str> = {
        let mut out = Vec::new();
        let mut skip = false;
        for a in args.iter().skip(1) {
            if skip {
                skip = false;
            } else if a == "--out" || a == "--format" {
                skip = true;
            } else if !a.starts_with("--") || a == "-" {
                out.push(a.as_str());
            }
        }
        out
    };
    match args.first().map(String::as_str) {
        Some("analyze") => {
            let path = positional.first().ok_or("analyze needs FILE or -")?;
            let analysis = atlas_core::analyze(&read_input(path)?);
            let json = if args.iter().any(|a| a == "--pretty") {
                serde_json::to_string_pretty(&analysis)
            } else {
                serde_json::to_string(&analysis)
            };
            println!("{}", json.map_err(|e| e.to_string())?);
            Ok(())
        }
        Some("batch") => {
            let dir = positional.first().ok_or("batch needs DIR")?;
            let out = flag("--out").ok_or("batch needs --out OUT.jsonl")?;
            batch(Path::new(dir), Path::new(out))
        }
        Some("export") => {
            let path = positional.first().ok_or("export needs FILE")?;
            let format = flag("--format").ok_or("export needs --format geojson|csv|webanno|timelinejs")?;
            let format =
                atlas_core::export::Format::parse(format).ok_or_else(|| format!("unknown format {format:?}"))?;
            let input = read_input(path)?;
            let analysis = if input.trim_start().starts_with('{') {
                read_analysis(path, &input)?
            } else {
                atlas_core::analyze(&input)
            };
            print!("{}", atlas_core::export::render(&analysis, format));
            Ok(())
        }
        _ => Err(USAGE.replace('\n', " ")),
    }
}

/// An Analysis JSON exported by the app or `atlas analyze`, its corrections replayed and checked.
fn read_analysis(path: &str, json: &str) -> Result<atlas_core::Analysis, String> {
    let mut analysis: atlas_core::Analysis =
        serde_json::from_str(json).map_err(|e| format!("{path} is not an Analysis JSON: {e}"))?;
    if analysis.schema != atlas_core::SCHEMA {
        return Err(format!("{path} has schema {:?}; this tool reads {:?}", analysis.schema, atlas_core::SCHEMA));
    }
    for note in analysis.verify_corrections() {
        eprintln!("atlas: {path}: {note}");
    }
    Ok(analysis)
}

/// Read a file (or stdin for `-`) as UTF-8 text; anything else is an error.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("{path} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn batch(dir: &Path, out: &Path) -> Result<(), String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    files.sort();
    let mut lines = String::new();
    for file in &files {
        let text = read_input(&file.to_string_lossy())?;
        lines.push_str(&serde_json::to_string(&atlas_core::analyze(&text)).map_err(|e| e.to_string())?);
        lines.push('\n');
    }
    std::fs::write(out, lines).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("atlas: {} articles analysed into {}", files.len(), out.display());
    Ok(())
}
