//! Train the embedded check-worthiness model (a logistic regression over
//! `factdesk::extract::score::features`) from the train and dev splits in
//! ../shared/bench/checkworthy, report out-of-fold dev numbers, and write
//! `src/extract/model/checkworthy.bin`.
//!
//!     cargo run --release --example train_checkworthy -- [--bench DIR] [--out FILE]
//!
//! Deterministic: the same data and options give a byte-identical model file.

use anyhow::{Context, Result, bail};
use factdesk::extract::score::features::{self, Cue, DIM};
use factdesk::extract::score::metrics::{self, Row};
use factdesk::extract::score::model::Model;
use factdesk::extract::score::score_with;
use std::path::PathBuf;

/// The CT24 dev-test split: sentences of the 2019-2020 debates, the same years as the CT24
/// test split, while train and dev are 1960-2016. It is repeated in training (see README).
const DEFAULT_TRAIN: &str = "ct24_en_train,ct24_en_dev,ct24_en_devtest*20";
const DEFAULT_CALIBRATE: &str = "ct24_en_dev,ct24_en_devtest";

struct Options {
    bench: PathBuf,
    out: PathBuf,
    /// Files (without `.tsv`) to train on, each with how many times it is repeated per epoch.
    train: Vec<(String, usize)>,
    epochs: usize,
    rate: f32,
    l2: f32,
    /// Dev files on which the bias is shifted so that 0.5 is the best F1 threshold; the ones
    /// that are also trained on are scored out of fold.
    calibrate: Vec<String>,
    folds: usize,
    /// Cross-validate over the documents of clef2019_t1_train in this many folds (no model written).
    cv: usize,
}

fn parse_train(list: &str) -> Result<Vec<(String, usize)>> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|item| match item.split_once('*') {
            Some((name, n)) => Ok((name.to_string(), n.parse().context("copies in --train")?)),
            None => Ok((item.to_string(), 1)),
        })
        .collect()
}

fn parse_args() -> Result<Options> {
    let mut o = Options {
        bench: PathBuf::from("../shared/bench"),
        out: PathBuf::from("src/extract/model/checkworthy.bin"),
        train: parse_train(DEFAULT_TRAIN)?,
        epochs: 6,
        rate: 0.1,
        l2: 1e-6,
        calibrate: DEFAULT_CALIBRATE.split(',').map(String::from).collect(),
        folds: 5,
        cv: 0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--bench" => o.bench = value()?.into(),
            "--out" => o.out = value()?.into(),
            "--train" => o.train = parse_train(&value()?)?,
            "--epochs" => o.epochs = value()?.parse()?,
            "--rate" => o.rate = value()?.parse()?,
            "--l2" => o.l2 = value()?.parse()?,
            "--folds" => o.folds = value()?.parse::<usize>()?.max(2),
            "--cv" => o.cv = value()?.parse()?,
            "--calibrate" => {
                o.calibrate = value()?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            }
            other => bail!("unknown argument {other}"),
        }
    }
    Ok(o)
}

/// One labelled sentence of a bench file, featurised once.
struct Sentence {
    file: String,
    doc: String,
    id: String,
    text: String,
    label: bool,
    x: Vec<(u32, f32)>,
    /// Times per epoch it is trained on (0: not a training sentence).
    copies: usize,
    /// Its calibration fold, if it is a calibration sentence that is also trained on.
    fold: Option<usize>,
}

fn featurize(text: &str) -> Vec<(u32, f32)> {
    let mut x = Vec::new();
    let cues = features::visit(text, |g| x.push((g.slot as u32, 1.0)));
    x.iter_mut().for_each(|(_, v)| *v = cues.gram_value);
    for cue in Cue::ALL {
        let v = cues.value[cue.index()];
        if v != 0.0 {
            x.push((cue.index() as u32, v));
        }
    }
    x
}

