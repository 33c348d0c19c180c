//! Reading a framework file and checking it, so that every problem is reported at once with
//! the place in the file where it is, and nothing downstream meets a dangling reference.

use super::error::{ContentIssue, Error, Problem};
use super::framework::{
    Competence, Domain, Framework, Level, Meta, Scale, ScaleValue, TrainingRoute,
};
use serde::Deserialize;
use std::collections::HashSet;

/// The framework file as authored, before any checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameworkFile {
    framework: Meta,
    scale: Vec<ScaleValue>,
    levels: Vec<Level>,
    domains: Vec<Domain>,
    competences: Vec<Competence>,
    #[serde(default)]
    routes: Vec<TrainingRoute>,
}

/// The framework that ships with Stepwise.
pub const BUILT_IN: &str = include_str!("../../content/mhn.toml");

/// Reads and checks a framework file written in TOML.
///
/// Returns [`Error::FrameworkUnreadable`] when the file is not valid TOML or does not have
/// the expected shape, and [`Error::FrameworkInvalid`] listing every problem found otherwise.
pub fn parse(text: &str) -> Result<Framework, Error> {
    let file: FrameworkFile =
        basic_toml::from_str(text).map_err(|e| Error::FrameworkUnreadable(e.to_string()))?;
    let issues = check(&file);
    if !issues.is_empty() {
        return Err(Error::FrameworkInvalid(issues));
    }
    let mut scale = file.scale;
    scale.sort_by_key(|v| v.value);
    Ok(Framework::new(
        file.framework,
        Scale { values: scale },
        file.levels,
        file.domains,
        file.competences,
        file.routes,
    ))
}

/// Collects issues for one file.
struct Checker {
    issues: Vec<ContentIssue>,
}

impl Checker {
    fn report(&mut self, place: String, problem: Problem) {
        self.issues.push(ContentIssue { place, problem });
    }

    fn non_empty(&mut self, place: &str, field: &'static str, value: &str) {
        if value.trim().is_empty() {
            self.report(place.to_string(), Problem::Empty { field });
        }
    }

    fn unique<'a>(
        &mut self,
        table: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let place = place(table, i, id);
            if id.trim().is_empty() {
                self.report(place, Problem::Empty { field: "id" });
            } else if !seen.insert(id) {
                self.report(place, Problem::DuplicateId { id: id.to_string() });
            }
        }
        seen
    }

    fn career_level(&mut self, place: &str, level: u8) {
        if !(1..=9).contains(&level) {
            self.report(place.to_string(), Problem::UnknownCareerLevel { level });
        }
    }
}

/// "competences[3] (l5.relate.1)": the table, its 1-based entry number as a person counts
/// them in the file, and the id.
fn place(table: &str, index: usize, id: &str) -> String {
    if id.is_empty() {
        format!("{table} entry {}", index + 1)
    } else {
        format!("{table} entry {} (\"{id}\")", index + 1)
    }
}

fn check(file: &FrameworkFile) -> Vec<ContentIssue> {
    let mut c = Checker { issues: Vec::new() };
    let meta = &file.framework;
    for (field, value) in [
        ("id", &meta.id),
        ("title", &meta.title),
        ("version", &meta.version),
        ("source_url", &meta.source_url),
        ("checked", &meta.checked),
    ] {
        c.non_empty("framework", field, value);
    }
    if meta.reach_percent == 0 || meta.reach_percent > 100 {
        c.report(
            "framework".into(),
            Problem::BadReachPercent {
                value: meta.reach_percent,
            },
        );
    }

    // The scale.
    if file.scale.is_empty() {
        c.report("scale".into(), Problem::NoScale);
    } else if !file.scale.iter().any(|v| v.met) {
        c.report("scale".into(), Problem::ScaleWithoutMet);
    }
    let mut values = HashSet::new();
    for (i, v) in file.scale.iter().enumerate() {
        let place = format!("scale entry {} (value {})", i + 1, v.value);
        c.non_empty(&place, "label", &v.label);
        if !values.insert(v.value) {
            c.report(place, Problem::DuplicateScaleValue { value: v.value });
        }
    }

    // Ids, each unique within its table.
    let level_ids = c.unique("levels", file.levels.iter().map(|l| l.id.as_str()));
    let domain_ids = c.unique("domains", file.domains.iter().map(|d| d.id.as_str()));
    let competence_ids = c.unique(
        "competences",
        file.competences.iter().map(|x| x.id.as_str()),
    );
    c.unique("routes", file.routes.iter().map(|r| r.id.as_str()));

    for (i, l) in file.levels.iter().enumerate() {
        let place = place("levels", i, l.id.as_str());
        c.non_empty(&place, "name", &l.name);
        c.career_level(&place, l.career_level);
        if !file.competences.iter().any(|x| x.level == l.id) {
            c.report(place, Problem::EmptyLevel);
        }
    }
    for (i, d) in file.domains.iter().enumerate() {
        let place = place("domains", i, d.id.as_str());
        c.non_empty(&place, "name", &d.name);
        if !file.competences.iter().any(|x| x.domain == d.id) {
            c.report(place, Problem::EmptyDomain);
        }
    }
    for (i, x) in file.competences.iter().enumerate() {
        let place = place("competences", i, x.id.as_str());
        c.non_empty(&place, "statement", &x.statement);
        if !level_ids.contains(x.level.as_str()) {
            c.report(
                place.clone(),
                Problem::UnknownLevel {
                    id: x.level.to_string(),
                },
            );
        }
        if !domain_ids.contains(x.domain.as_str()) {
            c.report(
                place,
                Problem::UnknownReference {
                    kind: "domain",
                    id: x.domain.to_string(),
                },
            );
        }
    }
    for (i, r) in file.routes.iter().enumerate() {
        let place = place("routes", i, r.id.as_str());
        c.non_empty(&place, "title", &r.title);
        c.non_empty(&place, "source_url", &r.source_url);
        let [from, to] = r.career_levels;
        c.career_level(&place, from);
        c.career_level(&place, to);
        if from > to {
            c.report(place.clone(), Problem::BadLevelRange { from, to });
        }
        for id in &r.develops_competences {
            if !competence_ids.contains(id.as_str()) {
                c.report(
                    place.clone(),
                    Problem::UnknownReference {
                        kind: "competence",
                        id: id.to_string(),
                    },
                );
            }
        }
        for id in &r.develops_domains {
            if !domain_ids.contains(id.as_str()) {
                c.report(
                    place.clone(),
                    Problem::UnknownReference {
                        kind: "domain",
                        id: id.to_string(),
                    },
                );
            }
        }
    }
    c.issues
}
