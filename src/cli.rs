//! Command-line interface: parse arguments, call the library, print. Errors become one line on
//! stderr (`factdesk: …`) and a non-zero exit: 2 for usage, 1 for everything else.

mod context;
mod extract;
mod import;
mod progress;
mod review;
mod show;
mod text;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::article::Format;
use crate::store::Verdict;
use crate::tui::Start;
use context::Context;

#[derive(Debug, Parser)]
#[command(
    name = "factdesk",
    version,
    about = "Terminal fact-check workstation: import articles, extract check-worthy claims, review them",
    long_about = "Terminal fact-check workstation.\n\nWith no command, imports the PATHS given (if any) and opens the review screen."
)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,

    /// Articles or directories to import before opening the review screen.
    paths: Vec<PathBuf>,

    #[command(flatten)]
    load: LoadArgs,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Args)]
struct GlobalArgs {
    /// The database file [default: $FACTDESK_DB, else factdesk.db in the XDG data directory].
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// Who is reviewing [default: $FACTDESK_REVIEWER, else $USER, else "anonymous"].
    #[arg(long, global = true, value_name = "NAME")]
    reviewer: Option<String>,

    /// The configuration file [default: config.toml in the XDG config directory, if present].
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,

    /// Flush every commit to disk (SQLite synchronous=FULL).
    #[arg(long, global = true)]
    paranoid: bool,

    /// ASCII glyphs in the review screen.
    #[arg(long, global = true)]
    ascii: bool,
}

/// How articles are read and claims picked.
#[derive(Debug, Args, Clone, Copy, Default)]
struct LoadArgs {
    /// Skip format detection.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,

    /// Sentences scoring at or above this (0..1) are claims [default: from the config].
    #[arg(long, value_parser = parse_threshold, value_name = "T")]
    threshold: Option<f32>,

