use crate::domain::assessment::gaps::{gaps, Gaps};
use crate::domain::assessment::scoring::score_level;
use crate::domain::LevelId;
use crate::ui::components::{Suggestions, PLANNING_HEADING};
use crate::ui::context::{use_headings, use_model, ModelHandle};
use crate::ui::state::{Action, View};
use web_sys::HtmlElement;
use yew::prelude::*;

/// With no gaps to list, what to do next, as a sentence and a button: rate what is not rated
/// yet (the current role first, when neither it nor the aim is rated), or, with every
/// competence met, look at the moves from here (or plan them, without a career map).
fn next_step(model: &ModelHandle, gaps: &Gaps, aim: &LevelId) -> Html {
    let fw = &model.framework;
    let a = &model.assessment;
    let button = |label: String, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="app-button" {onclick}>{ label }</button> }
    };
    let rate = |level: LevelId| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::RateLevel(level.clone())))
    };
    if gaps.not_rated > 0 {
        let aim_rated = score_level(fw, a, aim).tally.rated > 0;
        let current_unrated = a
            .current
            .as_ref()
            .filter(|c| fw.rated(c) != fw.rated(aim))
            .filter(|c| {
                let t = score_level(fw, a, c).tally;
                t.rated < t.total
            });
        return match current_unrated.filter(|_| !aim_rated) {
            Some(current) => html! {
                <p class="app-next">
                    { "Nothing is rated here yet. Start with your current role: once it is rated, you are offered this level next. " }
                    { button("Rate your current role".into(), rate(current.clone())) }
                </p>
            },
            None => html! {
                <p class="app-next">
                    { "Rate the rest of this level to see all your gaps and the training that closes them. " }
                    { button(format!("Rate {}", fw.level(aim).map(|l| l.title()).unwrap_or_default()), rate(aim.clone())) }
                </p>
            },
        };
    }
    if !model.ui.map_hidden && fw.moves_from(aim).next().is_some() {
        let (model, aim) = (model.clone(), aim.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            // The map opens from the level met, with focus on its heading.
            model.dispatch(Action::ExploreFrom(aim.clone()));
            model.dispatch(Action::ShowView(View::Map));
        });
        return html! {
            <p class="app-next">
                { "You are ready for this level. See where you could go from here, and what each move takes. " }
                { button("See your next moves on the career map".into(), onclick) }
            </p>
        };
    }
    let onclick = Callback::from(|_: MouseEvent| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(PLANNING_HEADING))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok());
        if let Some(heading) = heading {
            // Focus is a courtesy; failing to move it loses nothing.
            let _ = heading.focus();
        }
    });
    html! {
        <p class="app-next">
            { "You are ready for this level. Talk about your next step with your manager: the list below helps you prepare. " }
            { button("Plan your next step".into(), onclick) }
        </p>
    }
}

/// The gaps to the level aimed for, by domain, and the routes suggested for them.
#[function_component]
pub fn GapList() -> Html {
    let h = use_headings();
    let model = use_model();
    let ratings = crate::ui::context::use_report_ratings();
    let fw = &model.framework;
    let Some(target) = model.target() else {
        return Html::default();
    };
    let Some(level) = fw.level(&target) else {
        return Html::default();
    };
    let gaps = gaps(fw, ratings.as_deref().unwrap_or(&model.assessment), &target);
    let count = gaps.count();
    let label = |v: Option<u8>| {
        v.and_then(|v| fw.scale.get(v))
            .map(|v| v.label.as_str())
            .unwrap_or_default()
    };
    let summary = super::gap_summary(count, gaps.not_rated);
    // The day a rating was made, where known, so that a supervisor's and a later one of
    // the person's can be told apart.
    let on = |a: &crate::domain::Assessment, id| {
        a.rated_on(id)
            .map(|day| format!(" on {day}"))
            .unwrap_or_default()
    };

    html! {
        <>
            <section class="app-card app-gaps" aria-labelledby="gaps-heading">
                <@{h.tag(2)} id="gaps-heading" class="app-card__title">{ format!("Your gaps for {}", level.title()) }</@>
                <p aria-live="polite">{ summary }</p>
                if count == 0 {
                    { next_step(&model, &gaps, &target) }
                }
                { for gaps.by_domain.iter().map(|(d, list)| html! {
                    <div class="app-gaps__domain">
                        <@{h.tag(3)} class="app-gaps__title">
                            { fw.domain(d).map(|d| d.name.as_str()).unwrap_or_default() }
                        </@>
                        // The publication's own number and title, beside ours.
                        if let Some(official) = fw.official(d) {
                            <p class="app-hint">{ format!("Published as {official}") }</p>
                        }
                        <ul class="app-gaps__list">
                            { for list.iter().map(|c| html! {
                                <li>
                                    { &c.statement }
                                    <span class="app-gaps__rating">
                                        { match ratings.as_deref().filter(|r| r.rating(&c.id) != model.assessment.rating(&c.id)) {
                                            Some(view) => format!(" (your supervisor rated: {}{}; {})", label(view.rating(&c.id)), on(view, &c.id),
                                                match model.assessment.rating(&c.id) {
                                                    Some(own) => format!("you rated: {}{}", label(Some(own)), on(&model.assessment, &c.id)),
                                                    None => "you have not rated it".into(),
                                                }),
                                            None => format!(" (you rated: {})", label(model.assessment.rating(&c.id))),
                                        } }
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
