//! Snapshots of an assessment over time, saved by the user and before every import, so that
//! replaced work is never lost and progress can be compared.

use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::Meta;
use crate::domain::records::saved;
use crate::domain::records::store::KeyValue;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// When it was taken, as the browser gave it (ISO 8601).
    pub taken: String,
    /// Why: "Saved by you", "Before importing the report for …".
    pub label: String,
    pub assessment: Assessment,
}

/// One entry of the stored history: `{"t":taken,"l":label,"s":saved progress}`.
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    #[serde(default)]
    t: String,
    #[serde(default)]
    l: String,
    /// The assessment in the saved format, read by [`saved::decode`] so that older formats
    /// move forward as saved progress does.
    #[serde(borrow)]
    s: &'a RawValue,
}

/// Where the snapshots for progress kept under `key` live.
pub fn key(key: &str) -> String {
    format!("{key}:history")
}

/// The snapshots under `key`, oldest first.
pub fn load(store: &impl KeyValue, key: &str, framework: &Meta) -> Result<Vec<Snapshot>, Error> {
    let Some(text) = store.get(&self::key(key))? else {
        return Ok(Vec::new());
    };
    let bad = |reason: &str| Error::SavedDataUnreadable {
        reason: format!("the snapshot history {reason}"),
    };
    let entries: Vec<Entry> = serde_json::from_str(&text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            bad("is not valid JSON")
        } else if text.trim_start().starts_with('[') {
            bad("has an entry without an assessment")
        } else {
            bad("is not a list")
        }
    })?;
    entries
        .into_iter()
        .map(|entry| {
            Ok(Snapshot {
                taken: entry.t,
                label: entry.l,
                assessment: saved::decode(entry.s.get(), &framework.id)?,
            })
        })
        .collect()
}

/// Adds a snapshot. Refuses, rather than overwrite, when the existing history is unreadable.
pub fn add(
    store: &impl KeyValue,
    key: &str,
    framework: &Meta,
    snapshot: &Snapshot,
) -> Result<(), Error> {
    let mut all = load(store, key, framework)?;
    all.push(snapshot.clone());
    let bodies: Vec<String> = all
        .iter()
        .map(|s| saved::encode(framework, &s.assessment))
        .collect();
    let entries = all
        .iter()
        .zip(&bodies)
        .map(|(s, body)| {
            Ok(Entry {
                t: s.taken.clone(),
                l: s.label.clone(),
                s: serde_json::from_str(body).map_err(|e| Error::SavedDataUnreadable {
                    reason: e.to_string(),
                })?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    // A list of strings and raw JSON always serializes.
    store.set(
        &self::key(key),
        &serde_json::to_string(&entries).unwrap_or_default(),
    )
}
