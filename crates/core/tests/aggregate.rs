//! Team figures: the aggregation rules as properties (ranges, order, anonymity), and
//! known small cases worked out by hand.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{statements, Dimension, Pole};
use teambalans_core::link::RatingPair;
use teambalans_core::score::aggregate::{aggregate, Figure};

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=6).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn member() -> impl Strategy<Value = Vec<RatingPair>> {
    proptest::collection::vec((answer(), answer()), 40)
}

fn team() -> impl Strategy<Value = Vec<Vec<RatingPair>>> {
    proptest::collection::vec(member(), 0..12)
}

fn refs(team: &[Vec<RatingPair>]) -> Vec<&[RatingPair]> {
    team.iter().map(Vec::as_slice).collect()
}

/// Everyone gives `level` to one pole and `other` to the other, on every dimension.
fn uniform(anglo: Level, rhine: Level) -> Vec<RatingPair> {
    statements()
        .iter()
        .map(|s| {
            let level = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            (Some(Answer::Level(level)), None)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn figures_stay_in_range(team in team(), min in 1u8..6) {
        let stats = aggregate(&refs(&team), min, true);
        for d in &stats.dimensions {
            for h in [Some(&d.now), d.desired.as_ref()].into_iter().flatten() {
                for pole in Pole::ALL {
                    if let Figure::Shown(p) = h.pole(pole) {
                        prop_assert!(p.n >= usize::from(min) && p.n <= team.len());
                        prop_assert!((0.0..=100.0).contains(&p.mean));
                        prop_assert!(p.min <= p.mean + 1e-9 && p.mean <= p.max + 1e-9);
                        prop_assert!(p.sd >= 0.0 && p.sd <= 50.0 + 1e-9);
                        prop_assert!(p.histogram.iter().sum::<u32>() as usize >= p.n);
                    }
                }
                if let Some(b) = h.balance() { prop_assert!((-100.0..=100.0).contains(&b)); }
            }
            if let Some(x) = d.disagreement { prop_assert!((0.0..=50.0).contains(&x)); }
        }
    }

    #[test]
    fn below_the_minimum_no_team_figure_and_no_dot_exists(team in team(), extra in 1u8..5) {
        let min = (team.len() as u8).saturating_add(extra);
        let stats = aggregate(&refs(&team), min, true);
        prop_assert!(!stats.enough());
        prop_assert!(stats.dimensions.is_empty());
        prop_assert!(stats.statements.is_empty());
        prop_assert!(stats.overall_dots.is_empty());
        prop_assert_eq!(stats.overall(teambalans_core::instrument::answers::Horizon::Now), None);
    }

    #[test]
    fn the_order_of_respondents_changes_nothing_not_even_the_dots(team in team(), seed in any::<u64>()) {
        let mut shuffled = team.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let a = aggregate(&refs(&team), 2, true);
        let b = aggregate(&refs(&shuffled), 2, true);
        // Sums in another order may differ in the last bit; compare rounded.
        let round = |stats: &teambalans_core::score::aggregate::RoundStats| format!("{:.6?}", stats);
        prop_assert_eq!(round(&a), round(&b));
    }

    #[test]
    fn skip_counts_as_no_answer_in_every_team_figure(team in team()) {
        let skipped: Vec<Vec<RatingPair>> = team
            .iter()
            .map(|m| m.iter().map(|(n, d)| (n.filter(|a| *a != Answer::Skip), d.filter(|a| *a != Answer::Skip))).collect())
            .collect();
        let a = aggregate(&refs(&team), 1, true);
        let b = aggregate(&refs(&skipped), 1, true);
        prop_assert_eq!(a.dimensions, b.dimensions);
        prop_assert_eq!(a.overall_dots, b.overall_dots);
    }
}

#[test]
fn a_team_that_agrees_has_no_disagreement_and_the_right_zone() {
    let team = vec![uniform(Level::Completely, Level::Largely); 4];
    let stats = aggregate(&refs(&team), 3, false);
    for d in &stats.dimensions {
        let (a, r) = d.now.means().unwrap();
        assert_eq!((a, r), (100.0, 75.0));
        assert_eq!(d.disagreement, Some(0.0));
        assert_eq!(d.now.balance(), Some(-25.0));
        assert_eq!(d.now.integration(), Some(75.0));
        assert_eq!(
            d.now.anglo_saxon.shown().unwrap().histogram,
            [0, 0, 0, 0, 8]
        );
        assert_eq!(d.now.dots.len(), 4);
    }
    assert_eq!(
        stats.overall(teambalans_core::instrument::answers::Horizon::Now),
        Some((100.0, 75.0))
    );
}

#[test]
fn a_split_team_shows_its_spread_and_ranks_it_first() {
    // Half the team says "not at all" on Rhineland, half says "completely".
    let mut team = vec![uniform(Level::Partly, Level::NotAtAll); 2];
    team.extend(vec![uniform(Level::Partly, Level::Completely); 2]);
    // On Focus only, everyone agrees.
    let focus: Vec<usize> = statements()
        .iter()
        .enumerate()
        .filter(|(_, s)| s.dimension == Dimension::Focus)
        .map(|(i, _)| i)
        .collect();
    for member in &mut team {
        for i in &focus {
            member[*i].0 = Some(Answer::Level(Level::Partly));
        }
    }
    let stats = aggregate(&refs(&team), 3, false);
    let ownership = stats.dimension(Dimension::Ownership).unwrap();
    let rhine = ownership.now.rhineland.shown().unwrap();
    assert_eq!(
        (rhine.min, rhine.max, rhine.mean, rhine.sd),
        (0.0, 100.0, 50.0, 50.0)
    );
    assert_eq!(ownership.disagreement, Some(25.0));
    let ranking = stats.most_disagreed();
    assert_eq!(ranking.last().unwrap(), &(Dimension::Focus, 0.0));
    assert_eq!(ranking[0].1, 25.0);
    // The statement figures count skips apart from levels.
    assert_eq!(stats.statements.len(), 40);
}

#[test]
fn the_gap_is_desired_minus_now() {
    let team: Vec<Vec<RatingPair>> = (0..3)
        .map(|_| {
            statements()
                .iter()
                .map(|_| {
                    (
                        Some(Answer::Level(Level::ALittle)),
                        Some(Answer::Level(Level::Largely)),
                    )
                })
                .collect()
        })
        .collect();
    let stats = aggregate(&refs(&team), 3, true);
    let d = &stats.dimensions[0];
    assert_eq!(d.gap(), Some((50.0, 50.0)));
    assert_eq!(stats.largest_gaps().len(), 10);
}

#[test]
fn an_item_answered_by_fewer_than_the_minimum_is_withheld_alone() {
    let mut team = vec![uniform(Level::Largely, Level::Largely); 3];
    // Only one member answered Ownership's Anglo-Saxon statements.
    for member in team.iter_mut().skip(1) {
        for (i, s) in statements().iter().enumerate() {
            if s.dimension == Dimension::Ownership && s.pole == Pole::AngloSaxon {
                member[i].0 = None;
            }
        }
    }
    let stats = aggregate(&refs(&team), 3, false);
    let ownership = stats.dimension(Dimension::Ownership).unwrap();
    assert_eq!(
        ownership.now.anglo_saxon,
        Figure::NotEnough { have: 1, need: 3 }
    );
    assert!(ownership.now.rhineland.shown().is_some());
    assert_eq!(ownership.now.zone(), None);
    assert!(stats
        .dimension(Dimension::Focus)
        .unwrap()
        .now
        .zone()
        .is_some());
}
