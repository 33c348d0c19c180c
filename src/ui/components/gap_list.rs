use crate::domain::assessment::gaps::gaps;
use crate::domain::assessment::suggest::suggest;
use crate::ui::context::use_model;
use yew::prelude::*;

/// The gaps to the level aimed for, by domain, and the routes that would close most of them.
#[function_component]
pub fn GapList() -> Html {
    let model = use_model();
    let fw = &model.framework;
    let Some(target) = model.target() else {
        return Html::default();
    };
    let Some(level) = fw.level(&target) else {
        return Html::default();
    };
    let gaps = gaps(fw, &model.assessment, &target);
    let suggestions = suggest(fw, &gaps);
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
                <h2 id="gaps-heading" class="app-card__title">{ format!("Your gaps for {}", level.title()) }</h2>
                <p aria-live="polite">{ summary }</p>
                { for gaps.by_domain.iter().map(|(d, list)| html! {
                    <div class="app-gaps__domain">
                        <h3 class="app-gaps__title">
                            { fw.domain(d).map(|d| d.name.as_str()).unwrap_or_default() }
                        </h3>
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
            <section class="app-card app-routes" aria-labelledby="routes-heading">
                <h2 id="routes-heading" class="app-card__title">{ "Suggested training and CPD" }</h2>
                if suggestions.is_empty() {
                    <p>{ "Routes appear here once you have rated gaps at the level you aim for." }</p>
                } else {
                    <p class="app-hint">{ "Ranked by how many of your gaps each would help close." }</p>
                    <ol class="app-routes__list">
                        { for suggestions.iter().map(|s| {
                            let r = s.route;
                            html! {
                                <li class="app-route">
                                    <h3 class="app-route__title">{ &r.title }</h3>
                                    <p class="app-route__why">{ s.why(fw, &gaps) }</p>
                                    <p class="app-route__facts">
                                        { format!("{} · {} · {}", r.kind.label(), r.duration, r.funding) }
                                    </p>
                                    <p class="app-route__summary">{ &r.summary }</p>
                                    <details class="app-route__more">
                                        <summary>{ "Who it is for, and who provides it" }</summary>
                                        if !r.entry.is_empty() {
                                            <p>{ format!("Entry requirements: {}", r.entry) }</p>
                                        }
                                        if !r.provider.is_empty() {
                                            <p>{ format!("Provided by: {}", r.provider) }</p>
                                        }
                                        if r.entry.is_empty() && r.provider.is_empty() {
                                            <p>{ "The framework does not say." }</p>
                                        }
                                    </details>
                                    <p>
                                        <a class="app-link" href={r.source_url.clone()} rel="noopener noreferrer external" target="_blank">
                                            { format!("Official source for {} (opens in a new tab)", r.title) }
                                        </a>
                                    </p>
                                </li>
                            }
                        }) }
                    </ol>
                }
            </section>
        </>
    }
}
