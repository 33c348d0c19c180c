//! Writes the large files `scripts/bench` times in the browser: a report naming 300,000
//! competence ids the built-in framework does not have, and a framework file of 10,000
//! competences. `cargo run --release --example make_scale_files -- DIR`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use stepwise::domain::framework::content::parse;
use stepwise::domain::records::report::{export_json, ReportInfo};
use stepwise::domain::{Assessment, CompetenceId};

const UNKNOWN: usize = 300_000;
const COMPETENCES: usize = 10_000;

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("{}: {e}", path.display());
        std::process::exit(1);
    }
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "scale".into()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        std::process::exit(1);
    }
    let fw = match std::fs::read_to_string("content/mhn.toml").map(|t| parse(&t)) {
        Ok(Ok(fw)) => fw,
        Ok(Err(e)) => {
            eprintln!("content/mhn.toml: {e}");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("content/mhn.toml: {e}");
            std::process::exit(1);
        }
    };
    let mut a = Assessment {
        current: fw.levels.first().map(|l| l.id.clone()),
        ..Assessment::default()
    };
    for i in 0..UNKNOWN {
        a.rate(CompetenceId::new(format!("gone.{i:06}")), (i % 4) as u8);
    }
    let info = ReportInfo {
        person: "Unknown Ids".into(),
        date: "2026-11-23".into(),
    };
    write(
        &dir.join("unknown-300000.json"),
        &export_json(&fw, &a, &info),
    );
    write(
        &dir.join("framework-10000.toml"),
        &common::synthetic(COMPETENCES),
    );
    println!(
        "wrote unknown-300000.json and framework-10000.toml to {}",
        dir.display()
    );
}
