//! Prints every extraction number as Markdown tables: sentence boundaries (golden rules and the
//! newswire set), check-worthiness on the CLEF CheckThat! benchmarks, and claims, kinds and
//! speakers on the hand-labelled news sets (our sample articles, and real news from the bench
//! folder labelled without looking at factdesk's output, in four dev sets and a held-out set;
//! more real news collected and labelled by helpers, and fictional articles written and
//! labelled by helpers, each in dev sets and held-out sets), and how often two labellers agree
//! on the sets labelled twice (`eval/real/agreement/`).
//! See eval/README.md.
//!
//!     cargo run --release --bin factdesk-eval -- [--bench DIR] [--write-predictions DIR]
//!     cargo run --release --bin factdesk-eval -- --errors real-dev   # rows factdesk gets wrong

use anyhow::{Context, Result};
use clap::Parser;
use factdesk::article;
use factdesk::extract::score::metrics::{self, Row};
use factdesk::extract::{self, Kind, Options, kind, score, segment};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(
    version,
    about = "Evaluate factdesk's extraction on the benchmark files"
)]
struct Args {
    /// The shared benchmark folder (with sbd/ and checkworthy/).
    #[arg(long, default_value = "../shared/bench")]
    bench: PathBuf,
    /// Also write `id<TAB>score` prediction files here, for checkworthy_eval.py.
    #[arg(long)]
    write_predictions: Option<PathBuf>,
    /// The hand-labelled news set (file paths relative to the working directory).
    #[arg(long, default_value = "eval/news_labels.tsv")]
    labels: PathBuf,
    /// Real news labelled blind, read while fixing errors (file paths relative to --bench).
    #[arg(long, default_value = "eval/news_real_dev.tsv")]
    real_dev: PathBuf,
    /// A second set of real news labelled blind, read while fixing errors (file paths relative
    /// to --bench).
    #[arg(long, default_value = "eval/news_real_dev2.tsv")]
    real_dev2: PathBuf,
    /// A third set of real news labelled blind: the first held-out set, read for errors after it
    /// showed a regression (file paths relative to --bench).
    #[arg(long, default_value = "eval/news_real_dev3.tsv")]
    real_dev3: PathBuf,
    /// A fourth set of real news labelled blind, measured once before its errors were read
    /// (file paths relative to --bench).
    #[arg(long, default_value = "eval/news_real_dev4.tsv")]
    real_dev4: PathBuf,
    /// Real news labelled blind and never read for errors (file paths relative to --bench).
    #[arg(long, default_value = "eval/news_heldout.tsv")]
    heldout: PathBuf,
    /// More real news, collected and labelled blind by helpers (file paths relative to the
    /// working directory): each `devN.tsv` here is a dev set, read while fixing errors; each
    /// `heldoutN.tsv` is never read for errors.
    #[arg(long, default_value = "eval/real")]
    real: PathBuf,
    /// Fictional articles written and labelled blind by helpers (file paths relative to the
    /// working directory): each `synth_dev*.tsv` here is a dev set, read while fixing errors;
    /// each `synth_heldout*.tsv` is never read for errors.
    #[arg(long, default_value = "eval/synthetic")]
    synthetic: PathBuf,
    /// Score with the language model (`--deep` in factdesk) instead of the linear model.
    /// Takes minutes: it runs a transformer over some 30,000 benchmark sentences.
    #[arg(long)]
    deep: bool,
    /// Print only the rows where factdesk disagrees with one labelled set: `labels`,
    /// `real-dev`, `real-dev2`, `real-dev3`, `real-dev4`, `real-dev5` … (one per `--real`
    /// `dev*.tsv`), `synthetic-dev`, `synthetic-dev2` … (one per `synth_dev*.tsv`). The
    /// held-out sets are refused.
    #[arg(long, value_name = "SET")]
    errors: Option<String>,
    /// Claim threshold for P/R/F1.
    #[arg(long, default_value_t = extract::DEFAULT_THRESHOLD)]
    threshold: f32,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if let Some(set) = &args.errors {
        return errors(&args, set);
    }
    if let Some(dir) = &args.write_predictions {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    sentence_boundaries(&args);
    checkworthiness(&args)?;
    for set in news_sets(&args) {
        news(&set.title, &set.path, &set.root, args.deep);
    }
    agreement(&args.real.join("agreement"), &args.real);
    Ok(())
}

/// How often two labellers agree: each `SET_b.tsv` in `dir` labels the sentences of
/// `real/SET.tsv` a second time, blind, so the news numbers have a ceiling to be read against.
fn agreement(dir: &Path, real: &Path) {
    let mut pairs: Vec<(String, PathBuf)> = label_files(dir)
        .into_iter()
        .filter_map(|(stem, path)| Some((stem.strip_suffix("_b")?.to_string(), path)))
        .collect();
    if pairs.is_empty() {
        return;
    }
    pairs.sort();
    println!(
        "## Agreement between two blind labellers ({})\n",
        dir.display()
    );
    println!(
        "| set | rows | claim | speaker | speaker, compatible names | kind (rows both call claims) |\n|---|---|---|---|---|---|"
    );
    for (set, second) in pairs {
        let first = real.join(format!("{set}.tsv"));
        let (Ok(a), Ok(b)) = (read_labels(&first), read_labels(&second)) else {
            println!("| {set} | unreadable | | | |");
            continue;
        };
        if a.len() != b.len() || a.iter().zip(&b).any(|(x, y)| x.text != y.text) {
            println!("| {set} | the two files label different sentences | | | |");
            continue;
        }
        let same =
            |f: &dyn Fn(&Label, &Label) -> bool| a.iter().zip(&b).filter(|(x, y)| f(x, y)).count();
        let claims = same(&|x, y| x.claim == y.claim);
        let speakers = same(&|x, y| x.speaker == y.speaker);
        let compatible = same(&|x, y| compatible_names(&x.speaker, &y.speaker));
        let both = same(&|x, y| x.claim && y.claim);
        let kinds = same(&|x, y| x.claim && y.claim && x.kind == y.kind);
        let n = a.len();
        let pct = |k: usize, n: usize| 100.0 * k as f64 / n.max(1) as f64;
        println!(
            "| {set} | {n} | {claims} = {:.1}% | {speakers} = {:.1}% | {compatible} = {:.1}% | {kinds}/{both} = {:.1}% |",
            pct(claims, n),
            pct(speakers, n),
            pct(compatible, n),
            pct(kinds, both)
        );
    }
    println!();
}

/// One hand-labelled set of news sentences.
struct NewsSet {
    title: String,
    /// Its name for `--errors`.
    name: String,
    path: PathBuf,
    /// What the label file's paths are relative to.
    root: PathBuf,
    /// Measured blind: never read for errors.
    held_out: bool,
}

fn news_sets(args: &Args) -> Vec<NewsSet> {
    let set = |title: &str, name: &str, path: &Path, root: &Path, held_out| NewsSet {
        title: title.to_string(),
        name: name.to_string(),
        path: path.to_path_buf(),
        root: root.to_path_buf(),
        held_out,
    };
    let (bench, here) = (args.bench.as_path(), Path::new(""));
    let mut sets = vec![
        set(
            "Hand-labelled news set",
            "labels",
            &args.labels,
            here,
            false,
        ),
        set(
            "Real news, dev half",
            "real-dev",
            &args.real_dev,
            bench,
            false,
        ),
        set(
            "Real news, second dev set",
            "real-dev2",
            &args.real_dev2,
            bench,
            false,
        ),
        set(
            "Real news dev 3",
            "real-dev3",
            &args.real_dev3,
            bench,
            false,
        ),
        set(
            "Real news dev 4",
            "real-dev4",
            &args.real_dev4,
            bench,
            false,
        ),
        set(
            "Real news, held-out set",
            "heldout",
            &args.heldout,
            bench,
            true,
        ),
    ];
    // `eval/real/dev5.tsv` …, `eval/real/heldout2.tsv` …, then `synth_dev.tsv`,
    // `synth_dev2.tsv` … in order, then `synth_heldout.tsv`, `synth_heldout2.tsv` …
    for (dir, prefix, held_out, title, name) in [
        (&args.real, "dev", false, "Real news dev", "real-dev"),
        (
            &args.real,
            "heldout",
            true,
            "Real news, held-out set",
            "heldout",
        ),
        (
            &args.synthetic,
            "synth_dev",
            false,
            "Fictional news, dev set",
            "synthetic-dev",
        ),
        (
            &args.synthetic,
            "synth_heldout",
            true,
            "Fictional news, held-out set",
            "synthetic-heldout",
        ),
    ] {
        for (n, path) in numbered(dir, prefix) {
            let (title, name) = match n {
                1 => (title.to_string(), name.to_string()),
                n => (format!("{title} {n}"), format!("{name}{n}")),
            };
            sets.push(set(&title, &name, &path, here, held_out));
        }
    }
    sets
}

/// The `PREFIX.tsv`, `PREFIX2.tsv` … files in `dir`, numbered (1 for none) and in order.
fn numbered(dir: &Path, prefix: &str) -> Vec<(u32, PathBuf)> {
    let mut found: Vec<(u32, PathBuf)> = label_files(dir)
        .into_iter()
        .filter_map(|(stem, path)| {
            let number = stem.strip_prefix(prefix)?;
            let n = if number.is_empty() {
                1
            } else {
                number.parse().ok()?
            };
            Some((n, path))
        })
        .collect();
    found.sort();
    found
}

/// The `.tsv` files in `dir` (none if it cannot be read), each with its name's stem.
fn label_files(dir: &Path) -> Vec<(String, PathBuf)> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let stem = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "tsv").then_some((stem, path))
        })
        .collect()
}

