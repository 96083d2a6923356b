//! Views: read the model, draw into the frame. Nothing here changes state.

mod article;
mod claims;
mod detail;
mod help;
mod library;
mod status;
#[cfg(test)]
mod tests;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Screen};
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::wrap;

/// Draw the whole screen. `app.prepare` must have run for this frame's size.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if let Some(pos) = draw_buffer(app, area, frame.buffer_mut()) {
        frame.set_cursor_position(pos);
    }
}

/// Draw into a buffer covering `area`; returns where the terminal cursor belongs, if shown.
pub fn draw_buffer(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    if app.areas.too_small {
        too_small(area, buf);
        return None;
    }
    match app.screen {
        Screen::Library => {
            status::library_header(app, buf);
            library::draw(app, buf);
        }
        Screen::Review => {
            status::review_header(app, buf);
            article::draw(app, buf);
            divider(app, buf);
            claims::draw(app, buf);
            detail::draw(app, buf);
        }
    }
    status::status_line(app, buf);
    status::hints(app, buf);
    if app.help {
        help::draw(app, area, buf);
    }
    status::prompt_cursor(app)
}

/// A muted vertical rule down the column between the side-by-side panes.
fn divider(app: &App, buf: &mut Buffer) {
    let area = app.areas.divider;
    if area.width == 0 {
        return;
    }
    for y in area.top()..area.bottom() {
        buf.set_string(area.x, y, app.glyphs.divider, app.theme.muted);
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let text = format!("terminal too small: need at least {MIN_WIDTH}x{MIN_HEIGHT}");
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Write `text` (sanitised) at (x, y), at most `width` columns; returns the column after it.
fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16, style: Style, ascii: bool) -> u16 {
    if width == 0 {
        return x;
    }
    let clean = wrap::sanitize(text, ascii);
    buf.set_stringn(x, y, clean, usize::from(width), style).0
}

/// A pane's title row: the name, reversed when the pane has the keyboard.
fn pane_title(buf: &mut Buffer, area: Rect, title: &str, focused: bool, app: &App) {
    if area.height == 0 {
        return;
    }
    let style = if focused {
        app.theme.bar
    } else {
        app.theme.muted
    };
    let row = Rect { height: 1, ..area };
    buf.set_style(row, style);
    put(
        buf,
        area.x,
        area.y,
        title,
        area.width,
        style,
        app.glyphs.ascii,
    );
}

/// An article's title, else its file name, else a placeholder.
fn title_or_name<'a>(title: Option<&'a str>, source: Option<&'a str>) -> &'a str {
    title
        .filter(|t| !t.trim().is_empty())
        .or_else(|| source.and_then(|s| s.rsplit(['/', '\\']).find(|p| !p.is_empty())))
        .unwrap_or("(untitled)")
}

/// The last `width` columns of `text`, marked with `ellipsis` when cut: the end of a path or
/// URL says more than its start.
fn tail(text: &str, width: usize, ellipsis: &str) -> String {
    if wrap::str_width(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(wrap::str_width(ellipsis));
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        let w = wrap::char_width(c);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    format!("{ellipsis}{}", &text[start..])
}

/// The first `width` columns of `text`, ending in `ellipsis` when cut.
fn head(text: &str, width: usize, ellipsis: &str) -> String {
    if wrap::str_width(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(wrap::str_width(ellipsis));
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        used += wrap::char_width(c);
        if used > room {
            break;
        }
        out.push(c);
    }
    if width > 0 {
        out.push_str(ellipsis);
    }
    out
}
