use super::CompetenceItem;
use crate::domain::assessment::scoring::score_level;
use crate::domain::LevelId;
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::{Action, Filter};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// How many competences are drawn at first, and how many more each "Show more" adds. Every
/// level of the built-in frameworks fits in one step; a framework with a thousand
/// competences to a level would otherwise draw four thousand radios at once, and redraw
/// them at every rating (over a second, measured by `scripts/bench`).
pub const STEP: usize = 60;

/// The competences of one level, domain by domain, with progress and filters.
#[function_component]
pub fn RatingList() -> Html {
    let h = use_headings();
    let model = use_model();
    // What is listed: another level, filter or frozen list starts again at one step, in the
    // same render (an effect would first redraw everything drawn before).
    let listing = (
        model.ui.shown_level.clone(),
        model.ui.filter,
        model.ui.filtered.as_ref().map(|f| Rc::as_ptr(f) as usize),
    );
    let limit = use_state(|| (listing.clone(), STEP));
    let shown_limit = if limit.0 == listing { limit.1 } else { STEP };
    // After "Show more", keyboard focus goes to the first competence it drew, so the person
    // reads on from there (the button may be gone). Sent here by a button ("Start rating",
    // "Now rate …", or from the gap report), it goes to the level's first competence.
    let focus_from = use_mut_ref(|| model.ui.sent_to.as_ref().map(|_| 0));
    let sends = use_mut_ref(|| model.ui.sends);
    let list = use_node_ref();
    {
        let (focus_from, list) = (focus_from.clone(), list.clone());
        use_effect_with((shown_limit, model.ui.sends), move |&(_, now)| {
            let sent = *sends.borrow() != now;
            *sends.borrow_mut() = now;
            let Some(index) = focus_from.borrow_mut().take().or(sent.then_some(0)) else {
                return;
            };
            let first_radio = list
                .cast::<web_sys::Element>()
                .and_then(|l| l.query_selector_all("fieldset.app-competence").ok())
                .and_then(|all| all.item(index))
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|f| f.query_selector("input").ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(radio) = first_radio {
                // Focus is a convenience: if it cannot move, the person tabs on as before.
                let _ = radio.focus();
            }
        });
    }
    let fw = &model.framework;
    let Some(level) = model.ui.shown_level.as_ref().and_then(|l| fw.level(l)) else {
        return Html::default();
    };
    let score = score_level(fw, &model.assessment, &level.id);
    let target = model.target();
    // The current role just rated in full: the level aimed for comes next.
    let rate_next = target
        .as_ref()
        .filter(|t| {
            model.assessment.current.as_ref() == Some(&level.id)
                && fw.rated(t) != fw.rated(&level.id)
                && score.tally.total > 0
                && score.tally.rated == score.tally.total
        })
        .and_then(|t| fw.level(t));

    let on_level = {
        let model = model.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            model.dispatch(Action::ShowLevel(LevelId::new(value)));
        })
    };
    let level_note = |id: &LevelId| {
        let mut tags = Vec::new();
        if model.assessment.current.as_ref() == Some(id) {
            tags.push("your current role");
        }
        if target.as_ref() == Some(id) {
            tags.push("your aim");
        }
        if tags.is_empty() {
            String::new()
        } else {
            format!(" ({})", tags.join(", "))
        }
    };

    let (mut room, mut drawn, mut waiting) = (shown_limit, 0, 0);
    let shown: Vec<Html> = fw
        .domains
        .iter()
        .filter_map(|d| {
            let fitting: Vec<_> = model
                .assessment
                .applicable(fw, &level.id)
                .filter(|c| c.domain == d.id && model.shows(&c.id))
                .collect();
            let take = fitting.len().min(room);
            room -= take;
            drawn += take;
            waiting += fitting.len() - take;
            let items: Vec<Html> = fitting[..take]
                .iter()
                .map(|c| html! { <CompetenceItem key={c.id.to_string()} competence={(*c).clone()} /> })
                .collect();
            (!items.is_empty()).then(|| {
                let heading = format!("domain-{}", d.id);
                html! {
                    <section class="app-domain" key={d.id.to_string()} aria-labelledby={heading.clone()}>
                        <@{h.tag(3)} id={heading} class="app-domain__title" tabindex="-1">{ &d.name }</@>
                        if !d.description.is_empty() {
                            <p class="app-hint">{ &d.description }</p>
                        }
                        { for items }
                    </section>
                }
            })
        })
        .collect();

    html! {
        <section class="app-card app-rate" aria-labelledby="rate-heading" ref={list}>
            <@{h.tag(2)} id="rate-heading" class="app-card__title" tabindex="-1">{ "Rate yourself" }</@>
            <div class="app-field">
                <label class="app-field__label" for="shown-level">{ "Level to rate" }</label>
                <select id="shown-level" class="app-select" onchange={on_level}>
                    { for fw.levels.iter().map(|l| html! {
                        <option value={l.id.to_string()} selected={l.id == level.id}>
                            { format!("{}{}", l.title(), level_note(&l.id)) }
                        </option>
                    }) }
                </select>
            </div>
            <p class="app-hint">{ &level.description }</p>
            if !level.education.is_empty() {
                <details class="app-details">
                    <summary>{ "Indicative education and training at this level" }</summary>
                    <ul>{ for level.education.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                </details>
            }
            <div class="app-progress">
                <p id="rate-progress" class="app-progress__text" aria-live="polite">
                    { format!("{} of {} rated", score.tally.rated, score.tally.total) }
                </p>
                <progress class="app-progress__bar" aria-labelledby="rate-progress"
                    max={score.tally.total.to_string()} value={score.tally.rated.to_string()} />
                // Each domain's bar, with its figures as text beside it (the bars are only a
                // picture of them).
                <ul class="app-progress__domains" aria-label={format!("By domain, {}", level.title())}>
                    { for score.domains.iter().map(|(d, t)| html! {
                        <li>
                            <span>{ fw.domain(d).map(|d| d.name.as_str()).unwrap_or_default() }</span>
                            <progress aria-hidden="true" max={t.total.to_string()} value={t.rated.to_string()} />
                            <span>{ format!("{} of {} rated, {} met", t.rated, t.total, t.met) }</span>
                        </li>
                    }) }
                </ul>
            </div>
            // There from the start, so the offer is announced when the last rating makes it.
            <div class="app-next" role="status">
                if let Some(aim) = rate_next {
                    <p>{ "You have rated every competence of your current role. " }
                        <button type="button" class="app-button" onclick={
                            let (model, aim) = (model.clone(), aim.id.clone());
                            Callback::from(move |_| model.dispatch(Action::RateLevel(aim.clone())))
                        }>{ "Now rate " }{ aim.title() }</button>
                    </p>
                } else if model.ui.sent_to.as_ref() == Some(&level.id) {
                    <p>{ "Now rating " }{ level.title() }{ "." }</p>
                }
            </div>
            <details class="app-details app-scale-key">
                <summary>{ "What the ratings mean" }</summary>
                <dl class="app-scale-key__list">
                    { for fw.scale.values.iter().map(|v| html! {
                        <>
                            <dt>{ format!("{}{}", v.label, if v.met { " (meets the competence)" } else { "" }) }</dt>
                            <dd>{ &v.description }</dd>
                        </>
                    }) }
                </dl>
            </details>
            <fieldset class="app-filter">
                <legend class="app-filter__legend">{ "Show" }</legend>
                { for Filter::ALL.iter().map(|&f| {
                    let id = format!("filter-{}", f.key());
                    let onchange = {
                        let model = model.clone();
                        Callback::from(move |_: Event| model.dispatch(Action::SetFilter(f)))
                    };
                    html! {
                        <div class="app-filter__option">
                            <input type="radio" id={id.clone()} name="filter" value={f.key()}
                                checked={model.ui.filter == f} {onchange} />
                            <label for={id}>{ f.label() }</label>
                        </div>
                    }
                }) }
            </fieldset>
            if model.ui.filter != Filter::All {
                <p class="app-hint">
                    { "The list shows what fitted when you chose this filter, so items stay put as you rate." }
                    { " " }
                    <button type="button" class="app-button app-button--secondary" onclick={
                        let model = model.clone();
                        let filter = model.ui.filter;
                        Callback::from(move |_| model.dispatch(Action::SetFilter(filter)))
                    }>{ "Refresh the list" }</button>
                </p>
            }
            if shown.is_empty() {
                <p class="app-empty">
                    { match model.ui.filter {
                        Filter::NotRated => "Everything at this level is rated.",
                        Filter::Gaps => "No gaps at this level among what you have rated.",
                        Filter::All => "This level has no competences.",
                    } }
                </p>
            }
            { for shown }
            if waiting > 0 {
                <div class="app-more">
                    <p class="app-hint" id="rate-more">
                        { format!("Showing {drawn} of {} competences.", drawn + waiting) }
                    </p>
                    <button type="button" class="app-button app-button--secondary"
                        aria-describedby="rate-more"
                        onclick={
                            let (limit, listing) = (limit.clone(), listing.clone());
                            let focus_from = focus_from.clone();
                            Callback::from(move |_| {
                                *focus_from.borrow_mut() = Some(drawn as u32);
                                limit.set((listing.clone(), shown_limit + STEP));
                            })
                        }>
                        { format!("Show {} more", waiting.min(STEP)) }
                    </button>
                </div>
            }
        </section>
    }
}
