//! The help overlay, generated from the keymap so it always tells the truth.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use ratatui::style::Style;

use super::put;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::wrap;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let height = area.height.saturating_sub(2);
    let rows = usize::from(height.saturating_sub(2)).max(1);
    let ascii = app.glyphs.ascii;
    let entries: Vec<(String, &str)> = Action::ALL
        .iter()
        .map(|a| (app.keymap.label(*a, ascii), a.describe()))
        .collect();
    let key_width = entries
        .iter()
        .map(|(keys, _)| wrap::str_width(keys))
        .max()
        .unwrap_or(0)
        .min(12);
    // Columns as wide as their longest line when that fits, else equal shares with the
    // descriptions cut visibly.
    let natural: Vec<usize> = entries
        .chunks(rows)
        .map(|column| {
            let text = column.iter().map(|(_, d)| wrap::str_width(d)).max();
            key_width + 1 + text.unwrap_or(0)
        })
        .collect();
    let gap = 2;
    let total = natural.iter().sum::<usize>() + gap * natural.len().saturating_sub(1);
    let width = area
        .width
        .saturating_sub(2)
        .min(u16::try_from(total + 2).unwrap_or(u16::MAX));
    if width < 10 || height < 3 {
        return;
    }
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(" keys (any key closes) ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    let share = usize::from(inner.width) / natural.len().max(1);
    let mut x = usize::from(inner.x);
    let right = usize::from(inner.right());
    for (column, &need) in entries.chunks(rows).zip(&natural) {
        let col_width = if total <= usize::from(inner.width) {
            need
        } else {
            share.saturating_sub(gap).max(1)
        };
        let col_width = col_width.min(right.saturating_sub(x));
        let text_width = col_width.saturating_sub(key_width + 1);
        for ((keys, describe), y) in column.iter().zip(inner.y..inner.bottom()) {
            let Ok(col_x) = u16::try_from(x) else {
                return;
            };
            let keys = super::head(keys, key_width.min(col_width), app.glyphs.ellipsis);
            put(
                buf,
                col_x,
                y,
                &keys,
                col_width as u16,
                app.theme.title,
                ascii,
            );
            if text_width > 0 {
                let describe = super::head(describe, text_width, app.glyphs.ellipsis);
                let text_x = col_x + key_width as u16 + 1;
                put(
                    buf,
                    text_x,
                    y,
                    &describe,
                    text_width as u16,
                    Style::new(),
                    ascii,
                );
            }
        }
        x += col_width + gap;
        if x >= right {
            break;
        }
    }
}
