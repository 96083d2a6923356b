//! Reviewer changes. Each is one immediate transaction that checks the claim's `rev`, updates
//! the claim (rev + 1) and appends an event carrying what undo needs.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::log::{Change, Revert, non_empty, now, record, verdict_label};
use super::query::{latest_revision, load_claim};
use super::{Claim, Result, Store, StoreError, Verdict, normalise};
use crate::extract::Sentence;

/// Refuse a change based on an outdated read of the claim.
fn check_rev(claim: &Claim, expected_rev: Option<i64>) -> Result<()> {
    match expected_rev {
        Some(rev) if rev != claim.rev => Err(StoreError::Conflict {
            claim_id: claim.id,
            by: claim
                .updated_by
                .clone()
                .unwrap_or_else(|| "another session".to_string()),
            at: claim.updated_at.clone().unwrap_or_default(),
            verdict: verdict_label(claim),
        }),
        _ => Ok(()),
    }
}

/// Only claims of the article's latest revision can be changed (old ones are history).
fn check_listed(conn: &Connection, claim: &Claim, retracted: bool) -> Result<()> {
    let latest = latest_revision(conn, claim.article_id)?;
    if claim.revision != latest || retracted {
        return Err(StoreError::Invalid(format!(
            "claim {} is no longer in the current text of article {}",
            claim.id, claim.article_id
        )));
    }
    Ok(())
}

fn is_retracted(conn: &Connection, claim_id: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT retracted FROM claims WHERE id = ?1",
        [claim_id],
        |r| r.get(0),
    )?)
}

/// Evidence items trimmed; an empty one refuses the whole change.
fn checked_evidence<'a>(items: &[&'a str]) -> Result<Vec<&'a str>> {
    let trimmed: Vec<&str> = items.iter().map(|e| e.trim()).collect();
    if trimmed.iter().any(|e| e.is_empty()) {
        return Err(StoreError::Invalid("evidence is empty".to_string()));
    }
    Ok(trimmed)
}

/// Replace the note of `claim` (as read in this transaction) and log it.
/// `with_previous`: written in the same action as the event before it (see `log::UndoData`).
fn write_note(
    tx: &Transaction<'_>,
    claim: &Claim,
    note: &str,
    reviewer: &str,
    at: &str,
    with_previous: bool,
) -> Result<()> {
    tx.execute(
        "UPDATE claims SET note = ?2 WHERE id = ?1",
        params![claim.id, note],
    )?;
    let mut change =
        Change::new("note", non_empty(&claim.note), non_empty(note)).revert(Revert::Note {
            note: claim.note.clone(),
        });
    change.with_previous = with_previous;
    record(tx, claim.id, reviewer, at, change)?;
    Ok(())
}

fn write_evidence(
    tx: &Transaction<'_>,
    claim_id: i64,
    evidence: &str,
    reviewer: &str,
    at: &str,
    with_previous: bool,
) -> Result<()> {
    tx.execute(
        "INSERT INTO evidence (claim_id, text, added_by, added_at) VALUES (?1, ?2, ?3, ?4)",
        params![claim_id, evidence, reviewer, at],
    )?;
    let evidence_id = tx.last_insert_rowid();
    let mut change = Change::new("evidence", None, Some(evidence.to_string()))
        .revert(Revert::Evidence { evidence_id });
    change.with_previous = with_previous;
    record(tx, claim_id, reviewer, at, change)?;
    Ok(())
}

impl Store {
    pub(super) fn begin(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Load the claim inside `tx` and check it may be changed by a caller who saw `expected_rev`.
    fn claim_for_change(
        tx: &Transaction<'_>,
        claim_id: i64,
        expected_rev: Option<i64>,
    ) -> Result<Claim> {
        let claim = load_claim(tx, claim_id)?;
        check_listed(tx, &claim, is_retracted(tx, claim_id)?)?;
        check_rev(&claim, expected_rev)?;
        Ok(claim)
    }

    /// Decide a claim. `expected_rev`: the rev the reviewer saw (None = no check, for the CLI).
    /// A verdict also clears the stale flag: the claim has been re-reviewed.
    pub fn set_verdict(
        &mut self,
        claim_id: i64,
        verdict: Verdict,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        self.decide(claim_id, verdict, None, &[], expected_rev, reviewer)
    }

    /// Decide a claim and, in the same transaction, replace its note (when given) and add
    /// evidence: all of it is saved or none. Each part is its own event; one undo reverts them
    /// all.
    pub fn decide(
        &mut self,
        claim_id: i64,
        verdict: Verdict,
        note: Option<&str>,
        evidence: &[&str],
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        let evidence = checked_evidence(evidence)?;
        let tx = self.begin()?;
        let claim = Self::claim_for_change(&tx, claim_id, expected_rev)?;
        let at = now(&tx)?;
        tx.execute(
            "UPDATE claims SET verdict = ?2, reviewed = 1, stale = 0 WHERE id = ?1",
            params![claim_id, verdict.as_str()],
        )?;
        let from = Some(verdict_label(&claim));
        let change = Change::new("verdict", from, Some(verdict.as_str().to_string())).revert(
            Revert::Verdict {
                verdict: claim.verdict,
                reviewed: claim.reviewed,
                stale: claim.stale,
            },
        );
        record(&tx, claim_id, reviewer, &at, change)?;
        if let Some(note) = note {
            write_note(&tx, &claim, note, reviewer, &at, true)?;
        }
        for item in evidence {
            write_evidence(&tx, claim_id, item, reviewer, &at, true)?;
        }
        tx.commit()?;
        self.claim(claim_id)
    }

    pub fn set_note(
        &mut self,
        claim_id: i64,
        note: &str,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        let tx = self.begin()?;
        let claim = Self::claim_for_change(&tx, claim_id, expected_rev)?;
        let at = now(&tx)?;
        write_note(&tx, &claim, note, reviewer, &at, false)?;
        tx.commit()?;
        self.claim(claim_id)
    }

    /// Add a source link or a line of evidence (surrounding whitespace trimmed; empty refused).
    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        evidence: &str,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        let evidence = checked_evidence(&[evidence])?;
        let tx = self.begin()?;
        Self::claim_for_change(&tx, claim_id, expected_rev)?;
        let at = now(&tx)?;
        for item in evidence {
            write_evidence(&tx, claim_id, item, reviewer, &at, false)?;
        }
        tx.commit()?;
        self.claim(claim_id)
    }

