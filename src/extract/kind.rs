//! Claim kinds (Full Fact's taxonomy) from clear lexical cues. The first kind whose cue fires
//! wins, in this order: a first-person account (`I` or `my` among the first six words, numbers
//! or not, as the labellers of our news sets read it) is personal experience; then
//! cause, rules and laws, quantity (numbers other than dates, clock times, ages, ordinals and
//! numbers in names such as `Falcon 9`), prediction
//! ("will", "expected to", reported "would"); anything else is "other". A statement about a
//! future number ("the fare will stay at 2.40 dollars") counts as a quantity, as in the
//! labelled news set.

use super::Kind;
use super::score::features::{Lower, Word, is_year, words};
use super::score::meta::meta;
use super::segment::month;

pub fn classify(text: &str) -> Kind {
    let words: Vec<Word> = words(text).map(Word::of).collect();
    classify_known(text, &words, meta(text).is_some())
}

/// [`classify`] for a caller that already has the [`Word`]s of `text` and knows whether it is
/// meta text (the scorer finds out both), so each sentence is tokenized, lowercased and checked
/// once.
pub(crate) fn classify_known(text: &str, words: &[Word], is_meta: bool) -> Kind {
    let t = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')'));
    if t.ends_with('?') || is_meta {
        return Kind::NotAClaim;
    }
    let mut seen = [false; 4];
    let mut count = 0;
    let mut first_singular_subject = false;
    let mut reported = false;
    // The word before and its index. What it says about the current word is worked out only
    // for the few words that ask.
    let mut before: Option<(usize, &Word)> = None;
    // A number counts once the next word shows it is not a clock time ("5 a.m.").
    let mut pending_number = false;
    let mut named_number = false;
    for (i, word) in words.iter().enumerate() {
        count += 1;
        let w = word.text;
        let lower = lower_bytes(word);
        let lead_before = || before.map_or(Lead::None, |(_, b)| lead(lower_bytes(b)));
        // `Falcon 9`, `Boeing 737` name things rather than count them.
        let after_name = || before.is_some_and(|(j, b)| names(j, b));
        let start = (w.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if pending_number && !matches!(lower, b"a" | b"p" | b"am" | b"pm") && !month(lower) {
            seen[Cue::Quantity as usize] = true;
        }
        // `fined Rennick 7,500 dollars`: money after a name is still an amount.
        if named_number && matches!(lower, b"dollars" | b"euros" | b"pounds" | b"crowns") {
            seen[Cue::Quantity as usize] = true;
        }
        pending_number = false;
        named_number = false;
        let cue = if word.number {
            // Words are slices of `text`, so the bytes around one show clock times (11:48).
            let around = |i: Option<usize>| i.and_then(|i| text.as_bytes().get(i)).copied();
            let clock = around(Some(start + w.len())) == Some(b':')
                || around(start.checked_sub(1)) == Some(b':');
            // `Thomas Sam, 42, and his wife`: an age between commas is not a quantity.
            let age = w.len() <= 3
                && text.get(..start).is_some_and(|b| b.ends_with(", "))
                && around(Some(start + w.len())) == Some(b',');
            // `a 54-year-old engineer`: an age, not a quantity.
            let aged = w.ends_with("-year-old")
                || text
                    .get(start + w.len()..)
                    .is_some_and(|r| r.starts_with("-year-old"));
            // `the 14th floor`, `in the 68th minute`: an ordinal ranks rather than counts.
            // Bytes, not characters: the word may hold a letter of any width (`0Ǆ1`).
            let bytes = w.as_bytes();
            let ordinal = bytes.len() > 2
                && bytes[..bytes.len() - 2].iter().all(u8::is_ascii_digit)
                && matches!(&bytes[bytes.len() - 2..], b"st" | b"nd" | b"rd" | b"th");
            let plain =
                w.starts_with(|c: char| c.is_ascii_digit()) && !clock && !age && !aged && !ordinal;
            let after_name = plain && after_name();
            pending_number = plain && !is_year(w) && lead_before() != Lead::Month && !after_name;
            named_number = after_name;
            Cue::None
        } else {
            // Only these words of the cues read the word before.
            let prev = if matches!(lower, b"than" | b"to" | b"for") {
                lead_before()
            } else {
                Lead::None
            };
            match cue(lower, prev, reported) {
                Cue::Law if matches!(w, "Law" | "Laws") && surname(text, w) => Cue::None,
                cue => cue,
            }
        };
        if i < 6 && matches!(lower, b"i" | b"i'm" | b"i've" | b"i'd" | b"my") {
            first_singular_subject = true;
        }
        reported |= matches!(lower, b"said" | b"says" | b"told" | b"announced" | b"added");
        if let Some(slot) = cue.slot() {
            seen[slot] = true;
        }
        before = Some((i, word));
    }
    seen[Cue::Quantity as usize] |= pending_number;
    if count < 3 {
        return Kind::NotAClaim;
    }
    if first_singular_subject {
        return Kind::PersonalExperience;
    }
    let order = [
        (Cue::Cause, Kind::CorrelationCausation),
        (Cue::Law, Kind::RulesLaws),
        (Cue::Quantity, Kind::Quantity),
        (Cue::Prediction, Kind::Prediction),
    ];
    order
        .into_iter()
        .find(|(cue, _)| seen[*cue as usize])
        .map_or(Kind::Other, |(_, kind)| kind)
}

