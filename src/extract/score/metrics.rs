//! Check-worthiness metrics as the CLEF CheckThat! labs define them, and the benchmark TSV
//! format (`id<TAB>label<TAB>text`). Pure functions: callers read the files.

/// One labelled sentence of a benchmark file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub id: &'a str,
    pub label: bool,
    pub text: &'a str,
}

/// Parse a benchmark TSV, skipping the header and blank lines. Errors name the 1-based line.
pub fn parse_tsv(data: &str) -> Result<Vec<Row<'_>>, String> {
    let mut rows = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (id, label, text) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
        let label = match label.map(str::trim) {
            Some("1") => true,
            Some("0") => false,
            _ if n == 0 => continue,
            other => return Err(format!("line {}: bad label {:?}", n + 1, other)),
        };
        let id = id.unwrap_or("").trim();
        rows.push(Row { id, label, text });
    }
    Ok(rows)
}

/// The document of a CLEF id (`doc:line`); ids without `:` all belong to one ranking.
pub fn document(id: &str) -> &str {
    id.rsplit_once(':').map_or("", |(d, _)| d)
}

/// Ranking metrics averaged over documents that have at least one positive.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Ranking {
    pub map: f64,
    pub r_precision: f64,
    pub p_at: [f64; 3],
    pub documents: usize,
}

/// `P@k` cut-offs reported in [`Ranking::p_at`].
pub const KS: [usize; 3] = [5, 10, 20];

/// MAP, R-precision and P@5/10/20 over the documents of `labels` (in file order), ranked by
/// `scores`; ties keep file order, like the official scorer with `--tie-break order`.
pub fn ranking(ids: &[&str], labels: &[bool], scores: &[f32]) -> Ranking {
    let mut docs: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let d = document(id);
        match docs.iter_mut().find(|(name, _)| *name == d) {
            Some((_, rows)) => rows.push(i),
            None => docs.push((d, vec![i])),
        }
    }
    let mut out = Ranking::default();
    for (_, mut rows) in docs {
        // Stable sort: equal scores stay in file order.
        rows.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
        let ranked: Vec<bool> = rows.iter().map(|&i| labels[i]).collect();
        let positives = ranked.iter().filter(|&&l| l).count();
        if positives == 0 {
            continue;
        }
        out.documents += 1;
        out.map += average_precision(&ranked);
        out.r_precision += hits(&ranked, positives) as f64 / positives as f64;
        for (p, k) in out.p_at.iter_mut().zip(KS) {
            *p += hits(&ranked, k) as f64 / k as f64;
        }
    }
    if out.documents > 0 {
        let n = out.documents as f64;
        out.map /= n;
        out.r_precision /= n;
        out.p_at.iter_mut().for_each(|p| *p /= n);
    }
    out
}

fn hits(ranked: &[bool], k: usize) -> usize {
    ranked.iter().take(k).filter(|&&l| l).count()
}

/// Average precision of labels already in ranked order (0 when there is no positive).
pub fn average_precision(ranked: &[bool]) -> f64 {
    let mut found = 0usize;
    let mut total = 0.0;
    for (i, _) in ranked.iter().enumerate().filter(|(_, l)| **l) {
        found += 1;
        total += found as f64 / (i + 1) as f64;
    }
    if found == 0 {
        0.0
    } else {
        total / found as f64
    }
}

/// Precision, recall and F1 of the positive class with `score >= threshold` as positive.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Classification {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn classification(labels: &[bool], predicted: &[bool]) -> Classification {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (&l, &p) in labels.iter().zip(predicted) {
        match (l, p) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Classification {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_precision_by_hand() {
        assert_eq!(
            average_precision(&[true, false, true]),
            (1.0 + 2.0 / 3.0) / 2.0
        );
        assert_eq!(average_precision(&[false, false]), 0.0);
    }

    #[test]
    fn ranking_is_per_document_and_skips_documents_without_positives() {
        let ids = ["a:1", "a:2", "b:1", "b:2", "c:1"];
        let labels = [false, true, true, false, false];
        let scores = [0.9, 0.1, 0.5, 0.5, 0.3];
        let r = ranking(&ids, &labels, &scores);
        assert_eq!(r.documents, 2);
        // a: positive ranked second (AP 0.5); b: tie kept in file order, positive first (AP 1).
        assert_eq!(r.map, 0.75);
        assert_eq!(r.r_precision, 0.5);
        assert_eq!(r.p_at[0], (1.0 / 5.0 + 1.0 / 5.0) / 2.0);
    }

    #[test]
    fn classification_counts_the_positive_class() {
        let c = classification(&[true, true, false, false], &[true, false, true, false]);
        assert_eq!((c.precision, c.recall, c.f1), (0.5, 0.5, 0.5));
        assert_eq!(classification(&[true], &[false]).f1, 0.0);
    }

    #[test]
    fn tsv_parsing() {
        let rows = parse_tsv("id\tlabel\ttext\nd:1\t1\tHello\tthere\n\nd:2\t0\t\n");
        assert_eq!(
            rows,
            Ok(vec![
                Row {
                    id: "d:1",
                    label: true,
                    text: "Hello\tthere"
                },
                Row {
                    id: "d:2",
                    label: false,
                    text: ""
                },
            ])
        );
        assert!(parse_tsv("id\tlabel\ttext\nx\tmaybe\tt").is_err());
    }
}
