//! Whether a route is open to a person now, one they are past, or one for later.

use crate::domain::framework::band::{band_fit, BandFit};
use crate::domain::framework::{Framework, Level, TrainingRoute};

/// Where a person stands with a route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// They can start it from their current role (or have not said what their role is).
    Open,
    /// They are past it: it leads to their role (or the role they are returning to), or it
    /// is for roles below theirs.
    Past,
    /// Not yet: it starts from roles they are not in. Says which, in plain words.
    Later(String),
}

/// Where someone in `current` who aims for `aim` stands with `route`. With no role chosen,
/// every route is open. A route that names no roles to start from is open to anyone at or
/// aiming for the career levels it suits. A route open only from a pay band is for later when
/// every band the role is usually paid at (its name says) is below it.
pub fn standing(
    framework: &Framework,
    route: &TrainingRoute,
    current: Option<&Level>,
    aim: &Level,
) -> Standing {
    let Some(here) = current else {
        return Standing::Open;
    };
    let audience = &route.audience;
    // Someone returning to a role has its qualification already: a route to it is past.
    if audience.leads_to.contains(&here.id) || audience.leads_to.contains(framework.rated(&here.id))
    {
        return Standing::Past;
    }
    let bands = here.pay_bands();
    if let (Some(from), BandFit::Below) =
        (audience.from_band(), band_fit(&bands, audience.from_band()))
    {
        let yours = bands
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" or ");
        return Standing::Later(format!(
            "It is open from pay band {from}, and your role is usually paid at band {yours}."
        ));
    }
    if audience.from.contains(&here.id) {
        return Standing::Open;
    }
    // A route only for people returning after a break in registration (return to practice)
    // is not a later step for anyone else: nobody is on their way to a lapse.
    let for_returners = |id: &crate::domain::LevelId| framework.rated(id) != id;
    if !audience.from.is_empty() && audience.from.iter().all(for_returners) {
        return Standing::Past;
    }
    let starts: Vec<&Level> = audience
        .from
        .iter()
        .filter_map(|id| framework.level(id))
        .collect();
    let Some(highest) = starts.iter().map(|l| l.career_level).max() else {
        // No roles named (or none this framework shows): the career levels it suits decide.
        let [from, to] = route.career_levels;
        return if here.career_level > to {
            Standing::Past
        } else if here.career_level.max(aim.career_level) < from {
            Standing::Later(format!(
                "It suits career levels {from} to {to}, and you are at career level {}.",
                here.career_level
            ))
        } else {
            Standing::Open
        };
    };
    if here.career_level > highest {
        return Standing::Past;
    }
    let names = starts
        .iter()
        .map(|l| l.title())
        .collect::<Vec<_>>()
        .join("; ");
    Standing::Later(format!("It starts from: {names}."))
}
