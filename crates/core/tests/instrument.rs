//! The instrument as the product brief asks for it, and its ids pinned forever.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use teambalans_core::instrument::{statements, Dimension, Pole};
use teambalans_core::locale::Locale;
use teambalans_core::text::Text;

/// The released ids. They are in links and storage: changing one breaks old links.
const PINNED_STATEMENT_IDS: [u16; 40] = [
    11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 51, 52, 53, 54, 61, 62, 63, 64,
    71, 72, 73, 74, 81, 82, 83, 84, 91, 92, 93, 94, 101, 102, 103, 104,
];

#[test]
fn ids_never_change() {
    let ids: Vec<u16> = statements().iter().map(|s| s.id.0).collect();
    assert_eq!(ids, PINNED_STATEMENT_IDS);
    let dims: Vec<u8> = Dimension::ALL.iter().map(|d| d.id()).collect();
    assert_eq!(dims, vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for s in statements() {
        assert_eq!(s.id.0 / 10, u16::from(s.dimension.id()), "{:?}", s.id);
    }
}

#[test]
fn at_least_eight_dimensions_each_with_two_statements_per_pole() {
    assert!(Dimension::ALL.len() >= 8);
    for d in Dimension::ALL {
        for pole in Pole::ALL {
            let n = d.statements().filter(|s| s.pole == pole).count();
            assert!(n >= 2, "{d:?} has {n} statements for {pole:?}");
        }
        assert_eq!(d.def().dimension, d, "the table is in questionnaire order");
        assert_eq!(Dimension::from_id(d.id()), Some(d));
    }
}

#[test]
fn poles_are_mixed_within_each_dimension() {
    // Not grouped by pole, so the pole is not obvious from the order.
    for d in Dimension::ALL {
        let poles: Vec<Pole> = d.statements().map(|s| s.pole).collect();
        let grouped = poles.windows(2).filter(|w| w[0] != w[1]).count() == 1;
        assert!(!grouped, "{d:?} lists its poles in two blocks: {poles:?}");
    }
    // And the pattern differs between dimensions.
    let patterns: BTreeSet<Vec<bool>> = Dimension::ALL
        .iter()
        .map(|d| d.statements().map(|s| s.pole == Pole::AngloSaxon).collect())
        .collect();
    assert!(patterns.len() >= 2);
}

fn all_texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    for d in Dimension::ALL {
        let def = d.def();
        for (what, text) in [
            ("name", def.name),
            ("explanation", def.explanation),
            ("anglo_saxon", def.anglo_saxon),
            ("rhineland", def.rhineland),
            ("source", def.source),
            ("conversation", def.conversation),
        ] {
            out.push((format!("{d:?}.{what}"), text));
        }
    }
    for s in statements() {
        out.push((format!("statement {}", s.id.0), s.text));
    }
    out
}

#[test]
fn every_text_exists_in_both_languages() {
    for (what, text) in all_texts() {
        for locale in Locale::ALL {
            assert!(
                !text.get(locale).trim().is_empty(),
                "{what} is empty in {locale:?}"
            );
        }
        // Some names are the same word in both languages (Focus, Discipline).
        if !what.ends_with(".name") {
            assert_ne!(text.nl, text.en, "{what} is not translated");
        }
    }
}

#[test]
fn statements_describe_our_team() {
    for s in statements() {
        let nl = s.text.nl;
        let en = s.text.en;
        assert!(
            nl.starts_with("In ons team") || nl.starts_with("Bij ons"),
            "{}: {nl}",
            s.id.0
        );
        assert!(en.starts_with("In our team"), "{}: {en}", s.id.0);
        assert!(
            en.split_whitespace().count() <= 20,
            "{} is long: {en}",
            s.id.0
        );
    }
}

#[test]
fn statement_texts_are_unique() {
    let nl: BTreeSet<&str> = statements().iter().map(|s| s.text.nl).collect();
    let en: BTreeSet<&str> = statements().iter().map(|s| s.text.en).collect();
    assert_eq!(nl.len(), statements().len());
    assert_eq!(en.len(), statements().len());
}
