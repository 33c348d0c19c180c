use super::components::{
    left_out, AreaPicker, Banners, CareerMap, FileProblem, FrameworkPicker, FrameworkProblems,
    GapList, LevelPicker, RatingList, ReportView, StartAgain, Summary, TeamView,
};
use super::context::{ModelHandle, StorageKey};
use super::state::{Action, LeftOut, Model, Part, View};
use crate::domain::embedding::messages::{self, Command};
use crate::domain::embedding::settings::Settings;
use crate::domain::framework::compact;
use crate::domain::framework::content;
use crate::domain::framework::source::Source;
use crate::ui::handover::Handover;

use crate::domain::records::saved;
use crate::domain::records::store::{self, KeyValue, Loaded};
use crate::domain::{Error, Framework};
use crate::web::scorm::{CourseHandle, Lms};
use crate::web::storage::LocalStore;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the last chosen built-in framework is remembered.
const CHOSEN_KEY: &str = "stepwise:framework";

/// What the app is showing.
#[derive(Clone, PartialEq)]
enum Phase {
    Loading(Source),
    /// In the rating page's module: a framework file or URL, which only the full module
    /// reads, so it takes over.
    HandOver(Source),
    Ready {
        source: Source,
        framework: Rc<Framework>,
        loaded: Box<Loaded>,
        /// Where the abridged framework is, when this one was opened in outline.
        abridged_at: Option<String>,
        /// Where the complete framework is, when this one was opened abridged or in outline.
        complete_at: Option<String>,
        /// The hand-over this framework opened with, if any.
        handed: Option<Handover>,
    },
    Failed {
        source: Source,
        error: Error,
    },
}

impl Phase {
    fn source(&self) -> &Source {
        match self {
            Phase::Loading(s)
            | Phase::HandOver(s)
            | Phase::Ready { source: s, .. }
            | Phase::Failed { source: s, .. } => s,
        }
    }
}

/// The framework to start with: one named by the page's settings (a built-in id, or a
/// framework file beside the page), else the last one chosen, else the default.
fn initial_source(settings: &Settings) -> Source {
    if let Some(name) = &settings.framework {
        return Source::built_in(name).unwrap_or_else(|| Source::Url(name.clone()));
    }
    LocalStore
        .get(CHOSEN_KEY)
        .ok()
        .flatten()
        .and_then(|id| Source::built_in(&id))
        .unwrap_or_else(Source::default_built_in)
}

/// What only the full module has: the gap report, the team view and the LMS connection.
/// The rating page's module is built without them (nothing refers to them but [`extras`]),
/// so a first visit downloads less; it hands over to the full module when they are wanted.
#[derive(Clone, Copy)]
pub struct Extras {
    pub map: fn() -> Html,
    pub report: fn() -> Html,
    pub team: fn() -> Html,
    /// The LMS course the page runs in, if any.
    pub find_course: fn() -> Option<CourseHandle>,
    /// Reads a framework file (TOML), checking it.
    pub parse: fn(&str) -> Result<Framework, Error>,
    /// The problems that reading found, one sentence each.
    pub issues: fn(&Error) -> Vec<String>,
}

