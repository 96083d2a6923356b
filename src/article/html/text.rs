//! Paragraphs from HTML text the way a browser lays out whitespace.

/// Builds paragraphs from text nodes the way a browser lays out whitespace.
#[derive(Default)]
pub(super) struct TextBuilder {
    paragraphs: Vec<String>,
    pub(super) current: String,
    /// Whitespace seen since the last character written.
    space: bool,
    /// Inside `<pre>`: whitespace and newlines are kept.
    pub(super) pre_depth: usize,
    /// A list marker written before the item's first text.
    pub(super) marker: Option<String>,
}

impl TextBuilder {
    pub(super) fn text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.start_text();
            self.current.push_str(text);
            return;
        }
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                self.space = true;
                continue;
            }
            if self.current.is_empty() {
                self.start_text();
            } else if self.space && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.space = false;
            self.current.push(c);
        }
    }

    fn start_text(&mut self) {
        if self.current.is_empty()
            && let Some(marker) = self.marker.take()
        {
            self.current.push_str(&marker);
        }
    }

    pub(super) fn line_break(&mut self) {
        if !self.current.is_empty() {
            self.current.push('\n');
        }
        self.space = false;
    }

    pub(super) fn cell(&mut self) {
        if !self.current.is_empty() {
            self.current.push_str(" | ");
        }
        self.space = false;
    }

    pub(super) fn block(&mut self) {
        let paragraph = std::mem::take(&mut self.current);
        if !paragraph.trim().is_empty() {
            self.paragraphs.push(paragraph);
        }
        self.space = false;
    }

    pub(super) fn finish(mut self) -> String {
        self.block();
        self.paragraphs.join("\n\n")
    }
}

/// Elements laid out as blocks: each starts and ends a paragraph.
pub(super) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "tfoot"
            | "thead"
            | "tr"
            | "ul"
    )
}
