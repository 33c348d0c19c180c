//! One person's self-assessment: where they are, where they aim, and their ratings and notes.

pub mod compare;
pub mod gaps;
pub mod merge;
pub mod planning;
pub mod scoring;
pub mod suggest;

use crate::domain::framework::{AreaId, Competence, CompetenceId, Framework, LevelId, RouteId};
use std::collections::{BTreeMap, BTreeSet};

/// A person's self-assessment against one framework. Holds ids and small rating codes,
/// never copies of the framework's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// The level of the role they are in now.
    pub current: Option<LevelId>,
    /// The level they aim for: up, across, or the current one to grow in post.
    pub target: Option<LevelId>,
    /// Rating codes from the framework's scale, by competence.
    pub ratings: BTreeMap<CompetenceId, u8>,
    /// The day each rating was made (YYYY-MM-DD), where it is known: ratings saved before
    /// December 2026, and some imported ones, have none.
    pub rated_on: BTreeMap<CompetenceId, String>,
    /// Free-text notes or evidence links, by competence. Never empty strings.
    pub notes: BTreeMap<CompetenceId, String>,
    /// The areas of practice the person works in; competences specific to other areas do not
    /// apply to them, are not shown and do not count.
    pub areas: BTreeSet<AreaId>,
    /// The action plan: what the person means to do to close their gaps.
    pub plan: Vec<PlanItem>,
    /// The person's name as they typed it, for the report and its file names. May be empty.
    pub person: String,
}

/// One step of an action plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    pub action: PlanAction,
    /// Target date, YYYY-MM-DD, or empty.
    pub due: String,
    pub status: PlanStatus,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanAction {
    /// A training or CPD route of the framework.
    Route(RouteId),
    /// Something the person wrote themselves.
    Own(String),
}

