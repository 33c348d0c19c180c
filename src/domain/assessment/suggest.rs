//! Training routes ranked by how many of a person's gaps they would help close.

use crate::domain::assessment::gaps::Gaps;
use crate::domain::framework::{Competence, Framework, TrainingRoute};

/// A route worth suggesting, with the gaps it addresses.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion<'f> {
    pub route: &'f TrainingRoute,
    /// The gaps it develops, in the order of the gap list.
    pub closes: Vec<&'f Competence>,
}

impl Suggestion<'_> {
    /// One line on why it is suggested: how many gaps, in which domains, at which level.
    pub fn why(&self, framework: &Framework, gaps: &Gaps) -> String {
        let mut domains: Vec<(&str, usize)> = Vec::new();
        for c in &self.closes {
            let name = framework
                .domain(&c.domain)
                .map(|d| d.name.as_str())
                .unwrap_or(c.domain.as_str());
            match domains.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => *count += 1,
                None => domains.push((name, 1)),
            }
        }
        let list = domains
            .iter()
            .map(|(name, n)| format!("{name} ({n})"))
            .collect::<Vec<_>>()
            .join(", ");
        let level = framework
            .level(&gaps.target)
            .map(|l| l.title())
            .unwrap_or_else(|| gaps.target.to_string());
        let n = self.closes.len();
        let total = gaps.count();
        format!(
            "Develops {n} of your {total} {} for {level}: {list}.",
            if total == 1 { "gap" } else { "gaps" }
        )
    }
}

/// Routes suited to the target level that develop at least one gap, the most gaps first;
/// ties keep the framework's order, which puts foundational routes first.
pub fn suggest<'f>(framework: &'f Framework, gaps: &Gaps<'f>) -> Vec<Suggestion<'f>> {
    let Some(level) = framework.level(&gaps.target) else {
        return Vec::new();
    };
    let mut found: Vec<Suggestion<'f>> = framework
        .routes
        .iter()
        .filter(|r| r.suits(level.career_level) || !r.develops_competences.is_empty())
        .map(|route| Suggestion {
            route,
            closes: gaps
                .all()
                .filter(|c| route.develops(c, level.career_level))
                .collect(),
        })
        .filter(|s| !s.closes.is_empty())
        .collect();
    // A stable sort keeps file order among equals.
    found.sort_by_key(|s| std::cmp::Reverse(s.closes.len()));
    found
}
