//! The MPNet encoder (all-mpnet-base-v2's shape: 768 wide, 12 heads; we keep 6 layers) with
//! its classification head, read from factdesk's int8 file and run on the CPU.
//!
//! MPNet differs from BERT in three ways that matter here: a learned bias per head and
//! relative-position bucket is added to every attention score (one table shared by all
//! layers), there are no token-type embeddings, and layer norms use epsilon 1e-5.
//!
//! File format (little-endian): magic `FDMPNET1\n`; seven u32: vocabulary, width, layers,
//! heads, feed-forward width, positions, relative-position buckets; then the tensors in the
//! order [`Network::decode`] reads them. A matrix is one f32 scale per row, then its int8
//! values row by row; a vector is plain f32. The bucket of each relative position
//! `-(positions-1)..positions` is one byte each, as the training library computes it (its
//! float rounding decides the edges, so the table is stored rather than recomputed). Last
//! comes the bias shift (f32) that puts the best-F1 threshold of the dev splits at 0.5.

use ndarray::{Array1, Array2, ArrayViewMut1, Axis, s};

pub(super) const MAGIC: &[u8] = b"FDMPNET1\n";
const LAYER_NORM_EPS: f32 = 1e-5;

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

/// Rows of int8 values with one scale per row, read in place from the model file.
struct Quantised<'a> {
    cols: usize,
    scales: Vec<f32>,
    values: &'a [u8],
}

impl Quantised<'_> {
    fn rows(&self) -> usize {
        self.scales.len()
    }

    fn row(&self, r: usize) -> impl Iterator<Item = f32> + '_ {
        let scale = self.scales[r];
        let values = &self.values[r * self.cols..(r + 1) * self.cols];
        values.iter().map(move |&q| f32::from(q as i8) * scale)
    }
}

/// A dense layer. Its weights stay int8 and are expanded to f32 for each product: that costs
/// a few percent of the product's time, and the f32 copy of the whole model (about 170 MB per
/// process) is never held; the int8 bytes are the binary's own pages, shared between the
/// reviewers running factdesk on one server.
struct Linear<'a> {
    /// Output × input.
    weight: Quantised<'a>,
    bias: Array1<f32>,
}

impl Linear<'_> {
    fn apply(&self, x: &Array2<f32>) -> Array2<f32> {
        let mut weight = Array2::zeros((self.weight.rows(), self.weight.cols));
        for (r, mut row) in weight.rows_mut().into_iter().enumerate() {
            for (w, v) in row.iter_mut().zip(self.weight.row(r)) {
                *w = v;
            }
        }
        x.dot(&weight.t()) + &self.bias
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

/// The word embeddings, dequantised a row at a time as tokens need them.
struct Embeddings<'a>(Quantised<'a>);

impl Embeddings<'_> {
    /// Adds row `id` (clamped to the table) to `out`.
    fn add_row(&self, id: usize, mut out: ArrayViewMut1<f32>) {
        let id = id.min(self.0.rows() - 1);
        for (o, v) in out.iter_mut().zip(self.0.row(id)) {
            *o += v;
        }
    }
}

struct Layer<'a> {
    query: Linear<'a>,
    key: Linear<'a>,
    value: Linear<'a>,
    attention_out: Linear<'a>,
    attention_norm: LayerNorm,
    up: Linear<'a>,
    down: Linear<'a>,
    out_norm: LayerNorm,
}

/// The network, reading its int8 weights in place from the bytes it was decoded from.
pub struct Network<'a> {
    words: Embeddings<'a>,
    positions: Array2<f32>,
    embedding_norm: LayerNorm,
    /// Buckets × heads: the attention bias of each relative-position bucket.
    relative_bias: Array2<f32>,
    /// The bucket of relative position `r` (key minus query) is at `r + positions - 1`.
    buckets: Vec<u8>,
    layers: Vec<Layer<'a>>,
    heads: usize,
    head_dense: Linear<'a>,
    out: Array1<f32>,
    out_bias: f32,
    /// Added to the logit (see the module docs).
    pub shift: f32,
}

