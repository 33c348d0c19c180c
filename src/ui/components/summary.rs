use super::LevelTable;
use crate::domain::assessment::scoring::{reach_rule, score};
use crate::ui::context::{use_headings, use_model};
use yew::prelude::*;

/// Where the person stands at every level. Each domain of the level being rated is shown
/// with the ratings ([`super::RatingList`]), where it changes as they are made.
#[function_component]
pub fn Summary() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let scores = score(fw, &model.assessment);

    html! {
        <section class="app-card app-summary" aria-labelledby="standing-heading">
            <@{h.tag(2)} id="standing-heading" class="app-card__title">{ "Where you stand" }</@>
            <p class="app-hint">
                { reach_rule(fw) }
                { " Shares are of all the level's competences, rated or not." }
            </p>
            <LevelTable caption="Progress at each level" {scores} />
        </section>
    }
}
