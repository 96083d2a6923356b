//! Keys in, model changes and effects out. No I/O here: store calls are returned as effects.

use ratatui::crossterm::event::KeyEvent;

use super::action::Action;
use super::app::{Anchor, App, Focus, Prompt, PromptKind, Review, Screen, Search};
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
        // Say so, rather than leave the reviewer wondering whether the key was read.
        // Said once: pressing it again draws nothing.
        let help = app.key_for(Action::Help);
        let text = format!(
            "{} does nothing here: {help} lists the keys",
            key.label(app.glyphs.ascii)
        );
        if app.status.as_ref().is_none_or(|s| s.text != text) {
            app.info(text);
        }
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
        _ => {
            let open = app.key_for(Action::Open);
            app.info(format!(
                "{} ({}) works in an article: {open} opens one",
                app.key_for(action),
                action.hint()
            ));
            Vec::new()
        }
    }
}

fn open_prompt(app: &mut App, kind: PromptKind, text: &str) {
    // A new search is usually a new word: the last one is offered, not appended to.
    let editor = if kind == PromptKind::Search {
        LineEditor::offering(text)
    } else {
        LineEditor::new(text)
    };
    app.prompt = Some(Prompt { kind, editor });
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
    review.last_query = query.to_string();
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
        let text = if review.last_query.is_empty() {
            format!("no search: press {} first", app.key_for(Action::Search))
        } else {
            format!("not found: {}", review.last_query)
        };
        app.info(text);
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

/// How the article under review is extracted, with the language model when `deep`.
fn extract_options(app: &App, review: &Review, deep: bool) -> Options {
    Options {
        threshold: app.threshold,
        transcript: review.article.format == Format::Transcript,
        headline: review.article.meta.title.clone(),
        deep,
    }
}

/// Extract the body's sentences once per article revision. The cursor needs only their spans,
/// which the fast linear model gives as the language model would: a sentence is scored by
/// the configured scorer when it is promoted.
fn ensure_sentences(app: &mut App) {
    let Some(review) = app.review.as_ref() else {
        return;
    };
    if review.sentences.is_none() {
        let opts = extract_options(app, review, false);
        let sentences = extract::extract(&review.article.body, &opts);
        let Some(review) = app.review.as_mut() else {
            return;
        };
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
            let before = (review.selected, review.cursor, review.anchor);
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
            // At either end a further move changes nothing and draws nothing.
            if before != (review.selected, review.cursor, review.anchor) {
                app.dirty = true;
            }
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
                    let key = app.key_for(Action::Dismiss);
                    app.info(format!("this claim is dismissed: {key} restores it"));
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
            let query = review.last_query.clone();
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
        Action::Quit if !app.from_library => {
            app.quit = true;
            Vec::new()
        }
        Action::Quit => {
            app.screen = Screen::Library;
            app.prompt = None;
            app.dirty = true;
            vec![Effect::LoadLibrary]
        }
        _ => {
            app.info(format!(
                "{} ({}) does nothing here",
                app.key_for(action),
                action.hint()
            ));
            Vec::new()
        }
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
        let key = app.key_for(Action::Focus);
        app.info(format!(
            "{key} to the article text, move to a sentence, then promote it"
        ));
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
    let sentence = extract::promoted(
        &review.article.body,
        &sentence,
        &extract_options(app, review, app.deep),
    );
    vec![Effect::Promote {
        article_id: review.article.id,
        sentence,
    }]
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::tui::app::Filter;
    use crate::tui::fixtures::{self, BODY};

    fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
        update(app, KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn typed(app: &mut App, keys: &str) -> Vec<Effect> {
        keys.chars()
            .flat_map(|c| press(app, KeyCode::Char(c)))
            .collect()
    }

    fn selected_id(app: &App) -> Option<i64> {
        app.review
            .as_ref()
            .and_then(|r| r.selected_claim())
            .map(|c| c.id)
    }

    #[test]
    fn an_unbound_key_says_so_and_does_nothing_else() {
        let mut app = fixtures::review_app(BODY);
        let before = selected_id(&app);
        assert!(typed(&mut app, "w").is_empty());
        assert_eq!(selected_id(&app), before);
        let status = app.status.as_ref().map(|s| s.text.as_str());
        assert_eq!(status, Some("w does nothing here: ? lists the keys"));
        // The next real action clears it.
        press(&mut app, KeyCode::Char('j'));
        assert!(app.status.is_none());
    }

    #[test]
    fn a_review_key_in_the_library_says_where_it_works() {
        let mut app = fixtures::app(true, false);
        app.library
            .set(vec![fixtures::summary(1, "Budget row", 0, 3)]);
        assert!(press(&mut app, KeyCode::Char('x')).is_empty());
        let status = app.status.as_ref().map(|s| s.text.as_str());
        assert_eq!(
            status,
            Some("x (dismiss) works in an article: Enter opens one")
        );
    }

    #[test]
    fn fixture_has_three_claims() {
        let app = fixtures::review_app(BODY);
        let review = app.review.as_ref().unwrap();
        assert_eq!(review.claims.len(), 3);
        assert_eq!(
            &BODY[review.claims[1].start..review.claims[1].end],
            review.claims[1].text
        );
    }

    #[test]
    fn next_and_prev_move_and_stop_at_the_ends() {
        let mut app = fixtures::review_app(BODY);
        assert_eq!(selected_id(&app), Some(1));
        press(&mut app, KeyCode::Char('k'));
        assert_eq!(selected_id(&app), Some(1));
        typed(&mut app, "jjjj");
        assert_eq!(selected_id(&app), Some(3));
        press(&mut app, KeyCode::Up);
        assert_eq!(selected_id(&app), Some(2));
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(selected_id(&app), Some(1));
        press(&mut app, KeyCode::Char('G'));
        assert_eq!(selected_id(&app), Some(3));
    }

    #[test]
    fn decisions_become_effects_and_change_nothing_until_saved() {
        let mut app = fixtures::review_app(BODY);
        press(&mut app, KeyCode::Char('j'));
        let effects = press(&mut app, KeyCode::Char('d'));
        assert_eq!(
            effects,
            vec![Effect::SetVerdict {
                claim_id: 2,
                verdict: Verdict::Disputed,
                rev: 1
            }]
        );
        let review = app.review.as_ref().unwrap();
        assert!(
            !review.claims[1].reviewed,
            "not shown as done before the store says so"
        );
        assert_eq!(selected_id(&app), Some(2));
        assert!(matches!(
            press(&mut app, KeyCode::Char('c'))[..],
            [Effect::SetVerdict {
                verdict: Verdict::Confirmed,
                ..
            }]
        ));
        assert!(matches!(
            press(&mut app, KeyCode::Char('u'))[..],
            [Effect::SetVerdict {
                verdict: Verdict::Unverified,
                ..
            }]
        ));
    }

    #[test]
    fn a_dismissed_claim_must_be_restored_before_deciding() {
        let mut app = fixtures::review_app(BODY);
        let review = app.review.as_mut().unwrap();
        review.claims[0].dismissed = true;
        review.filter = Filter::Dismissed;
        review.refilter(None);
        assert!(press(&mut app, KeyCode::Char('c')).is_empty());
        assert!(app.status.as_ref().unwrap().text.contains("dismissed"));
        assert_eq!(
            press(&mut app, KeyCode::Char('x')),
            vec![Effect::SetDismissed {
                claim_id: 1,
                dismissed: false,
                rev: 1
            }]
        );
    }

    #[test]
    fn note_editor_saves_on_enter_and_cancels_on_esc_or_ctrl_c() {
        let mut app = fixtures::review_app(BODY);
        app.review.as_mut().unwrap().claims[0].note = "old".into();
        assert!(press(&mut app, KeyCode::Char('e')).is_empty());
        assert_eq!(app.prompt.as_ref().unwrap().editor.text(), "old");
        // Keys bound to actions are text while editing.
        typed(&mut app, " cdq");
        press(&mut app, KeyCode::Backspace);
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            vec![Effect::SetNote {
                claim_id: 1,
                note: "old cd".into(),
                rev: 1
            }]
        );
        assert!(app.prompt.is_none());

        press(&mut app, KeyCode::Char('e'));
        typed(&mut app, "zzz");
        assert!(press(&mut app, KeyCode::Esc).is_empty());
        assert!(app.prompt.is_none());

        press(&mut app, KeyCode::Char('e'));
        assert!(
            update(
                &mut app,
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
            )
            .is_empty()
        );
        assert!(app.prompt.is_none());
        assert!(!app.quit, "Ctrl-C in the editor cancels, it does not quit");
    }

    #[test]
    fn evidence_needs_text() {
        let mut app = fixtures::review_app(BODY);
        press(&mut app, KeyCode::Char('l'));
        assert!(press(&mut app, KeyCode::Enter).is_empty());
        press(&mut app, KeyCode::Char('l'));
        typed(&mut app, "https://ons.gov.uk/x");
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            vec![Effect::AddEvidence {
                claim_id: 1,
                evidence: "https://ons.gov.uk/x".into(),
                rev: 1
            }]
        );
    }

    #[test]
    fn filter_cycles_and_keeps_a_sensible_selection() {
        let mut app = fixtures::review_app(BODY);
        app.review.as_mut().unwrap().claims[0].reviewed = true;
        press(&mut app, KeyCode::Char('f'));
        let review = app.review.as_ref().unwrap();
        assert_eq!(review.filter, Filter::Unreviewed);
        assert_eq!(review.visible.len(), 2);
        assert_eq!(selected_id(&app), Some(2));
        for _ in 0..5 {
            press(&mut app, KeyCode::Char('f'));
        }
        assert_eq!(app.review.as_ref().unwrap().filter, Filter::All);
    }

    #[test]
    fn search_finds_matches_and_cycles() {
        let mut app = fixtures::review_app(BODY);
        press(&mut app, KeyCode::Char('/'));
        typed(&mut app, "YEAR");
        assert!(press(&mut app, KeyCode::Enter).is_empty());
        let search = app.review.as_ref().unwrap().search.clone().unwrap();
        assert_eq!(search.matches.len(), 2);
        assert_eq!(&BODY[search.matches[0].0..search.matches[0].1], "year");
        assert_eq!(app.review.as_ref().unwrap().anchor, Anchor::Match);
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(
            app.review
                .as_ref()
                .unwrap()
                .search
                .as_ref()
                .unwrap()
                .current,
            1
        );
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(
            app.review
                .as_ref()
                .unwrap()
                .search
                .as_ref()
                .unwrap()
                .current,
            0
        );
        press(&mut app, KeyCode::Char('N'));
        assert_eq!(
            app.review
                .as_ref()
                .unwrap()
                .search
                .as_ref()
                .unwrap()
                .current,
            1
        );

        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Home);
        for _ in 0..4 {
            press(&mut app, KeyCode::Delete);
        }
        typed(&mut app, "zebra");
        press(&mut app, KeyCode::Enter);
        assert!(app.review.as_ref().unwrap().search.is_none());
        assert!(app.status.as_ref().unwrap().text.contains("not found"));
        // `n` after a failed search names it rather than asking for one.
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.status.as_ref().unwrap().text, "not found: zebra");
        // `/` offers it again for editing.
        press(&mut app, KeyCode::Char('/'));
        assert_eq!(app.prompt.as_ref().unwrap().editor.text(), "zebra");
    }

    #[test]
    fn article_cursor_promotes_only_non_claims() {
        let mut app = fixtures::review_app(BODY);
        assert!(
            press(&mut app, KeyCode::Char('a')).is_empty(),
            "claims pane: no cursor"
        );
        press(&mut app, KeyCode::Tab);
        let review = app.review.as_ref().unwrap();
        assert_eq!(review.focus, Focus::Article);
        assert!(review.sentences.is_some());
        assert_eq!(review.cursor, 0);
        assert!(
            press(&mut app, KeyCode::Char('a')).is_empty(),
            "already a claim"
        );
        press(&mut app, KeyCode::Char('j'));
        let effects = press(&mut app, KeyCode::Char('a'));
        match &effects[..] {
            [
                Effect::Promote {
                    article_id: 1,
                    sentence,
                },
            ] => {
                assert_eq!(
                    &BODY[sentence.start..sentence.end],
                    "Residents were unhappy with the delays."
                );
                // Promoted, it is a claim with a claim's kind.
                assert!(sentence.claim);
                assert_eq!(sentence.kind, crate::extract::Kind::Other);
            }
            other => panic!("expected a promote, got {other:?}"),
        }
        // Moving the cursor onto a claim selects it for decisions.
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(selected_id(&app), Some(2));
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.review.as_ref().unwrap().focus, Focus::Claims);
    }

    #[test]
    fn quit_goes_back_then_quits() {
        let mut app = fixtures::review_app(BODY);
        assert_eq!(
            press(&mut app, KeyCode::Char('q')),
            vec![Effect::LoadLibrary]
        );
        assert_eq!(app.screen, Screen::Library);
        assert!(!app.quit);
        press(&mut app, KeyCode::Char('q'));
        assert!(app.quit);
    }

    #[test]
    fn quit_leaves_at_once_when_the_session_began_on_an_article() {
        let mut app = fixtures::review_app(BODY);
        app.from_library = false;
        assert!(press(&mut app, KeyCode::Char('q')).is_empty());
        assert!(app.quit);
    }

    #[test]
    fn ctrl_c_quits_from_anywhere_but_a_prompt() {
        let mut app = fixtures::review_app(BODY);
        update(
            &mut app,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert!(app.quit);
    }

    #[test]
    fn help_opens_and_any_key_closes_it_without_acting() {
        let mut app = fixtures::review_app(BODY);
        press(&mut app, KeyCode::Char('?'));
        assert!(app.help);
        assert!(press(&mut app, KeyCode::Char('c')).is_empty());
        assert!(!app.help);
    }

    #[test]
    fn article_copy_and_redraw_effects() {
        let mut app = fixtures::review_app(BODY);
        assert_eq!(
            press(&mut app, KeyCode::Char(']')),
            vec![Effect::OpenAdjacent { step: 1 }]
        );
        assert_eq!(
            press(&mut app, KeyCode::Char('[')),
            vec![Effect::OpenAdjacent { step: -1 }]
        );
        let text = app.review.as_ref().unwrap().claims[0].text.clone();
        assert_eq!(
            press(&mut app, KeyCode::Char('y')),
            vec![Effect::Copy(text)]
        );
        assert_eq!(
            update(
                &mut app,
                KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL)
            ),
            vec![Effect::Clear]
        );
        assert_eq!(press(&mut app, KeyCode::Char('z')), vec![Effect::Undo]);
    }

    #[test]
    fn a_move_past_the_end_does_not_redraw() {
        let mut app = fixtures::review_app(BODY);
        typed(&mut app, "GG");
        app.dirty = false;
        press(&mut app, KeyCode::Char('j'));
        assert!(!app.dirty);
        press(&mut app, KeyCode::Char('k'));
        assert!(app.dirty);
    }

    #[test]
    fn an_unbound_key_pressed_again_does_not_redraw() {
        let mut app = fixtures::review_app(BODY);
        app.dirty = false;
        assert!(press(&mut app, KeyCode::Char('Q')).is_empty());
        assert!(app.dirty, "the first press is answered");
        app.dirty = false;
        assert!(press(&mut app, KeyCode::Char('Q')).is_empty());
        assert!(!app.dirty);
    }

    #[test]
    fn library_filter_narrows_as_you_type_and_enter_opens() {
        let mut app = fixtures::app(true, false);
        app.library.set(vec![
            fixtures::summary(1, "Budget row", 0, 3),
            fixtures::summary(2, "Flood warning", 1, 2),
        ]);
        press(&mut app, KeyCode::Char('/'));
        typed(&mut app, "flood");
        assert_eq!(app.library.visible, vec![1]);
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            vec![Effect::OpenArticle { id: 2, at: None }]
        );
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.library.visible, vec![0, 1]);
    }

    #[test]
    fn rebinding_changes_what_keys_do() {
        let mut app = fixtures::review_app(BODY);
        let mut keys = crate::config::Config::defaults().keys;
        keys.insert("confirm".into(), vec!["Space".into()]);
        app.keymap = crate::tui::keymap::Keymap::from_config(&keys).unwrap();
        assert!(press(&mut app, KeyCode::Char('c')).is_empty());
        assert!(matches!(
            press(&mut app, KeyCode::Char(' '))[..],
            [Effect::SetVerdict {
                verdict: Verdict::Confirmed,
                ..
            }]
        ));
    }
}
