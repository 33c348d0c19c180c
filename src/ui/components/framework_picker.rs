use crate::domain::framework::source::{Source, BUILT_INS};
use crate::domain::Error;
use crate::ui::context::{use_headings, FrameworkChoice};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A framework file that could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub struct FileProblem {
    pub source: Source,
    pub error: Error,
}

const CUSTOM: &str = "custom";

/// Choosing a built-in framework, or loading one from a file on this device: the view
/// "Use another framework", for educators. Only the full module has it (it reads framework
/// files); the app provides the [`FrameworkChoice`] where the page lets the person choose.
#[function_component]
pub fn FrameworkPicker() -> Html {
    let h = use_headings();
    let menu = use_node_ref();
    // Opened by its button, which has gone, or by a hand-over, which replaced the page's
    // app: focus would be lost, so it comes to the menu. Focus elsewhere (a host page's,
    // or the problems found in a file) stays where it is.
    crate::ui::hooks::use_focus_if_lost(&menu);
    let Some(props) = use_context::<FrameworkChoice>() else {
        return html! {
            <section class="app-card" aria-labelledby="frameworks-title">
                <@{h.tag(2)} id="frameworks-title">{ "Use another framework" }</@>
                <p>{ "This page sets the framework, so it cannot be changed here." }</p>
            </section>
        };
    };
    let on_select = {
        let on_choose = props.choose.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(source) = Source::built_in(&id) {
                on_choose.emit(source);
            }
        })
    };
    let on_file = {
        let on_choose = props.choose.clone();
        let on_error = props.file_error.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after it is corrected.
            input.set_value("");
            let on_choose = on_choose.clone();
            let on_error = on_error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::web::file_text(&file).await {
                    Ok(text) => on_choose.emit(Source::File {
                        name: file.name(),
                        text: text.into(),
                    }),
                    Err(error) => on_error.emit(FileProblem {
                        source: Source::File {
                            name: file.name(),
                            text: "".into(),
                        },
                        error,
                    }),
                }
            });
        })
    };
    let custom = match &props.current {
        Source::BuiltIn(_) => None,
        other => Some(other.describe()),
    };
    html! {
        <section class="app-card" aria-labelledby="frameworks-title">
            <@{h.tag(2)} id="frameworks-title">{ "Use another framework" }</@>
            <p>{ "For educators and trainers: choose another framework built into Stepwise, or open one written in Stepwise's format. Progress against each framework is kept apart, and nothing saved is changed by choosing." }</p>
            <div class="app-framework-bar">
                <div class="app-field app-framework-bar__field">
                    <label class="app-field__label" for="framework-choice">{ "Framework" }</label>
                    <select id="framework-choice" class="app-select" onchange={on_select} ref={menu}>
                        { for BUILT_INS.iter().map(|b| html! {
                            <option value={b.id} selected={props.current == Source::BuiltIn(*b)}>{ b.title }</option>
                        }) }
                        if let Some(name) = custom {
                            <option value={CUSTOM} selected=true>{ format!("From {name}") }</option>
                        }
                    </select>
                </div>
                <div class="app-field app-framework-bar__field">
                    <label class="app-field__label" for="framework-file">{ "Or load a framework file" }</label>
                    <span id="framework-file-hint" class="app-hint">
                        { "A .toml file in Stepwise's format. It is checked first, and progress against it is kept apart from everything else." }
                    </span>
                    <input id="framework-file" class="app-file" type="file" accept=".toml,text/plain"
                        aria-describedby="framework-file-hint" onchange={on_file} />
                </div>
            </div>
        </section>
    }
}
