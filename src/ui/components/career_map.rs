use crate::domain::framework::safe_link;
use crate::domain::framework::{CareerMove, Destination, MoveKind};
use crate::domain::LevelId;
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::Action;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The career map: the moves up, across and staying in post from a level, with what each
/// requires and which routes lead there. It can be explored from any level.
#[function_component]
pub fn CareerMap() -> Html {
    let h = use_headings();
    let model = use_model();
    let heading = use_node_ref();
    let section = use_node_ref();
    // The role last aimed for here, said in the live region below; focus goes to the words
    // that take the place of its "Aim for this" button.
    let aimed = use_state(|| None::<String>);
    {
        let section = section.clone();
        use_effect_with((*aimed).clone(), move |aimed| {
            let words = section
                .cast::<HtmlElement>()
                .filter(|_| aimed.is_some())
                .and_then(|s| s.query_selector(".app-move__aim").ok().flatten())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(words) = words {
                // Focus is a courtesy; failing to move it loses nothing.
                let _ = words.focus();
            }
        });
    }
    let fw = &model.framework;
    {
        // After exploring from another level, put focus on the map's new heading.
        let heading = heading.clone();
        use_effect_with(model.ui.map_from.clone(), move |from| {
            if from.is_some() {
                if let Some(el) = heading.cast::<HtmlElement>() {
                    // Focus is a courtesy; failing to move it loses nothing.
                    let _ = el.focus();
                }
            }
        });
    }
    let Some((origin, here)) = model
        .map_origin()
        .and_then(|origin| Some((origin.clone(), fw.level(&origin)?)))
    else {
        return html! {
            <section class="app-card app-map" aria-labelledby="map-heading">
                <@{h.tag(2)} id="map-heading" class="app-card__title">{ "Career map" }</@>
                <p>{ "Choose your current role under \"Rate yourself\" first: the map starts from it, and you can explore from any level after that." }</p>
            </section>
        };
    };
    let exploring_elsewhere = model.assessment.current.as_ref() != Some(&origin);
    let send = |action: Action| {
        let (model, aimed) = (model.clone(), aimed.clone());
        Callback::from(move |_: MouseEvent| {
            aimed.set(None);
            model.dispatch(action.clone())
        })
    };
    let aim_for = |id: LevelId, title: String| {
        let (model, aimed) = (model.clone(), aimed.clone());
        Callback::from(move |_: MouseEvent| {
            aimed.set(Some(title.clone()));
            model.dispatch(Action::SetTarget(id.clone()))
        })
    };

    let render_move = |m: &CareerMove| {
        let (title, level_id) = match &m.to {
            Destination::Level(id) => (
                fw.level(id)
                    .map(|l| l.title())
                    .unwrap_or_else(|| id.to_string()),
                Some(id.clone()),
            ),
            Destination::Role(role) => (format!("{role} (outside this framework)"), None),
        };
        let routes: Vec<&str> = m
            .routes
            .iter()
            .filter_map(|r| fw.route(r).map(|r| r.title.as_str()))
            .collect();
        html! {
            <li class="app-move">
                <@{h.tag(4)} class="app-move__title">{ title.clone() }</@>
                <p>{ &m.requires }</p>
                if !routes.is_empty() {
                    <p class="app-move__routes">{ format!("Routes that lead there: {}.", routes.join("; ")) }</p>
                }
                // Only https:// or relative links (checked when the file was read, and here
                // for a compiled framework).
                if let Some(href) = safe_link(&m.link) {
                    <p><a class="app-link" href={href.to_string()} rel="noopener noreferrer external" target="_blank">
                        { format!("More about {title} (opens in a new tab)") }
                    </a></p>
                }
                if let Some(id) = level_id.filter(|id| id != &origin) {
                    <p class="app-move__actions">
                        <button type="button" class="app-button app-button--secondary"
                            onclick={send(Action::ExploreFrom(id.clone()))}
                            aria-label={format!("Explore from here: {title}")}>
                            { "Explore from here" }
                        </button>
                        if model.target().as_ref() != Some(&id) {
                            <button type="button" class="app-button app-button--secondary"
                                onclick={aim_for(id.clone(), title.clone())}
                                aria-label={format!("Aim for this: {title}")}>
                                { "Aim for this" }
                            </button>
                        } else {
                            <span class="app-move__aim" tabindex="-1">{ "This is your aim" }</span>
                        }
                    </p>
                }
            </li>
        }
    };

    let groups = [
        (MoveKind::Up, "Moving up"),
        (MoveKind::Across, "Moving across"),
        (MoveKind::Stay, "Staying and growing in post"),
    ];
    html! {
        <section class="app-card app-map" aria-labelledby="map-heading" ref={section}>
            <@{h.tag(2)} id="map-heading" class="app-card__title" tabindex="-1" ref={heading}>
                { format!("Career map from {}", here.title()) }
            </@>
            // There from the start, so a screen reader hears it when it fills.
            <p class="app-live" role="status">
                { (*aimed).as_ref().map(|t| format!("Your aim is now {t}. Your ratings and gap report follow it.")).unwrap_or_default() }
            </p>
            <p class="app-hint">
                { "Moving across into an equivalent role, or staying and growing in post, are careers as valued as moving up." }
            </p>
            if exploring_elsewhere {
                if let Some(current) = model.assessment.current.clone() {
                    <p><button type="button" class="app-button app-button--secondary"
                        onclick={send(Action::ExploreFrom(current))}>
                        { "Back to your current role" }
                    </button></p>
                }
            }
            { for groups.iter().filter_map(|(kind, label)| {
                let moves: Vec<&CareerMove> = fw.moves_from(&origin).filter(|m| m.kind == *kind).collect();
                (!moves.is_empty()).then(|| html! {
                    <div class="app-map__group">
                        <@{h.tag(3)} class="app-map__group-title">{ *label }</@>
                        <ul class="app-map__list">{ for moves.into_iter().map(&render_move) }</ul>
                    </div>
                })
            }) }
            if !fw.links.is_empty() {
                <div class="app-map__group">
                    <@{h.tag(3)} class="app-map__group-title">{ "Find out more" }</@>
                    <ul class="app-map__links">
                        { for fw.links.iter().map(|l| html! {
                            <li>
                                if let Some(href) = safe_link(&l.url) {
                                    <a class="app-link" href={href.to_string()} rel="noopener noreferrer external" target="_blank">
                                        { format!("{} (opens in a new tab)", l.title) }
                                    </a>
                                } else {
                                    { &l.title }
                                }
                                { format!(" — {}. {}", l.kind.label(), l.summary) }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}
