//! Reading framework files: the built-in one is valid, and every kind of mistake in a file is
//! reported with its line and place, all at once.

mod common;

use common::{issues, line_of, small, small_with, SMALL};
use stepwise::domain::framework::content::parse;

const BUILT_IN: &str = include_str!("../content/mhn.toml");
use stepwise::domain::error::Problem;
use stepwise::domain::framework::{CareerRoute, MoveKind};
use stepwise::domain::{Error, LevelId};

#[test]
fn the_built_in_framework_is_valid_and_covers_two_levels() {
    let fw = parse(BUILT_IN).unwrap_or_else(|e| panic!("built-in framework: {e}: {e:?}"));
    assert!(fw.levels.iter().any(|l| l.career_level == 5));
    assert!(fw.levels.iter().any(|l| l.career_level == 6));
    for level in &fw.levels {
        let competences: Vec<_> = fw.competences_of(&level.id).collect();
        assert!(
            competences.len() >= 8,
            "{} has {}",
            level.id,
            competences.len()
        );
        let mut domains: Vec<_> = competences.iter().map(|c| &c.domain).collect();
        domains.sort();
        domains.dedup();
        assert!(
            domains.len() >= 4,
            "{} covers {} domains",
            level.id,
            domains.len()
        );
        assert!(
            !level.education.is_empty(),
            "{} lists no education",
            level.id
        );
    }
    assert!(fw.routes.len() >= 6);
    assert!(fw.scale.bar().is_some());
}

#[test]
fn every_built_in_competence_is_developed_by_a_route() {
    let fw = parse(BUILT_IN).unwrap();
    for c in &fw.competences {
        let level = fw.level(&c.level).unwrap().career_level;
        assert!(
            fw.routes.iter().any(|r| r.develops(c, level)),
            "no route develops {}",
            c.id
        );
    }
}

#[test]
fn the_small_framework_reads_every_field() {
    let fw = small();
    assert_eq!(fw.meta.id, "test");
    assert_eq!(fw.meta.reach_percent, 100, "defaults to every competence");
    assert_eq!(fw.scale.values.len(), 4);
    assert_eq!(fw.scale.bar().map(|v| v.label.as_str()), Some("Competent"));
    let b = fw.level(&LevelId::new("b")).unwrap();
    assert_eq!(b.route, CareerRoute::Clinical);
    assert_eq!(b.title(), "Career level 6: Senior nurse");
    assert_eq!(fw.competences_of(&LevelId::new("a")).count(), 3);
    assert_eq!(fw.routes[0].develops_domains.len(), 1);
    assert_eq!(
        fw.competences[0].indicators,
        vec!["A care plan".to_string()]
    );
}

#[test]
fn the_next_level_up_follows_the_route_and_moves_are_named() {
    let fw = small();
    let id = LevelId::new;
    assert_eq!(fw.next_level_up(&id("a")).map(|l| l.id.as_str()), Some("b"));
    assert_eq!(fw.next_level_up(&id("b")), None, "top of the ladder");
    assert_eq!(fw.move_kind(&id("a"), &id("a")), Some(MoveKind::Stay));
    assert_eq!(fw.move_kind(&id("a"), &id("m")), Some(MoveKind::Up));
    assert_eq!(fw.move_kind(&id("b"), &id("m")), Some(MoveKind::Across));
    assert_eq!(fw.move_kind(&id("m"), &id("a")), Some(MoveKind::Down));
}

#[test]
fn a_duplicate_id_is_reported_at_its_second_use() {
    let text = small_with("id = \"a.care.2\"", "id = \"a.care.1\"");
    let found = issues(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].problem,
        Problem::DuplicateId {
            id: "a.care.1".into()
        }
    );
    assert!(found[0].place.contains("competences entry 2"));
    // Reported at the [[competences]] header of the second entry, just above its id.
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "id = \"a.care.1\"")
        .nth(1)
        .map(|(i, _)| i + 1)
        .unwrap();
    assert_eq!(found[0].line, second - 1);
}

#[test]
fn a_dangling_reference_names_what_is_missing_and_where() {
    let text = small_with(
        "develops_competences = [\"b.care.1\"]",
        "develops_competences = [\"b.care.9\"]",
    );
    let found = issues(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].problem,
        Problem::UnknownReference {
            kind: "competence",
            id: "b.care.9".into()
        }
    );
    assert!(found[0].place.contains("\"complex\""));
    assert!(found[0]
        .to_string()
        .starts_with(&format!("Line {}", found[0].line)));
}

