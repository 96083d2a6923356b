//! The library: one row per article with its progress and verdict counts.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::put;
use crate::store::ArticleSummary;
use crate::tui::app::App;

/// The id `factdesk open` takes.
const ID: u16 = 5;
const DATE: u16 = 10;
const BAR: u16 = 10;
/// " 123/456" after the bar.
const COUNT: u16 = 10;
const VERDICTS: u16 = 20;

pub fn draw(app: &App, buf: &mut Buffer) {
    let area = app.areas.library;
    if area.height == 0 {
        return;
    }
    let lib = &app.library;
    let fixed = ID + DATE + BAR + COUNT + VERDICTS + 5;
    let flexible = area.width.saturating_sub(fixed);
    // The source column only when there is room for it to say something.
    let source_width = if flexible >= 60 { flexible / 3 } else { 0 };
    let title_width = flexible - source_width;
    let header = format!(
        "{:>iw$} {:<tw$} {:<dw$} {:<sw$} {:<pw$} verdicts",
        "id",
        "title",
        "date",
        if source_width > 0 { "source" } else { "" },
        "reviewed",
        iw = usize::from(ID),
        tw = usize::from(title_width),
        dw = usize::from(DATE),
        sw = usize::from(source_width),
        pw = usize::from(BAR + COUNT),
    );
    put(
        buf,
        area.x,
        area.y,
        &header,
        area.width,
        app.theme.muted,
        app.glyphs.ascii,
    );
    if lib.visible.is_empty() {
        let text = if lib.articles.is_empty() {
            "no articles yet: run `factdesk PATHS…` or `factdesk import PATHS…`"
        } else {
            "no article matches the filter"
        };
        if area.height > 1 {
            put(
                buf,
                area.x,
                area.y + 1,
                text,
                area.width,
                Style::new(),
                app.glyphs.ascii,
            );
        }
        return;
    }
    for row in 0..area.height.saturating_sub(1) {
        let pos = lib.top + usize::from(row);
        let Some(article) = lib.visible.get(pos).and_then(|&i| lib.articles.get(i)) else {
            break;
        };
        let y = area.y + 1 + row;
        let style = if pos == lib.selected {
            app.theme.bar
        } else {
            Style::new()
        };
        if pos == lib.selected {
            buf.set_style(
                ratatui::layout::Rect {
                    y,
                    height: 1,
                    ..area
                },
                style,
            );
        }
        draw_row(
            app,
            article,
            area.x,
            y,
            area.width,
            (title_width, source_width),
            style,
            buf,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_row(
    app: &App,
    a: &ArticleSummary,
    x: u16,
    y: u16,
    width: u16,
    (title_width, source_width): (u16, u16),
    style: Style,
    buf: &mut Buffer,
) {
    let g = app.glyphs;
    let right = x + width;
    let mut cx = x;
    let mut cell = |text: &str, w: u16, st: Style, buf: &mut Buffer| {
        if w == 0 {
            return;
        }
        let end = cx.saturating_add(w).min(right);
        put(buf, cx, y, text, end.saturating_sub(cx), st, g.ascii);
        cx = end.saturating_add(1).min(right);
    };
    cell(
        &format!("{:>w$}", a.id, w = usize::from(ID)),
        ID,
        style,
        buf,
    );
    cell(
        super::title_or_name(a.title.as_deref(), a.source.as_deref()),
        title_width,
        style,
        buf,
    );
    cell(a.date.as_deref().unwrap_or(""), DATE, style, buf);
    let source = super::tail(
        a.source.as_deref().unwrap_or(""),
        usize::from(source_width),
        g.ellipsis,
    );
    cell(&source, source_width, style, buf);
    let filled = if a.total > 0 {
        (a.reviewed.clamp(0, a.total) * i64::from(BAR) / a.total) as usize
    } else {
        0
    };
    let bar = format!(
        "{}{}",
        g.bar_full.repeat(filled),
        g.bar_empty.repeat(usize::from(BAR) - filled)
    );
    cell(&bar, BAR, style, buf);
    cell(
        &format!("{}/{}", a.reviewed, a.total),
        COUNT - 1,
        style,
        buf,
    );
    let verdicts = format!(
        "{} {} {} {} {} {}{}",
        g.confirmed,
        a.confirmed,
        g.disputed,
        a.disputed,
        g.unverified,
        a.unverified,
        if a.stale > 0 {
            format!(" {} {}", g.stale, a.stale)
        } else {
            String::new()
        }
    );
    cell(&verdicts, VERDICTS, style, buf);
}
