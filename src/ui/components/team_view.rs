use super::team_files::{read_files, thousands, Status};
use super::team_filters::{derive, filters_section, Filters};
use super::team_heat::heat_table;
use super::team_needs::need_list;
use super::TeamPerson;
use crate::domain::records::team::{self, heatmap, heatmap_csv, needs_csv, Against};
use crate::domain::records::team_review::only_confirmed;
use crate::domain::words::pick;
use crate::ui::context::{use_headings, use_model};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// Heatmap rows drawn at once: ten thousand rows of a dozen cells would block the page for
/// seconds, and nobody reads them all at once.
const PAGE: usize = 100;
/// Names listed under a route; the CSV has them all.
const NAMES_SHOWN: usize = 20;

/// Heatmap rows as the filter asks: every figure, or only what a supervisor confirmed (the
/// people shown then all have a review, so no row is left out here).
fn counted(rows: Vec<team::HeatRow>, only: bool) -> Vec<team::HeatRow> {
    if only {
        only_confirmed(rows)
    } else {
        rows
    }
}

/// The manager's view: many people's reports at once, as a heatmap and a training needs
/// analysis. Everything stays in this browser.
#[function_component]
pub fn TeamView() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = model.framework.clone();
    let team = use_mut_ref(team::Team::default);
    let status = use_state(Status::default);
    let filters = use_state(Filters::default);
    let page = use_state(|| 0usize);
    let against = use_state(Against::default);
    // The person whose report is open, by their place in the team.
    let person = use_state(|| None::<usize>);
    let dragging = use_state(|| false);

    let on_files = {
        let (fw, team, status) = (fw.clone(), team.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(files) = input.files() {
                read_files(files, fw.clone(), team.clone(), status.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (fw, team, status) = (fw.clone(), team.clone(), status.clone());
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read_files(files, fw.clone(), team.clone(), status.clone());
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
    let files_input = use_node_ref();
    let on_clear = {
        let (team, status, person) = (team.clone(), status.clone(), person.clone());
        let files_input = files_input.clone();
        let (filters, page) = (filters.clone(), page.clone());
        Callback::from(move |_: MouseEvent| {
            // The button goes with the team: focus goes to choosing files again.
            if let Some(input) = files_input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
            // A fresh start: no person open, no filter left from the team that was.
            person.set(None);
            filters.set(Filters::default());
            page.set(0);
            *team.borrow_mut() = team::Team::default();
            status.set(Status {
                reading: None,
                generation: status.generation.wrapping_add(1),
            });
        })
    };

    // Worked out again only when the team or a filter changes, not while files are read.
    let derived = {
        let (fw, team) = (fw.clone(), team.clone());
        use_memo((status.generation, (*filters).clone()), move |(_, f)| {
            derive(&fw, &team.borrow(), f)
        })
    };
    let members = team.borrow();
    let count = derived.count;
    let shown = &derived.shown;
    let pages = shown.len().div_ceil(PAGE).max(1);
    let page_now = (*page).min(pages - 1);
    let first = page_now * PAGE;
    let on_page = shown
        .get(first..shown.len().min(first + PAGE))
        .unwrap_or(&[]);
    let rows: Vec<(usize, team::HeatRow)> = on_page
        .iter()
        .copied()
        .zip(counted(
            heatmap(on_page.iter().map(|&i| &members.members[i]), *against),
            filters.confirmed,
        ))
        .collect();
    let on_heat_csv = {
        let (fw, team, derived, against) = (fw.clone(), team.clone(), derived.clone(), *against);
        let confirmed = filters.confirmed;
        Callback::from(move |_: MouseEvent| {
            let team = team.borrow();
            let rows = heatmap(derived.shown.iter().map(|&i| &team.members[i]), against);
            let rows = counted(rows, confirmed);
            let name = format!("stepwise-team-heatmap-{}.csv", crate::web::today());
            // A refused download leaves everything as it was; the button can be pressed again.
            let _ = crate::web::download(&name, "text/csv", &heatmap_csv(&fw, &rows, against));
        })
    };
    let on_person = {
        let person = person.clone();
        Callback::from(move |i: usize| person.set(Some(i)))
    };
    // Closing a person's report, focus goes back to their name in the heatmap, before the
    // report (and its button) goes.
    let heat_wrap = use_node_ref();
    let on_close_person = {
        let (person, heat_wrap) = (person.clone(), heat_wrap.clone());
        Callback::from(move |()| {
            let name = (*person).and_then(|i| {
                let wrap = heat_wrap.cast::<web_sys::Element>()?;
                wrap.query_selector(&format!("#team-name-{i}")).ok()?
            });
            if let Some(name) = name.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = name.focus();
            }
            person.set(None)
        })
    };
    let on_against = |to: Against| {
        let against = against.clone();
        Callback::from(move |_: Event| against.set(to))
    };
    let needs = derived.needs_shown.as_ref().unwrap_or(&derived.needs_all);
    let on_csv = {
        let (fw, team) = (fw.clone(), team.clone());
        let derived = derived.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("stepwise-team-training-needs-{}.csv", crate::web::today());
            // A refused download leaves everything as it was; the button can be pressed again.
            let _ = crate::web::download(
                &name,
                "text/csv",
                &needs_csv(
                    &fw,
                    &team.borrow().members,
                    derived.needs_shown.as_ref().unwrap_or(&derived.needs_all),
                ),
            );
        })
    };
    let on_save = {
        let team = team.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("stepwise-team-{}.jsonl", crate::web::today());
            // A refused download leaves everything as it was; the button can be pressed again.
            let _ = crate::web::download(&name, "application/jsonl", &team.borrow().to_file());
        })
    };
    let turn = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    // Each name isolated (<bdi>), so direction marks in one (U+202E) cannot reorder the
    // sentence around it.
    let names = |people: &[usize]| {
        let shown = &people[..people.len().min(NAMES_SHOWN)];
        let more = people.len() - shown.len();
        let names = shown
            .iter()
            .filter_map(|&i| members.members.get(i).map(|m| m.name.clone()));
        html! {
            <>
                { for names.enumerate().map(|(i, name)| html! {
                    <>{ if i > 0 { ", " } else { "" } }<bdi>{ name }</bdi></>
                }) }
                if more > 0 {
                    { format!(" and {} more (all in the CSV)", thousands(more)) }
                }
            </>
        }
    };

    html! {
        <div class="app-team">
            <section class="app-card" aria-labelledby="team-heading">
                <@{h.tag(2)} id="team-heading" class="app-card__title">{ "Team view" }</@>
                <p>{ "Load the reports your team exported from Stepwise to see where the team stands and which training would help most. The files are read in this browser only: nothing is uploaded anywhere." }</p>
                <div class={classes!("app-drop", dragging.then_some("app-drop--over"))}
                    ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                    <label class="app-field__label" for="team-files">{ "Choose report files (JSON), or drop them here" }</label>
                    <span id="team-files-hint" class="app-hint app-drop__hint">{ "A team saved as one file (.jsonl) opens here too, much faster than its reports one by one." }</span>
                    <input id="team-files" class="app-file" type="file" multiple=true accept=".json,.jsonl,application/json"
                        aria-describedby="team-files-hint" onchange={on_files} ref={files_input} />
                </div>
                // One live region, there from the start, so every change in it is announced.
                <p role="status">{ match status.reading {
                    Some((done, total)) => format!("Reading reports: {} of {}", thousands(done), thousands(total)),
                    None if count > 0 || !members.rejected.is_empty() => format!("{} {} loaded{}.", thousands(members.members.len()), pick(members.members.len(), "report", "reports"),
                        if members.rejected.is_empty() { String::new() } else { format!("; {} {} could not be loaded", thousands(members.rejected.len()), pick(members.rejected.len(), "file", "files")) }),
                    None => String::new(),
                } }</p>
                if status.reading.is_none() && count > 0 {
                    <button type="button" class="app-button app-button--secondary" onclick={on_save}>{ "Save the team as one file" }</button>
                }
                if status.reading.is_none() && (count > 0 || !members.rejected.is_empty()) {
                    <button type="button" class="app-button app-button--secondary" onclick={on_clear}>{ "Clear the team view" }</button>
                }
                if !members.rejected.is_empty() {
                    <div class="app-banner app-banner--warning">
                        <@{h.tag(3)} class="app-banner__title">{ "Files that could not be loaded" }</@>
                        <ul>{ for members.rejected.iter().map(|r| html! { <li><bdi>{ r.file.clone() }</bdi>{ format!(": {} {}", r.error, r.error.advice()) }</li> }) }</ul>
                    </div>
                }
                if !members.duplicates.is_empty() {
                    <div class="app-banner">
                        <@{h.tag(3)} class="app-banner__title">{ "Reports loaded more than once" }</@>
                        <ul>{ for members.duplicates.iter().map(|d| html! { <li><bdi>{ d.name.clone() }</bdi>{ d.what() }</li> }) }</ul>
                    </div>
                }
                if !derived.versions.is_empty() {
                    <div class="app-banner" role="status">
                        <p>
                            { "Made with another version of this framework, matched by competence id: " }
                            { for derived.versions.iter().enumerate().map(|(i, (name, version))| html! {
                                <>{ if i > 0 { ", " } else { "" } }<bdi>{ name.clone() }</bdi>{ format!(" ({version})") }</>
                            }) }
                            { "." }
                        </p>
                    </div>
                }
            </section>
            if count > 0 {
                { filters_section(&fw, &derived, &filters, &page, h) }
                if let Some(m) = person.and_then(|i| members.members.get(i)) {
                    <TeamPerson member={m.clone()} on_close={on_close_person} />
                }
                <section class="app-card" aria-labelledby="heat-heading">
                    <@{h.tag(2)} id="heat-heading" class="app-card__title">{ "Heatmap: share met in each domain" }</@>
                    <fieldset class="app-filter app-no-print">
                        <legend class="app-filter__legend">{ "Measure each person against" }</legend>
                        { for [(Against::Aim, "aim", "The level they aim for"), (Against::Current, "current", "Their current role")].into_iter().map(|(to, key, label)| {
                            let id = format!("team-against-{key}");
                            html! {
                                <div class="app-filter__option">
                                    <input type="radio" name="team-against" id={id.clone()} checked={*against == to} onchange={on_against(to)} />
                                    <label for={id}>{ label }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <p class="app-hint">{ "Each cell is the share of that domain's competences the person meets at that level. Darker means more met; the figure is always shown. Choose a name to see that person's gaps and plan." }</p>
                    // Focusable so keyboard users can scroll a wide table sideways.
                    <div class="app-table-wrap app-heat-wrap" tabindex="0" role="region" aria-label="Heatmap table (scrolls sideways)" ref={heat_wrap}>
                        { heat_table(&fw, &rows, *against, filters.confirmed, &on_person) }
                    </div>
                    <button type="button" class="app-button app-button--secondary app-no-print" onclick={on_heat_csv}>{ "Download the heatmap (CSV)" }</button>
                    if pages > 1 {
                        <nav class="app-pager" aria-label="Heatmap pages">
                            <p>{ format!("People {} to {} of {}.", thousands(first + 1), thousands(first + on_page.len()), thousands(shown.len())) }</p>
                            <button type="button" class="app-button app-button--secondary" disabled={page_now == 0}
                                onclick={turn(page_now.saturating_sub(1))}>{ format!("Previous {PAGE} people") }</button>
                            <button type="button" class="app-button app-button--secondary" disabled={page_now + 1 >= pages}
                                onclick={turn(page_now + 1)}>{ format!("Next {PAGE} people") }</button>
                        </nav>
                    }
                </section>
                <section class="app-card" aria-labelledby="tna-heading">
                    <@{h.tag(2)} id="tna-heading" class="app-card__title">{ "Training needs analysis" }</@>
                    if filters.confirmed {
                        <p class="app-hint">{ "Gaps as each person's supervisor confirmed them: their rating wherever their latest review gives one, the person's own elsewhere." }</p>
                    }
                    if needs.is_empty() {
                        <p>{ "No gaps among the people shown, so no training to suggest." }</p>
                    } else {
                        { need_list("Development routes", "Ranked by how many gaps each would help close across the people shown, then by how many people.", needs.iter().filter(|n| !n.mandatory), &fw, &names, h) }
                        { need_list("Mandatory training", "Everyone in the roles it suits needs it, whatever their gaps.", needs.iter().filter(|n| n.mandatory), &fw, &names, h) }
                        <button type="button" class="app-button" onclick={on_csv}>{ "Download the analysis (CSV)" }</button>
                    }
                </section>
            }
        </div>
    }
}
