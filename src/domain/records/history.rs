//! Snapshots of an assessment over time, saved by the user and before every import, so that
//! replaced work is never lost and progress can be compared.

use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::Meta;
use crate::domain::records::json::{self, Json};
use crate::domain::records::saved;
use crate::domain::records::store::KeyValue;

#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// When it was taken, as the browser gave it (ISO 8601).
    pub taken: String,
    /// Why: "Saved by you", "Before importing the report for …".
    pub label: String,
    pub assessment: Assessment,
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
    let Json::Array(items) = json::parse(&text).map_err(|_| bad("is not valid JSON"))? else {
        return Err(bad("is not a list"));
    };
    items
        .iter()
        .map(|item| {
            let text = |k: &str| {
                item.get(k)
                    .and_then(Json::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let body = item
                .get("s")
                .ok_or_else(|| bad("has an entry without an assessment"))?;
            Ok(Snapshot {
                taken: text("t"),
                label: text("l"),
                assessment: saved::decode(&body.to_text(), &framework.id)?,
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
    let items = all
        .iter()
        .map(|s| {
            let body = json::parse(&saved::encode(framework, &s.assessment)).unwrap_or(Json::Null);
            Json::Object(vec![
                ("t".into(), Json::Str(s.taken.clone())),
                ("l".into(), Json::Str(s.label.clone())),
                ("s".into(), body),
            ])
        })
        .collect();
    store.set(&self::key(key), &Json::Array(items).to_text())
}
