//! Screen snapshots (insta, TestBackend) and styles asserted on the cells that carry meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

use crate::store::Verdict;
use crate::tui::app::App;
use crate::tui::fixtures::{self, BODY};
use crate::tui::update::update;

/// Snapshots live in `src/tui/snapshots`.
macro_rules! snapshot {
    ($($arg:tt)*) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!($($arg)*);
        })
    };
}

fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            app.prepare(frame.area());
            super::draw(app, frame);
        })
        .unwrap();
    terminal
}

fn press(app: &mut App, c: char) {
    update(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

/// A reviewed mix: first confirmed with a note, second disputed, third untouched.
fn decided_app(color: bool, ascii: bool) -> App {
    let mut app = fixtures::app(color, ascii);
    let mut claims = fixtures::claims_for(BODY);
    claims[0].reviewed = true;
    claims[0].verdict = Verdict::Confirmed;
    claims[0].note = "Matches the council's annual report.".into();
    claims[0].evidence = vec!["https://example.org/report.pdf".into()];
    claims[0].updated_by = Some("bob".into());
    claims[0].updated_at = Some("2024-05-02T09:15:00Z".into());
    claims[1].reviewed = true;
    claims[1].verdict = Verdict::Disputed;
    claims[1].speaker = Some("Officials".into());
    claims[2].stale = true;
    app.open_review(fixtures::record(BODY), claims, Some(2));
    app
}

/// The cell at the first occurrence of `needle` on screen.
fn find(buf: &Buffer, needle: &str) -> (u16, u16) {
    let width = buf.area.width;
    for y in 0..buf.area.height {
        let row: String = (0..width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(i) = row.find(needle) {
            let x = row[..i].chars().count() as u16;
            return (x, y);
        }
    }
    panic!("{needle:?} not on screen");
}

#[test]
fn review_80x24_stacked() {
    let mut app = decided_app(true, false);
    snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn review_120x40_side_by_side_with_detail() {
    let mut app = decided_app(true, false);
    snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn too_small_is_a_plain_message() {
    let mut app = decided_app(true, false);
    snapshot!(render(&mut app, 30, 8).backend());
}

#[test]
fn ascii_glyphs() {
    let mut app = decided_app(true, true);
    let terminal = render(&mut app, 80, 24);
    let screen = terminal.backend().to_string();
    assert!(screen.contains("[+] confirmed") && screen.contains("[x] disputed"));
    for glyph in ["✔", "✘", "·", "▌", "█", "░", "…", "↓"] {
        assert!(
            !screen.contains(glyph),
            "ASCII mode drew {glyph}:\n{screen}"
        );
    }
    snapshot!(terminal.backend());
}

#[test]
fn cjk_and_emoji_article() {
    let body = "東京都は昨年、道路に42億円を費やしたと発表した。住民は遅れに不満を持っている。🚧 工事は2025年に終わる予定だ。\n\nThe café 🍰 costs €5 now, up 25% 👍.";
    let mut app = fixtures::app(true, false);
    app.open_review(fixtures::record(body), fixtures::claims_for(body), None);
    let terminal = render(&mut app, 80, 24);
    snapshot!(terminal.backend());
    let terminal = render(&mut app, 120, 40);
    snapshot!("cjk_and_emoji_article_120x40", terminal.backend());
}

#[test]
fn library_80x24() {
    let mut app = fixtures::app(true, false);
    app.library.set(vec![
        fixtures::summary(1, "Council spending under scrutiny", 3, 3),
        fixtures::summary(2, "Flood warnings issued for the valley", 1, 4),
        fixtures::summary(3, "東京の予算", 0, 5),
    ]);
    press(&mut app, 'j');
    snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn help_overlay_lists_every_action_from_the_keymap() {
    let mut app = decided_app(true, false);
    press(&mut app, '?');
    let terminal = render(&mut app, 120, 40);
    let screen = terminal.backend().to_string();
    for action in crate::tui::action::Action::ALL {
        assert!(
            screen.contains(action.describe()),
            "{} missing",
            action.name()
        );
    }
    snapshot!(terminal.backend());
}

#[test]
fn verdicts_are_styled_and_glyphed_in_colour() {
    let mut app = decided_app(true, false);
    let terminal = render(&mut app, 120, 40);
    let buf = terminal.backend().buffer();
    // The disputed claim's text in the article: red and bold.
    let (x, y) = find(buf, "Officials expect");
    assert_eq!(buf[(x, y)].fg, Color::Red);
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    // The gutter of its line carries its glyph (it is selected) and the selection bar.
    assert_eq!(buf[(1, y)].symbol(), "✘");
    assert_eq!(buf[(0, y)].symbol(), "▌");
    // The untouched claim is underlined, the plain sentence is not.
    let (x, y) = find(buf, "Crime rose");
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find(buf, "Residents");
    assert_eq!(buf[(x, y)].modifier, Modifier::empty());
    // The panel shows glyph and word; the selected entry's state is reversed.
    let (x, y) = find(buf, "✘ disputed");
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(buf, "✔ confirmed");
    assert_eq!(buf[(x, y)].fg, Color::Green);
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn no_color_keeps_meaning_in_glyphs_and_modifiers() {
    let mut app = decided_app(false, false);
    let terminal = render(&mut app, 120, 40);
    let buf = terminal.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "no foreground colour with NO_COLOR");
        assert_eq!(cell.bg, Color::Reset, "no background colour with NO_COLOR");
    }
    let (x, y) = find(buf, "Officials expect");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(1, y)].symbol(), "✘");
    let (x, y) = find(buf, "Crime rose");
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    snapshot!(terminal.backend());
}

#[test]
fn escape_sequences_in_articles_are_shown_not_sent() {
    let body = "Evil \u{1b}]52;c;aGk=\u{7} text \u{1b}[2J here 99 times.\u{202E} Reversed?";
    let mut app = fixtures::app(true, false);
    app.open_review(fixtures::record(body), fixtures::claims_for(body), None);
    let terminal = render(&mut app, 80, 24);
    let buf = terminal.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202E}'),
            "raw control character reached a cell: {:?}",
            cell.symbol()
        );
    }
    let screen = terminal.backend().to_string();
    assert!(screen.contains("␛]52;c;aGk=␇"), "{screen}");
    assert!(screen.contains("␛[2J"));
}

