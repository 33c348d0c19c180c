//! Files written by earlier versions of Stepwise still read to the same assessment. Each file
//! in `tests/golden/` was written by the code of its day and must never be edited: add a new
//! file when a format changes, and keep reading the old ones.

mod golden;

use stepwise::domain::framework::content;
use stepwise::domain::records::store::{KeyValue, MemoryStore};
use stepwise::domain::records::{history, report, saved};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn framework() -> stepwise::domain::Framework {
    content::parse(golden::MHN).unwrap_or_else(|e| panic!("mhn.toml should parse: {e:?}"))
}

#[test]
fn saved_progress_of_format_1_reads_to_the_same_assessment() {
    let a = saved::decode(&fixture("saved-v1.json"), "mhn").expect("format 1 should read");
    assert_eq!(a, golden::assessment());
}

#[test]
fn scorm_resume_data_of_format_1_reads_to_the_same_assessment() {
    let a = saved::decode(&fixture("suspend-data-v1.txt"), "mhn").expect("resume data should read");
    assert_eq!(a, golden::assessment());
}

#[test]
fn an_exported_report_of_format_1_imports_with_its_checksum() {
    let fw = framework();
    let imported = report::import_json(&fixture("report-v1.json"), &fw.meta)
        .expect("a report of format 1 should import");
    assert_eq!(imported.assessment, golden::assessment());
    assert_eq!(imported.info.person, "Jo \"JB\" Bloggs-Ó");
    assert_eq!(imported.info.date, "2026-11-23");
    assert_eq!(imported.framework_version, "2026.11-starter");
}

#[test]
fn a_report_of_format_1_changed_by_hand_is_called_damaged() {
    let fw = framework();
    let changed = fixture("report-v1.json").replace("\"l5.relate.2\":0", "\"l5.relate.2\":3");
    assert_eq!(
        report::import_json(&changed, &fw.meta),
        Err(stepwise::domain::Error::ReportDamaged)
    );
}

#[test]
fn the_snapshot_history_of_format_1_reads_back() {
    let fw = framework();
    let store = MemoryStore::default();
    store
        .set("stepwise:mhn:history", &fixture("history-v1.json"))
        .expect("a memory store takes anything");
    let snapshots = history::load(&store, "stepwise:mhn", &fw.meta).expect("history should read");
    assert_eq!(snapshots.len(), 2);
    let mut first = golden::assessment();
    first.plan.clear();
    first.notes.clear();
    assert_eq!(snapshots[0].assessment, first);
    assert_eq!(snapshots[0].label, "Saved by you");
    assert_eq!(snapshots[0].taken, "2026-11-20T10:00:00.000Z");
    assert_eq!(snapshots[1].assessment, golden::assessment());
    assert_eq!(snapshots[1].label, "Before importing the report for Jo");
}

#[test]
fn an_exported_report_of_format_2_imports_with_its_checksum() {
    let fw = framework();
    let imported = report::import_json(&fixture("report-v2.json"), &fw.meta)
        .expect("a report of format 2 should import");
    assert_eq!(imported.assessment, golden::assessment());
    assert_eq!(imported.info.person, "Jo \"JB\" Bloggs-Ó");
    assert_eq!(imported.info.date, "2026-11-23");
    assert_eq!(imported.framework_version, "2026.11-starter");
}

#[test]
fn a_report_of_format_2_changed_by_hand_is_called_damaged() {
    let fw = framework();
    let changed = fixture("report-v2.json").replace("\"l5.relate.2\":0", "\"l5.relate.2\":3");
    assert_eq!(
        report::import_json(&changed, &fw.meta),
        Err(stepwise::domain::Error::ReportDamaged)
    );
}
