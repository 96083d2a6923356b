//! Throughput of check-worthiness scoring and kinds on news sentences (issue 4 budget: the
//! whole extraction at >= 20 MB/s on one core, so these must be well above that).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factdesk::extract::{kind, score, segment};
use std::hint::black_box;

const ARTICLE: &str = include_str!("../sample_articles/2023-05-30-moscow-drones.txt");

fn sentences() -> (Vec<&'static str>, u64) {
    let spans = segment::split(ARTICLE);
    let bytes = spans.iter().map(|s| s.len() as u64).sum();
    (spans.into_iter().map(|s| &ARTICLE[s]).collect(), bytes)
}

fn bench(c: &mut Criterion) {
    let (sentences, bytes) = sentences();
    let mut group = c.benchmark_group("checkworthy");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("score", |b| {
        b.iter(|| {
            for s in &sentences {
                black_box(score::score(black_box(s)));
            }
        })
    });
    group.bench_function("kind", |b| {
        b.iter(|| {
            for s in &sentences {
                black_box(kind::classify(black_box(s)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
