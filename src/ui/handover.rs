//! What the rating page's module hands the full module when it takes over.

use crate::domain::framework::source::Source;
use crate::ui::state::View;
use serde::{Deserialize, Serialize};

/// What the rating page's module gives the full one when it hands over, read at the moment
/// of the take-over so that nothing done while the full module loaded is lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Handover {
    pub source: Source,
    /// The assessment in the saved format, complete (notes and plan too), so nothing is lost
    /// even when this browser cannot store it. Empty when a framework file or URL is handed
    /// over before anything was rated against it.
    pub saved: String,
    /// False when the rating page was working in memory only.
    pub can_save: bool,
    /// The view to open on.
    pub view: View,
    /// The level being rated, shown again on coming back to rating.
    pub shown: Option<String>,
    /// Whether keyboard focus was in the widget: it then goes to the view's place in the
    /// navigation. A hand-over that a host page asked for leaves focus alone.
    pub focus: bool,
}

/// The hand-over as it passes between the modules.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    view: String,
    /// "built-in", "url" or "file".
    kind: String,
    /// The built-in framework's id, the URL, or the file's text.
    value: String,
    #[serde(default)]
    name: String,
    saved: String,
    #[serde(default)]
    shown: Option<String>,
    #[serde(default)]
    can_save: bool,
    #[serde(default)]
    focus: bool,
}

impl Handover {
    /// As JSON, to pass from one module to the other.
    pub fn to_json(&self) -> String {
        let (kind, value, name) = match &self.source {
            Source::BuiltIn(b) => ("built-in", b.id.to_string(), String::new()),
            Source::Url(url) => ("url", url.clone(), String::new()),
            Source::File { name, text } => ("file", text.to_string(), name.clone()),
        };
        let wire = Wire {
            view: self.view.key().to_string(),
            kind: kind.to_string(),
            value,
            name,
            saved: self.saved.clone(),
            shown: self.shown.clone(),
            can_save: self.can_save,
            focus: self.focus,
        };
        // Text and flags always serialize.
        serde_json::to_string(&wire).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Handover> {
        let wire: Wire = serde_json::from_str(text).ok()?;
        let source = match wire.kind.as_str() {
            "built-in" => Source::built_in(&wire.value)?,
            "url" => Source::Url(wire.value),
            "file" => Source::File {
                name: wire.name,
                text: wire.value.into(),
            },
            _ => return None,
        };
        Some(Handover {
            source,
            saved: wire.saved,
            can_save: wire.can_save,
            view: View::from_key(&wire.view)?,
            shown: wire.shown,
            focus: wire.focus,
        })
    }
}
