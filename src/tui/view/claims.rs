//! The claims panel: per claim its state (glyph + word), score, kind, speaker and wrapped text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::{pane_title, put};
use crate::store::Claim;
use crate::tui::action::Action;
use crate::tui::app::{App, Filter, Focus};
use crate::tui::layout;
use crate::tui::wrap;

pub fn draw(app: &App, buf: &mut Buffer) {
    let area = app.areas.claims;
    let Some(review) = app.review.as_ref() else {
        return;
    };
    let focused = review.focus == Focus::Claims;
    let position = if review.visible.is_empty() {
        "none".to_string()
    } else {
        format!("{}/{}", review.selected + 1, review.visible.len())
    };
    let title = format!(
        "claims {position} {} {}",
        app.glyphs.separator,
        review.filter.name()
    );
    pane_title(buf, area, &title, focused, app);
    if area.height < 2 || area.width < 4 {
        return;
    }
    if review.visible.is_empty() {
        let text = if review.filter == Filter::All {
            format!(
                "no claims: {} to the text, then {} on a sentence promotes it",
                app.key_for(Action::Focus),
                app.key_for(Action::Promote)
            )
        } else {
            format!(
                "no {} claims ({} changes the filter)",
                review.filter.name(),
                app.key_for(Action::Filter)
            )
        };
        put(
            buf,
            area.x + 2,
            area.y + 1,
            &text,
            area.width - 2,
            app.theme.muted,
            app.glyphs.ascii,
        );
        return;
    }
    let width = layout::entry_text_width(area);
    let cap = layout::entry_text_cap(area.height);
    let bottom = area.y + area.height;
    let mut y = area.y + 1;
    for pos in review.claims_top..review.visible.len() {
        if y >= bottom {
            break;
        }
        let Some(claim) = review.visible.get(pos).and_then(|&i| review.claims.get(i)) else {
            break;
        };
        let selected = pos == review.selected;
        let rows = Rect {
            x: area.x,
            y,
            width: area.width,
            height: bottom - y,
        };
        y += entry(app, claim, selected, rows, width, cap, buf);
    }
}

/// Draw one entry at the top of `area`; returns the rows used.
fn entry(
    app: &App,
    claim: &Claim,
    selected: bool,
    area: Rect,
    width: usize,
    cap: usize,
    buf: &mut Buffer,
) -> u16 {
    let g = app.glyphs;
    let ascii = g.ascii;
    let right = area.x + area.width;
    let (glyph, word) = g.claim_state(claim);
    let mut state_style = app.theme.claim(claim);
    if selected {
        state_style = state_style.add_modifier(Modifier::REVERSED);
    }
    let x = area.x + 2;
    let mut cx = put(
        buf,
        x,
        area.y,
        &format!("{glyph} {word}"),
        right - x,
        state_style,
        ascii,
    );
    if cap == 0 {
        return one_row_entry(app, claim, selected, area, cx, buf);
    }
    let meta = format!("  {:.2} {}", claim.score, claim.kind.as_str());
    cx = put(
        buf,
        cx,
        area.y,
        &meta,
        right.saturating_sub(cx),
        app.theme.muted,
        ascii,
    );
    // Flags before the speaker: a long speaker is cut, a stale mark must not be.
    let mut flags = Vec::new();
    if claim.stale {
        flags.push((format!(" {} stale", g.stale), app.theme.stale));
    }
    if claim.promoted {
        flags.push((" promoted".to_string(), app.theme.muted));
    }
    if !claim.note.is_empty() || !claim.evidence.is_empty() {
        flags.push((format!(" [{}]", claim.evidence.len()), app.theme.muted));
    }
    if let Some(speaker) = claim.speaker.as_deref() {
        let speaker = format!(" {} {speaker}", g.separator);
        let room = usize::from(right.saturating_sub(cx));
        let flags_width: usize = flags.iter().map(|(t, _)| wrap::str_width(t)).sum();
        let room = room.saturating_sub(flags_width);
        let speaker = if wrap::str_width(&speaker) > room {
            truncate_with(
                &speaker,
                room.saturating_sub(wrap::str_width(g.ellipsis)),
                g.ellipsis,
            )
        } else {
            speaker
        };
        flags.push((speaker, app.theme.muted));
    }
    for (text, style) in flags {
        cx = put(
            buf,
            cx,
            area.y,
            &text,
            right.saturating_sub(cx),
            style,
            ascii,
        );
    }
    let lines = wrap::wrap(&claim.text, width);
    let shown = lines.len().clamp(1, cap);
    let rows = (1 + shown as u16).min(area.height);
    let text_style = if claim.dismissed {
        app.theme.dismissed
    } else {
        Style::new()
    };
    for (i, line) in lines.iter().take(usize::from(rows - 1)).enumerate() {
        let y = area.y + 1 + i as u16;
        let mut text = claim
            .text
            .get(line.start..line.end)
            .unwrap_or("")
            .to_string();
        if i + 1 == shown && lines.len() > shown {
            text = truncate_with(
                &text,
                width.saturating_sub(wrap::str_width(g.ellipsis)),
                g.ellipsis,
            );
        }
        put(buf, x, y, &text, right - x, text_style, ascii);
    }
    if selected {
        for y in area.y..area.y + rows {
            put(buf, area.x, y, g.selected, 1, app.theme.selection, ascii);
        }
    }
    rows
}

/// The compact form: state, then as much of the text as fits, on one row.
fn one_row_entry(
    app: &App,
    claim: &Claim,
    selected: bool,
    area: Rect,
    x: u16,
    buf: &mut Buffer,
) -> u16 {
    let g = app.glyphs;
    let right = area.x + area.width;
    let mut x = x;
    if claim.stale {
        x = put(
            buf,
            x,
            area.y,
            &format!(" {}", g.stale),
            right.saturating_sub(x),
            app.theme.stale,
            g.ascii,
        );
    }
    // The reviewer's own note or links, counted as in the full entry: otherwise a short
    // screen shows no sign of them.
    if !claim.note.is_empty() || !claim.evidence.is_empty() {
        x = put(
            buf,
            x,
            area.y,
            &format!(" [{}]", claim.evidence.len()),
            right.saturating_sub(x),
            app.theme.muted,
            g.ascii,
        );
    }
    let room = usize::from(right.saturating_sub(x + 1));
    let text = if wrap::str_width(&claim.text) > room {
        truncate_with(
            &claim.text,
            room.saturating_sub(wrap::str_width(g.ellipsis)),
            g.ellipsis,
        )
    } else {
        claim.text.clone()
    };
    let style = if claim.dismissed {
        app.theme.dismissed
    } else {
        Style::new()
    };
    put(
        buf,
        x + 1,
        area.y,
        &text,
        right.saturating_sub(x + 1),
        style,
        g.ascii,
    );
    if selected {
        put(
            buf,
            area.x,
            area.y,
            g.selected,
            1,
            app.theme.selection,
            g.ascii,
        );
    }
    1
}

/// `text` cut to `width` columns with `ellipsis` appended.
fn truncate_with(text: &str, width: usize, ellipsis: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = wrap::char_width(c);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push_str(ellipsis);
    out
}
