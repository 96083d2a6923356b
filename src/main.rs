use std::process::ExitCode;

fn main() -> ExitCode {
    factdesk::cli::main()
}
