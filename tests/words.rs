//! Counts in words: singular for one, plural for every other number, never "(s)".

use stepwise::domain::words::{self, count, pick};

#[test]
fn one_is_singular_and_every_other_count_plural() {
    assert_eq!(count(0, "gap", "gaps"), "0 gaps");
    assert_eq!(count(1, "gap", "gaps"), "1 gap");
    assert_eq!(count(2, "gap", "gaps"), "2 gaps");
    assert_eq!(count(1, "person", "people"), "1 person");
    assert_eq!(count(11, "person", "people"), "11 people");
}

#[test]
fn verbs_agree_with_the_count() {
    assert_eq!(pick(1, "is", "are"), "is");
    assert_eq!(pick(0, "is", "are"), "are");
    assert_eq!(pick(3, "is", "are"), "are");
}

#[test]
fn time_to_rate_is_half_a_minute_a_competence_rounded_up_and_never_none() {
    assert_eq!(words::minutes_to_rate(16), 8);
    assert_eq!(words::minutes_to_rate(15), 8);
    assert_eq!(words::minutes_to_rate(1), 1);
    assert_eq!(words::minutes_to_rate(0), 1);
    assert_eq!(
        words::count(words::minutes_to_rate(1), "minute", "minutes"),
        "1 minute"
    );
}
