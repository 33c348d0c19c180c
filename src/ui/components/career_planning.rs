use crate::domain::assessment::planning::TO_DO;
use crate::ui::context::use_headings;
use yew::prelude::*;

/// The id of the to-do list's heading, which the gap report can move focus to.
pub const PLANNING_HEADING: &str = "planning-heading";

/// The career-planning to-do list (`domain::assessment::planning`), on screen only: the
/// printed appraisal pack keeps to its three pages.
#[function_component]
pub fn CareerPlanning() -> Html {
    let h = use_headings();
    html! {
        <section class="app-card app-planning app-no-print" aria-labelledby={PLANNING_HEADING}>
            <@{h.tag(2)} id={PLANNING_HEADING} class="app-card__title" tabindex="-1">{ "Planning your next step" }</@>
            { for TO_DO.iter().map(|part| html! {
                <>
                    <@{h.tag(3)} class="app-planning__title">{ part.heading }</@>
                    <ul class="app-planning__list">
                        { for part.steps.iter().map(|step| html! { <li>{ *step }</li> }) }
                    </ul>
                </>
            }) }
        </section>
    }
}
