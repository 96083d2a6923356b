//! Speakers seen so far in an article, so that follow-ups (`he added`, `the ministry said`,
//! `Sobyanin said`) resolve to the full name seen first, even when that name was written
//! without speaking (`defectors including Mark Rathbun. … Rathbun wrote`).

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use super::given_names;
use super::lexicon::{self, Gender, Pronoun, Role, all_caps, capitalised};
use super::mention::{
    Mention, Phrase, drop_middle_initials, drop_occupation, is_initials, trim_not_word,
    whitespace_split,
};
use crate::extract::score::features::{FNV_OFFSET, fnv_extend};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Person,
    Institution,
    Group,
}

#[derive(Debug)]
struct Entity {
    name: String,
    class: Class,
    /// Lower-case words that may refer back to it: its words, titles and roles.
    keys: Keys,
    /// Has been a speaker; only speakers are antecedents of pronouns.
    spoke: bool,
    /// A person's, once a title (`Ms`) or a pronoun that referred to them showed it: `he`
    /// then skips a woman who spoke last.
    gender: Option<Gender>,
}

/// An entity's keys, with a mask of one bit per key (from its length and its first and last
/// bytes): most entities lack a word looked for, and the masks show it without comparing
/// strings.
#[derive(Debug)]
struct Keys {
    words: Vec<String>,
    mask: u64,
}

impl Keys {
    fn new(words: Vec<String>) -> Self {
        let mask = words.iter().fold(0, |mask, w| mask | key_bit(w));
        Keys { words, mask }
    }

    fn contains(&self, key: &str) -> bool {
        self.mask & key_bit(key) != 0 && self.words.iter().any(|w| w == key)
    }

    /// Whether every one of `keys` is among these.
    fn contains_all(&self, keys: &Keys) -> bool {
        self.mask & keys.mask == keys.mask && keys.words.iter().all(|k| self.words.contains(k))
    }

    fn push(&mut self, key: String) {
        self.mask |= key_bit(&key);
        self.words.push(key);
    }

    fn iter(&self) -> std::slice::Iter<'_, String> {
        self.words.iter()
    }
}

