//! Reads: what the CLI and the TUI list and show.

use std::collections::HashMap;

use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{
    ArticleRecord, ArticleSummary, Claim, Event, Replaced, Result, Stats, Store, StoreError,
    Verdict,
};
use crate::article::{Format, Meta};
use crate::extract::Kind;

/// The columns `claim_from_row` reads, in order, from `CLAIMS`.
const CLAIM_COLUMNS: &str = "c.id, c.article_id, c.revision, c.start_byte, c.end_byte, c.text, \
     c.score, c.kind, c.speaker, c.reasons, c.verdict, c.reviewed, c.dismissed, c.stale, \
     c.promoted, c.note, c.rev, c.updated_by, c.updated_at, \
     p.id, p.text, p.reviewed, p.verdict, p.note";

/// Claims `c`, each with the claim `p` it replaces, if any.
const CLAIMS: &str = "claims c LEFT JOIN claims p ON p.id = c.replaces";

/// A text column that must parse as one of our enums.
fn parsed<T>(row: &Row<'_>, idx: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}

fn offset(row: &Row<'_>, idx: usize) -> rusqlite::Result<usize> {
    let v: i64 = row.get(idx)?;
    usize::try_from(v)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Integer, e.into()))
}

/// A claim without its evidence (filled in by the caller).
fn claim_from_row(row: &Row<'_>) -> rusqlite::Result<Claim> {
    let reasons: String = row.get(9)?;
    let reasons: Vec<String> = serde_json::from_str(&reasons)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(9, Type::Text, e.into()))?;
    Ok(Claim {
        id: row.get(0)?,
        article_id: row.get(1)?,
        revision: row.get(2)?,
        start: offset(row, 3)?,
        end: offset(row, 4)?,
        text: row.get(5)?,
        score: row.get::<_, f64>(6)? as f32,
        kind: parsed(row, 7, Kind::parse)?,
        speaker: row.get(8)?,
        reasons,
        verdict: parsed(row, 10, Verdict::parse)?,
        reviewed: row.get(11)?,
        dismissed: row.get(12)?,
        stale: row.get(13)?,
        promoted: row.get(14)?,
        note: row.get(15)?,
        evidence: Vec::new(),
        rev: row.get(16)?,
        updated_by: row.get(17)?,
        updated_at: row.get(18)?,
        replaces: match row.get::<_, Option<i64>>(19)? {
            Some(id) => Some(Replaced {
                id,
                text: row.get(20)?,
                verdict: verdict_label_parts(row.get(21)?, &row.get::<_, String>(22)?),
                note: row.get(23)?,
            }),
            None => None,
        },
    })
}

/// "unreviewed" until a verdict is given, then the verdict.
pub(super) fn verdict_label_parts(reviewed: bool, verdict: &str) -> String {
    if reviewed { verdict } else { "unreviewed" }.to_string()
}

