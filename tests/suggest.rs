//! Suggestions a careers adviser would stand behind: golden tests over every move of the
//! mental health nursing career map, and the people of issue 11 by name.

use stepwise::domain::assessment::gaps::gaps;
use stepwise::domain::assessment::suggest::{suggest, Advice, Fit, FIRST_SHOWN};
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::{Destination, Framework, LevelId};
use stepwise::domain::Assessment;

fn mhn() -> Framework {
    parse(include_str!("../content/mhn.toml")).unwrap_or_else(|e| panic!("mhn.toml: {e:?}"))
}

/// Someone in `current` aiming for `target`, with every competence of the aim rated as not
/// met and (when `current_too`) every competence of their own role as well.
fn person(fw: &Framework, current: &str, target: &str, current_too: bool) -> Assessment {
    let low = fw
        .scale
        .values
        .iter()
        .find(|v| !v.met)
        .map(|v| v.value)
        .expect("a value below the bar");
    let mut a = Assessment {
        current: Some(LevelId::new(current)),
        target: Some(LevelId::new(target)),
        ..Assessment::default()
    };
    let mut levels = vec![target];
    if current_too {
        levels.push(current);
    }
    for level in levels {
        for c in fw.competences_of(&LevelId::new(level)) {
            a.rate(c.id.clone(), low);
        }
    }
    a
}

fn advise<'f>(fw: &'f Framework, a: &Assessment) -> Advice<'f> {
    let target = a.target.clone().expect("an aim");
    suggest(fw, a, &gaps(fw, a, &target))
}

fn ranked<'a>(advice: &'a Advice) -> Vec<&'a str> {
    advice.ranked.iter().map(|s| s.route.id.as_str()).collect()
}

fn everything<'a>(advice: &'a Advice) -> Vec<&'a str> {
    advice.shown(usize::MAX).map(|r| r.id.as_str()).collect()
}

#[test]
fn every_move_of_the_career_map_puts_its_own_routes_first_and_nothing_the_person_is_past() {
    let fw = mhn();
    let mut checked = 0;
    for m in &fw.moves {
        let Destination::Level(to) = &m.to else {
            continue;
        };
        let a = person(&fw, m.from.as_str(), to.as_str(), false);
        let advice = advise(&fw, &a);
        let here = fw.level(&m.from).unwrap();
        // The routes the map lists, apart from those everyone needs (shown on their own).
        let listed: Vec<&str> = m
            .routes
            .iter()
            .filter(|id| fw.route(id).is_some_and(|r| !r.audience.everyone))
            .map(|id| id.as_str())
            .collect();
        let order = ranked(&advice);
        let top = &order[..listed.len().min(order.len())];
        assert_eq!(
            top,
            &listed[..],
            "{} -> {}: the top suggestions are the routes the career map lists, in its order",
            m.from,
            to
        );
        for s in &advice.ranked {
            let r = s.route;
            assert!(
                !r.audience.leads_to.contains(&m.from),
                "{} -> {}: {} leads to the role the person already has",
                m.from,
                to,
                r.id
            );
            let starts: Vec<u8> = r
                .audience
                .from
                .iter()
                .filter_map(|l| fw.level(l).map(|l| l.career_level))
                .collect();
            assert!(
                r.audience.from.is_empty() || r.audience.from.contains(&m.from),
                "{} -> {}: {} is not one a person in {} can start (it starts from career levels {starts:?})",
                m.from,
                to,
                r.id,
                here.name
            );
            assert!(
                !r.audience.from.is_empty() || here.career_level <= r.career_levels[1],
                "{} -> {}: {} is for career levels below the person's",
                m.from,
                to,
                r.id
            );
        }
        for s in advice.ranked.iter().take(listed.len()) {
            assert!(
                matches!(s.fit, Fit::Move { .. }),
                "{}: {:?}",
                s.route.id,
                s.fit
            );
        }
        checked += 1;
    }
    assert!(checked >= 36, "every up, across and stay move: {checked}");
}

