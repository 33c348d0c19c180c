use crate::domain::records::review::request::{self, Request};
use crate::domain::records::review::short_fingerprint;
use crate::domain::records::review::signed::{self, Review};
use crate::domain::Error;
use crate::ui::context::{use_headings, use_model};
use crate::web::review_crypto;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A change to the review in progress, given what was typed.
type Change = Rc<dyn Fn(&mut Review, String)>;

/// What signing came to.
#[derive(Clone, PartialEq)]
enum Signing {
    Idle,
    Working,
    Done { fingerprint: String, file: String },
    Failed(String),
}

/// The value typed into an input or text area.
fn typed(e: &InputEvent) -> String {
    let target = e.target();
    target
        .as_ref()
        .and_then(|t| wasm_bindgen::JsCast::dyn_ref::<HtmlTextAreaElement>(t).map(|t| t.value()))
        .or_else(|| {
            target.and_then(|t| {
                wasm_bindgen::JsCast::dyn_ref::<HtmlInputElement>(&t).map(|i| i.value())
            })
        })
        .unwrap_or_default()
}

/// The view's name, on its heading and on the button that opens it.
pub const REVIEW_SOMEONE: &str = crate::ui::state::View::Review.label();

#[derive(Properties, PartialEq)]
pub struct ReviewSomeoneProps {
    /// Back to the person's own gap report, when opened from it in its place (opened as a
    /// view of its own, from the foot of the page, the navigation leads on).
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

/// A supervisor reviews someone else's request: for each competence they confirm the
/// person's rating or give their own, with a comment; then overall comments, agreed actions,
/// the next review, and who they are; and download the reviewed file, signed in this
/// browser. Nothing of the supervisor's own assessment is read or changed.
#[function_component]
pub fn ReviewSomeone(props: &ReviewSomeoneProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = model.framework.clone();
    let request = use_state(|| None::<Rc<Request>>);
    let review = use_state(Review::default);
    let problem = use_state(|| None::<Error>);
    let signing = use_state(|| Signing::Idle);
    let missing = use_state(Vec::<&'static str>::new);

    let on_open = {
        let (fw, request, review, problem, signing) = (
            fw.clone(),
            request.clone(),
            review.clone(),
            problem.clone(),
            signing.clone(),
        );
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (fw, request, review, problem, signing) = (
                fw.clone(),
                request.clone(),
                review.clone(),
                problem.clone(),
                signing.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let read = crate::web::file_text(&file)
                    .await
                    .and_then(|text| request::import(&text, &fw));
                match read {
                    Ok(r) => {
                        let mut draft = Review::draft(&r, &fw);
                        draft.reviewer.date = crate::web::today();
                        review.set(draft);
                        request.set(Some(Rc::new(r)));
                        problem.set(None);
                        signing.set(Signing::Idle);
                    }
                    Err(e) => problem.set(Some(e)),
                }
            });
        })
    };
    // Changes the review in progress.
    let edit = |change: Change| {
        let review = review.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*review).clone();
            change(&mut next, typed(&e));
            review.set(next);
        })
    };
    let on_sign = {
        let (review, signing, missing) = (review.clone(), signing.clone(), missing.clone());
        Callback::from(move |_: MouseEvent| {
            let gaps = review.missing();
            missing.set(gaps.clone());
            if !gaps.is_empty() {
                return;
            }
            signing.set(Signing::Working);
            let (draft, signing) = ((*review).clone(), signing.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let signed = async {
                    let key = review_crypto::signing_key().await?;
                    let mut draft = draft;
                    draft.key = key.public.clone();
                    draft.fingerprint = key.fingerprint.clone();
                    let signature =
                        review_crypto::sign(&key, &signed::signed_bytes(&draft)).await?;
                    let name = signed::file_name(&draft);
                    crate::web::download(
                        &name,
                        "application/json",
                        &signed::write(&draft, &signature),
                    )
                    .map_err(|e| e.to_string())?;
                    Ok::<_, String>((key.fingerprint, name))
                };
                signing.set(match signed.await {
                    Ok((fingerprint, file)) => Signing::Done { fingerprint, file },
                    Err(reason) => Signing::Failed(reason),
                });
            });
        })
    };
    let back = props.on_back.as_ref().map(|b| b.reform(|_: MouseEvent| ()));
    // Opened from a button that is now gone: focus goes to the view's heading.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let label_of = |v: Option<u8>| {
        v.and_then(|v| fw.scale.get(v))
            .map(|s| s.label.clone())
            .unwrap_or_else(|| "Not rated".into())
    };

    let items = request.as_ref().map(|r| {
        review.items.iter().enumerate().map(|(index, item)| {
            let statement = fw.competence(&item.id).map(|c| c.statement.clone()).unwrap_or_else(|| item.id.to_string());
            let note = r.assessment.note(&item.id).to_string();
            let id = item.id.as_str().replace('.', "-");
            let choose = |value: Option<u8>| {
                let review = review.clone();
                Callback::from(move |_: Event| {
                    let mut next = (*review).clone();
                    match value {
                        None => next.confirm(index),
                        Some(v) => next.rate(index, v),
                    }
                    review.set(next);
                })
            };
            let confirm_id = format!("review-{id}-confirm");
            html! {
                <fieldset class="app-competence" aria-describedby={format!("review-{id}-self")}>
                    <legend class="app-competence__statement">{ statement.clone() }</legend>
                    <p id={format!("review-{id}-self")} class="app-status">
                        { format!("Their rating: {}", label_of(item.self_rating)) }
                        if !note.is_empty() { { ". Their note: " }<bdi>{ note }</bdi> }
                    </p>
                    <div class="app-rating">
                        if item.self_rating.is_some() {
                            <div class="app-rating__option">
                                <input class="app-rating__input" type="radio" id={confirm_id.clone()} name={format!("review-{id}")}
                                    checked={item.confirmed} onchange={choose(None)} />
                                <label class="app-rating__label" for={confirm_id}>{ format!("Confirm ({})", label_of(item.self_rating)) }</label>
                            </div>
                        }
                        { for fw.scale.values.iter().map(|v| {
                            let input_id = format!("review-{id}-{}", v.value);
                            html! {
                                <div class="app-rating__option">
                                    <input class="app-rating__input" type="radio" id={input_id.clone()} name={format!("review-{id}")}
                                        checked={!item.confirmed && item.supervisor == Some(v.value)} onchange={choose(Some(v.value))} />
                                    <label class="app-rating__label" for={input_id}>{ &v.label }</label>
                                </div>
                            }
                        }) }
                    </div>
                    <label class="app-field__label" for={format!("review-{id}-comment")}>{ "Your comment (optional)" }</label>
                    <textarea id={format!("review-{id}-comment")} class="app-textarea" rows="2" dir="auto"
                        value={item.comment.clone()}
                        oninput={edit(Rc::new(move |r: &mut Review, text| if let Some(i) = r.items.get_mut(index) { i.comment = text }))} />
                </fieldset>
            }
        }).collect::<Html>()
    });
    let field = |id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 value: String,
                 change: Change| {
        html! {
            <div class="app-field">
                <label class="app-field__label" for={id}>{ label }</label>
                if kind == "textarea" {
                    <textarea {id} class="app-textarea" rows="3" dir="auto" {value} oninput={edit(change)} />
                } else {
                    <input {id} class="app-input" type={kind} {value} oninput={edit(change)} />
                }
            </div>
        }
    };

    html! {
        <section class="app-card app-review" aria-labelledby="review-heading">
            <@{h.tag(2)} id="review-heading" class="app-card__title" tabindex="-1" ref={heading}>{ REVIEW_SOMEONE }</@>
            <p class="app-hint">
                { "Open the review request someone sent you. Confirm each rating or give your own, sign, and send them the reviewed file. Your own assessment in this browser is not touched." }
            </p>
            <div class="app-field">
                <label class="app-field__label" for="open-request">{ "Open a review request (JSON)" }</label>
                <input id="open-request" class="app-file" type="file" accept=".json,application/json" onchange={on_open} />
            </div>
            if let Some(e) = &*problem {
                <div class="app-banner app-banner--warning" role="alert">
                    <p class="app-banner__title">{ e.to_string() }</p>
                    <p>{ "Choose a review request made by Stepwise for this framework." }</p>
                </div>
            }
            if let Some(r) = &*request {
                <@{h.tag(3)}>{ "Review of " }<bdi>{ if r.info.person.is_empty() { "someone who gave no name".to_string() } else { r.info.person.clone() } }</bdi></@>
                <p>{ format!("Asked for on {}. Levels: {}.", r.info.date, r.levels.iter().filter_map(|l| fw.level(l)).map(|l| l.title()).collect::<Vec<_>>().join("; ")) }</p>
                if let Some(notice) = &r.version_notice {
                    <p class="app-banner" role="note">{ notice.clone() }</p>
                }
                // Their plan, to agree actions from.
                <@{h.tag(4)}>{ "Their action plan" }</@>
                if r.assessment.plan.is_empty() {
                    <p>{ "They have not planned any actions yet." }</p>
                } else {
                    <ul class="app-review__plan">
                        { for r.assessment.plan.iter().map(|step| html! {
                            <li>
                                <bdi>{ step.action.name(&fw) }</bdi>
                                { format!(" ({}{})", step.status.label(), if step.due.is_empty() { String::new() } else { format!(", by {}", step.due) }) }
                            </li>
                        }) }
                    </ul>
                }
                { items.unwrap_or_default() }
                <fieldset class="app-review__signoff">
                    <legend class="app-field__label">{ "Overall, and who you are" }</legend>
                    { field("review-overall", "Overall comments", "textarea", review.overall.clone(), Rc::new(|r, t| r.overall = t)) }
                    { field("review-actions", "Agreed actions", "textarea", review.actions.clone(), Rc::new(|r, t| r.actions = t)) }
                    { field("review-next", "Next review date", "date", review.next_review.clone(), Rc::new(|r, t| r.next_review = t)) }
                    { field("review-name", "Your name", "text", review.reviewer.name.clone(), Rc::new(|r, t| r.reviewer.name = t)) }
                    { field("review-role", "Your role", "text", review.reviewer.role.clone(), Rc::new(|r, t| r.reviewer.role = t)) }
                    { field("review-date", "Date of the review", "date", review.reviewer.date.clone(), Rc::new(|r, t| r.reviewer.date = t)) }
                </fieldset>
                if !missing.is_empty() {
                    <p class="app-banner app-banner--warning" role="alert">{ format!("Before signing, add {}.", missing.join(", ")) }</p>
                }
                <p>
                    <button type="button" class="app-button" onclick={on_sign} disabled={*signing == Signing::Working}>
                        { "Sign and download the reviewed file" }
                    </button>
                </p>
                { match &*signing {
                    Signing::Done { fingerprint, file } => html! {
                        <div class="app-banner" role="status">
                            <p>{ format!("Signed and downloaded as {file}. Send it to ") }<bdi>{ r.info.person.clone() }</bdi>{ "." }</p>
                            <p>{ format!("Your signing key's fingerprint is {}. Tell them it, so they can check the file is yours.", short_fingerprint(fingerprint)) }</p>
                        </div>
                    },
                    Signing::Failed(reason) => html! {
                        <p class="app-banner app-banner--warning" role="alert">{ format!("The review could not be signed ({reason}). Nothing was downloaded.") }</p>
                    },
                    _ => html! { <p class="app-live" role="status"></p> },
                } }
            }
            if let Some(back) = back {
                <p><button type="button" class="app-button app-button--secondary" onclick={back}>{ "Back to your own gap report" }</button></p>
            }
        </section>
    }
}
