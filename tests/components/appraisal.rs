//! The appraisal pack on screen: the name saved with the assessment, "Add to plan" beside each
//! suggested route, Remove in the plan keeping focus, and the sign-off block that prints what
//! a manager types.

use super::*;

fn gaps_at_b() -> Assessment {
    let mut a = started();
    a.rate(CompetenceId::new("b.care.1"), 0);
    a.rate(CompetenceId::new("b.lead.1"), 0);
    a
}

/// The button whose accessible name (its aria-label, or else its text) is `name`.
pub(crate) fn button(root: &Element, name: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector_all("button")
        .unwrap()
        .values()
        .into_iter()
        .filter_map(|n| n.ok()?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| {
            b.get_attribute("aria-label")
                .or_else(|| b.text_content())
                .as_deref()
                == Some(name)
        })
}

pub(crate) async fn open_report(root: &Element) {
    button(root, "Gap report and plan")
        .expect("the report is in the navigation")
        .click();
    yew::scheduler::flush().await;
}

pub(crate) fn focused() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Sets `field`'s value and tells the app, as typing does.
async fn fill(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &bubbling).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_name_is_saved_with_the_assessment_once_typing_stops() {
    let key = "stepwise:test:name";
    let (root, _app) = mount_saving(key).await;
    open_report(&root).await;
    let writes = count_writes(key);
    let name = input(&root, "#person-name");
    let typed = "Jo Bloggs";
    for end in 1..=typed.len() {
        fill(&name, &typed[..end]).await;
    }
    assert_eq!(writes(), 0, "nothing written while typing");
    let facts = find(&root, ".app-report__facts").text_content().unwrap();
    assert!(facts.contains(typed), "{facts}");
    name.dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(writes(), 1, "one write when the field is left");
    let saved = local_storage().get_item(key).unwrap().unwrap_or_default();
    assert!(saved.contains("\"who\":\"Jo Bloggs\""), "{saved}");
}

#[wasm_bindgen_test]
async fn each_suggested_route_adds_itself_to_the_plan_and_keeps_focus() {
    let root = mount(gaps_at_b(), None).await;
    open_report(&root).await;
    assert!(text(&root).contains("Nothing planned yet"));
    let add = button(&root, "Add to plan: Teaching course").expect("a button per route");
    assert_eq!(
        add.text_content().as_deref(),
        Some("Add to plan"),
        "the visible words begin its name"
    );
    assert!(button(&root, "Add to plan: Supervision course").is_some());
    add.focus().unwrap();
    add.click();
    yew::scheduler::flush().await;

    let plan = find(&root, ".app-plan__table").text_content().unwrap();
    assert!(plan.contains("Teaching course"), "{plan}");
    assert!(plan.contains("1 year"), "the route's duration: {plan}");
    let remove = button(&root, "Remove from plan: Teaching course")
        .expect("the same button, now to take it out");
    assert!(button(&root, "Add to plan: Teaching course").is_none());
    let remove_element: &Element = remove.as_ref();
    assert_eq!(
        focused().as_ref(),
        Some(remove_element),
        "focus stays on the button"
    );
    assert!(
        button(&root, "Add to plan: Supervision course").is_some(),
        "the others are untouched"
    );

    remove.click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Nothing planned yet"));
    assert!(button(&root, "Add to plan: Teaching course").is_some());
}

#[wasm_bindgen_test]
async fn in_review_mode_no_route_can_be_added() {
    let root = root();
    let props = AppViewProps {
        settings: stepwise::domain::embedding::settings::Settings {
            review: true,
            ..Default::default()
        },
        ..props(gaps_at_b(), None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    open_report(&root).await;
    assert!(
        text(&root).contains("Teaching course"),
        "the routes are still suggested"
    );
    assert!(button(&root, "Add to plan: Teaching course").is_none());
}

#[wasm_bindgen_test]
async fn the_sign_off_prints_what_the_manager_types_and_lines_for_the_rest() {
    let root = mount(gaps_at_b(), None).await;
    open_report(&root).await;
    let block = find(&root, ".app-signoff");
    let labels = block.query_selector_all("label").unwrap();
    let labels: Vec<String> = (0..labels.length())
        .filter_map(|i| labels.item(i)?.text_content())
        .collect();
    for label in [
        "Manager's name",
        "Manager's role",
        "Date of the review",
        "Agreed next review",
        "Comments",
    ] {
        assert!(labels.iter().any(|l| l == label), "a field for {label}");
    }
    let lines = block
        .query_selector_all(".app-print-only.app-signoff__line")
        .unwrap()
        .length();
    assert!(lines >= 8, "a line to write on for each field: {lines}");

    fill(&input(&block, "#signoff-name"), "Sam Patel").await;
    let printed = find(&block, "#signoff-name + .app-print-only")
        .text_content()
        .unwrap();
    assert_eq!(printed, "Sam Patel");
    let role = find(&block, "#signoff-role + .app-print-only")
        .text_content()
        .unwrap();
    assert_eq!(role, "", "left empty, a line to write on");
}

#[wasm_bindgen_test]
async fn removing_a_row_of_the_plan_moves_focus_to_the_next_remove_then_the_heading() {
    let root = mount(gaps_at_b(), None).await;
    open_report(&root).await;
    for route in ["Teaching course", "Supervision course"] {
        button(&root, &format!("Add to plan: {route}"))
            .expect("a button per route")
            .click();
        yew::scheduler::flush().await;
    }
    let first = button(&root, "Remove Teaching course").expect("a Remove for each row");
    first.focus().unwrap();
    first.click();
    yew::scheduler::flush().await;
    let next = button(&root, "Remove Supervision course").expect("the row left");
    let next_element: &Element = next.as_ref();
    assert_eq!(
        focused().as_ref(),
        Some(next_element),
        "focus goes to the Remove of the row now in its place"
    );

    next.click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Nothing planned yet"));
    assert_eq!(
        focused().and_then(|e| e.text_content()).as_deref(),
        Some("Action plan"),
        "with the plan empty, focus goes to its heading"
    );
}
