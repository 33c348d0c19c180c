//! The career map drawn as a picture: where each level's box, each role outside the
//! framework and each move's arrow goes, in plain numbers the UI turns into SVG.
//!
//! Levels form a ladder, the highest career level at the top. Below the level where clinical
//! and managerial routes part, a level on both routes spans the ladder; from it, clinical
//! levels take the left column and managerial ones the right. Roles outside the framework
//! sit at the edge: a column on the right of a wide picture; on a narrow one, a band under
//! the row the moves start from. The
//! moves drawn are those from one level (where the map starts), each an arrow with its kind
//! in words on a label that can be chosen.
//!
//! Every step is linear in the number of levels and moves (look-ups through hash maps,
//! levels grouped by career level, labels kept apart through a grid of cells).

mod place;
pub mod wrap;

use crate::domain::framework::{CareerMove, CareerRoute, Destination, Level, LevelId, MoveKind};
use std::collections::{BTreeMap, HashMap};

/// How wide a picture is drawn and how much goes on a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Width in the picture's own units (one unit is a CSS pixel when drawn at full size).
    pub width: i32,
    /// Boxes side by side, at most, where levels share a row without columns.
    pub per_row: usize,
    /// Roles outside the framework in a column at the right edge (or a band underneath).
    pub edge_column: bool,
    /// Font size of the words in boxes, in the picture's units.
    pub font: i32,
    /// Between the two routes' columns, and before the edge column: room for an arrow's
    /// word where there is room on the screen.
    pub gutter: i32,
}

impl Frame {
    /// For a phone (320 px and up): two columns, roles outside underneath.
    pub const NARROW: Frame = Frame {
        width: 320,
        per_row: 2,
        edge_column: false,
        font: 15,
        gutter: GAP,
    };
    /// For a wider screen or a printed page.
    pub const WIDE: Frame = Frame {
        width: 760,
        per_row: 3,
        edge_column: true,
        font: 14,
        gutter: 70,
    };

    /// The height of a line of words in a box.
    pub fn line(&self) -> i32 {
        self.font + self.font / 3
    }

    /// About how many characters fit in `width` units (an average glyph is a little over
    /// half the font size wide).
    fn chars(&self, width: i32) -> usize {
        (((width - 2 * PAD) * 20) / (self.font * 11)).max(8) as usize
    }
}

/// Inside a box, between its edge and its words.
pub const PAD: i32 = 8;
/// Around the picture.
pub const MARGIN: i32 = 6;
/// Between boxes side by side.
const GAP: i32 = 16;
/// Between rows: room for arrows and their labels.
pub const ROW_GAP: i32 = 40;
/// Under the box where the map starts, for the arrow of staying in post.
const STAY_ROOM: i32 = 40;
/// The right-hand column of roles outside the framework, on a wide picture.
const EDGE_WIDTH: i32 = 180;
/// The height of the band naming the two routes' columns.
pub const HEADER: i32 = 28;

/// What a box stands for.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    Level(LevelId),
    /// A role outside the framework, as the move names it.
    Role(String),
}

/// One box of the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Spot {
    pub place: Place,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Its heading ("Career level 5"), for a level.
    pub heading: Option<String>,
    /// What it is called, in full.
    pub name: String,
    /// `name` in lines that fit the box.
    pub lines: Vec<String>,
    /// Said in words under them: "Your current role", "Your aim", "The map starts here".
    pub marks: Vec<&'static str>,
    pub route: Option<CareerRoute>,
    pub current: bool,
    pub aim: bool,
    /// The level the moves drawn start from.
    pub origin: bool,
}

impl Spot {
    fn centre(&self) -> (i32, i32) {
        (self.x + self.w / 2, self.y + self.h / 2)
    }
}

/// One move's arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// Its position in the moves given to [`draw`].
    pub index: usize,
    pub kind: MoveKind,
    /// The box it points to (the one it starts from for staying in post).
    pub to: usize,
    /// The line, as SVG path data.
    pub path: String,
    /// The arrow's head, as SVG polygon points.
    pub head: String,
    /// Where its label is centred, and how wide it is.
    pub label: (i32, i32, i32),
}

/// The whole picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub width: i32,
    pub height: i32,
    pub spots: Vec<Spot>,
    pub arrows: Vec<Arrow>,
    /// The rows of the ladder: career level, top and height (for the rungs drawn behind).
    pub rows: Vec<(u8, i32, i32)>,
    /// Where the two routes' columns are named, if the routes part: the x of each name's
    /// centre, their y, and the x of the line between the columns from the header down to
    /// the bottom of the split.
    pub columns: Option<Columns>,
    /// The top of the band of roles outside the framework, under a narrow picture.
    pub outside_band: Option<i32>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    pub clinical_x: i32,
    pub managerial_x: i32,
    pub label_y: i32,
    pub divider_x: i32,
    pub divider_bottom: i32,
}

/// A short word for a move's kind, shown on its arrow.
pub fn kind_word(kind: MoveKind) -> &'static str {
    match kind {
        MoveKind::Up => "up",
        MoveKind::Across => "across",
        MoveKind::Stay => "stay",
        MoveKind::Down => "down",
        MoveKind::Return => "return",
    }
}

/// Who the person is on the map: where it starts, their role and their aim.
#[derive(Clone, Copy, Debug)]
pub struct Marks<'a> {
    pub origin: &'a LevelId,
    pub current: Option<&'a LevelId>,
    pub aim: Option<&'a LevelId>,
}

