//! Where a person stands: counts per level and domain, reached levels, gaps and suggestions.

mod common;

use common::{id, rated, small, small_with};
use stepwise::domain::assessment::gaps::gaps;
use stepwise::domain::assessment::scoring::{percent, reach_rule, score, score_level};
use stepwise::domain::assessment::suggest::suggest;
use stepwise::domain::framework::content::parse;
use stepwise::domain::{Assessment, LevelId};

#[test]
fn with_nothing_rated_no_level_is_reached_and_shares_are_zero() {
    let fw = small();
    let scores = score(&fw, &Assessment::default());
    assert_eq!(scores.len(), 3);
    for s in &scores {
        assert_eq!(s.tally.rated, 0);
        assert_eq!(s.tally.met, 0);
        assert_eq!(s.tally.percent_met(), 0);
        assert!(!s.reached);
    }
    assert_eq!(scores[0].tally.total, 3);
    assert_eq!(scores[0].tally.describe(), "0 of 3 rated, 0 met (0%)");
}

#[test]
fn all_met_reaches_the_level_with_every_domain_at_100() {
    let fw = small();
    let a = rated(&[("a.care.1", 2), ("a.care.2", 3), ("a.lead.1", 2)]);
    let s = score_level(&fw, &a, &LevelId::new("a"));
    assert!(s.reached);
    assert_eq!(s.tally.percent_met(), 100);
    assert_eq!(
        s.domains.len(),
        2,
        "only domains with competences at the level"
    );
    assert_eq!(s.domains[0].0.as_str(), "care");
    assert_eq!((s.domains[0].1.total, s.domains[0].1.met), (2, 2));
    assert!(!score_level(&fw, &a, &LevelId::new("b")).reached);
}

#[test]
fn none_met_counts_as_rated_but_not_reached() {
    let fw = small();
    let a = rated(&[("a.care.1", 0), ("a.care.2", 1), ("a.lead.1", 1)]);
    let s = score_level(&fw, &a, &LevelId::new("a"));
    assert_eq!((s.tally.rated, s.tally.met), (3, 0));
    assert!(!s.reached);
}

#[test]
fn one_below_the_bar_stops_the_level_being_reached() {
    let fw = small();
    let a = rated(&[("a.care.1", 3), ("a.care.2", 3), ("a.lead.1", 1)]);
    let s = score_level(&fw, &a, &LevelId::new("a"));
    assert_eq!(s.tally.percent_met(), 67, "2 of 3, to the nearest percent");
    assert!(!s.reached);
}

#[test]
fn a_level_with_one_competence_is_reached_by_meeting_it() {
    let fw = small();
    let m = LevelId::new("m");
    assert!(!score_level(&fw, &Assessment::default(), &m).reached);
    let s = score_level(&fw, &rated(&[("m.lead.1", 2)]), &m);
    assert_eq!(s.tally.total, 1);
    assert!(s.reached);
}

#[test]
fn a_lower_reach_percent_is_applied_and_explained() {
    let text = small_with(
        "checked = \"2026-11-23\"\n\n[[scale]]",
        "checked = \"2026-11-23\"\nreach_percent = 60\n\n[[scale]]",
    );
    let fw = parse(&text).unwrap();
    let a = rated(&[("a.care.1", 2), ("a.care.2", 2), ("a.lead.1", 0)]);
    assert!(
        score_level(&fw, &a, &LevelId::new("a")).reached,
        "2 of 3 is over 60%"
    );
    assert!(reach_rule(&fw).contains("at least 60%"));
    assert!(reach_rule(&small())
        .contains("every one of its competences is rated \"Competent\" or higher"));
}

#[test]
fn ratings_for_competences_that_no_longer_exist_are_kept_but_not_counted() {
    let fw = small();
    let mut a = rated(&[("a.care.1", 2), ("gone.1", 3)]);
    a.set_note(id("gone.2"), "evidence".into());
    let s = score_level(&fw, &a, &LevelId::new("a"));
    assert_eq!((s.tally.rated, s.tally.met), (1, 1));
    assert_eq!(a.orphans(&fw), vec![id("gone.1"), id("gone.2")]);
    assert_eq!(a.rating(&id("gone.1")), Some(3), "kept");
}

#[test]
fn a_rating_not_on_the_scale_counts_as_not_rated() {
    let fw = small();
    let s = score_level(&fw, &rated(&[("a.care.1", 9)]), &LevelId::new("a"));
    assert_eq!(s.tally.rated, 0);
}

