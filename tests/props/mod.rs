//! Generated inputs for property tests (proptest): assessments a person could make, awkward
//! text, and files mangled anywhere.
#![allow(dead_code)]

use proptest::prelude::*;
use stepwise::domain::assessment::{PlanAction, PlanItem, PlanStatus};
use stepwise::domain::framework::{AreaId, RouteId};
use stepwise::domain::{Assessment, CompetenceId, LevelId};

/// How many cases each property runs: `STEPWISE_FUZZ_CASES`, which the benchmark raises.
pub fn config() -> ProptestConfig {
    let cases = std::env::var("STEPWISE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    ProptestConfig::with_cases(cases)
}

/// Short text made of awkward pieces: quotes, escapes, control characters, emoji, formulas,
/// markup.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "é", "😀", "\"", "\\", "\n", ",", " ", "=SUM(A1)", "\t", "<b>", "\u{1}", "\u{8}",
            "\u{c}", "\u{2028}",
        ]),
        0..6,
    )
    .prop_map(|pieces| pieces.concat())
}

fn level() -> impl Strategy<Value = Option<LevelId>> {
    prop::option::of(prop::sample::select(vec!["a", "b", "m", "gone"]).prop_map(LevelId::new))
}

fn step() -> impl Strategy<Value = PlanItem> {
    (
        prop_oneof![
            Just(PlanAction::Route(RouteId::new("teaching"))),
            text().prop_map(PlanAction::Own),
        ],
        prop_oneof![Just(String::new()), Just("2027-03-31".to_string())],
        prop::sample::select(PlanStatus::ALL.to_vec()),
    )
        .prop_map(|(action, due, status)| PlanItem {
            action,
            due,
            status,
        })
}

/// Any assessment a person could make against `competences`, including ratings for
/// competences that have gone.
pub fn assessment(competences: Vec<CompetenceId>) -> impl Strategy<Value = Assessment> {
    let n = competences.len();
    (
        level(),
        level(),
        prop::collection::vec(prop::option::of(0u8..4), n),
        prop::collection::vec(prop::option::of(text()), n),
        prop::option::of((0u32..100, 0u8..4)),
        any::<bool>(),
        prop::collection::vec(step(), 0..3),
        prop_oneof![Just(String::new()), text()],
    )
        .prop_map(
            move |(current, target, ratings, notes, old, perinatal, plan, person)| {
                let mut a = Assessment {
                    current,
                    target,
                    plan,
                    person,
                    ..Assessment::default()
                };
                for ((id, rating), note) in competences.iter().zip(ratings).zip(notes) {
                    if let Some(v) = rating {
                        a.rate(id.clone(), v);
                    }
                    if let Some(note) = note {
                        a.set_note(id.clone(), note);
                    }
                }
                if let Some((i, v)) = old {
                    a.rate(CompetenceId::new(format!("old.{i}")), v);
                }
                a.set_area(AreaId::new("perinatal"), perinatal);
                a
            },
        )
}

/// `seed` with the text between two places replaced by a piece of JSON syntax (or nothing),
/// so every part of a file gets cut, doubled into or broken.
pub fn mangled(seed: String) -> impl Strategy<Value = String> {
    (
        0..=seed.len(),
        0..=seed.len(),
        prop::sample::select(vec![
            "", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u12", "-1", "300", "1.5", "null",
            "true", " ", "é", "😀",
        ]),
    )
        .prop_map(move |(a, b, piece)| {
            let floor = |mut at: usize| {
                while !seed.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let (a, b) = (floor(a), floor(b));
            let (from, to) = (a.min(b), a.max(b));
            format!("{}{piece}{}", &seed[..from], &seed[to..])
        })
}
