//! The real binary in a pseudo-terminal: the terminal must come back as it was (main screen,
//! cursor shown, cooked mode) after `q`, Ctrl-C, SIGHUP and SIGTERM, and slow work shows
//! progress there.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use factdesk::article::{Article, Format, Meta};
use factdesk::extract::{self, Options};
use factdesk::store::{OpenOptions, Store};
use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{LocalModes, Winsize, tcgetattr, tcsetwinsize};

/// Generous: this waits for behaviour, it does not time anything.
const PATIENCE: Duration = Duration::from_secs(20);

struct Session {
    child: Child,
    master: File,
    /// Our own handle on the terminal the program sees, to read its modes.
    slave: OwnedFd,
    output: Arc<Mutex<Vec<u8>>>,
}

fn database(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("pty.db");
    let mut store = Store::open(&db, &OpenOptions::default()).unwrap();
    let body = "Unemployment fell to 4.1% in March. The minister looked pleased. \
                Exports rose by 12 billion last year.";
    let article = Article {
        meta: Meta {
            title: Some("Jobs report".into()),
            ..Meta::default()
        },
        format: Format::Text,
        body: body.into(),
    };
    let sentences = extract::extract(body, &Options::default());
    store
        .import("jobs.txt", &article, &sentences, "test")
        .unwrap();
    db
}

fn spawn(db: &Path) -> Session {
    spawn_with(db, &["open", "1"])
}

fn spawn_with(db: &Path, args: &[&str]) -> Session {
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    tcsetwinsize(
        &master,
        Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .unwrap();
    let slave: OwnedFd = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap()
        .into();
    let child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env("FACTDESK_REVIEWER", "pty")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave.try_clone().unwrap()))
        .spawn()
        .unwrap();
    let master = File::from(master);
    let output = Arc::new(Mutex::new(Vec::new()));
    let mut reader = master.try_clone().unwrap();
    let sink = Arc::clone(&output);
    thread::spawn(move || {
        let mut chunk = [0u8; 4096];
        while let Ok(n) = reader.read(&mut chunk) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&chunk[..n]);
        }
    });
    Session {
        child,
        master,
        slave,
        output,
    }
}

impl Session {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    fn wait_for(&self, what: &str) {
        let start = Instant::now();
        while !self.text().contains(what) {
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {what:?}; output: {:?}",
                self.text()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn cooked(&self) -> bool {
        let modes = tcgetattr(&self.slave).unwrap().local_modes;
        modes.contains(LocalModes::ICANON) && modes.contains(LocalModes::ECHO)
    }

    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(start.elapsed() < PATIENCE, "the program did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything written after the screen was entered.
    fn after_enter(&self) -> String {
        let text = self.text();
        let at = text
            .find("\x1b[?1049h")
            .expect("entered the alternate screen");
        text[at..].to_string()
    }
}

/// Started, drawn, raw: the state both tests begin from.
fn running(db: &Path) -> Session {
    let session = spawn(db);
    session.wait_for("\x1b[?1049h");
    session.wait_for("Jobs report");
    assert!(
        !session.cooked(),
        "the program put the terminal in raw mode"
    );
    session
}

fn assert_restored(session: &Session) {
    let out = session.after_enter();
    assert!(out.contains("\x1b[?1049l"), "left the alternate screen");
    assert!(
        out.rfind("\x1b[?25h") > out.rfind("\x1b[?25l"),
        "the cursor is shown at the end"
    );
    assert!(!out.contains("panicked"), "{out:?}");
    assert!(session.cooked(), "cooked mode restored");
}

#[test]
fn a_file_that_fails_to_import_does_not_keep_the_others_from_review() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.txt");
    std::fs::write(
        &good,
        "title: Harbor report\n\nThe port handled 12 ships in May.",
    )
    .unwrap();
    std::fs::write(&bad, b"Not text: \xff\xfe").unwrap();
    let db = dir.path().join("mixed.db");
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let mut session = spawn_with(&db, &[good, bad]);
    session.wait_for("\x1b[?1049h");
    session.wait_for("Harbor report");
    session.master.write_all(b"q").unwrap();
    let status = session.wait_exit();
    assert_eq!(
        status.code(),
        Some(1),
        "the failure still sets the exit code"
    );
    assert_restored(&session);
    let text = session.text();
    assert!(text.contains("bad.txt: not valid UTF-8"), "{text:?}");
    assert!(text.contains("1 file(s) could not be imported"), "{text:?}");
}

/// The language model takes seconds per article: on a terminal, `extract --deep` says what it
/// is doing until the result is printed, with a Unicode spinner, or an ASCII one for `--ascii`.
#[test]
fn deep_extraction_shows_progress_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jobs.txt");
    std::fs::write(&file, "Unemployment fell to 4.1% in March.").unwrap();
    let braille = |c: char| ('\u{2800}'..='\u{28ff}').contains(&c);
    for ascii in [false, true] {
        let mut args = vec!["extract", "--deep", file.to_str().unwrap()];
        if ascii {
            args.insert(0, "--ascii");
        }
        let mut session = spawn_with(&dir.path().join("unused.db"), &args);
        session.wait_for("scoring");
        session.wait_for("with the language model");
        assert!(session.wait_exit().success());
        session.wait_for("1 sentences, 1 claims");
        let text = session.text();
        assert!(
            text.find("with the language model") < text.find("Unemployment fell"),
            "{text:?}"
        );
        assert_eq!(text.contains(braille), !ascii, "{text:?}");
    }
}

#[test]
fn q_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let mut session = running(&db);
    session.master.write_all(b"q").unwrap();
    let status = session.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
}

fn restored_after_signal(signal: rustix::process::Signal) {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let mut session = running(&db);
    let pid = rustix::process::Pid::from_raw(session.child.id() as i32).unwrap();
    rustix::process::kill_process(pid, signal).unwrap();
    let status = session.wait_exit();
    assert_restored(&session);
    // Ended by the signal, as a shell expects, not a plain success.
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(signal.as_raw()), "{status:?}");
}

#[test]
fn sighup_restores_the_terminal() {
    restored_after_signal(rustix::process::Signal::HUP);
}

#[test]
fn sigterm_restores_the_terminal() {
    restored_after_signal(rustix::process::Signal::TERM);
}

#[test]
fn ctrl_c_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let mut session = running(&db);
    // In raw mode Ctrl-C arrives as a key, not as SIGINT.
    session.master.write_all(b"\x03").unwrap();
    let status = session.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
}
