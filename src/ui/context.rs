//! The one app context: the model and the way to change it.

use super::state::Model;
use yew::prelude::*;

/// The model and its dispatcher, shared with every component below the app.
pub type ModelHandle = UseReducerHandle<Model>;

/// The model from the nearest [`ContextProvider`]. Components are only ever mounted below
/// one, so a missing context is a programming error caught by the component tests.
#[hook]
pub fn use_model() -> ModelHandle {
    use_context::<ModelHandle>()
        .expect("components are mounted inside the app's ModelHandle provider")
}

/// Where the app keeps progress for the framework in use; `None` when it keeps nothing
/// (component tests). Provided by the app view.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageKey(pub Option<String>);

#[hook]
pub fn use_storage_key() -> Option<String> {
    use_context::<StorageKey>().and_then(|k| k.0)
}
