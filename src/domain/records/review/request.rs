//! The review request: what a person sends their supervisor.
//!
//! `{"kind":"stepwise-review-request","format":1,"checksum":"fnv1a64:…","request":{…}}`, the
//! checksum over the exact bytes of `request`, as in a report of format 2. `request` holds
//! the person's name, the date, the framework (id, title, version), the levels chosen for
//! review, and their saved progress (see [`saved`]) with only the ratings and notes of those
//! levels.

use crate::domain::assessment::Assessment;
use crate::domain::error::Error;
use crate::domain::framework::{Framework, LevelId, Meta};
use crate::domain::records::fnv1a;
use crate::domain::records::report::ReportInfo;
use crate::domain::records::saved;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Marks a JSON file as a review request.
pub const KIND: &str = "stepwise-review-request";
/// The format [`export`] writes.
pub const FORMAT: i64 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    person: String,
    date: String,
    framework: String,
    framework_title: String,
    framework_version: String,
    levels: Vec<LevelId>,
    assessment: Box<RawValue>,
}

/// The file as read (written by `records::sealed`).
#[derive(Deserialize)]
struct Envelope {
    kind: String,
    format: i64,
    checksum: String,
    request: Box<RawValue>,
}

/// A request read back, for a supervisor to review.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub info: ReportInfo,
    pub framework_version: String,
    /// The levels to review: the person's current role, then their aim (once if the same).
    pub levels: Vec<LevelId>,
    /// The person's ratings and notes of those levels.
    pub assessment: Assessment,
    /// Set when the request was made with another version of the framework.
    pub version_notice: Option<String>,
}

/// The levels a request covers: the current role, then the aim, where chosen. A returning
/// starting point is covered by the level whose competences it rates, so none is asked twice.
pub fn levels(framework: &Framework, a: &Assessment) -> Vec<LevelId> {
    let mut levels: Vec<LevelId> = Vec::new();
    for level in a
        .current
        .iter()
        .cloned()
        .chain(a.effective_target(framework))
    {
        let level = framework.rated(&level).clone();
        if !levels.contains(&level) {
            levels.push(level);
        }
    }
    levels
}

/// The request file for `a`: its ratings and notes of the levels chosen only.
pub fn export(framework: &Framework, a: &Assessment, info: &ReportInfo) -> String {
    let levels = levels(framework, a);
    let of_levels = |id: &crate::domain::CompetenceId| {
        framework
            .competence(id)
            .is_some_and(|c| levels.contains(&c.level))
    };
    let mut shared = a.clone();
    shared.ratings.retain(|id, _| of_levels(id));
    shared.notes.retain(|id, _| of_levels(id));
    shared.rated_on.retain(|id, _| of_levels(id));
    shared.person = info.person.clone();
    let body = Body {
        person: info.person.clone(),
        date: info.date.clone(),
        framework: framework.meta.id.clone(),
        framework_title: framework.meta.title.clone(),
        framework_version: framework.meta.version.clone(),
        levels,
        // encode always writes valid JSON.
        assessment: RawValue::from_string(saved::encode(&framework.meta, &shared))
            .unwrap_or_else(|_| empty_object()),
    };
    // Text, ids and raw JSON always serialize.
    crate::domain::records::sealed(
        KIND,
        FORMAT,
        "request",
        serde_json::to_string(&body).unwrap_or_default(),
    )
}

fn empty_object() -> Box<RawValue> {
    RawValue::from_string("{}".into()).unwrap_or_default()
}

fn bad(reason: impl Into<String>) -> Error {
    Error::ReportUnreadable {
        reason: reason.into(),
    }
}

/// Checks a request completely: what it is, its checksum, its framework, its levels and its
/// assessment. A request made with another version of the framework reads, with a notice;
/// its ratings are matched by competence id.
pub fn import(text: &str, framework: &Framework) -> Result<Request, Error> {
    let envelope: Envelope = serde_json::from_str(text)
        .map_err(|_| bad("it is not a review request made by Stepwise"))?;
    if envelope.kind != KIND {
        return Err(bad("it is not a review request made by Stepwise"));
    }
    if envelope.format > FORMAT {
        return Err(bad(format!(
            "it was made by a newer version of Stepwise (request format {})",
            envelope.format
        )));
    }
    if envelope.format != FORMAT {
        return Err(bad("its request format is unknown"));
    }
    if fnv1a(envelope.request.get()) != envelope.checksum {
        return Err(Error::ReportDamaged);
    }
    let body: Body = serde_json::from_str(envelope.request.get())
        .map_err(|e| bad(format!("its request is not as expected: {e}")))?;
    read_body(body, &framework.meta, framework)
}

fn read_body(body: Body, meta: &Meta, framework: &Framework) -> Result<Request, Error> {
    if body.framework != meta.id {
        return Err(Error::ReportOtherFramework {
            found: body.framework_title,
        });
    }
    if body.levels.is_empty() {
        return Err(bad("it names no level to review"));
    }
    if let Some(unknown) = body.levels.iter().find(|l| framework.level(l).is_none()) {
        return Err(bad(format!(
            "it asks for a review of the level \"{unknown}\", which this framework does not have"
        )));
    }
    let assessment = saved::decode(body.assessment.get(), &meta.id).map_err(|e| match e {
        Error::SavedDataUnreadable { reason } => bad(reason),
        other => bad(other.to_string()),
    })?;
    let version_notice = (body.framework_version != meta.version).then(|| {
        format!(
            "This request was made with version {} of the framework; you are using version {}. Ratings are matched by competence id.",
            body.framework_version, meta.version
        )
    });
    Ok(Request {
        info: ReportInfo {
            person: body.person,
            date: body.date,
        },
        framework_version: body.framework_version,
        levels: body.levels,
        assessment,
        version_notice,
    })
}

/// A file name for the request: `stepwise-review-request-jo-bloggs-2026-12-03.json`.
pub fn file_name(info: &ReportInfo) -> String {
    crate::domain::records::report::file_name(info, "json").replacen(
        "stepwise",
        "stepwise-review-request",
        1,
    )
}
