use crate::domain::assessment::{PlanAction, PlanItem, PlanStatus};
use crate::domain::RouteId;
use crate::ui::context::use_model;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanButtonProps {
    pub route: RouteId,
    /// The route's title, so that each button's accessible name says which route it adds.
    pub title: AttrValue,
}

/// "Add to plan" beside a suggested route; once the route is in the plan, the same button
/// takes it out again. It stays one button, so keyboard focus stays on it either way.
#[function_component]
pub fn PlanButton(props: &PlanButtonProps) -> Html {
    let model = use_model();
    if model.ui.read_only {
        return Html::default();
    }
    let planned = model
        .assessment
        .plan
        .iter()
        .position(|p| matches!(&p.action, PlanAction::Route(id) if *id == props.route));
    let onclick = {
        let model = model.clone();
        let route = props.route.clone();
        Callback::from(move |_: MouseEvent| {
            model.dispatch(match planned {
                Some(index) => Action::RemoveFromPlan(index),
                None => Action::AddToPlan(PlanItem {
                    action: PlanAction::Route(route.clone()),
                    due: String::new(),
                    status: PlanStatus::NotStarted,
                }),
            })
        })
    };
    // The visible words begin the accessible name (WCAG 2.5.3, label in name).
    let (words, state) = match planned {
        Some(_) => ("Remove from plan", "In your plan. "),
        None => ("Add to plan", ""),
    };
    html! {
        <p class="app-route__plan app-no-print">
            <span class="app-route__planned" aria-hidden="true">{ state }</span>
            <button type="button" class="app-button app-button--secondary" {onclick}
                aria-label={format!("{words}: {}", props.title)}>
                { words }
            </button>
        </p>
    }
}
