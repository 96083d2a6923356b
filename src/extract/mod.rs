//! Claim extraction: pure and deterministic. Text in, sentences out; no I/O.
//!
//! `segment` finds sentence spans, `score` rates check-worthiness with reasons, `kind` assigns
//! Full Fact's claim type and `speaker` attributes reported speech.

pub mod kind;
pub mod score;
pub mod segment;
pub mod speaker;

use serde::{Deserialize, Serialize};

/// Sentences scoring at or above this are claims unless configured otherwise.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Full Fact's claim taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Quantity,
    CorrelationCausation,
    RulesLaws,
    Prediction,
    PersonalExperience,
    Other,
    NotAClaim,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Quantity,
        Kind::CorrelationCausation,
        Kind::RulesLaws,
        Kind::Prediction,
        Kind::PersonalExperience,
        Kind::Other,
        Kind::NotAClaim,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quantity => "quantity",
            Kind::CorrelationCausation => "correlation_causation",
            Kind::RulesLaws => "rules_laws",
            Kind::Prediction => "prediction",
            Kind::PersonalExperience => "personal_experience",
            Kind::Other => "other",
            Kind::NotAClaim => "not_a_claim",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One sentence of a body: `body[start..end]` is its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    pub claim: bool,
    pub kind: Kind,
    pub speaker: Option<String>,
    /// The features that moved the score, e.g. "number: eight", "attribution: said".
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Sentences with `score >= threshold` are claims.
    pub threshold: f32,
    /// The body is a transcript of `SPEAKER: text` lines.
    pub transcript: bool,
    /// The article's headline, from its metadata. A line of the body that is the headline is
    /// scored like any sentence: a headline states the story's main claim, while other short
    /// lines without closing punctuation (section headings, datelines) are meta text.
    pub headline: Option<String>,
    /// Score with the language model ([`score::language`]): a better ranking, thousands
    /// of times slower. If it cannot load, the linear model scores instead.
    pub deep: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: DEFAULT_THRESHOLD,
            transcript: false,
            headline: None,
            deep: false,
        }
    }
}

/// Split `body` into sentences and rate each one.
pub fn extract(body: &str, opts: &Options) -> Vec<Sentence> {
    let spans = if opts.transcript {
        segment::split_transcript(body)
    } else {
        segment::split(body)
    };
    let headline = opts.headline.as_deref().map(str::trim).unwrap_or_default();
    // The words of the current sentence, reused from sentence to sentence. They also show
    // which sentences may name a speaker, so sentences are rated before speakers are found.
    let mut words = Vec::new();
    let mut may_report = Vec::with_capacity(spans.len());
    let mut quotes = Vec::with_capacity(spans.len());
    let language = language_logits(opts.deep, || {
        spans.iter().map(|span| &body[span.clone()]).collect()
    });
    let mut sentences: Vec<Sentence> = spans
        .iter()
        .enumerate()
        .map(|(i, span)| {
            let text = &body[span.clone()];
            let is_headline = !headline.is_empty() && same_words(text, headline);
            let deep = language.as_ref().map(|logits| logits[i]);
            let (scored, is_meta, marks) =
                score::score_noting_meta(text, Some(&mut words), is_headline, deep);
            may_report.push(speaker::words_may_report(&words));
            quotes.push(marks);
            let claim = scored.value >= opts.threshold;
            Sentence {
                start: span.start,
                end: span.end,
                score: scored.value,
                claim,
                // Only claims carry a kind, so the rest are not classified at all.
                kind: if claim {
                    kind::classify_known(text, &words, is_meta)
                } else {
                    Kind::NotAClaim
                },
                speaker: None,
                reasons: scored.reasons,
            }
        })
        .collect();
    let speakers = speaker::attribute_where(body, &spans, opts.transcript, &may_report, &quotes);
    for (sentence, speaker) in sentences.iter_mut().zip(speakers) {
        sentence.speaker = speaker;
    }
    sentences
}

/// The language model's log-odds for `texts` when `deep` and the model loads.
fn language_logits<'a>(deep: bool, texts: impl FnOnce() -> Vec<&'a str>) -> Option<Vec<f32>> {
    let model = deep.then(score::language::LanguageModel::embedded)?.ok()?;
    Some(model.logits(&texts()))
}

/// `sentence` of `body` as a reviewer promotes it to a claim: scored again on its own by
/// `opts`' scorer (one sentence takes the language model milliseconds, so a screen that lists
/// sentences can extract them with the fast linear model) and given a claim's kind, `other`
/// when no cue fits (a question the reviewer judged worth checking).
pub fn promoted(body: &str, sentence: &Sentence, opts: &Options) -> Sentence {
    let Some(text) = body.get(sentence.start..sentence.end) else {
        return sentence.clone();
    };
    let headline = opts.headline.as_deref().map(str::trim).unwrap_or_default();
    let is_headline = !headline.is_empty() && same_words(text, headline);
    let deep = language_logits(opts.deep, || vec![text]).and_then(|l| l.first().copied());
    let (scored, _, _) = score::score_noting_meta(text, None, is_headline, deep);
    let kind = match kind::classify(text) {
        Kind::NotAClaim => Kind::Other,
        kind => kind,
    };
    Sentence {
        score: scored.value,
        claim: true,
        kind,
        reasons: scored.reasons,
        ..sentence.clone()
    }
}

