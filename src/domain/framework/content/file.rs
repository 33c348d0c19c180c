//! The framework file's format: one struct per kind of entry, as an author writes it, read by
//! serde from the `toml` crate's document and then turned into the model's types.
//!
//! Every field has a default, so that an entry with a field missing or wrongly typed is still
//! read as far as it goes and checked against the rest of the file; which fields an author
//! must give is said by [`Section::REQUIRED`], and checked by the reader.

use crate::domain::framework::{
    Area, AreaId, Audience, CareerMove, CareerRoute, Competence, CompetenceId, Destination, Domain,
    DomainId, Level, LevelId, Link, LinkKind, Meta, MoveKind, RouteId, RouteKind, ScaleValue, Term,
    TrainingRoute,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// A kind of entry in the file.
pub(super) trait Section: DeserializeOwned + Default {
    /// Fields that must be given; text ones must not be blank either.
    const REQUIRED: &'static [&'static str];
}

macro_rules! section {
    ($name:ident, [$($field:literal),*]) => {
        impl Section for $name {
            const REQUIRED: &'static [&'static str] = &[$($field),*];
        }
    };
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileMeta {
    id: String,
    title: String,
    version: String,
    summary: String,
    modelled_on: String,
    source_url: String,
    licence: String,
    checked: String,
    /// Absent means every competence (100).
    reach_percent: Option<u8>,
}
section!(
    FileMeta,
    ["id", "title", "version", "source_url", "checked"]
);

