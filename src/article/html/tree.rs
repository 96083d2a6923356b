//! HTML to readable text through the parsed document tree (html5ever through `scraper`).
//!
//! The article is the largest `<article>` (by text) when it holds a good share of the page's
//! text, else `<main>`, else `<body>`. Page chrome
//! is dropped: navigation, site headers, asides, footers, forms, scripts, styles, cookie
//! banners and other boilerplate marked by its role, class or id. Block elements become
//! paragraphs, list items `- ` paragraphs, whitespace is collapsed as a browser does.
//! Every walk over the tree is iterative, so deep nesting cannot overflow the stack.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

use super::Converted;
use super::text::{TextBuilder, is_block};
use crate::article::{Meta, date, normalize};

/// The readable text and metadata of a whole HTML page.
pub(super) fn to_text(html: &str) -> Converted {
    let doc = Html::parse_document(html);
    let page = PageMeta::read(&doc);
    let root = content_root(doc.tree.root());
    let content = Content::read_with_fallback(root);
    let meta = Meta {
        title: first_field(&[&page.og_title, &content.h1, &page.title]),
        date: [&page.published, &content.time, &page.time]
            .into_iter()
            .flatten()
            .find_map(|d| date::normalize(d)),
        source: first_field(&[&page.canonical, &page.og_url]),
        author: first_field(&[&page.author, &page.rel_author]),
    };
    Converted {
        body: content.text,
        meta,
    }
}

/// The readable text of an HTML fragment (raw HTML inside Markdown).
pub(super) fn fragment_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    Content::read_with_fallback(doc.tree.root()).text
}

fn first_field(candidates: &[&Option<String>]) -> Option<String> {
    candidates
        .iter()
        .filter_map(|c| c.as_deref())
        .find_map(normalize::field)
}

/// Metadata from the page's `<head>` and markup.
#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    og_title: Option<String>,
    published: Option<String>,
    time: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
    author: Option<String>,
    rel_author: Option<String>,
}

impl PageMeta {
    fn read(doc: &Html) -> PageMeta {
        let mut page = PageMeta::default();
        for node in doc.tree.root().descendants() {
            let Node::Element(el) = node.value() else {
                continue;
            };
            match el.name() {
                "title" => fill(&mut page.title, || Some(node_text(node))),
                "meta" => page.meta_tag(el),
                "link" => {
                    if has_token(el.attr("rel"), "canonical") {
                        fill(&mut page.canonical, || el.attr("href").map(str::to_owned));
                    }
                }
                "time" => fill(&mut page.time, || el.attr("datetime").map(str::to_owned)),
                _ => {
                    if has_token(el.attr("rel"), "author") || el.attr("itemprop") == Some("author")
                    {
                        fill(&mut page.rel_author, || Some(node_text(node)));
                    }
                }
            }
        }
        page
    }

    fn meta_tag(&mut self, el: &Element) {
        let Some(content) = el.attr("content") else {
            return;
        };
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let slot = match key.as_str() {
            "og:title" | "twitter:title" | "headline" | "dc.title" => &mut self.og_title,
            "article:published_time"
            | "og:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publishdate"
            | "dc.date"
            | "dc.date.issued" => &mut self.published,
            "og:url" => &mut self.og_url,
            "author" | "dc.creator" | "byl" => &mut self.author,
            // Often a profile URL rather than a name.
            "article:author" if !content.starts_with("http") => &mut self.author,
            _ => return,
        };
        let value = match key.as_str() {
            "byl" => content.trim_start_matches("By ").to_owned(),
            _ => content.to_owned(),
        };
        fill(slot, || Some(value));
    }
}

/// Sets a slot once: the first occurrence in the document wins.
fn fill(slot: &mut Option<String>, value: impl FnOnce() -> Option<String>) {
    if slot.is_none() {
        *slot = value().filter(|v| !v.trim().is_empty());
    }
}

fn has_token(attr: Option<&str>, token: &str) -> bool {
    attr.is_some_and(|a| {
        a.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case(token))
    })
}

/// All the text under a node, whitespace collapsed.
fn node_text(node: NodeRef<'_, Node>) -> String {
    let mut out = TextBuilder::default();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            out.text(t);
        }
    }
    out.finish()
}

