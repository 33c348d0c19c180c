//! How many competences are rated and met, per level and per domain, and whether a level
//! counts as reached.

use crate::domain::assessment::{Assessment, Status};
use crate::domain::framework::{DomainId, Framework, LevelId};

/// Counts for a set of competences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: usize,
    pub rated: usize,
    pub met: usize,
}

impl Tally {
    fn add(&mut self, status: Status) {
        self.total += 1;
        if status != Status::NotRated {
            self.rated += 1;
        }
        if status == Status::Met {
            self.met += 1;
        }
    }

    /// Share of all competences (rated or not) that are met, in whole percent: see
    /// [`percent`].
    pub fn percent_met(&self) -> u8 {
        percent(self.met, self.total)
    }

    /// Rated and met as a sentence: "3 of 10 rated, 2 met (20%)".
    pub fn describe(&self) -> String {
        format!(
            "{} of {} rated, {} met ({}%)",
            self.rated,
            self.total,
            self.met,
            self.percent_met()
        )
    }
}

/// `part` of `whole` in whole percent, rounded to the nearest (halves up), so 2 of 3 reads
/// 67%; but never 100% unless all are met, nor 0% unless none is: 199 of 200 reads 99%, 1 of
/// 1,000 reads 1%. An empty whole reads 0%.
pub fn percent(part: usize, whole: usize) -> u8 {
    match (part, whole) {
        (_, 0) | (0, _) => 0,
        (p, w) if p >= w => 100,
        // Here 0 < p < w, so the rounded share is at most 100 and fits in a u8.
        (p, w) => {
            let nearest = (p.saturating_mul(200) + w) / (2 * w);
            u8::try_from(nearest.clamp(1, 99)).unwrap_or(99)
        }
    }
}

/// Where a person stands at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelScore {
    pub level: LevelId,
    pub tally: Tally,
    /// Per domain, in the framework's domain order; domains with no competence at this level
    /// are left out.
    pub domains: Vec<(DomainId, Tally)>,
    pub reached: bool,
}

impl LevelScore {
    /// Each of the framework's domains in its order, with its tally at this level: `None`
    /// where the level has no competence in that domain.
    pub fn per_domain<'a>(
        &'a self,
        framework: &'a Framework,
    ) -> impl Iterator<Item = Option<&'a Tally>> + 'a {
        framework.domains.iter().map(move |d| {
            self.domains
                .iter()
                .find(|(id, _)| id == &d.id)
                .map(|(_, t)| t)
        })
    }
}

/// The rule for a level counting as reached, in words for the UI and the README.
pub fn reach_rule(framework: &Framework) -> String {
    let bar = framework
        .scale
        .bar()
        .map(|v| v.label.as_str())
        .unwrap_or("met");
    if framework.meta.reach_percent >= 100 {
        format!("A level counts as reached when every one of its competences is rated \"{bar}\" or higher.")
    } else {
        format!(
            "A level counts as reached when at least {}% of its competences are rated \"{bar}\" or higher.",
            framework.meta.reach_percent
        )
    }
}

fn reached(framework: &Framework, t: &Tally) -> bool {
    t.total > 0 && t.met * 100 >= t.total * usize::from(framework.meta.reach_percent)
}

/// Scores one level.
pub fn score_level(framework: &Framework, a: &Assessment, level: &LevelId) -> LevelScore {
    let mut tally = Tally::default();
    let mut domains: Vec<(DomainId, Tally)> = framework
        .domains
        .iter()
        .map(|d| (d.id.clone(), Tally::default()))
        .collect();
    for c in a.applicable(framework, level) {
        let status = a.status(framework, &c.id);
        tally.add(status);
        if let Some((_, t)) = domains.iter_mut().find(|(d, _)| d == &c.domain) {
            t.add(status);
        }
    }
    domains.retain(|(_, t)| t.total > 0);
    LevelScore {
        level: level.clone(),
        reached: reached(framework, &tally),
        tally,
        domains,
    }
}

/// Scores every level, in the framework's order; a returning starting point is scored as the
/// level it rates, and not listed twice.
pub fn score(framework: &Framework, a: &Assessment) -> Vec<LevelScore> {
    framework
        .levels
        .iter()
        .filter(|l| l.rates.is_none())
        .map(|l| score_level(framework, a, &l.id))
        .collect()
}
