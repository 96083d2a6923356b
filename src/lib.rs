//! factdesk: a terminal fact-check workstation.
//!
//! `article` turns files into articles, `extract` finds sentences and check-worthy claims,
//! `store` keeps every decision in SQLite, `tui` is the review screen and `cli` the commands.

pub mod article;
pub mod cli;
pub mod config;
pub mod extract;
pub mod store;
pub mod tui;
