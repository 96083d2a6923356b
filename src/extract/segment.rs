//! Sentence boundaries for news prose and transcripts.
//!
//! A single left-to-right pass over the bytes. Only `.`, `!`, `?`, `…`, newlines, bullets and
//! (inside a list item) spaces are looked at closely, so the cost is linear in the input and
//! every lookbehind is bounded. The rules, in the order they apply:
//! - a blank line always ends a sentence; a single newline ends one unless the next line goes
//!   on in lower case (a wrapped line);
//! - terminal punctuation followed by closing quotes/brackets and a lower-case word never ends
//!   a sentence (`"Great." she said`, `Yahoo! in`);
//! - after a full stop, the word before it decides: titles (`Sen.`, `St.`) and initials
//!   (`E. Smith`) never end one; ambiguous abbreviations (`Co.`, `U.S.`, `Jan.`) end one only
//!   when a typical sentence opener follows; clock times (`4 p.m.`) end one unless a weekday,
//!   month or time zone follows or the sentence is a short opening time phrase;
//! - ellipses inside a sentence (`really ... well`) continue it, four dots end it;
//! - list items (`1.)`, `2)`, `b.`) and bullets start new sentences.

mod list;
mod words;

pub(crate) use words::{day_or_month, month};

use std::ops::Range;

use list::Marker;

const ELLIPSIS: &[u8] = "…".as_bytes();
/// Bullets that open a list item even in the middle of a line.
const BULLETS: [char; 5] = ['•', '⁃', '◦', '▪', '‣'];
/// Words longer than this are in no abbreviation list, so lookbehind stops here.
const MAX_WORD: usize = 32;
/// How far to look around a full stop for an e-mail address or URL.
const MAX_TOKEN: usize = 256;

/// Sentence spans of `body`, in order, trimmed of surrounding whitespace. The gaps between
/// spans hold only whitespace.
pub fn split(body: &str) -> Vec<Range<usize>> {
    Splitter::new(body, false).run()
}

/// Like [`split`] for a transcript of `SPEAKER: text` lines: the labels are left in the gaps
/// between spans, so no span contains one.
pub fn split_transcript(body: &str) -> Vec<Range<usize>> {
    Splitter::new(body, true).run()
}

/// What a run of terminal punctuation looked like.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Run {
    /// One full stop: the word before it decides.
    Period,
    /// `!`, `?`, several marks or an ellipsis.
    Other,
}

struct Splitter<'a> {
    body: &'a str,
    bytes: &'a [u8],
    transcript: bool,
    spans: Vec<Range<usize>>,
    /// Where the sentence being built starts (it may start with whitespace).
    start: usize,
    /// Its first word, past whitespace and bullets; found when first needed.
    content: Option<usize>,
    /// The marker that would open the next item when this sentence is a list item.
    next_item: Option<Marker>,
}

impl<'a> Splitter<'a> {
    fn new(body: &'a str, transcript: bool) -> Self {
        Splitter {
            body,
            bytes: body.as_bytes(),
            transcript,
            spans: Vec::with_capacity(body.len() / 100),
            start: 0,
            content: None,
            next_item: None,
        }
    }

    fn run(mut self) -> Vec<Range<usize>> {
        self.next_item = self.marker_after(0).and_then(Marker::successor);
        let mut i = self.open_line(0);
        let bytes = self.bytes;
        let n = bytes.len();
        while i < n {
            // Most bytes decide nothing: skip them in a tight loop, eight at a time outside
            // list items.
            let (table, clear) = if self.next_item.is_some() {
                (&STOPS_IN_LIST, 0)
            } else {
                (&STOPS, clear_of_stops(&bytes[i..]))
            };
            i += clear;
            let skip = bytes[i..].iter().position(|&b| table[usize::from(b)]);
            let Some(skip) = skip else {
                break;
            };
            i += skip;
            i = match bytes[i] {
                b'\n' => self.line_break(i),
                b'.' | b'!' | b'?' => self.terminal(i),
                0xE2 if bytes[i..].starts_with(ELLIPSIS) => self.terminal(i),
                0xE2 => self.bullet(i),
                b' ' | b'\t' => self.list_gap(i),
                _ => i + 1,
            };
        }
        self.cut(n);
        self.spans
    }

