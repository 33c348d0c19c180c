//! Settings from the embedding page and the messages the widget exchanges with it.

mod common;

use stepwise::domain::embedding::messages::{
    command, complete, is_complete, progress, ready, to_json, Command,
};
use stepwise::domain::embedding::settings::Settings;
use stepwise::domain::{Assessment, CompetenceId, LevelId};

fn settings(pairs: &[(&str, &str)]) -> Settings {
    Settings::read(|name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    })
}

#[test]
fn settings_are_read_from_the_page_with_sensible_defaults() {
    let s = settings(&[
        ("framework", "mhn"),
        ("levels", "l5, l6c,l6m"),
        ("current", "l5"),
        ("target", " "),
        ("mode", "Review"),
        (
            "origins",
            "https://lms.example.ac.uk/, javascript:alert(1) http://moodle.local",
        ),
    ]);
    assert_eq!(s.framework.as_deref(), Some("mhn"));
    assert_eq!(
        s.levels,
        vec![LevelId::new("l5"), LevelId::new("l6c"), LevelId::new("l6m")]
    );
    assert_eq!(s.current, Some(LevelId::new("l5")));
    assert_eq!(s.target, None, "blank means unset");
    assert!(s.review);
    assert_eq!(
        s.allowed_origins,
        vec!["https://lms.example.ac.uk", "http://moodle.local"]
    );
    assert!(s.allows("http://moodle.local", "https://app.example"));
    assert!(
        s.allows("https://app.example", "https://app.example"),
        "its own origin always"
    );
    assert!(!s.allows("https://evil.example", "https://app.example"));
    assert_eq!(settings(&[]), Settings::default());
}

#[test]
fn restricting_levels_keeps_their_competences_and_moves_and_hides_nothing_saved() {
    let fw = common::small();
    let only = fw.restrict(&[LevelId::new("a"), LevelId::new("b")]);
    assert_eq!(only.levels.len(), 2);
    assert!(only.competence(&CompetenceId::new("m.lead.1")).is_none());
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("m.lead.1"), 2);
    assert!(
        a.orphans(&only).is_empty(),
        "a hidden level's ratings are not reported as lost"
    );
    assert_eq!(
        fw.restrict(&[LevelId::new("nope")]).levels.len(),
        3,
        "nothing valid keeps everything"
    );
}

#[test]
fn messages_have_a_versioned_shape_and_completion_needs_every_rating() {
    let fw = common::small();
    let hello = to_json(&ready(&fw));
    assert_eq!(
        hello,
        r#"{"source":"stepwise","version":1,"type":"ready","framework":{"id":"test","version":"1","title":"Test framework"}}"#
    );
    let mut a = Assessment {
        current: Some(LevelId::new("m")),
        target: Some(LevelId::new("m")),
        ..Assessment::default()
    };
    let p = progress(&fw, &a);
    assert_eq!((p.rated, p.total), (0, 1));
    assert!(!is_complete(&fw, &a));
    a.rate(CompetenceId::new("m.lead.1"), 3);
    assert!(is_complete(&fw, &a));
    let done = to_json(&complete(&fw, &a));
    assert!(done.contains(r#""levels":[{"id":"m","title":"Career level 6: Manager","rated":1,"met":1,"total":1,"reached":true"#), "{done}");
    assert!(done.ends_with(r#""gaps":0}"#), "{done}");
}

#[test]
fn only_well_formed_host_commands_are_accepted() {
    let cmd = command;
    assert_eq!(
        cmd(
            r#"{"source":"stepwise-host","version":1,"type":"command","command":"show","view":"report"}"#
        ),
        Some(Command::Show("report".into()))
    );
    assert_eq!(
        cmd(r#"{"source":"stepwise-host","version":1,"command":"set-levels","current":"a"}"#),
        Some(Command::SetLevels {
            current: LevelId::new("a"),
            target: None
        })
    );
    assert_eq!(
        cmd(r#"{"source":"stepwise-host","version":1,"command":"get-progress"}"#),
        Some(Command::GetProgress)
    );
    for bad in [
        r#"{"source":"stepwise","version":1,"type":"ready"}"#,
        r#"{"source":"stepwise-host","version":2,"command":"show","view":"report"}"#,
        r#"{"source":"stepwise-host","version":1,"command":"delete-everything"}"#,
        r#"{"source":"stepwise-host","version":1,"command":"show"}"#,
        r#""just text""#,
    ] {
        assert_eq!(cmd(bad), None, "{bad}");
    }
}

#[test]
fn an_unexpected_stop_is_told_to_the_host_page_in_words() {
    let text = stepwise::domain::embedding::messages::to_json(
        &stepwise::domain::embedding::messages::failure("Reload the page."),
    );
    assert_eq!(
        text,
        r#"{"source":"stepwise","version":1,"type":"error","message":"Reload the page."}"#
    );
}
