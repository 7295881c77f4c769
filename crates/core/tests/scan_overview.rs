//! A scan's count of answers: a level counts as answered, "don't know" and "does not
//! apply" as non-answers, whatever is stored.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::Instrument;
use teambalans_core::scan::{ScanData, Stamped};

proptest! {
    /// Whatever is stored (ids a version does not offer too), a level counts as
    /// answered, an offered non-answer as a non-answer, and nothing else counts.
    #[test]
    fn the_tally_counts_levels_and_non_answers_apart(
        v2 in any::<bool>(),
        ids in proptest::collection::vec(0u8..=8, 72),
    ) {
        let instrument = if v2 { Instrument::V2 } else { Instrument::V1 };
        let mut scan = ScanData::new(instrument);
        let (mut levels, mut non_answers) = (0, 0);
        for (statement, id) in instrument.statements().zip(&ids) {
            if *id == 0 {
                continue;
            }
            scan.answers.entry(statement.id.0).or_default().now =
                Some(Stamped { answer: *id, at: 1 });
            match Answer::from_id_in(*id, instrument) {
                Some(Answer::Level(_)) => levels += 1,
                Some(_) => non_answers += 1,
                None => {}
            }
        }
        let tally = scan.tally();
        prop_assert_eq!(tally.answered, levels);
        prop_assert_eq!(tally.non_answers, non_answers);
        prop_assert!(tally.filled_in() <= tally.total);
    }
}
