//! The UI's state and its one pure reducer. Effects (saving, fetching, messages to a host
//! page) live in hooks (`ui::hooks`).

mod choices;

pub use choices::{
    describe_report, AreaChoice, Filter, ImportMessage, NoteEdit, PlanEdit, Rating, View,
};

use crate::domain::assessment::PlanItem;
use crate::domain::records::report::Imported;
use crate::domain::records::store::Loaded;
use crate::domain::{Assessment, CompetenceId, Error, Framework, LevelId};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// Whether the competences are here: a first visit opens a framework's outline (enough to
/// choose a role), and the complete framework is fetched once a role is chosen. If they are
/// not here, where they are and how fetching them went.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LeftOut {
    /// In the framework.
    #[default]
    Included,
    /// Left out; the complete framework is at this URL.
    Deferred(String),
    Loading(String),
    /// Could not be fetched: why, and where from, to try again.
    Failed {
        url: String,
        reason: String,
    },
}

/// What the app knows about saving.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saving {
    /// A problem found when loading, shown until dismissed.
    pub load_problem: Option<Error>,
    pub kept_aside: Option<String>,
    pub can_save: bool,
    /// The last save's failure, cleared by the next success.
    pub save_problem: Option<Error>,
    /// What the LMS's resume data could not hold at the last save.
    pub left_out_of_lms: Vec<crate::domain::records::saved::LeftOut>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub framework: Rc<Framework>,
    pub assessment: Assessment,
    /// The level whose competences are listed for rating.
    pub shown_level: Option<LevelId>,
    pub filter: Filter,
    /// The competences that fitted the filter when it was chosen. Rating one does not make it
    /// vanish from under the user's cursor or keyboard focus.
    pub filtered: Option<Rc<BTreeSet<CompetenceId>>>,
    pub confirming_start_again: bool,
    pub saving: Saving,
    /// The level the career map is explored from; `None` means the current role.
    pub map_from: Option<LevelId>,
    /// The person's name, for exported reports.
    pub person: String,
    pub view: View,
    /// Counts the host page's requests for progress, so each gets an answer.
    pub progress_requests: u32,
    /// Review mode: everything can be seen and exported, nothing changed.
    pub read_only: bool,
    /// A report checked and waiting for the user to agree to replace their work.
    pub pending_import: Option<Rc<Imported>>,
    /// Why the last report could not be imported, or what the last import did.
    pub import_message: Option<ImportMessage>,
    /// The competences and routes, left out of a first visit's outline until a role is chosen.
    pub statements: LeftOut,
    /// Counts the times a note was left (its field lost focus), so that it is saved then.
    pub notes_left: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    LeftOutOfLms(Vec<crate::domain::records::saved::LeftOut>),
    ProgressRequested,
    ShowView(View),
    AddToPlan(PlanItem),
    EditPlan(PlanEdit),
    RemoveFromPlan(usize),
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
    SetFilter(Filter),
    Rate(Rating),
    SetNote(NoteEdit),
    AskStartAgain,
    CancelStartAgain,
    ConfirmStartAgain,
    SaveFailed(Error),
    SaveSucceeded,
    DismissLoadProblem,
    /// The person left a note's field: what they typed is saved now.
    LeaveNote,
    /// The competences are wanted: fetch them if they were left out.
    WantCompetences,
    /// The complete framework, in place of the outline.
    Fetched(Rc<Framework>),
    /// The complete framework could not be fetched, and why.
    FetchFailed(String),
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
                | Action::ImportChecked(_)
                | Action::ConfirmImport
        )
    }
}

impl Model {
    pub fn new(framework: Rc<Framework>, loaded: Loaded) -> Self {
        let mut assessment = loaded.assessment;
        // Levels that no longer exist are dropped from the choice, not from the ratings.
        if assessment
            .current
            .as_ref()
            .is_some_and(|l| framework.level(l).is_none())
        {
            assessment.current = None;
        }
        if assessment
            .target
            .as_ref()
            .is_some_and(|l| framework.level(l).is_none())
        {
            assessment.target = None;
        }
        Model {
            shown_level: assessment.current.clone(),
            framework,
            assessment,
            filter: Filter::All,
            filtered: None,
            confirming_start_again: false,
            map_from: None,
            person: String::new(),
            view: View::Assess,
            read_only: false,
            progress_requests: 0,
            pending_import: None,
            import_message: None,
            statements: LeftOut::Included,
            notes_left: 0,
            saving: Saving {
                load_problem: loaded.problem,
                kept_aside: loaded.kept_aside,
                can_save: loaded.can_save,
                save_problem: None,
                left_out_of_lms: Vec::new(),
            },
        }
    }

