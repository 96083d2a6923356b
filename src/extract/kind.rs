//! Claim kinds. (Skeleton; the extraction issue replaces this.)

use super::Kind;

pub fn classify(text: &str) -> Kind {
    if text.chars().any(|c| c.is_ascii_digit()) {
        Kind::Quantity
    } else {
        Kind::Other
    }
}
