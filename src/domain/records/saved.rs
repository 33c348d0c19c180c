//! The saved form of an assessment: versioned, compact JSON of ids and rating codes.
//!
//! Format 1:
//! `{"v":1,"fw":"mhn","fv":"2026.11","cur":"l5","tgt":"l6c","r":{"l5.relate.1":2},"a":["perinatal"],"n":{"l5.relate.1":"..."}}`
//!
//! `a` (areas of practice), `p` (action plan: `{"r":route id or "x":own words,"d":due,"s":status}`)
//! and `n` (notes) are left out when empty.
//!
//! To change the format, write the new one in [`encode`], bump [`FORMAT`], and make
//! [`decode`] turn each older format into the newest, so saved progress always moves forward.

use crate::domain::assessment::{Assessment, PlanAction, PlanItem, PlanStatus};
use crate::domain::error::Error;
use crate::domain::framework::{AreaId, CompetenceId, LevelId, Meta, RouteId};
use crate::domain::records::json::{self, Json};
use std::collections::BTreeMap;

/// The format [`encode`] writes.
pub const FORMAT: i64 = 1;

/// Writes an assessment in the current format.
pub fn encode(framework: &Meta, a: &Assessment) -> String {
    let mut members = vec![
        ("v".to_string(), Json::Int(FORMAT)),
        ("fw".to_string(), Json::Str(framework.id.clone())),
        ("fv".to_string(), Json::Str(framework.version.clone())),
    ];
    for (key, level) in [("cur", &a.current), ("tgt", &a.target)] {
        if let Some(level) = level {
            members.push((key.to_string(), Json::Str(level.to_string())));
        }
    }
    let ratings = a
        .ratings
        .iter()
        .map(|(id, v)| (id.to_string(), Json::Int(i64::from(*v))))
        .collect();
    members.push(("r".to_string(), Json::Object(ratings)));
    if !a.areas.is_empty() {
        let areas = a.areas.iter().map(|id| Json::Str(id.to_string())).collect();
        members.push(("a".to_string(), Json::Array(areas)));
    }
    if !a.plan.is_empty() {
        let plan = a
            .plan
            .iter()
            .map(|item| {
                let action = match &item.action {
                    PlanAction::Route(id) => ("r".to_string(), Json::Str(id.to_string())),
                    PlanAction::Own(text) => ("x".to_string(), Json::Str(text.clone())),
                };
                Json::Object(vec![
                    action,
                    ("d".to_string(), Json::Str(item.due.clone())),
                    ("s".to_string(), Json::Int(item.status.code())),
                ])
            })
            .collect();
        members.push(("p".to_string(), Json::Array(plan)));
    }
    if !a.notes.is_empty() {
        let notes = a
            .notes
            .iter()
            .map(|(id, n)| (id.to_string(), Json::Str(n.clone())))
            .collect();
        members.push(("n".to_string(), Json::Object(notes)));
    }
    Json::Object(members).to_text()
}

