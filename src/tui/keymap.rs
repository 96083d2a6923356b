//! The keymap is data: action → keys, defaults from the embedded config, overridable in
//! `config.toml`. The help overlay and hint bar are generated from it.

use std::collections::{BTreeMap, HashMap};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// A key as the keymap sees it: a code and whether Ctrl was held. Shift is part of the
/// character ('N'), Alt chords are never bound (tmux and terminals disagree on them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// `None` for releases, repeats of non-press kinds and Alt chords.
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release || event.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Some(Key { code, ctrl })
    }

    /// Parse a key name as written in `config.toml`.
    pub fn parse(name: &str) -> Option<Key> {
        if let Some(rest) = name
            .strip_prefix("Ctrl-")
            .or_else(|| name.strip_prefix("C-"))
        {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => {
                    Some(Key::ctrl(c.to_ascii_lowercase()))
                }
                _ => None,
            };
        }
        let mut chars = name.chars();
        if let (Some(c), None) = (chars.next(), chars.clone().next()) {
            return (!c.is_control() && c != ' ').then_some(Key::plain(KeyCode::Char(c)));
        }
        let code = match name {
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "Enter" => KeyCode::Enter,
            "Tab" => KeyCode::Tab,
            "BackTab" => KeyCode::BackTab,
            "Space" => KeyCode::Char(' '),
            "PageUp" => KeyCode::PageUp,
            "PageDown" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Backspace" => KeyCode::Backspace,
            "Delete" => KeyCode::Delete,
            "Insert" => KeyCode::Insert,
            _ => {
                let n: u8 = name.strip_prefix('F')?.parse().ok()?;
                return (1..=12).contains(&n).then_some(Key::plain(KeyCode::F(n)));
            }
        };
        Some(Key::plain(code))
    }

    /// The short label shown in hints and help.
    pub fn label(&self, ascii: bool) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up if !ascii => "↑".to_string(),
            KeyCode::Down if !ascii => "↓".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("^{}", base.to_ascii_uppercase())
        } else {
            base
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("[keys]: unknown action \"{0}\" (known: {known})", known = known_actions())]
    UnknownAction(String),
    #[error("[keys] {action}: unknown key \"{key}\"")]
    UnknownKey { action: String, key: String },
    #[error("[keys]: \"{key}\" is bound to both {first} and {second}")]
    Conflict {
        key: String,
        first: String,
        second: String,
    },
}

fn known_actions() -> String {
    Action::ALL
        .iter()
        .map(|a| a.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Clone)]
pub struct Keymap {
    by_key: HashMap<Key, Action>,
    by_action: BTreeMap<Action, Vec<Key>>,
}

impl Keymap {
    pub fn from_config(keys: &BTreeMap<String, Vec<String>>) -> Result<Keymap, KeymapError> {
        let mut by_key: HashMap<Key, Action> = HashMap::new();
        let mut by_action: BTreeMap<Action, Vec<Key>> = BTreeMap::new();
        for (name, names) in keys {
            let action =
                Action::parse(name).ok_or_else(|| KeymapError::UnknownAction(name.clone()))?;
            for key_name in names {
                let key = Key::parse(key_name).ok_or_else(|| KeymapError::UnknownKey {
                    action: name.clone(),
                    key: key_name.clone(),
                })?;
                if let Some(&other) = by_key.get(&key).filter(|&&other| other != action) {
                    return Err(KeymapError::Conflict {
                        key: key_name.clone(),
                        first: other.name().to_string(),
                        second: action.name().to_string(),
                    });
                }
                by_key.insert(key, action);
                by_action.entry(action).or_default().push(key);
            }
        }
        Ok(Keymap { by_key, by_action })
    }

    pub fn defaults() -> Keymap {
        Keymap::from_config(&crate::config::Config::defaults().keys)
            .expect("embedded default keymap is valid")
    }

    pub fn action(&self, key: Key) -> Option<Action> {
        self.by_key.get(&key).copied()
    }

    pub fn keys(&self, action: Action) -> &[Key] {
        self.by_action.get(&action).map_or(&[], Vec::as_slice)
    }

    /// "j/↓" — every key of an action, or "" when it is unbound.
    pub fn label(&self, action: Action, ascii: bool) -> String {
        self.keys(action)
            .iter()
            .map(|k| k.label(ascii))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The first key's label only, for the compact hint bar.
    pub fn short_label(&self, action: Action, ascii: bool) -> Option<String> {
        self.keys(action).first().map(|k| k.label(ascii))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(a, ks)| (a.to_string(), ks.iter().map(|k| k.to_string()).collect()))
            .collect()
    }

    #[test]
    fn default_keys_resolve() {
        let keymap = Keymap::defaults();
        assert_eq!(
            keymap.action(Key::plain(KeyCode::Char('j'))),
            Some(Action::Next)
        );
        assert_eq!(keymap.action(Key::plain(KeyCode::Down)), Some(Action::Next));
        assert_eq!(
            keymap.action(Key::plain(KeyCode::Char('N'))),
            Some(Action::PrevMatch)
        );
        assert_eq!(keymap.action(Key::ctrl('l')), Some(Action::Redraw));
        assert_eq!(
            keymap.action(Key::plain(KeyCode::Char('l'))),
            Some(Action::Evidence)
        );
        assert_eq!(keymap.action(Key::plain(KeyCode::Char('Q'))), None);
        for action in Action::ALL {
            assert!(!keymap.keys(action).is_empty(), "{} unbound", action.name());
        }
    }

    #[test]
    fn key_names_parse() {
        assert_eq!(Key::parse("Ctrl-L"), Some(Key::ctrl('l')));
        assert_eq!(Key::parse("F12"), Some(Key::plain(KeyCode::F(12))));
        assert_eq!(Key::parse("Space"), Some(Key::plain(KeyCode::Char(' '))));
        assert_eq!(Key::parse("é"), Some(Key::plain(KeyCode::Char('é'))));
        assert_eq!(Key::parse("F13"), None);
        assert_eq!(Key::parse("Ctrl-"), None);
        assert_eq!(Key::parse("Meta-x"), None);
        assert_eq!(Key::parse(""), None);
    }

    #[test]
    fn shift_is_in_the_character_and_alt_is_ignored() {
        let shifted = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(
            Key::from_event(&shifted),
            Some(Key::plain(KeyCode::Char('N')))
        );
        let ctrl = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::CONTROL);
        assert_eq!(Key::from_event(&ctrl), Some(Key::ctrl('l')));
        let alt = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::ALT);
        assert_eq!(Key::from_event(&alt), None);
    }

    #[test]
    fn errors_are_specific() {
        assert_eq!(
            Keymap::from_config(&map(&[("nope", &["j"])])).unwrap_err(),
            KeymapError::UnknownAction("nope".into())
        );
        assert!(matches!(
            Keymap::from_config(&map(&[("next", &["Hyper"])])),
            Err(KeymapError::UnknownKey { .. })
        ));
        let err = Keymap::from_config(&map(&[("next", &["j"]), ("prev", &["j"])])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "[keys]: \"j\" is bound to both next and prev"
        );
    }

    #[test]
    fn labels_join_every_key() {
        let keymap = Keymap::defaults();
        assert_eq!(keymap.label(Action::Next, true), "j/Down");
        assert_eq!(keymap.label(Action::Next, false), "j/↓");
        assert_eq!(keymap.label(Action::Redraw, true), "^L");
    }
}
