//! Loading real files: the bundled samples, the shared bench articles and hostile fixtures.

use std::path::{Path, PathBuf};

use factdesk::article::{
    Article, Format, LoadError, MAX_ARTICLE_BYTES, is_article_path, load_bytes, load_path,
};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sample(name: &str) -> Article {
    let path = manifest_dir().join("sample_articles").join(name);
    load_path(&path, None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn fixture_path(name: &str) -> PathBuf {
    manifest_dir().join("tests/data/articles").join(name)
}

fn fixture(name: &str) -> Result<Article, LoadError> {
    load_path(&fixture_path(name), None)
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// What every body promises: LF only, no BOM, no raw control characters, paragraphs separated
/// by exactly one blank line, no blank lines or spaces at either end.
fn assert_clean_body(name: &str, body: &str) {
    assert!(!body.is_empty(), "{name}: empty body");
    assert!(!body.contains('\r'), "{name}: CR in body");
    assert!(!body.contains('\u{feff}'), "{name}: BOM in body");
    assert!(!body.contains("\n\n\n"), "{name}: more than one blank line");
    assert_eq!(body.trim(), body, "{name}: whitespace at an end");
    if let Some(c) = body
        .chars()
        .find(|&c| c != '\n' && (c.is_control() || c == '\u{7f}'))
    {
        panic!(
            "{name}: raw control character U+{:04X} in body",
            u32::from(c)
        );
    }
}

#[test]
fn the_users_article_has_its_inline_date_and_body() {
    let a = sample("2023-05-30-moscow-drones.txt");
    assert_eq!(a.format, Format::Text);
    assert_eq!(a.meta.date.as_deref(), Some("2023-05-30"));
    assert!(
        a.body
            .starts_with("Moscow was attacked with drones Tuesday morning")
    );
    assert!(
        a.body
            .ends_with("This is a breaking news story. Check back for more updates.")
    );
    // No header and a long first line: the title is the file stem.
    assert_eq!(a.meta.title.as_deref(), Some("2023-05-30-moscow-drones"));
    let raw = std::fs::read_to_string(
        manifest_dir().join("sample_articles/2023-05-30-moscow-drones.txt"),
    )
    .expect("read sample");
    let after_prefix = raw
        .trim_start()
        .strip_prefix("date 2023-05-30")
        .expect("inline prefix");
    assert_eq!(words(after_prefix), words(&a.body));
}

#[test]
fn every_sample_loads_with_its_format_and_metadata() {
    let cases = [
        (
            "2026-03-14-harbor-flooding.txt",
            Format::Text,
            "Storm surge floods Port Calder harbor district, hundreds evacuated",
            "2026-03-14",
            "Lena Marsh, Coastal Affairs Reporter",
            "https://news.example.org/2026/03/14/port-calder-harbor-flooding",
        ),
        (
            "2026-02-03-transit-fares.md",
            Format::Markdown,
            "Halverton transit board votes to freeze fares, cut two night routes",
            "2026-02-03",
            "Priya Deshmukh",
            "https://news.example.org/2026/02/03/halverton-transit-fares",
        ),
        (
            "2026-01-19-hospital-wait-times.html",
            Format::Html,
            "ER waits at Marren General hit record high, audit finds",
            "2026-01-19",
            "Samuel Achterberg",
            "https://news.example.org/2026/01/19/marren-general-wait-times",
        ),
        (
            "2026-04-08-port-authority-briefing.txt",
            Format::Transcript,
            "Press briefing by Port Authority spokesperson Adaeze Okafor on the container terminal fire",
            "2026-04-08",
            "Marren County Port Authority",
            "https://news.example.org/transcripts/2026-04-08-port-authority-briefing",
        ),
        (
            "2026-02-21-school-meals-crlf.txt",
            Format::Text,
            "Millbrook schools to offer free lunches to all primary pupils from September",
            "2026-02-21",
            "Tomasz Wierzbicki",
            "https://news.example.org/2026/02/21/millbrook-free-school-meals",
        ),
        (
            "2026-06-27-orsin-basin-drought.txt",
            Format::Text,
            "The river that ran out: how a decade of drought remade the Orsin basin",
            "2026-06-27",
            "Catalina Reyes and Oskar Lindgren",
            "https://news.example.org/longform/2026/06/27/orsin-basin-drought",
        ),
    ];
    for (name, format, title, date, author, source) in cases {
        let a = sample(name);
        assert_eq!(a.format, format, "{name}");
        assert_eq!(a.meta.title.as_deref(), Some(title), "{name}");
        assert_eq!(a.meta.date.as_deref(), Some(date), "{name}");
        assert_eq!(a.meta.author.as_deref(), Some(author), "{name}");
        assert_eq!(a.meta.source.as_deref(), Some(source), "{name}");
        assert_clean_body(name, &a.body);
        let raw =
            std::fs::read(manifest_dir().join("sample_articles").join(name)).expect("read sample");
        let raw = String::from_utf8_lossy(&raw);
        assert!(
            raw.contains("fictional sample written for factdesk"),
            "{name} is not marked as fictional"
        );
    }
}

#[test]
fn every_file_in_the_sample_folder_loads() {
    let dir = manifest_dir().join("sample_articles");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("sample_articles") {
        let path = entry.expect("entry").path();
        if !is_article_path(&path) {
            continue;
        }
        let a = load_path(&path, None).unwrap_or_else(|e| panic!("{e}"));
        assert_clean_body(&path.display().to_string(), &a.body);
        count += 1;
    }
    assert!(
        count >= 7,
        "expected the user's article and six samples, found {count}"
    );
}

#[test]
fn html_sample_keeps_the_story_and_drops_the_page_chrome() {
    let a = sample("2026-01-19-hospital-wait-times.html");
    for kept in [
        "ER waits at Marren General hit record high, audit finds",
        "HALVERTON — Patients arriving at the emergency department",
        "95\u{a0}percent of patients",
        "Photo: Ivo Sandberg / The Calder Herald",
        "“Until the county fixes social care, the corridors will stay full.”",
        "This article will be updated.",
    ] {
        assert!(a.body.contains(kept), "missing {kept:?}");
    }
    for dropped in [
        "cookies",
        "Accept all",
        "Independent news for Marren County",
        "Subscribe",
        "dataLayer",
        "font-family",
        "Related",
        "Ambulance delays double",
        "Most read",
        "Advertisement",
        "All rights reserved",
        "<",
        "&mdash;",
    ] {
        assert!(!a.body.contains(dropped), "kept {dropped:?}");
    }
    assert!(
        a.body
            .starts_with("Health\n\nER waits at Marren General hit record high, audit finds\n\n")
    );
}

#[test]
fn markdown_sample_is_reduced_to_text() {
    let a = sample("2026-02-03-transit-fares.md");
    assert!(
        a.body
            .starts_with("Halverton transit board votes to freeze fares, cut two night routes\n\n")
    );
    for dropped in ["---", "**", "](", "# ", "tags:", "*By"] {
        assert!(!a.body.contains(dropped), "kept {dropped:?}");
    }
    assert!(a.body.contains(
        "\n\n- The N4 (Central Station – Eastgate) and N9 (University – Millbrook) night routes end.\n\n"
    ));
    assert!(a.body.contains("according to the full report."));
    assert!(
        a.body
            .contains("The single fare will stay at 2.40 dollars until at least January 2027")
    );
}

#[test]
fn transcript_sample_has_one_paragraph_per_turn() {
    let a = sample("2026-04-08-port-authority-briefing.txt");
    let paragraphs: Vec<&str> = a.body.split("\n\n").collect();
    let turns = |label: &str| paragraphs.iter().filter(|p| p.starts_with(label)).count();
    assert_eq!(turns("MS. OKAFOR: "), 10);
    assert_eq!(turns("Q: "), 7);
    assert_eq!(turns("MR. DALGAARD: "), 1);
    assert_eq!(
        paragraphs.first(),
        Some(&"Press briefing by Port Authority spokesperson Adaeze Okafor")
    );
    assert_eq!(paragraphs.last(), Some(&"END 10:31 A.M. CET"));
}

#[test]
fn crlf_bom_sample_is_normalised() {
    let a = sample("2026-02-21-school-meals-crlf.txt");
    assert!(
        a.body
            .starts_with("Millbrook schools to offer free lunches to all primary pupils from September\n\nMILLBROOK — ")
    );
}

#[test]
fn long_sample_has_over_five_thousand_words() {
    let a = sample("2026-06-27-orsin-basin-drought.txt");
    let n = words(&a.body).len();
    assert!(n >= 5_000, "only {n} words");
}

/// The shared bench folder: beside the repository (CI, the main checkout) or two levels up
/// (a worktree under `wt/`).
fn bench_dir() -> Option<PathBuf> {
    ["../shared/bench/articles", "../../shared/bench/articles"]
        .iter()
        .map(|rel| manifest_dir().join(rel))
        .find(|p| p.is_dir())
}

/// The header lines of a bench file (up to the first blank line) and the text after them.
fn split_bench_file(raw: &str) -> (Vec<(&str, &str)>, &str) {
    let (header, rest) = raw.split_once("\n\n").expect("bench files have a header");
    let fields = header.lines().filter_map(|l| l.split_once(": ")).collect();
    (fields, rest)
}

/// Every bench article loads without error and without losing text: the words after its
/// header are exactly the words of the body (the loader only changes whitespace: trimmed lines
/// and one blank line between paragraphs). Header title and date are read.
#[test]
fn bench_articles_load_without_losing_text() {
    let Some(dir) = bench_dir() else {
        println!("note: ../shared/bench/articles is absent; skipping the bench article check");
        return;
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bench dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    // The folder's README is Markdown, not an article, but it must load too.
    let (articles, others): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .into_iter()
        .partition(|p| p.extension().is_some_and(|e| e == "txt"));
    for path in others {
        load_path(&path, None).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(articles.len() >= 40, "expected the 41 bench articles");
    for path in articles {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        let a = load_path(&path, None).unwrap_or_else(|e| panic!("{e}"));
        let raw = std::fs::read_to_string(&path).expect("utf-8 bench file");
        let (header, rest) = split_bench_file(&raw);
        assert_eq!(words(rest), words(&a.body), "{name}: words differ");
        assert_clean_body(&name, &a.body);
        let get = |key: &str| {
            header
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        assert_eq!(a.meta.title, get("title"), "{name}: title");
        assert_eq!(a.meta.date, get("date"), "{name}: date");
        assert_eq!(a.meta.source, get("source"), "{name}: source");
        assert_eq!(a.meta.author, get("author"), "{name}: author");
        let want = if name.starts_with("transcript_") {
            Format::Transcript
        } else {
            Format::Text
        };
        assert_eq!(a.format, want, "{name}: format");
    }
}

#[test]
fn escape_sequences_are_made_visible() {
    let a = fixture("escape-sequences.txt").expect("loads");
    assert_clean_body("escape-sequences.txt", &a.body);
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Terminal \u{241b}[31mred\u{241b}[0m title\u{2407}")
    );
    assert_eq!(
        a.body,
        "Clear screen: \u{241b}[2J\u{241b}[H and a bell\u{2407} inside a sentence.\n\n\
         An OSC 52 clipboard write \u{241b}]52;c;ZXZpbA==\u{2407} and a C1 CSI \u{fffd}31m here.\n\n\
         Tab separated and DEL\u{2421} and backspace\u{2408} too."
    );
}

#[test]
fn invalid_utf8_names_the_file_and_offset() {
    let path = fixture_path("invalid-utf8.txt");
    match load_path(&path, None) {
        Err(LoadError::InvalidUtf8 { path: p, offset }) => {
            assert_eq!(p, path);
            assert_eq!(offset, 47);
        }
        other => panic!("expected InvalidUtf8, got {other:?}"),
    }
    let message = load_path(&path, None).map(|_| ()).unwrap_err().to_string();
    assert!(message.contains("invalid-utf8.txt"), "{message}");
    assert!(message.contains("offset 47"), "{message}");
}

#[test]
fn binary_empty_and_header_only_files_are_refused() {
    assert!(matches!(
        fixture("binary.png"),
        Err(LoadError::Binary { .. })
    ));
    assert!(matches!(fixture("empty.txt"), Err(LoadError::Empty { .. })));
    assert!(matches!(
        fixture("whitespace-only.txt"),
        Err(LoadError::Empty { .. })
    ));
    assert!(matches!(
        fixture("header-only.txt"),
        Err(LoadError::Empty { .. })
    ));
    let message = fixture("binary.png").map(|_| ()).unwrap_err().to_string();
    assert!(message.contains("binary.png"), "{message}");
}

#[test]
fn an_oversized_file_is_refused_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.txt");
    let line = "The council said 40 homes flooded. ".repeat(1024);
    let mut text = String::with_capacity(MAX_ARTICLE_BYTES + line.len());
    while text.len() <= MAX_ARTICLE_BYTES {
        text.push_str(&line);
    }
    std::fs::write(&path, &text).expect("write");
    let err = load_path(&path, None).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("huge.txt"), "{err}");
    assert!(matches!(
        load_bytes(text.as_bytes(), &path, None),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let err = load_path(Path::new("/nonexistent/story.txt"), None).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }));
    assert!(err.to_string().starts_with("/nonexistent/story.txt: "));
}

#[test]
fn bom_and_crlf_give_the_same_article_as_lf() {
    let crlf = fixture("bom-crlf.txt").expect("loads");
    let lf = fixture("bom-crlf-lf-twin.txt").expect("loads");
    assert_eq!(
        crlf.body,
        "First paragraph line one.\nLine two.\n\nSecond paragraph."
    );
    assert_eq!(crlf.body, lf.body);
    assert_eq!(crlf.meta.title.as_deref(), Some("BOM and CRLF"));
    assert_eq!(crlf.meta.date.as_deref(), Some("2026-02-21"));
    // The source falls back to each file's own path, so compare with the path removed.
    let mut crlf_meta = crlf.clone();
    crlf_meta.meta.source = lf.meta.source.clone();
    assert_eq!(crlf_meta.content_hash(), lf.content_hash());
}

#[test]
fn lone_carriage_returns_are_line_breaks() {
    let a = fixture("lone-cr.txt").expect("loads");
    assert_eq!(a.meta.title.as_deref(), Some("Old Mac endings"));
    assert_eq!(a.body, "One.\nTwo.\n\nThree.");
}

#[test]
fn no_break_space_and_word_joiner_are_kept() {
    let a = fixture("nbsp-wordjoiner.txt").expect("loads");
    assert_eq!(a.meta.title.as_deref(), Some("COVID-\u{2060}19 update"));
    assert_eq!(
        a.body,
        "Q2 GDP\u{a0}Data shows 6.5\u{a0}percent growth.  How are we?\u{a0} Good."
    );
}

#[test]
fn hostile_html_gives_its_text_and_nothing_else() {
    let a = fixture("hostile.html").expect("loads");
    assert_eq!(a.format, Format::Html);
    assert_clean_body("hostile.html", &a.body);
    // `&#x9b;` is read as U+203A, as HTML maps numeric references in 0x80-0x9F through
    // windows-1252; `&#0;` becomes U+FFFD.
    // The article's <h1> is a better title than the tab title.
    assert_eq!(a.meta.title.as_deref(), Some("Real “headline”"));
    assert_eq!(
        a.body,
        "Real “headline”\n\n\
         Escape \u{241b}[31m in an entity and \u{203a} C1 and a NUL \u{fffd} here.\n\n\
         Unclosed paragraph with bold misnested italics text\n\n\
         cell one | cell two\n\n\
         After a huge attribute.\n\n\
         Last words"
    );
}

#[test]
fn megabytes_of_divs_and_deep_nesting_load() {
    // 1 MB here to keep the debug test suite quick; `benches/article_load.rs` times 10 MB.
    let unclosed = format!("<p>start</p>{}<p>end</p>", "<div>".repeat(200_000));
    let a = load_bytes(unclosed.as_bytes(), Path::new("divs.html"), None).expect("loads");
    assert_eq!(a.body, "start\n\nend");
    let depth = 10_000;
    let nested = format!(
        "{}<p>deep</p>{}",
        "<section><div>".repeat(depth),
        "</div></section>".repeat(depth)
    );
    let a = load_bytes(nested.as_bytes(), Path::new("deep.html"), None).expect("loads");
    assert_eq!(a.body, "deep");
}

#[test]
fn a_huge_single_line_loads_whole() {
    let line = "word ".repeat(1_000_000);
    let text = format!("title: Huge\n\n{line}\n");
    let a = load_bytes(text.as_bytes(), Path::new("huge.txt"), None).expect("loads");
    assert_eq!(a.body.len(), line.trim_end().len());
    let md = load_bytes(text.as_bytes(), Path::new("huge.md"), None).expect("loads");
    assert_eq!(md.body.len(), line.trim_end().len());
}

#[test]
fn hostile_markdown_does_not_break_the_loader() {
    let quotes = format!("{} quoted", ">".repeat(10_000));
    let a = load_bytes(quotes.as_bytes(), Path::new("q.md"), None).expect("loads");
    assert_eq!(a.body, "quoted");
    let lists = format!("{}item", "- ".repeat(5_000));
    let a = load_bytes(lists.as_bytes(), Path::new("l.md"), None).expect("loads");
    assert!(
        a.body.ends_with("item"),
        "{}",
        &a.body[a.body.len().saturating_sub(40)..]
    );
    let html = format!("<div>\n{}inside\n\ntail", "<div>".repeat(100_000));
    let a = load_bytes(html.as_bytes(), Path::new("h.md"), None).expect("loads");
    assert!(a.body.contains("inside"));
}

#[test]
fn format_argument_overrides_detection() {
    let path = manifest_dir().join("sample_articles/2026-04-08-port-authority-briefing.txt");
    let text = load_path(&path, Some(Format::Text)).expect("loads");
    assert_eq!(text.format, Format::Text);
    let transcript = load_path(&path, None).expect("loads");
    assert_eq!(transcript.format, Format::Transcript);
    assert_eq!(words(&text.body), words(&transcript.body));

    let html = manifest_dir().join("sample_articles/2026-01-19-hospital-wait-times.html");
    let as_text = load_path(&html, Some(Format::Text)).expect("loads");
    assert_eq!(as_text.format, Format::Text);
    assert!(as_text.body.contains("<script>"));
}

#[test]
fn article_paths_are_recognised_by_extension() {
    for yes in ["a.txt", "b.MD", "c.markdown", "d.html", "e.HTM"] {
        assert!(is_article_path(Path::new(yes)), "{yes}");
    }
    for no in ["a.png", "b.pdf", "README", ".gitattributes", "c.txt.bak"] {
        assert!(!is_article_path(Path::new(no)), "{no}");
    }
}

#[test]
fn reloading_gives_the_same_hash_and_an_edit_changes_it() {
    let path = manifest_dir().join("sample_articles/2026-03-14-harbor-flooding.txt");
    let a = load_path(&path, None).expect("loads");
    let b = load_path(&path, None).expect("loads");
    assert_eq!(a.content_hash(), b.content_hash());
    let raw = std::fs::read_to_string(&path).expect("read");
    let edited = raw.replace("at least 140 homes", "at least 150 homes");
    let c = load_bytes(edited.as_bytes(), &path, None).expect("loads");
    assert_ne!(a.content_hash(), c.content_hash());
}

#[test]
fn the_fallback_source_is_the_canonical_path() {
    let dir = manifest_dir().join("sample_articles");
    let direct = load_path(&dir.join("2023-05-30-moscow-drones.txt"), None).expect("loads");
    let roundabout = load_path(
        &dir.join("../sample_articles/./2023-05-30-moscow-drones.txt"),
        None,
    )
    .expect("loads");
    let canonical =
        std::fs::canonicalize(dir.join("2023-05-30-moscow-drones.txt")).expect("canonical path");
    assert_eq!(direct.meta.source, Some(canonical.display().to_string()));
    assert_eq!(direct.content_hash(), roundabout.content_hash());
}

/// The plain-text samples keep every word after their header.
#[test]
fn text_samples_keep_every_word() {
    for name in [
        "2026-03-14-harbor-flooding.txt",
        "2026-02-21-school-meals-crlf.txt",
        "2026-04-08-port-authority-briefing.txt",
        "2026-06-27-orsin-basin-drought.txt",
    ] {
        let a = sample(name);
        let raw = std::fs::read_to_string(manifest_dir().join("sample_articles").join(name))
            .expect("utf-8 sample")
            .replace("\r\n", "\n");
        let (_, rest) = raw.split_once("\n\n").expect("header");
        assert_eq!(words(rest), words(&a.body), "{name}");
    }
}

#[test]
fn utf16_with_a_byte_order_mark_loads() {
    let a = fixture("utf16le-bom.txt").expect("loads");
    assert_eq!(a.meta.title.as_deref(), Some("Saved by Notepad"));
    assert_eq!(a.meta.date.as_deref(), Some("2026-03-01"));
    assert_eq!(a.body, "A caf\u{e9} opened on Friday, the owner said.");
}
