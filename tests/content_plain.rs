//! Plain English for support workers, peer workers, trainees, assistant practitioners and
//! nursing associates (career levels 2 to 4): short statements at a reading age of about 11,
//! no abbreviation the framework's glossary does not explain, and nothing at the assistant
//! practitioner's level that assumes a registration the role does not have.
#![cfg(not(target_arch = "wasm32"))]

use stepwise::domain::framework::content::parse;
use stepwise::domain::{Framework, LevelId};

fn read(path: &str) -> Framework {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

const FRAMEWORKS: [&str; 2] = ["content/mhn.toml", "content/care-certificate.toml"];
/// At most this many words in a statement at career levels 2 to 4.
const MOST_WORDS: usize = 20;
/// Flesch–Kincaid grade 8 is a reading age of about 13 to 14 in US grades; UK guidance for
/// a reading age of about 11 usually lands statements of this length at grade 6 to 8.
const MOST_GRADE: f64 = 8.0;

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Syllables of an English word, counted the usual rough way: groups of vowels (y counts),
/// less a silent final e, and a final -es or -ed that adds no sound. At least one.
fn syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut in_group = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !in_group {
            groups += 1;
        }
        in_group = v;
    }
    let silent_e =
        w.ends_with('e') && !w.ends_with("le") && !w.ends_with("ee") && !w.ends_with("ye");
    let silent_es = w.ends_with("es")
        && !["ses", "ces", "ges", "zes", "xes", "shes", "ches"]
            .iter()
            .any(|s| w.ends_with(s));
    let silent_ed = w.ends_with("ed") && !w.ends_with("ted") && !w.ends_with("ded");
    if groups > 1 && (silent_e || silent_es || silent_ed) {
        groups -= 1;
    }
    groups.max(1)
}

/// The Flesch–Kincaid grade of `text`: 0.39 × words per sentence + 11.8 × syllables per
/// word − 15.59.
fn grade(text: &str) -> f64 {
    let w = words(text);
    let sentences = text
        .split_terminator(['.', '!', '?'])
        .filter(|s| !words(s).is_empty())
        .count()
        .max(1);
    let syl: usize = w.iter().map(|w| syllables(w)).sum();
    let n = w.len().max(1) as f64;
    0.39 * n / sentences as f64 + 11.8 * syl as f64 / n - 15.59
}

fn plain_levels(fw: &Framework) -> Vec<LevelId> {
    fw.levels
        .iter()
        .filter(|l| (2..=4).contains(&l.career_level))
        .map(|l| l.id.clone())
        .collect()
}

#[test]
fn the_grade_formula_matches_known_examples() {
    assert_eq!(syllables("care"), 1);
    assert_eq!(syllables("people"), 2);
    assert_eq!(syllables("medicines"), 3);
    assert_eq!(syllables("recorded"), 3);
    assert_eq!(syllables("observations"), 4);
    // "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence.
    assert!((grade("The cat sat on the mat.") - (0.39 * 6.0 + 11.8 - 15.59)).abs() < 1e-9);
    assert!(grade("I ask for help when I need it.") < 3.0);
    assert!(
        grade("I demonstrate comprehensive understanding of multidisciplinary safeguarding accountabilities.") > 12.0
    );
}

#[test]
fn statements_at_career_levels_2_to_4_are_short_and_easy_to_read() {
    let mut problems = Vec::new();
    for path in FRAMEWORKS {
        let fw = read(path);
        for level in plain_levels(&fw) {
            for c in fw.competences_of(&level) {
                let n = words(&c.statement).len();
                let g = grade(&c.statement);
                if n > MOST_WORDS || g > MOST_GRADE {
                    problems.push(format!(
                        "{path}: {} has {n} words at grade {g:.1}: {:?}",
                        c.id, c.statement
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "statements over {MOST_WORDS} words or above grade {MOST_GRADE}:\n{}",
        problems.join("\n")
    );
}

/// An abbreviation: a word of two or more letters or digits, at least two of them capitals
/// (NMC, NEWS2, 4AT, CIWA-Ar's CIWA).
fn abbreviations(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().filter(char::is_ascii_uppercase).count() >= 2)
        .collect()
}

#[test]
fn every_abbreviation_in_a_statement_or_level_is_in_the_glossary() {
    let mut missing = Vec::new();
    for path in FRAMEWORKS {
        let fw = read(path);
        let listed = |a: &str| {
            fw.glossary
                .iter()
                .any(|t| t.term == a || t.term.split([' ', '-']).any(|part| part == a))
        };
        // A plural (ECGs) is explained by its singular.
        let explained = |a: &str| listed(a) || a.strip_suffix('s').is_some_and(listed);
        let texts = fw
            .competences
            .iter()
            .map(|c| (c.id.to_string(), c.statement.as_str()))
            .chain(fw.levels.iter().flat_map(|l| {
                [
                    (l.id.to_string(), l.name.as_str()),
                    (l.id.to_string(), l.description.as_str()),
                ]
            }));
        for (id, text) in texts {
            for a in abbreviations(text) {
                if !explained(a) {
                    missing.push(format!("{path}: {id} uses {a}"));
                }
            }
        }
        for t in &fw.glossary {
            assert!(
                !t.meaning.trim().is_empty() && t.meaning.len() < 300,
                "{path}: glossary {:?} needs a short meaning",
                t.term
            );
        }
    }
    assert!(
        missing.is_empty(),
        "abbreviations not in the glossary:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_glossary_explains_the_abbreviations_people_ask_about() {
    let fw = read("content/mhn.toml");
    for term in ["RQF", "CPD", "NMC"] {
        assert!(
            fw.glossary.iter().any(|t| t.term == term),
            "{term} is not in the glossary"
        );
    }
}

/// Assistant practitioners are not registered with a professional regulator: nothing at their
/// level may ask them to rate registration, revalidation or the NMC Code.
#[test]
fn no_assistant_practitioner_statement_assumes_registration() {
    let fw = read("content/mhn.toml");
    let ap = LevelId::new("l4ap");
    for c in fw.competences_of(&ap) {
        let s = c.statement.to_lowercase();
        for assumed in [
            "my registration",
            "as a registered",
            "nmc",
            "revalidat",
            "i am registered",
        ] {
            assert!(
                !s.contains(assumed),
                "{} assumes registration: {:?}",
                c.id,
                c.statement
            );
        }
    }
}
