//! Speaker attribution: who each sentence reports.
//!
//! News prose: reported speech (`X said`, `said X`, `according to X`, `X told`, `X added` …)
//! is found per sentence by [`mention`], follow-ups are resolved against earlier speakers by
//! [`history`], and quotations that run over several sentences share their speaker.
//! Transcripts: the `SPEAKER:` label of a line gives the speaker of every sentence on it;
//! unlabelled lines (an introduction, a stage direction) are read as news prose.

mod given_names;
mod history;
mod lexicon;
mod mention;

use std::ops::Range;

use super::score::features::Quotes;
use lexicon::Pronoun;
use mention::Mention;

pub(crate) use mention::words_may_report;

/// One speaker (or none) per span.
pub fn attribute(body: &str, spans: &[Range<usize>], transcript: bool) -> Vec<Option<String>> {
    let texts = spans.iter().map(|span| &body[span.clone()]);
    let may_report: Vec<bool> = texts.clone().map(mention::may_report).collect();
    let quotes: Vec<Quotes> = texts.map(Quotes::of).collect();
    attribute_where(body, spans, transcript, &may_report, &quotes)
}

/// [`attribute`] for a caller that already knows which spans may report a speaker
/// ([`mention::may_report`]) and their quotation marks, as extraction does from scoring them
/// ([`words_may_report`], [`Quotes`]).
pub(crate) fn attribute_where(
    body: &str,
    spans: &[Range<usize>],
    transcript: bool,
    may_report: &[bool],
    quotes: &[Quotes],
) -> Vec<Option<String>> {
    let reported = reported_speakers(body, spans, may_report, quotes);
    if !transcript {
        return reported;
    }
    transcript_labels(body, spans)
        .into_iter()
        .zip(reported)
        .map(|(label, reported)| label.or(reported))
        .collect()
}

/// How many sentences back a pronoun nobody who spoke can take looks for the person who
/// opened one.
const LOOKBACK_SENTENCES: usize = 3;

/// How many sentences in which nobody spoke a pronoun looks back over for a person's surname
/// opening one.
const QUIET_SENTENCES: usize = 2;

