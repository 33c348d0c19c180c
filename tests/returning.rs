//! Returning to the register after a break: a starting point with no role of its own that
//! rates the competences of the role it returns to, and its one move, "return". Also the
//! links for support workers and nursing associates shown beside the career map.

mod common;

use common::issues;
use stepwise::domain::assessment::gaps::gaps;
use stepwise::domain::assessment::scoring::score;
use stepwise::domain::assessment::suggest::{suggest, Advice};
use stepwise::domain::error::Problem;
use stepwise::domain::framework::compact::{decode_for_rating, encode, Form};
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::{Destination, Framework, LevelId, LinkKind, MoveKind};
use stepwise::domain::records::report::export_csv;
use stepwise::domain::Assessment;

fn mhn() -> Framework {
    parse(include_str!("../content/mhn.toml")).unwrap_or_else(|e| panic!("mhn.toml: {e:?}"))
}

fn id(s: &str) -> LevelId {
    LevelId::new(s)
}

/// Someone whose role is `current`, aim as the app sets it by default, with every competence
/// they rate marked as not met.
fn returner(fw: &Framework, current: &str) -> Assessment {
    let low = fw.scale.values.iter().find(|v| !v.met).map(|v| v.value);
    let mut a = Assessment {
        current: Some(id(current)),
        ..Assessment::default()
    };
    a.target = a.default_target(fw);
    for c in fw.competences_of(&id(current)) {
        a.rate(c.id.clone(), low.expect("a value below the bar"));
    }
    a
}

fn advise<'f>(fw: &'f Framework, a: &Assessment) -> Advice<'f> {
    let target = a.effective_target(fw).expect("an aim");
    suggest(fw, a, &gaps(fw, a, &target))
}

/// Every route the advice shows: ranked, "everyone needs these" and "later".
fn shown<'a>(advice: &'a Advice) -> Vec<&'a str> {
    advice.shown(usize::MAX).map(|r| r.id.as_str()).collect()
}

#[test]
fn a_returner_rates_the_competences_of_the_role_they_return_to() {
    let fw = mhn();
    for (start, role) in [("l5-return", "l5"), ("l4na-return", "l4na")] {
        let level = fw.level(&id(start)).expect("the returning start");
        assert_eq!(level.rates, Some(id(role)));
        assert_eq!(fw.rated(&id(start)), &id(role));
        let theirs: Vec<_> = fw.competences_of(&id(start)).map(|c| &c.id).collect();
        let role_s: Vec<_> = fw.competences_of(&id(role)).map(|c| &c.id).collect();
        assert!(theirs.len() >= 10);
        assert_eq!(theirs, role_s, "the same competences, so the same ratings");
        // No competence of its own: the file gives it none.
        assert!(fw.competences.iter().all(|c| c.level != id(start)));
        // It says plainly they are not on the register now.
        assert!(level.description.contains("not on the register"));
        // Their aim is the role they return to, and that is the only move offered.
        let a = returner(&fw, start);
        assert_eq!(a.default_target(&fw), Some(id(role)));
        assert_eq!(fw.move_kind(&id(start), &id(role)), Some(MoveKind::Return));
        for other in fw.levels.iter().filter(|l| l.id.as_str() != role) {
            assert_eq!(fw.move_kind(&id(start), &other.id), None, "{}", other.id);
            // Nobody moves to a returning start.
            assert_eq!(fw.move_kind(&other.id, &id(start)), None, "{}", other.id);
        }
        // Rated once: the gap report's table and the CSV list the role once, not twice.
        let levels: Vec<_> = score(&fw, &a).into_iter().map(|s| s.level).collect();
        assert!(!levels.contains(&id(start)) && levels.contains(&id(role)));
        let csv = export_csv(&fw, &a);
        let first = fw.competences_of(&id(role)).next().expect("a competence");
        assert_eq!(csv.matches(&format!("\n{},", first.id)).count(), 1, "{csv}");
    }
    // Nobody else is sent to a returning start by default.
    for l in fw.levels.iter().filter(|l| l.rates.is_none()) {
        let up = fw.next_level_up(&l.id).map(|u| u.id.clone());
        assert!(
            up.as_ref().is_none_or(|u| fw.rated(u) == u),
            "{} -> {up:?}",
            l.id
        );
    }
}

