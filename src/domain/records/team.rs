//! The manager's team view: many people's exported reports side by side, all in the browser.

use crate::domain::assessment::gaps::gaps;
use crate::domain::assessment::scoring::{score_level, Tally};
use crate::domain::assessment::suggest::suggest;
use crate::domain::framework::{Framework, LevelId, RouteId};
use crate::domain::records::report::{csv_text, import_with_reviews, with_unknowns, Imported};
use crate::domain::records::review::kept::Kept;
use crate::domain::records::team_review::{Cells, Confirmed};
use crate::domain::{Assessment, Error};
use std::collections::HashMap;

/// One person's report in the team, with what the team view shows of it worked out once,
/// when it is loaded, so thousands of people are not scored again on every change of filter.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The name in the report, or the file name when it has none.
    pub name: String,
    pub file: String,
    /// The report file's text as read, for saving the team as one file.
    pub text: String,
    pub report: Imported,
    /// The level the person aims for, and the percent met per framework domain there.
    pub target: Option<LevelId>,
    pub cells: Vec<Option<u8>>,
    /// The percent met per framework domain in the person's current role.
    pub current_cells: Vec<Option<u8>>,
    /// The routes suggested for the person's gaps, with how many gaps each closes.
    pub helps: Vec<(RouteId, usize)>,
    /// Mandatory training for the person's roles, needed whatever their gaps.
    pub mandatory: Vec<RouteId>,
    /// What a supervisor confirmed, from the latest review the report carries.
    pub confirmed: Option<Confirmed>,
}

/// The routes suggested for the gaps of `a` at `target`, with how many gaps each closes, and
/// the mandatory training for the person's roles.
pub(super) fn advice(
    framework: &Framework,
    a: &Assessment,
    target: &LevelId,
) -> (Vec<(RouteId, usize)>, Vec<RouteId>) {
    let g = gaps(framework, a, target);
    let advice = suggest(framework, a, &g);
    let helps = advice
        .ranked
        .iter()
        .map(|s| (s.route.id.clone(), s.closes.len()))
        .collect();
    (
        helps,
        advice.everyone.iter().map(|r| r.id.clone()).collect(),
    )
}

impl Member {
    fn new(
        framework: &Framework,
        file: &str,
        text: &str,
        report: Imported,
        reviews: &[Kept],
    ) -> Member {
        let name = if report.info.person.trim().is_empty() {
            file.to_string()
        } else {
            report.info.person.clone()
        };
        let a = &report.assessment;
        let target = a.effective_target(framework);
        // Percent met per framework domain at `level`.
        let cells_at = |level: &LevelId| -> Vec<Option<u8>> {
            score_level(framework, a, level)
                .per_domain(framework)
                .map(|t| t.map(Tally::percent_met))
                .collect()
        };
        let current_cells = match a.current.as_ref().filter(|c| framework.level(c).is_some()) {
            Some(c) => cells_at(c),
            None => vec![None; framework.domains.len()],
        };
        let (cells, (helps, mandatory)) = match &target {
            Some(t) => (cells_at(t), advice(framework, a, t)),
            None => (vec![None; framework.domains.len()], Default::default()),
        };
        let confirmed = super::team_review::confirmed(framework, &report, reviews, target.as_ref());
        Member {
            confirmed,
            name,
            file: file.to_string(),
            text: text.to_string(),
            report,
            target,
            cells,
            current_cells,
            helps,
            mandatory,
        }
    }

    /// Whether `route` is suggested for this person's gaps, or is mandatory training for them.
    pub fn helped_by(&self, route: &RouteId) -> bool {
        self.helps.iter().any(|(r, _)| r == route) || self.mandatory.contains(route)
    }
}

/// A file that could not be loaded, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub file: String,
    pub error: Error,
}

pub use super::team_file::Duplicate;

/// Everything loaded into the team view so far: files can be added a few at a time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Team {
    pub members: Vec<Member>,
    pub rejected: Vec<Rejected>,
    /// A report loaded again, which is counted once: one entry each time.
    pub duplicates: Vec<Duplicate>,
    /// Members by person and date, to find a report loaded twice without comparing it with
    /// everyone.
    seen: HashMap<(String, String), Vec<usize>>,
}

impl Team {
    /// Reads report files, and team files (see [`super::team_file`]) report by report; good
    /// reports become members, bad ones are listed with the reason, and a report already
    /// loaded is named as a duplicate and not counted again.
    pub fn add(&mut self, framework: &Framework, files: &[(String, String)]) {
        for (file, text) in files {
            match super::team_file::open(file, text) {
                None => self.add_report(framework, file, text),
                Some(Err(rejected)) => self.rejected.push(rejected),
                Some(Ok(reports)) => {
                    for report in reports {
                        match report {
                            Ok((file, text)) => self.add_report(framework, &file, &text),
                            Err(rejected) => self.rejected.push(rejected),
                        }
                    }
                }
            }
        }
    }

