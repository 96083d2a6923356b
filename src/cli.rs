//! Command-line interface. (Skeleton; the foundation issue builds it.)

use std::process::ExitCode;

pub fn main() -> ExitCode {
    eprintln!("factdesk: not built yet");
    ExitCode::FAILURE
}
