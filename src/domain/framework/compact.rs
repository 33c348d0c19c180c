//! Frameworks compiled for the rating page: a checked framework written as compact JSON
//! (positional lists, no key names), made at build time from its TOML file by
//! `examples/compile_content.rs`. The rating page's module reads these with the JSON reader
//! it already has, so it needs neither the TOML reader nor the checker, which the full
//! module keeps for framework files people bring.
//!
//! The abridged form leaves out what the rating page shows only on request: evidence
//! examples and routes' entry requirements and providers. It also leaves out the career map
//! (moves and links), which only the full module shows.
//!
//! The outline is what a first visit needs to choose a role: the framework's facts and the
//! names of its scale values, levels, domains and areas. It leaves out their descriptions,
//! the levels' education, every competence and every route, which the rating page fetches
//! (in the abridged form) once a role is chosen.

use crate::domain::error::Error;
use crate::domain::framework::{
    Area, AreaId, CareerMove, CareerRoute, Competence, CompetenceId, Destination, Domain, DomainId,
    Framework, Level, LevelId, Link, LinkKind, Meta, MoveKind, Parts, RouteId, RouteKind, Scale,
    ScaleValue, TrainingRoute,
};
use crate::domain::records::json::{self, Json};
use std::cell::Cell;
use std::collections::BTreeSet;

/// The first item of every compiled framework: which layout follows.
const FORMAT: &str = "stepwise-compiled-1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Complete,
    Abridged,
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

// The codes written for each kind: an exhaustive match, so a new kind cannot be written
// without a code of its own. Reading looks them up in the lists above, in the same order.
fn career_route_code(r: CareerRoute) -> Json {
    n(match r {
        CareerRoute::Clinical => 0,
        CareerRoute::Managerial => 1,
        CareerRoute::Both => 2,
    })
}

fn route_kind_code(k: RouteKind) -> Json {
    n(match k {
        RouteKind::Apprenticeship => 0,
        RouteKind::Qualification => 1,
        RouteKind::Programme => 2,
        RouteKind::ELearning => 3,
        RouteKind::InWork => 4,
        RouteKind::Regulatory => 5,
    })
}

fn move_kind_code(k: MoveKind) -> Json {
    n(match k {
        MoveKind::Stay => 0,
        MoveKind::Up => 1,
        MoveKind::Across => 2,
        MoveKind::Down => 3,
    })
}

fn link_kind_code(k: LinkKind) -> Json {
    n(match k {
        LinkKind::Vacancies => 0,
        LinkKind::DayInTheLife => 1,
        LinkKind::Careers => 2,
    })
}

fn s(text: &str) -> Json {
    Json::Str(text.to_string())
}

fn n(number: u8) -> Json {
    Json::Int(number.into())
}

fn texts<'a>(items: impl IntoIterator<Item = &'a str>) -> Json {
    Json::Array(items.into_iter().map(s).collect())
}

/// `items`, or none when `left_out`.
fn unless<T>(left_out: bool, items: &[T]) -> &[T] {
    if left_out {
        &[]
    } else {
        items
    }
}

/// `text`, or empty when `left_out`.
fn text_unless(left_out: bool, text: &str) -> Json {
    s(if left_out { "" } else { text })
}

fn list<T>(items: &[T], one: impl Fn(&T) -> Vec<Json>) -> Json {
    Json::Array(items.iter().map(|i| Json::Array(one(i))).collect())
}

