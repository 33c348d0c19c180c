//! Supervisor review on the gap report: a kept review gives the confirmed view, and the
//! report says so; "Review someone's assessment" opens in place of the report, with focus on
//! its heading, and focus comes back to its button.

use super::appraisal::{button, focused, open_report};
use super::*;
use stepwise::domain::records::review::kept::{self, Kept};
use stepwise::domain::records::review::signed::{self, Item, Review, Reviewer};

fn kept_review(key: &str) {
    keep_reviews(key, &[("Sam Supervisor", "2026-12-03")]);
}

/// Reviews kept under `key`, oldest first: each by `(name, date)`, of one competence.
fn keep_reviews(key: &str, by: &[(&str, &str)]) {
    let all: Vec<Kept> = by
        .iter()
        .map(|&(name, date)| Kept {
            kept: format!("{date}T10:00:00.000Z"),
            file: signed::write(&review_by(name, date), &"11".repeat(64)),
        })
        .collect();
    local_storage()
        .set_item(&kept::key(key), &serde_json::to_string(&all).unwrap())
        .unwrap();
}

fn review_by(name: &str, date: &str) -> Review {
    Review {
        requested: "2026-12-01".into(),
        framework: "test".into(),
        framework_version: "1".into(),
        levels: vec![LevelId::new("a"), LevelId::new("b")],
        items: vec![Item {
            id: CompetenceId::new("b.care.1"),
            self_rating: None,
            supervisor: Some(0),
            confirmed: false,
            comment: "Not seen yet".into(),
        }],
        reviewer: Reviewer {
            name: name.into(),
            role: "Ward manager".into(),
            date: date.into(),
        },
        key: format!("04{}", "ab".repeat(64)),
        fingerprint: "cd".repeat(32),
        ..Review::default()
    }
}

#[wasm_bindgen_test]
async fn a_kept_review_gives_the_confirmed_view_and_the_report_says_so() {
    let key = "stepwise:test:reviewed";
    kept_review(key);
    let (root, _app) = mount_saving(key).await;
    open_report(&root).await;
    let shown = text(&root);
    assert!(
        shown.contains(
            "Uses the confirmed view: your supervisor Sam Supervisor's ratings of 2026-12-03"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("(your supervisor rated: New to me on 2026-12-03; you have not rated it)"),
        "the supervisor's rating makes a gap of what the person has not rated: {shown}"
    );
    assert!(shown.contains("Who confirmed what: Sam Supervisor (Ward manager), 2026-12-03"));
    local_storage().remove_item(&kept::key(key)).unwrap();
}

#[wasm_bindgen_test]
async fn earlier_reviews_are_kept_in_history_and_listed_under_the_latest() {
    let key = "stepwise:test:reviewed-twice";
    keep_reviews(
        key,
        &[
            ("Ann Earlier", "2026-06-01"),
            ("Sam Supervisor", "2026-12-03"),
        ],
    );
    let (root, _app) = mount_saving(key).await;
    open_report(&root).await;
    let shown = text(&root);
    assert!(
        shown.contains("Sam Supervisor's ratings of 2026-12-03"),
        "the latest is used: {shown}"
    );
    assert!(
        shown.contains("2 reviews are kept in this browser; the latest is used. Earlier reviews:"),
        "{shown}"
    );
    assert!(
        shown.contains("Ann Earlier (Ward manager), 2026-06-01: 1 of 1 competence confirmed or rated; kept on 2026-06-01."),
        "{shown}"
    );
    local_storage().remove_item(&kept::key(key)).unwrap();
}

#[wasm_bindgen_test]
async fn a_review_of_someone_else_kept_in_this_browser_is_named_and_not_used() {
    let key = "stepwise:test:reviewed-someone-else";
    let review = Review {
        person: "Jo Bloggs".into(),
        ..review_by("Sam Supervisor", "2026-12-03")
    };
    let all = vec![Kept {
        kept: "2026-12-03T10:00:00.000Z".into(),
        file: signed::write(&review, &"11".repeat(64)),
    }];
    local_storage()
        .set_item(&kept::key(key), &serde_json::to_string(&all).unwrap())
        .unwrap();
    // Started again on a shared computer: no name, and Jo's review must not stand for it.
    let (root, _app) = mount_saving(key).await;
    open_report(&root).await;
    let shown = text(&root);
    assert!(
        shown.contains(
            "No supervisor has reviewed this assessment yet. The report uses your own ratings."
        ),
        "{shown}"
    );
    assert!(!shown.contains("Uses the confirmed view"), "{shown}");
    assert!(
        shown.contains("This browser also keeps a review of Jo Bloggs, not used here because the name on this report is different."),
        "{shown}"
    );
    local_storage().remove_item(&kept::key(key)).unwrap();
}

#[wasm_bindgen_test]
async fn reviewing_someone_opens_in_place_of_the_report_and_comes_back() {
    let root = mount(started(), None).await;
    open_report(&root).await;
    assert!(text(&root).contains("No supervisor has reviewed this assessment yet."));
    button(&root, "Review someone's assessment")
        .expect("offered on the gap report")
        .click();
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("#report-heading").unwrap().is_none(),
        "the report is replaced"
    );
    assert_eq!(focused().map(|e| e.id()).as_deref(), Some("review-heading"));
    assert!(text(&root).contains("Open a review request (JSON)"));
    button(&root, "Back to your own gap report")
        .expect("a way back")
        .click();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    assert_eq!(
        focused().and_then(|e| e.text_content()).as_deref(),
        Some("Review someone's assessment")
    );
}
