//! Header, status line, prompt and the hint bar (generated from the keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::{Modifier, Style};

use super::put;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, PromptKind, Screen};
use crate::tui::wrap;

pub fn library_header(app: &App, buf: &mut Buffer) {
    let area = app.areas.header;
    let lib = &app.library;
    let n = lib.articles.len();
    let mut text = format!(
        "factdesk {} {n} article{}",
        app.glyphs.separator,
        if n == 1 { "" } else { "s" }
    );
    if !lib.filter.is_empty() {
        text.push_str(&format!(
            " {} filter \"{}\": {} shown",
            app.glyphs.separator,
            lib.filter,
            lib.visible.len()
        ));
    }
    put(
        buf,
        area.x,
        area.y,
        &text,
        area.width,
        app.theme.title,
        app.glyphs.ascii,
    );
}

pub fn review_header(app: &App, buf: &mut Buffer) {
    let Some(review) = app.review.as_ref() else {
        return;
    };
    let area = app.areas.header;
    let g = app.glyphs;
    let meta = &review.article.meta;
    let title = super::title_or_name(meta.title.as_deref(), meta.source.as_deref());
    let title = super::head(title, usize::from(area.width), g.ellipsis);
    put(
        buf,
        area.x,
        area.y,
        &title,
        area.width,
        app.theme.title,
        g.ascii,
    );
    if area.height < 2 {
        return;
    }
    let y = area.y + 1;
    let counts = review.reviewed_counts();
    let right = area.x + area.width;
    // Progress first: it is what the reviewer looks for, and a long source must not push it
    // off a narrow screen.
    let progress = format!("{} of {} reviewed", counts.reviewed, counts.total);
    let mut x = put(buf, area.x, y, &progress, area.width, Style::new(), g.ascii);
    for (glyph, n, style) in [
        (g.confirmed, counts.confirmed, app.theme.confirmed),
        (g.disputed, counts.disputed, app.theme.disputed),
        (g.unverified, counts.unverified, app.theme.unverified),
    ] {
        x = put(
            buf,
            x,
            y,
            "  ",
            right.saturating_sub(x),
            Style::new(),
            g.ascii,
        );
        let text = format!("{glyph} {n}");
        x = put(buf, x, y, &text, right.saturating_sub(x), style, g.ascii);
    }
    // A date shows whole or not at all; a source keeps its end, which says most.
    for (part, whole) in [
        (meta.date.as_deref(), true),
        (meta.source.as_deref(), false),
    ] {
        let Some(part) = part else {
            continue;
        };
        let sep = format!(" {} ", g.separator);
        let need = wrap::str_width(&sep) + wrap::str_width(part);
        if whole && usize::from(right.saturating_sub(x)) < need {
            continue;
        }
        x = put(
            buf,
            x,
            y,
            &sep,
            right.saturating_sub(x),
            app.theme.muted,
            g.ascii,
        );
        let room = usize::from(right.saturating_sub(x));
        let part = super::tail(part, room, g.ellipsis);
        x = put(
            buf,
            x,
            y,
            &part,
            right.saturating_sub(x),
            app.theme.muted,
            g.ascii,
        );
    }
}

