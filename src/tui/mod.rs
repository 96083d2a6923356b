//! The full-screen review workstation.
//!
//! Model / action / update / view: keys resolve through the [`keymap`] to an [`action`];
//! [`update`] changes the [`app`] model and returns [`effects`] that run against the store;
//! [`view`] only reads. One channel carries keys, signals and the poll tick; the loop blocks on
//! it and draws only when something changed.

pub mod action;
pub mod app;
pub mod editor;
pub mod effects;
pub mod event;
#[cfg(test)]
mod fixtures;
pub mod keymap;
pub mod layout;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod wrap;

use std::sync::mpsc;
use std::time::Duration;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::config::Config;
use crate::store::Store;
use app::App;
use effects::Effect;
use event::Event;
use keymap::Keymap;
use theme::{Glyphs, Palette, Theme};

/// Where the UI starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Library,
    Article(i64),
}

pub struct Session {
    pub store: Store,
    pub config: Config,
    pub reviewer: String,
    /// ASCII glyphs instead of Unicode ones.
    pub ascii: bool,
}

/// How often another session's writes are looked for.
const POLL: Duration = Duration::from_secs(1);

/// The model and the store together: keys in, store effects applied, frames out. The run loop
/// drives it from the terminal; tests drive it directly.
pub struct Desk {
    pub app: App,
    pub store: Store,
}

impl Desk {
    /// Build the model from the session; `color` and `utf8` come from the environment.
    pub fn new(session: Session, color: bool, utf8: bool) -> anyhow::Result<Desk> {
        let keymap = Keymap::from_config(&session.config.keys)?;
        let palette = Palette::from_config(&session.config.colors).map_err(anyhow::Error::msg)?;
        let glyphs = if session.ascii || !utf8 {
            Glyphs::ASCII
        } else {
            Glyphs::UNICODE
        };
        let mut app = App::new(
            session.reviewer,
            keymap,
            Theme::new(&palette, color),
            glyphs,
        );
        app.threshold = session.config.threshold;
        app.deep = session.config.deep;
        Ok(Desk {
            app,
            store: session.store,
        })
    }

    /// Load the first screen. An article that cannot be opened is an error, before the
    /// terminal is touched.
    pub fn start(&mut self, start: Start) -> anyhow::Result<()> {
        self.app.from_library = start == Start::Library;
        let effect = match start {
            Start::Library => Effect::LoadLibrary,
            Start::Article(id) => Effect::OpenArticle { id, at: None },
        };
        effects::execute(&mut self.store, &mut self.app, effect);
        if let Some(status) = self.app.status.as_ref().filter(|s| s.error) {
            anyhow::bail!("{}", status.text);
        }
        Ok(())
    }

    /// One key: update the model, run store effects; terminal effects are returned.
    pub fn key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let effects = update::update(&mut self.app, key);
        self.apply(effects)
    }

    pub fn poll(&mut self) {
        effects::execute(&mut self.store, &mut self.app, Effect::Poll);
    }

    fn apply(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        effects
            .into_iter()
            .filter_map(|e| effects::execute(&mut self.store, &mut self.app, e))
            .collect()
    }

    /// Lay out for the buffer's area and draw into it; returns the cursor position if shown.
    pub fn render_buffer(
        &mut self,
        buffer: &mut ratatui::buffer::Buffer,
    ) -> Option<ratatui::layout::Position> {
        self.app.prepare(buffer.area);
        view::draw_buffer(&self.app, buffer.area, buffer)
    }

    /// Prepare for a size without drawing (benchmarks, tests).
    pub fn prepare(&mut self, area: Rect) {
        self.app.prepare(area);
    }
}

pub fn run(session: Session, start: Start) -> anyhow::Result<()> {
    let env = |name: &str| std::env::var(name).ok();
    let mut desk = Desk::new(
        session,
        theme::color_enabled(env),
        theme::locale_is_utf8(env),
    )?;
    desk.start(start)?;

    let (tx, rx) = mpsc::channel();
    let signals = event::spawn_signals(tx.clone())?;
    terminal::install_panic_hook();
    let mut guard = terminal::Guard::enter()?;
    event::spawn_input(tx.clone());
    event::spawn_ticker(tx, POLL);

    let result = event_loop(&mut desk, &mut guard, &rx);
    signals.close();
    drop(guard);
    if let Some(signal) = result? {
        // Every change is already committed and the terminal is restored: end by the
        // signal's default action, so a shell or supervisor sees it (status 128 + n).
        signal_hook::low_level::emulate_default_handler(signal)?;
    }
    Ok(())
}

fn event_loop(
    desk: &mut Desk,
    guard: &mut terminal::Guard,
    rx: &mpsc::Receiver<Event>,
) -> anyhow::Result<Option<i32>> {
    loop {
        if desk.app.dirty {
            let size = guard.terminal.size()?;
            desk.prepare(Rect::new(0, 0, size.width, size.height));
            for scroll in std::mem::take(&mut desk.app.scrolls) {
                guard.scroll(scroll)?;
            }
            guard.draw(|buffer| desk.render_buffer(buffer))?;
            desk.app.dirty = false;
        }
        let mut next = Some(rx.recv()?);
        // Take everything already queued before drawing again: a burst of keys or resizes
        // costs one frame.
        while let Some(event) = next {
            match event {
                Event::Key(key) => {
                    for effect in desk.key(key) {
                        match effect {
                            Effect::Copy(text) => guard.copy(&text)?,
                            Effect::Clear => guard.clear()?,
                            _ => {}
                        }
                    }
                }
                Event::Resize => desk.app.dirty = true,
                Event::Tick => desk.poll(),
                Event::Signal(signal) => return Ok(Some(signal)),
                Event::InputError(e) => anyhow::bail!("reading the terminal: {e}"),
            }
            if desk.app.quit {
                return Ok(None);
            }
            next = rx.try_recv().ok();
        }
    }
}