/// There is only one set of extras: any two are the same.
impl PartialEq for Extras {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The full module's extras. Only the full module's entry points call this.
pub fn extras() -> Extras {
    Extras {
        map: || html! { <CareerMap /> },
        report: || html! { <ReportView /> },
        team: || html! { <TeamView /> },
        find_course: || Lms::find().map(|lms| CourseHandle(Rc::new(lms))),
        parse: content::parse,
        issues: content::issues,
    }
}

async fn open(
    source: Source,
    base: String,
    settings: Settings,
    course: Option<CourseHandle>,
    handover: Option<Handover>,
    extras: Option<Extras>,
) -> Phase {
    let levels = settings.levels;
    // The rating page's module opens built-in frameworks compiled and abridged; a framework
    // file or URL needs the TOML reader and checker, which only the full module has.
    let (read, complete_at, abridged_at) = match (&source, extras) {
        (_, Some(extras)) => {
            let read = match &source {
                Source::BuiltIn(b) => crate::web::fetch_text(&format!("{base}{}", b.compiled))
                    .await
                    .and_then(|t| compact::decode(&t)),
                Source::Url(url) => crate::web::fetch_text(url)
                    .await
                    .and_then(|t| (extras.parse)(&t)),
                Source::File { text, .. } => (extras.parse)(text),
            };
            (read, None, None)
        }
        (Source::BuiltIn(b), None) => {
            // Before the person has begun here (and with no starting role set by the page),
            // the outline is enough: it lets them choose a role, and the rest follows.
            let begun = match LocalStore.get(&source.storage_key(b.id)) {
                Ok(None) => false,
                Ok(Some(text)) => saved::decode(&text, b.id).map_or(true, |a| a.has_begun()),
                Err(_) => true,
            };
            let first_visit = settings.current.is_none() && settings.target.is_none() && !begun;
            let file = if first_visit { b.outline } else { b.compiled };
            (
                crate::web::fetch_text(&format!("{base}{file}"))
                    .await
                    .and_then(|t| compact::decode(&t)),
                Some(format!("{base}{}", b.compiled)),
                first_visit.then(|| format!("{base}{}", b.compiled)),
            )
        }
        (_, None) => return Phase::HandOver(source),
    };
    match read {
        Ok(framework) => {
            let framework = framework.restrict(&levels);
            if let Source::BuiltIn(b) = &source {
                // Remembering the choice is a convenience; failing to loses nothing.
                let _ = LocalStore.set(CHOSEN_KEY, b.id);
            }
            let key = source.storage_key(&framework.meta.id);
            let now = crate::web::now_ms();
            // In an LMS its resume data is the record, so the learner resumes in any browser.
            let carried = handover.as_ref().and_then(|h| {
                Some((
                    saved::decode(&h.saved, &framework.meta.id).ok()?,
                    h.can_save,
                ))
            });
            let loaded = match (&course, carried) {
                // Taking over from the rating page: its work in memory is the record. Loading
                // anyway finds the same problems to tell the person about (storage refused,
                // unreadable data) and whether saving is safe.
                (_, Some((assessment, can_save))) => {
                    let found = store::load(&LocalStore, &key, &framework, now);
                    Loaded {
                        assessment,
                        can_save: found.can_save && can_save,
                        ..found
                    }
                }
                (Some(course), None) => course.0.load(&key, &framework, now),
                (None, None) => store::load(&LocalStore, &key, &framework, now),
            };
            Phase::Ready {
                source,
                framework: Rc::new(framework),
                loaded: Box::new(loaded),
                abridged_at,
                complete_at,
                handed: handover,
            }
        }
        Err(error) => Phase::Failed { source, error },
    }
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// What the page asked for.
    pub settings: Settings,
    /// Where the app's own files are (ends with `/`), so built-in frameworks load from beside
    /// the app wherever the page is.
    pub base: String,
    /// Whether the app sits inside a host page rather than on its own.
    pub embedded: bool,
    /// The gap report, team view and LMS; `None` in the rating page's module.
    pub extras: Option<Extras>,
    /// Set when the full module takes over from the rating page's.
    pub handover: Option<Handover>,
    /// The element the app renders into, for a hand-over to the full module.
    pub root: Option<web_sys::Element>,
}

/// Landmarks: the page's own on Stepwise's page; inside a host page, one labelled region, so
/// the host keeps its own main, banner and content information.
fn landmarks(embedded: bool) -> (&'static str, &'static str, &'static str, &'static str) {
    if embedded {
        ("section", "div", "div", "Stepwise self-assessment")
    } else {
        ("main", "header", "footer", "Stepwise")
    }
}

/// The app as shipped: frameworks fetched from beside the app, progress in localStorage.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let (main_tag, _, _, main_label) = landmarks(props.embedded);
    let phase = {
        let settings = props.settings.clone();
        let handed = props.handover.as_ref().map(|h| h.source.clone());
        use_state(move || Phase::Loading(handed.unwrap_or_else(|| initial_source(&settings))))
    };
    let extras = props.extras;
    let course = use_memo((), move |_| extras.and_then(|e| (e.find_course)()));
    // Used by the first framework to open.
    let handover = use_mut_ref(|| props.handover.clone());
    // The framework being handed over as of the last render, for the hand-over to check
    // when the full module arrives.
    let handing = match &*phase {
        Phase::HandOver(source) => Some(source.clone()),
        _ => None,
    };
    let handing_now = use_mut_ref(|| None::<Source>);
    *handing_now.borrow_mut() = handing.clone();
    {
        // End the LMS session when the page goes away.
        let course = (*course).clone();
        use_effect_with((), move |_| {
            let closure = course.map(|course| {
                wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || course.0.finish())
            });
            if let (Some(c), Some(w)) = (&closure, web_sys::window()) {
                let _ = w.add_event_listener_with_callback("pagehide", c.as_ref().unchecked_ref());
            }
            move || drop(closure)
        });
    }
    // The last framework that opened, to go back to if another fails.
    let last_good = use_mut_ref(|| None::<Source>);
    {
        let phase = phase.clone();
        let loading = match &*phase {
            Phase::Loading(source) => Some(source.clone()),
            _ => None,
        };
        let base = props.base.clone();
        let settings = props.settings.clone();
        let course = (*course).clone();
        let handover = handover.clone();
        use_effect_with(loading, move |loading| {
            if let Some(source) = loading.clone() {
                // Kept until a framework opens with it: if this one fails, the work it
                // carries is still there for the next.
                let carried = handover.borrow().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let next = open(source, base, settings, course, carried, extras).await;
                    if matches!(next, Phase::Ready { .. }) {
                        handover.borrow_mut().take();
                    }
                    phase.set(next);
                });
            }
        });
    }
    {
        let root = props.root.clone();
        let phase = phase.clone();
        let handing_now = handing_now.clone();
        use_effect_with(handing, move |handing| {
            if let (Some(source), Some(root)) = (handing.clone(), root) {
                wasm_bindgen_futures::spawn_local(async move {
                    // Still wanted once the full module is here: the person may have chosen
                    // another framework meanwhile.
                    let now = || {
                        (handing_now.borrow().as_ref() == Some(&source)).then(|| Handover {
                            source: source.clone(),
                            saved: String::new(),
                            can_save: true,
                            view: View::Assess,
                            focus: false,
                            announced: false,
                        })
                    };
                    if let Err(reason) = crate::web::hand_over(&root, now).await {
                        phase.set(Phase::Failed {
                            source,
                            error: Error::FullModuleUnavailable { reason },
                        });
                    }
                });
            }
        });
    }
    if let Phase::Ready { source, .. } = &*phase {
        *last_good.borrow_mut() = Some(source.clone());
    }

    let on_choose = {
        let phase = phase.clone();
        Callback::from(move |source: Source| phase.set(Phase::Loading(source)))
    };
    let on_file_error = {
        let phase = phase.clone();
        Callback::from(move |p: FileProblem| {
            phase.set(Phase::Failed {
                source: p.source,
                error: p.error,
            })
        })
    };
    // An educator who set the framework, or review mode, fixes the framework.
    let can_choose = props.settings.framework.is_none() && !props.settings.review;
    let picker = if !can_choose {
        Html::default()
    } else {
        html! { <FrameworkPicker current={phase.source().clone()} on_choose={on_choose.clone()} {on_file_error} /> }
    };
    let body = match &*phase {
        Phase::Loading(source) | Phase::HandOver(source) => html! {
            <@{main_tag} class="app-main" aria-label={main_label}>
                <p class="app-loading" role="status">{ format!("Loading {}…", source.describe()) }</p>
            </@>
        },
        Phase::Ready {
            source,
            framework,
            loaded,
            abridged_at,
            complete_at,
            handed,
        } => html! {
            <AppView
                key={format!("{}|{}", framework.meta.id, source.storage_key(&framework.meta.id))}
                framework={framework.clone()}
                loaded={(**loaded).clone()}
                storage_key={source.storage_key(&framework.meta.id)}
                settings={props.settings.clone()}
                course={(*course).clone()}
                embedded={props.embedded}
                extras={props.extras}
                source={source.clone()}
                handed={handed.clone()}
                abridged_at={abridged_at.clone()}
                complete_at={complete_at.clone()}
            />
        },
        Phase::Failed { source, error } => {
            // After a hand-over from the rating page there is no last framework here: offer
            // the default one, where the person may choose frameworks at all.
            let back = last_good
                .borrow()
                .clone()
                .or_else(|| can_choose.then(Source::default_built_in))
                .filter(|s| s != source);
            let go_back = back.map(|back| {
                let label = format!("Go back to {}", back.describe());
                let on_choose = on_choose.clone();
                (
                    label,
                    Callback::from(move |_: MouseEvent| on_choose.emit(back.clone())),
                )
            });
            html! {
                <@{main_tag} class="app-main app-shell" aria-label={main_label}>
                    <FrameworkProblems error={error.clone()} source={source.describe()}
                        issues={extras.map(|e| (e.issues)(error)).unwrap_or_default()} />
                    if let Some((label, onclick)) = go_back {
                        <button type="button" class="app-button" {onclick}>{ label }</button>
                    }
                </@>
            }
        }
    };
    html! {
        <>
            { picker }
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppViewProps {
    pub framework: Rc<Framework>,
    /// What was loaded at start; only read on the first render.
    pub loaded: Loaded,
    /// Where changes are saved in localStorage; `None` keeps them in memory (component tests).
    #[prop_or_default]
    pub storage_key: Option<String>,
    /// What the page asked for: starting levels, review mode, allowed origins.
    #[prop_or_default]
    pub settings: Settings,
    /// The LMS, when running as a SCORM package.
    #[prop_or_default]
    pub course: Option<CourseHandle>,
    /// Inside a host page: no page landmarks of its own.
    #[prop_or_default]
    pub embedded: bool,
    /// The gap report and team view; without them, asking for either hands over to the full
    /// module.
    #[prop_or_default]
    pub extras: Option<Extras>,
    /// Where the framework came from, for a hand-over.
    #[prop_or_default]
    pub source: Option<Source>,
    /// The hand-over this view opens with: which view, whether focus goes to it, and whether
    /// the host page has heard from the rating page already.
    #[prop_or_default]
    pub handed: Option<Handover>,
    /// Where the abridged framework is, when `framework` is an outline (no competences).
    #[prop_or_default]
    pub abridged_at: Option<String>,
    /// Where the complete framework is, when `framework` is abridged (no evidence examples).
    #[prop_or_default]
    pub complete_at: Option<String>,
}

/// The whole assessment screen for one framework.
#[function_component]
pub fn AppView(props: &AppViewProps) -> Html {
    let model = {
        let framework = props.framework.clone();
        let loaded = props.loaded.clone();
        let settings = props.settings.clone();
        let start_view = props.handed.as_ref().map(|h| h.view);
        let (abridged_at, complete_at) = (props.abridged_at.clone(), props.complete_at.clone());
        use_reducer(move || {
            let mut model = Model::new(framework, loaded)
                .with_settings(&settings)
                .left_out(abridged_at, complete_at);
            model.view = start_view.unwrap_or_default();
            model
        })
    };
    // What the framework was opened without: fetched when first wanted.
    use_fetch(&model, Part::Statements, &props.settings.levels);
    use_fetch(&model, Part::Details, &props.settings.levels);
    let shell = use_node_ref();
    let nav = use_node_ref();
    // After a hand-over, focus stays where the person was: on the view they chose.
    {
        let nav = nav.clone();
        let handed = props.handed.as_ref().is_some_and(|h| h.focus);
        use_effect_with((), move |_| {
            let current = nav
                .cast::<web_sys::Element>()
                .and_then(|n| n.query_selector("[aria-current=page]").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = current.filter(|_| handed) {
                let _ = button.focus();
            }
        });
    }
    // Without the extras, the report, the team view and the map come from the full module.
    // What it carries over is read when it takes over, from the model as it is then: anything
    // done while the full module loaded is kept, and a view no longer wanted is not opened.
    let hand_over_problem = use_state(|| None::<String>);
    let attempts = use_state(|| 0u32);
    let latest = use_mut_ref(|| model.clone());
    *latest.borrow_mut() = model.clone();
    let handing_over = use_mut_ref(|| false);
    {
        let wanted = (props.extras.is_none() && model.view != View::Assess).then_some(model.view);
        let latest = latest.clone();
        let source = props.source.clone();
        let shell = shell.clone();
        let problem = hand_over_problem.clone();
        let handing_over = handing_over.clone();
        use_effect_with((wanted, *attempts), move |(wanted, _)| {
            let root = shell
                .cast::<web_sys::Element>()
                .and_then(|s| s.parent_element());
            // One hand-over at a time; a later request is picked up when it completes.
            let idle = !*handing_over.borrow();
            if let (Some(_), Some(source), Some(root), true) = (wanted, source, root, idle) {
                *handing_over.borrow_mut() = true;
                problem.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    let now = || {
                        let m = latest.borrow();
                        (m.view != View::Assess).then(|| Handover {
                            source,
                            saved: saved::encode(&m.framework.meta, &m.assessment),
                            can_save: m.saving.can_save,
                            view: m.view,
                            focus: false,
                            announced: true,
                        })
                    };
                    let result = crate::web::hand_over(&root, now).await;
                    *handing_over.borrow_mut() = false;
                    if let Err(reason) = result {
                        problem.set(Some(reason));
                    }
                });
            }
        });
    }

    // Every change to the assessment is saved as it is made: in this browser, and in the
    // LMS when there is one, within what it can keep.
    {
        let model = model.clone();
        let key = props.storage_key.clone();
        let course = props.course.clone();
        use_effect_with(model.assessment.clone(), move |assessment| {
            if let Some(key) = key.filter(|_| model.saving.can_save) {
                let mut result = store::save(&LocalStore, &key, &model.framework.meta, assessment);
                if let Some(course) = &course {
                    // The LMS is the record that matters in a course.
                    result = course
                        .0
                        .save(&key, &model.framework, assessment, &|left_out| {
                            model.dispatch(Action::LeftOutOfLms(left_out))
                        });
                }
                match result {
                    Ok(()) => model.dispatch(Action::SaveSucceeded),
                    Err(e) => model.dispatch(Action::SaveFailed(e)),
                }
            }
        });
    }
    use_effect_with((), |_| crate::web::mark("stepwise-rendered"));

    // Tell the host page we are ready (unless the rating page did, before handing over), and
    // take its commands while mounted.
    let announced = props.handed.as_ref().is_some_and(|h| h.announced);
    {
        let model = model.clone();
        let settings = props.settings.clone();
        use_effect_with((), move |_| {
            if !announced {
                crate::web::messages::post(&settings, &messages::ready(&model.framework));
            }
            let listener = crate::web::messages::listen(settings.clone(), move |cmd| match cmd {
                Command::Show(view) => {
                    if let Some(view) = View::from_key(&view) {
                        model.dispatch(Action::ShowView(view));
                    }
                }
                Command::SetLevels { current, target } => {
                    model.dispatch(Action::SetCurrent(current));
                    if let Some(target) = target {
                        model.dispatch(Action::SetTarget(target));
                    }
                }
                Command::GetProgress => {
                    // The next progress message carries the answer.
                    model.dispatch(Action::ProgressRequested);
                }
            });
            move || drop(listener)
        });
    }
    // Progress on every change, and "complete" once when everything is rated.
    {
        let settings = props.settings.clone();
        // After a hand-over, "complete" was sent already if everything was rated.
        let was_complete =
            use_mut_ref(|| announced && messages::is_complete(&model.framework, &model.assessment));
        let model_now = model.clone();
        let counted = model.statements == LeftOut::Included;
        use_effect_with(
            (model.assessment.clone(), model.progress_requests, counted),
            move |(a, _, counted)| {
                // Until the competences of the levels chosen are here, there is nothing to count.
                if !counted && (a.current.is_some() || a.target.is_some()) {
                    return;
                }
                let fw = &model_now.framework;
                crate::web::messages::post(&settings, &messages::progress(fw, a));
                let complete = messages::is_complete(fw, a);
                if complete && !*was_complete.borrow() {
                    crate::web::messages::post(&settings, &messages::complete(fw, a));
                }
                *was_complete.borrow_mut() = complete;
            },
        );
    }

    let meta = &model.framework.meta;
    let started = model.assessment.current.is_some();
    // Trying again takes the button away while the competences load: focus goes back to the
    // role chosen, which they follow.
    let retry_statements = {
        let model = model.clone();
        let shell = shell.clone();
        Callback::from(move |_: MouseEvent| {
            let select = shell
                .cast::<web_sys::Element>()
                .and_then(|s| s.query_selector("#current-level").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(select) = select {
                let _ = select.focus();
            }
            model.dispatch(Action::Want(Part::Statements));
        })
    };
    // An abridged framework leaves its career map out; the built-in list says if it has one.
    let has_map = !model.framework.moves.is_empty()
        || (props.complete_at.is_some()
            && matches!(&props.source, Some(Source::BuiltIn(b)) if b.has_career_map));
    let (main_tag, header_tag, footer_tag, main_label) = landmarks(props.embedded);
    html! {
        <ContextProvider<ModelHandle> context={model.clone()}>
        <ContextProvider<StorageKey> context={StorageKey(props.storage_key.clone())}>
            <div class="app-shell" ref={shell}>
                <@{header_tag} class="app-header">
                    <p class="app-header__brand">{ "Stepwise" }</p>
                    <h1 class="app-header__title">{ format!("{}: self-assessment", meta.title) }</h1>
                    <p class="app-header__lede">
                        { "Rate yourself against the competences of a career level, see where you stand and the gaps to the level you aim for, and find training that closes them. Everything stays in this browser." }
                    </p>
                </@>
                <nav class="app-nav app-no-print" aria-label="Sections" ref={nav}>
                    <ul class="app-nav__list">
                        { for View::ALL.iter().filter(|&&v| v != View::Map || has_map).map(|&view| {
                            let current = model.view == view;
                            let onclick = {
                                let model = model.clone();
                                Callback::from(move |_: MouseEvent| model.dispatch(Action::ShowView(view)))
                            };
                            html! {
                                <li>
                                    <button type="button" class={classes!("app-nav__link", current.then_some("app-nav__link--current"))}
                                        aria-current={current.then_some("page")} {onclick}>
                                        { view.label() }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
                <@{main_tag} class="app-main" aria-label={main_label}>
                    <Banners />
                    // Always on the page, so a screen reader hears it when it fills.
                    <p class="app-live" role="status">
                        { if props.extras.is_none() && model.view != View::Assess && hand_over_problem.is_none() {
                            format!("Opening {}…", opening_name(model.view))
                        } else if model.view == View::Assess && matches!(model.statements, LeftOut::Loading(_)) {
                            "Loading competences…".to_string()
                        } else {
                            String::new()
                        } }
                    </p>
                    { match model.view {
                        View::Assess => html! {
                            <>
                                <LevelPicker />
                                if !model.framework.areas.is_empty() {
                                    <AreaPicker />
                                }
                                if started && model.statements != LeftOut::Included {
                                    // While they load, the live region above says so.
                                    { left_out(&model.statements, matches!(model.statements, LeftOut::Failed { .. }), "competences", retry_statements.clone()) }
                                } else if started {
                                    <div class="app-columns">
                                        <div class="app-columns__main">
                                            <RatingList />
                                        </div>
                                        <div class="app-columns__side">
                                            <Summary />
                                            <GapList />
                                        </div>
                                    </div>
                                }
                                <StartAgain />
                            </>
                        },
                        View::Map | View::Report | View::Team => match props.extras {
                            Some(extras) => match model.view {
                                View::Map => (extras.map)(),
                                View::Report => (extras.report)(),
                                _ => (extras.team)(),
                            },
                            None => {
                                let retry = {
                                    let attempts = attempts.clone();
                                    let problem = hand_over_problem.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        problem.set(None);
                                        attempts.set(*attempts + 1);
                                    })
                                };
                                html! { <Opening view={model.view} problem={(*hand_over_problem).clone()} {retry} /> }
                            }
                        },
                    } }
                </@>
                <@{footer_tag} class="app-footer">
                    <p>
                        { format!("Framework: {} (version {}). Modelled on {} Sources checked {}. ", meta.title, meta.version, meta.modelled_on, meta.checked) }
                        { &meta.licence }
                    </p>
                </@>
            </div>
        </ContextProvider<StorageKey>>
        </ContextProvider<ModelHandle>>
    }
}

/// Fetches `part` of the framework whenever the model asks for it (see [`LeftOut`]), and
/// hands the framework with it to the model.
#[hook]
fn use_fetch(model: &UseReducerHandle<Model>, part: Part, levels: &[crate::domain::LevelId]) {
    let loading = match model.part(part) {
        LeftOut::Loading(url) => Some(url.clone()),
        _ => None,
    };
    let model = model.clone();
    let levels = levels.to_vec();
    use_effect_with(loading, move |loading| {
        if let Some(url) = loading.clone() {
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = crate::web::fetch_text(&url)
                    .await
                    .and_then(|text| compact::decode(&text));
                model.dispatch(match fetched {
                    Ok(fw) => Action::Fetched(part, Rc::new(fw.restrict(&levels))),
                    Err(e) => Action::FetchFailed(part, e.to_string()),
                });
            });
        }
    });
}

#[derive(Properties, PartialEq)]
struct OpeningProps {
    view: View,
    problem: Option<String>,
    retry: Callback<MouseEvent>,
}

/// "the gap report": a view that comes with the full module, named in a sentence.
fn opening_name(view: View) -> &'static str {
    match view {
        View::Team => "the team view",
        View::Map => "the career map",
        _ => "the gap report",
    }
}

/// Why the full module did not come, for the report, the map or the team view, with a way
/// to try again. (While it loads, the live region above says so.)
#[function_component]
fn Opening(props: &OpeningProps) -> Html {
    match &props.problem {
        None => Html::default(),
        Some(reason) => html! {
            <div class="app-banner app-banner--warning" role="alert">
                <p>{ format!("Stepwise could not open {} ({reason}). Your ratings and notes are kept. Check your connection, then try again.", opening_name(props.view)) }</p>
                <button type="button" class="app-button" onclick={props.retry.clone()}>{ "Try again" }</button>
            </div>
        },
    }
}
