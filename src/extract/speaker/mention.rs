//! Finding who a sentence reports: `X said`, `said X`, `X, governor of Y, said`,
//! `according to X`, pronouns. The result is a [`Mention`]; resolving it against earlier
//! speakers is [`super::history`]'s job.

use std::borrow::Cow;

use super::given_names;
use super::lexicon::{self, Gender, Pronoun, Role, Speech, Strength, capitalised};
use crate::extract::score::features::Word;

/// A speaker as written in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    Pronoun(Pronoun),
    Phrase(Phrase),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The name without titles or a leading article: `Sergei Sobyanin`, `Russian defense
    /// ministry`.
    pub words: Vec<String>,
    /// The role the phrase's head names (`ministry`, `officials`), if it is a role noun.
    pub role: Option<Role>,
    /// Written with `the`: `the ministry` refers back to a ministry seen earlier.
    pub definite: bool,
    /// Titles and roles seen around the name (lower case): `mayor`, `agency`.
    pub titles: Vec<String>,
}

/// A word of a sentence with the punctuation around it reduced to flags.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    word: &'a str,
    /// `word` with its ASCII letters in lower case, cut from the sentence folded so.
    lower: &'a str,
    /// Followed by a comma.
    comma: bool,
    /// Followed by `.`, `!`, `?`, `;`, `:` or a dash: the phrase cannot run on past it.
    stop: bool,
    /// Followed by a closing quote.
    closes_quote: bool,
    /// Followed by a colon.
    colon: bool,
    /// Preceded by an opening quote.
    opens_quote: bool,
    /// In parentheses: `(WHO)`, `(R Minnesota)`.
    paren: bool,
}

/// ASCII letters, as a table: [`may_report`] tests every byte of every sentence.
const ASCII_LETTER: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (i as u8).is_ascii_alphabetic();
        i += 1;
    }
    table
};

/// Can `sentence` name a speaker or an institution at all? A cheap byte scan that lets most
/// sentences skip tokenizing: [`find`] needs a speech verb or `according`, [`institutions`] a
/// capitalised institution word, and both are whole runs of ASCII letters.
pub fn may_report(sentence: &str) -> bool {
    // A false positive only costs a tokenization, so letters next to non-ASCII letters
    // (`saidé`) are not told apart.
    let b = sentence.as_bytes();
    let letter = |i: usize| b.get(i).is_some_and(|&c| ASCII_LETTER[usize::from(c)]);
    let mut i = 0;
    while i < b.len() {
        if !letter(i) {
            i += 1;
            continue;
        }
        let start = i;
        while letter(i) {
            i += 1;
        }
        if !(3..=16).contains(&(i - start)) {
            continue;
        }
        let run = &sentence[start..i];
        let mut buf = [0u8; 16];
        let lower = &mut buf[..run.len()];
        lower.copy_from_slice(run.as_bytes());
        lower.make_ascii_lowercase();
        if run_may_report(run, lower) {
            return true;
        }
    }
    false
}

/// [`may_report`] read from the words of a sentence as the scorer found them. A run of ASCII
/// letters never crosses a word (words end where letters and digits do), so this is the same
/// test; most words are plain lower-case letters once folded and need no byte scan.
pub fn words_may_report(words: &[Word]) -> bool {
    words.iter().any(|word| {
        let text = word.text;
        if text.len() < 3 {
            return false;
        }
        match &word.lower {
            Some(lower) if lower.as_bytes().iter().all(u8::is_ascii_lowercase) => {
                run_may_report(text, lower.as_bytes())
            }
            _ => may_report(text),
        }
    })
}

/// Whether `run`, a whole run of 3 to 16 ASCII letters (`lower` in lower case), is a speech
/// verb, `according` or an institution.
#[inline]
fn run_may_report(run: &str, lower: &[u8]) -> bool {
    if run.as_bytes()[0].is_ascii_lowercase() {
        // Every speech word but the cues `issued`, `released` and `went`: they report only
        // before a `statement` (listed below) or a quotation, which is looked for on its own.
        let speech = lexicon::speech(run).is_some()
            && !matches!(
                run.as_bytes(),
                b"issued" | b"issues" | b"released" | b"releases" | b"went"
            );
        return speech
            || matches!(
                run.as_bytes(),
                b"according"
                    | b"words"
                    | b"quote"
                    | b"statement"
                    | b"remarks"
                    | b"response"
                    | b"quoted"
                    | b"per"
            );
    }
    lexicon::role_bytes(lower) == Some(Role::Institution) || matches!(run, "According" | "Per")
}

/// The words of `sentence` into `out` (cleared first; reused so that attribution does not
/// allocate a vector per sentence), for [`find`] and [`institutions`]. `lower` is `sentence`
/// with its ASCII letters in lower case (folded once for the whole text, where folding each
/// word the word lists look up cost far more).
pub fn tokenize_into<'a>(sentence: &'a str, lower: &'a str, out: &mut Vec<Token<'a>>) {
    debug_assert_eq!(sentence.len(), lower.len());
    out.clear();
    // Most words start and end with an ASCII letter or digit and need no trimming.
    let alnum = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let mut in_paren = false;
    for span in word_spans(sentence) {
        let raw = &sentence[span.clone()];
        let raw_lower = &lower[span];
        // Most words open and close with an ASCII letter or digit: no punctuation to trim,
        // no flags to set, and no parenthesis opened (a `)` may close one).
        if alnum(raw.as_bytes().first()) && alnum(raw.as_bytes().last()) {
            let paren = in_paren;
            in_paren = in_paren && !raw.contains(')');
            out.push(Token::plain(raw, raw_lower, paren));
            continue;
        }
        let core = if alnum(raw.as_bytes().first()) {
            raw
        } else {
            trim_start_not_word(raw)
        };
        let word = if alnum(core.as_bytes().last()) {
            core
        } else {
            trim_end_not_word(core)
        };
        if raw == "&" {
            // `Johnson & Johnson`, `Centers for Medicare & Medicaid Services`: a name's `and`.
            out.push(Token::plain(raw, raw_lower, false));
            continue;
        }
        if word.is_empty() {
            // `NORVALE — Brightwell Foods said`: a dash on its own ends the word before it.
            if raw.contains(['—', '–', ';'])
                && let Some(last) = out.last_mut()
            {
                last.stop = true;
            }
            continue;
        }
        // `Transport Workers' Federation`: a plural possessive keeps its apostrophe.
        let apostrophe = core[word.len()..]
            .chars()
            .next()
            .filter(|&c| c == '\'' || c == '’');
        let word = match apostrophe {
            Some(a) if word.len() > 2 && word.ends_with('s') => &core[..word.len() + a.len_utf8()],
            _ => word,
        };
        let tail = &core[word.len()..];
        let (mut comma, mut stop, mut closes_quote, mut colon) = (false, false, false, false);
        for c in tail.chars() {
            match c {
                ',' => comma = true,
                ':' => (stop, colon) = (true, true),
                '.' | '!' | '?' | ';' | '—' | '–' => stop = true,
                '”' | '"' | '’' => closes_quote = true,
                _ => {}
            }
        }
        // `Sen. Elizabeth Warren, D-Mass., said`, `Acme Inc., the maker`: a dot before a comma
        // ends an abbreviation, not a sentence.
        if tail.starts_with(".,") {
            stop = false;
        }
        // `Mr.`, `Sen.` and the initials of `K.C. Maurer` do not end a phrase; initials keep
        // their last dot.
        let mut word = word;
        // The word is `core` cut short, and `core` is `raw` without its first bytes.
        let core_lower = &raw_lower[raw.len() - core.len()..];
        if stop && tail.starts_with('.') {
            // `St. Oriel's Hospital`, `Mt. Hood`: Saint, Mount and Fort before a name.
            if is_initials(word) || matches!(word, "St" | "Mt" | "Ft") {
                word = &core[..word.len() + 1];
                stop = false;
            } else if is_title(&folded(word, &core_lower[..word.len()])) {
                stop = false;
            }
        }
        // `(WHO)`, `(R Minnesota)`: words in parentheses.
        let opens = raw.starts_with('(');
        let paren = opens || in_paren;
        in_paren = (opens || in_paren) && !raw.contains(')');
        // `“` is the only opening mark that starts with byte 0xE2.
        let opens_quote = match raw.as_bytes().first() {
            Some(b'"') => true,
            Some(0xE2) => raw.starts_with('“'),
            _ => false,
        };
        out.push(Token {
            word,
            lower: &core_lower[..word.len()],
            comma,
            stop,
            closes_quote,
            colon,
            opens_quote,
            paren,
        });
    }
}

/// Not a letter or a digit: what is trimmed from around a word. Quotation marks and dashes,
/// the usual characters around a word beyond ASCII, are told apart without the Unicode tables.
fn not_word(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '—' | '–') || !c.is_alphanumeric()
}

/// `text` without what is [`not_word`] at its start. ASCII, nearly all of it, is read a byte
/// at a time; only a character beyond it is decoded.
fn trim_start_not_word(text: &str) -> &str {
    let ascii = text
        .bytes()
        .take_while(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .count();
    let rest = &text[ascii..];
    match rest.as_bytes().first() {
        Some(b) if !b.is_ascii() => rest.trim_start_matches(not_word),
        _ => rest,
    }
}

/// `text` without what is [`not_word`] at its end, read as [`trim_start_not_word`] reads it.
fn trim_end_not_word(text: &str) -> &str {
    let ascii = text
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .count();
    let rest = &text[..text.len() - ascii];
    match rest.as_bytes().last() {
        Some(b) if !b.is_ascii() => rest.trim_end_matches(not_word),
        _ => rest,
    }
}

/// `text` without what is [`not_word`] at either end, as `trim_matches` would leave it.
pub fn trim_not_word(text: &str) -> &str {
    trim_end_not_word(trim_start_not_word(text))
}

/// The words of `text` between whitespace, as `str::split_whitespace` gives them, but reading
/// printable ASCII eight bytes at a time ([`printable_run`]) and decoding only other
/// characters: splitting was the larger part of tokenizing, and of the look-backs into earlier
/// text.
pub fn whitespace_split(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).map(|span| &text[span])
}

/// Where the words of [`whitespace_split`] are in `text`.
fn word_spans(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(&c) = b.get(at) {
            // Most words follow a single space.
            if c == b' ' {
                at += 1;
                continue;
            }
            if PRINTABLE.contains(&c) {
                break;
            }
            let (space, len) = char_at(text, at);
            if !space {
                break;
            }
            at += len;
        }
        let start = at;
        while at < b.len() {
            at += printable_run(&b[at..]);
            if at == b.len() {
                break;
            }
            let (space, len) = char_at(text, at);
            if space {
                break;
            }
            at += len;
        }
        (at > start).then_some(start..at)
    })
}

/// Printable ASCII: never whitespace, and most bytes of a word.
const PRINTABLE: std::ops::Range<u8> = b'!'..0x80;

/// Whether the character at byte `i` of `text` (a character boundary) is whitespace, and its
/// length.
fn char_at(text: &str, i: usize) -> (bool, usize) {
    match text.as_bytes()[i] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => (true, 1),
        b if b < 0x80 => (false, 1),
        _ => text[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
    }
}

/// How many bytes of [`PRINTABLE`] ASCII `b` opens with. Eight bytes are read as one number
/// and tested at once: subtracting `!` from every byte sets the high bit of a byte below it
/// (a borrow carries only upwards, past the first such byte), and a byte from 0x80 up has it
/// set already, so the lowest high bit set marks the first byte that is not printable.
fn printable_run(b: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    let mut n = 0;
    while let Some(Ok(eight)) = b.get(n..n + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_le_bytes(eight);
        let stops = ((x.wrapping_sub(ONES * u64::from(b'!')) & !x) | x) & HIGHS;
        if stops != 0 {
            return n + stops.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + b[n..].iter().take_while(|c| PRINTABLE.contains(c)).count()
}

impl<'a> Token<'a> {
    /// A word with no punctuation around it.
    fn plain(word: &'a str, lower: &'a str, paren: bool) -> Self {
        Token {
            word,
            lower,
            comma: false,
            stop: false,
            closes_quote: false,
            colon: false,
            opens_quote: false,
            paren,
        }
    }

    /// The word cut to its first `len` bytes (`Fair Deal's` → `Fair Deal`), its lower case with
    /// it.
    fn truncate(&mut self, len: usize) {
        self.word = &self.word[..len];
        self.lower = &self.lower[..len];
    }

    /// The word in lower case, for the word lists.
    fn lower(&self) -> Cow<'a, str> {
        folded(self.word, self.lower)
    }

    /// The role the word names, in any case: [`lexicon::role_folded`] from the folded word.
    fn role(&self) -> Option<Role> {
        lexicon::role(&self.lower())
    }
}

/// `word` in lower case, given `ascii_lower`, the word with its ASCII letters in lower case:
/// that is all lower case does to an ASCII word, nearly every word.
#[inline]
fn folded<'a>(word: &'a str, ascii_lower: &'a str) -> Cow<'a, str> {
    if word.is_ascii() {
        Cow::Borrowed(ascii_lower)
    } else {
        lowercase(word)
    }
}

/// `word` in lower case; borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A word of a name: capitalised, or a capitalised name after a short lower-case particle
/// (`al-Amr`, `d’Estaing`).
fn name_like(word: &str) -> bool {
    capitalised(word)
        || word
            .split_once(['-', '\'', '’'])
            .is_some_and(|(particle, rest)| {
                particle.len() <= 3
                    && particle.bytes().all(|b| b.is_ascii_lowercase())
                    && capitalised(rest)
            })
}

/// A person's name: no role noun at its head, and two words or a title (`Sergei Sobyanin`,
/// `Professor Eastman`).
fn is_person(phrase: &Phrase) -> bool {
    // `Belgium's Prime Minister` is a title, not a name.
    let title_only = phrase
        .words
        .last()
        .is_some_and(|w| lexicon::role_folded(w) == Some(Role::Person));
    phrase.role.is_none() && !title_only && (phrase.words.len() >= 2 || !phrase.titles.is_empty())
}

/// `K`, `K.C`: capital letters, each alone between dots (the last dot is trimmed).
pub fn is_initials(word: &str) -> bool {
    word.len() <= 5
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `lower` (a lower-case word) is a title or personal role: `mayor`, `dr`.
fn is_title(lower: &str) -> bool {
    let person = |w: &str| lexicon::role(w) == Some(Role::Person);
    // `Secretary-General Ahmed Aboul Gheit`, `Mrs Justice Ruth Adeyemi`.
    person(lower) || lower == "justice" || lower.contains('-') && lower.split('-').any(person)
}

/// The speaker the sentence reports, if any. A strong verb (`said`, `told`, `according to`)
/// wins over a weak one (`estimated`, `blamed`); among equals the first wins.
/// A speech verb within quotation marks, or in a sentence that starts `inside` a quotation, is
/// the quoted speaker's words (`“People say I should be angry.`), not an attribution.
pub fn find(toks: &[Token], mut inside: bool) -> Option<Mention> {
    if let Some(item) = topic_item(toks) {
        return Some(item);
    }
    // `Here is Musk’s direct quote: “…`: a quotation its owner's words introduce.
    let introduced = toks.iter().enumerate().find_map(|(k, t)| {
        // Tested first: few words are followed by a colon and a quotation mark.
        let quotation_follows = t.colon && toks.get(k + 1).is_some_and(|n| n.opens_quote);
        if !quotation_follows {
            return None;
        }
        let words = matches!(
            t.lower().as_ref(),
            "quote" | "statement" | "remarks" | "words" | "response"
        );
        // One adjective may stand between the owner and the words (`Musk’s direct quote`).
        let end = match k.checked_sub(1).map(|p| &toks[p]) {
            Some(p) if possessive_owner(p.word).is_none() && !capitalised(p.word) => k - 1,
            _ => k,
        };
        (words && quotation_follows)
            .then(|| statement_owner(toks, end, 0))
            .flatten()
    });
    if let Some((owner, _)) = introduced {
        return Some(owner);
    }
    let mut weak = None;
    // `According to AFP, local elders said …`: the source AFP cites speaks, if one is named.
    let mut according = None;
    for k in 0..toks.len() {
        inside |= toks[k].opens_quote;
        if inside {
            inside = !toks[k].closes_quote;
            continue;
        }
        if !may_report_at(toks[k].word) {
            continue;
        }
        let found = if let Some(source) = source_at(toks, k) {
            if according.is_none() {
                // The source's phrase runs to the next comma (`in which they said` is in it).
                let clause_end = (source..toks.len())
                    .find(|&e| toks[e].comma || toks[e].stop)
                    .unwrap_or(toks.len());
                according = after(toks, source, true).map(|m| (m, clause_end));
            }
            None
        } else if quoted_as_saying(toks, k) {
            // `Politico quoted Tim Manning, a former official, as saying “…”`; `Holm was quoted
            // by the Guardian as saying`.
            let passive = k > 0 && matches!(toks[k - 1].lower().as_ref(), "was" | "is" | "were");
            let quoted = if passive {
                before(toks, k - 1)
            } else {
                after(toks, k + 1, false)
            };
            quoted.map(|m| (Strength::Strong, m))
        } else if let Some(strength) = verb_at(toks, k) {
            // `said by telephone`: `by` after an active verb says how, not who.
            let how = toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.word, "telephone" | "phone" | "email" | "e-mail"));
            let by = toks.get(k + 1).is_some_and(|t| t.word == "by") && !how;
            if by {
                // `a condition characterised by`, `was confirmed by the ministry`: passive, so
                // the speaker is the agent after `by`, if the verb follows a form of `be`. After
                // a pronoun the verb is active (`They estimated by 2050, …`).
                let previous = k.checked_sub(1).map(|p| toks[p].lower());
                let passive = previous
                    .as_deref()
                    .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "be"));
                let pronoun = previous
                    .as_deref()
                    .and_then(lexicon::pronoun)
                    .filter(|_| !toks[k - 1].comma);
                if let Some(p) = pronoun {
                    Some((strength, Mention::Pronoun(p)))
                } else {
                    passive
                        .then(|| after(toks, k + 2, true))
                        .flatten()
                        .map(|m| (strength, m))
                }
            } else {
                let author = matches!(
                    toks[k].word,
                    "found" | "finds" | "show" | "shows" | "showed"
                )
                .then(|| finding_author(toks, k).or_else(|| apposition_author(toks, k)))
                .flatten()
                .and_then(|by| after(toks, by + 1, false));
                author
                    .or_else(|| before(toks, k))
                    .or_else(|| {
                        // `…,” warned X` and `…, said X`; but after a plain comma a weak verb
                        // takes an object (`leaders, including …, criticized the government`).
                        let inverted = k > 0
                            && (toks[k - 1].closes_quote
                                || toks[k - 1].comma && strength == Strength::Strong);
                        if inverted {
                            after(toks, k + 1, false)
                        } else {
                            None
                        }
                    })
                    .map(|m| (strength, m))
            }
        } else {
            None
        };
        let in_source = according.as_ref().is_some_and(|(_, end)| k <= *end);
        match found {
            Some((Strength::Strong, m)) if !in_source => return Some(m),
            Some((Strength::Weak, m)) if weak.is_none() => weak = Some(m),
            _ => {}
        }
    }
    according
        .map(|(m, _)| m)
        .or(weak)
        .or_else(|| introduces_quotation(toks))
}

