//! Exported reports: a complete, versioned JSON file that can be imported again and checks
//! itself for damage, and a CSV with one row per competence for spreadsheets (written by the
//! csv crate, with formulas neutralised).

use super::fnv1a;
use crate::domain::assessment::{Assessment, Status};
use crate::domain::error::Error;
use crate::domain::framework::{Framework, Meta};
use crate::domain::records::review::kept::Kept;
use crate::domain::records::saved;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::borrow::Cow;

/// The format [`export_json`] writes.
///
/// Format 2: `{"kind":"stepwise-report","format":2,"checksum":"fnv1a64:…","report":{…}}`,
/// the checksum taken over the exact bytes of `report`. Format 1 put the members of
/// `report` at the top and its checksum last, taken over the file written out again
/// without it; it is still read. `report` may carry `reviews`, the supervisor reviews the
/// person kept (each `{"t":"<when kept>","f":"<the reviewed file>"}`, oldest first); a
/// report without it, as written before, reads with none.
pub const FORMAT: i64 = 2;
/// Marks a JSON file as a Stepwise report.
const KIND: &str = "stepwise-report";

/// Who the report is about and when it was made, as the person entered them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportInfo {
    pub person: String,
    /// ISO date, YYYY-MM-DD.
    pub date: String,
}

/// What a report holds (format 2's `report`; format 1 held the same members at the top).
#[derive(Serialize, Deserialize)]
struct Body {
    #[serde(default)]
    person: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    framework: String,
    #[serde(default)]
    framework_title: String,
    #[serde(default)]
    framework_version: String,
    /// Saved progress, read by [`saved::decode`].
    assessment: Option<Box<RawValue>>,
    /// The reviews the person kept, each with its reviewed file exactly as imported, so its
    /// signature can be checked again; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    reviews: Vec<Kept>,
}

/// What every format has: what the file is and which format it is in; and, read in the
/// same pass (the team view reads thousands of reports), format 2's checksum and report.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    kind: Option<String>,
    /// Read as any value, so that a format that is not a number is named as such.
    #[serde(default)]
    format: Option<Value>,
    /// Any value: format 1's is checked apart, and format 2's must be text.
    #[serde(default)]
    checksum: Option<Value>,
    #[serde(default)]
    report: Option<Box<RawValue>>,
}

/// The complete report as JSON, its checksum over the exact text of the report it carries.
pub fn export_json(framework: &Framework, a: &Assessment, info: &ReportInfo) -> String {
    export_json_with(framework, a, info, &[])
}

/// As [`export_json`], carrying the supervisor reviews the person kept.
pub fn export_json_with(
    framework: &Framework,
    a: &Assessment,
    info: &ReportInfo,
    reviews: &[Kept],
) -> String {
    let assessment = saved::encode(&framework.meta, a);
    let body = Body {
        person: info.person.clone(),
        date: info.date.clone(),
        framework: framework.meta.id.clone(),
        framework_title: framework.meta.title.clone(),
        framework_version: framework.meta.version.clone(),
        // encode always writes valid JSON; a report without it is refused on import.
        assessment: RawValue::from_string(assessment).ok(),
        reviews: reviews.to_vec(),
    };
    // Text and raw JSON always serialize, and what serde_json wrote it reads.
    super::sealed(
        KIND,
        FORMAT,
        "report",
        serde_json::to_string(&body).unwrap_or_default(),
    )
}

/// A report read back, ready to replace the current assessment once the user agrees.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub assessment: Assessment,
    pub info: ReportInfo,
    /// The framework version the report was made with.
    pub framework_version: String,
    /// Set when that version differs from the framework in use: ratings are matched by id.
    pub version_notice: Option<String>,
    /// How many ratings or notes name competences this framework does not have.
    pub unknown_competences: usize,
}

fn bad(reason: impl Into<String>) -> Error {
    Error::ReportUnreadable {
        reason: reason.into(),
    }
}

