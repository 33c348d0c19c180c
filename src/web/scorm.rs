//! The LMS's SCORM runtime, when Stepwise runs as a SCORM 1.2 or 2004 package: finding its
//! API, keeping progress in its resume data, and reporting completion and a score.

use crate::domain::assessment::scoring::score_level;
use crate::domain::embedding::messages::is_complete;
use crate::domain::records::saved::{self, LeftOut};
use crate::domain::records::store::{self, KeyValue, Loaded};
use crate::domain::{Assessment, Error, Framework};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The course the app runs in, as the app sees it. Only the full module finds one (see
/// `ui::app::Extras`), so the rating page's module, which calls it only through this trait,
/// carries none of the LMS code.
pub trait Course {
    /// Progress kept under `key`, from the course's resume data.
    fn load(&self, key: &str, framework: &Framework, now: u64) -> Loaded;
    /// Keeps the assessment in the resume data, as much as it can hold, and reports
    /// completion and a score. Once it fits, `fitted` hears what had to be left out.
    fn save(
        &self,
        key: &str,
        framework: &Framework,
        assessment: &Assessment,
        fitted: &dyn Fn(Vec<LeftOut>),
    ) -> Result<(), Error>;
    /// Ends the session; called when the page goes away.
    fn finish(&self);
}

/// A course found on the page; any two handles to the same one are equal.
#[derive(Clone)]
pub struct CourseHandle(pub Rc<dyn Course>);

impl PartialEq for CourseHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Course for Lms {
    fn load(&self, key: &str, framework: &Framework, now: u64) -> Loaded {
        let store = LmsStore {
            lms: self,
            main_key: key,
        };
        store::load(&store, key, framework, now)
    }

    fn save(
        &self,
        key: &str,
        framework: &Framework,
        assessment: &Assessment,
        fitted: &dyn Fn(Vec<LeftOut>),
    ) -> Result<(), Error> {
        let kept = saved::encode_within(&framework.meta, assessment, self.limit()).and_then(
            |(text, left_out)| {
                fitted(left_out);
                LmsStore {
                    lms: self,
                    main_key: key,
                }
                .set(key, &text)
            },
        );
        let score = assessment
            .effective_target(framework)
            .map(|t| score_level(framework, assessment, &t).tally.percent_met())
            .unwrap_or(0);
        self.report(is_complete(framework, assessment), score);
        kept
    }

    fn finish(&self) {
        Lms::finish(self);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    Scorm12,
    Scorm2004,
}

/// A connection to the LMS's runtime API.
#[derive(Clone, Debug)]
pub struct Lms {
    api: js_sys::Object,
    pub version: Version,
}

impl PartialEq for Lms {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.api == other.api
    }
}

fn get_prop(target: &JsValue, name: &str) -> Option<js_sys::Object> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| v.is_object())
        .map(|v| v.unchecked_into())
}

impl Lms {
    /// Looks for the API in this window, its parents and its opener, as the SCORM standards
    /// describe. SCORM 2004's is preferred when both are offered.
    pub fn find() -> Option<Lms> {
        let mut window: JsValue = web_sys::window()?.into();
        let mut windows = Vec::new();
        for _ in 0..10 {
            windows.push(window.clone());
            let parent = js_sys::Reflect::get(&window, &JsValue::from_str("parent")).ok()?;
            if parent.is_undefined() || parent.is_null() || parent == window {
                break;
            }
            window = parent;
        }
        if let Some(opener) = web_sys::window()
            .and_then(|w| w.opener().ok())
            .filter(|o| !o.is_null())
        {
            windows.push(opener);
        }
        for (name, version) in [
            ("API_1484_11", Version::Scorm2004),
            ("API", Version::Scorm12),
        ] {
            // A cross-origin window throws on access; that is simply not our LMS.
            if let Some(api) = windows.iter().find_map(|w| get_prop(w, name)) {
                let lms = Lms { api, version };
                return lms.initialize().then_some(lms);
            }
        }
        None
    }

