//! The binary end to end on temporary databases: import, re-import, review, history, undo.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

/// A scratch home: its own database, data and config directories, reviewer "alice".
struct Desk {
    dir: TempDir,
}

impl Desk {
    fn new() -> Desk {
        Desk {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn db(&self) -> PathBuf {
        self.path("desk.db")
    }

    fn run_as(&self, reviewer: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_factdesk"))
            .args(args)
            .env("FACTDESK_DB", self.db())
            .env("FACTDESK_REVIEWER", reviewer)
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .output()
            .unwrap()
    }

    /// Run as alice and insist on success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run_as("alice", args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A desk with the economy story imported as article 1.
    fn with_story() -> Desk {
        let desk = Desk::new();
        let file = desk.write("economy.txt", &story(PRICES));
        desk.ok(&["import", &file]);
        desk
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// The claims of article 1, by text.
    fn claim(&self, text: &str) -> Value {
        let claims = self.json(&["list", "1", "--json", "--all"]);
        claims
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["text"] == text)
            .unwrap_or_else(|| panic!("no claim {text:?} in {claims}"))
            .clone()
    }
}

const JOBS: &str = "Unemployment rose to 7.5 percent in March, the statistics office said.";
const PRICES: &str = "Consumer prices climbed 4 percent over the year to April.";
const WAGES: &str = "Average wages grew by 3 percent in the same period.";
const CALM: &str = "Officials asked people to remain calm.";

fn story(prices: &str) -> String {
    format!("{JOBS}\n\n{CALM}\n\n{prices}\n\n{WAGES}\n")
}

fn id(claim: &Value) -> String {
    claim["id"].as_i64().unwrap().to_string()
}

#[test]
fn importing_twice_adds_nothing_and_says_unchanged() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    let first = desk.ok(&["import", &file]);
    assert!(first.contains("1 new"), "{first}");
    let second = desk.ok(&["import", &file]);
    assert!(
        second.contains("1 unchanged") && second.contains("0 new"),
        "{second}"
    );
    let articles = desk.json(&["list", "--json"]);
    assert_eq!(articles.as_array().unwrap().len(), 1);
    assert_eq!(articles[0]["revision"], 1);
    // The plain listing starts each line with the article id.
    assert!(desk.ok(&["list"]).trim_start().starts_with("1 "));
}

#[test]
fn reimporting_changed_text_keeps_verdicts_and_flags_rewritten_claims() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    desk.ok(&["import", &file]);
    let jobs = desk.claim(JOBS);
    let prices = desk.claim(PRICES);
    desk.ok(&["mark", &id(&jobs), "confirmed", "--note", "ONS table 3"]);
    desk.ok(&["mark", &id(&prices), "disputed"]);

    let rewritten = "Consumer prices climbed 5 percent over the year to April.";
    desk.write("economy.txt", &story(rewritten));
    let summary = desk.ok(&["import", &file]);
    assert!(summary.contains("1 updated"), "{summary}");
    assert!(summary.contains("1 claims need re-review"), "{summary}");

    let kept = desk.claim(JOBS);
    assert_eq!(kept["id"], jobs["id"]);
    assert_eq!(kept["verdict"], "confirmed");
    assert_eq!(kept["reviewed"], true);
    assert_eq!(kept["note"], "ONS table 3");
    assert_eq!(kept["revision"], 2);
    let stale = desk.claim(rewritten);
    assert_eq!(stale["stale"], true);
    assert_eq!(stale["reviewed"], false);
    // The old wording is no longer listed.
    let listing = desk.ok(&["list", "1"]);
    assert!(!listing.contains(PRICES), "{listing}");
    let line = listing.lines().find(|l| l.contains(rewritten)).unwrap();
    assert!(
        line.trim_start().starts_with(&id(&stale)) && line.contains("stale"),
        "{line}"
    );
}

#[test]
fn mark_history_and_undo() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    desk.ok(&["import", &file]);
    let jobs = id(&desk.claim(JOBS));
    let out = desk.ok(&[
        "mark",
        &jobs,
        "disputed",
        "--note",
        "the office said 7.3",
        "--evidence",
        "https://example.org/labour-market",
    ]);
    assert!(out.contains("unreviewed -> disputed"), "{out}");
    let bob = desk.run_as("bob", &["mark", &jobs, "confirmed"]);
    assert!(bob.status.success());

    let history = desk.json(&["history", &jobs, "--json"]);
    let rows: Vec<(&str, &str)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["reviewer"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("alice", "verdict"),
            ("alice", "note"),
            ("alice", "evidence"),
            ("bob", "verdict")
        ]
    );
    let text = desk.ok(&["history", &jobs]);
    assert!(
        text.contains("bob  verdict  disputed -> confirmed"),
        "{text}"
    );

    // Undo is per reviewer, one action at a time (the decision with its note and evidence),
    // and survives between runs. Alice's verdict was overruled by bob since: that part is not
    // undone, and the output names him.
    let out = desk.ok(&["undo"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].contains("undid evidence"), "{out}");
    assert!(lines[1].contains("undid note"), "{out}");
    assert!(
        lines[2].contains("verdict") && lines[2].contains("not undone") && lines[2].contains("bob"),
        "{out}"
    );
    let claim = desk.claim(JOBS);
    assert_eq!(claim["evidence"].as_array().unwrap().len(), 0);
    assert_eq!(claim["note"], "");
    assert_eq!(desk.claim(JOBS)["verdict"], "confirmed");
    assert!(desk.ok(&["undo"]).contains("nothing to undo"));
    let bob_undo = desk.run_as("bob", &["undo"]);
    assert!(String::from_utf8_lossy(&bob_undo.stdout).contains("confirmed -> disputed"));

    let stats = desk.json(&["stats", "--json"]);
    assert_eq!(stats["articles"], 1);
    assert_eq!(stats["disputed"], 1);
}

