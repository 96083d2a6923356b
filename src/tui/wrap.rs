//! Wrapping the article body to a pane width, in display columns, keeping byte offsets so
//! claims, matches and the cursor can be drawn on the wrapped lines. Untrusted characters are
//! measured as the visible stand-ins they are drawn as.

use textwrap::core::Fragment;
use unicode_width::UnicodeWidthChar;

/// The visible stand-in for a character that must not reach the terminal: C0/C1 controls, DEL
/// and the bidi overrides that could reorder what the reviewer reads.
pub fn display_char(c: char, ascii: bool) -> char {
    let dangerous = c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
    if !dangerous {
        if ascii { ascii_punctuation(c) } else { c }
    } else if ascii {
        '?'
    } else if (c as u32) < 0x20 {
        // U+2400 block: ␀ … ␟, e.g. ESC shows as ␛.
        char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
    } else if c == '\u{7F}' {
        '\u{2421}'
    } else {
        '\u{FFFD}'
    }
}

/// Typographic punctuation a non-UTF-8 terminal may not show, as its one-column ASCII
/// look-alike; letters are left alone.
fn ascii_punctuation(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' => ' ',
        '\u{2022}' | '\u{00B7}' => '*',
        '\u{2026}' => '.',
        // Control pictures (the importer's stand-ins for control characters) and U+FFFD.
        '\u{2400}'..='\u{2426}' | '\u{FFFD}' => '?',
        other => other,
    }
}

/// Display columns of `c` as drawn.
pub fn char_width(c: char) -> usize {
    display_char(c, false).width().unwrap_or(0)
}

/// `text` with every dangerous character replaced by its stand-in.
pub fn sanitize(text: &str, ascii: bool) -> String {
    text.chars().map(|c| display_char(c, ascii)).collect()
}

pub fn str_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// One wrapped line: `body[start..end]`, trailing spaces dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

/// A word and the spaces after it, by byte offset, measured in columns.
#[derive(Debug)]
struct Piece {
    start: usize,
    end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wrap `body` to `width` columns (at least 1). Each `\n`-separated paragraph starts a new
/// line; blank lines are kept; words wider than the line are broken.
pub fn wrap(body: &str, width: usize) -> Vec<Line> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut offset = 0;
    for para in body.split('\n') {
        wrap_paragraph(para, offset, width, &mut lines);
        offset += para.len() + 1;
    }
    lines
}

fn wrap_paragraph(para: &str, base: usize, width: usize, lines: &mut Vec<Line>) {
    let pieces = pieces(para, base, width);
    if pieces.is_empty() {
        lines.push(Line {
            start: base,
            end: base,
        });
        return;
    }
    for line in textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[width as f64]) {
        if let (Some(first), Some(last)) = (line.first(), line.last()) {
            lines.push(Line {
                start: first.start,
                end: last.end,
            });
        }
    }
}

/// Split a paragraph at spaces; a word wider than `width` is cut into `width`-column chunks.
fn pieces(para: &str, base: usize, width: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chars = para.char_indices().peekable();
    while let Some(&(start, first)) = chars.peek() {
        // Leading spaces of a paragraph are content (indentation), not separators.
        let leading = first == ' ' && out.is_empty();
        let mut chunk_start = start;
        let mut chunk_width = 0;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if (c == ' ') != leading {
                break;
            }
            let w = char_width(c);
            if chunk_width > 0 && chunk_width + w > width {
                out.push(Piece {
                    start: base + chunk_start,
                    end: base + i,
                    width: chunk_width,
                    space: 0,
                });
                chunk_start = i;
                chunk_width = 0;
            }
            chunk_width += w;
            end = i + c.len_utf8();
            chars.next();
        }
        let mut space = 0;
        if !leading {
            while chars.next_if(|&(_, c)| c == ' ').is_some() {
                space += 1;
            }
        }
        out.push(Piece {
            start: base + chunk_start,
            end: base + end,
            width: chunk_width,
            space,
        });
    }
    out
}

