//! The UI's state: the assessment reducer ([`AssessmentState`], the domain data) and the
//! UI reducer ([`UiState`]: what is shown and said), each with its own action enum and pure
//! reducer. The app's [`Action`]s are turned into actions of the two. Effects (saving,
//! fetching, messages to a host page) live in hooks (`ui::hooks`).

mod assessment;
mod choices;
mod ui;

pub use assessment::{AssessmentAction, AssessmentState, LeftOut};
pub use choices::{
    describe_report, AreaChoice, Filter, ImportMessage, NoteEdit, PlanEdit, Rating, View,
};
pub use ui::{Saving, UiAction, UiState};

use crate::domain::assessment::PlanItem;
use crate::domain::embedding::settings::Settings;
use crate::domain::records::report::Imported;
use crate::domain::records::store::Loaded;
use crate::domain::{Assessment, CompetenceId, Error, Framework, LevelId};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// The app's state: the assessment, and how it is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub work: AssessmentState,
    pub ui: UiState,
}

/// The domain data is what most components read (`model.framework`, `model.assessment`).
impl Deref for Model {
    type Target = AssessmentState;

    fn deref(&self) -> &AssessmentState {
        &self.work
    }
}

/// What the person (or the host page, or an effect) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    LeftOutOfLms(Vec<crate::domain::records::saved::LeftOut>),
    ProgressRequested,
    ShowView(View),
    AddToPlan(PlanItem),
    EditPlan(PlanEdit),
    RemoveFromPlan(usize),
    /// The person's name, as typed: saved with the assessment.
    SetPerson(String),
    ImportChecked(Rc<Imported>),
    ImportFailed(Error),
    /// Replace the assessment with the pending import; the caller has kept a snapshot.
    ConfirmImport,
    CancelImport,
    SetArea(AreaChoice),
    ExploreFrom(LevelId),
    SetCurrent(LevelId),
    SetTarget(LevelId),
    ShowLevel(LevelId),
    /// Go to rating this level, with keyboard focus on its first competence: "Now rate …"
    /// after the current role is rated, or a gap report with nothing to show yet.
    RateLevel(LevelId),
    SetFilter(Filter),
    Rate(Rating),
    SetNote(NoteEdit),
    AskStartAgain,
    CancelStartAgain,
    ConfirmStartAgain,
    SaveFailed(Error),
    SaveSucceeded,
    DismissLoadProblem,
    /// The person left a note's field, or their name's: what they typed is saved now.
    LeaveNote,
    /// The competences are wanted: fetch them if they were left out.
    WantCompetences,
    /// The complete framework, in place of the outline.
    Fetched(Rc<Framework>),
    /// The complete framework could not be fetched, and why.
    FetchFailed(String),
    /// This tab's work combined with what another tab saved (see `assessment::merge`).
    MergedWithOtherTab(Assessment),
}

impl Action {
    /// Whether the action would change what is saved.
    pub fn changes_assessment(&self) -> bool {
        matches!(
            self,
            Action::SetCurrent(_)
                | Action::SetTarget(_)
                | Action::Rate(_)
                | Action::SetNote(_)
                | Action::SetArea(_)
                | Action::AskStartAgain
                | Action::ConfirmStartAgain
                | Action::AddToPlan(_)
                | Action::EditPlan(_)
                | Action::RemoveFromPlan(_)
                | Action::SetPerson(_)
                | Action::ImportChecked(_)
                | Action::ConfirmImport
        )
    }
}

impl Model {
    pub fn new(framework: Rc<Framework>, loaded: Loaded) -> Self {
        let work = AssessmentState::new(framework, loaded.assessment.clone());
        let ui = UiState::new(&loaded, work.assessment.current.clone());
        Model { work, ui }
    }

    /// Applies what the page asked for: starting levels where the learner has chosen none,
    /// and review mode.
    pub fn with_settings(mut self, settings: &Settings) -> Self {
        let chosen = self.work.assessment.current.is_some();
        self.work = self.work.with_settings(settings);
        if !chosen {
            self.ui.shown_level = self.work.assessment.current.clone();
        }
        self.ui.read_only = settings.review;
        self.ui.map_hidden = !settings.shows_view(View::Map.key());
        self
    }

    /// Starts from the role chosen on the plain first screen (see `ui::first_screen`) while
    /// the app was arriving, where it is one of this framework's and no role is set yet.
    pub fn first_choice(self, level: Option<LevelId>) -> Self {
        match level {
            Some(level)
                if self.work.assessment.current.is_none()
                    && self.work.framework.level(&level).is_some() =>
            {
                self.next(Action::SetCurrent(level)).unwrap_or(self)
            }
            _ => self,
        }
    }

    /// Shows `level` for rating, where it is one of this framework's (after a hand-over, the
    /// level the person was rating).
    pub fn showing(self, level: Option<LevelId>) -> Self {
        match level {
            Some(level) if self.work.framework.level(&level).is_some() => {
                self.next(Action::ShowLevel(level)).unwrap_or(self)
            }
            _ => self,
        }
    }

