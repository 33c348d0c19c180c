//! Exported reports: export then import gives back the same assessment, damage is spotted,
//! every refusal says why, and the CSV is safe to open in a spreadsheet.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod props;

use proptest::prelude::*;

use stepwise::domain::records::report::{
    export_csv, export_json, file_name, import_json, with_unknowns, ReportInfo,
};
use stepwise::domain::{Assessment, CompetenceId, Error, LevelId};

fn info() -> ReportInfo {
    ReportInfo {
        person: "Jo Bloggs".into(),
        date: "2026-11-23".into(),
    }
}

#[test]
fn any_change_to_an_exported_report_is_spotted() {
    let fw = common::small();
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("a.care.1"), 1);
    let text = export_json(&fw, &a, &info());
    let tampered = text.replace("\"a.care.1\":1", "\"a.care.1\":3");
    assert_ne!(tampered, text);
    assert_eq!(import_json(&tampered, &fw.meta), Err(Error::ReportDamaged));
    // Whitespace around the report it carries is not damage; the report's own bytes are
    // what the checksum covers.
    let spaced = text.replacen("{\"kind\"", "{\n  \"kind\"", 1).replacen(
        ",\"report\":",
        ",\n  \"report\": ",
        1,
    );
    assert_ne!(spaced, text);
    assert!(import_json(&spaced, &fw.meta).is_ok());
    let inside = text.replacen("\"person\"", " \"person\"", 1);
    assert_eq!(import_json(&inside, &fw.meta), Err(Error::ReportDamaged));
}

#[test]
fn a_report_is_written_in_format_2_with_its_checksum_over_the_report_it_carries() {
    let fw = common::small();
    let text = export_json(&fw, &Assessment::default(), &info());
    assert!(
        text.starts_with("{\"kind\":\"stepwise-report\",\"format\":2,\"checksum\":\"fnv1a64:"),
        "{text}"
    );
    let report = &text[text.find("\"report\":").unwrap() + 9..text.len() - 1];
    assert!(report.starts_with("{\"person\":\"Jo Bloggs\""), "{report}");
    // FNV-1a over exactly those bytes, as a reader in any language would compute it.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in report.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    assert!(
        text.contains(&format!("\"checksum\":\"fnv1a64:{hash:016x}\"")),
        "{text}"
    );
}

#[test]
fn every_refusal_says_why_and_what_to_do() {
    let fw = common::small();
    let good = export_json(&fw, &Assessment::default(), &info());
    let cases = [
        ("not json".to_string(), "not valid JSON"),
        (
            "{\"kind\":\"something else\"}".to_string(),
            "not a Stepwise report",
        ),
        (
            good.replace("\"format\":2", "\"format\":9"),
            "newer version",
        ),
        (
            good.replace("\"format\":2", "\"format\":\"x\""),
            "format is missing",
        ),
        (
            good.replacen("\"checksum\":", "\"sum\":", 1),
            "checksum is missing",
        ),
    ];
    for (text, needle) in cases {
        let e = import_json(&text, &fw.meta).expect_err(needle);
        assert!(e.to_string().contains(needle), "{needle}: {e}");
        assert!(
            e.advice().contains("current work has not been changed"),
            "{e:?}"
        );
    }
    let mut other = fw.meta.clone();
    other.id = "other".into();
    assert!(matches!(
        import_json(&good, &other),
        Err(Error::ReportOtherFramework { .. })
    ));
}

#[test]
fn a_report_from_another_framework_version_loads_with_a_notice() {
    let fw = common::small();
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("gone.1"), 2);
    let text = export_json(&fw, &a, &info());
    let mut newer = fw.meta.clone();
    newer.version = "2".into();
    let imported = with_unknowns(import_json(&text, &newer).unwrap(), &fw);
    assert!(imported.version_notice.unwrap().contains("version 1"));
    assert_eq!(imported.unknown_competences, 1);
}

