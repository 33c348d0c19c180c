//! Two tabs, one assessment: combining the copy this tab holds with the copy another tab
//! saved, so that no rating made in either tab is lost.
//!
//! Each tab remembers the `base`: the assessment as it last read or wrote it. A change this
//! tab made since then is one where `mine` differs from `base`; everything else comes from
//! `theirs`, the copy in storage now. Ratings, notes and areas are merged one competence (or
//! area) at a time, so two people rating different competences in two tabs both keep their
//! work; when both tabs changed the same competence, this tab's change wins, because it is
//! the one the person is looking at. The chosen levels, the plan and the person's name each
//! merge whole.

use crate::domain::assessment::Assessment;
use crate::domain::ordered;
use std::collections::{BTreeMap, BTreeSet};

/// Combines `mine` (this tab) and `theirs` (storage now), both descended from `base`.
pub fn merge(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
    Assessment {
        current: pick(&base.current, &mine.current, &theirs.current),
        target: pick(&base.target, &mine.target, &theirs.target),
        ratings: merge_map(&base.ratings, &mine.ratings, &theirs.ratings),
        rated_on: merge_map(&base.rated_on, &mine.rated_on, &theirs.rated_on),
        notes: merge_map(&base.notes, &mine.notes, &theirs.notes),
        areas: merge_set(&base.areas, &mine.areas, &theirs.areas),
        plan: pick(&base.plan, &mine.plan, &theirs.plan),
        person: pick(&base.person, &mine.person, &theirs.person),
    }
}

/// This tab's value if it changed it since `base`, otherwise the other tab's.
fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    if mine != base {
        mine.clone()
    } else {
        theirs.clone()
    }
}

fn merge_map<K: Ord + Clone, V: Clone + PartialEq>(
    base: &BTreeMap<K, V>,
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    let keys = base.keys().chain(mine.keys()).chain(theirs.keys());
    ordered::map(keys.filter_map(|k| {
        let value = pick(&base.get(k), &mine.get(k), &theirs.get(k))?;
        Some((k.clone(), value.clone()))
    }))
}

fn merge_set<K: Ord + Clone>(
    base: &BTreeSet<K>,
    mine: &BTreeSet<K>,
    theirs: &BTreeSet<K>,
) -> BTreeSet<K> {
    let keys = base.iter().chain(mine).chain(theirs);
    ordered::set(
        keys.filter(|k| pick(&base.contains(*k), &mine.contains(*k), &theirs.contains(*k)))
            .cloned(),
    )
}
