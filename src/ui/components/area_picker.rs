use crate::ui::context::{use_headings, use_model};
use crate::ui::state::{Action, AreaChoice};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Choosing areas of practice, which bring area-specific competences into view.
#[function_component]
pub fn AreaPicker() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    html! {
        <section class="app-card app-areas" aria-labelledby="areas-heading">
            <@{h.tag(2)} id="areas-heading" class="app-card__title">{ "Your areas of practice" }</@>
            <fieldset class="app-checkboxes">
                <legend class="app-checkboxes__legend">{ "Areas you work in (optional)" }</legend>
                <p class="app-hint">
                    { "Competences that belong to an area of practice appear, and count, only when you choose that area. Everything else applies to everyone." }
                </p>
                { for fw.areas.iter().map(|area| {
                    let id = format!("area-{}", area.id);
                    let onchange = {
                        let model = model.clone();
                        let area_id = area.id.clone();
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            model.dispatch(Action::SetArea(AreaChoice { area: area_id.clone(), on }));
                        })
                    };
                    html! {
                        <div class="app-checkboxes__item">
                            <input type="checkbox" class="app-checkboxes__input" id={id.clone()}
                                checked={model.assessment.areas.contains(&area.id)} disabled={model.ui.read_only} {onchange} />
                            <label for={id}>{ &area.name }</label>
                        </div>
                    }
                }) }
            </fieldset>
        </section>
    }
}
