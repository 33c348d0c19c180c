//! The browser's localStorage as a [`KeyValue`] store.

use crate::domain::records::store::KeyValue;
use crate::domain::Error;

/// localStorage, looked up on each call so that a browser which refuses it (private mode,
/// blocked site data) is reported rather than crashing the app.
pub struct LocalStore;

fn storage() -> Result<web_sys::Storage, Error> {
    web_sys::window()
        .ok_or(Error::StorageUnavailable)?
        .local_storage()
        .map_err(|_| Error::StorageUnavailable)?
        .ok_or(Error::StorageUnavailable)
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
