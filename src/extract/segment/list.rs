//! List item markers (`1.`, `2)`, `3.)`, `b.`): when a sentence opens with one, the next marker
//! in sequence starts a new item even without a full stop before it.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Number(u16),
    Letter(u8),
}

/// A list item marker: its label and punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    label: Label,
    style: Style,
}

impl Marker {
    /// The marker at the start of `bytes`, when it is followed by a space.
    pub fn parse(bytes: &[u8]) -> Option<Marker> {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let (label, rest) = match digits {
            0 => match bytes.first() {
                Some(&c) if c.is_ascii_lowercase() => (Label::Letter(c), &bytes[1..]),
                _ => return None,
            },
            1..=3 => {
                let value = bytes[..digits]
                    .iter()
                    .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
                (Label::Number(value), &bytes[digits..])
            }
            _ => return None,
        };
        let (style, rest) = match rest {
            [b'.', b')', rest @ ..] => (Style::DotParen, rest),
            [b'.', rest @ ..] => (Style::Dot, rest),
            [b')', rest @ ..] => (Style::Paren, rest),
            _ => return None,
        };
        match rest.first() {
            Some(b' ' | b'\t') => Some(Marker { label, style }),
            _ => None,
        }
    }

    /// The marker that follows this one in the same list.
    pub fn successor(self) -> Option<Marker> {
        let label = match self.label {
            Label::Number(n) => Label::Number(n.checked_add(1)?),
            Label::Letter(c) if c < b'z' => Label::Letter(c + 1),
            Label::Letter(_) => return None,
        };
        Some(Marker {
            label,
            style: self.style,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_styles_and_letters() {
        let one = Marker::parse(b"1. The").expect("dot marker");
        assert_eq!(Marker::parse(b"2. The"), one.successor());
        let paren = Marker::parse(b"1) x").expect("paren marker");
        assert_ne!(Marker::parse(b"2. x"), paren.successor());
        assert_eq!(Marker::parse(b"2) x"), paren.successor());
        let both = Marker::parse(b"9.) x").expect("dot-paren marker");
        assert_eq!(Marker::parse(b"10.) x"), both.successor());
        let a = Marker::parse(b"a. x").expect("letter marker");
        assert_eq!(Marker::parse(b"b. x"), a.successor());
    }

    #[test]
    fn rejects_numbers_that_are_not_markers() {
        assert_eq!(Marker::parse(b"1.5 million"), None);
        assert_eq!(Marker::parse(b"2024. x"), None);
        assert_eq!(Marker::parse(b"A. x"), None);
        assert_eq!(Marker::parse(b"3."), None);
    }
}
