//! The terminal: raw mode and the alternate screen, always restored (quit, signal, panic);
//! frames wrapped in synchronized output; OSC 52 for the clipboard.

use std::io::{self, BufWriter, Stdout, Write};

use base64::Engine;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::crossterm::terminal::{
    BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
    disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute, queue};
use ratatui::layout::{Position, Rect};

use super::layout::Scroll;

pub type Term = Terminal<GapFill>;

/// Crossterm output that, given the whole new frame, fills short runs of unchanged cells
/// between changes on a row: writing a few spaces is cheaper than ratatui's cursor move
/// around every unchanged gap, which is most of the cost of painting new text.
pub struct GapFill {
    inner: CrosstermBackend<BufWriter<Stdout>>,
    frame: Option<Buffer>,
}

/// Longest gap filled; a cursor move costs 6 to 8 bytes.
const MAX_GAP: u16 = 5;

/// The changed cells plus the unchanged ones in short same-style gaps between them.
fn fill_gaps<'a: 'b, 'b>(
    changes: impl Iterator<Item = (u16, u16, &'a Cell)>,
    frame: &'b Buffer,
) -> Vec<(u16, u16, &'b Cell)> {
    let mut out: Vec<(u16, u16, &Cell)> = Vec::new();
    for (x, y, cell) in changes {
        if let Some(&(px, py, prev)) = out.last()
            && py == y
            && x > px + 1
            && x - px - 1 <= MAX_GAP
        {
            let gap: Option<Vec<&Cell>> = (px + 1..x).map(|gx| frame.cell((gx, y))).collect();
            let plain = |c: &&Cell| {
                c.diff_option == CellDiffOption::None
                    && c.symbol().len() == 1
                    && c.fg == prev.fg
                    && c.bg == prev.bg
                    && c.modifier == prev.modifier
            };
            // The cell before the gap must be one column wide, or the first gap cell is the
            // hidden half of a wide character and must not be written over.
            let narrow_before = unicode_width::UnicodeWidthStr::width(prev.symbol()) <= 1;
            if let Some(gap) = gap.filter(|g| narrow_before && g.iter().all(plain)) {
                out.extend(gap.into_iter().zip(px + 1..x).map(|(c, gx)| (gx, y, c)));
            }
        }
        out.push((x, y, cell));
    }
    out
}

impl ratatui::backend::Backend for GapFill {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        match self.frame.as_ref() {
            Some(frame) => self.inner.draw(fill_gaps(content, frame).into_iter()),
            None => self.inner.draw(content),
        }
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<ratatui::layout::Position> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        position: P,
    ) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ratatui::backend::ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> io::Result<ratatui::layout::Size> {
        self.inner.size()
    }
    fn window_size(&mut self) -> io::Result<ratatui::backend::WindowSize> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> io::Result<()> {
        ratatui::backend::Backend::flush(&mut self.inner)
    }
}

impl Write for GapFill {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

/// Restores the terminal when dropped, however the loop ends.
pub struct Guard {
    pub terminal: Term,
    /// The last frame as drawn, to shift when a pane scrolls in place.
    last: Option<Buffer>,
}

impl Guard {
    pub fn enter() -> io::Result<Guard> {
        enable_raw_mode()?;
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
        if let Err(e) = execute!(out, EnterAlternateScreen, cursor::Hide) {
            let _ = restore();
            return Err(e);
        }
        let backend = GapFill {
            inner: CrosstermBackend::new(out),
            frame: None,
        };
        let terminal = Terminal::new(backend).inspect_err(|_| {
            let _ = restore();
        })?;
        Ok(Guard {
            terminal,
            last: None,
        })
    }

    /// Draw one frame inside a synchronized update, so the terminal shows it whole. `render`
    /// fills the frame and says where the cursor goes, if anywhere.
    pub fn draw(&mut self, render: impl FnOnce(&mut Buffer) -> Option<Position>) -> io::Result<()> {
        let size = self.terminal.size()?;
        let mut frame = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        let cursor = render(&mut frame);
        queue!(self.terminal.backend_mut(), BeginSynchronizedUpdate)?;
        self.terminal.backend_mut().frame = Some(frame.clone());
        self.terminal.draw(|f| {
            // A resize between measuring and drawing: draw nothing now, the resize event
            // brings another frame.
            if f.area() == frame.area {
                *f.buffer_mut() = frame;
                if let Some(pos) = cursor {
                    f.set_cursor_position(pos);
                }
            }
        })?;
        self.last = self.terminal.backend_mut().frame.take();
        queue!(self.terminal.backend_mut(), EndSynchronizedUpdate)?;
        self.terminal.backend_mut().flush()
    }

    pub fn clear(&mut self) -> io::Result<()> {
        self.last = None;
        self.terminal.clear()
    }