/// The index of the line holding byte `pos` (the last line starting at or before it).
pub fn line_of(lines: &[Line], pos: usize) -> usize {
    lines.partition_point(|l| l.start <= pos).saturating_sub(1)
}

/// Wrapped lines kept per (article, revision, width): resizing or opening another article
/// rewraps, a key press never does.
#[derive(Debug, Default)]
pub struct WrapCache {
    key: Option<(i64, i64, usize)>,
    lines: Vec<Line>,
}

impl WrapCache {
    pub fn get(&mut self, article: i64, revision: i64, body: &str, width: usize) -> &[Line] {
        let key = (article, revision, width);
        if self.key != Some(key) {
            self.lines = wrap(body, width);
            self.key = Some(key);
        }
        &self.lines
    }

    /// The lines of the last `get`, without rewrapping.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    #[cfg(test)]
    pub fn key(&self) -> Option<(i64, i64, usize)> {
        self.key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(body: &'a str, lines: &[Line]) -> Vec<&'a str> {
        lines.iter().map(|l| &body[l.start..l.end]).collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_paragraphs() {
        let body = "one two three four\n\nfive six";
        let lines = wrap(body, 9);
        assert_eq!(
            texts(body, &lines),
            ["one two", "three", "four", "", "five six"]
        );
    }

    #[test]
    fn measures_wide_characters_in_columns() {
        let body = "日本語のテキスト";
        let lines = wrap(body, 6);
        assert_eq!(texts(body, &lines), ["日本語", "のテキ", "スト"]);
        for line in &lines {
            assert!(str_width(&body[line.start..line.end]) <= 6);
        }
    }

    #[test]
    fn breaks_overlong_words_and_survives_width_one() {
        let body = "abcdefghij xy";
        assert_eq!(texts(body, &wrap(body, 4)), ["abcd", "efgh", "ij", "xy"]);
        let lines = wrap("🦀🦀 a", 1);
        assert!(lines.iter().all(|l| l.start <= l.end));
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn covers_every_non_space_byte_in_order() {
        let body = "  indented line here\nnext  para  with   gaps ok";
        let lines = wrap(body, 7);
        let joined: String = texts(body, &lines).concat().replace(' ', "");
        assert_eq!(joined, body.replace([' ', '\n'], ""));
        assert!(lines.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(&body[lines[0].start..lines[0].end], "  ");
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{7}", false), "a␛[2Jb␇");
        assert_eq!(sanitize("x\u{202E}y\u{9b}", true), "x?y?");
        assert_eq!(str_width("\u{1b}[31m"), 5);
        assert_eq!(sanitize("“Kyiv’s” — 5\u{a0}km", true), "\"Kyiv's\" - 5 km");
        assert_eq!(sanitize("“Kyiv’s”", false), "“Kyiv’s”");
    }

    #[test]
    fn imported_control_pictures_are_ascii_in_ascii_mode() {
        // The importer stores ESC as U+241B; a non-UTF-8 terminal cannot show that.
        assert_eq!(sanitize("a\u{241B}[2J\u{2407}\u{FFFD}", true), "a?[2J??");
        assert_eq!(sanitize("a\u{241B}", false), "a\u{241B}");
        assert_eq!(str_width("\u{241B}"), 1, "same width either way");
    }

    #[test]
    fn cache_rewraps_only_on_new_key() {
        let mut cache = WrapCache::default();
        let n = cache.get(1, 1, "a b c d", 3).len();
        assert_eq!(n, 2);
        assert_eq!(cache.key(), Some((1, 1, 3)));
        assert_eq!(cache.get(1, 1, "ignored because cached", 3).len(), 2);
        assert_eq!(cache.get(1, 2, "a b c d", 3).len(), 2);
        assert_eq!(cache.key(), Some((1, 2, 3)));
    }

    #[test]
    fn line_of_finds_the_holding_line() {
        let lines = wrap("aa bb cc", 2);
        assert_eq!(line_of(&lines, 0), 0);
        assert_eq!(line_of(&lines, 4), 1);
        assert_eq!(line_of(&lines, 7), 2);
    }
}
