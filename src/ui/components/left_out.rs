use crate::ui::state::Details;
use yew::prelude::*;

/// Inside a disclosure whose contents an abridged framework left out (`missing`): while the
/// complete framework loads, says so; if it could not be fetched, says why and offers to try
/// again. Otherwise nothing.
pub fn left_out(details: &Details, missing: bool, what: &str, retry: Callback<MouseEvent>) -> Html {
    match (details, missing) {
        (Details::Loading(_), true) => html! {
            <p class="app-hint" role="status">{ format!("Loading {what}…") }</p>
        },
        (Details::Failed { reason, .. }, true) => html! {
            <div role="alert">
                <p class="app-hint">{ format!("The {what} could not be loaded. {reason} Nothing you entered is affected.") }</p>
                <button type="button" class="app-button app-button--secondary" onclick={retry}>{ "Try loading them again" }</button>
            </div>
        },
        _ => Html::default(),
    }
}
