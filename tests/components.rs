//! Component tests in headless Chromium: mount the app's view on a test framework, act as a
//! user would on the DOM, and check what they would see.
#![cfg(target_arch = "wasm32")]

#[path = "components/appraisal.rs"]
mod appraisal;
#[path = "components/career_map.rs"]
mod career_map;
mod common;
#[path = "components/embedding_settings.rs"]
mod embedding_settings;
#[path = "components/flow.rs"]
mod flow;
#[path = "components/review.rs"]
mod review;
#[path = "components/suggestions.rs"]
mod suggestions;

use std::rc::Rc;
use stepwise::domain::error::{ContentIssue, Problem};
use stepwise::domain::records::store::Loaded;
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};
use stepwise::ui::components::{FrameworkProblems, FrameworkProblemsProps};
use stepwise::ui::{AppView, AppViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn loaded(assessment: Assessment, problem: Option<Error>) -> Loaded {
    Loaded {
        assessment,
        kept_aside: problem
            .as_ref()
            .map(|_| "stepwise:test:unreadable:1".to_string()),
        problem,
        can_save: true,
    }
}

fn started() -> Assessment {
    Assessment {
        current: Some(LevelId::new("a")),
        ..Assessment::default()
    }
}

/// The view as the full module shows it: gap report, team view and map included.
fn props(assessment: Assessment, problem: Option<Error>) -> AppViewProps {
    AppViewProps {
        framework: Rc::new(common::small()),
        loaded: loaded(assessment, problem),
        storage_key: None,
        settings: Default::default(),
        course: None,
        embedded: false,
        extras: Some(stepwise::ui::extras()),
        source: None,
        handed: None,
        complete_at: None,
        first_choice: None,
        chosen: false,
    }
}

/// The view as the rating page's module shows it: the rest comes by hand-over.
fn rating_page_props(assessment: Assessment) -> AppViewProps {
    AppViewProps {
        extras: None,
        ..props(assessment, None)
    }
}

async fn mount(assessment: Assessment, problem: Option<Error>) -> Element {
    let root = root();
    let props = props(assessment, problem);
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The input element at `selector`.
fn input(root: &Element, selector: &str) -> HtmlInputElement {
    find(root, selector).dyn_into().unwrap()
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

#[wasm_bindgen_test]
async fn before_a_role_is_chosen_only_the_level_choice_shows() {
    let root = mount(Assessment::default(), None).await;
    assert!(text(&root).contains("Choose your current role to start"));
    assert!(root
        .query_selector("fieldset.app-competence")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn each_competence_is_a_fieldset_of_radios_named_by_its_statement() {
    let root = mount(started(), None).await;
    let fieldsets = root.query_selector_all("fieldset.app-competence").unwrap();
    assert_eq!(fieldsets.length(), 3, "the three competences of level a");
    let legend = find(&root, "fieldset.app-competence legend");
    assert_eq!(legend.text_content().unwrap(), "I give care.");
    let radios = root
        .query_selector_all("input[type=radio][name='rate-a.care.1']")
        .unwrap();
    assert_eq!(radios.length(), 4, "one per scale value");
    let label = find(&root, "label[for='rate-a.care.1-2']");
    assert_eq!(label.text_content().unwrap(), "Competent");
}

#[wasm_bindgen_test]
async fn choosing_a_rating_updates_status_progress_and_standing_live() {
    let root = mount(started(), None).await;
    assert!(text(&root).contains("0 of 3 rated"));
    input(&root, "#rate-a\\.care\\.1-2").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("1 of 3 rated"));
    assert_eq!(
        find(&root, "#status-a\\.care\\.1").text_content().unwrap(),
        "Met"
    );
    assert!(input(&root, "#rate-a\\.care\\.1-2").checked());

    input(&root, "#rate-a\\.care\\.2-1").click();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "#status-a\\.care\\.2").text_content().unwrap(),
        "Gap: below \"Competent\""
    );
}

#[wasm_bindgen_test]
async fn gaps_at_the_target_and_ranked_routes_are_shown() {
    let mut a = started();
    a.rate(CompetenceId::new("b.learn.1"), 0);
    a.rate(CompetenceId::new("b.lead.1"), 1);
    let root = mount(a, None).await;
    // Beside the ratings, how many; the gaps themselves and the routes are in the report.
    let so_far = find(&root, ".app-gaps");
    assert!(text(&so_far).contains("2 gaps among what you have rated"));
    let open = so_far
        .query_selector("button")
        .unwrap()
        .expect("a way to the gap report")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    assert_eq!(
        open.text_content().unwrap(),
        "See your gaps and the training that closes them"
    );
    open.click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Gap report"));
    let gaps = find(&root, ".app-gaps");
    assert!(text(&gaps).contains("Your gaps for Career level 6: Senior nurse"));
    assert!(text(&gaps).contains("I teach students."));
    assert!(text(&gaps).contains("(you rated: New to me)"));
    let titles: Vec<String> = {
        let list = root.query_selector_all(".app-route__title").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.text_content()))
            .collect()
    };
    assert_eq!(titles, ["Teaching course", "Supervision course"]);
    assert!(text(&root).contains("Develops 2 of your 2 gaps for Career level 6: Senior nurse"));
}

