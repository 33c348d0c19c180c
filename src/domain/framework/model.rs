//! The parts of a framework: ids, levels, domains, competences, the rating scale, areas,
//! training routes and career moves. [`super::Framework`] holds them together.

use super::career::{CareerMove, Link};
use std::collections::BTreeSet;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Stable id of a competence; saved ratings refer to competences by this id.
    CompetenceId
);
id_type!(
    /// Stable id of a level (a role at a Career Framework level, on a route).
    LevelId
);
id_type!(
    /// Stable id of a domain, a strand of practice that runs through the levels.
    DomainId
);
id_type!(
    /// Stable id of a training or CPD route.
    RouteId
);
id_type!(
    /// Stable id of an area of practice (perinatal, older adults, ...).
    AreaId
);

/// Facts about the framework itself: what it is, where it comes from, when it was checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub version: String,
    pub summary: String,
    pub modelled_on: String,
    pub source_url: String,
    pub licence: String,
    /// Date (YYYY-MM-DD) the sources were last checked.
    pub checked: String,
    /// Share of a level's competences, in percent, that must be met for the level to count
    /// as reached. 100 means every competence.
    pub reach_percent: u8,
}

/// One point on the rating scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleValue {
    /// The small code saved for a rating.
    pub value: u8,
    pub label: String,
    pub description: String,
    /// Whether a rating at this value counts as meeting the competence.
    pub met: bool,
}

/// The framework's rating scale, lowest value first.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub values: Vec<ScaleValue>,
}

impl Scale {
    pub fn get(&self, value: u8) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.value == value)
    }

    /// Whether a rating meets the competence. Values not on the scale never do.
    pub fn is_met(&self, value: u8) -> bool {
        self.get(value).is_some_and(|v| v.met)
    }

    /// The lowest value that counts as met, the bar a rating has to reach.
    pub fn bar(&self) -> Option<&ScaleValue> {
        self.values.iter().find(|v| v.met)
    }
}

/// Which route of the Career Framework a level sits on. From level 6 clinical and
/// managerial roles part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CareerRoute {
    Clinical,
    Managerial,
    Both,
}

impl CareerRoute {
    pub fn label(self) -> &'static str {
        match self {
            CareerRoute::Clinical => "clinical route",
            CareerRoute::Managerial => "managerial route",
            CareerRoute::Both => "clinical and managerial",
        }
    }

    /// Whether someone on this route would naturally continue on `other`.
    pub fn continues_on(self, other: CareerRoute) -> bool {
        self == other || self == CareerRoute::Both || other == CareerRoute::Both
    }
}

/// A role at one Career Framework for Health level (1 to 9; not a qualification level).
#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    pub id: LevelId,
    /// Level on the Career Framework for Health, 1 to 9.
    pub career_level: u8,
    pub name: String,
    pub route: CareerRoute,
    pub description: String,
    /// Indicative education and training for the level.
    pub education: Vec<String>,
    /// The level whose competences this one rates, for a starting point that is not a role
    /// of its own (returning to the register after a break): it has no competences of its
    /// own, and its only move is back to that level ([`MoveKind::Return`]).
    pub rates: Option<LevelId>,
}

impl Level {
    /// The Agenda for Change pay bands the role is usually paid at, as its name gives them
    /// ("…, pay band 6 or 7"), lowest first; empty when the name gives none.
    pub fn pay_bands(&self) -> Vec<super::band::PayBand> {
        super::band::bands_in_name(&self.name)
    }

    /// "Career level 5: Registered mental health nurse", naming the scale so it is never
    /// mistaken for a qualification level.
    pub fn title(&self) -> String {
        format!("Career level {}: {}", self.career_level, self.name)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    pub id: DomainId,
    pub name: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Competence {
    pub id: CompetenceId,
    pub level: LevelId,
    pub domain: DomainId,
    /// What the person rates themselves against, in the first person.
    pub statement: String,
    /// Examples of what evidence could look like.
    pub indicators: Vec<String>,
    /// Areas of practice this competence is specific to; empty means it applies to everyone.
    pub areas: Vec<AreaId>,
}

impl Competence {
    /// Whether the competence applies to someone working in `areas`.
    pub fn applies(&self, areas: &BTreeSet<AreaId>) -> bool {
        self.areas.is_empty() || self.areas.iter().any(|a| areas.contains(a))
    }
}

/// An area of practice: an optional tag that brings area-specific competences into view.
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub id: AreaId,
    pub name: String,
    pub description: String,
}

/// A term or abbreviation the framework's text uses, with what it means in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub term: String,
    pub meaning: String,
}

