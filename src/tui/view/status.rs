//! Header, status line, prompt and the hint bar (generated from the keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::Style;

use super::put;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Screen};
use crate::tui::wrap;

pub fn library_header(app: &App, buf: &mut Buffer) {
    let area = app.areas.header;
    let lib = &app.library;
    let mut text = format!(
        "factdesk {} {} articles",
        app.glyphs.separator,
        lib.articles.len()
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
    put(
        buf,
        area.x,
        area.y,
        title,
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
    for part in [meta.date.as_deref(), meta.source.as_deref()]
        .into_iter()
        .flatten()
    {
        let sep = format!(" {} ", g.separator);
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
        put(buf, x, area.y, &text, room, Style::new(), app.glyphs.ascii);
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
fn hint_actions(app: &App) -> &'static [Action] {
    match (app.screen, app.review.as_ref().map(|r| r.focus)) {
        (Screen::Library, _) => &[
            Action::Next,
            Action::Prev,
            Action::Open,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
        (Screen::Review, Some(Focus::Article)) => &[
            Action::Next,
            Action::Prev,
            Action::Promote,
            Action::Confirm,
            Action::Dispute,
            Action::Focus,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
        (Screen::Review, _) => &[
            Action::Next,
            Action::Confirm,
            Action::Dispute,
            Action::Unverified,
            Action::Note,
            Action::Evidence,
            Action::Dismiss,
            Action::Undo,
            Action::Focus,
            Action::Filter,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
    }
}

pub fn hints(app: &App, buf: &mut Buffer) {
    let area = app.areas.hints;
    if app.prompt.is_some() {
        // The line editor's keys are fixed, not in the keymap.
        let text = "Enter save  Esc or ^C cancel  Left/Right/Home/End move  Backspace/Delete erase";
        put(
            buf,
            area.x,
            area.y,
            text,
            area.width,
            app.theme.muted,
            app.glyphs.ascii,
        );
        return;
    }
    let right = area.x + area.width;
    let mut x = area.x;
    for &action in hint_actions(app) {
        let Some(key) = app.keymap.short_label(action, app.glyphs.ascii) else {
            continue;
        };
        let word = action.hint();
        let need = (wrap::str_width(&key) + 1 + wrap::str_width(word) + 2) as u16;
        if x + need > right {
            break;
        }
        x = put(buf, x, area.y, &key, need, app.theme.bar, app.glyphs.ascii);
        x = put(
            buf,
            x,
            area.y,
            &format!(" {word}  "),
            need,
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