    /// Ends the current sentence at `at` (if it has any text) and starts the next one there.
    fn cut(&mut self, at: usize) {
        let raw = &self.body[self.start..at];
        let text = raw.trim_start();
        let begin = self.start + (raw.len() - text.len());
        let text = text.trim_end();
        if !text.is_empty() {
            self.spans.push(begin..begin + text.len());
        }
        self.start = at;
        self.content = None;
        self.next_item = self.marker_after(at).and_then(Marker::successor);
    }

    /// Starts a line at `at`: in a transcript, a leading `SPEAKER:` label is skipped so it stays
    /// out of every span. Returns where scanning continues.
    fn open_line(&mut self, at: usize) -> usize {
        if !self.transcript {
            return at;
        }
        let line_end = line_end(self.bytes, at);
        let line = &self.body[at..line_end];
        let indent = line.len() - line.trim_start().len();
        match super::speaker::transcript_label(&line[indent..]) {
            Some(label) => {
                let after = at + indent + label.end;
                self.start = after;
                self.content = None;
                self.next_item = self.marker_after(after).and_then(Marker::successor);
                after
            }
            None => at,
        }
    }

    fn line_break(&mut self, i: usize) -> usize {
        let next = i + 1;
        let (first, _) = skip_whitespace(self.body, next, false);
        match self.body[first..].chars().next() {
            None | Some('\n') => {
                self.cut(i);
                first
            }
            Some(c) if c.is_lowercase() => next,
            Some(_) => {
                self.cut(i);
                self.open_line(next)
            }
        }
    }

    /// A bullet in the middle of a line opens a new item.
    fn bullet(&mut self, i: usize) -> usize {
        let Some(c) = self.body[i..].chars().next() else {
            return i + 1;
        };
        if BULLETS.contains(&c) && self.prev_char(i).is_some_and(char::is_whitespace) {
            self.cut(i);
        }
        i + c.len_utf8()
    }

    /// Inside a list item, the next marker in sequence after a space opens the next item.
    fn list_gap(&mut self, i: usize) -> usize {
        let next = i + 1;
        if self.next_item.is_some() && Marker::parse(&self.bytes[next..]) == self.next_item {
            self.cut(next);
        }
        next
    }

    /// Decides the punctuation run starting at `i`; returns where scanning continues.
    fn terminal(&mut self, i: usize) -> usize {
        let b = self.bytes;
        let after_space = self.prev_char(i).is_none_or(char::is_whitespace);
        let (mut end, dots, marks) = punctuation_run(b, i);
        let mut kind = if marks == 0 && dots == 1 {
            Run::Period
        } else {
            Run::Other
        };
        // Where to cut when this is a boundary; `word. . . . Next` cuts after `word.`.
        let mut cut_after_first = false;
        if kind == Run::Period {
            let (spaced_end, more) = spaced_dots(b, end);
            if more >= 2 {
                if after_space && more < 3 {
                    return spaced_end;
                }
                cut_after_first = !after_space;
                end = spaced_end;
                kind = Run::Other;
            }
        } else if marks == 0 && dots == 3 && after_space {
            // ` ... ` or ` … ` in the middle of a sentence.
            return end;
        }
        let closed = skip_closers(self.body, end);
        let Some(next) = self.body[closed..].chars().next() else {
            return closed;
        };
        if !next.is_whitespace() {
            if end == i + 1 && self.glued_boundary(i, closed) {
                self.cut(closed);
            }
            return closed;
        }
        let (first, newline) = skip_whitespace(self.body, closed, true);
        if first >= b.len() || newline || self.boundary_before(i, kind, first) {
            self.cut(if cut_after_first { i + 1 } else { closed });
        }
        closed
    }

