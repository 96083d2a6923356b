//! Check-worthiness: a logistic regression over hand-made cues and hashed word n-grams
//! ([`features`]), trained on debate data by `examples/train_checkworthy.rs` and embedded in
//! the binary ([`model`]), followed by rules for news meta text ([`meta`]) that the debate
//! data never shows. The reasons are the cues (and the word) that moved the score most. With
//! `--deep`, the [`language`] model's log-odds replace the linear model's; the meta rules and
//! the cue reasons stay.

pub mod features;
pub mod language;
pub(crate) mod meta;
pub mod metrics;
pub mod model;

use features::{CUE_COUNT, Cue, Quotes, Word};
use model::Model;

/// A score in [0, 1] with the reasons that moved it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub value: f32,
    pub reasons: Vec<String>,
}

/// Score with the embedded model.
pub fn score(text: &str) -> Scored {
    score_noting_meta(text, None, false, None).0
}

/// [`score`] with the language model's log-odds ([`language::LanguageModel::logits`]) in
/// place of the linear model's; the meta rules and the cue reasons still apply.
pub fn score_with_language(text: &str, logit: f32) -> Scored {
    score_noting_meta(text, None, false, Some(logit)).0
}

/// [`score`], whether `text` is news meta text ([`meta::meta`]), which the kind classifier
/// needs too, and its quotation marks, which speaker attribution needs; with `words`, also the
/// words of `text` (for the same reason: the scorer has tokenized it anyway). `words` is
/// cleared first. A `headline` is not a heading. A `language` log-odds ([`language`]) replaces
/// the linear model's; the meta rules and the cue reasons still apply.
pub(crate) fn score_noting_meta<'a>(
    text: &'a str,
    mut words: Option<&mut Vec<Word<'a>>>,
    headline: bool,
    language: Option<f32>,
) -> (Scored, bool, Quotes) {
    if let Some(words) = words.as_mut() {
        words.clear();
    }
    match Model::embedded() {
        Ok(model) => score_with_meta(model, text, words, headline, language),
        Err(e) => (
            Scored {
                value: 0.0,
                reasons: vec![format!("model unavailable: {e}")],
            },
            {
                if let Some(words) = words {
                    words.extend(features::words(text).map(Word::of));
                }
                meta::meta(text).is_some()
            },
            Quotes::of(text),
        ),
    }
}

/// Meta text and questions lose this much log-odds and never score above [`META_CAP`], so they
/// stay below the claim threshold but keep their order among themselves.
const META_SHIFT: f32 = 3.0;
const META_CAP: f32 = -1.0;
/// Reasons shown at most, and the smallest log-odds contribution worth naming.
const MAX_REASONS: usize = 3;
const MIN_REASON: f32 = 0.2;
/// Named first when the language model gave the score.
pub const LANGUAGE_REASON: &str = "language model";

pub fn score_with(model: &Model, text: &str) -> Scored {
    score_with_meta(model, text, None, false, None).0
}

fn score_with_meta<'a>(
    model: &Model,
    text: &'a str,
    mut words: Option<&mut Vec<Word<'a>>>,
    headline: bool,
    language: Option<f32>,
) -> (Scored, bool, Quotes) {
    let mut grams = 0.0;
    // The words with the largest raising and lowering weights.
    let (mut up, mut down): ((f32, &str), (f32, &str)) = ((0.0, ""), (0.0, ""));
    let cues = features::visit(text, |g| {
        let c = model.weight(g.slot);
        grams += c;
        // Each word comes once as a unigram.
        if let (Some(text), Some(words)) = (g.word, words.as_mut()) {
            words.push(Word {
                text,
                lower: g.lower,
                number: g.number,
            });
        }
        // Numbers share one weight (`<num>`), reported by the number cue instead.
        if let Some(word) = g.word.filter(|_| !g.number) {
            if c > up.0 {
                up = (c, word);
            } else if c < down.0 {
                down = (c, word);
            }
        }
    });
    let scale = cues.gram_value;
    let (up, down) = ((up.0 * scale, up.1), (down.0 * scale, down.1));
    let mut parts = [0f32; CUE_COUNT];
    let mut logit = grams * scale;
    for (i, part) in parts.iter_mut().enumerate() {
        let c = model.cues[i] * cues.value[i];
        logit += c;
        *part = c;
    }

    let mut reasons = Vec::with_capacity(MAX_REASONS + 1);
    if let Some(language) = language {
        logit = language;
        reasons.push(LANGUAGE_REASON.to_string());
    }
    let news_meta = meta::meta(text).filter(|&why| !(headline && why == meta::HEADING));
    let meta = news_meta.or((cues.value[Cue::Question.index()] > 0.0).then_some("question"));
    if let Some(why) = meta {
        logit = (logit - META_SHIFT).min(META_CAP);
        reasons.push(why.to_string());
    }
    // Name what pushed the sentence to its side of the threshold, strongest first.
    let sign = if logit >= 0.0 { 1.0 } else { -1.0 };
    let mut pulls = parts.map(|c| sign * c);
    // The cues strong enough to name, strongest first and, among equals, the later cue first.
    let mut strong = [0usize; CUE_COUNT];
    let mut n_strong = 0;
    for (i, pull) in pulls.iter().enumerate() {
        if pull.total_cmp(&MIN_REASON).is_ge() {
            strong[n_strong] = i;
            n_strong += 1;
        }
    }
    let strong = &mut strong[..n_strong];
    strong.sort_unstable_by(|&a, &b| pulls[b].total_cmp(&pulls[a]).then(b.cmp(&a)));
    // The word is named before the first cue that pulls less than it.
    let (word_pull, word) = if logit >= 0.0 { up } else { (-down.0, down.1) };
    let mut word_named = false;
    let mut name_word_before = |pull: f32, reasons: &mut Vec<String>| {
        if !word_named && word_pull >= MIN_REASON && word_pull > pull {
            reasons.push(labelled("word", word));
            word_named = true;
        }
    };
    // The language model's reason comes on top of the cues.
    let max_reasons = MAX_REASONS + usize::from(language.is_some());
    for &best in strong.iter() {
        if reasons.len() >= max_reasons {
            break;
        }
        name_word_before(pulls[best], &mut reasons);
        if reasons.len() >= max_reasons {
            break;
        }
        pulls[best] = sign * 0.0;
        let cue = Cue::ALL[best];
        let repeats_meta = meta.is_some_and(|m| m.starts_with(cue.label()));
        if matches!(cue, Cue::Bias | Cue::Question) || repeats_meta {
            continue;
        }
        reasons.push(match cues.word[best] {
            Some(word) if !word.is_empty() => labelled(cue.label(), word),
            _ => cue.label().to_string(),
        });
    }
    // Usually the word pulls too little to be named: no need to find the strongest cue left.
    if reasons.len() < max_reasons && word_pull >= MIN_REASON {
        // Compared with the strongest cue left, as the cues named were.
        let rest = pulls.iter().copied().max_by(f32::total_cmp);
        if let Some(rest) = rest {
            name_word_before(rest, &mut reasons);
        }
    }
    let scored = Scored {
        value: 1.0 / (1.0 + (-logit).exp()),
        reasons,
    };
    (scored, news_meta.is_some(), cues.quotes)
}

