use crate::ui::context::ModelHandle;
use crate::ui::state::{Action, Details};
use yew::prelude::*;

/// How a disclosure asks for what an abridged framework left out: when it opens (or is
/// found open, as a panel holding a note is), and from "Try loading them again".
pub struct Fetch {
    pub on_toggle: Callback<Event>,
    pub retry: Callback<MouseEvent>,
}

pub fn fetch(model: &ModelHandle) -> Fetch {
    let on_toggle = {
        let model = model.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::Element>()
                .has_attribute("open")
            {
                model.dispatch(Action::WantDetails);
            }
        })
    };
    let model = model.clone();
    Fetch {
        on_toggle,
        retry: Callback::from(move |_: MouseEvent| model.dispatch(Action::WantDetails)),
    }
}

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
