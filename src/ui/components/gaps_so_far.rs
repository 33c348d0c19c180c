use crate::domain::assessment::gaps::gaps;
use crate::domain::words::pick;
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::{Action, View};
use yew::prelude::*;

/// What the gaps at a level come to, in a sentence: `count` rated below the bar, and
/// `not_rated` not rated yet.
pub fn gap_summary(gaps: usize, not_rated: usize) -> String {
    let (n, g) = (not_rated, gaps);
    match (g, n) {
        (0, 0) => "No gaps: you meet every competence at this level.".to_string(),
        (0, _) => format!(
            "No gaps among what you have rated; {n} {} at this level {} not rated yet.",
            pick(n, "competence", "competences"),
            pick(n, "is", "are")
        ),
        (_, 0) => format!(
            "{g} {} you rated below the bar.",
            pick(g, "gap: a competence", "gaps: competences")
        ),
        _ => format!(
            "{g} {} among what you have rated; {n} {} at this level {} not rated yet and may {} too.",
            pick(g, "gap", "gaps"),
            pick(n, "competence", "competences"),
            pick(n, "is", "are"),
            pick(n, "be a gap", "be gaps")
        ),
    }
}

/// Beside the ratings: how many gaps there are so far at the level aimed for, and the way to
/// the gap report, which lists them with the training that would close them. The list and
/// the suggestions live in the report (the full module), so a first visit downloads less;
/// each competence rated below the bar says so where it is rated.
#[derive(Properties, PartialEq)]
pub struct GapsSoFarProps {
    /// Whether the gap report can be opened (the deployment can hide it).
    #[prop_or(true)]
    pub report: bool,
}

#[function_component]
pub fn GapsSoFar(props: &GapsSoFarProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let Some(level) = model.target().and_then(|t| fw.level(&t)) else {
        return Html::default();
    };
    let gaps = gaps(fw, &model.assessment, &level.id);
    let open = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::ShowView(View::Report)))
    };
    html! {
        <section class="app-card app-gaps" aria-labelledby="gaps-heading">
            <@{h.tag(2)} id="gaps-heading" class="app-card__title">{ format!("Your gaps for {}", level.title()) }</@>
            <p aria-live="polite">{ gap_summary(gaps.count(), gaps.not_rated) }</p>
            if props.report {
                <button type="button" class="app-button app-button--secondary" onclick={open}>
                    { "See your gaps and the training that closes them" }
                </button>
            }
        </section>
    }
}
