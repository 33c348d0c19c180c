//! Counts in words: "1 gap", "2 gaps", never "gap(s)". Every count the app shows or
//! exports goes through here, so singular and plural are right wherever a count appears.

/// `one` when `n` is 1, otherwise `many`: a noun ("gap", "gaps") or a verb ("is", "are").
pub fn pick<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The count and its noun: "0 gaps", "1 gap", "2 gaps".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", pick(n, one, many))
}

/// About how many minutes rating `competences` takes: half a minute each to read and rate,
/// rounded up, and at least one.
pub fn minutes_to_rate(competences: usize) -> usize {
    competences.div_ceil(2).max(1)
}
