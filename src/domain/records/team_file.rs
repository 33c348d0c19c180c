//! A team saved as one file: every report in the team view, one a line, so that a manager
//! can open the whole team again in one go. Reading thousands of separate files is slow in
//! a browser (10,000 report files take the browser seconds to hand over and read, before
//! Stepwise does anything); one file of the same reports takes a moment.
//!
//! The format is JSON Lines. The first line says what the file is:
//! `{"kind":"stepwise-team","format":1,"reports":N}`; then one line a report,
//! `{"file":"<the file it came from>","text":"<the report file's text>"}`, the text exactly as
//! exported, so each report's own checksum still checks when it is read again.

use crate::domain::error::Error;
use crate::domain::records::team::Rejected;
use serde::{Deserialize, Serialize};

/// Marks a JSON Lines file as a Stepwise team.
pub const KIND: &str = "stepwise-team";
/// The format [`write`] writes.
pub const FORMAT: i64 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    kind: String,
    format: i64,
    reports: usize,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    file: String,
    text: String,
}

/// The team file holding `reports`, each a file name and that file's text.
pub fn write<'a>(reports: impl ExactSizeIterator<Item = (&'a str, &'a str)>) -> String {
    let header = Header {
        kind: KIND.into(),
        format: FORMAT,
        reports: reports.len(),
    };
    // Text and numbers always serialize.
    let mut out = serde_json::to_string(&header).unwrap_or_default();
    for (file, text) in reports {
        out.push('\n');
        let entry = Entry {
            file: file.into(),
            text: text.into(),
        };
        out.push_str(&serde_json::to_string(&entry).unwrap_or_default());
    }
    out.push('\n');
    out
}

/// The reports in a team file, read one at a time (see [`open`]).
pub struct Reports<'a> {
    /// The team file's name, to say where a broken line is.
    name: &'a str,
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
    /// How many reports the file says it holds.
    pub count: usize,
}

impl Iterator for Reports<'_> {
    /// A report's file name and text, or why its line cannot be read.
    type Item = Result<(String, String), Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        let (index, line) = self.lines.find(|(_, l)| !l.trim().is_empty())?;
        Some(match serde_json::from_str::<Entry>(line) {
            Ok(entry) => Ok((entry.file, entry.text)),
            Err(e) => Err(Rejected {
                file: format!("{}, line {}", self.name, index + 1),
                error: Error::ReportUnreadable {
                    reason: format!("this line of the team file is not a report: {e}"),
                },
            }),
        })
    }
}

/// The reports in `text` if it is a team file (its first line begins as [`write`] begins
/// it): `None` for any other file, and an error if that first line does not read.
pub fn open<'a>(name: &'a str, text: &'a str) -> Option<Result<Reports<'a>, Rejected>> {
    let first = text.lines().next()?;
    if !first.trim_start().starts_with(r#"{"kind":"stepwise-team""#) {
        return None;
    }
    let rejected = |reason: String| Rejected {
        file: name.to_string(),
        error: Error::ReportUnreadable { reason },
    };
    Some(match serde_json::from_str::<Header>(first) {
        Ok(h) if h.format > FORMAT => Err(rejected(format!(
            "it was made by a newer version of Stepwise (team format {})",
            h.format
        ))),
        Ok(h) => {
            let mut lines = text.lines().enumerate();
            lines.next();
            Ok(Reports {
                name,
                lines,
                count: h.reports,
            })
        }
        Err(e) => Err(rejected(format!("its first line is not as expected: {e}"))),
    })
}

/// A report loaded again: whose, and of which day. The name is kept apart from the words
/// around it, so that the view can isolate it (a name may carry bidi controls).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub name: String,
    pub date: String,
}

impl Duplicate {
    /// What the view says after the name.
    pub fn what(&self) -> String {
        format!(
            ", {}: the same report was loaded twice; counted once",
            self.date
        )
    }
}
