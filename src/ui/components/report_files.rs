use crate::domain::assessment::compare::compare;
use crate::domain::records::history::{self, Snapshot};
use crate::domain::records::report::{self, ReportInfo};
use crate::domain::records::review::kept::{self, Kept};
use crate::ui::context::{use_headings, use_model, use_storage_key};
use crate::ui::state::{describe_report, Action, ImportMessage};
use crate::web::storage::LocalStore;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Keeps the current assessment as a snapshot under `key`.
fn snapshot(
    key: &Option<String>,
    model: &crate::ui::context::ModelHandle,
    label: String,
) -> Result<(), crate::domain::Error> {
    match key {
        Some(key) => history::add(
            &LocalStore,
            key,
            &model.framework.meta,
            &Snapshot {
                taken: String::from(js_sys::Date::new_0().to_iso_string()),
                label,
                assessment: model.assessment.clone(),
            },
        ),
        None => Ok(()),
    }
}

/// "the report for <name> of <date>", the name from the file isolated (<bdi>), so direction
/// marks in it cannot reorder the question around it.
fn described(imported: &report::Imported) -> Html {
    let (person, date) = (&imported.info.person, &imported.info.date);
    html! {
        <>
            if person.is_empty() {
                { "the report" }
            } else {
                { "the report for " }<bdi>{ person.clone() }</bdi>
            }
            if !date.is_empty() {
                { format!(" of {date}") }
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportFilesProps {
    /// Supervisor reviews an imported report carried were kept: read them again.
    pub on_reviews_kept: Callback<()>,
}

/// Exporting and importing reports, and snapshots over time with a comparison of two.
#[function_component]
pub fn ReportFiles(props: &ReportFilesProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let storage_key = use_storage_key();
    let fw = model.framework.clone();
    let problem = use_state(|| None::<crate::domain::Error>);
    // Bumped whenever a snapshot is added, so the list is read again.
    let history_version = use_state(|| 0u32);
    let confirm_ref = use_node_ref();
    // The supervisor reviews the report waiting to be imported carries, kept with it.
    let carried = use_state(Vec::<Kept>::new);
    let snapshots = {
        let fw = fw.clone();
        let key = storage_key.clone();
        use_memo((*history_version, key), move |(_, key)| match key {
            Some(key) => history::load(&LocalStore, key, &fw.meta),
            None => Ok(Vec::new()),
        })
    };
    let compare_pick = use_state(|| (None::<usize>, None::<usize>));
    {
        let confirm_ref = confirm_ref.clone();
        use_effect_with(model.ui.pending_import.is_some(), move |&pending| {
            if pending {
                if let Some(el) = confirm_ref.cast::<HtmlElement>() {
                    // Focus is a courtesy; failing to move it loses nothing.
                    let _ = el.focus();
                }
            }
        });
    }

    let info = ReportInfo {
        person: model.assessment.person.trim().to_string(),
        date: crate::web::today(),
    };
    let download = |extension: &'static str| {
        let model = model.clone();
        let info = info.clone();
        let problem = problem.clone();
        let key = storage_key.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, mime) = match extension {
                "csv" => (
                    report::export_csv(&model.framework, &model.assessment),
                    "text/csv",
                ),
                _ => {
                    // The reviews kept in this browser of the person named go with the
                    // report (see `report`); another person's do not.
                    let reviews = key
                        .as_ref()
                        .and_then(|key| kept::load(&LocalStore, key, &model.framework).ok())
                        .unwrap_or_default();
                    let (reviews, _) = kept::for_person(reviews, &model.assessment.person);
                    let reviews: Vec<_> = reviews.into_iter().map(|(k, _)| k).collect();
                    let (fw, a) = (&model.framework, &model.assessment);
                    let text = report::export_json_with(fw, a, &info, &reviews);
                    (text, "application/json")
                }
            };
            problem
                .set(crate::web::download(&report::file_name(&info, extension), mime, &text).err());
        })
    };
    let on_snapshot = {
        let model = model.clone();
        let key = storage_key.clone();
        let problem = problem.clone();
        let history_version = history_version.clone();
        Callback::from(move |_: MouseEvent| {
            problem.set(snapshot(&key, &model, "Saved by you".into()).err());
            history_version.set(*history_version + 1);
        })
    };
    let on_import_file = {
        let (model, carried) = (model.clone(), carried.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (model, carried) = (model.clone(), carried.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let checked = crate::web::file_text(&file)
                    .await
                    .and_then(|text| report::import_with_reviews(&text, &model.framework.meta));
                match checked {
                    Ok((imported, reviews)) => {
                        carried.set(reviews);
                        model.dispatch(Action::ImportChecked(
                            report::with_unknowns(imported, &model.framework).into(),
                        ))
                    }
                    Err(e) => model.dispatch(Action::ImportFailed(e)),
                }
            });
        })
    };
    let on_confirm = {
        let model = model.clone();
        let key = storage_key.clone();
        let problem = problem.clone();
        let history_version = history_version.clone();
        let (carried, on_reviews_kept) = (carried.clone(), props.on_reviews_kept.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(pending) = model.ui.pending_import.clone() else {
                return;
            };
            // The work being replaced is kept first; if it cannot be, nothing is replaced.
            match snapshot(
                &key,
                &model,
                format!("Before importing {}", describe_report(&pending)),
            ) {
                Ok(()) => {
                    model.dispatch(Action::ConfirmImport);
                    // The reviews it carries are kept beside it (those kept already once).
                    if let (Some(key), false) = (&key, carried.is_empty()) {
                        match kept::add_new(&LocalStore, key, (*carried).clone()) {
                            Ok(_) => on_reviews_kept.emit(()),
                            Err(e) => problem.set(Some(e)),
                        }
                    }
                }
                Err(e) => problem.set(Some(e)),
            }
            history_version.set(*history_version + 1);
        })
    };
    let on_cancel = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::CancelImport))
    };

    let pick = |which: usize| {
        let compare_pick = compare_pick.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
                .ok();
            let (a, b) = *compare_pick;
            compare_pick.set(if which == 0 { (value, b) } else { (a, value) });
        })
    };
    let target = model.target();
    let comparison = match (&*snapshots, *compare_pick, &target) {
        (Ok(list), (Some(a), Some(b)), Some(level)) => match (list.get(a), list.get(b)) {
            (Some(x), Some(y)) => Some(compare(&fw, &x.assessment, &y.assessment, level)),
            _ => None,
        },
        _ => None,
    };

    html! {
        <section class="app-card app-files app-no-print" aria-labelledby="files-heading">
            <@{h.tag(2)} id="files-heading" class="app-card__title">{ "Export, import and history" }</@>
            <p class="app-hint">{ "Files are made and read in this browser. Nothing is uploaded anywhere." }</p>
            <p>
                <button type="button" class="app-button" onclick={download("json")}>{ "Download report (JSON)" }</button>
                <button type="button" class="app-button app-button--secondary" onclick={download("csv")}>{ "Download spreadsheet (CSV)" }</button>
            </p>
            if let Some(e) = &*problem {
                <div class="app-banner app-banner--warning" role="alert">
                    <p class="app-banner__title">{ e.to_string() }</p>
                    <p>{ e.advice() }</p>
                </div>
            }
            <div class="app-field" hidden={model.ui.read_only}>
                <label class="app-field__label" for="import-report">{ "Import a report (JSON exported from Stepwise)" }</label>
                <span id="import-hint" class="app-hint">{ "It is checked completely, and you are asked before it replaces anything." }</span>
                <input id="import-report" class="app-file" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" onchange={on_import_file} />
            </div>
            if let Some(pending) = &model.ui.pending_import {
                <div class="app-confirm" role="group" aria-labelledby="import-question">
                    <p id="import-question" class="app-confirm__question" tabindex="-1" ref={confirm_ref}>
                        { "Replace your current work with " }{ described(pending) }
                        { "? Your current work will be kept as a snapshot in this browser." }
                    </p>
                    if let Some(notice) = &pending.version_notice {
                        <p>{ notice.clone() }</p>
                    }
                    if !carried.is_empty() {
                        <p>{ format!("It carries {}, kept with it.", crate::domain::words::count(carried.len(), "supervisor review", "supervisor reviews")) }</p>
                    }
                    if pending.unknown_competences > 0 {
                        <p>{ format!("{} of its ratings or notes name competences this framework does not have; they are kept but do not count.", pending.unknown_competences) }</p>
                    }
                    <button type="button" class="app-button app-button--warning" onclick={on_confirm}>{ "Yes, replace my work" }</button>
                    <button type="button" class="app-button app-button--secondary" onclick={on_cancel}>{ "No, keep my work" }</button>
                </div>
            }
            { match &model.ui.import_message {
                Some(ImportMessage::Failed(e)) => html! {
                    <div class="app-banner app-banner--warning" role="alert">
                        <p class="app-banner__title">{ e.to_string() }</p>
                        <p>{ e.advice() }</p>
                    </div>
                },
                Some(ImportMessage::Done { from, notice }) => html! {
                    <div class="app-banner" role="status">
                        <p>{ "Imported " }<bdi>{ from.clone() }</bdi>{ ". Your previous work is kept as a snapshot below." }</p>
                        if let Some(n) = notice { <p>{ n.clone() }</p> }
                    </div>
                },
                None => Html::default(),
            } }
            <@{h.tag(3)} class="app-files__title">{ "Snapshots" }</@>
            <p><button type="button" class="app-button app-button--secondary" onclick={on_snapshot}>{ "Save a snapshot now" }</button></p>
            { match &*snapshots {
                Err(e) => html! { <p role="alert">{ format!("{} {}", e, e.advice()) }</p> },
                Ok(list) if list.is_empty() => html! { <p>{ "No snapshots yet." }</p> },
                Ok(list) => html! {
                    <>
                        <ol class="app-files__snapshots">
                            { for list.iter().map(|s| html! { <li>{ format!("{} — ", s.taken.get(..16).unwrap_or(&s.taken).replace('T', " ")) }<bdi>{ s.label.clone() }</bdi></li> }) }
                        </ol>
                        if list.len() >= 2 && target.is_some() {
                            <fieldset class="app-compare">
                                <legend class="app-field__label">{ "Compare two snapshots at the level you aim for" }</legend>
                                { for [(0usize, "compare-from", "Earlier snapshot"), (1, "compare-to", "Later snapshot")].into_iter().map(|(which, id, label)| html! {
                                    <div class="app-field">
                                        <label for={id}>{ label }</label>
                                        <select id={id} class="app-select" onchange={pick(which)}>
                                            <option value="" selected=true>{ "Choose a snapshot" }</option>
                                            { for list.iter().enumerate().map(|(i, s)| html! {
                                                <option value={i.to_string()}>{ format!("{}. {} — {}", i + 1, s.taken.get(..16).unwrap_or(&s.taken).replace('T', " "), s.label) }</option>
                                            }) }
                                        </select>
                                    </div>
                                }) }
                            </fieldset>
                        }
                    </>
                },
            } }
            if let Some(changes) = comparison {
                <div class="app-table-wrap" tabindex="0" role="region" aria-label="What moved between the two snapshots">
                    <table class="app-table">
                        <caption class="app-table__caption">{ "What moved between the two snapshots" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Domain" }</th>
                            <th scope="col">{ "Met before" }</th>
                            <th scope="col">{ "Met after" }</th>
                            <th scope="col">{ "Change" }</th>
                        </tr></thead>
                        <tbody>
                            { for changes.iter().map(|c| html! {
                                <tr>
                                    <th scope="row">{ fw.domain(&c.domain).map(|d| d.name.clone()).unwrap_or_default() }</th>
                                    <td>{ format!("{} of {}", c.met_before, c.total) }</td>
                                    <td>{ format!("{} of {}", c.met_after, c.total) }</td>
                                    <td>{ c.describe() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
