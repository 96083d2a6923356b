//! Metadata written as text: `key: value` header lines, YAML front matter, and the inline
//! `date YYYY-MM-DD` prefix.

use super::{Meta, date, normalize};

/// Which [`Meta`] field a header or front-matter key fills, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Date,
    Source,
    Author,
}

fn field_for(key: &str) -> Option<Field> {
    match key.to_ascii_lowercase().as_str() {
        "title" | "headline" => Some(Field::Title),
        "date" | "published" | "pubdate" | "date_published" | "published_at" => Some(Field::Date),
        "source" | "url" | "link" | "canonical" | "source_url" => Some(Field::Source),
        "author" | "authors" | "byline" | "by" => Some(Field::Author),
        _ => None,
    }
}

/// Sets a field from a raw value unless an earlier key already set it.
fn set(meta: &mut Meta, field: Field, value: &str) {
    let slot = match field {
        Field::Title => &mut meta.title,
        Field::Date => &mut meta.date,
        Field::Source => &mut meta.source,
        Field::Author => &mut meta.author,
    };
    if slot.is_some() {
        return;
    }
    *slot = match field {
        Field::Date => date::normalize(value),
        _ => normalize::field(value),
    };
}

/// A header key: one word of ASCII letters, digits, `_` or `-`, starting with a letter and not
/// all capitals (so `Q:` and `WASHINGTON:` are not keys).
fn header_key(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let ok = (1..=32).contains(&key.len())
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && key.bytes().any(|b| b.is_ascii_lowercase())
        && (value.is_empty() || value.starts_with([' ', '\t']));
    ok.then_some((key, value.trim()))
}

/// Splits `key: value` header lines off the top of a text: every line up to the first blank
/// line (or the end) must be a header line, and at least one key must be a known one
/// (title, date, source/url, author …). Returns the metadata and the rest of the text.
pub(super) fn split_header(text: &str) -> Option<(Meta, &str)> {
    let mut meta = Meta::default();
    let mut known = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        if content.trim().is_empty() {
            break;
        }
        let (key, value) = header_key(content)?;
        if let Some(field) = field_for(key) {
            known = true;
            set(&mut meta, field, value);
        }
        offset += line.len();
    }
    (known && offset > 0).then(|| (meta, &text[offset..]))
}

/// Splits YAML front matter (`---` … `---` or `...`) off the top of a text. Top-level scalar
/// keys are read (quoted or not, and `[a, b]` lists for authors); nested values are ignored.
pub(super) fn split_front_matter(text: &str) -> Option<(Meta, &str)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut meta = Meta::default();
    let mut offset = first.len();
    for line in lines {
        offset += line.len();
        let content = line.trim_end();
        if content == "---" || content == "..." {
            return Some((meta, &text[offset..]));
        }
        if content.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        if let Some((key, value)) = content.split_once(':')
            && let Some(field) = field_for(key.trim())
        {
            set(&mut meta, field, &yaml_scalar(value.trim()));
        }
    }
    None
}

/// The text of a one-line YAML value: quotes removed, `[a, b]` joined with commas, a trailing
/// ` # comment` dropped; empty for a multi-line block scalar.
fn yaml_scalar(value: &str) -> String {
    // A block scalar (`>` or `|`) continues on the next lines, which are not read.
    if value.starts_with(['>', '|']) {
        return String::new();
    }
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        return inner
            .split(',')
            .map(|item| yaml_scalar(item.trim()))
            .collect::<Vec<_>>()
            .join(", ");
    }
    match value.find(" #") {
        Some(i) => value[..i].trim_end().to_owned(),
        None => value.to_owned(),
    }
}

/// The user's inline date prefix at the very start of a body (` date 2023-05-30 Moscow was…`):
/// returns the date and the body after it. Only a valid ISO date followed by whitespace counts.
pub(super) fn split_inline_date(body: &str) -> Option<(String, &str)> {
    let rest = body.trim_start();
    let word = rest.get(..4)?;
    if !word.eq_ignore_ascii_case("date") {
        return None;
    }
    let rest = rest[4..].strip_prefix(':').unwrap_or(&rest[4..]);
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let end = trimmed.find(char::is_whitespace)?;
    let token = &trimmed[..end];
    if token.len() != 10 {
        return None;
    }
    let date = date::normalize(token)?;
    Some((date, trimmed[end..].trim_start()))
}