/// Collapse runs of whitespace to one space and trim.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Deserialize)]
struct SbdCase {
    id: u32,
    text: String,
    sentences: Vec<String>,
}

fn sentence_boundaries(args: &Args) {
    println!("## Sentence boundaries\n");
    println!("| set | passed | failing ids |\n|---|---|---|");
    let golden = [
        PathBuf::from("tests/data/golden_rules_en.jsonl"),
        args.bench.join("sbd/golden_rules_en.jsonl"),
    ];
    let newswire = [PathBuf::from("tests/data/newswire_sbd.jsonl")];
    for (name, candidates) in [
        ("golden rules (en)", &golden[..]),
        ("newswire", &newswire[..]),
    ] {
        let Some(path) = candidates.iter().find(|p| p.exists()) else {
            println!("| {name} | missing: {} | |", candidates[0].display());
            continue;
        };
        match sbd_cases(path) {
            Ok(cases) => {
                let failing: Vec<String> = cases
                    .iter()
                    .filter(|c| {
                        let got: Vec<String> = segment::split(&c.text)
                            .into_iter()
                            .map(|span| collapse(&c.text[span]))
                            .filter(|s| !s.is_empty())
                            .collect();
                        let want: Vec<String> = c.sentences.iter().map(|s| collapse(s)).collect();
                        got != want
                    })
                    .map(|c| c.id.to_string())
                    .collect();
                let passed = cases.len() - failing.len();
                println!(
                    "| {name} | {passed}/{} | {} |",
                    cases.len(),
                    failing.join(", ")
                );
            }
            Err(e) => println!("| {name} | error: {e:#} | |"),
        }
    }
    println!();
}

