use crate::domain::framework::Competence;
use crate::domain::Status;
use crate::ui::context::use_model;
use crate::ui::state::{Action, NoteEdit, Rating};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompetenceItemProps {
    pub competence: Competence,
}

/// One competence: its statement as the legend of a group of rating radios, what it is rated
/// now in words, and an optional note or evidence link.
#[function_component]
pub fn CompetenceItem(props: &CompetenceItemProps) -> Html {
    let model = use_model();
    let c = &props.competence;
    let id = c.id.to_string();
    let rating = model.assessment.rating(&c.id);
    let status = model.assessment.status(&model.framework, &c.id);
    let note = model.assessment.note(&c.id).to_string();
    // Open at first when there is a note; after that the person opens and closes it. Tied to
    // the note, clearing it with Backspace closed the panel under the cursor.
    let starts_open = *use_state(|| !note.is_empty());
    let bar = model
        .framework
        .scale
        .bar()
        .map(|v| v.label.clone())
        .unwrap_or_default();
    let (status_class, status_text) = match status {
        Status::NotRated => ("app-status--not-rated", "Not rated yet".to_string()),
        Status::Below => ("app-status--gap", format!("Gap: below \"{bar}\"")),
        Status::Met => ("app-status--met", "Met".to_string()),
    };

    let on_note = {
        let model = model.clone();
        let competence = c.id.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            model.dispatch(Action::SetNote(NoteEdit {
                competence: competence.clone(),
                text,
            }));
        })
    };

    // Leaving the field saves the note at once, rather than when typing pauses.
    let on_leave = {
        let model = model.clone();
        Callback::from(move |_: FocusEvent| model.dispatch(Action::LeaveNote))
    };
    let status_id = format!("status-{id}");
    let note_id = format!("note-{id}");
    html! {
        <fieldset class={match status {
            Status::Below => "app-competence app-competence--gap",
            Status::Met => "app-competence app-competence--met",
            Status::NotRated => "app-competence",
        }}
            aria-describedby={status_id.clone()}>
            <legend class="app-competence__statement">{ &c.statement }</legend>
            <p id={status_id} class={classes!("app-status", status_class)}>{ status_text }</p>
            <div class="app-rating">
                { for model.framework.scale.values.iter().map(|v| {
                    let input_id = format!("rate-{id}-{}", v.value);
                    let onchange = {
                        let model = model.clone();
                        let competence = c.id.clone();
                        let value = v.value;
                        Callback::from(move |_: Event| {
                            model.dispatch(Action::Rate(Rating { competence: competence.clone(), value, on: crate::web::today() }));
                        })
                    };
                    html! {
                        <div class="app-rating__option">
                            <input class="app-rating__input" type="radio" id={input_id.clone()}
                                name={format!("rate-{id}")} value={v.value.to_string()}
                                checked={rating == Some(v.value)} disabled={model.ui.read_only} {onchange} />
                            <label class="app-rating__label" for={input_id}>{ &v.label }</label>
                        </div>
                    }
                }) }
            </div>
            <details class="app-competence__more" open={starts_open}>
                <summary class="app-competence__summary">{ "Evidence and notes" }</summary>
                if !c.indicators.is_empty() {
                    <p class="app-hint">{ "Evidence could look like:" }</p>
                    <ul class="app-competence__indicators">
                        { for c.indicators.iter().map(|i| html! { <li>{ i }</li> }) }
                    </ul>
                }
                <label class="app-field__label" for={note_id.clone()}>{ "Your note or evidence link (optional)" }</label>
                <textarea id={note_id} class="app-textarea" rows="2" dir="auto" value={note} oninput={on_note} onblur={on_leave} readonly={model.ui.read_only} />
            </details>
        </fieldset>
    }
}
