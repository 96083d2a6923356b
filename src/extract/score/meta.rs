//! News meta text: bylines, credits, update notices, calls to action, photo credits, short
//! headings and timestamps, and appeals. The debate data the model learns from has none of
//! these, so they are rules.

use super::features::is_ascii_word_byte;

/// Why `text` is meta text rather than a claim, or `None`.
pub fn meta(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if t.len() > 400 {
        return None;
    }
    if let Some(why) = find_phrase(t) {
        return Some(why);
    }
    if is_byline(t) {
        return Some("meta: byline");
    }
    if is_document_title(t) {
        return Some("meta: document title");
    }
    if is_photo_credit(t) {
        return Some("meta: photo credit");
    }
    if is_appeal(t) {
        return Some("appeal");
    }
    if is_heading(t) {
        return Some(HEADING);
    }
    None
}

/// The reason given for a heading.
pub const HEADING: &str = "meta: heading";

/// Headings, datelines, timestamps and captions are short and have no closing punctuation.
const HEADING_WORDS: usize = 8;

fn is_heading(t: &str) -> bool {
    !ends_sentence(t) && (1..=HEADING_WORDS).contains(&t.split_whitespace().count())
}

/// Whether `t` ends like a sentence, looking through closing quotes and brackets.
fn ends_sentence(t: &str) -> bool {
    // Most sentences end with the mark itself: no need to trim, nor to decode a character.
    if matches!(
        t.as_bytes().last(),
        Some(b'.' | b'!' | b'?' | b':' | b';' | b',')
    ) {
        return true;
    }
    let end = t.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    end.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

const PHRASES: &[(&str, &str)] = &[
    ("breaking news", "meta: breaking news"),
    ("this story will be updated", "meta: update notice"),
    ("this is a developing story", "meta: update notice"),
    ("check back", "meta: update notice"),
    ("click here", "meta: call to action"),
    ("sign up for", "meta: call to action"),
    ("subscribe to", "meta: call to action"),
    ("read more:", "meta: call to action"),
    ("follow us on", "meta: call to action"),
    ("contributed to this report", "meta: credit"),
    ("contributed reporting", "meta: credit"),
    ("all rights reserved", "meta: credit"),
    ("reporting by", "meta: credit"),
    ("editing by", "meta: credit"),
    ("additional reporting", "meta: credit"),
    ("this story has been updated", "meta: update notice"),
    ("(ap photo", "meta: photo credit"),
    ("getty images", "meta: photo credit"),
    ("i ask ", "appeal"),
    ("i urge ", "appeal"),
];

/// The three-byte openings of [`PHRASES`] as a 2^15-bit set, each byte folded to its low five
/// bits (which ignores ASCII case): a cheap filter that rules out almost every word start
/// before any phrase is compared. Other bytes may fold onto a letter; that only costs a
/// comparison.
const OPENINGS: [u64; 512] = {
    let mut set = [0u64; 512];
    let mut i = 0;
    while i < PHRASES.len() {
        let p = PHRASES[i].0.as_bytes();
        let o = opening(p[0], p[1], p[2]);
        set[o / 64] |= 1 << (o % 64);
        i += 1;
    }
    set
};

const fn opening(a: u8, b: u8, c: u8) -> usize {
    ((a & 0x1f) as usize) << 10 | ((b & 0x1f) as usize) << 5 | (c & 0x1f) as usize
}

/// The first bytes of [`PHRASES`] in either case: a test cheaper still, which turns away about
/// half of all words before [`OPENINGS`] is consulted.
const FIRST_BYTES: [bool; 256] = {
    let mut set = [false; 256];
    let mut i = 0;
    while i < PHRASES.len() {
        let b = PHRASES[i].0.as_bytes()[0];
        set[b.to_ascii_lowercase() as usize] = true;
        set[b.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    set
};

fn may_start_phrase(a: u8, b: u8, c: u8) -> bool {
    if !FIRST_BYTES[usize::from(a)] {
        return false;
    }
    let o = opening(a, b, c);
    OPENINGS[o / 64] >> (o % 64) & 1 == 1
}

/// The first of [`PHRASES`] that starts at a word boundary of `t` (its start, or just after a
/// byte that is not an ASCII letter or digit), ignoring ASCII case. One pass that steps over
/// each word in a tight loop: phrases are only tried at a boundary where the first three bytes
/// may open one.
fn find_phrase(t: &str) -> Option<&'static str> {
    let b = t.as_bytes();
    let mut i = 0;
    while i + 3 <= b.len() {
        if may_start_phrase(b[i], b[i + 1], b[i + 2]) {
            for (phrase, why) in PHRASES {
                let p = phrase.as_bytes();
                // The first byte settles most comparisons; a slice comparison costs far more.
                if p[0].eq_ignore_ascii_case(&b[i])
                    && b.get(i..i + p.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(p))
                {
                    return Some(why);
                }
            }
        }
        // The next boundary is just after the end of the word at `i`, if one starts there.
        while b.get(i).is_some_and(|&c| is_ascii_word_byte(c)) {
            i += 1;
        }
        i += 1;
    }
    None
}

/// `By Jane Doe and John Roe, Associated Press · Jan. 19, 2026`: "By", a capitalised name,
/// and no closing punctuation (unlike "By Friday, the council had voted.").
fn is_byline(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    let named = rest.chars().next().is_some_and(char::is_uppercase);
    named && !ends_sentence(t) && rest.split_whitespace().count() <= 16
}

/// The title of an official release (`Statement from the Press Secretary on January’s Jobs
/// Reports`, `Fact Sheet: …`): it names the document, it does not claim anything.
fn is_document_title(t: &str) -> bool {
    const TITLE_OPENINGS: [&str; 6] = [
        "statement by ",
        "statement from ",
        "fact sheet:",
        "remarks by ",
        "readout of ",
        "press briefing by ",
    ];
    let opens = |o: &&str| t.get(..o.len()).is_some_and(|p| p.eq_ignore_ascii_case(o));
    !ends_sentence(t) && TITLE_OPENINGS.iter().any(opens)
}

/// A caption credit at the end, `… (Photo: Jane Doe/Reuters)` or `… AP`, or a leading
/// `Photo:`.
fn is_photo_credit(t: &str) -> bool {
    let opening = t.trim_start_matches(['(', '[']);
    let starts = ["Photo:", "Photo by", "Photograph:", "Image:", "Picture:"]
        .iter()
        .any(|p| opening.starts_with(p));
    // The credit at the end counts only without a closing full stop, so most sentences
    // need not look for one.
    let ends = || {
        let end = t.trim_end_matches(['.', ')', ' ']);
        [" AP", "/AP", "/Reuters", " Reuters", "/AFP", " AFP", "/ AP"]
            .iter()
            .any(|s| end.ends_with(s))
    };
    starts || !t.ends_with('.') && ends()
}

/// A first-person appeal to the reader: "I ask people to remain calm", "Please stay home".
fn is_appeal(t: &str) -> bool {
    const OPENERS: &[&str] = &[
        "i ask ",
        "i urge ",
        "i call on ",
        "i appeal ",
        "we ask ",
        "we urge ",
        "we call on ",
        "we appeal ",
        "please ",
        "let us ",
        "let's ",
    ];
    let start = t.trim_start_matches(['"', '“', '\'', '‘']);
    // The first letter rules out most sentences before any whole opener is compared.
    let Some(first) = start.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    OPENERS
        .iter()
        .any(|o| o.as_bytes()[0] == first && starts_with_ignore_case(start, o))
}

fn starts_with_ignore_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::meta;

    #[test]
    fn meta_text_is_recognised() {
        for (text, why) in [
            ("This is a breaking news story.", "meta: breaking news"),
            ("BREAKING NEWS: fire in the harbour", "meta: breaking news"),
            ("Check back for more updates.", "meta: update notice"),
            (
                "Click here to read the full report.",
                "meta: call to action",
            ),
            ("By Jane Doe and John Roe, Associated Press", "meta: byline"),
            (
                "By Samuel Achterberg, Health Reporter · January 19, 2026",
                "meta: byline",
            ),
            (
                "Reporting by Tomasz Wierzbicki; editing by Clara Dunn.",
                "meta: credit",
            ),
            ("(Photo: Ana Ruiz / Calder Herald)", "meta: photo credit"),
            (
                "This story has been updated with comments from the authority.",
                "meta: update notice",
            ),
            ("10:02 A.M. CET", "meta: heading"),
            ("What changes on April 1", "meta: heading"),
            (
                "Statement from the Press Secretary on January’s Jobs Reports",
                "meta: document title",
            ),
            (
                "Fact Sheet: President Biden Reignites Cancer Moonshot",
                "meta: document title",
            ),
            (
                "Press briefing by Port Authority spokesperson Adaeze Okafor on the fire",
                "meta: document title",
            ),
            (
                "Firefighters work at the scene. Alexander Zemlianichenko/AP",
                "meta: photo credit",
            ),
            ("A damaged building in Moscow. AP", "meta: photo credit"),
            ("I ask people to remain calm.", "appeal"),
            ("“Please stay at home,” he said.", "appeal"),
            ("Sobyanin added: I urge residents to stay inside.", "appeal"),
            ("Photo by Jane Doe/Getty Images", "meta: photo credit"),
        ] {
            assert_eq!(meta(text), Some(why), "{text}");
        }
    }

    #[test]
    fn the_filter_lets_every_phrase_through_and_stops_common_words() {
        for (phrase, _) in super::PHRASES {
            let p = phrase.to_ascii_uppercase().into_bytes();
            assert!(super::may_start_phrase(p[0], p[1], p[2]), "{phrase}");
        }
        for word in ["the ", "said", "of ", "in ", "to ", "and", "was"] {
            let w = word.as_bytes();
            assert!(!super::may_start_phrase(w[0], w[1], w[2]), "{word}");
        }
    }

    /// A phrase counts where a word starts: at the start, after a space or any other byte that
    /// is not an ASCII letter or digit, and not inside a word.
    #[test]
    fn phrases_match_only_at_word_boundaries() {
        let update = Some("meta: update notice");
        assert_eq!(meta("check back soon"), update);
        assert_eq!(meta("Please re-check back soon"), update);
        assert_eq!(
            meta("Crowds at the rally (AP photo)"),
            Some("meta: photo credit")
        );
        assert_eq!(meta("Crowds at the rally, AP photo 3."), None);
        assert_eq!(meta("They did not double-check backups"), update);
        assert_eq!(meta("They doublecheck back rooms."), None);
        assert_eq!(meta("ch."), None);
    }

    #[test]
    fn claims_are_not_meta() {
        for text in [
            "The ministry said eight drones were involved.",
            "By 2030, emissions will fall by half, the report said.",
            "By Friday, the council had voted to close it.",
            "Officials said nine people were hurt in the blast on Tuesday",
            "Sales rose 5% at AP.",
            "The agency's Moscow bureau chief, Jim Heintz, said the AP would appeal.",
            "Officials say Davi ask nothing of the clinic.",
            "Statement by the minister came after 40 people were hurt.",
            "",
        ] {
            assert_eq!(meta(text), None, "{text}");
        }
    }
}