/// Checks an exported report completely: that it is a Stepwise report of a known format, that
/// its checksum matches, that it is for this framework, and that its assessment reads. Nothing
/// is replaced here: the caller asks the user first.
pub fn import_json(text: &str, framework: &Meta) -> Result<Imported, Error> {
    import_with_reviews(text, framework).map(|(imported, _)| imported)
}

/// As [`import_json`], with the supervisor reviews the report carries, oldest first, as
/// written: not yet checked. (Apart from [`Imported`], which the rating page holds.)
pub fn import_with_reviews(text: &str, framework: &Meta) -> Result<(Imported, Vec<Kept>), Error> {
    let not_valid = |e: serde_json::Error| bad(format!("it is not valid JSON: {e}"));
    let head: Head = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            bad("it is not a Stepwise report")
        } else {
            not_valid(e)
        }
    })?;
    if !text.trim_start().starts_with('{') || head.kind.as_deref() != Some(KIND) {
        return Err(bad("it is not a Stepwise report"));
    }
    match head.format.as_ref().and_then(Value::as_i64) {
        Some(1) => import_v1(text, framework),
        Some(FORMAT) => {
            let (Some(Value::String(checksum)), Some(report)) = (&head.checksum, &head.report)
            else {
                return Err(bad("its checksum is missing"));
            };
            if fnv1a(report.get()) != *checksum {
                return Err(Error::ReportDamaged);
            }
            let body: Body = serde_json::from_str(report.get())
                .map_err(|e| bad(format!("its report is not as expected: {e}")))?;
            read_body(body, framework)
        }
        Some(n) if n > FORMAT => Err(bad(format!(
            "it was made by a newer version of Stepwise (report format {n})"
        ))),
        _ => Err(bad("its report format is missing or unknown")),
    }
}

/// Format 1: the checksum, last, is over the rest written out again as format 1's writer
/// wrote it (members in file order, no spaces, control characters other than tab, new
/// line and return as `\u00xx`).
fn import_v1(text: &str, framework: &Meta) -> Result<(Imported, Vec<Kept>), Error> {
    let mut members: Map<String, Value> =
        serde_json::from_str(text).map_err(|e| bad(format!("it is not valid JSON: {e}")))?;
    let last = members.keys().next_back().is_some_and(|k| k == "checksum");
    let checksum = match (last, members.shift_remove("checksum")) {
        (true, Some(Value::String(sum))) => sum,
        _ => return Err(bad("its checksum is missing")),
    };
    let mut written = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut written, FormatOne);
    members
        .serialize(&mut ser)
        .map_err(|e| bad(e.to_string()))?;
    if fnv1a(&String::from_utf8_lossy(&written)) != checksum {
        return Err(Error::ReportDamaged);
    }
    let text_of = |key: &str| {
        members
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_default()
    };
    let assessment = members
        .get("assessment")
        .map(|v| RawValue::from_string(v.to_string()))
        .transpose()
        .map_err(|e| bad(e.to_string()))?;
    read_body(
        Body {
            person: text_of("person"),
            date: text_of("date"),
            framework: text_of("framework"),
            framework_title: text_of("framework_title"),
            framework_version: text_of("framework_version"),
            assessment,
            reviews: Vec::new(),
        },
        framework,
    )
}

/// Format 1's way of writing control characters.
struct FormatOne;

impl serde_json::ser::Formatter for FormatOne {
    fn write_char_escape<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        char_escape: serde_json::ser::CharEscape,
    ) -> std::io::Result<()> {
        use serde_json::ser::CharEscape;
        match char_escape {
            CharEscape::Backspace => writer.write_all(b"\\u0008"),
            CharEscape::FormFeed => writer.write_all(b"\\u000c"),
            other => serde_json::ser::CompactFormatter.write_char_escape(writer, other),
        }
    }
}

