//! The framework's glossary as people read it: in alphabetical order, and the terms a
//! piece of text uses, so the gap report can point to the ones it shows.

use super::Term;

/// The glossary in alphabetical order, ignoring case ("AfC" among the "A"s).
pub fn sorted(glossary: &[Term]) -> Vec<&Term> {
    let mut terms: Vec<&Term> = glossary.iter().collect();
    terms.sort_by_cached_key(|t| t.term.to_lowercase());
    terms
}

/// The terms of `glossary` that any of `texts` uses, as a whole word or words ("NMC" in
/// "the NMC register" or "NMC's", not in "NMCX"; a plural such as "ECGs" counts), in the
/// glossary's alphabetical order. Each text is read once for each term: a glossary is a few
/// dozen terms, so this grows with the length of the text.
pub fn used_in<'a, 't>(
    glossary: &'a [Term],
    texts: impl IntoIterator<Item = &'t str> + Clone,
) -> Vec<&'a Term> {
    sorted(glossary)
        .into_iter()
        .filter(|t| !t.term.is_empty() && texts.clone().into_iter().any(|text| uses(text, &t.term)))
        .collect()
}

/// Whether `text` has `term` with no letter or digit joined to it on either side (a
/// trailing "s" or "'s" is allowed, for plurals and possessives). An abbreviation (two or
/// more capitals, as in "NMC" or "AfC") must match exactly; a word such as "Preceptorship"
/// matches in any case.
fn uses(text: &str, term: &str) -> bool {
    if term.chars().filter(char::is_ascii_uppercase).count() >= 2 {
        whole_word(text, term)
    } else {
        whole_word(&text.to_lowercase(), &term.to_lowercase())
    }
}

fn whole_word(text: &str, term: &str) -> bool {
    let joined = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + term.len()..];
        let after = rest.strip_prefix('s').unwrap_or(rest);
        !joined(before) && !joined(after.chars().next())
    })
}
