use crate::domain::embedding::messages::{self, Command};
use crate::domain::embedding::settings::Settings;
use crate::ui::state::{Action, LeftOut, Model, View};
use yew::prelude::*;

/// Talks with the host page: says the app is ready, takes its commands while mounted, and
/// reports progress when it changes or is asked for, and "complete" once when everything is
/// rated. Only the full module talks (see [`crate::ui::components::HostMessages`]): boot.js
/// starts it at once wherever there is a host page to talk to.
#[hook]
pub fn use_host_messages(model: &UseReducerHandle<Model>, settings: &Settings) {
    {
        let model = model.clone();
        let settings = settings.clone();
        use_effect_with((), move |_| {
            crate::web::messages::post(&settings, &messages::ready(&model.framework));
            let listener = crate::web::messages::listen(settings.clone(), move |cmd| match cmd {
                Command::Show(view) => {
                    // A view the deployment hides cannot be opened from outside either.
                    if let Some(view) = View::from_key(&view).filter(|_| settings.shows_view(&view))
                    {
                        model.dispatch(Action::ShowView(view));
                    }
                }
                Command::SetLevels { current, target } => {
                    model.dispatch(Action::SetCurrent(current));
                    if let Some(target) = target {
                        model.dispatch(Action::SetTarget(target));
                    }
                }
                // The next progress message carries the answer.
                Command::GetProgress => model.dispatch(Action::ProgressRequested),
            });
            move || drop(listener)
        });
    }
    let was_complete = use_mut_ref(|| false);
    let a = &model.assessment;
    // Until the competences of the levels chosen are here, there is nothing to count.
    let counted =
        model.statements == LeftOut::Included || (a.current.is_none() && a.target.is_none());
    // Only what the message says: typing a note changes none of it, and sends nothing.
    let progress = counted.then(|| messages::progress(&model.framework, a));
    let model = model.clone();
    let settings = settings.clone();
    use_effect_with(
        (progress, model.ui.progress_requests),
        move |(progress, _)| {
            if progress.is_none() {
                return;
            }
            let (fw, a) = (&model.framework, &model.assessment);
            crate::web::messages::post(&settings, &messages::progress(fw, a));
            let complete = messages::is_complete(fw, a);
            if complete && !*was_complete.borrow() {
                crate::web::messages::post(&settings, &messages::complete(fw, a));
            }
            *was_complete.borrow_mut() = complete;
        },
    );
}
