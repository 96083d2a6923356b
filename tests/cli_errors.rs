//! Bad input through the binary: always one `factdesk: …` line on stderr and a non-zero exit,
//! 2 for usage mistakes and 1 for everything else; never a panic.

use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

struct Failure {
    code: Option<i32>,
    stderr: String,
}

fn fail_with_db(db: &Path, scratch: &Path, args: &[&str]) -> Failure {
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .env("FACTDESK_DB", db)
        .env("FACTDESK_REVIEWER", "alice")
        .env("XDG_CONFIG_HOME", scratch.join("config"))
        .env("XDG_DATA_HOME", scratch.join("data"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert!(!out.status.success(), "{args:?} should fail");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("factdesk: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    Failure {
        code: out.status.code(),
        stderr,
    }
}

fn scratch() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.db");
    (dir, db)
}

fn fail(args: &[&str]) -> Failure {
    let (dir, db) = scratch();
    fail_with_db(&db, dir.path(), args)
}

fn with_article(dir: &Path, db: &Path) {
    let file = dir.join("a.txt");
    std::fs::write(&file, "Inflation rose to 4 percent in May.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["import", &file.display().to_string()])
        .env("FACTDESK_DB", db)
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn an_empty_file_is_refused_by_name() {
    let (dir, db) = scratch();
    let file = dir.path().join("empty.txt");
    std::fs::write(&file, "  \n").unwrap();
    let f = fail_with_db(&db, dir.path(), &["import", &file.display().to_string()]);
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr.contains("empty.txt") && f.stderr.contains("empty"),
        "{}",
        f.stderr
    );
}

#[test]
fn a_binary_file_is_refused_by_name() {
    let (dir, db) = scratch();
    let file = dir.path().join("photo.txt");
    std::fs::write(
        &file,
        [0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe, 0x00, 0x01],
    )
    .unwrap();
    let f = fail_with_db(&db, dir.path(), &["extract", &file.display().to_string()]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("photo.txt"), "{}", f.stderr);
}

#[test]
fn other_files_are_still_imported_when_one_fails() {
    let (dir, db) = scratch();
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.txt");
    std::fs::write(&good, "Inflation rose to 4 percent in May.\n").unwrap();
    std::fs::write(&bad, "").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args([
            "import",
            &bad.display().to_string(),
            &good.display().to_string(),
        ])
        .env("FACTDESK_DB", &db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("2 files: 1 new, 0 updated, 0 unchanged, 1 failed"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("bad.txt"));
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let (dir, db) = scratch();
    let empty = dir.path().join("nothing-here");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("data.csv"), "a,b\n").unwrap();
    let f = fail_with_db(&db, dir.path(), &["import", &empty.display().to_string()]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("nothing-here") && f.stderr.contains("no article files"));
}

#[test]
fn a_missing_file_is_named() {
    let f = fail(&["import", "/no/such/article.txt"]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("/no/such/article.txt"), "{}", f.stderr);
}

#[test]
fn an_unknown_claim_id_is_not_found() {
    let (dir, db) = scratch();
    with_article(dir.path(), &db);
    for args in [
        &["mark", "999", "confirmed"][..],
        &["history", "999"],
        &["note", "999", "x"],
    ] {
        let f = fail_with_db(&db, dir.path(), args);
        assert_eq!(f.code, Some(1));
        assert!(f.stderr.contains("claim 999 not found"), "{}", f.stderr);
    }
    let f = fail_with_db(&db, dir.path(), &["list", "77"]);
    assert!(f.stderr.contains("article 77 not found"), "{}", f.stderr);
    let f = fail_with_db(&db, dir.path(), &["open", "77"]);
    assert!(f.stderr.contains("article 77 not found"), "{}", f.stderr);
}

#[test]
fn a_mark_with_empty_evidence_saves_nothing() {
    let (dir, db) = scratch();
    with_article(dir.path(), &db);
    let f = fail_with_db(
        &db,
        dir.path(),
        &["mark", "1", "confirmed", "--evidence", " "],
    );
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("evidence is empty"), "{}", f.stderr);
    let history = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["history", "1"])
        .env("FACTDESK_DB", &db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&history.stdout).contains("no changes yet"));
}

