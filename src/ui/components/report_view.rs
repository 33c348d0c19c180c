use super::{
    ActionPlan, CareerPlanning, DomainChart, GapList, LevelTable, ReportFiles, ReviewFiles,
    ReviewSomeone, SignOff,
};
use crate::domain::assessment::scoring::{reach_rule, score};
use crate::domain::records::review::kept;
use crate::ui::context::{use_headings, use_model};
use crate::ui::context::{use_storage_key, ReportRatings};
use crate::ui::state::Action;
use crate::web::storage::LocalStore;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The gap report: who and when, where they stand, the gaps and routes, and the action plan.
/// Prints as an appraisal pack of at most three A4 pages: the summary and chart, the gaps,
/// then the plan (only the routes in it) and a sign-off block for the manager.
#[function_component]
pub fn ReportView() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let today = use_memo((), |_| crate::web::today());
    let current = model.assessment.current.as_ref().and_then(|l| fw.level(l));
    let target = model.target().and_then(|l| fw.level(&l).cloned());
    let on_name = {
        let model = model.clone();
        Callback::from(move |e: InputEvent| {
            model.dispatch(Action::SetPerson(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_leave_name = {
        let model = model.clone();
        Callback::from(move |_: FocusEvent| model.dispatch(Action::LeaveNote))
    };
    let person = model.assessment.person.trim();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            // Printing is offered, not required: a refusal leaves the page as it was.
            let _ = w.print();
        }
    });
    // Reviews kept in this browser for the person named on the report, read again when one
    // is kept; the latest gives the confirmed view the report reads (see
    // `kept::confirmed_view`). Reviews of anyone else are named, not used.
    let storage_key = use_storage_key();
    let kept_version = use_state(|| 0u32);
    let reviewed = {
        let fw = model.framework.clone();
        use_memo(
            (*kept_version, storage_key, model.assessment.person.clone()),
            move |(_, key, person)| {
                let all = key
                    .as_ref()
                    .and_then(|key| kept::load(&LocalStore, key, &fw).ok())
                    .unwrap_or_default();
                kept::for_person(all, person)
            },
        )
    };
    let (reviews, others) = (&reviewed.0, &reviewed.1);
    let on_kept = {
        let kept_version = kept_version.clone();
        Callback::from(move |_: ()| kept_version.set(*kept_version + 1))
    };
    let ratings = Rc::new(match reviews.last() {
        Some((_, review)) => kept::confirmed_view(&model.assessment, review),
        None => model.assessment.clone(),
    });
    // Reviewing someone else's request, in place of this report; the report (and the
    // person's own assessment) is left as it was.
    let reviewing = use_state(|| false);
    // Back from reviewing: focus returns to the button that opened it.
    let came_back = use_state(|| false);
    let on_review = {
        let reviewing = reviewing.clone();
        Callback::from(move |_: ()| reviewing.set(true))
    };
    if *reviewing {
        let on_back = {
            let (reviewing, came_back) = (reviewing.clone(), came_back.clone());
            Callback::from(move |_: ()| {
                came_back.set(true);
                reviewing.set(false)
            })
        };
        return html! { <ReviewSomeone on_back={Some(on_back)} /> };
    }
    let target_id = target.as_ref().map(|t| t.id.clone());
    let shown_scores: Vec<_> = score(fw, &ratings)
        .into_iter()
        .filter(|s| s.tally.rated > 0 || Some(&s.level) == target_id.as_ref())
        .collect();
    html! {
        <ContextProvider<ReportRatings> context={ReportRatings(ratings.clone())}>
        <div class="app-report">
            <section class="app-card app-report__header" aria-labelledby="report-heading">
                <@{h.tag(2)} id="report-heading" class="app-card__title">{ "Gap report" }</@>
                <div class="app-field app-no-print">
                    <label class="app-field__label" for="person-name">{ "Your name (shown on the report and in file names)" }</label>
                    <input id="person-name" class="app-input" type="text" autocomplete="name"
                        value={model.assessment.person.clone()} oninput={on_name} onblur={on_leave_name}
                        readonly={model.ui.read_only} />
                </div>
                <dl class="app-report__facts">
                    <dt>{ "Name" }</dt>
                    <dd>
                        if person.is_empty() {
                            <span class="app-no-print">{ "Not given" }</span>
                            // A line to write the name on, in print.
                            <span class="app-print-only app-signoff__line"></span>
                        } else {
                            <bdi>{ person }</bdi>
                        }
                    </dd>
                    <dt>{ "Current role" }</dt>
                    <dd>{ current.map(|l| l.title()).unwrap_or_else(|| "Not chosen".into()) }</dd>
                    <dt>{ "Aiming for" }</dt>
                    <dd>{ target.as_ref().map(|l| l.title()).unwrap_or_else(|| "Not chosen".into()) }</dd>
                    <dt>{ "Date" }</dt>
                    <dd>{ (*today).clone() }</dd>
                    <dt>{ "Framework" }</dt>
                    <dd>{ format!("{} (version {})", fw.meta.title, fw.meta.version) }</dd>
                </dl>
                if let Some((_, review)) = reviews.last() {
                    <p class="app-banner" role="note">
                        { "Uses the confirmed view: your supervisor " }<bdi>{ review.reviewer.name.clone() }</bdi>
                        { format!("'s ratings of {}, where they gave one (see Supervisor review).", review.reviewer.date) }
                    </p>
                }
                <p class="app-no-print">
                    <button type="button" class="app-button" onclick={print}>{ "Print or save as PDF" }</button>
                </p>
            </section>
            <section class="app-card" aria-labelledby="levels-summary-heading">
                <@{h.tag(2)} id="levels-summary-heading" class="app-card__title">{ "Summary by level" }</@>
                <p class="app-hint">{ reach_rule(fw) }</p>
                <LevelTable caption="Competences met at each level" scores={shown_scores} />
                <p class="app-hint">{ "Levels you have not rated are left out, except the one you aim for." }</p>
            </section>
            if let Some(target) = target {
                <DomainChart level={target.id.clone()} />
            }
            <GapList />
            <ActionPlan />
            <ReviewFiles reviews={Rc::new(reviews.clone())} others={others.clone()} on_kept={on_kept.clone()} {on_review} focus_review={*came_back} />
            <CareerPlanning />
            <SignOff />
            <ReportFiles on_reviews_kept={on_kept} />
        </div>
        </ContextProvider<ReportRatings>>
    }
}
