//! Supervisor review by file: a request carries only the levels chosen and checks itself; a
//! review's signed bytes are fixed and change with any value; a reviewed file is checked
//! completely; the confirmed view and the side-by-side list keep both ratings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stepwise::domain::records::report::ReportInfo;
use stepwise::domain::records::review::kept::{self, Kept};
use stepwise::domain::records::review::request;
use stepwise::domain::records::review::signed::{self, Review};
use stepwise::domain::records::review::{hex, short_fingerprint, unhex};
use stepwise::domain::records::store::{KeyValue, MemoryStore};
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};

fn id(s: &str) -> CompetenceId {
    CompetenceId::new(s)
}

fn person() -> Assessment {
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        target: Some(LevelId::new("b")),
        person: "Jo Bloggs".into(),
        ..Assessment::default()
    };
    a.rate(id("a.care.1"), 2);
    a.rate(id("a.care.2"), 1);
    a.rate(id("b.care.1"), 3);
    a.rate(id("m.lead.1"), 0);
    a.set_note(id("a.care.1"), "Audit of handovers".into());
    a.set_note(id("m.lead.1"), "Not for review".into());
    a
}

fn info() -> ReportInfo {
    ReportInfo {
        person: "Jo Bloggs".into(),
        date: "2026-12-01".into(),
    }
}

fn requested() -> request::Request {
    let fw = common::small();
    let text = request::export(&fw, &person(), &info());
    match request::import(&text, &fw) {
        Ok(r) => r,
        Err(e) => panic!("the request should read: {e}"),
    }
}

/// A review with a fake key and fingerprint of the right shape: the signature itself is
/// made and checked by Web Crypto in the browser (the review journey).
fn reviewed() -> Review {
    let fw = common::small();
    let mut review = Review::draft(&requested(), &fw);
    review.confirm(0);
    review.rate(1, 2);
    review.items[1].comment = "Seen on the ward: competent".into();
    review.overall = "Good progress".into();
    review.actions = "Lead two handovers".into();
    review.next_review = "2027-06-01".into();
    review.reviewer.name = "Sam Supervisor".into();
    review.reviewer.role = "Ward manager".into();
    review.reviewer.date = "2026-12-03".into();
    review.key = format!("04{}", "ab".repeat(64));
    review.fingerprint = "cd".repeat(32);
    review
}

fn file(review: &Review) -> String {
    signed::write(review, &"11".repeat(64))
}

#[test]
fn a_request_carries_the_levels_chosen_only_and_reads_back() {
    let r = requested();
    assert_eq!(r.levels, vec![LevelId::new("a"), LevelId::new("b")]);
    assert_eq!(r.info, info());
    assert_eq!(r.assessment.rating(&id("a.care.1")), Some(2));
    assert_eq!(r.assessment.rating(&id("b.care.1")), Some(3));
    assert_eq!(r.assessment.rating(&id("m.lead.1")), None);
    assert_eq!(r.assessment.note(&id("m.lead.1")), "");
    assert_eq!(r.assessment.note(&id("a.care.1")), "Audit of handovers");
    assert_eq!(r.version_notice, None);
    // The days of ratings go only with the levels chosen, as the ratings do.
    let fw = common::small();
    let mut a = person();
    a.rate_on(id("a.care.2"), 1, "2026-12-02".into());
    a.rate_on(id("m.lead.1"), 0, "2026-11-30".into());
    let r = request::import(&request::export(&fw, &a, &info()), &fw).unwrap();
    assert_eq!(r.assessment.rated_on(&id("a.care.2")), Some("2026-12-02"));
    assert!(!r.assessment.rated_on.contains_key(&id("m.lead.1")));
}

#[test]
fn a_changed_request_or_one_for_another_framework_is_refused() {
    let fw = common::small();
    let text = request::export(&fw, &person(), &info());
    let changed = text.replace("\"a.care.1\":2", "\"a.care.1\":3");
    assert_ne!(changed, text);
    assert_eq!(request::import(&changed, &fw), Err(Error::ReportDamaged));
    let other = common::small_with("id = \"test\"", "id = \"other\"");
    let other = stepwise::domain::framework::content::parse(&other).expect("parses");
    assert!(matches!(
        request::import(&text, &other),
        Err(Error::ReportOtherFramework { .. })
    ));
    assert!(matches!(
        request::import("{\"kind\":\"stepwise-report\"}", &fw),
        Err(Error::ReportUnreadable { .. })
    ));
}

#[test]
fn a_request_of_an_older_framework_version_reads_with_a_notice() {
    let old = common::small_with("version = \"1\"", "version = \"0.9\"");
    let old = stepwise::domain::framework::content::parse(&old).expect("parses");
    let text = request::export(&old, &person(), &info());
    let fw = common::small();
    let r = request::import(&text, &fw).expect("reads");
    let notice = r.version_notice.clone().expect("a notice");
    assert!(notice.contains("version 0.9"), "{notice}");
    let review = Review::draft(&r, &fw);
    assert_eq!(review.framework_version, "1");
}

