//! `factdesk-eval` end to end on a tiny benchmark folder of our own.

use std::process::Command;

fn eval(args: &[&str], dir: &std::path::Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk-eval"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run factdesk-eval");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A working folder with `bench/articles/a.txt` holding `article` and an empty `eval/`.
fn bench_with_article(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let articles = dir.path().join("bench/articles");
    std::fs::create_dir_all(&articles).expect("articles dir");
    std::fs::create_dir_all(dir.path().join("eval")).expect("eval dir");
    std::fs::write(articles.join("a.txt"), article).expect("write article");
    dir
}

#[test]
fn missing_files_are_reported_per_section() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ok, out) = eval(&["--bench", "nowhere"], dir.path());
    assert!(ok, "{out}");
    assert!(out.contains("| golden rules (en) | missing:"), "{out}");
    assert!(
        out.contains("| clef2019_t1_test | test | missing:"),
        "{out}"
    );
    assert!(out.contains("| ct24_en_test | test | missing:"), "{out}");
    assert!(out.contains("missing or unreadable"), "{out}");
}

#[test]
fn metrics_and_predictions_for_a_small_benchmark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bench = dir.path().join("bench/checkworthy");
    std::fs::create_dir_all(&bench).expect("bench dir");
    // One debate with a clear claim and two pleasantries; the claim must rank first (MAP 1).
    let clef = "id\tlabel\ttext\n\
                d1:1\t0\tThank you very much.\n\
                d1:2\t1\tWe lost 700,000 manufacturing jobs since 2001.\n\
                d1:3\t0\tGood evening, everyone.\n";
    std::fs::write(bench.join("clef2019_t1_test.tsv"), clef).expect("write");
    let ct24 = "id\tlabel\ttext\n1\t1\tUnemployment fell to 3.4 percent in January.\n\
                2\t0\tWhat would you do?\n";
    std::fs::write(bench.join("ct24_en_test.tsv"), ct24).expect("write");
    let (ok, out) = eval(
        &["--bench", "bench", "--write-predictions", "preds"],
        dir.path(),
    );
    assert!(ok, "{out}");
    let row = out.lines().find(|l| l.starts_with("| clef2019_t1_test |"));
    assert!(
        row.is_some_and(|r| r.contains("| 3 | 1.000 | 1.000 |")),
        "{out}"
    );
    let row = out.lines().find(|l| l.starts_with("| ct24_en_test |"));
    assert!(
        row.is_some_and(|r| r.ends_with("| 1.000 | 1.000 | 1.000 |")),
        "{out}"
    );
    let preds = std::fs::read_to_string(dir.path().join("preds/clef2019_t1_test.pred.tsv"))
        .expect("predictions written");
    let ids: Vec<&str> = preds.lines().filter_map(|l| l.split('\t').next()).collect();
    assert_eq!(ids, ["d1:1", "d1:2", "d1:3"]);
}

#[test]
fn held_out_news_paths_are_relative_to_the_bench_folder() {
    let dir = bench_with_article(
        "Unemployment fell to 3.4 percent in January, the ministry said. Thank you.\n",
    );
    std::fs::write(
        dir.path().join("eval/news_heldout.tsv"),
        "file\tclaim\tkind\tspeaker\ttext\n\
         articles/a.txt\t1\tquantity\tministry\tUnemployment fell to 3.4 percent in January, the ministry said.\n\
         articles/a.txt\t0\tnot_a_claim\t\tThank you.\n\
         articles/a.txt\t0\tnot_a_claim\t\tA sentence that is not in the article.\n",
    )
    .expect("write labels");
    let (ok, out) = eval(&["--bench", "bench"], dir.path());
    assert!(ok, "{out}");
    let section = out
        .split("## Real news, held-out set")
        .nth(1)
        .unwrap_or_default();
    assert!(section.contains("| labelled rows | 3 |"), "{out}");
    assert!(
        section.contains("| rows matched to an extracted sentence | 2 |"),
        "{out}"
    );
    assert!(section.contains("| rows not matched | 1 |"), "{out}");
}

