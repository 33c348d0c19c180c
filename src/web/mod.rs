//! Browser services: storage, fetching files, the clock, and starting the app. Kept out of
//! the domain so it stays testable natively.

pub mod messages;
pub mod scorm;
pub mod storage;

use crate::domain::Error;
use crate::ui::{App, AppProps, Extras, Handover};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> u64 {
    // Date.now() is a whole, positive number of milliseconds.
    js_sys::Date::now() as u64
}

/// Records a named moment for the benchmark to read (`stepwise-start`, `stepwise-rendered`).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        // Only a measurement: failing to record it changes nothing for the user.
        let _ = perf.mark(name);
    }
}

fn describe(value: wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Fetches a text file from the app's own origin (the CSP allows no other).
pub async fn fetch_text(url: &str) -> Result<String, Error> {
    let fail = |reason: String| Error::FrameworkFetch {
        url: url.to_string(),
        reason,
    };
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| fail(describe(e)))?
        .dyn_into()
        .map_err(|_| fail("not a response".into()))?;
    if !response.ok() {
        return Err(fail(format!("the server answered {}", response.status())));
    }
    let text = response.text().map_err(|e| fail(describe(e)))?;
    JsFuture::from(text)
        .await
        .map_err(|e| fail(describe(e)))?
        .as_string()
        .ok_or_else(|| fail("it is not text".into()))
}

/// Reads a file the user picked.
pub async fn file_text(file: &web_sys::File) -> Result<String, Error> {
    let fail = |reason: String| Error::FileUnreadable {
        name: file.name(),
        reason,
    };
    JsFuture::from(file.text())
        .await
        .map_err(|e| fail(describe(e)))?
        .as_string()
        .ok_or_else(|| fail("it is not text".into()))
}

/// A parameter of the page's query string, such as `?framework=my-framework.toml`.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Where the app's own files are, as boot.js found it; the page's own folder otherwise.
fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-stepwise-base"))
        .unwrap_or_default()
}

/// Settings from an element's `data-` attributes, then the page's query string.
fn settings_for(element: &web_sys::Element) -> crate::domain::embedding::settings::Settings {
    crate::domain::embedding::settings::Settings::read(|name| {
        element
            .get_attribute(&format!("data-{name}"))
            .or_else(|| query_param(name))
    })
}

thread_local! {
    /// The apps this module started, by the element each renders into, so that one can be
    /// stopped when the full module takes its place.
    static MOUNTED: RefCell<Vec<(web_sys::Element, yew::AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
}

fn render(root: web_sys::Element, mut props: AppProps) {
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
            let settings = settings_for(&root);
            root.set_inner_html("");
            let props = AppProps {
                settings,
                base,
                embedded: false,
                extras,
                handover: None,
                root: None,
            };
            render(root, props);
        }
        return;
    }
    for host in hosts {
        if let Err(e) = mount_in_shadow(&document, &host, &base, extras) {
            host.set_text_content(Some(&format!(
                "Stepwise could not start here ({}).",
                describe(e)
            )));
        }
    }
}

fn mount_in_shadow(
    document: &web_sys::Document,
    host: &web_sys::Element,
    base: &str,
    extras: Option<Extras>,
) -> Result<(), JsValue> {
    let settings = settings_for(host);
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
    call(&load, &js_sys::Array::new())?
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

/// Whether keyboard focus is inside `root` (in a shadow root, the document only sees its
/// host as focused).
fn focus_within(root: &web_sys::Element) -> bool {
    let active = match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element()),
    };
    active.is_some_and(|a| root.contains(Some(&a)))
}

/// The full module: takes over from the rating page's app in `root` (see [`hand_over`]).
pub fn take_over(root: web_sys::Element, handover: &str) -> Result<(), JsValue> {
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
    let fresh = document.create_element("div")?;
    fresh.set_class_name(&root.class_name());
    if !root.id().is_empty() {
        fresh.set_id(&root.id());
    }
    root.replace_with_with_node_1(&fresh)?;
    let props = AppProps {
        settings: settings_for(&settings_from),
        base: base_url(),
        embedded,
        extras: Some(crate::ui::extras()),
        handover: Some(handover),
        root: None,
    };
    render(fresh, props);
    Ok(())
}

/// Today's date where the person is, YYYY-MM-DD: the local date, not UTC, so a report made
/// just after midnight in summer time carries today's date, not yesterday's.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), Error> {
    let fail = |_| Error::DownloadFailed;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Error::DownloadFailed)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| Error::DownloadFailed)?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
