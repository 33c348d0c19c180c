//! Facts in the shipped content that people act on: funding rules, which source a framework
//! names, one route for one thing. Each was checked against its source on the date recorded
//! in the content (see the README's sources).
#![cfg(not(target_arch = "wasm32"))]

use stepwise::domain::framework::compact;
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::{Destination, MoveKind, RouteKind, TrainingRoute};
use stepwise::domain::{Framework, LevelId, RouteId};

fn read(path: &str) -> Framework {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

/// A route that offers an apprenticeship at RQF level 7 (a master's-level apprenticeship).
fn level_7_apprenticeship(r: &TrainingRoute) -> bool {
    let text = format!("{} {} {}", r.title, r.summary, r.provider).to_lowercase();
    text.contains("apprenticeship") && text.contains("rqf level 7")
}

/// Since 1 January 2026 levy funding for new starts on RQF level 7 apprenticeships is limited
/// to people under 22 (or under 25 with an EHC plan or care experience): every route offering
/// one, and every career move listing or naming one, says so.
#[test]
fn every_route_and_move_citing_a_level_7_apprenticeship_gives_the_2026_funding_rule() {
    let fw = read("content/mhn.toml");
    let level_7: Vec<&TrainingRoute> = fw
        .routes
        .iter()
        .filter(|r| level_7_apprenticeship(r))
        .collect();
    let ids: Vec<&str> = level_7.iter().map(|r| r.id.as_str()).collect();
    assert!(
        ids.contains(&"advanced-clinical-practitioner")
            && ids.contains(&"senior-leader-apprenticeship"),
        "{ids:?}"
    );
    for r in &level_7 {
        assert!(
            r.funding.contains("1 January 2026") && r.funding.contains("under 22"),
            "{}: funding does not give the rule from January 2026: {:?}",
            r.id,
            r.funding
        );
    }
    for m in &fw.moves {
        let lists = m.routes.iter().any(|id| ids.contains(&id.as_str()));
        let names = {
            let t = m.requires.to_lowercase();
            t.contains("apprenticeship") && t.contains("rqf level 7")
        };
        if lists || names {
            assert!(
                m.requires.contains("January 2026") && m.requires.contains("under 22"),
                "the move from {} to {:?} cites a level 7 apprenticeship without the 2026 rule: {:?}",
                m.from,
                m.to,
                m.requires
            );
        }
    }
}

/// Two routes starting from the same roles and leading to the same roles are one route told
/// twice (as the MSc in advanced practice and the advanced clinical practitioner
/// apprenticeship were until December 2026): the suggestions would list it twice.
#[test]
fn no_two_routes_lead_from_and_to_the_same_roles() {
    for path in ["content/mhn.toml", "content/care-certificate.toml"] {
        let fw = read(path);
        let leading: Vec<&TrainingRoute> = fw
            .routes
            .iter()
            .filter(|r| !r.audience.leads_to.is_empty())
            .collect();
        for (i, a) in leading.iter().enumerate() {
            for b in &leading[i + 1..] {
                let same = |x: &[_], y: &[_]| x.len() == y.len() && x.iter().all(|l| y.contains(l));
                assert!(
                    !(same(&a.audience.from, &b.audience.from)
                        && same(&a.audience.leads_to, &b.audience.leads_to)),
                    "{path}: {} and {} are the same move",
                    a.id,
                    b.id
                );
            }
        }
    }
}

#[test]
fn the_merged_advanced_practice_route_is_the_msc_or_the_apprenticeship() {
    let fw = read("content/mhn.toml");
    let acp = fw
        .route(&RouteId::new("advanced-clinical-practitioner"))
        .expect("the advanced practice route");
    // Most nurses take the MSc now that the apprenticeship is rarely levy-funded.
    assert_eq!(acp.kind, RouteKind::Qualification);
    assert!(acp.title.contains("MSc") && acp.title.contains("apprenticeship"));
    assert_eq!(
        acp.replaces,
        [RouteId::new("advanced-practice-msc")],
        "plans saved before the merge name the MSc by its old id"
    );
}

/// The Care Certificate route is the same thing in both frameworks: the same kind, the same
/// source and the same career levels.
#[test]
fn the_care_certificate_route_is_the_same_in_both_frameworks() {
    let id = RouteId::new("care-certificate");
    let mhn = read("content/mhn.toml");
    let cc = read("content/care-certificate.toml");
    let (a, b) = (mhn.route(&id).expect("mhn"), cc.route(&id).expect("cc"));
    assert_eq!(a.kind, RouteKind::InWork);
    assert_eq!(a.kind, b.kind);
    assert_eq!(a.source_url, b.source_url);
    assert_eq!(a.career_levels, b.career_levels);
}

/// The framework's source is the HEE publication itself, not a page about it.
#[test]
fn the_mental_health_framework_names_the_publication_as_its_source() {
    let fw = read("content/mhn.toml");
    assert!(
        fw.meta
            .source_url
            .contains("Mental%20Health%20Nursing%20Competence%20and%20Career%20Framework"),
        "{}",
        fw.meta.source_url
    );
}

/// The assistant practitioner apprenticeship says what is needed before its end-point
/// assessment: the Care Certificate standards, English and maths, the RQF level 5
/// qualification.
#[test]
fn the_assistant_practitioner_route_gives_its_gateway() {
    let fw = read("content/mhn.toml");
    let ap = fw
        .route(&RouteId::new("assistant-practitioner-apprenticeship"))
        .expect("the assistant practitioner route");
    for needed in [
        "gateway",
        "Care Certificate",
        "English and maths",
        "RQF level 5",
    ] {
        assert!(ap.entry.contains(needed), "{needed}: {:?}", ap.entry);
    }
}

/// People pick a role by what they know, often their pay band: every role names its usual
/// band, and the two cases most often confused are told apart.
#[test]
fn every_role_says_how_its_pay_band_relates_to_its_career_level() {
    let fw = read("content/mhn.toml");
    for level in &fw.levels {
        // A returning starting point is not a post: its description says the band depends on
        // the post a returner takes while they study.
        assert!(
            level.name.contains("band") || level.rates.is_some(),
            "{} names no pay band: {:?}",
            level.id,
            level.name
        );
        assert!(
            level.description.contains("Agenda for Change"),
            "{} does not say which pay bands its posts are on",
            level.id
        );
    }
    let manager = fw.level(&LevelId::new("l6m")).expect("ward manager");
    assert!(manager
        .description
        .contains("band 7 ward manager is at career level 6"));
    let acp = fw
        .level(&LevelId::new("l7c"))
        .expect("advanced practitioner");
    assert!(acp.name.contains("band 7 or 8a"), "{}", acp.name);
    assert!(fw.glossary.iter().any(|t| t.term == "Pay band"));
}

/// The roles and moves a support workforce asks about are on the map.
#[test]
fn the_map_has_peer_workers_trainees_returners_and_a_move_across_at_career_level_2() {
    let fw = read("content/mhn.toml");
    for (id, career_level) in [("l3p", 3), ("l3tna", 3)] {
        let level = fw.level(&LevelId::new(id)).expect(id);
        assert_eq!(level.career_level, career_level);
    }
    let peer = fw
        .route(&RouteId::new("peer-worker-apprenticeship"))
        .expect("the peer worker apprenticeship");
    assert!(peer.provider.contains("ST0896"));
    assert!(peer.audience.admits(&LevelId::new("l3p")));
    assert!(fw.route(&RouteId::new("return-to-practice")).is_some());
    let trainee = LevelId::new("l3tna");
    assert!(fw
        .moves
        .iter()
        .any(|m| m.from == trainee && m.to == Destination::Level(LevelId::new("l4na"))));
    assert!(
        fw.moves_from(&LevelId::new("l2"))
            .any(|m| m.kind == MoveKind::Across),
        "a move across from career level 2"
    );
    for area in ["forensic", "learning-disability"] {
        assert!(fw.areas.iter().any(|a| a.id.as_str() == area), "{area}");
    }
    // Nursing associates are registrants too: preceptorship and revalidation include them.
    for id in ["preceptorship", "nmc-revalidation"] {
        let r = fw.route(&RouteId::new(id)).expect(id);
        assert!(r.audience.admits(&LevelId::new("l4na")), "{id}");
        assert!(
            r.title.contains("nursing associates") || r.summary.contains("nursing associates"),
            "{id}"
        );
    }
}

/// The rating page shows a level domain by domain: listing the file the same way keeps the
/// file, the printed order and what journeys read from the file in step with the screen.
#[test]
fn each_level_lists_its_competences_domain_by_domain() {
    for path in ["content/mhn.toml", "content/care-certificate.toml"] {
        let fw = read(path);
        let rank = |c: &stepwise::domain::framework::Competence| {
            fw.domains.iter().position(|d| d.id == c.domain)
        };
        for level in &fw.levels {
            let ranks: Vec<_> = fw.competences_of(&level.id).map(rank).collect();
            assert!(
                ranks.windows(2).all(|w| w[0] <= w[1]),
                "{path}: {} is not listed domain by domain",
                level.id
            );
        }
    }
}

#[test]
fn the_care_certificate_domains_carry_the_standards_numbers_and_titles_in_order() {
    let text = std::fs::read_to_string("content/care-certificate.toml").expect("file");
    let fw = parse(&text).expect("reads");
    assert_eq!(fw.domains.len(), 16);
    for (i, d) in fw.domains.iter().enumerate() {
        let official = fw.official(&d.id).unwrap_or_default();
        assert!(
            official.starts_with(&format!("Standard {}: ", i + 1)),
            "{}: {official:?}",
            d.id
        );
    }
    // The 2025 revision's titles that changed or were added.
    let official = |id: &str| {
        fw.official(&stepwise::domain::DomainId::new(id))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        official("cc04"),
        "Standard 4: Equality, diversity, inclusion and human rights"
    );
    assert_eq!(
        official("cc16"),
        "Standard 16: Awareness of learning disability and autism"
    );
    // They survive compiling, for the full module; the rating page leaves them out.
    let compiled = compact::encode(&fw, compact::Form::Complete);
    let back = compact::decode(&compiled).expect("decodes");
    assert_eq!(back.officials, fw.officials);
    let rating = compact::decode_for_rating(&compiled).expect("decodes for rating");
    assert!(rating.officials.is_empty());
    // A framework that follows no one publication's numbering has none.
    let mhn = parse(include_str!("../content/mhn.toml")).expect("mhn");
    assert!(mhn.officials.is_empty());
    assert_eq!(mhn.official(&mhn.domains[0].id), None);
}
