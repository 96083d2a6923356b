//! Transcripts: `SPEAKER: text` turns, one paragraph per turn.

/// Longest speaker label, in characters (`SECRETARY OF STATE RUBIO` fits).
const MAX_LABEL_CHARS: usize = 40;
const MAX_LABEL_WORDS: usize = 5;

/// The speaker label a line starts with: an upper-case label (`MS. LEAVITT`, `Q`,
/// `THE PRESIDENT`, `DIRECTOR YOUNG`) or a name of two to five capitalised words
/// (`William Saturn`), followed by a colon and a space or the end of the line.
pub(super) fn label(line: &str) -> Option<&str> {
    let (colon, _) = line
        .char_indices()
        .take(MAX_LABEL_CHARS + 1)
        .find(|&(_, c)| c == ':')?;
    let label = &line[..colon];
    let after = &line[colon + 1..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    is_label(label).then_some(label)
}

fn is_label(label: &str) -> bool {
    if label.is_empty()
        || label.trim() != label
        || label.chars().count() > MAX_LABEL_CHARS
        || !label.starts_with(char::is_uppercase)
        || !label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '\u{2019}'))
    {
        return false;
    }
    let words: Vec<&str> = label.split(' ').collect();
    if words.len() > MAX_LABEL_WORDS || words.iter().any(|w| w.is_empty()) {
        return false;
    }
    let upper = !label.chars().any(char::is_lowercase);
    let name = words.len() >= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase));
    upper || name
}

/// True when most non-empty lines start with a speaker label (and at least two do).
pub(super) fn looks_like_transcript(body: &str) -> bool {
    let (mut lines, mut labelled) = (0usize, 0usize);
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        if label(line).is_some() {
            labelled += 1;
        }
    }
    labelled >= 2 && labelled * 2 > lines
}

/// Lays out turns: a labelled line starts a new paragraph, and the unlabelled lines that follow
/// it in the same paragraph join it with a space. Lines before the first label of a paragraph
/// (a room, a time, `(Laughter.)`) are kept as they are. Expects paragraphs already laid out.
pub(super) fn turns(body: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for paragraph in body.split("\n\n") {
        let mut current = String::new();
        let mut in_turn = false;
        for line in paragraph.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if label(line).is_some() {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                in_turn = true;
            } else if current.is_empty() && out.last().is_some_and(|last| is_bare_label(last)) {
                // `MS. A:` alone, then a blank line, then what she said: one turn.
                current = out.pop().unwrap_or_default();
                current.push(' ');
                in_turn = true;
            } else if !current.is_empty() {
                current.push(if in_turn { ' ' } else { '\n' });
            }
            current.push_str(line);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out.join("\n\n")
}

/// A paragraph that is only a speaker label and its colon.
fn is_bare_label(paragraph: &str) -> bool {
    label(paragraph).is_some_and(|l| paragraph.len() == l.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_speaker_labels() {
        for (line, want) in [
            ("MS. LEAVITT: Good afternoon.", Some("MS. LEAVITT")),
            ("Q: Good afternoon.", Some("Q")),
            ("THE PRESIDENT: Thank you.", Some("THE PRESIDENT")),
            ("DIRECTOR YOUNG: Sure.", Some("DIRECTOR YOUNG")),
            ("MS. JEAN-PIERRE: Hi.", Some("MS. JEAN-PIERRE")),
            ("William Saturn: How are you?", Some("William Saturn")),
            ("MS. OKAFOR:", Some("MS. OKAFOR")),
        ] {
            assert_eq!(label(line), want, "{line}");
        }
    }

    #[test]
    fn rejects_ordinary_lines() {
        for line in [
            "1:06 P.M. EST",
            "The results are clear: America is working.",
            "She continued: \"Labour has a plan\"",
            "Sources: Reuters",
            "Note:this",
            "http://example.org",
            "END                1:52 P.M. EST",
            "",
        ] {
            assert_eq!(label(line), None, "{line}");
        }
    }

    #[test]
    fn detects_a_transcript_by_its_labelled_lines() {
        let briefing = "Press briefing\n\n1:06 P.M.\n\nMS. X: Hello.\n\nQ: Hi.\n\nMS. X: Bye.";
        assert!(looks_like_transcript(briefing));
        let story = "A headline\n\nFact Sheet: something.\n\nA paragraph of text.";
        assert!(!looks_like_transcript(story));
    }

    #[test]
    fn one_paragraph_per_turn() {
        let body = "Room 1\n10:02\nMS. A:\nGood morning.\nMore words.\nQ: Why?\nMS. A: Because.\n\n(Laughter.)";
        assert_eq!(
            turns(body),
            "Room 1\n10:02\n\nMS. A: Good morning. More words.\n\nQ: Why?\n\nMS. A: Because.\n\n(Laughter.)"
        );
    }

    #[test]
    fn a_label_alone_takes_the_next_paragraph() {
        assert_eq!(
            turns("MS. A:\n\nGood morning.\n\nQ:\n\nWhy?\n\n(Laughter.)"),
            "MS. A: Good morning.\n\nQ: Why?\n\n(Laughter.)"
        );
    }
}
