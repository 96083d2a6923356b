//! Keys in, model changes and effects out. No I/O here: store calls are returned as effects.

use ratatui::crossterm::event::KeyEvent;

use super::action::Action;
use super::app::{Anchor, App, Focus, Prompt, PromptKind, Screen, Search};
use super::editor::{Edit, LineEditor};
use super::effects::Effect;
use super::keymap::Key;
use crate::article::Format;
use crate::extract::{self, Options};
use crate::store::Verdict;

/// How far a page key moves.
const PAGE: usize = 10;

pub fn update(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let Some(key) = Key::from_event(&event) else {
        return Vec::new();
    };
    if key == Key::ctrl('c') {
        if app.prompt.take().is_some() {
            app.info("cancelled");
        } else {
            app.quit = true;
        }
        return Vec::new();
    }
    if app.prompt.is_some() {
        return prompt_key(app, key);
    }
    if app.help {
        app.help = false;
        app.dirty = true;
        return Vec::new();
    }
    let Some(action) = app.keymap.action(key) else {
        return Vec::new();
    };
    // A message stays until the next action.
    if app.status.take().is_some() {
        app.dirty = true;
    }
    match action {
        Action::Help => {
            app.help = true;
            app.dirty = true;
            Vec::new()
        }
        Action::Redraw => {
            app.dirty = true;
            vec![Effect::Clear]
        }
        _ => match app.screen {
            Screen::Library => library_action(app, action),
            Screen::Review => review_action(app, action),
        },
    }
}

fn move_index(pos: usize, len: usize, action: Action) -> usize {
    let last = len.saturating_sub(1);
    match action {
        Action::Next => (pos + 1).min(last),
        Action::Prev => pos.saturating_sub(1),
        Action::PageDown => (pos + PAGE).min(last),
        Action::PageUp => pos.saturating_sub(PAGE),
        Action::Top => 0,
        Action::Bottom => last,
        _ => pos,
    }
}

fn is_motion(action: Action) -> bool {
    matches!(
        action,
        Action::Next
            | Action::Prev
            | Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom
    )
}

