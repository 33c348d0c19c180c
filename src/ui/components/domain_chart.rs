use crate::domain::assessment::scoring::score_level;
use crate::domain::LevelId;
use crate::ui::context::{use_headings, use_model};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DomainChartProps {
    pub level: LevelId,
}

/// Share met per domain at a level, as SVG bars, with the same figures as a table and a
/// sentence for those who cannot see the chart.
#[function_component]
pub fn DomainChart(props: &DomainChartProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let Some(level) = fw.level(&props.level) else {
        return Html::default();
    };
    let ratings = crate::ui::context::use_report_ratings();
    let score = score_level(
        fw,
        ratings.as_deref().unwrap_or(&model.assessment),
        &level.id,
    );
    let rows: Vec<(String, crate::domain::assessment::scoring::Tally)> = score
        .domains
        .iter()
        .map(|(d, t)| (fw.domain(d).map(|d| d.name.clone()).unwrap_or_default(), *t))
        .collect();
    // The publication's own number and title of each domain, where it has one.
    let officials: Vec<String> = score
        .domains
        .iter()
        .map(|(d, _)| fw.official(d).unwrap_or_default().to_string())
        .collect();
    let strongest = rows.iter().max_by_key(|(_, t)| t.percent_met());
    let weakest = rows.iter().min_by_key(|(_, t)| t.percent_met());
    let sentence =
        match (strongest, weakest) {
            (Some((s, st)), Some((w, wt))) if st.percent_met() != wt.percent_met() => {
                format!(
            "At {} you meet {}. Strongest: {} ({} of {} met). Most to do: {} ({} of {} met).",
            level.title(), score.tally.describe(), s, st.met, st.total, w, wt.met, wt.total
        )
            }
            _ => format!("At {} you meet {}.", level.title(), score.tally.describe()),
        };

    let table_caption = format!("Domains at {}", level.title());
    // Names and figures are text in the page, so they keep the page's size on a phone; only
    // the bars are drawn, and they stretch to the room there is (an SVG scaled down as a
    // whole drew its words at 8 px at 320 px wide).
    html! {
        <section class="app-card app-chart" aria-labelledby="chart-heading">
            <@{h.tag(2)} id="chart-heading" class="app-card__title">{ format!("By domain at {}", level.title()) }</@>
            <p class="app-chart__summary">{ sentence }</p>
            <figure class="app-chart__figure">
                <div class="app-chart__rows" role="img"
                    aria-label="Bar chart of the share met in each domain; the same figures are in the table below">
                    { for rows.iter().map(|(name, t)| {
                        let share = format!("{}%", t.percent_met());
                        html! {
                            <div class="app-chart__row">
                                <span class="app-chart__label">{ name.clone() }</span>
                                <svg class="app-chart__svg" width="100%" height="24" aria-hidden="true" focusable="false">
                                    <rect width="100%" height="24" class="app-chart__track" />
                                    <rect width={share.clone()} height="24" class="app-chart__bar" />
                                </svg>
                                <span class="app-chart__value">{ share }</span>
                            </div>
                        }
                    }) }
                </div>
                <figcaption class="app-hint">{ "Share of each domain's competences you meet, rated or not." }</figcaption>
            </figure>
            <div class="app-table-wrap" tabindex="0" role="region" aria-label={table_caption.clone()}>
                <table class="app-table">
                    <caption class="app-table__caption">{ table_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ "Domain" }</th>
                        <th scope="col">{ "Rated" }</th>
                        <th scope="col">{ "Met" }</th>
                        <th scope="col">{ "Share met" }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().zip(&officials).map(|((name, t), official)| html! {
                            <tr>
                                <th scope="row">
                                    { name.clone() }
                                    if !official.is_empty() {
                                        <span class="app-chart__official">{ format!(" (published as {official})") }</span>
                                    }
                                </th>
                                <td>{ format!("{} of {}", t.rated, t.total) }</td>
                                <td>{ t.met }</td>
                                <td>{ format!("{}%", t.percent_met()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
