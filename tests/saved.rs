//! Saved progress: compact, versioned, restored exactly, and never lost when unreadable.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod props;

use common::small;
use proptest::prelude::*;
use stepwise::domain::records::saved::{decode, encode};
use stepwise::domain::records::store::{load, save_merged, KeyValue, MemoryStore};
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};

const KEY: &str = "stepwise:test";

fn sample() -> Assessment {
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        target: Some(LevelId::new("m")),
        ..Assessment::default()
    };
    a.rate(CompetenceId::new("a.care.1"), 2);
    a.rate(CompetenceId::new("b.lead.1"), 0);
    a.set_area(stepwise::domain::framework::AreaId::new("perinatal"), true);
    a.set_note(
        CompetenceId::new("a.care.1"),
        "Audit \"March\" — see https://example.org/x?a=1&b=2\nline two".into(),
    );
    a
}

#[test]
fn saved_progress_is_compact_ids_and_codes() {
    let fw = small();
    let text = encode(&fw.meta, &sample());
    assert!(text.starts_with("{\"v\":1,\"fw\":\"test\",\"fv\":\"1\",\"cur\":\"a\",\"tgt\":\"m\",\"r\":{\"a.care.1\":2,\"b.lead.1\":0}"), "{text}");
    assert!(!text.contains("I give care"), "no copies of content");
}

#[test]
fn saved_progress_reads_back_exactly() {
    let fw = small();
    let a = sample();
    assert_eq!(decode(&encode(&fw.meta, &a), "test"), Ok(a));
    let empty = Assessment::default();
    assert_eq!(decode(&encode(&fw.meta, &empty), "test"), Ok(empty));
}

#[test]
fn the_persons_name_is_saved_with_the_assessment_and_left_out_when_empty() {
    let fw = small();
    let mut a = sample();
    assert!(
        !encode(&fw.meta, &a).contains("\"who\""),
        "no name, no member"
    );
    a.person = "Siân O'Neil \"Ward 3\" \u{202e}".into();
    let text = encode(&fw.meta, &a);
    assert!(text.contains("\"who\":\"Siân O'Neil"), "{text}");
    assert_eq!(decode(&text, "test"), Ok(a));
}

#[test]
fn progress_saved_before_names_were_kept_reads_with_no_name() {
    let a = decode(
        "{\"v\":1,\"fw\":\"test\",\"cur\":\"a\",\"r\":{\"a.care.1\":2}}",
        "test",
    )
    .expect("format 1 without a name reads");
    assert_eq!(a.person, "");
    assert_eq!(a.rating(&CompetenceId::new("a.care.1")), Some(2));
}

#[test]
fn the_day_of_each_rating_is_saved_beside_it_and_older_progress_reads_with_none() {
    let fw = small();
    let mut a = sample();
    a.rate_on(CompetenceId::new("a.care.2"), 3, "2026-12-05".into());
    let text = encode(&fw.meta, &a);
    assert!(
        text.contains("\"d\":{\"a.care.2\":\"2026-12-05\"}"),
        "{text}"
    );
    let back = decode(&text, "test").unwrap();
    assert_eq!(back, a);
    assert_eq!(
        back.rated_on(&CompetenceId::new("a.care.2")),
        Some("2026-12-05")
    );
    // Rated again on a day not known (an import): the old day does not stay beside it.
    let mut again = back.clone();
    again.rate(CompetenceId::new("a.care.2"), 1);
    assert_eq!(again.rated_on(&CompetenceId::new("a.care.2")), None);
    // Progress saved before days were kept has none; a day without its rating dates nothing.
    let older = r#"{"v":1,"fw":"test","r":{"a.care.1":2}}"#;
    assert!(decode(older, "test").unwrap().rated_on.is_empty());
    let stray = r#"{"v":1,"fw":"test","r":{"a.care.1":2},"d":{"gone.1":"2026-12-01"}}"#;
    assert_eq!(
        decode(stray, "test")
            .unwrap()
            .rated_on(&CompetenceId::new("gone.1")),
        None
    );
    // A day that is not text names the competence.
    let bad = r#"{"v":1,"fw":"test","r":{"a.care.1":2},"d":{"a.care.1":5}}"#;
    assert!(matches!(
        decode(bad, "test"),
        Err(Error::SavedDataUnreadable { reason }) if reason.contains("the day of the rating of \"a.care.1\" is not text")
    ));
}

