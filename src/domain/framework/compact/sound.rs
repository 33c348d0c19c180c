//! The checks a compiled framework must pass before it is used: the ones that matter for
//! using it safely, since it was fully checked when compiled.

use crate::domain::error::Error;
use crate::domain::framework::{CompetenceId, Destination, DomainId, LevelId, Parts, RouteId};
use std::collections::BTreeSet;

/// Ids are unique, references resolve, and the scale has values, one of them "met", each once.
pub(super) fn check(parts: &Parts) -> Result<(), Error> {
    fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
        let mut seen = BTreeSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    let unique_ids = unique(parts.levels.iter().map(|l| l.id.as_str()))
        && unique(parts.domains.iter().map(|d| d.id.as_str()))
        && unique(parts.areas.iter().map(|a| a.id.as_str()))
        && unique(parts.competences.iter().map(|c| c.id.as_str()))
        && unique(parts.routes.iter().map(|r| r.id.as_str()));
    let mut values = BTreeSet::new();
    let scale_ok = parts.scale.values.iter().any(|v| v.met)
        && parts.scale.values.iter().all(|v| values.insert(v.value));
    if !unique_ids || !scale_ok {
        return Err(super::read::damaged(
            "an id is used twice, or the scale has no \"met\" value",
        ));
    }
    let level = |id: &LevelId| parts.levels.iter().any(|l| &l.id == id);
    let domain = |id: &DomainId| parts.domains.iter().any(|d| &d.id == id);
    let competence = |id: &CompetenceId| parts.competences.iter().any(|c| &c.id == id);
    let route = |id: &RouteId| parts.routes.iter().any(|t| &t.id == id);
    let resolves = parts.levels.iter().all(|l| l.rates.iter().all(level))
        && parts.competences.iter().all(|c| {
            level(&c.level)
                && domain(&c.domain)
                && c.areas
                    .iter()
                    .all(|a| parts.areas.iter().any(|x| &x.id == a))
        })
        && parts.routes.iter().all(|t| {
            t.develops_competences.iter().all(competence)
                && t.develops_domains.iter().all(domain)
                && t.audience
                    .from
                    .iter()
                    .chain(&t.audience.leads_to)
                    .all(level)
        })
        && parts.moves.iter().all(|m| {
            level(&m.from)
                && match &m.to {
                    Destination::Level(to) => level(to),
                    Destination::Role(_) => true,
                }
                && m.routes.iter().all(route)
        });
    if !resolves {
        return Err(super::read::damaged("a reference does not resolve"));
    }
    Ok(())
}
