//! Keeping progress in a key-value store (the browser's localStorage in the app, a map in
//! tests) without ever losing it: unreadable data is kept aside before anything is written.

use crate::domain::assessment::merge::merge;
use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::Meta;
use crate::domain::records::saved;

/// A place to keep strings by key. Errors mean the store cannot be used at all.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, Error>;
    fn set(&self, key: &str, value: &str) -> Result<(), Error>;
}

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub assessment: Assessment,
    /// Something the user should be told about.
    pub problem: Option<Error>,
    /// Where unreadable saved data was put, if it was.
    pub kept_aside: Option<String>,
    /// False when saving would overwrite data that could not be kept aside, or the store
    /// cannot be used: the app then keeps working in memory.
    pub can_save: bool,
}

/// Loads progress for `framework` kept under `key` (see `source::Source::storage_key`).
/// `now` makes the kept-aside key unique (milliseconds).
pub fn load(store: &impl KeyValue, key: &str, framework: &Meta, now: u64) -> Loaded {
    let fresh = |problem: Option<Error>, kept_aside: Option<String>, can_save: bool| Loaded {
        assessment: Assessment::default(),
        problem,
        kept_aside,
        can_save,
    };
    let text = match store.get(key) {
        Ok(Some(text)) => text,
        Ok(None) => return fresh(None, None, true),
        Err(e) => return fresh(Some(e), None, false),
    };
    match saved::decode(&text, &framework.id) {
        Ok(assessment) => Loaded {
            assessment,
            problem: None,
            kept_aside: None,
            can_save: true,
        },
        Err(problem) => {
            let aside = format!("{key}:unreadable:{now}");
            match store.set(&aside, &text) {
                Ok(()) => fresh(Some(problem), Some(aside), true),
                // Could not copy it: leave it where it is and do not write over it.
                Err(_) => fresh(Some(problem), None, false),
            }
        }
    }
}

/// Saves progress under `key`.
pub fn save(
    store: &impl KeyValue,
    key: &str,
    framework: &Meta,
    a: &Assessment,
) -> Result<(), Error> {
    store.set(key, &saved::encode(framework, a))
}

/// Saves `mine` under `key`, first combining it with what another tab saved there since this
/// tab last read or wrote it (`base`; see [`merge`]), so that no rating made in either tab is
/// lost. Returns what was saved, which this tab then shows. Nothing is written when storage
/// already holds exactly that.
pub fn save_merged(
    store: &impl KeyValue,
    key: &str,
    framework: &Meta,
    base: Option<&Assessment>,
    mine: &Assessment,
) -> Result<Assessment, Error> {
    let stored = store.get(key)?;
    let theirs = stored
        .as_deref()
        .and_then(|text| saved::decode(text, &framework.id).ok());
    let merged = match (base, theirs) {
        (Some(base), Some(theirs)) if &theirs != base => merge(base, mine, &theirs),
        _ => mine.clone(),
    };
    let text = saved::encode(framework, &merged);
    if stored.as_deref() != Some(text.as_str()) {
        store.set(key, &text)?;
    }
    Ok(merged)
}

/// An in-memory store, for tests and as the fallback when the browser refuses storage.
#[derive(Default, Debug)]
pub struct MemoryStore {
    pub entries: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
    /// When set, every call fails with this error.
    pub failure: Option<Error>,
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, Error> {
        match &self.failure {
            Some(e) => Err(e.clone()),
            None => Ok(self.entries.borrow().get(key).cloned()),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Error> {
        match &self.failure {
            Some(e) => Err(e.clone()),
            None => {
                self.entries
                    .borrow_mut()
                    .insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }
}