    /// Reads one report file; see [`Team::add`].
    pub fn add_report(&mut self, framework: &Framework, file: &str, text: &str) {
        let (report, reviews) = match import_with_reviews(text, &framework.meta) {
            Ok((report, reviews)) => (with_unknowns(report, framework), reviews),
            Err(error) => {
                self.rejected.push(Rejected {
                    file: file.to_string(),
                    error,
                });
                return;
            }
        };
        let key = (report.info.person.clone(), report.info.date.clone());
        let same = self.seen.entry(key).or_default();
        if let Some(&i) = same
            .iter()
            .find(|&&i| self.members[i].report.assessment == report.assessment)
        {
            let first = &self.members[i];
            self.duplicates.push(Duplicate {
                name: first.name.clone(),
                date: first.report.info.date.clone(),
            });
            return;
        }
        same.push(self.members.len());
        self.members
            .push(Member::new(framework, file, text, report, &reviews));
    }

    /// The team as one file (see [`super::team_file`]): every report loaded, each once.
    pub fn to_file(&self) -> String {
        super::team_file::write(
            self.members
                .iter()
                .map(|m| (m.file.as_str(), m.text.as_str())),
        )
    }
}

/// Reads many report files at once; see [`Team::add`].
pub fn load(framework: &Framework, files: &[(String, String)]) -> (Vec<Member>, Vec<Rejected>) {
    let mut team = Team::default();
    team.add(framework, files);
    (team.members, team.rejected)
}

/// What the heatmap measures each person against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Against {
    /// The level the person aims for.
    #[default]
    Aim,
    /// The person's current role: how secure they are in it.
    Current,
}

impl Against {
    pub fn label(self) -> &'static str {
        match self {
            Against::Aim => "each person's aim",
            Against::Current => "each person's current role",
        }
    }
}

/// A heatmap row: a person's share met per domain at the level they are measured against.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    pub name: String,
    /// The level the row measures against: the person's aim or current role.
    pub level: Option<LevelId>,
    /// Percent met per framework domain, `None` where that level has no competence in that
    /// domain, or no level is set.
    pub cells: Vec<Option<u8>>,
    /// Per domain, the shares a supervisor confirmed; empty with no review.
    pub confirmed: Cells,
}

/// The heatmap rows of `members`, from what was worked out when they were loaded.
pub fn heatmap<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    against: Against,
) -> Vec<HeatRow> {
    members
        .into_iter()
        .map(|m| match against {
            Against::Aim => HeatRow {
                name: m.name.clone(),
                level: m.target.clone(),
                cells: m.cells.clone(),
                confirmed: m.confirmed_cells(Against::Aim),
            },
            Against::Current => HeatRow {
                name: m.name.clone(),
                level: m.report.assessment.current.clone(),
                cells: m.current_cells.clone(),
                confirmed: m.confirmed_cells(Against::Current),
            },
        })
        .collect()
}

/// The heatmap as CSV: person, the level measured against, each domain's percent met
/// (empty where the level has none of that domain), then each domain's percent a supervisor
/// confirmed (empty where there is no review).
pub fn heatmap_csv(framework: &Framework, rows: &[HeatRow], against: Against) -> String {
    let level_column = match against {
        Against::Aim => "aiming for",
        Against::Current => "current role",
    };
    let header = ["person", level_column]
        .into_iter()
        .map(String::from)
        .chain(framework.domains.iter().map(|d| d.name.clone()))
        .chain((framework.domains.iter()).map(|d| format!("{} (supervisor-confirmed)", d.name)))
        .collect::<Vec<_>>();
    let lines = rows.iter().map(|r| {
        let level = r
            .level
            .as_ref()
            .and_then(|l| framework.level(l))
            .map(|l| l.title())
            .unwrap_or_default();
        [r.name.clone(), level]
            .into_iter()
            .chain(
                r.cells
                    .iter()
                    .map(|c| c.map(|p| p.to_string()).unwrap_or_default()),
            )
            .chain((0..framework.domains.len()).map(|i| {
                let share = r.confirmed.get(i).copied().flatten();
                share.map(|(s, _)| s.to_string()).unwrap_or_default()
            }))
            .collect::<Vec<_>>()
    });
    csv_text(std::iter::once(header).chain(lines))
}

pub use super::team_needs::{needs_csv, training_needs, training_needs_of, Need};
