//! The messages the widget sends its host page and the commands it accepts, version 1.
//! Documented for educators in EMBEDDING.md.

use crate::domain::assessment::scoring::score_level;
use crate::domain::assessment::{Assessment, Status};
use crate::domain::framework::{Framework, LevelId};
use serde::{Deserialize, Serialize};

/// The version of the message shapes.
pub const VERSION: i64 = 1;

/// Every message starts `{"source":"stepwise","version":1,"type":…}`; the fields are in
/// each message rather than flattened in, which costs the download less.
const SOURCE: &str = "stepwise";

/// A message as JSON text, as it is posted.
pub fn to_json(message: &impl Serialize) -> String {
    // Text, numbers and flags always serialize.
    serde_json::to_string(message).unwrap_or_default()
}

/// "ready": which framework the widget has open.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ready {
    pub source: &'static str,
    pub version: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub framework: FrameworkFacts,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FrameworkFacts {
    pub id: String,
    pub version: String,
    pub title: String,
}

/// "progress": how many competences are rated, over the current level and the aim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Progress {
    pub source: &'static str,
    pub version: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub rated: usize,
    pub total: usize,
    pub current: Option<LevelId>,
    pub target: Option<LevelId>,
}

/// "complete": the summary per level and domain, and how many gaps remain.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Complete {
    pub source: &'static str,
    pub version: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub levels: Vec<LevelSummary>,
    pub gaps: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelSummary {
    pub id: LevelId,
    pub title: String,
    pub rated: usize,
    pub met: usize,
    pub total: usize,
    pub reached: bool,
    pub domains: Vec<DomainSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainSummary {
    pub id: String,
    pub name: String,
    pub rated: usize,
    pub met: usize,
    pub total: usize,
}

/// The levels a learner's progress is counted over: their current level and their aim.
fn levels(framework: &Framework, a: &Assessment) -> Vec<LevelId> {
    let mut levels: Vec<LevelId> = a.current.iter().cloned().collect();
    if let Some(t) = a.effective_target(framework) {
        if !levels.contains(&t) {
            levels.push(t);
        }
    }
    levels
}

/// Rated and total over the current level and the aim.
pub fn progress_counts(framework: &Framework, a: &Assessment) -> (usize, usize) {
    levels(framework, a)
        .iter()
        .fold((0, 0), |(rated, total), level| {
            let t = score_level(framework, a, level).tally;
            (rated + t.rated, total + t.total)
        })
}

/// Complete when a current level is chosen and every competence at it and at the aim is rated.
pub fn is_complete(framework: &Framework, a: &Assessment) -> bool {
    let (rated, total) = progress_counts(framework, a);
    a.current.is_some() && total > 0 && rated == total
}

/// "error": the widget met something it did not expect and has stopped; `message` says so in
/// the words the person sees.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Failure {
    pub source: &'static str,
    pub version: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub message: &'static str,
}

pub fn failure(message: &'static str) -> Failure {
    Failure {
        source: SOURCE,
        version: VERSION,
        kind: "error",
        message,
    }
}

pub fn ready(framework: &Framework) -> Ready {
    let m = &framework.meta;
    Ready {
        source: SOURCE,
        version: VERSION,
        kind: "ready",
        framework: FrameworkFacts {
            id: m.id.clone(),
            version: m.version.clone(),
            title: m.title.clone(),
        },
    }
}

pub fn progress(framework: &Framework, a: &Assessment) -> Progress {
    let (rated, total) = progress_counts(framework, a);
    Progress {
        source: SOURCE,
        version: VERSION,
        kind: "progress",
        rated,
        total,
        current: a.current.clone(),
        target: a.effective_target(framework),
    }
}

/// The summary per level and domain sent when an assessment is complete.
pub fn complete(framework: &Framework, a: &Assessment) -> Complete {
    let summary = levels(framework, a)
        .iter()
        .filter_map(|id| {
            let level = framework.level(id)?;
            let s = score_level(framework, a, id);
            let domains = s
                .domains
                .iter()
                .map(|(d, t)| DomainSummary {
                    id: d.to_string(),
                    name: framework
                        .domain(d)
                        .map(|d| d.name.clone())
                        .unwrap_or_default(),
                    rated: t.rated,
                    met: t.met,
                    total: t.total,
                })
                .collect();
            Some(LevelSummary {
                id: id.clone(),
                title: level.title(),
                rated: s.tally.rated,
                met: s.tally.met,
                total: s.tally.total,
                reached: s.reached,
                domains,
            })
        })
        .collect();
    let gaps = levels(framework, a)
        .iter()
        .flat_map(|l| a.applicable(framework, l).collect::<Vec<_>>())
        .filter(|c| a.status(framework, &c.id) == Status::Below)
        .count();
    Complete {
        source: SOURCE,
        version: VERSION,
        kind: "complete",
        levels: summary,
        gaps,
    }
}

/// A command from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Show a section: "assess", "report" or "team".
    Show(String),
    /// Set the current level and, optionally, the aim.
    SetLevels {
        current: LevelId,
        target: Option<LevelId>,
    },
    /// Ask for a progress message now.
    GetProgress,
}

/// A command as the host sends it:
/// `{"source":"stepwise-host","version":1,"command":"show","view":"report"}`. One flat
/// struct rather than a tagged enum: serde reads a tag that is not first by buffering the
/// whole message, which costs the rating page's download more than all the commands.
#[derive(Deserialize)]
struct Wire {
    source: String,
    version: i64,
    command: String,
    #[serde(default)]
    view: Option<String>,
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    target: Option<String>,
}

/// Reads a command from JSON text; anything else, including the widget's own messages, is
/// `None`.
pub fn command(text: &str) -> Option<Command> {
    let wire: Wire = serde_json::from_str(text).ok()?;
    if wire.source != "stepwise-host" || wire.version != VERSION {
        return None;
    }
    match wire.command.as_str() {
        "show" => Some(Command::Show(wire.view?)),
        "set-levels" => Some(Command::SetLevels {
            current: LevelId::new(wire.current?),
            target: wire.target.map(LevelId::new),
        }),
        "get-progress" => Some(Command::GetProgress),
        _ => None,
    }
}