#[test]
fn the_rating_page_reads_which_level_a_returning_start_rates() {
    let fw = mhn();
    for form in [Form::Outline, Form::Complete] {
        let back = decode_for_rating(&encode(&fw, form)).expect("reads");
        let level = back.level(&id("l5-return")).expect("the returning start");
        assert_eq!(level.rates, Some(id("l5")));
    }
    let back = decode_for_rating(&encode(&fw, Form::Complete)).expect("reads");
    assert_eq!(
        back.competences_of(&id("l5-return")).count(),
        back.competences_of(&id("l5")).count()
    );
    // Restricted to the returning start alone (an embedding's `levels`), it keeps the
    // competences it rates.
    let only = fw.restrict(&[id("l5-return")]);
    assert_eq!(
        only.competences_of(&id("l5-return")).count(),
        fw.competences_of(&id("l5")).count()
    );
}

/// The named persona: a mental health nurse whose registration lapsed, aiming to return.
#[test]
fn nurse_returning_after_a_lapse() {
    let fw = mhn();
    let a = returner(&fw, "l5-return");
    let advice = advise(&fw, &a);
    let order: Vec<&str> = advice.ranked.iter().map(|s| s.route.id.as_str()).collect();
    assert_eq!(
        &order[..2],
        ["return-to-practice", "preceptorship"],
        "{order:?}"
    );
    let everyone: Vec<&str> = advice.everyone.iter().map(|r| r.id.as_str()).collect();
    assert!(everyone.contains(&"nmc-revalidation"), "{everyone:?}");
    // Nothing they are past: the routes onto the register as a nurse they already took.
    let all = shown(&advice);
    for past in [
        "rn-degree-apprenticeship",
        "rn-top-up-nursing-associates",
        "support-worker-to-rn-pathway",
        "nursing-associate-apprenticeship",
        "care-certificate",
    ] {
        assert!(!all.contains(&past), "{past} in {all:?}");
    }
    // The reason names the move, and does not count the same gaps twice as "your current
    // role" as well.
    let why = advice.why(&fw, &advice.ranked[0]);
    assert!(why.contains("Returning to mental health nursing"), "{why}");
    assert!(why.contains("first of 2"), "{why}");
    assert!(!why.contains("current role"), "{why}");
    assert_eq!(advice.current_gap_count, 0);
}

#[test]
fn nursing_associate_returning_after_a_lapse() {
    let fw = mhn();
    let advice = advise(&fw, &returner(&fw, "l4na-return"));
    let order: Vec<&str> = advice.ranked.iter().map(|s| s.route.id.as_str()).collect();
    assert_eq!(
        &order[..2],
        ["return-to-practice", "preceptorship"],
        "{order:?}"
    );
    let all = shown(&advice);
    assert!(
        !all.contains(&"nursing-associate-apprenticeship"),
        "{all:?}"
    );
}

/// Return to practice is for returners: a nurse on the register is past it, and it is never
/// among their suggestions.
#[test]
fn only_a_returner_is_offered_return_to_practice_not_even_as_later() {
    let fw = mhn();
    for (current, aim) in [
        ("l5", "l5"),
        ("l5", "l6c"),
        ("l4na", "l5"),
        ("l6c", "l7c"),
        // Nobody on their way to a role is on their way to a lapse.
        ("l2", "l4na"),
        ("l3", "l4na"),
        ("l3tna", "l4na"),
        ("l3", "l5"),
    ] {
        let mut a = returner(&fw, current);
        a.target = Some(id(aim));
        // Every competence of the aim not met too, so that every route for it is weighed.
        let low = fw.scale.values.iter().find(|v| !v.met).map(|v| v.value);
        for c in fw.competences_of(&id(aim)) {
            a.rate(c.id.clone(), low.expect("a value below the bar"));
        }
        let advice = advise(&fw, &a);
        assert!(
            !advice.ranked.is_empty(),
            "{current} -> {aim}: advice given"
        );
        assert!(
            !shown(&advice).contains(&"return-to-practice"),
            "{current} -> {aim}"
        );
    }
}

