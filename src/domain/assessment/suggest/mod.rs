//! Advice on what to do next: the training and CPD routes that fit a person's move, ranked so
//! that a careers adviser would stand behind the order, and the reason for each in plain words.
//!
//! The model, in the order it decides:
//! 1. **Who a route is for** ([`Standing`]): a route the person is past (it leads to their role,
//!    or it is for roles below theirs) is left out; one they are not yet at is shown apart, as
//!    "later", with why. Mandatory or universal training is shown apart too ("everyone needs
//!    these"), never ranked.
//! 2. **Secure in your role first**: when a person aims elsewhere but has gaps in their current
//!    role, up to [`SECURE_FIRST`] routes for growing in that role which close those gaps
//!    come first.
//! 3. **Fits your move**: the routes the career map lists for the move from the current level
//!    to the aim, in the map's order. The map and the suggestions read the same list.
//! 4. **Then gaps, specific before broad**: the other routes that develop any gap, by gaps in
//!    the current role, then gaps developed by name, then gaps in all, then the narrower range
//!    of career levels, then the range centred nearer the aim, then the kind that is quicker
//!    to take up. A route that qualifies a person for another role than their aim belongs to
//!    that other move, and is left to the career map.
//!
//! Each suggestion records what put it ahead of the next, so that no two are in an order
//! nobody can explain. Everything is one pass over the routes and the gaps: linear.

mod standing;
mod why;

pub use standing::{standing, Standing};

use crate::domain::assessment::gaps::{gaps, Gaps};
use crate::domain::assessment::Assessment;
use crate::domain::framework::{
    CareerMove, Competence, Destination, Framework, Level, RouteKind, TrainingRoute,
};

/// How many suggestions are shown before "Show all".
pub const FIRST_SHOWN: usize = 5;
/// At most this many routes for the current role come before those for the move.
pub const SECURE_FIRST: usize = 2;

/// Why a route is where it is in the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// It closes gaps in the person's current role, which they are not yet secure in.
    SecureFirst,
    /// The career map lists it for the person's move, at `position` (0 first) of `of`.
    Move { position: usize, of: usize },
    /// It develops some of the person's gaps.
    Gaps,
}

/// What put a suggestion ahead of the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decider {
    /// It comes earlier on the career map's list.
    MapOrder,
    /// It develops more gaps in the current role.
    CurrentGaps,
    /// It develops more gaps by name, rather than through a whole domain.
    Named,
    /// It develops more gaps.
    Gaps,
    /// It suits a narrower range of career levels.
    Focus,
    /// Its range of career levels is centred closer to the level aimed for.
    Centred,
    /// Its kind is quicker to take up (e-learning before a degree).
    Kind,
    /// Equal in everything else: the framework file's order.
    FileOrder,
}

/// A route worth suggesting, with the gaps it addresses.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion<'f> {
    pub route: &'f TrainingRoute,
    pub fit: Fit,
    /// The gaps at the level aimed for that it develops, in the order of the gap list.
    pub closes: Vec<&'f Competence>,
    /// How many of `closes` it develops by name rather than through a whole domain.
    pub named: usize,
    /// The gaps in the current role that it develops, when the person aims elsewhere.
    pub closes_current: Vec<&'f Competence>,
    /// What put it ahead of the next suggestion, when the two have the same kind of fit.
    pub ahead: Option<Decider>,
}

/// A route the person is not yet at, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct Later<'f> {
    pub route: &'f TrainingRoute,
    /// How many gaps at the level aimed for it would develop.
    pub closes: usize,
    /// In plain words, when it opens: "It starts from: Nursing associate."
    pub why: String,
}

/// Everything the suggestions show for one person and aim.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Advice<'f> {
    /// Routes to take, best fit first; the first [`FIRST_SHOWN`] are shown at once.
    pub ranked: Vec<Suggestion<'f>>,
    /// Mandatory or universal training for the roles in view, not ranked.
    pub everyone: Vec<&'f TrainingRoute>,
    /// Routes that would develop gaps but are not open to the person yet, in the framework's
    /// order.
    pub later: Vec<Later<'f>>,
    /// Routes that would develop gaps but that the person is past.
    pub past: Vec<&'f TrainingRoute>,
    /// The role the person is in, when chosen.
    pub current: Option<&'f Level>,
    /// The level aimed for.
    pub target: Option<&'f Level>,
    /// How many gaps there are at the level aimed for, and in the current role when the person
    /// aims elsewhere.
    pub gap_count: usize,
    pub current_gap_count: usize,
}

