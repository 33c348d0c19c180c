//! A small framework for tests, and helpers to build variations of it.
#![allow(dead_code)]

use stepwise::domain::framework::content::parse;
use stepwise::domain::{Assessment, CompetenceId, Framework};

/// Two levels up a ladder plus one across, three domains, a 0..=3 scale with 2 and 3 met.
pub const SMALL: &str = include_str!("../e2e/fixtures/small.toml");

pub fn small() -> Framework {
    match parse(SMALL) {
        Ok(f) => f,
        Err(e) => panic!("the test framework should parse: {e:?}"),
    }
}

/// SMALL with `from` replaced by `to` (exactly once, so a typo in a test is caught).
pub fn small_with(from: &str, to: &str) -> String {
    assert_eq!(
        SMALL.matches(from).count(),
        1,
        "{from:?} should appear once in SMALL"
    );
    SMALL.replacen(from, to, 1)
}

/// A synthetic framework of `n` competences over 10 levels and 8 domains, for benchmarks.
pub fn synthetic(n: usize) -> String {
    let mut s = String::from(
        "[framework]\nid = \"syn\"\ntitle = \"Synthetic\"\nversion = \"1\"\nsource_url = \"https://example.org/\"\nchecked = \"2026-11-23\"\n",
    );
    for (v, met) in [(0, false), (1, false), (2, true), (3, true)] {
        s += &format!("[[scale]]\nvalue = {v}\nlabel = \"L{v}\"\nmet = {met}\n");
    }
    for l in 0..10 {
        s += &format!(
            "[[levels]]\nid = \"l{l}\"\ncareer_level = {}\nname = \"Level {l}\"\nroute = \"both\"\n",
            l % 9 + 1
        );
    }
    for d in 0..8 {
        s += &format!("[[domains]]\nid = \"d{d}\"\nname = \"Domain {d}\"\n");
    }
    for i in 0..n {
        s += &format!(
            "[[competences]]\nid = \"c{i}\"\nlevel = \"l{}\"\ndomain = \"d{}\"\nstatement = \"Statement {i}\"\n",
            i % 10,
            i % 8
        );
    }
    for r in 0..30 {
        s += &format!(
            "[[routes]]\nid = \"r{r}\"\ntitle = \"Route {r}\"\nkind = \"programme\"\ncareer_levels = [1, 9]\nduration = \"1 day\"\nfunding = \"f\"\nsource_url = \"https://example.org/\"\nchecked = \"2026-11-23\"\nsummary = \"s\"\ndevelops_domains = [\"d{}\"]\ndevelops_competences = [\"c{r}\"]\n",
            r % 8
        );
    }
    s
}

/// How many generated cases a property test runs: a few thousand in CI, many more in the
/// benchmark (`STEPWISE_FUZZ_CASES`).
pub fn cases() -> usize {
    std::env::var("STEPWISE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000)
}

/// A competence id, briefly.
pub fn id(s: &str) -> CompetenceId {
    CompetenceId::new(s)
}

/// An assessment with these ratings and nothing else.
pub fn rated(pairs: &[(&str, u8)]) -> Assessment {
    let mut a = Assessment::default();
    for (c, v) in pairs {
        a.rate(id(c), *v);
    }
    a
}

/// The problems reading `text` as a framework file finds (the test fails if it reads).
pub fn issues(text: &str) -> Vec<stepwise::domain::error::ContentIssue> {
    match parse(text) {
        Err(stepwise::domain::Error::FrameworkInvalid(issues)) => issues,
        other => panic!("expected problems, got {other:?}"),
    }
}

/// The line of `text` (from 1) that holds `needle`.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap()
}
