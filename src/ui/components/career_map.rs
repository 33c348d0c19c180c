use super::career_picture::{CareerPicture, Pick};
use crate::domain::framework::safe_link;
use crate::domain::framework::{CareerMove, Destination, MoveKind};
use crate::domain::map::{draw, Frame, Marks};
use crate::domain::LevelId;
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::Action;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Where an "Aim for this" was pressed: in the panel under the picture, or in the list.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Chosen,
    List,
}

impl Place {
    fn class(self) -> &'static str {
        match self {
            Place::Chosen => "app-map__chosen",
            Place::List => "app-map__text",
        }
    }
}

/// The career map: the moves up, across and staying in post from a level, with what each
/// requires and which routes lead there, drawn as a picture (each level and move can be
/// chosen, to see the same under it) and listed in words. It can be explored from any level.
#[function_component]
pub fn CareerMap() -> Html {
    let h = use_headings();
    let model = use_model();
    let heading = use_node_ref();
    let section = use_node_ref();
    // The role last aimed for here, said in the live region below; focus goes to the words
    // that take the place of its "Aim for this" button, where it was pressed.
    let aimed = use_state(|| None::<(String, Place)>);
    // What was chosen on the picture, and from where the map started then.
    let chosen = use_state(|| None::<(LevelId, Pick)>);
    {
        let section = section.clone();
        use_effect_with((*aimed).clone(), move |aimed| {
            let words = section
                .cast::<HtmlElement>()
                .zip(aimed.as_ref())
                .and_then(|(s, (_, place))| {
                    s.query_selector(&format!(".{} .app-move__aim", place.class()))
                        .ok()
                        .flatten()
                })
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(words) = words {
                // Focus is a courtesy; failing to move it loses nothing.
                let _ = words.focus();
            }
        });
    }
    {
        // What was chosen on the picture is shown under it: focus goes to its heading.
        let section = section.clone();
        use_effect_with((*chosen).clone(), move |chosen| {
            let title = section
                .cast::<HtmlElement>()
                .filter(|_| chosen.is_some())
                .and_then(|s| s.query_selector(".app-map__chosen-title").ok().flatten())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(title) = title {
                // Focus is a courtesy; failing to move it loses nothing.
                let _ = title.focus();
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
    let aim_for = |id: LevelId, title: String, place: Place| {
        let (model, aimed) = (model.clone(), aimed.clone());
        Callback::from(move |_: MouseEvent| {
            aimed.set(Some((title.clone(), place)));
            model.dispatch(Action::SetTarget(id.clone()))
        })
    };
    // "Explore from here" and "Aim for this" (or "This is your aim") for a level. A
    // returning starting point is somewhere to start from, never an aim.
    let actions = |id: &LevelId, title: &str, place: Place| {
        let start_only = fw.rated(id) != id;
        html! {
            <p class="app-move__actions">
                <button type="button" class="app-button app-button--secondary"
                    onclick={send(Action::ExploreFrom(id.clone()))}
                    aria-label={format!("Explore from here: {title}")}>
                    { "Explore from here" }
                </button>
                if start_only {
                } else if model.target().as_ref() != Some(id) {
                    <button type="button" class="app-button app-button--secondary"
                        onclick={aim_for(id.clone(), title.to_string(), place)}
                        aria-label={format!("Aim for this: {title}")}>
                        { "Aim for this" }
                    </button>
                } else {
                    <span class="app-move__aim" tabindex="-1">{ "This is your aim" }</span>
                }
            </p>
        }
    };

    let render_move = |m: &CareerMove, place: Place| {
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
        let heading = match place {
            Place::List => html! { <@{h.tag(4)} class="app-move__title">{ title.clone() }</@> },
            Place::Chosen => html! {
                <@{h.tag(3)} class="app-move__title app-map__chosen-title" tabindex="-1">
                    { format!("{}: {title}", m.kind.label()) }
                </@>
            },
        };
        html! {
            <>
                { heading }
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
                    { actions(&id, &title, place) }
                }
            </>
        }
    };

    // The picture, drawn for a phone and for a wider screen (the styles show the one that
    // fits), and what was chosen on it.
    let moves: Rc<Vec<CareerMove>> = Rc::new(fw.moves_from(&origin).cloned().collect());
    let target = model.target();
    let marks = Marks {
        origin: &origin,
        current: model.assessment.current.as_ref(),
        aim: target.as_ref(),
    };
    let on_pick = {
        let (chosen, aimed, origin) = (chosen.clone(), aimed.clone(), origin.clone());
        Callback::from(move |pick: Pick| {
            aimed.set(None);
            chosen.set(Some((origin.clone(), pick)))
        })
    };
    let moves_ref: Vec<&CareerMove> = moves.iter().collect();
    let drawings = [(Frame::NARROW, "narrow"), (Frame::WIDE, "wide")].map(|(frame, size)| {
        let picture = Rc::new(draw(&fw.levels, &moves_ref, marks, frame));
        html! {
            <CareerPicture {picture} {frame} {size} moves={moves.clone()} origin={origin.clone()}
                on_pick={on_pick.clone()} />
        }
    });
    let pick = (*chosen)
        .as_ref()
        .filter(|(from, _)| from == &origin)
        .map(|(_, pick)| pick.clone());
    let detail = match pick {
        Some(Pick::Move(i)) => moves.get(i).map(|m| render_move(m, Place::Chosen)),
        Some(Pick::Level(id)) => fw.level(&id).map(|level| {
            let title = level.title();
            // The routes of every move that leads to this level, each named once.
            let mut seen = HashSet::new();
            let routes: Vec<&str> = fw
                .moves
                .iter()
                .filter(|m| m.to == Destination::Level(id.clone()) && m.from != id)
                .flat_map(|m| m.routes.iter())
                .filter(|r| seen.insert(*r))
                .filter_map(|r| fw.route(r).map(|r| r.title.as_str()))
                .collect();
            let direct = moves.iter().find(|m| m.to == Destination::Level(id.clone()));
            html! {
                <>
                    <@{h.tag(3)} class="app-move__title app-map__chosen-title" tabindex="-1">{ title.clone() }</@>
                    <p>{ format!("On the {}. {}", level.route.label(), level.description) }</p>
                    if let Some(m) = direct {
                        <p>{ format!("{} from {}: {}", m.kind.label(), here.title(), m.requires) }</p>
                    }
                    if !level.education.is_empty() {
                        <p>{ format!("Indicative education and training: {}.", level.education.join("; ")) }</p>
                    }
                    if !routes.is_empty() {
                        <p class="app-move__routes">{ format!("Routes that lead there: {}.", routes.join("; ")) }</p>
                    }
                    if id != origin {
                        { actions(&id, &title, Place::Chosen) }
                    }
                </>
            }
        }),
        None => None,
    };
    let picture = html! {
        <div class="app-map__picture">
            { for drawings }
            if let Some(detail) = detail {
                <div class={classes!("app-move", Place::Chosen.class())}>{ detail }</div>
            } else {
                <p class="app-hint app-map__chosen-hint">
                    { "Choose a level or an arrow's word (up, across, stay) to see here what it requires. The same moves are listed in words below." }
                </p>
            }
        </div>
    };

    let groups = [
        (MoveKind::Up, "Moving up"),
        (MoveKind::Across, "Moving across"),
        (MoveKind::Stay, "Staying and growing in post"),
        (MoveKind::Return, "Returning to the register"),
    ];
    html! {
        <section class="app-card app-map" aria-labelledby="map-heading" ref={section}>
            <@{h.tag(2)} id="map-heading" class="app-card__title" tabindex="-1" ref={heading}>
                { format!("Career map from {}", here.title()) }
            </@>
            // There from the start, so a screen reader hears it when it fills.
            <p class="app-live" role="status">
                { (*aimed).as_ref().map(|(t, _)| format!("Your aim is now {t}. Your ratings and gap report follow it.")).unwrap_or_default() }
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
            { picture }
            <div class={Place::List.class()}>
                { for groups.iter().filter_map(|(kind, label)| {
                    let moves: Vec<&CareerMove> = fw.moves_from(&origin).filter(|m| m.kind == *kind).collect();
                    (!moves.is_empty()).then(|| html! {
                        <div class="app-map__group">
                            <@{h.tag(3)} class="app-map__group-title">{ *label }</@>
                            <ul class="app-map__list">
                                { for moves.into_iter().map(|m| html! { <li class="app-move">{ render_move(m, Place::List) }</li> }) }
                            </ul>
                        </div>
                    })
                }) }
            </div>
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
