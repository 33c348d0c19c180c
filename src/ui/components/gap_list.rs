use crate::domain::assessment::gaps::gaps;
use crate::ui::components::Suggestions;
use crate::ui::context::{use_headings, use_model};
use yew::prelude::*;

/// The gaps to the level aimed for, by domain, and the routes suggested for them.
#[function_component]
pub fn GapList() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let Some(target) = model.target() else {
        return Html::default();
    };
    let Some(level) = fw.level(&target) else {
        return Html::default();
    };
    let gaps = gaps(fw, &model.assessment, &target);
    let count = gaps.count();
    let label = |v: Option<u8>| {
        v.and_then(|v| fw.scale.get(v))
            .map(|v| v.label.as_str())
            .unwrap_or_default()
    };
    let summary = super::gap_summary(count, gaps.not_rated);

    html! {
        <>
            <section class="app-card app-gaps" aria-labelledby="gaps-heading">
                <@{h.tag(2)} id="gaps-heading" class="app-card__title">{ format!("Your gaps for {}", level.title()) }</@>
                <p aria-live="polite">{ summary }</p>
                { for gaps.by_domain.iter().map(|(d, list)| html! {
                    <div class="app-gaps__domain">
                        <@{h.tag(3)} class="app-gaps__title">
                            { fw.domain(d).map(|d| d.name.as_str()).unwrap_or_default() }
                        </@>
                        <ul class="app-gaps__list">
                            { for list.iter().map(|c| html! {
                                <li>
                                    { &c.statement }
                                    <span class="app-gaps__rating">
                                        { format!(" (you rated: {})", label(model.assessment.rating(&c.id))) }
                                    </span>
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </section>
            <Suggestions />
        </>
    }
}
