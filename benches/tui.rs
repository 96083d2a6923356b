//! Key press to finished frame on a 1 MB article at 200x60, and the wrapping it relies on.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use factdesk::article::{Format, Meta};
use factdesk::config::Config;
use factdesk::extract::{self, Options};
use factdesk::store::{ArticleRecord, Claim, Verdict};
use factdesk::tui::app::App;
use factdesk::tui::keymap::Keymap;
use factdesk::tui::theme::{Glyphs, Palette, Theme};
use factdesk::tui::{update, view, wrap};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// About 1 MB of real article text, paragraphs kept.
fn megabyte_body() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .filter(|t| t.len() > 1000)
                .collect()
        })
        .unwrap_or_default();
    if texts.is_empty() {
        texts.push(
            "The council said it spent 4.2 million on roads last year, up 12%. Residents were \
             unhappy with the delays. "
                .repeat(40),
        );
    }
    let mut body = String::new();
    while body.len() < 1_000_000 {
        for t in &texts {
            body.push_str(t.trim());
            body.push_str("\n\n");
        }
    }
    body
}

fn claims(body: &str) -> Vec<Claim> {
    extract::extract(body, &Options::default())
        .into_iter()
        .filter(|s| s.claim)
        .enumerate()
        .map(|(i, s)| Claim {
            id: i as i64 + 1,
            article_id: 1,
            revision: 1,
            start: s.start,
            end: s.end,
            text: body[s.start..s.end].to_string(),
            score: s.score,
            kind: s.kind,
            speaker: s.speaker,
            reasons: s.reasons,
            verdict: Verdict::Unverified,
            reviewed: i % 3 == 0,
            dismissed: false,
            stale: false,
            promoted: false,
            note: String::new(),
            evidence: Vec::new(),
            rev: 1,
            updated_by: None,
            updated_at: None,
            replaces: None,
        })
        .collect()
}

fn app(body: &str) -> App {
    let config = Config::defaults();
    let palette = Palette::from_config(&config.colors).expect("default colours");
    let mut app = App::new(
        "bench".into(),
        Keymap::defaults(),
        Theme::new(&palette, true),
        Glyphs::UNICODE,
    );
    let record = ArticleRecord {
        id: 1,
        meta: Meta {
            title: Some("A long article".into()),
            ..Meta::default()
        },
        format: Format::Text,
        body: body.to_string(),
        revision: 1,
        hash: String::new(),
    };
    app.open_review(record, claims(body), None);
    app
}

fn key_to_frame(c: &mut Criterion) {
    let body = megabyte_body();
    let mut app = app(&body);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let draw = |app: &mut App, terminal: &mut Terminal<TestBackend>| {
        terminal
            .draw(|frame| {
                app.prepare(frame.area());
                view::draw(app, frame);
            })
            .expect("draw");
    };
    draw(&mut app, &mut terminal);
    let mut down = true;
    c.bench_function("key_to_frame_next_claim_200x60_1MB", |b| {
        b.iter(|| {
            let review = app.review.as_ref().expect("review");
            if review.selected + 1 >= review.visible.len() {
                down = false;
            } else if review.selected == 0 {
                down = true;
            }
            let key = if down { 'j' } else { 'k' };
            let effects = update::update(
                &mut app,
                KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE),
            );
            black_box(effects);
            draw(&mut app, &mut terminal);
        })
    });
    c.bench_function("key_to_frame_page_down_200x60_1MB", |b| {
        b.iter(|| {
            let review = app.review.as_ref().expect("review");
            let code = if review.selected + 1 >= review.visible.len() {
                KeyCode::Home
            } else {
                KeyCode::PageDown
            };
            black_box(update::update(
                &mut app,
                KeyEvent::new(code, KeyModifiers::NONE),
            ));
            draw(&mut app, &mut terminal);
        })
    });
}

fn wrapping(c: &mut Criterion) {
    let body = megabyte_body();
    c.bench_function("wrap_1MB_at_118_columns", |b| {
        b.iter(|| black_box(wrap::wrap(black_box(&body), 118)))
    });
}

criterion_group!(benches, key_to_frame, wrapping);
criterion_main!(benches);
