//! Effects: what `update` asks for beyond the model. Store effects run here against the
//! store, and only their result changes the screen, so nothing shows as done before SQLite
//! has committed it.

use crate::extract::Sentence;
use crate::store::{Claim, Store, StoreError, Verdict};

use super::action::Action;
use super::app::{App, Screen};
use super::theme::Glyphs;

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadLibrary,
    /// Open an article; `at` a claim id, or `None` for where this reviewer stopped.
    OpenArticle {
        id: i64,
        at: Option<i64>,
    },
    /// Open the article `step` places away in the library order.
    OpenAdjacent {
        step: isize,
    },
    SetVerdict {
        claim_id: i64,
        verdict: Verdict,
        rev: i64,
    },
    SetNote {
        claim_id: i64,
        note: String,
        rev: i64,
    },
    AddEvidence {
        claim_id: i64,
        evidence: String,
        rev: i64,
    },
    SetDismissed {
        claim_id: i64,
        dismissed: bool,
        rev: i64,
    },
    Promote {
        article_id: i64,
        sentence: Sentence,
    },
    Undo,
    /// Look at `PRAGMA data_version` and reload if another session wrote.
    Poll,
    /// Terminal effects, handled by the run loop.
    Copy(String),
    Clear,
}

/// Run a store effect and fold its result into the model. Terminal effects are returned.
pub fn execute(store: &mut Store, app: &mut App, effect: Effect) -> Option<Effect> {
    let reviewer = app.reviewer.clone();
    let result = match effect {
        Effect::Copy(_) | Effect::Clear => return Some(effect),
        Effect::LoadLibrary => load_library(store, app),
        Effect::OpenArticle { id, at } => open_article(store, app, id, at),
        Effect::OpenAdjacent { step } => open_adjacent(store, app, step),
        Effect::SetVerdict {
            claim_id,
            verdict,
            rev,
        } => store
            .set_verdict(claim_id, verdict, Some(rev), &reviewer)
            .map(|claim| decided(app, claim)),
        Effect::SetNote {
            claim_id,
            note,
            rev,
        } => store
            .set_note(claim_id, &note, Some(rev), &reviewer)
            .map(|claim| saved(app, claim, "note saved")),
        Effect::AddEvidence {
            claim_id,
            evidence,
            rev,
        } => store
            .add_evidence(claim_id, &evidence, Some(rev), &reviewer)
            .map(|claim| saved(app, claim, "evidence added")),
        Effect::SetDismissed {
            claim_id,
            dismissed,
            rev,
        } => store
            .set_dismissed(claim_id, dismissed, Some(rev), &reviewer)
            .map(|claim| {
                let what = if dismissed {
                    format!(
                        "dismissed ({} shows dismissed claims, {} undoes)",
                        app.key_for(Action::Filter),
                        app.key_for(Action::Undo)
                    )
                } else {
                    "restored".to_string()
                };
                saved(app, claim, &what)
            }),
        Effect::Promote {
            article_id,
            sentence,
        } => store
            .promote(article_id, &sentence, &reviewer)
            .map(|claim| {
                let id = claim.id;
                saved(app, claim, "promoted to a claim");
                if let Some(review) = app.review.as_mut() {
                    review.select_claim_id(id);
                }
            }),
        Effect::Undo => store
            .undo(&reviewer)
            .and_then(|claim| undone(store, app, claim)),
        Effect::Poll => poll(store, app),
    };
    if let Err(err) = result {
        failed(store, app, err);
    }
    None
}

fn load_library(store: &Store, app: &mut App) -> Result<(), StoreError> {
    app.library.set(store.articles()?);
    app.data_version = Some(store.data_version()?);
    app.dirty = true;
    Ok(())
}

fn open_article(store: &Store, app: &mut App, id: i64, at: Option<i64>) -> Result<(), StoreError> {
    let article = store.article(id)?;
    let claims = store.claims(id)?;
    let at = match at {
        Some(at) => Some(at),
        None => store.last_position(id, &app.reviewer)?,
    };
    app.open_review(article, claims, at);
    app.data_version = Some(store.data_version()?);
    Ok(())
}

fn open_adjacent(store: &Store, app: &mut App, step: isize) -> Result<(), StoreError> {
    if !app.library.loaded {
        load_library(store, app)?;
    }
    let current = app.review.as_ref().map(|r| r.article.id);
    let lib = &app.library;
    let pos = current
        .and_then(|id| {
            lib.visible
                .iter()
                .position(|&i| lib.articles.get(i).is_some_and(|a| a.id == id))
        })
        .unwrap_or(0);
    let target = pos
        .checked_add_signed(step)
        .filter(|&t| t < lib.visible.len());
    match target
        .and_then(|t| lib.visible.get(t))
        .and_then(|&i| lib.articles.get(i))
    {
        Some(next) => open_article(store, app, next.id, None),
        None => {
            app.info(if step > 0 {
                "this is the last article"
            } else {
                "this is the first article"
            });
            Ok(())
        }
    }
}

