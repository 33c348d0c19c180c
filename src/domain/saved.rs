//! The saved form of an assessment: versioned, compact JSON of ids and rating codes.
//!
//! Format 1:
//! `{"v":1,"fw":"mhn","fv":"2026.11","cur":"l5","tgt":"l6c","r":{"l5.relate.1":2},"n":{"l5.relate.1":"..."}}`
//!
//! To change the format, add `SavedV2`, make [`encode`] write it, and teach [`decode`] to
//! turn a format 1 value into it, so saved progress always moves forward.

use super::assessment::Assessment;
use super::error::Error;
use super::framework::{CompetenceId, LevelId, Meta};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format [`encode`] writes.
pub const FORMAT: u64 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedV1 {
    v: u64,
    /// Framework id.
    fw: String,
    /// Framework version the ratings were made against.
    fv: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cur: Option<LevelId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tgt: Option<LevelId>,
    #[serde(default)]
    r: BTreeMap<CompetenceId, u8>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    n: BTreeMap<CompetenceId, String>,
}

/// Writes an assessment in the current format.
pub fn encode(framework: &Meta, a: &Assessment) -> String {
    let saved = SavedV1 {
        v: FORMAT,
        fw: framework.id.clone(),
        fv: framework.version.clone(),
        cur: a.current.clone(),
        tgt: a.target.clone(),
        r: a.ratings.clone(),
        n: a.notes.clone(),
    };
    // Serialising maps with string keys and plain values cannot fail.
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Reads saved progress of any known format for the framework `framework_id`.
pub fn decode(text: &str, framework_id: &str) -> Result<Assessment, Error> {
    let unreadable = |reason: String| Error::SavedDataUnreadable { reason };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| unreadable(format!("not valid JSON: {e}")))?;
    let version = value
        .get("v")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| unreadable("it has no format number".into()))?;
    let saved: SavedV1 = match version {
        1 => serde_json::from_value(value).map_err(|e| unreadable(format!("format 1 but {e}")))?,
        v if v > FORMAT => return Err(Error::SavedDataTooNew { found: v }),
        v => return Err(unreadable(format!("unknown format {v}"))),
    };
    if saved.fw != framework_id {
        return Err(Error::SavedDataOtherFramework { found: saved.fw });
    }
    let mut a = Assessment {
        current: saved.cur,
        target: saved.tgt,
        ratings: saved.r,
        notes: BTreeMap::new(),
    };
    for (id, text) in saved.n {
        a.set_note(id, text);
    }
    Ok(a)
}