#[wasm_bindgen_test]
async fn a_load_problem_is_shown_with_where_the_data_was_kept() {
    let problem = Error::SavedDataUnreadable {
        reason: "not valid JSON".into(),
    };
    let root = mount(Assessment::default(), Some(problem)).await;
    let alert = find(&root, "[role=alert]");
    assert!(text(&alert).contains("Your saved progress could not be read (not valid JSON)."));
    assert!(text(&alert).contains("stepwise:test:unreadable:1"));
}

#[wasm_bindgen_test]
async fn review_mode_shows_ratings_but_nothing_can_change() {
    let mut a = started();
    a.rate(CompetenceId::new("a.care.1"), 2);
    let root = root();
    let props = AppViewProps {
        settings: stepwise::domain::embedding::settings::Settings {
            review: true,
            ..Default::default()
        },
        ..props(a, None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Review mode"));
    let radio = input(&root, "#rate-a\\.care\\.1-1");
    assert!(radio.disabled());
    radio.click();
    yew::scheduler::flush().await;
    assert!(input(&root, "#rate-a\\.care\\.1-2").checked(), "unchanged");
    assert!(!text(&root).contains("Start again"));
}

#[wasm_bindgen_test]
async fn notes_are_rendered_as_text_not_html() {
    let mut a = started();
    a.set_note(
        CompetenceId::new("a.care.1"),
        "<img src=x onerror=alert(1)>".into(),
    );
    let root = mount(a, None).await;
    assert!(root.query_selector("fieldset img").unwrap().is_none());
    let area = find(&root, "#note-a\\.care\\.1")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(area.value(), "<img src=x onerror=alert(1)>");
}

#[wasm_bindgen_test]
async fn framework_problems_are_listed_with_their_lines() {
    let root = root();
    let error = Error::FrameworkInvalid(vec![ContentIssue {
        line: 12,
        place: "competences entry 2 (\"x\")".into(),
        problem: Problem::Empty { field: "statement" },
    }]);
    let props = FrameworkProblemsProps {
        issues: stepwise::domain::framework::content::issues(&error),
        error,
        source: "the file mine.toml".into(),
        focus: false,
    };
    yew::Renderer::<FrameworkProblems>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Line 12, competences entry 2 (\"x\"): statement is empty"));
    assert!(text(&root).contains("Correct the file and load it again."));
    assert!(text(&root).contains("Stepwise cannot use the file mine.toml yet"));
}

/// In the browser's small stack, not only natively: the toml crate's nesting limit turns a
/// hostile file into a problem with its line (this file used to crash the app).
#[wasm_bindgen_test]
fn a_framework_file_nested_ten_thousand_deep_is_refused_with_its_line() {
    let deep = format!("# nested\nlist = {}", "[".repeat(10_000));
    assert_eq!(
        stepwise::domain::framework::content::parse(&deep).err(),
        Some(Error::FrameworkUnreadable(
            "line 2: lists or tables are nested too deeply".into()
        ))
    );
}

/// Yields to the browser's event loop once (a zero-delay timer), so network answers arrive.
async fn next_task() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
}

/// Yields to the event loop, rendering as it goes, until `done` or 500 turns have passed
/// (network answers and toggle events arrive as tasks of their own). Says whether `done`.
async fn wait_until(done: impl Fn() -> bool) -> bool {
    for _ in 0..500 {
        if done() {
            return true;
        }
        next_task().await;
        yew::scheduler::flush().await;
    }
    done()
}

/// Waits until `needle` is on screen (or gives up; the caller's assertion then says what).
async fn wait_for_text(root: &Element, needle: &str) {
    wait_until(|| text(root).contains(needle)).await;
}

/// Lets spawned futures and the renders they cause run.
async fn settle() {
    for _ in 0..4 {
        let tick = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
        yew::scheduler::flush().await;
    }
}

