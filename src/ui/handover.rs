//! What the rating page's module hands the full module when it takes over.

use crate::domain::framework::source::Source;
use crate::domain::records::json::Json;
use crate::ui::state::View;

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
    /// Whether keyboard focus was in the widget: it then goes to the view's place in the
    /// navigation. A hand-over that a host page asked for leaves focus alone.
    pub focus: bool,
    /// Whether the host page has been told "ready" (and "complete", if it is) already.
    pub announced: bool,
}

impl Handover {
    /// As JSON, to pass from one module to the other.
    pub fn to_json(&self) -> String {
        let (kind, value, name) = match &self.source {
            Source::BuiltIn(b) => ("built-in", b.id.to_string(), String::new()),
            Source::Url(url) => ("url", url.clone(), String::new()),
            Source::File { name, text } => ("file", text.to_string(), name.clone()),
        };
        let text = |s: &str| Json::Str(s.to_string());
        Json::Object(vec![
            ("view".into(), text(self.view.key())),
            ("kind".into(), text(kind)),
            ("value".into(), text(&value)),
            ("name".into(), text(&name)),
            ("saved".into(), text(&self.saved)),
            ("canSave".into(), Json::Bool(self.can_save)),
            ("focus".into(), Json::Bool(self.focus)),
            ("announced".into(), Json::Bool(self.announced)),
        ])
        .to_text()
    }

    pub fn from_json(text: &str) -> Option<Handover> {
        let json = crate::domain::records::json::parse(text).ok()?;
        let text = |key: &str| json.get(key).and_then(Json::as_str).map(str::to_string);
        let flag = |key: &str| matches!(json.get(key), Some(Json::Bool(true)));
        let value = text("value")?;
        let source = match text("kind")?.as_str() {
            "built-in" => Source::built_in(&value)?,
            "url" => Source::Url(value),
            "file" => Source::File {
                name: text("name")?,
                text: value.into(),
            },
            _ => return None,
        };
        Some(Handover {
            source,
            saved: text("saved")?,
            can_save: flag("canSave"),
            view: View::from_key(&text("view")?)?,
            focus: flag("focus"),
            announced: flag("announced"),
        })
    }
}
