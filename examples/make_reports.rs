//! Writes N exported reports against the built-in mental health nursing framework, for the
//! team view benchmark: `cargo run --release --example make_reports -- DIR N`. With a third
//! argument, TEAM.jsonl, it also writes the same reports as one team file.

use std::path::PathBuf;
use stepwise::domain::framework::content::parse;
use stepwise::domain::records::report::{export_json, ReportInfo};
use stepwise::domain::Assessment;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "reports".into()));
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(500);
    let team_path = args.next().map(PathBuf::from);
    let mut reports = Vec::new();
    let text = match std::fs::read_to_string("content/mhn.toml") {
        Ok(t) => t,
        Err(e) => {
            eprintln!("content/mhn.toml: {e}");
            std::process::exit(1);
        }
    };
    let fw = match parse(&text) {
        Ok(fw) => fw,
        Err(e) => {
            eprintln!("content/mhn.toml: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        std::process::exit(1);
    }
    let mut seed: u64 = 0x5EED;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..n {
        let level = &fw.levels[(next() as usize) % (fw.levels.len() - 1)];
        let mut a = Assessment {
            current: Some(level.id.clone()),
            ..Assessment::default()
        };
        let target = a.effective_target(&fw);
        for id in [Some(level.id.clone()), target].into_iter().flatten() {
            for c in fw.competences_of(&id) {
                a.rate(c.id.clone(), (next() % 5) as u8);
            }
        }
        let info = ReportInfo {
            person: format!("Person {i:03}"),
            date: "2026-11-23".into(),
        };
        let name = format!("person-{i:03}.json");
        let path = dir.join(&name);
        let report = export_json(&fw, &a, &info);
        if let Err(e) = std::fs::write(&path, &report) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
        if team_path.is_some() {
            reports.push((name, report));
        }
    }
    if let Some(path) = &team_path {
        let team = stepwise::domain::records::team_file::write(
            reports.iter().map(|(f, t)| (f.as_str(), t.as_str())),
        );
        if let Err(e) = std::fs::write(path, team) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
    println!("wrote {n} reports to {}", dir.display());
}
