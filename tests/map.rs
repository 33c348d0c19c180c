//! The career map as a picture: the mental health nursing ladder laid out as a person would
//! expect to see it, at both widths, and the layout's cost growing linearly.

use std::time::Instant;
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::{CareerMove, Destination, Framework, Level, LevelId, MoveKind};
use stepwise::domain::map::{draw, kind_word, wrap, Frame, Marks, Picture, Place, Spot};

fn mhn() -> Framework {
    parse(include_str!("../content/mhn.toml")).unwrap_or_else(|e| panic!("mhn.toml: {e:?}"))
}

fn picture(fw: &Framework, origin: &str, current: &str, aim: &str, frame: Frame) -> Picture {
    let origin = LevelId::new(origin);
    let (current, aim) = (LevelId::new(current), LevelId::new(aim));
    let moves: Vec<&CareerMove> = fw.moves_from(&origin).collect();
    draw(
        &fw.levels,
        &moves,
        Marks {
            origin: &origin,
            current: Some(&current),
            aim: Some(&aim),
        },
        frame,
    )
}

/// The levels drawn on everyone's map: all but the returning starting points, which are
/// drawn only on a returner's own map (see `a_returning_start_is_drawn_only_for_a_returner`).
fn ladder(fw: &Framework) -> impl Iterator<Item = &Level> {
    fw.levels.iter().filter(|l| l.rates.is_none())
}

fn spot<'a>(p: &'a Picture, id: &str) -> &'a Spot {
    p.spots
        .iter()
        .find(|s| s.place == Place::Level(LevelId::new(id)))
        .unwrap_or_else(|| panic!("no box for {id}"))
}

fn overlap(a: &Spot, b: &Spot) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

const FRAMES: [Frame; 2] = [Frame::NARROW, Frame::WIDE];

#[test]
fn levels_2_to_9_form_a_ladder_with_the_highest_at_the_top() {
    let fw = mhn();
    for frame in FRAMES {
        let p = picture(&fw, "l5", "l5", "l6c", frame);
        let careers: Vec<u8> = p.rows.iter().map(|r| r.0).collect();
        assert_eq!(careers, vec![9, 8, 7, 6, 5, 4, 3, 2]);
        for a in ladder(&fw) {
            for b in ladder(&fw).filter(|b| b.career_level < a.career_level) {
                let (sa, sb) = (spot(&p, a.id.as_str()), spot(&p, b.id.as_str()));
                assert!(sa.y + sa.h < sb.y, "{} is above {}", a.id, b.id);
            }
        }
        // Every box is whole inside the picture, and no two overlap.
        for (i, s) in p.spots.iter().enumerate() {
            assert!(s.x >= 0 && s.y >= 0 && s.x + s.w <= p.width && s.y + s.h <= p.height);
            assert!(s.w > 0 && s.h > 0);
            for t in &p.spots[i + 1..] {
                assert!(!overlap(s, t), "{:?} overlaps {:?}", s.place, t.place);
            }
        }
    }
}

#[test]
fn clinical_and_managerial_routes_are_two_columns_from_where_they_split() {
    let fw = mhn();
    for frame in FRAMES {
        let p = picture(&fw, "l5", "l5", "l6c", frame);
        let cols = p.columns.expect("the routes part at level 6");
        for id in ["l6c", "l7c", "l8c"] {
            let s = spot(&p, id);
            assert!(
                s.x + s.w <= cols.divider_x,
                "{id} is in the clinical column"
            );
        }
        for id in ["l6m", "l7m", "l8m"] {
            assert!(
                spot(&p, id).x >= cols.divider_x,
                "{id} is in the managerial column"
            );
        }
        assert!(cols.clinical_x < cols.divider_x && cols.divider_x < cols.managerial_x);
        // Below the split, and at level 9 where the routes meet again, a level spans both.
        for id in ["l2", "l5", "l9"] {
            let s = spot(&p, id);
            assert!(
                s.x < cols.divider_x && cols.divider_x < s.x + s.w,
                "{id} spans"
            );
        }
        let l6 = spot(&p, "l6c");
        assert!(cols.divider_bottom >= l6.y + l6.h);
        assert!(cols.divider_bottom < spot(&p, "l5").y);
    }
}

