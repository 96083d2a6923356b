//! The embedded check-worthiness model: a logistic regression over [`features`].
//!
//! File format (little-endian): magic `FDCW`, format version (u32), cue count (u32), hash bits
//! (u32), the cue weights (f32 each), a scale (f32), then one i16 per hashed slot; a slot's
//! weight is `i16 * scale`. Quantising the hashed weights keeps the file at about 0.5 MB.

use super::features::{CUE_COUNT, DIM, FORMAT_VERSION, HASH_BITS, HASH_SLOTS};
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

/// Dense weights, one per feature slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub weights: Vec<f32>,
}

impl Model {
    /// The model compiled into the binary, decoded once.
    pub fn embedded() -> Result<&'static Model, &'static ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        MODEL.get_or_init(|| Model::decode(EMBEDDED)).as_ref()
    }

    pub fn encode(&self) -> Vec<u8> {
        let (cues, grams) = self.weights.split_at(CUE_COUNT);
        let max = grams.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut out = Vec::with_capacity(HEADER + 4 * CUE_COUNT + 4 + 2 * HASH_SLOTS);
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, CUE_COUNT as u32, HASH_BITS] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for w in cues {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        for w in grams {
            // In range by construction of `scale`.
            let q = (w / scale).round() as i16;
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
        let expected = HEADER + 4 * CUE_COUNT + 4 + 2 * HASH_SLOTS;
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
        let mut weights = Vec::with_capacity(DIM);
        let cue_end = HEADER + 4 * CUE_COUNT;
        weights.extend(
            (HEADER..cue_end)
                .step_by(4)
                .map(|i| f32::from_le_bytes(word(i))),
        );
        let scale = f32::from_le_bytes(word(cue_end));
        weights.extend(
            bytes[cue_end + 4..]
                .chunks_exact(2)
                .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale),
        );
        Ok(Model { weights })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip_within_quantisation() {
        let mut weights = vec![0.0; DIM];
        weights[0] = -1.25;
        weights[CUE_COUNT] = 2.0;
        weights[DIM - 1] = -0.5;
        let back = Model::decode(&Model { weights }.encode()).map(|m| m.weights);
        let back = back.unwrap_or_default();
        assert_eq!(back.len(), DIM);
        assert_eq!(back[0], -1.25);
        assert!((back[CUE_COUNT] - 2.0).abs() < 1e-4);
        assert!((back[DIM - 1] + 0.5).abs() < 1e-4);
    }

    #[test]
    fn bad_files_are_refused() {
        assert_eq!(Model::decode(b""), Err(ModelError::Magic));
        assert!(matches!(
            Model::decode(b"FDCW"),
            Err(ModelError::Length(4, _))
        ));
        let mut stale = Model {
            weights: vec![0.0; DIM],
        }
        .encode();
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
