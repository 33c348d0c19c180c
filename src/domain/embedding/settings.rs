//! Settings an embedding page gives the widget. Two kinds, from two kinds of place:
//!
//! - **Launch settings** (which framework and levels, where to start, review mode) may come
//!   from anyone who links to the app: `data-` attributes on the widget's element, or the
//!   query string of an iframe or an LMS launch.
//! - **Deployment settings** (which other origins may talk to the widget, which views are
//!   hidden, the heading level) come only from whoever runs the site: `data-` attributes on
//!   the element the widget mounts in (a page on the widget's own origin), or the file
//!   `stepwise.config.json` served beside the app. Never from the query string, which any
//!   page that frames the app can write: `?origins=<itself>` let a hostile page hear a
//!   learner's progress and rewrite their aim.

use crate::domain::framework::LevelId;
use serde::Deserialize;

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
    /// Only from the deployment.
    pub allowed_origins: Vec<String>,
    /// Views not offered, by key (`map`, `report`, `team`). Only from the deployment.
    pub hidden_views: Vec<String>,
    /// The level of the widget's own heading, 1 to 5 (1 unless set); every heading inside
    /// it follows. Only from the deployment.
    pub heading_level: Option<u8>,
}

/// Launch settings: `data-<name>` on the element, or `?<name>=` in the URL.
pub const NAMES: [&str; 5] = ["framework", "levels", "current", "target", "mode"];

/// Deployment settings: `data-<name>` on the element, or `"<name>"` in `stepwise.config.json`.
pub const DEPLOYMENT_NAMES: [&str; 3] = ["origins", "hide", "heading-level"];

/// The name of the deployment's settings file, beside the app's `index.html`.
pub const CONFIG_FILE: &str = "stepwise.config.json";

/// The views that can be hidden; rating yourself is the widget's purpose and always shown.
pub const HIDEABLE_VIEWS: [&str; 3] = ["map", "report", "team"];

/// The deepest the widget's own heading can be: its sections are one level below it.
pub const MAX_HEADING_LEVEL: u8 = 5;

fn list(value: &str) -> Vec<String> {
    value
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `stepwise.config.json` as written: every field optional, a misspelt one refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deployment {
    #[serde(default)]
    pub origins: Vec<String>,
    #[serde(default)]
    pub hide: Vec<String>,
    #[serde(default, rename = "heading-level")]
    pub heading_level: Option<u8>,
}

impl Deployment {
    /// Reads the settings file. A file that does not read is refused whole, with the reason:
    /// the widget then talks to no other origin, hides nothing and keeps its `h1`.
    pub fn from_json(text: &str) -> Result<Deployment, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// Reads deployment settings through `lookup` (the `data-` attributes of the element the
    /// widget mounts in), each one given there replacing the file's.
    pub fn overridden_by(mut self, lookup: impl Fn(&str) -> Option<String>) -> Deployment {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        if let Some(origins) = get("origins") {
            self.origins = list(&origins);
        }
        if let Some(hide) = get("hide") {
            self.hide = list(&hide);
        }
        if let Some(level) = get("heading-level") {
            self.heading_level = level.parse().ok();
        }
        self
    }
}

/// An origin as a browser writes it (`https://host[:port]`), or `None` for anything else.
fn origin(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('/');
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host_only = !rest.is_empty() && !rest.contains(['/', '?', '#', '@', ' ']);
    host_only.then(|| text.to_ascii_lowercase())
}

impl Settings {
    /// Reads the launch settings through `launch`, which answers for each of [`NAMES`], and
    /// the deployment's settings from `deployment`.
    pub fn read(launch: impl Fn(&str) -> Option<String>, deployment: &Deployment) -> Settings {
        let get = |name: &str| {
            launch(name)
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
            allowed_origins: deployment
                .origins
                .iter()
                .filter_map(|o| origin(o))
                .collect(),
            hidden_views: deployment
                .hide
                .iter()
                .map(|v| v.trim().to_ascii_lowercase())
                .filter(|v| HIDEABLE_VIEWS.contains(&v.as_str()))
                .collect(),
            heading_level: deployment
                .heading_level
                .filter(|l| (1..=MAX_HEADING_LEVEL).contains(l)),
        }
    }

    /// Whether messages may go to, or come from, `origin` when the widget itself is at `own`.
    pub fn allows(&self, origin: &str, own: &str) -> bool {
        origin == own || self.allowed_origins.iter().any(|o| o == origin)
    }

    /// Whether the view with this key (`map`, `report`, `team`) is offered.
    pub fn shows_view(&self, key: &str) -> bool {
        !self.hidden_views.iter().any(|v| v == key)
    }

    /// The HTML tag of a heading of `rank` within the widget (see [`heading_tag`]).
    pub fn heading_tag(&self, rank: u8) -> &'static str {
        heading_tag(self.heading_level, rank)
    }
}

/// The HTML tag of a heading of `rank` within the widget (1 for its own title, 2 for its
/// sections, …) when its own heading is at `level` (1 unless set): `h1`…`h6`, never deeper.
pub fn heading_tag(level: Option<u8>, rank: u8) -> &'static str {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    let level = usize::from(level.unwrap_or(1)) + usize::from(rank) - 1;
    TAGS[level.clamp(1, 6) - 1]
}
