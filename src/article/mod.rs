//! Loading articles: bytes in, an [`Article`] with metadata and a normalised body out.

mod load;

pub use load::{LoadError, is_article_path, load_bytes, load_path};

use serde::{Deserialize, Serialize};

/// The input format of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Transcript,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Transcript => "transcript",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            "transcript" => Some(Format::Transcript),
            _ => None,
        }
    }
}

/// Metadata found in the article's header, front matter or markup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// A URL or the path the article came from.
    pub source: Option<String>,
    pub author: Option<String>,
}

/// A loaded article. Offsets everywhere in factdesk are byte offsets into `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub meta: Meta,
    pub format: Format,
    /// The readable text: LF newlines, paragraphs separated by a blank line, no control characters.
    pub body: String,
}