#[test]
fn a_competence_in_an_unknown_level_or_domain_is_reported() {
    let text = small_with(
        "level = \"a\"\ndomain = \"lead\"",
        "level = \"z\"\ndomain = \"nope\"",
    );
    let found = issues(&text);
    let problems: Vec<_> = found.iter().map(|i| i.problem.clone()).collect();
    assert!(problems.contains(&Problem::UnknownLevel { id: "z".into() }));
    assert!(problems.contains(&Problem::UnknownReference {
        kind: "domain",
        id: "nope".into()
    }));
}

#[test]
fn an_empty_statement_is_reported_with_its_line() {
    let text = small_with("statement = \"I review care.\"", "statement = \"  \"");
    let found = issues(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].problem, Problem::Empty { field: "statement" });
    assert_eq!(found[0].line, line_of(&text, "statement = \"  \""));
}

#[test]
fn a_career_level_outside_1_to_9_is_unknown() {
    let found = issues(&small_with("career_level = 5", "career_level = 12"));
    assert!(found
        .iter()
        .any(|i| i.problem == Problem::UnknownCareerLevel { level: 12 }));
}

#[test]
fn a_scale_without_a_met_value_is_reported() {
    let text = SMALL.replace("met = true", "met = false");
    let found = issues(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].problem, Problem::ScaleWithoutMet);
}

#[test]
fn a_duplicate_scale_value_is_reported() {
    let found = issues(&small_with("value = 3", "value = 2"));
    assert!(found
        .iter()
        .any(|i| i.problem == Problem::DuplicateScaleValue { value: 2 }));
}

#[test]
fn a_level_or_domain_with_nothing_in_it_is_reported() {
    let text = small_with(
        "[[domains]]\nid = \"learn\"",
        "[[levels]]\nid = \"empty\"\ncareer_level = 7\nname = \"Empty\"\nroute = \"both\"\n\n[[domains]]\nid = \"unused\"\nname = \"Unused\"\n\n[[domains]]\nid = \"learn\"",
    );
    let problems: Vec<_> = issues(&text).into_iter().map(|i| i.problem).collect();
    assert!(problems.contains(&Problem::EmptyLevel));
    assert!(problems.contains(&Problem::EmptyDomain));
}

#[test]
fn typos_in_field_names_and_wrong_types_are_reported() {
    let text = small_with("duration = \"3 days\"", "durration = \"3 days\"");
    let problems: Vec<_> = issues(&text).into_iter().map(|i| i.problem).collect();
    assert!(problems.contains(&Problem::UnknownField {
        field: "durration".into()
    }));
    assert!(problems.contains(&Problem::Missing { field: "duration" }));

    let text = small_with(
        "met = false\n\n[[scale]]\nvalue = 1",
        "met = \"no\"\n\n[[scale]]\nvalue = 1",
    );
    let problems: Vec<_> = issues(&text).into_iter().map(|i| i.problem).collect();
    assert!(problems.contains(&Problem::WrongType {
        field: "met".into(),
        expected: "true or false",
        found: "text"
    }));
}

#[test]
fn unknown_choices_list_what_is_allowed() {
    let found = issues(&small_with("kind = \"programme\"", "kind = \"course\""));
    let message = found[0].to_string();
    assert!(message.contains("\"course\""), "{message}");
    assert!(message.contains("apprenticeship"), "{message}");
}

#[test]
fn a_reversed_level_range_and_a_bad_reach_percent_are_reported() {
    let text = small_with("career_levels = [6, 7]", "career_levels = [7, 6]").replace(
        "checked = \"2026-11-23\"\n\n[[scale]]",
        "checked = \"2026-11-23\"\nreach_percent = 0\n\n[[scale]]",
    );
    let problems: Vec<_> = issues(&text).into_iter().map(|i| i.problem).collect();
    assert!(problems.contains(&Problem::BadLevelRange { from: 7, to: 6 }));
    assert!(problems.contains(&Problem::BadReachPercent { value: 0 }));
}

#[test]
fn every_problem_is_reported_at_once_in_line_order() {
    let text = small_with("statement = \"I give care.\"", "statement = \"\"").replace(
        "develops_domains = [\"lead\"]",
        "develops_domains = [\"nowhere\"]",
    );
    let found = issues(&text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].line < found[1].line);
}

#[test]
fn missing_sections_are_reported() {
    let found = issues("[framework]\nid = \"x\"\ntitle = \"x\"\nversion = \"1\"\nsource_url = \"u\"\nchecked = \"d\"\n");
    let problems: Vec<_> = found.into_iter().map(|i| i.problem).collect();
    for name in ["scale", "levels", "domains", "competences"] {
        assert!(
            problems.contains(&Problem::MissingSection { name }),
            "{name}"
        );
    }
}

