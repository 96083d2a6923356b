//! Key scripts through the real keymap against a real SQLite store: what the reviewer types
//! must end up in the database rows, and survive a restart.

use std::path::Path;

use factdesk::article::{Article, Format, Meta};
use factdesk::config::Config;
use factdesk::extract::{Kind, Sentence};
use factdesk::store::{OpenOptions, Store, Verdict};
use factdesk::tui::effects::Effect;
use factdesk::tui::{Desk, Session, Start};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const BODY: &str = "Unemployment fell to 4.1% in March. The minister looked pleased. \
Exports rose by 12 billion last year. Critics were not convinced. Prices will climb 3% in 2026.";

/// Sentences split at ". ", claims where there is a digit: built by hand so the test does not
/// depend on the extractor's tuning.
fn sentences(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in body.split_inclusive(". ") {
        let text = part.trim_end();
        let claim = text.chars().any(|c| c.is_ascii_digit());
        out.push(Sentence {
            start,
            end: start + text.len(),
            score: if claim { 0.8 } else { 0.1 },
            claim,
            kind: if claim {
                Kind::Quantity
            } else {
                Kind::NotAClaim
            },
            speaker: None,
            reasons: Vec::new(),
        });
        start += part.len();
    }
    out
}

fn import(db: &Path, key: &str, title: &str) -> i64 {
    let mut store = Store::open(db, &OpenOptions::default()).unwrap();
    let article = Article {
        meta: Meta {
            title: Some(title.to_string()),
            ..Meta::default()
        },
        format: Format::Text,
        body: BODY.to_string(),
    };
    store
        .import(key, &article, &sentences(BODY), "importer")
        .unwrap()
        .article_id
}

fn desk(db: &Path, reviewer: &str, start: Start) -> Desk {
    let session = Session {
        store: Store::open(db, &OpenOptions::default()).unwrap(),
        config: Config::defaults(),
        reviewer: reviewer.to_string(),
        ascii: false,
    };
    let mut desk = Desk::new(session, true, true).unwrap();
    desk.start(start).unwrap();
    desk
}

fn keys(desk: &mut Desk, script: &str) -> Vec<Effect> {
    script
        .chars()
        .flat_map(|c| {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            };
            desk.key(KeyEvent::new(code, KeyModifiers::NONE))
        })
        .collect()
}

fn rows(db: &Path, article: i64) -> Vec<factdesk::store::Claim> {
    Store::open(db, &OpenOptions::default())
        .unwrap()
        .claims(article)
        .unwrap()
}

fn status(desk: &Desk) -> String {
    desk.app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn deciding_writes_rows_and_moves_to_the_next_unreviewed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut desk = desk(&db, "alice", Start::Article(id));
    keys(&mut desk, "cd");
    let claims = rows(&db, id);
    assert_eq!(claims.len(), 3);
    assert!(claims[0].reviewed && claims[0].verdict == Verdict::Confirmed);
    assert!(claims[1].reviewed && claims[1].verdict == Verdict::Disputed);
    assert!(!claims[2].reviewed);
    assert_eq!(claims[1].updated_by.as_deref(), Some("alice"));
    // The third is selected: `u` decides it.
    keys(&mut desk, "u");
    let claims = rows(&db, id);
    assert!(claims[2].reviewed && claims[2].verdict == Verdict::Unverified);
    assert!(
        status(&desk).contains("every claim is reviewed"),
        "{}",
        status(&desk)
    );
}

#[test]
fn note_and_evidence_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut desk = desk(&db, "alice", Start::Article(id));
    keys(&mut desk, "jecheck ONS\n");
    keys(&mut desk, "lhttps://ons.gov.uk/lms\n");
    let claims = rows(&db, id);
    assert_eq!(claims[1].note, "check ONS");
    assert_eq!(
        claims[1].evidence,
        vec!["https://ons.gov.uk/lms".to_string()]
    );
    // Esc leaves the note as it was.
    keys(&mut desk, "ezzz");
    desk.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(rows(&db, id)[1].note, "check ONS");
}

#[test]
fn undo_is_multi_level_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    {
        let mut desk = desk(&db, "alice", Start::Article(id));
        keys(&mut desk, "cd");
        keys(&mut desk, "z");
        let claims = rows(&db, id);
        assert!(claims[0].reviewed);
        assert!(!claims[1].reviewed, "the dispute was undone");
        keys(&mut desk, "q");
        assert!(desk.app.quit, "opened on an article: q quits");
    }
    let mut desk = desk(&db, "alice", Start::Article(id));
    // Reopened where alice stopped: the claim she last touched.
    let selected = desk
        .app
        .review
        .as_ref()
        .unwrap()
        .selected_claim()
        .unwrap()
        .id;
    assert_eq!(selected, rows(&db, id)[1].id);
    keys(&mut desk, "z");
    assert!(
        !rows(&db, id)[0].reviewed,
        "undo after restart reverts the confirm"
    );
    keys(&mut desk, "z");
    assert_eq!(status(&desk), "nothing to undo");
}

#[test]
fn undoing_a_promotion_takes_the_claim_off_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut desk = desk(&db, "alice", Start::Article(id));
    keys(&mut desk, "\tja");
    assert_eq!(rows(&db, id).len(), 4);
    let listed = |desk: &Desk| {
        let review = desk.app.review.as_ref().unwrap();
        review
            .visible
            .iter()
            .map(|&i| review.claims[i].text.clone())
            .collect::<Vec<_>>()
    };
    assert!(listed(&desk).contains(&"The minister looked pleased.".to_string()));
    keys(&mut desk, "z");
    assert_eq!(rows(&db, id).len(), 3, "the store lists it no more");
    assert_eq!(listed(&desk).len(), 3, "nor does the screen");
    assert!(
        status(&desk).contains("no longer a claim"),
        "{}",
        status(&desk)
    );
}

