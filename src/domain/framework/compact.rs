//! Frameworks compiled for the rating page: a checked framework written as compact JSON
//! (positional lists, no key names), made at build time from its TOML file by
//! `examples/compile_content.rs`. The rating page's module reads these with serde_json, so it
//! needs neither the TOML reader nor the checker, which the full module keeps for framework
//! files people bring.
//!
//! The outline is what a first visit needs to choose a role: the framework's facts and the
//! names of its scale values, levels, domains and areas. It leaves out their descriptions,
//! the levels' education, every competence and every route, which the rating page fetches
//! (in the complete form) once a role is chosen.

use crate::domain::error::Error;
use crate::domain::framework::{
    Area, AreaId, Audience, CareerMove, CareerRoute, Competence, Destination, Domain, DomainId,
    Framework, Level, LevelId, Link, LinkKind, Meta, MoveKind, Parts, RouteKind, Scale, ScaleValue,
    TrainingRoute,
};

mod layout;
mod sound;
use layout::{
    career_route_code, link_kind_code, move_kind_code, route_kind_code, AudienceEntry,
    CompetenceEntry, Compiled, LevelEntry, LinkEntry, MetaEntry, MoveEntry, NamedEntry, RouteEntry,
    ValueEntry,
};

/// The first item of every compiled framework: which layout follows.
const FORMAT: &str = "stepwise-compiled-1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Complete,
    Outline,
}

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
const MOVE_KINDS: [MoveKind; 4] = [
    MoveKind::Stay,
    MoveKind::Up,
    MoveKind::Across,
    MoveKind::Down,
];
const LINK_KINDS: [LinkKind; 3] = [
    LinkKind::Vacancies,
    LinkKind::DayInTheLife,
    LinkKind::Careers,
];

/// `text`, or empty when `left_out`.
fn unless_text(left_out: bool, text: &str) -> String {
    if left_out {
        String::new()
    } else {
        text.to_string()
    }
}

/// The framework as compiled JSON, whole or in outline.
pub fn encode(fw: &Framework, form: Form) -> String {
    let outline = form == Form::Outline;
    let m = &fw.meta;
    let compiled = Compiled(
        FORMAT.to_string(),
        MetaEntry(
            m.id.clone(),
            m.title.clone(),
            m.version.clone(),
            // Not shown on the first screen: the outline saves its bytes.
            unless_text(outline, &m.summary),
            m.modelled_on.clone(),
            m.source_url.clone(),
            m.licence.clone(),
            m.checked.clone(),
            m.reach_percent,
        ),
        fw.scale
            .values
            .iter()
            .map(|v| {
                ValueEntry(
                    v.value,
                    v.label.clone(),
                    unless_text(outline, &v.description),
                    v.met,
                )
            })
            .collect(),
        fw.levels
            .iter()
            .map(|l| {
                LevelEntry(
                    l.id.clone(),
                    l.career_level,
                    l.name.clone(),
                    career_route_code(l.route),
                    unless_text(outline, &l.description),
                    if outline {
                        Vec::new()
                    } else {
                        l.education.clone()
                    },
                )
            })
            .collect(),
        fw.domains
            .iter()
            .map(|d| {
                NamedEntry(
                    d.id.to_string(),
                    d.name.clone(),
                    unless_text(outline, &d.description),
                )
            })
            .collect(),
        fw.areas
            .iter()
            .map(|a| {
                NamedEntry(
                    a.id.to_string(),
                    a.name.clone(),
                    unless_text(outline, &a.description),
                )
            })
            .collect(),
        unless(outline, &fw.competences)
            .iter()
            .map(|c| {
                CompetenceEntry(
                    c.id.clone(),
                    c.level.clone(),
                    c.domain.clone(),
                    c.statement.clone(),
                    c.areas.clone(),
                    c.indicators.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.routes)
            .iter()
            .map(|r| {
                RouteEntry(
                    r.id.clone(),
                    r.title.clone(),
                    route_kind_code(r.kind),
                    r.career_levels[0],
                    r.career_levels[1],
                    r.duration.clone(),
                    r.entry.clone(),
                    r.funding.clone(),
                    r.provider.clone(),
                    r.source_url.clone(),
                    r.checked.clone(),
                    r.summary.clone(),
                    r.develops_competences.clone(),
                    r.develops_domains.clone(),
                    AudienceEntry(
                        r.audience.from.clone(),
                        r.audience.leads_to.clone(),
                        r.audience.everyone,
                    ),
                )
            })
            .collect(),
        unless(outline, &fw.moves)
            .iter()
            .map(|mv| {
                let (to, role) = match &mv.to {
                    Destination::Level(l) => (l.to_string(), String::new()),
                    Destination::Role(r) => (String::new(), r.clone()),
                };
                MoveEntry(
                    mv.from.clone(),
                    to,
                    role,
                    move_kind_code(mv.kind),
                    mv.requires.clone(),
                    mv.routes.clone(),
                    mv.link.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.links)
            .iter()
            .map(|l| {
                LinkEntry(
                    l.title.clone(),
                    link_kind_code(l.kind),
                    l.url.clone(),
                    l.summary.clone(),
                )
            })
            .collect(),
    );
    // Text, numbers and lists always serialize.
    serde_json::to_string(&compiled).unwrap_or_default()
}

/// `items`, or none when `left_out`.
fn unless<T>(left_out: bool, items: &[T]) -> &[T] {
    if left_out {
        &[]
    } else {
        items
    }
}

fn damaged(what: &str) -> Error {
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
    let not_compiled = || damaged("it is not a compiled Stepwise framework");
    let Compiled(format, m, scale, levels, domains, areas, competences, routes, moves, links) =
        serde_json::from_str(text).map_err(|e| {
            if text.contains(FORMAT) {
                damaged(&e.to_string())
            } else {
                not_compiled()
            }
        })?;
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
    let routes = routes
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
                },
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let moves = moves
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
        .collect::<Result<Vec<_>, Error>>()?;
    let links = links
        .into_iter()
        .map(|l| {
            Ok(Link {
                title: l.0,
                kind: pick(&LINK_KINDS, l.1)?,
                url: l.2,
                summary: l.3,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;

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
    };
    sound::check(&parts)?;
    Ok(Framework::new(parts))
}