#[test]
fn the_selected_claim_is_scrolled_into_view() {
    let body = (0..60)
        .map(|i| {
            format!(
                "Filler sentence {} without numbers here.",
                "x".repeat(i % 7)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
        + " The deficit grew 40% in 2023.";
    let mut app = fixtures::app(true, false);
    app.open_review(fixtures::record(&body), fixtures::claims_for(&body), None);
    let terminal = render(&mut app, 80, 24);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "deficit");
    assert!(y < 12, "in the article pane");
    assert_eq!(buf[(0, y)].symbol(), "▌");
    assert!(x >= 2);
}

#[test]
fn no_size_panics() {
    let mut apps = vec![decided_app(true, false), decided_app(false, true)];
    let mut help = decided_app(true, false);
    press(&mut help, '?');
    apps.push(help);
    let mut prompt = decided_app(true, false);
    press(&mut prompt, 'e');
    apps.push(prompt);
    let mut article = decided_app(true, false);
    update(
        &mut article,
        KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
    );
    apps.push(article);
    let mut library = fixtures::app(true, false);
    library.library.set(vec![fixtures::summary(
        1,
        "A title that is rather long indeed",
        1,
        3,
    )]);
    apps.push(library);
    for app in &mut apps {
        for width in (1..=130).step_by(3) {
            for height in (1..=45).step_by(2) {
                render(app, width, height);
            }
        }
        // Rapid resizes on one terminal.
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for (w, h) in [(1, 1), (200, 60), (40, 10), (39, 9), (100, 30), (2, 50)] {
            terminal.backend_mut().resize(w, h);
            terminal
                .draw(|frame| {
                    app.prepare(frame.area());
                    super::draw(app, frame);
                })
                .unwrap();
        }
    }
}

#[test]
fn the_note_prompt_shows_its_text_keys_and_cursor() {
    let mut app = decided_app(true, false);
    press(&mut app, 'e');
    for c in "ok".chars() {
        press(&mut app, c);
    }
    let mut terminal = render(&mut app, 80, 24);
    let screen = terminal.backend().to_string();
    assert!(screen.contains("note: ok"), "{screen}");
    assert!(screen.contains("Enter save"));
    let (x, y) = find(terminal.backend().buffer(), "note: ok");
    terminal.backend_mut().assert_cursor_position((x + 8, y));
}

#[test]
fn search_matches_are_marked_and_the_current_one_is_bold() {
    let mut app = decided_app(true, false);
    press(&mut app, '/');
    for c in "year".chars() {
        press(&mut app, c);
    }
    update(&mut app, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let terminal = render(&mut app, 120, 40);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "last year");
    let x = x + 5;
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x2, y2) = find(buf, "next year");
    let x2 = x2 + 5;
    let first_is_current = buf[(x, y)].modifier.contains(Modifier::BOLD);
    let second_is_current = buf[(x2, y2)].modifier.contains(Modifier::BOLD);
    assert!(buf[(x2, y2)].modifier.contains(Modifier::REVERSED));
    assert!(
        first_is_current != second_is_current,
        "exactly one current match"
    );
}

#[test]
fn an_article_without_claims_says_how_to_promote_one() {
    let mut app = fixtures::app(true, false);
    app.open_review(
        fixtures::record("No figures here. None at all."),
        Vec::new(),
        None,
    );
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(
        screen.contains("no claims: Tab to the text, then a on a sentence"),
        "{screen}"
    );
}

#[test]
fn side_by_side_panes_are_kept_apart_by_a_rule_between_blank_columns() {
    let mut app = decided_app(true, false);
    for (width, height) in [(100, 30), (120, 36), (200, 60)] {
        let terminal = render(&mut app, width, height);
        let buf = terminal.backend().buffer();
        let article = app.areas.article;
        let gap = article.right();
        assert_eq!(app.areas.claims.x, gap + 3, "at {width}x{height}");
        assert_eq!(app.areas.detail.x, gap + 3, "at {width}x{height}");
        for y in app.areas.article.top()..app.areas.article.bottom() {
            let at = format!("at {width}x{height} row {y}");
            assert_eq!(buf[(gap, y)].symbol(), " ", "{at}");
            assert_eq!(buf[(gap + 1, y)].symbol(), "│", "{at}");
            assert_eq!(buf[(gap + 2, y)].symbol(), " ", "{at}");
        }
    }
    // Stacked panes need no rule.
    render(&mut app, 99, 30);
    assert_eq!(app.areas.divider.width, 0);
}

#[test]
fn a_narrow_hint_bar_keeps_help_deciding_and_the_detail_key() {
    let mut app = decided_app(true, false);
    let terminal = render(&mut app, 80, 24);
    assert_eq!(app.areas.detail.height, 0, "80x24 has no detail area");
    let buf = terminal.backend().buffer();
    let hints: String = (0..80).map(|x| buf[(x, 23)].symbol().to_string()).collect();
    for hint in [
        "? help",
        "c confirm",
        "d dispute",
        "u unverified",
        "e note",
        "i detail",
    ] {
        assert!(hints.contains(hint), "{hint:?} missing from {hints:?}");
    }
    // With room for everything, every hint shows in keymap order.
    let terminal = render(&mut app, 200, 60);
    let buf = terminal.backend().buffer();
    let hints: String = (0..200)
        .map(|x| buf[(x, 59)].symbol().to_string())
        .collect();
    assert!(hints.starts_with("j next  c confirm"), "{hints:?}");
    assert!(hints.trim_end().ends_with("? help  q quit"), "{hints:?}");
    assert!(!hints.contains("i detail"), "the detail area is shown");
}

#[test]
fn a_new_search_replaces_the_offered_last_one() {
    let mut app = decided_app(true, false);
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, '/');
    for c in "year".chars() {
        press(&mut app, c);
    }
    update(&mut app, enter);
    press(&mut app, '/');
    // The last search is offered, drawn reversed.
    let terminal = render(&mut app, 80, 24);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "search: year");
    assert!(buf[(x + 8, y)].modifier.contains(Modifier::REVERSED));
    for c in "law".chars() {
        press(&mut app, c);
    }
    update(&mut app, enter);
    let query = app
        .review
        .as_ref()
        .and_then(|r| r.search.as_ref())
        .map(|s| s.query.clone());
    assert_eq!(query.as_deref(), Some("law"));
}

