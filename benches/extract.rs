//! Throughput of sentence splitting and of the full extraction on news text, at 1 KB, 100 KB,
//! 1 MB and 10 MB to show that time grows linearly with the input.
//!
//! The text is the real articles of the shared benchmark folder (`$FACTDESK_BENCH_ARTICLES`,
//! else `../shared/bench/articles` or `../../shared/bench/articles` from the repository), else
//! the repository's `sample_articles`, repeated up to each size.
//! Run with `cargo bench --bench extract`. `extract_deep` is the same with the language model
//! (`--deep`), at 1 KB and 100 KB only.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factdesk::extract::{self, Options, segment};

const SIZES: [(&str, usize); 4] = [
    ("1KB", 1 << 10),
    ("100KB", 100 << 10),
    ("1MB", 1 << 20),
    ("10MB", 10 << 20),
];

/// All `.txt`, `.md` and `.html` files of the first corpus folder that exists, concatenated.
fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = std::env::var_os("FACTDESK_BENCH_ARTICLES")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    for dir in [
        "../shared/bench/articles",
        "../../shared/bench/articles",
        "sample_articles",
    ] {
        dirs.push(root.join(dir));
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        eprintln!("benchmark corpus: {}", dir.display());
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let text: String = paths
            .iter()
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "txt" || e == "md" || e == "html")
            })
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect::<Vec<_>>()
            .join("\n\n");
        if !text.is_empty() {
            return text;
        }
    }
    panic!("no articles found for the benchmark corpus");
}

/// `corpus` repeated and cut (at a character boundary) to `size` bytes.
fn input(corpus: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + corpus.len());
    while text.len() < size {
        text.push_str(corpus);
        text.push_str("\n\n");
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let inputs: Vec<(&str, String)> = SIZES
        .iter()
        .map(|&(label, size)| (label, input(&corpus, size)))
        .collect();

    let mut split = c.benchmark_group("split");
    for (label, text) in &inputs {
        split.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() >= 1 << 20 {
            split.sample_size(10);
        }
        split.bench_with_input(BenchmarkId::from_parameter(label), text, |b, t| {
            b.iter(|| segment::split(black_box(t)))
        });
    }
    split.finish();

    let opts = Options::default();
    let mut full = c.benchmark_group("extract");
    for (label, text) in &inputs {
        full.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() >= 1 << 20 {
            full.sample_size(10);
        }
        full.bench_with_input(BenchmarkId::from_parameter(label), text, |b, t| {
            b.iter(|| extract::extract(black_box(t), &opts))
        });
    }
    full.finish();

    // The opt-in language model (`--deep`): thousands of times slower, so only the small
    // sizes, on every core as the product runs it.
    let deep = Options {
        deep: true,
        ..Options::default()
    };
    let mut language = c.benchmark_group("extract_deep");
    language.sample_size(10);
    for (label, text) in inputs.iter().take(2) {
        language.throughput(Throughput::Bytes(text.len() as u64));
        language.bench_with_input(BenchmarkId::from_parameter(label), text, |b, t| {
            b.iter(|| extract::extract(black_box(t), &deep))
        });
    }
    language.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
