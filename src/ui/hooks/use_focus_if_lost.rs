use yew::prelude::*;

/// Once `target` is drawn, gives it keyboard focus if focus was lost: on the page's body, as
/// when the button that opened a view went with the view it was in, or a hand-over replaced
/// the page's app. Focus elsewhere (a host page's, or a message that took it) stays put.
#[hook]
pub fn use_focus_if_lost(target: &NodeRef) {
    let target = target.clone();
    use_effect_with((), move |_| {
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| match (d.active_element(), d.body()) {
                (Some(active), Some(body)) => body.is_same_node(Some(&active)),
                _ => true,
            });
        if let Some(target) = target.cast::<web_sys::HtmlElement>().filter(|_| lost) {
            // Focus is a courtesy: failing to move it loses nothing.
            let _ = target.focus();
        }
    });
}
