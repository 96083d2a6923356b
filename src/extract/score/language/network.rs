//! The BERT encoder (all-MiniLM-L6-v2 shape: 6 layers, 384 wide, 12 heads) with a pooled
//! classification head, read from factdesk's int8 file and run on the CPU.
//!
//! File format (little-endian): magic `FDMINILM1\n`; six u32: vocabulary, width, layers,
//! heads, feed-forward width, positions; then the tensors in the order [`Network::decode`]
//! reads them. A matrix is one f32 scale per row, then its int8 values row by row; a vector
//! is plain f32. Last comes the bias shift (f32) that puts the best-F1 threshold of the dev
//! splits at 0.5.

use ndarray::{Array1, Array2, ArrayView2, s};

const MAGIC: &[u8] = b"FDMINILM1\n";
const LAYER_NORM_EPS: f32 = 1e-12;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {
    #[error("not a factdesk language model")]
    Magic,
    #[error("language model file ends early")]
    Truncated,
    #[error("language model file has {0} bytes after its end")]
    Trailing(usize),
    #[error("language model has an unsupported shape")]
    Shape,
}

struct Linear {
    /// Output × input.
    weight: Array2<f32>,
    bias: Array1<f32>,
}

impl Linear {
    fn apply(&self, x: &Array2<f32>) -> Array2<f32> {
        x.dot(&self.weight.t()) + &self.bias
    }
}

struct LayerNorm {
    gain: Array1<f32>,
    bias: Array1<f32>,
}

impl LayerNorm {
    fn apply(&self, x: &mut Array2<f32>) {
        let width = x.ncols() as f32;
        for mut row in x.rows_mut() {
            let mean = row.sum() / width;
            let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / width;
            let inv = 1.0 / (var + LAYER_NORM_EPS).sqrt();
            for ((v, g), b) in row.iter_mut().zip(&self.gain).zip(&self.bias) {
                *v = (*v - mean) * inv * g + b;
            }
        }
    }
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    up: Linear,
    down: Linear,
    out_norm: LayerNorm,
}

pub struct Network {
    words: Array2<f32>,
    /// Position embeddings with the (only) token type's embedding added.
    positions: Array2<f32>,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    heads: usize,
    pooler: Linear,
    classifier: Array1<f32>,
    classifier_bias: f32,
    /// Added to the logit (see the module docs).
    pub shift: f32,
}