    /// Score sentences with the embedded language model (a 6-layer MPNet fine-tuned on debate
    /// claims): a better ranking of claims on the debate benchmarks, but thousands of times
    /// slower than the default linear model (a second or two per article) [default: from the
    /// config's `deep`].
    #[arg(long)]
    deep: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Markdown,
    Html,
    Transcript,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Transcript => Format::Transcript,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum VerdictArg {
    Confirmed,
    Disputed,
    Unverified,
}

impl From<VerdictArg> for Verdict {
    fn from(v: VerdictArg) -> Verdict {
        match v {
            VerdictArg::Confirmed => Verdict::Confirmed,
            VerdictArg::Disputed => Verdict::Disputed,
            VerdictArg::Unverified => Verdict::Unverified,
        }
    }
}

impl LoadArgs {
    /// These settings, falling back to `other` (given before the command) for what is unset.
    fn or(self, other: LoadArgs) -> LoadArgs {
        LoadArgs {
            format: self.format.or(other.format),
            threshold: self.threshold.or(other.threshold),
            deep: self.deep || other.deep,
        }
    }
}

fn parse_threshold(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(t) if (0.0..=1.0).contains(&t) => Ok(t),
        _ => Err("expected a number from 0 to 1".to_string()),
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Import articles (files, or directories searched recursively) into the database.
    Import {
        /// Files and directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Open the review screen on one article (an id from `list`, or a file, imported first).
    Open {
        /// Article id or path.
        article: String,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Show the sentences and claims of a file; needs no database.
    Extract {
        file: PathBuf,
        #[command(flatten)]
        load: LoadArgs,
        /// Print JSON: {title, date, source, format, body, sentences: [...]}.
        #[arg(long)]
        json: bool,
    },
    /// List articles, or the claims of one article (one per line, starting with its id).
    List {
        /// Article id; without it, every article.
        article: Option<i64>,
        /// Include dismissed claims.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Give a claim a verdict, optionally with a note and evidence.
    Mark {
        /// Claim id (from `list ARTICLE`).
        claim: i64,
        /// The verdict.
        #[arg(ignore_case = true)]
        verdict: VerdictArg,
        /// Replace the claim's note.
        #[arg(long)]
        note: Option<String>,
        /// A source link or line of evidence (repeatable).
        #[arg(long, value_name = "URL")]
        evidence: Vec<String>,
    },
    /// Replace a claim's note.
    Note { claim: i64, text: String },
    /// Revert your most recent change not yet undone (again to go further back); a `mark` with
    /// --note and --evidence is one change.
    Undo,
    /// Every change made to a claim, oldest first.
    History {
        claim: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Totals over every article.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// A run that failed after printing its own error lines.
struct Failed;

pub fn main() -> ExitCode {
    // A bug must still end in one line, not a backtrace. (The review screen chains its own hook
    // in front of this one to restore the terminal first.)
    std::panic::set_hook(Box::new(|info| {
        report(&format!("internal error, please report it: {info}"));
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            report(&describe(&err));
            ExitCode::FAILURE
        }
    }
}

/// Print one line on stderr, prefixed with the program name. A multi-line message (a TOML
/// parse error with its source excerpt, say) keeps its text lines, joined with ": ".
pub(crate) fn report(message: &str) {
    let is_excerpt = |l: &str| {
        l.starts_with('|')
            || l.split_once(" |")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
    };
    let joined: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_excerpt(l))
        .collect();
    // printable() escapes anything a terminal would act on.
    let line = text::printable(&joined.join(": ")).into_owned();
    let _ = writeln!(io::stderr().lock(), "factdesk: {line}");
}

/// The error and its causes, each cause only when its text is not already in the message
/// (our error types often embed their source).
fn describe(err: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if message.contains(&text) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    message
}

/// Help and version go to stdout with success; real usage errors become one line and exit 2.
fn usage_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    let rendered = err.render().to_string();
    let message: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more"))
        .map(|l| l.strip_prefix("error: ").unwrap_or(l))
        .collect();
    report(&format!("{} (see --help)", message.join(" ")));
    ExitCode::from(2)
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    // `factdesk list | head` closes the pipe early: that is not an error worth a message.
    err.chain().any(|cause| {
        let kind = match cause.downcast_ref::<serde_json::Error>() {
            Some(json) => json.io_error_kind(),
            None => cause.downcast_ref::<io::Error>().map(io::Error::kind),
        };
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(&cli.global)?;
    // Not locked: the review screen writes to the same stdout.
    let out = &mut io::stdout();
    let status = match cli.command {
        None => {
            let imported = if cli.paths.is_empty() {
                import::Imported {
                    start: Some(Start::Library),
                    failed: 0,
                }
            } else {
                import::run(&ctx, &cli.paths, cli.load, out)?
            };
            // Files that failed do not keep the reviewer from the ones that loaded; after the
            // review screen closes, a reminder that the failures are listed above it.
            if let Some(start) = imported.start {
                ctx.open_review(start)?;
                if imported.failed > 0 {
                    report(&format!(
                        "{} file(s) could not be imported (listed above)",
                        imported.failed
                    ));
                }
            }
            if imported.failed > 0 {
                Err(Failed)
            } else {
                Ok(())
            }
        }
        Some(Command::Import { paths, load }) => {
            if import::run(&ctx, &paths, load.or(cli.load), out)?.failed > 0 {
                Err(Failed)
            } else {
                Ok(())
            }
        }
        Some(Command::Open { article, load }) => {
            let start = import::resolve_article(&ctx, &article, load.or(cli.load))?;
            ctx.open_review(start)?;
            Ok(())
        }
        Some(Command::Extract { file, load, json }) => {
            extract::run(&ctx, &file, load.or(cli.load), json, out)?;
            Ok(())
        }
        Some(Command::List { article, all, json }) => {
            let store = ctx.open_store()?;
            match article {
                None => show::articles(&store, json, out)?,
                Some(id) => show::claims(&store, id, all, json, out)?,
            }
            Ok(())
        }
        Some(Command::Mark {
            claim,
            verdict,
            note,
            evidence,
        }) => {
            review::mark(&ctx, claim, verdict.into(), note.as_deref(), &evidence, out)?;
            Ok(())
        }
        Some(Command::Note { claim, text }) => {
            review::note(&ctx, claim, &text, out)?;
            Ok(())
        }
        Some(Command::Undo) => {
            review::undo(&ctx, out)?;
            Ok(())
        }
        Some(Command::History { claim, json }) => {
            show::history(&ctx.open_store()?, claim, json, out)?;
            Ok(())
        }
        Some(Command::Stats { json }) => {
            show::stats(&ctx.open_store()?, json, out)?;
            Ok(())
        }
    };
    out.flush()?;
    Ok(match status {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed) => ExitCode::FAILURE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn causes_already_in_the_message_are_not_repeated() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let err = anyhow::Error::new(io).context("a.txt: gone");
        assert_eq!(describe(&err), "a.txt: gone");
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let err = anyhow::Error::new(io).context("reading a.txt");
        assert_eq!(describe(&err), "reading a.txt: gone");
    }

    #[test]
    fn threshold_must_be_between_zero_and_one() {
        assert_eq!(parse_threshold("0.7"), Ok(0.7));
        assert!(parse_threshold("1.5").is_err());
        assert!(parse_threshold("NaN").is_err());
        assert!(parse_threshold("half").is_err());
    }

    #[test]
    fn subcommand_options_may_follow_the_subcommand() {
        let cli =
            Cli::try_parse_from(["factdesk", "mark", "7", "disputed", "--db", "x.db"]).unwrap();
        assert_eq!(cli.global.db, Some(PathBuf::from("x.db")));
        assert!(matches!(
            cli.command,
            Some(Command::Mark {
                claim: 7,
                verdict: VerdictArg::Disputed,
                ..
            })
        ));
    }

    #[test]
    fn load_options_before_the_command_apply_when_the_command_has_none() {
        let cli = Cli::try_parse_from([
            "factdesk",
            "--format",
            "html",
            "--threshold",
            "0.3",
            "extract",
            "f.txt",
            "--threshold",
            "0.8",
        ])
        .unwrap();
        let Some(Command::Extract { load, .. }) = cli.command else {
            panic!("extract expected");
        };
        let merged = load.or(cli.load);
        assert_eq!(merged.format, Some(FormatArg::Html));
        assert_eq!(merged.threshold, Some(0.8));
    }

    #[test]
    fn verdict_words_ignore_case() {
        let cli = Cli::try_parse_from(["factdesk", "mark", "7", "Confirmed"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Mark {
                verdict: VerdictArg::Confirmed,
                ..
            })
        ));
    }

    #[test]
    fn an_unknown_verdict_is_a_usage_error() {
        let err = Cli::try_parse_from(["factdesk", "mark", "7", "maybe"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::InvalidValue);
    }
}
