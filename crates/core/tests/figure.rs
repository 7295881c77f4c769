//! One rounding rule for every shown figure: the same value shows the same in every
//! view's function (dashboard tables, trend, personal result, readings), halfway values
//! go away from zero, and a difference adds up from the shown sides.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::{Dimension, Instrument};
use teambalans_core::link::RatingPair;
use teambalans_core::locale::Locale;
use teambalans_core::score::figure::{difference, one_decimal, rounded, signed, text, whole, Step};
use teambalans_core::score::member::Strength;
use teambalans_core::score::round_data::RoundData;
use teambalans_core::score::team::TeamFigures;
use teambalans_core::score::trend::segments;

fn strength(value: f64) -> Strength {
    Strength {
        value,
        answered: 4,
        spread: 0.0,
        margin: 0.0,
        instrument: Instrument::V2,
    }
}

/// A value on the scale, often exactly halfway between two shown figures.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -100.0f64..=100.0,
        (-200i32..=200).prop_map(|k| f64::from(k) * 0.5),
        (-40i32..=40).prop_map(|k| f64::from(k) * 2.5),
    ]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn round_of(
    instrument: Instrument,
    date_days: u16,
    respondents: Vec<Vec<RatingPair>>,
) -> RoundData {
    RoundData {
        round: RoundId([5; 6]),
        team_name: "Team".into(),
        title: String::new(),
        date_days,
        min_group: 3,
        instrument,
        has_desired: false,
        respondents,
        trade_offs: Vec::new(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        open: false,
        own_statements: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

fn respondents(instrument: Instrument) -> impl Strategy<Value = Vec<Vec<RatingPair>>> {
    let member = proptest::collection::vec((answer(), Just(None)), instrument.statement_count());
    proptest::collection::vec(member, 3..7)
}

#[test]
fn the_coachs_minus_thirty_seven_and_a_half() {
    // Today −37.5 showed as −37 in one place and −38 in another; now one rule.
    assert_eq!(whole(-37.5), -38);
    assert_eq!(rounded(-37.5, Step::Five), -40);
    assert_eq!(text(whole(-37.5)), "−38");
    // 12.5 and 50 shown as 13 and 50: their difference reads 37 beside them.
    assert_eq!(signed(difference(50.0, 12.5, Step::One)), "−37");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_same_value_shows_the_same_in_every_rounding_function(v in value()) {
        // Version 1's whole points and version 2's steps of 5, from one rule.
        prop_assert_eq!(whole(v), rounded(v, Step::One));
        if (0.0..=100.0).contains(&v) {
            prop_assert_eq!(i64::from(strength(v).shown()), rounded(v, Step::Five));
        }
        for step in [Step::One, Step::Five] {
            let size = if step == Step::One { 1 } else { 5 };
            let shown = rounded(v, step);
            // Nearest multiple of the step; halfway goes away from zero, so a value and
            // its negative always show as each other's negative.
            prop_assert_eq!(shown % size, 0);
            prop_assert!((shown as f64 - v).abs() <= size as f64 / 2.0 + 1e-9);
            prop_assert_eq!(rounded(-v, step), -shown);
            // Text and signed text are that same number.
            let plain = text(shown).replace('−', "-");
            prop_assert_eq!(plain.parse::<i64>().unwrap(), shown);
            let with_sign = signed(shown).replace('−', "-");
            prop_assert_eq!(with_sign.trim_start_matches('+').parse::<i64>().unwrap(), shown);
        }
        // One decimal, by the same rule, in both languages.
        let en = one_decimal(v, Locale::En).replace('−', "-");
        prop_assert_eq!(en.replace('.', "").parse::<i64>().unwrap(), rounded(v * 10.0, Step::One));
        prop_assert_eq!(one_decimal(v, Locale::Nl).replace(',', "."), one_decimal(v, Locale::En));
    }

    #[test]
    fn a_shown_difference_is_that_of_the_shown_sides(a in 0.0f64..=100.0, r in 0.0f64..=100.0) {
        prop_assert_eq!(
            difference(a, r, Step::Five),
            i64::from(strength(r).shown()) - i64::from(strength(a).shown())
        );
        prop_assert_eq!(difference(a, r, Step::One), whole(r) - whole(a));
    }

    #[test]
    fn the_trend_shows_a_version_2_round_as_its_dashboard_does(members in respondents(Instrument::V2)) {
        let data = round_of(Instrument::V2, 100, members);
        let team = TeamFigures::of(&data);
        let segment = segments(std::slice::from_ref(&data)).remove(0);
        for d in team.dimensions() {
            let shown = segment.rounds[0].shown(d.index, segment.step());
            match d.means() {
                Some((a, r)) => {
                    let s = shown.expect("a round with means shows them");
                    // The team table: rounded(mean, Step::Five); the difference adds up.
                    prop_assert_eq!(s.anglo_saxon, rounded(a, Step::Five));
                    prop_assert_eq!(s.rhineland, rounded(r, Step::Five));
                    prop_assert_eq!(Some(s.rhineland - s.anglo_saxon), d.shown_difference());
                    prop_assert_eq!(s.spread, d.disagreement().map(|x| rounded(x, Step::Five)));
                }
                None => prop_assert!(shown.is_none()),
            }
        }
    }

    #[test]
    fn the_trend_shows_a_version_1_round_as_its_dashboard_does(members in respondents(Instrument::V1)) {
        let data = round_of(Instrument::V1, 100, members);
        let team = TeamFigures::of(&data);
        let segment = segments(std::slice::from_ref(&data)).remove(0);
        for (index, dimension) in Dimension::ALL.iter().enumerate() {
            let shown = segment.rounds[0].shown(index, segment.step());
            let d = team
                .dimensions()
                .iter()
                .find(|d| d.id == dimension.id())
                .expect("every dimension has figures");
            match d.means() {
                // The team bars: whole(mean); the spread column: whole(disagreement).
                Some((a, r)) => {
                    let s = shown.expect("a round with means shows them");
                    prop_assert_eq!((s.anglo_saxon, s.rhineland), (whole(a), whole(r)));
                    prop_assert_eq!(s.spread, d.disagreement().map(whole));
                }
                None => prop_assert!(shown.is_none()),
            }
        }
    }
}
