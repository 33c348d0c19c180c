//! What the deployment's settings change on screen, and links a compiled framework could carry.

use super::{find, props, root, started, text};
use std::rc::Rc;
use stepwise::domain::embedding::settings::Settings;
use stepwise::domain::CompetenceId;
use stepwise::ui::AppView;
use wasm_bindgen_test::*;

fn tags(root: &web_sys::Element, selector: &str) -> Vec<(String, String)> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .map(|e| {
            (
                e.tag_name().to_lowercase(),
                e.text_content().unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_heading_level_moves_every_heading_down_and_hidden_views_are_not_offered() {
    let root = root();
    let props = stepwise::ui::AppViewProps {
        settings: Settings {
            heading_level: Some(2),
            hidden_views: vec!["team".into(), "report".into()],
            ..Default::default()
        },
        ..props(started(), None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("h1").unwrap().is_none(),
        "no h1 of its own"
    );
    assert_eq!(
        find(&root, ".app-header__title").tag_name(),
        "H2",
        "the widget's own heading"
    );
    let sections = tags(&root, ".app-card__title");
    assert!(!sections.is_empty());
    assert!(sections.iter().all(|(tag, _)| tag == "h3"), "{sections:?}");
    let domains = tags(&root, ".app-domain__title");
    assert!(domains.iter().all(|(tag, _)| tag == "h4"), "{domains:?}");
    let nav = text(&find(&root, ".app-nav"));
    assert!(nav.contains("Rate yourself"));
    assert!(
        !nav.contains("Team view") && !nav.contains("Gap report"),
        "{nav}"
    );
    // Nor does the count of gaps beside the ratings lead to the hidden report.
    let gaps = text(&find(&root, ".app-gaps"));
    assert!(gaps.contains("Your gaps for"), "{gaps}");
    assert!(!gaps.contains("See your gaps"), "{gaps}");
}

#[wasm_bindgen_test]
async fn a_link_that_is_not_https_or_relative_is_never_drawn() {
    // A compiled framework is not read through the checks a TOML file is: the view guards too.
    let mut framework = super::common::small();
    framework.routes[0].source_url = "javascript:alert(document.domain)".into();
    let mut a = started();
    a.rate(CompetenceId::new("b.learn.1"), 0);
    a.rate(CompetenceId::new("b.lead.1"), 1);
    let root = root();
    let props = stepwise::ui::AppViewProps {
        framework: Rc::new(framework),
        ..props(a, None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The suggestions are in the gap report.
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(find(&root, ".app-gaps button"))
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Suggested training and CPD"));
    let links = root.query_selector_all(".app-route a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .filter_map(|e| e.get_attribute("href"))
        .collect();
    // Supervision (javascript:) and Teaching (https) are both suggested: one link is drawn.
    assert!(text(&root).contains("Supervision course"));
    assert_eq!(hrefs, ["https://example.org/teaching"]);
}
