//! Reading a framework file and checking it, so that every problem is reported at once with
//! the line where it is, and nothing downstream meets a dangling reference.
//!
//! The `toml` crate reads the file into a document that keeps where each key and value is.
//! Each entry is then deserialized on its own into the file-format structs of `file`, and the
//! whole is checked (`check`): one mistake never hides another.

mod check;
mod file;

use crate::domain::error::{ContentIssue, Error, Problem};
use crate::domain::framework::{
    Area, CareerMove, Competence, Domain, Framework, Level, Link, Meta, Parts, Scale, ScaleValue,
    Term, TrainingRoute,
};
use file::{
    FileArea, FileCompetence, FileDomain, FileLevel, FileLink, FileMeta, FileMove, FileScaleValue,
    FileTerm, FileTrainingRoute, Section,
};
use std::ops::Range;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

/// Each problem of a framework file that `error` lists, as a sentence saying where it is.
pub fn issues(error: &Error) -> Vec<String> {
    match error {
        Error::FrameworkInvalid(issues) => issues.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Reads and checks a framework file, written in TOML.
///
/// Returns [`Error::FrameworkUnreadable`] when the file is not TOML (with the line of the
/// first mistake), and [`Error::FrameworkInvalid`] listing every problem found otherwise.
pub fn parse(text: &str) -> Result<Framework, Error> {
    let mut c = Checker {
        line_starts: std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect(),
        issues: Vec::new(),
    };
    // The toml crate limits how deeply lists and tables nest (80), so a hostile file is
    // refused here rather than running out of the browser's stack.
    let root = DeTable::parse(text).map_err(|e| {
        let line = e.span().map_or(1, |s| c.line(&s));
        let message = match e.message() {
            m if m.contains("recurse") => "lists or tables are nested too deeply",
            m => m,
        };
        Error::FrameworkUnreadable(format!("line {line}: {message}"))
    })?;
    let file = read_file(&mut c, root.get_ref());
    check::check(&mut c, &file);
    if !c.issues.is_empty() {
        c.issues.sort_by_key(|i| i.line);
        return Err(Error::FrameworkInvalid(c.issues));
    }
    let mut scale: Vec<ScaleValue> = file.scale.into_iter().map(|(_, v)| v).collect();
    scale.sort_by_key(|v| v.value);
    Ok(Framework::new(Parts {
        meta: file.meta,
        scale: Scale { values: scale },
        levels: strip(file.levels),
        officials: officials(&file.domains),
        domains: strip(file.domains)
            .into_iter()
            .map(|(domain, _)| domain)
            .collect(),
        competences: strip(file.competences),
        routes: strip(file.routes),
        areas: strip(file.areas),
        moves: strip(file.moves),
        links: strip(file.links),
        glossary: strip(file.glossary),
    }))
}

/// The domains' published numbers and titles, or none when no domain has one.
fn officials(domains: &[(usize, (Domain, String))]) -> Vec<String> {
    if domains.iter().all(|(_, (_, o))| o.is_empty()) {
        return Vec::new();
    }
    domains.iter().map(|(_, (_, o))| o.clone()).collect()
}

fn strip<T>(items: Vec<(usize, T)>) -> Vec<T> {
    items.into_iter().map(|(_, x)| x).collect()
}

/// Each entry with the line it starts on.
struct File {
    meta: Meta,
    meta_line: usize,
    scale: Vec<(usize, ScaleValue)>,
    levels: Vec<(usize, Level)>,
    /// With each domain, its published number and title (empty if none).
    domains: Vec<(usize, (Domain, String))>,
    competences: Vec<(usize, Competence)>,
    routes: Vec<(usize, TrainingRoute)>,
    areas: Vec<(usize, Area)>,
    moves: Vec<(usize, CareerMove)>,
    links: Vec<(usize, Link)>,
    glossary: Vec<(usize, Term)>,
}

/// Collects issues for one file.
struct Checker {
    /// Where each line starts, for turning the spans of the toml crate into lines.
    line_starts: Vec<usize>,
    issues: Vec<ContentIssue>,
}

impl Checker {
    fn report(&mut self, line: usize, place: impl Into<String>, problem: Problem) {
        self.issues.push(ContentIssue {
            line,
            place: place.into(),
            problem,
        });
    }

    /// The line (1-based) a span starts on.
    fn line(&self, span: &Range<usize>) -> usize {
        self.line_starts
            .partition_point(|&start| start <= span.start)
    }

    /// Deserializes one entry, reporting each of its problems. serde stops at the first, so
    /// the field at fault is reported, taken out, and the entry read again without it.
    fn entry<T: Section>(&mut self, entry: &Spanned<DeValue>, place: &str) -> T {
        let line = self.line(&entry.span());
        let DeValue::Table(original) = entry.get_ref() else {
            return T::default();
        };
        for field in T::REQUIRED {
            if !original.contains_key(*field) {
                self.report(line, place, Problem::Missing { field });
            }
        }
        let mut table = original.clone();
        let read = loop {
            let value = Spanned::new(entry.span(), DeValue::Table(table.clone()));
            let error = match T::deserialize(ValueDeserializer::from(value)) {
                Ok(read) => break read,
                Err(error) => error,
            };
            let at = error.span().unwrap_or_else(|| entry.span());
            let culprit = table
                .iter()
                .find(|(k, v)| within(&at, &k.span()) || within(&at, &v.span()))
                .map(|(k, _)| k.clone());
            let Some((key, value)) = culprit.and_then(|k| table.remove_entry(&k)) else {
                let found = kind(entry.get_ref());
                let problem = wrong_type("this entry".into(), error.message(), found);
                self.report(line, place, problem);
                break T::default();
            };
            let problem = problem(&error, &at, &key, &value);
            self.report(self.line(&at), place, problem);
        };
        // Only fields read without a problem can be blank; the others are reported already.
        for field in T::REQUIRED {
            if let Some(v) = table.get(*field) {
                if matches!(v.get_ref(), DeValue::String(s) if s.trim().is_empty()) {
                    self.report(self.line(&v.span()), place, Problem::Empty { field });
                }
            }
        }
        read
    }

    /// The entries of a `[[name]]` list, read, each with its line.
    fn list<T: Section, M: From<T>>(
        &mut self,
        root: &DeTable,
        name: &'static str,
        required: bool,
        place: impl Fn(usize, &str) -> String,
    ) -> Vec<(usize, M)> {
        let items = match root.get(name) {
            Some(v) => match v.get_ref() {
                DeValue::Array(items) if items.iter().all(|i| i.get_ref().is_table()) => items,
                _ => {
                    self.report(self.line(&v.span()), name, Problem::NotAList { name });
                    return Vec::new();
                }
            },
            None => {
                if required {
                    self.report(1, name, Problem::MissingSection { name });
                }
                return Vec::new();
            }
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let id = item.get_ref().get("id").and_then(|v| v.get_ref().as_str());
                let read: T = self.entry(item, &place(i, id.unwrap_or_default()));
                (self.line(&item.span()), M::from(read))
            })
            .collect()
    }
}

fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// What serde's message says went wrong with `key = value`, as a problem in plain words.
fn problem(
    error: &toml::de::Error,
    at: &Range<usize>,
    key: &Spanned<toml::de::DeString>,
    value: &Spanned<DeValue>,
) -> Problem {
    let field = key.get_ref().to_string();
    let message = error.message();
    let expected = message.split_once(", expected ").map_or("", |(_, e)| e);
    if at == &key.span() {
        return Problem::UnknownField { field };
    }
    if message.starts_with("unknown variant") {
        return Problem::UnknownChoice {
            field,
            value: value.get_ref().as_str().unwrap_or_default().to_string(),
            allowed: expected.trim_start_matches("one of ").replace('`', ""),
        };
    }
    if message.starts_with("invalid value: integer") {
        let value = message
            .split('`')
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(i64::MAX);
        return Problem::OutOfRange { field, value };
    }
    // The value at fault may be an item of a list.
    let found = match value.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .find(|i| &i.span() == at)
            .map_or(value.get_ref(), Spanned::get_ref),
        v => v,
    };
    wrong_type(field, message, kind(found))
}

