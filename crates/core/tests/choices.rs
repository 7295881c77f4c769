//! The round's own choices: a facilitator who stays out is in no figure, count or link;
//! an anonymous round never keeps or sends a name; own statements travel with the round
//! and never touch the instrument's scores.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::{MemberId, RoundId, TeamId};
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::Instrument;
use teambalans_core::link::{decode, to_fragment, Link, Response, REVISION_EPOCH_MS};
use teambalans_core::round::import::{import_all, ImportResult, PastePlace};
use teambalans_core::round::invitation::Invitation;
use teambalans_core::round::rounds::RoundDraft;
use teambalans_core::round::session::Session;
use teambalans_core::round::team_book::TeamBook;
use teambalans_core::score::own_statements::own_figures;
use teambalans_core::score::round_data::{RoundData, MIN_SHOWN_GROUP};

const NOW: i64 = 1_795_400_000_000;
const TEAM: TeamId = TeamId([7; 6]);
const ROUND: RoundId = RoundId([1; 6]);

fn book(open: bool, facilitator_out: bool, own: usize) -> TeamBook {
    let mut book = TeamBook::default();
    book.add_team(TEAM, "Werkplaats".into(), NOW);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Najaar".into(),
            date_days: 20_415,
            ask_desired: false,
            min_group: 2,
            expected: None,
            open,
            facilitator_out,
            own_statements: (0..own).map(|i| format!("Stelling {i}")).collect(),
        },
        ROUND,
        NOW,
    )
    .unwrap();
    book
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

/// One member's response link: some by the facilitator, some named, own answers.
fn response(
    member: u8,
    facilitator: bool,
    name: Option<String>,
    own: Vec<Option<Answer>>,
) -> Response {
    Response {
        round: ROUND,
        member: MemberId([member; 6]),
        revision: REVISION_EPOCH_MS + i64::from(member) * 1000,
        instrument: Instrument::CURRENT,
        has_desired: false,
        ratings: (0..72)
            .map(|i| {
                (
                    Answer::from_id(1 + ((i + usize::from(member)) % 5) as u8),
                    None,
                )
            })
            .collect(),
        trade_offs: vec![(Some(member % 11), None); 9],
        facilitator,
        name,
        own_answers: own,
    }
}

fn people(own: usize) -> impl Strategy<Value = Vec<(bool, Option<String>, Vec<Option<Answer>>)>> {
    proptest::collection::vec(
        (
            any::<bool>(),
            proptest::option::of("[A-Za-zë ]{1,12}"),
            proptest::collection::vec(answer(), own..=own),
        ),
        1..10,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever arrives, by links: the facilitator's answers count exactly when they
    /// answer too; names are kept and sent only in an open round; every counted
    /// respondent's own answers travel in the results link, in step with their answers.
    #[test]
    fn the_rounds_choices_hold_from_response_links_to_the_results_link(
        open in any::<bool>(),
        out in any::<bool>(),
        own in 0usize..=5,
        list in people(5),
    ) {
        let mut book = book(open, out, own);
        let links: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, (f, name, answers))| {
                let name = name.as_ref().map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
                let r = response(i as u8, *f, name, answers[..own].to_vec());
                to_fragment(&Link::Response(r)).unwrap()
            })
            .collect();
        let rows = import_all(&links.join("\n"), PastePlace::Round(ROUND), &mut book, NOW);
        prop_assert!(rows.iter().all(|r| matches!(r.result, ImportResult::Added(_))));

        let round = book.round(ROUND).unwrap();
        let by_facilitator = list.iter().filter(|(f, _, _)| *f).count();
        let counted = if out { list.len() - by_facilitator } else { list.len() };
        prop_assert_eq!(round.respondents(), counted);
        prop_assert_eq!(round.progress().answered, counted);
        prop_assert_eq!(round.kept_apart(), list.len() - counted);
        // Kept, all of them, whether counted or not.
        prop_assert_eq!(round.responses.len(), list.len());
        if !open {
            prop_assert!(round.responses.iter().all(|r| r.name.is_none()));
        }

        let data = book.round_data(ROUND).unwrap();
        prop_assert_eq!(data.respondents.len(), counted);
        let counted_names = list
            .iter()
            .filter(|(f, _, _)| !(out && *f))
            .filter(|(_, n, _)| n.as_ref().is_some_and(|n| !n.trim().is_empty()))
            .count();
        prop_assert_eq!(data.names.len(), if open { counted_names } else { 0 });

        if let Some(results) = data.results() {
            let link = to_fragment(&Link::Results(results.clone())).unwrap();
            let Ok(Link::Results(read)) = decode(&link) else {
                return Err(TestCaseError::fail("the results link opens"));
            };
            prop_assert_eq!(read.respondents.len(), counted);
            prop_assert_eq!(read.round.own_statements.len(), own);
            prop_assert_eq!(read.own_answers.len(), if own > 0 { counted } else { 0 });
            if !open {
                prop_assert!(read.names.is_empty());
            }
            // The page of a results link shows what this browser's dashboard shows.
            let shown = RoundData::from_results(&read);
            prop_assert_eq!(&shown.names, &data.names);
            prop_assert_eq!(
                own_figures(&shown.own_statements, &shown.own_answers),
                own_figures(&data.own_statements, &data.own_answers)
            );
        } else {
            // The book's minimum of 2 shows as the least any round shows: 3.
            prop_assert!(counted < usize::from(MIN_SHOWN_GROUP));
        }
    }

    /// Own answers never move the instrument's scores.
    #[test]
    fn own_answers_never_touch_the_instruments_figures(list in people(3)) {
        let import = |own: usize| {
            let mut book = book(false, false, own);
            let links: Vec<String> = list
                .iter()
                .enumerate()
                .map(|(i, (_, _, answers))| {
                    let r = response(i as u8, false, None, answers[..own].to_vec());
                    to_fragment(&Link::Response(r)).unwrap()
                })
                .collect();
            import_all(&links.join("\n"), PastePlace::Round(ROUND), &mut book, NOW);
            book.round_data(ROUND).unwrap()
        };
        let (with, without) = (import(3), import(0));
        prop_assert_eq!(&with.respondents, &without.respondents);
        prop_assert_eq!(&with.trade_offs, &without.trade_offs);
        prop_assert!(without.own_answers.is_empty());
    }
}

