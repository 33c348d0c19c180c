//! The team view's training needs analysis, one list at a time.

use super::team_files::thousands;
use crate::domain::records::team::Need;
use crate::domain::words::{count, pick};
use crate::domain::Framework;
use crate::ui::context::Headings;
use yew::prelude::*;

/// One list of the training needs analysis: each route with its facts and who it would help.
pub fn need_list<'a>(
    title: &'static str,
    hint: &'static str,
    needs: impl Iterator<Item = &'a Need>,
    fw: &Framework,
    names: &dyn Fn(&[usize]) -> Html,
    h: Headings,
) -> Html {
    let items: Vec<Html> = needs
        .filter_map(|n| fw.route(&n.route).map(|r| (n, r)))
        .map(|(n, r)| {
            let people = format!(
                "{} {}",
                thousands(n.people.len()),
                pick(n.people.len(), "person", "people")
            );
            // The names are isolated (<bdi>) one by one, so the sentence keeps its order.
            let who = if n.mandatory {
                format!("Needed by {people}: ")
            } else {
                format!("Would help {people} with {}: ", count(n.gaps, "gap", "gaps"))
            };
            let provider = if r.provider.is_empty() {
                String::new()
            } else {
                format!(" · {}", r.provider)
            };
            html! {
                <li class="app-route">
                    <@{h.tag(4)} class="app-route__title">{ r.title.clone() }</@>
                    <p class="app-route__facts">{ format!("{} · {} · {}{provider}", r.kind.label(), r.duration, r.funding) }</p>
                    <p>{ who }{ names(&n.people) }{ "." }</p>
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <@{h.tag(3)}>{ title }</@>
            <p class="app-hint">{ hint }</p>
            <ol class="app-routes__list">{ for items }</ol>
        </>
    }
}