/// One claim by id, with its evidence; works inside a transaction too.
pub(super) fn load_claim(conn: &Connection, claim_id: i64) -> Result<Claim> {
    let mut claim = conn
        .query_row(
            &format!("SELECT {CLAIM_COLUMNS} FROM {CLAIMS} WHERE c.id = ?1"),
            [claim_id],
            claim_from_row,
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound(format!("claim {claim_id}")))?;
    let mut stmt = conn.prepare_cached(
        "SELECT text FROM evidence WHERE claim_id = ?1 AND removed = 0 ORDER BY id",
    )?;
    claim.evidence = stmt
        .query_map([claim_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(claim)
}

/// The article's latest revision number, or `NotFound`.
pub(super) fn latest_revision(conn: &Connection, article_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT revision FROM articles WHERE id = ?1",
        [article_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| StoreError::NotFound(format!("article {article_id}")))
}

impl Store {
    /// Every article with its latest revision's metadata and claim counts, in import order.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, r.title, r.date, r.source, r.format, a.revision,
                    count(c.id),
                    coalesce(sum(c.reviewed), 0),
                    coalesce(sum(c.reviewed AND c.verdict = 'confirmed'), 0),
                    coalesce(sum(c.reviewed AND c.verdict = 'disputed'), 0),
                    coalesce(sum(c.reviewed AND c.verdict = 'unverified'), 0),
                    coalesce(sum(c.stale), 0)
             FROM articles a
             JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision
             LEFT JOIN claims c ON c.article_id = a.id AND c.revision = a.revision
                               AND c.retracted = 0 AND c.dismissed = 0
             GROUP BY a.id
             ORDER BY a.id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ArticleSummary {
                id: row.get(0)?,
                title: row.get(1)?,
                date: row.get(2)?,
                source: row.get(3)?,
                format: parsed(row, 4, Format::parse)?,
                revision: row.get(5)?,
                total: row.get(6)?,
                reviewed: row.get(7)?,
                confirmed: row.get(8)?,
                disputed: row.get(9)?,
                unverified: row.get(10)?,
                stale: row.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest revision of an article.
    pub fn article(&self, id: i64) -> Result<ArticleRecord> {
        self.conn
            .query_row(
                "SELECT r.title, r.date, r.source, r.author, r.format, r.body, r.revision, r.hash
                 FROM articles a
                 JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision
                 WHERE a.id = ?1",
                [id],
                |row| {
                    Ok(ArticleRecord {
                        id,
                        meta: Meta {
                            title: row.get(0)?,
                            date: row.get(1)?,
                            source: row.get(2)?,
                            author: row.get(3)?,
                        },
                        format: parsed(row, 4, Format::parse)?,
                        body: row.get(5)?,
                        revision: row.get(6)?,
                        hash: row.get(7)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("article {id}")))
    }

    /// Claims of the article's latest revision in text order, dismissed ones included.
    pub fn claims(&self, article_id: i64) -> Result<Vec<Claim>> {
        let revision = latest_revision(&self.conn, article_id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CLAIM_COLUMNS} FROM {CLAIMS}
             WHERE c.article_id = ?1 AND c.revision = ?2 AND c.retracted = 0
             ORDER BY c.start_byte, c.id"
        ))?;
        let mut claims: Vec<Claim> = stmt
            .query_map(params![article_id, revision], claim_from_row)?
            .collect::<rusqlite::Result<_>>()?;

        let mut evidence: HashMap<i64, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.claim_id, e.text FROM evidence e JOIN claims c ON c.id = e.claim_id
             WHERE c.article_id = ?1 AND c.revision = ?2 AND e.removed = 0
             ORDER BY e.id",
        )?;
        let rows = stmt.query_map(params![article_id, revision], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (claim_id, text) = row?;
            evidence.entry(claim_id).or_default().push(text);
        }
        for claim in &mut claims {
            claim.evidence = evidence.remove(&claim.id).unwrap_or_default();
        }
        Ok(claims)
    }

    pub fn claim(&self, claim_id: i64) -> Result<Claim> {
        load_claim(&self.conn, claim_id)
    }

    /// Every event of a claim, oldest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<Event>> {
        // Distinguish "no such claim" from "no events yet".
        load_claim(&self.conn, claim_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, claim_id, reviewer, at, action, from_value, to_value, note
             FROM events WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], |row| {
            Ok(Event {
                id: row.get(0)?,
                claim_id: row.get(1)?,
                reviewer: row.get(2)?,
                at: row.get(3)?,
                action: row.get(4)?,
                from: row.get(5)?,
                to: row.get(6)?,
                note: row.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn stats(&self) -> Result<Stats> {
        let mut stats = self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles),
                    coalesce(sum(NOT c.dismissed), 0),
                    coalesce(sum(c.reviewed AND NOT c.dismissed), 0),
                    coalesce(sum(c.reviewed AND NOT c.dismissed AND c.verdict = 'confirmed'), 0),
                    coalesce(sum(c.reviewed AND NOT c.dismissed AND c.verdict = 'disputed'), 0),
                    coalesce(sum(c.reviewed AND NOT c.dismissed AND c.verdict = 'unverified'), 0),
                    coalesce(sum(c.dismissed), 0),
                    coalesce(sum(c.stale AND NOT c.dismissed), 0),
                    (SELECT count(*) FROM events)
             FROM claims c JOIN articles a ON a.id = c.article_id AND c.revision = a.revision
             WHERE c.retracted = 0",
            [],
            |row| {
                Ok(Stats {
                    articles: row.get(0)?,
                    claims: row.get(1)?,
                    reviewed: row.get(2)?,
                    confirmed: row.get(3)?,
                    disputed: row.get(4)?,
                    unverified: row.get(5)?,
                    dismissed: row.get(6)?,
                    stale: row.get(7)?,
                    events: row.get(8)?,
                    reviewers: Vec::new(),
                })
            },
        )?;
        // Decisions: verdict events that were not undone.
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.reviewer, count(*) FROM events e
             WHERE e.action = 'verdict'
               AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)
             GROUP BY e.reviewer ORDER BY count(*) DESC, e.reviewer",
        )?;
        stats.reviewers = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(stats)
    }

    /// The claim this reviewer last worked on in an article (among the claims still listed).
    pub fn last_position(&self, article_id: i64, reviewer: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT e.claim_id FROM events e
                 JOIN claims c ON c.id = e.claim_id
                 JOIN articles a ON a.id = c.article_id AND c.revision = a.revision
                 WHERE e.reviewer = ?2 AND c.article_id = ?1 AND c.retracted = 0
                 ORDER BY e.id DESC LIMIT 1",
                params![article_id, reviewer],
                |r| r.get(0),
            )
            .optional()?)
    }
}
