//! Starting the app: on Stepwise's own page, in each place a host page marks for it (inside
//! a shadow root), and the full module taking over from the rating page's.

use super::first_screen::FirstChoice;
use super::{App, AppProps, Extras, Handover};
use crate::domain::embedding::settings::Deployment;
use crate::web::{base_url, deployment, describe, focus_within, mark, settings_for};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The apps this module started, by the element each renders into, so that one can be
    /// stopped when the full module takes its place.
    static MOUNTED: RefCell<Vec<(web_sys::Element, yew::AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
}

fn render(root: web_sys::Element, mut props: AppProps) {
    crate::web::panic::watch(&root, &props.settings);
    // The full module's views have a stylesheet of their own (a hand-over has added it
    // already, and waited for it).
    if let Some(extras) = props.extras {
        (extras.styles)(&root, &props.base);
    }
    props.root = Some(root.clone());
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    MOUNTED.with(|m| m.borrow_mut().push((root, handle)));
}

/// Mounts the app: into every element marked `data-stepwise` on a host page, each inside its
/// own shadow root with the app's styles, so host and widget never restyle each other; or,
/// on Stepwise's own page, into the element with id `stepwise`. `extras` is `None` in the
/// rating page's module, which hands over to the full module for the rest.
pub fn start(extras: Option<Extras>) {
    mark("stepwise-start");
    // boot.js has read the deployment's settings before starting the module.
    let deployment = &deployment();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let base = base_url();
    let hosts = document.query_selector_all("[data-stepwise]").ok();
    let hosts: Vec<web_sys::Element> = hosts
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
                .collect()
        })
        .unwrap_or_default();
    if hosts.is_empty() {
        if let Some(root) = document.get_element_by_id("stepwise") {
            let settings = settings_for(&root, deployment);
            let first_choice = first_choice(&document, &root);
            root.set_inner_html("");
            let props = AppProps {
                settings,
                base,
                embedded: false,
                extras,
                handover: None,
                root: None,
                first_choice,
            };
            render(root, props);
        }
        return;
    }
    for host in hosts {
        if let Err(e) = mount_in_shadow(&document, &host, &base, extras, deployment) {
            host.set_text_content(Some(&format!(
                "Stepwise could not start here ({}).",
                describe(e)
            )));
        }
    }
}

/// The role chosen on the plain first screen in `root`, if the page has one (see
/// [`crate::ui::first_screen`]), before the app draws over it.
fn first_choice(document: &web_sys::Document, root: &web_sys::Element) -> Option<FirstChoice> {
    let screen = root.query_selector("[data-first-screen]").ok().flatten()?;
    let menu = screen.query_selector("#current-level").ok().flatten()?;
    let focused = document.active_element().as_ref() == Some(&menu);
    let menu: web_sys::HtmlSelectElement = menu.dyn_into().ok()?;
    Some(FirstChoice {
        framework: screen.get_attribute("data-first-screen")?,
        level: menu.value(),
        focused,
    })
}

fn mount_in_shadow(
    document: &web_sys::Document,
    host: &web_sys::Element,
    base: &str,
    extras: Option<Extras>,
    deployment: &Deployment,
) -> Result<(), JsValue> {
    let settings = settings_for(host, deployment);
    let shadow =
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?;
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", &format!("{base}styles/stepwise.css"))?;
    shadow.append_child(&link)?;
    let root = document.create_element("div")?;
    root.set_class_name("app-root");
    shadow.append_child(&root)?;
    let props = AppProps {
        settings,
        base: base.to_string(),
        embedded: true,
        extras,
        handover: None,
        root: None,
        first_choice: None,
    };
    render(root, props);
    Ok(())
}

/// The rating page's module: hands the app in `root` over to the full module. boot.js loads
/// the module (once per page); then `now` says what to carry over, read at that moment so
/// nothing done meanwhile is lost, or `None` if it is no longer wanted. The full module puts
/// a fresh app in place of `root`, and this one stops. On failure nothing has changed, and
/// the reason is returned in words.
pub async fn hand_over(
    root: &web_sys::Element,
    now: impl FnOnce() -> Option<Handover>,
) -> Result<(), String> {
    let hooks = js_sys::Reflect::get(&js_sys::global(), &"__stepwise".into()).ok();
    let hook = |name: &str| {
        hooks
            .as_ref()
            .and_then(|o| js_sys::Reflect::get(o, &name.into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or("this page did not start Stepwise with its boot.js")
    };
    let (load, take_over) = (hook("load")?, hook("takeOver")?);
    let call = |f: &js_sys::Function, args: &js_sys::Array| {
        f.apply(&JsValue::NULL, args)
            .map(js_sys::Promise::from)
            .map(wasm_bindgen_futures::JsFuture::from)
            .map_err(describe)
    };
    // The full module, and its styles (so nothing it draws appears unstyled), before what
    // to hand over is read: anything done meanwhile is carried over.
    call(&load, &js_sys::Array::of1(root))?
        .await
        .map_err(describe)?;
    let Some(mut handover) = now().filter(|_| root.is_connected()) else {
        return Ok(());
    };
    handover.focus = focus_within(root);
    let args = js_sys::Array::of2(root, &JsValue::from_str(&handover.to_json()));
    call(&take_over, &args)?.await.map_err(describe)?;
    let stopped = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(r, _)| r == root)?;
        Some(m.swap_remove(at).1)
    });
    if let Some(app) = stopped {
        app.destroy();
    }
    Ok(())
}

/// The full module: takes over from the rating page's app in `root` (see [`hand_over`]).
pub async fn take_over(root: web_sys::Element, handover: String) -> Result<(), JsValue> {
    let deployment = deployment();
    let handover = handover.as_str();
    let handover = Handover::from_json(handover)
        .ok_or_else(|| JsValue::from_str("the hand-over could not be read"))?;
    if !root.is_connected() {
        return Err(JsValue::from_str("the widget is no longer on the page"));
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    // Settings come from where they did for the rating page: the host element of a shadow
    // root, or the page's own root.
    let (settings_from, embedded) = match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => (shadow.host(), true),
        Err(_) => (root.clone(), false),
    };
    // boot.js had the full module's stylesheet added already (`prepare`); render adds it
    // if not.
    let base = base_url();
    let fresh = document.create_element("div")?;
    fresh.set_class_name(&root.class_name());
    if !root.id().is_empty() {
        fresh.set_id(&root.id());
    }
    root.replace_with_with_node_1(&fresh)?;
    let props = AppProps {
        settings: settings_for(&settings_from, &deployment),
        base,
        embedded,
        extras: Some(super::extras()),
        handover: Some(handover),
        root: None,
        first_choice: None,
    };
    render(fresh, props);
    Ok(())
}
