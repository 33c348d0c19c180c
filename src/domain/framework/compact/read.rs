//! Reading compiled frameworks: whole, or without what only the full module shows.

use super::layout::{Compiled, LinkEntry, MoveEntry, RouteEntry};
use super::{sound, FORMAT};
use crate::domain::error::Error;
use crate::domain::framework::{
    Area, AreaId, Audience, CareerMove, CareerRoute, Competence, Destination, Domain, DomainId,
    Framework, Level, LevelId, Link, LinkKind, Meta, MoveKind, Parts, RouteKind, Scale, ScaleValue,
    Term, TrainingRoute,
};
use serde::de::{DeserializeOwned, IgnoredAny};

const CAREER_ROUTES: [CareerRoute; 3] = [
    CareerRoute::Clinical,
    CareerRoute::Managerial,
    CareerRoute::Both,
];
const ROUTE_KINDS: [RouteKind; 6] = [
    RouteKind::Apprenticeship,
    RouteKind::Qualification,
    RouteKind::Programme,
    RouteKind::ELearning,
    RouteKind::InWork,
    RouteKind::Regulatory,
];
const MOVE_KINDS: [MoveKind; 5] = [
    MoveKind::Stay,
    MoveKind::Up,
    MoveKind::Across,
    MoveKind::Down,
    MoveKind::Return,
];
const LINK_KINDS: [LinkKind; 3] = [
    LinkKind::Vacancies,
    LinkKind::DayInTheLife,
    LinkKind::Careers,
];

pub(super) fn damaged(what: &str) -> Error {
    Error::FrameworkUnreadable(format!("the compiled framework is damaged ({what})"))
}

/// The kind with `code`, in the order the lists of kinds give.
fn pick<T: Copy>(all: &[T], code: u8) -> Result<T, Error> {
    all.get(usize::from(code))
        .copied()
        .ok_or_else(|| damaged("a kind is not one Stepwise knows"))
}

/// Reads a compiled framework. It was checked when compiled; the references are checked
/// again here, cheaply, so that a damaged file is refused rather than trusted.
pub fn decode(text: &str) -> Result<Framework, Error> {
    build(
        parse::<Compiled>(text)?.reading(|routes, moves, links, glossary, officials| {
            Ok((
                read_routes(routes)?,
                read_moves(moves)?,
                read_links(links)?,
                glossary
                    .into_iter()
                    .map(|t| Term {
                        term: t.0,
                        meaning: t.2,
                    })
                    .collect(),
                officials,
            ))
        })?,
    )
}

fn read_routes(routes: Vec<RouteEntry>) -> Result<Vec<TrainingRoute>, Error> {
    routes
        .into_iter()
        .map(|t| {
            Ok(TrainingRoute {
                id: t.0,
                title: t.1,
                kind: pick(&ROUTE_KINDS, t.2)?,
                career_levels: [t.3, t.4],
                duration: t.5,
                entry: t.6,
                funding: t.7,
                provider: t.8,
                source_url: t.9,
                checked: t.10,
                summary: t.11,
                develops_competences: t.12,
                develops_domains: t.13,
                audience: Audience {
                    from: t.14 .0,
                    leads_to: t.14 .1,
                    everyone: t.14 .2,
                    from_band: t.14 .3,
                },
                replaces: t.15,
            })
        })
        .collect()
}

fn read_moves(moves: Vec<MoveEntry>) -> Result<Vec<CareerMove>, Error> {
    moves
        .into_iter()
        .map(|m| {
            Ok(CareerMove {
                from: m.0,
                to: if m.2.is_empty() {
                    Destination::Level(LevelId(m.1))
                } else {
                    Destination::Role(m.2)
                },
                kind: pick(&MOVE_KINDS, m.3)?,
                requires: m.4,
                routes: m.5,
                link: m.6,
            })
        })
        .collect()
}

fn read_links(links: Vec<LinkEntry>) -> Result<Vec<Link>, Error> {
    links
        .into_iter()
        .map(|l| {
            Ok(Link {
                title: l.0,
                kind: pick(&LINK_KINDS, l.1)?,
                url: l.2,
                summary: l.3,
            })
        })
        .collect()
}

/// Reads a compiled framework for the rating page: everything but its training routes,
/// career moves, links and glossary, which the rating page never shows (the gap report,
/// career map, team view and glossary come with the full module, which reads them itself).
/// Their reading code then stays out of the rating page's module: 4 KB of a first visit, gzip.
pub fn decode_for_rating(text: &str) -> Result<Framework, Error> {
    build(
        parse::<Compiled<IgnoredAny, IgnoredAny, IgnoredAny, IgnoredAny, IgnoredAny>>(text)?
            .reading(|_, _, _, _, _| Ok::<_, Error>((vec![], vec![], vec![], vec![], vec![])))?,
    )
}

/// The compiled layout `T` read from `text`, or why not.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|e| {
        if text.contains(FORMAT) {
            damaged(&e.to_string())
        } else {
            not_compiled()
        }
    })
}

fn not_compiled() -> Error {
    damaged("it is not a compiled Stepwise framework")
}

/// A compiled framework with its routes, moves, links, glossary and domains' published
/// titles read (or left out, as empty lists).
type Read = Compiled<Vec<TrainingRoute>, Vec<CareerMove>, Vec<Link>, Vec<Term>, Vec<String>>;

/// The framework from its compiled entries, with its routes, moves, links, glossary and
/// domains' published titles already read.
fn build(compiled: Read) -> Result<Framework, Error> {
    let Compiled(
        format,
        m,
        scale,
        levels,
        domains,
        areas,
        competences,
        routes,
        moves,
        links,
        glossary,
        officials,
    ) = compiled;
    if format != FORMAT {
        return Err(not_compiled());
    }
    let meta = Meta {
        id: m.0,
        title: m.1,
        version: m.2,
        summary: m.3,
        modelled_on: m.4,
        source_url: m.5,
        licence: m.6,
        checked: m.7,
        reach_percent: m.8,
    };
    let scale: Vec<ScaleValue> = scale
        .into_iter()
        .map(|v| ScaleValue {
            value: v.0,
            label: v.1,
            description: v.2,
            met: v.3,
        })
        .collect();
    let levels = levels
        .into_iter()
        .map(|l| {
            Ok(Level {
                id: l.0,
                career_level: l.1,
                name: l.2,
                route: pick(&CAREER_ROUTES, l.3)?,
                description: l.4,
                education: l.5,
                rates: (!l.6.is_empty()).then_some(LevelId(l.6)),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let domains: Vec<Domain> = domains
        .into_iter()
        .map(|d| Domain {
            id: DomainId(d.0),
            name: d.1,
            description: d.2,
        })
        .collect();
    let areas: Vec<Area> = areas
        .into_iter()
        .map(|a| Area {
            id: AreaId(a.0),
            name: a.1,
            description: a.2,
        })
        .collect();
    let competences: Vec<Competence> = competences
        .into_iter()
        .map(|c| Competence {
            id: c.0,
            level: c.1,
            domain: c.2,
            statement: c.3,
            areas: c.4,
            indicators: c.5,
        })
        .collect();
    let parts = Parts {
        meta,
        scale: Scale { values: scale },
        levels,
        domains,
        competences,
        routes,
        areas,
        moves,
        links,
        glossary,
        officials,
    };
    sound::check(&parts)?;
    Ok(Framework::new(parts))
}