/// Speakers of reported speech in news prose.
fn reported_speakers(
    body: &str,
    spans: &[Range<usize>],
    may_report: &[bool],
    quotes: &[Quotes],
) -> Vec<Option<String>> {
    let mut history = history::History::default();
    // The sentences that may name a speaker, each with where it starts in `lower`: their text
    // one after another, with ASCII letters in lower case for the word lists.
    let mut lower = String::with_capacity(body.len());
    let lower_at: Vec<Option<usize>> = spans
        .iter()
        .zip(may_report)
        .map(|(span, &may_report)| {
            let text = &body[span.clone()];
            // A list item of quotations opens its line.
            let line_start = body[..span.start].trim_end_matches([' ', '\t']);
            let topic_item = || {
                (line_start.is_empty() || line_start.ends_with('\n'))
                    && mention::may_be_topic_item(text)
            };
            if !may_report && !topic_item() && !mention::may_introduce_quotation(text) {
                return None;
            }
            let at = lower.len();
            lower.push_str(text);
            Some(at)
        })
        .collect();
    lower.make_ascii_lowercase();
    let mut toks = Vec::new();
    // The last sentence given a speaker here.
    let mut last_spoke: Option<usize> = None;
    // Whether a quotation is open where each sentence starts, within its paragraph.
    let mut open = false;
    let starts_inside: Vec<bool> = spans
        .iter()
        .zip(quotes)
        .enumerate()
        .map(|(i, (span, marks))| {
            let gap = i
                .checked_sub(1)
                .map_or("", |p| &body[spans[p].end..span.start]);
            // A paragraph break (`\n\n` or `\r\n\r\n`) closes what the last one left open.
            if gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
                open = false;
            }
            let inside = open;
            open = marks.open_after(open);
            inside
        })
        .collect();
    let mut speakers: Vec<Option<String>> = spans
        .iter()
        .zip(lower_at)
        .enumerate()
        .map(|(i, (span, lower_at))| {
            let text = &body[span.clone()];
            let at = lower_at?;
            mention::tokenize_into(text, &lower[at..at + text.len()], &mut toks);
            for institution in mention::institutions(&toks) {
                history.note(institution);
            }
            let found = mention::find(&toks, starts_inside[i]);
            let pronoun = match found {
                Some(Mention::Pronoun(Pronoun::Person(gender))) => Some(gender),
                _ => None,
            };
            let found = found.map(|m| match m {
                // `Corvina Air cancelled 214 flights, the airline said.`: a generic body is the
                // organisation that opens the sentence.
                Mention::Phrase(ref p)
                    if p.definite
                        && matches!(p.words.as_slice(), [w] if lexicon::generic_body(w))
                        && let Some(subject) = mention::opening_body(text) =>
                {
                    Mention::Phrase(subject)
                }
                // `Harry Kane won the award. He said, …`: `He` opening the sentence is the
                // person who opened the one before, in the same paragraph.
                Mention::Pronoun(Pronoun::Person(_))
                    if matches!(text.split(' ').next(), Some("He" | "She")) =>
                {
                    i.checked_sub(1)
                        .filter(|&p| !body[spans[p].end..span.start].contains('\n'))
                        // `The council's chief engineer, Tom Reed, disagreed. He said …`.
                        .and_then(|p| mention::person_opening(&body[spans[p].clone()]))
                        .map_or(m, Mention::Phrase)
                }
                // `Police arrested two men. They said …`: `They` opening the sentence is the
                // group that opened the one before, in the same paragraph.
                Mention::Pronoun(Pronoun::Plural) if text.starts_with("They ") => i
                    .checked_sub(1)
                    .filter(|&p| !body[spans[p].end..span.start].contains('\n'))
                    .and_then(|p| mention::opening_group(&body[spans[p].clone()]))
                    .map_or(m, Mention::Phrase),
                // `The Center for Volcanology … raised the alert. It said …`: `It` opening
                // the sentence is the institution or the document that opened the one before.
                Mention::Pronoun(Pronoun::Thing) if text.starts_with("It ") => i
                    .checked_sub(1)
                    .filter(|&p| !body[spans[p].end..span.start].contains('\n'))
                    .and_then(|p| {
                        let before = &body[spans[p].clone()];
                        mention::opening_institution(before)
                            .or_else(|| mention::opening_document_word(before))
                    })
                    .map_or(m, Mention::Phrase),
                // `Crews are working to fix the lines, but they said …`: `they` later in a
                // sentence that a group opens.
                Mention::Pronoun(Pronoun::Plural) => {
                    mention::opening_group(text).map_or(m, Mention::Phrase)
                }
                // `Yusuf had no comment, but he had stated …`: a pronoun later in a sentence
                // that opens with a person met before is that person.
                Mention::Pronoun(Pronoun::Person(_))
                    if let Some(subject) = mention::opening_word(text)
                        && history.knows_person(&subject.words[0]) =>
                {
                    Mention::Phrase(subject)
                }
                // `Jang Dae-hyun, a spokesman for the protesters, suggested …, which he says …`:
                // a pronoun later in a sentence that opens by introducing a person.
                Mention::Pronoun(Pronoun::Person(_))
                    if let Some(subject) = mention::introduced_name(text)
                        && subject.words.len() >= 2 =>
                {
                    Mention::Phrase(subject)
                }
                // `Veltmann himself addressed the court.` then `“…,” he said.`: after sentences
                // in which nobody spoke, one opened by a person's surname, the pronoun is that
                // person rather than whoever spoke last.
                Mention::Pronoun(Pronoun::Person(gender))
                    if let Some(words) = (i.saturating_sub(QUIET_SENTENCES)..i)
                        .rev()
                        .take_while(|&p| last_spoke.is_none_or(|l| l < p))
                        .find_map(|p| {
                            let sentence = &body[spans[p].clone()];
                            // `As the light faded, Adamik locked her door.`
                            let (before, subject) = match mention::opening_word(sentence) {
                                Some(subject) => (sentence, subject),
                                None => {
                                    let rest = mention::after_opening_clause(sentence)?;
                                    (rest, mention::opening_word(rest)?)
                                }
                            };
                            // `Schmetzer was delighted. “…,” he said.`: right before, in the
                            // same paragraph, a surname never written in full will do, before
                            // a verb that reads like a person's (not `Asked what`).
                            let next_to = p + 1 == i
                                && !body[spans[p].end..span.start].contains('\n')
                                && mention::surname_opening(before);
                            history
                                .person_named(&subject.words[0], &body[..span.start])
                                .or_else(|| next_to.then_some(subject.words))
                        })
                        && given_names::gender(&words[0]).is_none_or(|g| g == gender) =>
                {
                    Mention::Phrase(mention::Phrase {
                        words,
                        role: None,
                        definite: false,
                        titles: Vec::new(),
                    })
                }
                // `Lena Horvath, 67, left her house.` then `“…,” she said.`: a person just
                // introduced with an apposition is who the pronoun means.
                Mention::Pronoun(Pronoun::Person(gender)) => i
                    .checked_sub(1)
                    .map(|p| &body[spans[p].clone()])
                    .and_then(|before| {
                        let name = mention::introduced_name(before)?;
                        // `His mother, Anna Kowalski, said …` then `he said`: not her.
                        let shown = given_names::gender(&name.words[0])
                            .or_else(|| introduced_as(before, &name.words[0]));
                        shown.is_none_or(|g| g == gender).then_some(name)
                    })
                    .map_or(m, Mention::Phrase),
                m => m,
            });
            let resolved = found.and_then(|m| history.resolve(m, &body[..span.start], pronoun));
            // `Prime Minister Henrik Aalstad opened by defending his record. “…,” he said.`: a
            // pronoun nobody who spoke can take is the person who opened a sentence just before
            // (further back than the one before, only if the given name says the gender).
            let speaker = resolved.or_else(|| {
                let gender = pronoun?;
                let subject = (i.saturating_sub(LOOKBACK_SENTENCES)..i)
                    .rev()
                    .find_map(|p| {
                        let subject = mention::person_opening(&body[spans[p].clone()])?;
                        let given = given_names::gender(&subject.words[0]);
                        let agrees = given == Some(gender) || given.is_none() && p + 1 == i;
                        agrees.then_some(subject)
                    })?;
                history.resolve(Mention::Phrase(subject), &body[..span.start], pronoun)
            });
            if speaker.is_some() {
                last_spoke = Some(i);
            }
            speaker
        })
        .collect();
    name_headline_speaker(body, spans, &mut speakers);
    share_quotations(body, spans, quotes, &mut speakers);
    sign_quotations(body, spans, &mut speakers);
    speakers
}