/// `Dr. Nyikal voiced concerns over risk areas: “We are …”`: a sentence whose opening subject
/// introduces a quotation after a colon gives it that subject's voice.
fn introduces_quotation(toks: &[Token]) -> Option<Mention> {
    const MAX_SUBJECT: usize = 6;
    let colon = toks
        .iter()
        .position(|t| t.colon)
        .filter(|&c| toks.get(c + 1).is_some_and(|t| t.opens_quote))?;
    let opening = &toks[..colon.min(MAX_SUBJECT + 1)];
    // The subject's last name word, right before its verb, with only names and descriptions
    // before it (`Homicide investigator Edson Moreira is …`, `Local district commissioner
    // Ibrahim Noleye spoke …`).
    let verb = |w: &str| {
        lexicon::speech_verb(w).is_some()
            || w.ends_with("ed")
            || matches!(
                w,
                "is" | "was" | "are" | "were" | "has" | "had" | "spoke" | "gave"
            )
    };
    let end = opening.iter().position(|t| verb(t.word))?.checked_sub(1)?;
    // `The minister was blunt: “…”`: an article may open the subject.
    let from = usize::from(matches!(opening[0].lower().as_ref(), "the" | "a" | "an"));
    let plain = opening[from..=end]
        .iter()
        .all(|t| !t.comma && !t.stop && !t.opens_quote && !lexicon::function_word(&t.lower()));
    // `A statement released by the UN office addressed …: “…”`: the statement's author.
    if toks.get(end + 2).is_some_and(|t| t.word == "by") && participle(toks[end + 1].word) {
        return after(toks, end + 3, true);
    }
    let head = name_like(opening[end].word) || lexicon::role(&opening[end].lower()).is_some();
    if !plain || !head || lexicon::pronoun(&opening[end].lower()).is_some() {
        return None;
    }
    phrase_ending_at(toks, end, 0).map(|(m, _)| m)
}

/// Where `sentence` has a colon followed by a quotation mark (`… about the incident: “…`), a
/// quotation it may introduce.
fn colon_before_quotation(sentence: &str) -> Option<usize> {
    let colon = sentence.find(':')?;
    let quoted = sentence[colon + 1..].trim_start().starts_with(['“', '"']);
    quoted.then_some(colon)
}

/// Whether a comma or a colon right before a quotation mark may introduce a quotation (`He
/// continued, “…`): a cheap test for sentences [`may_report`] turns away.
pub fn may_introduce_quotation(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    // `“` is the only mark here that starts with byte 0xE2; bytes of a character never match
    // an ASCII quotation mark.
    let mut from = 0;
    while let Some(at) = quote_byte_from(b, from) {
        let quote = b[at] == b'"' || b[at..].starts_with("“".as_bytes());
        if quote && sentence[..at].trim_end().ends_with([',', ':']) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// The first `"` or 0xE2 byte (which opens `“`) in `b` at or after `from`. Eight bytes are
/// read as one number and compared with both at once, which costs less than a test per byte.
fn quote_byte_from(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    // A number has a zero byte when subtracting one from every byte borrows into a high bit
    // that was clear.
    let zero_bytes = |y: u64| y.wrapping_sub(ONES) & !y & HIGHS;
    let mut at = from;
    while let Some(Ok(eight)) = b.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_ne_bytes(eight);
        if zero_bytes(x ^ (ONES * u64::from(b'"'))) | zero_bytes(x ^ (ONES * 0xE2)) != 0 {
            break;
        }
        at += 8;
    }
    b.get(at..)?
        .iter()
        .position(|&c| c == b'"' || c == 0xE2)
        .map(|p| at + p)
}

/// Can `sentence` be a [`topic_item`]? A colon before a quotation, with ` on ` before it.
pub fn may_be_topic_item(sentence: &str) -> bool {
    colon_before_quotation(sentence).is_some_and(|colon| sentence[..colon].contains(" on "))
}

/// `- Commander Reid Wiseman on the most unforgettable sights: “We saw sights …”`: a list
/// item of quotations (White House "ICYMI" pages, round-ups) whose speaker is the name that
/// opens it, before `on` and its topic.
fn topic_item(toks: &[Token]) -> Option<Mention> {
    const MAX_NAME: usize = 6;
    const MAX_TOPIC: usize = 24;
    let n = toks
        .iter()
        .take(MAX_NAME)
        .take_while(|t| name_like(t.word) && !(t.comma || t.stop || t.closes_quote))
        .count();
    if n == 0 || toks.get(n)?.word != "on" {
        return None;
    }
    let end = toks.len().min(n + 1 + MAX_TOPIC);
    let colon = (n + 1..end).find(|&i| toks[i].stop || toks[i].closes_quote)?;
    if !toks[colon].colon || !toks.get(colon + 1)?.opens_quote {
        return None;
    }
    let phrase = make_phrase(&toks[..n], None, false, Vec::new());
    Some(Mention::Phrase(phrase))
}

/// Whether `word` is one that [`source_at`], [`quoted_as_saying`] or [`verb_at`] may start
/// from: most words are none, and are turned away here at once.
fn may_report_at(word: &str) -> bool {
    lexicon::speech(word).is_some()
        || matches!(word, "words" | "quoted")
        || word.eq_ignore_ascii_case("according")
        || word.eq_ignore_ascii_case("per")
}

/// Where the source starts when `toks[k]` opens `according to X`, `per the X` or `in the
/// words of X`.
fn source_at(toks: &[Token], k: usize) -> Option<usize> {
    let word = toks[k].word;
    let next_is = |w: &str| toks.get(k + 1).is_some_and(|t| t.word == w);
    if word.eq_ignore_ascii_case("according") && next_is("to") {
        return Some(k + 2);
    }
    // `Per the statement, Franklin died …`: `per` before an article is `according to`.
    if word.eq_ignore_ascii_case("per") && next_is("the") {
        return Some(k + 1);
    }
    let in_the = || k >= 2 && toks[k - 1].word == "the" && toks[k - 2].lower() == "in";
    (word == "words" && next_is("of") && in_the()).then_some(k + 2)
}

/// Whether `toks[k]` is the `quoted` of `quoted X as saying`.
fn quoted_as_saying(toks: &[Token], k: usize) -> bool {
    toks[k].word == "quoted"
        && toks[k + 1..]
            .windows(2)
            .take(12)
            .any(|w| w[0].word == "as" && w[1].word == "saying")
}

/// How strongly `toks[k]` reports speech: a speech verb, `call for`, or `has called` (not the
/// `called` of `a group called Anonymous`).
fn verb_at(toks: &[Token], k: usize) -> Option<Strength> {
    let word = toks[k].word;
    // Most words are no speech word of any kind: turned away at once.
    let speech = lexicon::speech(word)?;
    // `News reports said`, `Recent reports have revealed`: before a verb, `reports` is a noun.
    let noun = word.ends_with('s')
        && toks.get(k + 1).is_some_and(|next| {
            matches!(next.word, "have" | "has" | "had") || lexicon::speech_verb(next.word).is_some()
        });
    if noun {
        return None;
    }
    let next = toks.get(k + 1).map(|t| t.word);
    // `Senator Joan Pickering said nothing.`, `said nothing about …` (but `said nothing
    // changed` reports speech).
    let says_nothing = next == Some("nothing")
        && (toks[k + 1].stop
            || toks[k + 1].comma
            || toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.word, "about" | "to" | "on" | "of" | "when")));
    if says_nothing {
        return None;
    }
    // `Gollust reports from the State Department`: where a correspondent files from.
    let place_follows = |at: usize| match toks.get(at) {
        Some(t) if t.word == "the" => toks.get(at + 1).is_some_and(|n| capitalised(n.word)),
        Some(t) => capitalised(t.word),
        None => false,
    };
    if matches!(word, "reports" | "reported" | "reporting")
        && next == Some("from")
        && place_follows(k + 2)
    {
        return None;
    }
    let added_to = matches!(next, Some("to" | "into" | "in" | "on"));
    if matches!(word, "added" | "adds" | "add") && (added_to || counted(&toks[k + 1..])) {
        // `the U.S. added 228,000 jobs`, `earmarks added into the bill`: adding a number or a
        // thing is not speech.
        return None;
    }
    // `McFadden described the race, saying, “…”`, `sent his wishes saying “…”`: speech
    // added to what the subject did.
    let quote_follows = toks.get(k + 1).is_some_and(|t| t.opens_quote);
    if matches!(word, "saying" | "adding") && (k > 0 && toks[k - 1].comma || quote_follows) {
        return Some(Strength::Weak);
    }
    if speech == Speech::Participle && with_clause(toks, k) {
        return Some(Strength::Weak);
    }
    // `The media are suggesting that …`: a speech verb in the progressive.
    let progressive = matches!(
        word,
        "saying" | "reporting" | "stating" | "suggesting" | "claiming" | "warning" | "insisting"
    );
    if progressive && carrier(toks, k).is_some() {
        return Some(Strength::Weak);
    }
    // `Holm agreed that …`, `The court ruled that …`: verbs that report speech only when a
    // clause of what was said follows.
    if speech == Speech::BeforeThat && that_follows(toks, k) {
        return Some(Strength::Weak);
    }
    // `Frazer answered with, “…`: an answer given in a quotation.
    if word == "answered"
        && toks
            .get(k + 1)
            .is_some_and(|t| t.word == "with" && (t.comma || t.colon))
        && toks.get(k + 2).is_some_and(|t| t.opens_quote)
    {
        return Some(Strength::Weak);
    }
    // `The company issued a statement saying …`, `Derry released a statement: “…”`.
    let statement_follows = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.word, "a" | "an"))
        && toks
            .get(k + 2)
            .is_some_and(|t| t.word.starts_with("statement"));
    if matches!(word, "issued" | "released" | "issues" | "releases") && statement_follows {
        return Some(Strength::Weak);
    }
    // `He continued, “…”`; `“…,” Frazer continued.`
    if matches!(word, "continued" | "went") && (toks[k].comma || toks[k].colon) && quote_follows {
        return Some(Strength::Weak);
    }
    let after_quote = toks[k.saturating_sub(4)..k].iter().any(|t| t.closes_quote);
    if word == "continued" && toks[k].stop && after_quote {
        return Some(Strength::Weak);
    }
    // `Police state she contacted them`, `Police allege that …`: bare forms that are nouns
    // elsewhere are verbs after a body or group.
    if matches!(word, "state" | "claim" | "allege")
        && k > 0
        && !toks[k - 1].comma
        && (lexicon::role(&toks[k - 1].lower()).is_some_and(|r| r != Role::Person)
            || toks[k - 1].lower() == "they")
    {
        return Some(Strength::Weak);
    }
    // `Lai Changxing, dubbed the Bandit King, has been`: a nickname, not a speaker.
    if word == "dubbed" && k > 0 && toks[k - 1].comma {
        return None;
    }
    if let Speech::Verb(strength) = speech {
        return Some(strength);
    }
    // `Authorities have identified the shooter as …`: saying who someone is (not `was
    // identified as`, nor `identified a suspect`).
    if matches!(word, "identified" | "identifies") {
        const MAX_OBJECT: usize = 8;
        let passive = k > 0
            && matches!(
                toks[k - 1].lower().as_ref(),
                "was" | "were" | "is" | "are" | "been" | "be"
            );
        let named_as = toks[k + 1..]
            .iter()
            .take(MAX_OBJECT)
            .take_while(|t| !t.stop)
            .any(|t| t.word == "as");
        return (!passive && named_as).then_some(Strength::Weak);
    }
    if matches!(word, "found" | "finds") {
        return reports_findings(toks, k).then_some(Strength::Weak);
    }
    // `Figures from the Ministry of Justice show`, `the authority's records show`: data speak
    // for their source; `the court heard`: what was put to a court is the court's record.
    if matches!(word, "show" | "shows" | "showed") {
        let data = toks[k.saturating_sub(8)..k]
            .iter()
            .rev()
            .take_while(|t| !(t.comma || t.stop || t.closes_quote))
            .any(|t| data_word(&t.lower()));
        return (data || opening_document(toks, k - 1).is_some()).then_some(Strength::Weak);
    }
    if word == "heard" {
        let court = k > 0
            && matches!(
                toks[k - 1].lower().as_ref(),
                "court" | "inquiry" | "tribunal" | "jury" | "hearing"
            );
        return court.then_some(Strength::Weak);
    }
    // `Organisers put the number at 12,000`, `The UN puts deaths at 10,000`: an estimate.
    if matches!(word, "put" | "puts") {
        const MAX_OBJECT: usize = 4;
        let estimate = (k + 2..(k + 2 + MAX_OBJECT).min(toks.len())).any(|p| {
            matches!(toks[p].word, "at" | "on")
                && !toks[p - 1].comma
                && toks.get(p + 1).is_some_and(|n| {
                    n.word.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(n.word, "about" | "around" | "nearly" | "more")
                })
        });
        return estimate.then_some(Strength::Weak);
    }
    // `He pointed out that …`, `He pointed to 2019, when …`.
    if matches!(word, "pointed" | "points") {
        let next = toks.get(k + 1).map(|t| t.word);
        return matches!(next, Some("out" | "to")).then_some(Strength::Weak);
    }
    if !matches!(word, "call" | "calls" | "called") {
        return None;
    }
    // `called for …`, `She called on the government to …`.
    let call_for = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.word, "for" | "on"));
    let perfect = k > 0 && matches!(toks[k - 1].lower().as_ref(), "has" | "have" | "had");
    // `called the package “responsible and honest.”`: naming something in quotation marks.
    let quoted = toks[k + 1..].iter().take(5).any(|t| t.opens_quote);
    (call_for || perfect || quoted).then_some(Strength::Weak)
}

