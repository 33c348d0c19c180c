//! Frameworks compiled for the rating page: a checked framework written as compact JSON
//! (positional lists, no key names), made at build time from its TOML file by
//! `examples/compile_content.rs`. The rating page's module reads these with serde_json, so it
//! needs neither the TOML reader nor the checker, which the full module keeps for framework
//! files people bring.
//!
//! The outline is what a first visit needs to choose a role: the framework's facts and the
//! names of its scale values, levels, domains and areas. It leaves out their descriptions,
//! the levels' education, every competence and every route, which the rating page fetches
//! (in the complete form) once a role is chosen.

use crate::domain::framework::{Destination, Framework};

mod layout;
mod read;
mod sound;
use layout::{
    career_route_code, link_kind_code, move_kind_code, route_kind_code, AudienceEntry,
    CompetenceEntry, Compiled, LevelEntry, LinkEntry, MetaEntry, MoveEntry, NamedEntry, RouteEntry,
    ValueEntry,
};
pub use read::{decode, decode_for_rating};

/// The first item of every compiled framework: which layout follows.
const FORMAT: &str = "stepwise-compiled-1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Complete,
    Outline,
}

/// `text`, or empty when `left_out`.
fn unless_text(left_out: bool, text: &str) -> String {
    if left_out {
        String::new()
    } else {
        text.to_string()
    }
}

/// The framework as compiled JSON, whole or in outline.
pub fn encode(fw: &Framework, form: Form) -> String {
    let outline = form == Form::Outline;
    let m = &fw.meta;
    let compiled: Compiled = Compiled(
        FORMAT.to_string(),
        MetaEntry(
            m.id.clone(),
            m.title.clone(),
            m.version.clone(),
            // Not shown on the first screen: the outline saves its bytes.
            unless_text(outline, &m.summary),
            m.modelled_on.clone(),
            m.source_url.clone(),
            m.licence.clone(),
            m.checked.clone(),
            m.reach_percent,
        ),
        fw.scale
            .values
            .iter()
            .map(|v| {
                ValueEntry(
                    v.value,
                    v.label.clone(),
                    unless_text(outline, &v.description),
                    v.met,
                )
            })
            .collect(),
        fw.levels
            .iter()
            .map(|l| {
                LevelEntry(
                    l.id.clone(),
                    l.career_level,
                    l.name.clone(),
                    career_route_code(l.route),
                    unless_text(outline, &l.description),
                    if outline {
                        Vec::new()
                    } else {
                        l.education.clone()
                    },
                    l.rates
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                )
            })
            .collect(),
        fw.domains
            .iter()
            .map(|d| {
                NamedEntry(
                    d.id.to_string(),
                    d.name.clone(),
                    unless_text(outline, &d.description),
                )
            })
            .collect(),
        fw.areas
            .iter()
            .map(|a| {
                NamedEntry(
                    a.id.to_string(),
                    a.name.clone(),
                    unless_text(outline, &a.description),
                )
            })
            .collect(),
        unless(outline, &fw.competences)
            .iter()
            .map(|c| {
                CompetenceEntry(
                    c.id.clone(),
                    c.level.clone(),
                    c.domain.clone(),
                    c.statement.clone(),
                    c.areas.clone(),
                    c.indicators.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.routes)
            .iter()
            .map(|r| {
                RouteEntry(
                    r.id.clone(),
                    r.title.clone(),
                    route_kind_code(r.kind),
                    r.career_levels[0],
                    r.career_levels[1],
                    r.duration.clone(),
                    r.entry.clone(),
                    r.funding.clone(),
                    r.provider.clone(),
                    r.source_url.clone(),
                    r.checked.clone(),
                    r.summary.clone(),
                    r.develops_competences.clone(),
                    r.develops_domains.clone(),
                    AudienceEntry(
                        r.audience.from.clone(),
                        r.audience.leads_to.clone(),
                        r.audience.everyone,
                        r.audience.from_band.clone(),
                    ),
                    r.replaces.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.moves)
            .iter()
            .map(|mv| {
                let (to, role) = match &mv.to {
                    Destination::Level(l) => (l.to_string(), String::new()),
                    Destination::Role(r) => (String::new(), r.clone()),
                };
                MoveEntry(
                    mv.from.clone(),
                    to,
                    role,
                    move_kind_code(mv.kind),
                    mv.requires.clone(),
                    mv.routes.clone(),
                    mv.link.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.links)
            .iter()
            .map(|l| {
                LinkEntry(
                    l.title.clone(),
                    link_kind_code(l.kind),
                    l.url.clone(),
                    l.summary.clone(),
                )
            })
            .collect(),
        unless(outline, &fw.glossary)
            .iter()
            .map(|t| NamedEntry(t.term.clone(), String::new(), t.meaning.clone()))
            .collect(),
        unless(outline, &fw.officials).to_vec(),
    );
    // Text, numbers and lists always serialize.
    serde_json::to_string(&compiled).unwrap_or_default()
}

/// `items`, or none when `left_out`.
fn unless<T>(left_out: bool, items: &[T]) -> &[T] {
    if left_out {
        &[]
    } else {
        items
    }
}