fn load(o: &Options) -> Result<Vec<Sentence>> {
    let mut files: Vec<&str> = o.train.iter().map(|(f, _)| f.as_str()).collect();
    files.extend(o.calibrate.iter().map(String::as_str));
    if o.cv > 0 {
        files.push(CLEF_DEV);
    }
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for name in files {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let path = o.bench.join("checkworthy").join(format!("{name}.tsv"));
        let data = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let rows = metrics::parse_tsv(&data).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        let copies = o
            .train
            .iter()
            .find(|(f, _)| f == name)
            .map_or(0, |(_, n)| *n);
        let calibrated = copies > 0 && o.calibrate.iter().any(|c| c == name);
        for (i, r) in rows.iter().enumerate() {
            out.push(Sentence {
                file: name.to_string(),
                doc: metrics::document(r.id).to_string(),
                id: r.id.to_string(),
                text: r.text.to_string(),
                label: r.label,
                x: featurize(r.text),
                copies,
                fold: calibrated.then_some(i % o.folds),
            });
        }
        eprintln!("{name}: {} rows, trained {copies}x", rows.len());
    }
    Ok(out)
}

/// A fixed xorshift generator, so shuffles are the same everywhere.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Logistic regression by AdaGrad SGD with L2 on the touched weights, each sentence visited
/// `copies` times per epoch in a fixed-seed shuffle. Returned through the quantised file
/// format, exactly as the product will score.
fn train(data: &[&Sentence], o: &Options) -> Result<Model> {
    let mut w = vec![0f32; DIM];
    let mut g2 = vec![1e-6f32; DIM];
    let mut order: Vec<usize> = (0..data.len())
        .flat_map(|i| std::iter::repeat_n(i, data[i].copies))
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..o.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        for &i in &order {
            let s = data[i];
            let z: f32 = s.x.iter().map(|&(j, v)| w[j as usize] * v).sum();
            let err = sigmoid(z) - if s.label { 1.0 } else { 0.0 };
            for &(j, v) in &s.x {
                let j = j as usize;
                let g = err * v + o.l2 * w[j];
                g2[j] += g * g;
                w[j] -= o.rate * g / g2[j].sqrt();
            }
        }
    }
    Ok(Model::from_weights(&w))
}

fn rows<'a>(data: &[&'a Sentence]) -> Vec<Row<'a>> {
    data.iter()
        .map(|s| Row {
            id: &s.id,
            label: s.label,
            text: &s.text,
        })
        .collect()
}

fn scores(model: &Model, rows: &[Row]) -> Vec<f32> {
    rows.iter()
        .map(|r| score_with(model, r.text).value)
        .collect()
}

fn labels(rows: &[Row]) -> Vec<bool> {
    rows.iter().map(|r| r.label).collect()
}

fn f1_at(rows: &[Row], s: &[f32], threshold: f32) -> metrics::Classification {
    let predicted: Vec<bool> = s.iter().map(|&v| v >= threshold).collect();
    metrics::classification(&labels(rows), &predicted)
}

/// Calibration sentences, each with the model that must score it: the model of the folds that
/// left it out if it was trained on, else the final model.
struct Held<'a> {
    rows: Vec<Row<'a>>,
    files: Vec<&'a str>,
    model: Vec<usize>,
}

/// The bias shift (log-odds) that maximises F1 at threshold 0.5 over the held-out scores.
fn best_shift(models: &mut [Model], held: &Held) -> f32 {
    let bias = Cue::Bias.index();
    let base: Vec<f32> = models.iter().map(|m| m.cues[bias]).collect();
    let mut best = (f64::MIN, 0f32);
    for step in -60..=60 {
        let shift = step as f32 * 0.05;
        for (m, b) in models.iter_mut().zip(&base) {
            m.cues[bias] = b + shift;
        }
        let s = held_scores(models, held);
        let f1 = f1_at(&held.rows, &s, 0.5).f1;
        // Prefer the smallest shift among equals: ties are broken towards no change.
        if f1 > best.0 + 1e-9 || (f1 > best.0 - 1e-9 && shift.abs() < best.1.abs()) {
            best = (f1, shift);
        }
    }
    for (m, b) in models.iter_mut().zip(&base) {
        m.cues[bias] = b + best.1;
    }
    best.1
}

fn held_scores(models: &[Model], held: &Held) -> Vec<f32> {
    held.rows
        .iter()
        .zip(&held.model)
        .map(|(r, &m)| score_with(&models[m], r.text).value)
        .collect()
}

