//! CSV for spreadsheets: no cell is ever run as a formula, and what is written reads back, with
//! the csv crate, to the same cells.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use stepwise::domain::records::report::{cell, csv_text, export_csv};
use stepwise::domain::{Assessment, CompetenceId};

fn read_back(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| match r {
            Ok(r) => r.iter().map(str::to_string).collect(),
            Err(e) => panic!("{text:?}: {e}"),
        })
        .collect()
}

#[test]
fn a_cell_that_would_start_a_formula_is_neutralised() {
    for risky in [
        "=SUM(A1)",
        "+1",
        "-1",
        "@cmd",
        "\t=1",
        "\r=1",
        "\tplain",
        "\rplain",
        "  =1",
        "\u{A0}=1",
        "\u{200B}+1",
        "\n-1",
        " \u{A0}\u{200B}\n\t@x",
        "＝SUM(A1)",
        "＋1",
        "－1",
        "＠cmd",
        "  ＝1",
        "\u{200B}＠x",
    ] {
        assert_eq!(cell(risky), format!("'{risky}"), "{risky:?}");
    }
    for safe in [
        "", "plain", "a=b", "1-2", "  text", "\u{A0}", "e@mail", "😀=", "'=x",
    ] {
        assert_eq!(cell(safe), safe, "{safe:?}");
    }
}

#[test]
fn awkward_cells_read_back_the_same() {
    let row = [
        "quote \" inside",
        "comma, inside",
        "line\nbreak",
        "crlf\r\nbreak",
        "emoji 😀 and é",
        "",
        "  spaces  ",
        "=HYPERLINK(\"x\")",
    ];
    let text = csv_text([["a", "b", "c", "d", "e", "f", "g", "h"], row]);
    assert!(text.ends_with("\r\n"), "CRLF line ends for spreadsheets");
    let read = read_back(&text);
    assert_eq!(read.len(), 2);
    let expected: Vec<String> = row.iter().map(|c| cell(c).into_owned()).collect();
    assert_eq!(read[1], expected);
    assert_eq!(read[1][7], "'=HYPERLINK(\"x\")");
}

#[test]
fn the_report_csv_reads_back_with_every_note_intact() {
    let fw = common::small();
    let mut a = Assessment::default();
    let note = "＝cmd|' /C calc'!A0, \"quoted\"\nnext 😀";
    a.rate(CompetenceId::new("a.care.1"), 2);
    a.set_note(CompetenceId::new("a.care.1"), note.into());
    let read = read_back(&export_csv(&fw, &a));
    assert_eq!(
        read[0],
        [
            "id",
            "level",
            "domain",
            "statement",
            "rating",
            "met",
            "note"
        ]
    );
    assert_eq!(read.len(), 1 + fw.competences.len());
    let row = &read[1];
    assert_eq!(row[0], "a.care.1");
    assert_eq!(row[4], "Competent");
    assert_eq!(row[6], format!("'{note}"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases() as u32))]

    #[test]
    fn any_cells_read_back_as_written_and_none_starts_a_formula(
        rows in prop::collection::vec(
            prop::collection::vec("[a=+@＝\\-\", \n\r\t\u{A0}\u{200B}😀é']{0,8}", 3),
            1..5,
        )
    ) {
        let read = read_back(&csv_text(&rows));
        let expected: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| cell(c).into_owned()).collect())
            .collect();
        prop_assert_eq!(&read, &expected);
        for c in read.iter().flatten() {
            let shown = c.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{200B}');
            prop_assert!(c.starts_with('\'') || !shown.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠']), "{:?}", c);
        }
    }
}
