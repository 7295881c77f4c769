//! Scoring, as the product brief describes it, checked on examples and by property.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::{Answer, Answers, Horizon, Level, Rating};
use teambalans_core::instrument::Instrument;
use teambalans_core::instrument::{statements, Dimension, Pole, StatementId};
use teambalans_core::locale::Locale;
use teambalans_core::score::member::score_answers;
use teambalans_core::score::member::{DimensionScore, MemberScores, PoleScore};
use teambalans_core::score::reading::reading;
use teambalans_core::score::scoring::{Zone, STRONG_FROM};

/// A first-version member's scores.
fn profile(answers: &Answers, horizon: Horizon) -> MemberScores {
    score_answers(Instrument::V1, answers, horizon)
}

/// A pole's strength, `None` without a score.
fn strength(score: &PoleScore) -> Option<f64> {
    score.strength().map(|s| s.value)
}

/// Every dimension with its first-version dimension, and the overall score.
fn dimensions(p: &MemberScores) -> Vec<(Dimension, DimensionScore)> {
    p.dimensions
        .iter()
        .filter_map(|d| Some((Dimension::from_id(d.dimension)?, *d)))
        .collect()
}

fn overall(p: &MemberScores) -> DimensionScore {
    p.overall()
        .expect("the first version always has an overall score")
}

fn all(answer: Answer) -> Answers {
    statements()
        .iter()
        .map(|s| {
            (
                s.id,
                Rating {
                    now: Some(answer),
                    desired: None,
                },
            )
        })
        .collect()
}

fn pole_answers(anglo: Answer, rhine: Answer) -> Answers {
    statements()
        .iter()
        .map(|s| {
            let answer = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            (
                s.id,
                Rating {
                    now: Some(answer),
                    desired: None,
                },
            )
        })
        .collect()
}

#[test]
fn completely_everywhere_is_strong_on_both_at_100() {
    let p = profile(&all(Answer::Level(Level::Completely)), Horizon::Now);
    for (_, score) in dimensions(&p) {
        assert_eq!(strength(&score.anglo_saxon), Some(100.0));
        assert_eq!(strength(&score.rhineland), Some(100.0));
        assert_eq!(score.difference(), Some(0.0));
        assert_eq!(score.zone(), Some(Zone::StrongOnBoth));
    }
    assert_eq!(overall(&p).weaker_side(), Some(100.0));
}

#[test]
fn weak_on_both_is_not_balanced_in_disguise() {
    let p = profile(&all(Answer::Level(Level::NotAtAll)), Horizon::Now);
    // Balance is 0, as for "strong on both", but zone and integration tell them apart.
    assert_eq!(overall(&p).difference(), Some(0.0));
    assert_eq!(overall(&p).zone(), Some(Zone::WeakOnBoth));
    assert_eq!(overall(&p).weaker_side(), Some(0.0));
}

#[test]
fn one_strong_pole_gives_its_zone() {
    let anglo = pole_answers(
        Answer::Level(Level::Completely),
        Answer::Level(Level::ALittle),
    );
    let p = profile(&anglo, Horizon::Now);
    assert_eq!(overall(&p).zone(), Some(Zone::MainlyAngloSaxon));
    assert_eq!(overall(&p).difference(), Some(25.0 - 100.0));
    let rhine = pole_answers(Answer::Level(Level::Partly), Answer::Level(Level::Largely));
    assert_eq!(
        overall(&profile(&rhine, Horizon::Now)).zone(),
        Some(Zone::MainlyRhineland)
    );
}

#[test]
fn a_pole_with_no_answers_has_no_score_never_zero() {
    let skipped = all(Answer::Skip);
    let score = dimensions(&profile(&skipped, Horizon::Now))[0].1;
    assert_eq!(strength(&score.anglo_saxon), None);
    assert_eq!(strength(&score.rhineland), None);
    assert_eq!(score.difference(), None);
    assert_eq!(score.zone(), None);
    assert_eq!(
        strength(&overall(&profile(&Answers::new(), Horizon::Now)).anglo_saxon),
        None
    );
}

#[test]
fn desired_is_scored_apart_from_now() {
    let mut answers = all(Answer::Level(Level::ALittle));
    for rating in answers.values_mut() {
        rating.desired = Some(Answer::Level(Level::Largely));
    }
    assert_eq!(
        strength(&overall(&profile(&answers, Horizon::Now)).anglo_saxon),
        Some(25.0)
    );
    assert_eq!(
        strength(&overall(&profile(&answers, Horizon::Desired)).anglo_saxon),
        Some(75.0)
    );
}