/// The framework as compiled JSON, whole, abridged or in outline.
pub fn encode(fw: &Framework, form: Form) -> String {
    let whole = form == Form::Complete;
    let outline = form == Form::Outline;
    let m = &fw.meta;
    let meta = vec![
        s(&m.id),
        s(&m.title),
        s(&m.version),
        s(&m.summary),
        s(&m.modelled_on),
        s(&m.source_url),
        s(&m.licence),
        s(&m.checked),
        n(m.reach_percent),
    ];
    Json::Array(vec![
        s(FORMAT),
        Json::Array(meta),
        list(&fw.scale.values, |v| {
            vec![
                n(v.value),
                s(&v.label),
                text_unless(outline, &v.description),
                Json::Bool(v.met),
            ]
        }),
        list(&fw.levels, |l| {
            vec![
                s(l.id.as_str()),
                n(l.career_level),
                s(&l.name),
                career_route_code(l.route),
                text_unless(outline, &l.description),
                texts(unless(outline, &l.education[..]).iter().map(String::as_str)),
            ]
        }),
        list(&fw.domains, |d| {
            vec![
                s(d.id.as_str()),
                s(&d.name),
                text_unless(outline, &d.description),
            ]
        }),
        list(&fw.areas, |a| {
            vec![
                s(a.id.as_str()),
                s(&a.name),
                text_unless(outline, &a.description),
            ]
        }),
        list(unless(outline, &fw.competences[..]), |c| {
            let indicators = unless(!whole, &c.indicators);
            vec![
                s(c.id.as_str()),
                s(c.level.as_str()),
                s(c.domain.as_str()),
                s(&c.statement),
                texts(c.areas.iter().map(AreaId::as_str)),
                texts(indicators.iter().map(String::as_str)),
            ]
        }),
        list(unless(outline, &fw.routes[..]), |r| {
            vec![
                s(r.id.as_str()),
                s(&r.title),
                route_kind_code(r.kind),
                n(r.career_levels[0]),
                n(r.career_levels[1]),
                s(&r.duration),
                text_unless(!whole, &r.entry),
                s(&r.funding),
                text_unless(!whole, &r.provider),
                s(&r.source_url),
                s(&r.checked),
                s(&r.summary),
                texts(r.develops_competences.iter().map(CompetenceId::as_str)),
                texts(r.develops_domains.iter().map(DomainId::as_str)),
            ]
        }),
        list(unless(!whole, &fw.moves), |mv| {
            let (to, role) = match &mv.to {
                Destination::Level(l) => (l.as_str(), ""),
                Destination::Role(r) => ("", r.as_str()),
            };
            vec![
                s(mv.from.as_str()),
                s(to),
                s(role),
                move_kind_code(mv.kind),
                s(&mv.requires),
                texts(mv.routes.iter().map(RouteId::as_str)),
                s(&mv.link),
            ]
        }),
        list(unless(!whole, &fw.links), |l| {
            vec![
                s(&l.title),
                link_kind_code(l.kind),
                s(&l.url),
                s(&l.summary),
            ]
        }),
    ])
    .to_text()
}

fn damaged(what: &str) -> Error {
    Error::FrameworkUnreadable(format!("the compiled framework is damaged ({what})"))
}

/// Reads the items of one positional list in order. Anything missing or of the wrong kind
/// reads as empty and marks the whole file as damaged (`bad`), which `decode` then refuses:
/// reading on instead of returning at once keeps the decoder small.
struct Items<'a> {
    items: std::slice::Iter<'a, Json>,
    bad: &'a Cell<bool>,
}

impl<'a> Items<'a> {
    fn of(value: &'a Json, bad: &'a Cell<bool>) -> Self {
        let items = match value {
            Json::Array(items) => &items[..],
            _ => {
                bad.set(true);
                &[]
            }
        };
        Items {
            items: items.iter(),
            bad,
        }
    }

