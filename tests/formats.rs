//! The TOML subset and saved progress as JSON: what they accept, where they report errors,
//! and that no input makes them panic.

mod common;
mod props;

use common::{cases, mutate, Rng};

use stepwise::domain::framework::content::parse as parse_framework;

const BUILT_IN: &str = include_str!("../content/mhn.toml");
use proptest::prelude::*;
use stepwise::domain::framework::toml::{self, Value};
use stepwise::domain::records::saved::{decode, encode};
use stepwise::domain::{Assessment, CompetenceId, LevelId};

fn str_at(table: &toml::Table, key: &str) -> String {
    match &table.get(key).unwrap().value {
        Value::Str(s) => s.clone(),
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn toml_strings_of_every_supported_kind_are_read() {
    let doc = toml::parse(
        "a = \"tab\\tquote\\\" \\u00e9\" # comment\nb = 'C:\\path'\nc = \"\"\"\nline one\nline two\"\"\"\nd = '''\nraw \\n'''\n\"quoted key\" = \"x\"\ne = \"\"\"joined \\\n    here\"\"\"\nf = \"ünïcödé ✓\"\n",
    )
    .unwrap();
    assert_eq!(str_at(&doc, "a"), "tab\tquote\" é");
    assert_eq!(str_at(&doc, "b"), "C:\\path");
    assert_eq!(str_at(&doc, "c"), "line one\nline two");
    assert_eq!(str_at(&doc, "d"), "raw \\n");
    assert_eq!(str_at(&doc, "quoted key"), "x");
    assert_eq!(str_at(&doc, "e"), "joined here");
    assert_eq!(str_at(&doc, "f"), "ünïcödé ✓");
}

#[test]
fn toml_arrays_may_span_lines_with_comments_and_a_trailing_comma() {
    let doc = toml::parse("list = [\n  \"a\", # first\n  \"b\",\n]\nnums = [1, -2, 3_000]\nyes = true\r\nno = false\r\n").unwrap();
    match &doc.get("list").unwrap().value {
        Value::Array(items) => {
            assert_eq!(items.len(), 2);
            assert_eq!(items[1].line, 3, "each item keeps its line");
        }
        other => panic!("{other:?}"),
    }
    match &doc.get("nums").unwrap().value {
        Value::Array(items) => assert_eq!(items[2].value, Value::Int(3000)),
        other => panic!("{other:?}"),
    }
    assert_eq!(doc.get("no").unwrap().value, Value::Bool(false));
}

#[test]
fn toml_errors_say_what_and_where() {
    for (text, line, needle) in [
        ("a = 1\nb = 1.5\n", 2, "not a whole number"),
        ("a = {x = 1}\n", 1, "inline tables"),
        ("[t]\na = 1\na = 2\n", 3, "set twice"),
        ("[t]\n[t]\n", 2, "defined twice"),
        ("[a.b]\n", 1, "dotted"),
        ("a = \"open\n", 1, "not closed"),
        ("a = [1, 2\n", 2, "not closed"),
        ("a 1\n", 1, "expected ="),
        ("a = 1 b = 2\n", 1, "end of the line"),
        ("a = \"\\q\"\n", 1, "unknown escape"),
        ("a = \n", 1, "missing"),
        ("x = 1\n[[x]]\n", 2, "clashes"),
    ] {
        let e = toml::parse(text).expect_err(text);
        assert_eq!(e.line, line, "{text:?}: {e}");
        assert!(e.message.contains(needle), "{text:?}: {e}");
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

#[test]
fn no_mangled_framework_file_makes_the_reader_panic() {
    let seed = &BUILT_IN[..BUILT_IN.len().min(4000)];
    let mut rng = Rng(0xF00D);
    for _ in 0..cases() / 3 {
        let text = mutate(&mut rng, seed);
        let _ = parse_framework(&text);
    }
}
