//! Import: an article becomes a revision; re-imports carry reviewed work over.
//!
//! Matching a new revision against the previous one:
//! - A new sentence whose normalised text equals an old claim's (first unmatched one, in text
//!   order) *carries over* that claim: same id, so verdict, reviewed flag, note, evidence,
//!   dismissed/promoted state and history stay; only its spans, revision and scores move.
//!   Unreviewed extracted claims whose sentence fell below the threshold are not carried.
//! - "Same place" for a changed claim: matched sentences are anchors; an unmatched old claim and
//!   an unmatched new sentence are in the same place when they sit between the same two anchors.
//!   A new claim in the same place as a reviewed old claim is a new row flagged `stale` (and
//!   `replaces` the old one; with several in that place, the one sharing the most words).
//! - A reviewed old claim whose rewritten sentence no longer scores as a claim still gets a stale
//!   claim, for the sentence in its place sharing most words with it, so no decision silently
//!   drops out of the list.
//! - Old claims that were not carried stay on their old revision: kept, not listed. If their
//!   exact text comes back later (a reverted edit), a claim that was worked on returns with its
//!   verdict, note, evidence and history.

use std::collections::{HashMap, HashSet, VecDeque};

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use sha2::{Digest, Sha256};

use super::log::now;
use super::query::{latest_revision, verdict_label_parts};
use super::review::to_i64;
use super::{ImportOutcome, ImportStatus, Result, Store, StoreError, normalise};
use crate::article::Article;
use crate::extract::{Kind, Sentence};

/// What the matcher needs to know about a claim of the previous revision.
#[derive(Debug, Clone)]
struct OldClaim {
    id: i64,
    norm: String,
    text: String,
    kind: String,
    reviewed: bool,
    verdict: String,
    /// Reviewed, promoted, dismissed or annotated: carried even when no longer scored a claim.
    worked_on: bool,
    /// From a revision before the previous one: it vanished and may come back.
    earlier: bool,
}

/// Where a new sentence goes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Placement {
    /// Not a claim in the new revision.
    Skip,
    /// Carries over the old claim at this index.
    Carry(usize),
    /// A new claim, stale when it replaces a reviewed old claim (index).
    New { replaces: Option<usize> },
}

/// Decide, for each new sentence `(normalised text, is a claim)`, where it goes.
fn plan(old: &[OldClaim], new: &[(String, bool)]) -> Vec<Placement> {
    let mut by_norm: HashMap<&str, VecDeque<usize>> = HashMap::new();
    let mut earlier_by_norm: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, claim) in old.iter().enumerate() {
        let map = if claim.earlier {
            &mut earlier_by_norm
        } else {
            &mut by_norm
        };
        map.entry(claim.norm.as_str()).or_default().push_back(j);
    }
    let mut matched_old = vec![false; old.len()];
    // The old claim each new sentence matched, claim or not: the anchors.
    let mut anchor: Vec<Option<usize>> = vec![None; new.len()];
    let mut placement: Vec<Placement> = new
        .iter()
        .enumerate()
        .map(|(i, (norm, is_claim))| {
            if let Some(j) = by_norm.get_mut(norm.as_str()).and_then(VecDeque::pop_front) {
                matched_old[j] = true;
                anchor[i] = Some(j);
                if *is_claim || old[j].worked_on {
                    return Placement::Carry(j);
                }
                return Placement::Skip;
            }
            // Text that had vanished and is back (a reverted edit): its old claim returns.
            // Not an anchor: its position says nothing about the previous revision.
            if let Some(j) = earlier_by_norm
                .get_mut(norm.as_str())
                .and_then(VecDeque::pop_front)
            {
                return Placement::Carry(j);
            }
            if *is_claim {
                Placement::New { replaces: None }
            } else {
                Placement::Skip
            }
        })
        .collect();

    // For each new sentence, the old indices of the nearest anchors before and after it.
    let mut bounds: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); new.len()];
    let mut last = None;
    for i in 0..new.len() {
        bounds[i].0 = last;
        if anchor[i].is_some() {
            last = anchor[i];
        }
    }
    last = None;
    for i in (0..new.len()).rev() {
        bounds[i].1 = last;
        if anchor[i].is_some() {
            last = anchor[i];
        }
    }
    let in_place = |i: usize, j: usize| {
        let (before, after) = bounds[i];
        before.is_none_or(|b| j > b) && after.is_none_or(|a| j < a)
    };
    let candidates: Vec<usize> = (0..old.len())
        .filter(|&j| !matched_old[j] && !old[j].earlier && old[j].reviewed)
        .collect();
    let mut used = vec![false; old.len()];

    for (i, place) in placement.iter_mut().enumerate() {
        if let Placement::New { replaces } = place {
            let here: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&j| in_place(i, j))
                .collect();
            // The old claim sharing the most words, preferring one not yet replaced; a split
            // sentence still flags every part.
            let shared = |j: usize| shared_words(&new[i].0, &old[j].norm);
            let pick = here
                .iter()
                .copied()
                .filter(|&j| !used[j])
                .max_by_key(|&j| (shared(j), std::cmp::Reverse(j)))
                .or_else(|| {
                    here.iter()
                        .copied()
                        .max_by_key(|&j| (shared(j), std::cmp::Reverse(j)))
                });
            if let Some(j) = pick {
                used[j] = true;
                *replaces = Some(j);
            }
        }
    }
    for &j in &candidates {
        if used[j] {
            continue;
        }
        // Its rewrite fell below the threshold: the sentence in its place sharing most words.
        let spot = (0..new.len())
            .filter(|&i| anchor[i].is_none() && placement[i] == Placement::Skip && in_place(i, j))
            .map(|i| (shared_words(&new[i].0, &old[j].norm), std::cmp::Reverse(i)))
            .filter(|&(shared, _)| shared > 0)
            .max()
            .map(|(_, std::cmp::Reverse(i))| i);
        if let Some(i) = spot {
            used[j] = true;
            placement[i] = Placement::New { replaces: Some(j) };
        }
    }
    placement
}