/// Per calibration file: AP of its held-out scores and P/R/F1 at a few thresholds.
fn report(models: &[Model], held: &Held) {
    let s = held_scores(models, held);
    let mut names = held.files.clone();
    names.dedup();
    for name in names {
        let pick: Vec<usize> = (0..held.rows.len())
            .filter(|&i| held.files[i] == name)
            .collect();
        let rows: Vec<Row> = pick.iter().map(|&i| held.rows[i].clone()).collect();
        let s: Vec<f32> = pick.iter().map(|&i| s[i]).collect();
        let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
        let ap = metrics::ranking(&ids, &labels(&rows), &s).map;
        print!("{name} (held out): AP {ap:.3}");
        for t in [0.3, 0.4, 0.5, 0.6] {
            let c = f1_at(&rows, &s, t);
            print!(
                " | t{t}: P {:.3} R {:.3} F1 {:.3}",
                c.precision, c.recall, c.f1
            );
        }
        println!();
    }
}

/// The CLEF 2019 training file doubles as a ranking dev set (held-out documents).
const CLEF_DEV: &str = "clef2019_t1_train";

/// Rank held-out CLEF 2019 train documents, `k` folds by document.
fn clef_cv(o: &Options, data: &[Sentence], k: usize) -> Result<()> {
    let mut docs: Vec<&str> = Vec::new();
    for s in data.iter().filter(|s| s.file == CLEF_DEV) {
        if !docs.contains(&s.doc.as_str()) {
            docs.push(&s.doc);
        }
    }
    let (mut map, mut n) = (0.0, 0);
    for fold in 0..k {
        let held = |s: &Sentence| {
            s.file == CLEF_DEV && docs.iter().position(|d| *d == s.doc).unwrap_or(0) % k == fold
        };
        let train_on: Vec<&Sentence> = data.iter().filter(|s| s.copies > 0 && !held(s)).collect();
        let model = train(&train_on, o)?;
        let test: Vec<&Sentence> = data.iter().filter(|s| held(s)).collect();
        let rows = rows(&test);
        let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
        let r = metrics::ranking(&ids, &labels(&rows), &scores(&model, &rows));
        map += r.map * r.documents as f64;
        n += r.documents;
    }
    println!(
        "{CLEF_DEV} {k}-fold by document: MAP {:.3} over {n} docs",
        map / n.max(1) as f64
    );
    Ok(())
}

fn main() -> Result<()> {
    let o = parse_args()?;
    let data = load(&o)?;
    if o.cv > 0 {
        return clef_cv(&o, &data, o.cv);
    }
    // One model per calibration fold (trained without that fold), then the final model on all.
    let mut models = Vec::new();
    let any_folds = data.iter().any(|s| s.fold.is_some());
    for fold in 0..if any_folds { o.folds } else { 0 } {
        let train_on: Vec<&Sentence> = data
            .iter()
            .filter(|s| s.copies > 0 && s.fold != Some(fold))
            .collect();
        models.push(train(&train_on, &o)?);
        eprintln!("fold {} of {} trained", fold + 1, o.folds);
    }
    let final_index = models.len();
    models.push(train(
        &data.iter().filter(|s| s.copies > 0).collect::<Vec<_>>(),
        &o,
    )?);

    let calibration: Vec<&Sentence> = data
        .iter()
        .filter(|s| o.calibrate.contains(&s.file))
        .collect();
    let held = Held {
        rows: rows(&calibration),
        files: calibration.iter().map(|s| s.file.as_str()).collect(),
        model: calibration
            .iter()
            .map(|s| s.fold.unwrap_or(final_index))
            .collect(),
    };
    if !calibration.is_empty() {
        let shift = best_shift(&mut models, &held);
        println!(
            "bias shift from calibration on {:?}: {shift:+.2}",
            o.calibrate
        );
        report(&models, &held);
    }
    let model = &models[final_index];
    let cues: Vec<String> = Cue::ALL
        .iter()
        .zip(&model.cues)
        .map(|(c, w)| format!("{c:?} {w:+.2}"))
        .collect();
    println!("cue weights: {}", cues.join(", "));
    let bytes = model.encode();
    std::fs::write(&o.out, &bytes).with_context(|| format!("writing {}", o.out.display()))?;
    eprintln!("wrote {} ({} bytes)", o.out.display(), bytes.len());
    Ok(())
}
