//! A small framework for tests, and helpers to build variations of it.
#![allow(dead_code)]

use stepwise::domain::content::parse;
use stepwise::domain::Framework;

/// Two levels up a ladder plus one across, three domains, a 0..=3 scale with 2 and 3 met.
pub const SMALL: &str = r#"
# A framework for tests.
[framework]
id = "test"
title = "Test framework"
version = "1"
summary = "For tests."
modelled_on = "Nothing."
source_url = "https://example.org/"
licence = "MIT"
checked = "2026-11-23"

[[scale]]
value = 0
label = "New to me"
description = "Not yet."
met = false

[[scale]]
value = 1
label = "Learning"
description = "With help."
met = false

[[scale]]
value = 2
label = "Competent"
description = "On my own."
met = true

[[scale]]
value = 3
label = "Expert"
description = "Teach others."
met = true

[[levels]]
id = "a"
career_level = 5
name = "Nurse"
route = "both"
description = "First level."
education = ["Preceptorship"]

[[levels]]
id = "b"
career_level = 6
name = "Senior nurse"
route = "clinical"
description = "Second level."

[[levels]]
id = "m"
career_level = 6
name = "Manager"
route = "managerial"
description = "Across from b."

[[domains]]
id = "care"
name = "Care"

[[domains]]
id = "lead"
name = "Leadership"

[[domains]]
id = "learn"
name = "Learning"

[[competences]]
id = "a.care.1"
level = "a"
domain = "care"
statement = "I give care."
indicators = ["A care plan"]

[[competences]]
id = "a.care.2"
level = "a"
domain = "care"
statement = "I review care."

[[competences]]
id = "a.lead.1"
level = "a"
domain = "lead"
statement = "I delegate tasks."

[[competences]]
id = "b.care.1"
level = "b"
domain = "care"
statement = "I lead complex care."

[[competences]]
id = "b.lead.1"
level = "b"
domain = "lead"
statement = "I supervise others."

[[competences]]
id = "b.learn.1"
level = "b"
domain = "learn"
statement = "I teach students."

[[competences]]
id = "m.lead.1"
level = "m"
domain = "lead"
statement = "I manage a team."

[[routes]]
id = "supervision"
title = "Supervision course"
kind = "programme"
career_levels = [5, 7]
duration = "3 days"
funding = "Employer"
source_url = "https://example.org/supervision"
checked = "2026-11-23"
summary = "Learn to supervise."
develops_domains = ["lead"]

[[routes]]
id = "teaching"
title = "Teaching course"
kind = "qualification"
career_levels = [6, 7]
duration = "1 year"
funding = "Employer"
source_url = "https://example.org/teaching"
checked = "2026-11-23"
summary = "Learn to teach."
develops_competences = ["b.learn.1", "b.lead.1"]

[[routes]]
id = "complex"
title = "Complex care module"
kind = "qualification"
career_levels = [6, 6]
duration = "6 months"
funding = "Employer"
source_url = "https://example.org/complex"
checked = "2026-11-23"
summary = "Complex care."
develops_competences = ["b.care.1"]
"#;

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
