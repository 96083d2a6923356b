//! Loading articles: the samples, and hostile inputs that must stay linear (10 MB of
//! unclosed `<div>`s, a 5 MB single line).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use factdesk::article::load_bytes;

fn samples(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_articles");
    for name in [
        "2023-05-30-moscow-drones.txt",
        "2026-01-19-hospital-wait-times.html",
        "2026-02-03-transit-fares.md",
        "2026-06-27-orsin-basin-drought.txt",
    ] {
        let path = dir.join(name);
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("skipping {name}: not readable");
            continue;
        };
        c.bench_function(&format!("load {name}"), |b| {
            b.iter(|| load_bytes(black_box(&bytes), &path, None))
        });
    }
}

fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    let divs = format!("<p>start</p>{}<p>end</p>", "<div>".repeat(2_000_000));
    group.bench_function("10 MB of unclosed divs", |b| {
        b.iter(|| load_bytes(black_box(divs.as_bytes()), Path::new("divs.html"), None))
    });
    let line = format!("title: Huge\n\n{}\n", "word ".repeat(1_000_000));
    group.bench_function("5 MB single line, text", |b| {
        b.iter(|| load_bytes(black_box(line.as_bytes()), Path::new("huge.txt"), None))
    });
    group.bench_function("5 MB single line, markdown", |b| {
        b.iter(|| load_bytes(black_box(line.as_bytes()), Path::new("huge.md"), None))
    });
    group.finish();
}

criterion_group!(benches, samples, hostile);
criterion_main!(benches);
