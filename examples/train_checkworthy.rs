//! Train the embedded check-worthiness model (a logistic regression over
//! `factdesk::extract::score::features`) from the TRAIN splits in ../shared/bench/checkworthy,
//! report dev numbers, and write `src/extract/model/checkworthy.bin`.
//!
//!     cargo run --release --example train_checkworthy -- [--bench DIR] [--out FILE]
//!
//! Deterministic: the same data and options give a byte-identical model file.

use anyhow::{Context, Result, bail};
use factdesk::extract::score::features::{self, CUE_COUNT, Cue, DIM};
use factdesk::extract::score::metrics::{self, Row};
use factdesk::extract::score::model::Model;
use factdesk::extract::score::score_with;
use std::path::PathBuf;

struct Options {
    bench: PathBuf,
    out: PathBuf,
    /// Files (without `.tsv`) to train on.
    train: Vec<String>,
    epochs: usize,
    rate: f32,
    l2: f32,
    /// Weight of a CLEF training sentence relative to a CT24 one.
    clef_weight: f32,
    /// Hold out the last N documents of clef2019_t1_train as a ranking dev set.
    holdout_docs: usize,
    /// Naive-Bayes smoothing for NBSVM scaling (0 = off).
    nb: f32,
    /// Models averaged over this many shuffles.
    bags: usize,
    /// Cross-validate over the documents of clef2019_t1_train in this many folds (no model written).
    cv: usize,
    /// Dev files on which the bias is shifted so that 0.5 is the best F1 threshold.
    calibrate: Vec<String>,
}

