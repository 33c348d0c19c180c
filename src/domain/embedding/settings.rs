//! Settings an embedding page gives the widget: which framework and levels, where to start,
//! review mode, and which origins it may talk to. Read from `data-` attributes on the
//! widget's element, or from the query string when it is loaded in an iframe or an LMS.

use crate::domain::framework::LevelId;

/// Everything an educator can set. Unset means the app's own default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// A built-in framework id, or the URL of a framework file beside the page.
    pub framework: Option<String>,
    /// Only these levels are offered, in the framework's order.
    pub levels: Vec<LevelId>,
    /// The level to start from when the learner has not chosen one.
    pub current: Option<LevelId>,
    /// The level to aim for when the learner has not chosen one.
    pub target: Option<LevelId>,
    /// Read-only: ratings can be seen and reported but not changed.
    pub review: bool,
    /// Origins allowed to receive the widget's messages and send it commands, besides its own.
    pub allowed_origins: Vec<String>,
}

/// The names the settings go by: `data-<name>` on the element, or `?<name>=` in the URL.
pub const NAMES: [&str; 6] = [
    "framework",
    "levels",
    "current",
    "target",
    "mode",
    "origins",
];

fn list(value: &str) -> Vec<String> {
    value
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl Settings {
    /// Reads settings through `lookup`, which answers for each of [`NAMES`].
    pub fn read(lookup: impl Fn(&str) -> Option<String>) -> Settings {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Settings {
            framework: get("framework"),
            levels: get("levels")
                .map(|v| list(&v).into_iter().map(LevelId::new).collect())
                .unwrap_or_default(),
            current: get("current").map(LevelId::new),
            target: get("target").map(LevelId::new),
            review: get("mode").is_some_and(|m| m.eq_ignore_ascii_case("review")),
            allowed_origins: get("origins")
                .map(|v| list(&v))
                .unwrap_or_default()
                .into_iter()
                .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
                .map(|o| o.trim_end_matches('/').to_string())
                .collect(),
        }
    }

    /// Whether messages may go to, or come from, `origin` when the widget itself is at `own`.
    pub fn allows(&self, origin: &str, own: &str) -> bool {
        origin == own || self.allowed_origins.iter().any(|o| o == origin)
    }
}