fn lower_bytes<'w>(word: &'w Word) -> &'w [u8] {
    word.lower.as_ref().map_or(&[][..], Lower::as_bytes)
}

/// Whether `word`, the `i`th of its sentence, is capitalised past the first word as a name is:
/// not a currency (`GBP 800`), a possessive (`The Gazette's 14 staff`) or a capitalised little
/// word (`MOSSBRIDGE — For 42 years`).
fn names(i: usize, word: &Word) -> bool {
    let w = word.text;
    let little = matches!(
        lower_bytes(word),
        b"for" | b"in" | b"on" | b"at" | b"by" | b"of" | b"the" | b"about" | b"over" | b"only"
    );
    i > 0
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().any(char::is_lowercase)
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !little
}

/// Whether `word` (a slice of `text`) ends a capitalised name rather than naming a law: "Nathan
/// Law" and "Ms Law" are people, "the Basic Law" and a sentence-opening "Law" are not.
fn surname(text: &str, word: &str) -> bool {
    /// Capitalised words looked back over.
    const MAX_RUN: usize = 6;
    let start = (word.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut run = 0;
    for w in before.split_whitespace().rev().take(MAX_RUN) {
        let article = ["the", "a", "an", "this", "that", "new"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a));
        if article || !w.starts_with(char::is_uppercase) {
            return !article && run > 0;
        }
        run += 1;
    }
    run > 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Quantity,
    Prediction,
    Cause,
    Law,
    None,
}

impl Cue {
    fn slot(self) -> Option<usize> {
        (self != Cue::None).then_some(self as usize)
    }
}

/// First words of two-word cues: "going to", "due to", "more than".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    Future,
    Cause,
    More,
    Month,
    None,
}

fn lead(lower: &[u8]) -> Lead {
    match lower {
        b"going" | b"expected" | b"set" | b"likely" | b"poised" => Lead::Future,
        b"due" | b"led" | b"lead" | b"leads" | b"linked" | b"thanks" | b"responsible" => {
            Lead::Cause
        }
        b"more" | b"less" | b"fewer" => Lead::More,
        w if month(w) => Lead::Month,
        _ => Lead::None,
    }
}

