//! The gaps between where a person stands and the level they aim for.

use crate::domain::assessment::{Assessment, Status};
use crate::domain::framework::{Competence, DomainId, Framework, LevelId};

/// The gaps for one target level.
#[derive(Clone, Debug, PartialEq)]
pub struct Gaps<'f> {
    pub target: LevelId,
    /// Competences rated below the bar, grouped by domain in the framework's domain order.
    pub by_domain: Vec<(DomainId, Vec<&'f Competence>)>,
    /// Competences at the target level not rated yet: they may be gaps too.
    pub not_rated: usize,
}

impl<'f> Gaps<'f> {
    pub fn count(&self) -> usize {
        self.by_domain.iter().map(|(_, cs)| cs.len()).sum()
    }

    pub fn all(&self) -> impl Iterator<Item = &'f Competence> + '_ {
        self.by_domain.iter().flat_map(|(_, cs)| cs.iter().copied())
    }
}

/// Gaps at `target`: its competences rated below the bar.
pub fn gaps<'f>(framework: &'f Framework, a: &Assessment, target: &LevelId) -> Gaps<'f> {
    let mut by_domain: Vec<(DomainId, Vec<&'f Competence>)> = framework
        .domains
        .iter()
        .map(|d| (d.id.clone(), Vec::new()))
        .collect();
    let mut not_rated = 0;
    for c in a.applicable(framework, target) {
        match a.status(framework, &c.id) {
            Status::Below => {
                if let Some((_, list)) = by_domain.iter_mut().find(|(d, _)| d == &c.domain) {
                    list.push(c);
                }
            }
            Status::NotRated => not_rated += 1,
            Status::Met => {}
        }
    }
    by_domain.retain(|(_, list)| !list.is_empty());
    Gaps {
        target: target.clone(),
        by_domain,
        not_rated,
    }
}
