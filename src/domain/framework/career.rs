//! The career map's parts: moves between levels (up, across, staying, returning), where they
//! lead, and the resource links shown beside it.

use super::model::{LevelId, RouteId};

/// Where a career move leads: a level of this framework, or a role outside it.
#[derive(Clone, Debug, PartialEq)]
pub enum Destination {
    Level(LevelId),
    Role(String),
}

/// One move on the career map.
#[derive(Clone, Debug, PartialEq)]
pub struct CareerMove {
    pub from: LevelId,
    pub to: Destination,
    pub kind: MoveKind,
    /// What the move requires, in a sentence or two.
    pub requires: String,
    /// Routes that lead there.
    pub routes: Vec<RouteId>,
    /// An official page about it, if any.
    pub link: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Vacancies,
    DayInTheLife,
    Careers,
}

impl LinkKind {
    pub fn label(self) -> &'static str {
        match self {
            LinkKind::Vacancies => "Vacancies",
            LinkKind::DayInTheLife => "A day in the life",
            LinkKind::Careers => "Careers information",
        }
    }
}

/// A resource link shown beside the career map.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub title: String,
    pub kind: LinkKind,
    pub url: String,
    pub summary: String,
}

/// The kind of career move between two levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveKind {
    /// Staying in post and growing there.
    Stay,
    Up,
    /// Into an equivalent role at the same career level.
    Across,
    /// To a lower career level, for example a change of field.
    Down,
    /// Back to the role whose competences a returning starting point rates ([`Level::rates`]),
    /// for example onto the register again after a break.
    Return,
}

impl MoveKind {
    /// A short name for the kind, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            MoveKind::Stay => "stay",
            MoveKind::Up => "up",
            MoveKind::Across => "across",
            MoveKind::Down => "down",
            MoveKind::Return => "return",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MoveKind::Stay => "Stay in your role and grow there",
            MoveKind::Up => "Move up",
            MoveKind::Across => "Move across to an equivalent role",
            MoveKind::Down => "Move to a different role at a lower level",
            MoveKind::Return => "Return to the register",
        }
    }
}