/// The kind of a training or CPD route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    Apprenticeship,
    Qualification,
    Programme,
    ELearning,
    InWork,
    Regulatory,
}

impl RouteKind {
    pub fn label(self) -> &'static str {
        match self {
            RouteKind::Apprenticeship => "Apprenticeship",
            RouteKind::Qualification => "Qualification",
            RouteKind::Programme => "Programme",
            RouteKind::ELearning => "E-learning",
            RouteKind::InWork => "In-work learning",
            RouteKind::Regulatory => "Regulatory requirement",
        }
    }
}

/// A training, education or CPD route that develops competences.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainingRoute {
    pub id: RouteId,
    pub title: String,
    pub kind: RouteKind,
    /// Career Framework levels the route suits, `[from, to]`.
    pub career_levels: [u8; 2],
    pub duration: String,
    pub entry: String,
    pub funding: String,
    pub provider: String,
    pub source_url: String,
    pub checked: String,
    pub summary: String,
    pub develops_competences: Vec<CompetenceId>,
    pub develops_domains: Vec<DomainId>,
    /// Who can start it and who has it already: see [`Audience`].
    pub audience: Audience,
    /// Ids this route had before it was merged or renamed: a saved plan naming one of them
    /// means this route ([`crate::domain::Framework::route`]).
    pub replaces: Vec<RouteId>,
}

/// Who a route is for: the roles a person starts it from, the roles it qualifies them for,
/// and whether everyone in the roles it suits needs it. Suggestions leave out a route a person
/// is past and show apart one they are not yet at (`assessment::suggest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Audience {
    /// Levels a person can start the route from. Empty: anyone at the career levels it suits.
    pub from: Vec<LevelId>,
    /// Levels the route qualifies a person for: someone already in one of them has it.
    pub leads_to: Vec<LevelId>,
    /// Mandatory or universal training that everyone in the roles it suits needs: shown
    /// apart from the ranked suggestions, never as what decides a move.
    pub everyone: bool,
    /// The lowest Agenda for Change pay band it is open to ("7": band 7 and above), as the
    /// file gives it; empty when any band may take it. Checked when the file is read.
    pub from_band: String,
}

impl Audience {
    /// The lowest pay band the route is open to, if it names one.
    pub fn from_band(&self) -> Option<super::band::PayBand> {
        super::band::PayBand::parse(&self.from_band)
    }

    /// Whether the route names `level` as one to start from, or names none, and does not
    /// lead to it.
    pub fn admits(&self, level: &LevelId) -> bool {
        (self.from.is_empty() || self.from.contains(level)) && !self.leads_to.contains(level)
    }
}

impl TrainingRoute {
    pub fn suits(&self, career_level: u8) -> bool {
        (self.career_levels[0]..=self.career_levels[1]).contains(&career_level)
    }

    /// Whether taking this route develops `competence`, directly or through its domain.
    pub fn develops(&self, competence: &Competence, career_level: u8) -> bool {
        self.develops_competences.contains(&competence.id)
            || (self.suits(career_level) && self.develops_domains.contains(&competence.domain))
    }
}

/// The parts of a framework as read from its file.
pub(crate) struct Parts {
    pub meta: Meta,
    pub scale: Scale,
    pub levels: Vec<Level>,
    pub domains: Vec<Domain>,
    pub competences: Vec<Competence>,
    pub routes: Vec<TrainingRoute>,
    pub areas: Vec<Area>,
    pub moves: Vec<CareerMove>,
    pub links: Vec<Link>,
    pub glossary: Vec<Term>,
    pub officials: Vec<String>,
}

/// A link from a framework file as it may be shown, or `None`: only `https://` links and
/// links relative to the app are. `javascript:`, `data:`, `http:` and every other scheme
/// are refused (a framework file can come from anyone), as is `//host`, which leaves the
/// app's site under the page's scheme. Judged as a browser reads the link: tabs and line
/// breaks anywhere dropped, spaces and controls at either end trimmed, `\` as `/`.
pub fn safe_link(url: &str) -> Option<&str> {
    let read: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .trim_matches(|c: char| c <= ' ')
        .replace('\\', "/");
    let safe = if read
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    {
        read.len() > 8 && !read[8..].starts_with('/')
    } else {
        // Relative: no scheme before the first `/`, `?` or `#`, and not `//host`.
        let before = read.split(['/', '?', '#']).next().unwrap_or_default();
        !read.is_empty() && !before.contains(':') && !read.starts_with("//")
    };
    safe.then_some(url)
}
