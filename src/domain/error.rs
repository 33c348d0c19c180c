//! Everything that can go wrong, as values with plain-words messages and what to do next.

use thiserror::Error;

/// One problem found in a framework file, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentIssue {
    /// The line of the file (1-based) the problem is on, or where its entry starts.
    pub line: usize,
    /// Where in the file, e.g. `competences entry 3 ("l5.relate.1")`.
    pub place: String,
    pub problem: Problem,
}

impl std::fmt::Display for ContentIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Line {}, {}: {}", self.line, self.place, self.problem)
    }
}

/// What is wrong at a place in a framework file.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("the id \"{id}\" is used more than once; each id must be unique")]
    DuplicateId { id: String },
    #[error("it refers to a {kind} \"{id}\" that the file does not define")]
    UnknownReference { kind: &'static str, id: String },
    #[error("it refers to a level \"{id}\" that the file does not define")]
    UnknownLevel { id: String },
    #[error(
        "career level {level} is not on the Career Framework for Health, which runs from 1 to 9"
    )]
    UnknownCareerLevel { level: u8 },
    #[error("\"{band}\" is not an Agenda for Change pay band: write one of 1 to 9, or 8a to 8d")]
    BadPayBand { band: String },
    #[error("the level range runs from {from} down to {to}; put the lower level first")]
    BadLevelRange { from: u8, to: u8 },
    #[error("{field} is empty")]
    Empty { field: &'static str },
    #[error("no value on the rating scale counts as met; mark at least one with met = true")]
    ScaleWithoutMet,
    #[error("the value {value} appears more than once on the rating scale")]
    DuplicateScaleValue { value: u8 },
    #[error("reach_percent is {value}; it must be between 1 and 100")]
    BadReachPercent { value: u8 },
    #[error("{field} is missing")]
    Missing { field: &'static str },
    #[error("{field} should be {expected}, but is {found}")]
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("{field} = {value} is out of range (0 to 255)")]
    OutOfRange { field: String, value: i64 },
    #[error("{field} is \"{value}\", which is not one of: {allowed}")]
    UnknownChoice {
        field: String,
        value: String,
        allowed: String,
    },
    #[error("\"{field}\" is not a setting Stepwise knows; check its spelling")]
    UnknownField { field: String },
    #[error("the file has no [[{name}]] entries")]
    MissingSection { name: &'static str },
    #[error("{name} should be written as [[{name}]] entries")]
    NotAList { name: &'static str },
    #[error(
        "give either `to` (a level of this framework) or `to_role` (a role outside it), not both"
    )]
    MoveDestination,
    #[error("a \"stay\" move goes to the level it starts from, and only a stay move does")]
    StayMove,
    #[error("it lists the route \"{route}\", which someone at the level \"{level}\" cannot start: see the route's for_levels and leads_to")]
    RouteNotForMove { route: String, level: String },
    #[error("a \"return\" move goes from a level that rates another's competences (its `rates`) back to that level, and it is the only move such a level has")]
    ReturnMove,
    #[error("`rates` must name another level of this file that has competences of its own, and a level that rates another's has none of its own")]
    BadRates,
    #[error("this level has no competences")]
    EmptyLevel,
    #[error("no competence belongs to this domain")]
    EmptyDomain,
    #[error("{field} is \"{url}\", which is not shown: links must start with https:// or be relative to the app (javascript:, data:, http: and other kinds are refused)")]
    UnsafeLink { field: &'static str, url: String },
}

/// The one error type of the app. Each variant renders as a sentence a user can act on.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum Error {
    #[error("The framework file could not be read: {0}")]
    FrameworkUnreadable(String),
    #[error("The framework file has {} {}", .0.len(), crate::domain::words::pick(.0.len(), "problem", "problems"))]
    FrameworkInvalid(Vec<ContentIssue>),
    #[error("The framework file {url} could not be fetched ({reason}).")]
    FrameworkFetch { url: String, reason: String },
    #[error("The file {name} could not be read ({reason}).")]
    FileUnreadable { name: String, reason: String },
    #[error("This file cannot be imported: {reason}.")]
    ReportUnreadable { reason: String },
    #[error("This report has been changed or damaged since it was exported: its checksum does not match.")]
    ReportDamaged,
    #[error("This report is for another framework ({found}).")]
    ReportOtherFramework { found: String },
    #[error("Your saved progress could not be read ({reason}).")]
    SavedDataUnreadable { reason: String },
    #[error("Your progress was saved by a newer version of Stepwise (format {found}).")]
    SavedDataTooNew { found: i64 },
    #[error("Your progress belongs to another framework (\"{found}\").")]
    SavedDataOtherFramework { found: String },
    #[error(
        "Part of your saved progress does not fit this framework and has been set aside: {what}."
    )]
    SavedDataPartlyUnusable { what: String },
    /// A problem with saved data that could not be copied aside: it was left where it was
    /// and nothing is saved over it.
    #[error("{problem}")]
    SavedDataLeftInPlace { problem: Box<Error> },
    #[error("Your ratings need {length} characters, more than the {limit} your course can keep.")]
    ResumeTooLong { length: usize, limit: usize },
    #[error("The file could not be downloaded.")]
    DownloadFailed,
    #[error("The part of Stepwise that reads framework files could not be loaded ({reason}).")]
    FullModuleUnavailable { reason: String },
    #[error("This browser is not letting Stepwise save your progress.")]
    StorageUnavailable,
    #[error("Your progress could not be saved: the browser's storage is full or refused it.")]
    StorageRefused,
}