/// The rating page's module has no gap report of its own: it asks for the full module, and
/// when that cannot be had it says so, offers to try again, and loses nothing.
#[wasm_bindgen_test]
async fn without_the_full_module_the_report_says_why_it_could_not_open() {
    let mut a = started();
    a.rate(CompetenceId::new("a.care.1"), 2);
    let root = root();
    let props = AppViewProps {
        source: Some(stepwise::domain::framework::source::Source::default_built_in()),
        ..rating_page_props(a)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let nav = root.query_selector_all(".app-nav__link").unwrap();
    let labels: Vec<String> = (0..nav.length())
        .filter_map(|i| nav.item(i)?.text_content())
        .collect();
    // The rating page offers every section, the career map too, though it has none of them.
    assert_eq!(
        labels,
        [
            "Rate yourself",
            "Career map",
            "Gap report and plan",
            "Team view"
        ]
    );
    let report = nav
        .item(2)
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    report.click();
    settle().await;
    let alert = find(&root, "[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .starts_with("Stepwise could not open the gap report (this page did not start Stepwise"));
    assert!(text(&root).contains("Try again"));

    nav.item(0)
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert!(
        input(&root, "#rate-a\\.care\\.1-2").checked(),
        "the rating is still there"
    );
}

/// A first visit opens the framework's outline. Choosing a role asks for its competences;
/// if they cannot be fetched the person is told why and can try again, and the role they
/// chose stays chosen.
#[wasm_bindgen_test]
async fn a_role_chosen_on_a_first_visit_fetches_its_competences_or_says_why_not() {
    use stepwise::domain::framework::compact::{decode, encode, Form};
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(decode(&encode(&common::small(), Form::Outline)).unwrap()),
        complete_at: Some("/no-such-framework.json".into()),
        ..rating_page_props(Assessment::default())
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Choose your current role to start"));

    let select: web_sys::HtmlSelectElement = find(&root, "#current-level").dyn_into().unwrap();
    select.set_value("a");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(
        text(&root).contains("Loading competences…"),
        "the wait is announced"
    );
    wait_for_text(&root, "competences could not be loaded").await;
    let shown = text(&root);
    assert!(
        shown.contains("The competences could not be loaded. The framework file /no-such-framework.json could not be fetched (the server answered 404)."),
        "{shown}"
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    assert!(root
        .query_selector("fieldset.app-competence")
        .unwrap()
        .is_none());
    let select: web_sys::HtmlSelectElement = find(&root, "#current-level").dyn_into().unwrap();
    assert_eq!(select.value(), "a", "the role chosen is kept");

    let retry = root
        .query_selector_all("button")
        .unwrap()
        .values()
        .into_iter()
        .filter_map(|n| n.ok()?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some("Try loading them again"))
        .expect("a way to try again");
    retry.click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Loading competences…"), "tried again");
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("current-level"),
        "focus goes back to the role chosen, not to the page"
    );
}

/// Counts writes to `key` in localStorage from now on, by wrapping `Storage.setItem`.
fn count_writes(key: &str) -> impl Fn() -> u32 {
    js_sys::eval(&format!(
        r#"(() => {{
            if (!window.__writes) {{
                window.__writes = {{}};
                const set = Storage.prototype.setItem;
                Storage.prototype.setItem = function (k, v) {{
                    window.__writes[k] = (window.__writes[k] || 0) + 1;
                    return set.call(this, k, v);
                }};
            }}
            window.__writes[{key:?}] = 0;
        }})()"#
    ))
    .unwrap();
    let read = format!("window.__writes[{key:?}]");
    move || js_sys::eval(&read).unwrap().as_f64().unwrap_or(0.0) as u32
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the full module's view, saving under `key` in this browser's localStorage.
async fn mount_saving(key: &str) -> (Element, yew::AppHandle<AppView>) {
    local_storage().remove_item(key).unwrap();
    let root = root();
    let props = AppViewProps {
        storage_key: Some(key.into()),
        ..props(started(), None)
    };
    let app = yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, app)
}

/// Typing a note writes nothing at each keystroke (it was one write, one LMS commit and one
/// host message per keystroke): it is saved once, when the person leaves the field.
#[wasm_bindgen_test]
async fn a_note_is_saved_once_typing_stops_not_at_every_keystroke() {
    let key = "stepwise:test:notes";
    let (root, _app) = mount_saving(key).await;
    let writes = count_writes(key);
    let note: web_sys::HtmlTextAreaElement = find(&root, "#note-a\\.care\\.1").dyn_into().unwrap();
    let typed = "Shadowed the ward manager";
    type_into(&note, typed).await;
    assert_eq!(writes(), 0, "nothing written while typing");
    note.dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(writes(), 1, "one write for {} keystrokes", typed.len());
    let saved = local_storage().get_item(key).unwrap().unwrap_or_default();
    assert!(saved.contains(typed), "{saved}");
}

