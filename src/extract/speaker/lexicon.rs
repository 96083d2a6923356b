//! Word lists for attribution. Lookups are exact on lower-cased ASCII words.

/// Starts with a capital letter: a name or a sentence's first word.
pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more ASCII capitals and nothing else: an acronym (`WHO`, `AFP`).
pub fn all_caps(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// How strongly a verb marks reported speech; the strongest one in a sentence wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Strong,
}

pub fn speech_verb(word: &str) -> Option<Strength> {
    // Every verb below has 3 to 13 lower-case letters and ends in `d`, `s`, `e`, `y`, `l`,
    // `t` or `n`; many words fail this test at once.
    let b = word.as_bytes();
    let plausible = (3..=13).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && matches!(
            b[b.len() - 1],
            b'd' | b's' | b'e' | b'y' | b'l' | b't' | b'n'
        );
    if !plausible {
        return None;
    }
    match word {
        // The bare forms follow plural subjects: `researchers say`, `officials add`.
        "said" | "says" | "say" | "told" | "tells" | "tell" | "added" | "adds" | "add"
        | "reported" | "reports" | "stated" | "states" | "announced" | "announces" | "announce"
        | "wrote" | "writes" | "write" => Some(Strength::Strong),
        // Not the bare forms that are more often nouns after a possessive (`Smith's claim`).
        "claimed" | "claims" | "noted" | "notes" | "warned" | "warns" | "warn" | "explained"
        | "explains" | "explain" | "insisted" | "insist" | "argued" | "argues" | "argue"
        | "confirmed" | "confirms" | "confirm" | "acknowledged" | "estimated" | "estimates"
        | "predicted" | "predict" | "tweeted" | "posted" | "testified" | "declared"
        | "asserted" | "admitted" | "blamed" | "accused" | "denied" | "cautioned" | "stressed"
        | "replied" | "responded" | "recalled" | "urged" | "dubbed" | "theorized" | "theorised"
        | "characterized" | "characterised" | "described" | "describes" | "describe"
        | "suggested" | "suggests" | "revealed" | "reveals" | "concluded" | "concludes"
        | "speculated" | "contended" | "remarked" | "commented" | "complained" | "boasted"
        | "vowed" | "promised" | "pledged" | "alleged" | "alleges" | "asked" => {
            Some(Strength::Weak)
        }
        _ => None,
    }
}

/// A day or a month (lower case): capitalised like a name, but never a speaker.
pub fn date_word(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person,
    /// it
    Thing,
    /// they
    Plural,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "she" => Some(Pronoun::Person),
        "it" => Some(Pronoun::Thing),
        "they" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// What a role noun names: a person (`mayor`), an institution (`ministry`) or a group
/// (`officials`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Person,
    Institution,
    Group,
}

pub fn role(word: &str) -> Option<Role> {
    match word {
        "mayor" | "governor" | "president" | "minister" | "secretary" | "senator" | "sen"
        | "rep" | "gov" | "representative" | "spokesperson" | "spokesman" | "spokeswoman"
        | "director" | "chairman" | "chairwoman" | "chair" | "chief" | "executive" | "ceo"
        | "official" | "commissioner" | "professor" | "prof" | "dr" | "mr" | "mrs" | "ms"
        | "forecaster" | "author" | "researcher" | "scientist" | "economist" | "analyst"
        | "ambassador" | "general" | "gen" | "colonel" | "captain" | "judge" | "prosecutor"
        | "lawyer" | "attorney" | "chancellor" | "premier" | "king" | "queen" | "pope"
        | "sheriff" | "manager" | "head" | "leader" | "founder" | "councillor" | "councilor"
        | "coach" | "doctor" | "nurse" | "engineer" | "inspector" | "superintendent"
        | "principal" | "teacher" | "resident" | "witness" | "curator" | "treasurer" | "mp"
        | "lawmaker" | "legislator" | "editor" | "reporter" | "correspondent" | "historian"
        | "campaigner" | "barrister" | "counsel" | "pastor" | "priest" | "rabbi" | "imam"
        | "bishop" | "archbishop" | "cardinal" | "deputy" | "adviser" | "advisor" | "commander"
        | "pilot" | "specialist" | "astronaut" | "administrator" => Some(Role::Person),
        "ministry" | "agency" | "department" | "government" | "office" | "authority"
        | "company" | "firm" | "council" | "committee" | "commission" | "court" | "army"
        | "military" | "service" | "board" | "bank" | "union" | "association" | "institute"
        | "university" | "kremlin" | "embassy" | "administration" | "police" | "newspaper"
        | "group" | "organization" | "organisation" | "party" | "campaign" | "statement"
        | "report" | "study" | "survey" | "poll" | "network" | "broadcaster" | "station"
        | "hospital" | "school" | "operator" | "regulator" | "bureau" | "centre" | "center"
        | "cabinet" | "utility" | "inspectorate" | "parliament" | "senate" | "house"
        | "congress" => Some(Role::Institution),
        "officials" | "authorities" | "residents" | "witnesses" | "investigators" | "experts"
        | "analysts" | "economists" | "scientists" | "researchers" | "prosecutors" | "lawyers"
        | "doctors" | "insurers" | "critics" | "activists" | "officers" | "sources"
        | "documents" | "data" | "figures" | "records" | "organizers" | "organisers" | "people"
        | "workers" | "parents" | "teachers" | "engineers" | "authors" | "individuals"
        | "users" | "voters" | "students" | "members" | "observers" | "protesters" => {
            Some(Role::Group)
        }
        _ => None,
    }
}

/// What reports findings when it `found` something: a study and the like, or researchers
/// (not `police found`, which is discovery rather than report).
pub fn finding(word: &str) -> bool {
    matches!(
        word,
        "study"
            | "studies"
            | "report"
            | "survey"
            | "poll"
            | "audit"
            | "review"
            | "evaluation"
            | "analysis"
            | "inquiry"
            | "investigation"
            | "researchers"
            | "scientists"
    )
}

/// A document that reports findings: `the report` may refer back to `the … Study`.
pub fn document(word: &str) -> bool {
    matches!(word, "report" | "study" | "survey" | "poll")
}

/// Words between a subject and its speech verb that do not change the subject:
/// `the agency also reported`, `he has said`.
pub fn skippable(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "later"
            | "earlier"
            | "previously"
            | "then"
            | "has"
            | "had"
            | "have"
            | "separately"
            | "further"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "recently"
            | "once"
    )
}

/// Words that end a noun phrase when read backwards from a verb.
pub fn function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "that"
            | "this"
            | "and"
            | "or"
            | "but"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "which"
            | "who"
            | "what"
            | "when"
            | "where"
            | "while"
            | "after"
            | "before"
            | "if"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "not"
            | "no"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "there"
            | "here"
            | "than"
            | "so"
            | "because"
            | "would"
            | "could"
            | "should"
            | "will"
            | "may"
            | "might"
            | "can"
            | "did"
            | "does"
            | "do"
            | "said"
            | "says"
            | "say"
            | "i'm"
            | "i’m"
            | "i've"
            | "i’ve"
            | "we're"
            | "we’re"
            | "you're"
            | "you’re"
            | "they're"
            | "they’re"
            | "it's"
            | "it’s"
            | "that's"
            | "that’s"
            | "told"
            | "added"
            | "later"
            | "also"
            | "all"
            | "some"
            | "many"
            | "most"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
    )
}
