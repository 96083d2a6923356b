//! Speaker attribution. (Skeleton; the extraction issue replaces this.)

use std::ops::Range;

/// One speaker (or none) per span.
pub fn attribute(_body: &str, spans: &[Range<usize>], _transcript: bool) -> Vec<Option<String>> {
    vec![None; spans.len()]
}
