use super::components::{
    AreaPicker, Banners, CareerMap, FileProblem, FrameworkPicker, FrameworkProblems, GapList,
    LevelPicker, RatingList, ReportView, StartAgain, Summary, TeamView,
};
use super::context::{ModelHandle, StorageKey};
use super::state::{Action, Model, View};
use crate::domain::content::{self, Source};
use crate::domain::store::{self, Loaded};
use crate::domain::{Error, Framework};
use crate::web::storage::LocalStore;
use std::rc::Rc;
use yew::prelude::*;

/// Where the last chosen built-in framework is remembered.
const CHOSEN_KEY: &str = "stepwise:framework";

/// What the app is showing.
#[derive(Clone, PartialEq)]
enum Phase {
    Loading(Source),
    Ready {
        source: Source,
        framework: Rc<Framework>,
        loaded: Loaded,
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
            | Phase::Ready { source: s, .. }
            | Phase::Failed { source: s, .. } => s,
        }
    }
}

/// The framework to start with: one named by the page (`?framework=file.toml` for a file
/// served beside the app, or a built-in id), else the last one chosen, else the default.
fn initial_source() -> Source {
    use crate::domain::store::KeyValue;
    if let Some(name) = crate::web::query_param("framework") {
        return Source::built_in(&name).unwrap_or(Source::Url(name));
    }
    LocalStore
        .get(CHOSEN_KEY)
        .ok()
        .flatten()
        .and_then(|id| Source::built_in(&id))
        .unwrap_or_else(Source::default_built_in)
}

async fn open(source: Source) -> Phase {
    let text = match &source {
        Source::BuiltIn(b) => crate::web::fetch_text(b.path).await,
        Source::Url(url) => crate::web::fetch_text(url).await,
        Source::File { text, .. } => Ok(text.to_string()),
    };
    match text.and_then(|t| content::parse(&t)) {
        Ok(framework) => {
            let key = source.storage_key(&framework.meta.id);
            let loaded = store::load(&LocalStore, &key, &framework.meta, crate::web::now_ms());
            Phase::Ready {
                source,
                framework: Rc::new(framework),
                loaded,
            }
        }
        Err(error) => Phase::Failed { source, error },
    }
}

/// The app as shipped: frameworks fetched from beside the page, progress in localStorage.
#[function_component]
pub fn App() -> Html {
    let phase = use_state(|| Phase::Loading(initial_source()));
    // The last framework that opened, to go back to if another fails.
    let last_good = use_mut_ref(|| None::<Source>);
    {
        let phase = phase.clone();
        let loading = match &*phase {
            Phase::Loading(source) => Some(source.clone()),
            _ => None,
        };
        use_effect_with(loading, move |loading| {
            if let Some(source) = loading.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    phase.set(open(source).await);
                });
            }
        });
    }
    if let Phase::Ready { source, .. } = &*phase {
        *last_good.borrow_mut() = Some(source.clone());
        if let Source::BuiltIn(b) = source {
            use crate::domain::store::KeyValue;
            // Remembering the choice is a convenience; failing to loses nothing.
            let _ = LocalStore.set(CHOSEN_KEY, b.id);
        }
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
    let picker = html! {
        <FrameworkPicker current={phase.source().clone()} on_choose={on_choose.clone()} {on_file_error} />
    };
    let body = match &*phase {
        Phase::Loading(source) => html! {
            <main class="app-main">
                <p class="app-loading" role="status">{ format!("Loading {}…", source.describe()) }</p>
            </main>
        },
        Phase::Ready {
            source,
            framework,
            loaded,
        } => html! {
            <AppView
                key={format!("{}|{:?}", framework.meta.id, std::mem::discriminant(source))}
                framework={framework.clone()}
                loaded={loaded.clone()}
                storage_key={source.storage_key(&framework.meta.id)}
            />
        },
        Phase::Failed { source, error } => {
            let back = last_good.borrow().clone().filter(|s| s != source);
            let go_back = back.map(|back| {
                let label = format!("Go back to {}", back.describe());
                let on_choose = on_choose.clone();
                (
                    label,
                    Callback::from(move |_: MouseEvent| on_choose.emit(back.clone())),
                )
            });
            html! {
                <main class="app-main app-shell">
                    <FrameworkProblems error={error.clone()} source={source.describe()} />
                    if let Some((label, onclick)) = go_back {
                        <button type="button" class="app-button" {onclick}>{ label }</button>
                    }
                </main>
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
}

/// The whole assessment screen for one framework.
#[function_component]
pub fn AppView(props: &AppViewProps) -> Html {
    let model = {
        let framework = props.framework.clone();
        let loaded = props.loaded.clone();
        use_reducer(move || Model::new(framework, loaded))
    };

    // Every change to the assessment is saved as it is made.
    {
        let model = model.clone();
        let key = props.storage_key.clone();
        use_effect_with(model.assessment.clone(), move |assessment| {
            if let Some(key) = key.filter(|_| model.saving.can_save) {
                match store::save(&LocalStore, &key, &model.framework.meta, assessment) {
                    Ok(()) => model.dispatch(Action::SaveSucceeded),
                    Err(e) => model.dispatch(Action::SaveFailed(e)),
                }
            }
        });
    }
    use_effect_with((), |_| crate::web::mark("stepwise-rendered"));

    let meta = &model.framework.meta;
    let started = model.assessment.current.is_some();
    html! {
        <ContextProvider<ModelHandle> context={model.clone()}>
        <ContextProvider<StorageKey> context={StorageKey(props.storage_key.clone())}>
            <div class="app-shell">
                <header class="app-header">
                    <p class="app-header__brand">{ "Stepwise" }</p>
                    <h1 class="app-header__title">{ format!("{}: self-assessment", meta.title) }</h1>
                    <p class="app-header__lede">
                        { "Rate yourself against the competences of a career level, see where you stand and the gaps to the level you aim for, and find training that closes them. Everything stays in this browser." }
                    </p>
                </header>
                <nav class="app-nav app-no-print" aria-label="Sections">
                    <ul class="app-nav__list">
                        { for View::ALL.iter().map(|&view| {
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
                <main class="app-main">
                    <Banners />
                    { match model.view {
                        View::Assess => html! {
                            <>
                                <LevelPicker />
                                if !model.framework.areas.is_empty() {
                                    <AreaPicker />
                                }
                                if started {
                                    <div class="app-columns">
                                        <div class="app-columns__main">
                                            <RatingList />
                                        </div>
                                        <div class="app-columns__side">
                                            <Summary />
                                            <GapList />
                                        </div>
                                    </div>
                                    if !model.framework.moves.is_empty() {
                                        <CareerMap />
                                    }
                                }
                                <StartAgain />
                            </>
                        },
                        View::Report => html! { <ReportView /> },
                        View::Team => html! { <TeamView /> },
                    } }
                </main>
                <footer class="app-footer">
                    <p>
                        { format!("Framework: {} (version {}). Modelled on {} Sources checked {}. ", meta.title, meta.version, meta.modelled_on, meta.checked) }
                        { &meta.licence }
                    </p>
                </footer>
            </div>
        </ContextProvider<StorageKey>>
        </ContextProvider<ModelHandle>>
    }
}
