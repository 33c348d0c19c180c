//! Two tabs rating the same framework: neither tab's work is lost.

use stepwise::domain::assessment::merge::merge;
use stepwise::domain::framework::AreaId;
use stepwise::domain::{Assessment, CompetenceId, LevelId};

fn id(s: &str) -> CompetenceId {
    CompetenceId::new(s)
}

fn rated(pairs: &[(&str, u8)]) -> Assessment {
    let mut a = Assessment::default();
    for (c, v) in pairs {
        a.rate(id(c), *v);
    }
    a
}

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