/// A title taken from the first line of a body, when that line is a short paragraph of its own.
pub(super) fn first_line_title(body: &str) -> Option<String> {
    let paragraph = body.split("\n\n").next()?;
    if paragraph.contains('\n') || paragraph.chars().count() > 120 {
        return None;
    }
    normalize::field(paragraph)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_fill_the_metadata() {
        let text = "title: Storm floods harbor\ndate: March 14, 2026\nsource: https://example.org/a\nauthor: Lena Marsh\nlicense: CC BY\n\nBody starts.";
        let (meta, rest) = split_header(text).expect("header");
        assert_eq!(meta.title.as_deref(), Some("Storm floods harbor"));
        assert_eq!(meta.date.as_deref(), Some("2026-03-14"));
        assert_eq!(meta.source.as_deref(), Some("https://example.org/a"));
        assert_eq!(meta.author.as_deref(), Some("Lena Marsh"));
        assert_eq!(rest, "\nBody starts.");
    }

    #[test]
    fn a_header_needs_a_known_key_and_a_blank_line_after_it() {
        assert!(split_header("Q: Are you sure?\n\nMS. A: Yes.").is_none());
        assert!(split_header("note: something\nAnd then a body line.\n").is_none());
        assert!(split_header("license: CC BY\n\nBody").is_none());
        assert!(split_header("Moscow was attacked: officials said.").is_none());
    }

    #[test]
    fn url_is_the_source() {
        let (meta, _) = split_header("url: https://example.org/x\n\nBody").expect("header");
        assert_eq!(meta.source.as_deref(), Some("https://example.org/x"));
    }

    #[test]
    fn front_matter_is_read_and_removed() {
        let text = "---\ntitle: \"Fares \\\"frozen\\\"\"\ndate: '2026-02-03'\nauthor: [Ana Ruiz, Ivo Sand]\ntags:\n  - transport\nsource: https://example.org # canonical\n---\n# Heading\n";
        let (meta, rest) = split_front_matter(text).expect("front matter");
        assert_eq!(meta.title.as_deref(), Some("Fares \"frozen\""));
        assert_eq!(meta.date.as_deref(), Some("2026-02-03"));
        assert_eq!(meta.author.as_deref(), Some("Ana Ruiz, Ivo Sand"));
        assert_eq!(meta.source.as_deref(), Some("https://example.org"));
        assert_eq!(rest, "# Heading\n");
    }

    #[test]
    fn block_scalars_are_not_taken_for_values() {
        let (meta, _) =
            split_front_matter("---\ntitle: >\n  Folded title\nauthor: A\n---\nBody").expect("fm");
        assert_eq!(meta.title, None);
        assert_eq!(meta.author.as_deref(), Some("A"));
    }

    #[test]
    fn unterminated_front_matter_is_not_front_matter() {
        assert!(split_front_matter("---\ntitle: x\nno end").is_none());
        assert!(split_front_matter("--- a rule\n").is_none());
    }

    #[test]
    fn inline_date_prefix_is_split_off() {
        let (date, rest) =
            split_inline_date(" date 2023-05-30 Moscow was attacked").expect("inline date");
        assert_eq!(date, "2023-05-30");
        assert_eq!(rest, "Moscow was attacked");
        assert!(split_inline_date("dates 2023-05-30 were").is_none());
        assert!(split_inline_date("date 2023-99-30 x").is_none());
        assert!(split_inline_date("Date night was fun.").is_none());
        assert!(split_inline_date("date").is_none());
    }

    #[test]
    fn short_first_line_is_a_title() {
        assert_eq!(
            first_line_title("Headline here\n\nBody.").as_deref(),
            Some("Headline here")
        );
        assert_eq!(first_line_title("Line one\nline two\n\nBody."), None);
        assert_eq!(first_line_title(&"word ".repeat(40)), None);
    }
}