/// Whether `that` follows the verb at `k`, perhaps after a time (`The Supreme Court ruled on
/// Thursday that …`).
fn that_follows(toks: &[Token], k: usize) -> bool {
    let when = match toks.get(k + 1).map(|t| t.lower()) {
        Some(w) if matches!(w.as_ref(), "yesterday" | "today" | "earlier" | "later") => 1,
        Some(w) if matches!(w.as_ref(), "on" | "last" | "this") => {
            let day = toks.get(k + 2).is_some_and(|t| {
                let d = t.lower();
                lexicon::date_word(&d) || matches!(d.as_ref(), "week" | "month" | "year")
            });
            if day { 2 } else { 0 }
        }
        _ => 0,
    };
    toks.get(k + 1 + when)
        .is_some_and(|t| t.word == "that" && !toks[k + when].comma)
}

/// `with Syria claiming …`, `with spokesman Selcuk Unal telling al-Jazeera …`: whether the
/// participle at `k` ends a `with` clause, whose subject is the speaker.
fn with_clause(toks: &[Token], k: usize) -> bool {
    const MAX_WORDS: usize = 8;
    toks[k.saturating_sub(MAX_WORDS + 1)..k]
        .iter()
        .rev()
        .take_while(|t| !(t.comma || t.stop || t.closes_quote))
        .skip(1)
        .any(|t| t.word == "with")
}

/// Whether `found` at `k` reports what a study or researchers found (`The researchers found`,
/// `An evaluation by the health office found`) rather than what someone came upon (`police
/// found`, `they were found`): the word before it is a [`lexicon::finding`], or the clause
/// before it holds one followed by `by` and its author.
fn reports_findings(toks: &[Token], k: usize) -> bool {
    let mut j = k;
    while j > 0 && !toks[j - 1].comma && lexicon::skippable(&toks[j - 1].lower()) {
        j -= 1;
    }
    let Some(last) = j.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // `A study by the University of Pellbury, published in March, found`: the sentence opens
    // with the finding and its author, and an apposition stands before the verb.
    let opening_study_by = || {
        let start = usize::from(
            toks.first()
                .is_some_and(|t| matches!(t.lower().as_ref(), "a" | "an" | "the")),
        );
        (start..start + 3)
            .take_while(|&p| p + 1 < j && !toks[p].comma)
            .any(|p| lexicon::finding(&toks[p].lower()) && toks[p + 1].word == "by")
    };
    if last.comma {
        return opening_study_by() || apposition_author(toks, k).is_some();
    }
    if last.stop || last.closes_quote {
        return false;
    }
    if lexicon::finding(&last.lower()) {
        return true;
    }
    // `It found that …`: a finding reported, by the study the pronoun refers to.
    if matches!(last.word, "It" | "it") && toks.get(k + 1).is_some_and(|t| t.word == "that") {
        return true;
    }
    // `A study commissioned by the department found`: `by` names who paid, not who found.
    let by = toks[..j].iter().any(|t| t.word == "by");
    finding_author(toks, j).is_some() || !by && opening_document(toks, j - 1).is_some()
}

/// `An evaluation by the health office found`, `A report published in 2023 by the Institute
/// for Migration Studies in Dalmora found`: where `by` names the author of a finding, in the
/// clause before `toks[j]`.
fn finding_author(toks: &[Token], j: usize) -> Option<usize> {
    const MAX_SUBJECT: usize = 10;
    (j.saturating_sub(MAX_SUBJECT)..j)
        .rev()
        .take_while(|&p| !(toks[p].comma || toks[p].stop || toks[p].closes_quote))
        .find(|&p| toks[p].word == "by")
        .filter(|&by| {
            // `A study commissioned by the department` is the study's, not the department's.
            let paid_for = by > 0 && matches!(toks[by - 1].word, "commissioned" | "funded");
            !paid_for
                && (by.saturating_sub(4)..by)
                    .rev()
                    .take_while(|&q| !(toks[q].comma || toks[q].stop))
                    .any(|q| {
                        let lower = toks[q].lower();
                        lexicon::finding(&lower) || data_word(&lower)
                    })
        })
}

/// Data that speak for their source when they `show` something.
fn data_word(word: &str) -> bool {
    matches!(
        word,
        "figures" | "data" | "records" | "statistics" | "numbers" | "documents" | "filing"
    )
}

/// `The report, published Tuesday by the World Bank, found`: where `by` names the author of a
/// finding that opens the sentence, in an apposition right before the verb at `k`.
fn apposition_author(toks: &[Token], k: usize) -> Option<usize> {
    const MAX_APPOSITION: usize = 10;
    if k == 0 || !toks[k - 1].comma {
        return None;
    }
    let opening = (k.saturating_sub(MAX_APPOSITION + 1)..k - 1)
        .rev()
        .take_while(|&p| !(toks[p].stop || toks[p].closes_quote))
        .find(|&p| toks[p].comma)?;
    let determiner = toks
        .first()
        .is_some_and(|t| matches!(t.lower().as_ref(), "a" | "an" | "the"));
    let finding_opens = opening <= 3
        && determiner
        && lexicon::finding(&toks[opening].lower())
        && toks[1..opening].iter().all(|t| !t.comma);
    let by = (opening + 1..k).find(|&p| toks[p].word == "by")?;
    finding_opens.then_some(by)
}

/// Whether `toks` opens with a number, perhaps after a hedge (`nearly 100,000`).
fn counted(toks: &[Token]) -> bool {
    let digit =
        |t: Option<&Token>| t.is_some_and(|t| t.word.starts_with(|c: char| c.is_ascii_digit()));
    let hedge = toks.first().is_some_and(|t| {
        matches!(
            t.word,
            "nearly" | "about" | "almost" | "around" | "roughly" | "some" | "over" | "more"
        )
    });
    digit(toks.first()) || hedge && digit(toks.get(1))
}

/// The verb that carries the speech verb at `k`, whose subject speaks: `went` in `Sayed went
/// on to say`, `are` in `The media are also reporting`.
fn carrier(toks: &[Token], k: usize) -> Option<usize> {
    let plain = |p: usize| !(toks[p].comma || toks[p].stop);
    if k >= 3
        && toks[k - 1].word == "to"
        && toks[k - 2].word == "on"
        && matches!(toks[k - 3].word, "went" | "goes" | "go")
        && (k - 3..k).all(plain)
    {
        return Some(k - 3);
    }
    if !toks[k].word.ends_with("ing") {
        return None;
    }
    let mut p = k.checked_sub(1)?;
    while p > 0 && lexicon::skippable(&toks[p].lower()) && plain(p) {
        p -= 1;
    }
    let be = matches!(toks[p].lower().as_ref(), "is" | "are" | "was" | "were");
    (be && plain(p)).then_some(p)
}

/// The subject before the verb at `k`.
fn before(toks: &[Token], k: usize) -> Option<Mention> {
    if let Some(verb) = carrier(toks, k) {
        return before(toks, verb);
    }
    if matches!(toks[k].word, "saying" | "adding") && !with_clause(toks, k) {
        return opening_subject(toks, k);
    }
    let mut j = k;
    while j > 0
        && !toks[j - 1].comma
        && (toks[j - 1].paren || lexicon::skippable(&toks[j - 1].lower()))
    {
        j -= 1;
    }
    let last = toks.get(j.checked_sub(1)?)?;
    if last.stop || last.closes_quote {
        return None;
    }
    // `Energy Minister Tomas Brevik defended the operator but said …`: the name that opens the
    // sentence is the subject of both verbs.
    if matches!(last.word, "and" | "but") {
        let run = toks
            .iter()
            .take(6)
            .take_while(|t| name_like(t.word) && !t.comma && !t.stop)
            .count();
        // One word will do before a verb of its own (`Brown was asked …, and responded`).
        let verb_follows = toks.get(run).is_some_and(|t| {
            matches!(t.word, "was" | "is" | "has" | "had") || t.word.ends_with("ed")
        });
        let opening = toks
            .first()
            .is_some_and(|t| !lexicon::function_word(&t.lower()));
        return ((run >= 2 || run == 1 && verb_follows && opening) && run < j - 1)
            .then(|| phrase_ending_at(toks, run - 1, 0))
            .flatten()
            .map(|(m, _)| m);
    }
    if !last.comma {
        // `The move came two days after the WHO declared …`: who acts in a clause of time or
        // reason does not speak the sentence (but `after Russia said two drones …` reports
        // Russia's words).
        let strong = lexicon::speech_verb(toks[k].word) == Some(Strength::Strong);
        let subordinate = |start: usize| {
            let at = match start.checked_sub(1).map(|p| toks[p].lower()) {
                Some(w) if matches!(w.as_ref(), "the" | "a" | "an") => start - 1,
                _ => start,
            };
            !strong
                && at > 0
                && !toks[at - 1].comma
                && matches!(
                    toks[at - 1].lower().as_ref(),
                    "after" | "before" | "since" | "until" | "because" | "day"
                )
        };
        // `the other ex-CIA official` is the person the apposition named, if it did.
        let bare_role = |m: &Mention| {
            matches!(m, Mention::Phrase(ph) if ph.definite
                && ph.words.len() == 1
                && lexicon::role(&ph.words[0]) == Some(Role::Person))
        };
        return match phrase_ending_at(toks, j - 1, 0) {
            Some((_, start)) if subordinate(start) => None,
            Some((m, start)) if bare_role(&m) => {
                Some(described_person(toks, start + 1).unwrap_or(m))
            }
            // A phrase right before the verb is its subject, unless it only ends a
            // description (`a security analyst at the Center for …`).
            Some((m, start)) if !after_preposition(toks, start) => Some(m),
            Some((m, start)) => familiar_with(toks, j)
                .or_else(|| people_of(toks, j))
                .or_else(|| described_person(toks, j))
                .or_else(|| unnamed_from_place(toks, j))
                .or_else(|| role_in_place(toks, start))
                .or(Some(m)),
            None => familiar_with(toks, j)
                .or_else(|| described_person(toks, j))
                .or_else(|| unnamed_from_place(toks, j))
                .or_else(|| opening_document(toks, j - 1)),
        };
    }
    // Commas of the same clause, nearest first: `Andrei Vorobyov, governor of the Moscow
    // region, said`; `Professor Cres Eastman, Director of …, and Chairman of …, says`.
    let lo = j.saturating_sub(24);
    let commas = || {
        (lo..j - 1)
            .rev()
            .take_while(|&p| !(toks[p].stop || toks[p].closes_quote))
            .filter(|&p| toks[p].comma)
    };
    // The appositive is the name when it ends with a person's name after nothing but lower-case
    // descriptions: `The study's lead author, Professor Hanne Lidell, said`, `Another
    // traveller, retired engineer Osric Delahaye, said` (but not `Tom Molomby, SC, said`).
    // So is an organisation's proper name after a description (`The rail workers' union, the
    // Transport Workers Federation, argued`).
    let named = |ph: &Phrase, p: usize| {
        is_person(ph)
            || ph.role.is_some()
                && ph.words.iter().all(|w| capitalised(w))
                && !capitalised(toks[p].word)
    };
    let listed = |start: usize| start > 0 && toks[start - 1].lower() == "including";
    if let Some(p) = commas().next()
        && let Some((Mention::Phrase(mut ph), start)) = phrase_ending_at(toks, j - 1, p + 1)
        && named(&ph, p)
        && !listed(start)
        // `Jacob Zuma, President of South Africa, claimed`: a title and its domain describe.
        && !matches!(ph.words.as_slice(), [title, link, _, ..]
            if is_title(&title.to_lowercase()) && matches!(link.as_str(), "of" | "for" | "to"))
        // `Margaret Osei, 52, a librarian from Kumasi Road, said`: a place in a description.
        && !after_preposition(toks, start)
        && (start == p + 1
            || start <= p + 4
                && !capitalised(toks[p].word)
                && toks[p + 1..start].iter().all(|t| !capitalised(t.word)))
    {
        // `Her husband, Liu Wei, said`: the relation shows his gender.
        let relation = toks[p].lower();
        if start == p + 1 && lexicon::gendered_title(&relation).is_some() {
            ph.titles.push(relation.into_owned());
        }
        return Some(Mention::Phrase(ph));
    }
    // Else the nearest person named before a comma, or failing that the nearest phrase; not
    // one of those `including` lists (`Forty leaders, including Kofi Annan, criticized`).
    let mut nearest = None;
    for p in commas() {
        match phrase_ending_at(toks, p, 0) {
            Some((_, start)) if listed(start) => {}
            Some((Mention::Phrase(ph), _)) if is_person(&ph) => return Some(Mention::Phrase(ph)),
            Some((m, _)) if nearest.is_none() => nearest = Some(m),
            _ => {}
        }
    }
    // `Malaysian prime minister Najib Razak, said`: a name closed by a comma of its own.
    let named_before = || match phrase_ending_at(toks, j - 1, 0) {
        Some((Mention::Phrase(ph), _)) if is_person(&ph) => Some(Mention::Phrase(ph)),
        _ => None,
    };
    nearest
        .or_else(|| opening_name(toks, j - 1))
        .or_else(named_before)
}

/// `The Houthi health ministry in Sanaa said`, `A Western diplomat in Kabul said`: the body or
/// person before `in` and the place that starts at `start`.
fn role_in_place(toks: &[Token], start: usize) -> Option<Mention> {
    let at = before_phrase(toks, start)?;
    let head = at.checked_sub(1)?;
    let open = |t: &Token| !(t.comma || t.stop || t.closes_quote);
    let role = lexicon::role(&toks[head].lower()).is_some();
    if toks[at].word != "in" || !open(&toks[at]) || !open(&toks[head]) || !role {
        return None;
    }
    phrase_ending_at(toks, head, 0).map(|(m, _)| m)
}