/// The bit of `key` in [`Keys::mask`].
fn key_bit(key: &str) -> u64 {
    let b = key.as_bytes();
    let first = usize::from(b.first().copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    1 << ((b.len() * 31 + first * 7 + last) % 64)
}

/// How many entities are remembered; older ones are forgotten, which keeps resolution cheap on
/// long inputs (an article rarely has this many speakers).
const CAPACITY: usize = 64;

/// How far back, in bytes, a short name is looked for in full, and how many times per article:
/// together they bound the work on inputs full of unknown names.
const LOOKBACK_BYTES: usize = 8 * 1024;
const LOOKBACKS: usize = 64;

/// Speakers in order of last mention (most recent last).
#[derive(Debug, Default)]
pub struct History {
    /// A queue, as the oldest is forgotten when a new one comes.
    entities: VecDeque<Entity>,
    lookbacks: usize,
}

impl History {
    /// The full name `mention` refers to, recording it as the latest speaker. `earlier` is the
    /// text before the sentence, where a short name may have been written in full. `pronoun`
    /// is the gender of the `he` or `she` written for the speaker, if one was.
    pub fn resolve(
        &mut self,
        mention: Mention,
        earlier: &str,
        pronoun: Option<Gender>,
    ) -> Option<String> {
        let index = match mention {
            Mention::Pronoun(p) => match self.latest(|e| {
                e.spoke
                    && match p {
                        Pronoun::Person(g) => {
                            e.class == Class::Person && e.gender.is_none_or(|e| e == g)
                        }
                        // `Meridian Foods announced … It said`: a name with no given name
                        // nor title may be a body's.
                        Pronoun::Thing => {
                            e.class == Class::Institution
                                || e.class == Class::Person
                                    && e.gender.is_none()
                                    && e.keys
                                        .iter()
                                        .all(|k| lexicon::role(k) != Some(Role::Person))
                                    && e.name
                                        .split(' ')
                                        .next()
                                        .is_some_and(|w| given_names::gender(w).is_none())
                        }
                        Pronoun::Plural => e.class != Class::Person,
                    }
            }) {
                Some(i) => i,
                // `she said` before anyone spoke: the person the story is about.
                None if let Pronoun::Person(gender) = p
                    && self.look_back() =>
                {
                    let words = person_in_focus(earlier, gender)?;
                    self.find_or_add(
                        Phrase {
                            words,
                            role: None,
                            definite: false,
                            titles: Vec::new(),
                        },
                        "",
                    )?
                }
                None => return None,
            },
            Mention::Phrase(phrase) => self.find_or_add(phrase, earlier)?,
        };
        let mut entity = self.entities.remove(index)?;
        entity.spoke = true;
        entity.gender = pronoun.or(entity.gender);
        let name = entity.name.clone();
        self.push(entity);
        Some(name)
    }

    /// Whether `surname` (as written) is a word of a person already met.
    pub fn knows_person(&self, surname: &str) -> bool {
        let key = surname.to_lowercase();
        self.entities
            .iter()
            .any(|e| e.class == Class::Person && e.keys.contains(&key))
    }

    /// The full name of the person `surname` names: one met already, or one written in full
    /// in `earlier` (`Aurelio Veltmann` for `Veltmann`).
    pub fn person_named(&mut self, surname: &str, earlier: &str) -> Option<Vec<String>> {
        let met = self.latest(|e| {
            e.class == Class::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(surname)
        });
        match met {
            Some(i) => Some(
                self.entities[i]
                    .name
                    .split(' ')
                    .map(str::to_string)
                    .collect(),
            ),
            None if self.look_back() => full_name_before(earlier, surname),
            None => None,
        }
    }

    /// Records an institution named in passing, so a later `the authority said` finds it.
    pub fn note(&mut self, phrase: Phrase) {
        let name = phrase.words.join(" ");
        let keys = Keys::new(phrase.words.into_iter().map(into_key).collect());
        // `the Coastal Authority` after `the Marren County Coastal Authority` is the same one.
        if self.entities.iter().any(|e| e.keys.contains_all(&keys)) {
            return;
        }
        self.push(Entity {
            name,
            class: Class::Institution,
            keys,
            spoke: false,
            gender: None,
        });
    }

    /// Spends one of the article's look-backs into earlier text, if any are left: together
    /// with [`LOOKBACK_BYTES`] they bound the work on inputs full of unknown names.
    fn look_back(&mut self) -> bool {
        let left = self.lookbacks < LOOKBACKS;
        self.lookbacks += usize::from(left);
        left
    }

    /// The body `words` name, for a `phrase` that described it (`the charity`): found, or
    /// added.
    fn named_body(&mut self, mut phrase: Phrase, words: Vec<String>) -> Option<usize> {
        phrase.words = words;
        phrase.definite = false;
        phrase.role = Some(Role::Institution);
        self.find_or_add(phrase, "")
    }

    fn push(&mut self, entity: Entity) {
        if self.entities.len() >= CAPACITY {
            self.entities.pop_front();
        }
        self.entities.push_back(entity);
    }

    fn latest(&self, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities.iter().rposition(pred)
    }

    fn find_or_add(&mut self, mut phrase: Phrase, earlier: &str) -> Option<usize> {
        let name = phrase.words.join(" ");
        if name.is_empty() {
            return None;
        }
        let same_name = self.latest(|e| e.name == name);
        // A short name or `the ministry` refers back to an earlier, fuller name: the latest
        // one, even when the short form was itself met before (`Ministry announces …`).
        let refers_back = phrase.words.len() == 1 || phrase.definite;
        if let Some(i) = same_name
            && !(refers_back && phrase.role.is_some())
        {
            // `A World Bank report found` after the bank was named: `the report` is its.
            let keys = &mut self.entities[i].keys;
            for title in phrase.titles {
                if !keys.contains(&title) {
                    keys.push(title);
                }
            }
            return Some(i);
        }
        if let [word] = phrase.words.as_slice()
            && is_acronym(word)
            && let Some(i) = self.latest(|e| is_acronym_of(word, &e.name))
        {
            return Some(i);
        }
        let head_word = phrase.words.last()?.clone();
        let words = Keys::new(phrase.words.iter().map(|w| key(w)).collect());
        // A bare name (`Jafari said`) is a person or an earlier speaker, not a word inside an
        // institution named in passing (`… at University of Texas Arlington Amneh Jafari`).
        let bare_name = phrase.role.is_none();
        let named_by = |e: &Entity| {
            e.keys.contains_all(&words) && !(bare_name && e.class == Class::Institution && !e.spoke)
        };
        if refers_back && let Some(i) = self.latest(named_by) {
            return Some(i);
        }
        if let Some(i) = same_name {
            return Some(i);
        }
        // `the captain told` after `captain Marek Duval` was written in passing.
        if phrase.definite
            && let [title] = words.words.as_slice()
            && lexicon::role(title) == Some(Role::Person)
            && self.look_back()
        {
            // `Abdourahim Said Bakar, a government spokesman` then `the spokesman said`.
            if let Some(surname) = described_name_before(earlier, title)
                && let Some(i) = self.latest(|e| {
                    e.class == Class::Person && e.name.rsplit(' ').next() == Some(&surname)
                })
            {
                return Some(i);
            }
            if let Some(full) = titled_name_before(earlier, title) {
                phrase.words = full;
                phrase.role = None;
                phrase.definite = false;
                phrase.titles.push(title.clone());
                return self.find_or_add(phrase, "");
            }
        }
        // `Ms Bauchtman said` after `Lydia Buchtmann says`, with no Bauchtman written in full:
        // a misspelt surname of someone who spoke.
        if bare_name
            && let [word] = phrase.words.as_slice()
            && let Some(i) = self.latest(|e| {
                e.class == Class::Person
                    && e.spoke
                    && e.name.rsplit(' ').next().is_some_and(|s| misspelt(word, s))
            })
        {
            return Some(i);
        }
        // `the report` after `the Australian National Iodine Nutrition Study` is that study.
        if phrase.definite && lexicon::document(&head_word.to_ascii_lowercase()) {
            let names_a_document = |e: &Entity| e.keys.iter().any(|k| lexicon::document(k));
            if let Some(i) = self.latest(names_a_document) {
                return Some(i);
            }
        }
        // `“…,” the statement said` after `In a statement, the company said …`: the last speaker.
        if phrase.definite
            && matches!(phrase.words.as_slice(), [w] if w == "statement")
            && let Some(i) = self.latest(|e| e.spoke)
        {
            return Some(i);
        }
        // `the company said` after `Meridan Terminals said`: a generic body is the last named
        // speaker that is not known to be a person, preferring one known to be an organisation
        // (`the airline said` after `Corvina Air said` and then `Malinescu said`).
        // `the London-based company`: where it is based does not name it.
        let based = match phrase.words.as_slice() {
            [_] => true,
            [place, _] => place.ends_with("-based"),
            _ => false,
        };
        if phrase.definite && based && lexicon::generic_body(&head_word) {
            // `Keystone Regional Media` is a name, though `media` is a group's word.
            let named_group = |e: &Entity| {
                e.class == Class::Group
                    && e.name.split(' ').nth(1).is_some()
                    && e.name
                        .split(' ')
                        .next()
                        .is_some_and(|w| !lexicon::group_modifier(&w.to_lowercase()))
            };
            let body = |e: &Entity| {
                e.spoke
                    && (e.class != Class::Group || named_group(e))
                    && e.gender.is_none()
                    // Not an agency or a ministry, whose name says what it is (but a charity
                    // is often a trust or a foundation).
                    && (head_word == "charity"
                        || !e
                            .name
                            .split(' ')
                            .any(|w| lexicon::role_folded(w) == Some(Role::Institution)))
                    && e.keys
                        .iter()
                        .all(|k| lexicon::role(k) != Some(Role::Person))
                    && e.name.split(' ').all(capitalised)
            };
            // `Age Forward, a charity for older people, …` then `the charity said`.
            if self.look_back()
                && let Some(words) = body_described_before(earlier, &head_word)
            {
                return self.named_body(phrase, words);
            }
            if let Some(i) = self
                .latest(|e| (e.class == Class::Institution || named_group(e)) && body(e))
                .or_else(|| self.latest(body))
            {
                return Some(i);
            }
            // `The warehouse is owned by Castellan Logistics. In a statement, the company
            // said …`: a body named in the paragraph, though it has not spoken (not for `the
            // paper`, often a study named by its journal: `published in Cancer Research`).
            if head_word != "paper"
                && self.look_back()
                && let Some(words) = body_named_before(earlier)
            {
                return self.named_body(phrase, words);
            }
        }
        // `Metro Transit Authority said …` then `the agency said`, `the rights group said`:
        // such a word, when no name met so far holds it, is the last named institution that
        // spoke, or one an apposition described so (but `the ministry` stays a ministry).
        let described = match phrase.words.as_slice() {
            [head] => Some(head),
            // `the rights group`, `the Paris-based agency` (but `the air force` is a name of
            // its own).
            [modifier, head]
                if (!capitalised(modifier) || modifier.ends_with("-based"))
                    && matches!(head.as_str(), "group" | "agency") =>
            {
                Some(head)
            }
            _ => None,
        };
        if phrase.definite
            && let Some(head) = described.map(|h| h.to_lowercase())
            && lexicon::refers_to_named_body(&head)
        {
            if self.look_back()
                && let Some(words) = body_described_before(earlier, &head)
            {
                return self.named_body(phrase, words);
            }
            let named_institution = |e: &Entity| {
                e.spoke
                    && e.class == Class::Institution
                    && e.name
                        .split(' ')
                        .all(|w| capitalised(w) || w == "of" || w == "for")
                    && e.name.split(' ').any(|w| {
                        lexicon::role_folded(w) == Some(Role::Institution) || w == "Police"
                    })
            };
            if let Some(i) = self.latest(named_institution) {
                return Some(i);
            }
        }
        // `Rathbun wrote` after `defectors including Mark Rathbun`: the name in full.
        if bare_name
            && let [word] = phrase.words.as_slice()
            && self.look_back()
        {
            // `Dunmore said` after `a fee with Dunmore Rovers`: a name the word begins.
            let full =
                full_name_before(earlier, word).or_else(|| name_starting_with(earlier, word));
            if let Some(full) = full {
                let name = full.join(" ");
                if let Some(i) = self.latest(|e| e.name == name) {
                    return Some(i);
                }
                phrase.words = full;
                return self.find_or_add(phrase, "");
            }
        }
        // `Fenmoor Borough Council said … A spokesperson said`: a spokesperson named by no
        // body, nor met before with a name, speaks for the last body that spoke.
        if lexicon::spokesperson(&name)
            && let Some(i) = self.latest(|e| {
                // A body by its name or its kind (`rector's office`), not `one poster`.
                let body = e
                    .name
                    .split(' ')
                    .any(|w| capitalised(w) || lexicon::role_folded(w) == Some(Role::Institution));
                e.spoke && e.class == Class::Institution && body
            })
        {
            return Some(i);
        }
        let class = match phrase.role {
            Some(Role::Group) => Class::Group,
            Some(_) => Class::Institution,
            None if !phrase.titles.is_empty()
                || phrase.words.len() > 1 && capitalised(&head_word) =>
            {
                Class::Person
            }
            None => Class::Institution,
        };
        let given_name = match phrase.words.as_slice() {
            [given, _, ..] if class == Class::Person => given_names::gender(given),
            _ => None,
        };
        let gender = phrase
            .titles
            .iter()
            .find_map(|t| lexicon::gendered_title(t))
            .or(given_name);
        let mut keys = words;
        for title in phrase.titles {
            keys.push(title);
        }
        self.push(Entity {
            name,
            class,
            keys,
            spoke: false,
            gender,
        });
        Some(self.entities.len() - 1)
    }
}

/// `word` as a key that refers back: lower case, in one spelling (`the centre` after `the
/// Pacific Tsunami Warning Center`).
fn key(word: &str) -> String {
    into_key(word.to_string())
}

/// [`key`] of a word given as an owned string, which becomes the key: most words are ASCII and
/// are folded in place.
fn into_key(mut word: String) -> String {
    if !word.is_ascii() {
        word = word.to_lowercase();
    }
    word.make_ascii_lowercase();
    let american = match word.as_str() {
        "centre" => "center",
        "centres" => "centers",
        "organisation" => "organization",
        "defence" => "defense",
        "programme" => "program",
        "labour" => "labor",
        _ => return word,
    };
    american.to_string()
}

/// The last name of two to four capitalised words in `earlier`'s last paragraph that is not a
/// person's (no known given name first), preferring one that opens a sentence or follows `by`
/// (`operated by Dunmere Water,`; `Halvorsen Shipping has suspended voyages through the Red
/// Sea.`).
fn body_named_before(earlier: &str) -> Option<Vec<String>> {
    const MAX_WORDS: usize = 4;
    let paragraph = last_bytes(earlier)
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap_or("");
    let (mut best, mut preferred) = (None, None);
    let mut run: Vec<&str> = Vec::new();
    // Whether the run began a sentence or followed `by`.
    let (mut opens, mut before) = (true, "");
    let mut run_opens = false;
    for word in whitespace_split(paragraph) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let name_word = capitalised(bare)
            && bare.chars().all(char::is_alphabetic)
            && lexicon::role_folded(bare).is_none()
            && !lexicon::function_word(&bare.to_lowercase())
            && !lexicon::date_word(&bare.to_lowercase());
        if name_word {
            if run.is_empty() {
                run_opens = opens || before == "by";
            }
            run.push(bare);
        }
        let ends = !name_word || bare.len() < word.len();
        if ends {
            let person = run
                .first()
                .is_some_and(|w| given_names::gender(w).is_some());
            if (2..=MAX_WORDS).contains(&run.len()) && !person {
                let name: Vec<String> = run.iter().map(|w| w.to_string()).collect();
                if run_opens {
                    preferred = Some(name.clone());
                }
                best = Some(name);
            }
            run.clear();
        }
        opens = word.ends_with(['.', '!', '?']);
        before = word;
    }
    preferred.or(best)
}

