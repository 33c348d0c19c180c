use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompetencesFailedProps {
    /// Why the complete framework could not be fetched, in a sentence.
    pub reason: String,
    pub on_retry: Callback<MouseEvent>,
}

/// The competences an outline left out could not be fetched: why, and a way to try again.
/// (While they load, the app's live region says so.)
#[function_component]
pub fn CompetencesFailed(props: &CompetencesFailedProps) -> Html {
    html! {
        <div role="alert">
            <p class="app-hint">{ format!("The competences could not be loaded. {} Nothing you entered is affected.", props.reason) }</p>
            <button type="button" class="app-button app-button--secondary" onclick={props.on_retry.clone()}>{ "Try loading them again" }</button>
        </div>
    }
}
