//! The reason line of each suggestion, in plain words: what it fits, what it develops and
//! what put it ahead of the next one.

use super::{Advice, Decider, Fit, Suggestion};
use crate::domain::framework::band::{band_fit, BandFit};
use crate::domain::framework::{Competence, Framework};

/// "1 gap", "3 gaps".
fn gaps(n: usize) -> String {
    crate::domain::words::count(n, "gap", "gaps")
}

/// "first", "second" ... for the place on a list of a few.
fn ordinal(position: usize) -> String {
    const WORDS: [&str; 8] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    ];
    WORDS
        .get(position)
        .map_or_else(|| format!("number {}", position + 1), |w| w.to_string())
}

/// "Relationships (2), Care (1)": the domains of `list`, in the order they first appear.
fn domains(framework: &Framework, list: &[&Competence]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in list {
        let name = framework
            .domain(&c.domain)
            .map_or(c.domain.as_str(), |d| d.name.as_str());
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    counts
        .iter()
        .map(|(name, n)| format!("{name} ({n})"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Advice<'_> {
    /// One or two sentences on why `s` is suggested, and why in its place.
    pub fn why(&self, framework: &Framework, s: &Suggestion) -> String {
        let target = self.target.map(|l| l.title()).unwrap_or_default();
        let current = self.current.map(|l| l.title()).unwrap_or_default();
        let total = self.gap_count;
        let mut out = match s.fit {
            Fit::SecureFirst => format!(
                "Get secure in your current role first ({current}): it develops {} of your {} there: {}.",
                s.closes_current.len(),
                gaps(self.current_gap_count),
                domains(framework, &s.closes_current)
            ),
            Fit::Move { position, of } => {
                let place = format!("the career map lists it {} of {of}", ordinal(position));
                let mut line = if self.current.map(|l| &l.id) == self.target.map(|l| &l.id) {
                    format!("Fits growing in your role as {target}: {place} for staying in post.")
                } else {
                    format!("Fits your move from {current} to {target}: {place} for this move.")
                };
                if !s.closes.is_empty() {
                    line.push_str(&format!(
                        " It develops {} of your {} there: {}.",
                        s.closes.len(),
                        gaps(total),
                        domains(framework, &s.closes)
                    ));
                }
                line
            }
            Fit::Gaps if s.closes.is_empty() => format!(
                "Develops {} of your {} in your current role, {current}: {}.",
                s.closes_current.len(),
                gaps(self.current_gap_count),
                domains(framework, &s.closes_current)
            ),
            Fit::Gaps => {
                let how = if s.named == s.closes.len() {
                    "each by name".to_string()
                } else if s.named > 0 {
                    format!("{} by name, the rest through whole domains", s.named)
                } else {
                    "through whole domains".to_string()
                };
                format!(
                    "Develops {} of your {} for {target} ({how}): {}.",
                    s.closes.len(),
                    gaps(total),
                    domains(framework, &s.closes)
                )
            }
        };
        if s.fit != Fit::SecureFirst && !s.closes_current.is_empty() && !s.closes.is_empty() {
            out.push_str(&format!(
                " It also develops {} of your {} in your current role.",
                s.closes_current.len(),
                gaps(self.current_gap_count)
            ));
        }
        // Open by pay band, and the role is paid at bands either side of it: say so.
        let from = s.route.audience.from_band();
        let bands = self.current.map(|l| l.pay_bands()).unwrap_or_default();
        if let (Some(from), BandFit::Depends) = (from, band_fit(&bands, from)) {
            out.push_str(&format!(
                " Only for posts at pay band {from} or above: check the band of your post."
            ));
        }
        if let Some(d) = s.ahead {
            let [from, to] = s.route.career_levels;
            let because = match d {
                Decider::MapOrder => "comes earlier on the career map".to_string(),
                Decider::CurrentGaps => "develops more of the gaps in your current role".into(),
                Decider::Named => {
                    "develops more of your gaps by name, not only through a whole domain".into()
                }
                Decider::Gaps => "develops more of your gaps".into(),
                Decider::Focus => {
                    format!("is more focused: it suits career levels {from} to {to}")
                }
                Decider::Centred => format!(
                    "suits career levels {from} to {to}, nearer career level {}",
                    self.target.map_or(0, |l| l.career_level)
                ),
                Decider::Kind => format!(
                    "is quicker to take up ({})",
                    s.route.kind.label().to_lowercase()
                ),
                Decider::FileOrder => {
                    "is level with it on fit, gaps, career levels and kind, and the framework lists it first".into()
                }
            };
            out.push_str(&format!(" Ranked above the next because it {because}."));
        }
        out
    }
}
