//! Reading a framework file and checking it, so that every problem is reported at once with
//! the line where it is, and nothing downstream meets a dangling reference.

use crate::domain::error::{ContentIssue, Error, Problem};
use crate::domain::framework::toml::{self, Spanned, Table, Value};
use crate::domain::framework::{
    Area, AreaId, CareerMove, CareerRoute, Competence, CompetenceId, Destination, Domain, DomainId,
    Framework, Level, LevelId, Link, LinkKind, Meta, MoveKind, Parts, RouteId, RouteKind, Scale,
    ScaleValue, TrainingRoute,
};
use std::collections::BTreeSet;

/// Each problem of a framework file that `error` lists, as a sentence saying where it is.
pub fn issues(error: &Error) -> Vec<String> {
    match error {
        Error::FrameworkInvalid(issues) => issues.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Reads and checks a framework file (the TOML subset described in [`toml`]).
///
/// Returns [`Error::FrameworkUnreadable`] when the file's syntax is wrong, and
/// [`Error::FrameworkInvalid`] listing every problem found otherwise.
pub fn parse(text: &str) -> Result<Framework, Error> {
    let root = toml::parse(text).map_err(|e| Error::FrameworkUnreadable(e.to_string()))?;
    let mut c = Checker { issues: Vec::new() };
    let file = read_file(&mut c, &root);
    check(&mut c, &file);
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
        domains: strip(file.domains),
        competences: strip(file.competences),
        routes: strip(file.routes),
        areas: strip(file.areas),
        moves: strip(file.moves),
        links: strip(file.links),
    }))
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
    domains: Vec<(usize, Domain)>,
    competences: Vec<(usize, Competence)>,
    routes: Vec<(usize, TrainingRoute)>,
    areas: Vec<(usize, Area)>,
    moves: Vec<(usize, CareerMove)>,
    links: Vec<(usize, Link)>,
}

/// Collects issues for one file.
struct Checker {
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
}

/// Reads the fields of one table, reporting missing, mistyped and unknown ones.
struct Reader<'a> {
    table: &'a Table,
    place: String,
    known: Vec<&'static str>,
}

impl<'a> Reader<'a> {
    fn new(table: &'a Table, place: String) -> Self {
        Reader {
            table,
            place,
            known: Vec::new(),
        }
    }

