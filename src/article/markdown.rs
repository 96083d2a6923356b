//! Markdown to readable text with a CommonMark parser: headings and paragraphs become
//! paragraphs, emphasis and links become their text, list items become `- ` paragraphs.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html;

/// The readable text of a Markdown document (front matter already removed) and its first
/// heading.
pub(super) struct Converted {
    pub body: String,
    pub first_heading: Option<String>,
}

pub(super) fn to_text(markdown: &str) -> Converted {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut w = Writer::default();
    for event in Parser::new_ext(markdown, options) {
        w.event(event);
    }
    w.flush();
    Converted {
        body: w.paragraphs.join("\n\n"),
        first_heading: w.first_heading,
    }
}

#[derive(Default)]
struct Writer {
    paragraphs: Vec<String>,
    current: String,
    /// A list marker (`- `, `3. `) written before the item's first text.
    marker: Option<String>,
    /// Next number of each open list; `None` for bullet lists.
    lists: Vec<Option<u64>>,
    /// Raw HTML of the current HTML block, read as HTML when the block ends.
    html_block: Option<String>,
    first_heading: Option<String>,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.push(&text),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push(&text),
            Event::Html(raw) | Event::InlineHtml(raw) => {
                // Inline tags carry no text; a block's raw HTML is read when it ends.
                if let Some(block) = &mut self.html_block {
                    block.push_str(&raw);
                }
            }
            Event::FootnoteReference(label) => {
                self.push("[");
                self.push(&label);
                self.push("]");
            }
            Event::SoftBreak => self.push(" "),
            Event::HardBreak => self.push("\n"),
            Event::Rule => self.flush(),
            Event::TaskListMarker(done) => self.push(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Item => {
                self.flush();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "- ".to_owned(),
                };
                self.marker = Some(marker);
            }
            Tag::List(start) => {
                self.flush();
                self.lists.push(start);
            }
            Tag::HtmlBlock => {
                self.flush();
                self.html_block = Some(String::new());
            }
            Tag::TableCell => {
                if !self.current.is_empty() {
                    self.push(" | ");
                }
            }
            Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow => self.flush(),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                if self.first_heading.is_none() {
                    self.first_heading = Some(self.current.trim().to_owned());
                }
                self.flush();
            }
            TagEnd::List(_) => {
                self.lists.pop();
                self.flush();
            }
            TagEnd::HtmlBlock => {
                if let Some(raw) = self.html_block.take() {
                    let text = html::fragment_text(&raw);
                    if !text.is_empty() {
                        self.paragraphs.push(text);
                    }
                }
            }
            TagEnd::Paragraph
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow => self.flush(),
            TagEnd::TableCell
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::MetadataBlock(_) => {}
        }
    }

    fn push(&mut self, text: &str) {
        if self.current.is_empty() {
            if text.trim().is_empty() {
                return;
            }
            if let Some(marker) = self.marker.take() {
                self.current.push_str(&marker);
            }
        }
        self.current.push_str(text);
    }

    fn flush(&mut self) {
        let paragraph = std::mem::take(&mut self.current);
        if !paragraph.trim().is_empty() {
            self.paragraphs.push(paragraph);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_readable_text() {
        let md = "# The *Title*\n\nSome **bold** and _soft_\nwrapped text with a [link](https://example.org) and `code`.\n\n## Section\n\n> A quote.\n";
        let out = to_text(md);
        assert_eq!(out.first_heading.as_deref(), Some("The Title"));
        assert_eq!(
            out.body,
            "The Title\n\nSome bold and soft wrapped text with a link and code.\n\nSection\n\nA quote."
        );
    }

    #[test]
    fn list_items_are_dash_paragraphs() {
        let md = "Intro:\n\n- one\n- two with *em*\n\n1. first\n2. second\n\n* loose\n\n* items\n";
        assert_eq!(
            to_text(md).body,
            "Intro:\n\n- one\n\n- two with em\n\n1. first\n\n2. second\n\n- loose\n\n- items"
        );
    }

    #[test]
    fn html_blocks_keep_their_text_but_not_scripts() {
        let md = "Before.\n\n<div class=\"note\">Inside &amp; out</div>\n\n<script>alert(1)</script>\n\nAfter <b>bold</b>.\n";
        assert_eq!(to_text(md).body, "Before.\n\nInside & out\n\nAfter bold.");
    }

    #[test]
    fn tables_become_rows() {
        let md = "| Year | Flow |\n|---|---|\n| 1990 | 341 |\n| 2025 | 212 |\n";
        assert_eq!(to_text(md).body, "Year | Flow\n\n1990 | 341\n\n2025 | 212");
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(to_text("Caf&eacute; &lt;3").body, "Café <3");
    }
}
