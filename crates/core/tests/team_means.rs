//! The first version's team figures (`team::TeamFigures` under `v1::RULES`: read from the
//! means, population spread): the rules as properties (ranges, order, anonymity), and
//! known small cases worked out by hand.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{statements, Dimension, Instrument, Pole};
use teambalans_core::link::RatingPair;
use teambalans_core::score::member::{TeamPole, TeamZone};
use teambalans_core::score::round_data::RoundData;
use teambalans_core::score::scoring::Zone;
use teambalans_core::score::team::{TeamFigures, ThemeFigures};

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=6).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn member() -> impl Strategy<Value = Vec<RatingPair>> {
    proptest::collection::vec((answer(), answer()), 40)
}

fn team() -> impl Strategy<Value = Vec<Vec<RatingPair>>> {
    proptest::collection::vec(member(), 0..12)
}

/// A first-version round of these members.
fn round(team: &[Vec<RatingPair>], min: u8, desired: bool) -> RoundData {
    RoundData {
        round: RoundId([1; 6]),
        team_name: "T".into(),
        title: String::new(),
        date_days: 20_000,
        min_group: min,
        instrument: Instrument::V1,
        has_desired: desired,
        respondents: team
            .iter()
            .map(|m| {
                m.iter()
                    .map(|(n, d)| (*n, if desired { *d } else { None }))
                    .collect()
            })
            .collect(),
        trade_offs: vec![Vec::new(); team.len()],
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        open: false,
        own_statements: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

fn figures(team: &[Vec<RatingPair>], min: u8, desired: bool) -> TeamFigures {
    TeamFigures::of(&round(team, min, desired))
}

fn theme(t: &TeamFigures, dimension: Dimension) -> &ThemeFigures {
    t.dimensions()
        .iter()
        .find(|d| d.id == dimension.id())
        .expect("the dimension is there")
}

fn zone(d: &ThemeFigures) -> Option<Zone> {
    match d.now.zone {
        TeamZone::Together(zone) => Some(zone),
        TeamZone::Divided | TeamZone::Unclear | TeamZone::TooFew => None,
    }
}

/// Two debug texts that say the same, numbers equal within 1e-9.
fn alike(a: &str, b: &str) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
            .map(str::to_string)
            .collect()
    };
    let words = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_ascii_digit() && *c != '.')
            .collect()
    };
    let (x, y) = (split(a), split(b));
    words(a) == words(b)
        && x.len() == y.len()
        && x.iter()
            .zip(&y)
            .all(|(p, q)| match (p.parse::<f64>(), q.parse::<f64>()) {
                (Ok(p), Ok(q)) => (p - q).abs() < 1e-9,
                _ => p == q,
            })
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
        let t = figures(&team, min, true);
        for d in t.dimensions() {
            for h in [Some(&d.now), d.desired.as_ref()].into_iter().flatten() {
                for p in [h.anglo_saxon, h.rhineland].into_iter().flatten() {
                    let p: TeamPole = p;
                    prop_assert!(p.scored >= usize::from(min) && p.scored <= team.len());
                    prop_assert!((0.0..=100.0).contains(&p.mean));
                    prop_assert!(p.lowest <= p.mean + 1e-9 && p.mean <= p.highest + 1e-9);
                    prop_assert!(p.spread >= 0.0 && p.spread <= 50.0 + 1e-9);
                }
            }
            if let Some(b) = d.difference() { prop_assert!((-100.0..=100.0).contains(&b)); }
            if let Some(x) = d.disagreement() { prop_assert!((0.0..=50.0).contains(&x)); }
            prop_assert!(!d.divided(), "a team read from its means is never divided");
        }
    }

    #[test]
    fn below_the_minimum_no_team_figure_and_no_dot_exists(team in team(), extra in 1u8..5) {
        let min = (team.len() as u8).saturating_add(extra);
        let t = figures(&team, min, true);
        prop_assert!(!t.enough());
        prop_assert!(t.dimensions().is_empty());
        prop_assert!(t.figures.is_none());
        prop_assert!(t.most_disagreed().is_empty());
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
        // Sums in another order may differ in the last bit: numbers within 1e-9.
        let (a, b) = (figures(&team, 2, true), figures(&shuffled, 2, true));
        let (a, b) = (format!("{:?}", a.figures), format!("{:?}", b.figures));
        prop_assert!(alike(&a, &b), "{a}\n{b}");
    }

    #[test]
    fn skip_counts_as_no_answer_in_every_team_figure(team in team()) {
        let skipped: Vec<Vec<RatingPair>> = team
            .iter()
            .map(|m| m.iter().map(|(n, d)| (n.filter(|a| *a != Answer::Skip), d.filter(|a| *a != Answer::Skip))).collect())
            .collect();
        let (a, b) = (figures(&team, 1, true), figures(&skipped, 1, true));
        prop_assert_eq!(a.dimensions(), b.dimensions());
        prop_assert_eq!(a.figures.map(|f| f.overall.dots), b.figures.map(|f| f.overall.dots));
    }
}

