//! The full-screen review workstation. (Skeleton; the TUI issue builds it.)

use crate::config::Config;
use crate::store::Store;

/// Where the UI starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Library,
    Article(i64),
}

pub struct Session {
    pub store: Store,
    pub config: Config,
    pub reviewer: String,
    /// ASCII glyphs instead of Unicode ones.
    pub ascii: bool,
}

pub fn run(session: Session, start: Start) -> anyhow::Result<()> {
    let _ = (session, start);
    anyhow::bail!("the review screen is not built yet")
}
