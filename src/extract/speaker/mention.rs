//! Finding who a sentence reports: `X said`, `said X`, `X, governor of Y, said`,
//! `according to X`, pronouns. The result is a [`Mention`]; resolving it against earlier
//! speakers is [`super::history`]'s job.

use super::lexicon::{self, Pronoun, Role, Strength};

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
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    word: &'a str,
    /// Followed by a comma.
    comma: bool,
    /// Followed by `.`, `!`, `?`, `;`, `:` or a dash: the phrase cannot run on past it.
    stop: bool,
    /// Followed by a closing quote.
    closes_quote: bool,
}

fn tokenize(sentence: &str) -> Vec<Token<'_>> {
    sentence
        .split_whitespace()
        .filter_map(|raw| {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                return None;
            }
            let tail_at = raw.rfind(word).map_or(raw.len(), |p| p + word.len());
            let tail = &raw[tail_at..];
            let title = tail.starts_with('.') && is_title(word);
            Some(Token {
                word,
                comma: tail.contains(','),
                stop: !title && tail.contains(['.', '!', '?', ';', ':', '—', '–']),
                closes_quote: tail.contains(['”', '"', '’']),
            })
        })
        .collect()
}

fn lower(word: &str) -> String {
    word.to_lowercase()
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_title(word: &str) -> bool {
    lexicon::role(&lower(word)) == Some(Role::Person)
}

/// The speaker the sentence reports, if any. A strong verb (`said`, `told`, `according to`)
/// wins over a weak one (`estimated`, `blamed`); among equals the first wins.
pub fn find(sentence: &str) -> Option<Mention> {
    let toks = tokenize(sentence);
    let mut weak = None;
    for k in 0..toks.len() {
        let word = toks[k].word;
        let found = if word.eq_ignore_ascii_case("according")
            && toks.get(k + 1).is_some_and(|t| t.word == "to")
        {
            after(&toks, k + 2, true).map(|m| (Strength::Strong, m))
        } else if let Some(strength) = lexicon::speech_verb(word) {
            before(&toks, k)
                .or_else(|| {
                    let inverted = k > 0 && (toks[k - 1].comma || toks[k - 1].closes_quote);
                    if inverted {
                        after(&toks, k + 1, false)
                    } else {
                        None
                    }
                })
                .map(|m| (strength, m))
        } else {
            None
        };
        match found {
            Some((Strength::Strong, m)) => return Some(m),
            Some((Strength::Weak, m)) if weak.is_none() => weak = Some(m),
            _ => {}
        }
    }
    weak
}

/// The subject before the verb at `k`.
fn before(toks: &[Token], k: usize) -> Option<Mention> {
    let mut j = k;
    while j > 0 && !toks[j - 1].comma && lexicon::skippable(&lower(toks[j - 1].word)) {
        j -= 1;
    }
    let last = toks.get(j.checked_sub(1)?)?;
    if last.stop || last.closes_quote {
        return None;
    }
    if !last.comma {
        return phrase_ending_at(toks, j - 1, 0);
    }
    // `Andrei Vorobyov, governor of the Moscow region, said`: the name is the appositive when
    // it is a name, else the phrase before it.
    let lo = j.saturating_sub(12);
    let p = (lo..j - 1).rev().find(|&p| toks[p].comma)?;
    match phrase_ending_at(toks, j - 1, p + 1) {
        Some(Mention::Phrase(ph)) if ph.role.is_none() => Some(Mention::Phrase(ph)),
        _ => phrase_ending_at(toks, p, 0),
    }
}

/// The noun phrase whose last word is `toks[end]`, reading back no further than `lo`.
fn phrase_ending_at(toks: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let head = toks.get(end)?;
    let head_lower = lower(head.word);
    if let Some(p) = lexicon::pronoun(&head_lower) {
        return Some(Mention::Pronoun(p));
    }
    if lexicon::function_word(&head_lower) {
        return None;
    }
    let role = lexicon::role(&head_lower).filter(|r| *r != Role::Person);
    let name = role.is_none();
    if name && !capitalised(head.word) {
        return None;
    }
    let mut start = end;
    while start > lo && end - start < 5 {
        let prev = &toks[start - 1];
        let prev_lower = lower(prev.word);
        if prev.comma || prev.stop || prev.closes_quote || lexicon::function_word(&prev_lower) {
            break;
        }
        if name && !capitalised(prev.word) {
            break;
        }
        start -= 1;
    }
    let definite = start > 0 && lower(toks[start - 1].word) == "the";
    let mut titles = Vec::new();
    if start > 0 && lexicon::role(&lower(toks[start - 1].word)).is_some() {
        titles.push(lower(toks[start - 1].word));
    }
    Some(Mention::Phrase(make_phrase(
        &toks[start..=end],
        role,
        definite,
        titles,
    )))
}

/// The phrase after `said` or `according to`, starting at `k`.
fn after(toks: &[Token], k: usize, according: bool) -> Option<Mention> {
    let mut i = k;
    let mut definite = false;
    while let Some(t) = toks.get(i) {
        match lower(t.word).as_str() {
            "the" => definite = true,
            "a" | "an" => {}
            _ => break,
        }
        i += 1;
    }
    let first = toks.get(i)?;
    let first_lower = lower(first.word);
    if let Some(p) = lexicon::pronoun(&first_lower) {
        return Some(Mention::Pronoun(p));
    }
    if lexicon::function_word(&first_lower)
        || !(according || capitalised(first.word) || lexicon::role(&first_lower).is_some())
    {
        return None;
    }
    let mut end = i;
    while end < toks.len() && end - i < 6 {
        let t = &toks[end];
        let l = lower(t.word);
        let participle = end > i && !capitalised(t.word) && l.ends_with("ed");
        if end > i && (lexicon::function_word(&l) || participle) {
            break;
        }
        if end > i && capitalised(first.word) && !capitalised(t.word) && !according {
            break;
        }
        end += 1;
        if t.comma || t.stop || t.closes_quote {
            break;
        }
    }
    let words = &toks[i..end];
    let head = words.last().map(|t| lower(t.word)).unwrap_or_default();
    let role = lexicon::role(&head).filter(|r| *r != Role::Person);
    Some(Mention::Phrase(make_phrase(
        words,
        role,
        definite,
        Vec::new(),
    )))
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
    let title_at = words.iter().rposition(|t| is_title(t.word));
    if role.is_none()
        && let Some(t) = title_at
        && t + 1 < words.len()
    {
        titles.extend(
            words[..=t]
                .iter()
                .filter(|t| is_title(t.word))
                .map(|t| lower(t.word)),
        );
        keep = &words[t + 1..];
    }
    Phrase {
        words: keep.iter().map(|t| t.word.to_string()).collect(),
        role,
        definite,
        titles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(sentence: &str) -> Option<String> {
        match find(sentence)? {
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
        assert_eq!(name("“Stay calm,” he added.").as_deref(), Some("Person"));
        assert_eq!(
            name("Insurers estimated the damage, the Marren Insurance Association said.")
                .as_deref(),
            Some("Marren Insurance Association")
        );
    }

    #[test]
    fn no_speaker() {
        assert_eq!(name("Kyiv has not commented on the incident."), None);
        assert_eq!(name("This is a breaking news story."), None);
        assert_eq!(name(""), None);
    }
}