/// Reads the file front to back.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], NetworkError> {
        if self.bytes.len() < n {
            return Err(NetworkError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<usize, NetworkError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn floats(&mut self, n: usize) -> Result<Vec<f32>, NetworkError> {
        Ok(self
            .take(n.checked_mul(4).ok_or(NetworkError::Shape)?)?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }

    fn vector(&mut self, n: usize) -> Result<Array1<f32>, NetworkError> {
        Ok(Array1::from(self.floats(n)?))
    }

    fn matrix(&mut self, rows: usize, cols: usize) -> Result<Array2<f32>, NetworkError> {
        let scales = self.floats(rows)?;
        let values = self.take(rows.checked_mul(cols).ok_or(NetworkError::Shape)?)?;
        let data = values
            .chunks_exact(cols.max(1))
            .zip(&scales)
            .flat_map(|(row, &scale)| row.iter().map(move |&q| f32::from(q as i8) * scale))
            .collect();
        Array2::from_shape_vec((rows, cols), data).map_err(|_| NetworkError::Shape)
    }

    fn linear(&mut self, out: usize, inp: usize) -> Result<Linear, NetworkError> {
        Ok(Linear {
            weight: self.matrix(out, inp)?,
            bias: self.vector(out)?,
        })
    }

    fn norm(&mut self, width: usize) -> Result<LayerNorm, NetworkError> {
        Ok(LayerNorm {
            gain: self.vector(width)?,
            bias: self.vector(width)?,
        })
    }
}

impl Network {
    pub fn decode(bytes: &[u8]) -> Result<Network, NetworkError> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(NetworkError::Magic);
        }
        let (vocab, width, layers) = (r.u32()?, r.u32()?, r.u32()?);
        let (heads, inner, positions) = (r.u32()?, r.u32()?, r.u32()?);
        if vocab == 0
            || heads == 0
            || width % heads != 0
            || width == 0
            || positions < 2
            || layers > 64
        {
            return Err(NetworkError::Shape);
        }
        let words = r.matrix(vocab, width)?;
        let mut pos = Array2::from_shape_vec((positions, width), r.floats(positions * width)?)
            .map_err(|_| NetworkError::Shape)?;
        let types = r.floats(2 * width)?;
        pos += &ArrayView2::from_shape((1, width), &types[..width])
            .map_err(|_| NetworkError::Shape)?;
        let embedding_norm = r.norm(width)?;
        let layers = (0..layers)
            .map(|_| {
                let query = r.linear(width, width)?;
                let key = r.linear(width, width)?;
                let value = r.linear(width, width)?;
                let attention_out = r.linear(width, width)?;
                let attention_norm = r.norm(width)?;
                let up = r.linear(inner, width)?;
                let down = r.linear(width, inner)?;
                let out_norm = r.norm(width)?;
                Ok(Layer {
                    query,
                    key,
                    value,
                    attention_out,
                    attention_norm,
                    up,
                    down,
                    out_norm,
                })
            })
            .collect::<Result<Vec<_>, NetworkError>>()?;
        let pooler = r.linear(width, width)?;
        let classifier = r.vector(width)?;
        let classifier_bias = r.floats(1)?[0];
        let shift = r.floats(1)?[0];
        if !r.bytes.is_empty() {
            return Err(NetworkError::Trailing(r.bytes.len()));
        }
        Ok(Network {
            words,
            positions: pos,
            embedding_norm,
            layers,
            heads,
            pooler,
            classifier,
            classifier_bias,
            shift,
        })
    }

    pub fn max_tokens(&self) -> usize {
        self.positions.nrows()
    }

    /// The classifier's logit for each token sequence (each at most [`Self::max_tokens`] long,
    /// starting with `[CLS]`); the sequences are run together through the dense layers, and
    /// attend only within themselves.
    pub fn logits(&self, sequences: &[Vec<u32>]) -> Vec<f32> {
        let width = self.words.ncols();
        let total: usize = sequences
            .iter()
            .map(|seq| seq.len().min(self.max_tokens()))
            .sum();
        let mut x = Array2::<f32>::zeros((total, width));
        // Each sequence's rows in `x`, start..end.
        let mut spans = Vec::with_capacity(sequences.len());
        let mut row = 0;
        for seq in sequences {
            let start = row;
            for (pos, &id) in seq.iter().enumerate().take(self.max_tokens()) {
                let word = (id as usize).min(self.words.nrows() - 1);
                let mut out = x.row_mut(row);
                out.assign(&self.words.row(word));
                out += &self.positions.row(pos);
                row += 1;
            }
            spans.push((start, row));
        }
        self.embedding_norm.apply(&mut x);
        for layer in &self.layers {
            x = self.layer(layer, x, &spans);
        }
        spans
            .iter()
            .map(|&(start, end)| {
                if start == end {
                    return f32::NEG_INFINITY;
                }
                let cls = x.slice(s![start..start + 1, ..]).to_owned();
                let pooled = self.pooler.apply(&cls).mapv(f32::tanh);
                pooled.row(0).dot(&self.classifier) + self.classifier_bias
            })
            .collect()
    }

    fn layer(&self, layer: &Layer, x: Array2<f32>, spans: &[(usize, usize)]) -> Array2<f32> {
        let (q, k, v) = (
            layer.query.apply(&x),
            layer.key.apply(&x),
            layer.value.apply(&x),
        );
        let head = x.ncols() / self.heads;
        let scale = 1.0 / (head as f32).sqrt();
        let mut context = Array2::<f32>::zeros(x.dim());
        for &(start, end) in spans {
            for h in 0..self.heads {
                let cols = s![start..end, h * head..(h + 1) * head];
                let mut scores = q.slice(cols).dot(&k.slice(cols).t()) * scale;
                for mut row in scores.rows_mut() {
                    let max = row.fold(f32::NEG_INFINITY, |m, &v| m.max(v));
                    row.mapv_inplace(|v| (v - max).exp());
                    let sum = row.sum();
                    row /= sum;
                }
                context.slice_mut(cols).assign(&scores.dot(&v.slice(cols)));
            }
        }
        let mut x = x + layer.attention_out.apply(&context);
        layer.attention_norm.apply(&mut x);
        let mut inner = layer.up.apply(&x);
        inner.mapv_inplace(gelu);
        let mut out = x + layer.down.apply(&inner);
        layer.out_norm.apply(&mut out);
        out
    }
}

/// BERT's exact GELU.
fn gelu(v: f32) -> f32 {
    0.5 * v * (1.0 + libm::erff(v * std::f32::consts::FRAC_1_SQRT_2))
}
