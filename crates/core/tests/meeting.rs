//! The team meeting on the projector: notes per talking point kept with the round and
//! merged across tabs (property-tested), and the talking points in meeting order.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::{MemberId, RoundId, TeamId};
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::Instrument;
use teambalans_core::meeting::notes::MAX_NOTE_CHARS;
use teambalans_core::meeting::present::{
    meeting_points, point_statements, PointFigure, MEETING_POINTS,
};
use teambalans_core::round::responses::MemberResponse;
use teambalans_core::round::rounds::RoundDraft;
use teambalans_core::round::team_book::{RoundError, TeamBook};
use teambalans_core::score::team::TeamFigures;
use teambalans_core::store::schema::{self, AppData};

const NOW: i64 = 1_795_400_000_000;
const TEAM: TeamId = TeamId([7; 6]);
const ROUND: RoundId = RoundId([1; 6]);

/// A version 2 round with `members` answers that differ per member and dimension.
fn book(members: u8) -> TeamBook {
    let mut book = TeamBook::default();
    book.add_team(TEAM, "Werkplaats".into(), NOW);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Najaar".into(),
            date_days: 20_415,
            ask_desired: false,
            min_group: 3,
            expected: Some(6),
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        ROUND,
        NOW,
    )
    .unwrap();
    for m in 0..members {
        let r = MemberResponse {
            member: MemberId([m + 10; 6]),
            revision: 1,
            instrument: Instrument::V2,
            has_desired: false,
            ratings: (0..72u8)
                .map(|i| (Answer::from_id((m * (i % 9) + i) % 5 + 1), None))
                .collect(),
            trade_offs: (0..9u8).map(|d| (Some((m * d) % 11), None)).collect(),
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        };
        book.add_response(ROUND, &r, NOW).unwrap();
    }
    book
}

#[test]
fn a_note_is_kept_with_the_round_and_survives_storage() {
    let mut book = book(3);
    book.set_note(ROUND, 4, "We zien het anders ← → dan gedacht", NOW)
        .unwrap();
    assert_eq!(
        book.round(ROUND).unwrap().note(4),
        "We zien het anders ← → dan gedacht"
    );
    assert_eq!(book.round(ROUND).unwrap().note(5), "");
    // A talking point the round's version does not have is refused.
    assert_eq!(
        book.set_note(ROUND, 99, "x", NOW),
        Err(RoundError::NoSuchDimension)
    );
    assert_eq!(
        book.set_note(RoundId([9; 6]), 4, "x", NOW),
        Err(RoundError::NoSuchRound)
    );
    let data = AppData {
        teams: book.clone(),
        ..AppData::default()
    };
    let read = schema::decode(&schema::encode(&data)).unwrap();
    assert_eq!(
        read.teams.round(ROUND).unwrap().note(4),
        "We zien het anders ← → dan gedacht"
    );
}

#[test]
fn a_round_stored_without_notes_reads_with_none_and_stores_none() {
    let book = book(3);
    let json = serde_json::to_string(book.round(ROUND).unwrap()).unwrap();
    // Not a byte more for rounds that have no meeting notes.
    assert!(!json.contains("notes"), "{json}");
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value.as_object_mut().unwrap().remove("notes");
    let back: teambalans_core::round::rounds::Round = serde_json::from_value(value).unwrap();
    assert!(back.notes.is_empty());
}

#[test]
fn a_long_note_is_cut_at_a_character() {
    let mut book = book(3);
    let long = "é".repeat(MAX_NOTE_CHARS + 10);
    book.set_note(ROUND, 1, &long, NOW).unwrap();
    assert_eq!(
        book.round(ROUND).unwrap().note(1).chars().count(),
        MAX_NOTE_CHARS
    );
}

#[test]
fn talking_points_come_largest_disagreement_first_and_only_from_the_minimum_group() {
    let five = book(5);
    let round = five.round(ROUND).unwrap();
    let data = round.data("Werkplaats");
    let points = meeting_points(&data);
    let team = TeamFigures::of(&data);
    let expected: Vec<u8> = team
        .most_disagreed()
        .into_iter()
        .take(MEETING_POINTS)
        .map(|(d, _)| d.id)
        .collect();
    assert_eq!(points.len(), MEETING_POINTS);
    assert_eq!(
        points.iter().map(|p| p.dimension).collect::<Vec<_>>(),
        expected
    );
    // Divided ones first, then by spread, largest first.
    let key = |f: PointFigure| match f {
        PointFigure::Divided => f64::INFINITY,
        PointFigure::Spread(s) => s as f64,
    };
    assert!(points
        .windows(2)
        .all(|w| key(w[0].figure) >= key(w[1].figure)));

    let too_few = book(2);
    let round = too_few.round(ROUND).unwrap();
    assert!(meeting_points(&round.data("Werkplaats")).is_empty());
}

/// One thing a facilitator does in a tab: note on a talking point, or take in the
/// other tab's saved copy.
#[derive(Debug, Clone)]
enum Step {
    Note(u8, String),
    Sync,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1u8..=4, "[a-z ←→]{0,6}").prop_map(|(d, t)| Step::Note(d, t)),
        Just(Step::Sync),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Two tabs note on the same talking points, now and then taking in each other's
    /// copy: merged either way round they end alike, a second merge changes nothing,
    /// and each talking point keeps the note changed last (the clock may stand still).
    #[test]
    fn notes_made_in_two_tabs_converge_to_the_later_edit(
        steps in proptest::collection::vec((any::<bool>(), step(), 0i64..3), 0..24),
    ) {
        let mut tabs = [book(3), book(3)];
        let mut now = NOW + 100;
        // Per talking point: the last note written anywhere, and its stamp.
        let mut last: std::collections::BTreeMap<u8, (i64, String)> = Default::default();
        for (second, step, gap) in &steps {
            now += gap;
            let (this, other) = if *second { (1, 0) } else { (0, 1) };
            match step {
                Step::Note(d, text) => {
                    tabs[this].set_note(ROUND, *d, text, now).unwrap();
                    let stamp = tabs[this].round(ROUND).unwrap().notes.iter()
                        .find(|n| n.dimension == *d).unwrap().updated_at;
                    let later = last.get(d).is_none_or(|(t, s)| (stamp, text) > (*t, s));
                    if later {
                        last.insert(*d, (stamp, text.clone()));
                    }
                }
                Step::Sync => {
                    let copy = tabs[other].clone();
                    tabs[this].merge(&copy);
                }
            }
        }
        let [a, b] = tabs;
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        prop_assert_eq!(&ab, &ba);
        let mut again = ab.clone();
        again.merge(&a);
        again.merge(&b);
        prop_assert_eq!(&again, &ab);
        let round = ab.round(ROUND).unwrap();
        for (d, (_, text)) in &last {
            prop_assert_eq!(round.note(*d), text.as_str());
        }
    }
}

#[test]
fn a_talking_point_shows_its_own_statements_with_everyones_answers() {
    let five = book(5);
    let data = five.round(ROUND).unwrap().data("Werkplaats");
    for d in Instrument::CURRENT.dimensions() {
        let list = point_statements(&data, d.id);
        // Versions 2 and 3 ask eight statements a dimension.
        assert_eq!(list.len(), 8, "dimension {}", d.id);
        for s in &list {
            assert_eq!(Instrument::CURRENT.statement(s.id).unwrap().dimension, d.id);
            assert_eq!(s.histogram.iter().sum::<u32>() + s.skipped, 5);
        }
    }
    let two = book(2);
    assert!(point_statements(&two.round(ROUND).unwrap().data("Werkplaats"), 1).is_empty());
}
