//! Browser services: storage, fetching and reading files, downloads, the clock and the
//! page's settings. Kept out of the domain so it stays testable natively; the UI is started
//! from `ui::mount`.

pub mod messages;
pub mod panic;
pub mod review_crypto;
pub mod scorm;
pub mod storage;
pub mod styles;

use crate::domain::embedding::settings::{Deployment, CONFIG_FILE};
use crate::domain::Error;
use wasm_bindgen::JsCast;
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

pub fn describe(value: wasm_bindgen::JsValue) -> String {
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

/// Reads a file the user picked or dropped.
pub async fn file_text(file: &web_sys::File) -> Result<String, Error> {
    let name = file.name();
    let file = gloo_file::File::from(file.clone());
    gloo_file::futures::read_as_text(&file)
        .await
        .map_err(|e| Error::FileUnreadable {
            name,
            reason: e.to_string(),
        })
}

/// A parameter of the page's query string, such as `?framework=my-framework.toml`.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Where the app's own files are, as boot.js found it; the page's own folder otherwise.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-stepwise-base"))
        .unwrap_or_default()
}

/// Settings for the widget in `element`: launch settings from its `data-` attributes, then the
/// page's query string; deployment settings from its `data-` attributes, then `deployment`
/// (the site's `stepwise.config.json`), never from the query string.
pub fn settings_for(
    element: &web_sys::Element,
    deployment: &Deployment,
) -> crate::domain::embedding::settings::Settings {
    let attribute = |name: &str| element.get_attribute(&format!("data-{name}"));
    if query_param("origins").is_some() && attribute("origins").is_none() {
        web_sys::console::warn_1(
            &format!(
                "Stepwise ignores ?origins= in the page address: any page could write it. \
                 The site's {CONFIG_FILE} (or data-origins on the element Stepwise is in) \
                 lists the origins it talks to; see EMBEDDING.md."
            )
            .into(),
        );
    }
    let deployment = deployment.clone().overridden_by(attribute);
    crate::domain::embedding::settings::Settings::read(
        |name| attribute(name).or_else(|| query_param(name)),
        &deployment,
    )
}

/// The deployment's settings: `stepwise.config.json` beside the app, which boot.js fetches
/// (same origin only) while the module downloads, and reads before starting it. No file, or a
/// file that does not read, gives the safe default: no other origin, nothing hidden. A file
/// that does not read is reported in the console for the site's owner.
pub fn deployment() -> Deployment {
    let text = js_sys::Reflect::get(&js_sys::global(), &"__stepwise".into())
        .ok()
        .and_then(|hooks| js_sys::Reflect::get(&hooks, &"config".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&wasm_bindgen::JsValue::NULL).ok())
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    if text.trim().is_empty() {
        return Deployment::default();
    }
    Deployment::from_json(&text).unwrap_or_else(|reason| {
        web_sys::console::error_1(
            &format!(
                "Stepwise could not read {CONFIG_FILE} ({reason}), so it talks to no other \
                 origin and hides nothing. See EMBEDDING.md."
            )
            .into(),
        );
        Deployment::default()
    })
}

/// Whether keyboard focus is inside `root` (in a shadow root, the document only sees its
/// host as focused).
pub fn focus_within(root: &web_sys::Element) -> bool {
    let active = match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element()),
    };
    active.is_some_and(|a| root.contains(Some(&a)))
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
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(blob);
    let a: web_sys::HtmlAnchorElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(Error::DownloadFailed)?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    Ok(())
}