/// The last name of one to four capitalised words in `earlier` described right after it as
/// a `kind` of body: `Age Forward, a charity for older people`, `Brannock Systems, the
/// industrial software maker`.
fn body_described_before(earlier: &str, kind: &str) -> Option<Vec<String>> {
    const MAX_WORDS: usize = 4;
    const MAX_ADJECTIVES: usize = 3;
    let words: Vec<&str> = whitespace_split(last_bytes(earlier)).collect();
    (0..words.len()).rev().find_map(|i| {
        let last = words[i].strip_suffix(',')?;
        let at = apposition_kind(&words, i, kind, MAX_ADJECTIVES + 1)?;
        let described = words[i + 2..at]
            .iter()
            .all(|w| !w.ends_with(',') && !capitalised(w));
        if !described || !capitalised(last) {
            return None;
        }
        let mut name = vec![last];
        for w in words[..i].iter().rev() {
            let plain = capitalised(w)
                && w.chars().all(char::is_alphabetic)
                && !lexicon::function_word(&w.to_lowercase());
            if !plain || name.len() == MAX_WORDS {
                break;
            }
            name.push(w);
        }
        name.reverse();
        Some(name.iter().map(|w| w.to_string()).collect())
    })
}

/// The last place in `earlier` (its last [`LOOKBACK_BYTES`]) where `surname` follows one or two
/// given names (`Mark Rathbun`, `Hernan Dario Gomez`), as words.
fn full_name_before(earlier: &str, surname: &str) -> Option<Vec<String>> {
    // `al-Maliki said` after `Nouri al-Maliki`: the particle written with the surname.
    if let Some(bare) = surname.strip_prefix("al-") {
        return full_name_before(earlier, bare)
            .filter(|full| full.last().is_some_and(|last| last == surname));
    }
    if !capitalised(surname) || all_caps(surname) {
        return None;
    }
    let window = last_bytes(earlier);
    for at in rmatches(window, surname) {
        let after = window[at + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // `Maliki` after `Nouri al-Maliki`: the surname with its particle.
        let (head, particle) = match window[..at].strip_suffix("al-") {
            Some(head) => (head, "al-"),
            None => (&window[..at], ""),
        };
        let Some(head) = head.strip_suffix(' ') else {
            continue;
        };
        let mut words = head.rsplit(char::is_whitespace);
        let mut given: Vec<&str> = words
            .by_ref()
            .take(2)
            .take_while(|w| is_given_name(w))
            .collect();
        // In a longer capitalised run (`University of Texas Arlington Amneh Jafari`) only the
        // word next to the surname is taken as its given name; a title before two is not part
        // of that run (`President Donald J. Trump`).
        // So is a name joined to the run (`Minister for Environment and Water Teodor Balan`).
        let run_goes_on = words.next().is_some_and(|w| {
            capitalised(w) && lexicon::role_folded(w).is_none()
                || matches!(w, "and" | "of" | "for" | "&")
        });
        if given.len() == 2 && run_goes_on {
            given.truncate(1);
        }
        if !given.is_empty() {
            let mut full: Vec<String> = given.iter().rev().map(|w| w.to_string()).collect();
            full.push(format!("{particle}{surname}"));
            drop_middle_initials(&mut full);
            drop_occupation(&mut full);
            return Some(full);
        }
    }
    None
}

/// The last place in `earlier` (its last [`LOOKBACK_BYTES`]) where the lower-case `title`
/// (any case there) is followed by a given name and a surname (`captain Marek Duval`).
fn titled_name_before(earlier: &str, title: &str) -> Option<Vec<String>> {
    // The title and the words [`titled_name_at`] may read after it (`The mayor of Lyon,
    // Grégory Doucet,`): only where a word begins like the title is the window split.
    const SPAN: usize = 8;
    let window = last_bytes(earlier);
    words_beginning_with(window, title).find_map(|at| {
        let words: Vec<&str> = whitespace_split(&window[at..]).take(SPAN).collect();
        titled_name_at(&words, 0, title)
    })
}

/// The first person in `later` (its first [`LOOKBACK_BYTES`]) named with `title`, as
/// [`titled_name_before`] finds one: a headline's `Coach says …` is the story's `coach Dale
/// Brennan`.
pub fn titled_name_after(later: &str, title: &str) -> Option<Vec<String>> {
    let mut to = later.len().min(LOOKBACK_BYTES);
    while !later.is_char_boundary(to) {
        to -= 1;
    }
    let words: Vec<&str> = whitespace_split(&later[..to]).collect();
    (0..words.len()).find_map(|t| {
        titled_name_at(&words, t, title).or_else(|| described_name_at(&words, t, title))
    })
}

/// The name that ends at `words[t]` when an apposition after it describes it as `title`:
/// `Raila Odinga, the Kenyan Prime Minister,`.
fn described_name_at(words: &[&str], t: usize, title: &str) -> Option<Vec<String>> {
    const MAX_WORDS: usize = 4;
    let surname = words[t].strip_suffix(',')?;
    let given = *words.get(t.checked_sub(1)?)?;
    let described = apposition_kind(words, t, title, MAX_WORDS).is_some();
    let name = is_given_name(given)
        && capitalised(surname)
        && !all_caps(surname)
        && surname.chars().all(char::is_alphabetic);
    (described && name).then(|| vec![given.to_string(), surname.to_string()])
}

/// The name `words[t]`, if it is `title`, stands before: `Mayor Ana Ruiz`, `Health Minister
/// Dr. Amara Okafor`, `The health secretary, Hannah Brooks,`, or after a domain in apposition
/// (`The mayor of Lyon, Grégory Doucet,`).
fn titled_name_at(words: &[&str], t: usize, title: &str) -> Option<Vec<String>> {
    const MAX_DOMAIN: usize = 4;
    let word = words[t].strip_suffix(',').unwrap_or(words[t]);
    if !word.eq_ignore_ascii_case(title) {
        return None;
    }
    let plain = |w: &str| w.chars().all(char::is_alphabetic);
    let name_at = |at: usize| {
        let (given, surname) = (*words.get(at)?, *words.get(at + 1)?);
        let surname = surname.trim_end_matches(|c: char| !c.is_alphabetic());
        (is_given_name(given)
            && capitalised(surname)
            && !all_caps(surname)
            && plain(given)
            && plain(surname))
        .then(|| vec![given.to_string(), surname.to_string()])
    };
    let apposition = || {
        (words.get(t + 1) == Some(&"of"))
            .then(|| {
                (t + 2..(t + 2 + MAX_DOMAIN).min(words.len()))
                    .find(|&c| words[c].ends_with(','))
                    .and_then(|c| name_at(c + 1))
            })
            .flatten()
    };
    // An honorific between the title and the name is neither.
    let honorific = words
        .get(t + 1)
        .is_some_and(|w| matches!(*w, "Dr." | "Dr" | "Prof." | "Professor"));
    name_at(t + 1 + usize::from(honorific)).or_else(apposition)
}

/// The surname of the last person in `earlier` (its last [`LOOKBACK_BYTES`]) described in
/// apposition by the lower-case `title`: `Bakar, a government spokesman` gives `Bakar`.
fn described_name_before(earlier: &str, title: &str) -> Option<String> {
    const MAX_WORDS: usize = 3;
    let window = last_bytes(earlier);
    // Found from where `title` is written, latest first, as [`apposition_kind`] finds it: the
    // surname is two to `MAX_WORDS + 1` words before it. Where the surname's word starts, for
    // the words looked at already (some are before two titles).
    let mut looked_at = window.len();
    for at in words_beginning_with(window, title) {
        if !names_kind(whitespace_split(&window[at..]).next()?, title) {
            continue;
        }
        let before: Vec<(usize, &str)> = words_back(&window[..at]).take(MAX_WORDS + 1).collect();
        for pair in before.windows(2) {
            let [(_, article), (start, word)] = pair else {
                continue;
            };
            if *start >= looked_at {
                continue;
            }
            looked_at = *start;
            if let Some(surname) = word.strip_suffix(',')
                && matches!(*article, "a" | "an" | "the")
                && capitalised(surname)
            {
                return Some(surname.to_string());
            }
        }
    }
    None
}

/// Where an apposition after `words[i]` says what it is: `words[i]` ends with a comma, an
/// article follows, and `kind` (any case) within `max` words (`Bakar, a government
/// spokesman`, `Age Forward, a charity for …`). The index of `kind`.
fn apposition_kind(words: &[&str], i: usize, kind: &str, max: usize) -> Option<usize> {
    if !words[i].ends_with(',') || !matches!(*words.get(i + 1)?, "a" | "an" | "the") {
        return None;
    }
    let at = words[i + 2..]
        .iter()
        .take(max)
        .position(|w| names_kind(w, kind))?;
    Some(i + 2 + at)
}

/// Whether `word`, without the punctuation after it, is `kind` in any ASCII case
/// (`spokesman,` for `spokesman`).
fn names_kind(word: &str, kind: &str) -> bool {
    word.trim_end_matches(|c: char| !c.is_alphabetic())
        .eq_ignore_ascii_case(kind)
}

/// The person `earlier` (its last [`LOOKBACK_BYTES`]) is about: the latest surname written
/// after a given name (`Ingrid Halvorsen`, `Joseph R. Biden`) and again on its own
/// (`Halvorsen, 67, founded`), whose given name, if known, is of `gender`.
fn person_in_focus(earlier: &str, gender: Gender) -> Option<Vec<String>> {
    let surname = |w: &str| {
        capitalised(w)
            && !all_caps(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && lexicon::role_folded(w).is_none()
            && !lexicon::function_word(&w.to_lowercase())
    };
    // How often each word is written, and after which given name, counted once: linear in the
    // window. The given names before capitalised words are kept, so that the search from the
    // end visits only them.
    let mut seen: FnvMap<&str, usize> = FnvMap::default();
    let mut in_full: FnvMap<(&str, &str), usize> = FnvMap::default();
    let mut named: Vec<(&str, &str)> = Vec::new();
    let window = last_bytes(earlier);
    // Only a capitalised word after the first can be a surname: the others need no count.
    for (start, raw) in capitalised_words(window) {
        let mut back = words_back(&window[..start]).map(|(_, word)| (word, trim_not_word(word)));
        let Some(last) = back.next() else {
            continue;
        };
        let w = trim_not_word(raw);
        *seen.entry(w).or_default() += 1;
        if let Some(given) = given_name_before(last, || back.next()) {
            *in_full.entry((given, w)).or_default() += 1;
            named.push((given, w));
        }
    }
    named.into_iter().rev().find_map(|pair| {
        // `Amira Nasser and her husband, Youssef Nasser, …` then `She said`: not him.
        let agrees = given_names::gender(pair.0).is_none_or(|g| g == gender);
        (surname(pair.1) && seen[pair.1] > in_full[&pair] && agrees)
            .then(|| vec![pair.0.to_string(), pair.1.to_string()])
    })
}

/// The given name before a surname in [`person_in_focus`], from the word right before it and
/// the one before that (as written and trimmed; read only after an initial): right before it,
/// or before a middle initial; not across a comma or a full stop (`with Xi. Biden said`).
fn given_name_before<'a>(
    (raw, last): (&str, &'a str),
    earlier: impl FnOnce() -> Option<(&'a str, &'a str)>,
) -> Option<&'a str> {
    let plain = |(raw, word): (&str, &str)| raw == word && is_given_name(word) && word.len() > 1;
    if plain((raw, last)) {
        return Some(last);
    }
    if !(is_initials(last) && raw.ends_with('.')) {
        return None;
    }
    earlier().filter(|&g| plain(g)).map(|(_, given)| given)
}

/// A map hashed with [`Fnv`]: counting a window's capitalised words is much of
/// [`person_in_focus`], and the standard hasher's defence against chosen keys costs more than
/// the counting.
type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits ([`fnv_extend`]): a few instructions per byte of a short word.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_OFFSET)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv_extend(self.0, bytes);
    }
}

