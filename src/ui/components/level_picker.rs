use crate::domain::framework::{Level, MoveKind};
use crate::domain::{words, LevelId};
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

/// Choosing the current role, then the aim: the kind of move first (up, across, or staying
/// in post), then which level of that kind where there is more than one. Then how long rating
/// the role takes, and a button to start.
#[function_component]
pub fn LevelPicker() -> Html {
    let h = use_headings();
    let model = use_model();
    let fw = &model.framework;
    let current = model.assessment.current.clone();
    let target = model.target();
    let read_only = model.ui.read_only;

    // The moves open from the current role, each kind with its levels (nearest first).
    let kinds: Vec<(MoveKind, Vec<&Level>)> = current
        .as_ref()
        .map(|current| {
            [
                MoveKind::Return,
                MoveKind::Up,
                MoveKind::Across,
                MoveKind::Stay,
                MoveKind::Down,
            ]
            .into_iter()
            .map(|kind| {
                let mut levels: Vec<&Level> = fw
                    .levels
                    .iter()
                    .filter(|l| fw.move_kind(current, &l.id) == Some(kind))
                    .collect();
                if kind == MoveKind::Down {
                    levels.reverse();
                }
                (kind, levels)
            })
            .filter(|(_, levels)| !levels.is_empty())
            .collect()
        })
        .unwrap_or_default();
    let chosen_kind = match (&current, &target) {
        (Some(c), Some(t)) => fw.move_kind(c, t),
        _ => None,
    };
    let move_text = chosen_kind.zip(target.as_ref()).map(|(kind, t)| {
        let name = fw.level(t).map(Level::title).unwrap_or_default();
        match kind {
            MoveKind::Stay => format!("You are staying in your current role and growing there: your gaps are measured against {name}."),
            MoveKind::Up => format!("You aim to move up to {name}. Your gaps are measured against that level."),
            MoveKind::Across => format!("You aim to move across to an equivalent role, {name}. Your gaps are measured against it."),
            MoveKind::Down => format!("You aim to move to {name}. Your gaps are measured against it."),
            MoveKind::Return => format!("You aim to return to the register as {name}."),
        }
    });
    // How long rating the current role takes: known once its competences are here.
    let to_rate = current
        .as_ref()
        .map_or(0, |c| model.assessment.applicable(fw, c).count());
    let kind_choices = kinds.iter().map(|(kind, levels)| {
        let id = format!("aim-{}", kind.key());
        // The kind's first level: for a move up, the next one up the person's route.
        let first = model
            .assessment
            .default_target(fw)
            .filter(|t| levels.iter().any(|l| &l.id == t))
            .or_else(|| levels.first().map(|l| l.id.clone()));
        // A return has one level: name it ("Return to the register as: Nursing associate").
        let label = match (kind, levels.first()) {
            (MoveKind::Return, Some(l)) => format!("{} as: {}", kind.label(), l.name),
            _ => kind.label().to_string(),
        };
        let onchange = {
            let model = model.clone();
            Callback::from(move |_: Event| {
                if let Some(first) = first.clone() {
                    model.dispatch(Action::SetTarget(first));
                }
            })
        };
        html! {
            <div class="app-filter__option">
                <input type="radio" id={id.clone()} name="aim-kind" value={kind.key()}
                    checked={chosen_kind == Some(*kind)} disabled={read_only} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    // Which level, where the chosen kind of move has more than one.
    let level_choice = kinds
        .iter()
        .find(|(kind, levels)| Some(*kind) == chosen_kind && levels.len() > 1)
        .map(|(_, levels)| {
            html! {
                <div class="app-field">
                    <label class="app-field__label" for="target-level">{ "The level you aim for" }</label>
                    <select id="target-level" class="app-select" aria-describedby="move-text" disabled={read_only}
                        onchange={on_select(&model, Action::SetTarget)}>
                        { for levels.iter().map(|l| option(l, target.as_ref() == Some(&l.id))) }
                    </select>
                </div>
            }
        });
    let start = current.clone().filter(|_| to_rate > 0).map(|current| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::RateLevel(current.clone())))
    });

    html! {
        <section class="app-card app-levels" aria-labelledby="levels-heading">
            <@{h.tag(2)} id="levels-heading" class="app-card__title">{ first_screen::LEVELS_HEADING }</@>
            <p class="app-hint">{ first_screen::LEVELS_HINT }</p>
            <div class="app-levels__fields">
                <div class="app-field">
                    <label class="app-field__label" for="current-level">{ first_screen::ROLE_LABEL }</label>
                    <select id="current-level" class="app-select" disabled={read_only} onchange={on_select(&model, Action::SetCurrent)}>
                        if current.is_none() {
                            <option value="" selected=true>{ first_screen::ROLE_PROMPT }</option>
                        }
                        { for fw.levels.iter().map(|l| option(l, current.as_ref() == Some(&l.id))) }
                    </select>
                </div>
            </div>
            if current.is_some() {
                <fieldset class="app-filter app-aim">
                    <legend class="app-filter__legend">{ "Your aim" }</legend>
                    { for kind_choices }
                </fieldset>
                { level_choice.unwrap_or_default() }
            }
            if let Some(text) = move_text {
                <p id="move-text" class="app-hint">{ text }</p>
            } else {
                <p class="app-hint">{ first_screen::START_HINT }</p>
            }
            if let Some(onclick) = start {
                <p class="app-hint">
                    { format!("Rating your current role takes about {}: {}.",
                        words::count(words::minutes_to_rate(to_rate), "minute", "minutes"),
                        words::count(to_rate, "competence", "competences")) }
                </p>
                <button type="button" class="app-button" {onclick}>{ "Start rating" }</button>
            }
        </section>
    }
}