/// `label: word`, allocated once at its final size (`concat` costs more for three parts).
fn labelled(label: &str, word: &str) -> String {
    let mut reason = String::with_capacity(label.len() + 2 + word.len());
    reason.push_str(label);
    reason.push_str(": ");
    reason.push_str(word);
    reason
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_separates_meta_from_news_claims() {
        let meta = score("This is a breaking news story.");
        assert!(meta.value < 0.5, "{meta:?}");
        assert_eq!(
            meta.reasons.first().map(String::as_str),
            Some("meta: breaking news")
        );
        let claim = score(
            "The Russian defense ministry said in a statement that eight \u{201c}aircraft-type\u{201d} \
             unmanned aerial vehicles were involved in the attack.",
        );
        assert!(claim.value >= 0.5, "{claim:?}");
        assert!(
            claim.reasons.iter().any(|r| r == "number: eight"),
            "{claim:?}"
        );
    }

    #[test]
    fn ordering_on_obvious_pairs() {
        for (higher, lower) in [
            (
                "Unemployment fell to 3.4 percent in January, the lowest since 1969.",
                "Thank you very much.",
            ),
            (
                "We have lost 700,000 manufacturing jobs since 2001.",
                "I think we can do better.",
            ),
            (
                "The bill cut taxes by $1.5 trillion.",
                "What would you do about taxes?",
            ),
            (
                "The city spent $40 million on the stadium.",
                "Good evening and welcome to the debate.",
            ),
        ] {
            let (h, l) = (score(higher), score(lower));
            assert!(h.value > l.value, "{higher:?} {h:?} <= {lower:?} {l:?}");
        }
    }

    #[test]
    fn questions_and_appeals_stay_below_threshold() {
        for text in [
            "Did the ministry say that 8 drones were shot down in 2023?",
            "I ask people to remain calm.",
            "Check back for more updates.",
        ] {
            let s = score(text);
            assert!(s.value < 0.5, "{text} {s:?}");
        }
    }

    #[test]
    fn scores_are_probabilities_and_reasons_are_few() {
        for text in ["", "a", &"the 99% ".repeat(5000), "\u{1b}[2J?", "ǅ İ ß 𝔘"] {
            let s = score(text);
            assert!((0.0..=1.0).contains(&s.value), "{s:?}");
            assert!(s.reasons.len() <= MAX_REASONS + 1);
        }
    }

    #[test]
    fn reasons_name_cues_and_words_that_pushed_the_score() {
        let mut weights = vec![0.0; features::DIM];
        weights[Cue::NumberWord.index()] = 2.0;
        weights[Cue::Attribution.index()] = 1.0;
        weights[Cue::Hedge.index()] = -1.0;
        let mut slot = 0;
        features::visit("drones", |g| {
            if g.word.is_some() {
                slot = g.slot;
            }
        });
        weights[slot] = 3.0;
        let model = Model::from_weights(&weights);
        let s = score_with(&model, "The ministry said maybe eight drones.");
        assert!(s.value > 0.5);
        // "drones" pulls 3/sqrt(13 n-grams) ~ 0.83, below both cues; the hedge pulled the
        // other way, so it is not named.
        assert_eq!(
            s.reasons,
            ["number: eight", "attribution: said", "word: drones"]
        );
    }

    #[test]
    fn a_zero_model_scores_one_half_with_no_reasons() {
        let zero = Model::from_weights(&vec![0.0; features::DIM]);
        let s = score_with(&zero, "The ministry said eight drones were involved.");
        assert_eq!(
            s,
            Scored {
                value: 0.5,
                reasons: Vec::new()
            }
        );
    }
}