fn cue(w: &[u8], prev: Lead, reported: bool) -> Cue {
    match w {
        b"two" | b"three" | b"four" | b"five" | b"six" | b"seven" | b"eight" | b"nine" | b"ten"
        | b"eleven" | b"twelve" | b"twenty" | b"thirty" | b"forty" | b"fifty" | b"hundred"
        | b"hundreds" | b"thousand" | b"thousands" | b"million" | b"millions" | b"billion"
        | b"billions" | b"trillion" | b"dozen" | b"dozens" | b"half" | b"twice" | b"doubled"
        | b"tripled" | b"percent" | b"cent" | b"majority" | b"average" | b"increase"
        | b"increased" | b"decrease" | b"decreased" | b"rose" | b"risen" | b"fell" | b"fallen"
        | b"record" | b"highest" | b"lowest" | b"largest" | b"biggest" => Cue::Quantity,
        b"than" if prev == Lead::More => Cue::Quantity,
        b"to" if prev == Lead::Future => Cue::Prediction,
        b"would" if reported => Cue::Prediction,
        b"to" | b"for" if prev == Lead::Cause => Cue::Cause,
        b"will" | b"won't" | b"shall" | b"forecast" | b"forecasts" | b"predict" | b"predicted"
        | b"predicts" | b"projected" | b"expects" => Cue::Prediction,
        b"because" | b"cause" | b"caused" | b"causes" | b"causing" | b"therefore"
        | b"consequence" | b"result" | b"resulted" | b"prompted" | b"triggered" | b"fuelled"
        | b"fueled" | b"link" | b"links" | b"affects" | b"effects" | b"contributed"
        | b"attributed" | b"triggering" | b"contributes" | b"motive" | b"hampered" => Cue::Cause,
        b"law" | b"laws" | b"bill" | b"legislation" | b"illegal" | b"legal" | b"unlawful"
        | b"ban" | b"banned" | b"bans" | b"regulation" | b"regulations" | b"rule" | b"rules"
        | b"court" | b"constitution" | b"constitutional" | b"sanctions" | b"treaty"
        | b"mandatory" | b"prohibited" | b"permitted" | b"decree" | b"statute" | b"ordinance"
        | b"act" | b"must" | b"standards" | b"requires" | b"required" | b"mandated" => Cue::Law,
        _ => Cue::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_a_clear_case() {
        for (text, kind) in [
            (
                "The ministry said eight drones were involved in the attack.",
                Kind::Quantity,
            ),
            ("Unemployment fell to 3.4% last month.", Kind::Quantity),
            (
                "The fare will stay at 2.40 dollars until 2027.",
                Kind::Quantity,
            ),
            (
                "The central bank expects inflation to ease next year.",
                Kind::Prediction,
            ),
            (
                "Officials said a plan would be presented in the spring.",
                Kind::Prediction,
            ),
            ("The company is expected to cut jobs.", Kind::Prediction),
            (
                "The outage was caused by a faulty cable, officials said.",
                Kind::CorrelationCausation,
            ),
            (
                "Prices rose due to the drought.",
                Kind::CorrelationCausation,
            ),
            ("The new law bans smoking in parks.", Kind::RulesLaws),
            (
                "Under the 2019 act, the county must publish a plan within 60 days.",
                Kind::RulesLaws,
            ),
            (
                "Under the rules, drivers must carry a permit.",
                Kind::RulesLaws,
            ),
            (
                "I have met families who lost everything.",
                Kind::PersonalExperience,
            ),
            (
                "My father worked in a steel mill.",
                Kind::PersonalExperience,
            ),
            (
                "In 1985 I waited nine hours for a rescue team.",
                Kind::PersonalExperience,
            ),
            (
                "I have lived on this street for 30 years.",
                Kind::PersonalExperience,
            ),
            (
                "The council said the street had 30 new homes.",
                Kind::Quantity,
            ),
            (
                "Thomas Sam, 42, and his wife Manju Sam, 36, went on trial on Monday.",
                Kind::Other,
            ),
            (
                "The study showed a clear link between overflows and the decline in river life.",
                Kind::CorrelationCausation,
            ),
            (
                "The closure prompted changes at the Ports Authority.",
                Kind::CorrelationCausation,
            ),
            ("Kyiv has not commented on the incident.", Kind::Other),
            ("Is that really true?", Kind::NotAClaim),
            ("This is a breaking news story.", Kind::NotAClaim),
            ("Thank you.", Kind::NotAClaim),
        ] {
            assert_eq!(classify(text), kind, "{text}");
        }
    }

    #[test]
    fn ordinals_names_and_ages_are_not_quantities() {
        let other = [
            "In the 68th minute, Croatia got the equalising goal.",
            "SpaceX successfully test fires Falcon 9 rocket in Texas.",
            "The victim was a 54-year-old engineer from Savannah.",
        ];
        for text in other {
            assert_eq!(classify(text), Kind::Other, "{text}");
        }
        let quantity = [
            "The board fined Rennick 7,500 dollars, the maximum it can impose.",
            "On Monday, Mark Meechan was fined GBP 800 for a video.",
            "The Gazette's 14 remaining staff were told of the closure.",
            "MOSSBRIDGE — For 42 years, Agnes Holloway has pulled strangers across the river.",
        ];
        for text in quantity {
            assert_eq!(classify(text), Kind::Quantity, "{text}");
        }
    }

    #[test]
    fn a_first_person_account_may_open_with_a_short_clause() {
        assert_eq!(
            classify("As the bus stopped, I saw smoke coming from 12 windows."),
            Kind::PersonalExperience
        );
        assert_eq!(
            classify("The officials at the meeting said I was wrong."),
            Kind::Other
        );
    }

    #[test]
    fn dates_alone_are_not_quantities() {
        assert_eq!(classify("The talks began in 2019 in Geneva."), Kind::Other);
        assert_eq!(
            classify("Talks began in 2019 with 40 delegates."),
            Kind::Quantity
        );
    }

    #[test]
    fn two_word_cues_need_both_words() {
        assert_eq!(classify("They went to the market on foot."), Kind::Other);
        assert_eq!(
            classify("They are going to close the market."),
            Kind::Prediction
        );
        assert_eq!(
            classify("We need more than words from them."),
            Kind::Quantity
        );
        assert_eq!(classify("Than that, nothing matters to us."), Kind::Other);
    }

    #[test]
    fn a_surname_law_is_not_a_law() {
        for text in [
            "Demosisto's Nathan Law earned a surprise victory in the constituency.",
            "Jude Law said the film was finished.",
            "Ms Law told reporters she was pleased.",
        ] {
            assert_eq!(classify(text), Kind::Other, "{text}");
        }
        for text in [
            "The Basic Law guarantees the right to vote.",
            "Law enforcement officers must carry a badge.",
            "Critics said the law was rushed.",
        ] {
            assert_eq!(classify(text), Kind::RulesLaws, "{text}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", "?", "\u{1b}[31m", &"x ".repeat(100_000)] {
            let _ = classify(t);
        }
        // A number with a two-byte letter where an ordinal's suffix would be.
        assert_eq!(
            classify("Officials counted 0\u{1c4}1 drones on Friday."),
            Kind::Quantity
        );
    }
}