    /// Dismiss ("not a claim", kept and hidden) or restore. Asking for the current state is a
    /// no-op that writes nothing.
    pub fn set_dismissed(
        &mut self,
        claim_id: i64,
        dismissed: bool,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        let tx = self.begin()?;
        let claim = Self::claim_for_change(&tx, claim_id, expected_rev)?;
        if claim.dismissed == dismissed {
            return Ok(claim);
        }
        let at = now(&tx)?;
        tx.execute(
            "UPDATE claims SET dismissed = ?2 WHERE id = ?1",
            params![claim_id, dismissed],
        )?;
        let action = if dismissed { "dismiss" } else { "restore" };
        let change = Change::new(action, None, None).revert(Revert::Dismissed {
            dismissed: claim.dismissed,
        });
        record(&tx, claim_id, reviewer, &at, change)?;
        tx.commit()?;
        self.claim(claim_id)
    }

    /// Make a sentence of the article's latest revision a claim by hand. A sentence that already
    /// is a claim is returned as it is (restored first if it was dismissed).
    pub fn promote(
        &mut self,
        article_id: i64,
        sentence: &Sentence,
        reviewer: &str,
    ) -> Result<Claim> {
        let tx = self.begin()?;
        let revision = latest_revision(&tx, article_id)?;
        let body: String = tx.query_row(
            "SELECT body FROM revisions WHERE article_id = ?1 AND revision = ?2",
            params![article_id, revision],
            |r| r.get(0),
        )?;
        let text = body
            .get(sentence.start..sentence.end)
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| {
                StoreError::Invalid(format!(
                    "span {}..{} is not a sentence of article {article_id}",
                    sentence.start, sentence.end
                ))
            })?
            .to_string();
        let (start, end) = (to_i64(sentence.start)?, to_i64(sentence.end)?);
        let existing: Option<(i64, bool, bool)> = tx
            .query_row(
                "SELECT id, retracted, dismissed FROM claims
                 WHERE article_id = ?1 AND revision = ?2 AND start_byte = ?3 AND end_byte = ?4
                 ORDER BY retracted, id LIMIT 1",
                params![article_id, revision, start, end],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let at = now(&tx)?;
        let claim_id = match existing {
            Some((id, false, dismissed)) => {
                tx.commit()?;
                return if dismissed {
                    self.set_dismissed(id, false, None, reviewer)
                } else {
                    self.claim(id)
                };
            }
            Some((id, true, _)) => {
                tx.execute(
                    "UPDATE claims SET retracted = 0, promoted = 1 WHERE id = ?1",
                    [id],
                )?;
                id
            }
            None => {
                let reasons = serde_json::to_string(&sentence.reasons)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO claims (article_id, revision, start_byte, end_byte, text, norm,
                                         score, kind, speaker, reasons, promoted)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1)",
                    params![
                        article_id,
                        revision,
                        start,
                        end,
                        text,
                        normalise(&text),
                        f64::from(sentence.score),
                        sentence.kind.as_str(),
                        sentence.speaker,
                        reasons
                    ],
                )?;
                tx.last_insert_rowid()
            }
        };
        let change = Change::new("promote", None, Some(text)).revert(Revert::Promote);
        record(&tx, claim_id, reviewer, &at, change)?;
        tx.commit()?;
        self.claim(claim_id)
    }
}

pub(super) fn to_i64(n: usize) -> Result<i64> {
    i64::try_from(n).map_err(|_| StoreError::Invalid(format!("offset {n} is too large")))
}