#[test]
fn a_team_that_agrees_has_no_disagreement_and_the_right_zone() {
    let team = vec![uniform(Level::Completely, Level::Largely); 4];
    let t = figures(&team, 3, false);
    assert_eq!(t.dimensions().len(), 10);
    for d in t.dimensions() {
        assert_eq!(d.means(), Some((100.0, 75.0)));
        assert_eq!(d.disagreement(), Some(0.0));
        assert_eq!(d.difference(), Some(-25.0));
        assert_eq!(d.weaker_side(), Some(75.0));
        assert_eq!(zone(d), Some(Zone::StrongOnBoth));
        assert_eq!(d.now.dots.len(), 4);
    }
    // Ownership's two Anglo-Saxon statements, answered "completely" by all four.
    let f = t.figures.as_ref().expect("figures");
    let ownership_anglo: u32 = f
        .statements
        .iter()
        .filter(|s| {
            Instrument::V1.statement(s.id).is_some_and(|d| {
                d.dimension == Dimension::Ownership.id() && d.pole == Pole::AngloSaxon
            })
        })
        .map(|s| s.histogram[4])
        .sum();
    assert_eq!(ownership_anglo, 8);
    assert_eq!(f.overall.dots, vec![(100.0, 75.0); 4]);
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
    let t = figures(&team, 3, false);
    let ownership = theme(&t, Dimension::Ownership);
    let rhine = ownership.now.rhineland.expect("shown");
    assert_eq!(
        (rhine.lowest, rhine.highest, rhine.mean, rhine.spread),
        (0.0, 100.0, 50.0, 50.0)
    );
    assert_eq!(ownership.disagreement(), Some(25.0));
    let ranking = t.most_disagreed();
    let last = ranking.last().expect("a ranking");
    assert_eq!((last.0.id, last.1), (Dimension::Focus.id(), 0.0));
    assert_eq!(ranking[0].1, 25.0);
    // The statement figures count skips apart from levels.
    assert_eq!(t.figures.map(|f| f.statements.len()), Some(40));
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
    let t = figures(&team, 3, true);
    assert_eq!(t.dimensions()[0].gap(), Some((50.0, 50.0)));
    assert_eq!(t.largest_gaps().len(), 10);
}

#[test]
fn a_dimension_with_a_side_answered_by_fewer_than_the_minimum_shows_nothing() {
    let mut team = vec![uniform(Level::Largely, Level::Largely); 3];
    // Only one member answered Ownership's Anglo-Saxon statements.
    for member in team.iter_mut().skip(1) {
        for (i, s) in statements().iter().enumerate() {
            if s.dimension == Dimension::Ownership && s.pole == Pole::AngloSaxon {
                member[i].0 = None;
            }
        }
    }
    let t = figures(&team, 3, false);
    let ownership = theme(&t, Dimension::Ownership);
    assert_eq!(ownership.now.anglo_saxon, None);
    assert_eq!(ownership.now.scored, [1, 3]);
    // The other side alone would still say something of the dimension: it goes too.
    assert_eq!(ownership.now.rhineland, None);
    assert_eq!(ownership.now.zone, TeamZone::TooFew);
    assert_eq!(zone(ownership), None);
    assert!(zone(theme(&t, Dimension::Focus)).is_some());
}