fn sbd_cases(path: &Path) -> Result<Vec<SbdCase>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), n + 1))
        })
        .collect()
}

/// Benchmark files in the order of the table; `true` for the test splits.
const BENCHES: [(&str, bool); 5] = [
    ("clef2019_t1_test", true),
    ("clef2020_t5_test", true),
    ("ct24_en_test", true),
    ("ct24_en_dev", false),
    ("ct24_en_devtest", false),
];

fn checkworthiness(args: &Args) -> Result<()> {
    let model = if args.deep {
        let model = score::language::LanguageModel::embedded()
            .map_err(|e| anyhow::anyhow!("language model: {e}"))?;
        println!("## Check-worthiness (language model, --deep)\n");
        Some(model)
    } else {
        println!("## Check-worthiness (embedded linear model)\n");
        None
    };
    println!(
        "| file | split | rows | MAP | R-Prec | P@5 | P@10 | P@20 | P | R | F1 (t={}) |",
        args.threshold
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, test) in BENCHES {
        let path = args.bench.join("checkworthy").join(format!("{name}.tsv"));
        let split = match (test, args.deep) {
            (true, _) => "test",
            (false, false) => "dev, trained on",
            (false, true) => "dev, threshold set on it",
        };
        let data = match std::fs::read_to_string(&path) {
            Ok(d) => d,
            Err(e) => {
                println!(
                    "| {name} | {split} | missing: {} ({e}) | | | | | | | | |",
                    path.display()
                );
                continue;
            }
        };
        let rows = match metrics::parse_tsv(&data) {
            Ok(rows) => rows,
            Err(e) => {
                println!("| {name} | {split} | bad file: {e} | | | | | | | | |");
                continue;
            }
        };
        let scores: Vec<f32> = match model {
            Some(model) => {
                let texts: Vec<&str> = rows.iter().map(|r| r.text).collect();
                let logits = model.logits(&texts);
                texts
                    .iter()
                    .zip(logits)
                    .map(|(text, logit)| score::score_with_language(text, logit).value)
                    .collect()
            }
            None => rows.iter().map(|r| score::score(r.text).value).collect(),
        };
        if let Some(dir) = &args.write_predictions {
            write_predictions(&dir.join(format!("{name}.pred.tsv")), &rows, &scores)?;
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
        let labels: Vec<bool> = rows.iter().map(|r| r.label).collect();
        let predicted: Vec<bool> = scores.iter().map(|&s| s >= args.threshold).collect();
        let r = metrics::ranking(&ids, &labels, &scores);
        let c = metrics::classification(&labels, &predicted);
        println!(
            "| {name} | {split} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            rows.len(),
            r.map,
            r.r_precision,
            r.p_at[0],
            r.p_at[1],
            r.p_at[2],
            c.precision,
            c.recall,
            c.f1
        );
    }
    println!(
        "\nCLEF rows: MAP over debates (documents without a positive left out); CT24 rows: one \
         ranking over the file. Ties keep file order. Linear model: the dev rows are in-sample (it is \
         trained on them); the trainer prints their out-of-fold numbers. Language model: trained \
         on CT24 train only; its threshold was set on the two dev rows.\n"
    );
    Ok(())
}

fn write_predictions(path: &Path, rows: &[Row], scores: &[f32]) -> Result<()> {
    let mut out = String::new();
    for (r, s) in rows.iter().zip(scores) {
        out.push_str(&format!("{}\t{s}\n", r.id));
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// One row of eval/news_labels.tsv.
struct Label {
    file: String,
    claim: bool,
    kind: Option<Kind>,
    speaker: String,
    text: String,
}

fn read_labels(path: &Path) -> Result<Vec<Label>> {
    let data = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(5, '\t').collect();
        let [file, claim, kind, speaker, text] = cols[..] else {
            anyhow::bail!("{}:{}: expected 5 columns", path.display(), n + 1);
        };
        let claim = match claim.trim().to_ascii_lowercase().as_str() {
            "1" | "yes" | "true" | "y" => true,
            "0" | "no" | "false" | "n" => false,
            other => anyhow::bail!("{}:{}: bad claim value {other:?}", path.display(), n + 1),
        };
        out.push(Label {
            file: file.trim().to_string(),
            claim,
            kind: Kind::parse(kind.trim()),
            speaker: speaker.trim().to_string(),
            text: collapse(text),
        });
    }
    Ok(out)
}

/// An extracted sentence: normalised text, claim, speaker ("" for none).
type Extracted = (String, bool, String);

fn extracted(path: &Path, deep: bool) -> Result<Vec<Extracted>> {
    let a = article::load_path(path, None)?;
    let opts = Options {
        transcript: a.format == article::Format::Transcript,
        headline: a.meta.title.clone(),
        deep,
        ..Options::default()
    };
    Ok(extract::extract(&a.body, &opts)
        .into_iter()
        .map(|s| {
            let speaker = s.speaker.as_deref().unwrap_or("").trim().to_string();
            (collapse(&a.body[s.start..s.end]), s.claim, speaker)
        })
        .collect())
}

/// What factdesk says about one labelled row; `None` fields when the row matched no sentence.
struct Compared<'a> {
    label: &'a Label,
    claim: Option<bool>,
    speaker: Option<String>,
    /// `kind::classify` on the row's text, for rows labelled as claims.
    kind: Option<Kind>,
}

/// Each labelled row beside what factdesk extracts from its file (paths relative to `root`),
/// and the files that could not be read.
fn compare<'a>(labels: &'a [Label], root: &Path, deep: bool) -> (Vec<Compared<'a>>, Vec<String>) {
    let mut files: Vec<(String, Result<Vec<Extracted>>)> = Vec::new();
    let mut rows = Vec::new();
    for l in labels {
        if !files.iter().any(|(f, _)| *f == l.file) {
            files.push((l.file.clone(), extracted(&root.join(&l.file), deep)));
        }
        let found = files
            .iter()
            .find(|(f, _)| *f == l.file)
            .and_then(|(_, s)| s.as_ref().ok())
            .and_then(|s| s.iter().find(|(text, ..)| *text == l.text));
        rows.push(Compared {
            label: l,
            claim: found.map(|(_, claim, _)| *claim),
            speaker: found.map(|(.., speaker)| speaker.clone()),
            kind: l.claim.then(|| kind::classify(&l.text)),
        });
    }
    let unreadable = files
        .into_iter()
        .filter_map(|(f, r)| r.err().map(|e| format!("{f}: {e}")))
        .collect();
    (rows, unreadable)
}