    /// Applies what the page asked for: starting levels where the learner has chosen none,
    /// and review mode.
    pub fn with_settings(
        mut self,
        settings: &crate::domain::embedding::settings::Settings,
    ) -> Self {
        let valid = |l: &Option<LevelId>| l.clone().filter(|l| self.framework.level(l).is_some());
        if self.assessment.current.is_none() {
            self.assessment.current = valid(&settings.current);
            self.shown_level = self.assessment.current.clone();
        }
        if self.assessment.target.is_none() {
            self.assessment.target = valid(&settings.target);
        }
        self.read_only = settings.review;
        self
    }

    /// Marks the framework as an outline, whose competences are in the complete framework
    /// at `complete_at`. A chosen role starts fetching them at once.
    pub fn outline(mut self, complete_at: Option<String>) -> Self {
        self.statements = complete_at.map(LeftOut::Deferred).unwrap_or_default();
        self.fetch_statements_for_role();
        self
    }

    /// A chosen role needs its competences: once there is one, statements left out are
    /// fetched.
    fn fetch_statements_for_role(&mut self) {
        if let (Some(_), LeftOut::Deferred(url)) = (&self.assessment.current, &self.statements) {
            self.statements = LeftOut::Loading(url.clone());
        }
    }

    /// The level the career map starts from.
    pub fn map_origin(&self) -> Option<LevelId> {
        self.map_from
            .clone()
            .or_else(|| self.assessment.current.clone())
    }

    /// The level to aim for, chosen or by default.
    pub fn target(&self) -> Option<LevelId> {
        self.assessment.effective_target(&self.framework)
    }

    fn snapshot_filter(&mut self) {
        self.filtered = match (self.filter, &self.shown_level) {
            (Filter::All, _) | (_, None) => None,
            (filter, Some(level)) => Some(Rc::new(
                self.framework
                    .competences_of(level)
                    .filter(|c| c.applies(&self.assessment.areas))
                    .filter(|c| filter.fits(self.assessment.status(&self.framework, &c.id)))
                    .map(|c| c.id.clone())
                    .collect(),
            )),
        };
    }