#[test]
fn an_anonymous_invitation_sends_no_name_and_an_open_one_a_clean_one() {
    let mut book = book(false, false, 2);
    let invite = book.round(ROUND).unwrap().invite("Werkplaats");
    assert!(!invite.open);
    assert_eq!(invite.own_statements.len(), 2);
    let mut invitation = Invitation::new(invite, MemberId([3; 6]), NOW);
    invitation.scan.set_name("  Anouk\n", NOW + 1);
    invitation
        .scan
        .answer_own(1, Answer::Level(Level::Largely), NOW + 2);
    let response = invitation.response();
    assert_eq!(response.name, None);
    assert_eq!(
        response.own_answers,
        vec![None, Some(Answer::Level(Level::Largely))]
    );
    // Answering an own statement is a change: a newer revision.
    assert_eq!(response.revision, NOW + 2);

    book.rounds[0].open = true;
    let mut open = Invitation::new(
        book.round(ROUND).unwrap().invite("Werkplaats"),
        MemberId([3; 6]),
        NOW,
    );
    open.scan.set_name("  Anouk\n", NOW + 1);
    assert_eq!(open.response().name.as_deref(), Some("Anouk"));
    // A member who empties the field again sends no name.
    open.scan.set_name("   ", NOW + 3);
    assert_eq!(open.response().name, None);
}

#[test]
fn a_name_arriving_for_an_anonymous_round_is_dropped_and_a_facilitators_answers_are_kept_apart() {
    let mut book = book(false, true, 1);
    let named = response(1, false, Some("Jeroen".into()), vec![Some(Answer::Skip)]);
    let mine = response(2, true, None, vec![Answer::from_id(5)]);
    let links = [named, mine].map(|r| to_fragment(&Link::Response(r)).unwrap());
    import_all(&links.join(" "), PastePlace::Round(ROUND), &mut book, NOW);
    let round = book.round(ROUND).unwrap();
    assert!(round.responses.iter().all(|r| r.name.is_none()));
    assert_eq!(round.respondents(), 1);
    assert_eq!(round.kept_apart(), 1);
    assert!(round.responses.iter().any(|r| r.facilitator));
    // Pasting the same named link again is "already there", not a change to settle.
    let again = import_all(&links[0], PastePlace::Round(ROUND), &mut book, NOW + 5);
    assert!(matches!(again[0].result, ImportResult::AlreadyThere(_)));
}

