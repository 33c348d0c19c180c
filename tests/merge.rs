//! Two tabs rating the same framework: neither tab's work is lost.

mod common;

use common::{id, rated};

use stepwise::domain::assessment::merge::merge;
use stepwise::domain::framework::AreaId;
use stepwise::domain::{Assessment, LevelId};

#[test]
fn ratings_made_alternately_in_two_tabs_are_all_kept() {
    let base = rated(&[("a", 1)]);
    let mine = rated(&[("a", 1), ("b", 2)]);
    let theirs = rated(&[("a", 1), ("c", 3)]);
    assert_eq!(
        merge(&base, &mine, &theirs),
        rated(&[("a", 1), ("b", 2), ("c", 3)])
    );
}

#[test]
fn a_rating_changed_in_the_other_tab_is_taken_when_this_tab_left_it_alone() {
    let base = rated(&[("a", 1)]);
    let mine = base.clone();
    let theirs = rated(&[("a", 3)]);
    assert_eq!(merge(&base, &mine, &theirs).rating(&id("a")), Some(3));
}

#[test]
fn when_both_tabs_changed_one_competence_this_tabs_rating_wins() {
    let base = rated(&[("a", 1)]);
    let mine = rated(&[("a", 2)]);
    let theirs = rated(&[("a", 3)]);
    assert_eq!(merge(&base, &mine, &theirs).rating(&id("a")), Some(2));
}

#[test]
fn a_rating_cleared_in_one_tab_stays_cleared() {
    let base = rated(&[("a", 1), ("b", 1)]);
    let mut mine = base.clone();
    mine.clear_rating(&id("a"));
    let theirs = rated(&[("a", 1), ("b", 2)]);
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.rating(&id("a")), None);
    assert_eq!(merged.rating(&id("b")), Some(2));
}

#[test]
fn notes_areas_and_levels_merge_the_same_way() {
    let base = Assessment::default();
    let mut mine = base.clone();
    mine.set_note(id("a"), "mine".into());
    mine.set_area(AreaId::new("perinatal"), true);
    let mut theirs = base.clone();
    theirs.set_note(id("b"), "theirs".into());
    theirs.set_area(AreaId::new("crisis"), true);
    theirs.current = Some(LevelId::new("l5"));
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.note(&id("a")), "mine");
    assert_eq!(merged.note(&id("b")), "theirs");
    assert!(merged.areas.contains(&AreaId::new("perinatal")));
    assert!(merged.areas.contains(&AreaId::new("crisis")));
    assert_eq!(merged.current, Some(LevelId::new("l5")));
}

mod two_tabs {
    use super::common;
    use common::{id, rated};
    use stepwise::domain::framework::content::parse;
    use stepwise::domain::records::store::{save_merged, MemoryStore};
    use stepwise::domain::Assessment;

    /// One browser tab: what it shows, and what it last read or wrote.
    struct Tab {
        shown: Assessment,
        base: Option<Assessment>,
    }

    impl Tab {
        fn rate(&mut self, store: &MemoryStore, competence: &str, value: u8) {
            let meta = parse(common::SMALL)
                .expect("the test framework parses")
                .meta;
            self.shown.rate(id(competence), value);
            let saved = save_merged(
                store,
                "stepwise:test",
                &meta,
                self.base.as_ref(),
                &self.shown,
            )
            .expect("a memory store takes anything");
            self.shown = saved.clone();
            self.base = Some(saved);
        }
    }

    #[test]
    fn rating_alternately_in_two_tabs_keeps_every_rating_in_storage_and_on_screen() {
        let store = MemoryStore::default();
        // Both tabs opened before either rated anything: each loaded an empty assessment.
        let opened = || Tab {
            shown: Assessment::default(),
            base: Some(Assessment::default()),
        };
        let (mut left, mut right) = (opened(), opened());
        left.rate(&store, "a.care.1", 1);
        right.rate(&store, "a.care.2", 2);
        left.rate(&store, "a.care.3", 3);
        right.rate(&store, "b.care.1", 2);
        let all = rated(&[
            ("a.care.1", 1),
            ("a.care.2", 2),
            ("a.care.3", 3),
            ("b.care.1", 2),
        ]);
        let meta = parse(common::SMALL)
            .expect("the test framework parses")
            .meta;
        let kept = stepwise::domain::records::saved::decode(
            &store.entries.borrow()["stepwise:test"],
            &meta.id,
        )
        .expect("what was saved reads back");
        assert_eq!(kept, all, "storage holds both tabs' ratings");
        assert_eq!(
            right.shown, all,
            "the tab that saved last shows the other's ratings too"
        );
    }
}

#[test]
fn the_name_typed_in_one_tab_is_kept_and_this_tabs_wins_when_both_changed_it() {
    let base = rated(&[("a", 1)]);
    let mut theirs = rated(&[("a", 1), ("b", 2)]);
    theirs.person = "Jo Bloggs".into();
    let mine = rated(&[("a", 1), ("c", 3)]);
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.person, "Jo Bloggs", "the other tab's name is taken");
    assert_eq!(merged.rating(&id("c")), Some(3));

    let mut mine = mine;
    mine.person = "Jo B.".into();
    assert_eq!(merge(&base, &mine, &theirs).person, "Jo B.");
}

#[test]
fn the_day_of_a_rating_goes_with_the_rating_the_merge_keeps() {
    let mut base = Assessment::default();
    base.rate_on(id("a"), 1, "2026-12-01".into());
    let mut mine = base.clone();
    mine.rate_on(id("b"), 2, "2026-12-03".into());
    let mut theirs = base.clone();
    theirs.rate_on(id("a"), 3, "2026-12-02".into());
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.rating(&id("a")), Some(3));
    assert_eq!(merged.rated_on(&id("a")), Some("2026-12-02"));
    assert_eq!(merged.rated_on(&id("b")), Some("2026-12-03"));
}
