//! Keeping progress in a key-value store (the browser's localStorage in the app, a map in
//! tests) without ever losing it: unreadable data is kept aside before anything is written.

use crate::domain::assessment::merge::merge;
use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::{Framework, Meta};
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
///
/// Saved data that cannot be read is copied aside and the person starts afresh; saved data
/// that reads but names a level the framework does not have, or a rating off its scale, is
/// copied aside whole and the rest of it loaded. Either way, when the copy cannot be made,
/// the data is left in place and nothing is saved over it.
pub fn load(store: &impl KeyValue, key: &str, framework: &Framework, now: u64) -> Loaded {
    let text = match store.get(key) {
        Ok(Some(text)) => text,
        Ok(None) => return loaded(Assessment::default(), None, None, true),
        Err(e) => return loaded(Assessment::default(), Some(e), None, false),
    };
    let (assessment, problem, aside) = match saved::decode(&text, &framework.meta.id) {
        Ok(mut assessment) => {
            let what = set_aside_unusable(&mut assessment, framework);
            if what.is_empty() {
                return loaded(assessment, None, None, true);
            }
            let problem = Error::SavedDataPartlyUnusable {
                what: what.join("; "),
            };
            (assessment, problem, format!("{key}:unusable:{now}"))
        }
        Err(problem) => (
            Assessment::default(),
            problem,
            format!("{key}:unreadable:{now}"),
        ),
    };
    match store.set(&aside, &text) {
        Ok(()) => loaded(assessment, Some(problem), Some(aside), true),
        // Could not copy it: leave it where it is and do not write over it.
        Err(_) => loaded(
            assessment,
            Some(Error::SavedDataLeftInPlace {
                problem: Box::new(problem),
            }),
            None,
            false,
        ),
    }
}

fn loaded(
    assessment: Assessment,
    problem: Option<Error>,
    kept_aside: Option<String>,
    can_save: bool,
) -> Loaded {
    Loaded {
        assessment,
        problem,
        kept_aside,
        can_save,
    }
}

/// Takes out of `a` the levels `framework` does not have and the ratings off its scale,
/// saying in plain words what was taken out.
fn set_aside_unusable(a: &mut Assessment, framework: &Framework) -> Vec<String> {
    let mut what = Vec::new();
    for (name, level) in [("level", &mut a.current), ("aim", &mut a.target)] {
        if let Some(id) = level.take_if(|id| !framework.has_level(id)) {
            what.push(format!(
                "your {name} \"{id}\", which this framework does not have"
            ));
        }
    }
    let off_scale: Vec<_> = a
        .ratings
        .iter()
        .filter(|(_, v)| framework.scale.get(**v).is_none())
        .map(|(id, v)| (id.clone(), *v))
        .collect();
    for (id, v) in off_scale {
        a.ratings.remove(&id);
        what.push(format!(
            "the rating {v} of \"{id}\", which is not on the rating scale"
        ));
    }
    what
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
