//! The framework model: levels, domains, competences, the rating scale and training routes.
//!
//! A framework is authored by hand as a TOML file in `content/` and is only ever used after
//! [`crate::domain::framework::content::parse`] has checked it, so code elsewhere can rely on every
//! reference resolving.

pub mod band;
mod career;
pub mod compact;
pub mod content;
pub mod glossary;
mod model;
pub mod source;

use std::collections::{BTreeMap, BTreeSet};

pub use career::*;
pub use model::*;

/// A checked framework, with indexes for quick look-up.
#[derive(Clone, Debug)]
pub struct Framework {
    pub meta: Meta,
    pub scale: Scale,
    pub levels: Vec<Level>,
    pub domains: Vec<Domain>,
    pub competences: Vec<Competence>,
    pub routes: Vec<TrainingRoute>,
    pub areas: Vec<Area>,
    pub moves: Vec<CareerMove>,
    pub links: Vec<Link>,
    /// Terms and abbreviations the text uses, explained.
    pub glossary: Vec<Term>,
    /// Each domain's number and title in the publication it follows, where it follows one
    /// ("Standard 3: Duty of care" for a Care Certificate standard), in the order of
    /// `domains`; empty when none has one. See [`Framework::official`].
    pub officials: Vec<String>,
    /// Positions in `competences` for each level, in file order.
    by_level: BTreeMap<LevelId, Vec<usize>>,
    /// Position in `competences` of each id.
    by_id: BTreeMap<CompetenceId, usize>,
    /// Competences left out by [`Framework::restrict`]: ratings for them are kept, and are not
    /// reported as belonging to competences that no longer exist.
    pub excluded: BTreeSet<CompetenceId>,
    /// Levels left out by [`Framework::restrict`]: saved progress naming them is still the
    /// person's, not a level the framework has lost.
    pub hidden_levels: BTreeSet<LevelId>,
}

/// A framework is never changed once built, and is shared (through `Rc`) rather than copied,
/// so two are the same when they are the same value. Comparing their contents field by field
/// would cost time on every render and several kilobytes of wasm.
impl PartialEq for Framework {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Framework {
    /// Builds the indexes. Callers outside `content` go through `content::parse`, which
    /// checks the references first.
    pub(crate) fn new(parts: Parts) -> Self {
        let Parts {
            meta,
            scale,
            levels,
            domains,
            competences,
            routes,
            areas,
            moves,
            links,
            glossary,
            officials,
        } = parts;
        let mut by_level: BTreeMap<LevelId, Vec<usize>> = BTreeMap::new();
        let mut by_id = BTreeMap::new();
        for (i, c) in competences.iter().enumerate() {
            by_level.entry(c.level.clone()).or_default().push(i);
            by_id.insert(c.id.clone(), i);
        }
        // A level that rates another's competences has that level's list (the file check
        // makes sure it has none of its own, and rates a level that has).
        for l in &levels {
            if let Some(list) = l.rates.as_ref().and_then(|r| by_level.get(r)).cloned() {
                by_level.insert(l.id.clone(), list);
            }
        }
        Framework {
            meta,
            scale,
            levels,
            domains,
            competences,
            routes,
            areas,
            moves,
            links,
            glossary,
            officials,
            by_level,
            by_id,
            excluded: Default::default(),
            hidden_levels: Default::default(),
        }
    }

    /// The number and title `domain` has in the publication the framework follows, shown
    /// beside our name for it ("Standard 3: Duty of care"), if it has one.
    pub fn official(&self, domain: &DomainId) -> Option<&str> {
        let at = self.domains.iter().position(|d| &d.id == domain)?;
        self.officials
            .get(at)
            .map(String::as_str)
            .filter(|o| !o.is_empty())
    }

