//! When the app meets something it did not expect (a panic), the widget says so in plain
//! words and tells the host page. The release build aborts on a panic, so without this the
//! widget would freeze with nothing on screen to say why.

use crate::domain::embedding::messages;
use crate::domain::embedding::settings::Settings;
use std::cell::RefCell;

/// What the person reads when the widget has stopped.
pub const MESSAGE: &str = "Something went wrong and Stepwise has stopped. What it saved in this browser is kept: reload the page to carry on from there.";

thread_local! {
    /// Each widget on the page, with its host's settings (which origins hear about it).
    static WIDGETS: RefCell<Vec<(web_sys::Element, Settings)>> = const { RefCell::new(Vec::new()) };
}

/// Reports a panic in the widget drawn in `root`, the first time installing the hook that
/// does so.
pub fn watch(root: &web_sys::Element, settings: &Settings) {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        // The default hook still writes the panic to the console, for whoever investigates.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            previous(info);
            report();
        }))
    });
    WIDGETS.with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            w.push((root.clone(), settings.clone()));
        }
    });
}

/// Shows [`MESSAGE`] at the top of every widget still on the page, and sends each host page
/// an "error" message.
pub fn report() {
    WIDGETS.with(|w| {
        let Ok(widgets) = w.try_borrow() else {
            return;
        };
        for (root, settings) in widgets.iter().filter(|(root, _)| root.is_connected()) {
            show(root);
            super::messages::post(settings, &messages::failure(MESSAGE));
        }
    });
}

fn show(root: &web_sys::Element) {
    let Some(alert) = root
        .owner_document()
        .and_then(|d| d.create_element("p").ok())
    else {
        return;
    };
    alert.set_class_name("app-banner app-banner--error");
    // Nothing more can be done if these fail: the app has already stopped.
    let _ = alert.set_attribute("role", "alert");
    alert.set_text_content(Some(MESSAGE));
    let _ = root.prepend_with_node_1(&alert);
}