#[test]
fn gaps_are_the_target_competences_rated_below_the_bar_grouped_by_domain() {
    let fw = small();
    let a = rated(&[
        ("b.care.1", 1),
        ("b.lead.1", 0),
        ("b.learn.1", 3),
        ("a.care.1", 0),
    ]);
    let g = gaps(&fw, &a, &LevelId::new("b"));
    assert_eq!(g.count(), 2);
    assert_eq!(g.not_rated, 0);
    let domains: Vec<_> = g.by_domain.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(domains, ["care", "lead"], "framework domain order");

    let none = gaps(&fw, &Assessment::default(), &LevelId::new("b"));
    assert_eq!((none.count(), none.not_rated), (0, 3));
}

#[test]
fn suggestions_rank_routes_by_gaps_closed_and_say_why() {
    let fw = small();
    let a = rated(&[("b.care.1", 1), ("b.lead.1", 0), ("b.learn.1", 1)]);
    let g = gaps(&fw, &a, &LevelId::new("b"));
    let advice = suggest(&fw, &a, &g);
    let s = &advice.ranked;
    let order: Vec<_> = s.iter().map(|s| s.route.id.as_str()).collect();
    // teaching names 2 (b.learn.1, b.lead.1); complex names 1 (b.care.1); supervision
    // reaches 1 only through its domain: specific before broad.
    assert_eq!(order, ["teaching", "complex", "supervision"]);
    assert_eq!(
        advice.why(&fw, &s[0]),
        "Develops 2 of your 3 gaps for Career level 6: Senior nurse (each by name): Leadership (1), Learning (1). Ranked above the next because it develops more of your gaps by name, not only through a whole domain."
    );
    assert_eq!(
        advice.why(&fw, &s[2]),
        "Develops 1 of your 3 gaps for Career level 6: Senior nurse (through whole domains): Leadership (1)."
    );
}

#[test]
fn with_no_gaps_nothing_is_suggested() {
    let fw = small();
    let a = rated(&[("b.care.1", 2), ("b.lead.1", 2), ("b.learn.1", 2)]);
    assert!(suggest(&fw, &a, &gaps(&fw, &a, &LevelId::new("b"))).is_empty());
}

#[test]
fn a_route_for_other_levels_is_not_suggested_through_its_domains() {
    let fw = small();
    // supervision suits 5 to 7 and develops "lead"; restrict it to level 5 only.
    let text = common::small_with("career_levels = [5, 7]", "career_levels = [5, 5]");
    let fw5 = parse(&text).unwrap();
    let a = rated(&[("b.lead.1", 0)]);
    let with = suggest(&fw, &a, &gaps(&fw, &a, &LevelId::new("b"))).ranked;
    let without = suggest(&fw5, &a, &gaps(&fw5, &a, &LevelId::new("b"))).ranked;
    assert!(with.iter().any(|s| s.route.id.as_str() == "supervision"));
    assert!(!without.iter().any(|s| s.route.id.as_str() == "supervision"));
}

#[test]
fn the_default_target_is_the_next_level_up_or_staying_at_the_top() {
    let fw = small();
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        ..Assessment::default()
    };
    assert_eq!(a.effective_target(&fw), Some(LevelId::new("b")));
    a.current = Some(LevelId::new("b"));
    assert_eq!(
        a.effective_target(&fw),
        Some(LevelId::new("b")),
        "stay and grow"
    );
    a.target = Some(LevelId::new("m"));
    assert_eq!(
        a.effective_target(&fw),
        Some(LevelId::new("m")),
        "across, as chosen"
    );
    a.target = Some(LevelId::new("removed"));
    assert_eq!(
        a.effective_target(&fw),
        Some(LevelId::new("b")),
        "a vanished target falls back"
    );
}

#[test]
fn shares_are_rounded_to_the_nearest_percent() {
    assert_eq!(percent(1, 3), 33);
    assert_eq!(percent(2, 3), 67);
    assert_eq!(percent(1, 2), 50);
    assert_eq!(percent(1, 8), 13, "12.5% rounds half up");
    assert_eq!(percent(3, 3), 100);
    assert_eq!(percent(0, 3), 0);
    assert_eq!(
        percent(0, 0),
        0,
        "nothing to meet reads 0%, not a division by zero"
    );
}

#[test]
fn a_share_reads_100_only_when_all_are_met_and_0_only_when_none_is() {
    assert_eq!(percent(199, 200), 99, "99.5% is not all");
    assert_eq!(percent(999, 1000), 99);
    assert_eq!(percent(200, 200), 100);
    assert_eq!(percent(1, 200), 1, "0.5% is not none");
    assert_eq!(percent(1, 1000), 1);
    for whole in 1..=300 {
        for part in 1..whole {
            let p = percent(part, whole);
            assert!((1..=99).contains(&p), "{part} of {whole} read {p}%");
            let exact = part as f64 * 100.0 / whole as f64;
            assert!(
                (f64::from(p) - exact).abs() <= 1.0,
                "{part} of {whole}: {p}% vs {exact}"
            );
        }
    }
}
