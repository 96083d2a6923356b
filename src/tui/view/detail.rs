//! The detail area: everything about the selected claim.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::pane_title;
use crate::tui::app::App;
use crate::tui::wrap::sanitize;

pub fn draw(app: &App, buf: &mut Buffer) {
    let area = app.areas.detail;
    if area.height == 0 {
        return;
    }
    pane_title(buf, area, "detail", false, app);
    let Some(claim) = app.review.as_ref().and_then(|r| r.selected_claim()) else {
        return;
    };
    let ascii = app.glyphs.ascii;
    let clean = |s: &str| sanitize(s, ascii);
    let label = app.theme.muted;
    let (glyph, word) = app.glyphs.claim_state(claim);
    let mut lines = vec![
        Line::from(clean(&claim.text)),
        Line::from(vec![
            Span::styled(format!("{glyph} {word}"), app.theme.claim(claim)),
            Span::styled(
                format!(
                    "  score {:.2}  kind {}  claim #{}",
                    claim.score,
                    claim.kind.as_str(),
                    claim.id
                ),
                label,
            ),
        ]),
    ];
    let field = |lines: &mut Vec<Line>, name: &str, value: String| {
        lines.push(Line::from(vec![
            Span::styled(format!("{name}: "), label),
            Span::raw(value),
        ]));
    };
    if claim.stale {
        lines.push(Line::styled(
            format!("{} text changed since it was reviewed", app.glyphs.stale),
            app.theme.stale,
        ));
        // The decision on the old text, so re-reviewing does not start from nothing; first,
        // because a short detail area cuts from the bottom.
        if let Some(old) = &claim.replaces {
            field(
                &mut lines,
                "was",
                clean(&format!("{} (claim #{})", old.verdict, old.id)),
            );
            if !old.note.is_empty() {
                field(&mut lines, "old note", clean(&old.note));
            }
            field(&mut lines, "old text", clean(&old.text));
        }
    }
    if let Some(speaker) = claim.speaker.as_deref() {
        field(&mut lines, "speaker", clean(speaker));
    }
    // The reviewers' own work comes before the extractor's reasons: on a short detail area
    // the reasons are what gets cut.
    if !claim.note.is_empty() {
        field(&mut lines, "note", clean(&claim.note));
    }
    for link in &claim.evidence {
        field(&mut lines, "evidence", clean(link));
    }
    if let (Some(by), Some(at)) = (claim.updated_by.as_deref(), claim.updated_at.as_deref()) {
        field(&mut lines, "last change", clean(&format!("{by} at {at}")));
    }
    if !claim.reasons.is_empty() {
        field(&mut lines, "reasons", clean(&claim.reasons.join("; ")));
    }
    let body = ratatui::layout::Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    // Trimmed, so a field wrapped at its two-space separator does not start a row indented.
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(body, buf);
}
