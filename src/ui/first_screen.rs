//! The first screen as plain HTML, written into `index.html` at build time, so that a person
//! can read what Stepwise is and choose their role while the app's module is still arriving.
//! When the app starts it takes the role chosen there ([`FirstChoice`]) and draws the same
//! screen in its place. The words are the app's own (the constants below), so the two match.

use crate::domain::framework::{CareerRoute, Level};
use crate::domain::Framework;

/// What the page says under its heading.
pub const LEDE: &str = "Rate yourself against the competences of a career level, see where you stand and the gaps to the level you aim for, and find training that closes them. Everything stays in this browser.";
/// The heading of the card where the role and aim are chosen.
pub const LEVELS_HEADING: &str = "Your role and your aim";
/// What the levels are, under that heading.
pub const LEVELS_HINT: &str =
    "Levels are Career Framework for Health levels (1 to 9), not qualification levels.";
/// The label of the current-role menu.
pub const ROLE_LABEL: &str = "Your current role";
/// The menu's first entry, before a role is chosen.
pub const ROLE_PROMPT: &str = "Choose your current role";
/// What to do first, before a role is chosen.
pub const START_HINT: &str =
    "Choose your current role to start. You can rate any level afterwards.";

/// The page's heading for a framework.
pub fn heading(framework: &Framework) -> String {
    format!("{}: self-assessment", framework.meta.title)
}

/// How a level is named in the role menus: its route only where the routes have split.
pub fn level_option(level: &Level) -> String {
    match level.route {
        CareerRoute::Both => level.title(),
        route => format!("{} ({})", level.title(), route.label()),
    }
}

/// A role chosen on the plain first screen before the app started.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstChoice {
    /// The framework the first screen was written for.
    pub framework: String,
    /// The level id chosen.
    pub level: String,
    /// Whether the menu had the keyboard focus, to give it back.
    pub focused: bool,
}

/// Text made safe to put in HTML, as an element's content or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The first screen for `framework`, as the app draws it before a role is chosen: the header
/// and the current-role menu, with a status line saying the rest is loading. `index.html`'s
/// `<!-- first screen -->` is replaced with it.
pub fn html(framework: &Framework) -> String {
    let options: String = framework
        .levels
        .iter()
        .map(|l| {
            format!(
                "<option value=\"{}\">{}</option>",
                escape(l.id.as_str()),
                escape(&level_option(l))
            )
        })
        .collect();
    format!(
        concat!(
            "<div class=\"app-shell app-shell--static\" data-first-screen=\"{id}\">",
            "<header class=\"app-header\"><p class=\"app-header__brand\">Stepwise</p>",
            "<h1 class=\"app-header__title\">{heading}</h1>",
            "<p class=\"app-header__lede\">{lede}</p></header>",
            "<main class=\"app-main\" aria-label=\"Stepwise\">",
            "<section class=\"app-card app-levels\" aria-labelledby=\"levels-heading\">",
            "<h2 id=\"levels-heading\" class=\"app-card__title\">{levels}</h2>",
            "<p class=\"app-hint\">{hint}</p><div class=\"app-levels__fields\"><div class=\"app-field\">",
            "<label class=\"app-field__label\" for=\"current-level\">{label}</label>",
            "<select id=\"current-level\" class=\"app-select\"><option value=\"\" selected>{prompt}</option>{options}</select>",
            "</div></div><p class=\"app-hint\">{start}</p></section>",
            "<p class=\"app-loading\" role=\"status\">Loading the rest of Stepwise…</p>",
            "</main></div>"
        ),
        id = escape(&framework.meta.id),
        heading = escape(&heading(framework)),
        lede = escape(LEDE),
        levels = escape(LEVELS_HEADING),
        hint = escape(LEVELS_HINT),
        label = escape(ROLE_LABEL),
        prompt = escape(ROLE_PROMPT),
        options = options,
        start = escape(START_HINT),
    )
}
