//! The UI's reducer, tested natively: what each user action does to what they see and save.

mod common;

use std::rc::Rc;
use stepwise::domain::framework::compact::{decode, encode, Form};
use stepwise::domain::records::store::Loaded;
use stepwise::domain::{Assessment, CompetenceId, LevelId};
use stepwise::ui::state::{Action, Filter, LeftOut, Model, NoteEdit, Part, Rating};
use yew::Reducible;

/// Where the tests' frameworks say their left-out parts are: the one compiled form.
const COMPLETE: &str = "content/small.json";

fn loaded() -> Loaded {
    Loaded {
        assessment: Assessment::default(),
        problem: None,
        kept_aside: None,
        can_save: true,
    }
}

fn model() -> Rc<Model> {
    Rc::new(Model::new(Rc::new(common::small()), loaded()))
}

/// The test framework as the rating page opens it on a first visit: in outline.
fn first_visit() -> Rc<Model> {
    let outline = decode(&encode(&common::small(), Form::Outline)).unwrap();
    Rc::new(
        Model::new(Rc::new(outline), loaded())
            .left_out(Some(COMPLETE.into()), Some(COMPLETE.into())),
    )
}

/// The test framework opened with its evidence examples still to fetch.
fn without_details() -> Rc<Model> {
    Rc::new(Model::new(Rc::new(common::small()), loaded()).left_out(None, Some(COMPLETE.into())))
}

fn rate(c: &str, value: u8) -> Action {
    Action::Rate(Rating {
        competence: CompetenceId::new(c),
        value,
    })
}

#[test]
fn choosing_a_current_role_aims_one_level_up_and_shows_that_role() {
    let m = model().reduce(Action::SetCurrent(LevelId::new("a")));
    assert_eq!(m.assessment.current, Some(LevelId::new("a")));
    assert_eq!(m.target(), Some(LevelId::new("b")));
    assert_eq!(m.shown_level, Some(LevelId::new("a")));
}

#[test]
fn a_chosen_target_survives_a_change_of_current_role_but_a_default_follows_it() {
    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::SetTarget(LevelId::new("m")))
        .reduce(Action::SetCurrent(LevelId::new("b")));
    assert_eq!(
        m.target(),
        Some(LevelId::new("m")),
        "chosen across move kept"
    );

    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::SetCurrent(LevelId::new("b")));
    assert_eq!(
        m.target(),
        Some(LevelId::new("b")),
        "default moves to staying at the top"
    );
}

#[test]
fn rating_and_noting_change_the_assessment_and_blank_notes_vanish() {
    let m = model()
        .reduce(rate("a.care.1", 2))
        .reduce(rate("a.care.1", 1))
        .reduce(Action::SetNote(NoteEdit {
            competence: CompetenceId::new("a.care.1"),
            text: "see portfolio".into(),
        }));
    assert_eq!(m.assessment.rating(&CompetenceId::new("a.care.1")), Some(1));
    assert_eq!(
        m.assessment.note(&CompetenceId::new("a.care.1")),
        "see portfolio"
    );
    let m = m.reduce(Action::SetNote(NoteEdit {
        competence: CompetenceId::new("a.care.1"),
        text: "   ".into(),
    }));
    assert!(m.assessment.notes.is_empty());
}

#[test]
fn ratings_off_the_scale_or_for_unknown_competences_are_ignored() {
    let m = model().reduce(rate("a.care.1", 7)).reduce(rate("nope", 1));
    assert!(m.assessment.ratings.is_empty());
}

#[test]
fn a_filter_keeps_items_in_place_as_they_are_rated_until_refreshed() {
    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(rate("a.care.1", 2))
        .reduce(Action::SetFilter(Filter::NotRated));
    assert!(!m.shows(&CompetenceId::new("a.care.1")));
    assert!(m.shows(&CompetenceId::new("a.care.2")));
    let m = m.reduce(rate("a.care.2", 3));
    assert!(
        m.shows(&CompetenceId::new("a.care.2")),
        "still shown after rating"
    );
    let m = m.reduce(Action::SetFilter(Filter::NotRated));
    assert!(
        !m.shows(&CompetenceId::new("a.care.2")),
        "gone after refresh"
    );

    let m = m
        .reduce(rate("a.lead.1", 0))
        .reduce(Action::SetFilter(Filter::Gaps));
    assert!(m.shows(&CompetenceId::new("a.lead.1")));
    assert!(!m.shows(&CompetenceId::new("a.care.2")));
}

#[test]
fn start_again_needs_confirming_and_can_be_cancelled() {
    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(rate("a.care.1", 2))
        .reduce(Action::AskStartAgain);
    assert!(m.confirming_start_again);
    assert_eq!(m.assessment.ratings.len(), 1, "nothing cleared by asking");
    let kept = m.clone().reduce(Action::CancelStartAgain);
    assert_eq!(kept.assessment.ratings.len(), 1);
    assert!(!kept.confirming_start_again);
    let cleared = m.reduce(Action::ConfirmStartAgain);
    assert_eq!(cleared.assessment, Assessment::default());
}

#[test]
fn saved_levels_that_no_longer_exist_are_dropped_from_the_choice_only() {
    let mut assessment = Assessment {
        current: Some(LevelId::new("gone")),
        ..Assessment::default()
    };
    assessment.rate(CompetenceId::new("gone.1"), 2);
    let m = Model::new(
        Rc::new(common::small()),
        Loaded {
            assessment,
            problem: None,
            kept_aside: None,
            can_save: true,
        },
    );
    assert_eq!(m.assessment.current, None);
    assert_eq!(m.assessment.ratings.len(), 1);
}