/// A decision is saved: show it and move on to the next claim still to decide.
fn decided(app: &mut App, claim: Claim) {
    let (glyph, word) = app.glyphs.claim_state(&claim);
    let text = format!("saved: {glyph} {word}");
    let id = claim.id;
    if let Some(review) = app.review.as_mut() {
        review.replace_claim(claim);
        review.select_claim_id(id);
        match review.next_unreviewed() {
            Some(next) => review.selected = next,
            None => {
                app.info(format!("{text}: every claim is reviewed"));
                return;
            }
        }
    }
    app.info(text);
}

fn saved(app: &mut App, claim: Claim, what: &str) {
    if let Some(review) = app.review.as_mut() {
        review.replace_claim(claim);
    }
    app.info(what);
}

fn undone(store: &Store, app: &mut App, claim: Option<Claim>) -> Result<(), StoreError> {
    let Some(claim) = claim else {
        app.info("nothing to undo");
        return Ok(());
    };
    let id = claim.id;
    let here = app
        .review
        .as_ref()
        .is_some_and(|r| r.article.id == claim.article_id);
    let Some(review) = app.review.as_mut().filter(|_| here) else {
        app.info(format!("undone in another article (claim {id})"));
        return Ok(());
    };
    let before = review.claims.iter().find(|c| c.id == id);
    if before.is_some_and(|b| b.promoted && !claim.promoted) {
        // An undone promotion takes the claim off the list: reload rather than keep a row
        // the store no longer lists. The selection stays at the same place in the list.
        review.claims = store.claims(review.article.id)?;
        review.refilter(None);
        app.info(format!(
            "undone: promotion of claim {id}, no longer a claim"
        ));
        return Ok(());
    }
    let what = before
        .map(|before| undone_what(before, &claim, &app.glyphs))
        .unwrap_or_else(|| "a change".to_string());
    review.replace_claim(claim);
    review.select_claim_id(id);
    app.info(format!("undone: {what} on claim {id}"));
    Ok(())
}

/// What an undo changed, read from the claim before and after, so that several undos in a
/// row each say something different.
fn undone_what(before: &Claim, after: &Claim, glyphs: &Glyphs) -> String {
    if before.dismissed != after.dismissed {
        let was = if before.dismissed {
            "dismiss"
        } else {
            "restore"
        };
        return was.to_string();
    }
    if before.evidence.len() != after.evidence.len() {
        return "evidence link".to_string();
    }
    if before.note != after.note {
        return "note".to_string();
    }
    let (old_glyph, old_word) = glyphs.claim_state(before);
    let (glyph, word) = glyphs.claim_state(after);
    if (old_glyph, old_word) != (glyph, word) {
        return format!("{old_glyph} {old_word}, now {glyph} {word}");
    }
    "a change".to_string()
}

/// Another session wrote: reload what is on screen, keeping the selection.
fn poll(store: &Store, app: &mut App) -> Result<(), StoreError> {
    let version = store.data_version()?;
    if app.data_version == Some(version) {
        return Ok(());
    }
    app.data_version = Some(version);
    if app.screen == Screen::Library || app.library.loaded {
        app.library.set(store.articles()?);
    }
    if let Some(review) = app.review.as_mut() {
        let claims = store.claims(review.article.id)?;
        if claims
            .first()
            .is_some_and(|c| c.revision != review.article.revision)
        {
            review.article = store.article(review.article.id)?;
            review.sentences = None;
            review.cursor = 0;
        }
        let keep = review.selected_claim().map(|c| c.id);
        review.claims = claims;
        review.refilter(keep);
    }
    app.dirty = true;
    Ok(())
}

/// Keep the old state, say what went wrong; on a conflict show who changed the claim and
/// reload it so the reviewer decides on what is really there.
fn failed(store: &Store, app: &mut App, err: StoreError) {
    if let StoreError::Conflict {
        claim_id,
        by,
        at,
        verdict,
    } = &err
    {
        if let Ok(fresh) = store.claim(*claim_id)
            && let Some(review) = app.review.as_mut()
        {
            review.replace_claim(fresh);
        }
        // What happened first and who did it: the status line is one row, and the end of
        // a long message is what a narrow terminal cuts.
        app.error(format!(
            "not saved: {by} changed claim {claim_id} first, now {verdict} (at {at})"
        ));
        return;
    }
    app.error(err.to_string());
}
