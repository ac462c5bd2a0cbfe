//! Criterion benchmark of the whole pipeline: `analyze` on the seed and on a 1 MB synthetic article.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

const SEED: &str = include_str!("../../../assets/seed.txt");

mod synthetic;
use synthetic::synthetic;

fn bench(c: &mut Criterion) {
    let big = synthetic(1 << 20);
    let mut group = c.benchmark_group("analyze");
    for (name, text) in [("seed", SEED), ("synthetic-1MB", big.as_str())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| atlas_core::analyze(black_box(t)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
