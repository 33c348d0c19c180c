//! Snapshots, comparisons and the manager's team view.

mod common;

use stepwise::domain::assessment::compare::compare;
use stepwise::domain::records::history::{self, Snapshot};
use stepwise::domain::records::report::{export_json, ReportInfo};
use stepwise::domain::records::store::{KeyValue, MemoryStore};
use stepwise::domain::records::team::{
    heatmap, heatmap_csv, load, needs_csv, training_needs, Against, Team,
};
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};

fn person(name: &str, current: &str, ratings: &[(&str, u8)]) -> (String, String) {
    let fw = common::small();
    let mut a = Assessment {
        current: Some(LevelId::new(current)),
        ..Assessment::default()
    };
    for (c, v) in ratings {
        a.rate(CompetenceId::new(*c), *v);
    }
    let info = ReportInfo {
        person: name.into(),
        date: "2026-11-23".into(),
    };
    (format!("{name}.json"), export_json(&fw, &a, &info))
}

#[test]
fn snapshots_are_kept_in_order_and_an_unreadable_history_is_not_overwritten() {
    let fw = common::small();
    let store = MemoryStore::default();
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("a.care.1"), 1);
    for label in ["first", "second"] {
        let snap = Snapshot {
            taken: "2026-11-23T10:00:00Z".into(),
            label: label.into(),
            assessment: a.clone(),
        };
        history::add(&store, "stepwise:test", &fw.meta, &snap).unwrap();
        a.rate(CompetenceId::new("a.care.1"), 2);
    }
    let all = history::load(&store, "stepwise:test", &fw.meta).unwrap();
    assert_eq!(
        all.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
        ["first", "second"]
    );
    assert_eq!(
        all[1].assessment.rating(&CompetenceId::new("a.care.1")),
        Some(2)
    );

    store.set("stepwise:test:history", "[broken").unwrap();
    let snap = all[0].clone();
    assert!(matches!(
        history::add(&store, "stepwise:test", &fw.meta, &snap),
        Err(Error::SavedDataUnreadable { .. })
    ));
    assert_eq!(
        store.get("stepwise:test:history").unwrap().as_deref(),
        Some("[broken")
    );
}

#[test]
fn a_comparison_shows_what_moved_in_each_domain() {
    let fw = common::small();
    let mut before = Assessment::default();
    before.rate(CompetenceId::new("b.care.1"), 1);
    before.rate(CompetenceId::new("b.lead.1"), 2);
    let mut after = before.clone();
    after.rate(CompetenceId::new("b.care.1"), 3);
    after.rate(CompetenceId::new("b.lead.1"), 0);
    let changes = compare(&fw, &before, &after, &LevelId::new("b"));
    let described: Vec<_> = changes
        .iter()
        .map(|c| (c.domain.as_str(), c.describe()))
        .collect();
    assert_eq!(
        described,
        [
            ("care", "1 more met".to_string()),
            ("lead", "1 fewer met".to_string()),
            ("learn", "no change".to_string())
        ]
    );
}

#[test]
fn the_team_view_loads_good_reports_and_lists_bad_ones_with_reasons() {
    let fw = common::small();
    let files = vec![
        person("Ann", "a", &[("b.care.1", 0), ("b.lead.1", 1)]),
        person("Ben", "a", &[("b.lead.1", 2), ("b.learn.1", 1)]),
        ("broken.json".to_string(), "{not json".to_string()),
        {
            let (name, text) = person("Cat", "b", &[]);
            (name, text.replace("\"Cat\"", "\"Kat\""))
        },
    ];
    let (members, rejected) = load(&fw, &files);
    assert_eq!(
        members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        ["Ann", "Ben"]
    );
    assert_eq!(rejected.len(), 2);
    assert_eq!(rejected[0].file, "broken.json");
    assert!(rejected[0].error.to_string().contains("not valid JSON"));
    assert_eq!(rejected[1].error, Error::ReportDamaged);

    let heat = heatmap(&members, Against::Aim);
    // Both aim for b; domains care, lead, learn each have one competence there.
    assert_eq!(heat[0].cells, vec![Some(0), Some(0), Some(0)]);
    assert_eq!(heat[1].cells, vec![Some(0), Some(100), Some(0)]);

    let needs = training_needs(&fw, members.iter().enumerate());
    let ranked: Vec<_> = needs
        .iter()
        .map(|n| (n.route.as_str(), names(&members, &n.people)))
        .collect();
    assert_eq!(
        ranked[0],
        ("teaching", vec!["Ann".to_string(), "Ben".to_string()])
    );
    assert!(ranked.contains(&("complex", vec!["Ann".to_string()])));
    let csv = needs_csv(&fw, &members, &needs);
    assert!(
        csv.starts_with(
            "route,kind,type,duration,funding,provider,people,gaps closed,names\r\nTeaching course,Qualification,development,1 year,Employer,,2,2,Ann; Ben\r\n"
        ),
        "{csv}"
    );
}

