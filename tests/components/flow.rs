//! From rating to advice: "Now rate …" once the current role is rated, a gap report with
//! nothing to list saying what to do next, counts in words, shares to the nearest percent and
//! the career-planning to-do list.

use super::appraisal::{button, focused, open_report};
use super::*;
use stepwise::domain::embedding::settings::Settings;

/// Rates `id` by clicking its radio for `value`, as a person would.
async fn click_rating(root: &Element, id: &str, value: u8) {
    let selector = format!("#rate-{}-{value}", id.replace('.', "\\."));
    input(root, &selector).click();
    yew::scheduler::flush().await;
}

fn focused_id() -> String {
    focused().map(|e| e.id()).unwrap_or_default()
}

/// The small framework with a career move from "b" (the level above "a") across to "m".
fn with_a_move_from_b() -> stepwise::domain::framework::Framework {
    let text = format!(
        "{}\n[[moves]]\nfrom = \"b\"\nto = \"m\"\nkind = \"across\"\nrequires = \"A post.\"\nroutes = [\"teaching\"]\n",
        common::SMALL
    );
    stepwise::domain::framework::content::parse(&text).expect("the framework parses")
}

#[wasm_bindgen_test]
async fn rating_the_whole_current_role_offers_the_aim_in_place() {
    let root = mount(started(), None).await;
    let next = find(&root, ".app-rate .app-next");
    assert_eq!(next.get_attribute("role").as_deref(), Some("status"));
    click_rating(&root, "a.care.1", 2).await;
    click_rating(&root, "a.care.2", 3).await;
    assert!(button(&root, "Now rate Career level 6: Senior nurse").is_none());
    assert_eq!(
        text(&next),
        "",
        "nothing offered before the role is rated in full"
    );

    click_rating(&root, "a.lead.1", 1).await;
    assert!(text(&next).contains("You have rated every competence of your current role."));
    button(&root, "Now rate Career level 6: Senior nurse")
        .expect("the aim offered in the live region")
        .click();
    yew::scheduler::flush().await;

    let level: web_sys::HtmlSelectElement = find(&root, "#shown-level").dyn_into().unwrap();
    assert_eq!(level.value(), "b");
    assert!(text(&root).contains("0 of 3 rated"));
    assert_eq!(
        text(&find(&root, ".app-rate .app-next")),
        "Now rating Career level 6: Senior nurse."
    );
    assert_eq!(
        focused_id(),
        "rate-b.care.1-0",
        "focus on the aim's first rating"
    );

    // Choosing a level by hand ends it: nothing offered, nothing announced.
    level.set_value("a");
    level
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(button(&root, "Now rate Career level 6: Senior nurse").is_some());
    assert!(!text(&root).contains("Now rating"));
}

#[wasm_bindgen_test]
async fn nothing_is_offered_when_the_aim_is_the_role_just_rated() {
    let mut a = started();
    a.target = Some(LevelId::new("a"));
    let root = mount(a, None).await;
    for id in ["a.care.1", "a.care.2", "a.lead.1"] {
        click_rating(&root, id, 2).await;
    }
    assert!(text(&root).contains("3 of 3 rated"));
    assert_eq!(text(&find(&root, ".app-rate .app-next")), "");
}

#[wasm_bindgen_test]
async fn shares_read_to_the_nearest_percent_and_counts_in_words() {
    let root = mount(started(), None).await;
    click_rating(&root, "a.care.1", 2).await;
    click_rating(&root, "a.care.2", 3).await;
    let standing = text(&find(&root, ".app-summary"));
    assert!(standing.contains("2 (67%)"), "2 of 3 met: {standing}");
    assert!(!standing.contains("66%"), "{standing}");

    click_rating(&root, "a.lead.1", 2).await;
    let mut gaps = find(&root, "#gaps-heading").parent_element().unwrap();
    assert!(
        text(&gaps).contains("3 competences at this level are not rated yet"),
        "{}",
        text(&gaps)
    );
    button(&root, "Now rate Career level 6: Senior nurse")
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    click_rating(&root, "b.care.1", 0).await;
    click_rating(&root, "b.lead.1", 2).await;
    gaps = find(&root, "#gaps-heading").parent_element().unwrap();
    let said = text(&gaps);
    assert!(
        said.contains("1 gap among what you have rated; 1 competence at this level is not rated yet and may be a gap too."),
        "{said}"
    );
    assert!(!said.contains("(s)"), "{said}");
}