/// Equal up to whitespace; cheap when the lengths are far apart.
fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.len().abs_diff(b.len()) <= a.len() / 4 && a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_line_is_scored_and_other_headings_stay_meta() {
        let body = "At least 107 killed in Mecca crane collapse\n\nSaturday, September 12, 2015\n\n\
                    A crane fell into the Grand Mosque on Friday, killing 107 people.\n";
        let headline = "At least 107 killed in  Mecca crane collapse";
        let with = extract(
            body,
            &Options {
                headline: Some(headline.into()),
                ..Options::default()
            },
        );
        let without = extract(body, &Options::default());
        assert_eq!(with.len(), 3);
        assert!(with[0].claim, "{:?}", with[0]);
        assert!(!with[0].reasons.iter().any(|r| r == "meta: heading"));
        assert!(!without[0].claim, "{:?}", without[0]);
        assert_eq!(
            without[0].reasons.first().map(String::as_str),
            Some("meta: heading")
        );
        // The dateline is a heading either way; the lead is a claim either way.
        assert!(!with[1].claim && with[2].claim);
    }

    /// The language model ranks the claims; the news meta rules still hold over it.
    #[test]
    fn deep_extraction_ranks_claims_and_keeps_meta_out() {
        let body = "Unemployment fell to 3.5 percent in January, the lowest since 1969.\n\n\
                    Thank you all for coming tonight.\n\n\
                    Click here to subscribe to our newsletter.\n\n\
                    Did the ministry say that 8 drones were shot down in 2023?\n";
        let deep = Options {
            deep: true,
            ..Options::default()
        };
        let s = extract(body, &deep);
        assert_eq!(s.len(), 4);
        assert!(s[0].claim && s[0].score > s[1].score, "{s:?}");
        assert_eq!(s[0].reasons[0], score::LANGUAGE_REASON);
        assert_eq!(s[0].kind, Kind::Quantity);
        for meta in &s[1..] {
            assert!(!meta.claim, "{meta:?}");
        }
        assert_eq!(s[2].reasons[1], "meta: call to action", "{:?}", s[2]);
    }

    /// A promoted sentence is a claim with a claim's kind, scored by the chosen scorer as
    /// `extract` scores it.
    #[test]
    fn a_promoted_sentence_is_a_claim_scored_as_extract_scores_it() {
        let body = "Will the mayor raise fares?\n\nThe council spent 4 million dollars on buses.";
        for deep in [false, true] {
            let opts = Options {
                deep,
                ..Options::default()
            };
            let sentences = extract(body, &opts);
            assert!(!sentences[0].claim);
            let question = promoted(body, &sentences[0], &opts);
            assert!(question.claim);
            assert_eq!(question.kind, Kind::Other);
            assert_eq!(
                (question.score, &question.reasons),
                (sentences[0].score, &sentences[0].reasons)
            );
            let spent = promoted(body, &sentences[1], &opts);
            assert_eq!(spent.kind, Kind::Quantity);
            assert_eq!(spent.score, sentences[1].score);
            assert_eq!(spent.reasons[0] == score::LANGUAGE_REASON, deep);
        }
    }

    /// `extract` shares work between the scorer, the kind classifier and speaker attribution
    /// (the words, the meta finding); what it reports must still be what each gives on its own.
    #[test]
    fn extract_agrees_with_score_and_classify_run_alone() {
        let bodies = [
            include_str!("../../sample_articles/2023-05-30-moscow-drones.txt"),
            include_str!("../../sample_articles/2026-06-27-orsin-basin-drought.txt"),
            "BREAKING NEWS: 40 homes flooded. By Jane Doe, Reuters\n\nThe council’s £2.4m plan \
             will cut fares by 5% in 2027, the mayor said. Why? I think it’s fine.",
            "Half of all children lack iodine, researchers say. \"It is serious. We must act.\"\n\n\
             \"Salt is the answer,\" said Cres Eastman.\n\n\"It is cheap.\"",
        ];
        let mut claims = 0;
        for body in bodies {
            // Speakers are found from the scorer's words; `attribute` alone scans the bytes.
            let spans = segment::split(body);
            let alone: Vec<Option<String>> = speaker::attribute(body, &spans, false);
            let sentences = extract(body, &Options::default());
            let found: Vec<Option<String>> = sentences.iter().map(|s| s.speaker.clone()).collect();
            assert_eq!(found, alone);
            assert!(found.iter().any(Option::is_some));
            for s in sentences {
                let text = &body[s.start..s.end];
                let alone = score::score(text);
                assert_eq!(
                    (s.score, &s.reasons),
                    (alone.value, &alone.reasons),
                    "{text}"
                );
                let kind = if s.claim {
                    claims += 1;
                    kind::classify(text)
                } else {
                    Kind::NotAClaim
                };
                assert_eq!(s.kind, kind, "{text}");
            }
        }
        assert!(claims > 20, "only {claims} claims");
    }
}
