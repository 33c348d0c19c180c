use crate::domain::Error;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub error: Error,
    /// More to say, or a way to act on it (a button).
    #[prop_or_default]
    pub children: Html,
}

/// Any [`Error`] in plain words, with what the person can do about it.
#[function_component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    html! {
        <div class="app-banner app-banner--warning" role="alert">
            <p class="app-banner__title">{ props.error.to_string() }</p>
            <p>{ props.error.advice() }</p>
            { props.children.clone() }
        </div>
    }
}