/// `Coach says injured captain will miss final`: a headline's speaker known only by a role is
/// the person the story names with it (`coach Dale Brennan`).
fn name_headline_speaker(body: &str, spans: &[Range<usize>], speakers: &mut [Option<String>]) {
    let (Some(span), Some(speaker)) = (spans.first(), speakers.first_mut()) else {
        return;
    };
    let text = &body[span.clone()];
    let headline = !text.ends_with(['.', '!', '?', '"', '”', ':']);
    // A name, not a role (`Kenyan Prime Minister`).
    let named = speaker.as_deref().is_some_and(|s| {
        let role = s
            .rsplit(' ')
            .next()
            .is_some_and(|w| lexicon::role(&w.to_lowercase()) == Some(lexicon::Role::Person));
        s.split(' ').nth(1).is_some() && s.split(' ').all(lexicon::capitalised) && !role
    });
    if !headline || named {
        return;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(verb) = words.iter().position(|w| {
        matches!(
            *w,
            "says"
                | "said"
                | "warns"
                | "rules"
                | "promises"
                | "claims"
                | "vows"
                | "insists"
                | "calls"
                | "urges"
                | "denies"
                | "admits"
                | "announces"
                | "accuses"
        )
    }) else {
        return;
    };
    // The role opens the headline as its subject (not `… as minister promises …`).
    const MAX_SUBJECT: usize = 3;
    let Some(title) = verb
        .checked_sub(1)
        .filter(|_| verb <= MAX_SUBJECT)
        .map(|t| words[t].to_lowercase())
    else {
        return;
    };
    let role = lexicon::role(&title) == Some(lexicon::Role::Person) || title == "chief";
    if role && let Some(name) = history::titled_name_after(&body[span.end..], &title) {
        *speaker = Some(name.join(" "));
    }
}

/// The gender a relation or title right before `first` (a name's first word) in `sentence`
/// shows: `Her husband, Liu Wei,` is a man.
fn introduced_as(sentence: &str, first: &str) -> Option<lexicon::Gender> {
    let at = sentence.find(first)?;
    let word = sentence[..at]
        .split_whitespace()
        .next_back()?
        .trim_end_matches(',')
        .to_lowercase();
    lexicon::gendered_title(&word)
}

/// A statement that is one quotation signed on a line of its own (`“…”` then `– Karoline
/// Leavitt`) is all the signer's words, names quoted inside it included.
fn sign_quotations(body: &str, spans: &[Range<usize>], speakers: &mut [Option<String>]) {
    /// Paragraphs of quotation a signature reaches back over.
    const MAX_PARAGRAPHS: usize = 20;
    let paragraph_break =
        |i: usize| i == 0 || body[spans[i - 1].end..spans[i].start].contains('\n');
    for i in 1..spans.len() {
        // The signature test rejects most sentences on their first byte, so it goes first.
        let Some(name) = signature(&body[spans[i].clone()]) else {
            continue;
        };
        let own_line = paragraph_break(i) && (i + 1 == spans.len() || paragraph_break(i + 1));
        if !own_line {
            continue;
        }
        let mut start = i;
        let mut paragraphs = 0;
        while start > 0 && paragraphs < MAX_PARAGRAPHS {
            let mut first = start - 1;
            while !paragraph_break(first) {
                first -= 1;
            }
            if !body[spans[first].clone()].starts_with(['“', '"']) {
                break;
            }
            start = first;
            paragraphs += 1;
        }
        for speaker in &mut speakers[start..i] {
            *speaker = Some(name.to_string());
        }
    }
}

/// The name on a signature line: a dash, then two to four capitalised words, optionally
/// followed by a comma and a title (`– Karoline Leavitt`, `— Jane Doe, Press Secretary`).
fn signature(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix(['–', '—'])
        .or_else(|| line.strip_prefix("--"))?;
    let rest = rest.strip_prefix(' ')?;
    let name = rest.split(',').next()?.trim_end();
    let words = name.split(' ').count();
    let name_like = name.split(' ').all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    ((2..=4).contains(&words) && name_like).then_some(name)
}

/// The label at the start of each span's line, if any. Lines are found incrementally so that
/// each byte is looked at once, however long the lines.
fn transcript_labels(body: &str, spans: &[Range<usize>]) -> Vec<Option<String>> {
    let mut scanned = 0;
    let mut speaker: Option<String> = None;
    spans
        .iter()
        .map(|span| {
            let line_start = match body[scanned..span.start].rfind('\n') {
                Some(newline) => Some(scanned + newline + 1),
                None => (scanned == 0).then_some(0),
            };
            if let Some(start) = line_start {
                let line = body[start..].trim_start();
                speaker = transcript_label(line)
                    .map(|label| label_name(&line[..label.end - 1]).to_string());
            }
            scanned = span.start;
            speaker.clone()
        })
        .collect()
}

/// A quotation over several sentences belongs to the speaker named where it closes
/// (`“We are not afraid. We will stay,” said Olena Kovalenko.`) or where it opens
/// (`Al-Amr said “All were taken to hospital. None are left.”`), and a sentence that is all
/// quotation right after an attributed one continues that speaker
/// (`“Port Calder will recover,” he said. “We always have.”`). Only within a paragraph, except
/// that an attribution ending in a colon or comma (`Rathbun stated,`) introduces the quotation
/// that follows it, a quotation left open at the end of a paragraph goes on in the next one
/// when that opens with a quotation mark, and an unattributed quotation paragraph right after
/// an attributed sentence (a quotation or reported speech), or a list item of quotation after
/// one, continues its speaker.
fn share_quotations(
    body: &str,
    spans: &[Range<usize>],
    quotes: &[Quotes],
    speakers: &mut [Option<String>],
) {
    let mut open = false;
    let mut opened_at = 0;
    // An unattributed quotation paragraph that follows an attributed quotation and is still
    // open: where it started and the speaker it continues, decided when it closes.
    let mut pending: Option<(usize, Option<String>)> = None;
    for i in 0..spans.len() {
        let text = &body[spans[i].clone()];
        let previous = i.checked_sub(1).map(|p| &body[spans[p].clone()]);
        let gap = previous.map_or("", |_| &body[spans[i - 1].end..spans[i].start]);
        // A list of quotations under an introduction (`President Trump praised the crew.`
        // then `- “Today, you’ve made history…”`) is the introduced speaker's.
        let list_item =
            text.starts_with(LIST_MARKS) && quote_first(text.trim_start_matches(LIST_MARKS));
        let quote_first = list_item || quote_first(text);
        // `Rathbun stated,` introduces the quotation that follows it.
        let introduced =
            quote_first && previous.is_some_and(|p| p.trim_end().ends_with([':', ',']));
        if introduced && speakers[i].is_none() {
            speakers[i] = speakers[i - 1].clone();
        }
        if gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
            // A quotation that runs on into the next paragraph leaves the first one open and
            // reopens with a quotation mark, or goes on without one and closes in the new
            // paragraph.
            let unmarked = open && !quote_first && closes_first(&body[spans[i].start..]);
            let continued = open && quote_first || unmarked;
            if continued && speakers[i].is_none() {
                // The speaker of a quotation still pending from the paragraph before.
                speakers[i] = match &pending {
                    Some((_, speaker)) => speaker.clone(),
                    None => speakers[i - 1].clone(),
                };
            }
            if !continued {
                pending = None;
            }
            open = unmarked;
        }
        let inside_at_start = open;
        if !inside_at_start {
            opened_at = i;
        }
        open = quotes[i].open_after(open);
        if inside_at_start && speakers[i].is_some() {
            let speaker = speakers[i].clone();
            for earlier in &mut speakers[opened_at..i] {
                if earlier.is_none() {
                    earlier.clone_from(&speaker);
                }
            }
            // Each sentence is filled at most once, so a quotation that never closes costs
            // linear time.
            opened_at = i + 1;
            pending = None;
        }
        if inside_at_start && speakers[i].is_none() && pending.is_none() {
            speakers[i] = speakers[i - 1].clone();
        }
        // `She is not against the new bridge, she said.` then a paragraph of quotation: an
        // unattributed quotation continues the sentence before, quoted or reported.
        let continues = speakers[i].is_none() && quote_first && !inside_at_start && i > 0;
        if continues && !open {
            speakers[i] = speakers[i - 1].clone();
        } else if continues && pending.is_none() {
            pending = Some((i, speakers[i - 1].clone()));
        }
        if !open && let Some((start, speaker)) = pending.take() {
            for s in &mut speakers[start..=i] {
                if s.is_none() {
                    s.clone_from(&speaker);
                }
            }
        }
    }
}