/// Reads the file front to back.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NetworkError> {
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

    fn table(&mut self, rows: usize, cols: usize) -> Result<Array2<f32>, NetworkError> {
        let size = rows.checked_mul(cols).ok_or(NetworkError::Shape)?;
        Array2::from_shape_vec((rows, cols), self.floats(size)?).map_err(|_| NetworkError::Shape)
    }

    /// Per-row scales, then the int8 values, left in place.
    fn quantised(&mut self, rows: usize, cols: usize) -> Result<Quantised<'a>, NetworkError> {
        let scales = self.floats(rows)?;
        let values = self.take(rows.checked_mul(cols).ok_or(NetworkError::Shape)?)?;
        Ok(Quantised {
            cols,
            scales,
            values,
        })
    }

    fn linear(&mut self, out: usize, inp: usize) -> Result<Linear<'a>, NetworkError> {
        Ok(Linear {
            weight: self.quantised(out, inp)?,
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

impl<'a> Network<'a> {
    pub fn decode(bytes: &'a [u8]) -> Result<Network<'a>, NetworkError> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(NetworkError::Magic);
        }
        let (vocab, width, layers) = (r.u32()?, r.u32()?, r.u32()?);
        let (heads, inner, positions, buckets) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        if vocab == 0
            || heads == 0
            || width % heads != 0
            || width == 0
            || positions < 2
            || layers > 64
            || !(1..=256).contains(&buckets)
        {
            return Err(NetworkError::Shape);
        }
        let words = Embeddings(r.quantised(vocab, width)?);
        let positions_table = r.table(positions, width)?;
        let embedding_norm = r.norm(width)?;
        let relative_bias = r.table(buckets, heads)?;
        let bucket_of = r.take(2 * positions - 1)?.to_vec();
        if bucket_of.iter().any(|&b| usize::from(b) >= buckets) {
            return Err(NetworkError::Shape);
        }
        let layers = (0..layers)
            .map(|_| {
                Ok(Layer {
                    query: r.linear(width, width)?,
                    key: r.linear(width, width)?,
                    value: r.linear(width, width)?,
                    attention_out: r.linear(width, width)?,
                    attention_norm: r.norm(width)?,
                    up: r.linear(inner, width)?,
                    down: r.linear(width, inner)?,
                    out_norm: r.norm(width)?,
                })
            })
            .collect::<Result<Vec<_>, NetworkError>>()?;
        let head_dense = r.linear(width, width)?;
        let out = r.vector(width)?;
        let out_bias = r.floats(1)?[0];
        let shift = r.floats(1)?[0];
        if !r.bytes.is_empty() {
            return Err(NetworkError::Trailing(r.bytes.len()));
        }
        Ok(Network {
            words,
            positions: positions_table,
            embedding_norm,
            relative_bias,
            buckets: bucket_of,
            layers,
            heads,
            head_dense,
            out,
            out_bias,
            shift,
        })
    }

    pub fn max_tokens(&self) -> usize {
        self.positions.nrows()
    }

    /// The classifier's logit for each token sequence (each at most [`Self::max_tokens`] long,
    /// starting with `<s>`); the sequences are run together through the dense layers, and
    /// attend only within themselves.
    pub fn logits(&self, sequences: &[Vec<u32>]) -> Vec<f32> {
        let width = self.positions.ncols();
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
                let mut out = x.row_mut(row);
                out.assign(&self.positions.row(pos));
                self.words.add_row(id as usize, out);
                row += 1;
            }
            spans.push((start, row));
        }
        self.embedding_norm.apply(&mut x);
        let longest = spans.iter().map(|(s, e)| e - s).max().unwrap_or(0);
        let bias = self.position_bias(longest);
        for layer in &self.layers {
            x = self.layer(layer, x, &spans, &bias);
        }
        // The head reads each sequence's first token, all in one product.
        let firsts: Vec<usize> = spans
            .iter()
            .filter(|(start, end)| start < end)
            .map(|&(start, _)| start)
            .collect();
        let hidden = self
            .head_dense
            .apply(&x.select(Axis(0), &firsts))
            .mapv(f32::tanh);
        let mut scores = (hidden.dot(&self.out) + self.out_bias).into_iter();
        spans
            .iter()
            .map(|(start, end)| {
                let score = (start < end).then(|| scores.next()).flatten();
                score.unwrap_or(f32::NEG_INFINITY)
            })
            .collect()
    }

    /// For each head, the `len` × `len` attention bias of query `i` and key `j` (a sequence
    /// of length n uses the top-left n × n block: the bias depends only on `j - i`).
    fn position_bias(&self, len: usize) -> Vec<Array2<f32>> {
        let offset = self.max_tokens() - 1;
        (0..self.heads)
            .map(|h| {
                Array2::from_shape_fn((len, len), |(i, j)| {
                    let bucket = self.buckets[j + offset - i];
                    self.relative_bias[[usize::from(bucket), h]]
                })
            })
            .collect()
    }

    fn layer(
        &self,
        layer: &Layer,
        x: Array2<f32>,
        spans: &[(usize, usize)],
        bias: &[Array2<f32>],
    ) -> Array2<f32> {
        let (q, k, v) = (
            layer.query.apply(&x),
            layer.key.apply(&x),
            layer.value.apply(&x),
        );
        let head = x.ncols() / self.heads;
        let scale = 1.0 / (head as f32).sqrt();
        let mut context = Array2::<f32>::zeros(x.dim());
        for &(start, end) in spans {
            let n = end - start;
            for (h, bias) in bias.iter().enumerate() {
                let cols = s![start..end, h * head..(h + 1) * head];
                let mut scores = q.slice(cols).dot(&k.slice(cols).t()) * scale;
                scores += &bias.slice(s![..n, ..n]);
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

/// The exact GELU, as MPNet uses.
fn gelu(v: f32) -> f32 {
    0.5 * v * (1.0 + libm::erff(v * std::f32::consts::FRAC_1_SQRT_2))
}
