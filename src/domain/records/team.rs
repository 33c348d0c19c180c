//! The manager's team view: many people's exported reports side by side, all in the browser.

use crate::domain::assessment::gaps::gaps;
use crate::domain::assessment::scoring::score_level;
use crate::domain::assessment::suggest::suggest;
use crate::domain::framework::{Framework, LevelId, RouteId};
use crate::domain::records::report::{csv_text, import_json, with_unknowns, Imported};
use crate::domain::Error;

/// One person's report in the team.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The name in the report, or the file name when it has none.
    pub name: String,
    pub file: String,
    pub report: Imported,
}

/// A file that could not be loaded, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub file: String,
    pub error: Error,
}

/// Reads many report files; good ones become members, bad ones are listed with the reason.
pub fn load(framework: &Framework, files: &[(String, String)]) -> (Vec<Member>, Vec<Rejected>) {
    let mut members = Vec::new();
    let mut rejected = Vec::new();
    for (file, text) in files {
        match import_json(text, &framework.meta) {
            Ok(report) => {
                let report = with_unknowns(report, framework);
                let name = if report.info.person.trim().is_empty() {
                    file.clone()
                } else {
                    report.info.person.clone()
                };
                members.push(Member {
                    name,
                    file: file.clone(),
                    report,
                });
            }
            Err(error) => rejected.push(Rejected {
                file: file.clone(),
                error,
            }),
        }
    }
    (members, rejected)
}

/// A heatmap row: a person's share met per domain at the level they aim for.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    pub name: String,
    pub current: Option<LevelId>,
    pub target: Option<LevelId>,
    /// Percent met per framework domain, `None` where the target level has no competence
    /// in that domain, or no target is set.
    pub cells: Vec<Option<u8>>,
}

pub fn heatmap(framework: &Framework, members: &[Member]) -> Vec<HeatRow> {
    members
        .iter()
        .map(|m| {
            let a = &m.report.assessment;
            let target = a.effective_target(framework);
            let cells = match &target {
                Some(t) => {
                    let score = score_level(framework, a, t);
                    framework
                        .domains
                        .iter()
                        .map(|d| {
                            score
                                .domains
                                .iter()
                                .find(|(id, _)| id == &d.id)
                                .map(|(_, tally)| tally.percent_met())
                        })
                        .collect()
                }
                None => vec![None; framework.domains.len()],
            };
            HeatRow {
                name: m.name.clone(),
                current: a.current.clone(),
                target,
                cells,
            }
        })
        .collect()
}

/// A route and the people whose gaps it would help close.
#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    pub route: RouteId,
    pub people: Vec<String>,
    /// Gaps closed, summed over those people.
    pub gaps: usize,
}

/// Routes ranked by how many people they would help, then by gaps closed.
pub fn training_needs(framework: &Framework, members: &[Member]) -> Vec<Need> {
    let mut needs: Vec<Need> = framework
        .routes
        .iter()
        .map(|r| Need {
            route: r.id.clone(),
            people: Vec::new(),
            gaps: 0,
        })
        .collect();
    for m in members {
        let a = &m.report.assessment;
        let Some(target) = a.effective_target(framework) else {
            continue;
        };
        let g = gaps(framework, a, &target);
        for s in suggest(framework, &g) {
            if let Some(need) = needs.iter_mut().find(|n| n.route == s.route.id) {
                need.people.push(m.name.clone());
                need.gaps += s.closes.len();
            }
        }
    }
    needs.retain(|n| !n.people.is_empty());
    needs.sort_by(|a, b| {
        b.people
            .len()
            .cmp(&a.people.len())
            .then(b.gaps.cmp(&a.gaps))
    });
    needs
}

/// The training needs analysis as CSV: route, kind, people helped, gaps closed, names.
pub fn needs_csv(framework: &Framework, needs: &[Need]) -> String {
    let header = ["route", "kind", "people", "gaps closed", "names"].map(String::from);
    let rows = needs.iter().filter_map(|n| {
        let route = framework.route(&n.route)?;
        Some([
            route.title.clone(),
            route.kind.label().to_string(),
            n.people.len().to_string(),
            n.gaps.to_string(),
            n.people.join("; "),
        ])
    });
    csv_text(std::iter::once(header).chain(rows))
}
