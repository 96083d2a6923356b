use super::*;

fn sentences(body: &str) -> Vec<&str> {
    split(body).into_iter().map(|r| &body[r]).collect()
}

#[test]
fn splits_plain_sentences() {
    assert_eq!(
        sentences("Hello World. My name is Jonas."),
        ["Hello World.", "My name is Jonas."]
    );
}

#[test]
fn titles_initials_and_abbreviations_do_not_end_sentences() {
    let text = "Sen. Elizabeth Warren, D-Mass., said John F. Kennedy visited St. Louis on Jan. 6. \
                It was No. 2 on the list.";
    assert_eq!(
        sentences(text),
        [
            "Sen. Elizabeth Warren, D-Mass., said John F. Kennedy visited St. Louis on Jan. 6.",
            "It was No. 2 on the list."
        ]
    );
}

#[test]
fn dotted_abbreviations_end_a_sentence_only_before_an_opener() {
    assert_eq!(
        sentences("I work for the U.S. Government. I live in the U.S. How about you?"),
        [
            "I work for the U.S. Government.",
            "I live in the U.S.",
            "How about you?"
        ]
    );
}

#[test]
fn clock_times() {
    assert_eq!(
        sentences(
            "At 5 a.m. Mr. Smith left. He was back at 4 p.m. Wednesday. At 6 P.M. EST it rained."
        ),
        [
            "At 5 a.m. Mr. Smith left.",
            "He was back at 4 p.m. Wednesday.",
            "At 6 P.M. EST it rained."
        ]
    );
}

#[test]
fn quotes_close_after_terminal_punctuation() {
    assert_eq!(
        sentences("It called it a “terrorist attack.” Kyiv has not commented. “Why?” she asked."),
        [
            "It called it a “terrorist attack.”",
            "Kyiv has not commented.",
            "“Why?” she asked."
        ]
    );
}

#[test]
fn blank_line_always_ends_a_sentence_and_wrapped_lines_join() {
    assert_eq!(
        sentences(
            "there were no serious injuries,\n\nHe added\nthat it was calm.\nHeadline here\nBody."
        ),
        [
            "there were no serious injuries,",
            "He added\nthat it was calm.",
            "Headline here",
            "Body."
        ]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        sentences(
            "I wasn’t really ... well, I mean . . . I didn’t. I never meant that.... She left."
        ),
        [
            "I wasn’t really ... well, I mean . . . I didn’t.",
            "I never meant that....",
            "She left."
        ]
    );
}

#[test]
fn lists_and_bullets() {
    assert_eq!(
        sentences("1) The first item 2) The second item"),
        ["1) The first item", "2) The second item"]
    );
    assert_eq!(
        sentences("• 9. The first item • 10. The second item"),
        ["• 9. The first item", "• 10. The second item"]
    );
}

#[test]
fn glued_sentences_and_addresses() {
    assert_eq!(
        sentences(
            "Hello world.Today is Tuesday.Mail Jane.Doe@example.com. See https://a.b/C.Html now."
        ),
        [
            "Hello world.",
            "Today is Tuesday.",
            "Mail Jane.Doe@example.com.",
            "See https://a.b/C.Html now."
        ]
    );
}

#[test]
fn transcript_labels_stay_out_of_spans() {
    let body = "MS. LEAVITT: Good afternoon. How are we?\nQ: Good afternoon.\n";
    let spans = split_transcript(body);
    let texts: Vec<&str> = spans.iter().map(|r| &body[r.clone()]).collect();
    assert_eq!(texts, ["Good afternoon.", "How are we?", "Good afternoon."]);
}

#[test]
fn empty_and_whitespace_bodies_have_no_sentences() {
    assert!(split("").is_empty());
    assert!(split(" \n\u{a0}\n\t").is_empty());
}

/// Checks the span invariants: in order, trimmed, non-empty, and only whitespace between.
fn assert_covers(body: &str, spans: &[Range<usize>]) {
    let mut last = 0;
    for span in spans {
        assert!(
            span.start >= last && span.start < span.end,
            "{span:?} after {last}"
        );
        assert!(body[last..span.start].chars().all(char::is_whitespace));
        let text = &body[span.clone()];
        assert_eq!(text, text.trim());
        last = span.end;
    }
    assert!(body[last..].chars().all(char::is_whitespace));
}

#[test]
fn hostile_input_keeps_the_invariants() {
    let cases = [
        "....!!!???…… . . . . .",
        "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a",
        "\u{1b}[31mRed.\u{1b}[0m Next.\r\nLine \u{a0}. \u{2060}x",
        "“”‘’ « » . ) ( ] [ 1. 2. 3) a. b. • ⁃",
        "é. É. ß. Ǆ. 1.) 2.) x",
        "\n\n\n   \n.\n",
    ];
    for body in cases {
        assert_covers(body, &split(body));
        assert_covers(body, &split_transcript(body));
    }
    let long = "word. ".repeat(10_000) + &"x".repeat(100_000) + ".Y";
    assert_covers(&long, &split(&long));
}

#[test]
fn the_eight_byte_scan_stops_at_the_eight_holding_a_stop() {
    assert_eq!(clear_of_stops(b"abcdefgh ijklmno"), 16);
    assert_eq!(clear_of_stops(b"abcdefgh ijklmn. xyz"), 8);
    assert_eq!(clear_of_stops("abcdefgh said “no”".as_bytes()), 8);
    assert_eq!(clear_of_stops(b"abc\ndefgh"), 0);
    assert_eq!(clear_of_stops(b"short"), 0);
    // Every byte value that is not a stop passes, including near misses (`/`, `-`, 0xE3).
    let clear: Vec<u8> = (0..=255u8).filter(|b| !STOPS[usize::from(*b)]).collect();
    assert_eq!(clear_of_stops(&clear), clear.len() / 8 * 8);
    for stop in STOP_BYTES {
        let mut bytes = clear.clone();
        bytes[37] = stop;
        assert_eq!(clear_of_stops(&bytes), 32, "{stop:#x}");
    }
}
