//! A one-line editor for notes, evidence links and searches.

use ratatui::crossterm::event::KeyCode;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    /// Cursor position in chars.
    cursor: usize,
    /// The text is a suggestion (the last search): typing replaces it, Enter takes it, any
    /// other editing key keeps it for editing.
    offered: bool,
}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Changed,
    Unchanged,
    Submit,
    Cancel,
}

/// Longest text the editor accepts, so a pasted novel cannot stall the UI.
const MAX_CHARS: usize = 4096;

impl LineEditor {
    pub fn new(text: &str) -> LineEditor {
        let text: String = text.chars().filter(|c| !c.is_control()).collect();
        let cursor = text.chars().count();
        LineEditor {
            text,
            cursor,
            offered: false,
        }
    }

    /// An editor holding `text` as a suggestion that the first typed character replaces.
    pub fn offering(text: &str) -> LineEditor {
        let mut editor = LineEditor::new(text);
        editor.offered = !editor.text.is_empty();
        editor
    }

    pub fn is_offered(&self) -> bool {
        self.offered
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map_or(self.text.len(), |(i, _)| i)
    }

    pub fn key(&mut self, code: KeyCode) -> Edit {
        if self.offered {
            match code {
                KeyCode::Enter | KeyCode::Esc => {}
                KeyCode::Char(c) if !c.is_control() => {
                    self.text.clear();
                    self.cursor = 0;
                    self.offered = false;
                }
                _ => {
                    // Keeping the suggestion changes how it is drawn even if the key is a no-op.
                    self.offered = false;
                    let edit = self.key(code);
                    return if edit == Edit::Unchanged {
                        Edit::Changed
                    } else {
                        edit
                    };
                }
            }
        }
        let len = self.text.chars().count();
        match code {
            KeyCode::Enter => return Edit::Submit,
            KeyCode::Esc => return Edit::Cancel,
            KeyCode::Left if self.cursor > 0 => self.cursor -= 1,
            KeyCode::Right if self.cursor < len => self.cursor += 1,
            KeyCode::Home if self.cursor > 0 => self.cursor = 0,
            KeyCode::End if self.cursor < len => self.cursor = len,
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Delete if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Char(c) if !c.is_control() && len < MAX_CHARS => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            _ => return Edit::Unchanged,
        }
        Edit::Changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(editor: &mut LineEditor, s: &str) {
        for c in s.chars() {
            editor.key(KeyCode::Char(c));
        }
    }

    #[test]
    fn edits_at_the_cursor_with_multibyte_text() {
        let mut e = LineEditor::new("héllo");
        assert_eq!(e.cursor(), 5);
        e.key(KeyCode::Left);
        e.key(KeyCode::Left);
        e.key(KeyCode::Backspace);
        assert_eq!(e.text(), "hélo");
        typed(&mut e, "L");
        assert_eq!(e.text(), "héLlo");
        e.key(KeyCode::Home);
        e.key(KeyCode::Delete);
        assert_eq!(e.text(), "éLlo");
        e.key(KeyCode::End);
        typed(&mut e, "日本");
        assert_eq!(e.text(), "éLlo日本");
    }

    #[test]
    fn enter_submits_esc_cancels_and_bounds_hold() {
        let mut e = LineEditor::new("");
        assert_eq!(e.key(KeyCode::Backspace), Edit::Unchanged);
        assert_eq!(e.key(KeyCode::Left), Edit::Unchanged);
        assert_eq!(e.key(KeyCode::Enter), Edit::Submit);
        assert_eq!(e.key(KeyCode::Esc), Edit::Cancel);
        assert_eq!(e.key(KeyCode::Char('\u{1b}')), Edit::Unchanged);
        assert_eq!(LineEditor::new("a\u{1b}b").text(), "ab");
    }

    #[test]
    fn an_offered_text_is_replaced_by_typing_and_kept_by_editing() {
        let mut e = LineEditor::offering("drone");
        assert!(e.is_offered());
        typed(&mut e, "kyiv");
        assert_eq!(e.text(), "kyiv");
        assert!(!e.is_offered());

        let mut e = LineEditor::offering("drone");
        assert_eq!(
            e.key(KeyCode::End),
            Edit::Changed,
            "kept, drawn differently"
        );
        assert!(!e.is_offered());
        typed(&mut e, "s");
        assert_eq!(e.text(), "drones");

        let mut e = LineEditor::offering("drone");
        e.key(KeyCode::Backspace);
        assert_eq!(e.text(), "dron");

        let mut e = LineEditor::offering("drone");
        assert_eq!(e.key(KeyCode::Enter), Edit::Submit);
        assert_eq!(e.text(), "drone");
        assert!(!LineEditor::offering("").is_offered());
    }
}
