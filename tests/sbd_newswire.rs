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

/// The real articles of the shared benchmark (when `../shared` is beside the repository, or
/// `$FACTDESK_SHARED` names the shared folder):
/// every span is trimmed and non-empty, spans are in order and only whitespace (or, in
/// transcripts, a `SPEAKER:` label) lies between them.
#[test]
fn bench_articles_lose_no_text() {
    let shared = std::env::var_os("FACTDESK_SHARED").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        std::path::PathBuf::from,
    );
    let dir = shared.join("bench/articles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut checked = 0;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let Ok(body) = std::fs::read_to_string(&path) else {
            continue;
        };
        checked += 1;
        let transcript = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("transcript_"));
        let spans = if transcript {
            segment::split_transcript(&body)
        } else {
            segment::split(&body)
        };
        let mut last = 0;
        for span in &spans {
            assert!(
                span.start >= last && span.start < span.end,
                "{path:?} {span:?}"
            );
            let gap = body[last..span.start].trim();
            let label_only = transcript && gap.ends_with(':') && !gap.contains('\n');
            assert!(gap.is_empty() || label_only, "{path:?}: text lost: {gap:?}");
            let text = &body[span.clone()];
            assert_eq!(text, text.trim(), "{path:?}");
            last = span.end;
        }
        assert!(
            body[last..].trim().is_empty(),
            "{path:?}: text lost at the end"
        );
    }
    assert!(checked > 0, "no articles in {}", dir.display());
}
