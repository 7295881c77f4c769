//! Instrument version 3: it measures the balance, not how content a team is. Answering by
//! how good a statement sounds, saying yes, leaving one key open or answering at random
//! must not produce findings; honest answers near the cut must not land in a wrong
//! zone; the table and the reading follow one rule; a team is divided by distance.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::model::{Instrument, Key, Pole};
use teambalans_core::locale::Locale;
use teambalans_core::score::member::{score_member, team_dimension, PoleScore, TeamZone};
use teambalans_core::score::own::{personal_reading, zone_label};
use teambalans_core::score::scoring::Zone;
use teambalans_core::score::simulation::{
    halo_yes_zone_pct, halo_zone_pct, one_key_nonanswer_error_pct, random_clear_pct,
    uniform_strong_pct, Synthetic,
};

const V3: Instrument = Instrument::V3;

// With the committed ratings of the final texts' raters (`v3::VALENCE`, round 9): one
// member per rater and one for their mean, at half a step and a whole step per point.
#[test]
fn answering_by_how_good_a_statement_sounds_lands_in_the_middle() {
    assert_eq!(halo_zone_pct(), 0.0, "halo answerers placed in a zone");
    assert_eq!(
        halo_yes_zone_pct(),
        0.0,
        "halo answerers who say yes placed"
    );
}

#[test]
fn one_answer_everywhere_or_random_answers_give_no_finding() {
    assert_eq!(uniform_strong_pct(V3), 0.0);
    let random = random_clear_pct(V3, 4_000, 7);
    assert!(
        random <= 5.0,
        "{random} % of random members got a clear difference"
    );
}

#[test]
fn profiles_near_the_cut_land_in_their_zone_or_stay_unclear() {
    let r = Synthetic::NEAR_CUT.recovery(V3, 1_500, 11);
    assert!(r.recovered_pct >= 90.0, "{r:?}");
    assert!(r.wrong_pct <= 2.0, "{r:?}");
}

#[test]
fn non_answers_on_one_key_neither_correct_wrongly_nor_call_a_yes_sayer() {
    assert!(one_key_nonanswer_error_pct(V3, 1_500, 11) <= 5.0);
    // The member: "often" on every forward statement, "does not occur" on
    // every reverse one. Version 2 took that for saying yes; version 3 cannot tell, and
    // says so.
    let answers: Vec<Option<Answer>> = V3
        .statements()
        .map(|s| {
            Some(match s.key {
                Key::Plus => Answer::Level(Level::Largely),
                Key::Minus => Answer::NotApplicable,
            })
        })
        .collect();
    let member = score_member(V3, &answers, &[]);
    assert_eq!(member.yes_saying, None);
    assert!(!member.says_yes_to_everything());
    assert!(member
        .dimensions
        .iter()
        .all(|d| matches!(d.anglo_saxon, PoleScore::TooFewAnswers { answered: 2 })));
    let old = score_member(Instrument::V2, &answers, &[]);
    assert!(old.says_yes_to_everything(), "version 2's finding, kept");
}

#[test]
fn yes_saying_is_read_from_the_mirror_pairs() {
    // Every statement one step higher than an honest member's: the pairs average one
    // step above the middle, and it is taken off.
    let answers: Vec<Option<Answer>> = V3
        .statements()
        .map(|s| {
            let seen = (s.pole == Pole::Rhineland) == (s.key == Key::Plus);
            Some(Answer::Level(if seen {
                Level::Completely
            } else {
                Level::Partly
            }))
        })
        .collect();
    let member = score_member(V3, &answers, &[]);
    assert_eq!(member.yes_saying, Some(1.0));
    assert!(member.says_yes_to_everything());
    for d in &member.dimensions {
        assert_eq!(
            d.zone(),
            Some(Zone::MainlyRhineland),
            "dimension {}",
            d.dimension
        );
    }
    let nl = personal_reading(&member, Locale::Nl);
    assert!(nl.iter().any(|s| s.contains("ja-zeggen")), "{nl:?}");
    assert!(
        !nl.iter().any(|s| s.contains("bijna overal hetzelfde")),
        "{nl:?}"
    );
}

fn answer_strategy() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop::collection::vec(
        prop_oneof![
            6 => (1u8..=5).prop_map(|v| Level::from_value(v).map(Answer::Level)),
            1 => Just(Some(Answer::Skip)),
            1 => Just(Some(Answer::NotApplicable)),
            1 => Just(None),
        ],
        72,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The table's label of each dimension and the reading name the same zone, a
    /// difference is clear exactly where one side is strong and the other weak, the
    /// overall side is clear only where some dimension's is, and scores stay in 0–100.
    #[test]
    fn the_table_and_the_reading_follow_one_rule(answers in answer_strategy()) {
        let member = score_member(V3, &answers, &[]);
        let reading = personal_reading(&member, Locale::En).join(" ");
        for d in &member.dimensions {
            for pole in Pole::ALL {
                if let Some(s) = d.pole(pole).strength() {
                    prop_assert!((0.0..=100.0).contains(&s.value));
                }
            }
            let expected = match d.zone() {
                Some(Zone::MainlyAngloSaxon) => Some(Pole::AngloSaxon),
                Some(Zone::MainlyRhineland) => Some(Pole::Rhineland),
                _ => None,
            };
            prop_assert_eq!(d.clear_difference(), expected);
            let name = V3.dimension_by_id(d.dimension).map(|v| v.name.en).unwrap_or("?");
            let label = zone_label(d.zone(), d.difference().is_some()).en;
            // The reading names each dimension after the same label as the table.
            let sentence = reading
                .split(". ")
                .find(|s| s.contains(name))
                .unwrap_or_default()
                .to_lowercase();
            prop_assert!(
                sentence.starts_with(&label.to_lowercase()),
                "{name}: table says {label}, reading says {sentence}"
            );
        }
        if let Some(overall) = member.overall() {
            for pole in Pole::ALL {
                let clear_somewhere = member
                    .dimensions
                    .iter()
                    .any(|d| d.pole(pole).strength().and_then(|s| s.side()).is_some());
                let clear_overall = overall.pole(pole).strength().and_then(|s| s.side());
                prop_assert!(clear_overall.is_none() || clear_somewhere);
            }
        }
    }
}

