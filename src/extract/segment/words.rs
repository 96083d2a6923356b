//! Word lists the boundary rules consult. All lookups are ASCII case-insensitive and allocation
//! free: a word is lowered into a small stack buffer first.

/// `word` lowered into `buf`, or None when it is too long to be in any list.
fn lower<'a>(word: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Titles written before a name: `Mr.`, `Sen.`, `St.`. A capitalised word after them is the
/// name, never a new sentence.
pub fn is_title(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(
            "mr" | "mrs"
                | "ms"
                | "messrs"
                | "mmes"
                | "dr"
                | "prof"
                | "sen"
                | "sens"
                | "rep"
                | "reps"
                | "gov"
                | "govs"
                | "gen"
                | "lt"
                | "col"
                | "maj"
                | "capt"
                | "cpt"
                | "cmdr"
                | "adm"
                | "sgt"
                | "cpl"
                | "pvt"
                | "supt"
                | "insp"
                | "det"
                | "rev"
                | "fr"
                | "msgr"
                | "hon"
                | "pres"
                | "amb"
                | "atty"
                | "mt"
                | "ft"
                | "st"
                | "ste"
        )
    )
}

/// Abbreviations that usually continue the sentence but may end it (`Co.`, `Jan.`, `No.`).
/// After one of these, a new sentence starts only with a typical sentence opener.
pub fn is_abbreviation(word: &str) -> bool {
    let mut buf = [0; 16];
    if matches!(
        word,
        "Ala"
            | "Ariz"
            | "Ark"
            | "Calif"
            | "Colo"
            | "Conn"
            | "Del"
            | "Fla"
            | "Ga"
            | "Ill"
            | "Ind"
            | "Kan"
            | "Kans"
            | "Ky"
            | "La"
            | "Md"
            | "Mass"
            | "Mich"
            | "Minn"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Neb"
            | "Nev"
            | "Okla"
            | "Ore"
            | "Pa"
            | "Penn"
            | "Tenn"
            | "Tex"
            | "Va"
            | "Vt"
            | "Wash"
            | "Wis"
            | "Wyo"
    ) {
        return true;
    }
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    month_abbreviation(w)
        || matches!(
            w,
            "co" | "cos"
                | "corp"
                | "inc"
                | "ltd"
                | "llc"
                | "plc"
                | "bros"
                | "jr"
                | "sr"
                | "esq"
                | "vs"
                | "v"
                | "etc"
                | "al"
                | "approx"
                | "est"
                | "dept"
                | "div"
                | "univ"
                | "assn"
                | "assoc"
                | "intl"
                | "natl"
                | "govt"
                | "ave"
                | "blvd"
                | "rd"
                | "hwy"
                | "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "no"
                | "nos"
                | "n°"
                | "nr"
                | "vol"
                | "vols"
                | "p"
                | "pp"
                | "ch"
                | "fig"
                | "figs"
                | "art"
                | "sec"
                | "op"
                | "cf"
                | "ca"
                | "min"
                | "max"
                | "mln"
                | "bn"
                | "tel"
                | "ext"
        )
}

/// `e.g.` and `i.e.` never end a sentence.
pub fn is_inline_latin(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(lower(word, &mut buf), Some("e.g" | "i.e" | "viz" | "cf"))
}

/// `a.m.` / `p.m.`, with or without inner periods.
pub fn is_clock_suffix(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(lower(word, &mut buf), Some("a.m" | "p.m"))
}

/// Words that may follow a clock time without starting a new sentence: `4 p.m. Wednesday`,
/// `6 P.M. EST`.
pub fn continues_clock_time(word: &str) -> bool {
    let mut buf = [0; 16];
    lower(word, &mut buf).is_some_and(|w| {
        day_or_month(w)
            || month_abbreviation(w)
            || matches!(
                w,
                "et" | "est"
                    | "edt"
                    | "ct"
                    | "cst"
                    | "cdt"
                    | "mt"
                    | "mst"
                    | "mdt"
                    | "pt"
                    | "pst"
                    | "pdt"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "cet"
                    | "cest"
                    | "eet"
                    | "msk"
                    | "ist"
                    | "jst"
                    | "aest"
                    | "local"
                    | "eastern"
                    | "central"
                    | "pacific"
                    | "mountain"
            )
    })
}

/// A month's abbreviation, in lower case, without its period: `jan`, `sept`.
fn month_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A day of the week or a month, written out in lower case.
pub fn day_or_month(lower: &str) -> bool {
    matches!(
        lower,
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
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Prepositions that open a short time phrase at the start of a sentence: `At 5 a.m. Mr. Smith
/// went …`.
pub fn opens_time_phrase(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(
            "at" | "by"
                | "before"
                | "after"
                | "until"
                | "till"
                | "from"
                | "around"
                | "about"
                | "since"
                | "shortly"
        )
    )
}

/// Words that typically open a sentence. After an ambiguous abbreviation (`Co.`, `U.S.`) a
/// capitalised opener marks a boundary; a capitalised name or noun does not.
pub fn is_sentence_opener(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(
            "a" | "an"
                | "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "there"
                | "here"
                | "i"
                | "he"
                | "she"
                | "it"
                | "we"
                | "they"
                | "you"
                | "his"
                | "her"
                | "its"
                | "our"
                | "their"
                | "my"
                | "your"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "but"
                | "and"
                | "or"
                | "so"
                | "yet"
                | "however"
                | "meanwhile"
                | "still"
                | "also"
                | "then"
                | "in"
                | "on"
                | "at"
                | "for"
                | "if"
                | "when"
                | "while"
                | "after"
                | "before"
                | "as"
                | "since"
                | "although"
                | "though"
                | "because"
                | "what"
                | "how"
                | "why"
                | "where"
                | "who"
                | "which"
                | "is"
                | "are"
                | "was"
                | "were"
                | "do"
                | "does"
                | "did"
                | "can"
                | "will"
                | "no"
                | "not"
                | "yes"
                | "some"
                | "many"
                | "most"
                | "all"
                | "one"
                | "two"
                | "three"
                | "officials"
                | "police"
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_ascii_case() {
        assert!(is_title("Sen"));
        assert!(is_title("MS"));
        assert!(is_abbreviation("Co"));
        assert!(is_abbreviation("N°"));
        assert!(is_sentence_opener("How"));
        assert!(!is_sentence_opener("Government"));
        assert!(is_clock_suffix("P.M"));
        assert!(continues_clock_time("EST"));
    }

    #[test]
    fn state_abbreviations_are_case_sensitive() {
        assert!(is_abbreviation("Ill"));
        assert!(!is_abbreviation("ill"));
    }

    #[test]
    fn long_words_are_in_no_list() {
        assert!(!is_title("Mrrrrrrrrrrrrrrrrrrrr"));
        assert!(!is_abbreviation(""));
    }
}