#[test]
fn every_reason_names_what_decided_the_order_and_no_two_are_tied_by_accident() {
    let fw = mhn();
    for m in &fw.moves {
        let Destination::Level(to) = &m.to else {
            continue;
        };
        for current_too in [false, true] {
            let a = person(&fw, m.from.as_str(), to.as_str(), current_too);
            let advice = advise(&fw, &a);
            for (i, s) in advice.ranked.iter().enumerate() {
                let why = advice.why(&fw, s);
                assert!(!why.contains("(s)"), "{why}");
                let next_same_tier = advice.ranked.get(i + 1).is_some_and(|n| {
                    n.fit == Fit::Gaps && s.fit == Fit::Gaps
                        || n.fit == Fit::SecureFirst && s.fit == Fit::SecureFirst
                });
                if next_same_tier {
                    assert!(
                        why.contains("Ranked above the next because"),
                        "{} -> {}, {}: {why}",
                        m.from,
                        to,
                        s.route.id
                    );
                    if why.contains("is level with it") {
                        eprintln!(
                            "TIE {} -> {} {current_too}: {} / {why}",
                            m.from, to, s.route.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_support_worker_aiming_at_nursing_associate_gets_the_nursing_associate_apprenticeship_first() {
    let fw = mhn();
    let advice = advise(&fw, &person(&fw, "l2", "l4na", false));
    let order = ranked(&advice);
    assert_eq!(order[0], "nursing-associate-apprenticeship", "{order:?}");
    assert_eq!(order[1], "support-worker-to-rn-pathway", "{order:?}");
    let top = &order[..FIRST_SHOWN.min(order.len())];
    assert!(
        !top.contains(&"assistant-practitioner-apprenticeship"),
        "{top:?}"
    );
    assert!(
        !order.contains(&"rn-top-up-nursing-associates"),
        "{order:?}"
    );
    let top_up = advice
        .later
        .iter()
        .find(|l| l.route.id.as_str() == "rn-top-up-nursing-associates")
        .expect("the top-up is shown for later");
    assert!(top_up.why.contains("Nursing associate"), "{}", top_up.why);
    let why = advice.why(&fw, &advice.ranked[0]);
    assert!(
        why.starts_with("Fits your move from Career level 2"),
        "{why}"
    );
    assert!(why.contains("lists it first of 2"), "{why}");
}

#[test]
fn a_newly_registered_nurse_aiming_at_senior_nurse_gets_preceptorship_first_and_no_level_7_route_at_the_top(
) {
    let fw = mhn();
    for current_too in [false, true] {
        let advice = advise(&fw, &person(&fw, "l5", "l6c", current_too));
        let order = ranked(&advice);
        assert_eq!(order[0], "preceptorship", "{order:?}");
        // The MSc and the apprenticeship are one route since December 2026.
        let level_7 = "advanced-clinical-practitioner";
        assert!(!order.contains(&level_7), "{level_7} in {order:?}");
        assert!(
            advice.later.iter().any(|l| l.route.id.as_str() == level_7),
            "{level_7} is shown for later"
        );
    }
}

#[test]
fn a_ward_manager_aiming_at_matron_gets_mary_seacole_near_the_top() {
    let fw = mhn();
    let advice = advise(&fw, &person(&fw, "l6m", "l7m", false));
    let order = ranked(&advice);
    let at = order.iter().position(|r| *r == "mary-seacole");
    assert!(at.is_some_and(|i| i < 2), "{order:?}");
    assert!(
        !order[..3].contains(&"advanced-clinical-practitioner"),
        "{order:?}"
    );
}

#[test]
fn a_registered_nursing_associate_is_not_offered_the_apprenticeship_she_holds() {
    let fw = mhn();
    for (to, current_too) in [("l5", false), ("l4na", true), ("l4ap", false), ("l5", true)] {
        let advice = advise(&fw, &person(&fw, "l4na", to, current_too));
        let all = everything(&advice);
        assert!(
            !all.contains(&"nursing-associate-apprenticeship"),
            "{to}: {all:?}"
        );
    }
}

#[test]
fn a_senior_support_worker_is_not_offered_the_care_certificate() {
    let fw = mhn();
    for (to, current_too) in [("l4na", false), ("l4na", true), ("l3", true), ("l5", true)] {
        let advice = advise(&fw, &person(&fw, "l3", to, current_too));
        let all = everything(&advice);
        assert!(!all.contains(&"care-certificate"), "{to}: {all:?}");
        assert!(!all.contains(&"hcsw-l2-apprenticeship"), "{to}: {all:?}");
    }
}

#[test]
fn a_director_is_not_told_mandatory_training_develops_level_9() {
    let fw = mhn();
    let advice = advise(&fw, &person(&fw, "l9", "l9", false));
    assert!(!ranked(&advice).contains(&"oliver-mcgowan-training"));
    assert!(advice
        .everyone
        .iter()
        .any(|r| r.id.as_str() == "oliver-mcgowan-training"));
    for s in &advice.ranked {
        assert!(!s.route.audience.everyone, "{}", s.route.id);
    }
}

#[test]
fn someone_not_yet_secure_in_their_own_role_sees_that_first() {
    let fw = mhn();
    let advice = advise(&fw, &person(&fw, "l2", "l4na", true));
    let first = &advice.ranked[0];
    assert_eq!(first.fit, Fit::SecureFirst, "{:?}", ranked(&advice));
    assert!(!first.closes_current.is_empty());
    let why = advice.why(&fw, first);
    assert!(
        why.starts_with("Get secure in your current role first"),
        "{why}"
    );
    // The move's own routes still follow straight after.
    let order = ranked(&advice);
    let at = order
        .iter()
        .position(|r| *r == "nursing-associate-apprenticeship")
        .unwrap();
    assert!(at <= 2, "{order:?}");
}

#[test]
fn with_no_role_chosen_routes_are_ranked_by_gaps_specific_before_broad() {
    let fw = mhn();
    let mut a = person(&fw, "l5", "l6c", false);
    a.current = None;
    let advice = advise(&fw, &a);
    assert!(advice.later.is_empty() && advice.past.is_empty());
    assert!(advice.ranked.iter().all(|s| s.fit == Fit::Gaps));
    // Named gaps rank before gaps only reached through a whole domain.
    let named: Vec<usize> = advice.ranked.iter().map(|s| s.named).collect();
    let mut sorted = named.clone();
    sorted.sort_by(|x, y| y.cmp(x));
    assert_eq!(named, sorted);
}

#[test]
fn a_route_naming_no_roles_is_open_to_anyone_at_or_aiming_for_its_career_levels() {
    use stepwise::domain::assessment::suggest::{standing, Standing};
    let fw = mhn();
    let level = |id: &str| fw.level(&LevelId::new(id)).unwrap();
    let route = |id: &str| fw.routes.iter().find(|r| r.id.as_str() == id).unwrap();
    // PSIRF training suits career levels 6 to 9 and names no roles.
    let psirf = route("psirf-training");
    assert!(psirf.audience.from.is_empty());
    assert_eq!(
        standing(&fw, psirf, Some(level("l5")), level("l6c")),
        Standing::Open
    );
    assert!(matches!(
        standing(&fw, psirf, Some(level("l5")), level("l5")),
        Standing::Later(why) if why == "It suits career levels 6 to 9, and you are at career level 5."
    ));
    // Suicide prevention e-learning suits career levels 2 to 6: a matron is past it.
    let e = route("suicide-prevention-elearning");
    assert_eq!(
        standing(&fw, e, Some(level("l7m")), level("l8m")),
        Standing::Past
    );
    // With no role chosen, everything is open.
    let na = route("nursing-associate-apprenticeship");
    assert_eq!(standing(&fw, na, None, level("l4na")), Standing::Open);
    assert_eq!(
        standing(&fw, na, Some(level("l4na")), level("l5")),
        Standing::Past
    );
}

#[test]
fn a_route_open_by_pay_band_reaches_the_roles_paid_at_it_and_is_later_for_the_others() {
    use stepwise::domain::assessment::suggest::{standing, Standing};
    let fw = mhn();
    let level = |id: &str| fw.level(&LevelId::new(id)).unwrap();
    let fnf = fw
        .routes
        .iter()
        .find(|r| r.id.as_str() == "fnf-leadership-scholarship")
        .unwrap();
    assert_eq!(fnf.audience.from_band, "7", "open from band 7");
    // A senior nurse (band 6, career level 6) is not yet eligible, whatever she aims for.
    for aim in ["l6c", "l7c", "l7m"] {
        assert!(
            matches!(
                standing(&fw, fnf, Some(level("l6c")), level(aim)),
                Standing::Later(why) if why == "It is open from pay band 7, and your role is usually paid at band 6."
            ),
            "{aim}"
        );
    }
    // A ward manager (band 6 or 7) may be: open, with the band named in the reason.
    assert_eq!(
        standing(&fw, fnf, Some(level("l6m")), level("l7m")),
        Standing::Open
    );
    // Advanced practitioners, matrons and consultants (band 7 and above) are.
    for here in ["l7c", "l7m", "l8c", "l8m"] {
        assert_eq!(
            standing(&fw, fnf, Some(level(here)), level(here)),
            Standing::Open,
            "{here}"
        );
    }

    // In the suggestions: a band 6 senior nurse aiming at matron sees it under "later", with
    // why; a ward manager aiming at matron gets it ranked, told to check her post's band; a
    // matron staying in post gets it from the career map.
    let advice = advise(&fw, &person(&fw, "l6c", "l7m", false));
    assert!(!ranked(&advice).contains(&"fnf-leadership-scholarship"));
    let later = advice
        .later
        .iter()
        .find(|l| l.route.id.as_str() == "fnf-leadership-scholarship")
        .expect("shown for later");
    assert!(later.why.contains("pay band 7"), "{}", later.why);

    let advice = advise(&fw, &person(&fw, "l6m", "l7m", false));
    let s = advice
        .ranked
        .iter()
        .find(|s| s.route.id.as_str() == "fnf-leadership-scholarship")
        .expect("ranked for a ward manager");
    let why = advice.why(&fw, s);
    assert!(
        why.contains("Only for posts at pay band 7 or above"),
        "{why}"
    );

    let advice = advise(&fw, &person(&fw, "l7m", "l7m", false));
    let s = advice
        .ranked
        .iter()
        .find(|s| s.route.id.as_str() == "fnf-leadership-scholarship")
        .expect("ranked for a matron");
    assert!(!advice.why(&fw, s).contains("Only for posts"));
}

#[test]
fn pay_bands_are_read_from_role_names_and_ordered_8a_to_8d_within_band_8() {
    use stepwise::domain::framework::band::{band_fit, bands_in_name, BandFit, PayBand};
    let b = |s: &str| PayBand::parse(s).unwrap();
    assert!(b("7") < b("8a") && b("8a") < b("8d") && b("8d") < b("9"));
    assert_eq!(b("8c").to_string(), "8c");
    for bad in ["", "10", "0", "8e", "7a", "band 7"] {
        assert_eq!(PayBand::parse(bad), None, "{bad:?}");
    }
    assert_eq!(
        bands_in_name("Mental health ward or team manager, pay band 6 or 7"),
        [b("6"), b("7")]
    );
    assert_eq!(
        bands_in_name("Matron or service manager (mental health), pay band 8a or 8b"),
        [b("8a"), b("8b")]
    );
    assert!(bands_in_name("A role with no band").is_empty());
    assert_eq!(band_fit(&[b("6")], Some(b("7"))), BandFit::Below);
    assert_eq!(band_fit(&[b("6"), b("7")], Some(b("7"))), BandFit::Depends);
    assert_eq!(band_fit(&[b("8a")], Some(b("7"))), BandFit::Eligible);
    assert_eq!(band_fit(&[], Some(b("7"))), BandFit::Eligible);
    assert_eq!(band_fit(&[b("2")], None), BandFit::Eligible);
    // Every role of the mental health nursing ladder names its bands (a returning starting
    // point is not a post, so it names none).
    let fw = mhn();
    for l in fw.levels.iter().filter(|l| l.rates.is_none()) {
        assert!(!l.pay_bands().is_empty(), "{}: {}", l.id, l.name);
    }
}