#[test]
fn the_same_report_loaded_twice_is_named_and_counted_once() {
    let fw = common::small();
    let jo = person("Jo Bloggs", "a", &[("b.care.1", 2)]);
    let ann = person("Ann", "a", &[]);
    let (members, _) = load(&fw, &[jo.clone(), ann.clone(), jo.clone()]);
    assert_eq!(members.len(), 2, "Jo is counted once");
    let mut team = Team::default();
    // Twice in one choice of files, and once more later under another file name.
    team.add(&fw, &[jo.clone(), ann, jo.clone()]);
    team.add(&fw, &[("copy of jo.json".to_string(), jo.1.clone())]);
    assert_eq!(
        team.members
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>(),
        ["Jo Bloggs", "Ann"]
    );
    let said: Vec<String> = team
        .duplicates
        .iter()
        .map(|d| format!("{}{}", d.name, d.what()))
        .collect();
    assert_eq!(
        said,
        vec!["Jo Bloggs, 2026-11-23: the same report was loaded twice; counted once"; 2]
    );
    assert_eq!(heatmap(&team.members, Against::Aim).len(), 2);

    // Another report of the same person and day, with different ratings, is not a duplicate.
    team.add(&fw, &[person("Jo Bloggs", "a", &[("b.care.1", 3)])]);
    assert_eq!(team.members.len(), 3);
    assert_eq!(team.duplicates.len(), 2);
}

/// A team with nothing in it but the team file `text`, opened as team.jsonl.
fn opened(fw: &stepwise::domain::Framework, text: String) -> Team {
    let mut team = Team::default();
    team.add(fw, &[("team.jsonl".to_string(), text)]);
    team
}

#[test]
fn a_team_saved_as_one_file_opens_as_the_same_team() {
    let fw = common::small();
    let files = vec![
        person("Ann", "a", &[("b.care.1", 0), ("b.lead.1", 1)]),
        // A name with a line break and quotes stays on its own line of the team file.
        person("Ben \"B\"\nBrown", "a", &[("b.lead.1", 2)]),
        person("Cat", "b", &[]),
    ];
    let mut team = Team::default();
    team.add(&fw, &files);
    let saved = team.to_file();
    assert_eq!(
        saved.lines().count(),
        4,
        "a first line, then one line a report"
    );
    assert!(saved.starts_with("{\"kind\":\"stepwise-team\",\"format\":1,\"reports\":3}\n"));

    let again = opened(&fw, saved);
    assert_eq!(again.rejected, []);
    assert_eq!(
        again
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>(),
        ["Ann", "Ben \"B\"\nBrown", "Cat"]
    );
    assert_eq!(
        again
            .members
            .iter()
            .map(|m| m.file.as_str())
            .collect::<Vec<_>>(),
        ["Ann.json", "Ben \"B\"\nBrown.json", "Cat.json"]
    );
    assert_eq!(
        heatmap(&again.members, Against::Aim),
        heatmap(&team.members, Against::Aim)
    );
}

#[test]
fn a_broken_line_of_a_team_file_is_named_and_the_rest_still_open() {
    let fw = common::small();
    let mut team = Team::default();
    team.add(
        &fw,
        &[
            person("Ann", "a", &[]),
            person("Ben", "a", &[("b.lead.1", 2)]),
        ],
    );
    let saved = team.to_file();
    let mut lines: Vec<&str> = saved.lines().collect();
    lines[1] = "{\"file\":\"Ann.json\",\"text\":";
    let broken = lines.join("\n");
    let again = opened(&fw, broken);
    assert_eq!(
        again
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>(),
        ["Ben"]
    );
    assert_eq!(again.rejected.len(), 1);
    assert_eq!(again.rejected[0].file, "team.jsonl, line 2");
    assert!(again.rejected[0]
        .error
        .to_string()
        .contains("this line of the team file is not a report"));

    // A report changed inside a team file is still caught by its own checksum.
    let changed = saved.replacen("Ben", "Bob", 2);
    let again = opened(&fw, changed);
    assert_eq!(again.rejected.len(), 1);
    assert_eq!(again.rejected[0].error, Error::ReportDamaged);

    // A team file from a newer Stepwise is refused whole, saying why.
    let newer = saved.replacen("\"format\":1", "\"format\":2", 1);
    let again = opened(&fw, newer);
    assert!(again.members.is_empty());
    assert!(again.rejected[0]
        .error
        .to_string()
        .contains("team format 2"));
}