#[test]
fn a_draft_lists_each_competence_of_the_levels_with_the_persons_rating() {
    let review = Review::draft(&requested(), &common::small());
    let ids: Vec<&str> = review.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a.care.1",
            "a.care.2",
            "a.lead.1",
            "b.care.1",
            "b.lead.1",
            "b.learn.1"
        ]
    );
    assert_eq!(review.items[0].self_rating, Some(2));
    assert_eq!(review.items[2].self_rating, None);
    assert!(review.missing().contains(&"your name"));
    assert!(reviewed().missing().is_empty());
}

#[test]
fn the_signed_bytes_are_fixed_and_change_with_any_value() {
    let review = reviewed();
    let bytes = signed::signed_bytes(&review);
    assert_eq!(bytes, signed::signed_bytes(&review.clone()));
    assert!(bytes.starts_with("{\"person\":\"Jo Bloggs\",\"requested\":\"2026-12-01\""));
    let edits: [fn(&mut Review); 5] = [
        |r| r.items[1].supervisor = Some(3),
        |r| r.items[1].comment.push('!'),
        |r| r.reviewer.date = "2026-12-04".into(),
        |r| r.next_review = "2028-01-01".into(),
        |r| r.person = "Someone Else".into(),
    ];
    for edit in edits {
        let mut changed = review.clone();
        edit(&mut changed);
        assert_ne!(signed::signed_bytes(&changed), bytes);
    }
    // Reading the file back gives the same bytes, whatever its spacing.
    let fw = common::small();
    let read = signed::read(&file(&review), &fw).expect("reads");
    assert_eq!(read.bytes, bytes);
    let compact: serde_json::Value = serde_json::from_str(&file(&review)).expect("json");
    let read = signed::read(&compact.to_string(), &fw).expect("reads");
    assert_eq!(read.bytes, bytes);
    assert_eq!(read.key.len(), 65);
    assert_eq!(read.signature, vec![0x11; 64]);
}

#[test]
fn a_reviewed_file_is_checked_completely() {
    let fw = common::small();
    let text = file(&reviewed());
    assert!(signed::read(&text, &fw).is_ok());
    let refused = [
        text.replace(
            "\"kind\": \"stepwise-reviewed\"",
            "\"kind\": \"stepwise-report\"",
        ),
        text.replace("\"overall\":", "\"extra\": 1, \"overall\":"),
        text.replace("\"supervisor\": 2", "\"supervisor\": 9"),
        text.replace(&"11".repeat(64), "1111"),
        text.replace(&format!("04{}", "ab".repeat(64)), "04ab"),
        text.replace("ECDSA-P256-SHA256", "RSA"),
        text.replace("\"format\": 1", "\"format\": 2"),
        text.replace("Sam Supervisor", " "),
        String::from("not json"),
    ];
    for bad in refused {
        assert_ne!(bad, text);
        assert!(
            matches!(signed::read(&bad, &fw), Err(Error::ReportUnreadable { .. })),
            "should be refused: {bad}"
        );
    }
}

#[test]
fn a_review_for_someone_else_is_refused_plainly() {
    let review = reviewed();
    assert_eq!(signed::check_person(&review, " jo  BLOGGS "), Ok(()));
    let Err(e) = signed::check_person(&review, "Alex Other") else {
        panic!("another person's review should be refused");
    };
    assert!(
        e.to_string()
            .contains("a review for Jo Bloggs, not for Alex Other"),
        "{e}"
    );
    assert!(signed::check_person(&review, "").is_err());
}

#[test]
fn disagreements_come_first_and_a_later_self_rating_is_kept_beside_the_supervisors() {
    let review = reviewed();
    let mut now = person();
    now.rate(id("a.care.1"), 3);
    let rows = kept::side_by_side(&review, &now);
    assert_eq!(rows[0].item.id, id("a.care.2"));
    assert!(rows[0].item.disagrees());
    assert_eq!(rows[1].item.id, id("a.care.1"));
    assert!(rows[1].changed_since());
    assert_eq!(rows.len(), review.items.len());
    let view = kept::confirmed_view(&now, &review);
    assert_eq!(
        view.rating(&id("a.care.1")),
        Some(2),
        "the supervisor's confirmation stands"
    );
    assert_eq!(view.rating(&id("a.care.2")), Some(2));
    assert_eq!(
        view.rating(&id("b.care.1")),
        Some(3),
        "not reviewed: the person's own"
    );
    assert_eq!(
        now.rating(&id("a.care.1")),
        Some(3),
        "the person's own is kept"
    );
    let c = kept::confirmations(&review);
    assert_eq!(c.len(), 2);
    assert_eq!(c[&id("a.care.2")].by, "Sam Supervisor");
    assert_eq!(c[&id("a.care.2")].date, "2026-12-03");
    assert!(c[&id("a.care.1")].confirmed);
}