/// The last name in `earlier` (its last [`LOOKBACK_BYTES`]) that `first` begins and one or two
/// capitalised words end (`Dunmore Rovers`), as words; none when such a name is a person's
/// (a given name and a surname were checked first).
fn name_starting_with(earlier: &str, first: &str) -> Option<Vec<String>> {
    const MAX_REST: usize = 2;
    // A word holds no whitespace, so a `first` with some is none of the window's words.
    if !capitalised(first) || all_caps(first) || first.contains(char::is_whitespace) {
        return None;
    }
    let window = last_bytes(earlier);
    let bare = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    // Where `first` is a whole word of the window, latest first: searched for rather than
    // splitting the whole window into words. (A match that is a whole word overlaps no other.)
    rmatches(window, first).find_map(|at| {
        let end = at + first.len();
        let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
        if !spaced(window[..at].chars().next_back()) || !spaced(window[end..].chars().next()) {
            return None;
        }
        // The words after it that are looked at: a couple's `and`, partner and surname.
        let after: Vec<&str> = window[end..].split_whitespace().take(3).collect();
        let mut name = vec![first.to_string()];
        // `Paul and Rachel Chandler`: a couple's shared surname.
        if let [and, partner, surname, ..] = after.as_slice()
            && *and == "and"
            && given_names::gender(first).is_some()
            && given_names::gender(partner).is_some()
        {
            let surname = bare(surname);
            if capitalised(&surname) && lexicon::role_folded(&surname).is_none() {
                name.push(surname);
                return Some(name);
            }
        }
        for &w in after.iter().take(MAX_REST) {
            let word = bare(w);
            let ends = word.len() != w.len();
            // `Moscow Mayor Sergei Sobyanin` is a person's name with a title in it.
            if lexicon::role_folded(&word) == Some(Role::Person) {
                return None;
            }
            if !capitalised(&word) || lexicon::function_word(&word.to_lowercase()) {
                break;
            }
            name.push(word);
            if ends {
                break;
            }
        }
        (name.len() > 1).then_some(name)
    })
}