    /// Scroll screen rows `top..bottom` by `delta` (up when positive) with a scrolling region,
    /// and shift ratatui's copy of the screen the same way, so the next frame's diff sends
    /// only the rows that came into view instead of repainting the pane.
    pub fn scroll(&mut self, scroll: Scroll) -> io::Result<()> {
        let Some(last) = self.last.as_ref() else {
            return Ok(());
        };
        let size = self.terminal.size()?;
        let Some(shifted) = shift_rows(last, scroll) else {
            return Ok(());
        };
        if last.area.width != size.width || last.area.height != size.height {
            return Ok(());
        }
        let out = self.terminal.backend_mut();
        write!(out, "{}", scroll_sequence(scroll))?;
        *self.terminal.current_buffer_mut() = shifted.clone();
        self.terminal.swap_buffers();
        self.last = Some(shifted);
        Ok(())
    }

    /// Put `text` on the local clipboard; works over SSH and, with set-clipboard, in tmux.
    pub fn copy(&mut self, text: &str) -> io::Result<()> {
        let out = self.terminal.backend_mut();
        out.write_all(osc52(text).as_bytes())?;
        out.flush()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.terminal.backend_mut().flush();
        let _ = restore();
    }
}

/// `buffer` with rows `top..bottom` moved by `delta`, blank rows coming into view; `None`
/// when the scroll is empty or leaves nothing of the region.
fn shift_rows(buffer: &Buffer, scroll: Scroll) -> Option<Buffer> {
    let Scroll { top, bottom, delta } = scroll;
    let height = i32::from(bottom) - i32::from(top);
    let area = buffer.area;
    if delta == 0 || delta.abs() >= height || bottom > area.bottom() || top < area.top() {
        return None;
    }
    let mut shifted = buffer.clone();
    for y in top..bottom {
        let source = i32::from(y) + delta;
        for x in area.left()..area.right() {
            let cell = if (i32::from(top)..i32::from(bottom)).contains(&source) {
                buffer[(x, source as u16)].clone()
            } else {
                Cell::default()
            };
            shifted[(x, y)] = cell;
        }
    }
    Some(shifted)
}

/// DECSTBM to set the region (1-based rows), SU/SD to scroll it, then the full screen again.
fn scroll_sequence(scroll: Scroll) -> String {
    let n = scroll.delta.unsigned_abs();
    let direction = if scroll.delta > 0 { 'S' } else { 'T' };
    format!(
        "\x1b[{};{}r\x1b[{n}{direction}\x1b[r",
        scroll.top + 1,
        scroll.bottom
    )
}

/// Leave the alternate screen, show the cursor, cooked mode.
pub fn restore() -> io::Result<()> {
    let mut out = io::stdout();
    let screen = execute!(
        out,
        EndSynchronizedUpdate,
        LeaveAlternateScreen,
        cursor::Show
    );
    disable_raw_mode()?;
    screen
}

/// Restore the terminal before the default panic message, so it is readable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// The OSC 52 sequence that sets the clipboard to `text`.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_moves_rows_inside_the_region_only() {
        let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 3, 5));
        for y in 0..5u16 {
            buffer.set_string(0, y, format!("r{y}"), ratatui::style::Style::new());
        }
        let up = shift_rows(
            &buffer,
            Scroll {
                top: 1,
                bottom: 4,
                delta: 1,
            },
        )
        .unwrap();
        let rows: Vec<String> = (0..5u16)
            .map(|y| (0..3u16).map(|x| up[(x, y)].symbol().to_string()).collect())
            .collect();
        assert_eq!(rows, ["r0 ", "r2 ", "r3 ", "   ", "r4 "]);
        let down = shift_rows(
            &buffer,
            Scroll {
                top: 1,
                bottom: 4,
                delta: -2,
            },
        )
        .unwrap();
        assert_eq!(down[(0, 3)].symbol(), "r");
        assert_eq!(down[(1, 3)].symbol(), "1");
        assert_eq!(down[(1, 1)].symbol(), " ");
        assert!(
            shift_rows(
                &buffer,
                Scroll {
                    top: 1,
                    bottom: 4,
                    delta: 3
                }
            )
            .is_none()
        );
        assert_eq!(
            scroll_sequence(Scroll {
                top: 1,
                bottom: 4,
                delta: -2
            }),
            "\x1b[2;4r\x1b[2T\x1b[r"
        );
    }

    #[test]
    fn short_same_style_gaps_are_filled_wide_characters_are_not() {
        let mut frame = Buffer::empty(Rect::new(0, 0, 20, 1));
        frame.set_string(0, 0, "ab cd    ef 日x", ratatui::style::Style::new());
        let changes = [0u16, 1, 3, 4, 9, 10, 12, 14];
        let cells: Vec<(u16, u16, &Cell)> =
            changes.iter().map(|&x| (x, 0, &frame[(x, 0)])).collect();
        let filled: Vec<u16> = fill_gaps(cells.into_iter(), &frame)
            .iter()
            .map(|c| c.0)
            .collect();
        // 2 and 5..=8 filled; 13 is the hidden half of 日 and stays unwritten.
        assert_eq!(filled, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]);
    }

    #[test]
    fn osc52_encodes_the_text() {
        assert_eq!(osc52("hi\x1b"), "\x1b]52;c;aGkb\x07");
    }
}
