//! Reading HTML from the tokenizer alone, without building a tree: linear in the input
//! whatever its nesting. Used to measure nesting depth, and to read pages too deep for the tree.

use std::cell::{Cell, RefCell};

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::Converted;
use super::text::{TextBuilder, is_block};
use crate::article::{Meta, normalize};

/// Runs the tokenizer over the input until the end, or until the sink stops it by asking to
/// "run a script". Returns the sink and whether it was stopped.
fn tokenize<S: TokenSink<Handle = ()>>(html: &str, sink: S) -> (S, bool) {
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(html));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let stopped = matches!(tokenizer.feed(&queue), TokenizerResult::Script(()));
    if !stopped {
        tokenizer.end();
    }
    (tokenizer.sink, stopped)
}

/// Switches the tokenizer into the raw-text states the tree builder would choose, so the
/// contents of `<script>`, `<style>` and the like are not read as markup.
fn raw_state(tag: &Tag) -> TokenSinkResult<()> {
    if tag.kind != TagKind::StartTag {
        return TokenSinkResult::Continue;
    }
    match &*tag.name {
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            TokenSinkResult::RawData(RawKind::Rawtext)
        }
        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
        "plaintext" => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

/// Elements that do not nest: void elements, and those whose end tag is optional (an
/// unclosed `<p>` or `<li>` is closed by the next one, not nested in it).
fn does_not_nest(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "html"
            | "head"
            | "body"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "rb"
            | "rt"
            | "rp"
    )
}

/// Counts open elements and stops the tokenizer once they exceed `limit`.
struct DepthSink {
    depth: Cell<usize>,
    limit: usize,
}

impl TokenSink for DepthSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if !tag.self_closing && !does_not_nest(&tag.name) {
            let depth = match tag.kind {
                TagKind::StartTag => self.depth.get().saturating_add(1),
                TagKind::EndTag => self.depth.get().saturating_sub(1),
            };
            self.depth.set(depth);
            if depth > self.limit {
                return TokenSinkResult::Script(());
            }
        }
        raw_state(&tag)
    }
}

/// Whether elements nest deeper than `limit` anywhere in the page (an estimate, exact for
/// well-formed markup). Stops reading as soon as they do.
pub(super) fn deeper_than(html: &str, limit: usize) -> bool {
    let sink = DepthSink {
        depth: Cell::new(0),
        limit,
    };
    tokenize(html, sink).1
}

#[derive(Default)]
struct TextSink {
    out: RefCell<TextBuilder>,
    /// The raw-text element we are inside (`script`, `title` …), whose text is not body text.
    raw: RefCell<Option<String>>,
    title: RefCell<String>,
}

impl TokenSink for TextSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::CharacterTokens(text) => {
                match self.raw.borrow().as_deref() {
                    None => self.out.borrow_mut().text(&text),
                    Some("title") => self.title.borrow_mut().push_str(&text),
                    Some(_) => {}
                }
                TokenSinkResult::Continue
            }
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let result = raw_state(&tag);
                if result != TokenSinkResult::Continue {
                    *self.raw.borrow_mut() = Some(name.to_owned());
                    return result;
                }
                if tag.kind == TagKind::EndTag && self.raw.borrow().as_deref() == Some(name) {
                    *self.raw.borrow_mut() = None;
                    return TokenSinkResult::Continue;
                }
                let mut out = self.out.borrow_mut();
                match (tag.kind, name) {
                    (_, "br") => out.line_break(),
                    (TagKind::StartTag, "td" | "th") => out.cell(),
                    (TagKind::StartTag, "li") => {
                        out.block();
                        out.marker = Some("- ".to_owned());
                    }
                    (TagKind::EndTag, "li") => {
                        out.block();
                        out.marker = None;
                    }
                    _ if is_block(name) => out.block(),
                    _ => {}
                }
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Every text outside `<script>`, `<style>` and other raw-text elements, blocks as
/// paragraphs; the title from `<title>`.
pub(super) fn to_text(html: &str) -> Converted {
    let (sink, _) = tokenize(html, TextSink::default());
    let title = normalize::field(&sink.title.borrow());
    Converted {
        body: sink.out.into_inner().finish(),
        meta: Meta {
            title,
            ..Meta::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_of_well_formed_markup() {
        let nested = "<div><div><span>x</span></div></div><div>y</div>";
        assert!(deeper_than(nested, 2));
        assert!(!deeper_than(nested, 3));
        assert!(!deeper_than("<p>a<p>b<p>c<br><img src=x><li>d<li>e", 0));
        assert!(!deeper_than(
            "<script>if (a<b) { '<div><div>' }</script>",
            1
        ));
    }

    #[test]
    fn flat_text_skips_raw_text_elements() {
        let out = to_text(
            "<title>T &amp; U</title><style>p{}</style><script>x = '<p>no</p>'</script><h1>Head</h1><p>One <b>two</b><br>three</p><ul><li>a<li>b</ul><table><tr><td>1<td>2</table>",
        );
        assert_eq!(out.meta.title.as_deref(), Some("T & U"));
        assert_eq!(out.body, "Head\n\nOne two\nthree\n\n- a\n\n- b\n\n1 | 2");
    }
}
