use crate::domain::records::team::{self, heatmap, needs_csv, training_needs, Member, Rejected};
use crate::domain::{LevelId, RouteId};
use crate::ui::context::use_model;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What has been loaded into the team view.
#[derive(Clone, Default, PartialEq)]
struct Team {
    members: Vec<Member>,
    rejected: Vec<Rejected>,
    /// Whether files are being read.
    loading: bool,
}

/// Reads every file, then hands the texts to the domain.
fn read_files(
    files: web_sys::FileList,
    model: crate::ui::context::ModelHandle,
    team: UseStateHandle<Team>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if files.is_empty() {
        return;
    }
    team.set(Team {
        loading: true,
        ..(*team).clone()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let mut texts = Vec::new();
        let mut unreadable = Vec::new();
        for file in files {
            match crate::web::file_text(&file).await {
                Ok(text) => texts.push((file.name(), text)),
                Err(error) => unreadable.push(Rejected {
                    file: file.name(),
                    error,
                }),
            }
        }
        let (members, mut rejected) = team::load(&model.framework, &texts);
        rejected.extend(unreadable);
        let mut all = (*team).clone();
        all.members.extend(members);
        all.rejected.extend(rejected);
        all.loading = false;
        team.set(all);
    });
}

/// The manager's view: many people's reports at once, as a heatmap and a training needs
/// analysis. Everything stays in this browser.
#[function_component]
pub fn TeamView() -> Html {
    let model = use_model();
    let fw = model.framework.clone();
    let team = use_state(Team::default);
    let level_filter = use_state(|| None::<u8>);
    let role_filter = use_state(|| None::<LevelId>);
    let route_filter = use_state(|| None::<RouteId>);
    let dragging = use_state(|| false);

    let on_files = {
        let model = model.clone();
        let team = team.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(files) = input.files() {
                read_files(files, model.clone(), team.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let model = model.clone();
        let team = team.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read_files(files, model.clone(), team.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_clear = {
        let team = team.clone();
        Callback::from(move |_: MouseEvent| team.set(Team::default()))
    };

    // Filters: by career level and role of the person's current level, and by a route that
    // would help them.
    let needs_all = training_needs(&fw, &team.members);
    let shown: Vec<Member> = team
        .members
        .iter()
        .filter(|m| {
            let current = m
                .report
                .assessment
                .current
                .as_ref()
                .and_then(|l| fw.level(l));
            level_filter.is_none_or(|n| current.is_some_and(|l| l.career_level == n))
                && role_filter
                    .as_ref()
                    .is_none_or(|r| current.is_some_and(|l| &l.id == r))
                && route_filter.as_ref().is_none_or(|r| {
                    needs_all
                        .iter()
                        .any(|n| &n.route == r && n.people.contains(&m.name))
                })
        })
        .cloned()
        .collect();
    let rows = heatmap(&fw, &shown);
    // Unfiltered, the needs of everyone shown are the needs already worked out.
    let filtered = level_filter.is_some() || role_filter.is_some() || route_filter.is_some();
    let needs = if filtered {
        training_needs(&fw, &shown)
    } else {
        needs_all.clone()
    };
    let on_csv = {
        let fw = fw.clone();
        let needs = needs.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("stepwise-team-training-needs-{}.csv", crate::web::today());
            // A refused download leaves everything as it was; the button can be pressed again.
            let _ = crate::web::download(&name, "text/csv", &needs_csv(&fw, &needs));
        })
    };
    let select = |id: &'static str,
                  label: &'static str,
                  options: Vec<(String, String)>,
                  on: Callback<Event>| {
        html! {
            <div class="app-field">
                <label class="app-field__label" for={id}>{ label }</label>
                <select {id} class="app-select" onchange={on}>
                    <option value="">{ "All" }</option>
                    { for options.into_iter().map(|(v, l)| html! { <option value={v}>{ l }</option> }) }
                </select>
            </div>
        }
    };
    let mut career_levels: Vec<u8> = fw.levels.iter().map(|l| l.career_level).collect();
    career_levels.dedup();
    let versions: Vec<&Member> = team
        .members
        .iter()
        .filter(|m| m.report.version_notice.is_some())
        .collect();
    let band = |p: u8| match p {
        0..=24 => "app-heat--0",
        25..=49 => "app-heat--1",
        50..=74 => "app-heat--2",
        75..=99 => "app-heat--3",
        _ => "app-heat--4",
    };

    html! {
        <div class="app-team">
            <section class="app-card" aria-labelledby="team-heading">
                <h2 id="team-heading" class="app-card__title">{ "Team view" }</h2>
                <p>{ "Load the reports your team exported from Stepwise to see where the team stands and which training would help most. The files are read in this browser only: nothing is uploaded anywhere." }</p>
                <div class={classes!("app-drop", dragging.then_some("app-drop--over"))}
                    ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                    <label class="app-field__label" for="team-files">{ "Choose report files (JSON), or drop them here" }</label>
                    <input id="team-files" class="app-file" type="file" multiple=true accept=".json,application/json" onchange={on_files} />
                </div>
                if team.loading {
                    <p role="status">{ "Reading the reports…" }</p>
                } else if !team.members.is_empty() || !team.rejected.is_empty() {
                    <p role="status">{ format!("{} report(s) loaded{}.", team.members.len(),
                        if team.rejected.is_empty() { String::new() } else { format!("; {} file(s) could not be loaded", team.rejected.len()) }) }</p>
                    <button type="button" class="app-button app-button--secondary" onclick={on_clear}>{ "Clear the team view" }</button>
                }
                if !team.rejected.is_empty() {
                    <div class="app-banner app-banner--warning">
                        <h3 class="app-banner__title">{ "Files that could not be loaded" }</h3>
                        <ul>{ for team.rejected.iter().map(|r| html! { <li>{ format!("{}: {} {}", r.file, r.error, r.error.advice()) }</li> }) }</ul>
                    </div>
                }
                if !versions.is_empty() {
                    <div class="app-banner" role="status">
                        <p>{ format!("Made with another version of this framework, matched by competence id: {}.",
                            versions.iter().map(|m| format!("{} ({})", m.name, m.report.framework_version)).collect::<Vec<_>>().join(", ")) }</p>
                    </div>
                }
            </section>
            if !team.members.is_empty() {
                <section class="app-card" aria-labelledby="team-filters-heading">
                    <h2 id="team-filters-heading" class="app-card__title">{ "Filters" }</h2>
                    <div class="app-levels__fields">
                        { select("team-level", "Career level", career_levels.iter().map(|n| (n.to_string(), format!("Career level {n}"))).collect(), {
                            let f = level_filter.clone();
                            Callback::from(move |e: Event| f.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok()))
                        }) }
                        { select("team-role", "Role", fw.levels.iter().map(|l| (l.id.to_string(), l.title())).collect(), {
                            let f = role_filter.clone();
                            Callback::from(move |e: Event| { let v = e.target_unchecked_into::<HtmlSelectElement>().value(); f.set((!v.is_empty()).then(|| LevelId::new(v))) })
                        }) }
                        { select("team-route", "Would be helped by", needs_all.iter().filter_map(|n| fw.route(&n.route)).map(|r| (r.id.to_string(), r.title.clone())).collect(), {
                            let f = route_filter.clone();
                            Callback::from(move |e: Event| { let v = e.target_unchecked_into::<HtmlSelectElement>().value(); f.set((!v.is_empty()).then(|| RouteId::new(v))) })
                        }) }
                    </div>
                    <p role="status">{ format!("Showing {} of {} people.", shown.len(), team.members.len()) }</p>
                </section>
                <section class="app-card" aria-labelledby="heat-heading">
                    <h2 id="heat-heading" class="app-card__title">{ "Heatmap: share met in each domain" }</h2>
                    <p class="app-hint">{ "Each cell is the share of that domain's competences the person meets at the level they aim for. Darker means more met; the figure is always shown." }</p>
                    // Focusable so keyboard users can scroll a wide table sideways.
                    <div class="app-table-wrap" tabindex="0" role="region" aria-label="Heatmap table (scrolls sideways)">
                        <table class="app-table app-heat">
                            <caption class="app-table__caption">{ "People by domain, against each person's aim" }</caption>
                            <thead><tr>
                                <th scope="col">{ "Person" }</th>
                                <th scope="col">{ "Aiming for" }</th>
                                { for fw.domains.iter().map(|d| html! { <th scope="col">{ d.name.clone() }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for rows.iter().map(|r| html! {
                                    <tr>
                                        <th scope="row">{ r.name.clone() }</th>
                                        <td>{ r.target.as_ref().and_then(|t| fw.level(t)).map(|l| l.title()).unwrap_or_else(|| "Not chosen".into()) }</td>
                                        { for r.cells.iter().map(|c| match c {
                                            Some(p) => html! { <td class={classes!("app-heat__cell", band(*p))}>{ format!("{p}%") }</td> },
                                            None => html! { <td class="app-heat__cell">{ "–" }</td> },
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </section>
                <section class="app-card" aria-labelledby="tna-heading">
                    <h2 id="tna-heading" class="app-card__title">{ "Training needs analysis" }</h2>
                    <p class="app-hint">{ "Routes ranked by how many people's gaps they would help close." }</p>
                    if needs.is_empty() {
                        <p>{ "No gaps among the people shown, so no training to suggest." }</p>
                    } else {
                        <ol class="app-routes__list">
                            { for needs.iter().filter_map(|n| fw.route(&n.route).map(|r| (n, r))).map(|(n, r)| html! {
                                <li class="app-route">
                                    <h3 class="app-route__title">{ r.title.clone() }</h3>
                                    <p>{ format!("Would help {} {} with {} gap(s): {}.", n.people.len(),
                                        if n.people.len() == 1 { "person" } else { "people" }, n.gaps, n.people.join(", ")) }</p>
                                </li>
                            }) }
                        </ol>
                        <button type="button" class="app-button" onclick={on_csv}>{ "Download the analysis (CSV)" }</button>
                    }
                </section>
            }
        </div>
    }
}
