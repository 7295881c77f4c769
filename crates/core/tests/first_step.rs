//! The invite's first screen (index.html) holds the questionnaire's first step before the
//! app arrives. Its statements, scale and trade-off come from the instrument, through
//! `boot/first-step.json`, which scripts/post_build.mjs puts into the page. This test
//! keeps that file equal to the instrument: `BLESS=1 cargo test -p teambalans-core --test first_step`
//! writes it anew after a change to the first dimension. The app reads that step's fields
//! back as untrusted strings (`domain::scan::first_screen`), property-tested here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::answers::Horizon;
use teambalans_core::instrument::answers::TRADE_OFF_POINTS;
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::scan::first_screen::{rating_name, trade_off_input_id, FirstScreenField};
use teambalans_core::text::Text;

const PATH: &str = concat!(
    concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
    "/boot/first-step.json"
);

fn text(t: Text) -> Value {
    json!({ "nl": t.nl, "en": t.en })
}

/// The first step of the current instrument, as the app draws it (`ScanDimension`).
fn first_step() -> Value {
    let instrument = Instrument::CURRENT;
    let Some(first) = instrument.dimension(0) else {
        panic!("the instrument has no dimensions");
    };
    let Some(trade_off) = first.trade_off else {
        panic!("the first screen's step expects a trade-off item");
    };
    json!({
        "_about": "Made by crates/core/tests/first_step.rs from the instrument: do not edit; BLESS=1 cargo test -p teambalans-core --test first_step writes it.",
        "instrument": instrument.id(),
        "steps": instrument.dimension_count(),
        "total": instrument.statement_count(),
        "dimension": first.id,
        "name": text(first.name),
        "statements": first.statements().map(|s| json!({
            "id": s.id.0,
            "pole": match s.pole { Pole::AngloSaxon => "anglo", Pole::Rhineland => "rhine" },
            "key": match s.key { Key::Plus => "plus", Key::Minus => "minus" },
            "text": text(s.text),
        })).collect::<Vec<_>>(),
        "options": Answer::options(instrument).iter().map(|a| json!({
            "id": a.id(),
            "skip": a.is_non_answer(),
            "label": text(a.label(instrument)),
        })).collect::<Vec<_>>(),
        "points": TRADE_OFF_POINTS,
        "anglo": text(trade_off.anglo_saxon),
        "rhine": text(trade_off.rhineland),
    })
}

#[test]
fn the_first_screens_step_is_the_instruments_first_step() {
    let want = format!(
        "{}\n",
        serde_json::to_string_pretty(&first_step()).expect("plain JSON values")
    );
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(PATH, &want).expect("boot/first-step.json is writable");
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "boot/first-step.json differs from the instrument's first step: run BLESS=1 cargo test -p teambalans-core --test first_step"
    );
}

proptest! {
    /// Any name and value read without a panic, and what is read is only what the
    /// instrument offers.
    #[test]
    fn any_field_reads_safely(key in "\\PC{0,12}", value in "\\PC{0,5}") {
        for instrument in Instrument::ALL {
            if let Some(field) = FirstScreenField::read(instrument, &key, &value) {
                match field {
                    FirstScreenField::Statement { id, answer, .. } => {
                        prop_assert!(instrument.statement(id).is_some());
                        prop_assert!(Answer::options(instrument).contains(&answer));
                    }
                    FirstScreenField::TradeOff { dimension, anglo, .. } => {
                        prop_assert!(instrument.dimension_by_id(dimension).is_some());
                        prop_assert!(anglo <= TRADE_OFF_POINTS);
                    }
                }
            }
        }
    }

    /// Every answer the step offers reads back from the name and value its input has.
    #[test]
    fn every_offered_answer_reads_back(
        index in 0usize..72,
        option in 0usize..7,
        points in 0u8..=TRADE_OFF_POINTS,
        desired in any::<bool>(),
        dimension in 1u8..=9,
    ) {
        let instrument = Instrument::V2;
        let horizon = if desired { Horizon::Desired } else { Horizon::Now };
        let statement = instrument.statement_at(index).expect("72 statements");
        let answer = Answer::options(instrument)[option];
        prop_assert_eq!(
            FirstScreenField::read(instrument, &rating_name(statement.id, horizon), &answer.id().to_string()),
            Some(FirstScreenField::Statement { id: statement.id, horizon, answer })
        );
        prop_assert_eq!(
            FirstScreenField::read(instrument, &trade_off_input_id(dimension, horizon), &points.to_string()),
            Some(FirstScreenField::TradeOff { dimension, horizon, anglo: points })
        );
    }
}
