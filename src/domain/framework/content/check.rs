//! Checks across the whole file, once every entry is read: unique ids, references that
//! resolve, levels and domains with something in them, a scale with a bar to reach.

use super::{place, Checker, File};
use crate::domain::error::Problem;
use crate::domain::framework::{safe_link, Destination, LevelId, MoveKind, TrainingRoute};
use std::collections::{BTreeMap, BTreeSet};

/// Checks ids and references across the whole file.
pub(super) fn check(c: &mut Checker, file: &File) {
    links(c, file);
    let meta = &file.meta;
    if meta.reach_percent == 0 || meta.reach_percent > 100 {
        c.report(
            file.meta_line,
            "[framework]",
            Problem::BadReachPercent {
                value: meta.reach_percent,
            },
        );
    }

    if !file.scale.is_empty() && !file.scale.iter().any(|(_, v)| v.met) {
        c.report(file.scale[0].0, "scale", Problem::ScaleWithoutMet);
    }
    let mut values = BTreeSet::new();
    for (i, (line, v)) in file.scale.iter().enumerate() {
        if !values.insert(v.value) {
            c.report(
                *line,
                format!("scale entry {}", i + 1),
                Problem::DuplicateScaleValue { value: v.value },
            );
        }
    }

    let level_ids = unique(
        c,
        "levels",
        file.levels.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let domain_ids = unique(
        c,
        "domains",
        file.domains.iter().map(|(l, (x, _))| (*l, x.id.as_str())),
    );
    let competence_ids = unique(
        c,
        "competences",
        file.competences.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let route_ids = unique(
        c,
        "routes",
        file.routes.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let area_ids = unique(
        c,
        "areas",
        file.areas.iter().map(|(l, x)| (*l, x.id.as_str())),
    );

    for (i, (line, l)) in file.levels.iter().enumerate() {
        let place = place("levels", i, l.id.as_str());
        if !(1..=9).contains(&l.career_level) {
            c.report(
                *line,
                place.clone(),
                Problem::UnknownCareerLevel {
                    level: l.career_level,
                },
            );
        }
        let has_own = |id: &LevelId| file.competences.iter().any(|(_, x)| &x.level == id);
        match &l.rates {
            // A returning starting point rates a level that has competences, and has none.
            Some(rated) => {
                let rates_own = file
                    .levels
                    .iter()
                    .any(|(_, r)| &r.id == rated && r.rates.is_none() && has_own(rated));
                if rated == &l.id || !rates_own || has_own(&l.id) {
                    c.report(*line, place, Problem::BadRates);
                }
            }
            None if !has_own(&l.id) => c.report(*line, place, Problem::EmptyLevel),
            None => {}
        }
    }
    for (i, (line, (d, _))) in file.domains.iter().enumerate() {
        if !file.competences.iter().any(|(_, x)| x.domain == d.id) {
            c.report(
                *line,
                place("domains", i, d.id.as_str()),
                Problem::EmptyDomain,
            );
        }
    }
    for (i, (line, x)) in file.competences.iter().enumerate() {
        let place = place("competences", i, x.id.as_str());
        if !x.level.as_str().is_empty() && !level_ids.contains(x.level.as_str()) {
            c.report(
                *line,
                place.clone(),
                Problem::UnknownLevel {
                    id: x.level.to_string(),
                },
            );
        }
        for area in &x.areas {
            if !area_ids.contains(area.as_str()) {
                c.report(
                    *line,
                    place.clone(),
                    Problem::UnknownReference {
                        kind: "area of practice",
                        id: area.to_string(),
                    },
                );
            }
        }
        if !x.domain.as_str().is_empty() && !domain_ids.contains(x.domain.as_str()) {
            c.report(
                *line,
                place,
                Problem::UnknownReference {
                    kind: "domain",
                    id: x.domain.to_string(),
                },
            );
        }
    }
    for (i, (line, r)) in file.routes.iter().enumerate() {
        let place = place("routes", i, r.id.as_str());
        let [from, to] = r.career_levels;
        for level in [from, to] {
            if !(1..=9).contains(&level) {
                c.report(*line, place.clone(), Problem::UnknownCareerLevel { level });
            }
        }
        if from > to {
            c.report(*line, place.clone(), Problem::BadLevelRange { from, to });
        }
        let band = &r.audience.from_band;
        if !band.is_empty() && r.audience.from_band().is_none() {
            let band = band.clone();
            c.report(*line, place.clone(), Problem::BadPayBand { band });
        }
        let references = r
            .develops_competences
            .iter()
            .filter(|id| !competence_ids.contains(id.as_str()))
            .map(|id| ("competence", id.to_string()))
            .chain(
                r.develops_domains
                    .iter()
                    .filter(|id| !domain_ids.contains(id.as_str()))
                    .map(|id| ("domain", id.to_string())),
            )
            .chain(
                r.audience
                    .from
                    .iter()
                    .chain(&r.audience.leads_to)
                    .filter(|id| !level_ids.contains(id.as_str()))
                    .map(|id| ("level", id.to_string())),
            );
        for (kind, id) in references {
            c.report(*line, place.clone(), Problem::UnknownReference { kind, id });
        }
    }
    // An old id a route replaces must not be a route's id too, nor replaced twice: a saved
    // plan naming it must mean one route.
    let mut replaced = BTreeSet::new();
    for (i, (line, r)) in file.routes.iter().enumerate() {
        for old in &r.replaces {
            if route_ids.contains(old.as_str()) || !replaced.insert(old.as_str()) {
                let id = old.to_string();
                c.report(
                    *line,
                    place("routes", i, r.id.as_str()),
                    Problem::DuplicateId { id },
                );
            }
        }
    }
    let routes: BTreeMap<&str, &TrainingRoute> =
        crate::domain::ordered::map(file.routes.iter().map(|(_, r)| (r.id.as_str(), r)));
    for (i, (line, m)) in file.moves.iter().enumerate() {
        let place = format!("moves entry {}", i + 1);
        let mut levels = vec![&m.from];
        if let Destination::Level(to) = &m.to {
            levels.push(to);
            if (m.kind == MoveKind::Stay) != (to == &m.from) {
                c.report(*line, place.clone(), Problem::StayMove);
            }
        }
        // A returning starting point's one move is back to the level it rates.
        let rates = file
            .levels
            .iter()
            .find(|(_, l)| l.id == m.from)
            .and_then(|(_, l)| l.rates.as_ref());
        let back = matches!((&m.to, rates), (Destination::Level(to), Some(r)) if to == r);
        if (m.kind == MoveKind::Return) != back || (rates.is_some() && !back) {
            c.report(*line, place.clone(), Problem::ReturnMove);
        }
        let unknown_levels = levels
            .into_iter()
            .filter(|l| !l.as_str().is_empty() && !level_ids.contains(l.as_str()))
            .map(|l| ("level", l.to_string()));
        let unknown_routes = m
            .routes
            .iter()
            .filter(|r| !route_ids.contains(r.as_str()))
            .map(|r| ("route", r.to_string()));
        for (kind, id) in unknown_levels.chain(unknown_routes) {
            c.report(*line, place.clone(), Problem::UnknownReference { kind, id });
        }
        // The career map and the suggestions share this list: a route on it must be one a
        // person at the move's starting level can take.
        let barred = m
            .routes
            .iter()
            .filter_map(|id| routes.get(id.as_str()))
            .filter(|r| !r.audience.admits(&m.from));
        for r in barred {
            c.report(
                *line,
                place.clone(),
                Problem::RouteNotForMove {
                    route: r.id.to_string(),
                    level: m.from.to_string(),
                },
            );
        }
    }
}

/// Reports links the app would not show (see [`safe_link`]): only `https://` or relative.
fn links(c: &mut Checker, file: &File) {
    let mut check = |line: usize, place: String, field: &'static str, url: &str| {
        if !url.trim().is_empty() && safe_link(url).is_none() {
            let url = url.to_string();
            c.report(line, place, Problem::UnsafeLink { field, url });
        }
    };
    check(
        file.meta_line,
        "[framework]".into(),
        "source_url",
        &file.meta.source_url,
    );
    for (i, (line, r)) in file.routes.iter().enumerate() {
        let place = place("routes", i, r.id.as_str());
        check(*line, place, "source_url", &r.source_url);
    }
    for (i, (line, m)) in file.moves.iter().enumerate() {
        check(*line, format!("moves entry {}", i + 1), "link", &m.link);
    }
    for (i, (line, l)) in file.links.iter().enumerate() {
        check(*line, format!("links entry {}", i + 1), "url", &l.url);
    }
}

/// Reports ids used twice in one list; returns the set of ids.
fn unique<'a>(
    c: &mut Checker,
    table: &'static str,
    ids: impl Iterator<Item = (usize, &'a str)>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for (i, (line, id)) in ids.enumerate() {
        if !id.is_empty() && !seen.insert(id) {
            c.report(
                line,
                place(table, i, id),
                Problem::DuplicateId { id: id.to_string() },
            );
        }
    }
    seen
}