#[test]
fn a_self_rating_made_after_the_review_and_the_supervisors_are_both_kept_each_with_its_day() {
    let review = reviewed();
    let mut now = person();
    // Two days after the supervisor signed, the person rates a.care.2 higher than they did.
    now.rate_on(id("a.care.2"), 4, "2026-12-05".into());
    let view = kept::confirmed_view(&now, &review);
    assert_eq!(
        view.rating(&id("a.care.2")),
        Some(2),
        "the supervisor's stands"
    );
    assert_eq!(
        view.rated_on(&id("a.care.2")),
        Some("2026-12-03"),
        "dated the day the supervisor signed"
    );
    assert_eq!(
        now.rating(&id("a.care.2")),
        Some(4),
        "the person's own is kept"
    );
    assert_eq!(now.rated_on(&id("a.care.2")), Some("2026-12-05"));
    let row = kept::side_by_side(&review, &now)
        .into_iter()
        .find(|r| r.item.id == id("a.care.2"))
        .unwrap();
    assert!(row.changed_since());
    assert_eq!(row.now, Some(4));
    // A competence the supervisor did not give a rating keeps the person's own day.
    now.rate_on(id("b.care.1"), 1, "2026-12-06".into());
    let view = kept::confirmed_view(&now, &review);
    assert_eq!(view.rated_on(&id("b.care.1")), Some("2026-12-06"));
}

#[test]
fn kept_reviews_read_back_in_order() {
    let fw = common::small();
    let store = MemoryStore::default();
    let first = file(&reviewed());
    let mut later = reviewed();
    later.reviewer.date = "2027-06-01".into();
    for (t, f) in [
        ("2026-12-03T10:00", &first),
        ("2027-06-01T10:00", &file(&later)),
    ] {
        kept::add(
            &store,
            "stepwise:test",
            Kept {
                kept: t.into(),
                file: f.clone(),
            },
        )
        .expect("kept");
    }
    let all = kept::load(&store, "stepwise:test", &fw).expect("loads");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].1.reviewer.date, "2027-06-01");
    store
        .entries
        .borrow_mut()
        .insert("stepwise:test:reviews".into(), "{".into());
    assert!(kept::add(
        &store,
        "stepwise:test",
        Kept {
            kept: "t".into(),
            file: first
        }
    )
    .is_err());
}

#[test]
fn reviews_an_imported_report_carries_are_kept_once_after_those_kept() {
    let store = MemoryStore::default();
    let first = Kept {
        kept: "2026-06-01T10:00:00.000Z".into(),
        file: "first".into(),
    };
    let second = Kept {
        kept: "2026-12-03T10:00:00.000Z".into(),
        file: "second".into(),
    };
    kept::add(&store, "k", first.clone()).unwrap();
    assert_eq!(
        kept::add_new(&store, "k", vec![first.clone(), second.clone()]),
        Ok(1),
        "the review kept already is not kept twice"
    );
    let all: Vec<Kept> =
        serde_json::from_str(&store.get(&kept::key("k")).unwrap().unwrap()).unwrap();
    assert_eq!(all, vec![first, second.clone()]);
    assert_eq!(kept::add_new(&store, "k", vec![second]), Ok(0));
    // Kept reviews that do not read are not written over.
    store.set(&kept::key("k"), "not a list").unwrap();
    assert!(kept::add_new(&store, "k", Vec::new()).is_err());
    assert_eq!(
        store.get(&kept::key("k")).unwrap().as_deref(),
        Some("not a list")
    );
}

#[test]
fn only_the_reviews_of_the_person_named_stand_for_their_assessment() {
    let fw = common::small();
    let jo = reviewed();
    let mut ann = reviewed();
    ann.person = "Ann Other".into();
    let all: Vec<(Kept, Review)> = [&jo, &ann, &ann]
        .into_iter()
        .map(|r| {
            let k = Kept {
                kept: "2026-12-03T10:00:00.000Z".into(),
                file: file(r),
            };
            let read = signed::read(&k.file, &fw).unwrap().review;
            (k, read)
        })
        .collect();
    let (mine, others) = kept::for_person(all.clone(), "Jo Bloggs");
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].1.person, "Jo Bloggs");
    assert_eq!(
        others,
        vec!["Ann Other".to_string()],
        "each other name once"
    );
    // Started again, with no name: nobody's review stands for it.
    let (mine, others) = kept::for_person(all, "");
    assert!(mine.is_empty());
    assert_eq!(others.len(), 2);
}

#[test]
fn hex_and_fingerprints() {
    assert_eq!(hex(&[0, 15, 255]), "000fff");
    assert_eq!(unhex("000fFF"), Some(vec![0, 15, 255]));
    assert_eq!(unhex("0g"), None);
    assert_eq!(unhex("abc"), None);
    assert_eq!(
        short_fingerprint(&"3f2a91bc".repeat(8)),
        "3f2a 91bc 3f2a 91bc"
    );
}
