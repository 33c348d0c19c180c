//! The glossary as the app shows it: in alphabetical order, and the terms the gap report's
//! text uses, so it can point to them.

use stepwise::domain::framework::glossary::{sorted, used_in};
use stepwise::domain::framework::source::BUILT_INS;
use stepwise::domain::framework::{content, Term};

fn term(t: &str) -> Term {
    Term {
        term: t.to_string(),
        meaning: format!("What {t} means."),
    }
}

fn terms(list: &[&Term]) -> Vec<String> {
    list.iter().map(|t| t.term.clone()).collect()
}

#[test]
fn the_glossary_reads_in_alphabetical_order_whatever_the_case() {
    let glossary = [
        term("RQF"),
        term("Pay band"),
        term("AfC"),
        term("CPD"),
        term("4AT"),
    ];
    assert_eq!(
        terms(&sorted(&glossary)),
        ["4AT", "AfC", "CPD", "Pay band", "RQF"]
    );
}

#[test]
fn a_term_is_used_only_as_a_whole_word() {
    let glossary = [
        term("NMC"),
        term("RQF"),
        term("CPD"),
        term("Preceptorship"),
        term("ECG"),
    ];
    let texts = [
        "Registered with the NMC's register; an RQF level 5 course.",
        "NMCX is not the regulator, nor is CPDX-like", // joined to other letters
        "Ask about preceptorship and two ECGs.",
    ];
    assert_eq!(
        terms(&used_in(&glossary, texts)),
        ["ECG", "NMC", "Preceptorship", "RQF"],
        "whole words, plurals and possessives; a word term in any case"
    );
    assert!(used_in(&glossary, ["nmc in lower case is not the abbreviation"]).is_empty());
    assert!(used_in(&glossary, [""; 0]).is_empty());
}

#[test]
fn every_built_in_framework_has_a_glossary_for_the_rating_page_to_link_to() {
    // The rating page's module offers "Glossary" for every built-in framework before it has
    // read the framework whole (a first visit reads only its outline).
    for b in BUILT_INS {
        let text = std::fs::read_to_string(b.path).expect("built-in framework file");
        let fw = content::parse(&text).expect("built-in framework reads");
        assert!(!fw.glossary.is_empty(), "{} has no glossary", b.id);
    }
}

#[test]
fn the_mental_health_nursing_routes_use_terms_the_glossary_explains() {
    let text = std::fs::read_to_string("content/mhn.toml").expect("mhn.toml");
    let fw = content::parse(&text).expect("mhn reads");
    let route_texts = fw
        .routes
        .iter()
        .flat_map(|r| [r.title.as_str(), r.entry.as_str(), r.summary.as_str()]);
    let used = terms(&used_in(&fw.glossary, route_texts));
    for t in ["NMC", "RQF", "Preceptorship"] {
        assert!(
            used.iter().any(|u| u == t),
            "{t} not found in the routes: {used:?}"
        );
    }
}
