use crate::ui::context::use_headings;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Blank lines printed for comments left empty.
const COMMENT_LINES: usize = 3;

/// The fields of the sign-off, in the order they print.
const FIELDS: [(&str, &str, &str); 4] = [
    ("signoff-name", "Manager's name", "text"),
    ("signoff-role", "Manager's role", "text"),
    ("signoff-date", "Date of the review", "date"),
    ("signoff-next", "Agreed next review", "date"),
];

/// What is written on a printed line: the value typed, or nothing for a pen.
fn printed(value: &str) -> Html {
    html! { <span class="app-print-only app-signoff__line">{ value.to_string() }</span> }
}

/// The manager's sign-off for an appraisal: name, role, date, comments and the next review.
/// Filled in on screen, it prints what was typed; left empty, it prints lines to write on.
/// It is the manager's, not the person's: it is not saved with the assessment.
#[function_component]
pub fn SignOff() -> Html {
    let h = use_headings();
    let values = use_state(|| [const { String::new() }; FIELDS.len()]);
    let comments = use_state(String::new);
    let field = |index: usize, (id, label, kind): (&'static str, &'static str, &'static str)| {
        let oninput = {
            let values = values.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = (*values).clone();
                next[index] = e.target_unchecked_into::<HtmlInputElement>().value();
                values.set(next);
            })
        };
        html! {
            <div class="app-signoff__field">
                <label class="app-field__label" for={id}>{ label }</label>
                <input {id} class="app-input" type={kind} value={values[index].clone()} {oninput} />
                { printed(&values[index]) }
            </div>
        }
    };
    let on_comments = {
        let comments = comments.clone();
        Callback::from(move |e: InputEvent| {
            comments.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    html! {
        <section class="app-card app-signoff" aria-labelledby="signoff-heading">
            <@{h.tag(2)} id="signoff-heading" class="app-card__title">{ "Manager's review and sign-off" }</@>
            <p class="app-hint app-no-print">
                { "For an appraisal: fill these in before printing, or print the report and write on it. They are printed, not saved." }
            </p>
            <div class="app-signoff__fields">
                { for FIELDS.iter().enumerate().map(|(i, f)| field(i, *f)) }
                <div class="app-signoff__field app-signoff__field--wide">
                    <label class="app-field__label" for="signoff-comments">{ "Comments" }</label>
                    <textarea id="signoff-comments" class="app-textarea" rows="4"
                        value={(*comments).clone()} oninput={on_comments} />
                    if comments.trim().is_empty() {
                        { for (0..COMMENT_LINES).map(|_| printed("")) }
                    } else {
                        <span class="app-print-only app-signoff__line app-signoff__line--text">{ (*comments).clone() }</span>
                    }
                </div>
                // Signatures are for paper only.
                { for ["Signed (manager)", "Signed (member of staff)"].map(|who| html! {
                    <div class="app-signoff__field app-print-only">
                        <span class="app-field__label">{ who }</span>
                        { printed("") }
                    </div>
                }) }
            </div>
        </section>
    }
}
