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
}

pub const CUE_COUNT: usize = 25;

/// Bumped whenever features change meaning, so a stale model file is refused.
pub const FORMAT_VERSION: u32 = 2;
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
        }
    }
}

/// The cues of one sentence: which fired, and the first word that fired each.
#[derive(Debug, Clone)]
pub struct Cues<'a> {
    pub value: [f32; CUE_COUNT],
    pub word: [Option<&'a str>; CUE_COUNT],
}

impl<'a> Cues<'a> {
    fn new() -> Self {
        let mut value = [0.0; CUE_COUNT];
        value[Cue::Bias.index()] = 1.0;
        Cues {
            value,
            word: [None; CUE_COUNT],
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
/// for unigrams, so a strong word can be named as a reason.
#[derive(Debug, Clone, Copy)]
pub struct Gram<'a> {
    pub slot: usize,
    pub value: f32,
    pub word: Option<&'a str>,
}

/// Walk `text` once: returns the cues and calls `gram` for every hashed n-gram.
pub fn visit<'a>(text: &'a str, mut gram: impl FnMut(Gram<'a>)) -> Cues<'a> {
    let mut cues = Cues::new();
    let mut names = 0u32;
    let mut prev_hash = START_HASH;
    let mut prev_lex = Lex::None;
    let mut count = 0usize;
    // n-gram values are scaled by 1/sqrt(tokens) so long sentences do not dominate; the token
    // count is not known before the walk, so grams are buffered by slot in a fixed array.
    let mut grams: [(usize, Option<&'a str>); MAX_GRAMS] = [(0, None); MAX_GRAMS];
    let mut n_grams = 0usize;
    let mut push = |slot: usize, word: Option<&'a str>| {
        if n_grams < MAX_GRAMS {
            grams[n_grams] = (slot, word);
            n_grams += 1;
        }
    };

    for tok in Tokens::new(text) {
        match tok {
            Token::Symbol(c, s) => match c {
                '%' => cues.fire(Cue::Percent, s),
                '$' | '£' | '€' => cues.fire(Cue::Money, s),
                '"' | '“' | '”' => cues.fire(Cue::Quote, s),
                _ => {}
            },
            Token::Word(w) => {
                count += 1;
                let mut buf = [0u8; LEX_MAX];
                let lower = lowercase_ascii(w, &mut buf);
                let hash = if has_digit(w) {
                    cues.fire(Cue::Digit, w);
                    if is_year(w) {
                        cues.fire(Cue::Year, w);
                        YEAR_HASH
                    } else {
                        NUM_HASH
                    }
                } else {
                    match lower {
                        Some(l) => fnv(l.as_bytes()),
                        None => fnv_lower(w),
                    }
                };
                let lex = lower.map_or(Lex::None, lexicon);
                match lex {
                    Lex::Cue(c) => cues.fire(c, w),
                    Lex::Per | Lex::None => {}
                    Lex::Cent if prev_lex == Lex::Per => cues.fire(Cue::Percent, w),
                    Lex::Cent => {}
                }
                if count > 1 && is_capitalised(w) && lower != Some("i") {
                    names += 1;
                    cues.fire(Cue::Name, w);
                }
                push(slot(hash), Some(w));
                push(slot(mix(prev_hash, hash)), None);
                prev_hash = hash;
                prev_lex = lex;
            }
        }
    }
    push(slot(mix(prev_hash, END_HASH)), None);

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

    let scale = 1.0 / ((n_grams.max(1)) as f32).sqrt();
    for &(slot, word) in &grams[..n_grams] {
        gram(Gram {
            slot,
            value: scale,
            word,
        });
    }
    cues
}

/// Longest lexicon word, in bytes.
pub(crate) const LEX_MAX: usize = 16;
/// Sentences longer than this many n-grams only use their first ones.
const MAX_GRAMS: usize = 512;

const START_HASH: u64 = fnv(b"<s>");
const END_HASH: u64 = fnv(b"</s>");
const NUM_HASH: u64 = fnv(b"<num>");
const YEAR_HASH: u64 = fnv(b"<year>");

fn slot(hash: u64) -> usize {
    CUE_COUNT + (hash as usize & (HASH_SLOTS - 1))
}

/// FNV-1a, 64 bits: fixed, so model files are the same on every machine.
const fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

/// FNV-1a of the lowercased word, for words that do not fit the ASCII fast path.
fn fnv_lower(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = if c == '’' { '\'' } else { c };
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Lowercase an ASCII word (with ’ read as ') into `buf`; `None` if it is longer than
/// [`LEX_MAX`] or not ASCII.
pub(crate) fn lowercase_ascii<'b>(word: &str, buf: &'b mut [u8; LEX_MAX]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() || n == LEX_MAX {
            return None;
        }
        buf[n] = c.to_ascii_lowercase() as u8;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
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
    w.chars().next().is_some_and(char::is_uppercase)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    None,
    Cue(Cue),
    /// "per" of "per cent".
    Per,
    Cent,
}

fn lexicon(w: &str) -> Lex {
    use Cue::*;
    Lex::Cue(match w {
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        | "eleven" | "twelve" | "fifteen" | "twenty" | "thirty" | "forty" | "fifty" | "sixty"
        | "seventy" | "eighty" | "ninety" | "hundred" | "hundreds" | "thousand" | "thousands"
        | "million" | "millions" | "billion" | "billions" | "trillion" | "dozen" | "dozens"
        | "half" | "twice" | "double" | "doubled" | "triple" | "tripled" | "quarter" | "third"
        | "majority" => NumberWord,
        "percent" | "percentage" => Percent,
        "per" => return Lex::Per,
        "cent" => return Lex::Cent,
        "dollars" | "dollar" | "pounds" | "euros" | "rubles" | "roubles" | "taxpayer"
        | "taxpayers" | "budget" | "deficit" | "debt" | "spending" | "spent" | "cost" | "costs"
        | "paid" | "funding" => Money,
        "more" | "less" | "fewer" | "higher" | "lower" | "most" | "least" | "largest"
        | "biggest" | "highest" | "lowest" | "smallest" | "increase" | "increased" | "decrease"
        | "decreased" | "rise" | "rose" | "risen" | "fell" | "fallen" | "drop" | "dropped"
        | "record" | "than" | "average" | "grew" | "growth" | "cut" | "cuts" | "lost"
        | "gained" | "only" | "first" | "last" | "every" | "never" => Comparison,
        "said" | "says" | "say" | "told" | "according" | "reported" | "stated" | "announced"
        | "claimed" | "claims" | "added" | "confirmed" | "statement" | "declared" | "noted"
        | "wrote" | "testified" => Attribution,
        "maybe" | "perhaps" | "might" | "probably" | "think" | "believe" | "guess" | "hope"
        | "feel" | "seems" | "seem" | "possibly" | "should" | "could" | "want" => Hedge,
        "i" | "i'm" | "i've" | "i'll" | "i'd" | "me" | "my" | "myself" => FirstSingular,
        "we" | "we're" | "we've" | "we'll" | "our" | "us" | "ourselves" => FirstPlural,
        "you" | "your" | "you're" | "you've" | "yours" => SecondPerson,
        "will" | "won't" | "going" | "gonna" | "expected" | "expects" | "forecast" | "predict"
        | "predicted" | "predicts" | "plan" | "plans" | "next" | "future" | "soon" => Future,
        "not" | "no" | "nothing" | "don't" | "didn't" | "doesn't" | "isn't" | "wasn't"
        | "can't" | "aren't" | "weren't" | "nobody" | "none" => Negation,
        "because" | "cause" | "caused" | "causes" | "causing" | "due" | "result" | "led"
        | "leads" | "therefore" | "linked" | "effect" | "impact" => Cause,
        "law" | "laws" | "bill" | "bills" | "illegal" | "legal" | "ban" | "banned" | "tax"
        | "taxes" | "voted" | "vote" | "votes" | "rule" | "rules" | "regulation"
        | "regulations" | "legislation" | "act" | "court" | "constitution" | "sanctions"
        | "treaty" | "passed" | "signed" => Law,
        "thank" | "welcome" | "hello" | "congratulations" | "applause" | "laughter"
        | "goodnight" | "ladies" | "gentlemen" | "please" | "thanks" => Courtesy,
        "let's" | "urge" | "ask" | "appeal" | "join" | "calm" | "remember" | "imagine" => Appeal,
        _ => return Lex::None,
    })
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

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = self.text.get(self.pos..)?;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphanumeric() {
                let start = self.pos + i;
                let mut end = start + c.len_utf8();
                let mut prev = c;
                while let Some(&(j, d)) = chars.peek() {
                    let joiner = matches!(d, '\'' | '’' | '-') && prev.is_alphabetic()
                        || matches!(d, '.' | ',') && prev.is_ascii_digit();
                    if d.is_alphanumeric() {
                        end = self.pos + j + d.len_utf8();
                    } else if joiner {
                        // A joiner only counts when an alphanumeric follows it.
                        let after = rest[j + d.len_utf8()..].chars().next();
                        if !after.is_some_and(char::is_alphanumeric) {
                            break;
                        }
                    } else {
                        break;
                    }
                    prev = d;
                    chars.next();
                }
                self.pos = end;
                return Some(Token::Word(&self.text[start..end]));
            }
            if matches!(c, '%' | '$' | '£' | '€' | '"' | '“' | '”') {
                let start = self.pos + i;
                self.pos = start + c.len_utf8();
                return Some(Token::Symbol(c, &self.text[start..self.pos]));
            }
        }
        self.pos = self.text.len();
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
        assert_ne!(collect("i'm here"), collect("i'm there"));
        assert!(collect("x").iter().all(|&s| (CUE_COUNT..DIM).contains(&s)));
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
