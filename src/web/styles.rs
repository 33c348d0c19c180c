//! The full module's own stylesheet (`styles/stepwise-full.css`: the career map, gap report,
//! plan, chart, sign-off and team view), added beside the rating page's where the app is
//! drawn, so a first visit fetches only what the rating page needs.

use wasm_bindgen::JsCast;

/// Adds the full module's stylesheet where `root` is drawn (its shadow root, or the page's
/// head), once. The promise settles when it has loaded or failed (the app works unstyled
/// rather than not at all); `None` when it was there already or cannot be added.
pub fn add_full_styles(root: &web_sys::Element, base: &str) -> Option<js_sys::Promise> {
    let document = web_sys::window()?.document()?;
    let node = root.get_root_node();
    let parent: web_sys::Node = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => {
            if shadow
                .query_selector("link[data-stepwise-full]")
                .ok()?
                .is_some()
            {
                return None;
            }
            shadow.clone().into()
        }
        None => {
            if document
                .query_selector("link[data-stepwise-full]")
                .ok()?
                .is_some()
            {
                return None;
            }
            document.head()?.into()
        }
    };
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &format!("{base}styles/stepwise-full.css"))
        .ok()?;
    link.set_attribute("data-stepwise-full", "").ok()?;
    let loaded = js_sys::Promise::new(&mut |done, _| {
        let done = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = done.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = link.add_event_listener_with_callback("load", done.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", done.unchecked_ref());
    });
    parent.append_child(&link).ok()?;
    Some(loaded)
}
