//! The embedded check-worthiness model: a logistic regression over [`features`].
//!
//! File format (little-endian): magic `FDCW`, format version (u32), cue count (u32), hash bits
//! (u32), the cue weights (f32 each), a scale (f32), then one i8 per hashed slot; a slot's
//! weight is `i8 * scale`. Quantising the hashed weights keeps the file at about 0.25 MB.

use super::features::{CUE_COUNT, FORMAT_VERSION, HASH_BITS, HASH_SLOTS};
use std::sync::OnceLock;

const MAGIC: &[u8; 4] = b"FDCW";
const HEADER: usize = 16;

/// Trained by `cargo run --release --example train_checkworthy` (see eval/README.md).
static EMBEDDED: &[u8] = include_bytes!("../model/checkworthy.bin");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("not a factdesk check-worthiness model")]
    Magic,
    #[error("model was trained for other features (format {0}, cues {1}, hash bits {2})")]
    Shape(u32, u32, u32),
    #[error("model file is {0} bytes, expected {1}")]
    Length(usize, usize),
}

/// The model's weights: the cues' as they are, and the hashed n-grams' quantised as the file
/// holds them (`i8 * scale`). Each word looks up two n-gram weights at random in 2^18 slots,
/// so the table's size shows in the scoring time: as f32 it filled 1 MiB, twice a core's
/// second-level cache here; as i16 512 KiB; as i8 256 KiB, which leaves room in that cache for
/// the text and everything else (extraction about 6% faster at 100 KB than with i16, and the
/// same out-of-fold dev AP to 0.002).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// One per [`super::features::Cue`], by [`super::features::Cue::index`].
    pub cues: [f32; CUE_COUNT],
    /// One per n-gram slot.
    grams: Vec<i8>,
    scale: f32,
}

impl Model {
    /// The model compiled into the binary, decoded once.
    pub fn embedded() -> Result<&'static Model, &'static ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        MODEL.get_or_init(|| Model::decode(EMBEDDED)).as_ref()
    }

    /// A model from dense weights, one per feature slot ([`super::features::DIM`]), with its
    /// n-gram weights quantised as a model file holds them.
    pub fn from_weights(weights: &[f32]) -> Model {
        let mut cues = [0.0; CUE_COUNT];
        for (c, w) in cues.iter_mut().zip(weights) {
            *c = *w;
        }
        let grams = weights.get(CUE_COUNT..).unwrap_or_default();
        let max = grams.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i8::MAX)
        } else {
            1.0
        };
        // In range by construction of `scale`.
        let mut grams: Vec<i8> = grams.iter().map(|w| (w / scale).round() as i8).collect();
        grams.resize(HASH_SLOTS, 0);
        Model { cues, grams, scale }
    }

    /// The weight of feature slot `slot` (a cue's index, or an n-gram's slot); 0 outside.
    #[inline]
    pub fn weight(&self, slot: usize) -> f32 {
        match slot.checked_sub(CUE_COUNT) {
            None => self.cues[slot],
            Some(gram) => f32::from(self.grams.get(gram).copied().unwrap_or(0)) * self.scale,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + 4 * CUE_COUNT + 4 + HASH_SLOTS);
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, CUE_COUNT as u32, HASH_BITS] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for w in self.cues {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        for q in &self.grams {
            out.extend_from_slice(&q.to_le_bytes());
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(ModelError::Magic);
        }
        let word = |i: usize| {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[i..i + 4]);
            b
        };
        let expected = HEADER + 4 * CUE_COUNT + 4 + HASH_SLOTS;
        if bytes.len() < HEADER {
            return Err(ModelError::Length(bytes.len(), expected));
        }
        let [version, cues, bits] = [4, 8, 12].map(|i| u32::from_le_bytes(word(i)));
        if (version, cues, bits) != (FORMAT_VERSION, CUE_COUNT as u32, HASH_BITS) {
            return Err(ModelError::Shape(version, cues, bits));
        }
        if bytes.len() != expected {
            return Err(ModelError::Length(bytes.len(), expected));
        }
        let mut cues = [0.0; CUE_COUNT];
        for (i, c) in cues.iter_mut().enumerate() {
            *c = f32::from_le_bytes(word(HEADER + 4 * i));
        }
        let cue_end = HEADER + 4 * CUE_COUNT;
        let scale = f32::from_le_bytes(word(cue_end));
        let grams = bytes[cue_end + 4..]
            .iter()
            .map(|&b| i8::from_le_bytes([b]))
            .collect();
        Ok(Model { cues, grams, scale })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::score::features::DIM;

    #[test]
    fn encode_decode_round_trip_within_quantisation() {
        let mut weights = vec![0.0; DIM];
        weights[0] = -1.25;
        weights[CUE_COUNT] = 2.0;
        weights[CUE_COUNT + 64] = 0.25;
        weights[DIM - 1] = -0.5;
        let model = Model::from_weights(&weights);
        assert_eq!(Model::decode(&model.encode()), Ok(model.clone()));
        assert_eq!(model.weight(0), -1.25);
        // Within half a quantisation step of the largest n-gram weight, 2.0 / 127.
        let half_step = 1.0 / 127.0 + 1e-6;
        for (slot, &w) in weights.iter().enumerate() {
            assert!((model.weight(slot) - w).abs() <= half_step, "slot {slot}");
        }
        assert_eq!(model.weight(CUE_COUNT), 2.0);
        assert_eq!(model.weight(DIM), 0.0);
    }

    #[test]
    fn bad_files_are_refused() {
        assert_eq!(Model::decode(b""), Err(ModelError::Magic));
        assert!(matches!(
            Model::decode(b"FDCW"),
            Err(ModelError::Length(4, _))
        ));
        let mut stale = Model::from_weights(&vec![0.0; DIM]).encode();
        stale[4] = 99;
        assert!(matches!(Model::decode(&stale), Err(ModelError::Shape(..))));
        stale.truncate(100);
        assert!(Model::decode(&stale).is_err());
    }

    #[test]
    fn embedded_model_loads() {
        assert!(Model::embedded().is_ok());
    }
}