/// A small number written as a word: `two` to `ten`.
fn number_word(word: &str) -> bool {
    matches!(
        word,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Whether the phrase starting at `start` follows a preposition (`from Kumasi Road`, `at the
/// Kumasi Library`).
fn after_preposition(toks: &[Token], start: usize) -> bool {
    before_phrase(toks, start).is_some_and(|p| {
        matches!(
            toks[p].word,
            "at" | "of" | "with" | "from" | "for" | "in" | "on" | "to"
        )
    })
}

/// The word before the phrase that starts at `start`, past its article `the`.
fn before_phrase(toks: &[Token], start: usize) -> Option<usize> {
    match start.checked_sub(1)? {
        p if toks[p].lower() == "the" => p.checked_sub(1),
        p => Some(p),
    }
}

/// `Two sources familiar with the talks told`, `according to people familiar with the
/// negotiations`: unnamed sources are written with what they know, as news labellers write
/// them. The phrase ends right before `end`.
fn familiar_with(toks: &[Token], end: usize) -> Option<Mention> {
    const MAX_WORDS: usize = 8;
    // The last word may end the clause (`the negotiations.`); none before it may.
    // `familiar with`, `close to`, `briefed on`, `with knowledge of`.
    let knows = |p: usize| {
        let next = toks.get(p + 1).map(|t| t.word);
        match toks[p].word {
            "familiar" => next == Some("with"),
            "close" => next == Some("to"),
            "briefed" => next == Some("on"),
            "with" => next == Some("knowledge"),
            _ => false,
        }
    };
    let familiar = (end.saturating_sub(MAX_WORDS)..end.saturating_sub(1))
        .rev()
        .take_while(|&p| !(toks[p].comma || toks[p].stop || toks[p].closes_quote))
        .find(|&p| knows(p))?;
    let group = familiar.checked_sub(1)?;
    let head = toks[group].lower();
    let source = matches!(head.as_ref(), "source" | "person" | "someone");
    if familiar + 2 >= end || !(source || lexicon::role(&head) == Some(Role::Group)) {
        return None;
    }
    // `two people familiar with the talks`: how many, as for `two officials`.
    let first = match group.checked_sub(1) {
        Some(n) if number_word(&toks[n].lower()) && !toks[n].comma => n,
        _ => group,
    };
    Some(described(&toks[first..end], first == 0, Role::Group))
}

/// An unnamed person or group written with its whole description (`sources familiar with the
/// talks`); the first word is lower-cased when it opens the sentence.
fn described(words: &[Token], opens_sentence: bool, role: Role) -> Mention {
    let mut words: Vec<String> = words.iter().map(|t| t.word.to_string()).collect();
    if opens_sentence && let Some(first) = words.first_mut() {
        *first = first.to_lowercase();
    }
    Mention::Phrase(Phrase {
        words,
        role: Some(role),
        definite: false,
        titles: Vec::new(),
    })
}

/// `Relatives of the passengers have complained`, `Aides of Muqtada al-Sadr say`: people known
/// by whose they are speak as that whole phrase, when it opens the clause and runs to the verb
/// at `j`.
fn people_of(toks: &[Token], j: usize) -> Option<Mention> {
    const MAX_OWNER: usize = 6;
    let of = (j.saturating_sub(MAX_OWNER)..j.saturating_sub(1))
        .rev()
        .take_while(|&p| !(toks[p].comma || toks[p].stop || toks[p].closes_quote))
        .find(|&p| toks[p].word == "of")?;
    let head = of.checked_sub(1)?;
    let kin = matches!(
        toks[head].lower().as_ref(),
        "relatives"
            | "families"
            | "friends"
            | "aides"
            | "critics"
            | "supporters"
            | "opponents"
            | "parents"
            | "colleagues"
    );
    let opens = head == 0 || toks[head - 1].comma;
    (kin && opens && !toks[head].comma).then(|| described(&toks[head..j], head == 0, Role::Group))
}

/// `a doctor at Nasser Hospital told`, `One witness of the Silea attack reported`: someone
/// unnamed, described by where they are (a place's phrase that runs to the verb at `j`), is
/// written with the description, as news labellers write it.
fn unnamed_from_place(toks: &[Token], j: usize) -> Option<Mention> {
    const MAX_PLACE: usize = 6;
    const MAX_MODIFIERS: usize = 2;
    let prep = (j.saturating_sub(MAX_PLACE)..j.saturating_sub(1))
        .rev()
        .take_while(|&p| !(toks[p].comma || toks[p].stop || toks[p].closes_quote))
        .find(|&p| matches!(toks[p].word, "at" | "of" | "with" | "from" | "in" | "on"))?;
    let head = prep.checked_sub(1)?;
    let h = &toks[head];
    // Groups so described mostly speak for their body (`analysts at Stroud Capital`), and so
    // do spokespeople.
    let h_lower = h.lower();
    let speaks_for_body = lexicon::spokesperson(&h_lower) || h_lower == "representative";
    // `Reports from the islands indicate`: where unattributed reports come from.
    let reports_from = h.lower() == "reports" && toks[prep].word == "from";
    let person = h.role() == Some(Role::Person) && !speaks_for_body;
    if h.comma || !(person || reports_from) {
        return None;
    }
    if capitalised(h.word) && head > 0 {
        return None;
    }
    let modifier = |t: &Token| {
        !t.comma && !capitalised(t.word) && !lexicon::function_word(t.word) && t.word != "one"
    };
    let mut first = head;
    while first > 0 && head - first < MAX_MODIFIERS && modifier(&toks[first - 1]) {
        first -= 1;
    }
    // The description opens its clause, maybe after an article or `one`.
    let opener = |p: usize| {
        p == 0
            || toks[p - 1].comma
            || matches!(toks[p - 1].lower().as_ref(), "a" | "an" | "one" | "the")
                && (p == 1 || toks[p - 2].comma)
    };
    if !opener(first) {
        return None;
    }
    Some(described(&toks[first..j], first == 0, Role::Person))
}

/// `Anthony Cordesman, a security analyst at the Center for … told`, `Evan Kohlmann, who tracks
/// jihadi Web sites for NBC News said`: the person an unclosed apposition describes, when the
/// verb at `j` ends it.
fn described_person(toks: &[Token], j: usize) -> Option<Mention> {
    const MAX_DESCRIPTION: usize = 14;
    let comma = (j.saturating_sub(MAX_DESCRIPTION)..j)
        .rev()
        .take_while(|&p| !toks[p].stop && !toks[p].closes_quote)
        .find(|&p| toks[p].comma)?;
    // The description opens with an article, `who`, or a person's role (`consultant to …`).
    let role_at = |t: &Token| !capitalised(t.word) && lexicon::role(t.word) == Some(Role::Person);
    let opens = toks.get(comma + 1).is_some_and(|t| {
        matches!(t.word, "a" | "an" | "the" | "who")
            || !capitalised(t.word) && toks[comma + 1..j].iter().take(3).any(role_at)
    });
    if !opens || toks[comma].paren {
        return None;
    }
    match phrase_ending_at(toks, comma, 0)? {
        (Mention::Phrase(person), _) if is_person(&person) => Some(Mention::Phrase(person)),
        _ => None,
    }
}

/// The subject that opens the sentence, before `toks[k]`: a pronoun, or a name or a role
/// (`McFadden`, `The ministry`) followed by a lower-case word (its verb).
fn opening_subject(toks: &[Token], k: usize) -> Option<Mention> {
    let first = toks.first()?;
    if let Some(p) = lexicon::pronoun(&first.lower()) {
        return Some(Mention::Pronoun(p));
    }
    let from = usize::from(first.lower() == "the");
    let run = toks[from..k]
        .iter()
        .take(5)
        .take_while(|t| (name_like(t.word) || t.role().is_some()) && !t.comma && !t.stop)
        .count();
    let verb_follows = toks
        .get(from + run)
        .is_some_and(|t| !capitalised(t.word) && !t.opens_quote);
    (run >= 1 && verb_follows)
        .then(|| phrase_ending_at(toks, from + run - 1, 0))
        .flatten()
        .map(|(m, _)| m)
}

/// The person's name that opens `sentence` as its subject: two to four capitalised words,
/// titles dropped, then a lower-case word (`Harry Kane won the award.`); or whose view it
/// gives (`For Kevin Allton, a USI instructor, Warhol was a legend.`).
pub fn subject_name(sentence: &str) -> Option<Phrase> {
    subject_name_at(sentence).or_else(|| subject_name_at(after_opening_clause(sentence)?))
}

/// The rest of `sentence` after an opening clause and its comma (`Asked if she regretted it,
/// Ingrid Holm paused.`, `As the light faded, Adamik locked her door.`).
pub fn after_opening_clause(sentence: &str) -> Option<&str> {
    let (clause, rest) = sentence.split_once(", ")?;
    let opener = clause.split(' ').next().is_some_and(|w| {
        matches!(
            w,
            "Asked"
                | "Speaking"
                | "In"
                | "At"
                | "After"
                | "Before"
                | "When"
                | "On"
                | "Outside"
                | "As"
                | "While"
        )
    });
    opener.then_some(rest)
}

fn subject_name_at(sentence: &str) -> Option<Phrase> {
    const MAX_WORDS: usize = 4;
    const MAX_TITLES: usize = 3;
    let mut name: Vec<&str> = Vec::new();
    let mut verb_follows = false;
    let mut words = sentence.split_whitespace().peekable();
    // `But Representative Marcy Kaptur was …`: a conjunction may open the sentence.
    words.next_if(|&w| matches!(w, "But" | "And" | "Yet"));
    let view = words.next_if(|&w| w == "For").is_some();
    while let Some(w) = words.next() {
        // `Marcy Kaptur (D Ohio) was`: a parenthesis after the name is not part of it.
        if w.starts_with('(') && !name.is_empty() {
            if !w.ends_with(')') {
                words.by_ref().find(|w| w.ends_with(')'));
            }
            continue;
        }
        // `Fire chief Keiko Tanaka stood`: a title of two words, the second in lower case.
        if let [first] = name.as_slice()
            && !lexicon::all_caps(first)
            && is_title(w)
            && words.peek().is_some_and(|n| plain_name_word(n))
        {
            name.clear();
            continue;
        }
        if let Some(last) = w.strip_suffix(',').filter(|_| view) {
            verb_follows = plain_name_word(last) && name.len() < MAX_WORDS;
            name.push(last);
            break;
        }
        if !plain_name_word(w) {
            verb_follows = w.starts_with(char::is_lowercase);
            break;
        }
        // `British Prime Minister David Cameron has`: titles do not count towards the name.
        let titles = name
            .iter()
            .rposition(|n| is_title(&n.to_lowercase()))
            .map_or(0, |t| t + 1);
        if name.len() - titles == MAX_WORDS || name.len() == MAX_WORDS + MAX_TITLES {
            return None;
        }
        name.push(w);
    }
    let after_titles = name
        .iter()
        .rposition(|w| is_title(&w.to_lowercase()))
        .map_or(0, |t| t + 1);
    let name = &name[after_titles..];
    (verb_follows && name.len() >= 2).then(|| Phrase {
        words: name.iter().map(|w| w.to_string()).collect(),
        role: None,
        definite: false,
        titles: Vec::new(),
    })
}

/// A word of a name written plainly: capitalised letters (a hyphen allowed), not a function
/// word, a day or a month.
fn plain_name_word(w: &str) -> bool {
    capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-') && {
        let lower = w.to_lowercase();
        !lexicon::function_word(&lower) && !lexicon::date_word(&lower)
    }
}

/// `Fair Deal's` → `Fair Deal`: the owner a possessive names, if `word` is one.
fn possessive_owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// The single capitalised word that opens `sentence` as its subject, before a lower-case
/// verb (`Yusuf had no comment, but he had stated …`).
pub fn opening_word(sentence: &str) -> Option<Phrase> {
    let mut words = sentence.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    let verb = second.starts_with(char::is_lowercase)
        && lexicon::pronoun(second).is_none()
        && second.chars().all(char::is_alphabetic);
    (plain_name_word(first) && lexicon::role_folded(first).is_none() && verb).then(|| Phrase {
        words: vec![first.to_string()],
        role: None,
        definite: false,
        titles: Vec::new(),
    })
}

/// Whether `sentence` opens with a word that reads as a surname before an auxiliary or a
/// reflexive (`Schmetzer was`, `Haldane himself`), not a participle (`Asked what`, `During
/// the`).
pub fn surname_opening(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let participle = first.ends_with("ed") || first.ends_with("ing");
    let verb = matches!(
        second,
        "was" | "is" | "had" | "has" | "would" | "will" | "did" | "himself" | "herself"
    );
    !participle && verb
}

/// The group that opens `sentence` as its subject: a plural role word before a lower-case
/// verb (`Police arrested two men.`, `Officials confirmed …`).
pub fn opening_group(sentence: &str) -> Option<Phrase> {
    let mut words = sentence.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    let lower = first.to_lowercase();
    let group = lower == "police" || lexicon::role(&lower) == Some(Role::Group);
    let verb = second.starts_with(char::is_lowercase)
        && second.chars().all(char::is_alphabetic)
        && !matches!(
            second,
            "of" | "from" | "in" | "at" | "with" | "for" | "on" | "to" | "by" | "and" | "or"
        );
    (group && capitalised(first) && verb).then(|| Phrase {
        words: vec![lower],
        role: Some(Role::Group),
        definite: false,
        titles: Vec::new(),
    })
}

/// The organisation that opens `sentence` as its subject, after any dateline: two to four
/// capitalised words before a lower-case word (`PORT ELLISON — Corvina Air cancelled 214
/// flights …, the airline said.`), not a person by a known given name. One word is too often a
/// common word that opens the sentence (`Net profit fell`).
pub fn opening_body(sentence: &str) -> Option<Phrase> {
    const MAX_WORDS: usize = 4;
    let sentence = match sentence.split_once(" — ") {
        Some((dateline, rest)) if !dateline.contains(char::is_lowercase) => rest,
        _ => sentence,
    };
    let mut words = sentence.split_whitespace();
    let mut name = Vec::new();
    let next = loop {
        let w = words.next()?;
        // `Kestrel Oil's quarterly profit fell 40%, the company said`: the owner.
        if let Some(owner) = possessive_owner(w).filter(|o| plain_name_word(o)) {
            name.push(owner);
            break words.next()?;
        }
        if !plain_name_word(w) || lexicon::role_folded(w).is_some() {
            break w;
        }
        name.push(w);
        if name.len() > MAX_WORDS {
            return None;
        }
    };
    let verb = next.starts_with(char::is_lowercase) && next.chars().all(char::is_alphabetic);
    let first = *name.first()?;
    let person = given_names::gender(first).is_some();
    (verb && name.len() >= 2 && !person).then(|| Phrase {
        words: name.iter().map(|w| w.to_string()).collect(),
        role: Some(Role::Institution),
        definite: false,
        titles: Vec::new(),
    })
}

/// The institution that opens `sentence` as its subject: capitalised words, `of`, `for` or
/// `and` between them, one of them an institution's word, before a lower-case word (`The
/// Center for Volcanology and Geological Hazard Mitigation raised the alert`).
pub fn opening_institution(sentence: &str) -> Option<Phrase> {
    const MAX_WORDS: usize = 10;
    let sentence = sentence.strip_prefix("The ").unwrap_or(sentence);
    let mut name = Vec::new();
    for w in sentence.split_whitespace().take(MAX_WORDS) {
        let linking = matches!(w, "of" | "for" | "and") && !name.is_empty();
        if !(plain_name_word(w) || linking) {
            let verb = w.starts_with(char::is_lowercase);
            while name.last().is_some_and(|l: &&str| !capitalised(l)) {
                name.pop();
            }
            let institution = name
                .iter()
                .any(|n| lexicon::role_folded(n) == Some(Role::Institution));
            return (verb && institution).then(|| Phrase {
                words: name.iter().map(|n| n.to_string()).collect(),
                role: Some(Role::Institution),
                definite: false,
                titles: Vec::new(),
            });
        }
        name.push(w);
    }
    None
}

/// The document that opens `sentence` (`The survey, which questioned 1,200 adults, found`, `A
/// new study of 4,000 patients showed`), as `the survey`: what `It found` next refers to.
pub fn opening_document_word(sentence: &str) -> Option<Phrase> {
    const MAX_WORDS: usize = 4;
    let mut words = sentence.split_whitespace();
    if !matches!(words.next()?, "The" | "A" | "An" | "This") {
        return None;
    }
    let document = words
        .by_ref()
        .take(MAX_WORDS)
        .map(|w| w.trim_end_matches(','))
        .find(|w| lexicon::document(w))?;
    // `A report by Amnesty International said … It called …`: its author, who spoke.
    if matches!(words.next(), Some("by" | "from")) {
        return None;
    }
    Some(Phrase {
        words: vec![document.to_string()],
        role: Some(Role::Institution),
        definite: true,
        titles: Vec::new(),
    })
}

/// The person `sentence` opens with: as its subject ([`subject_name`]) or introduced in
/// apposition ([`introduced_name`]).
pub fn person_opening(sentence: &str) -> Option<Phrase> {
    subject_name(sentence).or_else(|| introduced_name(sentence))
}

/// The person a sentence opens by introducing, with an apposition between commas: `Lena
/// Horvath, 67, left …`, `Her neighbour, Samuel Ortiz, stayed …`, `Lindqvist, 58, denies …`.
pub fn introduced_name(sentence: &str) -> Option<Phrase> {
    const MAX_WORDS: usize = 3;
    // `However, an exiled commander, Aregawi Berhe, is …`: a connective opens no name.
    let sentence = match sentence.split_once(", ") {
        Some((first, rest)) if connective(first) => rest,
        _ => sentence,
    };
    let mut parts = sentence.splitn(3, ", ");
    let (first, second) = (parts.next()?, parts.next()?);
    parts.next()?;
    let words = |part| {
        let ws: Vec<&str> = str::split(part, ' ').collect();
        let name = |w: &&str| plain_name_word(w) && lexicon::role_folded(w).is_none();
        ((1..=MAX_WORDS).contains(&ws.len()) && ws.iter().all(name)).then_some(ws)
    };
    // `Her neighbour, Samuel Ortiz,`: a relation, then the name.
    let relation = first.split_once(' ').is_some_and(|(det, _)| {
        matches!(
            det,
            "Her"
                | "His"
                | "Their"
                | "The"
                | "A"
                | "An"
                | "her"
                | "his"
                | "their"
                | "the"
                | "a"
                | "an"
        ) || possessive_owner(det).is_some()
    });
    let name = if relation {
        words(second).filter(|ws| ws.len() >= 2)?
    } else {
        // `Lena Horvath, 67,` or `Lindqvist, 58,`: an age or a description follows.
        // (`Respect, and others of her songs,` lists things instead.)
        let apposition = second.split(' ').next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
                && !matches!(w, "and" | "or" | "but")
        });
        words(first).filter(|_| apposition)?
    };
    let mut words: Vec<String> = name.iter().map(|w| w.to_string()).collect();
    let titles = drop_occupation(&mut words).into_iter().collect();
    Some(Phrase {
        words,
        role: None,
        definite: false,
        titles,
    })
}

