//! Store behaviour through the public API.

use super::*;
use crate::article::Article;
use crate::extract::Sentence;

/// An article whose body is `parts` joined by spaces; each part is one sentence, a claim when
/// its flag is set.
fn article(parts: &[(&str, bool)]) -> (Article, Vec<Sentence>) {
    let mut body = String::new();
    let mut sentences = Vec::new();
    for (text, claim) in parts {
        if !body.is_empty() {
            body.push(' ');
        }
        let start = body.len();
        body.push_str(text);
        sentences.push(Sentence {
            start,
            end: body.len(),
            score: if *claim { 0.9 } else { 0.1 },
            claim: *claim,
            kind: if *claim {
                Kind::Quantity
            } else {
                Kind::NotAClaim
            },
            speaker: None,
            reasons: vec!["number".to_string()],
        });
    }
    let article = Article {
        meta: Meta {
            title: Some("Drones over Moscow".to_string()),
            date: Some("2023-05-30".to_string()),
            source: None,
            author: None,
        },
        format: Format::Text,
        body,
    };
    (article, sentences)
}

const V1: &[(&str, bool)] = &[
    ("Eight drones were shot down.", true),
    ("Residents were asked to stay calm.", false),
    ("Three buildings were damaged.", true),
    ("The mayor said 12 people were hurt.", true),
];

fn imported(store: &mut Store, parts: &[(&str, bool)]) -> ImportOutcome {
    let (a, s) = article(parts);
    store.import("drones.txt", &a, &s, "importer").unwrap()
}

fn claim_with_text(store: &Store, article_id: i64, text: &str) -> Claim {
    store
        .claims(article_id)
        .unwrap()
        .into_iter()
        .find(|c| c.text == text)
        .unwrap_or_else(|| panic!("no claim {text:?}"))
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .conn
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn first_import_lists_the_claims_in_text_order() {
    let mut store = Store::open_in_memory().unwrap();
    let out = imported(&mut store, V1);
    assert_eq!(out.status, ImportStatus::New);
    assert_eq!((out.revision, out.claims, out.stale), (1, 3, 0));
    let claims = store.claims(out.article_id).unwrap();
    let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Eight drones were shot down.",
            "Three buildings were damaged.",
            "The mayor said 12 people were hurt."
        ]
    );
    let record = store.article(out.article_id).unwrap();
    for c in &claims {
        assert_eq!(&record.body[c.start..c.end], c.text);
        assert!(!c.reviewed);
        assert_eq!(c.verdict, Verdict::Unverified);
    }
    assert_eq!(record.meta.date.as_deref(), Some("2023-05-30"));
}

#[test]
fn identical_reimport_is_unchanged_and_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let first = imported(&mut store, V1);
    let changes = store.conn.total_changes();
    let again = imported(&mut store, V1);
    assert_eq!(again.status, ImportStatus::Unchanged);
    assert_eq!(again.article_id, first.article_id);
    assert_eq!(again.revision, 1);
    assert_eq!(again.claims, 3);
    assert_eq!(store.conn.total_changes(), changes);
    assert_eq!(store.articles().unwrap().len(), 1);
}