/// Reads saved progress of any known format for the framework `framework_id`.
pub fn decode(text: &str, framework_id: &str) -> Result<Assessment, Error> {
    let unreadable = |reason: String| Error::SavedDataUnreadable { reason };
    let value = json::parse(text).map_err(|e| unreadable(format!("not valid JSON: {e}")))?;
    if !matches!(value, Json::Object(_)) {
        return Err(unreadable("it is not a saved assessment".into()));
    }
    let version = value
        .get("v")
        .and_then(Json::as_int)
        .ok_or_else(|| unreadable("it has no format number".into()))?;
    match version {
        1 => {}
        v if v > FORMAT => return Err(Error::SavedDataTooNew { found: v }),
        v => return Err(unreadable(format!("unknown format {v}"))),
    }
    let fw = value.get("fw").and_then(Json::as_str).unwrap_or_default();
    if fw != framework_id {
        return Err(Error::SavedDataOtherFramework {
            found: fw.to_string(),
        });
    }
    let level = |key: &str| -> Result<Option<LevelId>, Error> {
        match value.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Str(s)) => Ok(Some(LevelId::new(s.clone()))),
            Some(other) => Err(unreadable(format!(
                "\"{key}\" is {}, not text",
                other.kind()
            ))),
        }
    };
    let members = |key: &str| -> Result<&[(String, Json)], Error> {
        match value.get(key) {
            None => Ok(&[]),
            Some(Json::Object(m)) => Ok(m),
            Some(other) => Err(unreadable(format!(
                "\"{key}\" is {}, not an object",
                other.kind()
            ))),
        }
    };
    let mut ratings = BTreeMap::new();
    for (id, v) in members("r")? {
        let code = v
            .as_int()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| unreadable(format!("the rating of \"{id}\" is not a rating code")))?;
        ratings.insert(CompetenceId::new(id.clone()), code);
    }
    let areas = match value.get("a") {
        None => Vec::new(),
        Some(Json::Array(items)) => items.clone(),
        Some(other) => {
            return Err(unreadable(format!("\"a\" is {}, not a list", other.kind())));
        }
    };
    let areas = areas
        .iter()
        .map(|v| {
            v.as_str()
                .map(AreaId::new)
                .ok_or_else(|| unreadable("an area of practice is not text".into()))
        })
        .collect::<Result<_, _>>()?;
    let plan = match value.get("p") {
        None => Vec::new(),
        Some(Json::Array(items)) => items
            .iter()
            .map(|item| {
                let text = |k: &str| item.get(k).and_then(Json::as_str).map(str::to_string);
                let action = match (text("r"), text("x")) {
                    (Some(id), None) => PlanAction::Route(RouteId::new(id)),
                    (None, Some(own)) => PlanAction::Own(own),
                    _ => return Err(unreadable("an action plan step has no action".into())),
                };
                let status = item
                    .get("s")
                    .and_then(Json::as_int)
                    .and_then(PlanStatus::from_code)
                    .ok_or_else(|| unreadable("an action plan step has no status".into()))?;
                Ok(PlanItem {
                    action,
                    due: text("d").unwrap_or_default(),
                    status,
                })
            })
            .collect::<Result<_, _>>()?,
        Some(other) => return Err(unreadable(format!("\"p\" is {}, not a list", other.kind()))),
    };
    let mut a = Assessment {
        current: level("cur")?,
        target: level("tgt")?,
        ratings,
        notes: BTreeMap::new(),
        areas,
        plan,
    };
    for (id, v) in members("n")? {
        let text = v
            .as_str()
            .ok_or_else(|| unreadable(format!("the note on \"{id}\" is not text")))?;
        a.set_note(CompetenceId::new(id.clone()), text.to_string());
    }
    Ok(a)
}

/// What had to be left out to fit a size limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOut {
    Notes,
    Plan,
}

impl LeftOut {
    pub fn label(self) -> &'static str {
        match self {
            LeftOut::Notes => "your notes",
            LeftOut::Plan => "your action plan",
        }
    }
}

/// Encodes within `limit` characters (SCORM 1.2 keeps 4,096 of resume data), leaving out
/// notes and then the action plan if it must, and saying what it left out. Ratings, levels
/// and areas are never dropped: if they alone do not fit, it is an error, never a silent cut.
pub fn encode_within(
    framework: &Meta,
    a: &Assessment,
    limit: usize,
) -> Result<(String, Vec<LeftOut>), Error> {
    let mut slim = a.clone();
    let mut left_out = Vec::new();
    loop {
        let text = encode(framework, &slim);
        if text.chars().count() <= limit {
            return Ok((text, left_out));
        }
        if !slim.notes.is_empty() {
            slim.notes.clear();
            left_out.push(LeftOut::Notes);
        } else if !slim.plan.is_empty() {
            slim.plan.clear();
            left_out.push(LeftOut::Plan);
        } else {
            return Err(Error::ResumeTooLong {
                length: text.chars().count(),
                limit,
            });
        }
    }
}