#[test]
fn unreadable_saved_data_gives_a_reason() {
    for (text, needle) in [
        ("not json", "not valid JSON"),
        ("[1,2]", "not a saved assessment"),
        ("{\"fw\":\"test\"}", "no format number"),
        ("{\"v\":0,\"fw\":\"test\"}", "unknown format 0"),
        (
            "{\"v\":1,\"fw\":\"test\",\"r\":{\"a.care.1\":\"high\"}}",
            "a.care.1",
        ),
        (
            "{\"v\":1,\"fw\":\"test\",\"r\":{\"a.care.1\":300}}",
            "a.care.1",
        ),
        ("{\"v\":1,\"fw\":\"test\",\"n\":{\"a.care.1\":5}}", "note"),
        ("{\"v\":1,\"fw\":\"test\",\"cur\":5}", "cur"),
        ("{\"v\":1,\"fw\":\"test\",\"who\":[\"Jo\"]}", "the name"),
    ] {
        match decode(text, "test") {
            Err(Error::SavedDataUnreadable { reason }) => {
                assert!(reason.contains(needle), "{text}: {reason}")
            }
            other => panic!("{text}: {other:?}"),
        }
    }
}

#[test]
fn a_newer_format_or_another_framework_is_refused() {
    assert_eq!(
        decode("{\"v\":2,\"fw\":\"test\"}", "test"),
        Err(Error::SavedDataTooNew { found: 2 })
    );
    assert_eq!(
        decode("{\"v\":1,\"fw\":\"other\"}", "test"),
        Err(Error::SavedDataOtherFramework {
            found: "other".into()
        })
    );
}

#[test]
fn loading_with_nothing_saved_starts_fresh_and_can_save() {
    let fw = small();
    let store = MemoryStore::default();
    let loaded = load(&store, KEY, &fw, 1);
    assert_eq!(loaded.assessment, Assessment::default());
    assert!(loaded.can_save && loaded.problem.is_none());
}

#[test]
fn saving_then_loading_restores_everything() {
    let fw = small();
    let store = MemoryStore::default();
    save_merged(&store, KEY, &fw.meta, None, &sample()).unwrap();
    let loaded = load(&store, KEY, &fw, 1);
    assert_eq!(loaded.assessment, sample());
    assert_eq!(loaded.problem, None);
}

#[test]
fn unreadable_saved_data_is_kept_aside_unchanged_and_reported() {
    let fw = small();
    let store = MemoryStore::default();
    store.set(KEY, "{garbled").unwrap();
    let loaded = load(&store, KEY, &fw, 1234);
    assert!(matches!(
        loaded.problem,
        Some(Error::SavedDataUnreadable { .. })
    ));
    assert_eq!(
        loaded.kept_aside.as_deref(),
        Some("stepwise:test:unreadable:1234")
    );
    assert!(loaded.can_save);
    assert_eq!(
        store
            .get("stepwise:test:unreadable:1234")
            .unwrap()
            .as_deref(),
        Some("{garbled")
    );
    // The next save writes the main key; the kept copy is untouched.
    save_merged(&store, KEY, &fw.meta, None, &sample()).unwrap();
    assert_eq!(
        store
            .get("stepwise:test:unreadable:1234")
            .unwrap()
            .as_deref(),
        Some("{garbled")
    );
}

/// A store that reads but refuses every write, as a full quota does.
struct Full(MemoryStore);

impl KeyValue for Full {
    fn get(&self, key: &str) -> Result<Option<String>, Error> {
        self.0.get(key)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), Error> {
        Err(Error::StorageRefused)
    }
}

#[test]
fn if_unreadable_data_cannot_be_kept_aside_nothing_is_written_over_it() {
    let fw = small();
    let inner = MemoryStore::default();
    inner.set(KEY, "{garbled").unwrap();
    let loaded = load(&Full(inner), KEY, &fw, 1);
    assert!(!loaded.can_save, "saving would overwrite the only copy");
    assert!(loaded.problem.is_some());
}

#[test]
fn storage_that_cannot_be_used_is_reported_and_the_app_works_in_memory() {
    let fw = small();
    let store = MemoryStore {
        failure: Some(Error::StorageUnavailable),
        ..MemoryStore::default()
    };
    let loaded = load(&store, KEY, &fw, 1);
    assert_eq!(loaded.problem, Some(Error::StorageUnavailable));
    assert!(!loaded.can_save);
    assert_eq!(
        save_merged(&store, KEY, &fw.meta, None, &sample()).map(|_| ()),
        Err(Error::StorageUnavailable)
    );
}

/// SCORM 1.2 keeps at most 4,096 characters of resume data.
const SCORM_12_LIMIT: usize = 4096;

