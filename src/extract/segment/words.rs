//! Word lists the boundary rules consult. All lookups are ASCII case-insensitive and allocation
//! free: a word is lowered into a small stack buffer first.

/// `word` lowered into `buf`, or None when it is too long to be in any list.
/// The lists hold bytes, so the lowered word needs no UTF-8 check.
fn lower<'a>(word: &str, buf: &'a mut [u8; 16]) -> Option<&'a [u8]> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// Titles written before a name: `Mr.`, `Sen.`, `St.`. A capitalised word after them is the
/// name, never a new sentence.
pub fn is_title(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(
            b"mr"
                | b"mrs"
                | b"ms"
                | b"messrs"
                | b"mmes"
                | b"dr"
                | b"prof"
                | b"sen"
                | b"sens"
                | b"rep"
                | b"reps"
                | b"gov"
                | b"govs"
                | b"gen"
                | b"lt"
                | b"col"
                | b"maj"
                | b"capt"
                | b"cpt"
                | b"cmdr"
                | b"adm"
                | b"sgt"
                | b"cpl"
                | b"pvt"
                | b"supt"
                | b"insp"
                | b"det"
                | b"rev"
                | b"fr"
                | b"msgr"
                | b"hon"
                | b"pres"
                | b"amb"
                | b"atty"
                | b"mt"
                | b"ft"
                | b"st"
                | b"ste"
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
            b"co" | b"cos"
                | b"corp"
                | b"inc"
                | b"ltd"
                | b"llc"
                | b"plc"
                | b"bros"
                | b"jr"
                | b"sr"
                | b"esq"
                | b"vs"
                | b"v"
                | b"etc"
                | b"al"
                | b"approx"
                | b"est"
                | b"dept"
                | b"div"
                | b"univ"
                | b"assn"
                | b"assoc"
                | b"intl"
                | b"natl"
                | b"govt"
                | b"ave"
                | b"blvd"
                | b"rd"
                | b"hwy"
                | b"mon"
                | b"tue"
                | b"tues"
                | b"wed"
                | b"thu"
                | b"thur"
                | b"thurs"
                | b"fri"
                | b"sat"
                | b"sun"
                | b"no"
                | b"nos"
                | b"n\xC2\xB0" // n°
                | b"nr"
                | b"vol"
                | b"vols"
                | b"p"
                | b"pp"
                | b"ch"
                | b"fig"
                | b"figs"
                | b"art"
                | b"sec"
                | b"op"
                | b"cf"
                | b"ca"
                | b"min"
                | b"max"
                | b"mln"
                | b"bn"
                | b"tel"
                | b"ext"
        )
}

/// `e.g.` and `i.e.` never end a sentence.
pub fn is_inline_latin(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(b"e.g" | b"i.e" | b"viz" | b"cf")
    )
}

/// `a.m.` / `p.m.`, with or without inner periods.
pub fn is_clock_suffix(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(lower(word, &mut buf), Some(b"a.m" | b"p.m"))
}

/// Words that may follow a clock time without starting a new sentence: `4 p.m. Wednesday`,
/// `6 P.M. EST`.
pub fn continues_clock_time(word: &str) -> bool {
    let mut buf = [0; 16];
    lower(word, &mut buf).is_some_and(|w| {
        day_or_month_bytes(w)
            || month_abbreviation(w)
            || matches!(
                w,
                b"et"
                    | b"est"
                    | b"edt"
                    | b"ct"
                    | b"cst"
                    | b"cdt"
                    | b"mt"
                    | b"mst"
                    | b"mdt"
                    | b"pt"
                    | b"pst"
                    | b"pdt"
                    | b"gmt"
                    | b"utc"
                    | b"bst"
                    | b"cet"
                    | b"cest"
                    | b"eet"
                    | b"msk"
                    | b"ist"
                    | b"jst"
                    | b"aest"
                    | b"local"
                    | b"eastern"
                    | b"central"
                    | b"pacific"
                    | b"mountain"
            )
    })
}

/// A month's abbreviation, in lower case, without its period: `jan`, `sept`.
fn month_abbreviation(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

/// A day of the week or a month, written out in lower case.
pub fn day_or_month(lower: &str) -> bool {
    day_or_month_bytes(lower.as_bytes())
}

fn day_or_month_bytes(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday" | b"sunday"
    ) || full_month(lower)
}

/// A month, written out or abbreviated, in lower case: `march`, `sept`.
pub fn month(lower: &[u8]) -> bool {
    full_month(lower) || month_abbreviation(lower)
}

fn full_month(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
    )
}

/// Prepositions that open a short time phrase at the start of a sentence: `At 5 a.m. Mr. Smith
/// went …`.
pub fn opens_time_phrase(word: &str) -> bool {
    let mut buf = [0; 16];
    matches!(
        lower(word, &mut buf),
        Some(
            b"at"
                | b"by"
                | b"before"
                | b"after"
                | b"until"
                | b"till"
                | b"from"
                | b"around"
                | b"about"
                | b"since"
                | b"shortly"
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
            b"a" | b"an"
                | b"the"
                | b"this"
                | b"that"
                | b"these"
                | b"those"
                | b"there"
                | b"here"
                | b"i"
                | b"he"
                | b"she"
                | b"it"
                | b"we"
                | b"they"
                | b"you"
                | b"his"
                | b"her"
                | b"its"
                | b"our"
                | b"their"
                | b"my"
                | b"your"
                | b"mr"
                | b"mrs"
                | b"ms"
                | b"dr"
                | b"but"
                | b"and"
                | b"or"
                | b"so"
                | b"yet"
                | b"however"
                | b"meanwhile"
                | b"still"
                | b"also"
                | b"then"
                | b"in"
                | b"on"
                | b"at"
                | b"for"
                | b"if"
                | b"when"
                | b"while"
                | b"after"
                | b"before"
                | b"as"
                | b"since"
                | b"although"
                | b"though"
                | b"because"
                | b"what"
                | b"how"
                | b"why"
                | b"where"
                | b"who"
                | b"which"
                | b"is"
                | b"are"
                | b"was"
                | b"were"
                | b"do"
                | b"does"
                | b"did"
                | b"can"
                | b"will"
                | b"no"
                | b"not"
                | b"yes"
                | b"some"
                | b"many"
                | b"most"
                | b"all"
                | b"one"
                | b"two"
                | b"three"
                | b"officials"
                | b"police"
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
