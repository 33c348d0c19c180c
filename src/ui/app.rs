use super::components::{
    Banners, FrameworkProblems, GapList, LevelPicker, RatingList, StartAgain, Summary,
};
use super::context::ModelHandle;
use super::state::{Action, Model};
use crate::domain::store::{self, Loaded};
use crate::domain::{content, Framework};
use crate::web::storage::LocalStore;
use std::rc::Rc;
use yew::prelude::*;

/// The app as shipped: the built-in framework, progress kept in localStorage.
#[function_component]
pub fn App() -> Html {
    // Read once: loading may keep unreadable data aside, which must not happen per render.
    let start = use_memo((), |_| {
        content::parse(content::BUILT_IN).map(|framework| {
            let loaded = store::load(&LocalStore, &framework.meta, crate::web::now_ms());
            (Rc::new(framework), loaded)
        })
    });
    match &*start {
        Ok((framework, loaded)) => {
            html! { <AppView framework={framework.clone()} loaded={loaded.clone()} persist=true /> }
        }
        Err(error) => html! { <FrameworkProblems error={error.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct AppViewProps {
    pub framework: Rc<Framework>,
    /// What was loaded at start; only read on the first render.
    pub loaded: Loaded,
    /// Whether changes are written to localStorage (off in component tests).
    #[prop_or(true)]
    pub persist: bool,
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
        let persist = props.persist;
        use_effect_with(model.assessment.clone(), move |assessment| {
            if persist && model.saving.can_save {
                match store::save(&LocalStore, &model.framework.meta, assessment) {
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
            <div class="app-shell">
                <header class="app-header">
                    <p class="app-header__brand">{ "Stepwise" }</p>
                    <h1 class="app-header__title">{ format!("{}: self-assessment", meta.title) }</h1>
                    <p class="app-header__lede">
                        { "Rate yourself against the competences of a career level, see where you stand and the gaps to the level you aim for, and find training that closes them. Everything stays in this browser." }
                    </p>
                </header>
                <Banners />
                <main class="app-main">
                    <LevelPicker />
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
                    }
                    <StartAgain />
                </main>
                <footer class="app-footer">
                    <p>
                        { format!("Framework: {} (version {}). Modelled on {} Sources checked {}. ", meta.title, meta.version, meta.modelled_on, meta.checked) }
                        { &meta.licence }
                    </p>
                </footer>
            </div>
        </ContextProvider<ModelHandle>>
    }
}