#[test]
fn roles_outside_the_framework_are_at_the_edge() {
    let fw = mhn();
    let outside = |p: &Picture| -> Vec<Spot> {
        p.spots
            .iter()
            .filter(|s| matches!(s.place, Place::Role(_)))
            .cloned()
            .collect()
    };
    let wide = picture(&fw, "l3", "l3", "l4na", Frame::WIDE);
    let roles = outside(&wide);
    assert_eq!(roles.len(), 2, "the two roles outside from level 3");
    let ladder_right = ladder(&fw)
        .map(|l| spot(&wide, l.id.as_str()))
        .map(|s| s.x + s.w)
        .max();
    for r in &roles {
        assert!(Some(r.x) > ladder_right, "on the right edge");
        assert_eq!(r.marks, vec!["Outside this framework"]);
    }
    // On a phone, a band across the picture right under the row the moves start from.
    let narrow = picture(&fw, "l3", "l3", "l4na", Frame::NARROW);
    let band = narrow.outside_band.expect("a band on a narrow picture");
    let l3 = narrow
        .rows
        .iter()
        .find(|r| r.0 == 3)
        .expect("a row for level 3");
    let l2 = spot(&narrow, "l2");
    assert!(
        band > l3.1 + l3.2 && band < l2.y,
        "between level 3 and level 2"
    );
    for r in outside(&narrow) {
        assert!(r.y > band && r.y + r.h < l2.y, "in the band");
        assert!(
            (2 * r.w + 2 * 6 + 16 - narrow.width).abs() <= 1,
            "two a row across the width"
        );
    }
    // None from a level with no move outside.
    assert!(outside(&picture(&fw, "l9", "l9", "l9", Frame::WIDE)).is_empty());
}

#[test]
fn the_current_role_the_aim_and_where_the_map_starts_are_marked_in_words() {
    let fw = mhn();
    let p = picture(&fw, "l6c", "l5", "l7c", Frame::NARROW);
    let marked = |word: &str| -> Vec<&Place> {
        p.spots
            .iter()
            .filter(|s| s.marks.contains(&word))
            .map(|s| &s.place)
            .collect()
    };
    let place = |id: &str| Place::Level(LevelId::new(id));
    assert_eq!(marked("Your current role"), vec![&place("l5")]);
    assert_eq!(marked("Your aim"), vec![&place("l7c")]);
    assert_eq!(marked("The map starts here"), vec![&place("l6c")]);
    assert!(spot(&p, "l5").current && spot(&p, "l7c").aim && spot(&p, "l6c").origin);
    let l5 = spot(&p, "l5");
    assert_eq!(l5.heading.as_deref(), Some("Career level 5"));
    assert_eq!(
        l5.lines.join(" "),
        fw.level(&LevelId::new("l5")).expect("level 5").name,
        "the whole name, wrapped"
    );
}

#[test]
fn every_move_from_the_level_is_an_arrow_with_its_kind_in_words() {
    let fw = mhn();
    for frame in FRAMES {
        for origin in &fw.levels {
            let id = origin.id.as_str();
            let moves: Vec<&CareerMove> = fw.moves_from(&origin.id).collect();
            let p = picture(&fw, id, id, id, frame);
            assert_eq!(p.arrows.len(), moves.len(), "from {id}");
            let from = spot(&p, id);
            for a in &p.arrows {
                let m = moves[a.index];
                assert_eq!(a.kind, m.kind, "from {id}");
                assert!(!kind_word(a.kind).is_empty());
                let to = &p.spots[a.to];
                match &m.to {
                    Destination::Level(l) => assert_eq!(to.place, Place::Level(l.clone())),
                    Destination::Role(r) => assert_eq!(to.place, Place::Role(r.clone())),
                }
                assert!(a.path.starts_with('M') && a.head.split(' ').count() == 3);
                let (x, y, w) = a.label;
                assert!(x - w / 2 >= 0 && x + w / 2 <= p.width && y >= 0 && y <= p.height);
                if m.kind == MoveKind::Up {
                    // Up arrows leave the top of the box and point at the bottom of the next.
                    let start_y: i32 = a.path[1..]
                        .split([',', ' '])
                        .nth(1)
                        .unwrap()
                        .parse()
                        .unwrap();
                    assert!(
                        start_y <= from.y + from.h / 2,
                        "up from {id} leaves upwards"
                    );
                    assert!(to.y < from.y);
                }
            }
            // The labels of the arrows from one level do not cover one another here.
            for (i, a) in p.arrows.iter().enumerate() {
                for b in &p.arrows[i + 1..] {
                    let apart = (a.label.0 - b.label.0).abs() * 2 >= a.label.2 + b.label.2
                        || (a.label.1 - b.label.1).abs() >= frame.font + 12;
                    assert!(
                        apart,
                        "labels from {id} overlap: {:?} {:?}",
                        a.label, b.label
                    );
                }
            }
        }
    }
}

#[test]
fn staying_in_post_loops_under_the_box() {
    let fw = mhn();
    let p = picture(&fw, "l5", "l5", "l5", Frame::NARROW);
    let stay = p
        .arrows
        .iter()
        .find(|a| a.kind == MoveKind::Stay)
        .expect("staying");
    let l5 = spot(&p, "l5");
    assert_eq!(p.spots[stay.to].place, l5.place);
    assert!(stay.label.1 > l5.y + l5.h, "its word under the box");
    let below = p
        .spots
        .iter()
        .filter(|s| s.y > l5.y + l5.h)
        .map(|s| s.y)
        .min();
    assert!(below.is_none_or(|y| y > stay.label.1 + 10), "room under it");
}

