use crate::ui::context::{use_headings, use_model};
use crate::ui::state::Action;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Clearing everything, only after the user confirms.
#[function_component]
pub fn StartAgain() -> Html {
    let h = use_headings();
    let model = use_model();
    let confirm_ref = use_node_ref();
    let button_ref = use_node_ref();
    let asked = use_mut_ref(|| false);
    let confirming = model.ui.confirming_start_again;
    {
        // Move focus to the question so keyboard and screen-reader users meet it, and back
        // to "Start again…" once it is answered (the answer's button goes with the question).
        let (confirm_ref, button_ref) = (confirm_ref.clone(), button_ref.clone());
        use_effect_with(confirming, move |&confirming| {
            let answered = asked.replace(confirming) && !confirming;
            let target = if confirming { confirm_ref } else { button_ref };
            if let Some(el) = target
                .cast::<HtmlElement>()
                .filter(|_| confirming || answered)
            {
                // Focus is a courtesy; failing to move it loses nothing.
                let _ = el.focus();
            }
        });
    }
    let send = |action: Action| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(action.clone()))
    };
    // Offered once there is something to clear: not on a first visit's first screen.
    let nothing = model.assessment == crate::domain::Assessment::default();
    if model.ui.read_only || (nothing && !confirming) {
        return Html::default();
    }
    // Clearing takes this whole card away: focus goes to the role menu, where a person
    // starts again.
    let clear = {
        let model = model.clone();
        let confirm_ref = confirm_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let menu = confirm_ref
                .cast::<web_sys::Element>()
                .and_then(|q| q.closest(".app-shell").ok().flatten())
                .and_then(|shell| shell.query_selector("#current-level").ok().flatten())
                .and_then(|m| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(m).ok());
            if let Some(menu) = menu {
                let _ = menu.focus();
            }
            model.dispatch(Action::ConfirmStartAgain)
        })
    };
    html! {
        <section class="app-card app-start-again" aria-labelledby="start-again-heading">
            <@{h.tag(2)} id="start-again-heading" class="app-card__title">{ "Start again" }</@>
            if confirming {
                <div class="app-confirm" role="group" aria-labelledby="confirm-question">
                    <p id="confirm-question" class="app-confirm__question" tabindex="-1" ref={confirm_ref}>
                        { "Clear all your ratings, notes and chosen levels in this browser? This cannot be undone." }
                    </p>
                    <button type="button" class="app-button app-button--warning" onclick={clear}>
                        { "Yes, clear everything" }
                    </button>
                    <button type="button" class="app-button app-button--secondary" onclick={send(Action::CancelStartAgain)}>
                        { "No, keep my work" }
                    </button>
                </div>
            } else {
                <p class="app-hint">{ "Your ratings are saved in this browser as you make them." }</p>
                <button type="button" class="app-button app-button--secondary" onclick={send(Action::AskStartAgain)} ref={button_ref}>
                    { "Start again…" }
                </button>
            }
        </section>
    }
}
