//! Colours, styles and glyphs. Every meaning is carried by a glyph or a modifier as well as a
//! colour, so `NO_COLOR` and monochrome terminals lose nothing.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};

use crate::store::{Claim, Verdict};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("[colors] {role}: unknown colour \"{name}\" (use one of the 16 ANSI names or \"default\")")]
pub struct ColorError {
    role: String,
    name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("[colors]: unknown role \"{0}\"")]
pub struct RoleError(String);

const ROLES: [&str; 11] = [
    "confirmed",
    "disputed",
    "unverified",
    "unreviewed",
    "dismissed",
    "stale",
    "selection",
    "match",
    "title",
    "muted",
    "error",
];

fn parse_color(name: &str) -> Option<Color> {
    Some(match name.to_ascii_lowercase().as_str() {
        "default" | "reset" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "darkgray" | "darkgrey" => Color::DarkGray,
        "lightred" => Color::LightRed,
        "lightgreen" => Color::LightGreen,
        "lightyellow" => Color::LightYellow,
        "lightblue" => Color::LightBlue,
        "lightmagenta" => Color::LightMagenta,
        "lightcyan" => Color::LightCyan,
        "white" => Color::White,
        _ => return None,
    })
}

/// The colour of each role, from `[colors]`.
#[derive(Debug, Clone)]
pub struct Palette(BTreeMap<&'static str, Color>);

impl Palette {
    pub fn from_config(colors: &BTreeMap<String, String>) -> Result<Palette, String> {
        let mut map = BTreeMap::new();
        for (role, name) in colors {
            let role = ROLES
                .iter()
                .find(|r| **r == role.as_str())
                .ok_or_else(|| RoleError(role.clone()).to_string())?;
            let color = parse_color(name).ok_or_else(|| {
                ColorError {
                    role: role.to_string(),
                    name: name.clone(),
                }
                .to_string()
            })?;
            map.insert(*role, color);
        }
        Ok(Palette(map))
    }

    fn get(&self, role: &str) -> Color {
        self.0.get(role).copied().unwrap_or(Color::Reset)
    }
}

/// Styles by meaning.
#[derive(Debug, Clone)]
pub struct Theme {
    pub confirmed: Style,
    pub disputed: Style,
    pub unverified: Style,
    pub unreviewed: Style,
    pub dismissed: Style,
    pub stale: Style,
    pub selection: Style,
    pub cursor: Style,
    pub matched: Style,
    pub title: Style,
    pub muted: Style,
    pub error: Style,
    pub bar: Style,
}

impl Theme {
    /// `color == false` (NO_COLOR) keeps every modifier and drops every colour.
    pub fn new(palette: &Palette, color: bool) -> Theme {
        let fg = |role: &str| {
            if color {
                Style::new().fg(palette.get(role))
            } else {
                Style::new()
            }
        };
        Theme {
            confirmed: fg("confirmed"),
            disputed: fg("disputed").add_modifier(Modifier::BOLD),
            unverified: fg("unverified").add_modifier(Modifier::ITALIC),
            unreviewed: fg("unreviewed").add_modifier(Modifier::UNDERLINED),
            dismissed: fg("dismissed").add_modifier(Modifier::CROSSED_OUT | Modifier::DIM),
            stale: fg("stale").add_modifier(Modifier::BOLD),
            selection: fg("selection").add_modifier(Modifier::BOLD),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            matched: fg("match").add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            title: fg("title").add_modifier(Modifier::BOLD),
            muted: fg("muted"),
            error: fg("error").add_modifier(Modifier::BOLD),
            bar: Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// The style a claim's text carries in the article and its glyph in the panel.
    pub fn claim(&self, claim: &Claim) -> Style {
        if claim.dismissed {
            self.dismissed
        } else if !claim.reviewed {
            self.unreviewed
        } else {
            self.verdict(claim.verdict)
        }
    }

    pub fn verdict(&self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Confirmed => self.confirmed,
            Verdict::Disputed => self.disputed,
            Verdict::Unverified => self.unverified,
        }
    }
}

/// Glyphs: Unicode, or ASCII when the locale cannot show them.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    pub ascii: bool,
    pub confirmed: &'static str,
    pub disputed: &'static str,
    pub unverified: &'static str,
    pub unreviewed: &'static str,
    pub dismissed: &'static str,
    pub stale: &'static str,
    /// Marks the selected claim in the gutter and panel.
    pub selected: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    pub ellipsis: &'static str,
    pub separator: &'static str,
    /// The rule between the article and the claims when they sit side by side.
    pub divider: &'static str,
}

impl Glyphs {
    pub const UNICODE: Glyphs = Glyphs {
        ascii: false,
        confirmed: "✔",
        disputed: "✘",
        unverified: "?",
        unreviewed: "·",
        dismissed: "⊘",
        stale: "!",
        selected: "▌",
        bar_full: "█",
        bar_empty: "░",
        ellipsis: "…",
        separator: "·",
        divider: "│",
    };

    pub const ASCII: Glyphs = Glyphs {
        ascii: true,
        confirmed: "[+]",
        disputed: "[x]",
        unverified: "[?]",
        unreviewed: "[ ]",
        dismissed: "[-]",
        stale: "!",
        selected: ">",
        bar_full: "#",
        bar_empty: "-",
        ellipsis: "...",
        separator: "|",
        divider: "|",
    };

    pub fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Confirmed => self.confirmed,
            Verdict::Disputed => self.disputed,
            Verdict::Unverified => self.unverified,
        }
    }

    /// Glyph and word for a claim's state: "✔ confirmed", "· unreviewed", "⊘ dismissed".
    pub fn claim_state(&self, claim: &Claim) -> (&'static str, &'static str) {
        if claim.dismissed {
            (self.dismissed, "dismissed")
        } else if !claim.reviewed {
            (self.unreviewed, "unreviewed")
        } else {
            (self.verdict(claim.verdict), claim.verdict.as_str())
        }
    }
}

