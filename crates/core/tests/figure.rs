//! One rounding rule for every shown figure: the same value shows the same in every
//! view's function (dashboard tables, trend, personal result, readings), halfway values
//! go away from zero, and a difference adds up from the shown sides.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::{Dimension, Instrument};
use teambalans_core::link::RatingPair;
use teambalans_core::link::{decode, encode, Link};
use teambalans_core::locale::Locale;
use teambalans_core::score::export::csv_files;
use teambalans_core::score::figure::{difference, one_decimal, rounded, signed, text, whole, Step};
use teambalans_core::score::member::Strength;
use teambalans_core::score::round_data::RoundData;
use teambalans_core::score::shown::{self, ShownTheme};
use teambalans_core::score::team::TeamFigures;
use teambalans_core::score::trend::{carried_segments, entry, segments};

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
            let shown = segment.rounds[0].shown(d.index);
            match d.means() {
                Some((a, r)) => {
                    let s = shown.expect("a round with means shows them");
                    // The team table: rounded(mean, Step::Five); the difference adds up.
                    prop_assert_eq!(s.anglo_saxon, rounded(a, Step::Five));
                    prop_assert_eq!(s.rhineland, rounded(r, Step::Five));
                    prop_assert_eq!(Some(s.rhineland - s.anglo_saxon), ShownTheme::of(d).difference());
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
            let shown = segment.rounds[0].shown(index);
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

    /// One figure, one value (issue 30, point 3): a round's figures as the display model
    /// has them, built from the round in this browser and built from its results link
    /// opened elsewhere, are the same for every theme, every trend point and every
    /// spread, and so are the exported tables made from them.
    #[test]
    fn every_figure_reads_the_same_from_the_round_and_from_its_results_link(
        (earlier, now) in (
            proptest::collection::vec(any_round(), 0..5),
            any_round(),
        )
    ) {
        let earlier: Vec<RoundData> = earlier
            .into_iter()
            .enumerate()
            .map(|(i, (instrument, desired, members))| {
                with_desired(round_of(instrument, 100 * (i as u16 + 1), members), desired)
            })
            .collect();
        let (instrument, desired, members) = now;
        let mut data = with_desired(round_of(instrument, 1_000, members), desired);
        data.trend = earlier.iter().map(entry).collect();

        let results = data.results().expect("a round of its minimum group has a results link");
        let Ok(Link::Results(read)) = decode(&encode(&Link::Results(results)).unwrap()) else {
            panic!("the results link opens");
        };
        let opened = RoundData::from_results(&read);

        // Every theme, as "Per thema", print, present mode and the exports show it.
        let here = shown::themes(&TeamFigures::of(&data));
        prop_assert_eq!(here.len(), instrument.dimension_count());
        prop_assert_eq!(&here, &shown::themes(&TeamFigures::of(&opened)));
        // Every trend point and spread: the team's own trend against the link's.
        let mut all = earlier.clone();
        all.push(data.clone());
        prop_assert_eq!(segments(&all), carried_segments(&opened));
        // The exported tables of figures.
        let tables = |d: &RoundData| {
            csv_files(d, Locale::Nl)
                .into_iter()
                .filter(|(name, _)| name == "themes.csv" || name == "trend.csv")
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(tables(&data), tables(&opened));
    }
}

/// A round of any version with three to seven members, with or without "where we want
/// to be".
fn any_round() -> impl Strategy<Value = (Instrument, bool, Vec<Vec<RatingPair>>)> {
    (
        prop_oneof![
            Just(Instrument::V1),
            Just(Instrument::V2),
            Just(Instrument::V3)
        ],
        any::<bool>(),
    )
        .prop_flat_map(|(instrument, desired)| {
            // Only the answers its version offers: a link refuses any other.
            let offered: Vec<Option<Answer>> = std::iter::once(None)
                .chain(Answer::options(instrument).iter().copied().map(Some))
                .collect();
            let one = proptest::sample::select(offered);
            let member =
                proptest::collection::vec((one.clone(), one), instrument.statement_count());
            (
                Just(instrument),
                Just(desired),
                proptest::collection::vec(member, 3..8),
            )
        })
}

/// The round with its "where we want to be" answers, or without them.
fn with_desired(mut data: RoundData, desired: bool) -> RoundData {
    data.has_desired = desired;
    if !desired {
        for member in &mut data.respondents {
            for pair in member.iter_mut() {
                pair.1 = None;
            }
        }
    }
    data
}
