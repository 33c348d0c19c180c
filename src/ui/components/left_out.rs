use crate::ui::state::LeftOut;
use yew::prelude::*;

/// Where the competences an outline left out belong (`missing`): while they load, says so;
/// if they could not be fetched, says why and offers to try again. Otherwise nothing.
pub fn left_out(part: &LeftOut, missing: bool, what: &str, retry: Callback<MouseEvent>) -> Html {
    match (part, missing) {
        (LeftOut::Loading(_), true) => html! {
            <p class="app-hint" role="status">{ format!("Loading {what}…") }</p>
        },
        (LeftOut::Failed { reason, .. }, true) => html! {
            <div role="alert">
                <p class="app-hint">{ format!("The {what} could not be loaded. {reason} Nothing you entered is affected.") }</p>
                <button type="button" class="app-button app-button--secondary" onclick={retry}>{ "Try loading them again" }</button>
            </div>
        },
        _ => Html::default(),
    }
}