#[test]
fn changed_reimport_carries_work_over_and_flags_rewritten_reviewed_claims() {
    let mut store = Store::open_in_memory().unwrap();
    let first = imported(&mut store, V1);
    let id = first.article_id;
    let eight = claim_with_text(&store, id, "Eight drones were shot down.");
    let three = claim_with_text(&store, id, "Three buildings were damaged.");
    store
        .set_verdict(eight.id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_note(eight.id, "MoD statement", None, "alice")
        .unwrap();
    store
        .add_evidence(eight.id, "https://example.org/mod", None, "alice")
        .unwrap();
    store
        .set_verdict(three.id, Verdict::Disputed, None, "alice")
        .unwrap();

    let v2: &[(&str, bool)] = &[
        ("A new opening line says 40 flights were delayed.", true),
        ("Eight  DRONES were shot down.", true),
        ("Residents were asked to stay calm.", false),
        ("Four buildings were damaged.", true),
        ("The mayor said 12 people were hurt.", true),
    ];
    let out = imported(&mut store, v2);
    assert_eq!(out.status, ImportStatus::Updated);
    assert_eq!((out.article_id, out.revision), (id, 2));
    assert_eq!((out.claims, out.stale), (4, 1));

    let claims = store.claims(id).unwrap();
    assert_eq!(claims.len(), 4);
    let body = store.article(id).unwrap().body;
    for c in &claims {
        assert_eq!(c.revision, 2);
        assert_eq!(&body[c.start..c.end], c.text);
    }
    // Same normalised text: same claim id, decision, note, evidence and history.
    let carried = claim_with_text(&store, id, "Eight  DRONES were shot down.");
    assert_eq!(carried.id, eight.id);
    assert_eq!(carried.verdict, Verdict::Confirmed);
    assert!(carried.reviewed && !carried.stale);
    assert_eq!(carried.note, "MoD statement");
    assert_eq!(carried.evidence, ["https://example.org/mod"]);
    assert_eq!(store.history(eight.id).unwrap().len(), 3);
    // Rewritten in the same place as a reviewed claim: a new, stale, unreviewed claim.
    let four = claim_with_text(&store, id, "Four buildings were damaged.");
    assert_ne!(four.id, three.id);
    assert!(four.stale && !four.reviewed);
    let stale_event = &store.history(four.id).unwrap()[0];
    assert_eq!(stale_event.action, "stale");
    assert_eq!(stale_event.from.as_deref(), Some("disputed"));
    // It shows the decision made on the old text.
    let old = four
        .replaces
        .as_ref()
        .expect("a stale claim names what it replaces");
    assert_eq!((old.id, old.verdict.as_str()), (three.id, "disputed"));
    assert_eq!(old.text, three.text);
    assert_eq!(carried.replaces, None);
    // A brand-new sentence is not stale; the replaced claim is kept but no longer listed.
    assert!(
        !claim_with_text(
            &store,
            id,
            "A new opening line says 40 flights were delayed."
        )
        .stale
    );
    assert_eq!(store.claim(three.id).unwrap().revision, 1);
    assert!(store.claims(id).unwrap().iter().all(|c| c.id != three.id));
    // Re-reviewing clears the flag.
    let four = store
        .set_verdict(four.id, Verdict::Confirmed, Some(four.rev), "bob")
        .unwrap();
    assert!(!four.stale && four.reviewed);
}

#[test]
fn a_reverted_edit_brings_the_reviewed_claim_back() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let three = claim_with_text(&store, id, "Three buildings were damaged.");
    store
        .set_verdict(three.id, Verdict::Disputed, None, "alice")
        .unwrap();
    let mut v2 = V1.to_vec();
    v2[2] = ("Four buildings were damaged.", true);
    assert_eq!(imported(&mut store, &v2).stale, 1);
    let four = claim_with_text(&store, id, "Four buildings were damaged.");

    let back = imported(&mut store, V1);
    assert_eq!((back.revision, back.stale), (3, 0));
    let revived = claim_with_text(&store, id, "Three buildings were damaged.");
    assert_eq!(revived.id, three.id);
    assert_eq!(
        (revived.verdict, revived.reviewed),
        (Verdict::Disputed, true)
    );
    assert_eq!(revived.revision, 3);
    assert!(store.claims(id).unwrap().iter().all(|c| c.id != four.id));
    assert_eq!(store.claims(id).unwrap().len(), 3);
}

#[test]
fn dismissed_and_promoted_state_carries_over() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let mayor = claim_with_text(&store, id, "The mayor said 12 people were hurt.");
    store.set_dismissed(mayor.id, true, None, "alice").unwrap();
    let (_, sentences) = article(V1);
    let calm = store.promote(id, &sentences[1], "alice").unwrap();
    assert!(calm.promoted);

    let mut v2 = V1.to_vec();
    v2.push(("A closing line.", false));
    imported(&mut store, &v2);
    let mayor = store.claim(mayor.id).unwrap();
    assert!(mayor.dismissed && mayor.revision == 2);
    let calm = claim_with_text(&store, id, "Residents were asked to stay calm.");
    assert!(calm.promoted && calm.revision == 2);
    // Dismissed claims are listed (for restore) but not counted.
    assert_eq!(store.claims(id).unwrap().len(), 4);
    assert_eq!(store.articles().unwrap()[0].total, 3);
}

