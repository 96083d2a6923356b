//! Features of one sentence for the check-worthiness model.
//!
//! A sentence becomes a sparse vector: a few hand-made "cue" features (numbers, attribution,
//! hedges, …) that the reviewer can read as reasons, plus hashed word unigrams and bigrams.
//! Everything is computed in one pass over the text without allocating.

/// Hand-made cues, each one slot of the weight vector. The order is part of the model file
/// format: append new cues at the end and bump [`FORMAT_VERSION`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Bias,
    Digit,
    NumberWord,
    Percent,
    Money,
    Comparison,
    Attribution,
    Hedge,
    FirstSingular,
    FirstPlural,
    SecondPerson,
    Question,
    Exclamation,
    Name,
    Year,
    Quote,
    Future,
    Negation,
    Cause,
    Law,
    Courtesy,
    Appeal,
    VeryShort,
    Short,
    Long,
    Past,
    Promise,
}

pub const CUE_COUNT: usize = 27;

/// Bumped whenever features change meaning, so a stale model file is refused.
pub const FORMAT_VERSION: u32 = 4;
/// Hashed n-grams share 2^HASH_BITS slots after the cues.
pub const HASH_BITS: u32 = 18;
pub const HASH_SLOTS: usize = 1 << HASH_BITS;
/// Length of the whole weight vector.
pub const DIM: usize = CUE_COUNT + HASH_SLOTS;

impl Cue {
    pub const ALL: [Cue; CUE_COUNT] = [
        Cue::Bias,
        Cue::Digit,
        Cue::NumberWord,
        Cue::Percent,
        Cue::Money,
        Cue::Comparison,
        Cue::Attribution,
        Cue::Hedge,
        Cue::FirstSingular,
        Cue::FirstPlural,
        Cue::SecondPerson,
        Cue::Question,
        Cue::Exclamation,
        Cue::Name,
        Cue::Year,
        Cue::Quote,
        Cue::Future,
        Cue::Negation,
        Cue::Cause,
        Cue::Law,
        Cue::Courtesy,
        Cue::Appeal,
        Cue::VeryShort,
        Cue::Short,
        Cue::Long,
        Cue::Past,
        Cue::Promise,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The label shown to the reviewer, before the matched word.
    pub fn label(self) -> &'static str {
        match self {
            Cue::Bias => "bias",
            Cue::Digit | Cue::NumberWord => "number",
            Cue::Percent => "percentage",
            Cue::Money => "money",
            Cue::Comparison => "comparison",
            Cue::Attribution => "attribution",
            Cue::Hedge => "hedge",
            Cue::FirstSingular | Cue::FirstPlural => "first person",
            Cue::SecondPerson => "second person",
            Cue::Question => "question",
            Cue::Exclamation => "exclamation",
            Cue::Name => "name",
            Cue::Year => "date",
            Cue::Quote => "quotation",
            Cue::Future => "future",
            Cue::Negation => "negation",
            Cue::Cause => "cause",
            Cue::Law => "law",
            Cue::Courtesy => "courtesy",
            Cue::Appeal => "appeal",
            Cue::VeryShort => "very short",
            Cue::Short => "short",
            Cue::Long => "long",
            Cue::Past => "past tense",
            Cue::Promise => "promise",
        }
    }
}

/// The cues of one sentence: which fired, and the first word that fired each.
#[derive(Debug, Clone)]
pub struct Cues<'a> {
    pub value: [f32; CUE_COUNT],
    pub word: [Option<&'a str>; CUE_COUNT],
    /// Every n-gram's value: 1/sqrt(number of n-grams), so long sentences do not dominate.
    pub gram_value: f32,
    /// The quotation marks, in order, for speaker attribution.
    pub quotes: Quotes,
}

/// What the quotation marks of a sentence do to an open quotation: `"` toggles it, `“` opens
/// it and `”` closes it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Quotes {
    /// Set by the last `“` or `”`, if any.
    set: Option<bool>,
    /// Toggled by each `"` since then.
    flip: bool,
}

impl Quotes {
    /// The quotation marks of `text`.
    pub fn of(text: &str) -> Quotes {
        let mut quotes = Quotes::default();
        for c in text.chars() {
            quotes.mark(c);
        }
        quotes
    }

