//! Talking to the host page with `postMessage`, only with the origins it allows.

use crate::domain::embedding::messages::{command, Command};
use crate::domain::embedding::settings::Settings;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

fn own_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Sends `message` to the host: the parent window when the widget is framed (an iframe or an
/// LMS), otherwise its own window, where a host page on the same page listens. A message is
/// only delivered to a window whose origin is allowed.
pub fn post(settings: &Settings, message: &impl serde::Serialize) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(data) = js_sys::JSON::parse(&serde_json::to_string(message).unwrap_or_default()) else {
        return;
    };
    let parent = window.parent().ok().flatten();
    let framed = parent.as_ref().is_some_and(|p| p != &window);
    let target = if framed { parent } else { Some(window.clone()) };
    let Some(target) = target else { return };
    let own = own_origin();
    let mut origins = vec![own.clone()];
    if framed {
        origins.extend(settings.allowed_origins.iter().cloned());
    }
    for origin in origins {
        // postMessage with a specific target origin delivers only if the window has that
        // origin; a refusal is the intended outcome for the others.
        let _ = target.post_message(&data, &origin);
    }
}

/// Listens for commands from allowed origins until the listener is dropped.
pub fn listen(settings: Settings, on_command: impl Fn(Command) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let own = own_origin();
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if !settings.allows(&event.origin(), &own) {
            return;
        }
        let data = event.data();
        let text = match data.as_string() {
            Some(text) => text,
            None => match js_sys::JSON::stringify(&data) {
                Ok(text) => String::from(text),
                Err(_) => return,
            },
        };
        if let Some(cmd) = command(&text) {
            on_command(cmd);
        }
    }))
}