/// Where `needle` (not empty) starts in `haystack`, latest first, as `rmatch_indices` finds it;
/// but its first character is looked for with `rfind`, a fast byte search, and the rest is
/// compared only there: a name's capital is rare in the text it is looked for in.
fn rmatches<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = needle.chars().next();
    // Where the last match started (the next one must end by then), and the last candidate.
    let (mut end, mut before) = (haystack.len(), haystack.len());
    std::iter::from_fn(move || {
        loop {
            let at = haystack[..before].rfind(first?)?;
            before = at;
            if at + needle.len() <= end && haystack[at..].starts_with(needle) {
                end = at;
                return Some(at);
            }
        }
    })
}

/// Where a word of `text` (between whitespace, as [`whitespace_split`] splits it) begins with
/// `prefix` in any ASCII case, latest first: the text is read sixteen bytes at a time, where
/// splitting it into words costs many times more.
fn words_beginning_with<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    // A first byte that is ASCII or opens a character: where it matches is a character boundary.
    let first = prefix.as_bytes().first().map(u8::to_ascii_lowercase);
    // Where the text not yet looked at ends.
    let mut end = bytes.len();
    std::iter::from_fn(move || {
        let first = first?;
        loop {
            // Sixteen bytes at a time past those that cannot begin the prefix, tested without
            // a branch per byte.
            while let Some(chunk) = end.checked_sub(16).map(|from| &bytes[from..end]) {
                let chunk: &[u8; 16] = chunk.try_into().ok()?;
                let found = chunk
                    .iter()
                    .fold(false, |found, b| found | (b.to_ascii_lowercase() == first));
                if found {
                    break;
                }
                end -= 16;
            }
            let at = end.checked_sub(1)?;
            end = at;
            let begins = bytes[at].to_ascii_lowercase() == first
                && bytes[at..]
                    .get(..prefix.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()));
            if begins
                && text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
            {
                return Some(at);
            }
        }
    })
}

