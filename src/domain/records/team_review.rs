//! What a supervisor confirmed, as the team view shows it.
//!
//! A report may carry the reviews the person kept ([`super::report`]). The team view takes
//! the latest one that reads and is for that person, and works out, per domain at the level
//! a person is measured against:
//! - the **confirmed share**: of the domain's competences, how many the supervisor confirmed
//!   or rated;
//! - the **confirmed met share**: of the domain's competences, how many are met by the
//!   supervisor's rating. With "Only what a supervisor confirmed" on, the heatmap shows
//!   these: a competence only the person rated counts as not met.
//!
//! Signatures are **not** verified here: the team view reads thousands of reports, and the
//! signature is checked where the person imports the reviewed file. The view says so.

use super::review::kept::{confirmed_view, Kept};
use super::review::signed::{self, check_person, Review, Signed};
use crate::domain::assessment::scoring::{percent, score_level};
use crate::domain::assessment::Assessment;
use crate::domain::framework::{Framework, LevelId, RouteId};
use crate::domain::records::report::Imported;

/// Per framework domain at one level: (confirmed share, confirmed met share), in percent,
/// `None` where that level has no competence in the domain.
pub type Cells = Vec<Option<(u8, u8)>>;

/// What a supervisor confirmed of one person, worked out once when the report is loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirmed {
    pub by: String,
    /// The date the supervisor signed.
    pub date: String,
    /// At the level the person aims for, and at their current role.
    pub aim: Cells,
    pub current: Cells,
    /// The routes suggested for the gaps in the person's confirmed view at their aim, with
    /// how many gaps each closes (see `team::training_needs_of`).
    pub helps: Vec<(RouteId, usize)>,
}

/// The latest of `reviews` (those `report` carries) that reads against `framework` and is for the person
/// the report is about, if any.
pub fn latest(framework: &Framework, report: &Imported, reviews: &[Kept]) -> Option<Signed> {
    reviews.iter().rev().find_map(|kept| {
        let signed = signed::read(&kept.file, framework).ok()?;
        check_person(&signed.review, &report.info.person).ok()?;
        Some(signed)
    })
}

/// The person's assessment with only the supervisor's ratings in it.
fn supervisor_only(a: &Assessment, review: &Review) -> Assessment {
    let mut only = a.clone();
    only.ratings = review
        .items
        .iter()
        .filter_map(|i| Some((i.id.clone(), i.supervisor?)))
        .collect();
    only
}

/// The cells at `level` (none when it is not set or not in the framework).
fn cells(framework: &Framework, only: &Assessment, level: Option<&LevelId>) -> Cells {
    let Some(level) = level.filter(|l| framework.level(l).is_some()) else {
        return vec![None; framework.domains.len()];
    };
    score_level(framework, only, level)
        .per_domain(framework)
        .map(|t| t.map(|t| (percent(t.rated, t.total), t.percent_met())))
        .collect()
}

/// What a supervisor confirmed of the person in `report`, from the `reviews` it carries, measured at `aim` and at their
/// current role; `None` when the report carries no review for them.
pub fn confirmed(
    framework: &Framework,
    report: &Imported,
    reviews: &[Kept],
    aim: Option<&LevelId>,
) -> Option<Confirmed> {
    let review = latest(framework, report, reviews)?.review;
    let only = supervisor_only(&report.assessment, &review);
    let helps = aim
        .filter(|l| framework.level(l).is_some())
        .map(|aim| {
            let view = confirmed_view(&report.assessment, &review);
            super::team::advice(framework, &view, aim).0
        })
        .unwrap_or_default();
    Some(Confirmed {
        helps,
        aim: cells(framework, &only, aim),
        current: cells(framework, &only, report.assessment.current.as_ref()),
        by: review.reviewer.name,
        date: review.reviewer.date,
    })
}

/// Heatmap rows counting only what a supervisor confirmed: each cell the share of the
/// domain's competences met by the supervisor's rating. People with no review are left out.
pub fn only_confirmed(rows: Vec<super::team::HeatRow>) -> Vec<super::team::HeatRow> {
    rows.into_iter()
        .filter(|r| !r.confirmed.is_empty())
        .map(|mut r| {
            r.cells = r.confirmed.iter().map(|c| c.map(|(_, met)| met)).collect();
            r
        })
        .collect()
}

impl super::team::Member {
    /// The latest review the person's report carries, as signed, so that one person's
    /// signature can be checked where a manager opens their report. The report is read again
    /// (one file); `None` with no review for them.
    pub fn latest_signed(&self, framework: &Framework) -> Option<Signed> {
        let (report, reviews) =
            super::report::import_with_reviews(&self.text, &framework.meta).ok()?;
        latest(framework, &report, &reviews)
    }

    /// The shares a supervisor confirmed at the level measured against; empty with no review.
    pub fn confirmed_cells(&self, against: super::team::Against) -> Cells {
        match (&self.confirmed, against) {
            (None, _) => Vec::new(),
            (Some(c), super::team::Against::Aim) => c.aim.clone(),
            (Some(c), super::team::Against::Current) => c.current.clone(),
        }
    }
}
