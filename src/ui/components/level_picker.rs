use crate::domain::framework::{Level, MoveKind};
use crate::domain::LevelId;
use crate::ui::context::{use_headings, use_model};
use crate::ui::first_screen;
use crate::ui::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn option(level: &Level, selected: bool) -> Html {
    html! {
        <option value={level.id.to_string()} {selected}>{ first_screen::level_option(level) }</option>
    }
}

fn on_select(
    model: &crate::ui::context::ModelHandle,
    make: fn(LevelId) -> Action,
) -> Callback<Event> {
    let model = model.clone();
    Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        if !value.is_empty() {
            model.dispatch(make(LevelId::new(value)));
        }
    })
}

/// Choosing the current role and the level aimed for: up, across, or staying in post.
#[function_component]
pub fn LevelPicker() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let current = model.assessment.current.clone();
    let target = model.target();

    let target_groups = current.as_ref().map(|current| {
        [MoveKind::Stay, MoveKind::Up, MoveKind::Across, MoveKind::Down]
            .into_iter()
            .filter_map(|kind| {
                let levels: Vec<&Level> = fw
                    .levels
                    .iter()
                    .filter(|l| fw.move_kind(current, &l.id) == Some(kind))
                    .collect();
                (!levels.is_empty()).then(|| {
                    html! {
                        <optgroup label={kind.label()}>
                            { for levels.into_iter().map(|l| option(l, target.as_ref() == Some(&l.id))) }
                        </optgroup>
                    }
                })
            })
            .collect::<Html>()
    });
    let move_text = match (&current, &target) {
        (Some(c), Some(t)) => fw.move_kind(c, t).map(|kind| {
            let name = fw.level(t).map(Level::title).unwrap_or_default();
            match kind {
                MoveKind::Stay => format!("You are staying in your current role and growing there: your gaps are measured against {name}."),
                MoveKind::Up => format!("You aim to move up to {name}. Your gaps are measured against that level."),
                MoveKind::Across => format!("You aim to move across to an equivalent role, {name}. Your gaps are measured against it."),
                MoveKind::Down => format!("You aim to move to {name}. Your gaps are measured against it."),
            }
        }),
        _ => None,
    };

    html! {
        <section class="app-card app-levels" aria-labelledby="levels-heading">
            <@{h.tag(2)} id="levels-heading" class="app-card__title">{ first_screen::LEVELS_HEADING }</@>
            <p class="app-hint">{ first_screen::LEVELS_HINT }</p>
            <div class="app-levels__fields">
                <div class="app-field">
                    <label class="app-field__label" for="current-level">{ first_screen::ROLE_LABEL }</label>
                    <select id="current-level" class="app-select" disabled={model.ui.read_only} onchange={on_select(&model, Action::SetCurrent)}>
                        if current.is_none() {
                            <option value="" selected=true>{ first_screen::ROLE_PROMPT }</option>
                        }
                        { for fw.levels.iter().map(|l| option(l, current.as_ref() == Some(&l.id))) }
                    </select>
                </div>
                if let Some(groups) = target_groups {
                    <div class="app-field">
                        <label class="app-field__label" for="target-level">{ "The level you aim for" }</label>
                        <select id="target-level" class="app-select" aria-describedby="move-text" disabled={model.ui.read_only}
                            onchange={on_select(&model, Action::SetTarget)}>
                            { groups }
                        </select>
                    </div>
                }
            </div>
            if let Some(text) = move_text {
                <p id="move-text" class="app-hint">{ text }</p>
            } else {
                <p class="app-hint">{ first_screen::START_HINT }</p>
            }
        </section>
    }
}
