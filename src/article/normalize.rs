//! Text clean-up shared by every format: newlines, control characters, paragraph layout.

/// CRLF and lone CR become LF; U+2028 (line separator) a line break and U+2029 (paragraph
/// separator) a paragraph break, so later steps only ever see `\n`.
pub(super) fn newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Makes control characters visible so none reaches a terminal raw: C0 controls become their
/// Control Pictures symbol (ESC → `␛`, NUL → `␀`), DEL `␡`, C1 controls U+FFFD; a tab becomes a
/// space. `\n` is kept. Everything else, including U+00A0 and U+2060, is text and kept.
pub(super) fn visible_controls(text: &str) -> String {
    text.chars().map(visible).collect()
}

fn visible(c: char) -> char {
    match c {
        '\n' => '\n',
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{FFFD}',
        _ => c,
    }
}

/// Lays out a body: every line trimmed, paragraphs separated by exactly one blank line, no
/// blank lines at either end.
pub(super) fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_pending = false;
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            blank_pending = !out.is_empty();
            continue;
        }
        if blank_pending {
            out.push_str("\n\n");
            blank_pending = false;
        } else if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// A metadata value as one clean line: controls visible, whitespace runs collapsed.
/// `None` when nothing is left.
pub(super) fn field(value: &str) -> Option<String> {
    let visible = visible_controls(value);
    let collapsed = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(newlines("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
        assert_eq!(newlines("a\u{2028}b\u{2029}c"), "a\nb\n\nc");
    }

    #[test]
    fn controls_become_visible_symbols() {
        assert_eq!(
            visible_controls("\x1b[2J\x07bell\0nul\x7f\u{9b}31m\tx\ny"),
            "\u{241b}[2J\u{2407}bell\u{2400}nul\u{2421}\u{FFFD}31m x\ny"
        );
    }

    #[test]
    fn text_characters_are_kept() {
        let text = "COVID-\u{2060}19 costs\u{a0}$5 \u{201c}quoted\u{201d} \u{2014} caf\u{e9}";
        assert_eq!(visible_controls(text), text);
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(
            paragraphs("\n\n  First line  \nsecond line\n \n\n\t\nNext.  \n\n"),
            "First line\nsecond line\n\nNext."
        );
    }

    #[test]
    fn fields_are_one_trimmed_line() {
        assert_eq!(
            field("  A\n title\twith \x1b gaps ").as_deref(),
            Some("A title with \u{241b} gaps")
        );
        assert_eq!(field(" \n "), None);
    }
}