/// Claims, speakers and kinds on a labelled news set whose file paths are relative to `root`.
fn news(title: &str, path: &Path, root: &Path, deep: bool) {
    println!("## {title} ({})\n", path.display());
    let labels = match read_labels(path) {
        Ok(l) => l,
        Err(e) => {
            println!("missing or unreadable: {e:#}\n");
            return;
        }
    };
    let (rows, unreadable) = compare(&labels, root, deep);
    for line in &unreadable {
        println!("- {line}");
    }
    let (mut truth, mut predicted) = (Vec::new(), Vec::new());
    let (mut speakers_right, mut matched, mut compatible) = (0usize, 0usize, 0usize);
    let (mut kinds_right, mut kinds_total) = (0usize, 0usize);
    for r in &rows {
        let (Some(claim), Some(speaker)) = (r.claim, &r.speaker) else {
            continue;
        };
        matched += 1;
        truth.push(r.label.claim);
        predicted.push(claim);
        speakers_right += usize::from(*speaker == r.label.speaker);
        compatible += usize::from(compatible_names(speaker, &r.label.speaker));
        if let Some(kind) = r.kind {
            kinds_total += 1;
            kinds_right += usize::from(Some(kind) == r.label.kind);
        }
    }
    let c = metrics::classification(&truth, &predicted);
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("| measure | value |\n|---|---|");
    println!("| labelled rows | {} |", labels.len());
    println!("| rows matched to an extracted sentence | {matched} |");
    println!("| rows not matched | {} |", rows.len() - matched);
    println!("| claim precision | {:.3} |", c.precision);
    println!("| claim recall | {:.3} |", c.recall);
    println!("| claim F1 | {:.3} |", c.f1);
    println!(
        "| speaker accuracy (matched rows) | {speakers_right}/{matched} = {:.1}% |",
        pct(speakers_right, matched)
    );
    println!(
        "| speaker accuracy, compatible names (`WHO` for `World Health Organization`, `Trump` for `Donald Trump`) | {compatible}/{matched} = {:.1}% |",
        pct(compatible, matched)
    );
    println!(
        "| kind accuracy (labelled claims, kind::classify) | {kinds_right}/{kinds_total} = {:.1}% |",
        pct(kinds_right, kinds_total)
    );
    println!();
}

