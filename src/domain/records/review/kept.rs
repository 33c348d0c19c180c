//! Reviews the person has kept, and the confirmed view they give.
//!
//! Kept under `<progress key>:reviews` as a list, oldest first:
//! `[{"t":"2026-12-03T10:00:00.000Z","f":"<the reviewed file, exactly as imported>"}]`.
//! Keeping the file itself keeps the supervisor's signature with it, so it can be checked
//! again and printed; the person's own ratings stay in their saved progress, so a later
//! self-rating and the supervisor's rating are both kept, each with its date.

use super::signed::{self, Item, Review};
use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::{CompetenceId, Framework};
use crate::domain::records::store::KeyValue;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One kept review: when it was kept, and the reviewed file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    /// When it was kept, as the browser gave it (ISO 8601).
    #[serde(rename = "t")]
    pub kept: String,
    /// The reviewed file as imported.
    #[serde(rename = "f")]
    pub file: String,
}

/// Where the reviews for progress kept under `key` live.
pub fn key(key: &str) -> String {
    format!("{key}:reviews")
}

/// The reviews kept under `key`, oldest first, each read again (a file that no longer
/// reads, say after the framework changed, is left out of the list returned but kept).
pub fn load(
    store: &impl KeyValue,
    key: &str,
    framework: &Framework,
) -> Result<Vec<(Kept, Review)>, Error> {
    let Some(text) = store.get(&self::key(key))? else {
        return Ok(Vec::new());
    };
    let all: Vec<Kept> = serde_json::from_str(&text).map_err(|_| Error::SavedDataUnreadable {
        reason: "the kept reviews are not a list Stepwise wrote".into(),
    })?;
    Ok(all
        .into_iter()
        .filter_map(|k| {
            let review = signed::read(&k.file, framework).ok()?.review;
            Some((k, review))
        })
        .collect())
}

/// The reviews of `all` that are for `person` (the name on their report), oldest first, and
/// the names of the others, once each: a browser shared by two people, or an assessment
/// started again, keeps reviews of someone else, which must not stand for this person's.
pub fn for_person(all: Vec<(Kept, Review)>, person: &str) -> (Vec<(Kept, Review)>, Vec<String>) {
    let (mine, theirs): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(_, r)| signed::check_person(r, person).is_ok());
    let others = crate::domain::ordered::set(theirs.into_iter().map(|(_, r)| r.person));
    (mine, others.into_iter().collect())
}

/// Keeps a review. Refuses, rather than overwrite, when the kept reviews do not read.
pub fn add(store: &impl KeyValue, key: &str, kept: Kept) -> Result<(), Error> {
    add_new(store, key, vec![kept]).map(|_| ())
}

/// Keeps the reviews that are not kept already (the same reviewed file), in their order,
/// after those kept: the reviews an imported report carries. Says how many were new.
/// Refuses, rather than overwrite, when the kept reviews do not read.
pub fn add_new(store: &impl KeyValue, key: &str, reviews: Vec<Kept>) -> Result<usize, Error> {
    let mut all: Vec<Kept> = match store.get(&self::key(key))? {
        Some(text) => serde_json::from_str(&text).map_err(|_| Error::SavedDataUnreadable {
            reason: "the kept reviews are not a list Stepwise wrote".into(),
        })?,
        None => Vec::new(),
    };
    let before = all.len();
    let mut files: std::collections::BTreeSet<String> =
        all.iter().map(|k| k.file.clone()).collect();
    all.extend(reviews.into_iter().filter(|k| files.insert(k.file.clone())));
    let added = all.len() - before;
    if added > 0 {
        // A list of text always serializes.
        store.set(
            &self::key(key),
            &serde_json::to_string(&all).unwrap_or_default(),
        )?;
    }
    Ok(added)
}

/// What a supervisor said of one competence, for the gap report and its print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirmation {
    pub value: u8,
    /// Whether they confirmed the person's own rating (rather than giving their own).
    pub confirmed: bool,
    /// The person's own rating when they asked for review.
    pub self_then: Option<u8>,
    pub comment: String,
    pub by: String,
    pub role: String,
    pub date: String,
}

/// The supervisor's rating of each competence they reviewed.
pub fn confirmations(review: &Review) -> BTreeMap<CompetenceId, Confirmation> {
    review
        .items
        .iter()
        .filter_map(|i| {
            Some((
                i.id.clone(),
                Confirmation {
                    value: i.supervisor?,
                    confirmed: i.confirmed,
                    self_then: i.self_rating,
                    comment: i.comment.clone(),
                    by: review.reviewer.name.clone(),
                    role: review.reviewer.role.clone(),
                    date: review.reviewer.date.clone(),
                },
            ))
        })
        .collect()
}

/// The confirmed view: the person's assessment with the supervisor's rating, dated the day
/// they signed, wherever the review gives one, and the person's own elsewhere. A self-rating
/// made since the review does not replace the supervisor's here; it is still the person's,
/// with its own day, and shown beside it.
pub fn confirmed_view(a: &Assessment, review: &Review) -> Assessment {
    let mut view = a.clone();
    for item in &review.items {
        if let Some(value) = item.supervisor {
            view.rate_on(item.id.clone(), value, review.reviewer.date.clone());
        }
    }
    view
}

/// One competence side by side: the review's item and the person's rating now.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'r> {
    pub item: &'r Item,
    /// The person's own rating now (it may have changed since they asked).
    pub now: Option<u8>,
}

impl Row<'_> {
    /// Whether the person has rated it otherwise since asking for review.
    pub fn changed_since(&self) -> bool {
        self.now != self.item.self_rating
    }
}

/// Every item of the review beside the person's rating now: disagreements first, then the
/// rest, each group in the framework's order.
pub fn side_by_side<'r>(review: &'r Review, a: &Assessment) -> Vec<Row<'r>> {
    let row = |item: &'r Item| Row {
        item,
        now: a.rating(&item.id),
    };
    let (mut rows, rest): (Vec<_>, Vec<_>) = review
        .items
        .iter()
        .map(row)
        .partition(|r| r.item.disagrees());
    rows.extend(rest);
    rows
}

/// How many competences of `ids` a review confirmed or rated.
pub fn confirmed_count<'a>(
    confirmations: &BTreeMap<CompetenceId, Confirmation>,
    ids: impl IntoIterator<Item = &'a CompetenceId>,
) -> usize {
    ids.into_iter()
        .filter(|id| confirmations.contains_key(*id))
        .count()
}