pub fn status_line(app: &App, buf: &mut Buffer) {
    let area = app.areas.status;
    if let Some(prompt) = app.prompt.as_ref() {
        let label = format!("{}: ", prompt.kind.label());
        let x = put(
            buf,
            area.x,
            area.y,
            &label,
            area.width,
            app.theme.title,
            app.glyphs.ascii,
        );
        let room = (area.x + area.width).saturating_sub(x);
        let text = visible_tail(prompt.editor.text(), prompt.editor.cursor(), room);
        let style = if prompt.editor.is_offered() {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        put(buf, x, area.y, &text, room, style, app.glyphs.ascii);
    } else if let Some(status) = app.status.as_ref() {
        let style = if status.error {
            app.theme.error
        } else {
            Style::new()
        };
        put(
            buf,
            area.x,
            area.y,
            &status.text,
            area.width,
            style,
            app.glyphs.ascii,
        );
    }
}

/// The part of an edited line that fits `room` columns with the cursor in view.
fn visible_tail(text: &str, cursor: usize, room: u16) -> String {
    let room = usize::from(room).saturating_sub(1);
    let before: Vec<char> = text.chars().take(cursor).collect();
    let mut width = 0;
    let mut skip = before.len();
    while skip > 0 && width + wrap::char_width(before[skip - 1]) <= room {
        skip -= 1;
        width += wrap::char_width(before[skip]);
    }
    text.chars().skip(skip).collect()
}

/// Where the terminal cursor goes while a prompt is open.
pub fn prompt_cursor(app: &App) -> Option<Position> {
    let prompt = app.prompt.as_ref()?;
    let area = app.areas.status;
    let label = wrap::str_width(prompt.kind.label()) + 2;
    let room = area.width.saturating_sub(label as u16);
    let shown = visible_tail(prompt.editor.text(), prompt.editor.cursor(), room);
    let before: usize = shown
        .chars()
        .take(prompt.editor.cursor())
        .map(wrap::char_width)
        .sum();
    let before = before.min(usize::from(room.saturating_sub(1)));
    let x = area.x + label as u16 + before as u16;
    (x < area.x + area.width).then_some(Position { x, y: area.y })
}

/// The actions worth a hint on this screen, in order.
/// The hints for this screen, in the order shown, each with its rank: when the bar is too
/// narrow for all, the lowest ranks (largest numbers) go first, so deciding and `help` stay.
fn hint_actions(app: &App) -> Vec<(Action, u8)> {
    let detail_hidden = app.review.as_ref().is_some() && app.areas.detail.height == 0;
    match (app.screen, app.review.as_ref().map(|r| r.focus)) {
        (Screen::Library, _) => vec![
            (Action::Next, 2),
            (Action::Prev, 3),
            (Action::Open, 1),
            (Action::Search, 4),
            (Action::Help, 0),
            (Action::Quit, 5),
        ],
        (Screen::Review, Some(Focus::Article)) => vec![
            (Action::Next, 2),
            (Action::Prev, 3),
            (Action::Promote, 1),
            (Action::Confirm, 4),
            (Action::Dispute, 5),
            (Action::Focus, 6),
            (Action::Search, 7),
            (Action::Help, 0),
            (Action::Quit, 8),
        ],
        (Screen::Review, _) => {
            let mut hints = vec![
                (Action::Next, 8),
                (Action::Confirm, 1),
                (Action::Dispute, 2),
                (Action::Unverified, 3),
                (Action::Note, 4),
                (Action::Evidence, 5),
                (Action::Dismiss, 9),
                (Action::Undo, 6),
            ];
            // Without the detail area a note or link is out of sight: say how to show it.
            if detail_hidden {
                hints.push((Action::Detail, 7));
            }
            hints.extend([
                (Action::Focus, 10),
                (Action::Filter, 11),
                (Action::Search, 12),
                (Action::Help, 0),
                (Action::Quit, 13),
            ]);
            hints
        }
    }
}

pub fn hints(app: &App, buf: &mut Buffer) {
    let area = app.areas.hints;
    if let Some(prompt) = app.prompt.as_ref() {
        // The line editor's keys are fixed, not in the keymap; Enter says what it does.
        let enter = match prompt.kind {
            PromptKind::Note | PromptKind::Evidence => "save",
            PromptKind::Search => "search",
            PromptKind::LibraryFilter => "keep filter",
        };
        let text = format!(
            "Enter {enter}  Esc or ^C cancel  Left/Right/Home/End move  Backspace/Delete erase"
        );
        put(
            buf,
            area.x,
            area.y,
            &text,
            area.width,
            app.theme.muted,
            app.glyphs.ascii,
        );
        return;
    }
    let labelled: Vec<(String, &str, u8)> = hint_actions(app)
        .into_iter()
        .filter_map(|(action, rank)| {
            let key = app.keymap.short_label(action, app.glyphs.ascii)?;
            Some((key, action.hint(), rank))
        })
        .collect();
    let need = |key: &str, word: &str| wrap::str_width(key) + 1 + wrap::str_width(word) + 2;
    // Keep hints by rank while they fit; show the kept ones in their own order.
    let mut by_rank: Vec<usize> = (0..labelled.len()).collect();
    by_rank.sort_by_key(|&i| labelled[i].2);
    let mut kept = vec![false; labelled.len()];
    let mut used = 0;
    for i in by_rank {
        let (key, word, _) = &labelled[i];
        let width = need(key, word);
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        kept[i] = true;
    }
    let mut x = area.x;
    for ((key, word, _), _) in labelled.iter().zip(&kept).filter(|(_, kept)| **kept) {
        let width = need(key, word) as u16;
        x = put(buf, x, area.y, key, width, app.theme.bar, app.glyphs.ascii);
        x = put(
            buf,
            x,
            area.y,
            &format!(" {word}  "),
            width,
            app.theme.muted,
            app.glyphs.ascii,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edited_text_scrolls_to_keep_the_cursor() {
        assert_eq!(visible_tail("hello world", 11, 6), "world");
        assert_eq!(visible_tail("hello", 5, 20), "hello");
        assert_eq!(visible_tail("日本語", 3, 5), "本語");
    }
}