#[test]
fn a_returning_start_is_checked_when_the_file_is_read() {
    let level = r#"
[[levels]]
id = "r"
career_level = 5
name = "Returning nurse"
route = "both"
rates = "a"
"#;
    let back = r#"
[[moves]]
from = "r"
to = "a"
kind = "return"
requires = "Readmission."
"#;
    // Well formed: it reads, and rates a's competences.
    let ok = format!("{}{level}{back}", common::SMALL);
    let fw = parse(&ok).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        fw.competences_of(&id("r")).count(),
        fw.competences_of(&id("a")).count()
    );
    let problems = |text: &str| -> Vec<Problem> {
        issues(text)
            .into_iter()
            .map(|i| i.problem)
            .filter(|p| matches!(p, Problem::BadRates | Problem::ReturnMove))
            .collect()
    };
    // Rating a level that does not exist, or itself.
    for wrong in ["rates = \"nowhere\"", "rates = \"r\""] {
        let text = format!(
            "{}{}{back}",
            common::SMALL,
            level.replace("rates = \"a\"", wrong)
        );
        assert!(problems(&text).contains(&Problem::BadRates), "{wrong}");
    }
    // A returning start with competences of its own.
    let own = format!(
        "{ok}\n[[competences]]\nid = \"r.1\"\nlevel = \"r\"\ndomain = \"care\"\nstatement = \"I do it.\"\n"
    );
    assert!(problems(&own).contains(&Problem::BadRates), "{own}");
    // A return move anywhere else, or another kind of move from a returning start.
    for (from, to, kind) in [("a", "b", "return"), ("r", "a", "up"), ("r", "b", "up")] {
        let moves = format!(
            "\n[[moves]]\nfrom = \"{from}\"\nto = \"{to}\"\nkind = \"{kind}\"\nrequires = \"x\"\n"
        );
        let text = format!("{}{level}{moves}", common::SMALL);
        assert!(
            problems(&text).contains(&Problem::ReturnMove),
            "{from} -> {to} ({kind})"
        );
    }
    let message = Problem::ReturnMove.to_string();
    assert!(message.contains("return"), "{message}");
}

/// The links for support workers, trainees and nursing associates are in the framework's
/// list, which the career map shows to everyone (links are not filtered by role), so they
/// reach a support worker (l2, l3, l3p), a trainee and a nursing associate alike.
#[test]
fn the_support_workforce_links_reach_the_people_they_are_for() {
    let fw = mhn();
    let expect = [
        ("https://mhcswtoolkit.hee.nhs.uk/", LinkKind::Careers),
        (
            "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals",
            LinkKind::Careers,
        ),
        (
            "https://nursing-associates.hee.nhs.uk/about-the-role/",
            LinkKind::DayInTheLife,
        ),
        (
            "https://www.rcn.org.uk/professional-development/nursing-careers-resource/the-clinical-support-workforce",
            LinkKind::Careers,
        ),
    ];
    for who in ["l2", "l3", "l3p", "l3tna", "l4na"] {
        // The career map of each of these people is drawn from the same framework, as an
        // embedding restricted to their role would draw it.
        let theirs = fw.restrict(&[id(who)]);
        for (url, kind) in expect {
            let link = theirs
                .links
                .iter()
                .find(|l| l.url == url)
                .unwrap_or_else(|| panic!("{who}: no link to {url}"));
            assert_eq!(link.kind, kind, "{url}");
            assert!(!link.summary.is_empty() && !link.title.is_empty());
            assert_eq!(
                stepwise::domain::framework::safe_link(&link.url),
                Some(url),
                "shown"
            );
        }
    }
    // The move across to a therapy support worker links to the AHP careers page.
    let therapy = fw
        .moves
        .iter()
        .find(|m| matches!(&m.to, Destination::Role(r) if r.starts_with("Therapy support worker")))
        .expect("the move to therapy support worker");
    assert_eq!(
        therapy.link,
        "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals"
    );
}
