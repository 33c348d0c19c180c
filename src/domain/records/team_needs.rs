//! The training needs analysis of a team: which routes would close the most gaps across the
//! people shown, and which mandatory training they need.

use super::report::csv_text;
use super::team::Member;
use crate::domain::framework::{Framework, RouteId};
use std::collections::HashMap;

/// A route and the people whose gaps it would help close, or who need it as mandatory
/// training.
#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    pub route: RouteId,
    /// The people it would help or who need it, as their places among the members: names
    /// are looked up only where shown, so thousands of people cost no copies of names.
    pub people: Vec<usize>,
    /// Gaps closed, summed over those people (none for mandatory training).
    pub gaps: usize,
    /// Mandatory training, needed by everyone in the roles it suits, whatever their gaps.
    pub mandatory: bool,
}

/// Development routes first, ranked by the gaps they would close across the people, then by
/// how many people they would help; then mandatory training, by how many people need it.
pub fn training_needs<'a>(
    framework: &Framework,
    members: impl IntoIterator<Item = (usize, &'a Member)>,
) -> Vec<Need> {
    training_needs_of(framework, members, false)
}

/// As [`training_needs`]; `confirmed`, from the gaps in each person's confirmed view (the
/// supervisor's rating wherever their latest review gives one), for the people reviewed.
pub fn training_needs_of<'a>(
    framework: &Framework,
    members: impl IntoIterator<Item = (usize, &'a Member)>,
    confirmed: bool,
) -> Vec<Need> {
    let blank = |mandatory| {
        framework
            .routes
            .iter()
            .map(|r| Need {
                route: r.id.clone(),
                people: Vec::new(),
                gaps: 0,
                mandatory,
            })
            .collect::<Vec<_>>()
    };
    let (mut develop, mut mandatory) = (blank(false), blank(true));
    let index: HashMap<&RouteId, usize> = framework
        .routes
        .iter()
        .enumerate()
        .map(|(i, r)| (&r.id, i))
        .collect();
    for (at, m) in members {
        let helps = match (&m.confirmed, confirmed) {
            (Some(c), true) => &c.helps,
            _ => &m.helps,
        };
        for (route, closes) in helps {
            if let Some(&i) = index.get(route) {
                develop[i].people.push(at);
                develop[i].gaps += closes;
            }
        }
        for route in &m.mandatory {
            if let Some(&i) = index.get(route) {
                mandatory[i].people.push(at);
            }
        }
    }
    develop.retain(|n| !n.people.is_empty());
    mandatory.retain(|n| !n.people.is_empty());
    develop.sort_by(|a, b| {
        b.gaps
            .cmp(&a.gaps)
            .then(b.people.len().cmp(&a.people.len()))
    });
    mandatory.sort_by_key(|n| std::cmp::Reverse(n.people.len()));
    develop.extend(mandatory);
    develop
}

/// The training needs analysis as CSV: route, kind, whether it is development or mandatory,
/// duration, funding, provider, people, gaps closed, names.
/// `members` are those the needs were worked out over.
pub fn needs_csv(framework: &Framework, members: &[Member], needs: &[Need]) -> String {
    let header = [
        "route",
        "kind",
        "type",
        "duration",
        "funding",
        "provider",
        "people",
        "gaps closed",
        "names",
    ]
    .map(String::from);
    let rows = needs.iter().filter_map(|n| {
        let route = framework.route(&n.route)?;
        Some([
            route.title.clone(),
            route.kind.label().to_string(),
            if n.mandatory {
                "mandatory"
            } else {
                "development"
            }
            .to_string(),
            route.duration.clone(),
            route.funding.clone(),
            route.provider.clone(),
            n.people.len().to_string(),
            n.gaps.to_string(),
            n.people
                .iter()
                .filter_map(|&i| members.get(i).map(|m| m.name.as_str()))
                .collect::<Vec<_>>()
                .join("; "),
        ])
    });
    csv_text(std::iter::once(header).chain(rows))
}