fn library_action(app: &mut App, action: Action) -> Vec<Effect> {
    let lib = &mut app.library;
    match action {
        a if is_motion(a) => {
            let moved = move_index(lib.selected, lib.visible.len(), a);
            if moved != lib.selected {
                lib.selected = moved;
                app.dirty = true;
            }
            Vec::new()
        }
        Action::Open => match lib.selected_article() {
            Some(article) => vec![Effect::OpenArticle {
                id: article.id,
                at: None,
            }],
            None => Vec::new(),
        },
        Action::Search => {
            open_prompt(app, PromptKind::LibraryFilter, "");
            Vec::new()
        }
        Action::Quit => {
            app.quit = true;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn open_prompt(app: &mut App, kind: PromptKind, text: &str) {
    app.prompt = Some(Prompt {
        kind,
        editor: LineEditor::new(text),
    });
    app.dirty = true;
}

fn prompt_key(app: &mut App, key: Key) -> Vec<Effect> {
    let Some(prompt) = app.prompt.as_mut() else {
        return Vec::new();
    };
    if key.ctrl {
        return Vec::new();
    }
    let kind = prompt.kind;
    match prompt.editor.key(key.code) {
        Edit::Unchanged => Vec::new(),
        Edit::Changed => {
            app.dirty = true;
            if kind == PromptKind::LibraryFilter {
                app.library.filter = prompt.editor.text().to_string();
                app.library.refilter();
            }
            Vec::new()
        }
        Edit::Cancel => {
            app.prompt = None;
            if kind == PromptKind::LibraryFilter {
                app.library.filter.clear();
                app.library.refilter();
            }
            app.info("cancelled");
            Vec::new()
        }
        Edit::Submit => {
            let text = prompt.editor.text().trim().to_string();
            app.prompt = None;
            app.dirty = true;
            submit(app, kind, text)
        }
    }
}

fn submit(app: &mut App, kind: PromptKind, text: String) -> Vec<Effect> {
    match kind {
        PromptKind::LibraryFilter => Vec::new(),
        PromptKind::Search => {
            search(app, &text);
            Vec::new()
        }
        PromptKind::Note => match selected(app) {
            Some((claim_id, rev)) => vec![Effect::SetNote {
                claim_id,
                note: text,
                rev,
            }],
            None => Vec::new(),
        },
        PromptKind::Evidence if text.is_empty() => {
            app.info("no evidence given");
            Vec::new()
        }
        PromptKind::Evidence => match selected(app) {
            Some((claim_id, rev)) => vec![Effect::AddEvidence {
                claim_id,
                evidence: text,
                rev,
            }],
            None => Vec::new(),
        },
    }
}

/// The selected claim's id and rev.
fn selected(app: &App) -> Option<(i64, i64)> {
    app.review
        .as_ref()
        .and_then(|r| r.selected_claim())
        .map(|c| (c.id, c.rev))
}

/// Find every case-insensitive (ASCII) occurrence of `query` in the body.
fn search(app: &mut App, query: &str) {
    let Some(review) = app.review.as_mut() else {
        return;
    };
    if query.is_empty() {
        review.search = None;
        review.anchor = Anchor::Claim;
        return;
    }
    let hay = review.article.body.to_ascii_lowercase();
    let needle = query.to_ascii_lowercase();
    let from = review
        .selected_claim()
        .map_or(0, |c| c.start)
        .min(hay.len());
    let matches: Vec<(usize, usize)> = hay
        .match_indices(&needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect();
    if matches.is_empty() {
        review.search = None;
        app.info(format!("not found: {query}"));
        return;
    }
    let current = matches.partition_point(|m| m.0 < from) % matches.len();
    let total = matches.len();
    review.search = Some(Search {
        query: query.to_string(),
        matches,
        current,
    });
    review.anchor = Anchor::Match;
    app.info(format!("match {} of {total}", current + 1));
}

fn step_match(app: &mut App, forward: bool) {
    let Some(review) = app.review.as_mut() else {
        return;
    };
    let Some(search) = review.search.as_mut() else {
        app.info("no search: press / first");
        return;
    };
    let n = search.matches.len();
    search.current = if forward {
        (search.current + 1) % n
    } else {
        (search.current + n - 1) % n
    };
    let text = format!("match {} of {n}", search.current + 1);
    review.anchor = Anchor::Match;
    app.info(text);
}

/// Extract the body's sentences once per article revision.
fn ensure_sentences(app: &mut App) {
    let threshold = app.threshold;
    let Some(review) = app.review.as_mut() else {
        return;
    };
    if review.sentences.is_none() {
        let opts = Options {
            threshold,
            transcript: review.article.format == Format::Transcript,
        };
        let sentences = extract::extract(&review.article.body, &opts);
        let from = review.selected_claim().map_or(0, |c| c.start);
        review.cursor = sentences
            .partition_point(|s| s.end <= from)
            .min(sentences.len().saturating_sub(1));
        review.sentences = Some(sentences);
    }
}

fn review_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(review) = app.review.as_mut() else {
        return Vec::new();
    };
    let claim = review.selected_claim().cloned();
    match action {
        a if is_motion(a) => {
            match review.focus {
                Focus::Claims => {
                    review.selected = move_index(review.selected, review.visible.len(), a);
                    review.anchor = Anchor::Claim;
                }
                Focus::Article => {
                    let n = review.sentences.as_ref().map_or(0, Vec::len);
                    review.cursor = move_index(review.cursor, n, a);
                    review.anchor = Anchor::Cursor;
                    // The claim under the cursor becomes the one decisions apply to.
                    if let Some(id) = review
                        .cursor_sentence()
                        .and_then(|s| review.claim_at(s.start))
                        .map(|c| c.id)
                    {
                        review.select_claim_id(id);
                    }
                }
            }
            app.dirty = true;
            Vec::new()
        }
        Action::Confirm | Action::Dispute | Action::Unverified => {
            let verdict = match action {
                Action::Confirm => Verdict::Confirmed,
                Action::Dispute => Verdict::Disputed,
                _ => Verdict::Unverified,
            };
            match claim {
                None => nothing_selected(app),
                Some(c) if c.dismissed => {
                    app.info("this claim is dismissed: x restores it");
                    Vec::new()
                }
                Some(c) => vec![Effect::SetVerdict {
                    claim_id: c.id,
                    verdict,
                    rev: c.rev,
                }],
            }
        }
        Action::Note => match claim {
            None => nothing_selected(app),
            Some(c) => {
                open_prompt(app, PromptKind::Note, &c.note);
                Vec::new()
            }
        },
        Action::Evidence => match claim {
            None => nothing_selected(app),
            Some(_) => {
                open_prompt(app, PromptKind::Evidence, "");
                Vec::new()
            }
        },
        Action::Dismiss => match claim {
            None => nothing_selected(app),
            Some(c) => vec![Effect::SetDismissed {
                claim_id: c.id,
                dismissed: !c.dismissed,
                rev: c.rev,
            }],
        },
        Action::Promote => promote(app),
        Action::Undo => vec![Effect::Undo],
        Action::Focus => {
            review.focus = match review.focus {
                Focus::Claims => Focus::Article,
                Focus::Article => Focus::Claims,
            };
            let focus = review.focus;
            if focus == Focus::Article {
                ensure_sentences(app);
            }
            if let Some(review) = app.review.as_mut() {
                review.anchor = match focus {
                    Focus::Article => Anchor::Cursor,
                    Focus::Claims => Anchor::Claim,
                };
            }
            app.dirty = true;
            Vec::new()
        }
        Action::Detail => {
            let shown = app.areas.detail.height > 0;
            review.show_detail = Some(!shown);
            app.dirty = true;
            Vec::new()
        }
        Action::Search => {
            let query = review
                .search
                .as_ref()
                .map(|s| s.query.clone())
                .unwrap_or_default();
            open_prompt(app, PromptKind::Search, &query);
            Vec::new()
        }
        Action::NextMatch | Action::PrevMatch => {
            step_match(app, action == Action::NextMatch);
            Vec::new()
        }
        Action::Filter => {
            review.filter = review.filter.next();
            review.refilter(claim.map(|c| c.id));
            review.anchor = Anchor::Claim;
            let text = format!(
                "showing {} claims ({})",
                review.filter.name(),
                review.visible.len()
            );
            app.info(text);
            Vec::new()
        }
        Action::NextArticle => vec![Effect::OpenAdjacent { step: 1 }],
        Action::PrevArticle => vec![Effect::OpenAdjacent { step: -1 }],
        Action::Copy => match claim {
            None => nothing_selected(app),
            Some(c) => {
                app.info("claim copied to the clipboard (OSC 52)");
                vec![Effect::Copy(c.text)]
            }
        },
        Action::Quit => {
            app.screen = Screen::Library;
            app.prompt = None;
            app.dirty = true;
            vec![Effect::LoadLibrary]
        }
        _ => Vec::new(),
    }
}

fn nothing_selected(app: &mut App) -> Vec<Effect> {
    app.info("no claim selected");
    Vec::new()
}

fn promote(app: &mut App) -> Vec<Effect> {
    let Some(review) = app.review.as_ref() else {
        return Vec::new();
    };
    if review.focus != Focus::Article {
        app.info("Tab to the article text, move to a sentence, then promote it");
        return Vec::new();
    }
    let Some(sentence) = review.cursor_sentence().cloned() else {
        app.info("no sentence under the cursor");
        return Vec::new();
    };
    if review
        .claims
        .iter()
        .any(|c| c.start == sentence.start && c.end == sentence.end)
    {
        app.info("this sentence is already a claim");
        return Vec::new();
    }
    vec![Effect::Promote {
        article_id: review.article.id,
        sentence,
    }]
}
