//! Browser services: storage, the clock, and starting the app. Kept out of the domain so it
//! stays testable natively.

pub mod storage;

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

/// Mounts the app into the element with id `stepwise`, or the body if there is none.
pub fn start() {
    mark("stepwise-start");
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("stepwise"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<crate::ui::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<crate::ui::App>::new().render();
        }
    }
}
