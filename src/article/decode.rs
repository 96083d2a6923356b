//! Bytes to text: byte-order marks, binary sniffing, strict UTF-8 (and UTF-16 when a BOM
//! says so, as Windows editors still write it).

use std::borrow::Cow;

/// Why a file's bytes are not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DecodeError {
    /// Not valid UTF-8; the offset of the first bad byte in the file.
    InvalidUtf8(usize),
    Binary,
    Empty,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How much of the start of a file is sniffed for binary content.
const SNIFF_LEN: usize = 8 * 1024;

/// Decodes a file's bytes, dropping a byte-order mark.
///
/// A NUL byte near the start, or a start that is mostly control bytes and invalid UTF-8, means
/// a binary file; that is checked before UTF-8 so a picture is reported as binary, not as a
/// text with a bad byte. A UTF-16 BOM (whose text is full of NULs) is decoded first; unpaired
/// surrogates there become U+FFFD.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if let Some(text) = utf16(bytes) {
        return if text.trim().is_empty() {
            Err(DecodeError::Empty)
        } else {
            Ok(Cow::Owned(text))
        };
    }
    let (skipped, rest) = match bytes.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, bytes),
    };
    if looks_binary(&rest[..rest.len().min(SNIFF_LEN)]) {
        return Err(DecodeError::Binary);
    }
    let text = std::str::from_utf8(rest)
        .map_err(|e| DecodeError::InvalidUtf8(skipped + e.valid_up_to()))?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Cow::Borrowed(text))
}

/// UTF-16 text announced by its byte-order mark; `None` without one.
fn utf16(bytes: &[u8]) -> Option<String> {
    let (rest, little_endian) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = rest.chunks(2).map(|pair| match (pair, little_endian) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // A trailing odd byte is half a code unit: make it visible as a replacement.
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

fn looks_binary(sample: &[u8]) -> bool {
    if sample.contains(&0) {
        return true;
    }
    if sample.is_empty() {
        return false;
    }
    let mut suspicious = 0usize;
    for chunk in sample.utf8_chunks() {
        suspicious += chunk.invalid().len();
        suspicious += chunk
            .valid()
            .bytes()
            .filter(|&b| is_binary_control(b))
            .count();
    }
    // The sample may end inside a multi-byte character: that is one short invalid chunk, far
    // below the threshold.
    suspicious * 10 > sample.len() * 3
}

/// C0 controls that do not occur in text files (tab, newlines, form feed and ESC do).
fn is_binary_control(b: u8) -> bool {
    matches!(b, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFhello").as_deref(), Ok("hello"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Caf\u{e9} \u{201c}ok\u{201d}\r\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        assert_eq!(
            decode(&le).as_deref(),
            Ok("Caf\u{e9} \u{201c}ok\u{201d}\r\n")
        );
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_be_bytes))
            .chain([0xD8, 0x00, 0x00]) // an unpaired surrogate and an odd byte
            .collect();
        assert_eq!(decode(&be).as_deref(), Ok("Hi\u{fffd}\u{fffd}"));
        assert_eq!(decode(&[0xFF, 0xFE, b' ', 0]), Err(DecodeError::Empty));
    }

    #[test]
    fn invalid_utf8_reports_the_file_offset_including_the_bom() {
        assert_eq!(decode(b"abc\xFFdef"), Err(DecodeError::InvalidUtf8(3)));
        assert_eq!(
            decode(b"\xEF\xBB\xBFabc\xC3("),
            Err(DecodeError::InvalidUtf8(6))
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00text"), Err(DecodeError::Binary));
    }

    #[test]
    fn mostly_control_bytes_mean_binary() {
        let bytes: Vec<u8> = (0..200u8)
            .map(|i| if i % 2 == 0 { 0x01 } else { 0xFE })
            .collect();
        assert_eq!(decode(&bytes), Err(DecodeError::Binary));
    }

    #[test]
    fn a_few_escape_sequences_are_still_text() {
        assert_eq!(
            decode(b"\x1b[31mred\x1b[0m and a bell\x07 in a sentence.").as_deref(),
            Ok("\x1b[31mred\x1b[0m and a bell\x07 in a sentence.")
        );
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF \r\n\t\n"), Err(DecodeError::Empty));
    }
}