    /// Marks the framework as an outline, whose competences are in the complete framework
    /// at `complete_at`. A chosen role starts fetching them at once.
    pub fn outline(mut self, complete_at: Option<String>) -> Self {
        self.work = self.work.outline(complete_at);
        self
    }

    /// The level the career map starts from.
    pub fn map_origin(&self) -> Option<LevelId> {
        self.ui
            .map_from
            .clone()
            .or_else(|| self.work.assessment.current.clone())
    }

    /// Whether the rating list shows a competence.
    pub fn shows(&self, id: &CompetenceId) -> bool {
        self.ui.shows(id)
    }

    /// The model after a change to the assessment, and then to how it is shown (if `then`).
    fn assess(&self, action: AssessmentAction, then: Option<UiAction>) -> Option<Model> {
        let work = self.work.reduce(action)?;
        let ui = match then {
            Some(then) => self.ui.reduce(then, &work)?,
            None => self.ui.clone(),
        };
        Some(Model { work, ui })
    }

    fn show(&self, action: UiAction) -> Option<Model> {
        Some(Model {
            work: self.work.clone(),
            ui: self.ui.reduce(action, &self.work)?,
        })
    }

    fn next(&self, action: Action) -> Option<Model> {
        use AssessmentAction as A;
        use UiAction as U;
        match action {
            Action::LeftOutOfLms(left_out) => self.show(U::LeftOutOfLms(left_out)),
            Action::ProgressRequested => self.show(U::ProgressRequested),
            Action::ShowView(view) => self.show(U::ShowView(view)),
            Action::LeaveNote => self.show(U::LeaveNote),
            Action::SetPerson(name) => self.assess(A::SetPerson(name), None),
            Action::ImportChecked(imported) => self.show(U::ImportChecked(imported)),
            Action::ImportFailed(e) => self.show(U::ImportFailed(e)),
            Action::CancelImport => self.show(U::CancelImport),
            Action::ExploreFrom(level) => self.show(U::ExploreFrom(level)),
            Action::ShowLevel(level) => self.show(U::ShowLevel(level)),
            Action::RateLevel(level) => self.show(U::RateLevel(level)),
            Action::SetFilter(filter) => self.show(U::SetFilter(filter)),
            Action::AskStartAgain => self.show(U::AskStartAgain),
            Action::CancelStartAgain => self.show(U::CancelStartAgain),
            Action::SaveFailed(e) => self.show(U::SaveFailed(e)),
            Action::SaveSucceeded => self.show(U::SaveSucceeded),
            Action::DismissLoadProblem => self.show(U::DismissLoadProblem),
            Action::ConfirmImport => {
                let imported = self.ui.pending_import.clone()?;
                let mut assessment = imported.assessment.clone();
                // The name the report was made for; a report's own assessment may predate
                // names being saved with it.
                if !imported.info.person.is_empty() {
                    assessment.person = imported.info.person.clone();
                }
                self.assess(A::Replace(assessment), Some(U::Imported(imported)))
            }
            Action::ConfirmStartAgain => self.assess(A::Clear, Some(U::StartedAgain)),
            Action::MergedWithOtherTab(merged) => {
                // A role chosen in the other tab, where this one shows no level yet, is shown.
                let role = merged
                    .current
                    .clone()
                    .filter(|_| self.ui.shown_level.is_none());
                self.assess(A::Replace(merged), role.map(U::RoleChosen))
            }
            Action::SetCurrent(level) => {
                self.assess(A::SetCurrent(level.clone()), Some(U::RoleChosen(level)))
            }
            Action::SetArea(choice) => self.assess(A::SetArea(choice), Some(U::Refilter)),
            Action::SetTarget(level) => self.assess(A::SetTarget(level), None),
            Action::Rate(rating) => self.assess(A::Rate(rating), None),
            Action::SetNote(note) => self.assess(A::SetNote(note), None),
            Action::AddToPlan(item) => self.assess(A::AddToPlan(item), None),
            Action::EditPlan(edit) => self.assess(A::EditPlan(edit), None),
            Action::RemoveFromPlan(index) => self.assess(A::RemoveFromPlan(index), None),
            Action::WantCompetences => self.assess(A::WantCompetences, None),
            Action::FetchFailed(reason) => self.assess(A::FetchFailed(reason), None),
            Action::Fetched(framework) => {
                let arrived = self.work.reduce(A::Fetched(framework))?;
                // The competences are new: the filter applies to them as if just chosen.
                let ui = if arrived.statements == LeftOut::Included {
                    self.ui.reduce(U::Refilter, &arrived)?
                } else {
                    self.ui.clone()
                };
                Some(Model { work: arrived, ui })
            }
        }
    }
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // In review mode nothing that changes the assessment gets through.
        if self.ui.read_only && action.changes_assessment() {
            return self;
        }
        match self.next(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
