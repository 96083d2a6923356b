//! The model: everything the screen shows, in one struct. `update` changes it, views read it.

use super::editor::LineEditor;
use super::keymap::Keymap;
use super::layout::{Areas, Scroll};
use super::theme::{Glyphs, Theme};
use super::wrap::WrapCache;
use crate::extract::Sentence;
use crate::store::{ArticleRecord, ArticleSummary, Claim};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Review,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Claims,
    Article,
}

/// Which claims the panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Unreviewed,
    Confirmed,
    Disputed,
    Unverified,
    Dismissed,
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::Unreviewed,
            Filter::Unreviewed => Filter::Confirmed,
            Filter::Confirmed => Filter::Disputed,
            Filter::Disputed => Filter::Unverified,
            Filter::Unverified => Filter::Dismissed,
            Filter::Dismissed => Filter::All,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unreviewed => "unreviewed",
            Filter::Confirmed => "confirmed",
            Filter::Disputed => "disputed",
            Filter::Unverified => "unverified",
            Filter::Dismissed => "dismissed",
        }
    }

    /// "All" means every claim still in play; dismissed ones have their own filter.
    pub fn admits(self, claim: &Claim) -> bool {
        use crate::store::Verdict;
        match self {
            Filter::Dismissed => claim.dismissed,
            _ if claim.dismissed => false,
            Filter::All => true,
            Filter::Unreviewed => !claim.reviewed,
            Filter::Confirmed => claim.reviewed && claim.verdict == Verdict::Confirmed,
            Filter::Disputed => claim.reviewed && claim.verdict == Verdict::Disputed,
            Filter::Unverified => claim.reviewed && claim.verdict == Verdict::Unverified,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Note,
    Evidence,
    Search,
    LibraryFilter,
}

impl PromptKind {
    pub fn label(self) -> &'static str {
        match self {
            PromptKind::Note => "note",
            PromptKind::Evidence => "evidence",
            PromptKind::Search => "search",
            PromptKind::LibraryFilter => "filter",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub editor: LineEditor,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Default)]
pub struct Library {
    pub articles: Vec<ArticleSummary>,
    pub loaded: bool,
    pub filter: String,
    /// Indices into `articles` that match the filter.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    pub top: usize,
}

impl Library {
    pub fn set(&mut self, articles: Vec<ArticleSummary>) {
        let keep = self.selected_article().map(|a| a.id);
        self.articles = articles;
        self.loaded = true;
        self.refilter();
        if let Some(id) = keep {
            self.select_id(id);
        }
    }

    pub fn refilter(&mut self) {
        let needle = self.filter.to_lowercase();
        self.visible = self
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                needle.is_empty()
                    || [&a.title, &a.source, &a.date].iter().any(|f| {
                        f.as_deref()
                            .is_some_and(|s| s.to_lowercase().contains(&needle))
                    })
            })
            .map(|(i, _)| i)
            .collect();
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    pub fn selected_article(&self) -> Option<&ArticleSummary> {
        self.visible
            .get(self.selected)
            .and_then(|&i| self.articles.get(i))
    }

    pub fn select_id(&mut self, id: i64) {
        if let Some(pos) = self
            .visible
            .iter()
            .position(|&i| self.articles.get(i).is_some_and(|a| a.id == id))
        {
            self.selected = pos;
        }
    }
}

/// What the article pane keeps in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Claim,
    Cursor,
    Match,
}

#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    /// Byte ranges in the body.
    pub matches: Vec<(usize, usize)>,
    pub current: usize,
}

#[derive(Debug)]
pub struct Review {
    pub article: ArticleRecord,
    pub claims: Vec<Claim>,
    pub filter: Filter,
    /// Indices into `claims` admitted by the filter.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    pub focus: Focus,
    /// The body's sentences, extracted on first use (for the article cursor and promoting).
    pub sentences: Option<Vec<Sentence>>,
    /// Index into `sentences`.
    pub cursor: usize,
    pub anchor: Anchor,
    /// First wrapped line shown in the article pane.
    pub article_top: usize,
    /// First entry (index into `visible`) shown in the claims panel.
    pub claims_top: usize,
    pub search: Option<Search>,
    /// The last query searched for, found or not: `/` offers it, `n` names it.
    pub last_query: String,
    /// `None`: the layout decides whether the detail area shows.
    pub show_detail: Option<bool>,
}

impl Review {
    pub fn new(article: ArticleRecord, claims: Vec<Claim>) -> Review {
        let mut review = Review {
            article,
            claims,
            filter: Filter::All,
            visible: Vec::new(),
            selected: 0,
            focus: Focus::Claims,
            sentences: None,
            cursor: 0,
            anchor: Anchor::Claim,
            article_top: 0,
            claims_top: 0,
            search: None,
            last_query: String::new(),
            show_detail: None,
        };
        review.refilter(None);
        review
    }

    /// Recompute the visible claims, keeping `keep` (a claim id) selected if it is still shown,
    /// else the nearest claim in text order.
    pub fn refilter(&mut self, keep: Option<i64>) {
        let keep_pos = keep.and_then(|id| self.claims.iter().position(|c| c.id == id));
        self.visible = (0..self.claims.len())
            .filter(|&i| self.filter.admits(&self.claims[i]))
            .collect();
        self.selected = match keep_pos {
            Some(pos) => self.visible.partition_point(|&i| i < pos),
            None => self.selected,
        }
        .min(self.visible.len().saturating_sub(1));
        self.claims_top = self.claims_top.min(self.selected);
    }

