//! `mark`, `note` and `undo`: reviewer changes from the command line (no rev check: the CLI
//! reads and writes in one go).

use std::io::Write;

use anyhow::bail;

use super::context::Context;
use super::text::printable;
use crate::store::{Claim, Verdict};

fn label(claim: &Claim) -> &'static str {
    if claim.reviewed {
        claim.verdict.as_str()
    } else {
        "unreviewed"
    }
}

pub(crate) fn mark(
    ctx: &Context,
    claim_id: i64,
    verdict: Verdict,
    note: Option<&str>,
    evidence: &[String],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut store = ctx.open_store()?;
    let before = store.claim(claim_id)?;
    let evidence: Vec<&str> = evidence.iter().map(String::as_str).collect();
    // One transaction: the verdict, note and evidence are saved together or not at all.
    let after = store.decide(claim_id, verdict, note, &evidence, None, &ctx.reviewer)?;
    write!(
        out,
        "claim {claim_id}: {} -> {}",
        label(&before),
        label(&after)
    )?;
    if note.is_some() {
        write!(out, ", note saved")?;
    }
    if !evidence.is_empty() {
        write!(out, ", {} evidence", after.evidence.len())?;
    }
    writeln!(out)?;
    Ok(())
}

pub(crate) fn note(
    ctx: &Context,
    claim_id: i64,
    text: &str,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut store = ctx.open_store()?;
    store.set_note(claim_id, text, None, &ctx.reviewer)?;
    let done = if text.is_empty() { "cleared" } else { "saved" };
    writeln!(out, "claim {claim_id}: note {done}")?;
    Ok(())
}

pub(crate) fn undo(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let mut store = ctx.open_store()?;
    let Some(claim) = store.undo(&ctx.reviewer)? else {
        writeln!(out, "nothing to undo for {}", printable(&ctx.reviewer))?;
        return Ok(());
    };
    // The events this undo wrote: one per change of the action, newest last.
    let history = store.history(claim.id)?;
    let written: Vec<_> = history
        .iter()
        .rev()
        .take_while(|e| {
            e.reviewer == ctx.reviewer && matches!(e.action.as_str(), "undo" | "undo_skipped")
        })
        .collect();
    if written.is_empty() {
        bail!("claim {}: the undo was not recorded", claim.id);
    }
    for event in written.into_iter().rev() {
        let what = printable(event.note.as_deref().unwrap_or("undone"));
        if event.action == "undo_skipped" {
            writeln!(out, "claim {}: {what}", claim.id)?;
        } else {
            writeln!(
                out,
                "claim {}: {what}: {} -> {}",
                claim.id,
                printable(event.from.as_deref().unwrap_or("-")),
                printable(event.to.as_deref().unwrap_or("-"))
            )?;
        }
    }
    Ok(())
}
