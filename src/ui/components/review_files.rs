use crate::domain::framework::Framework;
use crate::domain::records::report::ReportInfo;
use crate::domain::records::review::kept::{self, Kept};
use crate::domain::records::review::signed::{self, Review, Signed};
use crate::domain::records::review::{request, short_fingerprint};
use crate::domain::{Assessment, Error};
use crate::ui::components::review_someone::REVIEW_SOMEONE;
use crate::ui::context::{use_headings, use_model, use_storage_key};
use crate::ui::hooks::{use_signature_check, SignatureCheck};
use crate::web::review_crypto;
use crate::web::storage::LocalStore;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewFilesProps {
    /// The reviews kept in this browser for the person named on the report, oldest first;
    /// the last is the one in use.
    pub reviews: Rc<Vec<(Kept, Review)>>,
    /// The names of others whose reviews are kept in this browser too, not used here.
    #[prop_or_default]
    pub others: Vec<String>,
    /// A review was kept: read them again.
    pub on_kept: Callback<()>,
    /// Open "Review someone's assessment" in place of the report.
    pub on_review: Callback<()>,
    /// Whether to put focus on that button (on coming back from it).
    #[prop_or_default]
    pub focus_review: bool,
}

/// A reviewed file read, checked and verified, waiting for the person to keep it.
#[derive(Clone, PartialEq)]
struct Pending {
    signed: Rc<Signed>,
    file: String,
    /// Whether the signature checks with the key and fingerprint in the file.
    intact: bool,
}

fn rating(fw: &Framework, v: Option<u8>) -> String {
    v.and_then(|v| fw.scale.get(v))
        .map(|s| s.label.clone())
        .unwrap_or_else(|| "Not rated".into())
}

