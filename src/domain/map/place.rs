//! Placing boxes in rows and columns, and arrows between them with their labels kept apart.

use super::{kind_word, wrap, Arrow, Frame, Spot, GAP, PAD};
use crate::domain::framework::{CareerRoute, MoveKind};
use std::collections::HashMap;

/// One row of the ladder: the levels of one career level.
pub(super) struct Row {
    pub left: i32,
    pub right: i32,
    pub y: i32,
    /// Whether clinical and managerial levels here take the two columns.
    pub columns: bool,
    /// Room left under the box where the map starts, for staying in post.
    pub stay_room: i32,
}

/// Puts `spot` at `x`, `y`, `w` wide: its words wrapped to fit, its height from them.
fn fit(spot: &mut Spot, x: i32, y: i32, w: i32, frame: Frame) {
    spot.x = x;
    spot.y = y;
    spot.w = w;
    spot.lines = wrap::lines(&spot.name, frame.chars(w));
    let lines = spot.heading.is_some() as usize + spot.lines.len() + spot.marks.len();
    spot.h = 2 * PAD + lines as i32 * frame.line();
}

/// Places a row's levels and returns its height.
pub(super) fn row(spots: &mut [Spot], members: &[usize], row: Row, frame: Frame) -> i32 {
    let (mut full, mut left, mut right) = (Vec::new(), Vec::new(), Vec::new());
    for &i in members {
        match spots[i].route {
            Some(CareerRoute::Clinical) if row.columns => left.push(i),
            Some(CareerRoute::Managerial) if row.columns => right.push(i),
            _ => full.push(i),
        }
    }
    // The box where the map starts goes last in its group, so that the arrow of staying
    // in post has room under it.
    for group in [&mut full, &mut left, &mut right] {
        if let Some(p) = group.iter().position(|&i| spots[i].origin) {
            let origin = group.remove(p);
            group.push(origin);
        }
    }
    let under = |s: &Spot| if s.origin { row.stay_room } else { 0 };
    let mut y = row.y;
    for chunk in full.chunks(frame.per_row.max(1)) {
        let n = chunk.len() as i32;
        let w = (row.right - row.left - GAP * (n - 1)) / n;
        for (k, &i) in chunk.iter().enumerate() {
            fit(&mut spots[i], row.left + k as i32 * (w + GAP), y, w, frame);
        }
        let tallest = chunk.iter().map(|&i| spots[i].h).max().unwrap_or(0);
        let room = chunk.iter().map(|&i| under(&spots[i])).max().unwrap_or(0);
        for &i in chunk {
            spots[i].h = tallest;
        }
        y += tallest + room + GAP;
    }
    if !left.is_empty() || !right.is_empty() {
        let mid = (row.left + row.right) / 2;
        let w = mid - row.left - frame.gutter / 2;
        let mut bottom = y;
        for (ids, x) in [(&left, row.left), (&right, mid + frame.gutter / 2)] {
            let mut at = y;
            for &i in ids {
                fit(&mut spots[i], x, at, w, frame);
                at += spots[i].h + under(&spots[i]) + GAP;
            }
            bottom = bottom.max(at);
        }
        y = bottom;
    }
    y - GAP - row.y
}

/// Stacks `spots` one under another at `x`, `w` wide, from `y`; returns the bottom.
pub(super) fn stack(spots: &mut [Spot], x: i32, w: i32, y: i32, frame: Frame) -> i32 {
    let mut at = y;
    for s in spots {
        fit(s, x, at, w, frame);
        at += s.h + GAP;
    }
    at - GAP
}

/// Lays `spots` out in rows of `frame.per_row` between `left` and `right`, from `y`;
/// returns the bottom.
pub(super) fn wrap_rows(spots: &mut [Spot], left: i32, right: i32, y: i32, frame: Frame) -> i32 {
    let mut at = y;
    for chunk in spots.chunks_mut(frame.per_row.max(1)) {
        let n = chunk.len() as i32;
        let w = (right - left - GAP * (n - 1)) / n;
        for (k, s) in chunk.iter_mut().enumerate() {
            fit(s, left + k as i32 * (w + GAP), at, w, frame);
        }
        at += chunk.iter().map(|s| s.h).max().unwrap_or(0) + GAP;
    }
    at - GAP
}

/// A label's left, top, width and height.
type Rect = (i32, i32, i32, i32);

/// Labels placed so far, in a grid of cells so that each new one is checked only against
/// its neighbours.
pub(super) struct Labels {
    font: i32,
    cells: HashMap<(i32, i32), Vec<Rect>>,
}

const CELL: i32 = 64;

impl Labels {
    pub fn new(font: i32) -> Self {
        Labels {
            font,
            cells: HashMap::new(),
        }
    }

    fn height(&self) -> i32 {
        self.font + 12
    }

    fn width(&self, word: &str) -> i32 {
        word.chars().count() as i32 * self.font * 3 / 5 + 16
    }

    fn cells_of(r: Rect) -> impl Iterator<Item = (i32, i32)> {
        let (x, y, w, h) = r;
        let (x0, x1) = (x.div_euclid(CELL), (x + w).div_euclid(CELL));
        let (y0, y1) = (y.div_euclid(CELL), (y + h).div_euclid(CELL));
        (x0..=x1).flat_map(move |cx| (y0..=y1).map(move |cy| (cx, cy)))
    }

