//! The small sorted collections behave like the standard library's, which they replace.

mod common;
use common::Rng;
use std::collections::{BTreeMap, BTreeSet};
use stepwise::domain::sorted::{sort_by, sort_by_key, SortedMap, SortedSet};

#[test]
fn sorted_map_matches_btree_map_over_random_operations() {
    let mut rng = Rng(7);
    let mut ours = SortedMap::new();
    let mut theirs = BTreeMap::new();
    for _ in 0..5_000 {
        let key = rng.below(200);
        match rng.below(3) {
            0 | 1 => assert_eq!(ours.insert(key, rng.0), theirs.insert(key, rng.0)),
            _ => assert_eq!(ours.remove(&key), theirs.remove(&key)),
        }
        assert_eq!(ours.get(&key), theirs.get(&key));
    }
    assert_eq!(ours.len(), theirs.len());
    assert!(ours.iter().eq(theirs.iter()), "same entries, in key order");
}

#[test]
fn sorted_set_keeps_one_of_each_in_order() {
    let mut rng = Rng(11);
    let mut ours = SortedSet::new();
    let mut theirs = BTreeSet::new();
    for _ in 0..5_000 {
        let key = rng.below(300);
        if rng.below(4) == 0 {
            assert_eq!(ours.remove(&key), theirs.remove(&key));
        } else {
            assert_eq!(ours.insert(key), theirs.insert(key));
        }
        assert_eq!(ours.contains(&key), theirs.contains(&key));
    }
    assert!(ours.iter().eq(theirs.iter()));
}

#[test]
fn sort_is_stable_and_agrees_with_the_standard_sort() {
    let mut rng = Rng(3);
    for len in [0, 1, 2, 3, 10, 257] {
        let items: Vec<(usize, usize)> = (0..len).map(|i| (rng.below(5), i)).collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |&(key, _)| key);
        let mut theirs = items.clone();
        theirs.sort_by_key(|&(key, _)| key);
        assert_eq!(ours, theirs, "equal keys keep their order ({len} items)");
        let mut reversed = items;
        sort_by(&mut reversed, |a, b| b.cmp(a));
        assert!(reversed.windows(2).all(|w| w[0] >= w[1]));
    }
}
