use crate::domain::records::team::{self, heatmap, needs_csv, training_needs, Need, Rejected};
use crate::domain::{Framework, LevelId, RouteId};
use crate::ui::context::use_model;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Heatmap rows drawn at once: ten thousand rows of a dozen cells would block the page for
/// seconds, and nobody reads them all at once.
const PAGE: usize = 200;
/// Files read in one go; their texts are then checked a slice of time at a time.
const READ_AT_ONCE: usize = 1_000;
/// The longest the page is kept busy checking reports before it is let draw and respond.
const SLICE_MS: f64 = 40.0;
/// Names listed under a route; the CSV has them all.
const NAMES_SHOWN: usize = 50;

/// Where a load is, and a number bumped whenever the team has changed, so what is shown is
/// worked out again only then.
#[derive(Clone, Copy, Default, PartialEq)]
struct Status {
    /// Reports checked so far and in all, while files are being read.
    reading: Option<(usize, usize)>,
    generation: u32,
}

/// 10000 as "10,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Lets the browser draw and handle input before going on.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Reads the texts of `files` all at once; one unreadable file does not stop the others.
async fn read_texts(files: &[web_sys::File]) -> Vec<Result<(String, String), Rejected>> {
    let promises: js_sys::Array = files.iter().map(|f| f.text()).collect();
    let settled = match JsFuture::from(js_sys::Promise::all_settled(&promises)).await {
        Ok(settled) => js_sys::Array::from(&settled),
        Err(_) => js_sys::Array::new(),
    };
    files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let outcome = settled.get(i as u32);
            let field = |name: &str| js_sys::Reflect::get(&outcome, &name.into()).ok();
            match field("value").and_then(|v| v.as_string()) {
                Some(text) => Ok((file.name(), text)),
                None => Err(Rejected {
                    file: file.name(),
                    error: crate::domain::Error::FileUnreadable {
                        name: file.name(),
                        reason: field("reason")
                            .and_then(|r| r.dyn_into::<js_sys::Error>().ok())
                            .map(|e| String::from(e.message()))
                            .unwrap_or_else(|| "it is not text".into()),
                    },
                }),
            }
        })
        .collect()
}

/// Reads every file into the team a slice at a time, showing how far it has got.
fn read_files(
    files: web_sys::FileList,
    framework: Rc<Framework>,
    team: Rc<RefCell<team::Team>>,
    status: UseStateHandle<Status>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if files.is_empty() {
        return;
    }
    let total = files.len();
    let generation = status.generation;
    status.set(Status {
        reading: Some((0, total)),
        generation,
    });
    wasm_bindgen_futures::spawn_local(async move {
        let mut done = 0;
        for batch in files.chunks(READ_AT_ONCE) {
            let mut texts = Vec::new();
            for outcome in read_texts(batch).await {
                match outcome {
                    Ok(text) => texts.push(text),
                    Err(rejected) => team.borrow_mut().rejected.push(rejected),
                }
            }
            done += batch.len() - texts.len();
            let mut rest = &texts[..];
            while !rest.is_empty() {
                let started = js_sys::Date::now();
                let mut n = 0;
                while n < rest.len() && js_sys::Date::now() - started < SLICE_MS {
                    team.borrow_mut().add(&framework, &rest[n..=n]);
                    n += 1;
                }
                rest = &rest[n..];
                done += n;
                status.set(Status {
                    reading: Some((done, total)),
                    generation,
                });
                yield_to_browser().await;
            }
        }
        status.set(Status {
            reading: None,
            generation: generation.wrapping_add(1),
        });
    });
}

/// The people shown under the filters, the needs of everyone and of those shown.
struct Derived {
    /// How many members there were, so a load in progress shows the team as it was.
    count: usize,
    shown: Vec<usize>,
    needs_all: Vec<Need>,
    needs: Vec<Need>,
    versions: String,
}

fn derive(
    fw: &Framework,
    team: &team::Team,
    level: Option<u8>,
    role: Option<&LevelId>,
    route: Option<&RouteId>,
) -> Derived {
    let shown: Vec<usize> = (0..team.members.len())
        .filter(|&i| {
            let m = &team.members[i];
            let current = m
                .report
                .assessment
                .current
                .as_ref()
                .and_then(|l| fw.level(l));
            level.is_none_or(|n| current.is_some_and(|l| l.career_level == n))
                && role.is_none_or(|r| current.is_some_and(|l| &l.id == r))
                && route.is_none_or(|r| m.helped_by(r))
        })
        .collect();
    let needs_all = training_needs(fw, &team.members);
    // Unfiltered, the needs of everyone shown are the needs already worked out.
    let needs = if level.is_some() || role.is_some() || route.is_some() {
        training_needs(fw, shown.iter().map(|&i| &team.members[i]))
    } else {
        needs_all.clone()
    };
    let versions = team
        .members
        .iter()
        .filter(|m| m.report.version_notice.is_some())
        .map(|m| format!("{} ({})", m.name, m.report.framework_version))
        .collect::<Vec<_>>()
        .join(", ");
    Derived {
        count: team.members.len(),
        shown,
        needs_all,
        needs,
        versions,
    }
}