/// The review beside the person's own ratings, disagreements first.
fn side_by_side(fw: &Framework, review: &Review, now: &Assessment, caption: String) -> Html {
    html! {
        <div class="app-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="app-table app-review__table">
                <caption class="app-table__caption">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ "Competence" }</th>
                    <th scope="col">{ format!("You, when you asked ({})", review.requested) }</th>
                    <th scope="col">{ format!("Supervisor ({})", review.reviewer.date) }</th>
                    <th scope="col">{ "Comment" }</th>
                </tr></thead>
                <tbody>
                    { for kept::side_by_side(review, now).into_iter().map(|row| {
                        let item = row.item;
                        let statement = fw.competence(&item.id).map(|c| c.statement.clone()).unwrap_or_else(|| item.id.to_string());
                        let supervisor = match (item.supervisor, item.confirmed) {
                            (None, _) => "Not reviewed".to_string(),
                            (Some(_), true) => format!("Confirmed: {}", rating(fw, item.supervisor)),
                            (Some(_), false) => rating(fw, item.supervisor),
                        };
                        html! {
                            <tr class={classes!(item.disagrees().then_some("app-review__row--differs"))}>
                                <th scope="row">{ statement }</th>
                                <td>
                                    { rating(fw, item.self_rating) }
                                    if row.changed_since() {
                                        <br />{ match now.rated_on(&item.id) {
                                            Some(day) => format!("(you rate it {} now, since {day})", rating(fw, row.now)),
                                            None => format!("(you rate it {} now)", rating(fw, row.now)),
                                        } }
                                    }
                                </td>
                                <td>{ supervisor }</td>
                                <td><bdi>{ item.comment.clone() }</bdi></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// How checking a review's signature went, in words; `otherwise` says what a changed review
/// means where it is shown, and what to do.
pub fn signature_status(check: &SignatureCheck, otherwise: &str) -> Html {
    match check {
        SignatureCheck::Nothing => Html::default(),
        SignatureCheck::Checking => html! { <p role="status">{ "Checking the signature…" }</p> },
        SignatureCheck::Intact => {
            html! { <p role="status">{ "Signature checked: unchanged since it was signed." }</p> }
        }
        SignatureCheck::Changed => html! {
            <p class="app-banner app-banner--warning" role="alert">
                { format!("Changed after signing: this review is not what the supervisor signed, so {otherwise}") }
            </p>
        },
        SignatureCheck::Failed(reason) => html! {
            <p class="app-banner app-banner--warning" role="alert">
                { format!("The signature could not be checked here ({reason}). What the review says is shown unchecked.") }
            </p>
        },
    }
}

/// Who signed, and the fingerprint of their key to check with them.
fn signed_by(review: &Review) -> Html {
    html! {
        <p>
            { "Signed by " }<bdi>{ review.reviewer.name.clone() }</bdi>
            { ", " }<bdi>{ review.reviewer.role.clone() }</bdi>
            { format!(", on {}. Their key's fingerprint: {}.", review.reviewer.date, short_fingerprint(&review.fingerprint)) }
        </p>
    }
}

/// Supervisor review on the gap report: asking for one, importing the reviewed file (checked,
/// verified and shown before it is kept), and the review in use, printed with who confirmed
/// what and when.
#[function_component]
pub fn ReviewFiles(props: &ReviewFilesProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let storage_key = use_storage_key();
    let fw = model.framework.clone();
    let problem = use_state(|| None::<Error>);
    let pending = use_state(|| None::<Pending>);
    let kept_now = use_state(|| false);

    let ask = {
        let model = model.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let info = ReportInfo {
                person: model.assessment.person.trim().to_string(),
                date: crate::web::today(),
            };
            let text = request::export(&model.framework, &model.assessment, &info);
            problem.set(
                crate::web::download(&request::file_name(&info), "application/json", &text).err(),
            );
        })
    };
    let review_someone = props.on_review.reform(|_: MouseEvent| ());
    let review_button = use_node_ref();
    {
        let review_button = review_button.clone();
        use_effect_with(props.focus_review, move |&focus| {
            if let Some(b) = review_button
                .cast::<web_sys::HtmlElement>()
                .filter(|_| focus)
            {
                let _ = b.focus();
            }
        });
    }
    let on_import = {
        let (model, problem, pending, kept_now) = (
            model.clone(),
            problem.clone(),
            pending.clone(),
            kept_now.clone(),
        );
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (model, problem, pending) = (model.clone(), problem.clone(), pending.clone());
            kept_now.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                let read = async {
                    let text = crate::web::file_text(&file).await?;
                    let signed = signed::read(&text, &model.framework)?;
                    signed::check_person(&signed.review, &model.assessment.person)?;
                    let intact = review_crypto::verify(
                        &signed.key,
                        &signed.review.fingerprint,
                        &signed.signature,
                        &signed.bytes,
                    )
                    .await
                    .map_err(|reason| Error::ReportUnreadable {
                        reason: format!("its signature could not be checked ({reason})"),
                    })?;
                    Ok::<_, Error>(Pending {
                        signed: Rc::new(signed),
                        file: text,
                        intact,
                    })
                };
                match read.await {
                    Ok(p) => {
                        problem.set(None);
                        pending.set(Some(p));
                    }
                    Err(e) => {
                        pending.set(None);
                        problem.set(Some(e));
                    }
                }
            });
        })
    };
    let on_keep = {
        let (pending, problem, key, on_kept, kept_now) = (
            pending.clone(),
            problem.clone(),
            storage_key.clone(),
            props.on_kept.clone(),
            kept_now.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(p) = (*pending).clone() else { return };
            let kept = Kept {
                kept: String::from(js_sys::Date::new_0().to_iso_string()),
                file: p.file,
            };
            match key.as_ref().map(|key| kept::add(&LocalStore, key, kept)) {
                Some(Ok(())) => {
                    pending.set(None);
                    kept_now.set(true);
                    on_kept.emit(());
                }
                Some(Err(e)) => problem.set(Some(e)),
                None => problem.set(Some(Error::StorageUnavailable)),
            }
        })
    };
    let on_drop = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    let in_use = props.reviews.last().map(|(_, r)| r);
    // The review in use, checked again: this browser's storage could have been edited since
    // it was kept.
    let in_use_signed = use_memo(props.reviews.clone(), {
        let fw = fw.clone();
        move |reviews| {
            reviews
                .last()
                .and_then(|(k, _)| signed::read(&k.file, &fw).ok())
                .map(Rc::new)
        }
    });
    let check = use_signature_check((*in_use_signed).clone());
    html! {
        <section class="app-card app-review-files" aria-labelledby="supervisor-heading">
            <@{h.tag(2)} id="supervisor-heading" class="app-card__title">{ "Supervisor review" }</@>
            if let Some(review) = in_use {
                <p class="app-review__in-use">
                    { format!("This report uses the confirmed view: where your supervisor gave a rating on {}, the summary, chart, gaps and plan use theirs. Your own ratings are kept as you made them.", review.reviewer.date) }
                </p>
                { signed_by(review) }
                { signature_status(&check, "the confirmed view cannot be relied on. Import the reviewed file from your supervisor again.") }
                { side_by_side(&fw, review, &model.assessment, format!("Who confirmed what: {} ({}), {}", review.reviewer.name, review.reviewer.role, review.reviewer.date)) }
                <dl class="app-report__facts">
                    <dt>{ "Overall comments" }</dt><dd><bdi>{ review.overall.clone() }</bdi></dd>
                    <dt>{ "Agreed actions" }</dt><dd><bdi>{ review.actions.clone() }</bdi></dd>
                    <dt>{ "Next review" }</dt><dd>{ review.next_review.clone() }</dd>
                </dl>
                if props.reviews.len() > 1 {
                    <p>{ format!("{} reviews are kept in this browser; the latest is used. Earlier reviews:", props.reviews.len()) }</p>
                    <ul class="app-review__history">
                        { for props.reviews.iter().rev().skip(1).map(|(kept, r)| html! {
                            <li>
                                <bdi>{ r.reviewer.name.clone() }</bdi>{ " (" }<bdi>{ r.reviewer.role.clone() }</bdi>
                                { format!("), {}: {} of {} confirmed or rated; kept on {}.",
                                    r.reviewer.date,
                                    r.items.iter().filter(|i| i.supervisor.is_some()).count(),
                                    crate::domain::words::count(r.items.len(), "competence", "competences"),
                                    kept.kept.get(..10).unwrap_or(&kept.kept)) }
                            </li>
                        }) }
                    </ul>
                }
            } else {
                <p>{ "No supervisor has reviewed this assessment yet. The report uses your own ratings." }</p>
            }
            if !props.others.is_empty() {
                <p class="app-hint">
                    { format!("This browser also keeps {} of {}, not used here because the name on this report is different. If one is yours, type the name it was asked for in Your name, at the top of the report.",
                        if props.others.len() == 1 { "a review" } else { "reviews" },
                        props.others.iter().map(|n| if n.trim().is_empty() { "someone who gave no name".to_string() } else { n.trim().to_string() }).collect::<Vec<_>>().join(", ")) }
                </p>
            }
            <div class="app-no-print">
                <p class="app-hint">{ "Ask your supervisor to review your ratings: download a review request and send it to them. They open it in Stepwise, sign their review, and send you a reviewed file to import here." }</p>
                <p>
                    <button type="button" class="app-button" onclick={ask}>{ "Ask for a review (download a request)" }</button>
                    <button type="button" class="app-button app-button--secondary" onclick={review_someone} ref={review_button}>{ REVIEW_SOMEONE }</button>
                </p>
                <div class="app-field" hidden={model.ui.read_only}>
                    <label class="app-field__label" for="import-reviewed">{ "Import a reviewed file (JSON from your supervisor)" }</label>
                    <span id="import-reviewed-hint" class="app-hint">{ "It is checked completely, and you are asked before it is kept." }</span>
                    <input id="import-reviewed" class="app-file" type="file" accept=".json,application/json"
                        aria-describedby="import-reviewed-hint" onchange={on_import} />
                </div>
                if let Some(e) = &*problem {
                    <div class="app-banner app-banner--warning" role="alert">
                        <p class="app-banner__title">{ e.to_string() }</p>
                        <p>{ "Nothing has been kept, and your own ratings have not been changed." }</p>
                    </div>
                }
                if *kept_now {
                    <p class="app-banner" role="status">{ "The review is kept. The report now uses the confirmed view." }</p>
                }
                { match &*pending {
                    Some(p) if !p.intact => html! {
                        <div class="app-banner app-banner--warning" role="alert">
                            <p class="app-banner__title">{ "Changed after signing" }</p>
                            <p>{ "This file was changed after it was signed, so it cannot be told what the supervisor signed. It has not been kept. Ask them to send it again." }</p>
                            <button type="button" class="app-button app-button--secondary" onclick={on_drop.clone()}>{ "Close" }</button>
                        </div>
                    },
                    Some(p) => {
                        let review = &p.signed.review;
                        html! {
                            <div class="app-confirm" role="group" aria-labelledby="keep-review-question">
                                <p id="keep-review-question" class="app-confirm__question">
                                    { "Keep the review by " }<bdi>{ review.reviewer.name.clone() }</bdi>{ format!(" of {}? Your own ratings are not changed.", review.reviewer.date) }
                                </p>
                                <p>{ "Signature checked: unchanged since it was signed." }</p>
                                { signed_by(review) }
                                if let Some(notice) = &p.signed.version_notice {
                                    <p>{ notice.clone() }</p>
                                }
                                { side_by_side(&fw, review, &model.assessment, "Your ratings and your supervisor's, disagreements first".into()) }
                                <button type="button" class="app-button" onclick={on_keep}>{ "Yes, keep this review" }</button>
                                <button type="button" class="app-button app-button--secondary" onclick={on_drop}>{ "No, do not keep it" }</button>
                            </div>
                        }
                    }
                    None => Html::default(),
                } }
            </div>
        </section>
    }
}
