use crate::domain::assessment::scoring::LevelScore;
use crate::ui::context::use_model;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelTableProps {
    pub caption: AttrValue,
    /// The levels to show, in the framework's order.
    pub scores: Vec<LevelScore>,
}

/// Rated, met and reached for each level, as a table.
#[function_component]
pub fn LevelTable(props: &LevelTableProps) -> Html {
    let model = use_model();
    let fw = &model.framework;
    html! {
        // A region with a name, focusable, so a keyboard can scroll it on a narrow screen.
        <div class="app-table-wrap" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="app-table">
                <caption class="app-table__caption">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Level" }</th>
                        <th scope="col">{ "Rated" }</th>
                        <th scope="col">{ "Met" }</th>
                        <th scope="col">{ "Reached" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.scores.iter().map(|s| html! {
                        <tr>
                            <th scope="row">{ fw.level(&s.level).map(|l| l.title()).unwrap_or_default() }</th>
                            <td>{ format!("{} of {}", s.tally.rated, s.tally.total) }</td>
                            <td>{ format!("{} ({}%)", s.tally.met, s.tally.percent_met()) }</td>
                            <td>{ if s.reached { "Yes" } else { "Not yet" } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
