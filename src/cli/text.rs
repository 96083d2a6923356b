//! Text from articles is untrusted: nothing from it reaches the terminal as a control sequence.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// Characters that could move the cursor, change colours or reorder text when printed.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One printable line: newlines and tabs become spaces, other control and bidi-override
/// characters are shown as `\u{…}` escapes.
pub(crate) fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` made printable and padded with spaces to `width` display columns (never cut).
pub(crate) fn padded(s: &str, width: usize) -> String {
    let s = printable(s);
    let fill = width.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_made_visible() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("x\u{9b}y"), "x\\u{9b}y");
        assert_eq!(printable("evil\u{202E}txt"), "evil\\u{202e}txt");
        assert_eq!(printable("two\nlines\tand tab"), "two lines and tab");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        assert!(matches!(
            printable("Собянин said “calm”."),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn padding_counts_display_columns() {
        assert_eq!(padded("日本", 6), "日本  ");
        assert_eq!(padded("long text", 4), "long text");
    }
}