/// A word that links a sentence to the one before (`However`, `Meanwhile`).
fn connective(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lexicon::skippable(&lower)
        || matches!(
            lower.as_str(),
            "meanwhile" | "instead" | "still" | "moreover" | "nevertheless" | "furthermore"
        )
}

/// `A new study documenting iodine levels in children has revealed`: a document that opens
/// the sentence, modified by what follows it, is the subject of a verb far after it.
fn opening_document(toks: &[Token], end: usize) -> Option<Mention> {
    const MAX_ADJECTIVES: usize = 3;
    let determiner = toks.first()?.lower();
    if !matches!(determiner.as_ref(), "a" | "an" | "the") {
        return None;
    }
    let head = (1..=MAX_ADJECTIVES + 1)
        .take_while(|&i| i < end && !(toks[i].comma || toks[i].stop || toks[i].closes_quote))
        .find(|&i| lexicon::document(&toks[i].lower()))?;
    let modified = toks.get(head + 1).is_some_and(|t| {
        let w = t.word;
        w.ends_with("ing") || participle(w) || matches!(w, "of" | "by" | "on" | "into")
    });
    if !modified || toks[..end].iter().any(|t| t.stop || t.closes_quote) {
        return None;
    }
    let definite = determiner == "the";
    let phrase = make_phrase(
        &toks[1..=head],
        Some(Role::Institution),
        definite,
        Vec::new(),
    );
    Some(Mention::Phrase(phrase))
}

/// `Lydia Buchtmann for Food Standards Australia New Zealand, says`: a person's name that
/// opens the sentence and is followed by a preposition is the subject.
fn opening_name(toks: &[Token], end: usize) -> Option<Mention> {
    let n = toks
        .iter()
        .take(5)
        .take_while(|t| name_like(t.word) && !t.comma && !t.stop)
        .count();
    let preposition = toks
        .get(n)
        .is_some_and(|t| matches!(t.lower().as_ref(), "for" | "of" | "at" | "from" | "with"));
    if !preposition || n >= end || toks[..end].iter().any(|t| t.stop || t.closes_quote) {
        return None;
    }
    let phrase = make_phrase(&toks[..n], None, false, Vec::new());
    is_person(&phrase).then_some(Mention::Phrase(phrase))
}

/// The noun phrase whose last word is `toks[end]`, reading back no further than `lo`, and
/// where it starts.
fn phrase_ending_at(toks: &[Token], end: usize, lo: usize) -> Option<(Mention, usize)> {
    let head = toks.get(end)?;
    // `The Associated Press (AP) says`: the name before its abbreviation.
    if head.paren && end > lo && !toks[end - 1].paren && !toks[end - 1].comma {
        return phrase_ending_at(toks, end - 1, lo);
    }
    let head_folded = head.lower();
    let head_lower: &str = &head_folded;
    if let Some(p) = lexicon::pronoun(head_lower) {
        return Some((Mention::Pronoun(p), end));
    }
    // `WHO say` is the World Health Organization, not `who`.
    if lexicon::function_word(head_lower) && !lexicon::all_caps(head.word) {
        return None;
    }
    if matches!(head_lower, "statement" | "statements")
        && let Some(owner) = statement_owner(toks, end, lo)
    {
        return Some(owner);
    }
    // `Wolf's husband and coach told`: one person named by a relation and a role.
    if end >= lo + 3
        && toks[end - 1].word == "and"
        && lexicon::role(head_lower) == Some(Role::Person)
        && lexicon::relation(&toks[end - 2].lower())
        && !toks[end - 2].comma
        && possessive_owner(toks[end - 3].word).is_some()
    {
        return phrase_ending_at(toks, end - 2, lo);
    }
    // `her son said` after `her son, Tobias Marrow, said`: the relation refers back to the
    // person it described (one person: not `Her family had reported`).
    if lexicon::relation(head_lower)
        && head_lower != "family"
        && end > lo
        && lexicon::possessive_pronoun(&toks[end - 1].lower()).is_some()
        && !toks[end - 1].comma
    {
        let relation = make_phrase(&toks[end..=end], None, true, Vec::new());
        return Some((Mention::Phrase(relation), end - 1));
    }
    // `Biti's lawyer says`, `the mayor's spokeswoman says`: a person named by whose they are.
    if lexicon::relation(head_lower)
        && end > lo
        && possessive_owner(toks[end - 1].word).is_some()
        && (end - 1 == lo || toks[end - 2].comma || toks[end - 2].lower() == "the")
    {
        // `Vincent Magwenya, Zuma's spokesman said`: the person the relation describes.
        if end >= lo + 2
            && toks[end - 2].comma
            && let Some((Mention::Phrase(person), at)) = phrase_ending_at(toks, end - 2, lo)
            && is_person(&person)
            && at == lo
        {
            return Some((Mention::Phrase(person), at));
        }
        let owned = make_phrase(
            &toks[end - 1..=end],
            None,
            false,
            vec![head_lower.to_string()],
        );
        return Some((Mention::Phrase(owned), end - 1));
    }
    let mut role = lexicon::role(head_lower).filter(|r| *r != Role::Person);
    if role.is_none() && !name_like(head.word) {
        match unnamed_subject(toks, end, lo) {
            Unnamed::No => return None,
            Unnamed::Found(mention, at) => return Some((mention, at)),
            Unnamed::Body => role = Some(Role::Institution),
        }
    }
    let name = role.is_none();
    // `Friday theorized`: a day or a month is when, not who.
    if name && lexicon::date_word(head_lower) {
        return None;
    }
    let mut start = end;
    while start > lo && end - start < 5 {
        let prev = &toks[start - 1];
        let prev_folded = prev.lower();
        let prev_lower: &str = &prev_folded;
        let determiner = matches!(prev_lower, "one" | "another");
        if prev.comma
            || prev.stop
            || prev.closes_quote
            || determiner
            || lexicon::function_word(prev_lower)
        {
            break;
        }
        if name && !name_like(prev.word) {
            // `Ursula von der Leyen`, `Medecins sans Frontieres`: particles inside a name.
            let particles = toks[lo..start]
                .iter()
                .rev()
                .take_while(|t| lexicon::name_particle(t.word) && !t.comma)
                .count();
            let first = start.checked_sub(particles + 1).filter(|&f| f >= lo);
            let joined = (1..=2).contains(&particles)
                && first.is_some_and(|f| capitalised(toks[f].word) && !toks[f].comma);
            if !joined {
                break;
            }
            start -= particles;
            continue;
        }
        // `Dr. Anneli Groth of Varno University said`: a person's name before `of` is the
        // speaker, found by `affiliation`; the institution starts after `of`.
        let person_of = prev_lower == "of"
            && start >= lo + 3
            && [&toks[start - 2], &toks[start - 3]]
                .iter()
                .all(|t| name_like(t.word) && !t.comma && t.role().is_none());
        if person_of {
            break;
        }
        start -= 1;
        // `the Institute for Agricultural Climate Research`: `for` inside a name.
        if start >= lo + 2
            && toks[start - 1].word == "for"
            && name_like(toks[start - 2].word)
            && !toks[start - 2].comma
            && toks[start - 2].role() == Some(Role::Institution)
        {
            start -= 1;
        }
    }
    if name {
        start = joined_name_start(toks, start, lo);
        // `the Centre for Control of …`: a name with `for` in it is an institution's.
        if toks[start..end].iter().any(|t| t.word == "for") {
            role = Some(Role::Institution);
        }
    } else if capitalised(head.word)
        && capitalised(toks[start].word)
        && start >= lo + 2
        && toks[start - 1].word == "and"
        && name_like(toks[start - 2].word)
    {
        // `Brennick Fire and Rescue Service`: an institution's name joined by `and`.
        start = joined_name_start(toks, start, lo).min(start - 2);
        // `The Food and Drug Administration`: the article is not part of the name.
        while start > lo
            && name_like(toks[start - 1].word)
            && !toks[start - 1].comma
            && !lexicon::function_word(&toks[start - 1].lower())
        {
            start -= 1;
        }
    }
    // `a murder police called “barbaric”`: `a` cannot open a plural, so the words after it
    // belong to another noun and the group is the head alone.
    let plural = head_lower == "police" || lexicon::role(head_lower) == Some(Role::Group);
    if plural && start > lo && matches!(toks[start - 1].lower().as_ref(), "a" | "an") {
        start = end;
    }
    // `No group has claimed responsibility`, `Neither company responded`: nobody spoke.
    let nobody = |t: &Token| matches!(t.lower().as_ref(), "no" | "neither");
    if start > 0 && nobody(&toks[start - 1]) || nobody(&toks[start]) {
        return None;
    }
    let definite = start > 0 && toks[start - 1].lower() == "the";
    let mut titles = Vec::new();
    if start > 0 && lexicon::role(&toks[start - 1].lower()).is_some() {
        titles.push(toks[start - 1].lower().to_string());
    }
    let mut phrase = make_phrase(&toks[start..=end], role, definite, titles);
    // `Officials said`, `Local officials said`: a role word, or a common word before a group,
    // is capitalised only because it opens the sentence.
    let first = toks[0].lower();
    let opening_word = (role.is_some() && lexicon::role(&first).is_some())
        || lexicon::group_modifier(&first) && phrase.words[1..].iter().all(|w| !capitalised(w));
    if start == 0
        && opening_word
        && phrase.words.first().is_some_and(|w| w == toks[0].word)
        && !lexicon::all_caps(toks[0].word)
    {
        phrase.words[0] = toks[0].lower().into_owned();
    }
    // `One delegate said`: one of several, as the labels write it (`a delegate` is not).
    if lexicon::role(head_lower) == Some(Role::Person)
        && start > lo
        && toks[start - 1].lower() == "one"
        && phrase.words.iter().all(|w| !capitalised(w))
    {
        phrase.words.insert(0, "one".to_string());
    }
    // `Two officials said`: how many, as the labels write it (`several` or `some` are not).
    if role == Some(Role::Group)
        && start > lo
        && number_word(&toks[start - 1].lower())
        && phrase.words.iter().all(|w| !capitalised(w))
    {
        phrase.words.insert(0, toks[start - 1].lower().into_owned());
    }
    if name && let Some(found) = name_after_titled_domain(toks, start, lo, &phrase) {
        return Some(found);
    }
    // `Lynn Boylan of the Sinn Féin party`: a person's affiliation may end in a common noun.
    if (capitalised(head.word) || role == Some(Role::Institution))
        && let Some(found) = affiliation(toks, start, lo, &phrase)
    {
        return Some(found);
    }
    Some((Mention::Phrase(phrase), start))
}

/// `Local anglers said`, `Refugee organisations condemned`: a plural noun that, with up to two
/// words before it, opens its clause.
fn plural_opening(toks: &[Token], end: usize, lo: usize) -> bool {
    let head = toks[end].word;
    let plural = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.bytes().all(|b| b.is_ascii_lowercase());
    // Only before a plain speech verb (`said`, `told`, `reported`) or one that describes or
    // questions (`Ticket holders described`, `Opposition politicians have questioned`): after
    // others (`posted condolences`, `called for`, `have rejected`) such a noun is mostly not a
    // source.
    let verb = toks[end + 1..]
        .iter()
        .find(|t| !lexicon::skippable(&t.lower()))
        .filter(|t| {
            let plain = lexicon::speech_verb(t.word) == Some(Strength::Strong);
            plain || matches!(t.word, "described" | "questioned" | "confirmed")
        });
    if !plural || lexicon::speech_verb(head).is_some() || verb.is_none() {
        return false;
    }
    let mut start = end;
    while start > lo
        && end - start < 2
        && !toks[start - 1].comma
        && !toks[start - 1].stop
        && !lexicon::function_word(&toks[start - 1].lower())
        && !matches!(
            toks[start - 1].word,
            "under" | "over" | "across" | "through" | "during"
        )
        && (start - 1 == lo || !capitalised(toks[start - 1].word))
    {
        start -= 1;
    }
    start == lo || toks[start - 1].comma
}

/// What an unknown noun or an unnamed role at `toks[end]` (not a name) says about who speaks.
enum Unnamed {
    /// Not a subject.
    No,
    /// Someone else, found from it (`the government spokesman`, `A company spokesperson`).
    Found(Mention, usize),
    /// A body named by the phrase that ends at `end` (`The inspectorate`).
    Body,
}

/// `The inspectorate said`, `One poster admitted`, `A spokesman said`: an unknown noun right
/// after a determiner that opens the clause names who speaks; so does a person's role after up
/// to two words describing it (`A hospital official told`; but `the prime minister` is someone
/// named before, left to the history), and a plural noun opening its clause.
fn unnamed_subject(toks: &[Token], end: usize, lo: usize) -> Unnamed {
    let head_lower = toks[end].lower();
    let indefinite = |t: &Token| matches!(t.lower().as_ref(), "a" | "an" | "one" | "another");
    // `On Monday a hospital spokesperson said`: a short time phrase may open the clause.
    let time_phrase = |end: usize| {
        end <= 3
            && toks[0].lower() == "on"
            && toks[1..end]
                .iter()
                .all(|t| lexicon::date_word(&t.lower()) && !t.comma)
    };
    // `“Will you resign?” a reporter shouted.`: a closing quotation ends a clause as a comma
    // does.
    let clause_start =
        |d: usize| d < 2 || toks[d - 2].comma || toks[d - 2].closes_quote || time_phrase(d - 1);
    let spokesperson = lexicon::spokesperson(&head_lower);
    // `A Palmetto Health spokesperson said`: the body the spokesperson is named by.
    if spokesperson {
        const MAX_NAME: usize = 6;
        // `A Department for Work and Pensions spokesperson`: `for`, `of`, `and` inside it.
        let name_word = |t: &Token| {
            !t.comma
                && (capitalised(t.word) && !lexicon::function_word(&t.lower())
                    || matches!(t.word, "for" | "of" | "and"))
        };
        let mut name = toks[lo..end]
            .iter()
            .rev()
            .take(MAX_NAME)
            .take_while(|t| name_word(t))
            .count();
        while name > 0 && !capitalised(toks[end - name].word) {
            name -= 1;
        }
        let first = end - name;
        if name > 0 && first > lo && indefinite(&toks[first - 1]) && clause_start(first) {
            let body = make_phrase(
                &toks[first..end],
                Some(Role::Institution),
                false,
                Vec::new(),
            );
            return Unnamed::Found(Mention::Phrase(body), first);
        }
    }
    let mut d = end;
    if lexicon::role(&head_lower) == Some(Role::Person) {
        // `A Libyan official told`: a capitalised word may describe, after `a`.
        let describes = |t: &Token, before: Option<&Token>| {
            !t.comma
                && !indefinite(t)
                && !lexicon::function_word(&t.lower())
                && (!capitalised(t.word) || before.is_some_and(indefinite))
        };
        while d > 0 && end - d < 2 && describes(&toks[d - 1], d.checked_sub(2).map(|p| &toks[p])) {
            d -= 1;
        }
        // `A senior Israeli official said`: a nationality after a lower-case description.
        let plain = |t: &Token| {
            !capitalised(t.word) && !t.comma && !indefinite(t) && !lexicon::function_word(t.word)
        };
        if d == end
            && end >= lo + 3
            && lexicon::nationality(toks[end - 1].word)
            && !toks[end - 1].comma
            && plain(&toks[end - 2])
            && indefinite(&toks[end - 3])
        {
            d = end - 2;
        }
        // `the government spokesman said`, `the prime minister said`: the role alone, which the
        // history matches to a person named with it earlier.
        let definite = d > 0 && toks[d - 1].lower() == "the";
        if d < end && definite && clause_start(d) {
            let role = make_phrase(&toks[end..=end], Some(Role::Institution), true, Vec::new());
            return Unnamed::Found(Mention::Phrase(role), d);
        }
        if d < end && !(d > 0 && indefinite(&toks[d - 1])) {
            d = end;
        }
    }
    // `the three-judge panel ruled`: one word may describe a body after its article.
    let described = |t: &Token| {
        !capitalised(t.word) && !t.comma && !lexicon::function_word(t.word) && t.word.contains('-')
    };
    if d == end && d >= 2 && described(&toks[d - 1]) {
        d -= 1;
    }
    let determiner = d > 0 && (indefinite(&toks[d - 1]) || toks[d - 1].lower() == "the");
    if !(determiner && clause_start(d) || plural_opening(toks, end, lo)) {
        return Unnamed::No;
    }
    // `A company spokesperson said`: the company, as `the company` would.
    if spokesperson && d < end && lexicon::role(&toks[end - 1].lower()) == Some(Role::Institution) {
        let body = make_phrase(
            &toks[end - 1..end],
            Some(Role::Institution),
            true,
            Vec::new(),
        );
        return Unnamed::Found(Mention::Phrase(body), end - 1);
    }
    Unnamed::Body
}