    fn mark(&mut self, c: char) {
        match c {
            '"' => self.flip = !self.flip,
            '“' | '”' => {
                *self = Quotes {
                    set: Some(c == '“'),
                    flip: false,
                }
            }
            _ => {}
        }
    }

    /// Whether a quotation is open after the sentence, given whether it was before.
    pub fn open_after(self, open: bool) -> bool {
        self.set.unwrap_or(open) ^ self.flip
    }
}

impl<'a> Cues<'a> {
    fn new() -> Self {
        let mut value = [0.0; CUE_COUNT];
        value[Cue::Bias.index()] = 1.0;
        Cues {
            value,
            word: [None; CUE_COUNT],
            gram_value: 1.0,
            quotes: Quotes::default(),
        }
    }

    fn fire(&mut self, cue: Cue, word: &'a str) {
        let i = cue.index();
        self.value[i] = 1.0;
        if self.word[i].is_none() {
            self.word[i] = Some(word);
        }
    }
}

/// One hashed n-gram slot (an index into the weight vector) and the word that produced it,
/// for unigrams, so a strong word can be named as a reason. Its value is
/// [`Cues::gram_value`], known only at the end of the walk.
#[derive(Debug, Clone, Copy)]
pub struct Gram<'a> {
    pub slot: usize,
    pub word: Option<&'a str>,
    /// The word has a digit (it shares the `<num>` or `<year>` slot).
    pub number: bool,
    /// The word in lower case, when it is short ASCII (see [`lowercase_ascii`]).
    pub lower: Option<Lower>,
}

/// A word of at most [`LEX_MAX`] ASCII bytes in lower case, held by value so that it outlives
/// the buffer it was folded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lower {
    bytes: [u8; LEX_MAX],
    len: usize,
}

impl Lower {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A word of a sentence with what the rule-based passes read of it, so that each word is
/// lowercased once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub lower: Option<Lower>,
    /// [`has_digit`].
    pub number: bool,
}

impl<'a> Word<'a> {
    pub fn of(text: &'a str) -> Word<'a> {
        let mut bytes = [0u8; LEX_MAX];
        let len = lowercase_ascii(text, &mut bytes).map(<[u8]>::len);
        Word {
            text,
            lower: len.map(|len| Lower { bytes, len }),
            number: has_digit(text),
        }
    }
}

/// Walk `text` once: returns the cues and calls `gram` for every hashed n-gram.
pub fn visit<'a>(text: &'a str, mut gram: impl FnMut(Gram<'a>)) -> Cues<'a> {
    let mut cues = Cues::new();
    let mut names = 0u32;
    let mut prev_hash = START_HASH;
    let mut prev_lex = Lex::None;
    let mut count = 0usize;
    let mut n_grams = 0usize;
    let mut push = |slot: usize, word: Option<&'a str>, number: bool, lower: Option<Lower>| {
        n_grams += 1;
        gram(Gram {
            slot,
            word,
            number,
            lower,
        });
    };

    for tok in Tokens::new(text) {
        match tok {
            Token::Symbol(c, s) => match c {
                '%' => cues.fire(Cue::Percent, s),
                '$' | '£' | '€' => cues.fire(Cue::Money, s),
                '"' | '“' | '”' => {
                    cues.fire(Cue::Quote, s);
                    cues.quotes.mark(c);
                }
                _ => {}
            },
            Token::Word(w) => {
                count += 1;
                let mut buf = [0u8; LEX_MAX];
                let folded = fold(w, &mut buf);
                let (number, word_hash) = (folded.number, folded.hash);
                let len = folded.lower.map(<[u8]>::len);
                let word_lower = len.map(|len| Lower { bytes: buf, len });
                let lower = word_lower.as_ref().map(Lower::as_bytes);
                let hash = if number {
                    cues.fire(Cue::Digit, w);
                    if is_year(w) {
                        cues.fire(Cue::Year, w);
                        YEAR_HASH
                    } else {
                        NUM_HASH
                    }
                } else {
                    word_hash
                };
                let (lex, flags) = lower.map_or((Lex::None, 0), |l| known(l, word_hash));
                match lex {
                    Lex::Cue(c) => cues.fire(c, w),
                    Lex::Per | Lex::None => {}
                    Lex::Cent if prev_lex == Lex::Per => cues.fire(Cue::Percent, w),
                    Lex::Cent => {}
                }
                if let Some(l) = lower {
                    if flags & PAST != 0 || regular_past(l) {
                        cues.fire(Cue::Past, w);
                    }
                    let first_person =
                        matches!(prev_lex, Lex::Cue(Cue::FirstSingular | Cue::FirstPlural));
                    if flags & PROMISE != 0 || first_person && flags & MODAL != 0 {
                        cues.fire(Cue::Promise, w);
                    }
                }
                if count > 1 && is_capitalised(w) && lower != Some(b"i") {
                    names += 1;
                    cues.fire(Cue::Name, w);
                }
                push(slot(hash), Some(w), number, word_lower);
                push(slot(mix(prev_hash, hash)), None, false, None);
                prev_hash = hash;
                prev_lex = lex;
            }
        }
    }
    push(slot(mix(prev_hash, END_HASH)), None, false, None);

    let trimmed = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')'));
    if trimmed.ends_with('?') {
        cues.fire(Cue::Question, "?");
    }
    if trimmed.ends_with('!') {
        cues.fire(Cue::Exclamation, "!");
    }
    if names > 0 {
        cues.value[Cue::Name.index()] = (1.0 + names as f32).ln().min(2.0);
    }
    match count {
        0..=4 => cues.fire(Cue::VeryShort, ""),
        5..=9 => cues.fire(Cue::Short, ""),
        10..=24 => {}
        _ => cues.fire(Cue::Long, ""),
    }

    cues.gram_value = 1.0 / (n_grams.max(1) as f32).sqrt();
    cues
}

