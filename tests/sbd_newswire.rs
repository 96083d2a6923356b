//! Our own newswire sentence-boundary cases (tests/data/newswire_sbd.jsonl): titles, times,
//! abbreviations, numbers, ellipses, quotes, headlines, credits, bylines and datelines. Every
//! case must split exactly into its sentences.

use std::path::Path;

use factdesk::extract::segment;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: u32,
    name: String,
    text: String,
    sentences: Vec<String>,
}

#[test]
fn every_newswire_case_splits_exactly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswire_sbd.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<Case> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<&str> = segment::split(&case.text)
            .into_iter()
            .map(|span| &case.text[span])
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "#{} {}: expected {:?}, got {got:?}",
                case.id, case.name, case.sentences
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
