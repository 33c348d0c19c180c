//! The UI's reducer, tested natively: what each user action does to what they see and save.

mod common;

use std::rc::Rc;
use stepwise::domain::framework::compact::{decode, encode, Form};
use stepwise::domain::records::store::Loaded;
use stepwise::domain::{Assessment, CompetenceId, LevelId};
use stepwise::ui::state::{Action, Filter, LeftOut, Model, NoteEdit, Rating};
use yew::Reducible;

/// Where the test framework's outline says the complete framework is.
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
    Rc::new(Model::new(Rc::new(outline), loaded()).outline(Some(COMPLETE.into())))
}

fn rate(c: &str, value: u8) -> Action {
    Action::Rate(Rating {
        competence: CompetenceId::new(c),
        value,
        on: "2026-12-03".into(),
    })
}

#[test]
fn choosing_a_current_role_aims_one_level_up_and_shows_that_role() {
    let m = model().reduce(Action::SetCurrent(LevelId::new("a")));
    assert_eq!(m.assessment.current, Some(LevelId::new("a")));
    assert_eq!(m.target(), Some(LevelId::new("b")));
    assert_eq!(m.ui.shown_level, Some(LevelId::new("a")));
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
        m.assessment.rated_on(&CompetenceId::new("a.care.1")),
        Some("2026-12-03"),
        "each rating keeps the day it was made"
    );
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
    assert!(m.ui.confirming_start_again);
    assert_eq!(m.assessment.ratings.len(), 1, "nothing cleared by asking");
    let kept = m.clone().reduce(Action::CancelStartAgain);
    assert_eq!(kept.assessment.ratings.len(), 1);
    assert!(!kept.ui.confirming_start_again);
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

    let failed = chosen.clone().reduce(Action::FetchFailed("offline".into()));
    assert!(matches!(&failed.statements, LeftOut::Failed { reason, .. } if reason == "offline"));
    let retried = failed.reduce(Action::WantCompetences);
    assert!(matches!(retried.statements, LeftOut::Loading(_)));

    // Another framework is not this one's complete form: kept out, and said so.
    let mut other = common::small();
    other.meta.id = "other".into();
    let refused = retried.clone().reduce(Action::Fetched(Rc::new(other)));
    assert!(
        matches!(&refused.statements, LeftOut::Failed { reason, .. } if reason.contains("different version")),
        "{:?}",
        refused.statements
    );

    let complete = Rc::new(common::small());
    let here = retried.reduce(Action::Fetched(complete.clone()));
    assert!(Rc::ptr_eq(&here.framework, &complete));
    assert_eq!(here.statements, LeftOut::Included);
    assert_eq!(here.assessment.current, Some(LevelId::new("a")));
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
        .outline(Some(COMPLETE.into()));
    assert_eq!(m.statements, LeftOut::Loading(COMPLETE.into()));
}

/// After the competences failed to come, choosing a role (again, or another) tries again.
#[test]
fn choosing_a_role_after_a_failed_fetch_tries_again() {
    let failed = first_visit()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::FetchFailed("offline".into()));
    assert!(matches!(failed.statements, LeftOut::Failed { .. }));
    let dismissed = failed.clone().reduce(Action::DismissLoadProblem);
    assert!(
        matches!(dismissed.statements, LeftOut::Failed { .. }),
        "other actions do not retry by themselves"
    );
    let again = failed.reduce(Action::SetCurrent(LevelId::new("b")));
    assert_eq!(again.statements, LeftOut::Loading(COMPLETE.into()));
}

#[test]
fn the_name_is_part_of_the_assessment_so_it_is_saved_and_cleared_with_it() {
    assert!(
        Action::SetPerson("Jo".into()).changes_assessment(),
        "typing it saves it"
    );
    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::SetPerson("Jo Bloggs".into()));
    assert_eq!(m.assessment.person, "Jo Bloggs");
    let cleared = m
        .reduce(Action::AskStartAgain)
        .reduce(Action::ConfirmStartAgain);
    assert_eq!(
        cleared.assessment.person, "",
        "starting again forgets the name too"
    );

    let review = Rc::new(
        Model::new(Rc::new(common::small()), loaded()).with_settings(
            &stepwise::domain::embedding::settings::Settings {
                review: true,
                ..Default::default()
            },
        ),
    )
    .reduce(Action::SetPerson("Someone else".into()));
    assert_eq!(review.assessment.person, "", "review mode changes nothing");
}

#[test]
fn an_imported_report_brings_the_name_it_was_made_for() {
    use stepwise::domain::records::report::{Imported, ReportInfo};
    let mut made = Assessment::default();
    made.rate(CompetenceId::new("a.care.1"), 2);
    // A report of before names were saved with the assessment: the name is only beside it.
    let imported = Imported {
        assessment: made,
        info: ReportInfo {
            person: "Jo Bloggs".into(),
            date: "2026-11-23".into(),
        },
        framework_version: "1".into(),
        version_notice: None,
        unknown_competences: 0,
    };
    let m = model()
        .reduce(Action::SetPerson("Sam".into()))
        .reduce(Action::ImportChecked(Rc::new(imported)));
    assert_eq!(
        m.assessment.person, "Sam",
        "nothing replaced before the person agrees"
    );
    let m = m.reduce(Action::ConfirmImport);
    assert_eq!(m.assessment.person, "Jo Bloggs");
    assert_eq!(m.assessment.rating(&CompetenceId::new("a.care.1")), Some(2));
}

/// A button sending the person to rate a level ("Now rate …", or from an empty gap report)
/// opens the rating view on it, and remembers it was sent there (focus goes to its first
/// competence) until they choose a level or a view themselves.
#[test]
fn being_sent_to_rate_a_level_lasts_until_the_person_moves_on() {
    use stepwise::ui::state::View;
    let m = model()
        .reduce(Action::SetCurrent(LevelId::new("a")))
        .reduce(Action::ShowView(View::Report));
    let b = LevelId::new("b");
    let sent = m.clone().reduce(Action::RateLevel(b.clone()));
    assert_eq!(sent.ui.view, View::Assess);
    assert_eq!(sent.ui.shown_level.as_ref(), Some(&b));
    assert_eq!(sent.ui.sent_to.as_ref(), Some(&b));
    let rated = sent.clone().reduce(rate("b.care.1", 2));
    assert_eq!(rated.ui.sent_to.as_ref(), Some(&b), "rating keeps it");
    let shown = rated.clone().reduce(Action::ShowLevel(LevelId::new("a")));
    assert_eq!(shown.ui.sent_to, None, "choosing a level ends it");
    let away = rated.reduce(Action::ShowView(View::Map));
    assert_eq!(away.ui.sent_to, None, "so coming back leaves focus alone");
    let nowhere = m.clone().reduce(Action::RateLevel(LevelId::new("zz")));
    assert!(
        Rc::ptr_eq(&nowhere, &m),
        "a level the framework lacks changes nothing"
    );
}
