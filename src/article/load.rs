//! Loading an article: decode, detect the format, read metadata, reduce to readable text.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::decode::{self, DecodeError};
use super::{Article, Format, Meta, detect, html, markdown, meta, normalize, transcript};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: looks like a binary file, not an article")]
    Binary { path: PathBuf },
    #[error("{path}: no article text (the file is empty or holds only metadata)")]
    Empty { path: PathBuf },
    #[error("{path}: too large for an article (over {limit_mib} MiB)")]
    TooLarge { path: PathBuf, limit_mib: usize },
}

/// Articles above this size are refused: nothing a reviewer reads is this long, and the whole
/// file is held in memory while it is parsed.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

/// True for file names factdesk imports when walking a directory.
pub fn is_article_path(path: &Path) -> bool {
    matches!(
        detect::extension(path).as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm")
    )
}

pub fn load_path(path: &Path, format: Option<Format>) -> Result<Article, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    // Read one byte past the limit so an oversized file (or a growing one) is caught unread.
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    // The fallback source is the canonical path, so `./a.txt` and `/abs/a.txt` hash alike.
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    load(&bytes, path, &canonical, format)
}

/// Loads an article from a file's bytes; `path` names it in errors and gives the fallback
/// title (its stem) and source. `format` skips detection.
pub fn load_bytes(bytes: &[u8], path: &Path, format: Option<Format>) -> Result<Article, LoadError> {
    load(bytes, path, path, format)
}

fn load(
    bytes: &[u8],
    path: &Path,
    source: &Path,
    format: Option<Format>,
) -> Result<Article, LoadError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            limit_mib: MAX_ARTICLE_BYTES / (1024 * 1024),
        });
    }
    let text = decode::decode(bytes).map_err(|e| match e {
        DecodeError::InvalidUtf8(offset) => LoadError::InvalidUtf8 {
            path: path.to_path_buf(),
            offset,
        },
        DecodeError::Binary => LoadError::Binary {
            path: path.to_path_buf(),
        },
        DecodeError::Empty => LoadError::Empty {
            path: path.to_path_buf(),
        },
    })?;
    let text = normalize::newlines(&text);
    let format = format.unwrap_or_else(|| detect::detect(path, &text));
    let (mut meta, body, heading) = match format {
        Format::Html => {
            let page = html::to_text(&text);
            (page.meta, page.body, None)
        }
        Format::Markdown => {
            let (meta, rest) = meta::split_front_matter(&text)
                .or_else(|| meta::split_header(&text))
                .unwrap_or((Meta::default(), &text));
            let (meta, rest) = inline_date(meta, rest);
            let converted = markdown::to_text(rest);
            (meta, converted.body, converted.first_heading)
        }
        Format::Text | Format::Transcript => {
            let (meta, rest) = meta::split_header(&text).unwrap_or((Meta::default(), &text));
            let (meta, rest) = inline_date(meta, rest);
            (meta, rest.to_owned(), None)
        }
    };
    let mut body = normalize::paragraphs(&normalize::visible_controls(&body));
    if format == Format::Transcript {
        body = transcript::turns(&body);
    }
    if body.is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    if meta.title.is_none() {
        meta.title = heading
            .as_deref()
            .and_then(normalize::field)
            .or_else(|| meta::first_line_title(&body))
            .or_else(|| {
                path.file_stem()
                    .and_then(|s| normalize::field(&s.to_string_lossy()))
            });
    }
    if meta.source.is_none() {
        meta.source = normalize::field(&source.display().to_string());
    }
    Ok(Article { meta, format, body })
}

/// Takes the inline ` date YYYY-MM-DD ` prefix off the body; a header date wins over it.
fn inline_date(mut meta: Meta, body: &str) -> (Meta, &str) {
    match meta::split_inline_date(body) {
        Some((date, rest)) => {
            meta.date.get_or_insert(date);
            (meta, rest)
        }
        None => (meta, body),
    }
}
