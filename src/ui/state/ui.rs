//! The UI reducer: what the person is looking at and what they are told, apart from the
//! assessment itself (the section shown, the filter, banners, a report waiting to be
//! imported).

use super::assessment::AssessmentState;
use super::{describe_report, Filter, ImportMessage, View};
use crate::domain::records::report::Imported;
use crate::domain::records::saved;
use crate::domain::records::store::Loaded;
use crate::domain::{CompetenceId, Error, LevelId};
use std::collections::BTreeSet;
use std::rc::Rc;

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
    pub left_out_of_lms: Vec<saved::LeftOut>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UiState {
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
    pub view: View,
    /// Counts the host page's requests for progress, so each gets an answer.
    pub progress_requests: u32,
    /// Review mode: everything can be seen and exported, nothing changed.
    pub read_only: bool,
    /// The site hides the career map, so nothing offers a way there.
    pub map_hidden: bool,
    /// A report checked and waiting for the user to agree to replace their work.
    pub pending_import: Option<Rc<Imported>>,
    /// Why the last report could not be imported, or what the last import did.
    pub import_message: Option<ImportMessage>,
    /// Counts the times a note was left (its field lost focus), so that it is saved then.
    pub notes_left: u32,
    /// The level a button sent the person to rate ([`UiAction::RateLevel`]): keyboard focus
    /// goes to its first competence, and the rating list says which level this is. Any other
    /// change of level or view ends it, so coming back later leaves focus alone.
    pub sent_to: Option<LevelId>,
    /// How many times a button has sent the person to rate a level, so that each press
    /// moves focus, even to the level already shown.
    pub sends: u32,
}

/// A change to what the person sees. The last four follow a change to the assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum UiAction {
    LeftOutOfLms(Vec<saved::LeftOut>),
    ProgressRequested,
    ShowView(View),
    LeaveNote,
    ImportChecked(Rc<Imported>),
    ImportFailed(Error),
    CancelImport,
    ExploreFrom(LevelId),
    ShowLevel(LevelId),
    RateLevel(LevelId),
    SetFilter(Filter),
    AskStartAgain,
    CancelStartAgain,
    SaveFailed(Error),
    SaveSucceeded,
    DismissLoadProblem,
    /// A current role was chosen: its competences are shown.
    RoleChosen(LevelId),
    /// The assessment was replaced by this report's.
    Imported(Rc<Imported>),
    /// The assessment was cleared.
    StartedAgain,
    /// Which competences fit the filter may have changed (areas chosen, competences come).
    Refilter,
}

impl UiState {
    /// Opening an assessment as loaded (`shown` is its current level).
    pub fn new(loaded: &Loaded, shown: Option<LevelId>) -> Self {
        UiState {
            shown_level: shown,
            filter: Filter::All,
            filtered: None,
            confirming_start_again: false,
            map_from: None,
            view: View::Assess,
            read_only: false,
            map_hidden: false,
            progress_requests: 0,
            pending_import: None,
            import_message: None,
            notes_left: 0,
            sent_to: None,
            sends: 0,
            saving: Saving {
                load_problem: loaded.problem.clone(),
                kept_aside: loaded.kept_aside.clone(),
                can_save: loaded.can_save,
                save_problem: None,
                left_out_of_lms: Vec::new(),
            },
        }
    }

    /// Whether the rating list shows a competence.
    pub fn shows(&self, id: &CompetenceId) -> bool {
        self.filtered.as_ref().is_none_or(|ids| ids.contains(id))
    }

    fn refilter(&mut self, work: &AssessmentState) {
        let (fw, a) = (&work.framework, &work.assessment);
        self.filtered = match (self.filter, &self.shown_level) {
            (Filter::All, _) | (_, None) => None,
            (filter, Some(level)) => Some(Rc::new(crate::domain::ordered::set(
                fw.competences_of(level)
                    .filter(|c| c.applies(&a.areas))
                    .filter(|c| filter.fits(a.status(fw, &c.id)))
                    .map(|c| c.id.clone()),
            ))),
        };
    }

    /// Shows everything from the top, as after the assessment is replaced or cleared.
    fn reset_view(&mut self, shown: Option<LevelId>) {
        self.shown_level = shown;
        self.filter = Filter::All;
        self.filtered = None;
        self.map_from = None;
        self.sent_to = None;
    }

    /// What `action` makes of this state, given the assessment it shows; `None` when it
    /// changes nothing.
    pub fn reduce(&self, action: UiAction, work: &AssessmentState) -> Option<Self> {
        let mut m = self.clone();
        let has_level = |l: &LevelId| work.framework.level(l).is_some();
        match action {
            UiAction::LeftOutOfLms(left_out) => {
                if m.saving.left_out_of_lms == left_out {
                    return None;
                }
                m.saving.left_out_of_lms = left_out;
            }
            UiAction::ProgressRequested => {
                m.progress_requests = m.progress_requests.wrapping_add(1)
            }
            UiAction::ShowView(view) => {
                m.view = view;
                m.sent_to = None;
            }
            UiAction::LeaveNote => m.notes_left = m.notes_left.wrapping_add(1),
            UiAction::ImportChecked(imported) => {
                m.pending_import = Some(imported);
                m.import_message = None;
            }
            UiAction::ImportFailed(e) => {
                m.pending_import = None;
                m.import_message = Some(ImportMessage::Failed(e));
            }
            UiAction::CancelImport => m.pending_import = None,
            UiAction::ExploreFrom(level) => {
                has_level(&level).then_some(())?;
                m.map_from = Some(level);
            }
            UiAction::ShowLevel(level) => {
                has_level(&level).then_some(())?;
                m.shown_level = Some(level);
                m.sent_to = None;
                m.refilter(work);
            }
            UiAction::RateLevel(level) => {
                has_level(&level).then_some(())?;
                m.view = View::Assess;
                m.shown_level = Some(level.clone());
                m.sent_to = Some(level);
                m.sends = m.sends.wrapping_add(1);
                m.refilter(work);
            }
            UiAction::SetFilter(filter) => {
                m.filter = filter;
                m.refilter(work);
            }
            UiAction::AskStartAgain => m.confirming_start_again = true,
            UiAction::CancelStartAgain => m.confirming_start_again = false,
            UiAction::SaveFailed(e) => m.saving.save_problem = Some(e),
            UiAction::SaveSucceeded => {
                m.saving.save_problem.as_ref()?;
                m.saving.save_problem = None;
            }
            UiAction::DismissLoadProblem => m.saving.load_problem = None,
            UiAction::RoleChosen(level) => {
                m.shown_level = Some(level);
                m.map_from = None;
                m.sent_to = None;
                m.refilter(work);
            }
            UiAction::Imported(imported) => {
                m.pending_import = None;
                m.reset_view(work.assessment.current.clone());
                m.import_message = Some(ImportMessage::Done {
                    from: describe_report(&imported),
                    notice: imported.version_notice.clone(),
                });
            }
            UiAction::StartedAgain => {
                m.reset_view(None);
                m.confirming_start_again = false;
            }
            UiAction::Refilter => m.refilter(work),
        }
        Some(m)
    }
}