#[test]
fn a_full_assessment_of_the_largest_framework_fits_scorm_12_resume_data() {
    use stepwise::domain::records::saved::encode_within;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/mhn.toml")).unwrap();
    let fw = stepwise::domain::framework::content::parse(&text).unwrap();
    // Every competence of every level rated, every area chosen: the most there can be.
    let mut a = Assessment {
        current: fw.levels.first().map(|l| l.id.clone()),
        target: fw.levels.last().map(|l| l.id.clone()),
        ..Assessment::default()
    };
    for c in &fw.competences {
        a.rate(c.id.clone(), 4);
    }
    for area in &fw.areas {
        a.set_area(area.id.clone(), true);
    }
    let (encoded, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    println!(
        "resume data for all {} competences of {} rated: {} of {SCORM_12_LIMIT} characters",
        fw.competences.len(),
        fw.meta.title,
        encoded.chars().count()
    );
    assert!(left_out.is_empty(), "nothing left out");
    assert_eq!(decode(&encoded, &fw.meta.id).unwrap(), a);
}

#[test]
fn resume_data_that_would_not_fit_drops_days_then_notes_then_the_plan_then_the_name_and_says_so() {
    use stepwise::domain::assessment::{PlanAction, PlanItem, PlanStatus};
    use stepwise::domain::records::saved::{encode_within, LeftOut};
    let fw = small();
    let mut a = sample();
    // The days ratings were made go first of all.
    for i in 0..200 {
        a.rate_on(CompetenceId::new(format!("c.{i}")), 1, "2026-12-03".into());
    }
    let (text, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    assert_eq!(left_out, vec![LeftOut::Days]);
    let back = decode(&text, "test").unwrap();
    assert_eq!(back.ratings, a.ratings);
    assert!(back.rated_on.is_empty());
    assert_eq!(
        back.notes, a.notes,
        "notes are kept while days alone make room"
    );
    let mut a = sample();
    a.set_note(CompetenceId::new("a.care.2"), "x".repeat(5000));
    let (text, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    assert_eq!(left_out, vec![LeftOut::Notes]);
    let back = decode(&text, "test").unwrap();
    assert_eq!(back.ratings, a.ratings, "ratings are never dropped");
    assert!(back.notes.is_empty());

    a.plan = (0..200)
        .map(|i| PlanItem {
            action: PlanAction::Own(format!("A long action of my own, number {i}")),
            due: "2027-01-01".into(),
            status: PlanStatus::NotStarted,
        })
        .collect();
    let (_, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    assert_eq!(left_out, vec![LeftOut::Notes, LeftOut::Plan]);

    // A name too long for what is left goes last of all, and is named.
    a.person = "Jo ".repeat(2000);
    let (text, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    assert_eq!(left_out, vec![LeftOut::Notes, LeftOut::Plan, LeftOut::Name]);
    assert_eq!(decode(&text, "test").unwrap().ratings, a.ratings);
    a.person = "Jo Bloggs".into();
    a.plan.clear();
    let (text, left_out) = encode_within(&fw.meta, &a, SCORM_12_LIMIT).unwrap();
    assert_eq!(left_out, vec![LeftOut::Notes]);
    assert_eq!(
        decode(&text, "test").unwrap().person,
        "Jo Bloggs",
        "a short name is kept"
    );

    // Ratings alone too long: an error, never a silent cut.
    let mut many = Assessment::default();
    for i in 0..1000 {
        many.rate(CompetenceId::new(format!("competence.number.{i}")), 2);
    }
    assert!(matches!(
        encode_within(&fw.meta, &many, SCORM_12_LIMIT),
        Err(Error::ResumeTooLong { limit: 4096, .. })
    ));
}

/// Whether saved progress shows the person has begun decides whether a visit can open with
/// the framework's outline: areas alone, or an empty save, do not count; a role, a rating
/// or a note does, read back from what was saved.
#[test]
fn progress_has_begun_once_a_role_a_rating_or_a_note_is_saved() {
    let fw = small();
    let begun = |a: &Assessment| decode(&encode(&fw.meta, a), "test").unwrap().has_begun();
    let mut a = Assessment::default();
    assert!(!begun(&a));
    a.set_area(stepwise::domain::framework::AreaId::new("perinatal"), true);
    assert!(!begun(&a), "areas alone");
    let mut noted = a.clone();
    noted.set_note(CompetenceId::new("a.care.1"), "seen".into());
    assert!(begun(&noted));
    let mut rated = a.clone();
    rated.rate(CompetenceId::new("a.care.1"), 0);
    assert!(begun(&rated));
    a.current = Some(LevelId::new("a"));
    assert!(begun(&a));
}

/// Saved data naming a level the framework no longer has, and ratings off its scale: the
/// whole of what was saved is kept aside, the problem names what was set aside, and the
/// usable rest is loaded.
#[test]
fn a_lost_level_or_a_rating_off_the_scale_is_set_aside_named_and_the_rest_loaded() {
    let fw = small();
    let store = MemoryStore::default();
    let text = r#"{"v":1,"fw":"test","fv":"1","cur":"l99","tgt":"m","r":{"a.care.1":2,"a.care.2":99,"b.lead.1":255}}"#;
    store.set(KEY, text).unwrap();
    let loaded = load(&store, KEY, &fw, 77);
    assert_eq!(loaded.assessment.current, None);
    assert_eq!(loaded.assessment.target, Some(LevelId::new("m")));
    assert_eq!(
        loaded.assessment.ratings.into_iter().collect::<Vec<_>>(),
        vec![(CompetenceId::new("a.care.1"), 2)]
    );
    let problem = loaded.problem.expect("the person is told");
    let said = problem.to_string();
    for needle in ["l99", "99", "255", "a.care.2", "b.lead.1"] {
        assert!(said.contains(needle), "{needle}: {said}");
    }
    assert!(!problem.advice().is_empty());
    assert_eq!(
        loaded.kept_aside.as_deref(),
        Some("stepwise:test:unusable:77")
    );
    assert_eq!(
        store.get("stepwise:test:unusable:77").unwrap().as_deref(),
        Some(text),
        "kept aside unchanged"
    );
    assert!(loaded.can_save);
}

#[test]
fn a_level_hidden_by_the_page_is_not_set_aside() {
    let fw = small().restrict(&[LevelId::new("a")]);
    let store = MemoryStore::default();
    store
        .set(KEY, r#"{"v":1,"fw":"test","fv":"1","cur":"m","r":{}}"#)
        .unwrap();
    let loaded = load(&store, KEY, &fw, 1);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.assessment.current, Some(LevelId::new("m")));
}

#[test]
fn partly_unusable_data_that_cannot_be_kept_aside_is_not_written_over() {
    let fw = small();
    let inner = MemoryStore::default();
    inner
        .set(KEY, r#"{"v":1,"fw":"test","fv":"1","cur":"l99","r":{}}"#)
        .unwrap();
    let loaded = load(&Full(inner), KEY, &fw, 1);
    assert!(!loaded.can_save);
    assert!(loaded.kept_aside.is_none());
    let problem = loaded.problem.expect("the person is told");
    assert!(problem.to_string().contains("l99"), "{problem}");
    assert!(
        problem.advice().contains("left in place"),
        "{}",
        problem.advice()
    );
}

/// When unreadable data cannot be copied aside, the message must not claim it was.
#[test]
fn unreadable_data_that_cannot_be_kept_aside_is_said_to_be_left_in_place() {
    let fw = small();
    let inner = MemoryStore::default();
    inner.set(KEY, "{garbled").unwrap();
    let loaded = load(&Full(inner), KEY, &fw, 1);
    let problem = loaded.problem.expect("the person is told");
    let advice = problem.advice();
    assert!(!advice.contains("kept aside"), "{advice}");
    assert!(advice.contains("left in place"), "{advice}");
    assert!(advice.contains("nothing will be saved"), "{advice}");
    assert!(
        problem.to_string().contains("could not be read"),
        "{problem}"
    );
}

proptest! {
    #![proptest_config(props::config())]

    #[test]
    fn any_assessment_is_saved_and_read_back_exactly(
        a in props::assessment(small().competences.iter().map(|c| c.id.clone()).collect())
    ) {
        let fw = small();
        prop_assert_eq!(decode(&encode(&fw.meta, &a), "test"), Ok(a));
    }

    /// Whatever is in storage, loading never panics, and anything it cannot use whole is
    /// kept aside exactly as it was.
    #[test]
    fn loading_mangled_saved_data_never_panics_and_never_loses_it(
        text in props::mangled(encode(&small().meta, &sample()))
    ) {
        let fw = small();
        let store = MemoryStore::default();
        store.set(KEY, &text).unwrap();
        let loaded = load(&store, KEY, &fw, 5);
        if loaded.problem.is_some() {
            let aside = loaded.kept_aside.expect("kept aside when there is a problem");
            prop_assert_eq!(store.get(&aside).unwrap(), Some(text));
        }
    }
}