impl PlanAction {
    /// What the step says: the route's title (its id, if the framework no longer has it), or
    /// the person's own words.
    pub fn name(&self, framework: &Framework) -> String {
        match self {
            PlanAction::Route(id) => framework
                .route(id)
                .map(|r| r.title.clone())
                .unwrap_or_else(|| id.to_string()),
            PlanAction::Own(text) => text.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PlanStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [
        PlanStatus::NotStarted,
        PlanStatus::InProgress,
        PlanStatus::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PlanStatus::NotStarted => "Not started",
            PlanStatus::InProgress => "In progress",
            PlanStatus::Done => "Done",
        }
    }

    /// The small code saved for it.
    pub fn code(self) -> i64 {
        match self {
            PlanStatus::NotStarted => 0,
            PlanStatus::InProgress => 1,
            PlanStatus::Done => 2,
        }
    }

    pub fn from_code(code: i64) -> Option<Self> {
        PlanStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Where a person stands on one competence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotRated,
    /// Rated, below the bar: a gap.
    Below,
    Met,
}

impl Assessment {
    /// Whether the person has begun: chosen a role, or rated or noted anything.
    pub fn has_begun(&self) -> bool {
        self.current.is_some() || !self.ratings.is_empty() || !self.notes.is_empty()
    }

    pub fn rating(&self, id: &CompetenceId) -> Option<u8> {
        self.ratings.get(id).copied()
    }

    pub fn note(&self, id: &CompetenceId) -> &str {
        self.notes.get(id).map(String::as_str).unwrap_or("")
    }

    /// Rates a competence, on a day not known: a date from an earlier rating goes with it.
    pub fn rate(&mut self, id: CompetenceId, value: u8) {
        self.rated_on.remove(&id);
        self.ratings.insert(id, value);
    }

    /// Rates a competence on `day` (YYYY-MM-DD), so that a later rating can be told apart
    /// from a supervisor's confirmation of an earlier one.
    pub fn rate_on(&mut self, id: CompetenceId, value: u8, day: String) {
        self.rated_on.insert(id.clone(), day);
        self.ratings.insert(id, value);
    }

    /// The day a competence was rated, if it is rated and the day is known (a day saved
    /// without its rating, in a file changed by hand, dates nothing).
    pub fn rated_on(&self, id: &CompetenceId) -> Option<&str> {
        self.ratings.get(id)?;
        self.rated_on.get(id).map(String::as_str)
    }

    pub fn clear_rating(&mut self, id: &CompetenceId) {
        self.ratings.remove(id);
        self.rated_on.remove(id);
    }

    /// Sets a note; a blank note removes it.
    pub fn set_note(&mut self, id: CompetenceId, text: String) {
        if text.trim().is_empty() {
            self.notes.remove(&id);
        } else {
            self.notes.insert(id, text);
        }
    }

    /// The competences of `level` that apply to this person, in file order.
    pub fn applicable<'a, 'f>(
        &'a self,
        framework: &'f Framework,
        level: &LevelId,
    ) -> impl Iterator<Item = &'f Competence> + use<'a, 'f> {
        framework
            .competences_of(level)
            .filter(|c| c.applies(&self.areas))
    }

    /// Turns an area of practice on or off.
    pub fn set_area(&mut self, area: AreaId, on: bool) {
        if on {
            self.areas.insert(area);
        } else {
            self.areas.remove(&area);
        }
    }

    /// A rating whose value is not on the framework's scale counts as not rated.
    pub fn status(&self, framework: &Framework, id: &CompetenceId) -> Status {
        match self.rating(id) {
            Some(v) if framework.scale.is_met(v) => Status::Met,
            Some(v) if framework.scale.get(v).is_some() => Status::Below,
            _ => Status::NotRated,
        }
    }

    /// Saved ratings and notes naming competences the framework no longer has. They are kept,
    /// so that nothing is lost if the competence comes back, but play no part in scoring.
    pub fn orphans(&self, framework: &Framework) -> Vec<CompetenceId> {
        let ids =
            crate::domain::ordered::set(self.ratings.keys().chain(self.notes.keys()).filter(
                |id| framework.competence(id).is_none() && !framework.excluded.contains(*id),
            ));
        ids.into_iter().cloned().collect()
    }

    /// The level to aim for by default from the current level: the next level up, or
    /// staying put at the top of the ladder.
    pub fn default_target(&self, framework: &Framework) -> Option<LevelId> {
        let current = self.current.as_ref()?;
        framework.level(current)?;
        Some(
            framework
                .next_level_up(current)
                .map(|l| l.id.clone())
                .unwrap_or_else(|| current.clone()),
        )
    }

    /// The level aimed for: the one chosen, or else the default.
    pub fn effective_target(&self, framework: &Framework) -> Option<LevelId> {
        match &self.target {
            Some(t) if framework.level(t).is_some() => Some(t.clone()),
            _ => self.default_target(framework),
        }
    }

    /// Plan steps that name a route by an id it had before it was merged into another name
    /// it by its id now, so the plan and the suggestions agree on what is planned. A renamed
    /// step that would repeat a route already in the plan is dropped. Returns whether
    /// anything changed.
    pub fn follow_route_renames(&mut self, framework: &Framework) -> bool {
        let planned: BTreeSet<RouteId> =
            crate::domain::ordered::set(self.plan.iter().filter_map(|step| match &step.action {
                PlanAction::Route(id) => Some(id.clone()),
                PlanAction::Own(_) => None,
            }));
        let before = self.plan.len();
        let mut renamed = false;
        let mut added = BTreeSet::new();
        self.plan.retain_mut(|step| {
            let PlanAction::Route(id) = &mut step.action else {
                return true;
            };
            let Some(route) = framework.route(id).filter(|r| &r.id != id) else {
                return true;
            };
            renamed = true;
            *id = route.id.clone();
            !planned.contains(id) && added.insert(id.clone())
        });
        renamed || self.plan.len() != before
    }
}