#[test]
fn the_csv_has_a_row_per_competence_and_is_safe_in_a_spreadsheet() {
    let fw = common::small();
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("a.care.1"), 2);
    a.rate(CompetenceId::new("a.care.2"), 0);
    a.set_note(
        CompetenceId::new("a.care.1"),
        "=HYPERLINK(\"x\"), \"quoted\"\nnext".into(),
    );
    let csv = export_csv(&fw, &a);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "id,level,domain,statement,rating,met,note");
    assert_eq!(
        lines.len(),
        1 + fw.competences.len(),
        "a note's newline stays inside its quoted cell: {lines:?}"
    );
    assert!(lines[1].starts_with("a.care.1,Career level 5: Nurse,Care,I give care.,Competent,yes,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nnext\""), "{}", lines[1]);
    assert!(
        lines[2].starts_with("a.care.2,Career level 5: Nurse,Care,I review care.,New to me,no,")
    );
    assert!(
        lines[3].ends_with(",,,"),
        "unrated: no rating, met or note: {}",
        lines[3]
    );
}

#[test]
fn the_name_travels_with_the_assessment_in_a_report() {
    let fw = common::small();
    let mut a = Assessment::default();
    a.rate(CompetenceId::new("a.care.1"), 1);
    a.person = "Jo Bloggs".into();
    let text = export_json(&fw, &a, &info());
    let imported = import_json(&text, &fw.meta).expect("the export imports");
    assert_eq!(imported.info.person, "Jo Bloggs");
    assert_eq!(imported.assessment.person, "Jo Bloggs");
    assert_eq!(imported.assessment, a);
}

#[test]
fn file_names_carry_the_name_and_date() {
    assert_eq!(
        file_name(&info(), "json"),
        "stepwise-jo-bloggs-2026-11-23.json"
    );
    let odd = ReportInfo {
        person: "  Siân O'Neil / Ward 3 ".into(),
        date: "2026-11-23".into(),
    };
    assert_eq!(
        file_name(&odd, "csv"),
        "stepwise-siân-o-neil-ward-3-2026-11-23.csv"
    );
    assert_eq!(file_name(&ReportInfo::default(), "csv"), "stepwise.csv");
}

#[test]
fn a_report_of_format_1_still_imports_after_an_editor_spaced_it_out() {
    let v1 = include_str!("golden/report-v1.json");
    let spaced = v1.replace(",\"", ",\n  \"").replace("\":", "\": ");
    let fw = stepwise::domain::framework::content::parse(include_str!("../content/mhn.toml"))
        .expect("the built-in framework reads");
    let imported = import_json(&spaced, &fw.meta).expect("format 1 rewrites before checking");
    assert_eq!(imported.info.person, "Jo \"JB\" Bloggs-Ó");
}

fn competences() -> Vec<CompetenceId> {
    common::small()
        .competences
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

proptest! {
    #![proptest_config(props::config())]

    #[test]
    fn export_then_import_gives_back_the_same_assessment(
        a in props::assessment(competences()),
        person in props::text(),
    ) {
        let fw = common::small();
        let info = ReportInfo {
            person,
            date: "2026-11-23".into(),
        };
        let text = export_json(&fw, &a, &info);
        let back = import_json(&text, &fw.meta);
        prop_assert!(back.is_ok(), "{:?}\n{}", back, text);
        let back = back.unwrap();
        prop_assert_eq!(back.assessment, a);
        prop_assert_eq!(back.info, info);
        prop_assert_eq!(back.version_notice, None);
    }

    #[test]
    fn the_importer_never_panics_on_mangled_files(
        text in props::mangled(export_json(&common::small(), &sample(), &info()))
    ) {
        // Either imports or gives a reason; never panics.
        let _ = import_json(&text, &common::small().meta);
    }
}

/// A report with something in every part: ratings, a note, an area, a plan.
fn sample() -> Assessment {
    let mut a = Assessment {
        current: Some(LevelId::new("a")),
        ..Assessment::default()
    };
    a.rate(CompetenceId::new("a.care.1"), 2);
    a.set_note(CompetenceId::new("a.care.1"), "Audit \"March\"\n✓".into());
    a.set_area(stepwise::domain::framework::AreaId::new("perinatal"), true);
    a
}