/// Longest lexicon word, in bytes.
pub(crate) const LEX_MAX: usize = 16;

const START_HASH: u64 = fnv(b"<s>");
const END_HASH: u64 = fnv(b"</s>");
const NUM_HASH: u64 = fnv(b"<num>");
const YEAR_HASH: u64 = fnv(b"<year>");

fn slot(hash: u64) -> usize {
    CUE_COUNT + (hash as usize & (HASH_SLOTS - 1))
}

/// Where an FNV-1a hash starts, before any byte.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a, 64 bits: fixed, so model files are the same on every machine.
const fn fnv(bytes: &[u8]) -> u64 {
    fnv_extend(FNV_OFFSET, bytes)
}

/// The FNV-1a hash `h` continued over `bytes`.
pub(crate) const fn fnv_extend(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// FNV-1a of the lowercased word (with ’ read as '), for words that are not ASCII. Their
/// ASCII letters, most of them, are lowered without the Unicode tables.
fn fnv_lower(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut eat = |c: char| h = fnv_extend(h, c.encode_utf8(&mut [0u8; 4]).as_bytes());
    for c in word.chars() {
        if c.is_ascii() {
            eat(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            eat(if c == '’' { '\'' } else { c });
        }
    }
    h
}

/// What the model reads of one word.
struct Folded<'b> {
    /// [`lowercase_ascii`] of the word.
    lower: Option<&'b [u8]>,
    /// FNV-1a of the lowercased word.
    hash: u64,
    /// The word has an ASCII digit.
    number: bool,
}

/// Lowercase, hash and look for digits in one pass over an ASCII word (nearly all words);
/// other words take the decoding path.
#[inline]
fn fold<'b>(word: &str, buf: &'b mut [u8; LEX_MAX]) -> Folded<'b> {
    let bytes = word.as_bytes();
    // The byte classes met, ORed together.
    let (mut hash, mut classes) = (FNV_OFFSET, 0u8);
    let mut step = |b: u8| {
        // A word's ASCII bytes are letters, digits and the joiners ' - . , of which only the
        // upper-case letters lack bit 5: setting it is `to_ascii_lowercase` here. Other bytes
        // only matter when the word is ASCII.
        let lower = b | 0x20;
        classes |= BYTE_CLASS[usize::from(b)];
        hash = (hash ^ u64::from(lower)).wrapping_mul(FNV_PRIME);
        lower
    };
    // Only the first LEX_MAX bytes are kept, and no word of the lexicon is longer.
    let (head, rest) = bytes.split_at(bytes.len().min(LEX_MAX));
    for (o, &b) in buf.iter_mut().zip(head) {
        *o = step(b);
    }
    for &b in rest {
        step(b);
    }
    let number = classes & DIGIT != 0;
    if classes & NOT_ASCII == 0 {
        return Folded {
            lower: buf.get(..bytes.len()),
            hash,
            number,
        };
    }
    Folded {
        hash: fnv_lower(word),
        lower: lowercase_ascii(word, buf),
        number,
    }
}

