//! The team view's heatmap table and its filter menus, drawn from what the team view worked
//! out.

use crate::domain::records::team::{Against, HeatRow};
use crate::domain::Framework;
use yew::prelude::*;

/// A filter menu whose first entry, "All", is chosen when `current` is empty: the menu always
/// shows the filter in force.
pub fn filter_menu(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    current: String,
    on: Callback<Event>,
) -> Html {
    html! {
        <div class="app-field">
            <label class="app-field__label" for={id}>{ label }</label>
            <select {id} class="app-select" onchange={on}>
                <option value="" selected={current.is_empty()}>{ "All" }</option>
                { for options.into_iter().map(|(v, l)| {
                    let selected = v == current;
                    html! { <option value={v} {selected}>{ l }</option> }
                }) }
            </select>
        </div>
    }
}

fn band(p: u8) -> &'static str {
    match p {
        0..=24 => "app-heat--0",
        25..=49 => "app-heat--1",
        50..=74 => "app-heat--2",
        75..=99 => "app-heat--3",
        _ => "app-heat--4",
    }
}

/// The heatmap table for `rows` (each with the index of its person in the team); a person's
/// name opens what their report says.
pub fn heat_table(
    fw: &Framework,
    rows: &[(usize, HeatRow)],
    against: Against,
    only_confirmed: bool,
    on_person: &Callback<usize>,
) -> Html {
    let caption = format!(
        "People by domain, against {}{}",
        against.label(),
        if only_confirmed {
            ", counting only what a supervisor confirmed"
        } else {
            ""
        }
    );
    let level_column = match against {
        Against::Aim => "Aiming for",
        Against::Current => "Current role",
    };
    html! {
        <table class="app-table app-heat">
            <caption class="app-table__caption">{ caption }</caption>
            <thead><tr>
                <th scope="col" class="app-heat__name">{ "Person" }</th>
                <th scope="col">{ level_column }</th>
                { for fw.domains.iter().map(|d| html! { <th scope="col">{ d.name.clone() }</th> }) }
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(i, r)| {
                    let onclick = on_person.reform({ let i = *i; move |_: MouseEvent| i });
                    html! {
                        <tr>
                            <th scope="row" class="app-heat__name">
                                <button type="button" class="app-link-button" id={format!("team-name-{i}")} {onclick}><bdi>{ r.name.clone() }</bdi></button>
                            </th>
                            <td>{ r.level.as_ref().and_then(|t| fw.level(t)).map(|l| l.title()).unwrap_or_else(|| "Not chosen".into()) }</td>
                            { for r.cells.iter().enumerate().map(|(d, c)| {
                                // The share a supervisor confirmed, under the figure, where the
                                // report carries a review.
                                let confirmed = r.confirmed.get(d).copied().flatten().map(|(share, _)| html! {
                                    <span class="app-heat__confirmed">{ format!("{share}% confirmed") }</span>
                                });
                                match c {
                                    Some(p) => html! { <td class={classes!("app-heat__cell", band(*p))}>{ format!("{p}%") }{ for confirmed }</td> },
                                    None => html! { <td class="app-heat__cell">{ "–" }</td> },
                                }
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