/// A framework opened without them gets its evidence examples when someone first opens a competence's
/// evidence and notes; ratings are untouched, and a failure can be tried again.
#[test]
fn evidence_examples_are_fetched_once_wanted_and_a_failure_can_be_retried() {
    let m = without_details()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(rate("a.care.1", 2));

    let loading = m.clone().reduce(Action::Want(Part::Details));
    assert_eq!(loading.details, LeftOut::Loading(COMPLETE.into()));
    let again = loading.clone().reduce(Action::Want(Part::Details));
    assert!(Rc::ptr_eq(&again, &loading), "one fetch at a time");

    let failed = loading
        .clone()
        .reduce(Action::FetchFailed(Part::Details, "offline".into()));
    assert_eq!(
        failed.details,
        LeftOut::Failed {
            url: COMPLETE.into(),
            reason: "offline".into()
        }
    );
    assert!(matches!(
        failed.reduce(Action::Want(Part::Details)).details,
        LeftOut::Loading(_)
    ));

    let complete = Rc::new(common::small());
    let done = loading.reduce(Action::Fetched(Part::Details, complete.clone()));
    assert!(Rc::ptr_eq(&done.framework, &complete));
    assert_eq!(done.details, LeftOut::Included);
    assert_eq!(
        done.assessment.rating(&CompetenceId::new("a.care.1")),
        Some(2)
    );

    // Another framework is not this one's complete form: kept out, and said so.
    let mut other = common::small();
    other.meta.id = "other".into();
    let other = Rc::new(other);
    let kept = done
        .clone()
        .reduce(Action::Fetched(Part::Details, other.clone()));
    assert!(Rc::ptr_eq(&kept.framework, &complete));
    let refused = m
        .reduce(Action::Want(Part::Details))
        .reduce(Action::Fetched(Part::Details, other));
    assert!(
        matches!(&refused.details, LeftOut::Failed { reason, .. } if reason.contains("different version")),
        "{:?}",
        refused.details
    );
}

/// A first visit opens the framework's outline (levels, no competences). Choosing a role
/// fetches the competences; until they come nothing can be rated, and when they come the
/// choices made meanwhile are kept. A failure can be tried again.
#[test]
fn a_first_visit_fetches_the_competences_once_a_role_is_chosen() {
    let m = first_visit();
    assert_eq!(
        m.statements,
        LeftOut::Deferred(COMPLETE.into()),
        "nothing is fetched before a role is chosen"
    );
    let shown = m
        .clone()
        .reduce(Action::ShowView(stepwise::ui::state::View::Assess));
    assert!(matches!(shown.statements, LeftOut::Deferred(_)));

    let chosen = shown.reduce(Action::SetCurrent(LevelId::new("a")));
    assert_eq!(chosen.statements, LeftOut::Loading(COMPLETE.into()));
    let unrated = chosen.clone().reduce(rate("a.care.1", 2));
    assert!(
        Rc::ptr_eq(&unrated, &chosen),
        "no rating before the competences are here"
    );

    let failed = chosen
        .clone()
        .reduce(Action::FetchFailed(Part::Statements, "offline".into()));
    assert!(matches!(&failed.statements, LeftOut::Failed { reason, .. } if reason == "offline"));
    let retried = failed.reduce(Action::Want(Part::Statements));
    assert!(matches!(retried.statements, LeftOut::Loading(_)));

    let whole = Rc::new(decode(&encode(&common::small(), Form::Complete)).unwrap());
    let here = retried.reduce(Action::Fetched(Part::Statements, whole.clone()));
    assert!(Rc::ptr_eq(&here.framework, &whole));
    assert_eq!(here.statements, LeftOut::Included);
    assert_eq!(here.assessment.current, Some(LevelId::new("a")));
    assert!(
        matches!(here.details, LeftOut::Deferred(_)),
        "evidence examples still wait until opened"
    );
    let rated = here.reduce(rate("a.care.1", 2));
    assert_eq!(
        rated.assessment.rating(&CompetenceId::new("a.care.1")),
        Some(2)
    );
}

#[test]
fn a_role_set_by_the_page_fetches_the_competences_at_once() {
    let m = Model::new(Rc::new(common::small()), loaded())
        .with_settings(&stepwise::domain::embedding::settings::Settings {
            current: Some(LevelId::new("a")),
            ..Default::default()
        })
        .left_out(Some(COMPLETE.into()), None);
    assert_eq!(m.statements, LeftOut::Loading(COMPLETE.into()));
}

/// Evidence examples arriving while "Not yet rated" is on leave the list as it was: what was
/// rated since the filter was chosen stays in view, under the person's cursor or focus.
#[test]
fn details_arriving_do_not_rebuild_a_filtered_list() {
    let m = without_details()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::SetFilter(Filter::NotRated))
        .reduce(Action::Want(Part::Details))
        .reduce(rate("a.care.1", 2));
    let rated = CompetenceId::new("a.care.1");
    assert!(m.shows(&rated));
    let done = m.reduce(Action::Fetched(Part::Details, Rc::new(common::small())));
    assert_eq!(done.details, LeftOut::Included);
    assert!(done.shows(&rated), "still in view after the details came");
}

/// After the competences failed to come, choosing a role (again, or another) tries again.
#[test]
fn choosing_a_role_after_a_failed_fetch_tries_again() {
    let failed = first_visit()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::FetchFailed(Part::Statements, "offline".into()));
    assert!(matches!(failed.statements, LeftOut::Failed { .. }));
    let dismissed = failed.clone().reduce(Action::DismissLoadProblem);
    assert!(
        matches!(dismissed.statements, LeftOut::Failed { .. }),
        "other actions do not retry by themselves"
    );
    let again = failed.reduce(Action::SetCurrent(LevelId::new("b")));
    assert_eq!(again.statements, LeftOut::Loading(COMPLETE.into()));
}