/// What every format holds, checked against the framework in use.
fn read_body(body: Body, framework: &Meta) -> Result<(Imported, Vec<Kept>), Error> {
    if body.framework != framework.id {
        return Err(Error::ReportOtherFramework {
            found: if body.framework_title.is_empty() {
                body.framework
            } else {
                body.framework_title
            },
        });
    }
    let assessment = body.assessment.ok_or_else(|| bad("it has no assessment"))?;
    let assessment = saved::decode(assessment.get(), &framework.id).map_err(|e| match e {
        Error::SavedDataUnreadable { reason } => bad(reason),
        other => bad(other.to_string()),
    })?;
    let framework_version = body.framework_version;
    let version_notice = (framework_version != framework.version).then(|| {
        format!(
            "This report was made with version {framework_version} of the framework; you are using version {}. Ratings are matched by competence id.",
            framework.version
        )
    });
    let imported = Imported {
        info: ReportInfo {
            person: body.person,
            date: body.date,
        },
        assessment,
        framework_version,
        version_notice,
        unknown_competences: 0,
    };
    Ok((imported, body.reviews))
}

/// Counts ratings and notes naming competences `framework` does not have.
pub fn with_unknowns(mut imported: Imported, framework: &Framework) -> Imported {
    imported.unknown_competences = imported.assessment.orphans(framework).len();
    imported
}

/// Text as a spreadsheet should show it, never run as a formula: a cell that starts with a
/// formula character (`=`, `+`, `-`, `@` or their full-width forms), perhaps after blanks a
/// spreadsheet skips (spaces, no-break and zero-width spaces, tabs, line breaks), or that
/// starts with a tab or carriage return, gets a leading `'`, as OWASP advises.
pub fn cell(text: &str) -> Cow<'_, str> {
    const FORMULA: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
    let blank = |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}');
    if text.starts_with(['\t', '\r']) || text.trim_start_matches(blank).starts_with(FORMULA) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Rows as CSV for a spreadsheet (the first row is the header): CRLF line ends, cells quoted
/// where they need to be, each made safe by [`cell`].
pub fn csv_text<R>(rows: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator,
    R::Item: AsRef<str>,
{
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let written: Result<(), csv::Error> = rows.into_iter().try_for_each(|row| {
        out.write_record(row.into_iter().map(|c| cell(c.as_ref()).into_owned()))
    });
    // Writing text to memory cannot fail, and what is written is the UTF-8 it was given.
    match (written, out.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// One row per competence that applies to the person: id, level, domain, statement, rating,
/// met, note. A returning starting point adds no rows: its competences are its level's.
pub fn export_csv(framework: &Framework, a: &Assessment) -> String {
    let header = [
        "id",
        "level",
        "domain",
        "statement",
        "rating",
        "met",
        "note",
    ]
    .map(String::from);
    let own = framework.levels.iter().filter(|l| l.rates.is_none());
    let rows = own.flat_map(|level| {
        a.applicable(framework, &level.id).map(move |c| {
            let rating = a
                .rating(&c.id)
                .and_then(|v| framework.scale.get(v))
                .map(|v| v.label.as_str())
                .unwrap_or("");
            let met = match a.status(framework, &c.id) {
                Status::Met => "yes",
                Status::Below => "no",
                Status::NotRated => "",
            };
            let domain = framework
                .domain(&c.domain)
                .map(|d| d.name.as_str())
                .unwrap_or("");
            [
                c.id.as_str(),
                &level.title(),
                domain,
                &c.statement,
                rating,
                met,
                a.note(&c.id),
            ]
            .map(String::from)
        })
    });
    csv_text(std::iter::once(header).chain(rows))
}

/// A file name with the person's name and the date: `stepwise-jo-bloggs-2026-11-23.json`.
pub fn file_name(info: &ReportInfo, extension: &str) -> String {
    let mut slug = String::new();
    // ASCII letters are lowered and other letters kept as they are: Unicode case tables
    // would add more to the app's download than the rest of the reports code.
    for c in info.person.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && !c.is_whitespace() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let mut parts = vec!["stepwise"];
    if !slug.is_empty() {
        parts.push(slug);
    }
    if !info.date.is_empty() {
        parts.push(&info.date);
    }
    format!("{}.{extension}", parts.join("-"))
}