    /// Is a full stop or mark at `i`, followed by whitespace and then the text at `first`, the
    /// end of a sentence?
    fn boundary_before(&mut self, i: usize, kind: Run, first: usize) -> bool {
        let open = skip_openers(self.body, first);
        let Some(c) = self.body[open..].chars().next() else {
            return true;
        };
        if c.is_lowercase() {
            return false;
        }
        if kind == Run::Other {
            return true;
        }
        let (word, word_start) = self.word_before(i);
        if word.is_empty() {
            return true;
        }
        if word_start == self.content_start() && is_item_label(word) {
            return false;
        }
        let single_letter = {
            let mut chars = word.chars();
            matches!((chars.next(), chars.next()), (Some(l), None) if l.is_alphabetic())
        };
        if c.is_ascii_digit() {
            return !(words::is_abbreviation(word) || words::is_title(word) || single_letter);
        }
        if words::is_title(word) {
            return false;
        }
        if single_letter {
            return if word == "I" {
                // `you and I. Did …` ends a sentence; `Albert I. Jones` does not.
                let (before, _) = self.word_before(word_start.saturating_sub(1));
                before.chars().next().is_some_and(char::is_lowercase)
            } else {
                !word.chars().all(char::is_uppercase)
            };
        }
        if words::is_inline_latin(word) {
            return false;
        }
        let next_word = word_at(self.body, open);
        if words::is_clock_suffix(word) {
            return !(words::continues_clock_time(next_word) || self.in_time_phrase(i));
        }
        if is_dotted(word) || words::is_abbreviation(word) {
            return words::is_sentence_opener(next_word);
        }
        true
    }

    /// `Hello world.Today is …`: a full stop with no space before a capitalised word ends a
    /// sentence when the word before it is an ordinary word or number, not part of an address.
    fn glued_boundary(&self, i: usize, next: usize) -> bool {
        let b = self.bytes;
        let capitalised = b.get(next).is_some_and(u8::is_ascii_uppercase)
            && b.get(next + 1).is_some_and(u8::is_ascii_lowercase);
        if !capitalised {
            return false;
        }
        let (word, _) = self.word_before(i);
        let wb = word.as_bytes();
        let ordinary = match wb {
            [.., x, y] if x.is_ascii_lowercase() && y.is_ascii_lowercase() => {
                !words::is_abbreviation(word) && !words::is_title(word)
            }
            [.., d] => d.is_ascii_digit(),
            [] => false,
        };
        ordinary && !self.in_address(i)
    }

    /// Is the full stop at `i` inside an e-mail address, URL or file path?
    fn in_address(&self, i: usize) -> bool {
        let b = self.bytes;
        let from = i.saturating_sub(MAX_TOKEN).max(self.start);
        let back = b[from..i]
            .iter()
            .rev()
            .take_while(|c| !c.is_ascii_whitespace())
            .any(|&c| c == b'@' || c == b'/');
        let to = (i + MAX_TOKEN).min(b.len());
        let ahead = b[i..to]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .any(|&c| c == b'@' || c == b'/');
        back || ahead
    }

    /// The word that ends just before `i` (within the current sentence), without leading
    /// quotes or brackets, and where it starts. Looks back at most `MAX_WORD` bytes.
    fn word_before(&self, i: usize) -> (&'a str, usize) {
        let body = self.body;
        let mut from = i;
        let limit = i.saturating_sub(MAX_WORD).max(self.start);
        while from > limit {
            let Some(c) = body[..from].chars().next_back() else {
                break;
            };
            if c.is_whitespace() {
                break;
            }
            from -= c.len_utf8();
        }
        let token = &body[from..i];
        let word = token.trim_start_matches(|c| is_opener(c) || BULLETS.contains(&c));
        (word, i - word.len())
    }

    /// Where the sentence's first word starts, past whitespace and bullets.
    fn content_start(&mut self) -> usize {
        if let Some(at) = self.content {
            return at;
        }
        let body = &self.body[self.start..];
        let rest = body.trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c));
        let at = self.start + (body.len() - rest.len());
        self.content = Some(at);
        at
    }

    /// Does the sentence so far (up to `i`) read like `At 5 a.m.`: a preposition and at most
    /// three more words?
    fn in_time_phrase(&mut self, i: usize) -> bool {
        const MAX_PHRASE: usize = 48;
        let from = self.content_start();
        if i.saturating_sub(from) > MAX_PHRASE {
            return false;
        }
        let Some(text) = self.body.get(from..i) else {
            return false;
        };
        let mut words = text.split_whitespace();
        words.next().is_some_and(words::opens_time_phrase) && words.take(4).count() <= 3
    }

    /// The list marker opening the sentence that starts at `at`, if any.
    fn marker_after(&self, at: usize) -> Option<Marker> {
        let rest = &self.body[at..];
        let trimmed =
            rest.trim_start_matches(|c: char| c == ' ' || c == '\t' || BULLETS.contains(&c));
        Marker::parse(trimmed.as_bytes())
    }

    fn prev_char(&self, i: usize) -> Option<char> {
        self.body[..i].chars().next_back()
    }
}

