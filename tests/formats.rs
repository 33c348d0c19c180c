//! Framework files as an author writes them (TOML, read by the toml crate) and saved
//! progress as JSON: what they accept, where they report mistakes, and that no input makes
//! them panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod props;

use common::{cases, small_with, SMALL};
use proptest::prelude::*;

use stepwise::domain::error::{ContentIssue, Problem};
use stepwise::domain::framework::content::parse as parse_framework;
use stepwise::domain::Error;

const BUILT_IN: &str = include_str!("../content/mhn.toml");
use stepwise::domain::records::saved::{decode, encode};
use stepwise::domain::{Assessment, CompetenceId, LevelId};

/// The small framework with one competence's statement written as `statement`.
fn with_statement(statement: &str) -> String {
    small_with(
        "statement = \"I give care.\"",
        &format!("statement = {statement}"),
    )
}

fn statement_read(text: &str) -> String {
    match parse_framework(text) {
        Ok(fw) => fw.competences[0].statement.clone(),
        Err(e) => panic!("{text}: {e:?}"),
    }
}

fn problems(text: &str) -> Vec<ContentIssue> {
    match parse_framework(text) {
        Err(Error::FrameworkInvalid(issues)) => issues,
        other => panic!("expected problems, got {other:?}"),
    }
}