/// Byte classes for [`fold`], by table: one lookup per byte instead of two tests.
const DIGIT: u8 = 1;
const NOT_ASCII: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = if (i as u8).is_ascii_digit() {
            DIGIT
        } else if i >= 128 {
            NOT_ASCII
        } else {
            0
        };
        i += 1;
    }
    table
};

fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// ASCII letters and digits, as a table: the tokenizer and the meta phrase scan test every
/// byte, and a lookup is cheaper than the range comparisons.
const ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    table
};

/// ASCII bytes that are neither letters, digits nor symbols the model reads (`%`, `$`, `"`):
/// the tokenizer skips them.
const ASCII_GAP_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 128 {
        table[i] = !ASCII_WORD_BYTE[i] && !matches!(i as u8, b'%' | b'$' | b'"');
        i += 1;
    }
    table
};

/// `b.is_ascii_alphanumeric()`, by table.
pub(crate) fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD_BYTE[usize::from(b)]
}

/// Lowercase an ASCII word (with ’ read as ') into `buf`; `None` if it is longer than
/// [`LEX_MAX`] or not ASCII.
pub(crate) fn lowercase_ascii<'b>(word: &str, buf: &'b mut [u8; LEX_MAX]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    // Most words are short plain ASCII: one pass, no decoding, no apostrophe to translate.
    if bytes.len() <= LEX_MAX {
        let mut ascii = true;
        for (o, &b) in buf.iter_mut().zip(bytes) {
            ascii &= b.is_ascii();
            *o = b.to_ascii_lowercase();
        }
        if ascii {
            return Some(&buf[..bytes.len()]);
        }
    }
    let mut n = 0;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() || n == LEX_MAX {
            return None;
        }
        buf[n] = c.to_ascii_lowercase() as u8;
        n += 1;
    }
    Some(&buf[..n])
}

/// The words of `text`, as the model sees them, for other rule-based passes.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    Tokens::new(text).filter_map(|t| match t {
        Token::Word(w) => Some(w),
        Token::Symbol(..) => None,
    })
}

