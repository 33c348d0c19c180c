//! The rating page's module, loaded on a first visit: rating, the summary, gaps and suggested
//! routes. It hands over to `stepwise-full` for the gap report, the team view and an LMS.
fn main() {
    #[cfg(target_arch = "wasm32")]
    stepwise::ui::mount::start(None);
}