    /// Whether the rating list shows a competence.
    pub fn shows(&self, id: &CompetenceId) -> bool {
        self.filtered.as_ref().is_none_or(|ids| ids.contains(id))
    }
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // In review mode nothing that changes the assessment gets through.
        if self.read_only && action.changes_assessment() {
            return self;
        }
        let mut m = (*self).clone();
        match action {
            Action::LeftOutOfLms(left_out) => {
                if m.saving.left_out_of_lms == left_out {
                    return self;
                }
                m.saving.left_out_of_lms = left_out;
            }
            Action::ProgressRequested => m.progress_requests = m.progress_requests.wrapping_add(1),
            Action::ShowView(view) => m.view = view,
            Action::LeaveNote => m.notes_left = m.notes_left.wrapping_add(1),
            Action::WantCompetences => match &m.statements {
                LeftOut::Deferred(url) | LeftOut::Failed { url, .. } => {
                    m.statements = LeftOut::Loading(url.clone())
                }
                LeftOut::Included | LeftOut::Loading(_) => return self,
            },
            Action::Fetched(framework) => {
                let LeftOut::Loading(url) = m.statements.clone() else {
                    return self;
                };
                // Only the same framework, the same version: anything else is not a fuller
                // copy of this one, and is ignored.
                let same = framework.meta == m.framework.meta
                    && framework.levels.len() == m.framework.levels.len();
                if !same {
                    m.statements = LeftOut::Failed {
                        url,
                        reason: "The framework fetched is a different version from the one open here: reload the page.".into(),
                    };
                    return Rc::new(m);
                }
                m.framework = framework;
                m.statements = LeftOut::Included;
                // The competences are new: the filter applies to them as if just chosen.
                m.snapshot_filter();
            }
            Action::FetchFailed(reason) => {
                if let LeftOut::Loading(url) = m.statements.clone() {
                    m.statements = LeftOut::Failed { url, reason };
                }
            }
            Action::AddToPlan(item) => m.assessment.plan.push(item),
            Action::EditPlan(PlanEdit { index, item }) => match m.assessment.plan.get_mut(index) {
                Some(slot) => *slot = item,
                None => return self,
            },
            Action::RemoveFromPlan(index) => {
                if index >= m.assessment.plan.len() {
                    return self;
                }
                m.assessment.plan.remove(index);
            }
            Action::SetPerson(name) => m.person = name,
            Action::ImportChecked(imported) => {
                m.pending_import = Some(imported);
                m.import_message = None;
            }
            Action::ImportFailed(e) => {
                m.pending_import = None;
                m.import_message = Some(ImportMessage::Failed(e));
            }
            Action::CancelImport => m.pending_import = None,
            Action::ConfirmImport => {
                let Some(imported) = m.pending_import.take() else {
                    return self;
                };
                m.assessment = imported.assessment.clone();
                m.shown_level = m.assessment.current.clone();
                m.filter = Filter::All;
                m.filtered = None;
                m.map_from = None;
                if !imported.info.person.is_empty() {
                    m.person = imported.info.person.clone();
                }
                m.import_message = Some(ImportMessage::Done {
                    from: describe_report(&imported),
                    notice: imported.version_notice.clone(),
                });
            }
            Action::SetArea(AreaChoice { area, on }) => {
                if m.framework.area(&area).is_none() {
                    return self;
                }
                m.assessment.set_area(area, on);
                m.snapshot_filter();
            }
            Action::ExploreFrom(level) => {
                if m.framework.level(&level).is_none() {
                    return self;
                }
                m.map_from = Some(level);
            }
            Action::SetCurrent(level) => {
                if m.framework.level(&level).is_none() {
                    return self;
                }
                // Keep a target the user chose; a default follows the new current level.
                let was_default = m.assessment.target.is_none()
                    || m.assessment.target == m.assessment.default_target(&m.framework);
                m.assessment.current = Some(level.clone());
                if was_default {
                    m.assessment.target = m.assessment.default_target(&m.framework);
                }
                m.shown_level = Some(level);
                m.map_from = None;
                m.snapshot_filter();
                // A role chosen again after the competences failed to come tries once more.
                if let LeftOut::Failed { url, .. } = &m.statements {
                    m.statements = LeftOut::Deferred(url.clone());
                }
            }
            Action::SetTarget(level) => {
                if m.framework.level(&level).is_none() {
                    return self;
                }
                m.assessment.target = Some(level);
            }
            Action::ShowLevel(level) => {
                if m.framework.level(&level).is_none() {
                    return self;
                }
                m.shown_level = Some(level);
                m.snapshot_filter();
            }
            Action::SetFilter(filter) => {
                m.filter = filter;
                m.snapshot_filter();
            }
            Action::Rate(Rating { competence, value }) => {
                if m.framework.competence(&competence).is_none()
                    || m.framework.scale.get(value).is_none()
                {
                    return self;
                }
                m.assessment.rate(competence, value);
            }
            Action::SetNote(NoteEdit { competence, text }) => {
                m.assessment.set_note(competence, text);
            }
            Action::AskStartAgain => m.confirming_start_again = true,
            Action::CancelStartAgain => m.confirming_start_again = false,
            Action::ConfirmStartAgain => {
                m.assessment = Assessment::default();
                m.shown_level = None;
                m.filter = Filter::All;
                m.filtered = None;
                m.confirming_start_again = false;
                m.map_from = None;
            }
            Action::SaveFailed(e) => m.saving.save_problem = Some(e),
            Action::SaveSucceeded => {
                if m.saving.save_problem.is_none() {
                    return self;
                }
                m.saving.save_problem = None;
            }
            Action::DismissLoadProblem => {
                m.saving.load_problem = None;
            }
        }
        m.fetch_statements_for_role();
        Rc::new(m)
    }
}
