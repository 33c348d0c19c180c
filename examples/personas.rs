//! Prints the top three suggestions for each person of issue 11, as the app computes them:
//! `cargo run --example personas`. Each person has rated every competence of the level they
//! aim for as not met (and nothing else), as in `tests/suggest.rs`. Also prints the sources
//! the framework files record, with the dates they were checked.

use stepwise::domain::assessment::gaps::gaps;
use stepwise::domain::assessment::suggest::suggest;
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::Framework;
use stepwise::domain::{Assessment, LevelId};

const PEOPLE: [(&str, &str, &str); 8] = [
    ("Support worker aiming at nursing associate", "l2", "l4na"),
    ("Newly registered nurse aiming at senior nurse", "l5", "l6c"),
    ("Ward manager aiming at matron", "l6m", "l7m"),
    (
        "Registered nursing associate aiming at registered nurse",
        "l4na",
        "l5",
    ),
    (
        "Senior support worker aiming at nursing associate",
        "l3",
        "l4na",
    ),
    ("Director of nursing, staying in post", "l9", "l9"),
    (
        "Nurse returning after a lapse in registration",
        "l5-return",
        "l5",
    ),
    (
        "Nursing associate returning after a lapse in registration",
        "l4na-return",
        "l4na",
    ),
];

fn read(path: &str) -> Framework {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    let fw = read("content/mhn.toml");
    let low = fw
        .scale
        .values
        .iter()
        .find(|v| !v.met)
        .map_or(0, |v| v.value);
    for (who, current, aim) in PEOPLE {
        let mut a = Assessment {
            current: Some(LevelId::new(current)),
            target: Some(LevelId::new(aim)),
            ..Assessment::default()
        };
        for c in fw.competences_of(&LevelId::new(aim)) {
            a.rate(c.id.clone(), low);
        }
        let g = gaps(&fw, &a, &LevelId::new(aim));
        let advice = suggest(&fw, &a, &g);
        println!("\n## {who} ({current} -> {aim}), {} gaps", g.count());
        for (i, s) in advice.ranked.iter().take(3).enumerate() {
            println!("{}. {} [{}]", i + 1, s.route.title, s.route.id);
            println!("   {}", advice.why(&fw, s));
        }
        let everyone: Vec<&str> = advice.everyone.iter().map(|r| r.title.as_str()).collect();
        println!("   Everyone needs these: {}", everyone.join("; "));
        let later: Vec<&str> = advice
            .later
            .iter()
            .map(|l| l.route.title.as_str())
            .collect();
        if !later.is_empty() {
            println!("   Later: {}", later.join("; "));
        }
    }
    println!("\n## Sources checked");
    for path in ["content/mhn.toml", "content/care-certificate.toml"] {
        let fw = read(path);
        println!(
            "{path}: framework source {} (checked {})",
            fw.meta.source_url, fw.meta.checked
        );
        let mut dates: Vec<&str> = fw.routes.iter().map(|r| r.checked.as_str()).collect();
        dates.sort_unstable();
        dates.dedup();
        for d in dates {
            let routes: Vec<&str> = fw
                .routes
                .iter()
                .filter(|r| r.checked == d)
                .map(|r| r.source_url.as_str())
                .collect();
            println!("  checked {d}: {} route sources", routes.len());
            for url in routes {
                println!("    {url}");
            }
        }
    }
}
