//! `factdesk import` (and the paths given to plain `factdesk`): find article files, import
//! each, report per file and in total. One bad file never stops the others.

use std::collections::HashSet;
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use anyhow::bail;
use indicatif::ProgressBar;

use super::context::Context;
use super::progress;
use super::text::printable;
use super::{LoadArgs, describe, extract, report};
use crate::article::is_article_path;
use crate::store::{ImportOutcome, ImportStatus, Store};
use crate::tui::Start;

/// The files to import, and the paths that could not be used (path, reason).
#[derive(Debug, Default)]
struct Found {
    files: Vec<PathBuf>,
    failures: Vec<(PathBuf, String)>,
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Article files under `dir`, sorted, skipping hidden entries and symlinked directories (which
/// could loop).
fn walk(dir: &Path, found: &mut Found) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.failures.push((dir.to_path_buf(), e.to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    paths.sort();
    for path in paths {
        let Ok(link) = fs::symlink_metadata(&path) else {
            continue;
        };
        if link.is_dir() {
            walk(&path, found);
        } else if path.is_file() && is_article_path(&path) {
            found.files.push(path);
        }
    }
}

fn find(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    for path in paths {
        match fs::metadata(path) {
            // A bare word that is not a file was probably meant as a command.
            Err(e)
                if e.kind() == ErrorKind::NotFound
                    && path.components().count() == 1
                    && path.extension().is_none() =>
            {
                found.failures.push((
                    path.clone(),
                    "no such file or directory, and not a command (see --help)".to_string(),
                ))
            }
            Err(e) => found.failures.push((path.clone(), e.to_string())),
            // A file named explicitly is imported whatever its extension.
            Ok(meta) if meta.is_file() => found.files.push(path.clone()),
            Ok(meta) if meta.is_dir() => {
                let before = found.files.len();
                walk(path, &mut found);
                if found.files.len() == before {
                    found.failures.push((
                        path.clone(),
                        "no article files found in this directory".to_string(),
                    ));
                }
            }
            Ok(_) => found
                .failures
                .push((path.clone(), "not a file or directory".to_string())),
        }
    }
    // The same file reached twice (named and inside a directory) is imported once.
    let mut seen = HashSet::new();
    found
        .files
        .retain(|f| seen.insert(fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    found
}

/// The identity of a source across re-imports.
fn source_key(path: &Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

fn import_one(
    ctx: &Context,
    store: &mut Store,
    path: &Path,
    load: LoadArgs,
) -> anyhow::Result<ImportOutcome> {
    // The canonical path, not the one typed: the same file reached another way is unchanged.
    let key = source_key(path);
    let (article, sentences) = extract::load(ctx, path, &key, load)?;
    Ok(store.import(&key, &article, &sentences, &ctx.reviewer)?)
}

#[derive(Debug, Default)]
struct Tally {
    new: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    stale: usize,
}

/// Run `f` with the progress bar (if any) out of the way.
fn above_bar<R>(bar: Option<&ProgressBar>, f: impl FnOnce() -> R) -> R {
    match bar {
        Some(bar) => bar.suspend(f),
        None => f(),
    }
}

/// What an import run did: where the review screen should start (None when no file imported),
/// and how many files failed (each already reported on stderr, one line each).
pub(crate) struct Imported {
    pub start: Option<Start>,
    pub failed: usize,
}

/// Import `paths`, going on past files that fail.
pub(crate) fn run(
    ctx: &Context,
    paths: &[PathBuf],
    load: LoadArgs,
    out: &mut impl Write,
) -> anyhow::Result<Imported> {
    let found = find(paths);
    let mut tally = Tally::default();
    for (path, reason) in &found.failures {
        report(&format!("{}: {reason}", path.display()));
        tally.failed += 1;
    }
    let mut last = None;
    if !found.files.is_empty() {
        let mut store = ctx.open_store()?;
        let bar = progress::files(found.files.len(), ctx.deep(load), ctx.ascii_only());
        for path in &found.files {
            if let Some(bar) = &bar {
                bar.set_message(printable(&path.display().to_string()).into_owned());
            }
            match import_one(ctx, &mut store, path, load) {
                Ok(outcome) => {
                    last = Some(outcome.article_id);
                    tally.stale += outcome.stale;
                    let line = match outcome.status {
                        ImportStatus::New => {
                            tally.new += 1;
                            Some(format!(
                                "new      {:>5}  ({} claims)",
                                outcome.article_id, outcome.claims
                            ))
                        }
                        ImportStatus::Updated => {
                            tally.updated += 1;
                            Some(format!(
                                "updated  {:>5}  (revision {}, {} claims, {} need re-review)",
                                outcome.article_id, outcome.revision, outcome.claims, outcome.stale
                            ))
                        }
                        ImportStatus::Unchanged => {
                            tally.unchanged += 1;
                            None
                        }
                    };
                    if let Some(line) = line {
                        let shown = printable(&path.display().to_string()).into_owned();
                        above_bar(bar.as_ref(), || writeln!(out, "{line}  {shown}"))?;
                    }
                }
                Err(e) => {
                    tally.failed += 1;
                    above_bar(bar.as_ref(), || report(&describe(&e)));
                }
            }
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        }
        if let Some(bar) = &bar {
            bar.finish_and_clear();
        }
    }
    let total = tally.new + tally.updated + tally.unchanged + tally.failed;
    write!(
        out,
        "{total} {}: {} new, {} updated, {} unchanged, {} failed",
        if total == 1 { "file" } else { "files" },
        tally.new,
        tally.updated,
        tally.unchanged,
        tally.failed
    )?;
    if tally.stale > 0 {
        write!(out, "; {} claims need re-review", tally.stale)?;
    }
    writeln!(out)?;
    // One file: straight to its article; several: the library.
    let start = last.map(|id| {
        if found.files.len() == 1 {
            Start::Article(id)
        } else {
            Start::Library
        }
    });
    Ok(Imported {
        start,
        failed: tally.failed,
    })
}

/// `open ARTICLE`: an id already in the database, or a file (imported first, unchanged if known).
pub(crate) fn resolve_article(
    ctx: &Context,
    article: &str,
    load: LoadArgs,
) -> anyhow::Result<Start> {
    let path = Path::new(article);
    if !path.exists()
        && let Ok(id) = article.parse::<i64>()
    {
        ctx.open_store()?.article(id)?;
        return Ok(Start::Article(id));
    }
    if !path.is_file() {
        bail!("{article}: no such article id or file (ids are listed by `factdesk list`)");
    }
    let mut store = ctx.open_store()?;
    let outcome = import_one(ctx, &mut store, path, load)?;
    Ok(Start::Article(outcome.article_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_walked_for_article_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join("a/b/one.txt"), "x").unwrap();
        fs::write(root.join("a/two.md"), "x").unwrap();
        fs::write(root.join("a/image.png"), "x").unwrap();
        fs::write(root.join(".git/three.txt"), "x").unwrap();
        let found = find(&[root.to_path_buf(), root.join("a/two.md")]);
        let names: Vec<String> = found
            .files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a/b/one.txt", "a/two.md"]);
        assert!(found.failures.is_empty());
    }

    #[test]
    fn empty_directories_and_missing_paths_are_failures() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.csv"), "x").unwrap();
        let found = find(&[dir.path().to_path_buf(), dir.path().join("missing.txt")]);
        assert!(found.files.is_empty());
        assert_eq!(found.failures.len(), 2);
        assert!(found.failures[0].1.contains("no article files"));
    }

    #[test]
    fn an_explicit_file_is_taken_whatever_its_extension() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("story.article");
        fs::write(&file, "x").unwrap();
        assert_eq!(find(std::slice::from_ref(&file)).files, [file]);
    }
}
