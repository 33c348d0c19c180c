//! The saved form of an assessment: versioned, compact JSON of ids and rating codes.
//!
//! Format 1:
//! `{"v":1,"fw":"mhn","fv":"2026.11","cur":"l5","tgt":"l6c","r":{"l5.relate.1":2},"a":["perinatal"],"n":{"l5.relate.1":"..."}}`
//!
//! `a` (areas of practice), `p` (action plan: `{"r":route id or "x":own words,"d":due,"s":status}`),
//! `n` (notes), `who` (the person's name, added in December 2026: files written before it
//! read with no name) and `d` (the day each rating was made, `{"l5.relate.1":"2026-12-03"}`,
//! added in December 2026: ratings saved before it read with no day) are left out when empty.
//!
//! To change the format, write the new one in [`encode`], bump [`FORMAT`], and make
//! [`decode`] turn each older format into the newest, so saved progress always moves forward.

use crate::domain::assessment::{Assessment, PlanAction, PlanItem, PlanStatus};
use crate::domain::error::Error;
use crate::domain::framework::{AreaId, CompetenceId, LevelId, Meta, RouteId};
use crate::domain::ordered;
use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format [`encode`] writes.
pub const FORMAT: i64 = 1;

/// Format 1, as written and read. Ids and rating codes only, never copies of content.
#[derive(Serialize, Deserialize)]
struct SavedV1 {
    v: i64,
    #[serde(default)]
    fw: String,
    #[serde(default)]
    fv: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "cur"
    )]
    cur: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tgt"
    )]
    tgt: Option<String>,
    #[serde(default, deserialize_with = "ratings")]
    r: BTreeMap<CompetenceId, u8>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "areas"
    )]
    a: Vec<String>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "plan"
    )]
    p: Vec<Step>,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "notes"
    )]
    n: BTreeMap<CompetenceId, String>,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "who"
    )]
    who: String,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "days"
    )]
    d: BTreeMap<CompetenceId, String>,
}

/// One step of the action plan: a route (`r`) or the person's own words (`x`).
#[derive(Serialize, Deserialize)]
struct Step {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    r: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    x: Option<String>,
    #[serde(default)]
    d: String,
    s: i64,
}

/// Only the format number and framework, read first so a newer format is named as such
/// rather than refused for a field it does not have.
#[derive(Deserialize)]
struct Head {
    v: i64,
    #[serde(default)]
    fw: String,
}

// Each member's own reader, so that a reason names the member that is wrong.
fn cur<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::deserialize(d).map_err(|_| D::Error::custom("\"cur\" is not text"))
}

fn tgt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::deserialize(d).map_err(|_| D::Error::custom("\"tgt\" is not text"))
}

fn who<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    String::deserialize(d).map_err(|_| D::Error::custom("\"who\" (the name) is not text"))
}

fn areas<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Vec::deserialize(d).map_err(|_| D::Error::custom("\"a\" is not a list of areas of practice"))
}

fn plan<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Step>, D::Error> {
    Vec::deserialize(d).map_err(|_| D::Error::custom("an action plan step is not as expected"))
}

fn ratings<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<CompetenceId, u8>, D::Error> {
    d.deserialize_map(Named {
        what: "the rating of",
        not: "not a rating code",
        value: std::marker::PhantomData,
    })
}

fn notes<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<CompetenceId, String>, D::Error> {
    d.deserialize_map(Named {
        what: "the note on",
        not: "not text",
        value: std::marker::PhantomData,
    })
}

fn days<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<CompetenceId, String>, D::Error> {
    d.deserialize_map(Named {
        what: "the day of the rating of",
        not: "not text",
        value: std::marker::PhantomData,
    })
}

/// Reads a map of id to value, naming the id whose value is wrong.
struct Named<T> {
    what: &'static str,
    not: &'static str,
    value: std::marker::PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Named<T> {
    type Value = BTreeMap<CompetenceId, T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "an object of {}", self.what)
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        let mut out = BTreeMap::new();
        while let Some(id) = map.next_key::<CompetenceId>()? {
            let value = map
                .next_value::<T>()
                .map_err(|_| M::Error::custom(format!("{} \"{id}\" is {}", self.what, self.not)))?;
            out.insert(id, value);
        }
        Ok(out)
    }
}

