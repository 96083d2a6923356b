//! Check-worthiness. (Skeleton: a digit heuristic; the extraction issue replaces this.)

/// A score in [0, 1] with the reasons that moved it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub value: f32,
    pub reasons: Vec<String>,
}

pub fn score(text: &str) -> Scored {
    match text
        .split_whitespace()
        .find(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        Some(w) => Scored {
            value: 0.7,
            reasons: vec![format!("number: {w}")],
        },
        None => Scored {
            value: 0.2,
            reasons: Vec::new(),
        },
    }
}
