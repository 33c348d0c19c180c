use crate::domain::Error;
use crate::ui::context::use_headings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkProblemsProps {
    pub error: Error,
    /// What was being opened, e.g. "the file my-framework.toml".
    #[prop_or_default]
    pub source: String,
    /// Each problem found in a framework file, with where it is (see
    /// [`crate::domain::framework::content::issues`]). Only the full module reads framework files.
    #[prop_or_default]
    pub issues: Vec<String>,
    /// Whether keyboard focus comes here: when the person chose what failed, whose control
    /// has gone with the view it was in.
    #[prop_or_default]
    pub focus: bool,
}

/// Every problem found in a framework file, with where it is and what to do.
#[function_component]
pub fn FrameworkProblems(props: &FrameworkProblemsProps) -> Html {
    let h = use_headings();
    let issues = &props.issues;
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.focus, move |focus| {
            if let Some(e) = node.cast::<web_sys::HtmlElement>().filter(|_| *focus) {
                let _ = e.focus();
            }
        });
    }
    html! {
        <div class="app-problems" role="alert" tabindex="-1" ref={node}>
            <@{h.tag(1)} class="app-problems__title">
                { if props.source.is_empty() { "This framework cannot be used yet".to_string() } else { format!("Stepwise cannot use {} yet", props.source) } }
            </@>
            <p>{ props.error.to_string() }</p>
            if !issues.is_empty() {
                <ul class="app-problems__list">
                    { for issues.iter().map(|i| html! { <li>{ i }</li> }) }
                </ul>
            }
            <p>{ props.error.advice() }</p>
        </div>
    }
}
