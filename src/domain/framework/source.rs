//! Where a framework comes from: the built-in frameworks shipped in `content/`, a file served
//! beside the app, or a file the person picked.

/// A framework that ships with Stepwise, as a file in `content/` served beside the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltIn {
    pub id: &'static str,
    pub title: &'static str,
    /// Path relative to the app's page.
    pub path: &'static str,
    /// The framework compiled by the build (see [`crate::domain::framework::compact`]): whole
    /// and in outline. On a first visit the rating page's module opens the outline and
    /// fetches the whole form once a role is chosen. With progress saved it opens the whole
    /// form straight away.
    pub compiled: &'static str,
    pub outline: &'static str,
    /// Whether the complete file has a career map (checked by a test against the file).
    pub has_career_map: bool,
}

/// The frameworks that ship with Stepwise; the first is the default.
pub const BUILT_INS: &[BuiltIn] = &[
    BuiltIn {
        id: "mhn",
        title: "Mental health nursing (career levels 2 to 9)",
        path: "content/mhn.toml",
        compiled: "content/mhn.json",
        outline: "content/mhn.outline.json",
        has_career_map: true,
    },
    BuiltIn {
        id: "care-certificate",
        title: "Care Certificate (16 standards)",
        path: "content/care-certificate.toml",
        compiled: "content/care-certificate.json",
        outline: "content/care-certificate.outline.json",
        has_career_map: false,
    },
];

/// Where a framework comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    BuiltIn(BuiltIn),
    /// A file an educator serves beside the app, by relative URL.
    Url(String),
    /// A file the user picked from their device.
    File {
        name: String,
        text: std::rc::Rc<str>,
    },
}

impl Source {
    /// The default framework.
    pub fn default_built_in() -> Source {
        Source::BuiltIn(BUILT_INS[0])
    }

    /// The built-in framework with `id`, if there is one.
    pub fn built_in(id: &str) -> Option<Source> {
        BUILT_INS
            .iter()
            .find(|b| b.id == id)
            .map(|b| Source::BuiltIn(*b))
    }

    /// Where progress against a framework with `framework_id` is kept. Frameworks loaded from
    /// a file get their own names, so trying one never touches progress saved for another.
    pub fn storage_key(&self, framework_id: &str) -> String {
        match self {
            Source::File { .. } => format!("stepwise:file:{framework_id}"),
            _ => format!("stepwise:{framework_id}"),
        }
    }

    /// How the source is named to the user.
    pub fn describe(&self) -> String {
        match self {
            Source::BuiltIn(b) => b.title.to_string(),
            Source::Url(url) => format!("the framework file {url}"),
            Source::File { name, .. } => format!("the file {name}"),
        }
    }
}
