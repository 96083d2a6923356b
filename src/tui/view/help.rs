//! The help overlay, generated from the keymap so it always tells the truth.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::put;
use crate::tui::action::Action;
use crate::tui::app::App;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(4).min(100);
    let height = area.height.saturating_sub(2);
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
    let rows = usize::from(inner.height).max(1);
    let columns = Action::ALL.len().div_ceil(rows).max(1);
    let col_width = inner.width / columns as u16;
    let key_width = 12.min(col_width / 3);
    for (i, action) in Action::ALL.iter().enumerate() {
        let col = (i / rows) as u16;
        let row = (i % rows) as u16;
        let x = inner.x + col * col_width;
        let y = inner.y + row;
        if y >= inner.y + inner.height || x >= inner.x + inner.width {
            continue;
        }
        let keys = app.keymap.label(*action, app.glyphs.ascii);
        put(
            buf,
            x,
            y,
            &keys,
            key_width,
            app.theme.title,
            app.glyphs.ascii,
        );
        put(
            buf,
            x + key_width + 1,
            y,
            action.describe(),
            col_width.saturating_sub(key_width + 2),
            ratatui::style::Style::new(),
            app.glyphs.ascii,
        );
    }
}