/// The words of `text` (as [`whitespace_split`] splits it) whose first letter or digit is a
/// capital, with where each starts: capitals are looked for a character at a time, and only
/// the words they open are read, where splitting all of them costs several times more.
fn capitalised_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            // Sixteen bytes at a time past ASCII with no capital, most of the text, tested
            // without a branch per byte.
            while let Some(chunk) = text.as_bytes().get(at..at + 16) {
                let chunk: &[u8; 16] = chunk.try_into().ok()?;
                let stops = chunk.iter().fold(false, |stops, &b| {
                    stops | (b.wrapping_sub(b'A') < 26) | (b >= 0x80)
                });
                if stops {
                    break;
                }
                at += 16;
            }
            if at >= text.len() {
                break;
            }
            let here = at;
            let upper = match text.as_bytes()[here] {
                b if b.is_ascii() => {
                    at += 1;
                    b.is_ascii_uppercase()
                }
                _ => {
                    let c = text[here..].chars().next()?;
                    at += c.len_utf8();
                    c.is_uppercase()
                }
            };
            if !upper {
                continue;
            }
            // It opens its word when no letter or digit comes before it there.
            let start = match text[..here]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || c.is_alphanumeric())
            {
                None => 0,
                Some((i, c)) if c.is_whitespace() => i + c.len_utf8(),
                Some(_) => continue,
            };
            at = text[here..]
                .find(char::is_whitespace)
                .map_or(text.len(), |end| here + end);
            return Some((start, &text[start..at]));
        }
        None
    })
}

