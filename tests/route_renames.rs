//! Routes merged into another keep their old id as an alias: progress saved and compiled
//! frameworks written before the merge still read, and a plan naming the old id means the
//! route it was merged into.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stepwise::domain::assessment::PlanAction;
use stepwise::domain::framework::compact::{decode as decode_compiled, encode as compile, Form};
use stepwise::domain::framework::content::{issues as problems, parse};
use stepwise::domain::records::saved::{decode, encode};
use stepwise::domain::{Framework, RouteId};

fn mhn() -> Framework {
    parse(include_str!("../content/mhn.toml")).unwrap_or_else(|e| panic!("mhn.toml: {e:?}"))
}

/// Progress saved before the MSc in advanced practice and the advanced clinical practitioner
/// apprenticeship were merged (December 2026), as the app wrote it: the MSc first in the
/// plan, in progress, then the person's own step, then the apprenticeship itself.
const SAVED_BEFORE_THE_MERGE: &str = r#"{"v":1,"fw":"mhn","fv":"2026.12","cur":"l6c","tgt":"l7c","r":{"l7c.care.1":1},"p":[{"r":"advanced-practice-msc","d":"2027-09-01","s":1},{"x":"Ask about a trainee post","d":"","s":0},{"r":"advanced-clinical-practitioner","d":"","s":0}]}"#;

fn routes_in_plan(a: &stepwise::domain::Assessment) -> Vec<String> {
    a.plan
        .iter()
        .map(|step| match &step.action {
            PlanAction::Route(id) => id.to_string(),
            PlanAction::Own(text) => format!("own: {text}"),
        })
        .collect()
}

#[test]
fn a_plan_naming_the_merged_msc_reads_as_the_advanced_practice_route() {
    let fw = mhn();
    let old = RouteId::new("advanced-practice-msc");
    assert!(
        !fw.routes.iter().any(|r| r.id == old),
        "the duplicate route is gone"
    );
    let kept = fw.route(&old).expect("the old id still finds a route");
    assert_eq!(kept.id.as_str(), "advanced-clinical-practitioner");

    let mut a = decode(SAVED_BEFORE_THE_MERGE, "mhn").expect("saved progress still reads");
    assert_eq!(
        routes_in_plan(&a),
        [
            "advanced-practice-msc",
            "own: Ask about a trainee post",
            "advanced-clinical-practitioner"
        ],
        "reading does not change what was saved"
    );
    assert!(a.follow_route_renames(&fw));
    // The later step for the same route is kept and the renamed one dropped.
    assert_eq!(
        routes_in_plan(&a),
        [
            "own: Ask about a trainee post",
            "advanced-clinical-practitioner"
        ]
    );
    assert!(
        !a.follow_route_renames(&fw),
        "a second pass changes nothing"
    );

    // Alone, the old step is renamed and keeps its date and status.
    let only_msc = SAVED_BEFORE_THE_MERGE.replace(
        r#",{"r":"advanced-clinical-practitioner","d":"","s":0}"#,
        "",
    );
    let mut a = decode(&only_msc, "mhn").expect("reads");
    assert!(a.follow_route_renames(&fw));
    assert_eq!(
        routes_in_plan(&a),
        [
            "advanced-clinical-practitioner",
            "own: Ask about a trainee post"
        ]
    );
    assert_eq!(a.plan[0].due, "2027-09-01");
    assert_eq!(a.plan[0].status.code(), 1);
    // Saved again, it names the route by its id now, and reads back the same.
    let again = decode(&encode(&fw.meta, &a), "mhn").expect("reads back");
    assert_eq!(again.plan, a.plan);
}

#[test]
fn the_compiled_framework_keeps_the_old_id_and_older_compiled_files_still_read() {
    let fw = mhn();
    let compiled = compile(&fw, Form::Complete);
    let back = decode_compiled(&compiled).expect("compiled framework reads");
    let kept = back
        .route(&RouteId::new("advanced-practice-msc"))
        .expect("the alias survives compiling");
    assert_eq!(kept.id.as_str(), "advanced-clinical-practitioner");
    assert_eq!(
        back.glossary, fw.glossary,
        "the glossary survives compiling"
    );

    // A file compiled before routes had aliases or pay bands, or the framework a glossary
    // or domains' published titles, still reads.
    let mut older: serde_json::Value =
        serde_json::from_str(&compile(&fw, Form::Complete)).expect("JSON");
    let parts = older.as_array_mut().expect("a list");
    parts.pop(); // the domains' published titles
    parts.pop(); // the glossary
    for route in parts[7].as_array_mut().expect("routes") {
        let route = route.as_array_mut().expect("a route");
        route.pop(); // the ids it replaces
        route[14].as_array_mut().expect("who it is for").pop(); // the pay band
    }
    let older = older.to_string();
    assert!(!older.contains("\"advanced-practice-msc\""));
    let read = decode_compiled(&older).expect("an older compiled file reads");
    assert!(read.glossary.is_empty());
    assert_eq!(read.routes.len(), fw.routes.len());
}

#[test]
fn an_old_id_cannot_also_be_the_id_of_a_route() {
    let text = include_str!("../content/mhn.toml").replace(
        "replaces = [\"advanced-practice-msc\"]",
        "replaces = [\"advanced-practice-msc\", \"preceptorship\"]",
    );
    let issues = problems(&parse(&text).expect_err("refused"));
    assert!(
        issues.iter().any(|i| i.contains("preceptorship")),
        "{issues:?}"
    );
}
