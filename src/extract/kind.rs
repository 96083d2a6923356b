//! Claim kinds. (placeholder until written)

use super::Kind;

pub fn classify(text: &str) -> Kind {
    if text.chars().any(|c| c.is_ascii_digit()) {
        Kind::Quantity
    } else {
        Kind::Other
    }
}