/// The words of `text`, as [`whitespace_split`] splits it, from the last, with where each
/// starts.
fn words_back(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = text.len();
    std::iter::from_fn(move || {
        let head = text[..end].trim_end();
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        end = start;
        (start < head.len()).then(|| (start, &head[start..]))
    })
}

/// The last [`LOOKBACK_BYTES`] of `earlier`, from a character boundary.
fn last_bytes(earlier: &str) -> &str {
    let mut from = earlier.len().saturating_sub(LOOKBACK_BYTES);
    while !earlier.is_char_boundary(from) {
        from += 1;
    }
    &earlier[from..]
}

/// A word that can be a given name right before a surname: capitalised letters only (`Mark`,
/// `K.C.`), not a title, a function word, a day or a month.
fn is_given_name(word: &str) -> bool {
    let letters =
        capitalised(word) && !all_caps(word) && word.chars().all(|c| c.is_alphabetic() || c == '-');
    if !(letters || word.strip_suffix('.').is_some_and(is_initials)) {
        return false;
    }
    let lower = word.to_lowercase();
    lexicon::role(&lower).is_none()
        && !lexicon::function_word(&lower)
        && !lexicon::date_word(&lower)
}

/// `Bauchtman` for `Buchtmann`: two surnames with the same initial, at most two letters apart
/// (Levenshtein distance), or one when the shorter has five letters (`Mauer` for `Maurer`).
fn misspelt(word: &str, surname: &str) -> bool {
    const MIN_LEN: usize = 5;
    const MAX_LEN: usize = 24;
    // Most pairs fail on the first letter or the length, before anything is collected.
    let quick = word != surname
        && word.chars().next() == surname.chars().next()
        && word.len().min(surname.len()) >= MIN_LEN
        && word.len().max(surname.len()) <= 4 * MAX_LEN;
    if !quick {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), surname.chars().collect());
    let plausible = a.len().min(b.len()) >= MIN_LEN
        && a.len().max(b.len()) <= MAX_LEN
        && a.len().abs_diff(b.len()) <= 2;
    if !plausible {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let replaced = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = replaced.min(row[j] + 1).min(diagonal + 1);
        }
    }
    let allowed = if a.len().min(b.len()) > MIN_LEN { 2 } else { 1 };
    row[b.len()] <= allowed
}

/// `WHO`, `AFP`: two to six ASCII capitals, tested once before the names met are searched.
fn is_acronym(word: &str) -> bool {
    word.len() <= 6 && all_caps(word)
}

