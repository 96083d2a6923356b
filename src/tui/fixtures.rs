//! Hand-built models for unit and snapshot tests: no database needed.

use crate::article::{Format, Meta};
use crate::extract::Kind;
use crate::store::{ArticleRecord, ArticleSummary, Claim, Verdict};

use super::app::App;
use super::keymap::Keymap;
use super::theme::{Glyphs, Palette, Theme};

pub const BODY: &str = "The council said it spent £4.2 million on roads last year. \
Residents were unhappy with the delays. Officials expect traffic to fall by 20% next year.\n\n\
A second paragraph follows here. Crime rose 12% after the new law, the mayor said.";

/// Claims on every sentence of `body` that contains a digit, in text order.
pub fn claims_for(body: &str) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut start = 0;
    for (i, c) in body.char_indices() {
        let end = i + c.len_utf8();
        let at_end = body[end..].chars().next().is_none_or(char::is_whitespace);
        if c == '。' || matches!(c, '.' | '!') && at_end {
            let text = body[start..end].trim();
            let s = start + body[start..end].find(text).unwrap_or(0);
            if text.chars().any(|c| c.is_ascii_digit() || c == '万') {
                claims.push(claim(claims.len() as i64 + 1, s, text));
            }
            start = end;
        }
    }
    claims
}

pub fn claim(id: i64, start: usize, text: &str) -> Claim {
    Claim {
        id,
        article_id: 1,
        revision: 1,
        start,
        end: start + text.len(),
        text: text.to_string(),
        score: 0.75,
        kind: Kind::Quantity,
        speaker: None,
        reasons: vec!["number: 4.2".to_string()],
        verdict: Verdict::Unverified,
        reviewed: false,
        dismissed: false,
        stale: false,
        promoted: false,
        note: String::new(),
        evidence: Vec::new(),
        rev: 1,
        updated_by: None,
        updated_at: None,
        replaces: None,
    }
}

pub fn record(body: &str) -> ArticleRecord {
    ArticleRecord {
        id: 1,
        meta: Meta {
            title: Some("Council spending under scrutiny".to_string()),
            date: Some("2024-05-01".to_string()),
            source: Some("https://example.org/council".to_string()),
            author: None,
        },
        format: Format::Text,
        body: body.to_string(),
        revision: 1,
        hash: "h".to_string(),
    }
}

pub fn summary(id: i64, title: &str, reviewed: i64, total: i64) -> ArticleSummary {
    ArticleSummary {
        id,
        title: Some(title.to_string()),
        date: Some("2024-05-01".to_string()),
        source: Some(format!("articles/{id}.txt")),
        format: Format::Text,
        revision: 1,
        total,
        reviewed,
        confirmed: reviewed,
        disputed: 0,
        unverified: 0,
        stale: 0,
    }
}

pub fn app(color: bool, ascii: bool) -> App {
    let config = crate::config::Config::defaults();
    let palette = Palette::from_config(&config.colors).expect("default palette");
    let glyphs = if ascii {
        Glyphs::ASCII
    } else {
        Glyphs::UNICODE
    };
    App::new(
        "alice".to_string(),
        Keymap::defaults(),
        Theme::new(&palette, color),
        glyphs,
    )
}

/// An app on the review screen of `body` with claims on its numeric sentences.
pub fn review_app(body: &str) -> App {
    let mut app = app(true, false);
    app.open_review(record(body), claims_for(body), None);
    app
}