/// Writes an assessment in the current format.
pub fn encode(framework: &Meta, a: &Assessment) -> String {
    let saved = SavedV1 {
        v: FORMAT,
        fw: framework.id.clone(),
        fv: framework.version.clone(),
        cur: a.current.as_ref().map(LevelId::to_string),
        tgt: a.target.as_ref().map(LevelId::to_string),
        r: a.ratings.clone(),
        a: a.areas.iter().map(AreaId::to_string).collect(),
        p: a.plan
            .iter()
            .map(|item| {
                let (r, x) = match &item.action {
                    PlanAction::Route(id) => (Some(id.to_string()), None),
                    PlanAction::Own(text) => (None, Some(text.clone())),
                };
                Step {
                    r,
                    x,
                    d: item.due.clone(),
                    s: item.status.code(),
                }
            })
            .collect(),
        n: a.notes.clone(),
        who: a.person.clone(),
        d: a.rated_on.clone(),
    };
    // Strings and maps with string keys always serialize.
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Says why serde_json refused `text`, in the words saved-data reasons use.
fn reason(e: &serde_json::Error) -> String {
    if e.is_data() {
        e.to_string()
    } else {
        format!("not valid JSON: {e}")
    }
}

/// Refuses a format this version does not read, or progress saved for another framework.
fn check_head(v: i64, fw: &str, framework_id: &str) -> Result<(), Error> {
    match v {
        FORMAT => {}
        v if v > FORMAT => return Err(Error::SavedDataTooNew { found: v }),
        v => {
            return Err(Error::SavedDataUnreadable {
                reason: format!("unknown format {v}"),
            })
        }
    }
    if fw != framework_id {
        return Err(Error::SavedDataOtherFramework {
            found: fw.to_string(),
        });
    }
    Ok(())
}

/// Reads saved progress of any known format for the framework `framework_id`.
pub fn decode(text: &str, framework_id: &str) -> Result<Assessment, Error> {
    let unreadable = |reason: String| Error::SavedDataUnreadable { reason };
    // serde would also read a struct from a list; saved progress is always an object.
    let trimmed = text.trim_start();
    if !trimmed.starts_with('{') {
        return Err(unreadable(
            match serde_json::from_str::<serde::de::IgnoredAny>(text) {
                Ok(_) => "it is not a saved assessment".into(),
                Err(e) => reason(&e),
            },
        ));
    }
    // One pass when the text is what it should be (the team view reads thousands); only a
    // text that does not read is read again for its format number, to say why.
    let saved = match serde_json::from_str::<SavedV1>(text) {
        Ok(saved) => {
            check_head(saved.v, &saved.fw, framework_id)?;
            saved
        }
        Err(e) => {
            let head: Head = serde_json::from_str(text).map_err(|h| {
                unreadable(if h.is_data() {
                    "it has no format number".into()
                } else {
                    reason(&h)
                })
            })?;
            check_head(head.v, &head.fw, framework_id)?;
            return Err(unreadable(reason(&e)));
        }
    };
    let plan = saved
        .p
        .into_iter()
        .map(|step| {
            let action = match (step.r, step.x) {
                (Some(id), None) => PlanAction::Route(RouteId::new(id)),
                (None, Some(own)) => PlanAction::Own(own),
                _ => return Err(unreadable("an action plan step has no action".into())),
            };
            let status = PlanStatus::from_code(step.s)
                .ok_or_else(|| unreadable("an action plan step has no status".into()))?;
            Ok(PlanItem {
                action,
                due: step.d,
                status,
            })
        })
        .collect::<Result<_, _>>()?;
    let mut a = Assessment {
        current: saved.cur.map(LevelId::new),
        target: saved.tgt.map(LevelId::new),
        rated_on: saved.d,
        ratings: saved.r,
        notes: BTreeMap::new(),
        areas: ordered::set(saved.a.into_iter().map(AreaId::new)),
        plan,
        person: saved.who,
    };
    for (id, text) in saved.n {
        a.set_note(id, text);
    }
    Ok(a)
}

/// What had to be left out to fit a size limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOut {
    Days,
    Notes,
    Plan,
    Name,
}

impl LeftOut {
    pub fn label(self) -> &'static str {
        match self {
            LeftOut::Days => "the days your ratings were made",
            LeftOut::Notes => "your notes",
            LeftOut::Plan => "your action plan",
            LeftOut::Name => "your name",
        }
    }
}

/// Encodes within `limit` characters (SCORM 1.2 keeps 4,096 of resume data), leaving out
/// the days ratings were made, then notes, then the action plan, then the person's name if it must, and saying what it left
/// out. Ratings, levels and areas are never dropped: if they alone do not fit, it is an
/// error, never a silent cut.
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
        if !slim.rated_on.is_empty() {
            slim.rated_on.clear();
            left_out.push(LeftOut::Days);
        } else if !slim.notes.is_empty() {
            slim.notes.clear();
            left_out.push(LeftOut::Notes);
        } else if !slim.plan.is_empty() {
            slim.plan.clear();
            left_out.push(LeftOut::Plan);
        } else if !slim.person.is_empty() {
            slim.person.clear();
            left_out.push(LeftOut::Name);
        } else {
            return Err(Error::ResumeTooLong {
                length: text.chars().count(),
                limit,
            });
        }
    }
}
