use super::components::{
    CareerMap, FileProblem, FrameworkPicker, FrameworkProblems, GlossaryView, HostMessages,
    ReportView, ReviewSomeone, TeamView,
};
use super::context::FrameworkChoice;
use super::hooks::{use_course, use_framework, Phase};
use super::state::View;
use super::AppView;
use crate::domain::embedding::settings::Settings;
use crate::domain::framework::source::Source;
use crate::domain::framework::{compact, content};
use crate::domain::{Error, Framework};
use crate::ui::context::Headings;
use crate::ui::handover::Handover;
use crate::web::scorm::{CourseHandle, Lms};
use std::rc::Rc;
use yew::prelude::*;

/// What only the full module has: the gap report, the team view and the LMS connection.
/// The rating page's module is built without them (nothing refers to them but [`extras`]),
/// so a first visit downloads less; it hands over to the full module when they are wanted.
#[derive(Clone, Copy)]
pub struct Extras {
    pub map: fn() -> Html,
    pub report: fn() -> Html,
    pub team: fn() -> Html,
    /// "Use another framework": a built-in one, or a framework file.
    pub frameworks: fn() -> Html,
    /// The framework's glossary.
    pub glossary: fn() -> Html,
    /// Reviewing someone else's assessment, as a supervisor.
    pub review: fn() -> Html,
    /// The LMS course the page runs in, if any.
    pub find_course: fn() -> Option<CourseHandle>,
    /// The conversation with the host page (see [`HostMessages`]).
    pub talk: fn(&Settings) -> Html,
    /// Reads a framework file (TOML), checking it.
    pub parse: fn(&str) -> Result<Framework, Error>,
    /// Points a plan's steps at routes by their current ids (a route may replace another:
    /// see `TrainingRoute::replaces`). The rating page reads no routes, so it has no need.
    pub renames: fn(&mut crate::domain::Assessment, &Framework) -> bool,
    /// Adds the full module's stylesheet where the app in this element is drawn.
    pub styles: fn(&web_sys::Element, &str) -> Option<js_sys::Promise>,
    /// Reads a compiled framework whole (the rating page's module leaves out what it does
    /// not show: see [`compact::decode_for_rating`]).
    pub compiled: fn(&str) -> Result<Framework, Error>,
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
        frameworks: || html! { <FrameworkPicker /> },
        glossary: || html! { <GlossaryView /> },
        review: || html! { <ReviewSomeone /> },
        find_course: || Lms::find().map(|lms| CourseHandle(Rc::new(lms))),
        talk: |settings| html! { <HostMessages settings={settings.clone()} /> },
        parse: content::parse,
        compiled: compact::decode,
        renames: crate::domain::Assessment::follow_route_renames,
        styles: crate::web::styles::add_full_styles,
        issues: content::issues,
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
    /// A role chosen on the plain first screen before the app started.
    pub first_choice: Option<crate::ui::first_screen::FirstChoice>,
}

/// Landmarks: the page's own on Stepwise's page; inside a host page, one labelled region, so
/// the host keeps its own main, banner and content information.
pub(super) fn landmarks(
    embedded: bool,
) -> (&'static str, &'static str, &'static str, &'static str) {
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
    let course = use_course(props.extras);
    let (phase, last_good) = use_framework(props, course.clone());
    let extras = props.extras;
    // Whether the framework open now was chosen here: focus then goes to what follows the
    // choice (the role menu, or the problems found), since the choice itself has gone.
    let chosen = use_mut_ref(|| false);
    let on_choose = {
        let (phase, chosen) = (phase.clone(), chosen.clone());
        Callback::from(move |source: Source| {
            *chosen.borrow_mut() = true;
            phase.set(Phase::Loading(source))
        })
    };
    let on_file_error = {
        let (phase, chosen) = (phase.clone(), chosen.clone());
        Callback::from(move |p: FileProblem| {
            *chosen.borrow_mut() = true;
            phase.set(Phase::Failed {
                source: p.source,
                error: p.error,
            })
        })
    };
    let chosen = *chosen.borrow();
    // An educator who set the framework, or review mode, fixes the framework.
    let can_choose = props.settings.framework.is_none() && !props.settings.review;
    let choice = can_choose.then(|| FrameworkChoice {
        current: phase.source().clone(),
        choose: on_choose.clone(),
        file_error: on_file_error,
    });
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
            complete_at,
            handed,
        } => html! {
            <AppView
                key={format!("{}|{}", framework.meta.id, source.storage_key(&framework.meta.id))}
                framework={framework.clone()}
                loaded={(**loaded).clone()}
                storage_key={source.storage_key(&framework.meta.id)}
                settings={props.settings.clone()}
                course={course.clone()}
                embedded={props.embedded}
                extras={props.extras}
                source={source.clone()}
                handed={handed.clone()}
                complete_at={complete_at.clone()}
                first_choice={props.first_choice.clone()}
                {chosen}
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
                        issues={extras.map(|e| (e.issues)(error)).unwrap_or_default()} focus={chosen} />
                    if let Some((label, onclick)) = go_back {
                        <button type="button" class="app-button" {onclick}>{ label }</button>
                    }
                    // Another file can be tried at once.
                    { extras.filter(|_| can_choose && props.settings.shows_view(View::Frameworks.key())).map(|e| (e.frameworks)()).unwrap_or_default() }
                </@>
            }
        }
    };
    let body = html! {
        <ContextProvider<Headings> context={Headings(props.settings.heading_level)}>
            { body }
        </ContextProvider<Headings>>
    };
    match choice {
        Some(choice) => html! {
            <ContextProvider<FrameworkChoice> context={choice}>{ body }</ContextProvider<FrameworkChoice>>
        },
        None => body,
    }
}
