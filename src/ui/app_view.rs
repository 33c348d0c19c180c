use super::app::landmarks;
use super::components::{
    opening_name, AreaPicker, Banners, CompetencesFailed, GapsSoFar, LevelPicker, Opening,
    RatingList, StartAgain, Summary,
};
use super::context::{FrameworkChoice, Headings, ModelHandle, StorageKey};
use super::first_screen::{self, FirstChoice};
use super::hooks::{use_competences, use_hand_over, use_persistence};
use super::state::{Action, LeftOut, Model, View};
use super::{Extras, Handover};
use crate::domain::embedding::settings::Settings;
use crate::domain::framework::source::Source;
use crate::domain::records::store::Loaded;
use crate::domain::{Framework, LevelId};
use crate::web::scorm::CourseHandle;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

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
    /// Where the complete framework is, when `framework` is an outline (no competences).
    #[prop_or_default]
    pub complete_at: Option<String>,
    /// A role chosen on the plain first screen before the app started.
    #[prop_or_default]
    pub first_choice: Option<FirstChoice>,
    /// Whether the person chose this framework just now ("Use another framework"): focus
    /// goes to the role menu, since the choice has gone with the view it was in.
    #[prop_or_default]
    pub chosen: bool,
}

/// The whole assessment screen for one framework.
#[function_component]
pub fn AppView(props: &AppViewProps) -> Html {
    let model = {
        let framework = props.framework.clone();
        let loaded = props.loaded.clone();
        let settings = props.settings.clone();
        let start_view = props.handed.as_ref().map(|h| h.view);
        let start_level = props
            .handed
            .as_ref()
            .and_then(|h| h.shown.clone())
            .map(LevelId::new);
        let complete_at = props.complete_at.clone();
        let extras = props.extras;
        let first_choice = props
            .first_choice
            .as_ref()
            .filter(|c| c.framework == framework.meta.id)
            .map(|c| LevelId::new(c.level.clone()));
        use_reducer(move || {
            let mut model = Model::new(framework, loaded)
                .with_settings(&settings)
                .outline(complete_at)
                .first_choice(first_choice)
                .showing(start_level);
            model.ui.view = start_view.unwrap_or_default();
            if let Some(extras) = extras {
                let framework = model.work.framework.clone();
                (extras.renames)(&mut model.work.assessment, &framework);
            }
            model
        })
    };
    // The competences an outline left out: fetched once a role is chosen.
    use_competences(&model, &props.settings.levels);
    let shell = use_node_ref();
    let nav = use_node_ref();
    // Focus stays where the person was: after a hand-over, on the view they chose; after
    // the plain first screen, on the role menu.
    {
        let (nav, shell) = (nav.clone(), shell.clone());
        let handed = props.handed.as_ref().filter(|h| h.focus).map(|h| h.view);
        let on_menu = props.first_choice.as_ref().is_some_and(|c| c.focused) || props.chosen;
        use_effect_with((), move |_| {
            let (within, selector) = match (handed, on_menu) {
                // Not a section in the navigation: its menu takes focus itself.
                (Some(View::Frameworks | View::Glossary | View::Review), _) => return,
                (Some(_), _) => (nav, "[aria-current=page]"),
                (None, true) => (shell, "#current-level"),
                _ => return,
            };
            let target = within
                .cast::<web_sys::Element>()
                .and_then(|n| n.query_selector(selector).ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    let hand_over = use_hand_over(
        &model,
        props.extras.is_none(),
        props.source.clone(),
        shell.clone(),
    );
    use_persistence(&model, props.storage_key.clone(), props.course.clone());
    use_effect_with((), |_| crate::web::mark("stepwise-rendered"));

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
            model.dispatch(Action::WantCompetences);
        })
    };
    // The rating page's module leaves the career map out (compact::decode_for_rating); the
    // built-in list says if the framework has one.
    let has_map = !model.framework.moves.is_empty()
        || (props.extras.is_none()
            && matches!(&props.source, Some(Source::BuiltIn(b)) if b.has_career_map));
    let (main_tag, header_tag, footer_tag, main_label) = landmarks(props.embedded);
    // Choosing another framework is for educators: offered after the app, where the page
    // lets the person choose at all.
    let can_choose = use_context::<FrameworkChoice>().is_some()
        && props.settings.shows_view(View::Frameworks.key());
    // The glossary is offered wherever the framework has one. The rating page's module opens
    // only built-in frameworks, which all have one (tests/glossary.rs), and may not have read
    // it yet (a first visit reads the outline).
    let has_glossary = (props.extras.is_none() || !model.framework.glossary.is_empty())
        && props.settings.shows_view(View::Glossary.key());
    // Reviewing someone's assessment needs only the page to allow it; the gap report offers
    // it itself.
    let can_review = props.settings.shows_view(View::Review.key()) && model.ui.view != View::Report;
    let show = |view: View| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::ShowView(view)))
    };
    // Whether the person has changed view here, so that the change is announced.
    let view_changed = use_state(|| false);
    // The skip link moves focus itself: in a shadow root, or a host page that routes by its
    // address, following "#rate-heading" would find nothing or change the host's page.
    let skip = {
        let shell = shell.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            // The first domain's heading, so the next Tab is the first rating; with nothing
            // listed (a filter), the heading of the ratings.
            let target = shell.cast::<web_sys::Element>().and_then(|s| {
                let first = |selector| s.query_selector(selector).ok().flatten();
                first(".app-domain__title").or_else(|| first("#rate-heading"))
            });
            if let Some(target) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = target.focus();
            }
        })
    };
    html! {
        <ContextProvider<ModelHandle> context={model.clone()}>
        <ContextProvider<StorageKey> context={StorageKey(props.storage_key.clone())}>
        <ContextProvider<Headings> context={Headings(props.settings.heading_level)}>
            <div class="app-shell" ref={shell}>
                // Only with the ratings listed: a skip link must lead somewhere.
                if model.ui.view == View::Assess && started && model.statements == LeftOut::Included {
                    <a class="app-skip app-link" href="#rate-heading" onclick={skip}>{ "Skip to ratings" }</a>
                }
                <@{header_tag} class="app-header">
                    <p class="app-header__brand">{ "Stepwise" }</p>
                    <@{props.settings.heading_tag(1)} class="app-header__title">{ first_screen::heading(&model.framework) }</@>
                    <p class="app-header__lede">{ first_screen::LEDE }</p>
                </@>
                <nav class="app-nav app-no-print" aria-label="Sections" ref={nav}>
                    <ul class="app-nav__list">
                        { for View::ALL.iter().filter(|&&v| v.in_nav() && (v != View::Map || has_map) && props.settings.shows_view(v.key())).map(|&view| {
                            let current = model.ui.view == view;
                            let onclick = {
                                let (model, view_changed) = (model.clone(), view_changed.clone());
                                Callback::from(move |_: MouseEvent| {
                                    view_changed.set(true);
                                    model.dispatch(Action::ShowView(view))
                                })
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
                    { props.extras.map(|extras| (extras.talk)(&props.settings)).unwrap_or_default() }
                    // Always on the page, so a screen reader hears it when it fills.
                    <p class="app-live" role="status">
                        { if props.extras.is_none() && model.ui.view != View::Assess && hand_over.problem.is_none() {
                            format!("Opening {}…", opening_name(model.ui.view))
                        } else if model.ui.view == View::Assess && matches!(model.statements, LeftOut::Loading(_)) {
                            "Loading competences…".to_string()
                        } else {
                            String::new()
                        } }
                    </p>
                    // Keyboard focus stays on the menu; a screen reader hears which view came.
                    <p class="app-visually-hidden" role="status">
                        { if *view_changed && (props.extras.is_some() || model.ui.view == View::Assess) {
                            format!("Now showing: {}", model.ui.view.label())
                        } else {
                            String::new()
                        } }
                    </p>
                    { match model.ui.view {
                        View::Assess => html! {
                            <>
                                <LevelPicker />
                                if !model.framework.areas.is_empty() {
                                    <AreaPicker />
                                }
                                if let (true, LeftOut::Failed { reason, .. }) = (started, &model.statements) {
                                    <CompetencesFailed reason={reason.clone()} on_retry={retry_statements.clone()} />
                                } else if started && model.statements != LeftOut::Included {
                                    // While they load, the live region above says so.
                                } else if started {
                                    <div class="app-columns">
                                        <div class="app-columns__main">
                                            <RatingList />
                                        </div>
                                        <div class="app-columns__side">
                                            <Summary />
                                            <GapsSoFar report={props.settings.shows_view(View::Report.key())} />
                                        </div>
                                    </div>
                                }
                                <StartAgain />
                            </>
                        },
                        View::Map | View::Report | View::Team | View::Frameworks | View::Glossary | View::Review => match props.extras {
                            Some(extras) => match model.ui.view {
                                View::Map => (extras.map)(),
                                View::Report => (extras.report)(),
                                View::Team => (extras.team)(),
                                View::Glossary => (extras.glossary)(),
                                View::Review => (extras.review)(),
                                _ => (extras.frameworks)(),
                            },
                            None => html! {
                                <Opening view={model.ui.view} problem={hand_over.problem.clone()} retry={hand_over.retry.clone()} />
                            },
                        },
                    } }
                </@>
                <@{footer_tag} class="app-footer">
                    <p>
                        { format!("Framework: {} (version {}). Modelled on {} Sources checked {}. ", meta.title, meta.version, meta.modelled_on, meta.checked) }
                        { &meta.licence }
                    </p>
                    // One template for both links: the rating page's module is at its size budget.
                    { for [(View::Glossary, has_glossary, ""), (View::Review, can_review, "For supervisors: "), (View::Frameworks, can_choose, "For educators: ")]
                        .into_iter()
                        .filter(|&(view, offered, _)| offered && model.ui.view != view)
                        .map(|(view, _, lead)| html! {
                            <p class="app-no-print">
                                { lead }
                                <button type="button" class="app-link-button" onclick={show(view)}>{ view.label() }</button>
                            </p>
                        }) }
                </@>
            </div>
        </ContextProvider<Headings>>
        </ContextProvider<StorageKey>>
        </ContextProvider<ModelHandle>>
    }
}