/// The manager's view: many people's reports at once, as a heatmap and a training needs
/// analysis. Everything stays in this browser.
#[function_component]
pub fn TeamView() -> Html {
    let model = use_model();
    let fw = model.framework.clone();
    let team = use_mut_ref(team::Team::default);
    let status = use_state(Status::default);
    let level_filter = use_state(|| None::<u8>);
    let role_filter = use_state(|| None::<LevelId>);
    let route_filter = use_state(|| None::<RouteId>);
    let page = use_state(|| 0usize);
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
    let on_clear = {
        let (team, status) = (team.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
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
        use_memo(
            (
                status.generation,
                *level_filter,
                (*role_filter).clone(),
                (*route_filter).clone(),
            ),
            move |(_, level, role, route)| {
                derive(&fw, &team.borrow(), *level, role.as_ref(), route.as_ref())
            },
        )
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
    let rows = heatmap(&fw, on_page.iter().map(|&i| &members.members[i]));
    let on_csv = {
        let fw = fw.clone();
        let derived = derived.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("stepwise-team-training-needs-{}.csv", crate::web::today());
            // A refused download leaves everything as it was; the button can be pressed again.
            let _ = crate::web::download(&name, "text/csv", &needs_csv(&fw, &derived.needs));
        })
    };
    let turn = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
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
    let band = |p: u8| match p {
        0..=24 => "app-heat--0",
        25..=49 => "app-heat--1",
        50..=74 => "app-heat--2",
        75..=99 => "app-heat--3",
        _ => "app-heat--4",
    };
    let names = |people: &[String]| {
        if people.len() <= NAMES_SHOWN {
            people.join(", ")
        } else {
            format!(
                "{} and {} more (all in the CSV)",
                people[..NAMES_SHOWN].join(", "),
                thousands(people.len() - NAMES_SHOWN)
            )
        }
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
                // One live region, there from the start, so every change in it is announced.
                <p role="status">{ match status.reading {
                    Some((done, total)) => format!("Reading reports: {} of {}", thousands(done), thousands(total)),
                    None if count > 0 || !members.rejected.is_empty() => format!("{} report(s) loaded{}.", thousands(members.members.len()),
                        if members.rejected.is_empty() { String::new() } else { format!("; {} file(s) could not be loaded", thousands(members.rejected.len())) }),
                    None => String::new(),
                } }</p>
                if status.reading.is_none() && (count > 0 || !members.rejected.is_empty()) {
                    <button type="button" class="app-button app-button--secondary" onclick={on_clear}>{ "Clear the team view" }</button>
                }
                if !members.rejected.is_empty() {
                    <div class="app-banner app-banner--warning">
                        <h3 class="app-banner__title">{ "Files that could not be loaded" }</h3>
                        <ul>{ for members.rejected.iter().map(|r| html! { <li>{ format!("{}: {} {}", r.file, r.error, r.error.advice()) }</li> }) }</ul>
                    </div>
                }
                if !members.duplicates.is_empty() {
                    <div class="app-banner">
                        <h3 class="app-banner__title">{ "Reports loaded more than once" }</h3>
                        <ul>{ for members.duplicates.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                    </div>
                }
                if !derived.versions.is_empty() {
                    <div class="app-banner" role="status">
                        <p>{ format!("Made with another version of this framework, matched by competence id: {}.", derived.versions) }</p>
                    </div>
                }
            </section>
            if count > 0 {
                <section class="app-card" aria-labelledby="team-filters-heading">
                    <h2 id="team-filters-heading" class="app-card__title">{ "Filters" }</h2>
                    <div class="app-levels__fields">
                        { select("team-level", "Career level", career_levels.iter().map(|n| (n.to_string(), format!("Career level {n}"))).collect(), {
                            let (f, page) = (level_filter.clone(), page.clone());
                            Callback::from(move |e: Event| { page.set(0); f.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok()) })
                        }) }
                        { select("team-role", "Role", fw.levels.iter().map(|l| (l.id.to_string(), l.title())).collect(), {
                            let (f, page) = (role_filter.clone(), page.clone());
                            Callback::from(move |e: Event| { page.set(0); let v = e.target_unchecked_into::<HtmlSelectElement>().value(); f.set((!v.is_empty()).then(|| LevelId::new(v))) })
                        }) }
                        { select("team-route", "Would be helped by", derived.needs_all.iter().filter_map(|n| fw.route(&n.route)).map(|r| (r.id.to_string(), r.title.clone())).collect(), {
                            let (f, page) = (route_filter.clone(), page.clone());
                            Callback::from(move |e: Event| { page.set(0); let v = e.target_unchecked_into::<HtmlSelectElement>().value(); f.set((!v.is_empty()).then(|| RouteId::new(v))) })
                        }) }
                    </div>
                    <p role="status">{ format!("Showing {} of {} people.", thousands(shown.len()), thousands(count)) }</p>
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
                    <h2 id="tna-heading" class="app-card__title">{ "Training needs analysis" }</h2>
                    <p class="app-hint">{ "Routes ranked by how many people's gaps they would help close." }</p>
                    if derived.needs.is_empty() {
                        <p>{ "No gaps among the people shown, so no training to suggest." }</p>
                    } else {
                        <ol class="app-routes__list">
                            { for derived.needs.iter().filter_map(|n| fw.route(&n.route).map(|r| (n, r))).map(|(n, r)| html! {
                                <li class="app-route">
                                    <h3 class="app-route__title">{ r.title.clone() }</h3>
                                    <p>{ format!("Would help {} {} with {} gap(s): {}.", thousands(n.people.len()),
                                        if n.people.len() == 1 { "person" } else { "people" }, n.gaps, names(&n.people)) }</p>
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
