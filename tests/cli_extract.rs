//! `factdesk extract`: the JSON contract of DESIGN.md and the readable listing, no database.

use std::process::{Command, Output};

use serde_json::Value;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/sample_articles/2023-05-30-moscow-drones.txt"
);

fn extract(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("extract")
        .args(args)
        // Any database use would show up here; extract must not create one.
        .env("FACTDESK_DB", dir.path().join("must-not-exist.db"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .unwrap();
    assert!(!dir.path().join("must-not-exist.db").exists());
    out
}

fn json(args: &[&str]) -> Value {
    let out = extract(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const KINDS: [&str; 7] = [
    "quantity",
    "correlation_causation",
    "rules_laws",
    "prediction",
    "personal_experience",
    "other",
    "not_a_claim",
];

/// Everything DESIGN.md promises about the shape, for any article.
fn check_contract(doc: &Value) {
    let top = doc.as_object().unwrap();
    let mut keys: Vec<&str> = top.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["body", "date", "format", "sentences", "source", "title"]
    );
    for key in ["title", "source"] {
        assert!(doc[key].is_null() || doc[key].is_string(), "{key}");
    }
    match &doc["date"] {
        Value::Null => {}
        Value::String(d) => {
            let b = d.as_bytes();
            assert!(
                b.len() == 10 && b[4] == b'-' && b[7] == b'-',
                "date {d} is not YYYY-MM-DD"
            );
        }
        other => panic!("date {other}"),
    }
    assert!(["text", "markdown", "html", "transcript"].contains(&doc["format"].as_str().unwrap()));
    let body = doc["body"].as_str().unwrap();
    let mut previous_end = 0;
    for s in doc["sentences"].as_array().unwrap() {
        let obj = s.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "claim", "end", "kind", "reasons", "score", "speaker", "start", "text"
            ]
        );
        let start = usize::try_from(s["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(s["end"].as_u64().unwrap()).unwrap();
        assert!(previous_end <= start && start < end, "spans in order");
        previous_end = end;
        assert_eq!(
            body.get(start..end),
            s["text"].as_str(),
            "body[start..end] == text"
        );
        let score = s["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(s["claim"].is_boolean());
        assert!(KINDS.contains(&s["kind"].as_str().unwrap()));
        assert!(s["speaker"].is_null() || s["speaker"].is_string());
        assert!(
            s["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string)
        );
    }
}

#[test]
fn the_seed_article_meets_the_json_contract() {
    let doc = json(&[SEED, "--json"]);
    check_contract(&doc);
    assert_eq!(doc["format"], "text");
    let sentences = doc["sentences"].as_array().unwrap();
    assert!(sentences.len() > 15, "{} sentences", sentences.len());
    assert!(
        doc["body"]
            .as_str()
            .unwrap()
            .contains("Kyiv has not commented on the incident.")
    );
}

#[test]
fn the_threshold_decides_which_sentences_are_claims() {
    let all = json(&[SEED, "--json", "--threshold", "0"]);
    assert!(
        all["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["claim"] == true)
    );
    let doc = json(&[SEED, "--json", "--threshold", "0.6"]);
    for s in doc["sentences"].as_array().unwrap() {
        assert_eq!(
            s["claim"].as_bool().unwrap(),
            s["score"].as_f64().unwrap() >= 0.6
        );
    }
}

/// `--deep` scores with the language model: the same sentences and contract, other scores,
/// each claim's reasons led by the model, and meta text still kept out of the claims.
#[test]
fn deep_scoring_keeps_the_contract_and_names_the_language_model() {
    let fast = json(&[SEED, "--json"]);
    let piped = extract(&[SEED, "--json", "--deep"]);
    assert!(piped.status.success());
    // Progress is for terminals (tests/tui_pty.rs); a pipe or log gets none.
    assert_eq!(String::from_utf8_lossy(&piped.stderr), "");
    let deep: Value = serde_json::from_slice(&piped.stdout).unwrap();
    check_contract(&deep);
    let (fast, deep) = (
        fast["sentences"].as_array().unwrap(),
        deep["sentences"].as_array().unwrap(),
    );
    assert_eq!(fast.len(), deep.len());
    let mut differ = 0;
    for (f, d) in fast.iter().zip(deep) {
        assert_eq!((&f["start"], &f["end"]), (&d["start"], &d["end"]));
        differ += usize::from(f["score"] != d["score"]);
        let reasons = d["reasons"].as_array().unwrap();
        assert_eq!(reasons[0], "language model", "{d}");
    }
    assert!(
        differ > fast.len() / 2,
        "{differ} of {} scores differ",
        fast.len()
    );
    let claims = deep.iter().filter(|s| s["claim"] == true).count();
    assert!(claims > 5, "{claims} claims");
}

#[test]
fn the_format_flag_skips_detection() {
    let doc = json(&[SEED, "--json", "--format", "transcript"]);
    check_contract(&doc);
    assert_eq!(doc["format"], "transcript");
}

#[test]
fn the_listing_shows_one_sentence_per_line_with_a_claim_marker() {
    let doc = json(&[SEED, "--json"]);
    let out = extract(&[SEED]);
    assert!(out.status.success());
    let listing = String::from_utf8(out.stdout).unwrap();
    for s in doc["sentences"].as_array().unwrap() {
        let text = s["text"].as_str().unwrap().replace('\n', " ");
        let line = listing
            .lines()
            .find(|l| l.ends_with(text.trim()))
            .unwrap_or_else(|| panic!("no line for {text:?}"));
        assert_eq!(line.starts_with('*'), s["claim"] == true, "{line}");
        assert!(line.contains(s["kind"].as_str().unwrap()), "{line}");
    }
}

#[test]
fn control_sequences_in_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hostile.txt");
    std::fs::write(
        &file,
        "The index fell 3 percent.\u{1b}]0;pwned\u{7} Then \u{1b}[2J it rose 2 percent.\n",
    )
    .unwrap();
    let out = extract(&[file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8(out.stdout).unwrap();
    assert!(
        !listing.contains('\u{1b}') && !listing.contains('\u{7}'),
        "{listing:?}"
    );
    assert!(listing.contains("percent"));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.txt");
    // Far more JSON than a pipe buffers, so the writer is still writing when the reader leaves.
    let paragraph = "Output grew 3 percent in the quarter, the agency said.\n\n";
    std::fs::write(&file, paragraph.repeat(20_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["extract", "--json", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(&first[..9], b"{\"title\":");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
