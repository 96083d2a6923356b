//! Everything the loop waits for arrives on one channel: keys and resizes from the input
//! thread, signals from the signal thread, and the once-a-second poll tick.

use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEvent};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    Resize,
    /// Time to look at the database's data_version.
    Tick,
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: leave cleanly.
    Signal(i32),
    InputError(String),
}

pub fn spawn_input(tx: Sender<Event>) {
    thread::spawn(move || {
        loop {
            let sent = match event::read() {
                Ok(TermEvent::Key(key)) => tx.send(Event::Key(key)),
                Ok(TermEvent::Resize(..)) => tx.send(Event::Resize),
                Ok(_) => Ok(()),
                Err(e) => {
                    let _ = tx.send(Event::InputError(e.to_string()));
                    return;
                }
            };
            if sent.is_err() {
                return;
            }
        }
    });
}

pub fn spawn_signals(tx: Sender<Event>) -> std::io::Result<signal_hook::iterator::Handle> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let handle = signals.handle();
    thread::spawn(move || {
        for signal in signals.forever() {
            if tx.send(Event::Signal(signal)).is_err() {
                return;
            }
        }
    });
    Ok(handle)
}

pub fn spawn_ticker(tx: Sender<Event>, every: Duration) {
    thread::spawn(move || {
        loop {
            thread::sleep(every);
            if tx.send(Event::Tick).is_err() {
                return;
            }
        }
    });
}
