//! Exported reports: a complete, versioned JSON file that can be imported again and checks
//! itself for damage, and a CSV with one row per competence for spreadsheets (written by the
//! csv crate, with formulas neutralised).

use crate::domain::assessment::{Assessment, Status};
use crate::domain::error::Error;
use crate::domain::framework::{Framework, Meta};
use crate::domain::records::json::{self, Json};
use crate::domain::records::saved;
use std::borrow::Cow;

/// The format [`export_json`] writes.
pub const FORMAT: i64 = 1;
/// Marks a JSON file as a Stepwise report.
const KIND: &str = "stepwise-report";

/// FNV-1a, 64 bits: not a defence against tampering, but it spots a damaged or hand-edited
/// file, which is what the check is for.
fn fnv1a(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// Who the report is about and when it was made, as the person entered them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportInfo {
    pub person: String,
    /// ISO date, YYYY-MM-DD.
    pub date: String,
}

/// The complete report as JSON. Its last member is a checksum of everything before it.
pub fn export_json(framework: &Framework, a: &Assessment, info: &ReportInfo) -> String {
    let body = match json::parse(&saved::encode(&framework.meta, a)) {
        Ok(body) => body,
        // encode always writes valid JSON; an empty body would be refused on import.
        Err(_) => Json::Object(Vec::new()),
    };
    let mut members = vec![
        ("kind".to_string(), Json::Str(KIND.into())),
        ("format".to_string(), Json::Int(FORMAT)),
        ("person".to_string(), Json::Str(info.person.clone())),
        ("date".to_string(), Json::Str(info.date.clone())),
        (
            "framework".to_string(),
            Json::Str(framework.meta.id.clone()),
        ),
        (
            "framework_title".to_string(),
            Json::Str(framework.meta.title.clone()),
        ),
        (
            "framework_version".to_string(),
            Json::Str(framework.meta.version.clone()),
        ),
        ("assessment".to_string(), body),
    ];
    let checksum = fnv1a(&Json::Object(members.clone()).to_text());
    members.push(("checksum".to_string(), Json::Str(checksum)));
    Json::Object(members).to_text()
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

/// Checks an exported report completely: that it is a Stepwise report of a known format, that
/// its checksum matches, that it is for this framework, and that its assessment reads. Nothing
/// is replaced here: the caller asks the user first.
pub fn import_json(text: &str, framework: &Meta) -> Result<Imported, Error> {
    let bad = |reason: String| Error::ReportUnreadable { reason };
    let value = json::parse(text).map_err(|e| bad(format!("it is not valid JSON: {e}")))?;
    let Json::Object(mut members) = value else {
        return Err(bad("it is not a Stepwise report".into()));
    };
    let text_of = |members: &[(String, Json)], key: &str| {
        members
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.as_str())
            .map(str::to_string)
    };
    if text_of(&members, "kind").as_deref() != Some(KIND) {
        return Err(bad("it is not a Stepwise report".into()));
    }
    match members
        .iter()
        .find(|(k, _)| k == "format")
        .and_then(|(_, v)| v.as_int())
    {
        Some(FORMAT) => {}
        Some(n) if n > FORMAT => {
            return Err(bad(format!(
                "it was made by a newer version of Stepwise (report format {n})"
            )))
        }
        _ => return Err(bad("its report format is missing or unknown".into())),
    }
    let checksum = match members.last() {
        Some((k, Json::Str(sum))) if k == "checksum" => sum.clone(),
        _ => return Err(bad("its checksum is missing".into())),
    };
    members.pop();
    if fnv1a(&Json::Object(members.clone()).to_text()) != checksum {
        return Err(Error::ReportDamaged);
    }
    let fw_id = text_of(&members, "framework").unwrap_or_default();
    if fw_id != framework.id {
        return Err(Error::ReportOtherFramework {
            found: text_of(&members, "framework_title").unwrap_or(fw_id),
        });
    }
    let body = members
        .iter()
        .find(|(k, _)| k == "assessment")
        .map(|(_, v)| v.to_text())
        .ok_or_else(|| bad("it has no assessment".into()))?;
    let assessment = saved::decode(&body, &framework.id).map_err(|e| match e {
        Error::SavedDataUnreadable { reason } => bad(reason),
        other => bad(other.to_string()),
    })?;
    let framework_version = text_of(&members, "framework_version").unwrap_or_default();
    let version_notice = (framework_version != framework.version).then(|| {
        format!(
            "This report was made with version {framework_version} of the framework; you are using version {}. Ratings are matched by competence id.",
            framework.version
        )
    });
    Ok(Imported {
        info: ReportInfo {
            person: text_of(&members, "person").unwrap_or_default(),
            date: text_of(&members, "date").unwrap_or_default(),
        },
        assessment,
        framework_version,
        version_notice,
        unknown_competences: 0,
    })
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
/// met, note.
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
    let rows = framework.levels.iter().flat_map(|level| {
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
