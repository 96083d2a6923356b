//! The user's article end to end through `extract::extract`: every paragraph splits into its
//! sentences and the reported speech goes to the full names.

use factdesk::extract::{self, Options};

/// The article's body: the file without its inline ` date YYYY-MM-DD ` prefix (the article
/// loader strips it; this test does the same so it depends on extraction only).
fn body() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample_articles/2023-05-30-moscow-drones.txt"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rest = text
        .trim_start()
        .strip_prefix("date ")
        .expect("inline date prefix");
    let (date, body) = rest.split_once(' ').expect("date then body");
    assert_eq!(date, "2023-05-30");
    body.to_string()
}

const EXPECTED: [(&str, Option<&str>); 25] = [
    (
        "Moscow was attacked with drones Tuesday morning in a rare incident that caused damage to some buildings and forced residents to evacuate homes, local officials said.",
        Some("local officials"),
    ),
    (
        "Strikes on residential areas of the Russian capital would be the first since the Kremlin's invasion of Ukraine, a dramatic display of the ways in which the war is increasingly coming home.",
        None,
    ),
    (
        "They come weeks after an alleged drone attack on the Kremlin itself, and after days of deadly Russian bombardments against civilians in Kyiv.",
        None,
    ),
    (
        "The Russian defense ministry said in a statement that eight “aircraft-type” unmanned aerial vehicles were involved in the alleged attack on Moscow.",
        Some("Russian defense ministry"),
    ),
    (
        "All drones were destroyed, it added.",
        Some("Russian defense ministry"),
    ),
    (
        "Three were jammed and lost control, the ministry said, and the other five were shot down by the Pantsir-S anti-aircraft missile system in the Moscow region.",
        Some("Russian defense ministry"),
    ),
    (
        "The ministry blamed Ukraine for what it called a “terrorist attack.”",
        Some("Russian defense ministry"),
    ),
    ("Kyiv has not commented on the incident.", None),
    (
        "Moscow Mayor Sergei Sobyanin said that drone attacks had “caused minor damage to several buildings” in Moscow on Tuesday.",
        Some("Sergei Sobyanin"),
    ),
    (
        "In a series of posts on the Telegram messaging app, Sobyanin said two people “sought medical attention” and there were no serious injuries,",
        Some("Sergei Sobyanin"),
    ),
    (
        "He added that “for safety reasons” some residents were evacuated from some parts of the two affected buildings while emergency services were working on the scene.",
        Some("Sergei Sobyanin"),
    ),
    (
        "Andrei Vorobyov, governor of the Moscow region, said in a message on Telegram that “several drones” were shot down on approach to Moscow.",
        Some("Andrei Vorobyov"),
    ),
    (
        "Vorobyov said residents of some areas of the wider region could hear sounds of explosions Tuesday morning, adding that it’s the air defense systems working.",
        Some("Andrei Vorobyov"),
    ),
    (
        "“I ask people to remain calm,” he added.",
        Some("Andrei Vorobyov"),
    ),
    (
        "Russian authorities said an investigation had been launched into the drone attacks.",
        Some("Russian authorities"),
    ),
    (
        "Russian investigators collect parts of a drone that reportedly damaged an apartment building in Moscow on Tuesday.",
        None,
    ),
    ("AP", None),
    (
        "State news agency Tass reported that all airports in Moscow and the wider region are operating normally.",
        Some("Tass"),
    ),
    (
        "The agency also reported that a woman received a \"light shrapnel wound\" after her residential building in southwest Moscow was hit by a drone.",
        Some("Tass"),
    ),
    (
        "It comes four weeks after Russia said two drones targeted the Kremlin, in what it called an assassination attempt on President Vladimir Putin.",
        Some("Russia"),
    ),
    (
        "Moscow blamed Kyiv for that alleged incident as well, a charge Ukrainian officials denied.",
        Some("Moscow"),
    ),
    (
        "The war in Ukraine has been creeping further into Russia in recent months, with drone attacks on military installations and oil refineries inside the country.",
        None,
    ),
    (
        "Last week’s raid into the Belgorod region near the border left authorities scrambling to respond and exposed Russian defenses.",
        None,
    ),
    ("This is a breaking news story.", None),
    ("Check back for more updates.", None),
];

#[test]
fn the_seed_article_splits_into_its_sentences() {
    let body = body();
    let sentences = extract::extract(&body, &Options::default());
    let texts: Vec<&str> = sentences.iter().map(|s| &body[s.start..s.end]).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|(t, _)| *t).collect();
    assert_eq!(texts, expected);
}

#[test]
fn the_seed_article_attributes_its_speakers() {
    let body = body();
    let sentences = extract::extract(&body, &Options::default());
    assert_eq!(sentences.len(), EXPECTED.len());
    for (sentence, (text, speaker)) in sentences.iter().zip(EXPECTED) {
        assert_eq!(sentence.speaker.as_deref(), speaker, "speaker of {text:?}");
    }
}

#[test]
fn spans_cover_the_body_with_only_whitespace_between() {
    let body = body();
    let sentences = extract::extract(&body, &Options::default());
    let mut last = 0;
    for s in &sentences {
        assert!(body[last..s.start].chars().all(char::is_whitespace));
        last = s.end;
    }
    assert!(body[last..].chars().all(char::is_whitespace));
}
