//! The embedded check-worthiness model on news prose, through the public extraction API.

use factdesk::extract::{self, Kind, Options, kind, score};

#[test]
fn embedded_model_keeps_meta_text_below_the_threshold() {
    for text in [
        "This is a breaking news story.",
        "Check back for more updates.",
        "Click here to sign up for our newsletter.",
        "By Jane Doe and John Roe, Associated Press",
        "Russian investigators collect parts of a drone in Moscow on Tuesday. AP",
        "\u{201c}I ask people to remain calm,\u{201d} he added.",
        "What happens next?",
    ] {
        let s = score::score(text);
        assert!(s.value < 0.5, "{text}: {s:?}");
    }
}

#[test]
fn numeric_attributed_news_claims_are_claims() {
    for text in [
        "The Russian defense ministry said in a statement that eight \u{201c}aircraft-type\u{201d} \
         unmanned aerial vehicles were involved in the alleged attack on Moscow.",
        "Unemployment fell to 3.4 percent in January, the Labor Department said.",
        "The city council approved a $40 million budget for road repairs on Monday.",
    ] {
        let s = score::score(text);
        assert!(s.value >= 0.5, "{text}: {s:?}");
        assert!(!s.reasons.is_empty(), "{text}: {s:?}");
    }
}

#[test]
fn extraction_marks_claims_with_kinds_and_meta_as_not_a_claim() {
    let body = "The ministry said eight drones were shot down over the region on Tuesday.\n\n\
                This is a breaking news story. Check back for more updates.";
    let sentences = extract::extract(body, &Options::default());
    let claims: Vec<_> = sentences.iter().filter(|s| s.claim).collect();
    assert_eq!(claims.len(), 1, "{sentences:?}");
    assert_eq!(claims[0].kind, Kind::Quantity);
    assert_eq!(
        kind::classify(&body[claims[0].start..claims[0].end]),
        Kind::Quantity
    );
    for s in sentences.iter().filter(|s| !s.claim) {
        assert_eq!(s.kind, Kind::NotAClaim);
        assert!(s.reasons.iter().any(|r| r.starts_with("meta:")), "{s:?}");
    }
}

#[test]
fn scoring_is_deterministic() {
    let text = "Sobyanin said two people sought medical attention.";
    assert_eq!(score::score(text), score::score(text));
}