/// Lays out `levels` as a ladder and `moves` (those from `marks.origin`) as arrows. A
/// returning starting point ([`Level::rates`]) is drawn only when the map starts there or it is
/// the person's role: to anyone else it is not a place on their ladder.
pub fn draw(levels: &[Level], moves: &[&CareerMove], marks: Marks, frame: Frame) -> Picture {
    let levels: Vec<&Level> = levels
        .iter()
        .filter(|l| l.rates.is_none() || marks.origin == &l.id || marks.current == Some(&l.id))
        .collect();
    let has_stay = moves
        .iter()
        .any(|m| m.kind == MoveKind::Stay || m.to == Destination::Level(marks.origin.clone()));
    let split = levels
        .iter()
        .filter(|l| l.route != CareerRoute::Both)
        .map(|l| l.career_level)
        .min();
    let ladder_right = if frame.edge_column {
        frame.width - MARGIN - EDGE_WIDTH - frame.gutter
    } else {
        frame.width - MARGIN
    };
    let mut spots: Vec<Spot> = levels.iter().map(|l| level_spot(l, marks)).collect();
    // Roles outside the framework, one box each: at the right edge of a wide picture; in
    // a band under the row where the map starts on a narrow one, near the arrows to them.
    let level_count = spots.len();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for m in moves {
        if let Destination::Role(role) = &m.to {
            if !seen.contains_key(role.as_str()) {
                seen.insert(role.as_str(), spots.len());
                spots.push(role_spot(role));
            }
        }
    }
    let origin_at = levels.iter().position(|l| &l.id == marks.origin);
    let mut by_career: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
    for (i, l) in levels.iter().enumerate() {
        by_career.entry(l.career_level).or_default().push(i);
    }
    let top = if split.is_some() {
        MARGIN + HEADER
    } else {
        MARGIN
    };
    let mut y = top;
    let mut rows = Vec::with_capacity(by_career.len());
    let mut outside_band = None;
    let mut divider_bottom = top;
    for (&career, members) in by_career.iter().rev() {
        let in_columns = split.is_some_and(|s| career >= s);
        let height = place::row(
            &mut spots,
            members,
            place::Row {
                left: MARGIN,
                right: ladder_right,
                y,
                columns: in_columns,
                stay_room: if has_stay { STAY_ROOM } else { 0 },
            },
            frame,
        );
        rows.push((career, y, height));
        if in_columns {
            divider_bottom = y + height;
        }
        y += height + ROW_GAP;
        let origin_here = origin_at.is_some_and(|i| levels[i].career_level == career);
        if origin_here && !frame.edge_column && spots.len() > level_count {
            outside_band = Some(y);
            let bottom = place::wrap_rows(
                &mut spots[level_count..],
                MARGIN,
                frame.width - MARGIN,
                y + HEADER,
                frame,
            );
            y = bottom + ROW_GAP;
        }
    }
    let ladder_bottom = y - ROW_GAP;
    let columns = split.map(|_| {
        let mid = (MARGIN + ladder_right) / 2;
        Columns {
            clinical_x: (MARGIN + mid) / 2,
            managerial_x: (mid + ladder_right) / 2,
            label_y: MARGIN + HEADER / 2,
            divider_x: mid,
            divider_bottom,
        }
    });

    let mut height = ladder_bottom + MARGIN;
    if spots.len() > level_count {
        if frame.edge_column {
            let start = origin_at.map(|i| spots[i].y).unwrap_or(top);
            let bottom = place::stack(
                &mut spots[level_count..],
                frame.width - MARGIN - EDGE_WIDTH,
                EDGE_WIDTH,
                start,
                frame,
            );
            height = height.max(bottom + MARGIN);
        } else if outside_band.is_none() {
            let band = ladder_bottom + ROW_GAP;
            outside_band = Some(band);
            let bottom = place::wrap_rows(
                &mut spots[level_count..],
                MARGIN,
                frame.width - MARGIN,
                band + HEADER,
                frame,
            );
            height = bottom + MARGIN;
        }
    }

    let index: HashMap<&LevelId, usize> =
        levels.iter().enumerate().map(|(i, l)| (&l.id, i)).collect();
    let mut labels = place::Labels::new(frame.font);
    let mut arrows = Vec::with_capacity(moves.len());
    if let Some(from) = origin_at {
        for (i, m) in moves.iter().enumerate() {
            let to = match &m.to {
                Destination::Level(id) => index.get(id).copied(),
                Destination::Role(role) => seen.get(role.as_str()).copied(),
            };
            let Some(to) = to else { continue };
            let kind = if to == from { MoveKind::Stay } else { m.kind };
            arrows.push(place::arrow(
                i,
                kind,
                &spots[from],
                (to, &spots[to]),
                &mut labels,
            ));
        }
    }
    Picture {
        width: frame.width,
        height,
        spots,
        arrows,
        rows,
        columns,
        outside_band,
    }
}

fn level_spot(l: &Level, marks: Marks) -> Spot {
    let current = marks.current == Some(&l.id);
    let aim = marks.aim == Some(&l.id);
    let origin = marks.origin == &l.id;
    let mut words = Vec::new();
    if current {
        words.push("Your current role");
    }
    if aim {
        words.push("Your aim");
    }
    if origin && !current {
        words.push("The map starts here");
    }
    Spot {
        place: Place::Level(l.id.clone()),
        x: 0,
        y: 0,
        w: 0,
        h: 0,
        heading: Some(format!("Career level {}", l.career_level)),
        name: l.name.clone(),
        lines: Vec::new(),
        marks: words,
        route: Some(l.route),
        current,
        aim,
        origin,
    }
}

fn role_spot(role: &str) -> Spot {
    Spot {
        place: Place::Role(role.to_string()),
        x: 0,
        y: 0,
        w: 0,
        h: 0,
        heading: None,
        name: role.to_string(),
        lines: Vec::new(),
        marks: vec!["Outside this framework"],
        route: None,
        current: false,
        aim: false,
        origin: false,
    }
}
