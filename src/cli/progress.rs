//! Progress on stderr for long work, only when stderr is a terminal (never in pipes or logs).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// More files than this get a progress bar, unless each file is slow anyway.
const BAR_FROM: usize = 10;

/// Redraws the spinner while one long step (an article through the language model) runs.
const TICK: Duration = Duration::from_millis(150);

/// A bar over `len` files: for many files, or for any number when each takes seconds (`slow`:
/// the language model scores them).
pub(crate) fn files(len: usize, slow: bool) -> Option<ProgressBar> {
    if (len <= BAR_FROM && !slow) || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} {wide_msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(TICK);
    Some(bar)
}

/// A spinner with `message` until it is dropped or cleared.
pub(crate) fn spinner(message: String) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {wide_msg}") {
        spinner.set_style(style);
    }
    spinner.set_message(message);
    spinner.enable_steady_tick(TICK);
    Some(spinner)
}
