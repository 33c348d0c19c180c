//! Compiled frameworks, which the rating page reads instead of TOML: they hold exactly what
//! the checked framework holds, and a damaged one is refused with a reason, never trusted or
//! panicked over. The outline holds only what a first visit needs to choose a role.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod props;

use proptest::prelude::*;
use stepwise::domain::framework::compact::{decode, decode_for_rating, encode, Form};
use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::source::BUILT_INS;
use stepwise::domain::{Error, Framework};

fn built_ins() -> Vec<Framework> {
    BUILT_INS
        .iter()
        .map(|b| {
            let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), b.path);
            parse(&std::fs::read_to_string(path).unwrap()).unwrap()
        })
        .chain([common::small()])
        .collect()
}

#[test]
fn a_compiled_framework_reads_back_as_the_same_framework() {
    for fw in built_ins() {
        let back = decode(&encode(&fw, Form::Complete)).unwrap();
        assert_eq!(format!("{back:?}"), format!("{fw:?}"), "{}", fw.meta.id);
    }
}

#[test]
fn the_outline_holds_what_choosing_a_role_needs_and_is_a_small_part_of_the_whole() {
    for fw in built_ins() {
        let back = decode(&encode(&fw, Form::Outline)).unwrap();
        // The facts the footer shows; the summary, shown nowhere before a role is chosen,
        // is left out.
        let facts = |m: &stepwise::domain::framework::Meta| {
            let m = m.clone();
            (
                m.id,
                m.title,
                m.version,
                m.modelled_on,
                m.source_url,
                m.licence,
                m.checked,
            )
        };
        assert_eq!(facts(&back.meta), facts(&fw.meta));
        assert_eq!(back.meta.summary, "");
        // Names only: what the role and area pickers show.
        let names = |f: &Framework| -> Vec<String> {
            let scale = f
                .scale
                .values
                .iter()
                .map(|v| format!("{} {} {}", v.value, v.label, v.met));
            let levels = f.levels.iter().map(|l| format!("{} {}", l.id, l.title()));
            let domains = f.domains.iter().map(|d| format!("{} {}", d.id, d.name));
            let areas = f.areas.iter().map(|a| format!("{} {}", a.id, a.name));
            scale.chain(levels).chain(domains).chain(areas).collect()
        };
        assert_eq!(names(&back), names(&fw), "{}", fw.meta.id);
        assert!(back
            .levels
            .iter()
            .all(|l| l.description.is_empty() && l.education.is_empty()));
        assert!(back.domains.iter().all(|d| d.description.is_empty()));
        assert!(back.competences.is_empty() && back.routes.is_empty() && back.moves.is_empty());
    }
    let mhn = &built_ins()[0];
    let (outline, whole) = (encode(mhn, Form::Outline), encode(mhn, Form::Complete));
    assert!(
        outline.len() * 10 < whole.len(),
        "the outline is under a tenth of the whole ({} of {} bytes)",
        outline.len(),
        whole.len()
    );
}

#[test]
fn the_rating_page_reads_everything_it_shows_and_leaves_routes_moves_links_and_glossary_out() {
    for fw in built_ins() {
        let text = encode(&fw, Form::Complete);
        let rating = decode_for_rating(&text).unwrap();
        let shown = |f: &Framework| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?}",
                f.meta, f.scale, f.levels, f.domains, f.competences, f.areas
            )
        };
        assert_eq!(shown(&rating), shown(&fw), "{}", fw.meta.id);
        assert!(rating.routes.is_empty() && rating.moves.is_empty() && rating.links.is_empty());
        // The glossary is the full module's to show (the rating page links to it).
        // So are domains' published titles, which the gap report shows.
        assert!(rating.glossary.is_empty() && rating.officials.is_empty());
        assert!(!fw.competences.is_empty() && rating.competences.len() == fw.competences.len());
        // The outline reads the same way.
        let outline = decode_for_rating(&encode(&fw, Form::Outline)).unwrap();
        assert_eq!(outline.levels.len(), fw.levels.len());
    }
    // A damaged file is refused as the whole reader refuses it, whatever part is damaged.
    let small = encode(&common::small(), Form::Complete);
    let broken = small.replacen("\"a.care.2\"", "\"a.care.1\"", 1);
    assert!(
        decode_for_rating(&broken).is_err(),
        "a competence id used twice"
    );
    assert!(decode_for_rating(&small.replacen("]]]", "]]", 1)).is_err());
    assert!(decode_for_rating("[\"something-else\"]").is_err());
}

#[test]
fn a_broken_reference_a_repeated_id_or_a_scale_never_met_is_refused() {
    let text = encode(&common::small(), Form::Complete).replacen("\"a\"", "\"nowhere\"", 1);
    match decode(&text) {
        Err(Error::FrameworkUnreadable(why)) => assert!(why.contains("damaged"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let twice =
        encode(&common::small(), Form::Complete).replacen("\"a.care.2\"", "\"a.care.1\"", 1);
    assert!(decode(&twice).is_err(), "a competence id used twice");
    let never_met = encode(&common::small(), Form::Complete).replace("true", "false");
    assert!(decode(&never_met).is_err(), "a scale without a met value");
    assert!(decode("[\"something-else\"]").is_err());
    assert!(decode("").is_err());
}

proptest! {
    #![proptest_config(props::config())]

    #[test]
    fn no_mangled_compiled_framework_makes_the_reader_panic(
        text in props::mangled(encode(&common::small(), Form::Complete))
    ) {
        // Either reads or gives a reason; never panics.
        if let Ok(fw) = decode(&text) {
            prop_assert!(!fw.scale.values.is_empty());
        }
        if let Ok(fw) = decode_for_rating(&text) {
            prop_assert!(!fw.scale.values.is_empty());
        }
    }
}
