//! Word lists for attribution. Lookups are exact on lower-cased ASCII words.

/// Starts with a capital letter: a name or a sentence's first word.
pub fn capitalised(word: &str) -> bool {
    // Most words open with ASCII, which needs no decoding.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
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

/// How a word reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    /// A speech verb: `said`, `estimated`.
    Verb(Strength),
    /// The `-ing` form of a speech verb (`with Syria claiming …`).
    Participle,
    /// A verb that reports speech only when a clause of what was said follows (`Holm agreed
    /// that …`, `The court ruled that …`).
    BeforeThat,
    /// A word that reports speech only in some constructions, which [`super::mention`] reads
    /// around it: `found` (`the study found`), `show`, `called for`, `issued a statement`.
    Cue,
}

/// What `word` (exact, lower case) is among the speech words. One `match` on bytes, which the
/// compiler turns into jumps on the length and the letters, rather than one string comparison
/// per word: attribution and scoring ask this of nearly every lower-case word.
pub fn speech(word: &str) -> Option<Speech> {
    match word.as_bytes() {
        // The bare forms follow plural subjects: `researchers say`, `officials add`.
        b"said" | b"says" | b"say" | b"told" | b"tells" | b"tell" | b"added" | b"adds" | b"add"
        | b"reported" | b"reports" | b"stated" | b"states" | b"announced" | b"announces"
        | b"announce" | b"wrote" | b"writes" | b"write" => Some(Speech::Verb(Strength::Strong)),
        // Not the bare forms that are more often nouns after a possessive (`Smith's claim`).
        b"claimed" | b"claims" | b"noted" | b"notes" | b"warned" | b"warns" | b"warn"
        | b"explained" | b"explains" | b"explain" | b"insisted" | b"insist" | b"argued"
        | b"argues" | b"argue" | b"confirmed" | b"confirms" | b"confirm" | b"acknowledged"
        | b"estimated" | b"estimates" | b"predicted" | b"predict" | b"tweeted" | b"posted"
        | b"testified" | b"declared" | b"asserted" | b"admitted" | b"blamed" | b"accused"
        | b"denied" | b"cautioned" | b"stressed" | b"replied" | b"responded" | b"recalled"
        | b"urged" | b"dubbed" | b"theorized" | b"theorised" | b"characterized"
        | b"characterised" | b"described" | b"describes" | b"describe" | b"suggested"
        | b"suggests" | b"suggest" | b"revealed" | b"reveals" | b"concluded" | b"concludes"
        | b"speculated" | b"contended" | b"remarked" | b"commented" | b"complained"
        | b"boasted" | b"vowed" | b"promised" | b"pledged" | b"alleged" | b"alleges" | b"asked"
        | b"expressed" | b"praised" | b"underlined" | b"disputed" | b"questioned"
        | b"criticised" | b"criticized" | b"advises" | b"advised" | b"welcomed" | b"denies"
        | b"disputes" | b"rejected" | b"rejects" | b"apologised" | b"apologized" | b"credited"
        | b"appealed" | b"denounced" | b"condemned" | b"recounted" | b"clarified"
        | b"underscored" | b"emphasized" | b"emphasised" | b"reiterated" | b"affirmed"
        | b"declares" | b"countered" | b"decried" | b"indicated" | b"indicates" | b"indicate"
        | b"expects" | b"expect" | b"believes" | b"believe" | b"hopes" | b"maintained"
        | b"maintains" | b"assured" | b"elaborated" | b"mentioned" | b"commended" | b"surmised"
        | b"contend" | b"contends" | b"highlighted" | b"thanked" | b"requested" | b"retorted"
        | b"lamented" | b"signalled" | b"signaled" | b"hinted" | b"reassured" | b"informed"
        | b"shouted" | b"yelled" | b"joked" | b"quipped" | b"accuses" | b"justified"
        | b"outlined" => Some(Speech::Verb(Strength::Weak)),
        b"saying" | b"adding" | b"claiming" | b"telling" | b"suggesting" | b"describing"
        | b"arguing" | b"insisting" | b"warning" | b"stating" | b"noting" => {
            Some(Speech::Participle)
        }
        b"agreed" | b"disagreed" | b"conceded" | b"disclosed" | b"observed" | b"charged"
        | b"demanded" | b"projected" | b"forecast" | b"threatened" | b"objected" | b"protested"
        | b"answered" | b"ruled" => Some(Speech::BeforeThat),
        b"reporting" | b"issued" | b"issues" | b"released" | b"releases" | b"continued"
        | b"went" | b"state" | b"claim" | b"allege" | b"identified" | b"identifies" | b"found"
        | b"finds" | b"show" | b"shows" | b"showed" | b"heard" | b"put" | b"puts" | b"pointed"
        | b"points" | b"call" | b"calls" | b"called" => Some(Speech::Cue),
        _ => None,
    }
}

