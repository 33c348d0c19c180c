//! The messages the widget sends its host page and the commands it accepts, version 1.
//! Documented for educators in EMBEDDING.md.

use crate::domain::assessment::scoring::score_level;
use crate::domain::assessment::{Assessment, Status};
use crate::domain::framework::{Framework, LevelId};
use crate::domain::records::json::Json;

/// The version of the message shapes.
pub const VERSION: i64 = 1;

fn message(kind: &str, mut rest: Vec<(String, Json)>) -> Json {
    let mut members = vec![
        ("source".to_string(), Json::Str("stepwise".into())),
        ("version".to_string(), Json::Int(VERSION)),
        ("type".to_string(), Json::Str(kind.into())),
    ];
    members.append(&mut rest);
    Json::Object(members)
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

pub fn ready(framework: &Framework) -> Json {
    message(
        "ready",
        vec![(
            "framework".into(),
            Json::Object(vec![
                ("id".into(), Json::Str(framework.meta.id.clone())),
                ("version".into(), Json::Str(framework.meta.version.clone())),
                ("title".into(), Json::Str(framework.meta.title.clone())),
            ]),
        )],
    )
}

pub fn progress(framework: &Framework, a: &Assessment) -> Json {
    let (rated, total) = progress_counts(framework, a);
    let ids = |l: &Option<LevelId>| l.as_ref().map_or(Json::Null, |l| Json::Str(l.to_string()));
    message(
        "progress",
        vec![
            ("rated".into(), Json::Int(rated as i64)),
            ("total".into(), Json::Int(total as i64)),
            ("current".into(), ids(&a.current)),
            ("target".into(), ids(&a.effective_target(framework))),
        ],
    )
}

/// The summary per level and domain sent when an assessment is complete.
pub fn complete(framework: &Framework, a: &Assessment) -> Json {
    let summary = levels(framework, a)
        .iter()
        .filter_map(|id| {
            let level = framework.level(id)?;
            let s = score_level(framework, a, id);
            let domains = s
                .domains
                .iter()
                .map(|(d, t)| {
                    Json::Object(vec![
                        ("id".into(), Json::Str(d.to_string())),
                        (
                            "name".into(),
                            Json::Str(
                                framework
                                    .domain(d)
                                    .map(|d| d.name.clone())
                                    .unwrap_or_default(),
                            ),
                        ),
                        ("rated".into(), Json::Int(t.rated as i64)),
                        ("met".into(), Json::Int(t.met as i64)),
                        ("total".into(), Json::Int(t.total as i64)),
                    ])
                })
                .collect();
            Some(Json::Object(vec![
                ("id".into(), Json::Str(id.to_string())),
                ("title".into(), Json::Str(level.title())),
                ("rated".into(), Json::Int(s.tally.rated as i64)),
                ("met".into(), Json::Int(s.tally.met as i64)),
                ("total".into(), Json::Int(s.tally.total as i64)),
                ("reached".into(), Json::Bool(s.reached)),
                ("domains".into(), Json::Array(domains)),
            ]))
        })
        .collect();
    let gaps = levels(framework, a)
        .iter()
        .flat_map(|l| a.applicable(framework, l).collect::<Vec<_>>())
        .filter(|c| a.status(framework, &c.id) == Status::Below)
        .count();
    message(
        "complete",
        vec![
            ("levels".into(), Json::Array(summary)),
            ("gaps".into(), Json::Int(gaps as i64)),
        ],
    )
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

/// Reads a command; anything else, including the widget's own messages, is `None`.
pub fn command(value: &Json) -> Option<Command> {
    if value.get("source")?.as_str()? != "stepwise-host"
        || value.get("version")?.as_int()? != VERSION
    {
        return None;
    }
    let text = |k: &str| value.get(k).and_then(Json::as_str).map(str::to_string);
    match text("command")?.as_str() {
        "show" => Some(Command::Show(text("view")?)),
        "set-levels" => Some(Command::SetLevels {
            current: LevelId::new(text("current")?),
            target: text("target").map(LevelId::new),
        }),
        "get-progress" => Some(Command::GetProgress),
        _ => None,
    }
}
