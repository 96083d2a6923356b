//! Where everything goes on screen, and scrolling: panes are placed for the frame size, and
//! what must stay in view (the selected claim, the cursor, a match) is scrolled into view by
//! whole pages, reporting small moves of full-width panes so the terminal can scroll them in
//! place.

use ratatui::layout::{Constraint, Layout, Rect};

use super::app::{App, Review, Screen};
use super::wrap;
use crate::store::Claim;

/// Under this the screen shows only a "too small" message.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width the article and claims sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;

/// Where each part of the screen goes this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub too_small: bool,
    pub header: Rect,
    pub article: Rect,
    pub claims: Rect,
    pub detail: Rect,
    /// The column between article and claims side by side, so their text never runs together.
    pub divider: Rect,
    pub library: Rect,
    pub status: Rect,
    pub hints: Rect,
}

impl App {
    /// Place every area and scroll what must stay in view. Called before each draw with the
    /// frame size; the views then only read.
    pub fn prepare(&mut self, area: Rect) {
        self.scrolls.clear();
        self.areas = self.layout(area);
        if self.areas.too_small || self.screen != Screen::Review {
            self.scroll_key = None;
        }
        if self.areas.too_small {
            return;
        }
        match self.screen {
            Screen::Library => self.scroll_library(),
            Screen::Review => self.scroll_review(area),
        }
    }