/// Where the article is: the `<article>` with the most text, if it holds at least a third of
/// the page's text (outside structural chrome), else the first `<main>`, else `<body>`, else
/// the whole document. Only structural chrome counts here: a wrapper whose class merely
/// mentions a sidebar must not hide the article inside it.
fn content_root(doc_root: NodeRef<'_, Node>) -> NodeRef<'_, Node> {
    let mut best: Option<(NodeRef<'_, Node>, usize)> = None;
    let mut current: Option<(NodeRef<'_, Node>, usize)> = None;
    let mut total = 0usize;
    let mut main = None;
    let mut body = None;
    let mut skip = Skip::default();
    for edge in doc_root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.active() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        if is_structural_chrome(el, true) {
                            skip.start(node);
                            continue;
                        }
                        match el.name() {
                            "article" if current.is_none() => current = Some((node, 0)),
                            "main" if main.is_none() => main = Some(node),
                            "body" if body.is_none() => body = Some(node),
                            _ if main.is_none() && el.attr("role") == Some("main") => {
                                main = Some(node);
                            }
                            _ => {}
                        }
                    }
                    Node::Text(t) => {
                        let len = t.trim().len();
                        total += len;
                        if let Some((_, article_len)) = &mut current {
                            *article_len += len;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip.end(node) {
                    continue;
                }
                if let Some((article, len)) = current
                    && article.id() == node.id()
                {
                    if best.is_none_or(|(_, b)| len > b) {
                        best = Some((article, len));
                    }
                    current = None;
                }
            }
        }
    }
    best.filter(|&(_, len)| len * 3 >= total)
        .map(|(node, _)| node)
        .or(main)
        .or(body)
        .unwrap_or(doc_root)
}

/// Skipping a subtree during a traversal: remembers the node whose close ends the skip.
#[derive(Default)]
struct Skip {
    until: Option<ego_tree::NodeId>,
}

impl Skip {
    fn active(&self) -> bool {
        self.until.is_some()
    }

    fn start(&mut self, node: NodeRef<'_, Node>) {
        self.until = Some(node.id());
    }

    /// True while skipping (including the closing edge that ends the skip).
    fn end(&mut self, node: NodeRef<'_, Node>) -> bool {
        match self.until {
            Some(id) if id == node.id() => {
                self.until = None;
                true
            }
            Some(_) => true,
            None => false,
        }
    }
}

/// Elements that never hold article text.
fn is_dropped_element(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "nav"
            | "aside"
            | "footer"
            | "form"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "label"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "menu"
    )
}

/// Words that mark boilerplate when they are a whole part of a class or id (parts are split
/// at spaces, `-`, `_` and camelCase humps; a plural `s` is allowed): `cookie-banner`,
/// `shareBar`, `related_links`, `ads`, but not `shareholder-note`.
const CHROME_WORDS: [&str; 18] = [
    "ad",
    "advert",
    "advertisement",
    "advertising",
    "breadcrumb",
    "comment",
    "consent",
    "cookie",
    "gdpr",
    "modal",
    "newsletter",
    "popup",
    "promo",
    "related",
    "share",
    "sharing",
    "sidebar",
    "social",
];

/// Chrome by what an element is: dropped elements, hidden ones, boilerplate roles, and
/// `<header>`s outside the article (the site header, not the story's own headline block).
fn is_structural_chrome(el: &Element, in_content: bool) -> bool {
    let name = el.name();
    if is_dropped_element(name) || (name == "header" && !in_content) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(role) = el.attr("role")
        && matches!(
            role.to_ascii_lowercase().as_str(),
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "search"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
        )
    {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        s.replace(' ', "")
            .to_ascii_lowercase()
            .contains("display:none")
    })
}

