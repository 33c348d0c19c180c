use crate::ui::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpeningProps {
    pub view: View,
    pub problem: Option<String>,
    pub retry: Callback<MouseEvent>,
}

/// "the gap report": a view that comes with the full module, named in a sentence.
pub fn opening_name(view: View) -> &'static str {
    match view {
        View::Team => "the team view",
        View::Map => "the career map",
        View::Frameworks => "the choice of framework",
        View::Glossary => "the glossary",
        View::Review => "the review of someone's assessment",
        _ => "the gap report",
    }
}

/// Why the full module did not come, for the report, the map or the team view, with a way
/// to try again. (While it loads, the live region above says so.)
#[function_component]
pub fn Opening(props: &OpeningProps) -> Html {
    match &props.problem {
        None => Html::default(),
        Some(reason) => html! {
            <div class="app-banner app-banner--warning" role="alert">
                <p>{ format!("Stepwise could not open {} ({reason}). Your ratings and notes are kept. Check your connection, then try again.", opening_name(props.view)) }</p>
                <button type="button" class="app-button" onclick={props.retry.clone()}>{ "Try again" }</button>
            </div>
        },
    }
}
