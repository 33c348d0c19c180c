use super::LevelTable;
use crate::domain::assessment::scoring::{reach_rule, score};
use crate::ui::context::{use_headings, use_model};
use yew::prelude::*;

/// Where the person stands at every level and, for the level being rated, in each domain.
#[function_component]
pub fn Summary() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let scores = score(fw, &model.assessment);
    let shown = model
        .ui
        .shown_level
        .as_ref()
        .and_then(|id| scores.iter().find(|s| &s.level == id));
    let domain_name = |id| fw.domain(id).map(|d| d.name.as_str()).unwrap_or_default();
    let level_title = |id| fw.level(id).map(|l| l.title()).unwrap_or_default();
    let shown = shown.map(|s| (s, format!("By domain, {}", level_title(&s.level))));

    html! {
        <section class="app-card app-summary" aria-labelledby="standing-heading">
            <@{h.tag(2)} id="standing-heading" class="app-card__title">{ "Where you stand" }</@>
            <p class="app-hint">
                { reach_rule(fw) }
                { " Shares are of all the level's competences, rated or not." }
            </p>
            <LevelTable caption="Progress at each level" scores={scores.clone()} />
            if let Some((s, caption)) = shown {
                <div class="app-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
                    <table class="app-table">
                        <caption class="app-table__caption">{ caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Domain" }</th>
                                <th scope="col">{ "Rated" }</th>
                                <th scope="col">{ "Met" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for s.domains.iter().map(|(d, t)| html! {
                                <tr>
                                    <th scope="row">{ domain_name(d) }</th>
                                    <td>{ format!("{} of {}", t.rated, t.total) }</td>
                                    <td>{ format!("{} ({}%)", t.met, t.percent_met()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