#[test]
fn a_change_based_on_an_old_rev_is_refused_with_who_and_when() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let seen = store.claims(id).unwrap()[0].clone();
    store
        .set_verdict(seen.id, Verdict::Disputed, Some(seen.rev), "bob")
        .unwrap();
    let err = store
        .set_verdict(seen.id, Verdict::Confirmed, Some(seen.rev), "alice")
        .unwrap_err();
    match err {
        StoreError::Conflict {
            claim_id,
            by,
            verdict,
            at,
        } => {
            assert_eq!(
                (claim_id, by.as_str(), verdict.as_str()),
                (seen.id, "bob", "disputed")
            );
            assert!(at.ends_with('Z'), "{at}");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let now = store.claim(seen.id).unwrap();
    assert_eq!(now.verdict, Verdict::Disputed);
    assert_eq!(now.rev, seen.rev + 1);
    assert_eq!(store.history(seen.id).unwrap().len(), 1);
}

#[test]
fn undo_walks_back_one_change_at_a_time_and_logs_each_step() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claim = store.claims(id).unwrap()[0].clone();
    store
        .set_verdict(claim.id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_verdict(claim.id, Verdict::Disputed, None, "alice")
        .unwrap();
    store
        .set_note(claim.id, "two sources", None, "alice")
        .unwrap();
    store
        .add_evidence(claim.id, "https://example.org/a", None, "alice")
        .unwrap();

    let c = store.undo("alice").unwrap().unwrap();
    assert!(c.evidence.is_empty());
    assert_eq!(c.note, "two sources");
    let c = store.undo("alice").unwrap().unwrap();
    assert_eq!(c.note, "");
    let c = store.undo("alice").unwrap().unwrap();
    assert_eq!((c.verdict, c.reviewed), (Verdict::Confirmed, true));
    let c = store.undo("alice").unwrap().unwrap();
    assert_eq!((c.verdict, c.reviewed), (Verdict::Unverified, false));
    assert!(store.undo("alice").unwrap().is_none());

    let history = store.history(claim.id).unwrap();
    let actions: Vec<&str> = history.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "verdict", "verdict", "note", "evidence", "undo", "undo", "undo", "undo"
        ]
    );
    assert!(history.windows(2).all(|w| w[0].id < w[1].id));
    assert_eq!(history[0].from.as_deref(), Some("unreviewed"));
    assert_eq!(history[0].to.as_deref(), Some("confirmed"));
    assert_eq!(history[7].from.as_deref(), Some("confirmed"));
    assert_eq!(history[7].to.as_deref(), Some("unreviewed"));
    // Nothing is deleted: the evidence row is only marked removed.
    assert_eq!(count(&store, "evidence"), 1);
}

#[test]
fn a_decision_with_note_and_evidence_is_saved_whole_or_not_at_all() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claim = store.claims(id).unwrap()[0].clone();
    let refused = store.decide(
        claim.id,
        Verdict::Confirmed,
        Some("note"),
        &["https://example.org", "  "],
        None,
        "alice",
    );
    assert!(matches!(refused, Err(StoreError::Invalid(_))));
    assert!(!store.claim(claim.id).unwrap().reviewed);
    assert_eq!(count(&store, "events"), 0);

    let decided = store
        .decide(
            claim.id,
            Verdict::Confirmed,
            Some("two sources"),
            &[" https://example.org/a ", "Interview, 3 May"],
            Some(claim.rev),
            "alice",
        )
        .unwrap();
    assert_eq!(
        (decided.verdict, decided.note.as_str()),
        (Verdict::Confirmed, "two sources")
    );
    assert_eq!(
        decided.evidence,
        ["https://example.org/a", "Interview, 3 May"]
    );
    assert_eq!(decided.rev, claim.rev + 4);
    let actions = |store: &Store| -> Vec<String> {
        let history = store.history(claim.id).unwrap();
        history.into_iter().map(|e| e.action).collect()
    };
    assert_eq!(actions(&store), ["verdict", "note", "evidence", "evidence"]);

    // One undo takes back the whole decision, as one event per change.
    let undone = store.undo("alice").unwrap().unwrap();
    assert!(!undone.reviewed);
    assert_eq!(undone.note, "");
    assert!(undone.evidence.is_empty());
    assert_eq!(
        actions(&store),
        [
            "verdict", "note", "evidence", "evidence", "undo", "undo", "undo", "undo"
        ]
    );
    assert!(store.undo("alice").unwrap().is_none());
}

