//! Dates from headers and markup, normalised to `YYYY-MM-DD` when the input is unambiguous.

/// Normalises the date forms news metadata uses: ISO 8601 (`2026-03-14`, with or without a
/// time), `2026/03/14`, `March 14, 2026`, `14 March 2026`, `Saturday, March 14, 2026`,
/// RFC 2822 (`Sat, 14 Mar 2026 10:00:00 +0000`), and numeric `14/03/2026` or `03/14/2026` only
/// when the day is above 12 (otherwise day and month cannot be told apart). `None` otherwise.
pub(super) fn normalize(input: &str) -> Option<String> {
    let s = input.trim();
    numeric_year_first(s)
        .or_else(|| numeric_year_last(s))
        .or_else(|| with_month_name(s))
        .and_then(|(y, m, d)| valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}")))
}

type Ymd = (u32, u32, u32);

/// `2026-03-14`, `2026/3/14`, `2026.03.14`, followed by nothing or a time (`T…`, ` …`).
fn numeric_year_first(s: &str) -> Option<Ymd> {
    let (y, rest) = digits(s, 4, 4)?;
    let sep = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (m, rest) = digits(&rest[1..], 1, 2)?;
    let rest = rest.strip_prefix(sep)?;
    let (d, rest) = digits(rest, 1, 2)?;
    ends_or_time(rest).then_some((y, m, d))
}

/// `14/03/2026` or `03/14/2026`: accepted only when one part is a day above 12.
fn numeric_year_last(s: &str) -> Option<Ymd> {
    let (a, rest) = digits(s, 1, 2)?;
    let sep = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (b, rest) = digits(&rest[1..], 1, 2)?;
    let rest = rest.strip_prefix(sep)?;
    let (y, rest) = digits(rest, 4, 4)?;
    if !ends_or_time(rest) {
        return None;
    }
    match (a > 12, b > 12) {
        (true, false) => Some((y, b, a)),
        (false, true) => Some((y, a, b)),
        (false, false) if a == b => Some((y, a, b)),
        _ => None,
    }
}

/// `March 14, 2026`, `Mar. 14 2026`, `14 March 2026`, each optionally after a weekday and
/// before a time.
fn with_month_name(s: &str) -> Option<Ymd> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(w) if is_weekday(w) => &words[1..],
        _ => &words[..],
    };
    let [first, second, third, ..] = words else {
        return None;
    };
    let year = |w: &str| match digits(w, 4, 4) {
        Some((y, "")) => Some(y),
        _ => None,
    };
    if let Some(m) = month(first) {
        return Some((year(third)?, m, day(second)?));
    }
    Some((year(third)?, month(second)?, day(first)?))
}

/// A day number, allowing an ordinal suffix (`14th`).
fn day(word: &str) -> Option<u32> {
    let (d, rest) = digits(word, 1, 2)?;
    matches!(rest, "" | "st" | "nd" | "rd" | "th" | ".").then_some(d)
}

fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let index = MONTHS
        .iter()
        .position(|m| *m == w || (m.starts_with(&w) && (w.len() == 3 || w == "sept")))?;
    u32::try_from(index + 1).ok()
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    w.len() >= 3 && DAYS.iter().any(|d| d.starts_with(&w))
}

/// Leading ASCII digits, between `min` and `max` of them, and the rest of the string.
fn digits(s: &str, min: usize, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

fn ends_or_time(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with(['T', 't', ' '])
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=9999).contains(&y) && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    fn n(s: &str) -> Option<String> {
        normalize(s)
    }

    #[test]
    fn iso_dates_and_timestamps() {
        assert_eq!(n("2026-03-14").as_deref(), Some("2026-03-14"));
        assert_eq!(n(" 2026-3-4 ").as_deref(), Some("2026-03-04"));
        assert_eq!(
            n("2026-01-19T07:30:00+01:00").as_deref(),
            Some("2026-01-19")
        );
        assert_eq!(n("2026/01/19 07:30").as_deref(), Some("2026-01-19"));
    }

    #[test]
    fn dates_with_month_names() {
        assert_eq!(n("March 14, 2026").as_deref(), Some("2026-03-14"));
        assert_eq!(n("14 March 2026").as_deref(), Some("2026-03-14"));
        assert_eq!(
            n("Saturday, September 12, 2015").as_deref(),
            Some("2015-09-12")
        );
        assert_eq!(
            n("Sat, 14 Mar 2026 10:00:00 +0000").as_deref(),
            Some("2026-03-14")
        );
        assert_eq!(n("Sept. 3rd 2025").as_deref(), Some("2025-09-03"));
    }

    #[test]
    fn numeric_day_month_only_when_unambiguous() {
        assert_eq!(n("14/03/2026").as_deref(), Some("2026-03-14"));
        assert_eq!(n("03/14/2026").as_deref(), Some("2026-03-14"));
        assert_eq!(n("03/04/2026"), None);
        assert_eq!(n("04/04/2026").as_deref(), Some("2026-04-04"));
    }

    #[test]
    fn impossible_or_partial_dates_are_rejected() {
        assert_eq!(n("2026-02-30"), None);
        assert_eq!(n("2026-13-01"), None);
        assert_eq!(n("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(n("2023-02-29"), None);
        assert_eq!(n("March 2026"), None);
        assert_eq!(n("yesterday"), None);
        assert_eq!(n("2026-03-14abc"), None);
        assert_eq!(n(""), None);
    }
}