/// Two speaker labels that name the same speaker in different words, as a reviewer would
/// accept them: equal but for case and a leading `the`; one the initials of the other's
/// capitalised words (`WHO`, `World Health Organization`); or one's words all among the
/// other's, ending in the same word (`Trump`, `Donald Trump`; `officials`, `Israeli
/// officials`). No speaker is compatible only with no speaker.
fn compatible_names(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        if w.first().is_some_and(|f| f == "the") {
            w.remove(0);
        }
        w
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return wa == wb;
    }
    let initials = |s: &str| -> String {
        s.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    wa == wb
        || (a.trim() == initials(b) && wa.len() == 1)
        || (b.trim() == initials(a) && wb.len() == 1)
        || (short.last() == long.last() && short.iter().all(|w| long.contains(w)))
}

/// `--errors SET`: every row of a dev set where factdesk's claim, kind or speaker differs from
/// the label. The held-out set stays blind: it is refused by name and by path.
fn errors(args: &Args, set: &str) -> Result<()> {
    let sets = news_sets(args);
    let names: Vec<&str> = sets
        .iter()
        .filter(|s| !s.held_out)
        .map(|s| s.name.as_str())
        .collect();
    let Some(chosen) = sets.iter().find(|s| s.name == set) else {
        anyhow::bail!("unknown set {set:?}: use one of {}", names.join(", "));
    };
    if chosen.held_out {
        anyhow::bail!("{set} is a held-out set: it is never read for errors; it is measured blind");
    }
    let (path, root) = (chosen.path.as_path(), chosen.root.as_path());
    let same_file = |held: &Path| match (path.canonicalize(), held.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => path == held,
    };
    if sets.iter().any(|s| s.held_out && same_file(&s.path)) {
        anyhow::bail!(
            "{} is a held-out set; it is never read for errors",
            path.display()
        );
    }
    let labels = read_labels(path)?;
    let (rows, unreadable) = compare(&labels, root, args.deep);
    for line in &unreadable {
        println!("- {line}");
    }
    let kind_name = |k: Option<Kind>| k.map_or("?", Kind::as_str);
    let mut wrong = 0;
    for r in &rows {
        let l = r.label;
        let mut diffs = Vec::new();
        match (r.claim, &r.speaker) {
            (Some(claim), Some(speaker)) => {
                if claim != l.claim {
                    diffs.push(format!("claim: want {} got {claim}", l.claim));
                }
                if r.kind.is_some() && r.kind != l.kind {
                    diffs.push(format!(
                        "kind: want {} got {}",
                        kind_name(l.kind),
                        kind_name(r.kind)
                    ));
                }
                if *speaker != l.speaker {
                    diffs.push(format!("speaker: want {:?} got {speaker:?}", l.speaker));
                }
            }
            _ => diffs.push("no extracted sentence has this text".to_string()),
        }
        if !diffs.is_empty() {
            wrong += 1;
            println!("{}: {}\n    {}", l.file, diffs.join("; "), l.text);
        }
    }
    println!(
        "\n{wrong} of {} rows differ ({})",
        rows.len(),
        path.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatible_names_accept_other_words_for_one_speaker_only() {
        for (a, b) in [
            ("WHO", "World Health Organization"),
            ("Donald Trump", "Trump"),
            ("officials", "Israeli officials"),
            ("the police", "Police"),
            ("", ""),
        ] {
            assert!(
                compatible_names(a, b) && compatible_names(b, a),
                "{a} / {b}"
            );
        }
        for (a, b) in [
            ("Donald Trump", "Joe Biden"),
            ("second attendee", "second"),
            ("WHO", ""),
            ("Abdullahi Yusuf Ahmed", "Ahmed Yusuf"),
            ("NBA", "National Basketball League of America"),
        ] {
            assert!(
                !compatible_names(a, b) && !compatible_names(b, a),
                "{a} / {b}"
            );
        }
    }
}