/// How many distinct words two normalised texts have in common.
fn shared_words(a: &str, b: &str) -> usize {
    let words: HashSet<&str> = a.split(' ').collect();
    b.split(' ')
        .collect::<HashSet<_>>()
        .intersection(&words)
        .count()
}

/// A digest of everything an import stores, so identical content is recognised.
fn content_hash(article: &Article) -> Result<String> {
    let meta =
        serde_json::to_string(&article.meta).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut hasher = Sha256::new();
    for part in [
        article.format.as_str(),
        meta.as_str(),
        article.body.as_str(),
    ] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The previous revision's claims in text order, then claims worked on that vanished in
/// earlier revisions (latest first), so a reverted edit can bring them back.
fn old_claims(tx: &Transaction<'_>, article_id: i64, previous: i64) -> Result<Vec<OldClaim>> {
    let mut stmt = tx.prepare(
        "SELECT id, norm, text, kind, reviewed, verdict, worked_on, revision < ?2 FROM (
             SELECT c.*, c.reviewed OR c.promoted OR c.dismissed OR c.note <> ''
                   OR EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.removed = 0)
                   AS worked_on
             FROM claims c WHERE c.article_id = ?1 AND c.retracted = 0)
         WHERE revision = ?2 OR worked_on
         ORDER BY revision = ?2 DESC, revision DESC, start_byte, id",
    )?;
    let rows = stmt.query_map(params![article_id, previous], |r| {
        Ok(OldClaim {
            id: r.get(0)?,
            norm: r.get(1)?,
            text: r.get(2)?,
            kind: r.get(3)?,
            reviewed: r.get(4)?,
            verdict: r.get(5)?,
            worked_on: r.get(6)?,
            earlier: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (claims, stale) listed for a revision, dismissed claims not counted.
fn counts(tx: &Transaction<'_>, article_id: i64, revision: i64) -> Result<(usize, usize)> {
    let (claims, stale): (i64, i64) = tx.query_row(
        "SELECT count(*), coalesce(sum(stale), 0) FROM claims
         WHERE article_id = ?1 AND revision = ?2 AND retracted = 0 AND dismissed = 0",
        params![article_id, revision],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok((
        usize::try_from(claims).unwrap_or_default(),
        usize::try_from(stale).unwrap_or_default(),
    ))
}

impl Store {
    /// Import one article with its extracted sentences (claims are those with `claim == true`).
    /// `key` identifies the source across re-imports (the canonical path). Identical content
    /// writes nothing; changed content becomes a new revision (see the module docs).
    pub fn import(
        &mut self,
        key: &str,
        article: &Article,
        sentences: &[Sentence],
        reviewer: &str,
    ) -> Result<ImportOutcome> {
        let texts: Vec<&str> = sentences
            .iter()
            .map(|s| {
                article.body.get(s.start..s.end).ok_or_else(|| {
                    StoreError::Invalid(format!(
                        "sentence span {}..{} is outside the body or splits a character",
                        s.start, s.end
                    ))
                })
            })
            .collect::<Result<_>>()?;
        let hash = content_hash(article)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM articles WHERE source_key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?;
        let at = now(&tx)?;
        let (article_id, revision, status, old) = match existing {
            Some(id) => {
                let previous = latest_revision(&tx, id)?;
                let old_hash: String = tx.query_row(
                    "SELECT hash FROM revisions WHERE article_id = ?1 AND revision = ?2",
                    params![id, previous],
                    |r| r.get(0),
                )?;
                if old_hash == hash {
                    let (claims, stale) = counts(&tx, id, previous)?;
                    // Dropping the transaction rolls back: nothing was written.
                    return Ok(ImportOutcome {
                        article_id: id,
                        revision: previous,
                        status: ImportStatus::Unchanged,
                        claims,
                        stale,
                    });
                }
                let old = old_claims(&tx, id, previous)?;
                tx.execute(
                    "UPDATE articles SET revision = ?2 WHERE id = ?1",
                    params![id, previous + 1],
                )?;
                (id, previous + 1, ImportStatus::Updated, old)
            }
            None => {
                tx.execute(
                    "INSERT INTO articles (source_key, revision, created_at) VALUES (?1, 1, ?2)",
                    params![key, at],
                )?;
                (tx.last_insert_rowid(), 1, ImportStatus::New, Vec::new())
            }
        };
        tx.execute(
            "INSERT INTO revisions (article_id, revision, title, date, source, author, format,
                                    body, hash, imported_at, imported_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                article_id,
                revision,
                article.meta.title,
                article.meta.date,
                article.meta.source,
                article.meta.author,
                article.format.as_str(),
                article.body,
                hash,
                at,
                reviewer
            ],
        )?;

        let new: Vec<(String, bool)> = sentences
            .iter()
            .zip(&texts)
            .map(|(s, text)| (normalise(text), s.claim))
            .collect();
        let placements = plan(&old, &new);
        for ((sentence, text), (place, (norm, _))) in sentences
            .iter()
            .zip(&texts)
            .zip(placements.iter().zip(&new))
        {
            let reasons = serde_json::to_string(&sentence.reasons)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let (start, end) = (to_i64(sentence.start)?, to_i64(sentence.end)?);
            let score = f64::from(sentence.score);
            match place {
                Placement::Skip => {}
                Placement::Carry(j) => {
                    // A hand-kept claim below the threshold keeps the kind it had.
                    let kind = if sentence.claim {
                        sentence.kind.as_str()
                    } else {
                        old[*j].kind.as_str()
                    };
                    tx.prepare_cached(
                        "UPDATE claims SET revision = ?2, start_byte = ?3, end_byte = ?4,
                                text = ?5, norm = ?6, score = ?7, kind = ?8, speaker = ?9,
                                reasons = ?10
                         WHERE id = ?1",
                    )?
                    .execute(params![
                        old[*j].id,
                        revision,
                        start,
                        end,
                        text,
                        norm,
                        score,
                        kind,
                        sentence.speaker,
                        reasons
                    ])?;
                }
                Placement::New { replaces } => {
                    let replaced = replaces.map(|j| &old[j]);
                    let kind = match (sentence.kind, replaced) {
                        (Kind::NotAClaim, Some(o)) => o.kind.as_str(),
                        (kind, _) => kind.as_str(),
                    };
                    tx.prepare_cached(
                        "INSERT INTO claims (article_id, revision, start_byte, end_byte, text,
                                             norm, score, kind, speaker, reasons, stale, replaces)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    )?
                    .execute(params![
                        article_id,
                        revision,
                        start,
                        end,
                        text,
                        norm,
                        score,
                        kind,
                        sentence.speaker,
                        reasons,
                        replaced.is_some(),
                        replaced.map(|o| o.id)
                    ])?;
                    if let Some(o) = replaced {
                        let claim_id = tx.last_insert_rowid();
                        tx.prepare_cached(
                            "INSERT INTO events (claim_id, reviewer, at, action, from_value, note)
                             VALUES (?1, ?2, ?3, 'stale', ?4, ?5)",
                        )?
                        .execute(params![
                            claim_id,
                            reviewer,
                            at,
                            verdict_label_parts(o.reviewed, &o.verdict),
                            format!(
                                "text changed in revision {revision}; claim {} read: {}",
                                o.id, o.text
                            )
                        ])?;
                    }
                }
            }
        }
        let (claims, stale) = counts(&tx, article_id, revision)?;
        tx.commit()?;
        Ok(ImportOutcome {
            article_id,
            revision,
            status,
            claims,
            stale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old(id: i64, norm: &str, reviewed: bool) -> OldClaim {
        OldClaim {
            id,
            norm: norm.to_string(),
            text: norm.to_string(),
            kind: "quantity".to_string(),
            reviewed,
            verdict: "confirmed".to_string(),
            worked_on: reviewed,
            earlier: false,
        }
    }

    fn new(items: &[(&str, bool)]) -> Vec<(String, bool)> {
        items.iter().map(|(t, c)| (t.to_string(), *c)).collect()
    }

    #[test]
    fn identical_text_carries_over_in_order() {
        let old = [old(1, "a", true), old(2, "b", false)];
        let got = plan(&old, &new(&[("x", false), ("a", true), ("b", true)]));
        assert_eq!(
            got,
            [Placement::Skip, Placement::Carry(0), Placement::Carry(1)]
        );
    }

    #[test]
    fn a_rewritten_reviewed_claim_between_the_same_anchors_is_replaced() {
        let old = [old(1, "a", true), old(2, "b", true), old(3, "c", true)];
        let got = plan(&old, &new(&[("a", true), ("b2", true), ("c", true)]));
        assert_eq!(got[1], Placement::New { replaces: Some(1) });
    }

    #[test]
    fn several_rewrites_between_the_same_anchors_pair_up_by_shared_words() {
        let old = [
            old(1, "a", true),
            old(2, "three buildings were damaged", true),
            old(3, "the mayor said twelve were hurt", true),
            old(4, "c", true),
        ];
        let got = plan(
            &old,
            &new(&[
                ("a", true),
                ("the mayor said fifteen were hurt", true),
                ("four buildings were damaged", true),
                ("c", true),
            ]),
        );
        assert_eq!(got[1], Placement::New { replaces: Some(2) });
        assert_eq!(got[2], Placement::New { replaces: Some(1) });
    }

    #[test]
    fn a_new_claim_elsewhere_is_not_stale() {
        let old = [old(1, "a", true), old(2, "b", true)];
        let got = plan(&old, &new(&[("a", true), ("b", true), ("fresh", true)]));
        assert_eq!(got[2], Placement::New { replaces: None });
    }

    #[test]
    fn an_unreviewed_rewritten_claim_is_simply_new() {
        let old = [old(1, "a", true), old(2, "b", false), old(3, "c", true)];
        let got = plan(&old, &new(&[("a", true), ("b2", true), ("c", true)]));
        assert_eq!(got[1], Placement::New { replaces: None });
    }

    #[test]
    fn a_reviewed_claim_rewritten_below_the_threshold_still_surfaces_as_stale() {
        let old = [
            old(1, "a", true),
            old(2, "three buildings were damaged", true),
            old(3, "c", true),
        ];
        let got = plan(
            &old,
            &new(&[
                ("a", true),
                ("four buildings were damaged", false),
                ("c", true),
            ]),
        );
        assert_eq!(got[1], Placement::New { replaces: Some(1) });
    }

    #[test]
    fn a_sentence_sharing_no_words_is_not_taken_for_a_rewrite() {
        let old = [
            old(1, "a", true),
            old(2, "eight drones were shot down", true),
            old(3, "c", true),
        ];
        let got = plan(
            &old,
            &new(&[
                ("a", true),
                ("ap", false),
                ("nine drones were downed", false),
                ("c", true),
            ]),
        );
        assert_eq!(got[1], Placement::Skip);
        assert_eq!(got[2], Placement::New { replaces: Some(1) });
    }

    #[test]
    fn unreviewed_claims_that_fell_below_the_threshold_are_dropped() {
        let old = [old(1, "a", false)];
        let got = plan(&old, &new(&[("a", false)]));
        assert_eq!(got, [Placement::Skip]);
    }

    #[test]
    fn text_that_comes_back_revives_its_vanished_claim_without_anchoring() {
        let mut gone = old(9, "eight drones were shot down", true);
        gone.earlier = true;
        let old = [
            old(1, "a", true),
            old(2, "nine drones were shot down", false),
            old(3, "c", true),
            gone,
        ];
        let got = plan(
            &old,
            &new(&[
                ("eight drones were shot down", true),
                ("a", true),
                ("c", true),
            ]),
        );
        assert_eq!(
            got,
            [
                Placement::Carry(3),
                Placement::Carry(0),
                Placement::Carry(2)
            ]
        );
    }

    #[test]
    fn duplicate_sentences_match_one_to_one() {
        let old = [old(1, "same", true), old(2, "same", false)];
        let got = plan(
            &old,
            &new(&[("same", true), ("same", true), ("same", true)]),
        );
        assert_eq!(
            got,
            [
                Placement::Carry(0),
                Placement::Carry(1),
                Placement::New { replaces: None }
            ]
        );
    }
}