/// `WHO` for `World Health Organisation`: an [`is_acronym`] word that is the initials of the
/// capitalised words.
fn is_acronym_of(acronym: &str, name: &str) -> bool {
    let initials = name
        .split(' ')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    acronym.chars().eq(initials)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_as_the_standard_library_folds() {
        for word in [
            "Authority",
            "centre",
            "CENTRES",
            "Défense",
            "İstanbul",
            "ΟΔΟΣ",
            "labour",
            "",
        ] {
            let lower = word.to_lowercase();
            let american = match lower.as_str() {
                "centre" => "center",
                "centres" => "centers",
                "labour" => "labor",
                other => other,
            };
            assert_eq!(key(word), american, "{word}");
            assert_eq!(into_key(word.to_string()), american, "{word}");
        }
    }

    #[test]
    fn capitalised_words_found_as_splitting_finds_them() {
        for text in [
            "Ingrid Halvorsen, (Halvorsen) “Halvorsen” x.Halvorsen JEAN-PIERRE McDonald",
            "Élise\u{a0}Ünal ǅemal 3M ünal\u{85}Zoë’s",
            "",
            "  A",
            "abcdefghijklmnopqrstuvwxyz Abc defghijklmnopqrs Tuvwxyz abcdefghijklmn\tOpq",
            "fifteen letters Sixteen letters é lowercase after the byte beyond ASCII, Then",
        ] {
            let expected: Vec<(usize, &str)> = split_at_starts(text)
                .into_iter()
                .filter(|(_, w)| capitalised(trim_not_word(w)))
                .collect();
            let found: Vec<(usize, &str)> = capitalised_words(text).collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn a_surname_described_right_before_its_title() {
        let earlier = "In December, the President said so. Bakar, a government spokesman, and";
        assert_eq!(
            described_name_before(earlier, "spokesman").as_deref(),
            Some("Bakar")
        );
        assert_eq!(
            described_name_before(earlier, "president").as_deref(),
            Some("December")
        );
    }

    #[test]
    fn matches_found_from_the_end_as_the_standard_library_finds_them() {
        for (haystack, needle) in [
            ("Mark Rathbun met Rathbun", "Rathbun"),
            ("AnnAnnAnna Ann", "AnnA"),
            ("aaaaaaa", "aaa"),
            ("Zoë said Zoë", "Zoë"),
            ("Éva and Éva", "Éva"),
            ("", "Holm"),
            ("Holm", "Holmberg"),
        ] {
            let std: Vec<usize> = haystack.rmatch_indices(needle).map(|(at, _)| at).collect();
            let ours: Vec<usize> = rmatches(haystack, needle).collect();
            assert_eq!(ours, std, "{needle} in {haystack}");
        }
    }

    /// The words of `text` with where each starts, as [`whitespace_split`] splits them.
    fn split_at_starts(text: &str) -> Vec<(usize, &str)> {
        whitespace_split(text)
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect()
    }

    #[test]
    fn words_found_from_the_end_as_splitting_finds_them() {
        for (text, prefix) in [
            ("The Mayor, the mayor\tMAYORS\u{a0}mayor xmayor", "mayor"),
            ("mayor", "mayor"),
            ("may", "mayor"),
            ("spokesman,\u{2003}Spokesman\nsSpokesman", "spokesman"),
            ("Éva éva\u{85}Éva", "Éva"),
            ("", "a"),
            ("a b", ""),
        ] {
            let split = split_at_starts(text);
            let begins = |w: &str| {
                !prefix.is_empty()
                    && w.as_bytes()
                        .get(..prefix.len())
                        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
            };
            let expected: Vec<usize> = split
                .iter()
                .rev()
                .filter(|(_, w)| begins(w))
                .map(|&(at, _)| at)
                .collect();
            let found: Vec<usize> = words_beginning_with(text, prefix).collect();
            assert_eq!(found, expected, "{prefix} in {text:?}");
            let back: Vec<(usize, &str)> = words_back(text).collect();
            assert_eq!(
                back,
                split.into_iter().rev().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    fn named(words: &[&str], role: Option<Role>, definite: bool, titles: &[&str]) -> Phrase {
        Phrase {
            words: words.iter().map(|w| w.to_string()).collect(),
            role,
            definite,
            titles: titles.iter().map(|w| w.to_string()).collect(),
        }
    }

    fn phrase(words: &[&str], role: Option<Role>, definite: bool, titles: &[&str]) -> Mention {
        Mention::Phrase(named(words, role, definite, titles))
    }

    #[test]
    fn follow_ups_resolve_to_the_full_name() {
        let mut h = History::default();
        let ministry = phrase(
            &["Russian", "defense", "ministry"],
            Some(Role::Institution),
            true,
            &[],
        );
        assert_eq!(
            h.resolve(ministry, "", None).as_deref(),
            Some("Russian defense ministry")
        );
        let mayor = phrase(&["Sergei", "Sobyanin"], None, false, &["mayor"]);
        assert_eq!(
            h.resolve(mayor, "", None).as_deref(),
            Some("Sergei Sobyanin")
        );
        assert_eq!(
            h.resolve(Mention::Pronoun(Pronoun::Thing), "", None)
                .as_deref(),
            Some("Russian defense ministry")
        );
        let the_ministry = phrase(&["ministry"], Some(Role::Institution), true, &[]);
        assert_eq!(
            h.resolve(the_ministry, "", None).as_deref(),
            Some("Russian defense ministry")
        );
        let short = phrase(&["Sobyanin"], None, false, &[]);
        assert_eq!(
            h.resolve(short, "", None).as_deref(),
            Some("Sergei Sobyanin")
        );
        assert_eq!(
            h.resolve(Mention::Pronoun(Pronoun::Person(Gender::Male)), "", None)
                .as_deref(),
            Some("Sergei Sobyanin")
        );
    }

    #[test]
    fn a_shorter_institution_name_refers_back() {
        let mut h = History::default();
        let full = ["Marren", "County", "Coastal", "Authority"];
        h.note(named(&full, Some(Role::Institution), false, &[]));
        let short = ["Coastal", "Authority"];
        h.note(named(&short, Some(Role::Institution), true, &[]));
        let told = phrase(&short, Some(Role::Institution), true, &[]);
        assert_eq!(
            h.resolve(told, "", None).as_deref(),
            Some("Marren County Coastal Authority")
        );
    }

    #[test]
    fn misspelt_surnames() {
        assert!(misspelt("Bauchtman", "Buchtmann"));
        assert!(misspelt("Johnstone", "Johnston"));
        assert!(misspelt("Mauer", "Maurer"));
        assert!(misspelt("Water", "Waters"));
        // Five letters allow one edit, not two.
        assert!(!misspelt("Mauer", "Mayors"));
        // Different initials, too far apart, too short, or the same name.
        assert!(!misspelt("Bauchtman", "Ruchtmann"));
        assert!(!misspelt("Sobyanin", "Sorokina"));
        assert!(!misspelt("Lee", "Lea"));
        assert!(!misspelt("Buchtmann", "Buchtmann"));
    }

    #[test]
    fn pronoun_without_antecedent_is_unknown() {
        let mut h = History::default();
        assert_eq!(
            h.resolve(Mention::Pronoun(Pronoun::Person(Gender::Male)), "", None),
            None
        );
    }

    #[test]
    fn names_starting_with_a_word_are_whole_words() {
        let full = |earlier, first| name_starting_with(earlier, first).map(|n| n.join(" "));
        assert_eq!(
            full(
                "a fee with Dunmore Rovers. Later Dunmore Park said",
                "Dunmore"
            )
            .as_deref(),
            Some("Dunmore Park")
        );
        // Part of a longer word is not the word.
        assert_eq!(full("XDunmore Rovers and Dunmores Park", "Dunmore"), None);
        assert_eq!(
            full("Dunmore\tRovers, then DunmoreX Park", "Dunmore").as_deref(),
            Some("Dunmore Rovers")
        );
        assert_eq!(full("Dunmore Rovers", "Dunmore Rovers"), None);
    }
}