fn parse_args() -> Result<Options> {
    let mut o = Options {
        bench: PathBuf::from("../shared/bench"),
        out: PathBuf::from("src/extract/model/checkworthy.bin"),
        train: vec!["ct24_en_train".into()],
        epochs: 6,
        rate: 0.1,
        l2: 1e-6,
        clef_weight: 1.0,
        holdout_docs: 0,
        cv: 0,
        nb: 0.0,
        bags: 1,
        calibrate: vec!["ct24_en_dev".into(), "ct24_en_devtest".into()],
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--bench" => o.bench = value()?.into(),
            "--out" => o.out = value()?.into(),
            "--train" => o.train = value()?.split(',').map(String::from).collect(),
            "--epochs" => o.epochs = value()?.parse()?,
            "--rate" => o.rate = value()?.parse()?,
            "--l2" => o.l2 = value()?.parse()?,
            "--clef-weight" => o.clef_weight = value()?.parse()?,
            "--holdout-docs" => o.holdout_docs = value()?.parse()?,
            "--cv" => o.cv = value()?.parse()?,
            "--nb" => o.nb = value()?.parse()?,
            "--bags" => o.bags = value()?.parse()?,
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

fn read(o: &Options, name: &str) -> Result<String> {
    let path = o.bench.join("checkworthy").join(format!("{name}.tsv"));
    std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
}

/// One training example: sparse features, label, weight.
struct Example {
    x: Vec<(u32, f32)>,
    y: f32,
    weight: f32,
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

/// Logistic regression by AdaGrad SGD with L2 on the touched weights, averaged over
/// `bags` shuffles; with `nb > 0` n-gram features are first scaled by their naive-Bayes
/// log-count ratio (NBSVM), which folds back into plain weights.
fn train(examples: &[&Example], o: &Options) -> Vec<f32> {
    let ratio = nb_ratios(examples, o.nb);
    let mut avg = vec![0f32; DIM];
    for bag in 0..o.bags.max(1) {
        let mut w = vec![0f32; DIM];
        let mut g2 = vec![1e-6f32; DIM];
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng =
            Rng(0x9e37_79b9_7f4a_7c15 ^ (bag as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
        for _ in 0..o.epochs {
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            for &i in &order {
                let e = examples[i];
                let z: f32 =
                    e.x.iter()
                        .map(|&(j, v)| w[j as usize] * v * ratio[j as usize])
                        .sum();
                let err = (sigmoid(z) - e.y) * e.weight;
                for &(j, v) in &e.x {
                    let j = j as usize;
                    let g = err * v * ratio[j] + o.l2 * w[j];
                    g2[j] += g * g;
                    w[j] -= o.rate * g / g2[j].sqrt();
                }
            }
        }
        for (a, (wj, r)) in avg.iter_mut().zip(w.iter().zip(&ratio)) {
            *a += wj * r / o.bags.max(1) as f32;
        }
    }
    avg
}

/// Per-slot scale: 1 for cues (and everything when `alpha` is 0), else the log-count ratio.
fn nb_ratios(examples: &[&Example], alpha: f32) -> Vec<f32> {
    let mut ratio = vec![1f32; DIM];
    if alpha <= 0.0 {
        return ratio;
    }
    let (mut p, mut q) = (vec![alpha; DIM], vec![alpha; DIM]);
    for e in examples {
        let side = if e.y > 0.5 { &mut p } else { &mut q };
        for &(j, _) in &e.x {
            side[j as usize] += 1.0;
        }
    }
    let (sp, sq): (f32, f32) = (p[CUE_COUNT..].iter().sum(), q[CUE_COUNT..].iter().sum());
    for j in CUE_COUNT..DIM {
        ratio[j] = ((p[j] / sp) / (q[j] / sq)).ln().abs().max(0.1);
    }
    ratio
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

/// The bias shift (log-odds) that maximises F1 at threshold 0.5 on the calibration files.
fn calibrate(o: &Options, weights: &[f32]) -> Result<f32> {
    let mut texts = Vec::new();
    for name in &o.calibrate {
        texts.push(read(o, name)?);
    }
    let mut rows = Vec::new();
    for (name, t) in o.calibrate.iter().zip(&texts) {
        rows.extend(metrics::parse_tsv(t).map_err(|e| anyhow::anyhow!("{name}: {e}"))?);
    }
    let mut model = Model::decode(
        &Model {
            weights: weights.to_vec(),
        }
        .encode(),
    )?;
    let base = model.weights[Cue::Bias.index()];
    let mut best = (f64::MIN, 0f32);
    for step in -60..=60 {
        let shift = step as f32 * 0.05;
        model.weights[Cue::Bias.index()] = base + shift;
        let f1 = f1_at(&rows, &scores(&model, &rows), 0.5).f1;
        // Prefer the smallest shift among equals: ties are broken towards no change.
        if f1 > best.0 + 1e-9 || (f1 > best.0 - 1e-9 && shift.abs() < best.1.abs()) {
            best = (f1, shift);
        }
    }
    Ok(best.1)
}

/// A labelled sentence of a training file, featurised once.
struct Sentence {
    file: String,
    doc: String,
    id: String,
    text: String,
    example: Example,
}

fn load(o: &Options) -> Result<Vec<Sentence>> {
    let mut files = o.train.clone();
    if (o.holdout_docs > 0 || o.cv > 0) && !files.iter().any(|f| f == CLEF_DEV) {
        files.push(CLEF_DEV.into());
    }
    let mut out = Vec::new();
    for name in &files {
        let data = read(o, name)?;
        let rows = metrics::parse_tsv(&data).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        let weight = if name.starts_with("clef") {
            o.clef_weight
        } else {
            1.0
        };
        for r in &rows {
            out.push(Sentence {
                file: name.clone(),
                doc: metrics::document(r.id).to_string(),
                id: r.id.to_string(),
                text: r.text.to_string(),
                example: Example {
                    x: featurize(r.text),
                    y: if r.label { 1.0 } else { 0.0 },
                    weight,
                },
            });
        }
        eprintln!("{name}: {} rows", rows.len());
    }
    Ok(out)
}

/// The CLEF 2019 training file doubles as a ranking dev set (held-out documents).
const CLEF_DEV: &str = "clef2019_t1_train";

fn documents(data: &[Sentence]) -> Vec<&str> {
    let mut docs: Vec<&str> = Vec::new();
    for s in data.iter().filter(|s| s.file == CLEF_DEV) {
        if !docs.contains(&s.doc.as_str()) {
            docs.push(&s.doc);
        }
    }
    docs
}

/// Train on the trained files minus the held-out documents; report ranking on the held-out ones.
fn fit_and_rank(
    o: &Options,
    data: &[Sentence],
    held: &[&str],
) -> Result<(Model, metrics::Ranking)> {
    let is_held = |s: &Sentence| s.file == CLEF_DEV && held.contains(&s.doc.as_str());
    let examples: Vec<&Example> = data
        .iter()
        .filter(|s| o.train.contains(&s.file) && !is_held(s))
        .map(|s| &s.example)
        .collect();
    let mut weights = train(&examples, o);
    if !o.calibrate.is_empty() {
        let shift = calibrate(o, &weights)?;
        weights[Cue::Bias.index()] += shift;
    }
    // Score through the quantised file, exactly as the product will.
    let model = Model::decode(&Model { weights }.encode())?;
    let held_rows: Vec<Row> = data
        .iter()
        .filter(|s| is_held(s))
        .map(|s| Row {
            id: &s.id,
            label: s.example.y > 0.5,
            text: &s.text,
        })
        .collect();
    let s = scores(&model, &held_rows);
    let ids: Vec<&str> = held_rows.iter().map(|r| r.id).collect();
    Ok((model, metrics::ranking(&ids, &labels(&held_rows), &s)))
}

fn main() -> Result<()> {
    let o = parse_args()?;
    let data = load(&o)?;
    let docs = documents(&data);
    if o.cv > 0 {
        let (mut map, mut n) = (0.0, 0);
        for fold in 0..o.cv {
            let held: Vec<&str> = docs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % o.cv == fold)
                .map(|(_, d)| *d)
                .collect();
            let (_, r) = fit_and_rank(&o, &data, &held)?;
            map += r.map * r.documents as f64;
            n += r.documents;
        }
        println!(
            "{CLEF_DEV} {}-fold by document: MAP {:.3} over {n} docs",
            o.cv,
            map / n.max(1) as f64
        );
        return Ok(());
    }
    let held = &docs[docs.len().saturating_sub(o.holdout_docs)..];
    let (model, held_ranking) = fit_and_rank(&o, &data, held)?;
    let bytes = model.encode();
    println!(
        "bias after calibration on {:?}: {:+.2}",
        o.calibrate,
        model.weights[Cue::Bias.index()]
    );

    for name in ["ct24_en_dev", "ct24_en_devtest"] {
        let data = read(&o, name)?;
        let rows = metrics::parse_tsv(&data).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        let s = scores(&model, &rows);
        let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
        let ap = metrics::ranking(&ids, &labels(&rows), &s).map;
        print!("{name}: AP {ap:.3}");
        for t in [0.3, 0.4, 0.5, 0.6] {
            let c = f1_at(&rows, &s, t);
            print!(
                " | t{t}: P {:.3} R {:.3} F1 {:.3}",
                c.precision, c.recall, c.f1
            );
        }
        println!();
    }
    if !held.is_empty() {
        let r = held_ranking;
        println!(
            "{CLEF_DEV} last {} docs (held out): MAP {:.3} R-Prec {:.3} P@10 {:.3}",
            r.documents, r.map, r.r_precision, r.p_at[1]
        );
    }
    let cues: Vec<String> = Cue::ALL
        .iter()
        .zip(&model.weights[..CUE_COUNT])
        .map(|(c, w)| format!("{c:?} {w:+.2}"))
        .collect();
    println!("cue weights: {}", cues.join(", "));
    std::fs::write(&o.out, &bytes).with_context(|| format!("writing {}", o.out.display()))?;
    eprintln!("wrote {} ({} bytes)", o.out.display(), bytes.len());
    Ok(())
}