    /// The framework with only `keep`'s levels (ids it does not have are ignored), and the
    /// competences and career moves among them. An empty `keep`, or one naming no level of
    /// this framework, keeps everything.
    pub fn restrict(&self, keep: &[LevelId]) -> Framework {
        if !self.levels.iter().any(|l| keep.contains(&l.id)) {
            return self.clone();
        }
        let kept = |id: &LevelId| keep.contains(id);
        // A kept level's competences, and those of a level a kept one rates (`keep` is short).
        let (competences, excluded): (Vec<Competence>, Vec<Competence>) = self
            .competences
            .iter()
            .cloned()
            .partition(|c| keep.iter().any(|k| self.rated(k) == &c.level));
        let mut restricted = Framework::new(Parts {
            meta: self.meta.clone(),
            scale: self.scale.clone(),
            levels: self
                .levels
                .iter()
                .filter(|l| kept(&l.id))
                .cloned()
                .collect(),
            domains: self.domains.clone(),
            competences,
            routes: self.routes.clone(),
            areas: self.areas.clone(),
            moves: self
                .moves
                .iter()
                .filter(|m| {
                    kept(&m.from)
                        && match &m.to {
                            Destination::Level(to) => kept(to),
                            Destination::Role(_) => true,
                        }
                })
                .cloned()
                .collect(),
            links: self.links.clone(),
            glossary: self.glossary.clone(),
            officials: self.officials.clone(),
        });
        restricted.hidden_levels = crate::domain::ordered::set(
            self.levels
                .iter()
                .filter(|l| !kept(&l.id))
                .map(|l| l.id.clone())
                .chain(self.hidden_levels.iter().cloned()),
        );
        restricted.excluded = crate::domain::ordered::set(
            excluded
                .into_iter()
                .map(|c| c.id)
                .chain(self.excluded.iter().cloned()),
        );
        restricted
    }

    /// Whether `id` is a level of this framework, shown or hidden by [`Framework::restrict`].
    pub fn has_level(&self, id: &LevelId) -> bool {
        self.level(id).is_some() || self.hidden_levels.contains(id)
    }

    pub fn level(&self, id: &LevelId) -> Option<&Level> {
        self.levels.iter().find(|l| &l.id == id)
    }

    /// The level whose competences `id` rates: the one it names in `rates`, or itself.
    pub fn rated<'a>(&'a self, id: &'a LevelId) -> &'a LevelId {
        self.level(id).and_then(|l| l.rates.as_ref()).unwrap_or(id)
    }

    pub fn domain(&self, id: &DomainId) -> Option<&Domain> {
        self.domains.iter().find(|d| &d.id == id)
    }

    /// The route with `id`, or the one that replaced it (a saved plan may name a route by
    /// an id it had before it was merged into another).
    pub fn route(&self, id: &RouteId) -> Option<&TrainingRoute> {
        self.routes
            .iter()
            .find(|r| &r.id == id)
            .or_else(|| self.routes.iter().find(|r| r.replaces.contains(id)))
    }

    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| &a.id == id)
    }

    /// The moves on the career map that start at `from`.
    pub fn moves_from<'a>(
        &'a self,
        from: &'a LevelId,
    ) -> impl Iterator<Item = &'a CareerMove> + 'a {
        self.moves.iter().filter(move |m| &m.from == from)
    }

    pub fn competence(&self, id: &CompetenceId) -> Option<&Competence> {
        self.by_id.get(id).map(|&i| &self.competences[i])
    }

    /// The competences of a level, in file order.
    pub fn competences_of<'a>(
        &'a self,
        level: &LevelId,
    ) -> impl Iterator<Item = &'a Competence> + 'a {
        self.by_level
            .get(level)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&i| &self.competences[i])
    }

    /// The default level to aim for from `current`: the level it returns to, for a
    /// returning starting point; else the nearest level up on the same route; failing that,
    /// staying at `current`.
    pub fn next_level_up(&self, current: &LevelId) -> Option<&Level> {
        let here = self.level(current)?;
        if let Some(back) = &here.rates {
            return self.level(back);
        }
        let above = |l: &&Level| l.career_level > here.career_level && l.rates.is_none();
        let same_route = self
            .levels
            .iter()
            .filter(above)
            .filter(|l| l.route.continues_on(here.route))
            .min_by_key(|l| l.career_level);
        same_route.or_else(|| {
            self.levels
                .iter()
                .filter(above)
                .min_by_key(|l| l.career_level)
        })
    }

    /// How a move from `from` to `to` is described to the user. A returning starting point
    /// ([`Level::rates`]) has one move, back to the level it rates; none leads to one.
    pub fn move_kind(&self, from: &LevelId, to: &LevelId) -> Option<MoveKind> {
        let a = self.level(from)?;
        let b = self.level(to)?;
        if a.rates.is_some() || b.rates.is_some() {
            return (a.rates.as_ref() == Some(to)).then_some(MoveKind::Return);
        }
        Some(if a.id == b.id {
            MoveKind::Stay
        } else if b.career_level > a.career_level {
            MoveKind::Up
        } else if b.career_level == a.career_level {
            MoveKind::Across
        } else {
            MoveKind::Down
        })
    }
}
