//! What moved between two snapshots of an assessment, domain by domain.

use crate::domain::assessment::scoring::score_level;
use crate::domain::assessment::Assessment;
use crate::domain::framework::{DomainId, Framework, LevelId};

/// One domain's change at a level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainChange {
    pub domain: DomainId,
    pub total: usize,
    pub met_before: usize,
    pub met_after: usize,
}

impl DomainChange {
    /// "+2", "−1" or "no change", in words a screen reader reads well.
    pub fn describe(&self) -> String {
        match self.met_after as i64 - self.met_before as i64 {
            0 => "no change".into(),
            d if d > 0 => format!("{d} more met"),
            d => format!("{} fewer met", -d),
        }
    }
}

/// Met counts per domain at `level`, before and after.
pub fn compare(
    framework: &Framework,
    before: &Assessment,
    after: &Assessment,
    level: &LevelId,
) -> Vec<DomainChange> {
    let a = score_level(framework, before, level);
    let b = score_level(framework, after, level);
    framework
        .domains
        .iter()
        .filter_map(|d| {
            let find = |s: &crate::domain::assessment::scoring::LevelScore| {
                s.domains
                    .iter()
                    .find(|(id, _)| id == &d.id)
                    .map(|(_, t)| *t)
            };
            let (x, y) = (find(&a), find(&b));
            if x.is_none() && y.is_none() {
                return None;
            }
            let x = x.unwrap_or_default();
            let y = y.unwrap_or_default();
            Some(DomainChange {
                domain: d.id.clone(),
                total: x.total.max(y.total),
                met_before: x.met,
                met_after: y.met,
            })
        })
        .collect()
}