#[test]
fn undo_data_written_before_grouping_still_reads() {
    let old = r#"{"revert":"note","note":"earlier"}"#;
    let data: super::log::UndoData = serde_json::from_str(old).unwrap();
    assert!(!data.with_previous);
    assert!(matches!(data.revert, super::log::Revert::Note { ref note } if note == "earlier"));
    let new = serde_json::to_string(&data).unwrap();
    assert_eq!(new, old, "a single change is stored as before");
}

#[test]
fn undo_is_per_reviewer() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claims = store.claims(id).unwrap();
    store
        .set_verdict(claims[0].id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_verdict(claims[1].id, Verdict::Disputed, None, "bob")
        .unwrap();
    let undone = store.undo("alice").unwrap().unwrap();
    assert_eq!(undone.id, claims[0].id);
    assert_eq!(
        store.claim(claims[1].id).unwrap().verdict,
        Verdict::Disputed
    );
    assert!(store.undo("alice").unwrap().is_none());
}

#[test]
fn undo_does_not_overwrite_another_reviewers_later_decision() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claims = store.claims(id).unwrap();
    store
        .set_verdict(claims[1].id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_verdict(claims[0].id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_verdict(claims[0].id, Verdict::Disputed, None, "bob")
        .unwrap();
    let err = store.undo("alice").unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict { ref by, .. } if by == "bob"),
        "{err}"
    );
    assert_eq!(
        store.claim(claims[0].id).unwrap().verdict,
        Verdict::Disputed
    );
    // The skipped change is marked handled; the next undo reaches the one before it.
    let undone = store.undo("alice").unwrap().unwrap();
    assert_eq!(undone.id, claims[1].id);
    assert!(!undone.reviewed);
}

#[test]
fn dismiss_restore_and_promote_are_undoable() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let first = store.claims(id).unwrap()[0].clone();
    assert!(
        store
            .set_dismissed(first.id, true, None, "alice")
            .unwrap()
            .dismissed
    );
    assert!(!store.undo("alice").unwrap().unwrap().dismissed);

    let (_, sentences) = article(V1);
    let promoted = store.promote(id, &sentences[1], "alice").unwrap();
    assert_eq!(promoted.text, "Residents were asked to stay calm.");
    assert_eq!(store.claims(id).unwrap().len(), 4);
    // Promoting an existing claim changes nothing.
    assert_eq!(
        store.promote(id, &sentences[0], "alice").unwrap().id,
        first.id
    );
    store.undo("alice").unwrap();
    assert_eq!(store.claims(id).unwrap().len(), 3);
    // Promoting again brings the same row back.
    assert_eq!(
        store.promote(id, &sentences[1], "alice").unwrap().id,
        promoted.id
    );
}

