//! Reports carry the reviews the person kept, and the team view shows per person and domain
//! how much a supervisor confirmed, and can count only that; linear in the team's size.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::time::{Duration, Instant};
use stepwise::domain::records::report::{
    export_json, export_json_with, import_json, import_with_reviews, ReportInfo,
};
use stepwise::domain::records::review::kept::Kept;
use stepwise::domain::records::review::request;
use stepwise::domain::records::review::signed::{self, Review};
use stepwise::domain::records::team::{
    heatmap, heatmap_csv, training_needs_of, Against, Need, Team,
};
use stepwise::domain::records::team_review::only_confirmed;
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};

fn id(s: &str) -> CompetenceId {
    CompetenceId::new(s)
}

fn person(name: &str) -> Assessment {
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        target: Some(LevelId::new("b")),
        person: name.into(),
        ..Assessment::default()
    };
    a.rate(id("a.care.1"), 2);
    a.rate(id("a.care.2"), 1);
    a.rate(id("b.care.1"), 3);
    a.rate(id("b.lead.1"), 3);
    a
}

fn info(name: &str) -> ReportInfo {
    ReportInfo {
        person: name.into(),
        date: "2026-12-01".into(),
    }
}

/// A reviewed file for `name`: the supervisor confirms or re-rates the first `rated` items
/// as `values` say (a fake key and signature of the right shape: Web Crypto checks them in
/// the browser, not here).
fn reviewed(name: &str, values: &[Option<u8>]) -> String {
    let fw = common::small();
    let text = request::export(&fw, &person(name), &info(name));
    let req = request::import(&text, &fw).unwrap_or_else(|e| panic!("request: {e}"));
    let mut review = Review::draft(&req, &fw);
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => review.rate(i, *v),
            None => review.confirm(i),
        }
    }
    review.reviewer.name = "Sam Supervisor".into();
    review.reviewer.role = "Ward manager".into();
    review.reviewer.date = "2026-12-03".into();
    review.key = format!("04{}", "ab".repeat(64));
    review.fingerprint = "cd".repeat(32);
    signed::write(&review, &"11".repeat(64))
}

fn kept(file: String) -> Kept {
    Kept {
        kept: "2026-12-04T09:00:00.000Z".into(),
        file,
    }
}

fn item_ids(name: &str) -> Vec<String> {
    let fw = common::small();
    let text = reviewed(name, &[]);
    let r = signed::read(&text, &fw).unwrap_or_else(|e| panic!("reviewed: {e}"));
    r.review.items.iter().map(|i| i.id.to_string()).collect()
}

#[test]
fn a_report_carries_the_kept_reviews_and_its_checksum_covers_them() {
    let fw = common::small();
    let file = reviewed("Jo Bloggs", &[None]);
    let text = export_json_with(&fw, &person("Jo Bloggs"), &info("Jo Bloggs"), &[kept(file)]);
    assert!(text.contains("\"reviews\""));
    let (_, back) = import_with_reviews(&text, &fw.meta).unwrap_or_else(|e| panic!("report: {e}"));
    assert_eq!(back.len(), 1);
    assert!(signed::read(&back[0].file, &fw).is_ok());
    assert!(import_json(&text, &fw.meta).is_ok());
    // A change to the review inside the report is a change to the report.
    let changed = text.replacen("Sam Supervisor", "Sam Superviser", 1);
    assert_eq!(import_json(&changed, &fw.meta), Err(Error::ReportDamaged));
    // With no review the member is left out: the report is as reports were before.
    let plain = export_json(&fw, &person("Jo Bloggs"), &info("Jo Bloggs"));
    assert!(!plain.contains("reviews"));
    assert!(import_with_reviews(&plain, &fw.meta).is_ok_and(|(_, r)| r.is_empty()));
}