    fn free(&self, r: Rect) -> bool {
        Self::cells_of(r).all(|c| {
            self.cells.get(&c).is_none_or(|rs| {
                rs.iter().all(|o| {
                    r.0 + r.2 <= o.0 || o.0 + o.2 <= r.0 || r.1 + r.3 <= o.1 || o.1 + o.3 <= r.1
                })
            })
        })
    }

    fn take(&mut self, r: Rect) {
        for c in Self::cells_of(r) {
            self.cells.entry(c).or_default().push(r);
        }
    }

    /// Places a label of `w` along the line from `a` to `b`: at its middle if that is free,
    /// else at the first free point of a few further along or back; returns its centre.
    fn along(&mut self, a: (i32, i32), b: (i32, i32), w: i32) -> (i32, i32) {
        let h = self.height();
        let at = |t: i32| (a.0 + (b.0 - a.0) * t / 100, a.1 + (b.1 - a.1) * t / 100);
        let rect = |(x, y): (i32, i32)| (x - w / 2, y - h / 2, w, h);
        // Only labels that overlap none are kept in the grid, so no cell ever holds more
        // than a few, however many arrows there are.
        match [50, 35, 65, 22, 78]
            .into_iter()
            .map(at)
            .find(|&c| self.free(rect(c)))
        {
            Some(centre) => {
                self.take(rect(centre));
                centre
            }
            None => at(50),
        }
    }
}

/// Where an arrow from `a` to `b` starts and ends: side to side when one is beside the
/// other, else from top to bottom.
fn ends(a: &Spot, b: &Spot) -> ((i32, i32), (i32, i32)) {
    let clamp = |v: i32, s: &Spot, lo: i32, hi: i32| v.clamp(lo, hi.max(lo)).min(s.x + s.w);
    let (acx, acy) = a.centre();
    let (bcx, bcy) = b.centre();
    let side_y = |s: &Spot, v: i32| v.clamp(s.y + 8, (s.y + s.h - 8).max(s.y + 8));
    if b.x >= a.x + a.w {
        ((a.x + a.w, side_y(a, bcy)), (b.x, side_y(b, acy)))
    } else if b.x + b.w <= a.x {
        ((a.x, side_y(a, bcy)), (b.x + b.w, side_y(b, acy)))
    } else {
        let sx = clamp(bcx, a, a.x + 12, a.x + a.w - 12);
        let ex = clamp(acx, b, b.x + 12, b.x + b.w - 12);
        if b.y + b.h <= a.y {
            ((sx, a.y), (ex, b.y + b.h))
        } else {
            ((sx, a.y + a.h), (ex, b.y))
        }
    }
}

/// An arrow's head at `tip`, pointing away from `from`.
fn head(from: (i32, i32), tip: (i32, i32)) -> String {
    let (dx, dy) = ((tip.0 - from.0) as f32, (tip.1 - from.1) as f32);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let base = (tip.0 as f32 - ux * 10.0, tip.1 as f32 - uy * 10.0);
    let (nx, ny) = (-uy * 5.0, ux * 5.0);
    format!(
        "{},{} {:.0},{:.0} {:.0},{:.0}",
        tip.0,
        tip.1,
        base.0 + nx,
        base.1 + ny,
        base.0 - nx,
        base.1 - ny
    )
}

/// The arrow of move `index` from `from` to `to`; staying in post loops under `from`.
pub(super) fn arrow(
    index: usize,
    kind: MoveKind,
    from: &Spot,
    (to, target): (usize, &Spot),
    labels: &mut Labels,
) -> Arrow {
    let word = kind_word(kind);
    let w = labels.width(word);
    if kind == MoveKind::Stay {
        let bottom = from.y + from.h;
        let (x0, x1) = (from.x + 16, from.x + 52);
        let centre = (x1 + 8 + w / 2, bottom + labels.height() / 2 + 6);
        let rect = (
            centre.0 - w / 2,
            centre.1 - labels.height() / 2,
            w,
            labels.height(),
        );
        if labels.free(rect) {
            labels.take(rect);
        }
        return Arrow {
            index,
            kind,
            to,
            path: format!(
                "M{x0},{bottom} C{x0},{b2} {x1},{b2} {x1},{b1}",
                b2 = bottom + 34,
                b1 = bottom + 10
            ),
            head: head((x1, bottom + 20), (x1, bottom)),
            label: (centre.0, centre.1, w),
        };
    }
    let (start, end) = ends(from, target);
    // Side by side with too little room between for the word: it goes under the gap.
    let centre = if start.1 == end.1 && (end.0 - start.0).abs() < w + 8 {
        let below = (from.y + from.h).max(target.y + target.h) + labels.height() / 2 + 4;
        labels.along(
            ((start.0 + end.0) / 2, below),
            ((start.0 + end.0) / 2, below),
            w,
        )
    } else {
        labels.along(start, end, w)
    };
    Arrow {
        index,
        kind,
        to,
        path: format!("M{},{} L{},{}", start.0, start.1, end.0, end.1),
        head: head(start, end),
        label: (centre.0, centre.1, w),
    }
}