impl<'f> Advice<'f> {
    /// Whether there is nothing at all to show.
    pub fn is_empty(&self) -> bool {
        self.ranked.is_empty() && self.everyone.is_empty() && self.later.is_empty()
    }

    /// The routes shown: the first `ranked` of those ranked, then everyone's, then those for
    /// later.
    pub fn shown(&self, ranked: usize) -> impl Iterator<Item = &'f TrainingRoute> + '_ {
        self.ranked
            .iter()
            .take(ranked)
            .map(|s| s.route)
            .chain(self.everyone.iter().copied())
            .chain(self.later.iter().map(|l| l.route))
    }
}

/// The order of kinds from quickest to take up to longest.
fn kind_rank(kind: RouteKind) -> u8 {
    match kind {
        RouteKind::ELearning => 0,
        RouteKind::InWork => 1,
        RouteKind::Regulatory => 2,
        RouteKind::Programme => 3,
        RouteKind::Qualification => 4,
        RouteKind::Apprenticeship => 5,
    }
}

/// One candidate with the keys it is ranked by.
struct Candidate<'f> {
    suggestion: Suggestion<'f>,
    index: usize,
    in_move: Option<usize>,
    in_stay: Option<usize>,
    /// The career level aimed for.
    aim: i64,
    tier: Tier,
}

/// The parts of the ranking, in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tier {
    Secure,
    Move,
    Gaps,
}

/// Sorts candidates into their place: by tier, then by what decides within it.
fn rank(list: &mut [Candidate]) {
    list.sort_by_key(|c| {
        let mut key = [0i64; 8];
        match c.tier {
            Tier::Secure => {
                key[1] = -(c.suggestion.closes_current.len() as i64);
                key[2] = c.in_stay.map_or(i64::MAX, |p| p as i64);
            }
            Tier::Move => {
                key[0] = 1;
                key[1] = c.in_move.map_or(i64::MAX, |p| p as i64);
            }
            Tier::Gaps => {
                key[0] = 2;
                for (k, (_, v)) in key[1..].iter_mut().zip(c.keys()) {
                    *k = v;
                }
            }
        }
        key
    });
}

impl Candidate<'_> {
    /// The keys of the "then gaps" tier, in the order they decide, each paired with what it
    /// is called when it decides.
    fn keys(&self) -> [(Decider, i64); 7] {
        let s = &self.suggestion;
        let [from, to] = s.route.career_levels.map(i64::from);
        [
            (Decider::CurrentGaps, -(s.closes_current.len() as i64)),
            (Decider::Named, -(s.named as i64)),
            (Decider::Gaps, -(s.closes.len() as i64)),
            (Decider::Focus, (to - from).abs()),
            (Decider::Centred, (from + to - 2 * self.aim).abs()),
            (Decider::Kind, i64::from(kind_rank(s.route.kind))),
            (Decider::FileOrder, self.index as i64),
        ]
    }
}

/// The first key on which `a` and `b` differ: what put the first ahead of the second.
fn decided(a: &Candidate, b: &Candidate) -> Option<Decider> {
    a.keys()
        .into_iter()
        .zip(b.keys())
        .find(|((_, x), (_, y))| x != y)
        .map(|((name, _), _)| name)
}

/// The move on the career map from `from` to `to`, if the map has one.
fn move_between<'f>(framework: &'f Framework, from: &Level, to: &Level) -> Option<&'f CareerMove> {
    framework
        .moves
        .iter()
        .find(|m| m.from == from.id && matches!(&m.to, Destination::Level(l) if l == &to.id))
}