/// `Cornyn's statement added`: a statement (`toks[end]`) speaks for the name that owns it.
fn statement_owner(toks: &[Token], end: usize, lo: usize) -> Option<(Mention, usize)> {
    const MAX_WORDS: usize = 4;
    let last = end.checked_sub(1).filter(|&p| p >= lo)?;
    let possessive = &toks[last];
    let owner = possessive_owner(possessive.word)?;
    if possessive.comma || possessive.stop || !capitalised(owner) {
        return None;
    }
    let mut start = last;
    while start > lo && last - start + 1 < MAX_WORDS {
        let prev = &toks[start - 1];
        if prev.comma || prev.stop || prev.closes_quote || !name_like(prev.word) {
            break;
        }
        start -= 1;
    }
    let mut words = toks[start..=last].to_vec();
    words[last - start].truncate(owner.len());
    Some((
        Mention::Phrase(make_phrase(&words, None, false, Vec::new())),
        start,
    ))
}

/// Where a name that starts at `start` starts when it is joined: `Johnson & Johnson`, the second
/// half of an `X and Y` name after `of` (`Matthew Ingram of The Globe and Mail`), and an
/// institution's name with `for` (`the Centers for Disease Control and Prevention`); else
/// `start`. Outside a name `Smith and Jones said` names two people, so it is left alone.
fn joined_name_start(toks: &[Token], start: usize, lo: usize) -> usize {
    let joined = and_joined_start(toks, start, lo);
    let Some(f) = institution_for(toks, joined, lo) else {
        return joined;
    };
    // `the U.S. Centers for …`: up to two more words of the name before it.
    let mut first = f - 1;
    while first > lo && f - 1 - first < 2 {
        let prev = &toks[first - 1];
        let ends = prev.comma || prev.stop || prev.closes_quote;
        if ends || !name_like(prev.word) || lexicon::function_word(&prev.lower()) {
            break;
        }
        first -= 1;
    }
    first
}

/// The `for` right before `start` when an institution's word comes before it (`Centers for`).
fn institution_for(toks: &[Token], start: usize, lo: usize) -> Option<usize> {
    let f = start
        .checked_sub(1)
        .filter(|&f| f > lo && toks[f].word == "for")?;
    let head = &toks[f - 1];
    let named = !head.comma && name_like(head.word) && head.role() == Some(Role::Institution);
    named.then_some(f)
}

/// The start of a name joined by `&` or (inside a name) `and` that ends at `start`.
fn and_joined_start(toks: &[Token], start: usize, lo: usize) -> usize {
    if start < lo + 2 || !matches!(toks[start - 1].word, "and" | "&") {
        return start;
    }
    let mut first = start - 1;
    while first > lo && start - 1 - first < 4 {
        let prev = &toks[first - 1];
        if prev.comma || prev.stop || prev.closes_quote || !name_like(prev.word) {
            break;
        }
        first -= 1;
    }
    if first == start - 1 {
        return start;
    }
    if toks[start - 1].word == "&" {
        return first;
    }
    // `of The Globe and Mail` (`The` read as part of the name) or `of the Globe and Mail`.
    let mut of_at = first.checked_sub(1);
    if let Some(o) = of_at
        && toks[o].lower() == "the"
    {
        of_at = o.checked_sub(1);
    }
    let after_of = of_at.is_some_and(|o| o >= lo && toks[o].lower() == "of");
    if after_of || institution_for(toks, first, lo).is_some() {
        first
    } else {
        start
    }
}

/// The person named at the end of a clause after one to three lower-case words of
/// description starting at `at` (`guard Ben Hansbrough.`, `deputy chief Somchai Baimoung,`).
fn name_after_description(toks: &[Token], at: usize) -> Option<Phrase> {
    let described = |t: &Token| {
        !capitalised(t.word)
            && !t.comma
            && !t.stop
            // `said 15-year-old Aisha Bello`: an age describes too.
            && t.word.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !lexicon::function_word(t.word)
            && !matches!(
                t.word,
                "per" | "via" | "of" | "about" | "during" | "into" | "over"
            )
    };
    let start = at
        + toks[at..]
            .iter()
            .take(3)
            .take_while(|t| described(t))
            .count();
    let run = toks[start..]
        .iter()
        .take(4)
        .take_while(|t| name_like(t.word) && !lexicon::function_word(&t.lower()))
        .count();
    let end = start + run;
    // `said home minister Kodiyeri Balakrishnan in a statement`: the name ends its clause.
    let closed = toks[end - 1].comma
        || toks[end - 1].stop
        || toks
            .get(end)
            .is_none_or(|t| !capitalised(t.word) && lexicon::function_word(t.word));
    (start > at && run >= 2 && closed && run == toks[start..end].len()).then(|| {
        let mut words: Vec<String> = toks[start..end]
            .iter()
            .map(|t| t.word.to_string())
            .collect();
        drop_middle_initials(&mut words);
        Phrase {
            words,
            role: None,
            definite: false,
            titles: vec![toks[start - 1].lower().into_owned()],
        }
    })
}

/// `Kwame Osei of the University of Halverton`: a person before `of` is the speaker; an
/// institution before it is part of the name (`Bank of England`).
fn affiliation(
    toks: &[Token],
    start: usize,
    lo: usize,
    phrase: &Phrase,
) -> Option<(Mention, usize)> {
    let mut of_at = start.checked_sub(1)?;
    let with_the = toks[of_at].lower() == "the";
    if with_the {
        of_at = of_at.checked_sub(1)?;
    }
    if of_at <= lo || toks[of_at].lower() != "of" {
        return None;
    }
    let owner_end = of_at - 1;
    if toks[owner_end].comma || !capitalised(toks[owner_end].word) {
        return None;
    }
    // `Minister of Education Stefania Giannini`, `CEO of the Refugee Council Enver Solomon`: a
    // title, its domain, then the name.
    let domain_then_name = phrase.words.len() >= 3 || !phrase.titles.is_empty();
    let person = phrase.role.is_none() && phrase.words.len() >= 2;
    if is_title(&toks[owner_end].lower()) && domain_then_name && person {
        let name = phrase.words[phrase.words.len() - 2..].to_vec();
        let person = Phrase {
            words: name,
            role: None,
            definite: false,
            titles: vec![toks[owner_end].lower().to_string()],
        };
        return Some((Mention::Phrase(person), owner_end));
    }
    let (owner, owner_start) = phrase_ending_at(toks, owner_end, lo)?;
    let Mention::Phrase(mut owner) = owner else {
        return None;
    };
    if owner.role.is_none() && owner.words.len() >= 2 {
        return Some((Mention::Phrase(owner), owner_start));
    }
    owner.words.push("of".to_string());
    if with_the {
        owner.words.push("the".to_string());
    }
    owner.words.extend(phrase.words.iter().cloned());
    owner.role = owner.role.or(phrase.role);
    Some((Mention::Phrase(owner), owner_start))
}

/// The phrase after `said` or `according to`, starting at `k`. For `according to a study by
/// the University of Halverton` it is the author after `by`.
fn after(toks: &[Token], k: usize, according: bool) -> Option<Mention> {
    let mut i = k;
    let mut definite = false;
    while let Some(t) = toks.get(i) {
        match t.lower().as_ref() {
            "the" => definite = true,
            "a" | "an" => {}
            _ => break,
        }
        i += 1;
    }
    // `said the association's director, Henrik Solvang`, `said Fair Deal's head of campaigns,
    // Naledi Sithole`: the owner of a title is not who speaks.
    let owner_end = (i..toks.len().min(i + 4)).find(|&p| {
        let t = &toks[p];
        possessive_owner(t.word).is_some() && !t.comma && !t.stop
    });
    if let Some(p) = owner_end
        && toks.get(p + 1).is_some_and(|t| {
            let l = t.lower();
            is_title(&l) || lexicon::relation(&l)
        })
        && toks[i..p].iter().all(|t| capitalised(t.word) && !t.comma)
    {
        i = p + 1;
        // `said the victim's mother, Ann Lee`: the name after the relation.
        if lexicon::relation(&toks[i].lower()) && toks[i].comma {
            i += 1;
        }
    }
    let first = toks.get(i)?;
    let first_lower = &first.lower();
    if let Some(p) = lexicon::pronoun(first_lower) {
        return Some(Mention::Pronoun(p));
    }
    // `according to her analysis`: the owner's; `according to him`.
    if according
        && let Some(p) = lexicon::possessive_pronoun(first_lower).or(match first_lower.as_ref() {
            "him" => Some(Pronoun::Person(Gender::Male)),
            "them" => Some(Pronoun::Plural),
            _ => None,
        })
    {
        return Some(Mention::Pronoun(p));
    }
    // `said WHO Director-General Dr. Margaret Chan`: an acronym is not `who`.
    if lexicon::function_word(first_lower) && !lexicon::all_caps(first.word)
        || !(according || capitalised(first.word) || lexicon::role(first_lower).is_some())
    {
        // `said complainant Jaya Kumar in a statement`: a name after a lower-case description.
        return name_after_description(toks, i).map(Mention::Phrase);
    }
    let mut end = i;
    let mut closed = false;
    while end < toks.len() && end - i < 8 {
        let t = &toks[end];
        let l = &t.lower();
        // `according to people familiar with the negotiations`: the sources and what they know.
        if matches!(l.as_ref(), "familiar" | "close" | "briefed") && end > i {
            let clause_end = (end..toks.len())
                .find(|&e| toks[e].comma || toks[e].stop)
                .map_or(toks.len(), |e| e + 1);
            if let Some(sources) = familiar_with(toks, clause_end) {
                return Some(sources);
            }
        }
        // `confirmed by officials today`: when, not who.
        if end > i
            && matches!(
                l.as_ref(),
                "today" | "yesterday" | "tonight" | "here" | "there"
            )
        {
            break;
        }
        // `said Ursula von der Leyen`: particles inside a name.
        let in_name = end > i
            && lexicon::name_particle(t.word)
            && !toks[end - 1].comma
            && toks[end + 1..]
                .iter()
                .take(2)
                .find(|n| !lexicon::name_particle(n.word))
                .is_some_and(|n| capitalised(n.word));
        if in_name {
            end += 1;
            continue;
        }
        // `the Institute for Migration Studies`, but not `Minister for Environment …`, a title
        // of a domain before a name.
        let for_name =
            l == "for" && !is_title(&toks[i].lower()) && !is_title(&toks[end - 1].lower());
        // `the Brennick Fire and Rescue Service`: `and` inside an institution's name.
        // `the Centers for Disease Control and Prevention`: after an institution's word.
        let institution = |n: &Token| n.role() == Some(Role::Institution);
        let and_name = matches!(t.word, "and" | "&")
            && (toks[end + 1..]
                .iter()
                .take(3)
                .take_while(|n| capitalised(n.word))
                .any(institution)
                || toks[i..end].iter().any(institution));
        let linking = (l == "of" || for_name || and_name)
            && toks.get(end + 1).is_some_and(|n| capitalised(n.word));
        if linking && capitalised(first.word) && !toks[end - 1].comma {
            end += 1;
            continue;
        }
        // `According to the Saudi Interior Ministry over 345 pilgrims`: a number is never
        // part of the source's name.
        // `Abdourahim Said Bakar`: a capitalised word inside a name is not a function word.
        let function_word = lexicon::function_word(l) && !(capitalised(t.word) && l != "the");
        if end > i && (function_word || t.paren || participle(t.word) || counted(&toks[end..])) {
            break;
        }
        if end > i && capitalised(first.word) && !name_like(t.word) && !according {
            // `warned Hamas spokesman Fawzi Barhoum`: the person the description names.
            if let Some(person) = name_after_description(toks, end) {
                return Some(Mention::Phrase(person));
            }
            break;
        }
        end += 1;
        if t.comma || t.stop || t.closes_quote {
            closed = true;
            break;
        }
    }
    // `according to the team's coach, Alireza Mehraban, …`: the name in apposition.
    // Only a name closed by its own comma is in apposition: not `according to AFP, the
    // United Nations and the United States have criticised`.
    let apposition = |closed_by_stop: bool| {
        let rest = &toks[end..];
        rest.iter()
            .take(6)
            .position(|t| t.comma || t.stop)
            .is_some_and(|p| {
                (rest[p].comma || closed_by_stop)
                    && rest[..=p]
                        .iter()
                        .all(|t| capitalised(t.word) || t.word == "the")
            })
    };
    // So is one after a title, up to the sentence's end: `said the association's director,
    // Henrik Solvang.`
    let titled = !according && (is_title(&toks[end - 1].lower()) || is_title(&toks[i].lower()));
    if (according || titled)
        && closed
        && toks[end - 1].comma
        && apposition(titled)
        && let Some(Mention::Phrase(name)) = after(toks, end, false)
        && is_person(&name)
    {
        return Some(Mention::Phrase(name));
    }
    if according && !closed {
        // `a study by X`, `provisional results from X`: X is the source.
        let by = (end..toks.len().min(end + 5)).find(|&b| matches!(toks[b].word, "by" | "from"));
        let author = by.and_then(|b| {
            let definite = toks.get(b + 1).is_some_and(|t| t.lower() == "the");
            after(toks, b + 1, definite)
        });
        if let Some(author) = author {
            return Some(author);
        }
    }
    // `according to a spokesperson for St. Oriel's Hospital`: an unnamed spokesperson speaks
    // for the organisation.
    if !closed
        && end == i + 1
        && {
            let lower = toks[i].lower();
            lexicon::spokesperson(&lower) || lower == "representative"
        }
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.word, "for" | "of"))
        && let Some(Mention::Phrase(org)) = after(toks, end + 1, false)
    {
        return Some(Mention::Phrase(org));
    }
    if !closed
        && end > i
        && is_title(&toks[end - 1].lower())
        && let Some(name) = title_to_domain(toks, end)
    {
        return Some(Mention::Phrase(name));
    }
    // `according to the board's most recent market report`: the board's; but `the city's
    // transport department` and `Saudi Arabia's Civil Defense Authority` speak themselves.
    let mut owned = toks[i..end].to_vec();
    let owns_a_document = |q: usize| {
        let mut rest = toks[q + 1..].iter();
        let named = rest
            .by_ref()
            .take(6)
            .take_while(|t| !lexicon::function_word(&t.lower()));
        !named.into_iter().any(|t| {
            let lower = t.lower();
            capitalised(t.word)
                || lexicon::role(&lower).is_some_and(|r| r != Role::Person)
                    && !lexicon::document(&lower)
        })
    };
    if according
        && let Some((p, owner)) = owned
            .iter()
            .enumerate()
            .find_map(|(p, t)| Some((p, possessive_owner(t.word)?)))
        && owns_a_document(i + p)
    {
        owned.truncate(p + 1);
        owned[p].truncate(owner.len());
    }
    let words = &owned[..];
    let head = words
        .last()
        .map(|t| t.lower().to_string())
        .unwrap_or_default();
    let role = lexicon::role(&head).filter(|r| *r != Role::Person);
    Some(Mention::Phrase(make_phrase(
        words,
        role,
        definite,
        Vec::new(),
    )))
}

