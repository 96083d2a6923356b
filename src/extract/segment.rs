//! Sentence boundaries. (Skeleton: naive; the extraction issue replaces this.)

use std::ops::Range;

/// Sentence spans of `body`, in order, trimmed of surrounding whitespace. The gaps between
/// spans hold only whitespace (and, in transcripts, the `SPEAKER:` labels).
pub fn split(body: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    let bytes = body.as_bytes();
    for (i, c) in body.char_indices() {
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        let end_here = matches!(c, '.' | '?' | '!')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
            || c == '\n' && bytes.get(i + 1) == Some(&b'\n');
        if let (true, Some(s)) = (end_here, start) {
            let e = if c == '\n' { i } else { i + 1 };
            let text = body[s..e].trim_end();
            if !text.is_empty() {
                spans.push(s..s + text.len());
            }
            start = None;
        }
    }
    if let Some(s) = start {
        let text = body[s..].trim_end();
        if !text.is_empty() {
            spans.push(s..s + text.len());
        }
    }
    spans
}
