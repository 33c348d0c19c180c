use super::ErrorBanner;
use crate::domain::records::saved::LeftOut;
use crate::domain::words::pick;
use crate::ui::context::use_model;
use crate::ui::state::Action;
use yew::prelude::*;

/// Messages about saving and about saved data, each with what the user can do.
#[function_component]
pub fn Banners() -> Html {
    let model = use_model();
    let saving = &model.ui.saving;
    let orphans = model.assessment.orphans(&model.framework);
    let dismiss = {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(Action::DismissLoadProblem))
    };
    html! {
        <div class="app-banners">
            if model.ui.read_only {
                <div class="app-banner" role="status">
                    <p>{ "Review mode: you can look through these ratings, the gap report and the plan, and export them, but not change them." }</p>
                </div>
            }
            if let Some(problem) = &saving.load_problem {
                <ErrorBanner error={problem.clone()}>
                    if let Some(key) = &saving.kept_aside {
                        <p>{ format!("It is stored under the name \"{key}\".") }</p>
                    }
                    // Data left in place says so itself; anything else that stops saving says it here.
                    if !saving.can_save && !matches!(problem, crate::domain::Error::SavedDataLeftInPlace { .. }) {
                        <p>{ "Stepwise will not save in this browser during this visit, so nothing already stored is overwritten." }</p>
                    }
                    <button type="button" class="app-button app-button--secondary" onclick={dismiss}>
                        { "Dismiss this message" }
                    </button>
                </ErrorBanner>
            }
            if let Some(problem) = &saving.save_problem {
                <ErrorBanner error={problem.clone()} />
            }
            // The days ratings were made matter only beside a supervisor's review, kept in
            // this browser too: leaving them out alone is not worth an alert.
            if saving.left_out_of_lms.iter().any(|l| *l != LeftOut::Days) {
                <div class="app-banner app-banner--warning" role="alert">
                    <p class="app-banner__title">
                        { format!("Your course can keep only part of your progress, so {} will be kept in this browser only.",
                            saving.left_out_of_lms.iter().map(|l| l.label()).collect::<Vec<_>>().join(" and ")) }
                    </p>
                    <p>{ "Your ratings and levels are kept in the course. Shorten your notes to keep them in the course too, or export a report to keep a copy." }</p>
                </div>
            }
            if !orphans.is_empty() {
                <div class="app-banner" role="status">
                    <p>
                        { format!(
                            "{} saved {} to competences that are no longer in this version of the framework. They are kept, but do not count towards any level.",
                            orphans.len(),
                            pick(orphans.len(), "rating or note refers", "ratings or notes refer")
                        ) }
                    </p>
                </div>
            }
        </div>
    }
}
