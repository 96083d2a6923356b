//! The library: one row per article with its progress and verdict counts.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::put;
use crate::store::ArticleSummary;
use crate::tui::app::App;
use crate::tui::wrap;

/// The id `factdesk open` takes.
const ID: u16 = 5;
const DATE: u16 = 10;

/// Column widths for this frame. Counts and verdicts are as wide as the widest row needs,
/// so a narrow terminal spends its columns on the titles.
#[derive(Debug, Clone, Copy)]
struct Columns {
    title: u16,
    source: u16,
    bar: u16,
    count: u16,
    verdicts: u16,
}

impl Columns {
    fn new(app: &App, width: u16) -> Columns {
        let lib = &app.library;
        let widest = |text: &dyn Fn(&ArticleSummary) -> String| {
            lib.articles
                .iter()
                .map(|a| wrap::str_width(&text(a)))
                .max()
                .unwrap_or(0)
        };
        let count = u16::try_from(widest(&count)).unwrap_or(u16::MAX);
        let verdicts = widest(&|a| verdicts(app, a)).max("verdicts".len());
        let verdicts = u16::try_from(verdicts).unwrap_or(u16::MAX);
        let bar = if width >= 100 { 10 } else { 5 };
        // "reviewed" heads the bar and the count.
        let count = count.max(8u16.saturating_sub(bar + 1));
        let fixed = ID + DATE + bar + count + verdicts + 5;
        let flexible = width.saturating_sub(fixed);
        // The source column only when there is room for it to say something.
        let source = if flexible >= 60 { flexible / 3 } else { 0 };
        Columns {
            title: flexible - source,
            source,
            bar,
            count,
            verdicts,
        }
    }
}

fn count(a: &ArticleSummary) -> String {
    format!("{}/{}", a.reviewed, a.total)
}

fn verdicts(app: &App, a: &ArticleSummary) -> String {
    let g = app.glyphs;
    let stale = if a.stale > 0 {
        format!(" {} {}", g.stale, a.stale)
    } else {
        String::new()
    };
    format!(
        "{} {} {} {} {} {}{stale}",
        g.confirmed, a.confirmed, g.disputed, a.disputed, g.unverified, a.unverified
    )
}

pub fn draw(app: &App, buf: &mut Buffer) {
    let area = app.areas.library;
    if area.height == 0 {
        return;
    }
    let lib = &app.library;
    let columns = Columns::new(app, area.width);
    let header = format!(
        "{:>iw$} {:<tw$} {:<dw$} {:<sw$} {:<pw$} verdicts",
        "id",
        "title",
        "date",
        if columns.source > 0 { "source" } else { "" },
        "reviewed",
        iw = usize::from(ID),
        tw = usize::from(columns.title),
        dw = usize::from(DATE),
        sw = usize::from(columns.source),
        pw = usize::from(columns.bar + 1 + columns.count),
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
        draw_row(app, article, area.x, y, area.width, columns, style, buf);
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_row(
    app: &App,
    a: &ArticleSummary,
    x: u16,
    y: u16,
    width: u16,
    columns: Columns,
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
    let title = super::title_or_name(a.title.as_deref(), a.source.as_deref());
    cell(
        &super::head(title, usize::from(columns.title), g.ellipsis),
        columns.title,
        style,
        buf,
    );
    cell(a.date.as_deref().unwrap_or(""), DATE, style, buf);
    let source = super::tail(
        a.source.as_deref().unwrap_or(""),
        usize::from(columns.source),
        g.ellipsis,
    );
    cell(&source, columns.source, style, buf);
    let bar = usize::from(columns.bar);
    let filled = if a.total > 0 {
        (a.reviewed.clamp(0, a.total) * bar as i64 / a.total) as usize
    } else {
        0
    };
    let meter = format!(
        "{}{}",
        g.bar_full.repeat(filled),
        g.bar_empty.repeat(bar - filled)
    );
    cell(&meter, columns.bar, style, buf);
    cell(&count(a), columns.count, style, buf);
    cell(&verdicts(app, a), columns.verdicts, style, buf);
}
