//! Opening a framework: which one to start with, fetching and reading it, and loading the
//! progress kept for it.

use crate::domain::embedding::settings::Settings;
use crate::domain::framework::compact;
use crate::domain::framework::source::Source;
use crate::domain::records::saved;
use crate::domain::records::store::{self, KeyValue, Loaded};
use crate::domain::{Error, Framework};
use crate::ui::state::View;
use crate::ui::{AppProps, Extras, Handover};
use crate::web::scorm::CourseHandle;
use crate::web::storage::LocalStore;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the last chosen built-in framework is remembered.
const CHOSEN_KEY: &str = "stepwise:framework";

/// What the app is showing.
#[derive(Clone, PartialEq)]
pub enum Phase {
    Loading(Source),
    /// In the rating page's module: a framework file or URL, which only the full module
    /// reads, so it takes over.
    HandOver(Source),
    Ready {
        source: Source,
        framework: Rc<Framework>,
        loaded: Box<Loaded>,
        /// Where the complete framework is, when this one was opened in outline.
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
    pub fn source(&self) -> &Source {
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

async fn open(
    source: Source,
    base: String,
    settings: Settings,
    course: Option<CourseHandle>,
    handover: Option<Handover>,
    extras: Option<Extras>,
) -> Phase {
    let levels = settings.levels;
    // The rating page's module opens built-in frameworks compiled; a framework file or URL
    // needs the TOML reader and checker, which only the full module has.
    let (read, complete_at) = match (&source, extras) {
        (_, Some(extras)) => {
            let read = match &source {
                Source::BuiltIn(b) => crate::web::fetch_text(&format!("{base}{}", b.compiled))
                    .await
                    .and_then(|t| (extras.compiled)(&t)),
                Source::Url(url) => crate::web::fetch_text(url)
                    .await
                    .and_then(|t| (extras.parse)(&t)),
                Source::File { text, .. } => (extras.parse)(text),
            };
            (read, None)
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
            // Without its routes, moves and links, which only the full module shows.
            (
                crate::web::fetch_text(&format!("{base}{file}"))
                    .await
                    .and_then(|t| compact::decode_for_rating(&t)),
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
                complete_at,
                handed: handover,
            }
        }
        Err(error) => Phase::Failed { source, error },
    }
}

/// The framework the app shows, as it opens, and the last one that opened (to go back to if
/// another fails). Setting the phase to `Loading` opens another. In the rating page's
/// module, a framework only the full module can read is handed over to it.
#[hook]
pub fn use_framework(
    props: &AppProps,
    course: Option<CourseHandle>,
) -> (UseStateHandle<Phase>, Rc<RefCell<Option<Source>>>) {
    let phase = {
        let settings = props.settings.clone();
        let handed = props.handover.as_ref().map(|h| h.source.clone());
        use_state(move || Phase::Loading(handed.unwrap_or_else(|| initial_source(&settings))))
    };
    let extras = props.extras;
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
    let last_good = use_mut_ref(|| None::<Source>);
    {
        let phase = phase.clone();
        let loading = match &*phase {
            Phase::Loading(source) => Some(source.clone()),
            _ => None,
        };
        let base = props.base.clone();
        let settings = props.settings.clone();
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
                            shown: None,
                            focus: false,
                        })
                    };
                    if let Err(reason) = crate::ui::mount::hand_over(&root, now).await {
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
    (phase, last_good)
}