/// How strongly `word` reports speech, if it is a speech verb.
pub fn speech_verb(word: &str) -> Option<Strength> {
    match speech(word)? {
        Speech::Verb(strength) => Some(strength),
        Speech::Participle | Speech::BeforeThat | Speech::Cue => None,
    }
}

/// A day or a month (lower case): capitalised like a name, but never a speaker. Not `may`,
/// which is mostly the verb.
pub fn date_word(word: &str) -> bool {
    word != "may" && crate::extract::segment::day_or_month(word)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person(Gender),
    /// it
    Thing,
    /// they
    Plural,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" => Some(Pronoun::Person(Gender::Male)),
        "she" => Some(Pronoun::Person(Gender::Female)),
        "it" => Some(Pronoun::Thing),
        "they" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// The pronoun behind a possessive (`her analysis` is hers).
pub fn possessive_pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "his" => Some(Pronoun::Person(Gender::Male)),
        "her" => Some(Pronoun::Person(Gender::Female)),
        "its" => Some(Pronoun::Thing),
        "their" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// The gender a title or role gives a person (`Mr`, `spokeswoman`), if any.
pub fn gendered_title(lower: &str) -> Option<Gender> {
    match lower {
        "mr" | "sir" | "lord" | "king" | "prince" | "spokesman" | "chairman" | "congressman"
        | "businessman" | "councilman" | "father" | "brother" | "son" | "husband" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "madam" | "lady" | "dame" | "queen" | "princess"
        | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "councilwoman"
        | "mother" | "sister" | "daughter" | "wife" => Some(Gender::Female),
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
    role_bytes(word.as_bytes())
}

/// [`role`] of a word in any case: short ASCII words (nearly all) are folded on the stack, with
/// no allocation, for the hot paths that meet every capitalised word.
pub fn role_folded(word: &str) -> Option<Role> {
    const MAX: usize = 16;
    if word.len() > MAX || !word.is_ascii() {
        return role(&word.to_lowercase());
    }
    let mut buf = [0u8; MAX];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    role_bytes(lower)
}

/// [`role`] of a lower-case word given as bytes.
pub fn role_bytes(word: &[u8]) -> Option<Role> {
    match word {
        b"mayor" | b"governor" | b"president" | b"minister" | b"secretary" | b"senator"
        | b"sen" | b"rep" | b"gov" | b"representative" | b"spokesperson" | b"spokesman"
        | b"spokeswoman" | b"director" | b"chairman" | b"chairwoman" | b"chair" | b"chief"
        | b"executive" | b"ceo" | b"official" | b"commissioner" | b"professor" | b"prof"
        | b"dr" | b"mr" | b"mrs" | b"ms" | b"forecaster" | b"author" | b"researcher"
        | b"scientist" | b"economist" | b"analyst" | b"ambassador" | b"general" | b"gen"
        | b"colonel" | b"captain" | b"judge" | b"prosecutor" | b"lawyer" | b"attorney"
        | b"chancellor" | b"premier" | b"king" | b"queen" | b"pope" | b"sheriff" | b"manager"
        | b"head" | b"leader" | b"founder" | b"councillor" | b"councilor" | b"coach"
        | b"doctor" | b"nurse" | b"engineer" | b"inspector" | b"superintendent" | b"principal"
        | b"teacher" | b"resident" | b"witness" | b"curator" | b"treasurer" | b"mp"
        | b"lawmaker" | b"legislator" | b"editor" | b"reporter" | b"correspondent"
        | b"historian" | b"campaigner" | b"barrister" | b"counsel" | b"pastor" | b"priest"
        | b"rabbi" | b"imam" | b"bishop" | b"archbishop" | b"cardinal" | b"deputy" | b"adviser"
        | b"advisor" | b"consultant" | b"commander" | b"pilot" | b"specialist" | b"astronaut"
        | b"administrator" | b"policeman" | b"policewoman" | b"officer" | b"soldier" | b"rebel"
        | b"diplomat" | b"activist" | b"delegate" | b"student" | b"survivor" | b"victim"
        | b"employee" | b"worker" | b"passenger" | b"journalist" | b"farmer" | b"villager"
        | b"protester" | b"neighbour" | b"neighbor" | b"critic" | b"expert" | b"observer"
        | b"organizer" | b"organiser" | b"medic" | b"paramedic" | b"firefighter" | b"militant"
        | b"volunteer" | b"democrat" | b"republican" | b"attendee" | b"source" => {
            Some(Role::Person)
        }
        b"ministry" | b"agency" | b"department" | b"government" | b"office" | b"authority"
        | b"company" | b"firm" | b"council" | b"committee" | b"commission" | b"court" | b"army"
        | b"military" | b"service" | b"board" | b"bank" | b"union" | b"association"
        | b"institute" | b"university" | b"kremlin" | b"embassy" | b"administration"
        | b"police" | b"newspaper" | b"group" | b"organization" | b"organisation" | b"party"
        | b"campaign" | b"statement" | b"report" | b"study" | b"survey" | b"poll" | b"network"
        | b"broadcaster" | b"station" | b"hospital" | b"school" | b"operator" | b"regulator"
        | b"bureau" | b"centre" | b"center" | b"centres" | b"centers" | b"cabinet" | b"utility"
        | b"inspectorate" | b"parliament" | b"senate" | b"house" | b"congress" | b"league"
        | b"federation" | b"foundation" | b"coalition" | b"alliance" | b"society" | b"charity"
        | b"club" | b"team" | b"museum" | b"library" | b"trust" | b"fund" | b"force"
        | b"programme" | b"program" | b"mission" | b"command" | b"corps" | b"institution"
        | b"observatory" | b"tribunal" | b"directorate" | b"secretariat" | b"assembly"
        | b"college" | b"chamber" | b"brigade" | b"prefecture" | b"branch" | b"guard" => {
            Some(Role::Institution)
        }
        b"officials" | b"authorities" | b"residents" | b"witnesses" | b"eyewitnesses"
        | b"elders" | b"investigators" | b"experts" | b"analysts" | b"economists"
        | b"scientists" | b"researchers" | b"prosecutors" | b"lawyers" | b"doctors"
        | b"insurers" | b"critics" | b"activists" | b"officers" | b"sources" | b"documents"
        | b"data" | b"figures" | b"records" | b"organizers" | b"organisers" | b"people"
        | b"workers" | b"parents" | b"teachers" | b"engineers" | b"authors" | b"individuals"
        | b"users" | b"voters" | b"students" | b"members" | b"observers" | b"protesters"
        | b"passengers" | b"colleagues" | b"shoppers" | b"commuters" | b"fans" | b"neighbours"
        | b"neighbors" | b"families" | b"farmers" | b"nurses" | b"patients" | b"survivors"
        | b"villagers" | b"tenants" | b"owners" | b"customers" | b"supporters" | b"opponents"
        | b"locals" | b"visitors" | b"drivers" | b"reports" | b"studies" | b"media"
        | b"ministers" | b"leaders" | b"lawmakers" | b"diplomats" | b"journalists"
        | b"reporters" | b"senators" | b"judges" | b"soldiers" | b"rebels" | b"militants"
        | b"demonstrators" | b"firefighters" | b"rescuers" | b"medics" | b"paramedics"
        | b"crews" | b"troops" | b"groups" | b"attendees" => Some(Role::Group),
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

/// A body named by what it does (`the company`, `the airline`), which refers back to the last
/// organisation that spoke.
pub fn generic_body(word: &str) -> bool {
    matches!(
        word,
        "company"
            | "firm"
            | "club"
            | "group"
            | "organisation"
            | "organization"
            | "airline"
            | "carrier"
            | "retailer"
            | "maker"
            | "manufacturer"
            | "lender"
            | "insurer"
            | "developer"
            | "newspaper"
            | "paper"
            | "utility"
            | "operator"
            | "broadcaster"
            | "charity"
            | "bank"
    )
}

/// A person who speaks for a body: `spokesperson`, `spokesman`, `spokeswoman`.
pub fn spokesperson(word: &str) -> bool {
    matches!(word, "spokesperson" | "spokesman" | "spokeswoman")
}

/// An institution's word that writers use for a body named before under another word
/// (`the agency` for the Metro Transit Authority, `the force` for West Midlands Police).
pub fn refers_to_named_body(word: &str) -> bool {
    matches!(
        word,
        "agency" | "force" | "group" | "alliance" | "authority" | "union" | "federation"
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
            | "today"
            | "yesterday"
            | "tonight"
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
            | "did"
            | "does"
            | "however"
            | "supposedly"
            | "reportedly"
            | "allegedly"
            | "initially"
            | "subsequently"
            | "immediately"
            | "originally"
            | "openly"
            | "tentatively"
            | "firmly"
            | "strongly"
            | "here"
            | "there"
    )
}

/// Someone named by whose they are (`Biti's lawyer`, `the victim's mother`).
pub fn relation(word: &str) -> bool {
    matches!(
        word,
        "lawyer"
            | "attorney"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "husband"
            | "wife"
            | "father"
            | "mother"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "family"
    )
}

/// A lower-case word inside a name (`von der Leyen`, `Medecins sans Frontieres`).
pub fn name_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "du"
            | "des"
            | "del"
            | "della"
            | "da"
            | "di"
            | "dos"
            | "das"
            | "sans"
            | "bin"
            | "ibn"
            | "le"
            | "la"
    )
}

/// A capitalised word that reads like a nationality (`Israeli`, `American`, `Chinese`,
/// `British`).
pub fn nationality(word: &str) -> bool {
    capitalised(word)
        && word.chars().all(char::is_alphabetic)
        && ["an", "i", "ese", "ish"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Common words that open a group's description (`Local officials`, `City police`, `Recent
/// reports`, `Others`): at a sentence's start they are capitalised only because they open it.
pub fn group_modifier(word: &str) -> bool {
    matches!(
        word,
        "local"
            | "city"
            | "state"
            | "regional"
            | "national"
            | "federal"
            | "county"
            | "municipal"
            | "provincial"
            | "district"
            | "town"
            | "village"
            | "senior"
            | "top"
            | "former"
            | "recent"
            | "previous"
            | "earlier"
            | "new"
            | "other"
            | "others"
            | "some"
            | "many"
            | "most"
            | "several"
            | "both"
            | "two"
            | "three"
            | "four"
            | "five"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "news"
            | "media"
            | "health"
            | "climate"
            | "shop"
            | "union"
            | "opposition"
            | "school"
            | "hospital"
            | "company"
            | "industry"
            | "government"
            | "military"
            | "security"
            | "rescue"
            | "emergency"
            | "fire"
            | "airline"
            | "independent"
            | "foreign"
            | "prison"
            | "election"
            | "transport"
            | "finance"
            | "education"
            | "defence"
            | "defense"
            | "medical"
            | "legal"
            | "weather"
            | "coast"
            | "border"
            | "airport"
            | "party"
            | "campaign"
            | "family"
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
            | "these"
            | "those"
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_in_any_case() {
        assert_eq!(role_folded("Ministry"), Some(Role::Institution));
        assert_eq!(role_folded("MAYOR"), Some(Role::Person));
        assert_eq!(role_folded("officials"), Some(Role::Group));
        assert_eq!(role_folded("Administrator"), Some(Role::Person));
        assert_eq!(role_folded("Spokespersonship"), None);
        // Longer than the stack buffer or not ASCII: folded the slow way.
        assert_eq!(role_folded("REPRESENTATIVE-ELECT"), None);
        assert_eq!(role_folded("Représentative"), None);
        assert_eq!(role_folded("Ministère"), None);
        assert_eq!(role_folded(""), None);
    }
}