/// `Ambassador to the United States Hamdullah Mohib`: after a title, `to`, `for` or `of` (at `at`), a
/// domain and then the name. The name is the last two of at least three capitalised words
/// before a comma or a stop.
fn title_to_domain(toks: &[Token], at: usize) -> Option<Phrase> {
    const MAX_WORDS: usize = 8;
    if !matches!(toks.get(at)?.word, "to" | "for" | "of") {
        return None;
    }
    let mut i = at + 1;
    if toks.get(i).is_some_and(|t| t.word == "the") {
        i += 1;
    }
    // `Minister for Environment and Water Teodor Balan`: the domain may have linking words.
    let run = toks[i.min(toks.len())..]
        .iter()
        .take(MAX_WORDS)
        .position(|t| {
            let linking = matches!(t.word, "and" | "of" | "&");
            !(capitalised(t.word) || linking) || t.comma || t.stop || t.closes_quote
        })?;
    let last = &toks[i + run];
    if !capitalised(last.word) || !(last.comma || last.stop) || run < 2 {
        return None;
    }
    // `Secretary General of the Andean Community Wagner`: a surname alone after the domain.
    let given = toks[i + run - 1].word;
    let words = if domain_word(given) {
        vec![last.word.to_string()]
    } else {
        vec![given.to_string(), last.word.to_string()]
    };
    Some(Phrase {
        words,
        role: None,
        definite: false,
        titles: vec![toks[at - 1].lower().to_string()],
    })
}

/// `Minister for the Olympics Tessa Jowell rejected`, `Director of the Scottish Council of
/// Jewish Communities Ephraim Borowski testified`: a title, `of` or `for`, a domain, then the
/// name that `phrase` (starting at `start`) ends with: after the domain's last word, or else
/// its last two words when they start with a known given name.
fn name_after_titled_domain(
    toks: &[Token],
    start: usize,
    lo: usize,
    phrase: &Phrase,
) -> Option<(Mention, usize)> {
    const MAX_DOMAIN: usize = 8;
    let in_domain = |t: &Token| {
        !(t.comma || t.stop || t.closes_quote)
            && (capitalised(t.word) || matches!(t.word, "of" | "for" | "the" | "and"))
    };
    let linked = (lo..start)
        .rev()
        .take(MAX_DOMAIN)
        .take_while(|&p| in_domain(&toks[p]))
        .find(|&p| {
            matches!(toks[p].word, "of" | "for") && p > lo && is_title(&toks[p - 1].lower())
        })?;
    let words = &phrase.words;
    let after_domain = words.iter().rposition(|w| domain_word(w)).map(|d| d + 1);
    // Without a domain word to end the domain, a known given name must start the name.
    let given_name = || {
        let from = words.len().checked_sub(2)?;
        given_names::gender(&words[from]).map(|_| from)
    };
    let from = after_domain.or_else(given_name)?;
    let named = words[from..].iter().all(|w| capitalised(w));
    if words.len() < 3 || from == 0 || !(1..=3).contains(&(words.len() - from)) || !named {
        return None;
    }
    let person = Phrase {
        words: words[from..].to_vec(),
        role: None,
        definite: false,
        titles: vec![toks[linked - 1].lower().into_owned()],
    };
    Some((Mention::Phrase(person), linked - 1))
}

/// The last word of a domain's name (`Andean Community`, `Jewish Communities`, `the
/// Olympics`): never a given name.
fn domain_word(word: &str) -> bool {
    lexicon::role_folded(word) == Some(Role::Institution)
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "community" | "communities" | "nations" | "states" | "affairs" | "olympics"
        )
}

/// `figures published by`, `documents seen by`: a participle ends the phrase before it.
fn participle(word: &str) -> bool {
    !capitalised(word)
        && (word.ends_with("ed")
            || matches!(
                word,
                "seen" | "shown" | "given" | "made" | "written" | "drawn"
            ))
}

/// Institutions named in full anywhere in the sentence (`the Halverton Regional Transit
/// Authority`), so that a later `the authority said` can refer back to them.
pub fn institutions(toks: &[Token]) -> Vec<Phrase> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(toks[i].word) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // `the World Health Organisation (WHO)`: the abbreviation is not part of the name.
        while end < toks.len() && !toks[end - 1].comma && !toks[end - 1].stop && !toks[end].paren {
            let w = toks[end].word;
            // `Ministry of the Interior`, `Centers for Disease Control and Prevention`,
            // `Union of Flight Attendants and Cabin Staff`.
            let capital_at = |k: usize| toks.get(k).is_some_and(|t| capitalised(t.word));
            let linking = matches!(w, "of" | "for" | "and" | "&") && capital_at(end + 1)
                || w == "of"
                    && toks.get(end + 1).is_some_and(|t| t.word == "the")
                    && capital_at(end + 2);
            if !(capitalised(w) || linking || w == "the" && toks[end - 1].word == "of") {
                break;
            }
            end += 1;
        }
        // A name does not end on a linking word.
        while end > i + 1 && !capitalised(toks[end - 1].word) {
            end -= 1;
        }
        let mut run = &toks[i..end];
        if run.len() < 2 {
            i = end;
            continue;
        }
        // `the Sweden's Public Health Agency`: not the article, nor whose it is.
        while let [first, rest @ ..] = run
            && (lexicon::function_word(&first.lower())
                || possessive_owner(first.word).is_some() && rest.len() >= 2)
        {
            run = rest;
        }
        let institution = run.iter().any(|t| t.role() == Some(Role::Institution));
        if run.len() >= 2 && institution {
            found.push(Phrase {
                words: run.iter().map(|t| t.word.to_string()).collect(),
                role: Some(Role::Institution),
                definite: false,
                titles: Vec::new(),
            });
        }
        i = end;
    }
    found
}

/// Drops titles in front of a name (`Moscow Mayor Sergei Sobyanin` → `Sergei Sobyanin`),
/// keeping them as `titles`.
fn make_phrase(
    words: &[Token],
    role: Option<Role>,
    definite: bool,
    mut titles: Vec<String>,
) -> Phrase {
    let mut keep = words;
    let mut role = role;
    // `Peru's National Civil Defence Institute`: the institution's name, not whose it is.
    if let [owner, rest @ ..] = keep
        && rest.len() >= 2
        && possessive_owner(owner.word).is_some()
        && rest.iter().all(|t| capitalised(t.word))
        && rest.iter().any(|t| t.role() == Some(Role::Institution))
    {
        keep = rest;
    }
    // `Johns Hopkins University data indicated`, `A United Nations report states`: data and
    // reports speak for whoever gathered or wrote them (but `the Nutrition Study` is a name).
    if let [.., owner, data] = keep
        && capitalised(owner.word)
        && !lexicon::group_modifier(&owner.lower())
        && matches!(
            data.word,
            "data"
                | "figures"
                | "statistics"
                | "records"
                | "report"
                | "study"
                | "survey"
                | "poll"
                | "statement"
        )
    {
        // Kept as a title, so that `the report` later finds its author.
        titles.push(data.word.to_string());
        keep = &keep[..keep.len() - 1];
        role = Some(Role::Institution);
    }
    // `Other Iraqi officials`: the group, not that it is another one.
    if role == Some(Role::Group)
        && let [first, _, ..] = keep
        && first.lower() == "other"
    {
        keep = &keep[1..];
    }
    // `the same study`, `the full report`: the document, not how it is qualified.
    if role.is_some()
        && let [first, _, ..] = keep
        && matches!(first.word, "same" | "full" | "new" | "latest")
    {
        keep = &keep[1..];
    }
    let title_at = words.iter().rposition(|t| is_title(&t.lower()));
    // `Pope Francis`, `King Charles`: a monarch's or a pope's one name keeps its title.
    let regnal = title_at.is_some_and(|t| {
        t + 2 == words.len() && matches!(words[t].lower().as_ref(), "pope" | "king" | "queen")
    });
    // Not `Directorate General of Traffic`: a function word is not in a title's name.
    if role.is_none()
        && !regnal
        && let Some(t) = title_at
        && t + 1 < words.len()
        && !words[t + 1..]
            .iter()
            .any(|w| matches!(w.word, "of" | "for" | "and" | "the"))
    {
        titles.extend(
            words[..=t]
                .iter()
                .filter(|t| is_title(&t.lower()))
                .map(|t| t.lower().to_string()),
        );
        keep = &words[t + 1..];
    }
    // `the national Maritime Safety Board`, `the city's transport department`: lower-case
    // words before a name, or a place owning an institution, are not part of its name (but
    // `the report's authors` are the report's).
    // (`senior Israeli official` keeps its description.)
    let person_head = keep.last().is_some_and(|t| t.role() == Some(Role::Person));
    if role.is_some() && !person_head {
        let lower_before_name = keep.iter().position(|t| capitalised(t.word));
        if let Some(n) = lower_before_name.filter(|&n| n > 0) {
            keep = &keep[n..];
        } else if let [first, _, ..] = keep
            && let Some(owner) = possessive_owner(first.word)
            && matches!(
                owner,
                "city"
                    | "country"
                    | "nation"
                    | "state"
                    | "region"
                    | "county"
                    | "town"
                    | "province"
                    | "district"
            )
        {
            keep = &keep[1..];
        }
    }
    // `Cuban vice-premier Carlos Lage`: a lower-case description before a name of two or more
    // words is a title (but `Ursula von der Leyen` keeps her particles).
    let description = |t: &Token| {
        !capitalised(t.word)
            && t.word.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::function_word(t.word)
            && t.word != "of"
    };
    if role.is_none()
        && let Some(t) = keep.iter().rposition(|t| !capitalised(t.word))
        && description(&keep[t])
        && keep.len() - t > 2
    {
        titles.push(keep[t].lower().into_owned());
        keep = &keep[t + 1..];
    }
    // `Minister for the Olympics Tessa Jowell`: after `the`, the domain ends where a known
    // given name starts a name of two words or more.
    if role.is_none()
        && definite
        && let Some(g) =
            (1..keep.len().saturating_sub(1)).find(|&g| given_names::gender(keep[g].word).is_some())
    {
        titles.extend(keep[..g].iter().map(|t| t.lower().into_owned()));
        keep = &keep[g..];
    }
    let mut words: Vec<String> = keep.iter().map(|t| t.word.to_string()).collect();
    if role.is_none() {
        drop_middle_initials(&mut words);
        titles.extend(drop_occupation(&mut words));
    }
    Phrase {
        words,
        role,
        definite,
        titles,
    }
}

/// `Grower Elena Morelli` → `Elena Morelli`: an occupation before a common given name and a
/// surname is a title; returned in lower case.
pub fn drop_occupation(words: &mut Vec<String>) -> Option<String> {
    let [first, given, _] = words.as_slice() else {
        return None;
    };
    // An occupation reads like one (`Grower`, `Drummer`, `Passenger`, `Activist`), which
    // the first of three given names (`Meerjady Sabrina Flora`, `Aden Mohamed Nur`) does not.
    let lower = first.to_lowercase();
    // `Major-General Kevin Bergner`: a rank of several parts.
    let reads_like_occupation = lower.split('-').any(|part| {
        lexicon::role(part).is_some()
            || [
                "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess",
            ]
            .iter()
            .any(|end| part.ends_with(end))
    });
    let occupation = given_names::gender(given).is_some()
        && given_names::gender(first).is_none()
        && reads_like_occupation
        && !lexicon::all_caps(first);
    occupation.then(|| words.remove(0).to_lowercase())
}

