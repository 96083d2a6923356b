//! Progress on stderr for long work, only when stderr is a terminal (never in pipes or logs).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// More files than this get a progress bar, unless each file is slow anyway.
const BAR_FROM: usize = 10;

/// Redraws the spinner while one long step (an article through the language model) runs.
const TICK: Duration = Duration::from_millis(150);

/// The style from `template`, drawn in plain ASCII when `ascii` (`--ascii`, or a locale that
/// cannot show Unicode).
fn style(template: &str, ascii: bool) -> Option<ProgressStyle> {
    let style = ProgressStyle::with_template(template).ok()?;
    Some(if ascii {
        style.tick_chars("-\\|/ ").progress_chars("#>-")
    } else {
        style
    })
}

/// A bar over `len` files: for many files, or for any number when each takes seconds (`slow`:
/// the language model scores them).
pub(crate) fn files(len: usize, slow: bool, ascii: bool) -> Option<ProgressBar> {
    if (len <= BAR_FROM && !slow) || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Some(style) = style("{spinner} {bar:30} {pos}/{len} {wide_msg}", ascii) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(TICK);
    Some(bar)
}

/// A spinner with `message` until it is dropped or cleared.
pub(crate) fn spinner(message: String, ascii: bool) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Some(style) = style("{spinner} {wide_msg}", ascii) {
        spinner.set_style(style);
    }
    spinner.set_message(message);
    spinner.enable_steady_tick(TICK);
    Some(spinner)
}