fn unreadable(text: &str) -> String {
    match parse_framework(text) {
        Err(Error::FrameworkUnreadable(message)) => message,
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn text_written_in_any_kind_of_toml_string_reaches_the_framework() {
    for (written, read) in [
        (r#""tab\tquote\" \u00e9" # comment"#, "tab\tquote\" é"),
        (r"'C:\path'", r"C:\path"),
        ("\"\"\"\nline one\nline two\"\"\"", "line one\nline two"),
        ("'''\nraw \\n'''", r"raw \n"),
        ("\"\"\"joined \\\n    here\"\"\"", "joined here"),
        ("\"ünïcödé ✓ 😀\"", "ünïcödé ✓ 😀"),
    ] {
        assert_eq!(statement_read(&with_statement(written)), read, "{written}");
    }
}

#[test]
fn lists_may_span_lines_and_any_toml_layout_reads_the_same() {
    let spread = small_with(
        r#"indicators = ["A care plan"]"#,
        "indicators = [\n  \"A care plan\", # first\n  \"A review\",\n]",
    )
    .replace('\n', "\r\n");
    let fw = parse_framework(&spread).unwrap();
    assert_eq!(fw.competences[0].indicators, ["A care plan", "A review"]);

    // Full TOML: dotted keys and lists of inline tables mean the same as headers.
    let (meta, rest) = SMALL.split_at(SMALL.find("[[scale]]").unwrap());
    let dotted: String = meta
        .lines()
        .filter(|l| l.contains(" = "))
        .map(|l| format!("framework.{l}\n"))
        .chain([rest.to_string()])
        .collect();
    assert_eq!(parse_framework(&dotted).unwrap().meta.id, "test");
    let inline = format!(
        "domains = [{{ id = \"care\", name = \"Care\" }}, {{ id = \"lead\", name = \"Leadership\" }}, {{ id = \"learn\", name = \"Learning\" }}]\n{}",
        SMALL
            .replace("[[domains]]\nid = \"care\"\nname = \"Care\"\n", "")
            .replace("[[domains]]\nid = \"lead\"\nname = \"Leadership\"\n", "")
            .replace("[[domains]]\nid = \"learn\"\nname = \"Learning\"\n", "")
    );
    assert!(!inline.contains("[[domains]]"));
    assert_eq!(parse_framework(&inline).unwrap().domains.len(), 3);
}

#[test]
fn values_of_a_kind_the_format_does_not_use_are_named_with_their_line() {
    for (from, to, problem) in [
        (
            "career_level = 5",
            "career_level = 5.5",
            Problem::WrongType {
                field: "career_level".into(),
                expected: "a whole number",
                found: "a number with a decimal point",
            },
        ),
        (
            "checked = \"2026-11-23\"\n\n[[scale]]",
            "checked = 2026-11-23\n\n[[scale]]",
            Problem::WrongType {
                field: "checked".into(),
                expected: "text in quotes",
                found: "a date or time",
            },
        ),
        (
            "value = 3",
            "value = 300",
            Problem::OutOfRange {
                field: "value".into(),
                value: 300,
            },
        ),
        (
            r#"indicators = ["A care plan"]"#,
            r#"indicators = ["A care plan", 7]"#,
            Problem::WrongType {
                field: "indicators".into(),
                expected: "text in quotes",
                found: "a whole number",
            },
        ),
        (
            "career_levels = [6, 7]",
            "career_levels = [6]",
            Problem::WrongType {
                field: "career_levels".into(),
                expected: "two career levels, like [5, 6]",
                found: "a list",
            },
        ),
        (
            "route = \"clinical\"",
            "route = 3",
            Problem::WrongType {
                field: "route".into(),
                expected: "text in quotes",
                found: "a whole number",
            },
        ),
    ] {
        let text = small_with(from, to);
        let found = problems(&text);
        let at = line_of(&text, to.lines().next().unwrap());
        assert!(
            found.iter().any(|i| i.problem == problem && i.line == at),
            "{to}: {found:?}"
        );
    }
}

#[test]
fn every_problem_in_one_entry_is_listed_with_its_own_line() {
    let text = small_with(
        "id = \"a.care.2\"\nlevel = \"a\"",
        "id = \"a.care.2\"\nlevl = \"a\"\nareas = \"one\"\ncolour = \"red\"",
    );
    let found = problems(&text);
    let expect = [
        (
            line_of(&text, "levl"),
            Problem::UnknownField {
                field: "levl".into(),
            },
        ),
        (
            line_of(&text, "areas = \"one\""),
            Problem::WrongType {
                field: "areas".into(),
                expected: "a list of texts in quotes, like [\"a\", \"b\"]",
                found: "text",
            },
        ),
        (
            line_of(&text, "colour"),
            Problem::UnknownField {
                field: "colour".into(),
            },
        ),
        // Where the entry starts: its [[competences]] header.
        (
            line_of(&text, "levl") - 2,
            Problem::Missing { field: "level" },
        ),
    ];
    for (line, problem) in expect {
        assert!(
            found.iter().any(|i| i.line == line && i.problem == problem),
            "{problem:?} at {line}: {found:?}"
        );
    }
    assert_eq!(found.len(), 4, "nothing said twice: {found:?}");
}

#[test]
fn toml_mistakes_say_what_and_where() {
    for (text, line, needle) in [
        ("[framework]\nid = \"open\n", 2, "string"),
        ("[t]\na = 1\na = 2\n", 3, "duplicate key"),
        ("[t]\n[t]\n", 2, "duplicate key"),
        ("\n\na = [1, 2\n", 3, "unclosed array"),
        ("a 1\n", 1, "expected `=`"),
        ("a = 1 b = 2\n", 1, "unexpected"),
        ("\na = \"\\q\"\n", 2, "escape"),
        ("x = 1\n[[x]]\n", 2, "duplicate key"),
    ] {
        let message = unreadable(text);
        assert!(
            message.starts_with(&format!("line {line}: ")),
            "{text:?}: {message}"
        );
        assert!(message.contains(needle), "{text:?}: {message}");
    }
}

#[test]
fn deeply_nested_lists_or_tables_are_refused_with_their_line() {
    for deep in [
        format!("\n\nlist = {}", "[".repeat(10_000)),
        format!("\n\ntable = {}", "{ a = ".repeat(10_000)),
        format!("\n\nlist = {}1{}", "[".repeat(100), "]".repeat(100)),
    ] {
        assert_eq!(
            unreadable(&deep),
            "line 3: lists or tables are nested too deeply"
        );
    }
}

#[test]
fn saved_data_nested_too_deeply_is_refused_not_a_crash() {
    let deep = format!("{{\"v\":1,\"fw\":\"test\",\"r\":{}", "[".repeat(100_000));
    assert!(matches!(
        decode(&deep, "test"),
        Err(stepwise::domain::Error::SavedDataUnreadable { .. })
    ));
}

/// Saved progress with a rating and an awkward note.
fn seed() -> String {
    let fw = common::small();
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        ..Assessment::default()
    };
    a.rate(CompetenceId::new("a.care.1"), 2);
    a.set_note(CompetenceId::new("a.care.1"), "note \"x\" \\ é".into());
    encode(&fw.meta, &a)
}

proptest! {
    #![proptest_config(props::config())]

    #[test]
    fn awkward_notes_and_plans_are_saved_and_read_back_exactly(
        note in props::text(),
        own in props::text(),
        due in props::text(),
    ) {
        let fw = common::small();
        let mut a = Assessment {
            current: Some(LevelId::new("a")),
            ..Assessment::default()
        };
        a.rate(CompetenceId::new("a.care.1"), 2);
        a.set_note(CompetenceId::new("a.care.1"), note);
        a.plan.push(stepwise::domain::assessment::PlanItem {
            action: stepwise::domain::assessment::PlanAction::Own(own),
            due,
            status: stepwise::domain::assessment::PlanStatus::Done,
        });
        prop_assert_eq!(decode(&encode(&fw.meta, &a), "test"), Ok(a));
    }

    #[test]
    fn no_mangled_saved_data_makes_the_reader_panic(text in props::mangled(seed())) {
        // Either reads or gives a reason; never panics.
        if let Ok(read) = decode(&text, "test") {
            prop_assert!(read.ratings.len() <= 2);
        }

    }
}

/// Characters heavy in TOML syntax, for mangling a framework file.
const SYNTAX: &[char] = &[
    '"', '\'', '[', ']', '{', '}', ',', '=', '.', '\\', '\n', '#', 'u', '1', '-', ' ', 'é', '😀',
];

/// Applies each edit: insert, replace or delete a character at a place given as a fraction
/// of the length.
fn mangle(seed: &str, edits: &[(f64, char, u8)]) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for &(at, c, op) in edits {
        let at = ((chars.len() as f64) * at) as usize;
        match op {
            0 => chars.insert(at.min(chars.len()), c),
            1 if at < chars.len() => chars[at] = c,
            _ if at < chars.len() => {
                chars.remove(at);
            }
            _ => chars.push(c),
        }
    }
    chars.into_iter().collect()
}

proptest! {
    // STEPWISE_FUZZ_CASES sets the count (scripts/bench asks for many more); a third of it
    // here, as each case reads a whole file.
    #![proptest_config(ProptestConfig::with_cases((cases() / 3) as u32))]

    #[test]
    fn no_mangled_framework_file_makes_the_reader_panic(
        edits in prop::collection::vec((0.0..1.0f64, prop::sample::select(SYNTAX), 0..3u8), 1..9)
    ) {
        let text = mangle(&BUILT_IN[..BUILT_IN.len().min(4000)], &edits);
        // Either reads, or says what is wrong and where; never panics.
        match parse_framework(&text) {
            Ok(_) => {}
            Err(Error::FrameworkUnreadable(message)) => {
                prop_assert!(message.starts_with("line "), "{}", message);
            }
            Err(Error::FrameworkInvalid(issues)) => prop_assert!(!issues.is_empty()),
            Err(other) => prop_assert!(false, "{:?}", other),
        }
    }
}
