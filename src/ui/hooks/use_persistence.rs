use crate::domain::assessment::merge::merge;
use crate::domain::records::saved;
use crate::domain::records::store::{self, KeyValue};
use crate::domain::Assessment;
use crate::ui::state::{Action, Model};
use crate::web::scorm::CourseHandle;
use crate::web::storage::LocalStore;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long typing in a note or the name pauses before it is saved, in milliseconds. Every
/// keystroke saved would write storage, commit to the LMS and message the host page each time.
const NOTE_PAUSE_MS: u32 = 400;

/// Whether `now` differs from `then` only in what is typed: its notes or the person's name.
fn only_typing_changed(then: &Assessment, now: &Assessment) -> bool {
    (then.notes != now.notes || then.person != now.person)
        && then.current == now.current
        && then.target == now.target
        && then.ratings == now.ratings
        && then.areas == now.areas
        && then.plan == now.plan
}

/// Saves the assessment in this browser under `key` (none: kept in memory), and in the LMS
/// when there is one, within what it can keep. Ratings, levels and the plan are saved as they
/// are made; a note or the name when typing pauses, when its field is left, and when the page
/// goes away, so nothing typed is lost on a reload.
#[hook]
pub fn use_persistence(
    model: &UseReducerHandle<Model>,
    key: Option<String>,
    course: Option<CourseHandle>,
) {
    // The model as of the last render, for a save that a timer or the page going away starts.
    let latest = use_mut_ref(|| model.clone());
    *latest.borrow_mut() = model.clone();
    // What this tab last wrote or heard another tab write: the base for merging. Nothing at
    // first, so the first save writes this tab's work as it is: what was loaded may have been
    // cleaned of what was set aside, or started from the page's settings, and neither must
    // be merged back from the stored copy.
    let last_saved = use_mut_ref(|| None::<Assessment>);
    let typing = use_mut_ref(|| None::<Timeout>);
    let storage_key = key.clone();
    let save: Rc<dyn Fn()> = {
        let (latest, last_saved, typing) = (latest.clone(), last_saved.clone(), typing.clone());
        Rc::new(move || {
            typing.borrow_mut().take();
            let model = latest.borrow().clone();
            let Some(key) = key.as_ref().filter(|_| model.ui.saving.can_save) else {
                return;
            };
            let mine = &model.assessment;
            let base = last_saved.borrow().clone();
            let merged =
                store::save_merged(&LocalStore, key, &model.framework.meta, base.as_ref(), mine);
            let assessment = merged.as_ref().unwrap_or(mine);
            let mut result = merged.as_ref().map(|_| ()).map_err(Clone::clone);
            if let Some(course) = &course {
                // The LMS is the record that matters in a course.
                result = course
                    .0
                    .save(key, &model.framework, assessment, &|left_out| {
                        model.dispatch(Action::LeftOutOfLms(left_out))
                    });
            }
            if let Ok(written) = &merged {
                // Only what was written is a base: after a failed save, this tab's unsaved
                // changes must still count as its own.
                *last_saved.borrow_mut() = Some(written.clone());
            }
            if assessment != mine {
                // Another tab saved ratings since this one last looked: show them too.
                model.dispatch(Action::MergedWithOtherTab(assessment.clone()));
            }
            model.dispatch(match result {
                Ok(()) => Action::SaveSucceeded,
                Err(e) => Action::SaveFailed(e),
            });
        })
    };
    {
        let (save, typing) = (save.clone(), typing.clone());
        let last_saved = last_saved.clone();
        use_effect_with(model.assessment.clone(), move |now| {
            let note_typed = last_saved
                .borrow()
                .as_ref()
                .is_some_and(|then| only_typing_changed(then, now));
            if note_typed {
                // A new keystroke puts the save off again (dropping a Timeout cancels it).
                let save = save.clone();
                *typing.borrow_mut() = Some(Timeout::new(NOTE_PAUSE_MS, move || save()));
            } else {
                save();
            }
        });
    }
    {
        let (save, typing) = (save.clone(), typing.clone());
        use_effect_with(model.ui.notes_left, move |_| {
            let pending = typing.borrow().is_some();
            if pending {
                save();
            }
        });
    }
    // The page going away saves a note still being typed, before the LMS session ends (its
    // listener bubbles; this one runs in the capture phase, first). Nothing else: what is
    // saved already stays as it is (another tab may have written since). Removed when the
    // view goes.
    use_effect_with((), move |_| {
        let options = EventListenerOptions::run_in_capture_phase();
        let listener = web_sys::window().map(|window| {
            let typing = typing.clone();
            EventListener::new_with_options(&window, "pagehide", options, move |_| {
                let pending = typing.borrow().is_some();
                if pending {
                    save();
                }
            })
        });
        // Another tab saving the same progress: its changes join this tab's, one competence
        // at a time, and this tab shows them (see `assessment::merge`).
        let other_tab = web_sys::window().zip(storage_key).map(|(window, key)| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() != Some(key.as_str()) {
                    return;
                }
                let model = latest.borrow().clone();
                // What is stored now, not the event's value: events can arrive after this tab
                // has read and written something newer.
                let Some(theirs) = LocalStore
                    .get(&key)
                    .ok()
                    .flatten()
                    .and_then(|text| saved::decode(&text, &model.framework.meta.id).ok())
                else {
                    return;
                };
                let base = last_saved
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| theirs.clone());
                let merged = merge(&base, &model.assessment, &theirs);
                *last_saved.borrow_mut() = Some(theirs);
                if merged != model.assessment {
                    model.dispatch(Action::MergedWithOtherTab(merged));
                }
            })
        });
        // A note still being typed when the view goes (another framework chosen) is saved
        // when the pause ends, as it would have been: its timer holds what saving needs.
        move || drop((listener, other_tab))
    });
}
