//! Checks on the content that ships in `content/`: beyond being valid, every framework must be
//! usable for what people come for (routes for every competence, education for every level,
//! sources with dates, level numbers that say which scale they are on).

use std::collections::BTreeSet;
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::source::BUILT_INS;
use stepwise::domain::framework::{Destination, MoveKind};
use stepwise::domain::{Framework, LevelId};

fn read(path: &str) -> (String, Framework) {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let fw = parse(&text).unwrap_or_else(|e| match e {
        stepwise::domain::Error::FrameworkInvalid(issues) => panic!(
            "{path}:\n{}",
            issues
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => panic!("{path}: {other}"),
    });
    (text, fw)
}

fn all() -> Vec<(&'static str, String, Framework)> {
    BUILT_INS
        .iter()
        .map(|b| {
            let (text, fw) = read(b.path);
            assert_eq!(
                fw.meta.id, b.id,
                "{} declares the id it is listed under",
                b.path
            );
            (b.path, text, fw)
        })
        .collect()
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[test]
fn every_competence_is_developed_by_at_least_one_route() {
    for (path, _, fw) in all() {
        let missing: Vec<_> = fw
            .competences
            .iter()
            .filter(|c| {
                let level = fw.level(&c.level).map_or(0, |l| l.career_level);
                !fw.routes.iter().any(|r| r.develops(c, level))
            })
            .map(|c| c.id.to_string())
            .collect();
        assert!(missing.is_empty(), "{path}: no route develops {missing:?}");
    }
}

#[test]
fn every_level_has_indicative_education_and_competences_in_every_domain() {
    for (path, _, fw) in all() {
        for level in &fw.levels {
            assert!(
                !level.education.is_empty(),
                "{path}: {} lists no education",
                level.id
            );
            assert!(
                !level.description.trim().is_empty(),
                "{path}: {} has no description",
                level.id
            );
            let domains: BTreeSet<_> = fw.competences_of(&level.id).map(|c| &c.domain).collect();
            assert_eq!(
                domains.len(),
                fw.domains.len(),
                "{path}: {} misses a domain",
                level.id
            );
        }
    }
}

#[test]
fn every_route_and_framework_names_an_official_source_and_when_it_was_checked() {
    for (path, _, fw) in all() {
        assert!(fw.meta.source_url.starts_with("https://"), "{path}");
        assert!(
            is_date(&fw.meta.checked),
            "{path}: checked {:?}",
            fw.meta.checked
        );
        for r in &fw.routes {
            assert!(
                r.source_url.starts_with("https://"),
                "{path}: {} source {:?}",
                r.id,
                r.source_url
            );
            assert!(
                is_date(&r.checked),
                "{path}: {} checked {:?}",
                r.id,
                r.checked
            );
            assert!(
                !r.entry.trim().is_empty(),
                "{path}: {} has no entry requirements",
                r.id
            );
            assert!(
                !r.provider.trim().is_empty(),
                "{path}: {} names no provider or standard",
                r.id
            );
            assert!(
                !r.develops_competences.is_empty() || !r.develops_domains.is_empty(),
                "{path}: {} develops nothing",
                r.id
            );
        }
    }
}

#[test]
fn level_numbers_always_say_which_scale_they_are_on() {
    // "level 5" alone could be a career level or a qualification level: say which.
    let qualified = [
        "career ",
        "rqf ",
        "qualification ",
        "apprenticeship ",
        "training ",
    ];
    for (path, text, _) in all() {
        let lower = text.to_lowercase();
        let bare: Vec<String> = lower
            .match_indices("level ")
            .filter(|(i, _)| lower[i + 6..].starts_with(|c: char| c.is_ascii_digit()))
            .filter(|(i, _)| !qualified.iter().any(|q| lower[..*i].ends_with(q)))
            .map(|(i, _)| {
                let line = lower[..i].matches('\n').count() + 1;
                format!(
                    "line {line}: {}",
                    &text[i.saturating_sub(30)..(i + 12).min(text.len())]
                )
            })
            .collect();
        assert!(
            bare.is_empty(),
            "{path}: bare level numbers:\n{}",
            bare.join("\n")
        );
    }
}

#[test]
fn the_mental_health_nursing_ladder_runs_from_support_worker_to_director() {
    let (_, fw) = read("content/mhn.toml");
    let career_levels: BTreeSet<u8> = fw.levels.iter().map(|l| l.career_level).collect();
    assert_eq!(career_levels, (2..=9).collect(), "career levels 2 to 9");
    for level in &fw.levels {
        let core = fw
            .competences_of(&level.id)
            .filter(|c| c.areas.is_empty())
            .count();
        assert!(
            core >= 10,
            "{} has {core} competences that apply to everyone",
            level.id
        );
    }
    assert!(
        fw.competences.len() >= 180,
        "{} competences",
        fw.competences.len()
    );
    assert!(fw.routes.len() >= 25, "{} routes", fw.routes.len());
    assert!(fw.areas.len() >= 8, "areas of practice");
    for route in ["clinical", "managerial"] {
        assert!(fw
            .levels
            .iter()
            .any(|l| format!("{:?}", l.route).eq_ignore_ascii_case(route)));
    }
}

/// Career levels 5 and 6 are the core of HEE's framework: a newly registered nurse, and the
/// senior clinical and managerial roles after it, each need enough to rate honestly.
#[test]
fn the_registered_nurse_levels_are_deep_and_the_specialist_level_has_area_competences() {
    let (_, fw) = read("content/mhn.toml");
    for id in ["l5", "l6c", "l6m"] {
        let core = fw
            .competences_of(&LevelId::new(id))
            .filter(|c| c.areas.is_empty())
            .count();
        assert!(
            core >= 14,
            "{id} has {core} competences that apply to everyone"
        );
    }
    let specific = fw
        .competences_of(&LevelId::new("l6c"))
        .filter(|c| !c.areas.is_empty())
        .count();
    assert!(
        specific >= 2,
        "l6c has {specific} competences for areas of practice"
    );
}

/// The NMC registers nursing associates without a field of practice.
#[test]
fn the_nursing_associate_level_names_no_field_of_practice() {
    let (_, fw) = read("content/mhn.toml");
    let level = fw
        .level(&LevelId::new("l4na"))
        .expect("the nursing associate level");
    assert!(
        !level.name.to_lowercase().contains("mental health"),
        "{:?}",
        level.name
    );
}

/// The words of a statement, lowercased, without punctuation.
fn words(statement: &str) -> Vec<String> {
    statement
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A statement copied to another level says nothing about growth, and the person rates the same
/// thing twice. Near copies count too: most of the words shared (word-set overlap of 0.6 or
/// more; the closest pair in the content today is under 0.45).
#[test]
fn no_statement_repeats_one_at_another_level() {
    for (path, _, fw) in all() {
        let statements: Vec<_> = fw
            .competences
            .iter()
            .map(|c| {
                let w = words(&c.statement);
                let set: BTreeSet<String> = w.iter().cloned().collect();
                (c, w.join(" "), set)
            })
            .collect();
        let mut repeats = Vec::new();
        for (i, (a, text_a, set_a)) in statements.iter().enumerate() {
            for (b, text_b, set_b) in &statements[i + 1..] {
                if a.level == b.level {
                    continue;
                }
                let shared = set_a.intersection(set_b).count() as f64;
                let overlap = shared / set_a.union(set_b).count().max(1) as f64;
                if text_a == text_b || overlap >= 0.6 {
                    repeats.push(format!("{} and {} ({overlap:.2})", a.id, b.id));
                }
            }
        }
        assert!(
            repeats.is_empty(),
            "{path}: statements repeated across levels:\n{}",
            repeats.join("\n")
        );
    }
}

#[test]
fn every_area_of_practice_has_competences() {
    for (path, _, fw) in all() {
        for area in &fw.areas {
            assert!(
                fw.competences.iter().any(|c| c.areas.contains(&area.id)),
                "{path}: no competence for the area {:?}",
                area.name
            );
        }
    }
}

/// The same route in two frameworks is the same thing: it must not be a regulatory requirement
/// in one and in-work learning in the other.
#[test]
fn a_route_in_two_frameworks_is_the_same_kind_in_both() {
    let frameworks = all();
    for (i, (path_a, _, a)) in frameworks.iter().enumerate() {
        for (path_b, _, b) in &frameworks[i + 1..] {
            for ra in &a.routes {
                for rb in b.routes.iter().filter(|rb| rb.id == ra.id) {
                    assert_eq!(
                        ra.kind, rb.kind,
                        "route {:?} in {path_a} and {path_b}",
                        ra.id
                    );
                    assert_eq!(
                        ra.audience.everyone, rb.audience.everyone,
                        "route {:?} is mandatory for everyone in one of {path_a} and {path_b} only",
                        ra.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_career_map_offers_every_level_a_way_to_grow() {
    let (_, fw) = read("content/mhn.toml");
    let top = fw.levels.iter().map(|l| l.career_level).max().unwrap_or(0);
    for level in &fw.levels {
        let moves: Vec<_> = fw.moves_from(&level.id).collect();
        // A returning starting point is not a role to grow in: its one move is back to the
        // role whose competences it rates.
        if let Some(rated) = &level.rates {
            assert!(
                moves.len() == 1
                    && moves[0].kind == MoveKind::Return
                    && moves[0].to == Destination::Level(rated.clone()),
                "{}: its one move is the return to {rated}",
                level.id
            );
            continue;
        }
        assert!(
            moves.iter().any(|m| m.kind == MoveKind::Stay),
            "{}: no way to grow in post",
            level.id
        );
        if level.career_level < top {
            assert!(
                moves.iter().any(|m| m.kind == MoveKind::Up),
                "{}: no move up",
                level.id
            );
        }
    }
    let outside: Vec<_> = fw
        .moves
        .iter()
        .filter(|m| matches!(m.to, Destination::Role(_)))
        .collect();
    assert!(
        outside.len() >= 4,
        "moves across into other professions and roles"
    );
    assert!(fw
        .links
        .iter()
        .any(|l| format!("{:?}", l.kind) == "Vacancies"));
    assert!(fw
        .links
        .iter()
        .any(|l| format!("{:?}", l.kind) == "DayInTheLife"));
}

#[test]
fn the_care_certificate_has_its_16_standards() {
    let (_, fw) = read("content/care-certificate.toml");
    assert_eq!(fw.domains.len(), 16);
    assert_eq!(fw.levels.len(), 1);
}

/// The rating page opens built-in frameworks abridged, without their career map, and offers
/// the map only if the built-in list says the complete file has one.
#[test]
fn the_built_in_list_says_which_frameworks_have_a_career_map() {
    for b in BUILT_INS {
        let (_, fw) = read(b.path);
        assert_eq!(
            b.has_career_map,
            !fw.moves.is_empty(),
            "{}: has_career_map in BUILT_INS",
            b.id
        );
    }
}

/// Suggestions leave out routes a person is past and show apart those they are not yet at:
/// every apprenticeship and qualification on a career ladder says which roles start it, and
/// a route that leads to a role never starts from it.
#[test]
fn every_apprenticeship_and_qualification_says_who_can_start_it() {
    let (_, fw) = read("content/mhn.toml");
    for r in &fw.routes {
        let long = matches!(
            r.kind,
            stepwise::domain::framework::RouteKind::Apprenticeship
                | stepwise::domain::framework::RouteKind::Qualification
        );
        assert!(
            !long || !r.audience.from.is_empty(),
            "{} names no for_levels",
            r.id
        );
        for l in &r.audience.leads_to {
            assert!(
                !r.audience.from.contains(l),
                "{} starts from {l}, the level it leads to",
                r.id
            );
        }
    }
    // Mandatory training is marked, so that it is shown apart and never ranked first.
    let everyone: Vec<&str> = fw
        .routes
        .iter()
        .filter(|r| r.audience.everyone)
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        everyone.contains(&"oliver-mcgowan-training"),
        "{everyone:?}"
    );
}