#[test]
fn dev3_errors_are_printed_and_held_out_errors_refused() {
    let dir =
        bench_with_article("Unemployment fell to 3.4 percent in January, the ministry said.\n");
    let labels = "file\tclaim\tkind\tspeaker\ttext\n\
                  articles/a.txt\t1\tquantity\tagency\tUnemployment fell to 3.4 percent in January, the ministry said.\n";
    for name in ["news_real_dev3.tsv", "news_heldout.tsv"] {
        std::fs::write(dir.path().join("eval").join(name), labels).expect("write labels");
    }
    let (ok, out) = eval(&["--bench", "bench", "--errors", "real-dev3"], dir.path());
    assert!(ok, "{out}");
    assert!(
        out.contains("speaker: want \"agency\" got \"ministry\""),
        "{out}"
    );
    assert!(out.contains("1 of 1 rows differ"), "{out}");
    for held_out in ["heldout", "synthetic-heldout"] {
        let (ok, out) = eval(&["--bench", "bench", "--errors", held_out], dir.path());
        assert!(!ok && out.is_empty(), "{held_out}: {out}");
    }
    // A held-out file is refused by path too, whichever option names it.
    let refused_by_path = |set: &str, option: &str, path: &str| {
        let (ok, out) = eval(
            &["--bench", "bench", "--errors", set, option, path],
            dir.path(),
        );
        assert!(!ok && out.is_empty(), "{path}: {out}");
    };
    refused_by_path("real-dev3", "--real-dev3", "eval/news_heldout.tsv");
    // The fictional sets: each `synth_dev*.tsv` is a dev set (paths from the working
    // directory); the held-out one is refused by name and by path.
    std::fs::create_dir_all(dir.path().join("eval/synthetic")).expect("mkdir");
    let fictional = labels.replace("articles/a.txt", "bench/articles/a.txt");
    for name in ["synth_dev2.tsv", "synth_heldout.tsv"] {
        let path = dir.path().join("eval/synthetic").join(name);
        std::fs::write(path, &fictional).expect("write labels");
    }
    let (ok, out) = eval(
        &["--bench", "bench", "--errors", "synthetic-dev2"],
        dir.path(),
    );
    assert!(ok, "{out}");
    assert!(out.contains("1 of 1 rows differ"), "{out}");
    refused_by_path(
        "real-dev4",
        "--real-dev4",
        "eval/synthetic/synth_heldout.tsv",
    );
    // More real news in eval/real: `dev5.tsv` is read, `heldout2.tsv` is refused both ways.
    std::fs::create_dir_all(dir.path().join("eval/real")).expect("mkdir");
    for name in ["dev5.tsv", "heldout2.tsv"] {
        let path = dir.path().join("eval/real").join(name);
        std::fs::write(path, &fictional).expect("write labels");
    }
    let (ok, out) = eval(&["--bench", "bench", "--errors", "real-dev5"], dir.path());
    assert!(ok && out.contains("1 of 1 rows differ"), "{out}");
    let (ok, out) = eval(&["--bench", "bench", "--errors", "heldout2"], dir.path());
    assert!(!ok && out.is_empty(), "{out}");
    refused_by_path("real-dev4", "--real-dev4", "eval/real/heldout2.tsv");
}

#[test]
fn agreement_compares_a_second_labelling_row_by_row() {
    let dir = bench_with_article("Unemployment fell to 3.4 percent, the ministry said. Thanks.\n");
    std::fs::create_dir_all(dir.path().join("eval/real/agreement")).expect("mkdir");
    let first = "file\tclaim\tkind\tspeaker\ttext\n\
                 bench/articles/a.txt\t1\tquantity\tministry\tUnemployment fell to 3.4 percent, the ministry said.\n\
                 bench/articles/a.txt\t0\tnot_a_claim\t\tThanks.\n";
    // A different speaker label for the same speaker: strictly different, compatible names.
    let second = first.replace("\tministry\t", "\tLabour Ministry\t");
    std::fs::write(dir.path().join("eval/real/dev5.tsv"), first).expect("write");
    std::fs::write(dir.path().join("eval/real/agreement/dev5_b.tsv"), second).expect("write");
    let (ok, out) = eval(&["--bench", "bench"], dir.path());
    assert!(ok, "{out}");
    assert!(
        out.contains("| dev5 | 2 | 2 = 100.0% | 1 = 50.0% | 2 = 100.0% | 1/1 = 100.0% |"),
        "{out}"
    );
}
