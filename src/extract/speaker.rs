//! Speaker attribution. (in progress)

use std::ops::Range;

/// One speaker (or none) per span.
pub fn attribute(_body: &str, spans: &[Range<usize>], _transcript: bool) -> Vec<Option<String>> {
    vec![None; spans.len()]
}

/// The `SPEAKER:` label opening a transcript line: the range of the label including its colon.
pub fn transcript_label(line: &str) -> Option<Range<usize>> {
    const MAX_LABEL: usize = 48;
    let colon = line.bytes().take(MAX_LABEL).position(|b| b == b':')?;
    let name = &line[..colon];
    let after = line[colon + 1..].chars().next();
    if name.trim() != name || !after.is_none_or(char::is_whitespace) {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let plausible = (1..=5).contains(&words.len())
        && words.iter().all(|w| is_label_word(w))
        && name.chars().next().is_some_and(char::is_uppercase);
    plausible.then_some(0..colon + 1)
}

/// A word of a speaker label: capitalised (`MS.`, `LEAVITT`, `William`, `O’Brien`) or a
/// linking word (`of`, `the`).
fn is_label_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let linking = matches!(word, "of" | "the" | "and" | "for" | "de" | "van" | "von");
    (first.is_uppercase() || linking)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}
