//! Suggested routes: the best fits first, the rest behind "Show all", mandatory training and
//! routes for later apart.

use super::*;

/// The small framework with a career move from "a" to "b", four more routes for its
/// leadership gaps, one that everyone needs and one for later.
fn framework() -> stepwise::domain::framework::Framework {
    let mut text = common::SMALL.to_string();
    let route = |id: &str, to: u8, extra: &str| {
        format!(
            "\n[[routes]]\nid = \"{id}\"\ntitle = \"Route {id}\"\nkind = \"e-learning\"\ncareer_levels = [5, {to}]\nduration = \"1 day\"\nfunding = \"Free\"\nsource_url = \"https://example.org/\"\nchecked = \"2026-11-23\"\nsummary = \"s\"\n{extra}\n"
        )
    };
    for (i, to) in [6, 7, 8, 9].into_iter().enumerate() {
        text += &route(&format!("extra{i}"), to, "develops_domains = [\"lead\"]");
    }
    text += &route(
        "mandatory",
        9,
        "develops_domains = [\"care\"]\neveryone = true",
    );
    text += &route(
        "afterwards",
        7,
        "develops_domains = [\"care\"]\nfor_levels = [\"b\"]",
    );
    text += "\n[[moves]]\nfrom = \"a\"\nto = \"b\"\nkind = \"up\"\nrequires = \"A post.\"\nroutes = [\"teaching\"]\n";
    stepwise::domain::framework::content::parse(&text).expect("the framework parses")
}

fn titles(root: &Element) -> Vec<String> {
    let list = root
        .query_selector_all("#routes-ranked .app-route__title")
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.text_content()))
        .collect()
}

#[wasm_bindgen_test]
async fn five_suggestions_come_first_and_show_all_reveals_the_rest() {
    let mut a = started();
    a.target = Some(LevelId::new("b"));
    for (id, v) in [("b.learn.1", 0), ("b.lead.1", 1), ("b.care.1", 0)] {
        a.rate(CompetenceId::new(id), v);
    }
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(framework()),
        ..props(a, None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The routes are in the gap report.
    find(&root, ".app-gaps button")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;

    let first = titles(&root);
    assert_eq!(first.len(), 5, "{first:?}");
    // The route the career map lists for the move comes first, then specific before broad.
    assert_eq!(first[0], "Teaching course");
    assert_eq!(first[1], "Complex care module");
    let routes = find(&root, ".app-routes");
    assert!(text(&routes)
        .contains("Fits your move from Career level 5: Nurse to Career level 6: Senior nurse"));
    assert!(!text(&routes).contains("(s)"));

    let button = find(&root, ".app-routes button[aria-controls]");
    assert_eq!(button.text_content().unwrap(), "Show all 7 suggestions");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("routes-ranked")
    );
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let all = titles(&root);
    assert_eq!(all.len(), 7, "{all:?}");
    assert_eq!(all[..5], first[..]);
    let button = find(&root, ".app-routes button[aria-controls]");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(button.text_content().unwrap(), "Show the first 5 only");
    // Keyboard focus moves to the first route revealed.
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .and_then(|a| a.text_content());
    assert_eq!(active.as_deref(), Some(all[5].as_str()));

    // Mandatory training and routes for later are apart from the ranking, with why.
    let routes = text(&find(&root, ".app-routes"));
    assert!(routes.contains("Everyone needs these"));
    assert!(routes.contains("Route mandatory"));
    assert!(!all.contains(&"Route mandatory".to_string()));
    assert!(routes.contains("Later in your career (1)"));
    assert!(routes.contains("Not yet. It starts from: Career level 6: Senior nurse."));
}
