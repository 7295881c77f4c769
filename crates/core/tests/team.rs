//! Version 2's team figures: anonymity below the minimum group as a property, and small
//! teams worked out by hand (a divided team, consistency from six on, uniform answering,
//! the trade-offs' mean).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::link::{RatingPair, TradePair};
use teambalans_core::locale::Locale;
use teambalans_core::score::figure::{rounded, signed, Step};
use teambalans_core::score::member::TeamZone;
use teambalans_core::score::round_data::RoundData;
use teambalans_core::score::scoring::Zone;
use teambalans_core::score::team::{Reliability, TeamFigures};

fn round(
    respondents: Vec<Vec<RatingPair>>,
    trade_offs: Vec<Vec<TradePair>>,
    min_group: u8,
) -> RoundData {
    RoundData {
        round: RoundId([3; 6]),
        team_name: "Team".into(),
        title: "Ronde".into(),
        date_days: 20_000,
        min_group,
        instrument: Instrument::V2,
        has_desired: false,
        respondents,
        trade_offs,
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        open: false,
        own_statements: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

fn level(value: u8) -> Option<Answer> {
    Level::from_value(value).map(Answer::Level)
}

/// A member whose keyed answers are `anglo` on every Anglo-Saxon statement and `rhine`
/// on every Rhineland one (a `Minus` statement gets 6 − the value).
fn keyed_member(anglo: u8, rhine: u8) -> Vec<RatingPair> {
    Instrument::V2
        .statements()
        .map(|s| {
            let value = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            let value = if s.key == Key::Minus {
                6 - value
            } else {
                value
            };
            (level(value), None)
        })
        .collect()
}

fn same_answer(value: u8) -> Vec<RatingPair> {
    vec![(level(value), None); 72]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn trade() -> impl Strategy<Value = Option<u8>> {
    (0u8..=11).prop_map(|p| (p <= 10).then_some(p))
}

fn member() -> impl Strategy<Value = (Vec<RatingPair>, Vec<TradePair>)> {
    (
        proptest::collection::vec((answer(), answer()), 72),
        proptest::collection::vec((trade(), trade()), 9),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn below_the_minimum_group_there_is_no_figure_and_the_dots_say_nothing_of_who(
        team in proptest::collection::vec(member(), 0..9),
        min_group in 1u8..8,
        desired in any::<bool>(),
    ) {
        let (respondents, trades): (Vec<_>, Vec<_>) = team.into_iter().unzip();
        let mut data = round(respondents.clone(), trades.clone(), min_group);
        data.has_desired = desired;
        let team = TeamFigures::of(&data);
        // A round's minimum, but never below 3: with two, each could work out the other.
        let need = usize::from(min_group.max(3));
        if respondents.len() < need {
            prop_assert!(team.figures.is_none());
            prop_assert!(team.dimensions().is_empty());
            prop_assert!(team.most_disagreed().is_empty());
            prop_assert!(team.reading(Locale::Nl).is_empty());
            prop_assert!(team.answering_notes(Locale::En).is_empty());
        } else {
            let figures = team.figures.as_ref().unwrap();
            let dots = &figures.overall.dots;
            prop_assert!(dots.len() <= respondents.len());
            prop_assert!(dots.windows(2).all(|w| (w[0].0, w[0].1) <= (w[1].0, w[1].1)));
            prop_assert!(dots.iter().all(|(a, r)| (0.0..=100.0).contains(a) && (0.0..=100.0).contains(r)));
            // Every shown team figure comes from at least the minimum group, and below it
            // nothing of the dimension shows: no mean, zone, "divided", spread or dot.
            for d in &figures.dimensions {
                for pole in [d.now.anglo_saxon, d.now.rhineland].into_iter().flatten() {
                    prop_assert!(pole.scored >= need);
                    prop_assert!((0.0..=100.0).contains(&pole.mean));
                }
                if d.now.scored.iter().any(|&n| n < need) {
                    prop_assert_eq!(d.now.zone, TeamZone::TooFew);
                    prop_assert!(d.now.anglo_saxon.is_none() && d.now.rhineland.is_none());
                    prop_assert!(d.now.dots.is_empty());
                    prop_assert_eq!(d.now.zones, [0; 4]);
                    prop_assert!(!d.divided() && d.disagreement().is_none());
                } else {
                    prop_assert!(d.now.zone != TeamZone::TooFew);
                }
                for t in [d.trade_off_now, d.trade_off_desired].into_iter().flatten() {
                    prop_assert!(t.divided >= need);
                    prop_assert!((0.0..=10.0).contains(&t.rhineland));
                }
                if d.divided() {
                    prop_assert_eq!(d.now.zone, TeamZone::Divided);
                }
            }
            if figures.overall.zone == TeamZone::Divided {
                prop_assert_eq!(figures.overall.position, None);
            }
            prop_assert!(figures.uniform <= respondents.len());
            // The same answers in another order give the same dots.
            let mut reversed = round(
                respondents.iter().rev().cloned().collect(),
                trades.iter().rev().cloned().collect(),
                min_group,
            );
            reversed.has_desired = desired;
            let again = TeamFigures::of(&reversed);
            prop_assert_eq!(&again.figures.as_ref().unwrap().overall.dots, dots);
        }
    }
}

#[test]
fn a_team_split_over_two_zones_is_divided_not_placed_at_its_mean() {
    let team = vec![
        keyed_member(5, 1),
        keyed_member(5, 1),
        keyed_member(1, 5),
        keyed_member(1, 5),
    ];
    let result = TeamFigures::of(&round(team, Vec::new(), 3));
    let figures = result.figures.as_ref().unwrap();
    assert_eq!(figures.dimensions.len(), 9);
    for d in &figures.dimensions {
        assert_eq!(d.now.zone, TeamZone::Divided);
        // The mean would sit in the middle, a zone nobody is in: it is not shown at all.
        assert_eq!(d.means(), None);
        assert_eq!(d.now.anglo_saxon.map(|p| p.mean), Some(50.0));
    }
    assert_eq!(figures.overall.zone, TeamZone::Divided);
    assert_eq!(figures.overall.position, None);
    assert_eq!(
        figures.overall.dots,
        vec![(0.0, 100.0), (0.0, 100.0), (100.0, 0.0), (100.0, 0.0)]
    );
    let nl = result.reading(Locale::Nl);
    assert_eq!(
        nl[0],
        "Over alle thema’s samen is het team verdeeld: de een ziet vooral de ene kant, de ander vooral de andere."
    );
    assert!(nl.iter().any(|s| s.starts_with(
        "Verdeeld bij Eigenaarschap, Focus, Discipline, Doelen en bedoeling, Openheid, Teamgrenzen, Richting, Tijdshorizon en Verandering: daar liggen"
    )));
    // Divided dimensions lead the talking points.
    assert!(result.most_disagreed().iter().all(|(d, _)| d.divided()));
}

#[test]
fn a_team_that_agrees_is_placed_in_its_zone_with_rounded_figures() {
    let team = vec![keyed_member(4, 2), keyed_member(5, 2), keyed_member(4, 1)];
    let result = TeamFigures::of(&round(team, Vec::new(), 3));
    let figures = result.figures.as_ref().unwrap();
    let first = &figures.dimensions[0];
    assert_eq!(first.now.zone, TeamZone::Together(Zone::MainlyAngloSaxon));
    // Anglo-Saxon 75, 100, 75: mean 83.3, shown as 85; Rhineland 25, 25, 0: 16.7 → 15.
    // The difference is that of the shown sides (15 − 85), so the row adds up.
    let (a, r) = first.means().unwrap();
    assert_eq!((rounded(a, Step::Five), rounded(r, Step::Five)), (85, 15));
    assert_eq!(
        signed(
            teambalans_core::score::shown::ShownTheme::of(first)
                .difference()
                .unwrap()
        ),
        "−70"
    );
    assert_eq!(
        figures.overall.zone,
        TeamZone::Together(Zone::MainlyAngloSaxon)
    );
    assert!(figures.overall.position.is_some());
    let en = result.reading(Locale::En);
    assert_eq!(
        en[0],
        "Taken together, the team sees itself as ‘Mainly Anglo-Saxon’."
    );
    assert!(en
        .iter()
        .any(|s| s.starts_with("Mainly Anglo-Saxon in Ownership, Focus")));
    assert!(en
        .iter()
        .any(|s| s.starts_with("The weaker side scores lowest in ")));
}

#[test]
fn consistency_is_computed_from_six_respondents_on() {
    let varied = |n: u8| -> Vec<Vec<RatingPair>> {
        (0..n).map(|m| keyed_member(m % 5 + 1, 5 - m % 5)).collect()
    };
    let five = TeamFigures::of(&round(varied(5), Vec::new(), 3));
    assert!(five
        .dimensions()
        .iter()
        .all(|d| d.reliability == [Reliability::NotYet; 2]));
    let six = TeamFigures::of(&round(varied(6), Vec::new(), 3));
    for d in six.dimensions() {
        for pole in Pole::ALL {
            // Every statement of a pole moves with the others: they hang together fully.
            match d.reliability(pole) {
                Reliability::Alpha(alpha) => assert!((alpha - 1.0).abs() < 1e-9, "{alpha}"),
                other => panic!("{other:?}"),
            }
        }
    }
}

#[test]
fn uniform_answering_and_yes_saying_are_counted_never_named() {
    let team = vec![
        same_answer(3),
        same_answer(3),
        same_answer(5),
        keyed_member(5, 1),
        keyed_member(1, 5),
    ];
    let result = TeamFigures::of(&round(team, Vec::new(), 3));
    let figures = result.figures.as_ref().unwrap();
    assert_eq!((figures.uniform, figures.yes_saying), (3, 1));
    let nl = result.answering_notes(Locale::Nl);
    assert_eq!(nl.len(), 2);
    assert_eq!(
        nl[0],
        "3 van de 5 deelnemers gaven bijna overal hetzelfde antwoord. Hun antwoorden tellen mee, maar zeggen weinig over verschillen tussen de kanten."
    );
    assert!(result.answering_notes(Locale::En)[1].starts_with("1 of 5 members said"));
    // One of them: the verb agrees with "1" ("zei", not "zeiden").
    assert_eq!(
        nl[1],
        "1 van de 5 deelnemers zei op bijna alles ‘vaak’ of ‘bijna altijd’, ook op stellingen die elkaars tegendeel zijn. Daarvoor zijn die scores gecorrigeerd."
    );
    let one_uniform = TeamFigures::of(&round(
        vec![same_answer(3), keyed_member(5, 1), keyed_member(1, 5)],
        Vec::new(),
        3,
    ));
    assert!(one_uniform.answering_notes(Locale::Nl)[0]
        .starts_with("1 van de 3 deelnemers gaf bijna overal hetzelfde antwoord. Die antwoorden"));
    // Uniform answerers land in the middle on every pole: never strong on both.
    assert!(figures.overall.dots.contains(&(50.0, 50.0)));
}

#[test]
fn the_trade_off_mean_is_over_those_who_divided_their_points() {
    let trades = |now: Option<u8>| -> Vec<TradePair> {
        let mut list = vec![(None, None); 9];
        list[0] = (now, None);
        list
    };
    let team = vec![
        keyed_member(3, 3),
        keyed_member(3, 4),
        keyed_member(4, 3),
        keyed_member(2, 3),
    ];
    let trade_offs = vec![
        trades(Some(4)),
        trades(Some(6)),
        trades(None),
        trades(Some(10)),
    ];
    let result = TeamFigures::of(&round(team.clone(), trade_offs.clone(), 3));
    let first = &result.dimensions()[0];
    let mean = first.trade_off_now.unwrap();
    // (4 + 6 + 10) / 3: "don't know" is left out, not counted as 0 or 5.
    assert_eq!(mean.divided, 3);
    assert!((mean.rhineland - 20.0 / 3.0).abs() < 1e-9);
    assert_eq!(result.dimensions()[1].trade_off_now, None);
    // Three who divided are fewer than a minimum group of four: no mean.
    let strict = TeamFigures::of(&round(team, trade_offs, 4));
    assert_eq!(strict.dimensions()[0].trade_off_now, None);
}

#[test]
fn a_pole_nobody_could_score_has_too_few_answers() {
    let skip_first = |mut m: Vec<RatingPair>| {
        for pair in m.iter_mut().take(8) {
            pair.0 = Some(Answer::NotApplicable);
        }
        m
    };
    let team = vec![
        skip_first(keyed_member(4, 4)),
        skip_first(keyed_member(4, 5)),
        skip_first(keyed_member(5, 4)),
    ];
    let result = TeamFigures::of(&round(team, Vec::new(), 3));
    let first = &result.dimensions()[0];
    assert!(first.too_few());
    assert_eq!(first.means(), None);
    assert!(result
        .reading(Locale::Nl)
        .contains(&"Te weinig antwoorden voor een score bij Eigenaarschap.".to_string()));
}

#[test]
fn a_version_one_round_is_read_by_its_own_rules() {
    let mut data = round(vec![keyed_member(3, 3); 4], Vec::new(), 3);
    data.instrument = Instrument::V1;
    data.respondents = (0..4usize)
        .map(|m| {
            (0..40usize)
                .map(|i| (Answer::from_id(1 + ((i + m) % 5) as u8), None))
                .collect()
        })
        .collect();
    data.trade_offs = vec![Vec::new(); 4];
    let team = TeamFigures::of(&data);
    assert!(team.enough());
    assert_eq!(team.dimensions().len(), 10);
    for d in team.dimensions() {
        assert_eq!(d.step, teambalans_core::score::figure::Step::One);
        assert!(!d.divided(), "read from its means, never divided");
        assert_eq!(d.reliability(Pole::AngloSaxon), Reliability::NotYet);
        assert_eq!(d.trade_off_now, None);
    }
}
