//! The reviewed file: a supervisor's review, signed in their browser.
//!
//! `{"kind":"stepwise-reviewed","format":1,"review":{…},"alg":"ECDSA-P256-SHA256","signature":"<hex>"}`.
//!
//! The signature covers [`signed_bytes`] of `review`: the review written out again by this
//! module (members in the order of [`Review`], no spaces), so the bytes signed are the same
//! whatever spacing the file was saved with, and any change to a value (a rating, a comment,
//! a date, a name, the key) changes them. `review` carries the supervisor's public key (raw
//! P-256 point, hex) and its fingerprint (SHA-256 of the key, hex), so the signature can be
//! checked with no server, and the fingerprint compared with the one the supervisor sees.
//! Unknown members are refused, so nothing can be added unsigned.

use super::request::Request;
use super::{same_name, unhex};
use crate::domain::error::Error;
use crate::domain::framework::{CompetenceId, Framework, LevelId};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Marks a JSON file as a reviewed file.
pub const KIND: &str = "stepwise-reviewed";
/// The format [`write`] writes.
pub const FORMAT: i64 = 1;
/// The signature's algorithm, as the file names it.
pub const ALG: &str = "ECDSA-P256-SHA256";

/// A supervisor's review of one person's request. Everything in it is signed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Who the review is for, as the request named them.
    pub person: String,
    /// The date of the request.
    pub requested: String,
    pub framework: String,
    pub framework_title: String,
    pub framework_version: String,
    pub levels: Vec<LevelId>,
    /// One per competence of the levels, in the framework's order.
    pub items: Vec<Item>,
    pub overall: String,
    pub actions: String,
    /// YYYY-MM-DD, or empty.
    pub next_review: String,
    pub reviewer: Reviewer,
    /// The supervisor's public key: a raw P-256 point (65 bytes), hex.
    pub key: String,
    /// SHA-256 of the key's bytes, hex.
    pub fingerprint: String,
}

/// The supervisor's view of one competence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: CompetenceId,
    /// The person's own rating when they asked for review.
    #[serde(rename = "self")]
    pub self_rating: Option<u8>,
    /// The supervisor's rating: the person's own when confirmed; `None` when not reviewed.
    pub supervisor: Option<u8>,
    /// Whether the supervisor confirmed the person's own rating.
    pub confirmed: bool,
    pub comment: String,
}

impl Item {
    /// Whether the supervisor rated it otherwise than the person did.
    pub fn disagrees(&self) -> bool {
        self.supervisor.is_some() && self.supervisor != self.self_rating
    }
}

/// Who signed, as they wrote it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    pub name: String,
    pub role: String,
    /// YYYY-MM-DD.
    pub date: String,
}

impl Review {
    /// A review ready to fill in: one item per competence of the request's levels that
    /// applies to the person, each with their own rating, none reviewed yet.
    pub fn draft(request: &Request, framework: &Framework) -> Review {
        let a = &request.assessment;
        let items = request
            .levels
            .iter()
            .flat_map(|level| a.applicable(framework, level))
            .map(|c| Item {
                id: c.id.clone(),
                self_rating: a.rating(&c.id),
                supervisor: None,
                confirmed: false,
                comment: String::new(),
            })
            .collect();
        Review {
            person: request.info.person.clone(),
            requested: request.info.date.clone(),
            framework: framework.meta.id.clone(),
            framework_title: framework.meta.title.clone(),
            framework_version: framework.meta.version.clone(),
            levels: request.levels.clone(),
            items,
            ..Review::default()
        }
    }

    /// Confirms the person's own rating of item `index` (nothing to confirm if unrated).
    pub fn confirm(&mut self, index: usize) {
        if let Some(item) = self.items.get_mut(index) {
            item.confirmed = item.self_rating.is_some();
            item.supervisor = item.self_rating;
        }
    }

    /// The supervisor's own rating of item `index`.
    pub fn rate(&mut self, index: usize, value: u8) {
        if let Some(item) = self.items.get_mut(index) {
            item.confirmed = false;
            item.supervisor = Some(value);
        }
    }

    /// What must be filled in before signing, in words; empty when it can be signed.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.reviewer.name.trim().is_empty() {
            missing.push("your name");
        }
        if self.reviewer.role.trim().is_empty() {
            missing.push("your role");
        }
        if self.reviewer.date.trim().is_empty() {
            missing.push("the date of the review");
        }
        if self.items.iter().all(|i| i.supervisor.is_none()) {
            missing.push("at least one competence confirmed or rated");
        }
        missing
    }

    /// How many competences the supervisor confirmed or rated.
    pub fn reviewed(&self) -> usize {
        self.items.iter().filter(|i| i.supervisor.is_some()).count()
    }
}

/// The exact bytes the signature covers: `review` written out in a fixed form.
pub fn signed_bytes(review: &Review) -> String {
    // Text, numbers and lists always serialize.
    serde_json::to_string(review).unwrap_or_default()
}