#[test]
fn the_team_view_shows_the_confirmed_share_and_can_count_only_that() {
    let fw = common::small();
    let ids = item_ids("Jo Bloggs");
    // The supervisor confirms every care competence of b and rates lead down to 0.
    let values: Vec<Option<u8>> = ids
        .iter()
        .map(|i| {
            if i.starts_with("b.lead") {
                Some(0)
            } else {
                None
            }
        })
        .collect();
    let jo = export_json_with(
        &fw,
        &person("Jo Bloggs"),
        &info("Jo Bloggs"),
        &[kept(reviewed("Jo Bloggs", &values))],
    );
    let ann = export_json(&fw, &person("Ann"), &info("Ann"));
    // A review for someone else carried in a report is not counted for this person.
    let ben = export_json_with(
        &fw,
        &person("Ben"),
        &info("Ben"),
        &[kept(reviewed("Jo Bloggs", &values))],
    );
    let mut team = Team::default();
    team.add(
        &fw,
        &[
            ("jo.json".into(), jo),
            ("ann.json".into(), ann),
            ("ben.json".into(), ben),
        ],
    );
    assert_eq!(team.members.len(), 3);
    let rows = heatmap(&team.members, Against::Aim);
    // At b, domains care, lead, learn have one competence each: care and lead reviewed.
    assert_eq!(rows[0].cells, vec![Some(100), Some(100), Some(0)]);
    assert_eq!(
        rows[0].confirmed,
        vec![Some((100, 100)), Some((100, 0)), Some((0, 0))]
    );
    assert!(rows[1].confirmed.is_empty());
    assert!(rows[2].confirmed.is_empty());

    let csv = heatmap_csv(&fw, &rows, Against::Aim);
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    assert_eq!(
        header.matches("(supervisor-confirmed)").count(),
        3,
        "{header}"
    );
    assert!(lines.next().is_some_and(|l| l.ends_with(",100,100,0")));
    assert!(lines.next().is_some_and(|l| l.ends_with(",,,")));

    // Only what a supervisor confirmed: lead, rated down, is no longer met; Ann and Ben,
    // with no review of their own, are left out.
    let only = only_confirmed(rows);
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].name, "Jo Bloggs");
    assert_eq!(only[0].cells, vec![Some(100), Some(0), Some(0)]);

    // The training needs, counted from the confirmed view: the lead gap the supervisor
    // found makes "teaching" (which develops b.lead.1) a need for Jo, who rated it met.
    let jo_only = || team.members.iter().enumerate().take(1);
    let gaps_of = |needs: Vec<Need>, route: &str| {
        needs
            .into_iter()
            .find(|n| n.route.as_str() == route)
            .map(|n| n.gaps)
    };
    assert_eq!(
        gaps_of(training_needs_of(&fw, jo_only(), false), "teaching"),
        None
    );
    assert_eq!(
        gaps_of(training_needs_of(&fw, jo_only(), true), "teaching"),
        Some(1)
    );
    // People with no review are counted from their own ratings either way.
    let ann_only = || team.members.iter().enumerate().skip(1).take(1);
    assert_eq!(
        training_needs_of(&fw, ann_only(), true),
        training_needs_of(&fw, ann_only(), false)
    );
}

/// Loads `n` people, every other one with a review, and returns the time taken and the
/// people with a confirmed share.
fn load(n: usize) -> (Duration, usize) {
    let fw = common::small();
    let ids = item_ids("P");
    let values: Vec<Option<u8>> = ids.iter().map(|_| None).collect();
    let files: Vec<(String, String)> = (0..n)
        .map(|i| {
            let name = format!("Person {i}");
            let reviews = if i % 2 == 0 {
                vec![kept(reviewed(&name, &values))]
            } else {
                Vec::new()
            };
            let text = export_json_with(&fw, &person(&name), &info(&name), &reviews);
            (format!("{i}.json"), text)
        })
        .collect();
    let started = Instant::now();
    let mut team = Team::default();
    team.add(&fw, &files);
    let rows = only_confirmed(heatmap(&team.members, Against::Aim));
    (started.elapsed(), rows.len())
}

#[test]
fn confirmed_shares_cost_grows_linearly() {
    // The best of two runs at each size, to keep a busy machine out of the figures.
    let best = |n: usize| {
        (0..2)
            .map(|_| load(n))
            .min_by_key(|(t, _)| *t)
            .unwrap_or_default()
    };
    let (t1, c1) = best(30);
    let (t10, c10) = best(300);
    let (t100, c100) = best(3_000);
    assert_eq!((c1, c10, c100), (15, 150, 1_500));
    // Linear: 10 and 100 times the people take about 10 and 100 times as long. Quadratic
    // would take 100 and 10,000 times; the bounds leave room for a shared machine.
    let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-6);
    assert!(ratio(t1, t10) < 40.0, "10x: {t1:?} -> {t10:?}");
    assert!(ratio(t1, t100) < 400.0, "100x: {t1:?} -> {t100:?}");
}
