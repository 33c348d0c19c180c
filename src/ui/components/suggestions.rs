use crate::domain::assessment::gaps::gaps;
use crate::domain::assessment::suggest::{suggest, FIRST_SHOWN};
use crate::domain::framework::{safe_link, Framework, TrainingRoute};
use crate::ui::components::{GlossaryLink, PlanButton};
use crate::ui::context::{use_headings, use_model, Headings};
use web_sys::HtmlElement;
use yew::prelude::*;

/// One route: its title, why it is here, its facts and where to read more. `heading` is set
/// on the first route "Show all" reveals, so that keyboard focus can move there.
fn route_card(r: &TrainingRoute, why: String, heading: Option<NodeRef>, h: Headings) -> Html {
    let focusable = heading.is_some().then_some("-1");
    html! {
        <li class="app-route">
            <@{h.tag(3)} class="app-route__title" tabindex={focusable} ref={heading.unwrap_or_default()}>{ &r.title }</@>
            <p class="app-route__why">{ why }</p>
            <p class="app-route__facts">
                { format!("{} · {} · {}", r.kind.label(), r.duration, r.funding) }
            </p>
            <p class="app-route__summary">{ &r.summary }</p>
            <PlanButton route={r.id.clone()} title={r.title.clone()} />
            <details class="app-route__more">
                <summary>{ "Who it is for, and who provides it" }</summary>
                if !r.entry.is_empty() {
                    <p>{ format!("Entry requirements: {}", r.entry) }</p>
                }
                if !r.provider.is_empty() {
                    <p>{ format!("Provided by: {}", r.provider) }</p>
                }
                if r.entry.is_empty() && r.provider.is_empty() {
                    <p>{ "The framework does not say." }</p>
                }
            </details>
            // Only https:// or relative links: a TOML file with another is refused when read,
            // and a compiled framework is checked here too.
            if let Some(href) = safe_link(&r.source_url) {
                <p>
                    <a class="app-link" href={href.to_string()} rel="noopener noreferrer external" target="_blank">
                        { format!("Official source for {} (opens in a new tab)", r.title) }
                    </a>
                </p>
            }
        </li>
    }
}

/// "Show all 9 suggestions" when there are more than fit at first.
fn show_all_label(n: usize, open: bool) -> String {
    if open {
        format!("Show the first {FIRST_SHOWN} only")
    } else {
        format!("Show all {n} suggestions")
    }
}

/// The suggested routes: the best fits first, the rest behind "Show all", then what everyone
/// needs and what comes later, each apart from the ranking.
#[function_component]
pub fn Suggestions() -> Html {
    let h = use_headings();
    let model = use_model();
    let ratings = crate::ui::context::use_report_ratings();
    let all = use_state(|| false);
    let first_revealed = use_node_ref();
    {
        // After "Show all", put focus on the first route it revealed, not left behind them.
        let first_revealed = first_revealed.clone();
        use_effect_with(*all, move |all| {
            if *all {
                if let Some(el) = first_revealed.cast::<HtmlElement>() {
                    // Focus is a courtesy; failing to move it loses nothing.
                    let _ = el.focus();
                }
            }
        });
    }
    let fw: &Framework = &model.framework;
    let Some(target) = model.target() else {
        return Html::default();
    };
    let a = ratings.as_deref().unwrap_or(&model.assessment);
    let gaps = gaps(fw, a, &target);
    let advice = suggest(fw, a, &gaps);
    let n = advice.ranked.len();
    let shown = if *all { n } else { n.min(FIRST_SHOWN) };
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    // What the report shows here and above (the gaps), for the terms the glossary explains.
    let shown_routes = advice.shown(shown);
    let texts: Vec<String> = gaps
        .by_domain
        .iter()
        .flat_map(|(_, list)| list.iter().map(|c| c.statement.clone()))
        .chain(
            shown_routes
                .flat_map(|r| [&r.title, &r.summary, &r.entry, &r.funding].map(|t| t.to_string())),
        )
        .collect();
    html! {
        <section class="app-card app-routes" aria-labelledby="routes-heading">
            <@{h.tag(2)} id="routes-heading" class="app-card__title">{ "Suggested training and CPD" }</@>
            if advice.is_empty() {
                <p>{ "Routes appear here once you have rated gaps at the level you aim for." }</p>
            }
            if n > 0 {
                <p class="app-hint">
                    { "Routes that fit your move come first, then those that develop most of your gaps. Each says why it is in its place." }
                </p>
                <ol class="app-routes__list" id="routes-ranked">
                    { for advice.ranked.iter().take(shown).enumerate().map(|(i, s)| {
                        let heading = (i == FIRST_SHOWN).then(|| first_revealed.clone());
                        route_card(s.route, advice.why(fw, s), heading, h)
                    }) }
                </ol>
                if n > FIRST_SHOWN {
                    <p>
                        <button type="button" class="app-button app-button--secondary"
                            aria-expanded={(*all).to_string()} aria-controls="routes-ranked"
                            onclick={toggle}>
                            { show_all_label(n, *all) }
                        </button>
                    </p>
                }
            }
            if !advice.everyone.is_empty() {
                <@{h.tag(3)} class="app-routes__group">{ "Everyone needs these" }</@>
                <p class="app-hint">
                    { "Mandatory or universal training for your roles. It is not ranked: do it alongside whatever you choose." }
                </p>
                <ul class="app-routes__list">
                    { for advice.everyone.iter().map(|r| route_card(r, "Everyone in these roles needs this.".to_string(), None, h)) }
                </ul>
            }
            if !advice.later.is_empty() {
                <details class="app-route__more">
                    <summary>{ format!("Later in your career ({})", advice.later.len()) }</summary>
                    <p class="app-hint">{ "These would develop your gaps, but are not open to you from your current role yet." }</p>
                    <ul class="app-routes__list">
                        { for advice.later.iter().map(|l| route_card(l.route, format!("Not yet. {}", l.why), None, h)) }
                    </ul>
                </details>
            }
            <GlossaryLink {texts} />
            if !advice.past.is_empty() {
                <p class="app-hint">
                    { format!(
                        "Left out because you are past them: {}.",
                        advice.past.iter().map(|r| r.title.as_str()).collect::<Vec<_>>().join("; ")
                    ) }
                </p>
            }
        </section>
    }
}