fn wrong_type(field: String, message: &str, found: &'static str) -> Problem {
    let expected = message
        .split_once(", expected ")
        .map_or(message, |(_, e)| e);
    Problem::WrongType {
        field,
        expected: match expected {
            // The toml crate's word for a choice (an enum) given something other than text.
            "a string" | "wanted string or table" => "text in quotes",
            "a boolean" => "true or false",
            "u8" => "a whole number",
            "a sequence" => "a list of texts in quotes, like [\"a\", \"b\"]",
            "an array of length 2" => "two career levels, like [5, 6]",
            _ => "text in quotes, a whole number, true or false, or a list of these",
        },
        found,
    }
}

/// A kind of value in plain words.
fn kind(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a number with a decimal point",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date or time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// "competences entry 3 (\"l5.relate.1\")": the table, the entry number as a person counts
/// them in the file, and its id.
fn place(table: &str, index: usize, id: &str) -> String {
    if id.is_empty() {
        format!("{table} entry {}", index + 1)
    } else {
        format!("{table} entry {} (\"{id}\")", index + 1)
    }
}

const SECTIONS: [&str; 10] = [
    "framework",
    "scale",
    "levels",
    "domains",
    "competences",
    "routes",
    "areas",
    "moves",
    "links",
    "glossary",
];

fn read_file(c: &mut Checker, root: &DeTable) -> File {
    for (key, _) in root.iter() {
        if !SECTIONS.contains(&key.get_ref().as_ref()) {
            let field = key.get_ref().to_string();
            c.report(
                c.line(&key.span()),
                "the file",
                Problem::UnknownField { field },
            );
        }
    }
    let (meta, meta_line) = match root.get("framework") {
        Some(table) if table.get_ref().is_table() => {
            let meta: FileMeta = c.entry(table, "[framework]");
            (Meta::from(meta), c.line(&table.span()))
        }
        _ => {
            c.report(1, "the file", Problem::MissingSection { name: "framework" });
            (Meta::from(FileMeta::default()), 1)
        }
    };
    let numbered =
        |table: &'static str| move |i: usize, _: &str| format!("{table} entry {}", i + 1);
    let with_id = |table: &'static str| move |i: usize, id: &str| place(table, i, id);
    let moves: Vec<(usize, FileMove)> = c.list(root, "moves", false, numbered("moves"));
    let moves = moves
        .into_iter()
        .enumerate()
        .map(|(i, (line, m))| {
            if m.destination().is_none() {
                c.report(
                    line,
                    format!("moves entry {}", i + 1),
                    Problem::MoveDestination,
                );
            }
            (line, CareerMove::from(m))
        })
        .collect();
    File {
        meta,
        meta_line,
        scale: c.list::<FileScaleValue, _>(root, "scale", true, numbered("scale")),
        levels: c.list::<FileLevel, _>(root, "levels", true, with_id("levels")),
        domains: c.list::<FileDomain, _>(root, "domains", true, with_id("domains")),
        competences: c.list::<FileCompetence, _>(root, "competences", true, with_id("competences")),
        routes: c.list::<FileTrainingRoute, _>(root, "routes", false, with_id("routes")),
        areas: c.list::<FileArea, _>(root, "areas", false, with_id("areas")),
        moves,
        links: c.list::<FileLink, _>(root, "links", false, numbered("links")),
        glossary: c.list::<FileTerm, _>(root, "glossary", false, numbered("glossary")),
    }
}