    fn layout(&self, area: Rect) -> Areas {
        let mut areas = Areas {
            too_small: area.width < MIN_WIDTH || area.height < MIN_HEIGHT,
            ..Areas::default()
        };
        if areas.too_small {
            return areas;
        }
        let [top, body, status, hints] = Layout::vertical([
            Constraint::Length(if self.screen == Screen::Review { 2 } else { 1 }),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        areas.header = top;
        areas.status = status;
        areas.hints = hints;
        if self.screen == Screen::Library {
            areas.library = body;
            return areas;
        }
        let side_by_side = area.width >= SIDE_BY_SIDE;
        let auto_detail = if side_by_side {
            body.height >= 20
        } else {
            body.height >= 28
        };
        let detail = self
            .review
            .as_ref()
            .and_then(|r| r.show_detail)
            .unwrap_or(auto_detail);
        if side_by_side {
            let [article, right] =
                // A rule with a blank column either side between the panes.
                Layout::horizontal([Constraint::Percentage(55), Constraint::Min(1)])
                    .spacing(3)
                    .areas(body);
            areas.article = article;
            areas.divider = Rect {
                x: article.right() + 1,
                width: right.x.saturating_sub(article.right() + 1).min(1),
                ..body
            };
            if detail {
                let [claims, detail] =
                    Layout::vertical([Constraint::Percentage(55), Constraint::Min(3)]).areas(right);
                areas.claims = claims;
                areas.detail = detail;
            } else {
                areas.claims = right;
            }
            return areas;
        }
        // Stacked. A short screen gives the article most rows and lists claims one per row:
        // the article is where a claim is read, and a taller pane scrolls less often.
        let compact = body.height < 28;
        let claims = if compact {
            (body.height / 3).clamp(2, 8)
        } else {
            body.height * 2 / 5
        };
        let detail = match (detail, compact) {
            (false, _) => 0,
            (true, true) => (body.height / 3).max(3),
            (true, false) => body.height / 4,
        };
        let [article, claims, detail] = Layout::vertical([
            Constraint::Min(1),
            Constraint::Length(claims),
            Constraint::Length(detail),
        ])
        .areas(body);
        areas.article = article;
        areas.claims = claims;
        areas.detail = detail;
        areas
    }

    fn scroll_library(&mut self) {
        let height = usize::from(self.areas.library.height.saturating_sub(1)).max(1);
        let lib = &mut self.library;
        if lib.selected < lib.top {
            lib.top = lib.selected;
        } else if lib.selected >= lib.top + height {
            lib.top = lib.selected + 1 - height;
        }
    }

    /// Columns of article text: the pane less its two-column gutter.
    pub fn article_text_width(&self) -> usize {
        usize::from(self.areas.article.width.saturating_sub(2)).max(1)
    }

    fn scroll_review(&mut self, screen: Rect) {
        let width = self.article_text_width();
        let article = self.areas.article;
        let claims_area = self.areas.claims;
        let article_height = usize::from(article.height.saturating_sub(1)).max(1);
        let Some(review) = self.review.as_mut() else {
            return;
        };
        let lines = self.wrap.get(
            review.article.id,
            review.article.revision,
            &review.article.body,
            width,
        );
        let (old_article_top, old_claims_top) = (review.article_top, review.claims_top);
        if let Some((start, end)) = review.anchor_range() {
            let first = wrap::line_of(lines, start);
            let last = wrap::line_of(lines, end.saturating_sub(1).max(start)).max(first);
            review.article_top = scroll_to_show(review.article_top, first, last, article_height);
        }
        review.article_top = review.article_top.min(lines.len().saturating_sub(1));
        scroll_claims(review, claims_area);

        // Tell the terminal layer which full-width panes moved by fewer rows than they show,
        // so it can scroll them in place and repaint only the rows that came into view.
        let key = (review.article.id, review.article.revision, self.areas);
        if self.scroll_key == Some(key) {
            let article_delta = review.article_top as i64 - old_article_top as i64;
            push_scroll(&mut self.scrolls, article, screen, article_delta);
            let rows = claims_rows_between(review, claims_area, old_claims_top, review.claims_top);
            push_scroll(&mut self.scrolls, claims_area, screen, rows);
        }
        self.scroll_key = Some(key);
    }
}

/// A pane's text rows (below its title row) moved by `delta` rows: worth scrolling in place
/// when the pane spans the screen and some of its rows stay in view.
fn push_scroll(scrolls: &mut Vec<Scroll>, pane: Rect, screen: Rect, delta: i64) {
    let rows = i64::from(pane.height.saturating_sub(1));
    if delta != 0 && delta.abs() < rows && pane.x == screen.x && pane.width == screen.width {
        scrolls.push(Scroll {
            top: pane.y + 1,
            bottom: pane.y + pane.height,
            delta: delta as i32,
        });
    }
}

/// Rows of claims-panel entries between two tops (positive when scrolling down), or more
/// than the panel's rows when that many: then the pane is repainted anyway.
fn claims_rows_between(review: &Review, panel: Rect, old: usize, new: usize) -> i64 {
    let limit = usize::from(panel.height);
    let rows = |from: usize, to: usize| entry_rows(review, panel, from..to, limit) as i64;
    if new >= old {
        rows(old, new)
    } else {
        -rows(new, old)
    }
}

/// Rows the entries at `positions` take, counting no further than just past `limit`, so a
/// jump across thousands of claims does not wrap them all.
fn entry_rows(
    review: &Review,
    panel: Rect,
    positions: std::ops::Range<usize>,
    limit: usize,
) -> usize {
    let width = entry_text_width(panel);
    let cap = entry_text_cap(panel.height);
    let mut total = 0;
    for pos in positions {
        let Some(claim) = review.visible.get(pos).and_then(|&i| review.claims.get(i)) else {
            break;
        };
        total += entry_height(claim, width, cap);
        if total > limit {
            break;
        }
    }
    total
}

/// Where the pane starts so lines `first..=last` show in `height` rows. Out of view, the
/// target goes to the far end of the pane from where it came in (top when moving down,
/// bottom when moving up): the next few moves then need no scroll, which keeps most key
/// presses down to a few bytes.
fn scroll_to_show(top: usize, first: usize, last: usize, height: usize) -> usize {
    let context = usize::from(height >= 6);
    let span = last - first + 1;
    if first >= top && last < top + height {
        top
    } else if span + context > height || first >= top {
        first.saturating_sub(context)
    } else {
        (last + context + 1).saturating_sub(height).min(first)
    }
}

/// Rows `top..bottom` of the screen move up by `delta` (down when negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scroll {
    pub top: u16,
    pub bottom: u16,
    pub delta: i32,
}

/// Text lines a claims-panel entry may use under its state line (0: one-row entries).
pub fn entry_text_cap(panel_height: u16) -> usize {
    // A short panel lists more claims with one line each: moving through it then rarely
    // scrolls, and the article pane shows the selected claim in full anyway.
    match panel_height {
        0..=8 => 0,
        9..=12 => 1,
        13..=24 => 2,
        _ => 3,
    }
}

/// Rows an entry takes: its state line plus its wrapped text up to the cap; a cap of 0 puts
/// state and text on one row.
pub fn entry_height(claim: &Claim, width: usize, cap: usize) -> usize {
    if cap == 0 {
        1
    } else {
        1 + wrap::wrap(&claim.text, width).len().clamp(1, cap)
    }
}

/// Width of an entry's text: the panel less the selection gutter.
pub fn entry_text_width(panel: Rect) -> usize {
    usize::from(panel.width.saturating_sub(2)).max(1)
}

fn scroll_claims(review: &mut Review, panel: Rect) {
    let height = usize::from(panel.height.saturating_sub(1)).max(1);
    if review.visible.is_empty() {
        review.claims_top = 0;
        return;
    }
    let width = entry_text_width(panel);
    let cap = entry_text_cap(panel.height);
    let height_of = |pos: usize| {
        review
            .visible
            .get(pos)
            .and_then(|&i| review.claims.get(i))
            .map_or(1, |c| entry_height(c, width, cap))
    };
    // The highest top that still fills the panel down to the last claim: a top below it
    // would leave rows empty while earlier claims could show.
    let mut last_top = review.visible.len();
    let mut used = 0;
    while last_top > 0 && used + height_of(last_top - 1) <= height {
        last_top -= 1;
        used += height_of(last_top);
    }
    let selected = review.selected;
    let mut top = review.claims_top;
    if selected < top {
        // Moving up past the top: the selection goes to the bottom.
        top = selected;
        let mut used = height_of(selected);
        while top > 0 && used + height_of(top - 1) <= height {
            top -= 1;
            used += height_of(top);
        }
    } else if entry_rows(review, panel, top..selected + 1, height) > height {
        // Moving down past the bottom: the selection goes to the top, a page of entries
        // comes in at once and the next moves cost almost nothing.
        top = selected;
    }
    review.claims_top = top.min(last_top.min(selected));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Anchor;
    use crate::tui::fixtures;

    #[test]
    fn scrolling_pages_toward_the_direction_of_travel() {
        // In view: unchanged.
        assert_eq!(scroll_to_show(10, 12, 13, 10), 10);
        // Below: the target goes near the top, one line of context above it.
        assert_eq!(scroll_to_show(10, 25, 26, 10), 24);
        // Above: the target goes near the bottom.
        assert_eq!(scroll_to_show(10, 5, 6, 10), 0);
        assert_eq!(scroll_to_show(30, 20, 21, 10), 13);
        // Taller than the pane: from its first line.
        assert_eq!(scroll_to_show(0, 40, 60, 10), 39);
        // A one-row pane still shows the target.
        assert_eq!(scroll_to_show(0, 7, 7, 1), 7);
    }

    #[test]
    fn a_full_width_pane_that_moves_a_little_asks_to_scroll_in_place() {
        let body = "A plain line without figures.\n".repeat(39) + "The count rose 39% today.";
        let mut app = fixtures::app(true, false);
        let claims = fixtures::claims_for(&body);
        assert_eq!(claims.len(), 1);
        app.open_review(fixtures::record(&body), claims, None);
        let screen = Rect::new(0, 0, 80, 24);
        app.review.as_mut().unwrap().anchor = Anchor::Cursor;
        app.prepare(screen);
        assert!(
            app.scrolls.is_empty(),
            "the first frame has nothing to scroll"
        );
        let review = app.review.as_mut().unwrap();
        review.anchor = Anchor::Claim;
        app.prepare(screen);
        let top = app.review.as_ref().unwrap().article_top;
        assert!(top > 0);
        // 38 lines down is more than the pane shows: a repaint, not a scroll.
        assert!(app.scrolls.is_empty());
        // From 12 lines above, the claim is just out of view: scroll those 12 lines in place.
        app.review.as_mut().unwrap().article_top = top - 12;
        app.prepare(screen);
        assert_eq!(app.review.as_ref().unwrap().article_top, top);
        assert_eq!(
            app.scrolls,
            vec![Scroll {
                top: app.areas.article.y + 1,
                bottom: app.areas.article.y + app.areas.article.height,
                delta: 12
            }]
        );
        // Side by side the panes do not span the screen: no scroll regions.
        let wide = Rect::new(0, 0, 120, 40);
        app.prepare(wide);
        assert_eq!(app.areas.article.height, 36);
        app.review.as_mut().unwrap().article_top = 4;
        app.prepare(wide);
        assert_eq!(app.review.as_ref().unwrap().article_top, top, "it did move");
        assert!(app.scrolls.is_empty());
    }

    #[test]
    fn the_claims_panel_stays_full_at_the_end_of_the_list() {
        let body = (0..30)
            .map(|i| format!("Figure {i} rose {i}% last year."))
            .collect::<Vec<_>>()
            .join(" ");
        let mut app = fixtures::app(true, false);
        let claims = fixtures::claims_for(&body);
        let n = claims.len();
        assert!(n >= 20);
        app.open_review(fixtures::record(&body), claims, None);
        let screen = Rect::new(0, 0, 99, 30);
        app.prepare(screen);
        let review = app.review.as_mut().unwrap();
        review.selected = n - 1;
        app.prepare(screen);
        let review = app.review.as_ref().unwrap();
        let panel = app.areas.claims;
        let rows = usize::from(panel.height - 1);
        let shown = entry_rows(review, panel, review.claims_top..n, rows + 1);
        assert!(review.claims_top < n - 1, "earlier claims fill the panel");
        assert_eq!(shown, rows, "one-row entries fill every row");
    }

    #[test]
    fn layouts_by_size() {
        let mut app = fixtures::review_app(fixtures::BODY);
        app.prepare(Rect::new(0, 0, 39, 24));
        assert!(app.areas.too_small);
        app.prepare(Rect::new(0, 0, 80, 24));
        let a = app.areas;
        assert!(!a.too_small);
        assert_eq!((a.article.x, a.article.width), (0, 80));
        assert!(a.claims.y > a.article.y, "stacked below 100 columns");
        assert_eq!(a.detail.height, 0, "no detail on a short screen");
        app.prepare(Rect::new(0, 0, 120, 40));
        let a = app.areas;
        assert_eq!(a.claims.y, a.article.y, "side by side from 100 columns");
        assert!(a.claims.x > a.article.x + a.article.width, "with a gap");
        assert!(a.detail.height > 0);
    }
}
