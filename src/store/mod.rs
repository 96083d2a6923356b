//! The SQLite store. Nothing outside this module writes SQL.
//!
//! `schema` holds the embedded migrations, `import` turns articles into revisions and claims,
//! `review` makes every reviewer change (one transaction each), `log` appends their events with
//! what `undo` needs, `query` reads what the CLI and TUI show.

mod import;
mod log;
mod query;
mod review;
mod schema;
mod undo;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};
use serde::{Deserialize, Serialize};

use crate::article::{Format, Meta};
use crate::extract::Kind;

pub use schema::SCHEMA_VERSION;

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
    Sqlite(rusqlite::Error),
    /// Another process held a lock for longer than the busy timeout.
    #[error("the database is busy (another factdesk is writing); nothing was changed, try again")]
    Busy,
    #[error("the disk holding the database is full; nothing was changed")]
    DiskFull,
    #[error(
        "the database was written by a newer factdesk (schema {found}, this one knows up to {supported}); it was not touched"
    )]
    TooNew { found: i64, supported: i64 },
    #[error("{0} not found")]
    NotFound(String),
    #[error("cannot open database {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("{path} is not a factdesk database (not an SQLite file)")]
    NotADatabase { path: String },
    #[error("{path} is read-only (check the permissions of the file and its directory)")]
    ReadOnly { path: String },
    /// A caller passed something the store cannot accept (e.g. a span outside the body).
    #[error("{0}")]
    Invalid(String),
    /// A row holds something this build cannot read.
    #[error("corrupt database row: {0}")]
    Corrupt(String),
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

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Sqlite(err),
        }
    }
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
    /// Claims not dismissed. The verdict counts below cover reviewed claims only.
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
    /// For a stale claim: the reviewed claim of the earlier revision it replaces, so the
    /// reviewer sees the decision that was made on the old text.
    pub replaces: Option<Replaced>,
}

/// The reviewed claim a stale claim replaces, as it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replaced {
    pub id: i64,
    pub text: String,
    /// "unreviewed" or the verdict.
    pub verdict: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    pub claim_id: i64,
    pub reviewer: String,
    /// RFC 3339 UTC.
    pub at: String,
    /// `verdict`, `note`, `evidence`, `dismiss`, `restore`, `promote`, `undo`, `undo_skipped`
    /// (another reviewer had changed it since), `stale` (its text changed on re-import).
    pub action: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub note: Option<String>,
}

/// Counts over the listed claims of every article's latest revision. `confirmed`, `disputed` and
/// `unverified` count reviewed claims only; `claims - reviewed` is what is left.
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
    conn: Connection,
}

impl Store {
    /// Open (creating if needed) and migrate. A newer schema is refused untouched: the version is
    /// read before anything is written, including the switch to WAL.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store> {
        let shown = path.display().to_string();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(&shown, e))?;
        conn.busy_timeout(opts.busy_timeout)
            .map_err(|e| open_error(&shown, e))?;
        schema::refuse_too_new(&conn).map_err(|e| open_error(&shown, e))?;
        let set_up = || -> Result<()> {
            // journal_mode answers with the mode it ended up in; WAL is what we asked for.
            let _mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            let sync = if opts.paranoid { "FULL" } else { "NORMAL" };
            conn.pragma_update(None, "synchronous", sync)?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            Ok(())
        };
        set_up().map_err(|e| open_error(&shown, e))?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn).map_err(|e| open_error(&shown, e))?;
        Ok(store)
    }

    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// `PRAGMA data_version`: changes when another connection commits.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }
}

/// Turn SQLite's terse open-time failures into messages that name the file.
fn open_error(path: &str, err: impl Into<StoreError>) -> StoreError {
    let err = err.into();
    let StoreError::Sqlite(inner) = &err else {
        return err;
    };
    match inner.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_string(),
        },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path: path.to_string(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => StoreError::Open {
            path: path.to_string(),
            reason: "unable to open the file (does its directory exist, and may you write there?)"
                .to_string(),
        },
        _ => err,
    }
}

/// What re-imports match claims on: whitespace collapsed, case folded.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
