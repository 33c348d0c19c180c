use crate::domain::framework::source::Source;
use crate::domain::records::saved;
use crate::ui::state::{Model, View};
use crate::ui::Handover;
use yew::prelude::*;

/// How a hand-over to the full module went, and a way to try again.
pub struct HandOver {
    /// Why the full module did not come, in words.
    pub problem: Option<String>,
    pub retry: Callback<MouseEvent>,
}

/// In the rating page's module (`wanted` when it has no extras), the report, the team view and
/// the map come from the full module. What it carries over is read when it takes over, from
/// the model as it is then: anything done while the full module loaded is kept, and a view no
/// longer wanted is not opened. `shell` is the app's element, inside the root handed over.
#[hook]
pub fn use_hand_over(
    model: &UseReducerHandle<Model>,
    wanted: bool,
    source: Option<Source>,
    shell: NodeRef,
) -> HandOver {
    let problem = use_state(|| None::<String>);
    let attempts = use_state(|| 0u32);
    let latest = use_mut_ref(|| model.clone());
    *latest.borrow_mut() = model.clone();
    let handing_over = use_mut_ref(|| false);
    {
        let wanted = (wanted && model.ui.view != View::Assess).then_some(model.ui.view);
        let problem = problem.clone();
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
                        (m.ui.view != View::Assess).then(|| Handover {
                            source,
                            saved: saved::encode(&m.framework.meta, &m.assessment),
                            can_save: m.ui.saving.can_save,
                            view: m.ui.view,
                            shown: m.ui.shown_level.as_ref().map(|l| l.as_str().to_string()),
                            focus: false,
                        })
                    };
                    let result = crate::ui::mount::hand_over(&root, now).await;
                    *handing_over.borrow_mut() = false;
                    if let Err(reason) = result {
                        problem.set(Some(reason));
                    }
                });
            }
        });
    }
    let retry = {
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            attempts.set(*attempts + 1);
        })
    };
    HandOver {
        problem: (*problem).clone(),
        retry,
    }
}