#[test]
fn words_wrap_between_words_and_long_words_break() {
    assert_eq!(
        wrap::lines("Senior or specialist nurse", 12),
        vec!["Senior or", "specialist", "nurse"]
    );
    assert_eq!(
        wrap::lines("abcdefghij xy", 4),
        vec!["abcd", "efgh", "ij", "xy"]
    );
    assert!(wrap::lines("   ", 5).is_empty());
    let long = "word ".repeat(20_000);
    assert_eq!(wrap::lines(&long, 9).len(), 10_000);
}

/// `times` copies of the mental health nursing levels, each with the same moves among its
/// copy, and every move from the first copy's level 5 (up, across and staying).
fn scaled(fw: &Framework, times: usize) -> (Vec<Level>, Vec<CareerMove>) {
    let mut levels = Vec::new();
    let mut moves = Vec::new();
    for k in 0..times {
        let id = |l: &LevelId| LevelId::new(format!("{}-{k}", l.as_str()));
        levels.extend(fw.levels.iter().map(|l| Level {
            id: id(&l.id),
            ..l.clone()
        }));
        moves.extend(
            fw.moves
                .iter()
                .filter(|m| m.from.as_str() == "l5")
                .map(|m| CareerMove {
                    from: LevelId::new("l5-0"),
                    to: match &m.to {
                        Destination::Level(l) => Destination::Level(id(l)),
                        Destination::Role(r) => Destination::Role(format!("{r} {k}")),
                    },
                    ..m.clone()
                }),
        );
    }
    (levels, moves)
}

fn time_to_draw(levels: &[Level], moves: &[CareerMove]) -> f64 {
    let moves: Vec<&CareerMove> = moves.iter().collect();
    let origin = LevelId::new("l5-0");
    let marks = Marks {
        origin: &origin,
        current: Some(&origin),
        aim: None,
    };
    (0..5)
        .map(|_| {
            let start = Instant::now();
            let p = draw(levels, &moves, marks, Frame::WIDE);
            let took = start.elapsed().as_secs_f64();
            assert_eq!(p.arrows.len(), moves.len());
            let drawn = levels.iter().filter(|l| l.rates.is_none()).count();
            assert!(p.spots.len() >= drawn);
            took
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn drawing_grows_linearly_with_levels_and_moves() {
    let fw = mhn();
    let (l10, m10) = scaled(&fw, 10);
    let (l100, m100) = scaled(&fw, 100);
    let (l1000, m1000) = scaled(&fw, 1000);
    assert_eq!(l100.len(), fw.levels.len() * 100);
    let t10 = time_to_draw(&l10, &m10);
    let (t100, t1000) = (time_to_draw(&l100, &m100), time_to_draw(&l1000, &m1000));
    // Ten times the levels and moves: about ten times the time if linear, a hundred if
    // quadratic (measured from 100x up, where fixed costs and caches no longer weigh).
    // Allow three times the linear figure for a busy machine.
    assert!(
        t1000 < t100 * 30.0 + 0.01,
        "10x: {t10:.5} s, 100x: {t100:.5} s, 1000x: {t1000:.5} s"
    );
    // The routes still part into columns, and the ladder still has nine rows at most.
    let moves: Vec<&CareerMove> = m100.iter().collect();
    let origin = LevelId::new("l5-0");
    let p = draw(
        &l100,
        &moves,
        Marks {
            origin: &origin,
            current: None,
            aim: None,
        },
        Frame::NARROW,
    );
    assert_eq!(p.rows.len(), 8);
    assert!(p.columns.is_some());
}

/// A nurse whose registration has lapsed starts from a returning starting point: their map
/// shows it beside the role they return to, with one arrow, "return", to it. Nobody else's map
/// has it, and a returner's map has no other returning start.
#[test]
fn a_returning_start_is_drawn_only_for_a_returner() {
    let fw = mhn();
    for frame in FRAMES {
        let p = picture(&fw, "l5-return", "l5-return", "l5", frame);
        let start = spot(&p, "l5-return");
        let back = spot(&p, "l5");
        assert!(start.current && start.origin && back.aim);
        assert_eq!(start.heading.as_deref(), Some("Career level 5"));
        assert_eq!(start.y, back.y, "in the row of the role it returns to");
        assert_eq!(p.arrows.len(), 1, "one move: {:?}", p.arrows);
        assert_eq!(p.arrows[0].kind, MoveKind::Return);
        assert_eq!(kind_word(p.arrows[0].kind), "return");
        assert_eq!(
            p.spots[p.arrows[0].to].place,
            Place::Level(LevelId::new("l5"))
        );
        let others = |p: &Picture| {
            p.spots
                .iter()
                .filter(
                    |s| matches!(&s.place, Place::Level(id) if id.as_str().ends_with("-return")),
                )
                .count()
        };
        assert_eq!(others(&p), 1, "only their own returning start");
        assert_eq!(others(&picture(&fw, "l5", "l5", "l6c", frame)), 0);
        assert_eq!(others(&picture(&fw, "l3", "l3", "l4na", frame)), 0);
    }
}