#[wasm_bindgen_test]
async fn an_empty_report_sends_a_person_to_rate_their_current_role_first() {
    let root = mount(started(), None).await;
    open_report(&root).await;
    let gaps = text(&find(&root, ".app-report .app-gaps"));
    assert!(gaps.contains("Nothing is rated here yet."), "{gaps}");
    button(&root, "Rate your current role")
        .expect("a button, not a sentence only")
        .click();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".app-report").unwrap().is_none());
    let level: web_sys::HtmlSelectElement = find(&root, "#shown-level").dyn_into().unwrap();
    assert_eq!(level.value(), "a");
    assert_eq!(focused_id(), "rate-a.care.1-0");
    assert!(text(&root).contains("Now rating Career level 5: Nurse."));
}

#[wasm_bindgen_test]
async fn with_the_current_role_rated_an_empty_report_sends_a_person_to_rate_the_aim() {
    let mut a = started();
    for id in ["a.care.1", "a.care.2", "a.lead.1"] {
        a.rate(CompetenceId::new(id), 2);
    }
    let root = mount(a, None).await;
    open_report(&root).await;
    button(&root, "Rate Career level 6: Senior nurse")
        .expect("the aim to rate")
        .click();
    yew::scheduler::flush().await;
    let level: web_sys::HtmlSelectElement = find(&root, "#shown-level").dyn_into().unwrap();
    assert_eq!(level.value(), "b");
    assert_eq!(focused_id(), "rate-b.care.1-0");
}

fn all_met() -> Assessment {
    let mut a = started();
    for id in ["b.care.1", "b.lead.1", "b.learn.1"] {
        a.rate(CompetenceId::new(id), 3);
    }
    a
}

#[wasm_bindgen_test]
async fn with_no_gaps_the_report_opens_the_career_map_from_the_aim() {
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(with_a_move_from_b()),
        ..props(all_met(), None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    open_report(&root).await;
    assert!(text(&root).contains("No gaps: you meet every competence at this level."));
    button(&root, "See your next moves on the career map")
        .expect("the way to the next move")
        .click();
    yew::scheduler::flush().await;
    let heading = find(&root, "#map-heading");
    assert!(
        text(&heading).contains("Senior nurse"),
        "the map explored from the aim: {}",
        text(&heading)
    );
    assert_eq!(focused_id(), "map-heading");
}

#[wasm_bindgen_test]
async fn with_no_gaps_and_no_map_shown_the_report_points_to_planning() {
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(with_a_move_from_b()),
        settings: Settings {
            hidden_views: vec!["map".into()],
            ..Default::default()
        },
        ..props(all_met(), None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    open_report(&root).await;
    assert!(button(&root, "See your next moves on the career map").is_none());
    button(&root, "Plan your next step")
        .expect("a next step without the map")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(focused_id(), "planning-heading");
}

#[wasm_bindgen_test]
async fn the_report_carries_a_career_planning_to_do_list_as_text() {
    let root = mount(started(), None).await;
    open_report(&root).await;
    let list = find(&root, ".app-planning");
    assert!(
        list.get_attribute("class")
            .unwrap_or_default()
            .contains("app-no-print"),
        "the pack keeps to three pages"
    );
    let said = text(&list);
    for needed in [
        "Before an appraisal or career conversation",
        "Who to talk to",
        "Learning Support Fund",
        "recognition of prior learning",
    ] {
        assert!(said.contains(needed), "{needed} in {said}");
    }
    assert!(
        list.query_selector("a").unwrap().is_none(),
        "no unchecked links"
    );
    assert!(list.query_selector_all("li").unwrap().length() >= 8);
}
