use crate::ui::context::ModelHandle;
use crate::ui::state::{Action, LeftOut, Part};
use yew::prelude::*;

/// How a disclosure asks for what an abridged framework left out (the details): when it
/// opens (or is found open, as a panel holding a note is), and from "Try loading them again".
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
                model.dispatch(Action::Want(Part::Details));
            }
        })
    };
    let model = model.clone();
    Fetch {
        on_toggle,
        retry: Callback::from(move |_: MouseEvent| model.dispatch(Action::Want(Part::Details))),
    }
}

/// Where something the framework was opened without belongs (`missing`): while it loads,
/// says so; if it could not be fetched, says why and offers to try again. Otherwise nothing.
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
