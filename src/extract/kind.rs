//! Claim kinds (Full Fact's taxonomy) from clear lexical cues. The first rule that fires wins,
//! from the most specific to the most general: a prediction about a number is a prediction,
//! a law that cut a tax by 5% is about rules and laws.

use super::Kind;
use super::score::features::{LEX_MAX, has_digit, is_year, lowercase_ascii, words};
use super::score::meta::meta;

pub fn classify(text: &str) -> Kind {
    let t = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')'));
    if t.ends_with('?') || meta(text).is_some() {
        return Kind::NotAClaim;
    }
    let mut seen = [false; 6];
    let mut count = 0;
    let mut first_singular_subject = false;
    let mut prev = Lead::None;
    for (i, w) in words(text).enumerate() {
        count += 1;
        let mut buf = [0u8; LEX_MAX];
        let lower = lowercase_ascii(w, &mut buf).unwrap_or(b"");
        let cue = if has_digit(w) {
            if is_year(w) { Cue::None } else { Cue::Quantity }
        } else {
            cue(lower, prev)
        };
        if i == 0 && matches!(lower, b"i" | b"i'm" | b"i've" | b"i'd" | b"my") {
            first_singular_subject = true;
        }
        if let Some(slot) = cue.slot() {
            seen[slot] = true;
        }
        prev = lead(lower);
    }
    if count < 3 {
        return Kind::NotAClaim;
    }
    let order = [
        (Cue::Prediction, Kind::Prediction),
        (Cue::Cause, Kind::CorrelationCausation),
        (Cue::Law, Kind::RulesLaws),
    ];
    if first_singular_subject && !seen[Cue::Quantity as usize] {
        return Kind::PersonalExperience;
    }
    for (cue, kind) in order {
        if seen[cue as usize] {
            return kind;
        }
    }
    if seen[Cue::Quantity as usize] {
        Kind::Quantity
    } else if first_singular_subject {
        Kind::PersonalExperience
    } else {
        Kind::Other
    }
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
    None,
}

fn lead(lower: &[u8]) -> Lead {
    match lower {
        b"going" | b"expected" | b"set" | b"likely" | b"poised" => Lead::Future,
        b"due" | b"led" | b"lead" | b"leads" | b"linked" | b"thanks" | b"responsible" => {
            Lead::Cause
        }
        b"more" | b"less" | b"fewer" => Lead::More,
        _ => Lead::None,
    }
}

fn cue(w: &[u8], prev: Lead) -> Cue {
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
        b"to" | b"for" if prev == Lead::Cause => Cue::Cause,
        b"will" | b"won't" | b"shall" | b"forecast" | b"forecasts" | b"predict" | b"predicted"
        | b"predicts" | b"projected" | b"expects" => Cue::Prediction,
        b"because" | b"cause" | b"caused" | b"causes" | b"causing" | b"blamed" | b"blames"
        | b"therefore" | b"consequence" | b"result" | b"resulted" => Cue::Cause,
        b"law" | b"laws" | b"bill" | b"legislation" | b"illegal" | b"legal" | b"unlawful"
        | b"ban" | b"banned" | b"bans" | b"regulation" | b"regulations" | b"rule" | b"rules"
        | b"court" | b"constitution" | b"constitutional" | b"sanctions" | b"treaty"
        | b"mandatory" | b"prohibited" | b"permitted" | b"decree" | b"statute" | b"ordinance" => {
            Cue::Law
        }
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
                "Inflation will reach 5% next year, the central bank said.",
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
            (
                "The ministry blamed Ukraine for the attack.",
                Kind::CorrelationCausation,
            ),
            ("The new law bans smoking in parks.", Kind::RulesLaws),
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
            ("Kyiv has not commented on the incident.", Kind::Other),
            ("Is that really true?", Kind::NotAClaim),
            ("This is a breaking news story.", Kind::NotAClaim),
            ("Thank you.", Kind::NotAClaim),
        ] {
            assert_eq!(classify(text), kind, "{text}");
        }
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
    fn odd_input_does_not_panic() {
        for t in ["", "?", "\u{1b}[31m", &"x ".repeat(100_000)] {
            let _ = classify(t);
        }
    }
}