impl Error {
    /// What the user can do about it, in plain words.
    pub fn advice(&self) -> &'static str {
        match self {
            Error::FrameworkUnreadable(_) | Error::FrameworkInvalid(_) => {
                "Correct the file and load it again. Nothing you have saved has been changed."
            }
            Error::FrameworkFetch { .. } => {
                "Check your connection and that the file is served beside Stepwise, then reload the page. \
                 Nothing you have saved has been changed."
            }
            Error::FileUnreadable { .. } => {
                "Check that it is a framework file saved as text (TOML), then try again. \
                 Nothing you have saved has been changed."
            }
            Error::SavedDataUnreadable { .. }
            | Error::SavedDataTooNew { .. }
            | Error::SavedDataOtherFramework { .. } => {
                "It has been kept aside, unchanged, in this browser's storage, and you are starting afresh. \
                 If you need it back, open Stepwise in the version that saved it or ask for help recovering it."
            }
            Error::SavedDataPartlyUnusable { .. } => {
                "The rest of your progress has been loaded. What was saved has been kept, unchanged, in this browser's storage, \
                 so nothing is lost; choose your level again if it was set aside."
            }
            Error::SavedDataLeftInPlace { .. } => {
                "It could not be copied aside, so it has been left in place, unchanged, and nothing will be saved \
                 in this browser during this visit. If you need it back, ask for help recovering it."
            }
            Error::ReportUnreadable { .. } => {
                "Choose a .json report exported from Stepwise. Your current work has not been changed."
            }
            Error::ReportDamaged => {
                "Export the report again from the browser that made it. Your current work has not been changed."
            }
            Error::ReportOtherFramework { .. } => {
                "Choose that framework under \"Use another framework\" first, then import the report. Your current work has not been changed."
            }
            Error::ResumeTooLong { .. } => {
                "They are kept in this browser, so you can carry on here. Ask your course team about a SCORM 2004 version, which keeps more."
            }
            Error::FullModuleUnavailable { .. } => {
                "Check your connection, then reload the page. Nothing you have saved has been changed."
            }
            Error::DownloadFailed => {
                "Check that this browser allows downloads from this page, then try again."
            }
            Error::StorageUnavailable => {
                "You can keep working: your ratings are held in this tab until you close it. \
                 Private browsing or blocked site data can cause this."
            }
            Error::StorageRefused => {
                "You can keep working: your ratings are held in this tab until you close it. \
                 Free some space in your browser's site data to save again."
            }
        }
    }
}