/// Clearing a note with Backspace leaves "Evidence and notes" open, so what is typed next goes
/// into the note (the panel used to close as the note became empty).
#[wasm_bindgen_test]
async fn clearing_a_note_keeps_its_panel_open_for_what_is_typed_next() {
    let key = "stepwise:test:clear-note";
    let (root, _app) = mount_saving(key).await;
    let details = find(&root, "fieldset.app-competence details");
    details.set_attribute("open", "").unwrap();
    let note: web_sys::HtmlTextAreaElement = find(&root, "#note-a\\.care\\.1").dyn_into().unwrap();
    type_into(&note, "Old").await;
    note.set_value("");
    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    note.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &bubbling).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(
        details.has_attribute("open"),
        "the panel stays open once the note is empty"
    );
    type_into(&note, "New evidence").await;
    note.dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let saved = local_storage().get_item(key).unwrap().unwrap_or_default();
    assert!(saved.contains("New evidence"), "{saved}");
}

/// Types `text` into `note` key by key, as a person would.
async fn type_into(note: &web_sys::HtmlTextAreaElement, text: &str) {
    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    for end in 1..=text.len() {
        note.set_value(&text[..end]);
        note.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &bubbling).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }
}

/// The page going away saves a note still being typed while the view is there; once the
/// view has gone, its listener has gone with it.
#[wasm_bindgen_test]
async fn the_page_going_away_saves_a_note_only_while_the_view_is_mounted() {
    let key = "stepwise:test:pagehide";
    let (root, app) = mount_saving(key).await;
    let note: web_sys::HtmlTextAreaElement = find(&root, "#note-a\\.care\\.1").dyn_into().unwrap();
    let window = web_sys::window().unwrap();
    let pagehide = || {
        window
            .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
            .unwrap()
    };
    type_into(&note, "Audit").await;
    pagehide();
    let saved = local_storage().get_item(key).unwrap().unwrap_or_default();
    assert!(saved.contains("Audit"), "saved as the page goes: {saved}");

    type_into(&note, "Audit of care plans").await;
    local_storage().remove_item(key).unwrap();
    app.destroy();
    yew::scheduler::flush().await;
    pagehide();
    assert_eq!(
        local_storage().get_item(key).unwrap(),
        None,
        "no listener left behind"
    );
}

/// Something unexpected stops the app (a panic, which aborts in the release build): the
/// widget says so in plain words, rather than freezing with nothing on screen.
#[wasm_bindgen_test]
async fn when_the_app_stops_unexpectedly_the_person_is_told_what_is_kept_and_to_reload() {
    let root = root();
    stepwise::web::panic::watch(&root, &Default::default());
    stepwise::web::panic::report();
    let alert = find(&root, "[role=alert]");
    assert_eq!(
        alert.text_content().unwrap_or_default(),
        stepwise::web::panic::MESSAGE
    );
    assert!(stepwise::web::panic::MESSAGE.contains("saved in this browser is kept"));
    assert!(stepwise::web::panic::MESSAGE.contains("reload the page"));
}

/// A level with a hundred competences draws them a step at a time, saying how many there are,
/// so that choosing it and rating stay quick.
#[wasm_bindgen_test]
async fn a_long_level_is_drawn_a_step_at_a_time_with_a_button_for_more() {
    let framework = stepwise::domain::framework::content::parse(&common::synthetic(1_000))
        .expect("the synthetic framework parses");
    let assessment = Assessment {
        current: Some(LevelId::new("l0")),
        ..Assessment::default()
    };
    let root = root();
    let props = AppViewProps {
        framework: Rc::new(framework),
        ..props(assessment, None)
    };
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let drawn = || {
        root.query_selector_all("fieldset.app-competence")
            .unwrap()
            .length()
    };
    let step = stepwise::ui::components::rating_list::STEP as u32;
    assert_eq!(drawn(), step);
    assert!(text(&root).contains(&format!("Showing {step} of 100 competences.")));
    let more = find(&root, ".app-more button");
    assert_eq!(
        more.text_content().unwrap_or_default(),
        format!("Show {} more", 100 - step)
    );
    more.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(drawn(), 100);
    assert!(root.query_selector(".app-more").unwrap().is_none());
    // Keyboard focus moves to the first competence just drawn, not lost with the button.
    let first_new = root
        .query_selector_all("fieldset.app-competence")
        .unwrap()
        .item(step)
        .unwrap();
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(
        active.is_some_and(|a| first_new.contains(Some(&a))),
        "focus is on the first competence drawn by Show more"
    );
}
