//! The event log: every change is appended with who, when, from, to, and what undo needs.

use rusqlite::{Connection, Transaction, params};
use serde::{Deserialize, Serialize};

use super::query::verdict_label_parts;
use super::{Claim, Result, StoreError, Verdict};

/// The actions `undo` can revert.
pub(super) const UNDOABLE: &str =
    "('verdict', 'note', 'evidence', 'dismiss', 'restore', 'promote')";

/// What reverting an event needs, stored as JSON in `events.undo_data`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "revert", rename_all = "snake_case")]
pub(super) enum Revert {
    Verdict {
        verdict: Verdict,
        reviewed: bool,
        stale: bool,
    },
    Note {
        note: String,
    },
    Evidence {
        evidence_id: i64,
    },
    Dismissed {
        dismissed: bool,
    },
    Promote,
}

/// `events.undo_data`: the revert, and whether the event was written together with the one
/// before it (the note and evidence of one decision), so that one undo reverts them all. Rows
/// written before `with_previous` existed read as `false`.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct UndoData {
    #[serde(flatten)]
    pub revert: Revert,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub with_previous: bool,
}

/// One row of the event log, before it is written.
pub(super) struct Change {
    pub action: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
    pub note: Option<String>,
    pub revert: Option<Revert>,
    /// Part of the same reviewer action as the event written just before it.
    pub with_previous: bool,
    pub undoes: Option<i64>,
}

impl Change {
    pub fn new(action: &'static str, from: Option<String>, to: Option<String>) -> Change {
        Change {
            action,
            from,
            to,
            note: None,
            revert: None,
            with_previous: false,
            undoes: None,
        }
    }

    pub fn revert(mut self, revert: Revert) -> Change {
        self.revert = Some(revert);
        self
    }
}

pub(super) fn verdict_label(claim: &Claim) -> String {
    verdict_label_parts(claim.reviewed, claim.verdict.as_str())
}

/// RFC 3339 UTC, from SQLite's clock so every process agrees on the format.
pub(super) fn now(conn: &Connection) -> Result<String> {
    Ok(
        conn.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", [], |r| {
            r.get(0)
        })?,
    )
}

pub(super) fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// Bump the claim's rev, stamp who changed it, and append the event. Returns the event id.
pub(super) fn record(
    tx: &Transaction<'_>,
    claim_id: i64,
    reviewer: &str,
    at: &str,
    change: Change,
) -> Result<i64> {
    tx.execute(
        "UPDATE claims SET rev = rev + 1, updated_by = ?2, updated_at = ?3 WHERE id = ?1",
        params![claim_id, reviewer, at],
    )?;
    append_event(tx, claim_id, reviewer, at, change)
}

pub(super) fn append_event(
    tx: &Transaction<'_>,
    claim_id: i64,
    reviewer: &str,
    at: &str,
    change: Change,
) -> Result<i64> {
    let undo_data = match change.revert {
        Some(revert) => {
            let data = UndoData {
                revert,
                with_previous: change.with_previous,
            };
            Some(serde_json::to_string(&data).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        }
        None => None,
    };
    tx.execute(
        "INSERT INTO events (claim_id, reviewer, at, action, from_value, to_value, note,
                             undo_data, undoes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            claim_id,
            reviewer,
            at,
            change.action,
            change.from,
            change.to,
            change.note,
            undo_data,
            change.undoes
        ],
    )?;
    Ok(tx.last_insert_rowid())
}
