//! The compiled framework's layout: one positional list per entry, as serde writes and
//! reads tuple structs. Serde refuses an entry with an item missing, extra or of the wrong
//! kind, so a damaged file is an error, never a panic.

use crate::domain::framework::{
    AreaId, CareerRoute, CompetenceId, DomainId, LevelId, LinkKind, MoveKind, RouteId, RouteKind,
};
use serde::{Deserialize, Serialize};

/// The whole file: the format name, then the framework's facts and each list of entries.
#[derive(Serialize, Deserialize)]
pub(super) struct Compiled<
    R = Vec<RouteEntry>,
    M = Vec<MoveEntry>,
    L = Vec<LinkEntry>,
    G = Vec<NamedEntry>,
    O = Vec<String>,
>(
    pub(super) String,
    pub(super) MetaEntry,
    pub(super) Vec<ValueEntry>,
    pub(super) Vec<LevelEntry>,
    pub(super) Vec<NamedEntry>,
    pub(super) Vec<NamedEntry>,
    pub(super) Vec<CompetenceEntry>,
    pub(super) R,
    pub(super) M,
    pub(super) L,
    /// The glossary: term, (unused), meaning. Files compiled before it have none.
    #[serde(default)]
    pub(super) G,
    /// Each domain's official number and title, in the order of the domains (see
    /// `Domain::official`); none in files compiled before them, or with no domain that has one.
    #[serde(default)]
    pub(super) O,
);

impl<R, M, L, G, O> Compiled<R, M, L, G, O> {
    /// The same entries, with the routes, moves, links, glossary and official domain titles
    /// as `read` makes them (read into the model, or left out).
    #[allow(clippy::type_complexity)]
    pub(super) fn reading<R2, M2, L2, G2, O2, E>(
        self,
        read: impl FnOnce(R, M, L, G, O) -> Result<(R2, M2, L2, G2, O2), E>,
    ) -> Result<Compiled<R2, M2, L2, G2, O2>, E> {
        let Compiled(format, meta, scale, levels, domains, areas, competences, r, m, l, g, o) =
            self;
        let (routes, moves, links, glossary, officials) = read(r, m, l, g, o)?;
        Ok(Compiled(
            format,
            meta,
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
        ))
    }
}

#[derive(Serialize, Deserialize)]
pub(super) struct MetaEntry(
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) u8,
);

#[derive(Serialize, Deserialize)]
pub(super) struct ValueEntry(
    pub(super) u8,
    pub(super) String,
    pub(super) String,
    pub(super) bool,
);

/// Id, career level, name, career route code, description, education, and the level whose
/// competences it rates (`Level::rates`; empty, and left out, for a level that rates its
/// own, and in files compiled before it). Text rather than an option: the option's reader
/// would cost the rating page's module more.
#[derive(Serialize, Deserialize)]
pub(super) struct LevelEntry(
    pub(super) LevelId,
    pub(super) u8,
    pub(super) String,
    pub(super) u8,
    pub(super) String,
    pub(super) Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")] pub(super) String,
);

/// A domain or an area: id, name, description.
#[derive(Serialize, Deserialize)]
pub(super) struct NamedEntry(pub(super) String, pub(super) String, pub(super) String);

/// Id, level, domain, statement, areas, indicators.
#[derive(Serialize, Deserialize)]
pub(super) struct CompetenceEntry(
    pub(super) CompetenceId,
    pub(super) LevelId,
    pub(super) DomainId,
    pub(super) String,
    pub(super) Vec<AreaId>,
    pub(super) Vec<String>,
);

/// Id, title, kind code, career levels from and to, duration, entry, funding, provider,
/// source URL, checked, summary, competences and domains developed, who it is for, and the
/// ids it replaces.
#[derive(Serialize, Deserialize)]
pub(super) struct RouteEntry(
    pub(super) RouteId,
    pub(super) String,
    pub(super) u8,
    pub(super) u8,
    pub(super) u8,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) String,
    pub(super) Vec<CompetenceId>,
    pub(super) Vec<DomainId>,
    #[serde(default)] pub(super) AudienceEntry,
    /// Ids the route had before (see `TrainingRoute::replaces`).
    #[serde(default)]
    pub(super) Vec<RouteId>,
);

/// The levels a route starts from, the levels it leads to, whether everyone needs it, and
/// the lowest pay band it is open to (files compiled before bands have none).
#[derive(Serialize, Deserialize, Default)]
pub(super) struct AudienceEntry(
    pub(super) Vec<LevelId>,
    pub(super) Vec<LevelId>,
    pub(super) bool,
    #[serde(default)] pub(super) String,
);

/// From, to (a level, or empty), to a role (or empty), kind code, requires, routes, link.
#[derive(Serialize, Deserialize)]
pub(super) struct MoveEntry(
    pub(super) LevelId,
    pub(super) String,
    pub(super) String,
    pub(super) u8,
    pub(super) String,
    pub(super) Vec<RouteId>,
    pub(super) String,
);

/// Title, kind code, URL, summary.
#[derive(Serialize, Deserialize)]
pub(super) struct LinkEntry(
    pub(super) String,
    pub(super) u8,
    pub(super) String,
    pub(super) String,
);

// The codes written for each kind: an exhaustive match, so a new kind cannot be written
// without a code of its own. Reading looks them up in the lists in compact.rs, in the same order.
pub(super) fn career_route_code(r: CareerRoute) -> u8 {
    match r {
        CareerRoute::Clinical => 0,
        CareerRoute::Managerial => 1,
        CareerRoute::Both => 2,
    }
}

pub(super) fn route_kind_code(k: RouteKind) -> u8 {
    match k {
        RouteKind::Apprenticeship => 0,
        RouteKind::Qualification => 1,
        RouteKind::Programme => 2,
        RouteKind::ELearning => 3,
        RouteKind::InWork => 4,
        RouteKind::Regulatory => 5,
    }
}

pub(super) fn move_kind_code(k: MoveKind) -> u8 {
    match k {
        MoveKind::Stay => 0,
        MoveKind::Up => 1,
        MoveKind::Across => 2,
        MoveKind::Down => 3,
        MoveKind::Return => 4,
    }
}

pub(super) fn link_kind_code(k: LinkKind) -> u8 {
    match k {
        LinkKind::Vacancies => 0,
        LinkKind::DayInTheLife => 1,
        LinkKind::Careers => 2,
    }
}