#[test]
fn each_undo_says_what_it_undid() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut desk = desk(&db, "alice", Start::Article(id));
    let second = rows(&db, id)[1].id;
    keys(&mut desk, "cdkenote\nlhttps://e.org\nx");
    assert!(rows(&db, id)[1].dismissed);
    let mut said = Vec::new();
    for _ in 0..4 {
        keys(&mut desk, "z");
        said.push(status(&desk));
    }
    assert_eq!(
        said,
        [
            format!("undone: dismiss on claim {second}"),
            format!("undone: evidence link on claim {second}"),
            format!("undone: note on claim {second}"),
            format!("undone: ✘ disputed, now · unreviewed on claim {second}"),
        ]
    );
    let claims = rows(&db, id);
    assert!(!claims[1].reviewed && claims[1].note.is_empty() && claims[1].evidence.is_empty());
    assert!(claims[0].reviewed, "the confirm is still there");
}

#[test]
fn dismiss_restore_and_promote() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut desk = desk(&db, "alice", Start::Article(id));
    keys(&mut desk, "x");
    assert!(rows(&db, id)[0].dismissed);
    // Dismissed claims have their own filter: all, unreviewed, confirmed, disputed,
    // unverified, dismissed.
    keys(&mut desk, "fffff");
    keys(&mut desk, "x");
    assert!(!rows(&db, id)[0].dismissed);
    // Promote "The minister looked pleased." from the article cursor.
    keys(&mut desk, "f\tja");
    let claims = rows(&db, id);
    assert_eq!(claims.len(), 4);
    let promoted = claims.iter().find(|c| c.promoted).unwrap();
    assert_eq!(promoted.text, "The minister looked pleased.");
    assert_eq!(
        desk.app
            .review
            .as_ref()
            .unwrap()
            .selected_claim()
            .unwrap()
            .id,
        promoted.id
    );
}

#[test]
fn a_stale_decision_is_refused_and_the_other_change_shown() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut alice = desk(&db, "alice", Start::Article(id));
    let mut bob = desk(&db, "bob", Start::Article(id));
    keys(&mut bob, "d");
    // Alice has not polled yet: her screen still shows the claim unreviewed at rev 1.
    keys(&mut alice, "c");
    let claims = rows(&db, id);
    assert_eq!(
        claims[0].verdict,
        Verdict::Disputed,
        "bob's decision stands"
    );
    assert_eq!(claims[0].updated_by.as_deref(), Some("bob"));
    let message = status(&alice);
    assert!(alice.app.status.as_ref().unwrap().error);
    assert!(
        message.starts_with("not saved: bob changed claim"),
        "{message}"
    );
    assert!(message.contains("now disputed"), "{message}");
    // Her screen now shows bob's verdict, and deciding again works.
    let shown = alice.app.review.as_ref().unwrap().claims[0].clone();
    assert!(shown.reviewed && shown.verdict == Verdict::Disputed);
    keys(&mut alice, "c");
    assert_eq!(rows(&db, id)[0].verdict, Verdict::Confirmed);
}

#[test]
fn polling_picks_up_another_sessions_work() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let id = import(&db, "a.txt", "Jobs report");
    let mut alice = desk(&db, "alice", Start::Article(id));
    let mut bob = desk(&db, "bob", Start::Article(id));
    alice.app.dirty = false;
    alice.poll();
    assert!(!alice.app.dirty, "nothing changed: no redraw");
    keys(&mut bob, "jc");
    alice.poll();
    assert!(alice.app.dirty);
    let shown = &alice.app.review.as_ref().unwrap().claims[1];
    assert!(shown.reviewed && shown.verdict == Verdict::Confirmed);
    assert_eq!(shown.updated_by.as_deref(), Some("bob"));
}

#[test]
fn library_opens_articles_and_steps_between_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    import(&db, "a.txt", "First");
    import(&db, "b.txt", "Second");
    let mut desk = desk(&db, "alice", Start::Library);
    assert_eq!(desk.app.library.articles.len(), 2);
    keys(&mut desk, "\n");
    let first = desk.app.review.as_ref().unwrap().article.id;
    keys(&mut desk, "]");
    let second = desk.app.review.as_ref().unwrap().article.id;
    assert_ne!(first, second);
    keys(&mut desk, "]");
    assert_eq!(desk.app.review.as_ref().unwrap().article.id, second);
    assert!(status(&desk).contains("last article"));
    keys(&mut desk, "[");
    assert_eq!(desk.app.review.as_ref().unwrap().article.id, first);
    // Back in the library, the progress is fresh.
    keys(&mut desk, "cq");
    let summary = desk
        .app
        .library
        .articles
        .iter()
        .find(|a| a.id == first)
        .unwrap();
    assert_eq!(summary.reviewed, 1);
}

#[test]
fn opening_a_missing_article_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let session = Session {
        store: Store::open(&db, &OpenOptions::default()).unwrap(),
        config: Config::defaults(),
        reviewer: "alice".into(),
        ascii: false,
    };
    let mut desk = Desk::new(session, true, true).unwrap();
    assert!(desk.start(Start::Article(99)).is_err());
}