#[test]
fn a_syntax_error_gives_its_line() {
    let text = small_with("title = \"Test framework\"", "title = \"Test framework");
    match parse(&text) {
        Err(Error::FrameworkUnreadable(message)) => {
            assert!(
                message.starts_with(&format!("line {}:", line_of(&text, "title = \"Test"))),
                "{message}"
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn every_error_has_a_message_and_advice() {
    let errors = [
        Error::FrameworkUnreadable("x".into()),
        Error::FrameworkInvalid(vec![]),
        Error::SavedDataUnreadable { reason: "x".into() },
        Error::SavedDataTooNew { found: 9 },
        Error::SavedDataOtherFramework { found: "x".into() },
        Error::StorageUnavailable,
        Error::StorageRefused,
        Error::FrameworkFetch {
            url: "u".into(),
            reason: "r".into(),
        },
        Error::FileUnreadable {
            name: "n".into(),
            reason: "r".into(),
        },
        Error::ReportUnreadable { reason: "r".into() },
        Error::ReportDamaged,
        Error::ReportOtherFramework { found: "x".into() },
        Error::DownloadFailed,
        Error::FullModuleUnavailable { reason: "r".into() },
        Error::ResumeTooLong {
            length: 5000,
            limit: 4096,
        },
    ];
    for e in errors {
        assert!(e.to_string().len() > 10, "{e:?}");
        assert!(e.advice().len() > 20, "{e:?}");
    }
}

#[test]
fn who_a_route_is_for_names_known_levels_and_fits_the_moves_that_list_it() {
    let mut text = small_with(
        "develops_competences = [\"b.care.1\"]",
        "develops_competences = [\"b.care.1\"]\nfor_levels = [\"b\", \"zz\"]\nleads_to = [\"qq\"]",
    );
    text.push_str(
        "\n[[moves]]\nfrom = \"a\"\nto = \"b\"\nkind = \"up\"\nrequires = \"A post.\"\nroutes = [\"supervision\", \"complex\"]\n",
    );
    let found = issues(&text);
    // A route's problems are reported at its [[routes]] line, just above its id.
    let route_line = line_of(&text, "id = \"complex\"") - 1;
    let move_line = line_of(&text, "[[moves]]");
    let at = |line: usize| -> Vec<Problem> {
        found
            .iter()
            .filter(|i| i.line == line)
            .map(|i| i.problem.clone())
            .collect()
    };
    assert_eq!(
        at(route_line),
        [
            Problem::UnknownReference {
                kind: "level",
                id: "zz".into()
            },
            Problem::UnknownReference {
                kind: "level",
                id: "qq".into()
            }
        ]
    );
    // The career map would send someone at "a" to a route that starts from "b" only.
    assert_eq!(
        at(move_line),
        [Problem::RouteNotForMove {
            route: "complex".into(),
            level: "a".into()
        }]
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().any(|i| i
        .to_string()
        .contains("someone at the level \"a\" cannot start")));
}

#[test]
fn who_a_route_is_for_is_read_from_the_file() {
    let text = small_with(
        "develops_competences = [\"b.care.1\"]",
        "develops_competences = [\"b.care.1\"]\nfor_levels = [\"a\"]\nleads_to = [\"b\"]\neveryone = true",
    );
    let fw = parse(&text).unwrap();
    let r = fw
        .routes
        .iter()
        .find(|r| r.id.as_str() == "complex")
        .unwrap();
    assert_eq!(r.audience.from, [LevelId::new("a")]);
    assert_eq!(r.audience.leads_to, [LevelId::new("b")]);
    assert!(r.audience.everyone);
    // And through the compiled form the rating page reads.
    let compiled = stepwise::domain::framework::compact::encode(
        &fw,
        stepwise::domain::framework::compact::Form::Complete,
    );
    let back = stepwise::domain::framework::compact::decode(&compiled).unwrap();
    assert_eq!(back.routes, fw.routes);
}

#[test]
fn a_pay_band_a_route_is_open_from_must_be_an_agenda_for_change_band() {
    let with = |band: &str| {
        small_with(
            "develops_competences = [\"b.care.1\"]",
            &format!("develops_competences = [\"b.care.1\"]\nfrom_band = \"{band}\""),
        )
    };
    for good in ["7", "8a", "9"] {
        parse(&with(good)).unwrap_or_else(|e| panic!("{good}: {e:?}"));
    }
    for bad in ["8e", "band 7", "10"] {
        let found = issues(&with(bad));
        assert!(
            found.iter().any(|i| i.problem
                == Problem::BadPayBand {
                    band: bad.to_string()
                }),
            "{bad}: {found:?}"
        );
    }
    assert_eq!(
        parse(&with("7"))
            .unwrap()
            .routes
            .iter()
            .find_map(|r| r.audience.from_band())
            .map(|b| b.to_string()),
        Some("7".to_string())
    );
}