/// Whether the locale can show Unicode: the first of LC_ALL, LC_CTYPE, LANG that is set decides.
pub fn locale_is_utf8(lookup: impl Fn(&str) -> Option<String>) -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| lookup(name).filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

/// `NO_COLOR` set to anything non-empty turns colour off (no-color.org).
pub fn color_enabled(lookup: impl Fn(&str) -> Option<String>) -> bool {
    lookup("NO_COLOR").is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_decides_glyphs() {
        assert!(locale_is_utf8(env(&[("LANG", "en_GB.UTF-8")])));
        assert!(locale_is_utf8(env(&[
            ("LC_CTYPE", "C.utf8"),
            ("LANG", "C")
        ])));
        assert!(!locale_is_utf8(env(&[
            ("LC_ALL", "C"),
            ("LANG", "en_GB.UTF-8")
        ])));
        assert!(!locale_is_utf8(env(&[("LANG", "C")])));
        assert!(!locale_is_utf8(env(&[])));
    }

    #[test]
    fn no_color_only_when_non_empty() {
        assert!(color_enabled(env(&[])));
        assert!(color_enabled(env(&[("NO_COLOR", "")])));
        assert!(!color_enabled(env(&[("NO_COLOR", "1")])));
    }

    #[test]
    fn no_color_keeps_modifiers() {
        let palette = Palette::from_config(&crate::config::Config::defaults().colors).unwrap();
        let theme = Theme::new(&palette, false);
        assert_eq!(theme.disputed.fg, None);
        assert!(theme.disputed.add_modifier.contains(Modifier::BOLD));
        assert!(theme.unreviewed.add_modifier.contains(Modifier::UNDERLINED));
        let colored = Theme::new(&palette, true);
        assert_eq!(colored.disputed.fg, Some(Color::Red));
    }
}
