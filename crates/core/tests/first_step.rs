//! The invite's first screen (index.html) holds the questionnaire's first step before the
//! app arrives: the app's own markup (boot/step-screens.html, which first-screen.spec.ts
//! keeps equal to what the app renders). The app reads that step's fields back as
//! untrusted strings (`scan::first_screen`), property-tested here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::answers::Horizon;
use teambalans_core::instrument::answers::TRADE_OFF_POINTS;
use teambalans_core::instrument::Instrument;
use teambalans_core::scan::first_screen::{rating_name, trade_off_input_id, FirstScreenField};

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