/// Marks that open a list item, with the space after them.
const LIST_MARKS: [char; 4] = ['-', '•', '*', ' '];

fn quote_first(text: &str) -> bool {
    text.starts_with(['“', '"'])
}

/// Whether the first quotation mark of the paragraph that `text` opens closes a quotation:
/// `”`, or a `"` that follows a word or punctuation and is followed by a space, punctuation or
/// the paragraph's end (`later." It`). A `"` after a space opens one (`said, "The`), however
/// many marks follow: an article that once types the wrong curly mark would otherwise carry
/// one speaker's quotation over the next speaker's.
fn closes_first(text: &str) -> bool {
    let paragraph = text.split("\n\n").next().unwrap_or_default();
    let Some((at, mark)) = paragraph
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '“' | '”'))
    else {
        return false;
    };
    match mark {
        '”' => true,
        '"' => {
            let before = paragraph[..at].chars().next_back();
            let after = paragraph[at + 1..].chars().next();
            before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
        }
        _ => false,
    }
}

/// The `SPEAKER:` label opening a transcript line: the range of the label including its colon.
pub fn transcript_label(line: &str) -> Option<Range<usize>> {
    const MAX_LABEL: usize = 48;
    let colon = line.bytes().take(MAX_LABEL).position(|b| b == b':')?;
    let name = &line[..colon];
    let after = line[colon + 1..].chars().next();
    if name.trim() != name || !after.is_none_or(char::is_whitespace) {
        return None;
    }
    let words: Vec<&str> = label_name(name).split(' ').collect();
    let plausible = (1..=5).contains(&words.len())
        && words.iter().all(|w| is_label_word(w))
        && !is_heading_word(words[0])
        && name.chars().next().is_some_and(char::is_uppercase);
    plausible.then_some(0..colon + 1)
}

/// The speaker a label names, without a role in parentheses (`Jane Holm (Mayor)`).
fn label_name(label: &str) -> &str {
    match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, role)) if !role.contains(['(', ')']) => name,
        _ => label,
    }
}

/// A word that opens a heading or a note rather than a speaker's line (`Transcript: …`,
/// `Editor's note: …`, `Source: …`).
fn is_heading_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "transcript"
            | "note"
            | "editor's"
            | "editor’s"
            | "source"
            | "sources"
            | "update"
            | "updated"
            | "correction"
            | "date"
            | "time"
            | "location"
            | "subject"
            | "re"
            | "title"
            | "photo"
            | "caption"
            | "credit"
            | "related"
            | "published"
            | "posted"
            | "tags"
            | "topics"
            | "watch"
            | "video"
            | "audio"
    )
}

/// A word of a speaker label: capitalised (`MS.`, `LEAVITT`, `William`, `O’Brien`) or a
/// linking word (`of`, `the`).
fn is_label_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let linking = matches!(word, "of" | "the" | "and" | "for" | "de" | "van" | "von");
    (first.is_uppercase() || linking)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}

#[cfg(test)]
mod tests;
