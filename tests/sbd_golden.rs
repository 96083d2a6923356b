//! The 52 English "Golden Rules" for sentence boundaries (pragmatic_segmenter, MIT; see
//! tests/data/README.md). Sentences are compared with whitespace collapsed, as
//! `../shared/tools/sbd_eval.py` does, because rules 40 and 41 expect a newline to become a space.

use std::path::Path;

use factdesk::extract::segment;
use serde::Deserialize;

#[derive(Deserialize)]
struct Rule {
    id: u32,
    text: String,
    sentences: Vec<String>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn rules(path: &Path) -> Vec<Rule> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

#[test]
fn passes_at_least_51_of_52_golden_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = rules(&dir.join("tests/data/golden_rules_en.jsonl"));
    assert_eq!(rules.len(), 52);
    let failing: Vec<u32> = rules
        .iter()
        .filter(|rule| {
            let got: Vec<String> = segment::split(&rule.text)
                .into_iter()
                .map(|span| collapse(&rule.text[span]))
                .filter(|s| !s.is_empty())
                .collect();
            let want: Vec<String> = rule.sentences.iter().map(|s| collapse(s)).collect();
            got != want
        })
        .map(|rule| rule.id)
        .collect();
    println!("failing golden rules: {failing:?}");
    assert!(
        rules.len() - failing.len() >= 51,
        "failing golden rules: {failing:?}"
    );
}

/// The copy in tests/data must stay identical to the benchmark file when `../shared` is there.
#[test]
fn the_copy_matches_the_shared_benchmark() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = dir.join("../shared/bench/sbd/golden_rules_en.jsonl");
    let Ok(original) = std::fs::read(&shared) else {
        return;
    };
    let copy = std::fs::read(dir.join("tests/data/golden_rules_en.jsonl"));
    assert_eq!(copy.ok(), Some(original));
}
