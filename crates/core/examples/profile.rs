//! Runs `analyze` on the benchmark's 1 MB synthetic article (a development aid for profilers:
//! `cargo run --release --example profile -- [N]` analyses it N times; `-- --dump` prints the
//! article instead, `-- FILE [N]` analyses a file).

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        print!("{}", synthetic::synthetic(1 << 20));
        return;
    }
    let (text, rest) = match args.first() {
        Some(a) if a.parse::<u32>().is_err() => (std::fs::read_to_string(a).unwrap_or_default(), &args[1..]),
        _ => (synthetic::synthetic(1 << 20), &args[..]),
    };
    let n: u32 = rest.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let t = std::time::Instant::now();
    let mut events = 0;
    for _ in 0..n {
        events += atlas_core::analyze(std::hint::black_box(&text)).events.len();
    }
    let per = t.elapsed() / n.max(1);
    let mib = text.len() as f64 / (1 << 20) as f64 / per.as_secs_f64();
    eprintln!("{} bytes, {events} events, {per:?} per run, {mib:.1} MiB/s", text.len());
}