    fn field(&mut self, c: &mut Checker, key: &'static str, required: bool) -> Option<&'a Spanned> {
        self.known.push(key);
        let found = self.table.get(key);
        if found.is_none() && required {
            c.report(
                self.table.line,
                self.place.clone(),
                Problem::Missing { field: key },
            );
        }
        found
    }

    fn wrong(&self, c: &mut Checker, key: &'static str, v: &Spanned, expected: &'static str) {
        c.report(
            v.line,
            self.place.clone(),
            Problem::WrongType {
                field: key,
                expected,
                found: v.value.kind(),
            },
        );
    }

    fn text(&mut self, c: &mut Checker, key: &'static str, required: bool) -> String {
        match self.field(c, key, required) {
            Some(Spanned {
                value: Value::Str(s),
                line,
            }) => {
                if required && s.trim().is_empty() {
                    c.report(*line, self.place.clone(), Problem::Empty { field: key });
                }
                s.clone()
            }
            Some(v) => {
                self.wrong(c, key, v, "text in quotes");
                String::new()
            }
            None => String::new(),
        }
    }

    fn number(&mut self, c: &mut Checker, key: &'static str, required: bool) -> Option<u8> {
        match self.field(c, key, required)? {
            Spanned {
                value: Value::Int(n),
                line,
            } => match u8::try_from(*n) {
                Ok(n) => Some(n),
                Err(_) => {
                    c.report(
                        *line,
                        self.place.clone(),
                        Problem::OutOfRange {
                            field: key,
                            value: *n,
                        },
                    );
                    None
                }
            },
            v => {
                self.wrong(c, key, v, "a whole number");
                None
            }
        }
    }

    fn flag(&mut self, c: &mut Checker, key: &'static str) -> bool {
        match self.field(c, key, true) {
            Some(Spanned {
                value: Value::Bool(b),
                ..
            }) => *b,
            Some(v) => {
                self.wrong(c, key, v, "true or false");
                false
            }
            None => false,
        }
    }

    fn texts(&mut self, c: &mut Checker, key: &'static str) -> Vec<String> {
        match self.field(c, key, false) {
            Some(Spanned {
                value: Value::Array(items),
                ..
            }) => items
                .iter()
                .filter_map(|item| match &item.value {
                    Value::Str(s) => Some(s.clone()),
                    _ => {
                        self.wrong(c, key, item, "a list of texts in quotes");
                        None
                    }
                })
                .collect(),
            Some(v) => {
                self.wrong(c, key, v, "a list of texts in quotes, like [\"a\", \"b\"]");
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn choice<T>(
        &mut self,
        c: &mut Checker,
        key: &'static str,
        options: &[(&'static str, T)],
    ) -> Option<T>
    where
        T: Copy,
    {
        let v = self.field(c, key, true)?;
        let Value::Str(s) = &v.value else {
            self.wrong(c, key, v, "text in quotes");
            return None;
        };
        let found = options.iter().find(|(name, _)| name == s).map(|(_, t)| *t);
        if found.is_none() {
            c.report(
                v.line,
                self.place.clone(),
                Problem::UnknownChoice {
                    field: key,
                    value: s.clone(),
                    allowed: options
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            );
        }
        found
    }

    /// Reports keys the reader did not ask for: usually a typo.
    fn finish(self, c: &mut Checker) {
        for (key, v) in &self.table.entries {
            if !self.known.contains(&key.as_str()) {
                c.report(
                    v.line,
                    self.place.clone(),
                    Problem::UnknownField { field: key.clone() },
                );
            }
        }
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

/// The entries of a `[[name]]` list, each with a reader. Missing or malformed lists are
/// reported once.
fn entries<'a>(
    c: &mut Checker,
    root: &'a Table,
    name: &'static str,
    required: bool,
) -> Vec<&'a Table> {
    match root.get(name) {
        Some(Spanned {
            value: Value::Array(items),
            line,
        }) => items
            .iter()
            .filter_map(|item| match &item.value {
                Value::Table(t) => Some(t),
                _ => {
                    c.report(*line, name, Problem::NotAList { name });
                    None
                }
            })
            .collect(),
        Some(v) => {
            c.report(v.line, name, Problem::NotAList { name });
            Vec::new()
        }
        None => {
            if required {
                c.report(1, name, Problem::MissingSection { name });
            }
            Vec::new()
        }
    }
}

fn read_file(c: &mut Checker, root: &Table) -> File {
    for (key, v) in &root.entries {
        if !matches!(
            key.as_str(),
            "framework"
                | "scale"
                | "levels"
                | "domains"
                | "competences"
                | "routes"
                | "areas"
                | "moves"
                | "links"
        ) {
            c.report(
                v.line,
                "the file",
                Problem::UnknownField { field: key.clone() },
            );
        }
    }
    let empty = Table::default();
    let (meta_table, meta_line) = match root.get("framework") {
        Some(Spanned {
            value: Value::Table(t),
            line,
        }) => (t, *line),
        _ => {
            c.report(1, "the file", Problem::MissingSection { name: "framework" });
            (&empty, 1)
        }
    };
    let mut r = Reader::new(meta_table, "[framework]".into());
    let meta = Meta {
        id: r.text(c, "id", true),
        title: r.text(c, "title", true),
        version: r.text(c, "version", true),
        summary: r.text(c, "summary", false),
        modelled_on: r.text(c, "modelled_on", false),
        source_url: r.text(c, "source_url", true),
        licence: r.text(c, "licence", false),
        checked: r.text(c, "checked", true),
        reach_percent: r.number(c, "reach_percent", false).unwrap_or(100),
    };
    r.finish(c);

    let scale = entries(c, root, "scale", true)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, format!("scale entry {}", i + 1));
            let v = ScaleValue {
                value: r.number(c, "value", true).unwrap_or(0),
                label: r.text(c, "label", true),
                description: r.text(c, "description", false),
                met: r.flag(c, "met"),
            };
            r.finish(c);
            (t.line, v)
        })
        .collect();

    let id_of = |t: &Table| match t.get("id").map(|v| &v.value) {
        Some(Value::Str(s)) => s.clone(),
        _ => String::new(),
    };

    let levels = entries(c, root, "levels", true)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, place("levels", i, &id_of(t)));
            let level = Level {
                id: LevelId::new(r.text(c, "id", true)),
                career_level: r.number(c, "career_level", true).unwrap_or(0),
                name: r.text(c, "name", true),
                route: r
                    .choice(
                        c,
                        "route",
                        &[
                            ("clinical", CareerRoute::Clinical),
                            ("managerial", CareerRoute::Managerial),
                            ("both", CareerRoute::Both),
                        ],
                    )
                    .unwrap_or(CareerRoute::Both),
                description: r.text(c, "description", false),
                education: r.texts(c, "education"),
            };
            r.finish(c);
            (t.line, level)
        })
        .collect();

    let domains = entries(c, root, "domains", true)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, place("domains", i, &id_of(t)));
            let d = Domain {
                id: DomainId::new(r.text(c, "id", true)),
                name: r.text(c, "name", true),
                description: r.text(c, "description", false),
            };
            r.finish(c);
            (t.line, d)
        })
        .collect();

    let competences = entries(c, root, "competences", true)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, place("competences", i, &id_of(t)));
            let x = Competence {
                id: CompetenceId::new(r.text(c, "id", true)),
                level: LevelId::new(r.text(c, "level", true)),
                domain: DomainId::new(r.text(c, "domain", true)),
                statement: r.text(c, "statement", true),
                indicators: r.texts(c, "indicators"),
                areas: r.texts(c, "areas").into_iter().map(AreaId::new).collect(),
            };
            r.finish(c);
            (t.line, x)
        })
        .collect();

    let routes = entries(c, root, "routes", false)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, place("routes", i, &id_of(t)));
            let levels = r.level_range(c);
            let route = TrainingRoute {
                id: RouteId::new(r.text(c, "id", true)),
                title: r.text(c, "title", true),
                kind: r
                    .choice(
                        c,
                        "kind",
                        &[
                            ("apprenticeship", RouteKind::Apprenticeship),
                            ("qualification", RouteKind::Qualification),
                            ("programme", RouteKind::Programme),
                            ("e-learning", RouteKind::ELearning),
                            ("in-work", RouteKind::InWork),
                            ("regulatory", RouteKind::Regulatory),
                        ],
                    )
                    .unwrap_or(RouteKind::Programme),
                career_levels: levels,
                duration: r.text(c, "duration", true),
                entry: r.text(c, "entry", false),
                funding: r.text(c, "funding", true),
                provider: r.text(c, "provider", false),
                source_url: r.text(c, "source_url", true),
                checked: r.text(c, "checked", true),
                summary: r.text(c, "summary", true),
                develops_competences: r
                    .texts(c, "develops_competences")
                    .into_iter()
                    .map(CompetenceId::new)
                    .collect(),
                develops_domains: r
                    .texts(c, "develops_domains")
                    .into_iter()
                    .map(DomainId::new)
                    .collect(),
            };
            r.finish(c);
            (t.line, route)
        })
        .collect();

    let areas = entries(c, root, "areas", false)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, place("areas", i, &id_of(t)));
            let a = Area {
                id: AreaId::new(r.text(c, "id", true)),
                name: r.text(c, "name", true),
                description: r.text(c, "description", false),
            };
            r.finish(c);
            (t.line, a)
        })
        .collect();

    let moves = entries(c, root, "moves", false)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, format!("moves entry {}", i + 1));
            let from = LevelId::new(r.text(c, "from", true));
            let to_level = r.text(c, "to", false);
            let to_role = r.text(c, "to_role", false);
            let to = match (to_level.trim().is_empty(), to_role.trim().is_empty()) {
                (false, true) => Destination::Level(LevelId::new(to_level)),
                (true, false) => Destination::Role(to_role),
                _ => {
                    c.report(t.line, r.place.clone(), Problem::MoveDestination);
                    Destination::Role(String::new())
                }
            };
            let m = CareerMove {
                from,
                to,
                kind: r
                    .choice(
                        c,
                        "kind",
                        &[
                            ("up", MoveKind::Up),
                            ("across", MoveKind::Across),
                            ("stay", MoveKind::Stay),
                        ],
                    )
                    .unwrap_or(MoveKind::Up),
                requires: r.text(c, "requires", true),
                routes: r.texts(c, "routes").into_iter().map(RouteId::new).collect(),
                link: r.text(c, "link", false),
            };
            r.finish(c);
            (t.line, m)
        })
        .collect();

    let links = entries(c, root, "links", false)
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut r = Reader::new(t, format!("links entry {}", i + 1));
            let l = Link {
                title: r.text(c, "title", true),
                kind: r
                    .choice(
                        c,
                        "kind",
                        &[
                            ("vacancies", LinkKind::Vacancies),
                            ("day-in-the-life", LinkKind::DayInTheLife),
                            ("careers", LinkKind::Careers),
                        ],
                    )
                    .unwrap_or(LinkKind::Careers),
                url: r.text(c, "url", true),
                summary: r.text(c, "summary", false),
            };
            r.finish(c);
            (t.line, l)
        })
        .collect();

    File {
        meta,
        meta_line,
        scale,
        levels,
        domains,
        competences,
        routes,
        areas,
        moves,
        links,
    }
}

