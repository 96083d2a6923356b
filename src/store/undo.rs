//! Multi-level undo per reviewer: each undo appends events that revert the reviewer's most
//! recent action not yet undone (one change, or a decision with its note and evidence).
//! Nothing is deleted from the log.

use rusqlite::{OptionalExtension, Transaction, params};

use super::log::{
    Change, Revert, UNDOABLE, UndoData, append_event, non_empty, now, record, verdict_label,
};
use super::query::{load_claim, verdict_label_parts};
use super::{Claim, Result, Store, StoreError};

/// A reviewer's change that `undo` may still revert.
struct Undoable {
    id: i64,
    claim_id: i64,
    action: String,
    undo_data: Option<String>,
}

impl Store {
    /// Revert this reviewer's most recent action that is not yet undone, by writing a new event
    /// for each change it made (a decision with a note and evidence is one action). `None` when
    /// there is nothing left to undo. A change that another reviewer has changed since is not
    /// reverted: an `undo_skipped` event marks it handled (so the next undo goes further back),
    /// and when nothing at all could be reverted, `Conflict` names who changed it.
    pub fn undo(&mut self, reviewer: &str) -> Result<Option<Claim>> {
        let tx = self.begin()?;
        let (mut reverted, mut conflict) = (None, None);
        while let Some(target) = latest_undoable(&tx, reviewer)? {
            let data: UndoData = target
                .undo_data
                .as_deref()
                .and_then(|d| serde_json::from_str(d).ok())
                .ok_or_else(|| {
                    StoreError::Corrupt(format!("event {} has no usable undo data", target.id))
                })?;
            match revert(&tx, &target, data.revert, reviewer)? {
                None => reverted = Some(target.claim_id),
                Some(skipped) => conflict = conflict.or(Some(skipped)),
            }
            if !data.with_previous {
                break;
            }
        }
        tx.commit()?;
        match (reverted, conflict) {
            (Some(claim_id), _) => self.claim(claim_id).map(Some),
            (None, Some(conflict)) => Err(conflict),
            (None, None) => Ok(None),
        }
    }
}

/// The reviewer's most recent change that is not yet undone.
fn latest_undoable(tx: &Transaction<'_>, reviewer: &str) -> Result<Option<Undoable>> {
    Ok(tx
        .query_row(
            &format!(
                "SELECT e.id, e.claim_id, e.action, e.undo_data FROM events e
                 WHERE e.reviewer = ?1 AND e.action IN {UNDOABLE}
                   AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)
                 ORDER BY e.id DESC LIMIT 1"
            ),
            [reviewer],
            |r| {
                Ok(Undoable {
                    id: r.get(0)?,
                    claim_id: r.get(1)?,
                    action: r.get(2)?,
                    undo_data: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// Revert one change and log it; when another reviewer changed the same thing since, log an
/// `undo_skipped` event instead and return the conflict.
fn revert(
    tx: &Transaction<'_>,
    target: &Undoable,
    revert: Revert,
    reviewer: &str,
) -> Result<Option<StoreError>> {
    let claim = load_claim(tx, target.claim_id)?;
    let at = now(tx)?;

    if let Some((by, when)) = changed_since(tx, target, reviewer)? {
        let mut change = Change::new("undo_skipped", None, None);
        change.undoes = Some(target.id);
        change.note = Some(format!(
            "{} (event {}) not undone: changed since by {by} at {when}",
            target.action, target.id
        ));
        append_event(tx, claim.id, reviewer, &at, change)?;
        return Ok(Some(StoreError::Conflict {
            claim_id: claim.id,
            by,
            at: when,
            verdict: verdict_label(&claim),
        }));
    }

    let (from, to) = match &revert {
        Revert::Verdict {
            verdict,
            reviewed,
            stale,
        } => {
            tx.execute(
                "UPDATE claims SET verdict = ?2, reviewed = ?3, stale = ?4 WHERE id = ?1",
                params![claim.id, verdict.as_str(), reviewed, stale],
            )?;
            let restored = verdict_label_parts(*reviewed, verdict.as_str());
            (Some(verdict_label(&claim)), Some(restored))
        }
        Revert::Note { note } => {
            tx.execute(
                "UPDATE claims SET note = ?2 WHERE id = ?1",
                params![claim.id, note],
            )?;
            (non_empty(&claim.note), non_empty(note))
        }
        Revert::Evidence { evidence_id } => {
            let text: Option<String> = tx
                .query_row(
                    "SELECT text FROM evidence WHERE id = ?1",
                    [evidence_id],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "UPDATE evidence SET removed = 1 WHERE id = ?1",
                [evidence_id],
            )?;
            (text, None)
        }
        Revert::Dismissed { dismissed } => {
            tx.execute(
                "UPDATE claims SET dismissed = ?2 WHERE id = ?1",
                params![claim.id, dismissed],
            )?;
            let state = |d: bool| Some(if d { "dismissed" } else { "listed" }.to_string());
            (state(claim.dismissed), state(*dismissed))
        }
        Revert::Promote => {
            tx.execute(
                "UPDATE claims SET retracted = 1, promoted = 0 WHERE id = ?1",
                [claim.id],
            )?;
            (
                Some("promoted".to_string()),
                Some("not a claim".to_string()),
            )
        }
    };
    let mut change = Change::new("undo", from, to);
    change.undoes = Some(target.id);
    change.note = Some(format!("undid {} (event {})", target.action, target.id));
    record(tx, claim.id, reviewer, &at, change)?;
    Ok(None)
}

/// Another reviewer's later, still-standing change to the same field of the claim, if any
/// (who, when). Evidence rows are independent, so undoing an addition never conflicts.
fn changed_since(
    tx: &Transaction<'_>,
    target: &Undoable,
    reviewer: &str,
) -> Result<Option<(String, String)>> {
    let related = match target.action.as_str() {
        "verdict" => "('verdict')",
        "note" => "('note')",
        "dismiss" | "restore" => "('dismiss', 'restore')",
        "promote" => UNDOABLE,
        _ => return Ok(None),
    };
    Ok(tx
        .query_row(
            &format!(
                "SELECT e.reviewer, e.at FROM events e
                 WHERE e.claim_id = ?1 AND e.id > ?2 AND e.reviewer <> ?3
                   AND e.action IN {related}
                   AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)
                 ORDER BY e.id DESC LIMIT 1"
            ),
            params![target.claim_id, target.id, reviewer],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