#[test]
fn undo_refuses_to_overwrite_a_later_decision_by_someone_else() {
    let desk = Desk::with_story();
    let wages = id(&desk.claim(WAGES));
    desk.ok(&["mark", &wages, "confirmed"]);
    assert!(
        desk.run_as("bob", &["mark", &wages, "disputed"])
            .status
            .success()
    );
    let refused = desk.run_as("alice", &["undo"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8(refused.stderr).unwrap();
    assert!(
        err.starts_with("factdesk: ") && err.contains("bob"),
        "{err}"
    );
    assert_eq!(desk.claim(WAGES)["verdict"], "disputed");
}

#[test]
fn note_replaces_the_note() {
    let desk = Desk::with_story();
    let wages = id(&desk.claim(WAGES));
    desk.ok(&["note", &wages, "first"]);
    desk.ok(&["note", &wages, "second thoughts"]);
    assert_eq!(desk.claim(WAGES)["note"], "second thoughts");
}

#[test]
fn an_empty_database_file_is_migrated() {
    let desk = Desk::new();
    std::fs::write(desk.db(), b"").unwrap();
    assert!(desk.ok(&["list"]).contains("no articles yet"));
    assert_eq!(desk.json(&["stats", "--json"])["claims"], 0);
    assert!(std::fs::metadata(desk.db()).unwrap().len() > 0);
}

#[test]
fn the_default_database_lives_in_the_xdg_data_directory() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["import", &file])
        // Set but empty counts as unset.
        .env("FACTDESK_DB", "")
        .env("XDG_DATA_HOME", desk.path("data"))
        .env("XDG_CONFIG_HOME", desk.path("config"))
        .env("HOME", desk.path("home"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        Path::new(&desk.path("data"))
            .join("factdesk/factdesk.db")
            .is_file()
    );
}

#[test]
fn a_directory_is_imported_recursively() {
    let desk = Desk::new();
    std::fs::create_dir_all(desk.path("wire/2024")).unwrap();
    desk.write("wire/2024/a.txt", &story(PRICES));
    desk.write("wire/b.md", &story(WAGES));
    desk.write("wire/README.csv", "not, an, article");
    let out = desk.ok(&["import", &desk.path("wire").display().to_string()]);
    assert!(out.contains("2 files: 2 new"), "{out}");
}

#[test]
fn the_reviewer_comes_from_the_flag_before_the_environment() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    desk.ok(&["import", &file]);
    let jobs = id(&desk.claim(JOBS));
    desk.ok(&["mark", &jobs, "confirmed", "--reviewer", "carol"]);
    let history = desk.json(&["history", &jobs, "--json"]);
    assert_eq!(history[0]["reviewer"], "carol");
}

#[test]
fn paths_without_a_command_are_imported_before_the_review_screen_is_asked_for() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    // No terminal here: the import happens, then the screen refuses with one clear line.
    let out = desk.run_as("alice", &[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 new"));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("factdesk: ") && err.contains("terminal"),
        "{err}"
    );
    assert_eq!(desk.json(&["list", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn reviewers_deciding_at_the_same_moment_all_get_their_decision_saved() {
    let desk = Desk::new();
    let body: String = (1..=8)
        .map(|i| format!("Region {i} reported {i} new cases on Monday.\n\n"))
        .collect();
    let file = desk.write("cases.txt", &body);
    desk.ok(&["import", &file]);
    let claims = desk.json(&["list", "1", "--json"]);
    let ids: Vec<String> = claims.as_array().unwrap().iter().map(id).collect();
    assert_eq!(ids.len(), 8);
    let children: Vec<_> = ids
        .iter()
        .enumerate()
        .map(|(n, claim)| {
            Command::new(env!("CARGO_BIN_EXE_factdesk"))
                .args(["mark", claim, "confirmed", "--note", "checked"])
                .env("FACTDESK_DB", desk.db())
                .env("FACTDESK_REVIEWER", format!("reviewer{n}"))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let stats = desk.json(&["stats", "--json"]);
    assert_eq!(stats["reviewed"], 8);
    assert_eq!(stats["events"], 16);
    assert_eq!(stats["reviewers"].as_array().unwrap().len(), 8);
}

#[test]
fn the_same_file_reached_by_another_path_is_unchanged() {
    let desk = Desk::new();
    let file = desk.write("economy.txt", &story(PRICES));
    let relative = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["import", "economy.txt"])
        .current_dir(desk.dir.path())
        .env("FACTDESK_DB", desk.db())
        .output()
        .unwrap();
    assert!(relative.status.success());
    let again = desk.ok(&["import", &file]);
    assert!(again.contains("1 unchanged"), "{again}");
    assert_eq!(desk.json(&["list", "--json"])[0]["source"], file.as_str());
}
