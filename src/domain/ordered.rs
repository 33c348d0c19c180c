//! Building std's ordered maps and sets from iterators, without `collect()`.
//!
//! `collect()` into a `BTreeMap` or `BTreeSet` sorts the items first, with std's stable sort
//! compiled anew for every key and value type: 3 to 4 KB of WebAssembly each, measured with
//! `twiggy monos` (eleven of them made 45 KB of the rating page). `extend` inserts one item
//! at a time: the same O(n log n), and no extra code per type.

use std::collections::{BTreeMap, BTreeSet};

/// The map of `items`; a later item with the same key replaces an earlier one.
pub fn map<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// The set of `items`.
pub fn set<K: Ord>(items: impl IntoIterator<Item = K>) -> BTreeSet<K> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}
