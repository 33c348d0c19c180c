//! The assessment every golden fixture in `tests/golden/` holds, built in code so a test can
//! check that each file still reads to exactly this.
#![allow(dead_code)]

use stepwise::domain::assessment::{PlanAction, PlanItem, PlanStatus};
use stepwise::domain::framework::{AreaId, RouteId};
use stepwise::domain::{Assessment, CompetenceId, LevelId};

pub const MHN: &str = include_str!("../../content/mhn.toml");

pub fn assessment() -> Assessment {
    let mut a = Assessment {
        current: Some(LevelId::new("l5")),
        target: Some(LevelId::new("l6c")),
        ..Assessment::default()
    };
    for (id, v) in [
        ("l5.relate.1", 2),
        ("l5.relate.2", 0),
        ("l6c.lead.1", 4),
        ("gone.1", 3),
    ] {
        a.rate(CompetenceId::new(id), v);
    }
    a.set_note(
        CompetenceId::new("l5.relate.1"),
        "Led a \"recovery\" group\nwith Jo — 3 sessions ✓ https://example.org/?a=1&b=2".into(),
    );
    a.set_note(
        CompetenceId::new("l6c.lead.1"),
        "Tab\tand back\\slash".into(),
    );
    a.set_area(AreaId::new("perinatal"), true);
    a.set_area(AreaId::new("older-adults"), true);
    a.plan = vec![
        PlanItem {
            action: PlanAction::Route(RouteId::new("preceptorship")),
            due: "2027-03-31".into(),
            status: PlanStatus::InProgress,
        },
        PlanItem {
            action: PlanAction::Own("Shadow the ward manager".into()),
            due: String::new(),
            status: PlanStatus::NotStarted,
        },
    ];
    a
}