impl From<FileMeta> for Meta {
    fn from(m: FileMeta) -> Self {
        Meta {
            id: m.id,
            title: m.title,
            version: m.version,
            summary: m.summary,
            modelled_on: m.modelled_on,
            source_url: m.source_url,
            licence: m.licence,
            checked: m.checked,
            reach_percent: m.reach_percent.unwrap_or(100),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileScaleValue {
    value: u8,
    label: String,
    description: String,
    met: bool,
}
section!(FileScaleValue, ["value", "label", "met"]);

impl From<FileScaleValue> for ScaleValue {
    fn from(v: FileScaleValue) -> Self {
        ScaleValue {
            value: v.value,
            label: v.label,
            description: v.description,
            met: v.met,
        }
    }
}

/// The model's enums as the file spells them.
macro_rules! choice {
    ($file:ident => $model:ident { $($variant:ident),* }) => {
        #[derive(Deserialize, Clone, Copy)]
        #[serde(rename_all = "kebab-case")]
        pub(super) enum $file {
            $($variant),*
        }

        impl From<$file> for $model {
            fn from(v: $file) -> Self {
                match v {
                    $($file::$variant => $model::$variant),*
                }
            }
        }
    };
}

choice!(FileCareerRoute => CareerRoute { Clinical, Managerial, Both });
choice!(FileRouteKind => RouteKind { Apprenticeship, Qualification, Programme, ELearning, InWork, Regulatory });
choice!(FileMoveKind => MoveKind { Up, Across, Stay, Return });
choice!(FileLinkKind => LinkKind { Vacancies, DayInTheLife, Careers });

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileLevel {
    id: String,
    career_level: u8,
    name: String,
    route: Option<FileCareerRoute>,
    description: String,
    education: Vec<String>,
    /// A level whose competences this one rates (a returning starting point); empty if none.
    rates: String,
}
section!(FileLevel, ["id", "career_level", "name", "route"]);

impl From<FileLevel> for Level {
    fn from(l: FileLevel) -> Self {
        Level {
            id: LevelId::new(l.id),
            career_level: l.career_level,
            name: l.name,
            route: l.route.map_or(CareerRoute::Both, Into::into),
            description: l.description,
            education: l.education,
            rates: (!l.rates.trim().is_empty()).then(|| LevelId::new(l.rates)),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileDomain {
    id: String,
    name: String,
    description: String,
    official: String,
}
section!(FileDomain, ["id", "name"]);

/// The domain, and its published number and title (empty if none), which the framework
/// keeps apart (`Framework::officials`).
impl From<FileDomain> for (Domain, String) {
    fn from(d: FileDomain) -> Self {
        (
            Domain {
                id: DomainId::new(d.id),
                name: d.name,
                description: d.description,
            },
            d.official,
        )
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileArea {
    id: String,
    name: String,
    description: String,
}
section!(FileArea, ["id", "name"]);

impl From<FileArea> for Area {
    fn from(a: FileArea) -> Self {
        Area {
            id: AreaId::new(a.id),
            name: a.name,
            description: a.description,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileCompetence {
    id: String,
    level: String,
    domain: String,
    statement: String,
    indicators: Vec<String>,
    areas: Vec<String>,
}
section!(FileCompetence, ["id", "level", "domain", "statement"]);

impl From<FileCompetence> for Competence {
    fn from(c: FileCompetence) -> Self {
        Competence {
            id: CompetenceId::new(c.id),
            level: LevelId::new(c.level),
            domain: DomainId::new(c.domain),
            statement: c.statement,
            indicators: c.indicators,
            areas: c.areas.into_iter().map(AreaId::new).collect(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileTrainingRoute {
    id: String,
    title: String,
    kind: Option<FileRouteKind>,
    career_levels: [u8; 2],
    duration: String,
    entry: String,
    funding: String,
    provider: String,
    source_url: String,
    checked: String,
    summary: String,
    develops_competences: Vec<String>,
    develops_domains: Vec<String>,
    for_levels: Vec<String>,
    leads_to: Vec<String>,
    everyone: bool,
    from_band: String,
    replaces: Vec<String>,
}
section!(
    FileTrainingRoute,
    [
        "id",
        "title",
        "kind",
        "career_levels",
        "duration",
        "funding",
        "source_url",
        "checked",
        "summary"
    ]
);

impl From<FileTrainingRoute> for TrainingRoute {
    fn from(r: FileTrainingRoute) -> Self {
        TrainingRoute {
            id: RouteId::new(r.id),
            title: r.title,
            kind: r.kind.map_or(RouteKind::Programme, Into::into),
            career_levels: r.career_levels,
            duration: r.duration,
            entry: r.entry,
            funding: r.funding,
            provider: r.provider,
            source_url: r.source_url,
            checked: r.checked,
            summary: r.summary,
            develops_competences: r
                .develops_competences
                .into_iter()
                .map(CompetenceId::new)
                .collect(),
            develops_domains: r.develops_domains.into_iter().map(DomainId::new).collect(),
            audience: Audience {
                from: r.for_levels.into_iter().map(LevelId::new).collect(),
                leads_to: r.leads_to.into_iter().map(LevelId::new).collect(),
                everyone: r.everyone,
                from_band: r.from_band,
            },
            replaces: r.replaces.into_iter().map(RouteId::new).collect(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileMove {
    from: String,
    to: String,
    to_role: String,
    kind: Option<FileMoveKind>,
    requires: String,
    routes: Vec<String>,
    link: String,
}
section!(FileMove, ["from", "kind", "requires"]);

impl FileMove {
    /// Where the move leads, or `None` when the entry gives both `to` and `to_role`, or
    /// neither.
    pub fn destination(&self) -> Option<Destination> {
        match (self.to.trim().is_empty(), self.to_role.trim().is_empty()) {
            (false, true) => Some(Destination::Level(LevelId::new(self.to.clone()))),
            (true, false) => Some(Destination::Role(self.to_role.clone())),
            _ => None,
        }
    }
}

impl From<FileMove> for CareerMove {
    fn from(m: FileMove) -> Self {
        CareerMove {
            to: m
                .destination()
                .unwrap_or_else(|| Destination::Role(String::new())),
            from: LevelId::new(m.from),
            kind: m.kind.map_or(MoveKind::Up, Into::into),
            requires: m.requires,
            routes: m.routes.into_iter().map(RouteId::new).collect(),
            link: m.link,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileLink {
    title: String,
    kind: Option<FileLinkKind>,
    url: String,
    summary: String,
}
section!(FileLink, ["title", "kind", "url"]);

impl From<FileLink> for Link {
    fn from(l: FileLink) -> Self {
        Link {
            title: l.title,
            kind: l.kind.map_or(LinkKind::Careers, Into::into),
            url: l.url,
            summary: l.summary,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct FileTerm {
    term: String,
    meaning: String,
}
section!(FileTerm, ["term", "meaning"]);

impl From<FileTerm> for Term {
    fn from(t: FileTerm) -> Self {
        Term {
            term: t.term,
            meaning: t.meaning,
        }
    }
}