#[test]
fn help_shows_every_description_whole_at_80x24() {
    let mut app = decided_app(true, false);
    press(&mut app, '?');
    for (width, height) in [(80, 24), (100, 30), (200, 60)] {
        let screen = render(&mut app, width, height).backend().to_string();
        for action in crate::tui::action::Action::ALL {
            assert!(
                screen.contains(action.describe()),
                "{:?} cut at {width}x{height}:\n{screen}",
                action.describe()
            );
        }
    }
    // Too narrow for that: descriptions are cut visibly, never silently.
    let screen = render(&mut app, 50, 24).backend().to_string();
    assert!(screen.contains('…'), "{screen}");
}

#[test]
fn a_short_detail_area_keeps_note_evidence_and_last_change_before_reasons() {
    let mut app = decided_app(true, false);
    update(
        &mut app,
        KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE),
    );
    if let Some(claim) = app.review.as_mut().and_then(|r| r.claims.get_mut(0)) {
        claim.reasons = vec!["a reason long enough to need its own line or two".into(); 3];
    }
    press(&mut app, 'i');
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(app.areas.detail.height > 0 && app.areas.detail.height < 8);
    for needle in [
        "note: Matches the council's annual report.",
        "evidence: https://example.org/report.pdf",
        "last change: bob at 2024-05-02T09:15:00Z",
    ] {
        assert!(screen.contains(needle), "{needle:?} not in\n{screen}");
    }
}

