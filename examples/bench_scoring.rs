//! Times scoring, gap analysis and suggestions on a synthetic framework of 2,000 competences,
//! as the app does after every rating. Run by `scripts/bench`; prints figures, asserts nothing.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;
use stepwise::domain::assessment::gaps::gaps;
use stepwise::domain::assessment::scoring::score;
use stepwise::domain::assessment::suggest::suggest;
use stepwise::domain::framework::content::parse;
use stepwise::domain::{Assessment, CompetenceId, LevelId};

fn main() {
    let n = 2_000;
    // With a career map: the move from l5 to l6 and growing in post at l5 each list routes,
    // so the suggestions take every step of their model.
    let mut text = common::synthetic(n);
    text.push_str(concat!(
        "[[moves]]\nfrom = \"l5\"\nto = \"l6\"\nkind = \"up\"\nrequires = \"r\"\nroutes = [\"r1\", \"r2\", \"r3\"]\n",
        "[[moves]]\nfrom = \"l5\"\nto = \"l5\"\nkind = \"stay\"\nrequires = \"r\"\nroutes = [\"r4\", \"r5\"]\n",
    ));
    let started = Instant::now();
    let fw = match parse(&text) {
        Ok(fw) => fw,
        Err(e) => {
            eprintln!("synthetic framework did not parse: {e}");
            std::process::exit(1);
        }
    };
    let parse_time = started.elapsed();

    // Three quarters rated, spread over the scale.
    let mut a = Assessment::default();
    for i in 0..n {
        if i % 4 != 0 {
            a.rate(CompetenceId::new(format!("c{i}")), (i % 4) as u8);
        }
    }
    let target = LevelId::new("l6");
    a.current = Some(LevelId::new("l5"));

    let mut samples = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let scores = score(&fw, &a);
        let g = gaps(&fw, &a, &target);
        let advice = suggest(&fw, &a, &g);
        let why: Vec<String> = advice.ranked.iter().map(|x| advice.why(&fw, x)).collect();
        black_box((scores, why));
        samples.push(t.elapsed());
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    println!(
        "scoring + gaps + suggestions, {n} competences, 10 levels, 30 routes, a move with its routes: median {:.3} ms, slowest {:.3} ms over {} runs (budget 1 ms)",
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        samples.len()
    );
    println!(
        "reading and checking the {n}-competence framework file ({} KB): {:.2} ms",
        text.len() / 1024,
        parse_time.as_secs_f64() * 1e3
    );
}
