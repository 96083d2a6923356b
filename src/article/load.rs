//! Format detection and decoding. (Skeleton: plain text only; the article issue replaces this.)

use std::path::{Path, PathBuf};

use super::{Article, Format, Meta};

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
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
}

/// True for file names factdesk imports when walking a directory.
pub fn is_article_path(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm")
    )
}

pub fn load_path(path: &Path, format: Option<Format>) -> Result<Article, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    load_bytes(&bytes, path, format)
}

pub fn load_bytes(bytes: &[u8], path: &Path, format: Option<Format>) -> Result<Article, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(Article {
        meta: Meta::default(),
        format: format.unwrap_or(Format::Text),
        body: text.replace("\r\n", "\n"),
    })
}
