//! `config.toml`: threshold, key bindings, colours and publisher, over embedded defaults.

use std::path::Path;

use serde::Deserialize;

/// The defaults, embedded so a fresh machine needs no file.
pub const DEFAULT_CONFIG: &str = include_str!("default_config.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Sentences scoring at or above this are claims.
    pub threshold: f32,
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
        toml::from_str(&text).map_err(|e| ConfigError::Invalid {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    pub fn defaults() -> Config {
        toml::from_str(DEFAULT_CONFIG).expect("embedded default config parses")
    }
}