#[test]
fn promote_refuses_a_span_outside_the_body() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let (_, mut sentences) = article(V1);
    sentences[0].end = 10_000;
    assert!(matches!(
        store.promote(id, &sentences[0], "alice"),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn import_refuses_spans_that_do_not_fit_the_body() {
    let mut store = Store::open_in_memory().unwrap();
    let (a, mut s) = article(&[("Ünïcode 5 times.", true)]);
    s[0].start = 1; // inside the two-byte "Ü"
    assert!(matches!(
        store.import("k", &a, &s, "me"),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(count(&store, "articles"), 0);
}

#[test]
fn unknown_ids_are_not_found() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(matches!(store.claim(42), Err(StoreError::NotFound(_))));
    assert!(matches!(store.article(42), Err(StoreError::NotFound(_))));
    assert!(matches!(store.claims(42), Err(StoreError::NotFound(_))));
    assert!(matches!(store.history(42), Err(StoreError::NotFound(_))));
    assert!(matches!(
        store.set_verdict(42, Verdict::Confirmed, None, "a"),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn last_position_is_the_reviewers_latest_claim_in_that_article() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claims = store.claims(id).unwrap();
    assert_eq!(store.last_position(id, "alice").unwrap(), None);
    store
        .set_verdict(claims[2].id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_note(claims[0].id, "check", None, "alice")
        .unwrap();
    store
        .set_verdict(claims[1].id, Verdict::Confirmed, None, "bob")
        .unwrap();
    assert_eq!(
        store.last_position(id, "alice").unwrap(),
        Some(claims[0].id)
    );
    assert_eq!(store.last_position(id, "bob").unwrap(), Some(claims[1].id));
}

#[test]
fn stats_count_reviewed_claims_and_decisions_per_reviewer() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claims = store.claims(id).unwrap();
    store
        .set_verdict(claims[0].id, Verdict::Confirmed, None, "alice")
        .unwrap();
    store
        .set_verdict(claims[1].id, Verdict::Disputed, None, "alice")
        .unwrap();
    store
        .set_verdict(claims[2].id, Verdict::Unverified, None, "bob")
        .unwrap();
    store.undo("bob").unwrap();
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.claims, stats.reviewed), (1, 3, 2));
    assert_eq!(
        (stats.confirmed, stats.disputed, stats.unverified),
        (1, 1, 0)
    );
    assert_eq!(stats.events, 4);
    assert_eq!(stats.reviewers, [("alice".to_string(), 2)]);
    let summary = &store.articles().unwrap()[0];
    assert_eq!(
        (summary.total, summary.reviewed, summary.confirmed),
        (3, 2, 1)
    );
}

#[test]
fn the_event_log_cannot_be_edited() {
    let mut store = Store::open_in_memory().unwrap();
    let id = imported(&mut store, V1).article_id;
    let claim = store.claims(id).unwrap()[0].clone();
    store
        .set_verdict(claim.id, Verdict::Confirmed, None, "alice")
        .unwrap();
    assert!(store.conn.execute("DELETE FROM events", []).is_err());
    assert!(
        store
            .conn
            .execute("UPDATE events SET reviewer = 'x'", [])
            .is_err()
    );
    assert_eq!(count(&store, "events"), 1);
}

mod files {
    use super::*;

    fn journal_mode(path: &Path) -> String {
        let conn = Connection::open(path).unwrap();
        conn.pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_new_file_is_migrated_in_wal_mode_and_work_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let claim_id = {
            let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
            let id = imported(&mut store, V1).article_id;
            let claim = store.claims(id).unwrap()[0].clone();
            store
                .set_verdict(claim.id, Verdict::Confirmed, None, "alice")
                .unwrap();
            store
                .set_verdict(claim.id, Verdict::Disputed, None, "alice")
                .unwrap();
            claim.id
        };
        assert_eq!(journal_mode(&path), "wal");
        let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
        let version: i64 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        // Undo survives a restart.
        assert_eq!(
            store.undo("alice").unwrap().unwrap().verdict,
            Verdict::Confirmed
        );
        assert!(!store.undo("alice").unwrap().unwrap().reviewed);
        assert_eq!(store.claim(claim_id).unwrap().rev, 5);
    }

    #[test]
    fn paranoid_mode_syncs_fully_and_foreign_keys_are_enforced() {
        let dir = tempfile::tempdir().unwrap();
        let sync = |paranoid: bool| -> i64 {
            let opts = OpenOptions {
                paranoid,
                ..OpenOptions::default()
            };
            let store = Store::open(&dir.path().join("f.db"), &opts).unwrap();
            store
                .conn
                .pragma_query_value(None, "synchronous", |r| r.get(0))
                .unwrap()
        };
        assert_eq!(sync(false), 1, "NORMAL");
        assert_eq!(sync(true), 2, "FULL");
        let store = Store::open(&dir.path().join("f.db"), &OpenOptions::default()).unwrap();
        let orphan = store.conn.execute(
            "INSERT INTO evidence (claim_id, text, added_by, added_at) VALUES (999, 'x', 'a', 'b')",
            [],
        );
        assert!(orphan.is_err());
    }

    #[test]
    fn an_empty_file_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.db");
        std::fs::write(&path, b"").unwrap();
        let store = Store::open(&path, &OpenOptions::default()).unwrap();
        assert!(store.articles().unwrap().is_empty());
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path, &OpenOptions::default())
            .err()
            .expect("a newer schema must be refused");
        assert!(
            matches!(err, StoreError::TooNew { found: 99, supported } if supported == SCHEMA_VERSION)
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert!(!dir.path().join("new.db-wal").exists());
        assert_eq!(journal_mode(&path), "delete");
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "just some notes, not a database at all\n".repeat(50)).unwrap();
        let err = Store::open(&path, &OpenOptions::default())
            .err()
            .expect("not a database");
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("notes.txt"));
    }

    #[test]
    fn a_missing_directory_is_an_open_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("f.db");
        let err = Store::open(&path, &OpenOptions::default())
            .err()
            .expect("missing directory");
        assert!(matches!(err, StoreError::Open { .. }), "{err}");
        assert!(!dir.path().join("nope").exists());
    }

    #[test]
    fn a_decision_from_another_session_is_never_silently_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let mut alice = Store::open(&path, &OpenOptions::default()).unwrap();
        let mut bob = Store::open(&path, &OpenOptions::default()).unwrap();
        let id = imported(&mut alice, V1).article_id;
        let seen_by_alice = alice.claims(id).unwrap()[0].clone();
        let seen_by_bob = bob.claim(seen_by_alice.id).unwrap();
        bob.set_verdict(
            seen_by_bob.id,
            Verdict::Disputed,
            Some(seen_by_bob.rev),
            "bob",
        )
        .unwrap();
        let err = alice
            .set_note(seen_by_alice.id, "fine", Some(seen_by_alice.rev), "alice")
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict { ref by, .. } if by == "bob"),
            "{err}"
        );
        let fresh = alice.claim(seen_by_alice.id).unwrap();
        assert_eq!(
            (fresh.verdict, fresh.note.as_str()),
            (Verdict::Disputed, "")
        );
        alice
            .set_note(fresh.id, "fine", Some(fresh.rev), "alice")
            .unwrap();
    }

    #[test]
    fn another_connections_commit_moves_data_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let watcher = Store::open(&path, &OpenOptions::default()).unwrap();
        let mut writer = Store::open(&path, &OpenOptions::default()).unwrap();
        let before = watcher.data_version().unwrap();
        assert_eq!(watcher.data_version().unwrap(), before);
        imported(&mut writer, V1);
        assert_ne!(watcher.data_version().unwrap(), before);
    }

    #[test]
    fn a_write_blocked_past_the_busy_timeout_is_a_busy_error_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let quick = OpenOptions {
            busy_timeout: std::time::Duration::from_millis(50),
            paranoid: false,
        };
        let mut store = Store::open(&path, &quick).unwrap();
        let id = imported(&mut store, V1).article_id;
        let claim = store.claims(id).unwrap()[0].clone();
        let blocker = Connection::open(&path).unwrap();
        blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let err = store
            .set_verdict(claim.id, Verdict::Confirmed, Some(claim.rev), "alice")
            .unwrap_err();
        assert!(matches!(err, StoreError::Busy), "{err:?}");
        assert!(err.to_string().contains("busy"), "{err}");
        blocker.execute_batch("ROLLBACK").unwrap();
        let after = store.claim(claim.id).unwrap();
        assert!(!after.reviewed);
        assert_eq!(after.rev, claim.rev);
    }

    #[test]
    fn a_full_disk_is_a_clear_error_and_leaves_the_data_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
        let id = imported(&mut store, V1).article_id;
        // Cap the file at its current size: the next import cannot grow it.
        let pages: i64 = store
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .unwrap();
        store
            .conn
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let long: Vec<String> = (0..2000)
            .map(|i| format!("Officials said {i} more homes were flooded on Tuesday."))
            .collect();
        let parts: Vec<(&str, bool)> = long.iter().map(|t| (t.as_str(), true)).collect();
        let (a, s) = article(&parts);
        let err = store.import("other.txt", &a, &s, "importer").unwrap_err();
        assert!(matches!(err, StoreError::DiskFull), "{err:?}");
        assert!(err.to_string().contains("full"), "{err}");
        assert_eq!(store.articles().unwrap().len(), 1);
        assert_eq!(store.claims(id).unwrap().len(), 3);
    }
}