#[test]
fn a_stale_claim_shows_the_decision_on_its_old_text() {
    let stale_app = || {
        let mut app = fixtures::app(true, false);
        let mut claims = fixtures::claims_for(BODY);
        claims[0].stale = true;
        claims[0].speaker = Some("Officials".into());
        claims[0].note = "Asked the council again.".into();
        claims[0].evidence = vec![
            "https://example.org/a".into(),
            "https://example.org/b".into(),
        ];
        claims[0].replaces = Some(crate::store::Replaced {
            id: 7,
            text: "Spending rose by 3.9 percent.".into(),
            verdict: "disputed".into(),
            note: "The audit says 3.1.".into(),
        });
        let first = claims[0].id;
        app.open_review(fixtures::record(BODY), claims, Some(first));
        app
    };
    let mut app = stale_app();
    let screen = render(&mut app, 200, 60).backend().to_string();
    for needle in [
        "was: disputed (claim #7)",
        "old note: The audit says 3.1.",
        "old text: Spending rose by 3.9 percent.",
    ] {
        assert!(screen.contains(needle), "{needle:?} not in\n{screen}");
    }
    // At 80x24 the detail area, once asked for, is short: the old decision comes before what
    // gets cut.
    let mut app = stale_app();
    render(&mut app, 80, 24);
    press(&mut app, 'i');
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains("was: disputed (claim #7)"), "{screen}");
    assert!(screen.contains("old note: The audit says 3.1."), "{screen}");
}

