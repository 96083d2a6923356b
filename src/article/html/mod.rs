//! HTML to readable article text.
//!
//! Pages are parsed into a tree (`tree`). html5ever's tree building grows quadratically with
//! nesting depth (each new element scans the stack of open elements), so a page nested deeper
//! than any real article (10 MB of unclosed `<div>`s) is read flat from the tokenizer instead
//! (`flat`): still every word, without page-chrome removal.

mod flat;
mod text;
mod tree;

use super::Meta;

pub(super) struct Converted {
    pub body: String,
    pub meta: Meta,
}

/// Nesting depth (estimated open elements) above which a page is read flat. Real news pages
/// stay well under 100.
const MAX_TREE_DEPTH: usize = 512;

/// The readable text and metadata of a whole HTML page.
pub(super) fn to_text(html: &str) -> Converted {
    if flat::deeper_than(html, MAX_TREE_DEPTH) {
        flat::to_text(html)
    } else {
        tree::to_text(html)
    }
}

/// The readable text of an HTML fragment (raw HTML inside Markdown).
pub(super) fn fragment_text(html: &str) -> String {
    if flat::deeper_than(html, MAX_TREE_DEPTH) {
        flat::to_text(html).body
    } else {
        tree::fragment_text(html)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_read_flat_without_losing_text() {
        let depth = 20_000;
        let html = format!(
            "<title>Deep</title>{}deep text{}<p>after</p>",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        let out = to_text(&html);
        assert_eq!(out.body, "deep text\n\nafter");
        assert_eq!(out.meta.title.as_deref(), Some("Deep"));
    }

    #[test]
    fn a_megabyte_of_unclosed_divs_is_handled() {
        let html = format!(
            "<p>start</p>{}<p>end &amp; more</p>",
            "<div>".repeat(200_000)
        );
        assert_eq!(to_text(&html).body, "start\n\nend & more");
    }

    #[test]
    fn nesting_at_the_limit_still_uses_the_tree() {
        let depth = MAX_TREE_DEPTH - 10;
        let html = format!(
            "<nav>menu</nav>{}text{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert_eq!(to_text(&html).body, "text");
    }

    #[test]
    fn fragments_use_the_same_guard() {
        let html = format!("{}x", "<b>".repeat(5_000));
        assert_eq!(fragment_text(&html), "x");
    }
}