impl Reader<'_> {
    /// `career_levels = [from, to]`.
    fn level_range(&mut self, c: &mut Checker) -> [u8; 2] {
        let key = "career_levels";
        let Some(v) = self.field(c, key, true) else {
            return [0, 0];
        };
        let pair = match &v.value {
            Value::Array(items) if items.len() == 2 => match (&items[0].value, &items[1].value) {
                (Value::Int(a), Value::Int(b)) => u8::try_from(*a).ok().zip(u8::try_from(*b).ok()),
                _ => None,
            },
            _ => None,
        };
        match pair {
            Some((a, b)) => [a, b],
            None => {
                self.wrong(c, key, v, "two career levels, like [5, 6]");
                [0, 0]
            }
        }
    }
}

/// Checks ids and references across the whole file.
fn check(c: &mut Checker, file: &File) {
    let meta = &file.meta;
    if meta.reach_percent == 0 || meta.reach_percent > 100 {
        c.report(
            file.meta_line,
            "[framework]",
            Problem::BadReachPercent {
                value: meta.reach_percent,
            },
        );
    }

    if !file.scale.is_empty() && !file.scale.iter().any(|(_, v)| v.met) {
        c.report(file.scale[0].0, "scale", Problem::ScaleWithoutMet);
    }
    let mut values = BTreeSet::new();
    for (i, (line, v)) in file.scale.iter().enumerate() {
        if !values.insert(v.value) {
            c.report(
                *line,
                format!("scale entry {}", i + 1),
                Problem::DuplicateScaleValue { value: v.value },
            );
        }
    }

    let level_ids = unique(
        c,
        "levels",
        file.levels.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let domain_ids = unique(
        c,
        "domains",
        file.domains.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let competence_ids = unique(
        c,
        "competences",
        file.competences.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let route_ids = unique(
        c,
        "routes",
        file.routes.iter().map(|(l, x)| (*l, x.id.as_str())),
    );
    let area_ids = unique(
        c,
        "areas",
        file.areas.iter().map(|(l, x)| (*l, x.id.as_str())),
    );

    for (i, (line, l)) in file.levels.iter().enumerate() {
        let place = place("levels", i, l.id.as_str());
        if !(1..=9).contains(&l.career_level) {
            c.report(
                *line,
                place.clone(),
                Problem::UnknownCareerLevel {
                    level: l.career_level,
                },
            );
        }
        if !file.competences.iter().any(|(_, x)| x.level == l.id) {
            c.report(*line, place, Problem::EmptyLevel);
        }
    }
    for (i, (line, d)) in file.domains.iter().enumerate() {
        if !file.competences.iter().any(|(_, x)| x.domain == d.id) {
            c.report(
                *line,
                place("domains", i, d.id.as_str()),
                Problem::EmptyDomain,
            );
        }
    }
    for (i, (line, x)) in file.competences.iter().enumerate() {
        let place = place("competences", i, x.id.as_str());
        if !x.level.as_str().is_empty() && !level_ids.contains(x.level.as_str()) {
            c.report(
                *line,
                place.clone(),
                Problem::UnknownLevel {
                    id: x.level.to_string(),
                },
            );
        }
        for area in &x.areas {
            if !area_ids.contains(area.as_str()) {
                c.report(
                    *line,
                    place.clone(),
                    Problem::UnknownReference {
                        kind: "area of practice",
                        id: area.to_string(),
                    },
                );
            }
        }
        if !x.domain.as_str().is_empty() && !domain_ids.contains(x.domain.as_str()) {
            c.report(
                *line,
                place,
                Problem::UnknownReference {
                    kind: "domain",
                    id: x.domain.to_string(),
                },
            );
        }
    }
    for (i, (line, r)) in file.routes.iter().enumerate() {
        let place = place("routes", i, r.id.as_str());
        let [from, to] = r.career_levels;
        for level in [from, to] {
            if !(1..=9).contains(&level) {
                c.report(*line, place.clone(), Problem::UnknownCareerLevel { level });
            }
        }
        if from > to {
            c.report(*line, place.clone(), Problem::BadLevelRange { from, to });
        }
        let references = r
            .develops_competences
            .iter()
            .filter(|id| !competence_ids.contains(id.as_str()))
            .map(|id| ("competence", id.to_string()))
            .chain(
                r.develops_domains
                    .iter()
                    .filter(|id| !domain_ids.contains(id.as_str()))
                    .map(|id| ("domain", id.to_string())),
            );
        for (kind, id) in references {
            c.report(*line, place.clone(), Problem::UnknownReference { kind, id });
        }
    }
    for (i, (line, m)) in file.moves.iter().enumerate() {
        let place = format!("moves entry {}", i + 1);
        let mut levels = vec![&m.from];
        if let Destination::Level(to) = &m.to {
            levels.push(to);
            if (m.kind == MoveKind::Stay) != (to == &m.from) {
                c.report(*line, place.clone(), Problem::StayMove);
            }
        }
        let unknown_levels = levels
            .into_iter()
            .filter(|l| !l.as_str().is_empty() && !level_ids.contains(l.as_str()))
            .map(|l| ("level", l.to_string()));
        let unknown_routes = m
            .routes
            .iter()
            .filter(|r| !route_ids.contains(r.as_str()))
            .map(|r| ("route", r.to_string()));
        for (kind, id) in unknown_levels.chain(unknown_routes) {
            c.report(*line, place.clone(), Problem::UnknownReference { kind, id });
        }
    }
}

/// Reports ids used twice in one list; returns the set of ids.
fn unique<'a>(
    c: &mut Checker,
    table: &'static str,
    ids: impl Iterator<Item = (usize, &'a str)>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for (i, (line, id)) in ids.enumerate() {
        if !id.is_empty() && !seen.insert(id) {
            c.report(
                line,
                place(table, i, id),
                Problem::DuplicateId { id: id.to_string() },
            );
        }
    }
    seen
}