/// Bytes the scan stops at: terminal punctuation, newlines and the lead byte of `…` and the
/// bullets. A table, because this test runs once per byte of input.
const STOPS: [bool; 256] = stops(false);
/// Inside a list item spaces matter too: the next item's marker may follow one.
const STOPS_IN_LIST: [bool; 256] = stops(true);

/// The bytes of [`STOPS`].
const STOP_BYTES: [u8; 5] = [b'.', b'!', b'?', b'\n', 0xE2];

const fn stops(in_list: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < STOP_BYTES.len() {
        table[STOP_BYTES[i] as usize] = true;
        i += 1;
    }
    if in_list {
        table[b' ' as usize] = true;
        table[b'\t' as usize] = true;
    }
    table
}

/// How many leading bytes of `bytes` (a multiple of eight) are none of [`STOP_BYTES`]. Eight
/// bytes are read as one number and compared with each stop byte at once, which costs less
/// than a table lookup per byte.
fn clear_of_stops(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    // A byte of `x` is `stop` when that byte of `x ^ stop…stop` is zero, and a number has a
    // zero byte when subtracting one from every byte borrows into a high bit that was clear.
    let zero_bytes = |y: u64| y.wrapping_sub(ONES) & !y & HIGHS;
    let mut clear = 0;
    for chunk in bytes.chunks_exact(8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_ne_bytes(eight);
        let stops = STOP_BYTES.iter().fold(0, |found, &stop| {
            found | zero_bytes(x ^ (ONES * u64::from(stop)))
        });
        if stops != 0 {
            break;
        }
        clear += 8;
    }
    clear
}

/// The run of `.`, `!`, `?` and `…` starting at `i`: its end, the number of dots (`…` counts
/// three) and of other marks.
fn punctuation_run(b: &[u8], i: usize) -> (usize, usize, usize) {
    let (mut end, mut dots, mut marks) = (i, 0, 0);
    while end < b.len() {
        match b[end] {
            b'.' => {
                dots += 1;
                end += 1;
            }
            b'!' | b'?' => {
                marks += 1;
                end += 1;
            }
            _ if b[end..].starts_with(ELLIPSIS) => {
                dots += 3;
                end += ELLIPSIS.len();
            }
            _ => break,
        }
    }
    (end, dots, marks)
}

/// ` . .` after a full stop: where the spaced dots end and how many there are.
fn spaced_dots(b: &[u8], mut at: usize) -> (usize, usize) {
    let mut count = 0;
    while at + 1 < b.len() && b[at] == b' ' && b[at + 1] == b'.' {
        at += 2;
        count += 1;
    }
    (at, count)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '‹')
}

fn skip_closers(body: &str, at: usize) -> usize {
    let rest = &body[at..];
    at + (rest.len() - rest.trim_start_matches(is_closer).len())
}

fn skip_openers(body: &str, at: usize) -> usize {
    let rest = &body[at..];
    at + (rest.len() - rest.trim_start_matches(is_opener).len())
}

/// Skips whitespace from `at` (stopping at a newline unless `across_lines`); returns where it
/// stopped and whether a newline was passed.
fn skip_whitespace(body: &str, at: usize, across_lines: bool) -> (usize, bool) {
    let mut newline = false;
    for (offset, c) in body[at..].char_indices() {
        if c == '\n' {
            if !across_lines {
                return (at + offset, false);
            }
            newline = true;
        } else if !c.is_whitespace() {
            return (at + offset, newline);
        }
    }
    (body.len(), newline)
}

fn line_end(b: &[u8], at: usize) -> usize {
    b[at..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| at + p)
}

/// The alphanumeric word at `at`.
fn word_at(body: &str, at: usize) -> &str {
    let rest = &body[at..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(p, _)| p);
    &rest[..end]
}

/// `1`, `12`, `a`: a list item's label when it opens a sentence.
fn is_item_label(word: &str) -> bool {
    let b = word.as_bytes();
    (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
        || b.len() == 1 && b[0].is_ascii_lowercase()
}

/// `U.S`, `Ph.D`, `D.C`: letters in short groups joined by full stops.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=3).contains(&part.len()) && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests;
