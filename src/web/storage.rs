//! The browser's localStorage (through `gloo-storage`) as a [`KeyValue`] store.

use crate::domain::records::store::KeyValue;
use crate::domain::Error;
use gloo_storage::Storage;

/// localStorage, looked up on each call so that a browser which refuses it (private mode,
/// blocked site data) is reported rather than crashing the app.
pub struct LocalStore;

/// localStorage, once it is known to be there: `gloo_storage::LocalStorage::raw` throws when
/// the browser refuses it, so it is asked for only after the browser has handed it over.
/// Values are kept as the text given, not re-encoded as JSON, so saved data keeps its format.
fn storage() -> Result<web_sys::Storage, Error> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(gloo_storage::LocalStorage::raw()),
        _ => Err(Error::StorageUnavailable),
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, Error> {
        storage()?
            .get_item(key)
            .map_err(|_| Error::StorageUnavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Error> {
        storage()?
            .set_item(key, value)
            .map_err(|_| Error::StorageRefused)
    }
}