/// The advice for a person with `gaps` at the level they aim for.
pub fn suggest<'f>(framework: &'f Framework, a: &Assessment, gaps_there: &Gaps<'f>) -> Advice<'f> {
    let Some(target) = framework.level(&gaps_there.target) else {
        return Advice::default();
    };
    let current = a.current.as_ref().and_then(|id| framework.level(id));
    // Returning to the role whose competences one rates is not aiming elsewhere: the gaps
    // are the same ones.
    let aiming_elsewhere = current.filter(|c| framework.rated(&c.id) != &target.id);
    let gaps_here = aiming_elsewhere.map(|c| gaps(framework, a, &c.id));
    let the_move = current.and_then(|c| move_between(framework, c, target));
    let stay = aiming_elsewhere
        .filter(|_| gaps_here.as_ref().is_some_and(|g| g.count() > 0))
        .and_then(|c| move_between(framework, c, c));
    let position = |m: Option<&CareerMove>, r: &TrainingRoute| {
        m.and_then(|m| m.routes.iter().position(|id| id == &r.id))
    };

    let mut advice = Advice {
        current,
        target: Some(target),
        gap_count: gaps_there.count(),
        current_gap_count: gaps_here.as_ref().map_or(0, Gaps::count),
        ..Advice::default()
    };
    let mut candidates = Vec::new();
    for (index, route) in framework.routes.iter().enumerate() {
        let closes: Vec<&Competence> = gaps_there
            .all()
            .filter(|c| route.develops(c, target.career_level))
            .collect();
        let closes_current: Vec<&Competence> = match (&gaps_here, aiming_elsewhere) {
            (Some(g), Some(c)) => g
                .all()
                .filter(|x| route.develops(x, c.career_level))
                .collect(),
            _ => Vec::new(),
        };
        let in_move = position(the_move, route);
        // A route that qualifies a person for another role than the one they aim for belongs
        // to another move: the career map shows it there.
        let elsewhere = !route.audience.leads_to.is_empty()
            && !route.audience.leads_to.contains(&target.id)
            && in_move.is_none();
        let useful = !closes.is_empty() || !closes_current.is_empty() || in_move.is_some();
        // The career map lists it for this move: the content check makes sure the move's
        // starting role can take it.
        let standing = match in_move {
            Some(_) => Standing::Open,
            None => standing(framework, route, current, target),
        };
        match standing {
            Standing::Past if useful => advice.past.push(route),
            Standing::Later(why) if !closes.is_empty() => advice.later.push(Later {
                route,
                closes: closes.len(),
                why,
            }),
            Standing::Open if route.audience.everyone => {
                let suits = |l: Option<&Level>| l.is_some_and(|l| route.suits(l.career_level));
                if suits(Some(target)) || suits(current) {
                    advice.everyone.push(route);
                }
            }
            Standing::Open if useful && !elsewhere => {
                let named = closes
                    .iter()
                    .filter(|c| route.develops_competences.contains(&c.id))
                    .count();
                candidates.push(Candidate {
                    suggestion: Suggestion {
                        route,
                        fit: Fit::Gaps,
                        closes,
                        named,
                        closes_current,
                        ahead: None,
                    },
                    index,
                    in_move,
                    in_stay: position(stay, route),
                    aim: i64::from(target.career_level),
                    tier: Tier::Gaps,
                });
            }
            _ => {}
        }
    }

    // Secure in the current role first: routes for growing in it that close its gaps, at
    // most SECURE_FIRST of them; the others take their place by move or by gaps. One sort
    // (std's sort is compiled anew for each use, and costs the app's size each time).
    for c in &mut candidates {
        c.tier = if c.in_stay.is_some() && !c.suggestion.closes_current.is_empty() {
            Tier::Secure
        } else if c.in_move.is_some() {
            Tier::Move
        } else {
            Tier::Gaps
        };
    }
    rank(&mut candidates);
    let secure_count = candidates
        .iter()
        .take_while(|c| c.tier == Tier::Secure)
        .count();
    if secure_count > SECURE_FIRST {
        for c in &mut candidates[SECURE_FIRST..secure_count] {
            c.tier = if c.in_move.is_some() {
                Tier::Move
            } else {
                Tier::Gaps
            };
        }
        rank(&mut candidates);
    }
    let first_move = secure_count.min(SECURE_FIRST);
    let first_gaps = candidates
        .iter()
        .position(|c| c.tier == Tier::Gaps)
        .unwrap_or(candidates.len());
    let (secure, rest) = candidates.split_at_mut(first_move);
    let (moving, rest) = rest.split_at_mut(first_gaps - first_move);

    let of = the_move.map_or(0, |m| m.routes.len());
    for c in secure.iter_mut() {
        c.suggestion.fit = Fit::SecureFirst;
    }
    if let [a, b] = secure {
        let more = a.suggestion.closes_current.len() > b.suggestion.closes_current.len();
        a.suggestion.ahead = Some(if more {
            Decider::CurrentGaps
        } else {
            Decider::MapOrder
        });
    }
    for c in moving {
        c.suggestion.fit = Fit::Move {
            position: c.in_move.unwrap_or_default(),
            of,
        };
    }
    for i in 1..rest.len() {
        let (before, after) = rest.split_at_mut(i);
        let (a, b) = (&mut before[i - 1], &after[0]);
        a.suggestion.ahead = decided(a, b);
    }
    advice.ranked = candidates.into_iter().map(|c| c.suggestion).collect();
    advice
}
