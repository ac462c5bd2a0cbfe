//! A long fuzz run of `analyze` (run once by hand, reported in the issue notes): random inputs
//! built from article-like fragments, markup and noise; counts panics and the slowest input
//! per byte against the seed. `cargo run --profile fuzz -p atlas-core --example fuzz -- [N] [SEED]`
//! (the `fuzz` profile unwinds, so a panic is counted rather than ending the run).

use std::panic;
use std::time::Instant;

/// Fragments that exercise every parser path: header lines, markup, links, dates, places,
/// acronyms, end marks, recommended items, odd whitespace and non-Latin text.
const FRAGMENTS: &[&str] = &[
    "The Harrowing of Someone",
    "by [Jane Roe](https://example.org/experts/jane-roe)",
    "by JANE ROE – PolicyWatch 3317 – Nov 9, 2021",
    "Nov 9, 2021",
    "Also available in",
    "[العربية](https://example.org/ar/policy-analysis/x)",
    "ABOUT THE AUTHORS",
    "Brief Analysis",
    "❖",
    "RECOMMENDED",
    "**",
    "*",
    "*em*",
    "**strong**",
    "[text](https://example.org/a)",
    "[text \\(https://example.org/b\\)](https://example.org/b)",
    "(<https://example.org/c>)",
    "[bad](javascript:alert(1))",
    "<script>alert(1)</script>",
    "On March 4, 2021, militias attacked the house in Baghdad.",
    "Kataib Hezbollah (KH) threatened the premier.",
    "KH",
    "some days earlier",
    "months later",
    "01:20 hours local time on March 13",
    "21.15",
    "in 2018",
    "that September",
    "Thursday",
    "Mosul Dam",
    "hit",
    "did not release",
    "\n",
    "\n\n",
    "\r\n",
    "\u{feff}",
    "\t",
    " ",
    ".",
    "(",
    ")",
    "[",
    "]",
    "\\",
    "—",
    "“",
    "”",
    "’",
    "é",
    "الكاظمي",
    "😀",
    "\u{200f}",
    "Mr.",
    "U.S.",
    "Dr. Smith said.",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn input(rng: &mut Rng) -> String {
    let parts = 1 + rng.below(60);
    let mut s = String::new();
    for _ in 0..parts {
        match rng.below(10) {
            0 => {
                // Raw noise: random scalar values, including controls and surrogates' neighbours.
                for _ in 0..rng.below(20) {
                    let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                    s.push(c);
                }
            }
            1 => s.push_str(&FRAGMENTS[rng.below(FRAGMENTS.len())].repeat(1 + rng.below(50))),
            _ => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
        }
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5EED);
    let seed_text = include_str!("../../../assets/seed.txt");
    let t = Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        std::hint::black_box(atlas_core::analyze(seed_text));
    }
    let seed_ns_per_byte = t.elapsed().as_nanos() as f64 / rounds as f64 / seed_text.len() as f64;

    if std::env::var_os("FUZZ_VERBOSE").is_none() {
        panic::set_hook(Box::new(|_| {}));
    }
    let mut rng = Rng(seed);
    let (mut panics, mut bytes) = (0u64, 0u64);
    let mut worst = (0.0f64, String::new());
    let mut slowest: Vec<(f64, String)> = Vec::new();
    let start = Instant::now();
    for i in 0..n {
        let text = input(&mut rng);
        bytes += text.len() as u64;
        let t = Instant::now();
        if panic::catch_unwind(|| atlas_core::analyze(&text)).is_err() {
            panics += 1;
            if panics <= 3 {
                eprintln!("panic on input {i}: {text:?}");
            }
        }
        // Per-byte time only means something for inputs of some size.
        if text.len() >= 256 {
            let per_byte = t.elapsed().as_nanos() as f64 / text.len() as f64;
            slowest.push((per_byte, text));
            if slowest.len() > 64 {
                slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
                slowest.truncate(16);
            }
        }
    }
    // A single timing can be a scheduler stall: the slowest candidates are timed again, best of 5.
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    slowest.truncate(16);
    for (_, text) in &slowest {
        let best = (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(atlas_core::analyze(text));
                t.elapsed().as_nanos() as f64 / text.len() as f64
            })
            .fold(f64::INFINITY, f64::min);
        if best > worst.0 {
            worst = (best, text.chars().take(80).collect());
        }
    }
    println!("inputs           {n}");
    println!("bytes            {bytes}");
    println!("panics           {panics}");
    println!("time             {:.1} s", start.elapsed().as_secs_f64());
    println!("seed             {seed_ns_per_byte:.1} ns/byte");
    println!(
        "worst input      {:.1} ns/byte, best of 5 ({:.1}× the seed): {:?}",
        worst.0,
        worst.0 / seed_ns_per_byte,
        worst.1
    );
    if panics > 0 {
        std::process::exit(1);
    }
}
