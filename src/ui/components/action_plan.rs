use crate::domain::assessment::gaps::gaps;
use crate::domain::assessment::suggest::suggest;
use crate::domain::assessment::{PlanAction, PlanItem, PlanStatus};
use crate::domain::RouteId;
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::{Action, PlanEdit};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The action plan: routes (with their duration, funding and provider) or the person's own
/// actions, with target dates and status.
#[function_component]
pub fn ActionPlan() -> Html {
    let h = use_headings();
    let model = use_model();
    let ratings = crate::ui::context::use_report_ratings();
    let fw = &model.framework;
    let own = use_state(String::new);
    let section = use_node_ref();
    // The row whose Remove was pressed: its button goes with it, so focus moves to the
    // Remove of the row now in its place, else of the row before, else to the plan's heading.
    let refocus = use_mut_ref(|| None::<usize>);
    {
        let (section, refocus) = (section.clone(), refocus.clone());
        use_effect_with(model.assessment.plan.len(), move |&len| {
            let Some(index) = refocus.borrow_mut().take() else {
                return;
            };
            let selector = match len.checked_sub(1) {
                Some(last) => format!("#plan-remove-{}", index.min(last)),
                None => "#plan-heading".to_string(),
            };
            let target = section
                .cast::<Element>()
                .and_then(|s| s.query_selector(&selector).ok().flatten())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(target) = target {
                // Focus is a courtesy: if it cannot move, nothing else is lost.
                let _ = target.focus();
            }
        });
    }
    let route_choice = use_state(String::new);
    let suggested: Vec<(RouteId, String)> = model
        .target()
        .map(|t| {
            let a = ratings.as_deref().unwrap_or(&model.assessment);
            let g = gaps(fw, a, &t);
            suggest(fw, a, &g)
                .ranked
                .iter()
                .map(|s| (s.route.id.clone(), s.route.title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let planned: Vec<&RouteId> = model
        .assessment
        .plan
        .iter()
        .filter_map(|p| match &p.action {
            PlanAction::Route(id) => Some(id),
            PlanAction::Own(_) => None,
        })
        .collect();
    let addable: Vec<&(RouteId, String)> = suggested
        .iter()
        .filter(|(id, _)| !planned.contains(&id))
        .collect();

    // The route chosen in the menu, or else the first one it shows.
    let chosen = addable
        .iter()
        .find(|(id, _)| id.as_str() == route_choice.as_str())
        .or(addable.first())
        .map(|(id, _)| id.to_string())
        .unwrap_or_default();
    let add_route = {
        let model = model.clone();
        let value = chosen.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !value.is_empty() {
                model.dispatch(Action::AddToPlan(PlanItem {
                    action: PlanAction::Route(RouteId::new(value.clone())),
                    due: String::new(),
                    status: PlanStatus::NotStarted,
                }));
            }
        })
    };
    let add_own = {
        let model = model.clone();
        let own = own.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = own.trim().to_string();
            if !text.is_empty() {
                model.dispatch(Action::AddToPlan(PlanItem {
                    action: PlanAction::Own(text),
                    due: String::new(),
                    status: PlanStatus::NotStarted,
                }));
                own.set(String::new());
            }
        })
    };
    html! {
        <section class="app-card app-plan" aria-labelledby="plan-heading" ref={section}>
            <@{h.tag(2)} id="plan-heading" class="app-card__title" tabindex="-1">{ "Action plan" }</@>
            if model.assessment.plan.is_empty() {
                <p>
                    { "Nothing planned yet." }
                    // Advice for the screen, not for paper.
                    <span class="app-no-print">{ " Add a suggested route or an action of your own." }</span>
                </p>
            } else {
                <div class="app-table-wrap" tabindex="0" role="region" aria-label="Your planned actions">
                    <table class="app-table app-plan__table">
                        <caption class="app-table__caption">{ "Your planned actions" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Action" }</th>
                            <th scope="col">{ "Target date" }</th>
                            <th scope="col">{ "Status" }</th>
                            <th scope="col" class="app-no-print"><span class="app-visually-hidden">{ "Remove" }</span></th>
                        </tr></thead>
                        <tbody>
                            { for model.assessment.plan.iter().enumerate().map(|(index, item)| {
                                let route = match &item.action {
                                    PlanAction::Route(id) => fw.route(id),
                                    PlanAction::Own(_) => None,
                                };
                                let name = item.action.name(fw);
                                let on_due = {
                                    let model = model.clone();
                                    let item = item.clone();
                                    Callback::from(move |e: Event| {
                                        let due = e.target_unchecked_into::<HtmlInputElement>().value();
                                        model.dispatch(Action::EditPlan(PlanEdit { index, item: PlanItem { due, ..item.clone() } }));
                                    })
                                };
                                let on_status = {
                                    let model = model.clone();
                                    let item = item.clone();
                                    Callback::from(move |e: Event| {
                                        let code = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0);
                                        let status = PlanStatus::from_code(code).unwrap_or_default();
                                        model.dispatch(Action::EditPlan(PlanEdit { index, item: PlanItem { status, ..item.clone() } }));
                                    })
                                };
                                let on_remove = {
                                    let (model, refocus) = (model.clone(), refocus.clone());
                                    Callback::from(move |_: MouseEvent| {
                                        *refocus.borrow_mut() = Some(index);
                                        model.dispatch(Action::RemoveFromPlan(index))
                                    })
                                };
                                html! {
                                    <tr>
                                        <th scope="row">
                                            { name.clone() }
                                            if let Some(r) = route {
                                                <dl class="app-plan__facts">
                                                    { for [("Duration", &r.duration), ("Funding", &r.funding), ("Provider", &r.provider)]
                                                        .into_iter()
                                                        .filter(|(_, v)| !v.is_empty())
                                                        .map(|(k, v)| html! { <div><dt>{ k }</dt><dd>{ v.clone() }</dd></div> }) }
                                                </dl>
                                            }
                                        </th>
                                        <td>
                                            <label class="app-plan__label" for={format!("plan-due-{index}")}>{ "Target date" }<span class="app-visually-hidden">{ format!(" for {name}") }</span></label>
                                            <input id={format!("plan-due-{index}")} class="app-input" type="date" value={item.due.clone()} disabled={model.ui.read_only} onchange={on_due} />
                                            <span class="app-print-only">{ if item.due.is_empty() { "None".to_string() } else { item.due.clone() } }</span>
                                        </td>
                                        <td>
                                            <label class="app-plan__label" for={format!("plan-status-{index}")}>{ "Status" }<span class="app-visually-hidden">{ format!(" of {name}") }</span></label>
                                            <select id={format!("plan-status-{index}")} class="app-select" disabled={model.ui.read_only} onchange={on_status}>
                                                { for PlanStatus::ALL.iter().map(|s| html! {
                                                    <option value={s.code().to_string()} selected={*s == item.status}>{ s.label() }</option>
                                                }) }
                                            </select>
                                            <span class="app-print-only">{ item.status.label() }</span>
                                        </td>
                                        <td class="app-no-print">
                                            <button id={format!("plan-remove-{index}")} disabled={model.ui.read_only} type="button" class="app-button app-button--secondary" onclick={on_remove}
                                                aria-label={format!("Remove {name}")}>{ "Remove" }</button>
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="app-plan__add app-no-print" hidden={model.ui.read_only}>
                if !addable.is_empty() {
                    <form class="app-inline-form" onsubmit={add_route}>
                        <label class="app-field__label" for="plan-route">{ "A suggested route" }</label>
                        <select id="plan-route" class="app-select" onchange={{
                            let route_choice = route_choice.clone();
                            Callback::from(move |e: Event| route_choice.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
                        }}>
                            { for addable.iter().map(|(id, title)| html! {
                                <option value={id.to_string()} selected={id.as_str() == chosen}>{ title.clone() }</option>
                            }) }
                        </select>
                        <button type="submit" class="app-button app-button--secondary">{ "Add route to plan" }</button>
                    </form>
                }
                <form class="app-inline-form" onsubmit={add_own}>
                    <label class="app-field__label" for="plan-own">{ "An action of your own" }</label>
                    <input id="plan-own" class="app-input" type="text" value={(*own).clone()}
                        oninput={{ let own = own.clone(); Callback::from(move |e: InputEvent| own.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} />
                    <button type="submit" class="app-button app-button--secondary">{ "Add action to plan" }</button>
                </form>
            </div>
        </section>
    }
}
