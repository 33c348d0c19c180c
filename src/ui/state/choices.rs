//! The small types the UI's actions carry: what the rating list shows, the app's sections,
//! and the payloads of [`super::Action`].

use crate::domain::assessment::PlanItem;
use crate::domain::framework::AreaId;
use crate::domain::records::report::Imported;
use crate::domain::{CompetenceId, Error, Status};

/// Which competences the rating list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    NotRated,
    Gaps,
}

impl Filter {
    pub const ALL: [Filter; 3] = [Filter::All, Filter::NotRated, Filter::Gaps];

    pub fn fits(self, status: Status) -> bool {
        match self {
            Filter::All => true,
            Filter::NotRated => status == Status::NotRated,
            Filter::Gaps => status == Status::Below,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "All competences",
            Filter::NotRated => "Not yet rated",
            Filter::Gaps => "Gaps only",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::NotRated => "not-rated",
            Filter::Gaps => "gaps",
        }
    }
}

/// The app's sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Assess,
    /// The career map: moves up, across and staying in post, explored from any level.
    Map,
    Report,
    Team,
    /// Choosing another framework or loading a framework file: for educators, so it is
    /// offered after the app rather than among its sections.
    Frameworks,
    /// The framework's glossary: offered at the foot of the page and from the gap report.
    Glossary,
    /// A supervisor reviewing someone else's assessment from their review request: offered
    /// at the foot of the page (and in place of the gap report, from its button).
    Review,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Assess,
        View::Map,
        View::Report,
        View::Team,
        View::Frameworks,
        View::Glossary,
        View::Review,
    ];

    /// Whether the view is one of the app's sections, listed in its navigation.
    pub fn in_nav(self) -> bool {
        !matches!(self, View::Frameworks | View::Glossary | View::Review)
    }

    pub const fn label(self) -> &'static str {
        match self {
            View::Assess => "Rate yourself",
            View::Map => "Career map",
            View::Report => "Gap report and plan",
            View::Team => "Team view",
            View::Frameworks => "Use another framework",
            View::Glossary => "Glossary",
            View::Review => "Review someone's assessment",
        }
    }
    /// The view's name in messages from a host page and in a hand-over to the full module.
    pub fn key(self) -> &'static str {
        match self {
            View::Assess => "assess",
            View::Map => "map",
            View::Report => "report",
            View::Team => "team",
            View::Frameworks => "frameworks",
            View::Glossary => "glossary",
            View::Review => "review",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// A change to one step of the action plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEdit {
    pub index: usize,
    pub item: PlanItem,
}

/// What the user is told after trying to import a report.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportMessage {
    Failed(Error),
    Done {
        from: String,
        notice: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rating {
    pub competence: CompetenceId,
    pub value: u8,
    /// The day it was made (YYYY-MM-DD), kept beside it.
    pub on: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoteEdit {
    pub competence: CompetenceId,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaChoice {
    pub area: AreaId,
    pub on: bool,
}

/// "the report for Jo Bloggs of 2026-11-23", in words.
pub fn describe_report(imported: &Imported) -> String {
    let who = if imported.info.person.is_empty() {
        String::from("the report")
    } else {
        format!("the report for {}", imported.info.person)
    };
    if imported.info.date.is_empty() {
        who
    } else {
        format!("{who} of {}", imported.info.date)
    }
}
