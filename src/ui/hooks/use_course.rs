use crate::ui::Extras;
use crate::web::scorm::CourseHandle;
use gloo_events::EventListener;
use yew::prelude::*;

/// The LMS course the page runs in, if any (only the full module looks for one). Its session
/// ends when the page goes away; the listener that ends it goes with the app.
#[hook]
pub fn use_course(extras: Option<Extras>) -> Option<CourseHandle> {
    let course = use_memo((), move |_| extras.and_then(|e| (e.find_course)()));
    {
        let course = (*course).clone();
        use_effect_with((), move |_| {
            let listener = course.zip(web_sys::window()).map(|(course, window)| {
                EventListener::new(&window, "pagehide", move |_| course.0.finish())
            });
            move || drop(listener)
        });
    }
    (*course).clone()
}
