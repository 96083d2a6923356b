//! The article pane: the wrapped body with every claim marked by its verdict (style in the
//! text, glyph in the gutter), the selected claim barred in the gutter, search matches and the
//! sentence cursor.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};

use super::{pane_title, put};
use crate::store::Claim;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Review};
use crate::tui::theme::Glyphs;
use crate::tui::wrap::Line;

pub fn draw(app: &App, buf: &mut Buffer) {
    let area = app.areas.article;
    let Some(review) = app.review.as_ref() else {
        return;
    };
    let focused = review.focus == Focus::Article;
    let title = if focused {
        format!(
            "article: {}/{} move the sentence cursor, {} promotes",
            app.key_for(Action::Next),
            app.key_for(Action::Prev),
            app.key_for(Action::Promote)
        )
    } else {
        "article".to_string()
    };
    pane_title(buf, area, &title, focused, app);
    if area.height < 2 || area.width < 3 {
        return;
    }
    let lines = app.wrap.lines();
    let text_x = area.x + 2;
    let text_width = area.width - 2;
    let selected = review.selected_claim();
    for row in 0..area.height - 1 {
        let y = area.y + 1 + row;
        let Some(line) = lines.get(review.article_top + usize::from(row)) else {
            break;
        };
        if selected.is_some_and(|c| c.start < line.end.max(line.start + 1) && line.start < c.end) {
            put(
                buf,
                area.x,
                y,
                app.glyphs.selected,
                1,
                app.theme.selection,
                app.glyphs.ascii,
            );
        }
        let starts_here =
            |c: &&Claim| line.start <= c.start && c.start < line.end.max(line.start + 1);
        if let Some(c) = selected
            .filter(starts_here)
            .or_else(|| claim_starting_in(review, line))
        {
            let glyph = gutter_glyph(app.glyphs, c);
            put(
                buf,
                area.x + 1,
                y,
                glyph,
                1,
                app.theme.claim(c),
                app.glyphs.ascii,
            );
        }
        draw_line(app, review, line, text_x, y, text_width, buf);
    }
}

/// One column glyph for the gutter (the ASCII verdict glyphs are three wide).
fn gutter_glyph(glyphs: Glyphs, claim: &Claim) -> &'static str {
    let (glyph, _) = glyphs.claim_state(claim);
    if glyphs.ascii {
        match glyph {
            "[+]" => "+",
            "[x]" => "x",
            "[?]" => "?",
            "[-]" => "-",
            _ => ".",
        }
    } else {
        glyph
    }
}

fn claim_starting_in<'a>(review: &'a Review, line: &Line) -> Option<&'a Claim> {
    let i = review.claims.partition_point(|c| c.start < line.start);
    review
        .claims
        .get(i)
        .filter(|c| c.start < line.end.max(line.start + 1))
}

/// Draw one wrapped line, cut into runs where claims, matches and the cursor begin or end.
fn draw_line(
    app: &App,
    review: &Review,
    line: &Line,
    x: u16,
    y: u16,
    width: u16,
    buf: &mut Buffer,
) {
    let body = &review.article.body;
    let (ls, le) = (line.start, line.end);
    if ls >= le || le > body.len() {
        return;
    }
    let mut marks: Vec<(usize, usize, Style)> = Vec::new();
    let first = review.claims.partition_point(|c| c.end <= ls);
    for c in review.claims[first..].iter().take_while(|c| c.start < le) {
        marks.push((c.start, c.end, app.theme.claim(c)));
    }
    if let Some(search) = review.search.as_ref() {
        let first = search.matches.partition_point(|m| m.1 <= ls);
        let current = search.matches.get(search.current);
        for m in search.matches[first..].iter().take_while(|m| m.0 < le) {
            // The current match is bold as well, so n/N show where they landed.
            let style = if Some(m) == current {
                app.theme.matched.add_modifier(Modifier::BOLD)
            } else {
                app.theme.matched
            };
            marks.push((m.0, m.1, style));
        }
    }
    if review.focus == Focus::Article
        && let Some(s) = review.cursor_sentence()
        && s.start < le
        && ls < s.end
    {
        marks.push((s.start, s.end, app.theme.cursor));
    }
    let mut cuts: Vec<usize> = vec![ls, le];
    for &(s, e, _) in &marks {
        cuts.extend([s.clamp(ls, le), e.clamp(ls, le)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let right = x + width;
    let mut cx = x;
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let Some(text) = body.get(s..e) else {
            continue;
        };
        let style = marks
            .iter()
            .filter(|m| m.0 <= s && s < m.1)
            .fold(Style::new(), |acc, m| acc.patch(m.2));
        cx = put(
            buf,
            cx,
            y,
            text,
            right.saturating_sub(cx),
            style,
            app.glyphs.ascii,
        );
        if cx >= right {
            break;
        }
    }
}
