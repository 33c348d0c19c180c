use crate::domain::framework::{CareerMove, Destination, MoveKind};
use crate::domain::map::{kind_word, Frame, Picture, Place, Spot, HEADER, MARGIN, PAD, ROW_GAP};
use crate::domain::LevelId;
use crate::ui::context::use_model;
use std::rc::Rc;
use yew::prelude::*;

/// What a person chose on the picture: a level, or one of the moves from where the map
/// starts (its position among them).
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    Level(LevelId),
    Move(usize),
}

#[derive(Properties, PartialEq)]
pub struct CareerPictureProps {
    pub picture: Rc<Picture>,
    pub frame: Frame,
    /// "narrow" or "wide": which of the two drawings this is (the styles show one).
    pub size: &'static str,
    /// The moves from where the map starts, in the order the picture's arrows refer to.
    pub moves: Rc<Vec<CareerMove>>,
    /// Where the map starts.
    pub origin: LevelId,
    pub on_pick: Callback<Pick>,
}

/// The career map drawn as a picture (built by `domain::map`): each level and each move's
/// word is a button that shows, under the picture, what it requires. The same moves are
/// listed in words after it.
#[function_component]
pub fn CareerPicture(props: &CareerPictureProps) -> Html {
    let model = use_model();
    let fw = &model.framework;
    let p = &props.picture;
    let line = props.frame.line();
    let title_of = |place: &Place| match place {
        Place::Level(id) => fw.level(id).map(|l| l.title()).unwrap_or_default(),
        Place::Role(role) => format!("{role} (outside this framework)"),
    };
    // Enter and Space choose, as on a button; Space would otherwise scroll the page.
    let chooser = |pick: Pick| {
        let on_pick = props.on_pick.clone();
        let on_key = {
            let (on_pick, pick) = (on_pick.clone(), pick.clone());
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    on_pick.emit(pick.clone());
                }
            })
        };
        (
            Callback::from(move |_: MouseEvent| on_pick.emit(pick.clone())),
            on_key,
        )
    };
    let words = |s: &Spot| {
        let x = s.x + PAD;
        let mut y = s.y + PAD + props.frame.font;
        let mut out = Vec::new();
        for (text, class) in s
            .heading
            .iter()
            .map(|h| (h.as_str(), "app-mapsvg__heading"))
            .chain(s.lines.iter().map(|l| (l.as_str(), "")))
            .chain(s.marks.iter().map(|m| (*m, "app-mapsvg__mark")))
        {
            // A space after each line, so that the words read as words, not run together
            // (the box's name is said from them).
            out.push(html! { <tspan x={x.to_string()} y={y.to_string()} class={class}>{ format!("{text} ") }</tspan> });
            y += line;
        }
        html! { <text class="app-mapsvg__words" aria-hidden="true">{ for out }</text> }
    };
    let spot = |s: &Spot| {
        let classes = classes!(
            "app-mapsvg__spot",
            s.current.then_some("app-mapsvg__spot--current"),
            s.aim.then_some("app-mapsvg__spot--aim"),
            s.origin.then_some("app-mapsvg__spot--origin"),
            matches!(s.place, Place::Role(_)).then_some("app-mapsvg__spot--outside"),
        );
        let body = html! {
            <>
                <rect class="app-mapsvg__box" x={s.x.to_string()} y={s.y.to_string()}
                    width={s.w.to_string()} height={s.h.to_string()} rx="4" />
                { words(s) }
            </>
        };
        match &s.place {
            Place::Level(id) => {
                // Its words in the order they are seen, then its route.
                let mut name = title_of(&s.place);
                for mark in &s.marks {
                    name += &format!(". {mark}");
                }
                if let Some(route) = s.route {
                    name += &format!(". {}", route.label());
                }
                let (onclick, onkeydown) = chooser(Pick::Level(id.clone()));
                html! {
                    <g class={classes} role="button" tabindex="0" aria-label={name} {onclick} {onkeydown}>
                        { body }
                    </g>
                }
            }
            // Not a level of this framework: its move's word is what can be chosen.
            Place::Role(_) => html! { <g class={classes} aria-hidden="true">{ body }</g> },
        }
    };
    let rungs = p.rows.iter().enumerate().map(|(i, (_, y, h))| {
        html! {
            <rect class={classes!("app-mapsvg__rung", (i % 2 == 1).then_some("app-mapsvg__rung--alt"))}
                x="0" y={(y - ROW_GAP / 4).to_string()} width={p.width.to_string()}
                height={(h + ROW_GAP / 2).to_string()} />
        }
    });
    let lines = p.arrows.iter().map(|a| {
        let class = format!("app-mapsvg__line app-mapsvg__line--{}", kind_word(a.kind));
        html! {
            <g class={class}>
                <path d={a.path.clone()} />
                <polygon points={a.head.clone()} />
            </g>
        }
    });
    let labels = p.arrows.iter().filter_map(|a| {
        let m = props.moves.get(a.index)?;
        let to = match &m.to {
            Destination::Level(id) if id == &props.origin || a.kind == MoveKind::Stay => {
                title_of(&Place::Level(props.origin.clone()))
            }
            Destination::Level(id) => title_of(&Place::Level(id.clone())),
            Destination::Role(role) => title_of(&Place::Role(role.clone())),
        };
        let name = format!("{}: {to}", a.kind.label());
        let (x, y, w) = a.label;
        let h = props.frame.font + 12;
        let (onclick, onkeydown) = chooser(Pick::Move(a.index));
        Some(html! {
            <g class={format!("app-mapsvg__move app-mapsvg__move--{}", kind_word(a.kind))}
                role="button" tabindex="0" aria-label={name} {onclick} {onkeydown}>
                <rect class="app-mapsvg__pill" x={(x - w / 2).to_string()} y={(y - h / 2).to_string()}
                    width={w.to_string()} height={h.to_string()} rx={(h / 2).to_string()} />
                <text class="app-mapsvg__pill-word" x={x.to_string()} y={(y + props.frame.font / 3).to_string()}
                    text-anchor="middle" aria-hidden="true">{ kind_word(a.kind) }</text>
            </g>
        })
    });
    let here = fw
        .level(&props.origin)
        .map(|l| l.title())
        .unwrap_or_default();
    let label = format!(
        "Career map as a picture, from {here}: levels from the lowest at the bottom to the highest at the top. Choose a level, or the word on an arrow, to see what it requires."
    );
    html! {
        <svg class={format!("app-mapsvg app-mapsvg--{}", props.size)} role="group" aria-label={label}
            viewBox={format!("0 0 {} {}", p.width, p.height)} width={p.width.to_string()}
            height={p.height.to_string()}>
            { for rungs }
            if let Some(c) = p.columns {
                <g class="app-mapsvg__columns" aria-hidden="true">
                    <text x={c.clinical_x.to_string()} y={(c.label_y + 5).to_string()} text-anchor="middle">{ "Clinical route" }</text>
                    <text x={c.managerial_x.to_string()} y={(c.label_y + 5).to_string()} text-anchor="middle">{ "Managerial route" }</text>
                    <line class="app-mapsvg__divider" x1={c.divider_x.to_string()} y1={(MARGIN + HEADER).to_string()}
                        x2={c.divider_x.to_string()} y2={c.divider_bottom.to_string()} />
                </g>
            }
            if let Some(band) = p.outside_band {
                <text class="app-mapsvg__band" x={MARGIN.to_string()} y={(band + HEADER / 2 + 5).to_string()} aria-hidden="true">
                    { "Roles outside this framework" }
                </text>
            }
            <g aria-hidden="true">{ for lines }</g>
            { for p.spots.iter().map(spot) }
            { for labels }
        </svg>
    }
}
