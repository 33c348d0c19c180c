//! The one app context: the model and the way to change it.

use super::state::Model;
use yew::prelude::*;

/// The model and its dispatcher, shared with every component below the app.
pub type ModelHandle = UseReducerHandle<Model>;

/// The model from the nearest [`ContextProvider`]. Components are only ever mounted below
/// one, so a missing context is a programming error caught by the component tests.
#[hook]
pub fn use_model() -> ModelHandle {
    use_context::<ModelHandle>()
        .expect("components are mounted inside the app's ModelHandle provider")
}

/// Where the app keeps progress for the framework in use; `None` when it keeps nothing
/// (component tests). Provided by the app view.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageKey(pub Option<String>);

#[hook]
pub fn use_storage_key() -> Option<String> {
    use_context::<StorageKey>().and_then(|k| k.0)
}

/// The level of the widget's own heading, as the deployment set it (`heading-level`), so the
/// widget's headings fit under the host page's. Provided by the app; without it (component
/// tests) the widget's title is an `h1`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Headings(pub Option<u8>);

impl Headings {
    /// The tag of a heading of `rank` within the widget: 1 its title, 2 a section, 3 a part
    /// of one, 4 below that.
    pub fn tag(self, rank: u8) -> &'static str {
        crate::domain::embedding::settings::heading_tag(self.0, rank)
    }
}

#[hook]
pub fn use_headings() -> Headings {
    use_context::<Headings>().unwrap_or_default()
}

/// Choosing another framework, where the page lets the person choose (no framework set by
/// the page, not in review mode). Provided by the app above the view that offers it.
#[derive(Clone, PartialEq)]
pub struct FrameworkChoice {
    /// The framework open now.
    pub current: crate::domain::framework::source::Source,
    pub choose: Callback<crate::domain::framework::source::Source>,
    /// A framework file that could not be read.
    pub file_error: Callback<super::components::FileProblem>,
}

/// The ratings the gap report and plan read: the confirmed view (a supervisor's rating where
/// a kept review gives one) or, without a review, the person's own. Provided by the gap
/// report; without it, components read the person's own ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRatings(pub std::rc::Rc<crate::domain::Assessment>);

#[hook]
pub fn use_report_ratings() -> Option<std::rc::Rc<crate::domain::Assessment>> {
    use_context::<ReportRatings>().map(|r| r.0)
}
