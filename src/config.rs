//! `config.toml`: threshold, key bindings, colours and publisher, over embedded defaults.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

/// The defaults, embedded so a fresh machine needs no file.
pub const DEFAULT_CONFIG: &str = include_str!("default_config.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Sentences scoring at or above this are claims.
    pub threshold: f32,
    /// Score with the language model (slower, better ranking) instead of the linear model.
    #[serde(default)]
    pub deep: bool,
    /// Action name → key names, e.g. `confirm = ["c"]`.
    #[serde(default)]
    pub keys: BTreeMap<String, Vec<String>>,
    /// Colour role → ANSI colour name, e.g. `disputed = "red"`.
    #[serde(default)]
    pub colors: BTreeMap<String, String>,
}

/// What a user's file may say: every part optional, laid over the defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Overrides {
    threshold: Option<f32>,
    deep: Option<bool>,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    colors: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl Config {
    /// The embedded defaults overlaid with `path` if given and present.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let Some(path) = path else {
            return Ok(Config::defaults());
        };
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Config::from_toml(&text).map_err(|message| ConfigError::Invalid {
            path: path.display().to_string(),
            message,
        })
    }

    /// The defaults overlaid with `text`, checked: unknown actions, unknown keys, a key bound
    /// to two actions and unknown colours are errors.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        let overrides: Overrides = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut config = Config::defaults();
        if let Some(threshold) = overrides.threshold {
            if !(0.0..=1.0).contains(&threshold) {
                return Err(format!("threshold {threshold} is outside 0..1"));
            }
            config.threshold = threshold;
        }
        config.deep = overrides.deep.unwrap_or(config.deep);
        config.keys.extend(overrides.keys);
        config.colors.extend(overrides.colors);
        config.validate()?;
        Ok(config)
    }

    pub fn defaults() -> Config {
        toml::from_str(DEFAULT_CONFIG).expect("embedded default config parses")
    }

    fn validate(&self) -> Result<(), String> {
        crate::tui::keymap::Keymap::from_config(&self.keys).map_err(|e| e.to_string())?;
        crate::tui::theme::Palette::from_config(&self.colors).map_err(|e| e.to_string())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_validate() {
        let config = Config::defaults();
        assert_eq!(config.threshold, 0.5);
        assert_eq!(config.keys["confirm"], vec!["c".to_string()]);
        assert!(config.validate().is_ok());
    }

    #[test]
    fn overrides_replace_only_what_they_name() {
        let config = Config::from_toml("threshold = 0.7\n[keys]\nconfirm = [\"C\"]\n").unwrap();
        assert_eq!(config.threshold, 0.7);
        assert!(!config.deep);
        assert!(Config::from_toml("deep = true\n").unwrap().deep);
        assert_eq!(config.keys["confirm"], vec!["C".to_string()]);
        assert_eq!(config.keys["dispute"], vec!["d".to_string()]);
    }

    #[test]
    fn unknown_action_is_a_clear_error() {
        let err = Config::from_toml("[keys]\nconfrim = [\"c\"]\n").unwrap_err();
        assert!(err.contains("unknown action \"confrim\""), "{err}");
    }

    #[test]
    fn conflicting_binding_names_both_actions() {
        let err = Config::from_toml("[keys]\nconfirm = [\"d\"]\n").unwrap_err();
        assert!(err.contains("\"d\""), "{err}");
        assert!(err.contains("confirm") && err.contains("dispute"), "{err}");
    }

    #[test]
    fn unknown_key_and_colour_are_errors() {
        assert!(Config::from_toml("[keys]\nconfirm = [\"Hyper-c\"]\n").is_err());
        let err = Config::from_toml("[colors]\ndisputed = \"chartreuse\"\n").unwrap_err();
        assert!(err.contains("chartreuse"), "{err}");
    }

    #[test]
    fn unknown_top_level_field_is_refused() {
        assert!(Config::from_toml("treshold = 0.4\n").is_err());
    }
}