pub(crate) fn has_digit(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

pub(crate) fn is_year(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = b.len() == 4 && b.iter().all(u8::is_ascii_digit);
    digits && (b.starts_with(b"19") || b.starts_with(b"20"))
        || b.len() == 5 && b[4] == b's' && b[..4].iter().all(u8::is_ascii_digit)
}

fn is_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// A regular past tense (`-ed`, not `-eed`): like the irregular ones, marked [`PAST`] in the
/// lexicon, a report of what happened.
fn regular_past(w: &[u8]) -> bool {
    w.len() >= 5 && w.ends_with(b"ed") && !w.ends_with(b"eed")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    None,
    Cue(Cue),
    /// "per" of "per cent".
    Per,
    Cent,
}

/// The cue words, by what they say, separated by spaces.
const LEXICON: &[(Lex, &str)] = {
    use Cue::*;
    &[
        (
            Lex::Cue(NumberWord),
            "one two three four five six seven eight nine ten eleven twelve fifteen \
             twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds \
             thousand thousands million millions billion billions trillion dozen \
             dozens half twice double doubled triple tripled quarter third majority",
        ),
        (Lex::Cue(Percent), "percent percentage"),
        (Lex::Per, "per"),
        (Lex::Cent, "cent"),
        (
            Lex::Cue(Money),
            "dollars dollar pounds euros rubles roubles taxpayer taxpayers budget \
             deficit debt spending spent cost costs paid funding",
        ),
        (
            Lex::Cue(Comparison),
            "more less fewer higher lower most least largest biggest highest lowest \
             smallest increase increased decrease decreased rise rose risen fell \
             fallen drop dropped record than average grew growth cut cuts lost \
             gained only first last every never",
        ),
        (
            Lex::Cue(Attribution),
            "said says say told according reported stated announced claimed claims \
             added confirmed statement declared noted wrote testified",
        ),
        (
            Lex::Cue(Hedge),
            "maybe perhaps might probably think believe guess hope feel seems seem \
             possibly should could want",
        ),
        (Lex::Cue(FirstSingular), "i i'm i've i'll i'd me my myself"),
        (
            Lex::Cue(FirstPlural),
            "we we're we've we'll our us ourselves",
        ),
        (Lex::Cue(SecondPerson), "you your you're you've yours"),
        (
            Lex::Cue(Future),
            "will won't going gonna expected expects forecast predict predicted \
             predicts plan plans next future soon",
        ),
        (
            Lex::Cue(Negation),
            "not no nothing don't didn't doesn't isn't wasn't can't aren't weren't \
             nobody none",
        ),
        (
            Lex::Cue(Cause),
            "because cause caused causes causing due result led leads therefore \
             linked effect impact",
        ),
        (
            Lex::Cue(Law),
            "law laws bill bills illegal legal ban banned tax taxes voted vote votes \
             rule rules regulation regulations legislation act court constitution \
             sanctions treaty passed signed",
        ),
        (
            Lex::Cue(Courtesy),
            "thank welcome hello congratulations applause laughter goodnight ladies \
             gentlemen please thanks",
        ),
        (
            Lex::Cue(Appeal),
            "let's urge ask appeal join calm remember imagine",
        ),
    ]
};

/// Common irregular past-tense verbs.
const IRREGULAR_PAST: &str = "was were did had made got took paid gave went sold lost won built \
    spent brought left sent came grew fell rose knew told";
/// Promises on their own, and the modals that make one after `I` or `we`.
const PROMISES: &str = "i'll we'll i'd we'd";
const MODALS: &str = "will would going";

/// Flags of a [`Known`] word.
const PAST: u8 = 1;
const PROMISE: u8 = 2;
const MODAL: u8 = 4;

/// A word of the lexicon: its cue (if any) and flags.
#[derive(Debug, Clone, Copy)]
struct Known {
    word: &'static [u8],
    hash: u64,
    lex: Lex,
    flags: u8,
}

const KNOWN_SLOTS: usize = 1024;
const KNOWN_MAX: usize = 400;

struct KnownTable {
    /// Open addressing by hash, linear probing: 1 + an index into `known`, or 0 for empty.
    slots: [u16; KNOWN_SLOTS],
    known: [Known; KNOWN_MAX],
}

/// The words of [`LEXICON`], [`IRREGULAR_PAST`], [`PROMISES`] and [`MODALS`] in one table,
/// found by their hash, which the model computes for every word anyway: one lookup per word
/// instead of a chain of comparisons. Built at compile time; a word listed under two cues
/// fails the build.
static KNOWN: KnownTable = {
    let mut table = KnownTable {
        slots: [0; KNOWN_SLOTS],
        known: [Known {
            word: b"",
            hash: 0,
            lex: Lex::None,
            flags: 0,
        }; KNOWN_MAX],
    };
    let mut n = 0;
    let mut g = 0;
    while g < LEXICON.len() {
        let (lex, words) = LEXICON[g];
        n = add_words(&mut table, n, words, lex, 0);
        g += 1;
    }
    n = add_words(&mut table, n, IRREGULAR_PAST, Lex::None, PAST);
    n = add_words(&mut table, n, PROMISES, Lex::None, PROMISE);
    add_words(&mut table, n, MODALS, Lex::None, MODAL);
    table
};

/// Adds the space-separated `words` to `table` (which holds `n` words) with `lex` and `flag`,
/// or adds `flag` to a word already there; returns the new count.
const fn add_words(
    table: &mut KnownTable,
    mut n: usize,
    words: &'static str,
    lex: Lex,
    flag: u8,
) -> usize {
    let mut rest = words.as_bytes();
    while let [first, ..] = rest {
        if *first == b' ' {
            rest = rest.split_at(1).1;
            continue;
        }
        let mut len = 0;
        while len < rest.len() && rest[len] != b' ' {
            len += 1;
        }
        let (word, after) = rest.split_at(len);
        n = add_known(table, n, word, lex, flag);
        rest = after;
    }
    n
}

/// Adds `word` to `table` (which holds `n` words) with `lex` and `flag`, or adds `flag` to it
/// if it is there; returns the new count.
const fn add_known(
    table: &mut KnownTable,
    n: usize,
    word: &'static [u8],
    lex: Lex,
    flag: u8,
) -> usize {
    let hash = fnv(word);
    let mut slot = hash as usize & (KNOWN_SLOTS - 1);
    while table.slots[slot] != 0 {
        let k = &mut table.known[table.slots[slot] as usize - 1];
        if bytes_eq(k.word, word) {
            assert!(matches!(lex, Lex::None), "a word is listed under two cues");
            k.flags |= flag;
            return n;
        }
        slot = (slot + 1) & (KNOWN_SLOTS - 1);
    }
    table.known[n] = Known {
        word,
        hash,
        lex,
        flags: flag,
    };
    table.slots[slot] = (n + 1) as u16;
    n + 1
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The cue and flags of a lowercased word whose FNV-1a hash is `hash`.
#[inline]
fn known(word: &[u8], hash: u64) -> (Lex, u8) {
    let mut slot = hash as usize & (KNOWN_SLOTS - 1);
    loop {
        let Some(k) = KNOWN.slots[slot]
            .checked_sub(1)
            .map(|i| &KNOWN.known[usize::from(i)])
        else {
            return (Lex::None, 0);
        };
        if k.hash == hash && k.word == word {
            return (k.lex, k.flags);
        }
        slot = (slot + 1) & (KNOWN_SLOTS - 1);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Word(&'a str),
    Symbol(char, &'a str),
}

/// Words (letters and digits, with inner apostrophes, hyphens, and digit separators such as
/// `1,000` and `3.5`) and the few symbols that matter (% $ £ € and quotes).
struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens { text, pos: 0 }
    }
}

/// A letter or digit. News text is full of curly quotes and dashes, which would each cost two
/// Unicode table lookups: the General Punctuation block (U+2000-U+206F) holds no letter or
/// digit, so it is answered without them.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || !c.is_ascii() && !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// The char at byte `i` of `text` (a char boundary) and its length; ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let mut i = self.pos;
        // Spaces and ASCII punctuation other than the symbols are skipped without decoding.
        while text
            .as_bytes()
            .get(i)
            .is_some_and(|&b| ASCII_GAP_BYTE[usize::from(b)])
        {
            i += 1;
        }
        while let Some((c, len)) = char_at(text, i) {
            if is_word_char(c) {
                let mut end = i + len;
                let mut prev = c;
                loop {
                    // ASCII letters and digits, most of any word, need no decoding; other
                    // ASCII bytes end it unless they may join two parts.
                    match text.as_bytes().get(end) {
                        Some(&b) if is_ascii_word_byte(b) => {
                            end += 1;
                            prev = char::from(b);
                            continue;
                        }
                        Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',') => {
                            break;
                        }
                        _ => {}
                    }
                    let Some((d, dl)) = char_at(text, end) else {
                        break;
                    };
                    let joiner = matches!(d, '\'' | '’' | '-') && prev.is_alphabetic()
                        || matches!(d, '.' | ',') && prev.is_ascii_digit();
                    // A joiner only counts when an alphanumeric follows it.
                    let joins =
                        joiner && char_at(text, end + dl).is_some_and(|(e, _)| is_word_char(e));
                    if !(is_word_char(d) || joins) {
                        break;
                    }
                    end += dl;
                    prev = d;
                }
                self.pos = end;
                return Some(Token::Word(&text[i..end]));
            }
            if matches!(c, '%' | '$' | '£' | '€' | '"' | '“' | '”') {
                self.pos = i + len;
                return Some(Token::Symbol(c, &text[i..i + len]));
            }
            i += len;
        }
        self.pos = text.len();
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        super::words(text).collect()
    }

    fn cues(text: &str) -> Cues<'_> {
        visit(text, |_| {})
    }

    #[test]
    fn tokens_keep_numbers_and_contractions_whole() {
        assert_eq!(
            words("We're 9 million jobs short, 1,500.5 of them in St. Louis-area firms."),
            [
                "We're",
                "9",
                "million",
                "jobs",
                "short",
                "1,500.5",
                "of",
                "them",
                "in",
                "St",
                "Louis-area",
                "firms"
            ]
        );
        assert_eq!(words("I’m done - 'really'."), ["I’m", "done", "really"]);
    }

    #[test]
    fn typographic_punctuation_splits_words_and_other_scripts_join_them() {
        assert_eq!(
            words("“Café—au lait”…naïve Σωκράτης ٣٤"),
            ["Café", "au", "lait", "naïve", "Σωκράτης", "٣٤"]
        );
    }

    #[test]
    fn cues_name_the_word_that_fired() {
        let c = cues("The ministry said eight drones were involved.");
        assert_eq!(c.word[Cue::Attribution.index()], Some("said"));
        assert_eq!(c.word[Cue::NumberWord.index()], Some("eight"));
        assert_eq!(c.word[Cue::Digit.index()], None);
        let c = cues("Prices rose 5 per cent in 2022.");
        assert_eq!(c.word[Cue::Digit.index()], Some("5"));
        assert_eq!(c.word[Cue::Percent.index()], Some("cent"));
        assert_eq!(c.word[Cue::Year.index()], Some("2022"));
    }

    #[test]
    fn past_reports_and_first_person_promises() {
        let c = cues("I terminated the mandate and we paid for it.");
        assert_eq!(c.word[Cue::Past.index()], Some("terminated"));
        assert_eq!(c.value[Cue::Promise.index()], 0.0);
        let c = cues("We will cut taxes, and I'd do it again.");
        assert_eq!(c.word[Cue::Promise.index()], Some("will"));
        assert_eq!(c.value[Cue::Past.index()], 0.0);
        assert_eq!(
            cues("They will agree to it.").value[Cue::Promise.index()],
            0.0
        );
        assert_eq!(cues("We need more.").value[Cue::Past.index()], 0.0);
    }

    /// The table finds each word by the hash of its lowercase form, which is what `visit`
    /// computes for a word in any case, with a straight or a curly apostrophe.
    #[test]
    fn every_lexicon_word_is_found_by_its_hash() {
        let find = |w: &str| known(w.as_bytes(), fnv(w.as_bytes()));
        for (lex, words) in LEXICON {
            for w in words.split(' ') {
                assert_eq!(find(w).0, *lex, "{w}");
            }
        }
        for w in IRREGULAR_PAST.split(' ') {
            assert_eq!(find(w).1 & PAST, PAST, "{w}");
        }
        assert_eq!(find("the"), (Lex::None, 0));
        assert_eq!(find("will"), (Lex::Cue(Cue::Future), MODAL));
        assert_eq!(find("told"), (Lex::Cue(Cue::Attribution), PAST));
        assert_eq!(find("we'd"), (Lex::None, PROMISE));
        let c = cues("We DON\u{2019}T know what he TOLD them");
        for cue in [Cue::FirstPlural, Cue::Negation, Cue::Attribution, Cue::Past] {
            assert_eq!(c.value[cue.index()], 1.0, "{cue:?}");
        }
        assert_eq!(c.word[Cue::Negation.index()], Some("DON\u{2019}T"));
    }

    #[test]
    fn questions_and_lengths() {
        let c = cues("Is that true?”");
        assert_eq!(c.value[Cue::Question.index()], 1.0);
        assert_eq!(c.value[Cue::VeryShort.index()], 1.0);
        assert_eq!(c.value[Cue::Long.index()], 0.0);
    }

    #[test]
    fn hashing_ignores_case_and_curly_apostrophes() {
        let collect = |t: &str| {
            let mut v = Vec::new();
            visit(t, |g| v.push(g.slot));
            v
        };
        assert_eq!(collect("I’m HERE"), collect("i'm here"));
        assert_eq!(collect("ÉCOLE Zürich"), collect("école zürich"));
        // A word that is not ASCII hashes as its lowercase UTF-8 bytes.
        assert_eq!(fnv_lower("ZÜRICH’S"), fnv("zürich's".as_bytes()));
        assert_ne!(collect("i'm here"), collect("i'm there"));
        assert!(collect("x").iter().all(|&s| (CUE_COUNT..DIM).contains(&s)));
    }

    #[test]
    fn quotation_marks_open_and_close_quotations() {
        let after = |t: &str, open| Quotes::of(t).open_after(open);
        assert!(after("“We will stay.", false));
        assert!(!after("We will stay,” he said.", true));
        assert!(after("He said \"no.", false));
        assert!(!after("\"Yes,\" he said.", false));
        assert!(after("No marks here.", true));
        assert!(after("“a” \"b", false));
        let text = "“a” \"b\" ”c“ \"";
        assert_eq!(cues(text).quotes, Quotes::of(text));
        assert!(!after(text, false));
    }

    #[test]
    fn hostile_text_does_not_panic() {
        let long = "a".repeat(100_000);
        let mut n = 0;
        visit(&long, |_| n += 1);
        assert!(n > 0);
        for t in ["", "’’’", "1,", "-", "\u{1b}[31m%$", "ǅǅ İstanbul 9.9.9."] {
            let _ = cues(t);
        }
    }
}