fn member_at(anglo: Level, rhine: Level) -> teambalans_core::score::member::MemberScores {
    // Forward statements at the pole's level, reverse ones mirrored: no yes-saying.
    let answers: Vec<Option<Answer>> = V3
        .statements()
        .map(|s| {
            let level = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            let value = match s.key {
                Key::Plus => level.value(),
                Key::Minus => 6 - level.value(),
            };
            Level::from_value(value).map(Answer::Level)
        })
        .collect();
    score_member(V3, &answers, &[])
}

#[test]
fn a_team_is_divided_by_distance_not_by_zone_counts() {
    // Two members a step apart on one pole, in neighbouring zones: close, not divided.
    let near = [
        member_at(Level::Partly, Level::Largely),
        member_at(Level::Largely, Level::Largely),
        member_at(Level::Largely, Level::Largely),
    ];
    let team = team_dimension(&near, 0).expect("scored");
    assert_ne!(team.zone, TeamZone::Divided, "{team:?}");
    // Members at opposite ends of a pole: divided, whatever the zone counts.
    let far = [
        member_at(Level::NotAtAll, Level::Largely),
        member_at(Level::Completely, Level::Largely),
        member_at(Level::NotAtAll, Level::Largely),
        member_at(Level::Completely, Level::Largely),
    ];
    let team = team_dimension(&far, 0).expect("scored");
    assert_eq!(team.zone, TeamZone::Divided, "{team:?}");
    // Agreeing members: the label is the zone of the means, where the mark is drawn.
    let together = [
        member_at(Level::Largely, Level::ALittle),
        member_at(Level::Completely, Level::ALittle),
        member_at(Level::Largely, Level::NotAtAll),
    ];
    let team = team_dimension(&together, 0).expect("scored");
    let (a, r) = (
        team.anglo_saxon.expect("scored").mean,
        team.rhineland.expect("scored").mean,
    );
    assert_eq!(
        team.zone,
        TeamZone::Together(Zone::from_sides(a > 50.0, r > 50.0))
    );
    assert_eq!(team.zone, TeamZone::Together(Zone::MainlyAngloSaxon));
}

/// Every blind rating of a statement's exact text, from the rounds whose raters read it
/// (`docs/instrument-v3/round-N/`): the committed evidence behind the valence bar.
fn pooled_valence() -> Vec<f64> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/instrument-v3");
    let read = |round: u8, file: &str| -> serde_json::Value {
        let path = format!("{root}/round-{round}/{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let mut sums = vec![(0.0, 0usize); 72];
    for round in [8, 9] {
        let shown = read(round, "statements.json");
        let ratings = read(round, "valence-ratings.json");
        for s in V3.statements() {
            let id = s.id.0;
            let text = shown
                .as_array()
                .and_then(|list| list.iter().find(|r| r["id"] == id))
                .and_then(|r| r["nl"].as_str());
            if text != Some(s.text.nl) {
                continue;
            }
            for value in ratings[id.to_string()]
                .as_object()
                .map(|m| {
                    m.values()
                        .filter_map(serde_json::Value::as_f64)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
            {
                let slot = &mut sums[usize::from(id) - 1];
                *slot = (slot.0 + value, slot.1 + 1);
            }
        }
    }
    sums.iter()
        .enumerate()
        .map(|(i, (sum, n))| {
            assert!(
                *n >= 3,
                "statement {} has {n} blind ratings of its text",
                i + 1
            );
            sum / *n as f64
        })
        .collect()
}

#[test]
fn within_each_pole_both_keys_sound_alike_by_the_blind_ratings() {
    let valence = pooled_valence();
    for pole in Pole::ALL {
        let mean = |key: Key| {
            let of: Vec<f64> = V3
                .statements()
                .filter(|s| s.pole == pole && s.key == key)
                .map(|s| valence[usize::from(s.id.0) - 1])
                .collect();
            of.iter().sum::<f64>() / of.len() as f64
        };
        let difference = mean(Key::Plus) - mean(Key::Minus);
        assert!(difference.abs() <= 0.25, "{pole:?}: {difference:.2}");
        // Each pole has statements that sound good and ones that sound less good.
        let of_pole: Vec<f64> = V3
            .statements()
            .filter(|s| s.pole == pole)
            .map(|s| valence[usize::from(s.id.0) - 1])
            .collect();
        assert!(of_pole.iter().any(|v| *v >= 1.0) && of_pole.iter().any(|v| *v <= 0.0));
    }
}
