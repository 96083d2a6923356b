//! What a key can ask for. Keys resolve to an [`Action`] through the keymap; the names are the
//! ones `config.toml` uses.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Next,
    Prev,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Confirm,
    Dispute,
    Unverified,
    Note,
    Evidence,
    Dismiss,
    Promote,
    Undo,
    Focus,
    Open,
    Detail,
    Search,
    NextMatch,
    PrevMatch,
    Filter,
    NextArticle,
    PrevArticle,
    Copy,
    Help,
    Quit,
    Redraw,
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 27] = [
        Action::Next,
        Action::Prev,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Confirm,
        Action::Dispute,
        Action::Unverified,
        Action::Note,
        Action::Evidence,
        Action::Dismiss,
        Action::Promote,
        Action::Undo,
        Action::Focus,
        Action::Open,
        Action::Detail,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Filter,
        Action::NextArticle,
        Action::PrevArticle,
        Action::Copy,
        Action::Help,
        Action::Quit,
        Action::Redraw,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Next => "next",
            Action::Prev => "prev",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Confirm => "confirm",
            Action::Dispute => "dispute",
            Action::Unverified => "unverified",
            Action::Note => "note",
            Action::Evidence => "evidence",
            Action::Dismiss => "dismiss",
            Action::Promote => "promote",
            Action::Undo => "undo",
            Action::Focus => "focus",
            Action::Open => "open",
            Action::Detail => "detail",
            Action::Search => "search",
            Action::NextMatch => "next_match",
            Action::PrevMatch => "prev_match",
            Action::Filter => "filter",
            Action::NextArticle => "next_article",
            Action::PrevArticle => "prev_article",
            Action::Copy => "copy",
            Action::Help => "help",
            Action::Quit => "quit",
            Action::Redraw => "redraw",
        }
    }

    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// One line for the help overlay.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Next => "next claim / sentence / article",
            Action::Prev => "previous claim / sentence / article",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "first",
            Action::Bottom => "last",
            Action::Confirm => "confirmed, then next unreviewed",
            Action::Dispute => "disputed, then next unreviewed",
            Action::Unverified => "unverified, then next unreviewed",
            Action::Note => "edit the note",
            Action::Evidence => "add an evidence link",
            Action::Dismiss => "dismiss as not a claim / restore",
            Action::Promote => "promote the text cursor's sentence",
            Action::Undo => "undo your last change",
            Action::Focus => "switch pane: claims / article text",
            Action::Open => "open the article (library)",
            Action::Detail => "show / hide the detail area",
            Action::Search => "search the text / filter the library",
            Action::NextMatch => "next search match",
            Action::PrevMatch => "previous search match",
            Action::Filter => "cycle the claim filter",
            Action::NextArticle => "next article",
            Action::PrevArticle => "previous article",
            Action::Copy => "copy claim (OSC 52)",
            Action::Help => "this help",
            Action::Quit => "back / quit",
            Action::Redraw => "redraw the screen",
        }
    }

    /// The short word the hint bar shows.
    pub fn hint(self) -> &'static str {
        match self {
            Action::Next => "next",
            Action::Prev => "prev",
            Action::Confirm => "confirm",
            Action::Dispute => "dispute",
            Action::Unverified => "unverified",
            Action::Note => "note",
            Action::Evidence => "link",
            Action::Dismiss => "dismiss",
            Action::Promote => "promote",
            Action::Undo => "undo",
            Action::Focus => "pane",
            Action::Open => "open",
            Action::Search => "search",
            Action::Filter => "filter",
            Action::Help => "help",
            Action::Quit => "quit",
            other => other.name(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.name()), Some(action));
        }
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
