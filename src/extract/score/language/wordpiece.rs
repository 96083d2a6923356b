//! BERT's uncased WordPiece tokenizer, which MPNet shares (with `<s>` and `</s>` around the
//! text), as the language model was trained with: drop control characters, space out CJK
//! ideographs, lowercase, strip accents, split off punctuation, then cut each word into the
//! longest pieces in the vocabulary (`##` marks a continuation).

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// Longer words are one unknown token, as in BERT.
const MAX_WORD_CHARS: usize = 100;

pub struct WordPiece {
    ids: HashMap<&'static str, u32>,
    continuations: HashMap<&'static str, u32>,
    unknown: u32,
    pub cls: u32,
    pub sep: u32,
}

impl WordPiece {
    /// From a vocabulary of one token per line, the line number being its id.
    pub fn new(vocab: &'static str) -> Option<WordPiece> {
        let mut ids = HashMap::new();
        let mut continuations = HashMap::new();
        for (id, token) in vocab.lines().enumerate() {
            let id = u32::try_from(id).ok()?;
            match token.strip_prefix("##") {
                Some(rest) => continuations.insert(rest, id),
                None => ids.insert(token, id),
            };
        }
        Some(WordPiece {
            unknown: *ids.get("[UNK]")?,
            cls: *ids.get("<s>")?,
            sep: *ids.get("</s>")?,
            ids,
            continuations,
        })
    }

    /// The token ids of `text` between `<s>` and `</s>`, at most `max` in all.
    pub fn encode(&self, text: &str, max: usize) -> Vec<u32> {
        let mut out = vec![self.cls];
        let limit = max.saturating_sub(1);
        for word in words(text) {
            if out.len() >= limit {
                break;
            }
            self.pieces(&word, &mut out);
        }
        out.truncate(limit.max(1));
        out.push(self.sep);
        out
    }

    fn pieces(&self, word: &str, out: &mut Vec<u32>) {
        if word.chars().count() > MAX_WORD_CHARS {
            out.push(self.unknown);
            return;
        }
        let start = out.len();
        let mut rest = word;
        let mut first = true;
        while !rest.is_empty() {
            let table = if first {
                &self.ids
            } else {
                &self.continuations
            };
            // The longest prefix in the vocabulary, cut at character boundaries.
            let found = rest
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .rev()
                .find_map(|end| table.get(&rest[..end]).map(|&id| (end, id)));
            let Some((end, id)) = found else {
                out.truncate(start);
                out.push(self.unknown);
                return;
            };
            out.push(id);
            rest = &rest[end..];
            first = false;
        }
    }
}

/// The words and punctuation marks of `text`, normalised as BERT's uncased model expects.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in text.nfd() {
        let category = c.general_category();
        if c == '\0' || c == '\u{fffd}' || is_control(c, category) {
            continue;
        }
        if c.is_whitespace() {
            flush(&mut word, &mut out);
        } else if category == GeneralCategory::NonspacingMark {
            // Accents, separated from their letters by the decomposition.
        } else if is_punctuation(c) || is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(c.to_lowercase().collect());
        } else {
            word.extend(c.to_lowercase());
        }
    }
    flush(&mut word, &mut out);
    out
}

fn is_control(c: char, category: GeneralCategory) -> bool {
    !matches!(c, '\t' | '\n' | '\r')
        && matches!(category, GeneralCategory::Control | GeneralCategory::Format)
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || c.general_category_group() == GeneralCategoryGroup::Punctuation
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F | 0x2B820..=0x2CEAF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenizer() -> WordPiece {
        WordPiece::new(include_str!("../../model/mpnet_vocab.txt")).expect("vocabulary")
    }

    /// Ids from the Python tokenizer the model was trained with (`transformers`, the same
    /// vocabulary), for text with numbers, accents, curly quotes, dashes and an apostrophe.
    #[test]
    fn matches_the_training_tokenizer() {
        let t = tokenizer();
        assert_eq!(
            t.encode("The unemployment rate fell to 3.5 percent last year.", 128),
            [
                0, 2000, 12167, 3450, 3066, 2004, 1021, 1016, 1023, 3871, 2201, 2099, 1016, 2
            ]
        );
        assert_eq!(
            t.encode(
                "Crème brûlée costs $4.50 \u{2014} \u{201c}a bargain\u{201d}, says O'Neil.",
                128
            ),
            [
                0, 13679, 21386, 7991, 9311, 2067, 5370, 1006, 1022, 1016, 2757, 1521, 1527, 1041,
                17117, 1528, 1014, 2762, 1055, 1009, 6610, 1016, 2
            ]
        );
    }

    #[test]
    fn cuts_long_input_drops_control_characters_and_splits_scripts() {
        let t = tokenizer();
        let ids = t.encode(&"word ".repeat(500), 16);
        assert_eq!(ids.len(), 16);
        assert_eq!((ids[0], ids[15]), (t.cls, t.sep));
        // Control and format characters vanish (ids from the Python tokenizer, as above).
        assert_eq!(
            t.encode("\u{1b}[31m\u{200b}ok", 16),
            [0, 1035, 2865, 5306, 2247, 2]
        );
        assert_eq!(
            t.encode("Ærøskøbing 東京 naïve café", 16),
            [
                0, 1101, 2103, 16419, 6715, 16419, 10476, 1883, 1759, 15747, 7672, 2
            ]
        );
        assert_eq!(
            t.encode("e\u{301}té \u{2014} \u{201c}x\u{201d}", 16),
            [0, 3806, 2067, 1521, 1527, 1064, 1528, 2]
        );
        assert_eq!(t.encode("", 16), [t.cls, t.sep]);
        let huge = "x".repeat(MAX_WORD_CHARS + 1);
        assert_eq!(t.encode(&huge, 16), [t.cls, t.unknown, t.sep]);
    }
}
