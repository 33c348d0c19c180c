//! The assessment reducer: the domain data, the framework open and the person's assessment
//! of themselves against it (levels, ratings, notes, areas, plan, their name).

use super::{AreaChoice, NoteEdit, PlanEdit, Rating};
use crate::domain::assessment::PlanItem;
use crate::domain::embedding::settings::Settings;
use crate::domain::{Assessment, Framework, LevelId};
use std::rc::Rc;

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

/// The framework and the assessment against it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentState {
    pub framework: Rc<Framework>,
    pub assessment: Assessment,
    /// The competences and routes, left out of a first visit's outline until a role is chosen.
    pub statements: LeftOut,
}

/// A change to the assessment, or to the framework it is made against.
#[derive(Clone, Debug, PartialEq)]
pub enum AssessmentAction {
    SetCurrent(LevelId),
    SetTarget(LevelId),
    Rate(Rating),
    SetNote(NoteEdit),
    SetArea(AreaChoice),
    AddToPlan(PlanItem),
    EditPlan(PlanEdit),
    RemoveFromPlan(usize),
    /// The person's name, as typed.
    SetPerson(String),
    /// Another assessment in place of this one (an imported report).
    Replace(Assessment),
    /// Start again: nothing rated, noted or chosen.
    Clear,
    /// The competences are wanted: fetch them if they were left out.
    WantCompetences,
    /// The complete framework, in place of the outline.
    Fetched(Rc<Framework>),
    /// The complete framework could not be fetched, and why.
    FetchFailed(String),
}

impl AssessmentState {
    /// The assessment loaded for `framework`. Levels that no longer exist are dropped from
    /// the choice, not from the ratings.
    pub fn new(framework: Rc<Framework>, mut assessment: Assessment) -> Self {
        let gone = |l: &Option<LevelId>| l.as_ref().is_some_and(|l| framework.level(l).is_none());
        if gone(&assessment.current) {
            assessment.current = None;
        }
        if gone(&assessment.target) {
            assessment.target = None;
        }
        AssessmentState {
            framework,
            assessment,
            statements: LeftOut::Included,
        }
    }

    /// Starting levels the page asked for, where the learner has chosen none.
    pub fn with_settings(mut self, settings: &Settings) -> Self {
        let valid = |l: &Option<LevelId>| l.clone().filter(|l| self.framework.level(l).is_some());
        if self.assessment.current.is_none() {
            self.assessment.current = valid(&settings.current);
        }
        if self.assessment.target.is_none() {
            self.assessment.target = valid(&settings.target);
        }
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

    /// The level to aim for, chosen or by default.
    pub fn target(&self) -> Option<LevelId> {
        self.assessment.effective_target(&self.framework)
    }

    /// What `action` makes of this state; `None` when it changes nothing.
    pub fn reduce(&self, action: AssessmentAction) -> Option<Self> {
        let mut m = self.clone();
        let fw = &self.framework;
        match action {
            AssessmentAction::WantCompetences => match &m.statements {
                LeftOut::Deferred(url) | LeftOut::Failed { url, .. } => {
                    m.statements = LeftOut::Loading(url.clone())
                }
                LeftOut::Included | LeftOut::Loading(_) => return None,
            },
            AssessmentAction::Fetched(framework) => {
                let LeftOut::Loading(url) = m.statements.clone() else {
                    return None;
                };
                // Only the same framework, the same version: anything else is not a fuller
                // copy of this one, and is ignored.
                let same = framework.meta.id == fw.meta.id
                    && framework.meta.version == fw.meta.version
                    && framework.levels.len() == fw.levels.len();
                if !same {
                    m.statements = LeftOut::Failed {
                        url,
                        reason: "The framework fetched is a different version from the one open here: reload the page.".into(),
                    };
                    return Some(m);
                }
                m.framework = framework;
                m.statements = LeftOut::Included;
            }
            AssessmentAction::FetchFailed(reason) => {
                if let LeftOut::Loading(url) = m.statements.clone() {
                    m.statements = LeftOut::Failed { url, reason };
                }
            }
            AssessmentAction::AddToPlan(item) => m.assessment.plan.push(item),
            AssessmentAction::EditPlan(PlanEdit { index, item }) => {
                *m.assessment.plan.get_mut(index)? = item;
            }
            AssessmentAction::RemoveFromPlan(index) => {
                if index >= m.assessment.plan.len() {
                    return None;
                }
                m.assessment.plan.remove(index);
            }
            AssessmentAction::SetPerson(name) => {
                if name == m.assessment.person {
                    return None;
                }
                m.assessment.person = name;
            }
            AssessmentAction::Replace(assessment) => {
                m.assessment = assessment;
                m.fetch_statements_for_role();
            }
            AssessmentAction::Clear => m.assessment = Assessment::default(),
            AssessmentAction::SetArea(AreaChoice { area, on }) => {
                fw.area(&area)?;
                m.assessment.set_area(area, on);
            }
            AssessmentAction::SetCurrent(level) => {
                fw.level(&level)?;
                // Keep a target the user chose; a default follows the new current level.
                let a = &mut m.assessment;
                let was_default = a.target.is_none() || a.target == a.default_target(fw);
                a.current = Some(level);
                if was_default {
                    a.target = a.default_target(fw);
                }
                // A role chosen again after the competences failed to come tries once more.
                if let LeftOut::Failed { url, .. } = &m.statements {
                    m.statements = LeftOut::Deferred(url.clone());
                }
            }
            AssessmentAction::SetTarget(level) => {
                fw.level(&level)?;
                m.assessment.target = Some(level);
            }
            AssessmentAction::Rate(Rating {
                competence,
                value,
                on,
            }) => {
                fw.competence(&competence)?;
                fw.scale.get(value)?;
                m.assessment.rate_on(competence, value, on);
            }
            AssessmentAction::SetNote(NoteEdit { competence, text }) => {
                m.assessment.set_note(competence, text);
            }
        }
        m.fetch_statements_for_role();
        Some(m)
    }
}
