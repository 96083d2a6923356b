//! The SQLite store. Nothing outside this module writes SQL.
//! (Skeleton: the public API the CLI and TUI code against; the foundation issue implements it.)
#![allow(unused_variables)]

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Format, Meta};
use crate::extract::{Kind, Sentence};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Confirmed,
    Disputed,
    Unverified,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Disputed => "disputed",
            Verdict::Unverified => "unverified",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "confirmed" => Some(Verdict::Confirmed),
            "disputed" => Some(Verdict::Disputed),
            "unverified" => Some(Verdict::Unverified),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "the database was written by a newer factdesk (schema {found}, this one knows up to {supported}); it was not touched"
    )]
    TooNew { found: i64, supported: i64 },
    #[error("{0} not found")]
    NotFound(String),
    /// The claim changed since the caller read it (its `rev` moved on).
    #[error(
        "claim {claim_id} was changed by {by} at {at} (now {verdict}); your change was not saved"
    )]
    Conflict {
        claim_id: i64,
        by: String,
        at: String,
        verdict: String,
    },
}

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, Clone)]
pub struct OpenOptions {
    pub busy_timeout: Duration,
    /// `synchronous=FULL` instead of NORMAL.
    pub paranoid: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            paranoid: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportStatus {
    /// First time this source was seen.
    New,
    /// Same content as the latest revision: nothing written.
    Unchanged,
    /// A new revision of a known source.
    Updated,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportOutcome {
    pub article_id: i64,
    pub revision: i64,
    pub status: ImportStatus,
    pub claims: usize,
    /// Claims of the new revision flagged for re-review (their text changed).
    pub stale: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    pub id: i64,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub format: Format,
    pub revision: i64,
    /// Claims not dismissed.
    pub total: i64,
    pub reviewed: i64,
    pub confirmed: i64,
    pub disputed: i64,
    pub unverified: i64,
    pub stale: i64,
}

#[derive(Debug, Clone)]
pub struct ArticleRecord {
    pub id: i64,
    pub meta: Meta,
    pub format: Format,
    pub body: String,
    pub revision: i64,
    pub hash: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: i64,
    pub article_id: i64,
    /// The article revision these spans refer to.
    pub revision: i64,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub score: f32,
    pub kind: Kind,
    pub speaker: Option<String>,
    pub reasons: Vec<String>,
    pub verdict: Verdict,
    pub reviewed: bool,
    pub dismissed: bool,
    /// The text changed in a later revision since it was reviewed.
    pub stale: bool,
    /// Promoted by hand rather than extracted.
    pub promoted: bool,
    pub note: String,
    pub evidence: Vec<String>,
    /// Bumped by every change; a change carrying an older rev is refused.
    pub rev: i64,
    pub updated_by: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    pub claim_id: i64,
    pub reviewer: String,
    /// RFC 3339 UTC.
    pub at: String,
    /// `verdict`, `note`, `evidence`, `dismiss`, `restore`, `promote`, `undo`, `import` …
    pub action: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub articles: i64,
    pub claims: i64,
    pub reviewed: i64,
    pub confirmed: i64,
    pub disputed: i64,
    pub unverified: i64,
    pub dismissed: i64,
    pub stale: i64,
    pub events: i64,
    /// (reviewer, decisions made)
    pub reviewers: Vec<(String, i64)>,
}

pub struct Store {
    conn: rusqlite::Connection,
}

impl Store {
    /// Open (creating if needed) and migrate. A newer schema is refused untouched.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store> {
        todo!()
    }

    pub fn open_in_memory() -> Result<Store> {
        todo!()
    }

    /// `PRAGMA data_version`: changes when another connection commits.
    pub fn data_version(&self) -> Result<i64> {
        todo!()
    }

    /// Import one article with its extracted sentences (claims are those with `claim == true`).
    /// `key` identifies the source across re-imports (the canonical path).
    pub fn import(
        &mut self,
        key: &str,
        article: &Article,
        sentences: &[Sentence],
        reviewer: &str,
    ) -> Result<ImportOutcome> {
        todo!()
    }

    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        todo!()
    }

    /// The latest revision of an article.
    pub fn article(&self, id: i64) -> Result<ArticleRecord> {
        todo!()
    }

    /// Claims of the article's latest revision in text order, dismissed ones included.
    pub fn claims(&self, article_id: i64) -> Result<Vec<Claim>> {
        todo!()
    }

    pub fn claim(&self, claim_id: i64) -> Result<Claim> {
        todo!()
    }

    /// Decide a claim. `expected_rev`: the rev the reviewer saw (None = no check, for the CLI).
    pub fn set_verdict(
        &mut self,
        claim_id: i64,
        verdict: Verdict,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        todo!()
    }

    pub fn set_note(
        &mut self,
        claim_id: i64,
        note: &str,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        todo!()
    }

    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        evidence: &str,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        todo!()
    }

    /// Dismiss ("not a claim", kept and hidden) or restore.
    pub fn set_dismissed(
        &mut self,
        claim_id: i64,
        dismissed: bool,
        expected_rev: Option<i64>,
        reviewer: &str,
    ) -> Result<Claim> {
        todo!()
    }

    /// Make a sentence of the article's latest revision a claim by hand.
    pub fn promote(
        &mut self,
        article_id: i64,
        sentence: &Sentence,
        reviewer: &str,
    ) -> Result<Claim> {
        todo!()
    }

    /// Revert this reviewer's most recent change that is not yet undone, by writing a new event.
    /// `None` when there is nothing left to undo.
    pub fn undo(&mut self, reviewer: &str) -> Result<Option<Claim>> {
        todo!()
    }

    pub fn history(&self, claim_id: i64) -> Result<Vec<Event>> {
        todo!()
    }

    pub fn stats(&self) -> Result<Stats> {
        todo!()
    }

    /// The claim this reviewer last worked on in an article.
    pub fn last_position(&self, article_id: i64, reviewer: &str) -> Result<Option<i64>> {
        todo!()
    }
}