/// Chrome by how the page marks it: a class or id such as `cookie-banner` or `ad`.
fn is_marked_chrome(el: &Element) -> bool {
    if matches!(el.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    [el.attr("class"), el.id()]
        .into_iter()
        .flatten()
        .flat_map(name_parts)
        .any(|part| {
            let singular = part.strip_suffix('s').unwrap_or(&part);
            CHROME_WORDS.contains(&part.as_str()) || CHROME_WORDS.contains(&singular)
        })
}

/// `cookieBanner share_bar` → `cookie`, `banner`, `share`, `bar`.
fn name_parts(names: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut prev_lower = false;
    for c in names.chars() {
        let boundary = c.is_ascii_whitespace() || c == '-' || c == '_';
        if (boundary || (prev_lower && c.is_uppercase())) && !part.is_empty() {
            parts.push(std::mem::take(&mut part));
        }
        if !boundary {
            part.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase();
    }
    if !part.is_empty() {
        parts.push(part);
    }
    parts
}

/// The readable text under the content root.
struct Content {
    text: String,
    h1: Option<String>,
    time: Option<String>,
}

impl Content {
    /// Reads with every chrome rule; if the page's class names hid all of its text, reads
    /// again with the structural rules only rather than lose the article.
    fn read_with_fallback(root: NodeRef<'_, Node>) -> Content {
        let strict = Content::read(root, true);
        if strict.text.is_empty() {
            Content::read(root, false)
        } else {
            strict
        }
    }

    fn read(root: NodeRef<'_, Node>, marked_chrome: bool) -> Content {
        let mut out = TextBuilder::default();
        let mut h1 = None;
        let mut time = None;
        let mut skip = Skip::default();
        // Depth inside <article>/<main> (where a <header> is the story's, not the site's).
        let mut content_depth = 0usize;
        // Next number of each open list; `None` for bullet lists.
        let mut lists: Vec<Option<u64>> = Vec::new();
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.active() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => out.text(t),
                        Node::Element(el) => {
                            let in_content = content_depth > 0 || node.id() == root.id();
                            let chrome = is_structural_chrome(el, in_content)
                                || (marked_chrome && is_marked_chrome(el));
                            if node.id() != root.id() && chrome {
                                skip.start(node);
                                continue;
                            }
                            let name = el.name();
                            if matches!(name, "article" | "main") {
                                content_depth += 1;
                            }
                            if name == "time" && time.is_none() {
                                time = el.attr("datetime").map(str::to_owned);
                            }
                            match name {
                                "br" => out.line_break(),
                                "td" | "th" => out.cell(),
                                "ul" => lists.push(None),
                                "ol" => lists.push(Some(
                                    el.attr("start")
                                        .and_then(|s| s.trim().parse().ok())
                                        .unwrap_or(1),
                                )),
                                "li" => {
                                    out.block();
                                    out.marker = Some(match lists.last_mut() {
                                        Some(Some(n)) => {
                                            let m = format!("{n}. ");
                                            *n = n.saturating_add(1);
                                            m
                                        }
                                        _ => "- ".to_owned(),
                                    });
                                }
                                "pre" => {
                                    out.block();
                                    out.pre_depth += 1;
                                }
                                _ if is_block(name) => out.block(),
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skip.end(node) {
                        continue;
                    }
                    let Node::Element(el) = node.value() else {
                        continue;
                    };
                    let name = el.name();
                    match name {
                        "article" | "main" => content_depth = content_depth.saturating_sub(1),
                        "ul" | "ol" => {
                            lists.pop();
                        }
                        "pre" => out.pre_depth = out.pre_depth.saturating_sub(1),
                        // An empty item's marker must not land on the next paragraph.
                        "li" => out.marker = None,
                        "h1" if h1.is_none() => h1 = Some(out.current.trim().to_owned()),
                        _ => {}
                    }
                    if is_block(name) {
                        out.block();
                    }
                }
            }
        }
        Content {
            text: out.finish(),
            h1: h1.filter(|t| !t.is_empty()),
            time,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Story | Site</title>
        <meta name="author" content="Ana Ruiz">
        <meta property="og:title" content="The story">
        <meta property="article:published_time" content="2026-01-19T07:30:00+01:00">
        <link rel="canonical" href="https://example.org/story">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
        </head><body>
        <div class="cookie-banner"><p>We use cookies.</p></div>
        <header><a href="/">Site name</a></header>
        <nav><a href="/news">News</a></nav>
        <main><article>
          <header><h1>The  story</h1><time datetime="2026-01-18">Jan 18</time></header>
          <p>First &amp; <b>bold</b>
             paragraph.</p>
          <figure><img src="x.jpg" alt="alt text"><figcaption>Photo: A. Person</figcaption></figure>
          <ul><li>one</li><li>two <a href="/x">link</a></li></ul>
          <aside><p>Related stuff</p></aside>
          <p>Line one<br>line two</p>
          <div>Loose text in a div</div>
        </article></main>
        <footer><p>Copyright</p></footer>
        </body></html>"#;

    #[test]
    fn page_is_reduced_to_the_article_text() {
        let out = to_text(PAGE);
        assert_eq!(
            out.body,
            "The story\n\nJan 18\n\nFirst & bold paragraph.\n\nPhoto: A. Person\n\n- one\n\n- two link\n\nLine one\nline two\n\nLoose text in a div"
        );
    }

    #[test]
    fn page_metadata_is_read() {
        let meta = to_text(PAGE).meta;
        assert_eq!(meta.title.as_deref(), Some("The story"));
        assert_eq!(meta.date.as_deref(), Some("2026-01-19"));
        assert_eq!(meta.source.as_deref(), Some("https://example.org/story"));
        assert_eq!(meta.author.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn metadata_falls_back_to_h1_title_and_time() {
        let out = to_text(
            "<html><head><title>Tab title</title></head><body><h1>Head line</h1><p>x <time datetime='2025-02-03'>then</time></p></body></html>",
        );
        assert_eq!(out.meta.title.as_deref(), Some("Head line"));
        assert_eq!(out.meta.date.as_deref(), Some("2025-02-03"));
        let out = to_text("<title>Tab title</title><p>Just text.</p>");
        assert_eq!(out.meta.title.as_deref(), Some("Tab title"));
        assert_eq!(out.body, "Just text.");
    }

    #[test]
    fn the_largest_article_wins_over_teaser_cards() {
        let out = to_text(
            "<body><article><p>Short teaser.</p></article><article><p>The real story has a lot more text in it.</p></article></body>",
        );
        assert_eq!(out.body, "The real story has a lot more text in it.");
    }

    #[test]
    fn without_article_or_main_the_body_is_used_minus_chrome() {
        let out = to_text(
            "<body><header>Site</header><div role='navigation'>Menu</div><p>Text one.</p><div hidden>secret</div><p style='display: none'>gone</p><p>Text two.</p><div id='ad-1' class='ad'>Buy</div></body>",
        );
        assert_eq!(out.body, "Text one.\n\nText two.");
    }

    #[test]
    fn a_wrapper_class_mentioning_a_sidebar_does_not_hide_the_article() {
        let out = to_text(
            "<body><div class='layout-with-sidebar'><article><p>Story text.</p><div class='share-bar'>Share</div></article><div class='sidebar'>Side</div></div></body>",
        );
        assert_eq!(out.body, "Story text.");
        let out = to_text("<body><div class='has-sidebar'><p>Only text.</p></div></body>");
        assert_eq!(out.body, "Only text.");
    }

    #[test]
    fn class_names_are_matched_by_part() {
        let out = to_text(
            "<body><p class='shareholder-note'>Kept.</p><p class='cookieBanner'>Cookies.</p><p id='related_links'>Links.</p><p class='lead'>Lead.</p></body>",
        );
        assert_eq!(out.body, "Kept.\n\nLead.");
    }

    #[test]
    fn a_small_article_element_inside_a_big_page_is_not_the_story() {
        let out = to_text(
            "<body><article><h2>Teaser</h2></article><div><p>The actual story text is here and it is long.</p><p>More of the story follows in a second paragraph.</p></div></body>",
        );
        assert!(
            out.body.starts_with("Teaser\n\nThe actual story"),
            "{}",
            out.body
        );
    }

    #[test]
    fn an_empty_list_item_leaves_no_marker_behind() {
        let out = to_text("<ul><li></li></ul><p>Next.</p>");
        assert_eq!(out.body, "Next.");
    }

    #[test]
    fn ordered_lists_and_tables() {
        let out = to_text(
            "<ol start='3'><li>c</li><li>d</li></ol><table><tr><th>Year</th><th>Flow</th></tr><tr><td>1990</td><td>341</td></tr></table>",
        );
        assert_eq!(out.body, "3. c\n\n4. d\n\nYear | Flow\n\n1990 | 341");
    }

    #[test]
    fn unclosed_and_misnested_tags_do_not_lose_text() {
        let out = to_text("<p>One <b>two <i>three</b> four</i><p>Five <div>six");
        assert_eq!(out.body, "One two three four\n\nFive\n\nsix");
    }
}
