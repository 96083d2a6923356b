//! Format detection from the file extension and the content.

use std::path::Path;

use super::{Format, meta, transcript};

/// `.html`/`.htm` are HTML and `.md`/`.markdown` Markdown. Anything else is sniffed: an HTML
/// document start, YAML front matter (Markdown), mostly `SPEAKER:` lines after the header
/// (transcript), otherwise plain text.
pub(super) fn detect(path: &Path, text: &str) -> Format {
    match extension(path).as_deref() {
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("md" | "markdown" | "mdown" | "mkd") => return Format::Markdown,
        _ => {}
    }
    if looks_like_html(text) {
        return Format::Html;
    }
    if meta::split_front_matter(text).is_some() {
        return Format::Markdown;
    }
    let body = meta::split_header(text).map_or(text, |(_, body)| body);
    if transcript::looks_like_transcript(body) {
        Format::Transcript
    } else {
        Format::Text
    }
}

pub(super) fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    let head: String = start
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && start.get(..1024).unwrap_or(start).contains("<html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(name: &str, text: &str) -> Format {
        detect(Path::new(name), text)
    }

    #[test]
    fn extension_decides_html_and_markdown() {
        assert_eq!(d("a.HTML", "plain words"), Format::Html);
        assert_eq!(d("a.htm", "plain words"), Format::Html);
        assert_eq!(d("a.md", "MS. A: hi\nQ: yo\n"), Format::Markdown);
        assert_eq!(d("a.markdown", "x"), Format::Markdown);
    }

    #[test]
    fn content_decides_otherwise() {
        assert_eq!(d("a.txt", "  <!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(d("page", "<html><body>x"), Format::Html);
        assert_eq!(d("a.txt", "---\ntitle: x\n---\nbody"), Format::Markdown);
        assert_eq!(
            d(
                "a.txt",
                "title: T\n\nHeadline\n\nMS. A: hi.\n\nQ: why?\n\nMS. A: because."
            ),
            Format::Transcript
        );
        assert_eq!(
            d("a.txt", "title: T\n\nJust a story.\n\nQ: one line."),
            Format::Text
        );
        assert_eq!(d("a.txt", "--- not front matter"), Format::Text);
    }
}
