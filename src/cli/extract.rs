//! `factdesk extract`: sentences and claims of one file, without a database.

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::LoadArgs;
use super::context::Context;
use super::progress;
use super::text::{padded, printable};
use crate::article::{self, Article, Format};
use crate::extract::{self, Sentence};

/// Load a file and extract its sentences with the configured options. An article without a
/// source of its own gets `source`.
pub(crate) fn load(
    ctx: &Context,
    path: &Path,
    source: &str,
    load: LoadArgs,
) -> anyhow::Result<(Article, Vec<Sentence>)> {
    let mut article = article::load_path(path, load.format.map(Format::from))?;
    if article.meta.source.is_none() {
        article.meta.source = Some(source.to_string());
    }
    let opts = ctx.options(load, &article);
    let sentences = extract::extract(&article.body, &opts);
    Ok((article, sentences))
}

/// The `extract --json` contract in DESIGN.md: add fields only, never rename.
#[derive(Serialize)]
struct ExtractJson<'a> {
    title: Option<&'a str>,
    date: Option<&'a str>,
    source: Option<&'a str>,
    format: &'a str,
    body: &'a str,
    sentences: Vec<SentenceJson<'a>>,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    score: f32,
    claim: bool,
    kind: &'a str,
    speaker: Option<&'a str>,
    reasons: &'a [String],
}

fn to_json<'a>(article: &'a Article, sentences: &'a [Sentence]) -> ExtractJson<'a> {
    ExtractJson {
        title: article.meta.title.as_deref(),
        date: article.meta.date.as_deref(),
        source: article.meta.source.as_deref(),
        format: article.format.as_str(),
        body: &article.body,
        sentences: sentences
            .iter()
            .map(|s| SentenceJson {
                start: s.start,
                end: s.end,
                text: article.body.get(s.start..s.end).unwrap_or_default(),
                // JSON has no NaN; a broken score must not break the contract's types.
                score: if s.score.is_finite() { s.score } else { 0.0 },
                claim: s.claim,
                kind: s.kind.as_str(),
                speaker: s.speaker.as_deref(),
                reasons: &s.reasons,
            })
            .collect(),
    }
}

pub(crate) fn run(
    ctx: &Context,
    file: &Path,
    load_args: LoadArgs,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let name = file.display().to_string();
    let waiting = ctx.deep(load_args).then(|| {
        let shown = printable(&name);
        progress::spinner(
            format!("scoring {shown} with the language model"),
            ctx.ascii_only(),
        )
    });
    let loaded = load(ctx, file, &name, load_args);
    if let Some(spinner) = waiting.flatten() {
        spinner.finish_and_clear();
    }
    let (article, sentences) = loaded?;
    if json {
        serde_json::to_writer(&mut *out, &to_json(&article, &sentences))?;
        writeln!(out)?;
        return Ok(());
    }
    let meta = &article.meta;
    writeln!(
        out,
        "{}",
        printable(meta.title.as_deref().unwrap_or("(untitled)"))
    )?;
    let mut facts = Vec::new();
    if let Some(date) = &meta.date {
        facts.push(format!("date {date}"));
    }
    if let Some(author) = &meta.author {
        facts.push(format!("by {author}"));
    }
    facts.push(format!("format {}", article.format.as_str()));
    if let Some(source) = &meta.source {
        facts.push(format!("source {source}"));
    }
    writeln!(out, "{}", printable(&facts.join(" · ")))?;
    let claims = sentences.iter().filter(|s| s.claim).count();
    let threshold = ctx.options(load_args, &article).threshold;
    writeln!(
        out,
        "{} sentences, {claims} claims (threshold {threshold:.2}; * marks a claim)\n",
        sentences.len()
    )?;
    let speaker_width = sentences
        .iter()
        .filter_map(|s| s.speaker.as_deref())
        .map(|s| printable(s).width())
        .max()
        .unwrap_or(1)
        .min(24);
    for s in &sentences {
        let text = article.body.get(s.start..s.end).unwrap_or_default();
        writeln!(
            out,
            "{} {:.2}  {}  {}  {}",
            if s.claim { '*' } else { ' ' },
            s.score,
            padded(s.kind.as_str(), 21),
            padded(s.speaker.as_deref().unwrap_or("-"), speaker_width),
            printable(text.trim())
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Meta;
    use crate::extract::Kind;

    #[test]
    fn json_has_exactly_the_contract_fields_and_matching_text() {
        let article = Article {
            meta: Meta {
                title: Some("T".to_string()),
                ..Meta::default()
            },
            format: Format::Text,
            body: "One. Two is 2.".to_string(),
        };
        let sentences = [Sentence {
            start: 5,
            end: 14,
            score: f32::NAN,
            claim: true,
            kind: Kind::Quantity,
            speaker: None,
            reasons: vec!["number: 2".to_string()],
        }];
        let value = serde_json::to_value(to_json(&article, &sentences)).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 6);
        for key in ["title", "date", "source", "format", "body", "sentences"] {
            assert!(keys.contains(&key), "{key}");
        }
        let s = &value["sentences"][0];
        assert_eq!(s.as_object().unwrap().len(), 8);
        assert_eq!(s["text"], "Two is 2.");
        assert_eq!(s["score"], 0.0);
        assert_eq!(s["kind"], "quantity");
        assert!(s["speaker"].is_null() && value["date"].is_null());
    }
}
