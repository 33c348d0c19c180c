use crate::domain::assessment::gaps::gaps;
use crate::domain::records::review::short_fingerprint;
use crate::domain::records::review::signed::Signed;
use crate::domain::records::team::Member;
use crate::domain::words::count;
use crate::ui::components::signature_status;
use crate::ui::context::{use_headings, use_model};
use crate::ui::hooks::{use_signature_check, SignatureCheck};
use std::rc::Rc;
use yew::prelude::*;

/// The latest review in the person's report, with its signature checked here: the team view
/// does not check thousands at once, but one person's takes a moment.
fn review_section(
    h: crate::ui::context::Headings,
    signed: Option<&Signed>,
    check: &SignatureCheck,
) -> Html {
    let Some(signed) = signed else {
        return html! {
            <>
                <@{h.tag(3)}>{ "Supervisor review" }</@>
                <p>{ "No supervisor review of this person in their report." }</p>
            </>
        };
    };
    let r = &signed.review;
    html! {
        <>
            <@{h.tag(3)}>{ "Supervisor review" }</@>
            <p>
                { "Latest review by " }<bdi>{ r.reviewer.name.clone() }</bdi>{ " (" }<bdi>{ r.reviewer.role.clone() }</bdi>
                { format!("), {}. Their key's fingerprint: {}.", r.reviewer.date, short_fingerprint(&r.fingerprint)) }
            </p>
            { signature_status(check, "its confirmed figures cannot be relied on. Ask the person for the reviewed file.") }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct TeamPersonProps {
    pub member: Member,
    pub on_close: Callback<()>,
}

/// One person of the team view: their roles, their gaps at the level they aim for, and their
/// plan, as their report has them. Focus moves to its heading when it opens.
#[function_component]
pub fn TeamPerson(props: &TeamPersonProps) -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let m = &props.member;
    let a = &m.report.assessment;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(m.name.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let title = |id: Option<&crate::domain::LevelId>| {
        id.and_then(|l| fw.level(l))
            .map(|l| l.title())
            .unwrap_or_else(|| "Not chosen".into())
    };
    let gaps = m.target.as_ref().map(|t| gaps(fw, a, t));
    // The latest review, read again from this one report, and its signature checked.
    let signed = use_memo(m.text.clone(), {
        let (m, fw) = (m.clone(), model.framework.clone());
        move |_| m.latest_signed(&fw).map(Rc::new)
    });
    let check = use_signature_check((*signed).clone());
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="app-card app-team-person" aria-labelledby="team-person-heading">
            <@{h.tag(2)} id="team-person-heading" class="app-card__title" tabindex="-1" ref={heading}>
                <bdi>{ m.name.clone() }</bdi>
            </@>
            <p>{ format!("Current role: {}. Aiming for: {}. Report of {}.", title(a.current.as_ref()), title(m.target.as_ref()), m.report.info.date) }</p>
            <@{h.tag(3)}>{ "Gaps at the level aimed for" }</@>
            { match &gaps {
                None => html! { <p>{ "No level aimed for, so no gaps to show." }</p> },
                Some(g) if g.count() == 0 => html! {
                    <p>{ format!("No gaps among what was rated; {} not rated yet.", count(g.not_rated, "competence", "competences")) }</p>
                },
                Some(g) => html! {
                    <>
                        <p>{ format!("{}; {} not rated yet.", count(g.count(), "gap", "gaps"), count(g.not_rated, "competence", "competences")) }</p>
                        { for g.by_domain.iter().map(|(d, list)| html! {
                            <>
                                <@{h.tag(4)}>{ fw.domain(d).map(|d| d.name.clone()).unwrap_or_default() }</@>
                                <ul>{ for list.iter().map(|c| html! { <li>{ c.statement.clone() }</li> }) }</ul>
                            </>
                        }) }
                    </>
                },
            } }
            <@{h.tag(3)}>{ "Plan" }</@>
            if a.plan.is_empty() {
                <p>{ "No plan in this report." }</p>
            } else {
                <ul>
                    { for a.plan.iter().map(|p| {
                        let what = p.action.name(fw);
                        let due = if p.due.is_empty() { String::new() } else { format!(", by {}", p.due) };
                        html! { <li><bdi>{ what }</bdi>{ format!(" ({}{due})", p.status.label()) }</li> }
                    }) }
                </ul>
            }
            { review_section(h, signed.as_deref(), &check) }
            <button type="button" class="app-button app-button--secondary" onclick={close}>{ "Back to the whole team" }</button>
        </section>
    }
}