/// `Donald J. Trump` → `Donald Trump`: a name is written as given name and surname, so an
/// initial between them goes (`K.C. Maurer`, initials first, keeps them).
pub fn drop_middle_initials(words: &mut Vec<String>) {
    if words.len() < 3 || is_initials(words[0].trim_end_matches('.')) {
        return;
    }
    // `George W. Bush`: a few people are known by a name with its initial.
    let joined = words.join(" ");
    if matches!(
        joined.as_str(),
        "George W. Bush"
            | "George H. W. Bush"
            | "George H.W. Bush"
            | "John F. Kennedy"
            | "Franklin D. Roosevelt"
            | "Michael J. Fox"
            | "Samuel L. Jackson"
    ) {
        return;
    }
    let last = words.len() - 1;
    let mut i = 0;
    words.retain(|w| {
        let middle = i > 0 && i < last;
        i += 1;
        !(middle && w.ends_with('.') && is_initials(w.trim_end_matches('.')))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(sentence: &str) -> Vec<Token<'_>> {
        // Kept for the tokens' lifetime: a few bytes per test.
        let lower = Box::leak(sentence.to_ascii_lowercase().into_boxed_str());
        let mut toks = Vec::new();
        tokenize_into(sentence, lower, &mut toks);
        toks
    }

    fn name(sentence: &str) -> Option<String> {
        match find(&tokenize(sentence), false)? {
            Mention::Phrase(p) => Some(p.words.join(" ")),
            Mention::Pronoun(p) => Some(format!("{p:?}")),
        }
    }

    #[test]
    fn subject_before_the_verb() {
        assert_eq!(
            name("The Russian defense ministry said in a statement that eight drones flew.")
                .as_deref(),
            Some("Russian defense ministry")
        );
        assert_eq!(
            name("Moscow Mayor Sergei Sobyanin said that drone attacks had caused damage.")
                .as_deref(),
            Some("Sergei Sobyanin")
        );
        assert_eq!(
            name("Three were lost, the ministry said.").as_deref(),
            Some("ministry")
        );
    }

    #[test]
    fn institution_names_joined_by_for_and_ampersand() {
        let cases = [
            (
                "The Centers for Disease Control and Prevention said 300 people were sick.",
                "Centers for Disease Control and Prevention",
            ),
            (
                "The U.S. Centers for Disease Control said the risk was low.",
                "U.S. Centers for Disease Control",
            ),
            (
                "The Centers for Medicare & Medicaid Services estimated it paid $140 billion.",
                "Centers for Medicare & Medicaid Services",
            ),
            (
                "Johnson & Johnson said it would appeal.",
                "Johnson & Johnson",
            ),
            (
                "The Australian Centre for Control of Iodine Deficiency Disorders says it is crucial.",
                "Australian Centre for Control of Iodine Deficiency Disorders",
            ),
            (
                "Professor Cres Eastman, Director of the National Iodine Nutrition study, and \
                 Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, \
                 says it is crucial.",
                "Cres Eastman",
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(name(sentence).as_deref(), Some(want), "{sentence}");
        }
    }

    #[test]
    fn names_with_parentheses_descriptions_and_said_in_them() {
        let cases = [
            (
                "\"It is fine,\" said Representative Jim Ramstad (R Minnesota), who voted no.",
                Some("Jim Ramstad"),
            ),
            (
                "Representative Marcy Kaptur (D Ohio) said she would vote no.",
                Some("Marcy Kaptur"),
            ),
            (
                "\"It started,\" said Abdourahim Said Bakar, a government spokesman.",
                Some("Abdourahim Said Bakar"),
            ),
            (
                "Castro is well, according to Cuban vice-premier Carlos Lage.",
                Some("Carlos Lage"),
            ),
            (
                "South African president Thabo Mbeki denounced the operation.",
                Some("Thabo Mbeki"),
            ),
            (
                "Ben Rozitis clarified: \"Small asteroids are solid.\"",
                Some("Ben Rozitis"),
            ),
            (
                "\"We will go on,\" warned Hamas spokesman Fawzi Barhoum.",
                Some("Fawzi Barhoum"),
            ),
            (
                "\"It was loud,\" said Mississippi State guard Ben Hansbrough.",
                Some("Ben Hansbrough"),
            ),
            (
                "\"It was loud,\" said Ben Hansbrough per ABC News.",
                Some("Ben Hansbrough"),
            ),
            (
                "Deputy chief Somchai Baimoung however stated that no warning was issued.",
                Some("Somchai Baimoung"),
            ),
            (
                "Cases passed one million, Johns Hopkins University data indicated.",
                Some("Johns Hopkins University"),
            ),
            (
                "McFadden described the race, saying, \"It went flat.\"",
                Some("McFadden"),
            ),
            (
                "She described the race, adding that it was hard.",
                Some("Person(Female)"),
            ),
            (
                "He continued, \"and we have never seen this.\"",
                Some("Person(Male)"),
            ),
            (
                "Politico quoted Tim Manning, a former official, as saying \"FEMA matters.\"",
                Some("Tim Manning"),
            ),
            (
                "She called on Sarkozy to keep working.",
                Some("Person(Female)"),
            ),
            (
                "Hugo Chavez sent his wishes during his broadcast saying \"Get well.\"",
                Some("Hugo Chavez"),
            ),
            (
                "\"We hope so,\" the government spokesman said.",
                Some("spokesman"),
            ),
            (
                "A hospital official told reporters that one man died.",
                Some("hospital official"),
            ),
            (
                "A commission spokesperson said it had opened a review.",
                Some("commission"),
            ),
            (
                "The director, Dr Meerjady Sabrina Flora, said five died.",
                Some("Meerjady Sabrina Flora"),
            ),
            (
                "Grower Elena Morelli said the harvest failed.",
                Some("Elena Morelli"),
            ),
            // A weak verb after a plain comma takes an object, not its speaker; a name in an
            // `including` list is not the subject.
            (
                "Forty leaders, including Kofi Annan, criticized the government of Zimbabwe.",
                Some("Forty leaders"),
            ),
            // The source an outlet cites speaks; `in which they said` is the outlet's.
            (
                "According to Agence France-Presse, local elders said the gunmen fired shots.",
                Some("local elders"),
            ),
            (
                "Stores were reluctant, according to a report from ABC in which they said so.",
                Some("ABC"),
            ),
            (
                "Charles Michel, Belgium's Prime Minister, described the attacks as \"blind\".",
                Some("Charles Michel"),
            ),
            (
                "\"No,\" said Kerala home minister Kodiyeri Balakrishnan in a statement.",
                Some("Kodiyeri Balakrishnan"),
            ),
            (
                "New figures show 790 people have been kidnapped.",
                Some("new figures"),
            ),
            (
                "A United Nations report released Thursday states that the attacks broke the law.",
                Some("United Nations"),
            ),
            (
                "The fire spread to two flats, according to the Brennick Fire and Rescue Service.",
                Some("Brennick Fire and Rescue Service"),
            ),
            (
                "US spokesperson Major-General Kevin Bergner said the forces were Iraqi.",
                Some("Kevin Bergner"),
            ),
            (
                "Anthony Cordesman, a security analyst at the Center for Strategic and \
                 International Studies told Bloomberg the fight was about power.",
                Some("Anthony Cordesman"),
            ),
            (
                "\"Young people smoke,\" said WHO Director-General Dr. Margaret Chan.",
                Some("Margaret Chan"),
            ),
            (
                "Malaysian prime minister Najib Razak, said, \"We insist on justice.\"",
                Some("Najib Razak"),
            ),
            (
                "Jarret Brachman, consultant to the US government on terrorism said he is revered.",
                Some("Jarret Brachman"),
            ),
            (
                "Evan Kohlmann, who tracks jihadi Web sites for NBC News said he ran a forum.",
                Some("Evan Kohlmann"),
            ),
            ("The crash was at Mill Lane, police said.", Some("police")),
            (
                "Dale Oderman, associate professor of aviation at Purdue University said so.",
                Some("Dale Oderman"),
            ),
            (
                "The Brazilian air force says that both planes had alarms.",
                Some("Brazilian air force"),
            ),
            (
                "An Air Force statement said that no one survived.",
                Some("Air Force"),
            ),
            (
                "Brown was asked whether he agreed, and responded that he did.",
                Some("Brown"),
            ),
            (
                "The UK Minister for the Olympics Rachel Jowell rejected such calls.",
                Some("Rachel Jowell"),
            ),
            (
                "Biti's lawyer says the charges carry a death penalty.",
                Some("Biti's lawyer"),
            ),
            (
                "There were no deaths, but the mayor's spokeswoman says victims may be trapped.",
                Some("mayor's spokeswoman"),
            ),
            (
                "\"Twenty of us complained,\" said complainant Jaya Kumar in a statement.",
                Some("Jaya Kumar"),
            ),
            (
                "China immediately expressed regret over his decision.",
                Some("China"),
            ),
            (
                "Ellen Laipson, the other ex-CIA official also stated, \"Fear is standard.\"",
                Some("Ellen Laipson"),
            ),
            (
                "Local anglers said the incident was the worst they had seen.",
                Some("local anglers"),
            ),
            (
                "Bones found in a quarry belong to a new species, palaeontologists reported.",
                Some("palaeontologists"),
            ),
            // A plural noun before another verb is mostly not a source.
            ("Several friends posted condolences to his page.", None),
            // A subject that introduces a quotation after a colon.
            (
                "Homicide investigator Edson Moreira was in no doubt: \"He is a monster.\"",
                Some("Edson Moreira"),
            ),
            (
                "District commissioner Ibrahim Noleye spoke with AFP about it: \"Two were taken.\"",
                Some("Ibrahim Noleye"),
            ),
            ("Police allege that she was abducted.", Some("police")),
            (
                "Confirming it, a Libyan official told Reuters: \"This is right.\"",
                Some("Libyan official"),
            ),
            // A clause of time or reason has its own speaker, not the sentence's.
            (
                "The move came days after the WHO declared a pandemic.",
                None,
            ),
            ("Shares fell after the company confirmed a loss.", None),
            (
                "It comes weeks after Russia said drones hit the Kremlin.",
                Some("Russia"),
            ),
            (
                "\"I went there every day,\" she said.",
                Some("Person(Female)"),
            ),
            // Not speech: a nickname in apposition, and things added to a bill.
            ("Lai Changxing, dubbed the Bandit King, was jailed.", None),
            ("Earmarks added into the bill included $192 million.", None),
        ];
        for (sentence, want) in cases {
            assert_eq!(name(sentence).as_deref(), want, "{sentence}");
        }
    }

    #[test]
    fn groups_at_the_start_of_a_sentence() {
        let cases = [
            (
                "Recent reports have revealed that a man was arrested.",
                "recent reports",
            ),
            ("News reports said the plant had closed.", "news reports"),
            ("Recent studies suggest the drug works.", "recent studies"),
            ("State media reported that five people died.", "state media"),
            (
                "Local officials said the road was closed.",
                "local officials",
            ),
            ("City police said two men were hurt.", "city police"),
            // A proper name keeps its capital.
            (
                "Greenpeace activists said the ship was leaking.",
                "Greenpeace activists",
            ),
            (
                "Chinese officials said the talks went well.",
                "Chinese officials",
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(name(sentence).as_deref(), Some(want), "{sentence}");
        }
    }

    #[test]
    fn appositives() {
        assert_eq!(
            name("Andrei Vorobyov, governor of the Moscow region, said that drones fell.")
                .as_deref(),
            Some("Andrei Vorobyov")
        );
        assert_eq!(
            name("The study's lead author, Professor Hanne Lidell, said seas rise.").as_deref(),
            Some("Hanne Lidell")
        );
    }

    #[test]
    fn inverted_and_according_to() {
        assert_eq!(
            name("“We had twenty minutes,” said Teodora Vance, 58, who runs a bakery.").as_deref(),
            Some("Teodora Vance")
        );
        assert_eq!(
            name("Prices rose 4%, according to the statistics office.").as_deref(),
            Some("statistics office")
        );
    }

    #[test]
    fn pronouns_and_strength() {
        assert_eq!(
            name("All drones were destroyed, it added.").as_deref(),
            Some("Thing")
        );
        assert_eq!(
            name("“Stay calm,” he added.").as_deref(),
            Some("Person(Male)")
        );
        assert_eq!(
            name("Insurers estimated the damage, the Marren Insurance Association said.")
                .as_deref(),
            Some("Marren Insurance Association")
        );
    }

    #[test]
    fn affiliations_and_authors() {
        assert_eq!(
            name("Economist Kwame Osei of the University of Halverton said costs rose.").as_deref(),
            Some("Kwame Osei")
        );
        assert_eq!(
            name("The Bank of England said rates would stay.").as_deref(),
            Some("Bank of England")
        );
        assert_eq!(
            name("Seas rose, according to a 2024 study by the University of Halverton.").as_deref(),
            Some("University of Halverton")
        );
        assert_eq!(
            name("The inspectorate said beds were short.").as_deref(),
            Some("inspectorate")
        );
    }

    #[test]
    fn a_title_of_a_domain_before_the_name() {
        assert_eq!(
            name("Minister of Education Stefania Giannini said a reflection was needed.")
                .as_deref(),
            Some("Stefania Giannini")
        );
        assert_eq!(
            name("Secretary of State John Kerry said talks would go on.").as_deref(),
            Some("John Kerry")
        );
        assert_eq!(
            name("According to Afghan Ambassador to the United States Hamdullah Mohib, it works.")
                .as_deref(),
            Some("Hamdullah Mohib")
        );
        assert_eq!(
            name("According to the ambassador to France, it works.").as_deref(),
            Some("ambassador")
        );
        assert_eq!(
            name("CEO of the Refugee Council Enver Solomon told Sky News it must be fair.")
                .as_deref(),
            Some("Enver Solomon")
        );
        assert_eq!(
            name("K.C. Maurer, chief financial officer, said 500 institutions replied.").as_deref(),
            Some("K.C. Maurer")
        );
        assert_eq!(
            name("\"I'm told two things,\" he said.").as_deref(),
            Some("Person(Male)")
        );
        assert_eq!(
            name("The Bank of England said rates would stay.").as_deref(),
            Some("Bank of England")
        );
    }

    #[test]
    fn an_agency_title_before_the_name() {
        assert_eq!(
            name("NASA Administrator Charles Bolden announced the locations.").as_deref(),
            Some("Charles Bolden")
        );
    }

    #[test]
    fn a_number_ends_the_source_of_according_to() {
        assert_eq!(
            name("According to the Saudi Interior Ministry over 345 pilgrims have died.")
                .as_deref(),
            Some("Saudi Interior Ministry")
        );
        assert_eq!(
            name("According to the Interior Ministry 40 people died.").as_deref(),
            Some("Interior Ministry")
        );
    }

    #[test]
    fn studies_and_researchers_report_what_they_found() {
        assert_eq!(
            name("The researchers found that ozone caused damage.").as_deref(),
            Some("researchers")
        );
        assert_eq!(
            name("An evaluation by the regional health office found no change.").as_deref(),
            Some("regional health office")
        );
        assert_eq!(
            name("Rates fell, the audit found, down from last year.").as_deref(),
            Some("audit")
        );
        // Discovery, not a finding reported.
        assert_eq!(name("Police found a body near the river."), None);
        assert_eq!(name("The study was found to be flawed."), None);
        assert_eq!(name("Hikers found the report in a bin."), None);
    }

    #[test]
    fn a_pronoun_before_a_verb_and_by_is_its_subject() {
        assert_eq!(
            name("They estimated by 2050, food needs would rise.").as_deref(),
            Some("Plural")
        );
        assert_eq!(
            name("The cut was confirmed by the ministry.").as_deref(),
            Some("ministry")
        );
    }

    #[test]
    fn a_statement_speaks_for_its_owner() {
        assert_eq!(
            name("Cornyn's statement added, \"There is no question.\"").as_deref(),
            Some("Cornyn")
        );
        assert_eq!(
            name("Senator John Cornyn’s statement said the choice was unfair.").as_deref(),
            Some("John Cornyn")
        );
    }

    #[test]
    fn institutions_named_in_full() {
        let found = institutions(&tokenize(
            "The board of the Halverton Regional Transit Authority voted.",
        ));
        let names: Vec<String> = found.iter().map(|p| p.words.join(" ")).collect();
        assert_eq!(names, ["Halverton Regional Transit Authority"]);
        assert!(institutions(&tokenize("The Board voted.")).is_empty());
    }

    #[test]
    fn the_byte_scan_admits_every_sentence_that_can_report() {
        for sentence in [
            "All drones were destroyed, it added.",
            "Half are deficient, researchers say.",
            "Prices rose, according to data.",
            "“Yes,” said Vance.",
            "The Coastal Authority met.",
            "he said\u{a0}that",
            "”said X",
        ] {
            assert!(may_report(sentence), "{sentence}");
        }
        for sentence in ["Kyiv was quiet about the incident.", "unsaid", ""] {
            assert!(!may_report(sentence), "{sentence}");
        }
    }

    #[test]
    fn words_split_at_whitespace_as_the_standard_library_does() {
        for text in [
            "",
            "  ",
            "one",
            " Mayor\u{a0}Ana Ruiz\tsaid,\r\n“We stay.”\u{2003}x\u{b}y\u{85}z ",
            "é ü\u{3000}日本 語",
            "“Spokesperson”\u{2003}Ministry-of-Infrastructure\n\nTwelve-letter",
        ] {
            let ours: Vec<&str> = whitespace_split(text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
        }
        // What ends a run of printable ASCII (whitespace or not) at every offset of the eight
        // bytes read at once, and past them.
        for stop in [
            " ", "\t", "\n", "\u{1}", "\u{7f}", "é", "\u{a0}", "\u{2003}",
        ] {
            for at in 0..20 {
                let text = format!("{}{stop}{}", "x".repeat(at), "y".repeat(20 - at));
                let ours: Vec<&str> = whitespace_split(&text).collect();
                let std: Vec<&str> = text.split_whitespace().collect();
                assert_eq!(ours, std, "{text:?}");
            }
        }
    }

    #[test]
    fn punctuation_trimmed_as_the_standard_library_trims_it() {
        for text in [
            "",
            "“Hello,”",
            "(WHO)",
            "said.",
            "—",
            "’s",
            "é.",
            "x”.",
            "...",
            "«Oui»",
            "\u{1}a",
            "a\u{301}",
            "1.”",
            ".”Ünal",
            "Ünal”.",
        ] {
            assert_eq!(trim_start_not_word(text), text.trim_start_matches(not_word));
            assert_eq!(trim_end_not_word(text), text.trim_end_matches(not_word));
            let alphanumeric = |c: char| c.is_alphanumeric();
            assert_eq!(trim_not_word(text), text.trim_matches(|c| !alphanumeric(c)));
        }
    }

    #[test]
    fn no_speaker() {
        assert_eq!(name("Kyiv has not commented on the incident."), None);
        assert_eq!(name("This is a breaking news story."), None);
        assert_eq!(name(""), None);
    }

    #[test]
    fn words_fold_to_lower_case_as_the_standard_library_folds_them() {
        let sentence =
            "“MINISTRY” said (Said), Ökonomin ÉCOLE Zoë’s Mr. K.C. Maurer, Workers’ ΟΔΟΣ. ministry";
        for tok in tokenize(sentence) {
            assert_eq!(tok.lower(), tok.word.to_lowercase(), "{}", tok.word);
        }
        for tok in tokenize("The MINISTRY, Mayor’s Agency (Représentative) Spokespersonship") {
            assert_eq!(tok.role(), lexicon::role_folded(tok.word), "{}", tok.word);
        }
        assert!(matches!(tokenize("ministry")[0].lower(), Cow::Borrowed(_)));
        assert!(matches!(lowercase("ökonomin"), Cow::Borrowed(_)));
        assert_eq!(lowercase("Ökonomin"), "ökonomin");
    }

    #[test]
    fn plain_words_keep_the_parenthesis_they_are_in() {
        let toks = tokenize("Amy Klobuchar (D Minnesota) said so, she added.");
        let paren: Vec<bool> = toks.iter().map(|t| t.paren).collect();
        assert_eq!(
            paren,
            [false, false, true, true, false, false, false, false]
        );
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            [
                "Amy",
                "Klobuchar",
                "D",
                "Minnesota",
                "said",
                "so",
                "she",
                "added"
            ]
        );
        assert!(toks[5].comma && toks[7].stop && !toks[4].comma && !toks[4].stop);
    }

    #[test]
    fn quotation_marks_found_anywhere_in_a_sentence() {
        assert_eq!(quote_byte_from(b"He said", 0), None);
        assert_eq!(quote_byte_from(b"0123456789abcdef\"x", 0), Some(16));
        assert_eq!(quote_byte_from(b"\"0123456789\"", 1), Some(11));
        assert_eq!(quote_byte_from("one two three “".as_bytes(), 0), Some(14));
        assert!(may_introduce_quotation(
            "And then the minister continued, “We will"
        ));
        assert!(may_introduce_quotation(
            "The statement was short:  \"We are"
        ));
        assert!(!may_introduce_quotation(
            "The word “they” and \"we\" are quoted."
        ));
        // `”` and `–` share the first byte of `“` but open nothing.
        assert!(!may_introduce_quotation(
            "It ended, – as they said,” quickly."
        ));
    }
}
