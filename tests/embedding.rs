//! Settings from the embedding page and the messages the widget exchanges with it.

mod common;

use stepwise::domain::embedding::messages::{
    command, complete, is_complete, progress, ready, to_json, Command,
};
use stepwise::domain::embedding::settings::{Deployment, Settings};
use stepwise::domain::{Assessment, CompetenceId, LevelId};

fn lookup<'a>(pairs: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<String> + 'a {
    |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

fn settings(pairs: &[(&str, &str)]) -> Settings {
    Settings::read(lookup(pairs), &Deployment::default())
}

#[test]
fn settings_are_read_from_the_page_with_sensible_defaults() {
    let s = settings(&[
        ("framework", "mhn"),
        ("levels", "l5, l6c,l6m"),
        ("current", "l5"),
        ("target", " "),
        ("mode", "Review"),
    ]);
    assert_eq!(s.framework.as_deref(), Some("mhn"));
    assert_eq!(
        s.levels,
        vec![LevelId::new("l5"), LevelId::new("l6c"), LevelId::new("l6m")]
    );
    assert_eq!(s.current, Some(LevelId::new("l5")));
    assert_eq!(s.target, None, "blank means unset");
    assert!(s.review);
    assert_eq!(settings(&[]), Settings::default());
}

/// `?origins=<itself>` let any page that framed the app hear a learner's progress and rewrite
/// their aim: the page address (the launch settings) can no longer set any deployment setting.
#[test]
fn the_page_address_cannot_allow_an_origin_hide_a_view_or_move_the_heading() {
    let s = settings(&[
        ("origins", "https://evil.example"),
        ("hide", "report"),
        ("heading-level", "3"),
    ]);
    assert!(s.allowed_origins.is_empty());
    assert!(!s.allows("https://evil.example", "https://app.example"));
    assert!(s.shows_view("report"));
    assert_eq!(s.heading_tag(1), "h1");
}

#[test]
fn the_deployment_allows_origins_hides_views_and_sets_the_heading_level() {
    let file = Deployment::from_json(
        r#"{"origins": ["https://lms.example.ac.uk/", "javascript:alert(1)", "http://moodle.local", "https://a.example/path"],
            "hide": ["team", "assess", "nonsense"], "heading-level": 2}"#,
    )
    .unwrap();
    let s = Settings::read(lookup(&[]), &file);
    assert_eq!(
        s.allowed_origins,
        vec!["https://lms.example.ac.uk", "http://moodle.local"],
        "only origins, as a browser writes them"
    );
    assert!(s.allows("http://moodle.local", "https://app.example"));
    assert!(
        s.allows("https://app.example", "https://app.example"),
        "its own origin always"
    );
    assert!(!s.allows("https://evil.example", "https://app.example"));
    assert_eq!(
        s.hidden_views,
        vec!["team"],
        "rating yourself is never hidden"
    );
    assert!(!s.shows_view("team") && s.shows_view("report"));
    assert_eq!(
        (s.heading_tag(1), s.heading_tag(2), s.heading_tag(5)),
        ("h2", "h3", "h6")
    );

    // The host element's data- attributes replace the file's, setting by setting.
    let attributes = [("origins", "https://other.example"), ("heading-level", "9")];
    let s = Settings::read(
        lookup(&[]),
        &file.clone().overridden_by(lookup(&attributes)),
    );
    assert_eq!(s.allowed_origins, vec!["https://other.example"]);
    assert_eq!(s.hidden_views, vec!["team"]);
    assert_eq!(s.heading_tag(1), "h1", "a level out of range is ignored");

    // A file that does not read is refused whole, with the reason.
    let typo = Deployment::from_json(r#"{"origin": ["https://lms.example.ac.uk"]}"#);
    assert!(typo.unwrap_err().contains("origin"));
    assert!(Deployment::from_json("not json").is_err());
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