    fn call(&self, method: &str, args: &[&str]) -> Option<JsValue> {
        let f: js_sys::Function = js_sys::Reflect::get(&self.api, &JsValue::from_str(method))
            .ok()?
            .dyn_into()
            .ok()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        f.apply(&self.api, &args).ok()
    }

    fn ok(value: Option<JsValue>) -> bool {
        value.is_some_and(|v| v.as_string().as_deref() == Some("true") || v.as_bool() == Some(true))
    }

    fn initialize(&self) -> bool {
        let method = match self.version {
            Version::Scorm12 => "LMSInitialize",
            Version::Scorm2004 => "Initialize",
        };
        Self::ok(self.call(method, &[""]))
    }

    fn get_value(&self, element: &str) -> String {
        let method = match self.version {
            Version::Scorm12 => "LMSGetValue",
            Version::Scorm2004 => "GetValue",
        };
        self.call(method, &[element])
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    fn set_value(&self, element: &str, value: &str) -> bool {
        let method = match self.version {
            Version::Scorm12 => "LMSSetValue",
            Version::Scorm2004 => "SetValue",
        };
        Self::ok(self.call(method, &[element, value]))
    }

    fn commit(&self) -> bool {
        let method = match self.version {
            Version::Scorm12 => "LMSCommit",
            Version::Scorm2004 => "Commit",
        };
        Self::ok(self.call(method, &[""]))
    }

    /// Ends the session; called when the page goes away.
    pub fn finish(&self) {
        let method = match self.version {
            Version::Scorm12 => "LMSFinish",
            Version::Scorm2004 => "Terminate",
        };
        let _ = self.call(method, &[""]);
    }

    /// How many characters of resume data the LMS keeps.
    pub fn limit(&self) -> usize {
        match self.version {
            Version::Scorm12 => 4096,
            Version::Scorm2004 => 64000,
        }
    }

    /// Reports completion and a score out of 100, and asks to be resumed next time.
    pub fn report(&self, complete: bool, score: u8) {
        let status = if complete { "completed" } else { "incomplete" };
        let raw = score.to_string();
        match self.version {
            Version::Scorm12 => {
                self.set_value("cmi.core.lesson_status", status);
                self.set_value("cmi.core.score.min", "0");
                self.set_value("cmi.core.score.max", "100");
                self.set_value("cmi.core.score.raw", &raw);
                self.set_value("cmi.core.exit", "suspend");
            }
            Version::Scorm2004 => {
                self.set_value("cmi.completion_status", status);
                self.set_value("cmi.score.min", "0");
                self.set_value("cmi.score.max", "100");
                self.set_value("cmi.score.raw", &raw);
                let scaled = format!("{}.{:02}", score / 100, score % 100);
                self.set_value("cmi.score.scaled", &scaled);
                self.set_value("cmi.exit", "suspend");
            }
        }
        self.commit();
    }
}

/// The LMS's resume data as the place progress is kept. Only the main key lives there;
/// anything else (unreadable data kept aside) goes to this browser's storage.
pub struct LmsStore<'a> {
    pub lms: &'a Lms,
    pub main_key: &'a str,
}

impl KeyValue for LmsStore<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, Error> {
        if key == self.main_key {
            let data = self.lms.get_value("cmi.suspend_data");
            Ok((!data.is_empty()).then_some(data))
        } else {
            super::storage::LocalStore.get(key)
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Error> {
        if key != self.main_key {
            return super::storage::LocalStore.set(key, value);
        }
        if value.chars().count() > self.lms.limit() {
            return Err(Error::ResumeTooLong {
                length: value.chars().count(),
                limit: self.lms.limit(),
            });
        }
        if self.lms.set_value("cmi.suspend_data", value) && self.lms.commit() {
            Ok(())
        } else {
            Err(Error::StorageRefused)
        }
    }
}
