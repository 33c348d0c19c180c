//! Reading many report files into the team view without blocking the page.

use crate::domain::records::team::{self, Rejected};
use crate::domain::records::team_file;
use crate::domain::Framework;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Files read in one go, the next lot while one is checked a slice of time at a time. Asking
/// for a file's text takes the browser a moment, so more at once would block the page.
const READ_AT_ONCE: usize = 200;
/// The longest the page is kept busy checking reports before it is let draw and respond.
const SLICE_MS: f64 = 40.0;
/// Where a load is, and a number bumped whenever the team has changed, so what is shown is
/// worked out again only then.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Status {
    /// Reports checked so far and in all, while files are being read.
    pub reading: Option<(usize, usize)>,
    pub generation: u32,
}

/// 10000 as "10,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Lets the browser draw and handle input before going on.
async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Starts reading the texts of `files` at once; the browser reads them while the page goes on.
fn start_reading(files: &[web_sys::File]) -> JsFuture {
    let promises: js_sys::Array = files.iter().map(|f| f.text()).collect();
    JsFuture::from(js_sys::Promise::all_settled(&promises))
}

/// The texts `start_reading` read; one unreadable file does not stop the others.
async fn texts_of(
    files: &[web_sys::File],
    reading: JsFuture,
) -> Vec<Result<(String, String), Rejected>> {
    let settled = match reading.await {
        Ok(settled) => js_sys::Array::from(&settled),
        Err(_) => js_sys::Array::new(),
    };
    files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let outcome = settled.get(i as u32);
            let field = |name: &str| js_sys::Reflect::get(&outcome, &name.into()).ok();
            match field("value").and_then(|v| v.as_string()) {
                Some(text) => Ok((file.name(), text)),
                None => Err(Rejected {
                    file: file.name(),
                    error: crate::domain::Error::FileUnreadable {
                        name: file.name(),
                        reason: field("reason")
                            .and_then(|r| r.dyn_into::<js_sys::Error>().ok())
                            .map(|e| String::from(e.message()))
                            .unwrap_or_else(|| "it is not text".into()),
                    },
                }),
            }
        })
        .collect()
}

/// Reads every file into the team a slice at a time, showing how far it has got. A team
/// saved as one file (see [`team_file`]) is read report by report, its reports counted in.
pub fn read_files(
    files: web_sys::FileList,
    framework: Rc<Framework>,
    team: Rc<RefCell<team::Team>>,
    status: UseStateHandle<Status>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if files.is_empty() {
        return;
    }
    let mut total = files.len();
    let generation = status.generation;
    status.set(Status {
        reading: Some((0, total)),
        generation,
    });
    wasm_bindgen_futures::spawn_local(async move {
        let mut done = 0;
        // Lets the page draw and respond once a slice of time has gone on checking.
        let mut started = js_sys::Date::now();
        let pause = |done: usize, total: usize| {
            let status = status.clone();
            async move {
                status.set(Status {
                    reading: Some((done, total.max(done))),
                    generation,
                });
                yield_to_browser().await;
            }
        };
        let batches: Vec<&[web_sys::File]> = files.chunks(READ_AT_ONCE).collect();
        let mut reading = batches.first().map(|b| start_reading(b));
        for (k, batch) in batches.iter().enumerate() {
            let Some(this) = reading.take() else { break };
            let outcomes = texts_of(batch, this).await;
            // The next files are read while these are checked.
            reading = batches.get(k + 1).map(|b| start_reading(b));
            for outcome in outcomes {
                let (name, text) = match outcome {
                    Ok(file) => file,
                    Err(rejected) => {
                        team.borrow_mut().rejected.push(rejected);
                        done += 1;
                        continue;
                    }
                };
                match team_file::open(&name, &text) {
                    None => team.borrow_mut().add_report(&framework, &name, &text),
                    Some(Err(rejected)) => team.borrow_mut().rejected.push(rejected),
                    Some(Ok(reports)) => {
                        // The team file was counted as one report: count its reports instead.
                        total = (total + reports.count).saturating_sub(1);
                        for report in reports {
                            match report {
                                Ok((file, text)) => {
                                    team.borrow_mut().add_report(&framework, &file, &text)
                                }
                                Err(rejected) => team.borrow_mut().rejected.push(rejected),
                            }
                            done += 1;
                            if js_sys::Date::now() - started >= SLICE_MS {
                                pause(done, total).await;
                                started = js_sys::Date::now();
                            }
                        }
                        continue;
                    }
                }
                done += 1;
                if js_sys::Date::now() - started >= SLICE_MS {
                    pause(done, total).await;
                    started = js_sys::Date::now();
                }
            }
        }
        status.set(Status {
            reading: None,
            generation: generation.wrapping_add(1),
        });
    });
}