    fn next(&mut self) -> &'a Json {
        self.items.next().unwrap_or_else(|| {
            self.bad.set(true);
            &Json::Null
        })
    }

    fn text(&mut self) -> String {
        match self.next() {
            Json::Str(s) => s.clone(),
            _ => {
                self.bad.set(true);
                String::new()
            }
        }
    }

    fn number(&mut self) -> u8 {
        match self.next() {
            Json::Int(n) if (0..=255).contains(n) => *n as u8,
            _ => {
                self.bad.set(true);
                0
            }
        }
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> T {
        let i = usize::from(self.number());
        all.get(i).copied().unwrap_or_else(|| {
            self.bad.set(true);
            all[0]
        })
    }

    fn flag(&mut self) -> bool {
        match self.next() {
            Json::Bool(b) => *b,
            _ => {
                self.bad.set(true);
                false
            }
        }
    }

    fn texts(&mut self) -> Vec<String> {
        let mut list = Items::of(self.next(), self.bad);
        let mut out = Vec::new();
        while list.items.len() > 0 {
            out.push(list.text());
        }
        out
    }

    fn ids<T>(&mut self, make: fn(String) -> T) -> Vec<T> {
        self.texts().into_iter().map(make).collect()
    }

    /// Each entry of a list of lists, read by `one`.
    fn each<T>(&mut self, one: impl Fn(&mut Items<'a>) -> T) -> Vec<T> {
        let list = Items::of(self.next(), self.bad);
        list.items
            .map(|entry| one(&mut Items::of(entry, self.bad)))
            .collect()
    }
}

/// Reads a compiled framework. It was checked when compiled; the references are checked
/// again here, cheaply, so that a damaged file is refused rather than trusted.
pub fn decode(text: &str) -> Result<Framework, Error> {
    let root = json::parse(text).map_err(|e| damaged(&e.to_string()))?;
    let bad = Cell::new(false);
    let mut r = Items::of(&root, &bad);
    if r.next().as_str() != Some(FORMAT) {
        return Err(damaged("it is not a compiled Stepwise framework"));
    }
    let meta = {
        let mut m = Items::of(r.next(), &bad);
        Meta {
            id: m.text(),
            title: m.text(),
            version: m.text(),
            summary: m.text(),
            modelled_on: m.text(),
            source_url: m.text(),
            licence: m.text(),
            checked: m.text(),
            reach_percent: m.number(),
        }
    };
    let scale = r.each(|v| ScaleValue {
        value: v.number(),
        label: v.text(),
        description: v.text(),
        met: v.flag(),
    });
    let levels = r.each(|l| Level {
        id: LevelId(l.text()),
        career_level: l.number(),
        name: l.text(),
        route: l.pick(&CAREER_ROUTES),
        description: l.text(),
        education: l.texts(),
    });
    let domains = r.each(|d| Domain {
        id: DomainId(d.text()),
        name: d.text(),
        description: d.text(),
    });
    let areas = r.each(|a| Area {
        id: AreaId(a.text()),
        name: a.text(),
        description: a.text(),
    });
    let competences = r.each(|c| Competence {
        id: CompetenceId(c.text()),
        level: LevelId(c.text()),
        domain: DomainId(c.text()),
        statement: c.text(),
        areas: c.ids(AreaId),
        indicators: c.texts(),
    });
    let routes = r.each(|t| TrainingRoute {
        id: RouteId(t.text()),
        title: t.text(),
        kind: t.pick(&ROUTE_KINDS),
        career_levels: [t.number(), t.number()],
        duration: t.text(),
        entry: t.text(),
        funding: t.text(),
        provider: t.text(),
        source_url: t.text(),
        checked: t.text(),
        summary: t.text(),
        develops_competences: t.ids(CompetenceId),
        develops_domains: t.ids(DomainId),
    });
    let moves = r.each(|m| {
        let from = LevelId(m.text());
        let (to, role) = (m.text(), m.text());
        CareerMove {
            from,
            to: if role.is_empty() {
                Destination::Level(LevelId(to))
            } else {
                Destination::Role(role)
            },
            kind: m.pick(&MOVE_KINDS),
            requires: m.text(),
            routes: m.ids(RouteId),
            link: m.text(),
        }
    });
    let links = r.each(|l| Link {
        title: l.text(),
        kind: l.pick(&LINK_KINDS),
        url: l.text(),
        summary: l.text(),
    });
    if bad.get() {
        return Err(damaged("an entry is not as expected"));
    }

    // The checks that matter for using the framework safely: ids are unique, references
    // resolve, and the scale has values, one of them "met", each once.
    fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
        let mut seen = BTreeSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    let unique_ids = unique(levels.iter().map(|l| l.id.as_str()))
        && unique(domains.iter().map(|d| d.id.as_str()))
        && unique(areas.iter().map(|a| a.id.as_str()))
        && unique(competences.iter().map(|c| c.id.as_str()))
        && unique(routes.iter().map(|r| r.id.as_str()));
    let mut values = BTreeSet::new();
    let scale_ok = scale.iter().any(|v| v.met) && scale.iter().all(|v| values.insert(v.value));
    if !unique_ids || !scale_ok {
        return Err(damaged(
            "an id is used twice, or the scale has no \"met\" value",
        ));
    }
    let level = |id: &LevelId| levels.iter().any(|l| &l.id == id);
    let domain = |id: &DomainId| domains.iter().any(|d| &d.id == id);
    let competence = |id: &CompetenceId| competences.iter().any(|c| &c.id == id);
    let route = |id: &RouteId| routes.iter().any(|t| &t.id == id);
    let resolves = competences.iter().all(|c| {
        level(&c.level)
            && domain(&c.domain)
            && c.areas.iter().all(|a| areas.iter().any(|x| &x.id == a))
    }) && routes.iter().all(|t| {
        t.develops_competences.iter().all(competence) && t.develops_domains.iter().all(domain)
    }) && moves.iter().all(|m| {
        level(&m.from)
            && match &m.to {
                Destination::Level(to) => level(to),
                Destination::Role(_) => true,
            }
            && m.routes.iter().all(route)
    });
    if !resolves {
        return Err(damaged("a reference does not resolve"));
    }
    Ok(Framework::new(Parts {
        meta,
        scale: Scale { values: scale },
        levels,
        domains,
        competences,
        routes,
        areas,
        moves,
        links,
    }))
}