#[test]
fn the_zone_threshold_is_the_named_constant() {
    assert_eq!(Zone::of(STRONG_FROM, STRONG_FROM), Zone::StrongOnBoth);
    assert_eq!(
        Zone::of(STRONG_FROM - 0.01, STRONG_FROM),
        Zone::MainlyRhineland
    );
    assert_eq!(
        Zone::of(STRONG_FROM, STRONG_FROM - 0.01),
        Zone::MainlyAngloSaxon
    );
    assert_eq!(Zone::of(0.0, 0.0), Zone::WeakOnBoth);
}

fn answer_strategy() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::Skip)),
        5 => (1u8..=5).prop_map(Answer::from_id),
    ]
}

fn answers_strategy() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(answer_strategy(), statements().len()).prop_map(|list| {
        statements()
            .iter()
            .zip(list)
            .filter_map(|(s, a)| {
                a.map(|a| {
                    (
                        s.id,
                        Rating {
                            now: Some(a),
                            desired: None,
                        },
                    )
                })
            })
            .collect()
    })
}

/// Answers with each Anglo-Saxon statement's answer moved to the matching Rhineland
/// statement of the same dimension, and back.
fn mirrored(answers: &Answers) -> Answers {
    let mut out = Answers::new();
    for dimension in Dimension::ALL {
        let anglo: Vec<StatementId> = dimension
            .statements()
            .filter(|s| s.pole == Pole::AngloSaxon)
            .map(|s| s.id)
            .collect();
        let rhine: Vec<StatementId> = dimension
            .statements()
            .filter(|s| s.pole == Pole::Rhineland)
            .map(|s| s.id)
            .collect();
        for (a, r) in anglo.iter().zip(&rhine) {
            if let Some(rating) = answers.get(a) {
                out.insert(*r, *rating);
            }
            if let Some(rating) = answers.get(r) {
                out.insert(*a, *rating);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scores_stay_in_range(answers in answers_strategy()) {
        let p = profile(&answers, Horizon::Now);
        for score in p.dimensions.iter().copied().chain([overall(&p)]) {
            for pole in Pole::ALL {
                if let Some(s) = strength(score.pole(pole)) {
                    prop_assert!((0.0..=100.0).contains(&s));
                }
            }
            if let Some(b) = score.difference() {
                prop_assert!((-100.0..=100.0).contains(&b));
            }
            if let (Some(i), Some(a), Some(r)) = (score.weaker_side(), strength(&score.anglo_saxon), strength(&score.rhineland)) {
                prop_assert!(i <= a && i <= r);
            }
        }
    }

    #[test]
    fn order_of_answers_does_not_matter(answers in answers_strategy(), seed in any::<u64>()) {
        let mut pairs: Vec<_> = answers.iter().map(|(k, v)| (*k, *v)).collect();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..pairs.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            pairs.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let reordered: Answers = pairs.into_iter().collect();
        prop_assert_eq!(profile(&reordered, Horizon::Now), profile(&answers, Horizon::Now));
    }

    #[test]
    fn strength_does_not_depend_on_statement_order(mut levels in proptest::collection::vec(1u8..=5, 4)) {
        // Ownership's four statements, answered in one order and in the reverse one.
        let ids: Vec<StatementId> = statements().iter().filter(|s| s.dimension == Dimension::Ownership).map(|s| s.id).collect();
        let answered = |levels: &[u8]| -> Answers {
            ids.iter().zip(levels).map(|(id, l)| (*id, Rating { now: Answer::from_id(*l), desired: None })).collect()
        };
        let pooled = |levels: &[u8]| {
            let p = profile(&answered(levels), Horizon::Now);
            let d = dimensions(&p)[0].1;
            (strength(&d.anglo_saxon).unwrap_or(-1.0) + strength(&d.rhineland).unwrap_or(-1.0)) * 2.0
        };
        let mean = levels.iter().map(|l| f64::from(*l)).sum::<f64>() / levels.len() as f64;
        let forward = pooled(&levels);
        levels.reverse();
        // Reversed, the two poles swap answers: their sum stays the same.
        prop_assert!((pooled(&levels) - forward).abs() < 1e-9);
        prop_assert!((forward - 4.0 * (mean - 1.0) * 25.0).abs() < 1e-9);
    }

    #[test]
    fn skipping_never_changes_the_other_answers_effect(answers in answers_strategy(), pick in any::<prop::sample::Index>()) {
        let id = statements()[pick.index(statements().len())].id;
        let mut skipped = answers.clone();
        skipped.insert(id, Rating { now: Some(Answer::Skip), desired: None });
        let mut removed = answers.clone();
        removed.remove(&id);
        prop_assert_eq!(profile(&skipped, Horizon::Now), profile(&removed, Horizon::Now));
    }

    #[test]
    fn swapping_poles_mirrors_the_balance(answers in answers_strategy()) {
        let p = profile(&answers, Horizon::Now);
        let m = profile(&mirrored(&answers), Horizon::Now);
        for (a, b) in p.dimensions.iter().zip(&m.dimensions) {
            prop_assert_eq!(a.difference().map(|x| -x), b.difference());
            prop_assert_eq!(a.weaker_side(), b.weaker_side());
        }
        prop_assert_eq!(overall(&p).weaker_side(), overall(&m).weaker_side());
    }

    #[test]
    fn the_zone_agrees_with_the_strengths(answers in answers_strategy()) {
        for score in profile(&answers, Horizon::Now).dimensions {
            if let (Some(zone), Some(a), Some(r)) = (score.zone(), strength(&score.anglo_saxon), strength(&score.rhineland)) {
                prop_assert_eq!(zone == Zone::StrongOnBoth, a >= STRONG_FROM && r >= STRONG_FROM);
                prop_assert_eq!(zone == Zone::WeakOnBoth, a < STRONG_FROM && r < STRONG_FROM);
            }
        }
    }

    #[test]
    fn a_reading_names_each_dimension_in_one_sentence_at_most(answers in answers_strategy()) {
        let p = profile(&answers, Horizon::Now);
        for locale in [Locale::Nl, Locale::En] {
            let sentences = reading(&p, locale);
            // The first sentence (taken together) names no dimension; the others list them.
            let lists: Vec<&String> = sentences.iter().filter(|s| !s.starts_with("Alles bij elkaar") && !s.starts_with("Taken together")).collect();
            for (dimension, score) in &dimensions(&p) {
                let name = dimension.def().name.get(locale);
                let named = lists.iter().filter(|s| s.contains(name)).count();
                prop_assert!(named <= 1, "{name} in {named} sentences: {sentences:?}");
                // A dimension with a zone is always named, in the sentence of its zone
                // when both sides agree.
                match score.zone() {
                    Some(Zone::WeakOnBoth) => {
                        let weak = if locale == Locale::Nl { "Beide kanten zwak bij " } else { "Weak on both in " };
                        prop_assert!(lists.iter().any(|s| s.starts_with(weak) && s.contains(name)));
                    }
                    Some(Zone::StrongOnBoth) => {
                        let strong = if locale == Locale::Nl { "Beide kanten sterk bij " } else { "Strong on both in " };
                        prop_assert!(lists.iter().any(|s| s.starts_with(strong) && s.contains(name)));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The coach's case: Focus weak on both, with one side far ahead of the other, is read as
/// weak on both and not also as "clearly stronger".
#[test]
fn weak_on_both_with_one_side_ahead_is_only_weak_on_both() {
    let answers: Answers = statements()
        .iter()
        .filter(|s| s.dimension == Dimension::Focus)
        .map(|s| {
            let level = if s.pole == Pole::AngloSaxon {
                Level::ALittle
            } else {
                Level::Partly
            };
            (
                s.id,
                Rating {
                    now: Some(Answer::Level(level)),
                    desired: None,
                },
            )
        })
        .collect();
    let p = profile(&answers, Horizon::Now);
    let focus = dimensions(&p)
        .into_iter()
        .find(|(d, _)| *d == Dimension::Focus)
        .map(|(_, s)| s)
        .expect("Focus is scored");
    assert_eq!(focus.zone(), Some(Zone::WeakOnBoth));
    assert!(
        focus.difference().unwrap_or_default()
            >= teambalans_core::instrument::v1::RULES.difference_at_least
    );
    let en = reading(&p, Locale::En);
    assert!(
        en.iter().any(|s| s.starts_with("Weak on both in Focus")),
        "{en:?}"
    );
    assert!(!en.iter().any(|s| s.contains("clearly stronger")), "{en:?}");
}