#[test]
fn session_mode_keeps_own_answers_and_a_name_only_in_an_open_round() {
    for open in [false, true] {
        let mut book = book(open, false, 2);
        let mut session = Session::start(book.round(ROUND).unwrap(), MemberId([4; 6]));
        session.scan.set_name("Fatima", NOW);
        session
            .scan
            .answer_own(0, Answer::Level(Level::ALittle), NOW + 1);
        session
            .finish_member(&mut book, MemberId([5; 6]), NOW + 2)
            .unwrap();
        let round = book.round(ROUND).unwrap();
        let stored = &round.responses[0];
        assert_eq!(stored.own, "20");
        assert_eq!(stored.name.as_deref(), open.then_some("Fatima"));
        assert!(!stored.facilitator);
        // Nothing of theirs stays on the screen for the next member.
        assert!(session.scan.name.is_none() && session.scan.own.is_empty());
    }
}

#[test]
fn the_facilitators_own_pasted_answers_are_named_and_not_counted_as_added() {
    use teambalans_core::round::import::added_counts;
    for out in [true, false] {
        let mut book = book(false, out, 0);
        let member = response(1, false, None, Vec::new());
        let mine = response(2, true, None, Vec::new());
        let links = [member, mine].map(|r| to_fragment(&Link::Response(r)).unwrap());
        let rows = import_all(&links.join("\n"), PastePlace::Round(ROUND), &mut book, NOW);
        assert_eq!(
            rows.iter().map(|r| r.is_facilitators()).collect::<Vec<_>>(),
            [false, true]
        );
        let round = book.round(ROUND).unwrap();
        let apart = |r| book.round(r).is_some_and(|r| r.facilitator_out);
        // Kept apart: one added and counted, one of the coach's own; counting: two added.
        let expected = if out { (1, 1) } else { (2, 0) };
        assert_eq!(added_counts(&rows, apart), expected, "out: {out}");
        assert_eq!(round.respondents(), expected.0);
    }
}

#[test]
fn a_new_round_starts_from_the_team_s_last_round_s_choices() {
    use teambalans_core::round::team_book::RoundStart;
    let mut empty = TeamBook::default();
    empty.add_team(TEAM, "Leeg".into(), NOW);
    assert_eq!(empty.round_start(TEAM), RoundStart::default());
    let mut book = book(true, true, 2);
    let start = book.round_start(TEAM);
    assert!(start.open && start.facilitator_out && !start.ask_desired);
    assert_eq!(start.min_group, 2);
    assert_eq!(start.own_statements, ["Stelling 0", "Stelling 1"]);
    // A later round's choices win over an earlier one's.
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Voorjaar".into(),
            date_days: 20_600,
            ask_desired: true,
            min_group: 4,
            expected: Some(9),
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        RoundId([2; 6]),
        NOW + 1,
    )
    .unwrap();
    let start = book.round_start(TEAM);
    assert_eq!(
        start,
        RoundStart {
            ask_desired: true,
            min_group: 4,
            expected: Some(9),
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        }
    );
}

#[test]
fn a_pasted_response_says_when_it_was_answered_and_whose_code_it_has() {
    use teambalans_core::round::import::short_code;
    let mut book = book(false, false, 0);
    let first = response(1, false, None, Vec::new());
    let other = response(2, false, None, Vec::new());
    let links = [&first, &other].map(|r| to_fragment(&Link::Response(r.clone())).unwrap());
    let rows = import_all(&links.join("\n"), PastePlace::Round(ROUND), &mut book, NOW);
    let facts: Vec<_> = rows
        .iter()
        .map(|r| r.facts.clone().expect("a response"))
        .collect();
    // Two members of one round: their links share a start, their codes differ.
    assert_eq!(facts[0].code, short_code(first.member));
    assert_ne!(facts[0].code, facts[1].code);
    assert_eq!(facts[0].code.len(), 4);
    assert!(facts[0]
        .code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() && !"ILOU".contains(c)));
    assert_eq!(
        i64::from(facts[0].answered_days),
        first.revision.div_euclid(86_400_000)
    );
    // A cut-off link has no facts: the row shows its start and end instead.
    let cut = import_all(&links[0][..30], PastePlace::Round(ROUND), &mut book, NOW);
    assert_eq!(cut[0].facts, None);
}
