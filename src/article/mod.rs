//! Loading articles: bytes in, an [`Article`] with metadata and a normalised body out.
//!
//! What loading changes, and nothing else (the words of a text file after its header are the
//! words of its body):
//! - a UTF-8 byte-order mark is dropped; CRLF and CR become LF;
//! - header lines, YAML front matter and the inline ` date YYYY-MM-DD ` prefix become metadata;
//! - every line is trimmed and paragraphs are separated by exactly one blank line;
//! - control characters become visible symbols (ESC `␛`, BEL `␇`, C1 controls U+FFFD), tabs
//!   spaces; U+00A0 and U+2060 inside lines are text and kept;
//! - Markdown markup becomes its text (headings and paragraphs as paragraphs, links as their
//!   text, list items as `- ` paragraphs); HTML becomes the readable article text;
//! - a transcript turn spread over several lines becomes one `SPEAKER: text` paragraph.
//!
//! Failures are [`LoadError`]s naming the file: invalid UTF-8 (with the byte offset), binary
//! content, or no text at all.

mod date;
mod decode;
mod detect;
mod html;
mod load;
mod markdown;
mod meta;
mod normalize;
mod transcript;

pub use load::{LoadError, MAX_ARTICLE_BYTES, is_article_path, load_bytes, load_path};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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

impl Article {
    /// SHA-256 (hex) over the format, the metadata and the body: equal hashes mean an
    /// unchanged re-import. Each part is length-prefixed so no two articles collide by shifting
    /// text between fields.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        let fields = [
            Some(self.format.as_str()),
            self.meta.title.as_deref(),
            self.meta.date.as_deref(),
            self.meta.source.as_deref(),
            self.meta.author.as_deref(),
            Some(self.body.as_str()),
        ];
        for field in fields {
            match field {
                Some(text) => {
                    hasher.update([1u8]);
                    hasher.update((text.len() as u64).to_le_bytes());
                    hasher.update(text.as_bytes());
                }
                None => hasher.update([0u8]),
            }
        }
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: Option<&str>, body: &str) -> Article {
        Article {
            meta: Meta {
                title: title.map(str::to_owned),
                ..Meta::default()
            },
            format: Format::Text,
            body: body.to_owned(),
        }
    }

    #[test]
    fn content_hash_is_stable_hex_and_sees_every_part() {
        let a = article(Some("T"), "Body.");
        assert_eq!(a.content_hash(), a.clone().content_hash());
        assert_eq!(a.content_hash().len(), 64);
        assert!(a.content_hash().bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a.content_hash(), article(Some("T"), "Body!").content_hash());
        assert_ne!(a.content_hash(), article(None, "Body.").content_hash());
        // Text moved between fields changes the hash.
        assert_ne!(
            article(Some("ab"), "c").content_hash(),
            article(Some("a"), "bc").content_hash()
        );
        let mut html = a.clone();
        html.format = Format::Html;
        assert_ne!(a.content_hash(), html.content_hash());
    }

    #[test]
    fn format_names_round_trip() {
        for f in [
            Format::Text,
            Format::Markdown,
            Format::Html,
            Format::Transcript,
        ] {
            assert_eq!(Format::parse(f.as_str()), Some(f));
        }
        assert_eq!(Format::parse("pdf"), None);
    }
}
