//! `list`, `history` and `stats`: what is in the database, as text or JSON.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::text::{padded, printable};
use crate::store::{ArticleSummary, Claim, Store};

fn article_line(a: &ArticleSummary) -> String {
    let mut counts = Vec::new();
    for (n, what) in [
        (a.confirmed, "confirmed"),
        (a.disputed, "disputed"),
        (a.unverified, "unverified"),
        (a.stale, "stale"),
    ] {
        if n > 0 {
            counts.push(format!("{n} {what}"));
        }
    }
    let counts = if counts.is_empty() {
        String::new()
    } else {
        format!("  ({})", counts.join(", "))
    };
    let title = a
        .title
        .as_deref()
        .or(a.source.as_deref())
        .unwrap_or("(untitled)");
    let date = a
        .date
        .as_deref()
        .map(|d| format!("  [{d}]"))
        .unwrap_or_default();
    format!(
        "{:>5}  {}/{} reviewed{counts}  {}{date}",
        a.id,
        a.reviewed,
        a.total,
        printable(title)
    )
}

pub(crate) fn articles(store: &Store, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let articles = store.articles()?;
    if json {
        serde_json::to_writer(&mut *out, &articles)?;
        writeln!(out)?;
        return Ok(());
    }
    if articles.is_empty() {
        writeln!(out, "no articles yet: add some with `factdesk import PATH`")?;
    }
    for a in &articles {
        writeln!(out, "{}", article_line(a))?;
    }
    Ok(())
}

/// Dismissed, stale, or the verdict ("unreviewed" until one is given).
fn status(c: &Claim) -> &'static str {
    if c.dismissed {
        "dismissed"
    } else if c.stale {
        "stale"
    } else if c.reviewed {
        c.verdict.as_str()
    } else {
        "unreviewed"
    }
}

pub(crate) fn claims(
    store: &Store,
    article_id: i64,
    all: bool,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let claims: Vec<Claim> = store
        .claims(article_id)?
        .into_iter()
        .filter(|c| all || !c.dismissed)
        .collect();
    if json {
        serde_json::to_writer(&mut *out, &claims)?;
        writeln!(out)?;
        return Ok(());
    }
    let speaker_width = claims
        .iter()
        .filter_map(|c| c.speaker.as_deref())
        .map(|s| printable(s).width())
        .max()
        .unwrap_or(1)
        .min(24);
    for c in &claims {
        writeln!(
            out,
            "{:>5}  {}  {:.2}  {}  {}  {}",
            c.id,
            padded(status(c), 10),
            c.score,
            padded(c.kind.as_str(), 21),
            padded(c.speaker.as_deref().unwrap_or("-"), speaker_width),
            printable(c.text.trim())
        )?;
    }
    Ok(())
}

pub(crate) fn history(
    store: &Store,
    claim_id: i64,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let events = store.history(claim_id)?;
    if json {
        serde_json::to_writer(&mut *out, &events)?;
        writeln!(out)?;
        return Ok(());
    }
    let claim = store.claim(claim_id)?;
    writeln!(
        out,
        "claim {} (article {}, {}): {}",
        claim.id,
        claim.article_id,
        status(&claim),
        printable(claim.text.trim())
    )?;
    if events.is_empty() {
        writeln!(out, "no changes yet")?;
    }
    for e in &events {
        let mut line = format!("{}  {}  {}", e.at, printable(&e.reviewer), e.action);
        if e.from.is_some() || e.to.is_some() {
            line.push_str(&format!(
                "  {} -> {}",
                printable(e.from.as_deref().unwrap_or("-")),
                printable(e.to.as_deref().unwrap_or("-"))
            ));
        }
        if let Some(note) = &e.note {
            line.push_str(&format!("  ({})", printable(note)));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub(crate) fn stats(store: &Store, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let s = store.stats()?;
    if json {
        serde_json::to_writer(&mut *out, &s)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "articles   {}", s.articles)?;
    writeln!(out, "claims     {} ({} dismissed)", s.claims, s.dismissed)?;
    writeln!(
        out,
        "reviewed   {} of {}: {} confirmed, {} disputed, {} unverified",
        s.reviewed, s.claims, s.confirmed, s.disputed, s.unverified
    )?;
    writeln!(out, "stale      {}", s.stale)?;
    writeln!(out, "events     {}", s.events)?;
    let reviewers: Vec<String> = s
        .reviewers
        .iter()
        .map(|(who, n)| format!("{} {n}", printable(who)))
        .collect();
    writeln!(
        out,
        "reviewers  {}",
        if reviewers.is_empty() {
            "-".to_string()
        } else {
            reviewers.join(", ")
        }
    )?;
    Ok(())
}