#[test]
fn an_unknown_verdict_word_is_a_usage_error() {
    let f = fail(&["mark", "1", "probably"]);
    assert_eq!(f.code, Some(2));
    assert!(
        f.stderr.contains("probably") && f.stderr.contains("confirmed"),
        "{}",
        f.stderr
    );
}

#[test]
fn usage_mistakes_exit_with_2() {
    assert_eq!(fail(&["import"]).code, Some(2));
    assert_eq!(fail(&["mark", "seven", "confirmed"]).code, Some(2));
    assert_eq!(
        fail(&["extract", "x.txt", "--threshold", "3"]).code,
        Some(2)
    );
}

#[test]
fn an_unknown_command_word_is_taken_as_a_missing_path_and_says_so() {
    let f = fail(&["frobnicate"]);
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr.contains("frobnicate") && f.stderr.contains("not a command"),
        "{}",
        f.stderr
    );
}

#[test]
fn a_database_in_a_missing_directory_is_named() {
    let (dir, _) = scratch();
    let db = dir.path().join("no-such-dir").join("desk.db");
    let f = fail_with_db(&db, dir.path(), &["list"]);
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr.contains("no-such-dir") && f.stderr.contains("does not exist"),
        "{}",
        f.stderr
    );
    assert!(!dir.path().join("no-such-dir").exists());
}

#[test]
fn a_database_in_a_read_only_directory_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, _) = scratch();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores permission bits; /proc is read-only for everyone.
    let probe = locked.join("probe");
    let read_only_dir = if std::fs::write(&probe, b"").is_ok() {
        PathBuf::from("/proc")
    } else {
        locked.clone()
    };
    let db = read_only_dir.join("desk.db");
    let f = fail_with_db(&db, dir.path(), &["list"]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains(&db.display().to_string()), "{}", f.stderr);
    assert!(!db.exists());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_database_from_a_newer_factdesk_is_refused_untouched() {
    let (dir, db) = scratch();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE later (x); PRAGMA user_version = 4242;")
            .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let f = fail_with_db(&db, dir.path(), &["list"]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("newer factdesk"), "{}", f.stderr);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_file_that_is_not_a_database_is_named() {
    let (dir, db) = scratch();
    std::fs::write(&db, "these are my notes, not a database\n".repeat(40)).unwrap();
    let f = fail_with_db(&db, dir.path(), &["stats"]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("desk.db") && f.stderr.contains("not a factdesk database"));
}

#[test]
fn a_directory_given_as_the_database_is_refused() {
    let (dir, _) = scratch();
    let f = fail_with_db(dir.path(), dir.path(), &["list"]);
    assert_eq!(f.code, Some(1));
    assert!(f.stderr.contains("is a directory"), "{}", f.stderr);
}

#[test]
fn escape_sequences_in_file_names_do_not_reach_the_terminal() {
    let (dir, db) = scratch();
    let f = fail_with_db(&db, dir.path(), &["import", "/tmp/\u{1b}[2Jgone.txt"]);
    assert!(!f.stderr.contains('\u{1b}'), "{:?}", f.stderr);
    assert!(f.stderr.contains("\\u{1b}[2Jgone.txt"), "{}", f.stderr);
}

#[test]
fn a_bad_config_file_is_one_line_naming_file_and_field() {
    let (dir, db) = scratch();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "threshold = 0.5\ncolour = 3\n").unwrap();
    let f = fail_with_db(
        &db,
        dir.path(),
        &["--config", config.to_str().unwrap(), "stats"],
    );
    assert_eq!(f.code, Some(1));
    assert!(
        f.stderr.contains("config.toml") && f.stderr.contains("colour"),
        "{}",
        f.stderr
    );
    let f = fail_with_db(
        &db,
        dir.path(),
        &["--config", "/no/such/config.toml", "stats"],
    );
    assert_eq!(f.stderr.matches("No such file").count(), 1, "{}", f.stderr);
}
