//! The career map drawn as a picture: a named group of levels and moves, each chosen by
//! keyboard or pointer to show what it requires, and "Aim for this" keeping focus there.

use super::appraisal::{button, focused};
use super::*;

/// The small framework with moves from "a": up to both level 6 roles, staying, and across
/// to a role outside it.
fn with_moves() -> stepwise::domain::framework::Framework {
    let mut text = common::SMALL.to_string();
    for (to, kind, requires) in [
        ("to = \"b\"", "up", "A senior post."),
        ("to = \"m\"", "up", "A manager's post and leadership study."),
        ("to = \"a\"", "stay", "Growing in post."),
        ("to_role = \"Lecturer\"", "across", "A teaching post."),
    ] {
        text += &format!(
            "\n[[moves]]\nfrom = \"a\"\n{to}\nkind = \"{kind}\"\nrequires = \"{requires}\"\nroutes = [\"teaching\"]\n"
        );
    }
    stepwise::domain::framework::content::parse(&text).expect("the framework parses")
}

async fn open_map() -> Element {
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(with_moves()),
        ..props(started(), None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    button(&root, "Career map")
        .expect("the map is in the navigation")
        .click();
    yew::scheduler::flush().await;
    root
}

/// The levels and moves that can be chosen in the phone's drawing, by accessible name.
fn choices(root: &Element) -> Vec<Element> {
    find(root, ".app-mapsvg--narrow")
        .query_selector_all("[role=button]")
        .unwrap()
        .values()
        .into_iter()
        .filter_map(|n| n.ok()?.dyn_into::<Element>().ok())
        .collect()
}

fn choice(root: &Element, name: &str) -> Element {
    choices(root)
        .into_iter()
        .find(|e| e.get_attribute("aria-label").as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no choice named {name}"))
}

async fn press(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(
        !(key == " " || key == "Enter") || event.default_prevented(),
        "{key:?} does not also scroll or submit"
    );
}

#[wasm_bindgen_test]
async fn the_picture_is_a_named_group_of_every_level_and_move() {
    let root = open_map().await;
    let svg = find(&root, ".app-mapsvg--narrow");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("group"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap_or_default()
        .starts_with("Career map as a picture, from Career level 5: Nurse"));
    let names: Vec<String> = choices(&root)
        .iter()
        .map(|e| {
            assert_eq!(e.get_attribute("tabindex").as_deref(), Some("0"));
            e.get_attribute("aria-label").unwrap_or_default()
        })
        .collect();
    assert_eq!(
        names,
        vec![
            "Career level 5: Nurse. Your current role. clinical and managerial",
            "Career level 6: Senior nurse. Your aim. clinical route",
            "Career level 6: Manager. managerial route",
            "Move up: Career level 6: Senior nurse",
            "Move up: Career level 6: Manager",
            "Stay in your role and grow there: Career level 5: Nurse",
            "Move across to an equivalent role: Lecturer (outside this framework)",
        ]
    );
    // The words on the arrows say their kind; the list in words is still there.
    assert!(
        text(&svg).contains("up") && text(&svg).contains("stay") && text(&svg).contains("across")
    );
    assert_eq!(
        root.query_selector_all(".app-map__text .app-move")
            .unwrap()
            .length(),
        4
    );
}

#[wasm_bindgen_test]
async fn enter_on_a_move_shows_what_it_requires_and_aiming_keeps_focus_there() {
    let root = open_map().await;
    press(&choice(&root, "Move up: Career level 6: Manager"), "Enter").await;
    let chosen = find(&root, ".app-map__chosen");
    assert!(text(&chosen).contains("A manager's post and leadership study."));
    assert!(text(&chosen).contains("Routes that lead there: Teaching course."));
    assert_eq!(
        focused().and_then(|e| e.text_content()).as_deref(),
        Some("Move up: Career level 6: Manager")
    );

    button(&chosen, "Aim for this: Career level 6: Manager")
        .expect("aim offered under the picture")
        .click();
    yew::scheduler::flush().await;
    let now = focused().expect("focus kept");
    assert_eq!(now.text_content().as_deref(), Some("This is your aim"));
    assert!(
        now.closest(".app-map__chosen").unwrap().is_some(),
        "focus stays in the panel"
    );
    assert!(text(&find(&root, ".app-map [role=status]"))
        .contains("Your aim is now Career level 6: Manager."));
    assert!(
        choice(&root, "Career level 6: Manager. Your aim. managerial route")
            .get_attribute("class")
            .unwrap_or_default()
            .contains("app-mapsvg__spot--aim")
    );
}

#[wasm_bindgen_test]
async fn space_or_a_click_chooses_a_level_and_other_keys_do_nothing() {
    let root = open_map().await;
    let manager = choice(&root, "Career level 6: Manager. managerial route");
    press(&manager, "a").await;
    assert!(root.query_selector(".app-map__chosen").unwrap().is_none());
    press(&manager, " ").await;
    let chosen = find(&root, ".app-map__chosen");
    assert_eq!(
        focused().and_then(|e| e.text_content()).as_deref(),
        Some("Career level 6: Manager")
    );
    assert!(text(&chosen).contains("Move up from Career level 5: Nurse: A manager's post"));

    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    choice(
        &root,
        "Move across to an equivalent role: Lecturer (outside this framework)",
    )
    .dispatch_event(&web_sys::Event::new_with_event_init_dict("click", &bubbling).unwrap())
    .unwrap();
    yew::scheduler::flush().await;
    assert!(text(&find(&root, ".app-map__chosen")).contains("A teaching post."));
}
