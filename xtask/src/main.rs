//! Project automation: `cargo xtask <command>`; `cargo xtask help` lists the commands.
//!
//! Each command lives in its own module; add one by adding a module and a `match` arm.

mod bench;
mod eval;
mod gen;
mod serve;
mod styles;
mod test;
mod tools;
mod util;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [args]

commands:
  serve [--port N]   build the release app with Trunk and serve dist/ on 127.0.0.1
  test [STEP...]     install what is missing, run every check, print a PASS/FAIL table
                     (STEP filters by name, e.g. `cargo xtask test clippy e2e`)
  gen                regenerate crates/core/data/ from pinned packages
  bench [--quick]    criterion benchmark of the pipeline, then the side-by-side with dateparser and geotext
  eval               score the pipeline on the seed and the synthetic fixtures (../shared/eval/score.py)
  help               this text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("help", &[][..]),
    };
    let result = match command {
        "serve" => serve::run(rest),
        "test" => test::run(rest),
        "gen" => gen::run().map_err(Into::into),
        "eval" => eval::run(rest),
        "bench" => bench::run(rest),
        "help" | "-h" | "--help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask {command}: {error}");
            ExitCode::FAILURE
        }
    }
}