#[test]
fn the_heatmap_measures_against_the_aim_or_the_current_role_and_exports_as_csv() {
    let fw = common::small();
    // Ann is secure in her role (a) and has begun on her aim (b).
    let ann = person(
        "Ann",
        "a",
        &[
            ("a.care.1", 2),
            ("a.care.2", 3),
            ("a.lead.1", 2),
            ("b.care.1", 2),
        ],
    );
    let (members, _) = load(&fw, &[ann]);

    let aim = heatmap(&members, Against::Aim);
    assert_eq!(aim[0].level.as_ref().map(|l| l.as_str()), Some("b"));
    assert_eq!(aim[0].cells, vec![Some(100), Some(0), Some(0)]);

    let current = heatmap(&members, Against::Current);
    assert_eq!(current[0].level.as_ref().map(|l| l.as_str()), Some("a"));
    // Level a has no learning competence: that cell is empty, not 0%.
    assert_eq!(current[0].cells, vec![Some(100), Some(100), None]);

    let csv = heatmap_csv(&fw, &current, Against::Current);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("person,current role,"));
    // Then each domain's supervisor-confirmed share: empty, as Ann's report has no review.
    assert_eq!(
        lines.next().unwrap(),
        "Ann,Career level 5: Nurse,100,100,,,,"
    );
}

#[test]
fn training_needs_rank_by_gaps_closed_and_keep_mandatory_training_apart() {
    // Ann has two gaps at the level she aims for and Ben one. A mandatory induction suits
    // both of their roles, whatever their gaps.
    let text = common::small_with(
        "[[routes]]\nid = \"teaching\"",
        "[[routes]]\nid = \"induction\"\ntitle = \"Induction\"\nkind = \"in-work\"\ncareer_levels = [5, 6]\nduration = \"A day\"\nentry = \"\"\nfunding = \"Employer\"\nprovider = \"Employer\"\nsource_url = \"https://example.org/\"\nchecked = \"2026-11-23\"\nsummary = \"Mandatory\"\neveryone = true\ndevelops_domains = [\"care\"]\n\n[[routes]]\nid = \"teaching\"",
    );
    let fw = stepwise::domain::framework::content::parse(&text).expect("parses");
    let people = [
        ("Ann", vec![("b.lead.1", 0), ("b.learn.1", 0)]),
        ("Ben", vec![("b.lead.1", 0)]),
    ];
    let files: Vec<(String, String)> = people
        .iter()
        .map(|(name, ratings)| {
            let mut a = Assessment {
                current: Some(LevelId::new("a")),
                ..Assessment::default()
            };
            for (c, v) in ratings {
                a.rate(CompetenceId::new(*c), *v);
            }
            let info = ReportInfo {
                person: (*name).into(),
                date: "2026-11-23".into(),
            };
            (format!("{name}.json"), export_json(&fw, &a, &info))
        })
        .collect();
    let (members, rejected) = load(&fw, &files);
    assert_eq!(rejected, []);
    let needs = training_needs(&fw, members.iter().enumerate());
    let development: Vec<_> = needs.iter().filter(|n| !n.mandatory).collect();
    assert!(development
        .windows(2)
        .all(|w| (w[0].gaps, w[0].people.len()) >= (w[1].gaps, w[1].people.len())));
    let mandatory: Vec<_> = needs.iter().filter(|n| n.mandatory).collect();
    assert_eq!(mandatory.len(), 1);
    assert_eq!(mandatory[0].route.as_str(), "induction");
    assert_eq!(names(&members, &mandatory[0].people), ["Ann", "Ben"]);
    assert!(
        needs.last().is_some_and(|n| n.mandatory),
        "mandatory training comes after the development routes"
    );
    let csv = needs_csv(&fw, &members, &needs);
    assert!(
        csv.contains("Induction,In-work learning,mandatory,A day,Employer,Employer,2,0,Ann; Ben"),
        "{csv}"
    );
}

/// The names of the members at `people`, as a need lists them.
fn names(members: &[stepwise::domain::records::team::Member], people: &[usize]) -> Vec<String> {
    people.iter().map(|&i| members[i].name.clone()).collect()
}
