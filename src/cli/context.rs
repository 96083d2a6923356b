//! What every command shares: the database location, the reviewer, the configuration.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use directories::ProjectDirs;

use super::{GlobalArgs, LoadArgs};
use crate::article::{Article, Format};
use crate::config::Config;
use crate::extract::Options;
use crate::store::{OpenOptions, Store};
use crate::tui::{self, Session, Start};

pub(crate) struct Context {
    /// `--db`, else `FACTDESK_DB`; None means the XDG default.
    db: Option<PathBuf>,
    pub reviewer: String,
    pub config: Config,
    paranoid: bool,
    ascii: bool,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "factdesk")
}

/// An environment variable that is set and not blank. (Read here rather than by clap, which
/// treats `FACTDESK_DB=` as a missing value instead of an unset variable.)
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// `--reviewer`, else `FACTDESK_REVIEWER`, else `$USER`, else "anonymous"; blanks are skipped.
fn reviewer(given: Option<&str>) -> String {
    given
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .or_else(|| env_var("FACTDESK_REVIEWER").map(|r| r.trim().to_string()))
        .or_else(|| env_var("USER"))
        .unwrap_or_else(|| "anonymous".to_string())
}

fn load_config(given: Option<&Path>) -> anyhow::Result<Config> {
    if let Some(path) = given {
        return Ok(Config::load(Some(path))?);
    }
    let default = project_dirs().map(|d| d.config_dir().join("config.toml"));
    match default {
        Some(path) if path.is_file() => Ok(Config::load(Some(&path))?),
        _ => Ok(Config::load(None)?),
    }
}

impl Context {
    pub fn new(args: &GlobalArgs) -> anyhow::Result<Context> {
        Ok(Context {
            db: args.db.clone().or_else(|| {
                std::env::var_os("FACTDESK_DB")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            }),
            reviewer: reviewer(args.reviewer.as_deref()),
            config: load_config(args.config.as_deref())?,
            paranoid: args.paranoid,
            ascii: args.ascii,
        })
    }

    /// The extraction options for these load arguments: threshold from the command line, else
    /// the config; transcript handling and the headline follow the article.
    pub fn options(&self, load: LoadArgs, article: &Article) -> Options {
        Options {
            threshold: load.threshold.unwrap_or(self.config.threshold),
            transcript: article.format == Format::Transcript,
            headline: article.meta.title.clone(),
            deep: self.deep(load),
        }
    }

    /// Whether output on the terminal must be plain ASCII: `--ascii`, or a locale that cannot
    /// show Unicode.
    pub fn ascii_only(&self) -> bool {
        self.ascii || !crate::tui::theme::locale_is_utf8(|name| std::env::var(name).ok())
    }

    /// Whether the language model scores (seconds per article instead of milliseconds).
    pub fn deep(&self, load: LoadArgs) -> bool {
        load.deep || self.config.deep
    }

    /// The database file. The default XDG location is created on first use; a path the user
    /// gave must already have its directory.
    fn db_path(&self) -> anyhow::Result<PathBuf> {
        if let Some(path) = &self.db {
            if path.is_dir() {
                bail!("{} is a directory, not a database file", path.display());
            }
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            if let Some(dir) = parent
                && !dir.is_dir()
            {
                bail!(
                    "cannot open database {}: directory {} does not exist",
                    path.display(),
                    dir.display()
                );
            }
            return Ok(path.clone());
        }
        let Some(dirs) = project_dirs() else {
            bail!("no home directory to keep the database in; pass --db PATH or set FACTDESK_DB");
        };
        let dir = dirs.data_dir();
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
        Ok(dir.join("factdesk.db"))
    }

    pub fn open_store(&self) -> anyhow::Result<Store> {
        let path = self.db_path()?;
        let opts = OpenOptions {
            paranoid: self.paranoid,
            ..OpenOptions::default()
        };
        Ok(Store::open(&path, &opts)?)
    }

    /// Hand over to the review screen.
    pub fn open_review(&self, start: Start) -> anyhow::Result<()> {
        if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
            bail!("the review screen needs a terminal; use `factdesk list` to print instead");
        }
        let session = Session {
            store: self.open_store()?,
            config: self.config.clone(),
            reviewer: self.reviewer.clone(),
            ascii: self.ascii,
        };
        tui::run(session, start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_reviewer_wins_and_blank_ones_are_ignored() {
        assert_eq!(reviewer(Some(" alice ")), "alice");
        let fallback = reviewer(Some("   "));
        assert!(!fallback.trim().is_empty());
        assert_eq!(fallback, reviewer(None));
    }
}