    pub fn selected_claim(&self) -> Option<&Claim> {
        self.visible
            .get(self.selected)
            .and_then(|&i| self.claims.get(i))
    }

    pub fn select_claim_id(&mut self, id: i64) -> bool {
        match self
            .visible
            .iter()
            .position(|&i| self.claims.get(i).is_some_and(|c| c.id == id))
        {
            Some(pos) => {
                self.selected = pos;
                true
            }
            None => false,
        }
    }

    /// Replace one claim in place (after a store call returned it).
    pub fn replace_claim(&mut self, claim: Claim) {
        let keep = self.selected_claim().map(|c| c.id);
        match self.claims.iter_mut().find(|c| c.id == claim.id) {
            Some(slot) => *slot = claim,
            None => {
                let pos = self.claims.partition_point(|c| c.start <= claim.start);
                self.claims.insert(pos, claim);
            }
        }
        self.refilter(keep);
    }

    /// The next claim after the selection (wrapping) that still needs a decision.
    pub fn next_unreviewed(&self) -> Option<usize> {
        let n = self.visible.len();
        (1..=n).map(|step| (self.selected + step) % n).find(|&pos| {
            self.claims
                .get(self.visible[pos])
                .is_some_and(|c| !c.reviewed && !c.dismissed)
        })
    }

    /// The claim whose span covers byte `pos`, among all claims.
    pub fn claim_at(&self, pos: usize) -> Option<&Claim> {
        let i = self.claims.partition_point(|c| c.start <= pos);
        i.checked_sub(1)
            .and_then(|i| self.claims.get(i))
            .filter(|c| pos < c.end.max(c.start + 1))
    }

    pub fn cursor_sentence(&self) -> Option<&Sentence> {
        self.sentences.as_ref().and_then(|s| s.get(self.cursor))
    }

    /// The byte range the article pane must keep in view.
    pub fn anchor_range(&self) -> Option<(usize, usize)> {
        match self.anchor {
            Anchor::Claim => self.selected_claim().map(|c| (c.start, c.end)),
            Anchor::Cursor => self.cursor_sentence().map(|s| (s.start, s.end)),
            Anchor::Match => self
                .search
                .as_ref()
                .and_then(|s| s.matches.get(s.current).copied()),
        }
    }

    pub fn reviewed_counts(&self) -> Counts {
        let mut counts = Counts::default();
        for c in self.claims.iter().filter(|c| !c.dismissed) {
            counts.total += 1;
            if c.reviewed {
                counts.reviewed += 1;
                match c.verdict {
                    crate::store::Verdict::Confirmed => counts.confirmed += 1,
                    crate::store::Verdict::Disputed => counts.disputed += 1,
                    crate::store::Verdict::Unverified => counts.unverified += 1,
                }
            }
        }
        counts
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub reviewed: usize,
    pub confirmed: usize,
    pub disputed: usize,
    pub unverified: usize,
}

pub struct App {
    pub reviewer: String,
    pub keymap: Keymap,
    pub theme: Theme,
    pub glyphs: Glyphs,
    pub threshold: f32,
    /// Score with the language model, as `import --deep` did (from the config).
    pub deep: bool,
    pub screen: Screen,
    pub library: Library,
    pub review: Option<Review>,
    pub prompt: Option<Prompt>,
    pub help: bool,
    pub status: Option<Status>,
    pub quit: bool,
    /// The session began in the library, so `q` on an article goes back there rather than
    /// quitting.
    pub from_library: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    /// The last `PRAGMA data_version` seen.
    pub data_version: Option<i64>,
    pub areas: Areas,
    pub wrap: WrapCache,
    /// Panes that scrolled in the last `prepare`.
    pub scrolls: Vec<Scroll>,
    /// What the last review frame showed: scrolling in place is only valid on the same layout.
    pub(super) scroll_key: Option<(i64, i64, Areas)>,
}

impl App {
    pub fn new(reviewer: String, keymap: Keymap, theme: Theme, glyphs: Glyphs) -> App {
        App {
            reviewer,
            keymap,
            theme,
            glyphs,
            threshold: crate::extract::DEFAULT_THRESHOLD,
            deep: false,
            screen: Screen::Library,
            library: Library::default(),
            review: None,
            prompt: None,
            help: false,
            status: None,
            quit: false,
            from_library: true,
            dirty: true,
            data_version: None,
            areas: Areas::default(),
            wrap: WrapCache::default(),
            scrolls: Vec::new(),
            scroll_key: None,
        }
    }

    /// The first key of `action`, for messages that tell the reviewer what to press.
    pub fn key_for(&self, action: super::action::Action) -> String {
        self.keymap
            .short_label(action, self.glyphs.ascii)
            .unwrap_or_else(|| format!("({})", action.name()))
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
        self.dirty = true;
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
        self.dirty = true;
    }

    /// Show an article, selecting `at` (a claim id) if given.
    pub fn open_review(&mut self, article: ArticleRecord, claims: Vec<Claim>, at: Option<i64>) {
        let mut review = Review::new(article, claims);
        if let Some(id) = at {
            review.select_claim_id(id);
        }
        self.library.select_id(review.article.id);
        self.review = Some(review);
        self.screen = Screen::Review;
        self.dirty = true;
    }
}