#[derive(Serialize, Deserialize)]
struct Envelope<R> {
    kind: String,
    format: i64,
    review: R,
    alg: String,
    signature: String,
}

/// The reviewed file, with `signature` (hex, IEEE P1363 r‖s as Web Crypto gives it).
pub fn write(review: &Review, signature: &str) -> String {
    let text = serde_json::to_string_pretty(&Envelope {
        kind: KIND.into(),
        format: FORMAT,
        review,
        alg: ALG.into(),
        signature: signature.into(),
    });
    text.unwrap_or_default()
}

/// A reviewed file read back and checked, but whose signature is yet to be verified.
#[derive(Clone, Debug, PartialEq)]
pub struct Signed {
    pub review: Review,
    /// [`signed_bytes`] of the review.
    pub bytes: String,
    pub signature: Vec<u8>,
    pub key: Vec<u8>,
    /// Set when the review was made with another version of the framework.
    pub version_notice: Option<String>,
    /// Competences it names that this framework does not have (kept, not counted).
    pub unknown_competences: usize,
}

fn bad(reason: impl Into<String>) -> Error {
    Error::ReportUnreadable {
        reason: reason.into(),
    }
}

/// Checks a reviewed file completely, except its signature (the browser verifies it):
/// what it is, its format, that it is for this framework, that its ratings are on the
/// scale, and that its key, fingerprint and signature are of the right shape.
pub fn read(text: &str, framework: &Framework) -> Result<Signed, Error> {
    let envelope: Envelope<Box<RawValue>> = serde_json::from_str(text)
        .map_err(|_| bad("it is not a reviewed file made by Stepwise"))?;
    if envelope.kind != KIND {
        return Err(bad("it is not a reviewed file made by Stepwise"));
    }
    if envelope.format != FORMAT {
        return Err(bad(if envelope.format > FORMAT {
            format!(
                "it was made by a newer version of Stepwise (review format {})",
                envelope.format
            )
        } else {
            "its review format is unknown".into()
        }));
    }
    if envelope.alg != ALG {
        return Err(bad(format!(
            "it is signed with {}, which Stepwise does not check",
            envelope.alg
        )));
    }
    let review: Review = serde_json::from_str(envelope.review.get())
        .map_err(|e| bad(format!("its review is not as expected: {e}")))?;
    if review.framework != framework.meta.id {
        return Err(Error::ReportOtherFramework {
            found: review.framework_title,
        });
    }
    let key = unhex(&review.key)
        .filter(|k| k.len() == 65 && k[0] == 4)
        .ok_or_else(|| bad("its supervisor's key is not a P-256 public key"))?;
    if unhex(&review.fingerprint).is_none_or(|f| f.len() != 32) {
        return Err(bad("its key's fingerprint is not a SHA-256 fingerprint"));
    }
    let signature = unhex(&envelope.signature)
        .filter(|s| s.len() == 64)
        .ok_or_else(|| bad("its signature is not an ECDSA P-256 signature"))?;
    if let Some(off) = review.items.iter().find(|i| {
        [i.self_rating, i.supervisor]
            .into_iter()
            .flatten()
            .any(|v| framework.scale.get(v).is_none())
    }) {
        return Err(bad(format!(
            "the rating of \"{}\" is not on the framework's scale",
            off.id
        )));
    }
    if review.reviewer.name.trim().is_empty() || review.reviewer.date.trim().is_empty() {
        return Err(bad("it does not say who reviewed it, or when"));
    }
    let unknown_competences = review
        .items
        .iter()
        .filter(|i| framework.competence(&i.id).is_none())
        .count();
    let version_notice = (review.framework_version != framework.meta.version).then(|| {
        format!(
            "This review was made with version {} of the framework; you are using version {}. Ratings are matched by competence id.",
            review.framework_version, framework.meta.version
        )
    });
    Ok(Signed {
        bytes: signed_bytes(&review),
        review,
        signature,
        key,
        version_notice,
        unknown_competences,
    })
}

/// Refuses a review made for someone other than `person` (the name on this assessment).
pub fn check_person(review: &Review, person: &str) -> Result<(), Error> {
    if same_name(&review.person, person) {
        return Ok(());
    }
    let them = if review.person.trim().is_empty() {
        "someone who gave no name".to_string()
    } else {
        review.person.trim().to_string()
    };
    Err(bad(if person.trim().is_empty() {
        format!("it is a review for {them}, and no name is given here; type your name at the top of the gap report if it is yours")
    } else {
        format!(
            "it is a review for {them}, not for {}; ask your supervisor for your own",
            person.trim()
        )
    }))
}

/// A file name for the reviewed file: `stepwise-reviewed-jo-bloggs-2026-12-03.json`.
pub fn file_name(review: &Review) -> String {
    let info = crate::domain::records::report::ReportInfo {
        person: review.person.clone(),
        date: review.reviewer.date.clone(),
    };
    crate::domain::records::report::file_name(&info, "json").replacen(
        "stepwise",
        "stepwise-reviewed",
        1,
    )
}
