//! The full module: everything the rating page's module has, plus the gap report, the team
//! view and the LMS connection. boot.js loads it when the rating page hands over, or at once
//! with `boot.js?full` (as in the SCORM packages).

#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::*;

    /// Starts the full app in every place the page marks for Stepwise.
    #[wasm_bindgen]
    pub fn start() {
        stepwise::ui::mount::start(Some(stepwise::ui::extras()));
    }

    /// Readies the full module to take over the app in `root`: its stylesheet is added
    /// where `root` is drawn and the promise settles when it has loaded, before the rating
    /// page reads what to hand over (see `stepwise::ui::mount::hand_over`).
    #[wasm_bindgen]
    pub async fn prepare(root: web_sys::Element) {
        if let Some(loaded) =
            stepwise::web::styles::add_full_styles(&root, &stepwise::web::base_url())
        {
            let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
        }
    }

    /// Takes over from the rating page's app in `root`, with what it hands over as JSON
    /// (see `stepwise::ui::mount::hand_over`).
    #[wasm_bindgen(js_name = takeOver)]
    pub async fn take_over(root: web_sys::Element, handover: String) -> Result<(), JsValue> {
        stepwise::ui::mount::take_over(root, handover).await
    }
}

fn main() {}