#[test]
fn library_titles_get_the_room_at_80_columns() {
    let mut app = fixtures::app(true, false);
    let title = "Storm surge floods Port Calder";
    let mut big = fixtures::summary(2, "Short", 120, 175);
    big.stale = 3;
    app.library
        .set(vec![fixtures::summary(1, title, 2, 18), big]);
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains(title), "{screen}");
    // Every count and verdict stays whole.
    assert!(screen.contains("120/175"), "{screen}");
    assert!(screen.contains("✔ 120 ✘ 0 ? 0 ! 3"), "{screen}");
    assert!(screen.contains("reviewed") && screen.contains("verdicts"));
}

#[test]
fn a_long_speaker_is_cut_with_an_ellipsis_and_never_hides_the_stale_mark() {
    let mut app = decided_app(true, false);
    if let Some(claim) = app.review.as_mut().and_then(|r| r.claims.get_mut(2)) {
        claim.speaker = Some("the county health inspectorate's deputy chief auditor".into());
    }
    let screen = render(&mut app, 120, 40).backend().to_string();
    let row = screen
        .lines()
        .find(|l| l.contains("· unreviewed  0.75 quantity"))
        .unwrap_or_default()
        .to_string();
    assert!(row.contains("! stale · the county"), "{row}");
    assert!(row.contains('…'), "{row}");
}

#[test]
fn one_row_entries_mark_a_claim_with_a_note_or_evidence() {
    let mut app = decided_app(true, false);
    let screen = render(&mut app, 80, 24).backend().to_string();
    let row = |needle: &str| {
        screen
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        row("✔ confirmed").contains("✔ confirmed [1] The council"),
        "{screen}"
    );
    assert!(!row("✘ disputed").contains('['), "{screen}");
}

#[test]
fn cut_titles_end_in_an_ellipsis_and_a_date_shows_whole_or_not_at_all() {
    let mut app = decided_app(true, false);
    let screen = render(&mut app, 40, 24).backend().to_string();
    let lines: Vec<&str> = screen.lines().collect();
    // "Council spending under scrutiny" fits 40 columns; the progress line cannot hold the
    // date after the counts, so it is left out rather than cut.
    assert!(
        !lines[1].contains("05-01"),
        "no part of the date: {}",
        lines[1]
    );
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains("· 2024-05-01 ·"), "{screen}");

    let mut app = fixtures::app(true, false);
    app.library.set(vec![fixtures::summary(
        1,
        "A title far too long for the column it has at eighty columns wide",
        0,
        3,
    )]);
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains("A title far too long"), "{screen}");
    assert!(screen.contains("… 2024-05-01"), "{screen}");
    assert!(
        screen.contains("factdesk · 1 article "),
        "singular: {screen}"
    );
}

#[test]
fn the_prompt_hint_says_what_enter_does() {
    let mut app = decided_app(true, false);
    press(&mut app, '/');
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains("Enter search  Esc"), "{screen}");
    update(&mut app, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    press(&mut app, 'e');
    let screen = render(&mut app, 80, 24).backend().to_string();
    assert!(screen.contains("Enter save  Esc"), "{screen}");
}

#[test]
fn wrapped_detail_rows_start_at_the_margin() {
    let mut app = decided_app(true, false);
    if let Some(review) = app.review.as_mut() {
        review.claims[1].kind = crate::extract::Kind::CorrelationCausation;
    }
    // Across widths, the state line breaks at each of its two-space gaps in turn.
    for width in 100..=140 {
        let terminal = render(&mut app, width, 40);
        let buf = terminal.backend().buffer();
        let detail = app.areas.detail;
        for y in detail.top() + 1..detail.bottom() {
            let first = buf[(detail.x, y)].symbol();
            let second = buf[(detail.x + 1, y)].symbol();
            assert!(
                !(first == " " && second != " "),
                "at width {width} row {y} starts indented"
            );
        }
    }
}
