//! Teams, rounds, imports and session mode: the rules the facilitator relies on, as
//! property tests (nothing lost, nothing silently overwritten, deletions stick).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::dates::{days_of_ms, format_date, iso_date, parse_date};
use teambalans_core::id::{MemberId, RoundId, TeamId};
use teambalans_core::instrument::answers::{Answer, Horizon, Level};
use teambalans_core::instrument::Instrument;
use teambalans_core::link::names::{clean_text, NameError};
use teambalans_core::link::{
    revision_minutes, revision_ms, to_fragment, Link, LinkError, RatingPair, Response, TradePair,
    REVISION_EPOCH_MS,
};
use teambalans_core::locale::Locale;
use teambalans_core::round::import::{differences, import_all, ImportResult, PastePlace};
use teambalans_core::round::invitation::Invitation;
use teambalans_core::round::responses::{MemberResponse, StoredResponse};
use teambalans_core::round::rounds::{
    display_title, Action, ActionDraft, ActionStatus, RoundDraft, RoundOrigin,
};
use teambalans_core::round::session::Session;
use teambalans_core::round::team_book::{RoundAbsence, RoundError, TeamBook};
use teambalans_core::scan::ScanData;
use teambalans_core::store::schema::AppData;

const NOW: i64 = 1_795_400_000_000;
const TEAM: TeamId = TeamId([7; 6]);
const ROUND: RoundId = RoundId([1; 6]);

fn book_with_round() -> TeamBook {
    let mut book = TeamBook::default();
    book.add_team(TEAM, "Werkplaats".into(), NOW);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Najaar".into(),
            date_days: 20_415,
            ask_desired: true,
            min_group: 3,
            expected: None,
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        ROUND,
        NOW,
    )
    .unwrap();
    book
}

/// New rounds ask version 2: 72 statements, two non-answers, nine trade-offs.
const STATEMENTS: usize = 72;
const DIMENSIONS: usize = 9;

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn ratings(desired: bool) -> impl Strategy<Value = Vec<RatingPair>> {
    proptest::collection::vec((answer(), answer()), STATEMENTS).prop_map(move |list| {
        list.into_iter()
            // "Where we want to be" on statements only where the version asks it.
            .map(|(now, d)| (now, if desired && PER_STATEMENT { d } else { None }))
            .collect()
    })
}

const PER_STATEMENT: bool = Instrument::CURRENT.rules().desired_statements;

fn points() -> impl Strategy<Value = Option<u8>> {
    proptest::option::of(0u8..=10)
}

fn trade_offs(desired: bool) -> impl Strategy<Value = Vec<TradePair>> {
    proptest::collection::vec((points(), points()), DIMENSIONS).prop_map(move |list| {
        list.into_iter()
            .map(|(now, d)| (now, if desired { d } else { None }))
            .collect()
    })
}

/// An empty response of one member (the current version).
fn blank(member: u8, revision: i64, has_desired: bool) -> MemberResponse {
    MemberResponse {
        member: MemberId([member; 6]),
        revision,
        instrument: Instrument::CURRENT,
        has_desired,
        ratings: vec![(None, None); STATEMENTS],
        trade_offs: vec![(None, None); DIMENSIONS],
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    }
}

fn member_response() -> impl Strategy<Value = MemberResponse> {
    (
        any::<[u8; 6]>(),
        REVISION_EPOCH_MS..REVISION_EPOCH_MS + (1 << 40),
        any::<bool>(),
    )
        .prop_flat_map(|(member, revision, desired)| {
            (ratings(desired), trade_offs(desired)).prop_map(move |(ratings, trade_offs)| {
                MemberResponse {
                    member: MemberId(member),
                    revision,
                    instrument: Instrument::CURRENT,
                    has_desired: desired,
                    ratings,
                    trade_offs,
                    facilitator: false,
                    name: None,
                    own_answers: Vec::new(),
                }
            })
        })
}

fn link_of(round: RoundId, r: &MemberResponse) -> String {
    to_fragment(&Link::Response(Response {
        round,
        member: r.member,
        revision: r.revision,
        instrument: r.instrument,
        has_desired: r.has_desired,
        ratings: r.ratings.clone(),
        trade_offs: r.trade_offs.clone(),
        facilitator: r.facilitator,
        name: r.name.clone(),
        own_answers: r.own_answers.clone(),
    }))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A coach pastes a member's links in any order, some twice (a whole chat pasted
    /// again), and takes the highlighted choice whenever one is offered: the round ends
    /// with that member's newest answers, and an older link is never offered as newer.
    #[test]
    fn any_order_of_pasting_a_members_links_ends_with_their_newest_answers(
        versions in proptest::collection::vec(ratings(false), 1..5),
        order in proptest::collection::vec(0usize..100, 1..12),
        start in REVISION_EPOCH_MS..REVISION_EPOCH_MS + (1 << 39),
        gaps in proptest::collection::vec(1i64..120_000, 5),
    ) {
        // One member's successive responses, milliseconds to minutes apart.
        let mut revision = start;
        let responses: Vec<MemberResponse> = versions
            .into_iter()
            .zip(&gaps)
            .map(|(ratings, gap)| {
                revision += gap;
                MemberResponse { ratings, ..blank(7, revision, false) }
            })
            .collect();
        let newest = responses.last().expect("one at least").clone();
        let mut book = book_with_round();
        // Every link pasted at least once, in the drawn order, then the rest in order.
        let mut pasted: Vec<usize> = order.iter().map(|i| i % responses.len()).collect();
        pasted.extend(0..responses.len());
        for (step, index) in pasted.into_iter().enumerate() {
            let now = NOW + step as i64;
            let rows = import_all(&link_of(ROUND, &responses[index]), PastePlace::Round(ROUND), &mut book, now);
            if let ImportResult::Conflict { stored, incoming, .. } = &rows[0].result {
                // What the conflict view highlights: the pasted answers, which are never
                // older than the stored ones.
                prop_assert!(incoming.revision >= stored.revision);
                book.replace_response(ROUND, incoming, now).expect("the round is there");
            }
        }
        let stored = book.round(ROUND).expect("the round").member_responses();
        prop_assert_eq!(stored.len(), 1);
        prop_assert_eq!(&stored[0].ratings, &newest.ratings);
    }

    #[test]
    fn a_stored_response_reads_back_as_it_came(r in member_response()) {
        prop_assert_eq!(StoredResponse::new(&r, NOW).to_member(r.instrument), r);
    }

    #[test]
    fn importing_never_loses_or_silently_overwrites(
        people in proptest::collection::vec(member_response(), 1..6),
        changed in 0usize..6,
    ) {
        let mut book = book_with_round();
        let text: String = people.iter().map(|r| link_of(ROUND, r) + "\n").collect();
        let rows = import_all(&text, PastePlace::Round(ROUND), &mut book, NOW);
        prop_assert_eq!(rows.len(), people.len());
        // Every distinct member is in the round once.
        let mut members: Vec<MemberId> = people.iter().map(|r| r.member).collect();
        members.sort();
        members.dedup();
        prop_assert_eq!(book.round(ROUND).unwrap().respondents(), members.len());

        // The same text again changes nothing.
        let before = book.clone();
        let again = import_all(&text, PastePlace::Round(ROUND), &mut book, NOW + 1);
        let all_unchanged = again.iter().all(|row| {
            matches!(
                row.result,
                ImportResult::AlreadyThere(_) | ImportResult::Older(_) | ImportResult::Conflict { .. }
            )
        });
        prop_assert!(all_unchanged);
        prop_assert_eq!(&book, &before);

        // A member's different answers wait as a conflict; the stored ones stay.
        let mut other = people[changed % people.len()].clone();
        let stored = book.round(ROUND).unwrap().member_responses()
            .into_iter().find(|r| r.member == other.member).unwrap();
        other.ratings[0].0 = if stored.ratings[0].0 == Some(Answer::Skip) {
            Some(Answer::Level(Level::Partly))
        } else {
            Some(Answer::Skip)
        };
        let rows = import_all(&link_of(ROUND, &other), PastePlace::Round(ROUND), &mut book, NOW + 2);
        let is_conflict = matches!(rows[0].result, ImportResult::Conflict { .. });
        prop_assert!(is_conflict);
        prop_assert_eq!(&book, &before);
        prop_assert_eq!(differences(&stored, &other).len(), 1);

        // Replacing is the facilitator's choice, and then the new answers count.
        book.replace_response(ROUND, &other, NOW + 3).unwrap();
        let now_stored = book.round(ROUND).unwrap().member_responses()
            .into_iter().find(|r| r.member == other.member).unwrap();
        prop_assert_eq!(now_stored, other);
        prop_assert_eq!(book.round(ROUND).unwrap().respondents(), members.len());
    }

    #[test]
    fn merging_two_tabs_keeps_everything_either_has(
        a in proptest::collection::vec(member_response(), 0..4),
        b in proptest::collection::vec(member_response(), 0..4),
    ) {
        let mut ours = book_with_round();
        let mut theirs = book_with_round();
        for r in &a { let _ = ours.add_response(ROUND, r, NOW); }
        for r in &b { let _ = theirs.add_response(ROUND, r, NOW + 5); }
        let mut merged = ours.clone();
        merged.merge(&theirs);
        let members: Vec<MemberId> = merged.round(ROUND).unwrap().responses.iter().map(|r| r.member).collect();
        for r in a.iter().chain(b.iter()) {
            prop_assert!(members.contains(&r.member));
        }
        // Merging is idempotent.
        let mut twice = merged.clone();
        twice.merge(&theirs);
        prop_assert_eq!(twice, merged);
    }

    #[test]
    fn cleaned_text_always_fits_a_link(text in ".{0,120}") {
        match clean_text(&text, true) {
            Ok(clean) => {
                prop_assert!(!clean.is_empty() && clean.len() <= 80);
                prop_assert!(!clean.chars().any(char::is_control));
            }
            Err(NameError::Empty) => prop_assert!(text.trim().chars().all(|c| c.is_whitespace() || c.is_control())),
            Err(NameError::TooLong) => prop_assert!(text.trim().len() > 80),
        }
    }

    #[test]
    fn dates_round_trip(days in 0u16..40_000) {
        prop_assert_eq!(parse_date(&iso_date(days)), Some(days));
    }

    #[test]
    fn revisions_are_minutes_and_ordered(a in 0i64..1_000_000_000, b in 0i64..1_000_000_000) {
        let (ma, mb) = (1_704_067_200_000 + a * 1000, 1_704_067_200_000 + b * 1000);
        if ma <= mb { prop_assert!(revision_minutes(ma) <= revision_minutes(mb)); }
        prop_assert!(revision_ms(revision_minutes(ma)) <= ma);
    }
}

#[test]
fn a_deleted_round_does_not_come_back_from_another_tab_or_a_late_response() {
    let mut ours = book_with_round();
    let theirs = ours.clone();
    ours.remove_round(ROUND);
    ours.merge(&theirs);
    assert!(ours.round(ROUND).is_none());
    let late = blank(3, 1, false);
    assert_eq!(
        ours.add_response(ROUND, &late, NOW),
        Err(RoundError::NoSuchRound)
    );
    // Deleting a team deletes its rounds, in the other tab too.
    let mut a = book_with_round();
    let b = a.clone();
    a.remove_team(TEAM);
    let mut b2 = b.clone();
    b2.merge(&a);
    assert!(b2.teams.is_empty() && b2.rounds.is_empty());
}

#[test]
fn a_missing_round_says_whether_it_was_deleted_made_elsewhere_or_storage_was_cleared() {
    let book = book_with_round();
    assert_eq!(book.absence(ROUND), None);
    let other = RoundId([9; 6]);
    assert_eq!(book.absence(other), Some(RoundAbsence::Elsewhere));

    let mut deleted = book.clone();
    deleted.remove_round(ROUND);
    assert_eq!(deleted.absence(ROUND), Some(RoundAbsence::Deleted));
    // Even when it was the last round and team: the marker says it was deleted here.
    let mut emptied = book.clone();
    emptied.remove_team(TEAM);
    assert!(emptied.teams.is_empty() && emptied.rounds.is_empty());
    assert_eq!(emptied.absence(ROUND), Some(RoundAbsence::Deleted));

    // A browser that evicted its storage has nothing, not even markers.
    let evicted = TeamBook::default();
    assert_eq!(evicted.absence(ROUND), Some(RoundAbsence::NothingStored));
    // The backup made before brings the round back.
    let file = teambalans_core::store::backup::encode(&book, &Default::default(), NOW);
    let backup = teambalans_core::store::backup::decode(&file).unwrap();
    let mut restored = evicted;
    teambalans_core::store::backup::restore(&mut restored, &backup.teams);
    assert_eq!(restored.absence(ROUND), None);
}

#[test]
fn a_response_for_an_unknown_round_makes_it_marked_and_placeable() {
    let mut book = TeamBook::default();
    book.add_team(TEAM, "Werkplaats".into(), NOW);
    let r = MemberResponse {
        ratings: vec![(Some(Answer::Skip), None); STATEMENTS],
        ..blank(2, REVISION_EPOCH_MS + 10, true)
    };
    let rows = import_all(
        &link_of(ROUND, &r),
        PastePlace::Round(ROUND),
        &mut book,
        NOW,
    );
    assert_eq!(rows[0].result, ImportResult::AddedToNewRound(ROUND));
    let made = book.round(ROUND).unwrap();
    assert_eq!(made.origin, RoundOrigin::FromResponse);
    assert_eq!((made.team, made.ask_desired), (None, true));
    assert_eq!(book.rounds_of(None).len(), 1);
    book.place_round(ROUND, TEAM, "Gevonden".into()).unwrap();
    assert_eq!(book.rounds_of(Some(TEAM)).len(), 1);
    assert_eq!(book.round(ROUND).unwrap().origin, RoundOrigin::Created);
}

#[test]
fn pasted_rubbish_is_listed_as_broken_with_its_reason() {
    let mut book = book_with_round();
    let rows = import_all("", PastePlace::Round(ROUND), &mut book, NOW);
    assert_eq!(rows[0].result, ImportResult::Broken(LinkError::Empty));
    let rows = import_all("hello there", PastePlace::Round(ROUND), &mut book, NOW);
    assert!(matches!(rows[0].result, ImportResult::Broken(_)));
    assert_eq!(book, book_with_round());
}

#[test]
fn an_invitation_keeps_its_member_and_gives_the_same_link_until_an_answer_changes() {
    let invite = book_with_round().round(ROUND).unwrap().invite("Werkplaats");
    let mut invitation = Invitation::new(invite, MemberId([5; 6]), NOW);
    assert!(invitation.scan.ask_desired);
    let first = Instrument::CURRENT.statement_at(0).unwrap().id;
    invitation.scan.answer(
        first,
        Horizon::Now,
        Answer::Level(Level::Largely),
        NOW + 60_000,
    );
    let a = invitation.response();
    assert_eq!(invitation.response(), a);
    assert_eq!(a.ratings.len(), STATEMENTS);
    assert_eq!(a.trade_offs.len(), DIMENSIONS);
    assert_eq!(a.ratings[0].0, Some(Answer::Level(Level::Largely)));
    invitation.scan.restart(Instrument::CURRENT, NOW + 120_000);
    invitation
        .scan
        .answer(first, Horizon::Now, Answer::Skip, NOW + 180_000);
    let b = invitation.response();
    assert_eq!(b.member, a.member);
    assert!(b.revision > a.revision);
}

#[test]
fn session_mode_moves_each_member_into_the_round_and_clears_the_screen() {
    let mut book = book_with_round();
    let mut session = Session::start(book.round(ROUND).unwrap(), MemberId([1; 6]));
    let first = Instrument::CURRENT.statement_at(0).unwrap().id;
    session
        .scan
        .answer(first, Horizon::Now, Answer::Level(Level::Completely), NOW);
    session
        .finish_member(&mut book, MemberId([2; 6]), NOW + 1)
        .unwrap();
    assert!(session.handing_over);
    assert_eq!(
        session.scan,
        ScanData {
            ask_desired: true,
            ..ScanData::default()
        }
    );
    assert_eq!(session.member, MemberId([2; 6]));
    session
        .finish_member(&mut book, MemberId([3; 6]), NOW + 2)
        .unwrap();
    assert_eq!(book.round(ROUND).unwrap().respondents(), 2);
    assert_eq!(session.finished, 2);
    book.remove_round(ROUND);
    assert_eq!(
        session.finish_member(&mut book, MemberId([4; 6]), NOW + 3),
        Err(RoundError::NoSuchRound)
    );
}

#[test]
fn a_second_tab_that_opened_the_same_invite_ends_with_one_member_id() {
    let invite = book_with_round().round(ROUND).unwrap().invite("Werkplaats");
    let mut ours = AppData::default();
    ours.invitations
        .push(Invitation::new(invite.clone(), MemberId([9; 6]), NOW + 10));
    let mut theirs = AppData::default();
    theirs
        .invitations
        .push(Invitation::new(invite, MemberId([8; 6]), NOW));
    ours.absorb(&theirs);
    theirs.absorb(&ours);
    assert_eq!(ours.invitations[0].member, MemberId([8; 6]));
    assert_eq!(theirs.invitations[0].member, MemberId([8; 6]));
}

#[test]
fn dates_read_well_in_both_languages() {
    let days = parse_date("2026-11-23").unwrap();
    assert_eq!(format_date(days, Locale::Nl), "23 november 2026");
    assert_eq!(format_date(days, Locale::En), "23 November 2026");
    assert_eq!(
        display_title("", days, Locale::Nl),
        "Ronde van 23 november 2026"
    );
    assert_eq!(display_title("Najaar", days, Locale::En), "Najaar");
    assert_eq!(days_of_ms(NOW), 20_780);
    assert_eq!(parse_date("23-11-2026"), None);
    assert_eq!(parse_date("2026-02-30"), None);
}

// Small actions: edited, ticked off and deleted in two tabs at once.

/// A book with one round and three agreed actions, as both tabs start.
fn book_with_actions() -> TeamBook {
    let mut book = book_with_round();
    for (i, what) in [
        "Stand-up om 9 uur",
        "Retro elke sprint",
        "Maatje voor nieuwkomers",
    ]
    .into_iter()
    .enumerate()
    {
        book.add_action(
            ROUND,
            Action {
                created_at: NOW + i as i64,
                who: "Sanne".into(),
                what: what.into(),
                by_days: None,
                dimension: Some(1),
                status: ActionStatus::Open,
                updated_at: NOW + i as i64,
            },
        )
        .unwrap();
    }
    book
}

fn draft(what: &str) -> ActionDraft {
    ActionDraft {
        who: "Ahmed".into(),
        what: what.into(),
        by_days: Some(20_500),
    }
}

/// One thing a facilitator does in a tab; `usize` picks an action by position among
/// the ones known anywhere (so a pick may be one this tab deleted or never saw).
#[derive(Debug, Clone)]
enum Step {
    Add(String),
    Edit(usize, String),
    Tick(usize),
    Review(usize, ActionStatus),
    Delete(usize),
    /// The tab takes in the other tab's saved copy (a storage event).
    Sync,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        "[a-z]{1,6}".prop_map(Step::Add),
        (0usize..6, "[a-z]{1,6}").prop_map(|(i, w)| Step::Edit(i, w)),
        (0usize..6).prop_map(Step::Tick),
        (
            0usize..6,
            proptest::sample::select(ActionStatus::ALL.to_vec())
        )
            .prop_map(|(i, s)| Step::Review(i, s)),
        (0usize..6).prop_map(Step::Delete),
        Just(Step::Sync),
    ]
}

fn action_ids(book: &TeamBook) -> Vec<i64> {
    book.round(ROUND)
        .unwrap()
        .actions
        .iter()
        .map(|a| a.created_at)
        .collect()
}

/// Runs `steps` (tab, step, milliseconds since the previous step) on two copies of
/// `book_with_actions`; returns both tabs and every action id deleted in either.
fn two_tabs(steps: &[(bool, Step, i64)]) -> (TeamBook, TeamBook, Vec<i64>) {
    let mut tabs = [book_with_actions(), book_with_actions()];
    let mut known: Vec<i64> = action_ids(&tabs[0]);
    let mut deleted = Vec::new();
    let mut now = NOW + 100;
    for (second, step, gap) in steps {
        now += gap;
        let (this, other) = if *second { (1, 0) } else { (0, 1) };
        let pick = |i: usize| known.get(i % known.len().max(1)).copied().unwrap_or(0);
        let tab = &mut tabs[this];
        match step {
            Step::Add(what) => {
                let before = action_ids(tab);
                let action = Action {
                    created_at: now,
                    who: String::new(),
                    what: what.clone(),
                    by_days: None,
                    dimension: None,
                    status: ActionStatus::Open,
                    updated_at: now,
                };
                tab.add_action(ROUND, action).unwrap();
                let added = action_ids(tab).into_iter().find(|id| !before.contains(id));
                known.extend(added);
            }
            Step::Edit(i, what) => {
                let _ = tab.edit_action(ROUND, pick(*i), draft(what), now);
            }
            Step::Tick(i) => {
                let id = pick(*i);
                if let Some(status) = tab.round(ROUND).unwrap().action(id).map(|a| a.status) {
                    tab.set_action_status(ROUND, id, status.toggled(), now)
                        .unwrap();
                }
            }
            Step::Review(i, status) => {
                let _ = tab.set_action_status(ROUND, pick(*i), *status, now);
            }
            Step::Delete(i) => {
                let id = pick(*i);
                tab.remove_action(ROUND, id).unwrap();
                deleted.push(id);
            }
            Step::Sync => {
                let theirs = tabs[other].clone();
                tabs[this].merge(&theirs);
            }
        }
    }
    let [a, b] = tabs;
    (a, b, deleted)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Two tabs edit, tick and delete the same round's actions, now and then taking in
    /// each other's copy: merged either way round they end alike, a merge changes
    /// nothing the second time, and a deleted action never comes back.
    #[test]
    fn actions_changed_in_two_tabs_converge_and_deletions_stick(
        steps in proptest::collection::vec((any::<bool>(), step(), 0i64..3), 0..24),
    ) {
        let (a, b, deleted) = two_tabs(&steps);
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
        for id in &deleted {
            prop_assert!(round.action(*id).is_none(), "deleted action {} came back", id);
            prop_assert!(round.removed_actions.contains(id));
        }
        // Nothing else is lost: every action either tab still has is there.
        for id in action_ids(&a).into_iter().chain(action_ids(&b)) {
            prop_assert!(deleted.contains(&id) || round.action(id).is_some());
        }
        // What is stored reads back the same (deletions included).
        let data = AppData { teams: ab.clone(), ..AppData::default() };
        let read = teambalans_core::store::schema::decode(&teambalans_core::store::schema::encode(&data)).unwrap();
        prop_assert_eq!(read.teams, ab);
    }

    /// Each tab edits the same action at its own moment: the later edit wins in both,
    /// whichever merges first, also when the earlier tab ticked it off after.
    #[test]
    fn the_latest_edit_of_an_action_wins(
        first in "[a-z]{1,8}",
        second in "[a-z]{1,8}",
        t_a in 1i64..1_000,
        t_b in 1i64..1_000,
    ) {
        prop_assume!(t_a != t_b);
        let id = NOW;
        let mut a = book_with_actions();
        let mut b = book_with_actions();
        a.edit_action(ROUND, id, draft(&first), NOW + 100 + t_a).unwrap();
        b.edit_action(ROUND, id, draft(&second), NOW + 100 + t_b).unwrap();
        let later = if t_a > t_b { &first } else { &second };
        for (ours, theirs) in [(&a, &b), (&b, &a)] {
            let mut merged = ours.clone();
            merged.merge(theirs);
            let action = merged.round(ROUND).unwrap().action(id).unwrap().clone();
            prop_assert_eq!(&action.what, later);
            prop_assert_eq!(action.who.as_str(), "Ahmed");
            prop_assert_eq!(action.by_days, Some(20_500));
        }
        // A deletion beats any edit, earlier or later.
        let mut deleting = a.clone();
        deleting.remove_action(ROUND, id).unwrap();
        let mut edited = b.clone();
        edited.edit_action(ROUND, id, draft("later"), NOW + 5_000).unwrap();
        deleting.merge(&edited);
        edited.merge(&deleting);
        prop_assert!(deleting.round(ROUND).unwrap().action(id).is_none());
        prop_assert!(edited.round(ROUND).unwrap().action(id).is_none());
    }
}

#[test]
fn ticking_an_action_off_and_on_again_and_reviewing_it() {
    let mut book = book_with_actions();
    let id = NOW + 1;
    let status = |book: &TeamBook| book.round(ROUND).unwrap().action(id).unwrap().status;
    book.set_action_status(ROUND, id, status(&book).toggled(), NOW + 10)
        .unwrap();
    assert_eq!(status(&book), ActionStatus::Done);
    book.set_action_status(ROUND, id, status(&book).toggled(), NOW + 10)
        .unwrap();
    assert_eq!(status(&book), ActionStatus::Open);
    // A change in the same millisecond still counts as later: it wins a merge.
    let updated = book.round(ROUND).unwrap().action(id).unwrap().updated_at;
    assert!(updated > NOW + 10, "{updated}");
    for review in ActionStatus::ALL {
        book.set_action_status(ROUND, id, review, NOW + 20).unwrap();
        assert_eq!(status(&book), review);
    }
    assert_eq!(ActionStatus::Partly.toggled(), ActionStatus::Done);
    assert_eq!(
        book.set_action_status(ROUND, 42, ActionStatus::Done, NOW),
        Err(RoundError::NoSuchAction)
    );
    assert_eq!(
        book.edit_action(ROUND, 42, draft("x"), NOW),
        Err(RoundError::NoSuchAction)
    );
}

#[test]
fn two_actions_made_in_one_millisecond_stay_two_and_never_reuse_a_deleted_id() {
    let mut book = book_with_actions();
    book.remove_action(ROUND, NOW + 2).unwrap();
    let action = |what: &str| Action {
        created_at: NOW + 1,
        who: String::new(),
        what: what.into(),
        by_days: None,
        dimension: None,
        status: ActionStatus::Open,
        updated_at: NOW + 1,
    };
    book.add_action(ROUND, action("een")).unwrap();
    book.add_action(ROUND, action("twee")).unwrap();
    let round = book.round(ROUND).unwrap();
    assert_eq!(round.actions.len(), 4);
    assert!(round.action(NOW + 2).is_none());
    let ids = action_ids(&book);
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
}

/// Restoring a backup is asked for, so, as with a deleted round, an action the backup
/// still holds comes back, and stays (its deletion mark is lifted).
#[test]
fn restoring_a_backup_brings_back_an_action_deleted_since() {
    use teambalans_core::store::backup::restore;
    let backup = book_with_actions();
    let mut book = backup.clone();
    book.remove_action(ROUND, NOW).unwrap();
    restore(&mut book, &backup);
    let round = book.round(ROUND).unwrap();
    assert!(round.action(NOW).is_some());
    assert!(!round.removed_actions.contains(&NOW));
    // An action deleted after the backup was made, and not in it, stays deleted.
    let mut later = book_with_actions();
    later
        .add_action(
            ROUND,
            Action {
                created_at: NOW + 50,
                who: String::new(),
                what: "Nieuw".into(),
                by_days: None,
                dimension: None,
                status: ActionStatus::Open,
                updated_at: NOW + 50,
            },
        )
        .unwrap();
    later.remove_action(ROUND, NOW + 50).unwrap();
    restore(&mut later, &backup);
    assert!(later.round(ROUND).unwrap().action(NOW + 50).is_none());
}

#[test]
fn an_action_reads_in_its_rounds_questionnaire_version() {
    let book = book_with_actions();
    let action = book.round(ROUND).unwrap().action(NOW).unwrap().clone();
    for instrument in [Instrument::V1, Instrument::V2] {
        let name = instrument.dimension_by_id(1).unwrap().name.get(Locale::Nl);
        let line = action.summary(instrument, Locale::Nl);
        assert!(line.starts_with("Sanne — Stand-up om 9 uur"), "{line}");
        assert!(line.ends_with(&format!(" · {name}")), "{line}");
    }
}

#[test]
fn a_round_counts_its_answers_against_the_expected_team_size() {
    let mut book = book_with_round();
    let round = |book: &TeamBook| book.round(ROUND).unwrap().progress();
    assert_eq!(round(&book).expected, None);
    assert_eq!(
        round(&book).missing(),
        None,
        "no size given: nobody counted as missing"
    );
    book.set_expected(ROUND, Some(4), NOW).unwrap();
    for member in 0..3 {
        book.add_response(ROUND, &blank(member, NOW, true), NOW)
            .unwrap();
    }
    assert_eq!(round(&book).answered, 3);
    assert_eq!(round(&book).missing(), Some(1));
    book.add_response(ROUND, &blank(9, NOW, true), NOW).unwrap();
    book.add_response(ROUND, &blank(10, NOW, true), NOW)
        .unwrap();
    assert_eq!(
        round(&book).missing(),
        Some(0),
        "more than expected is not negative"
    );
    book.set_expected(ROUND, None, NOW).unwrap();
    assert_eq!(round(&book).missing(), None);
    assert_eq!(
        book.set_expected(RoundId([9; 6]), Some(3), NOW),
        Err(RoundError::NoSuchRound)
    );
}

proptest! {
    /// Two tabs set (or clear) the expected size in any order, at any times: after
    /// merging both ways they agree, on the setting made last in each tab's own order.
    #[test]
    fn the_later_expected_size_wins_in_both_tabs(
        settings in proptest::collection::vec((any::<bool>(), proptest::option::of(2u8..=200), 0i64..5), 1..8),
    ) {
        let mut left = book_with_round();
        let mut right = left.clone();
        let mut last: Option<(bool, Option<u8>)> = None;
        for (in_left, members, tick) in &settings {
            let book = if *in_left { &mut left } else { &mut right };
            book.set_expected(ROUND, *members, NOW + tick).unwrap();
            last = Some((*in_left, *members));
        }
        let mut merged_left = left.clone();
        merged_left.merge(&right);
        let mut merged_right = right.clone();
        merged_right.merge(&left);
        let of = |b: &TeamBook| b.round(ROUND).unwrap().expected;
        prop_assert_eq!(of(&merged_left), of(&merged_right));
        // Within one tab a later setting always wins over its own earlier one.
        let (tab, members) = last.unwrap();
        let own = if tab { &left } else { &right };
        prop_assert_eq!(own.round(ROUND).unwrap().expected_members(), members);
    }
}

#[test]
fn the_start_page_lists_each_team_with_its_newest_round_and_how_many_answered() {
    let mut book = book_with_round();
    let older = RoundId([2; 6]);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Voorjaar".into(),
            date_days: 20_300,
            ask_desired: false,
            min_group: 3,
            expected: Some(6),
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        older,
        NOW + 1,
    )
    .unwrap();
    book.set_expected(ROUND, Some(7), NOW).unwrap();
    book.add_response(ROUND, &blank(1, NOW, true), NOW).unwrap();
    let empty_team = TeamId([8; 6]);
    book.add_team(empty_team, "Nieuw team".into(), NOW + 2);
    let summaries = book.summaries();
    assert_eq!(summaries.len(), 2);
    // The newest by date, though made before the older one.
    let latest = summaries[0].latest.as_ref().expect("a round");
    assert_eq!((latest.id, latest.title.as_str()), (ROUND, "Najaar"));
    assert_eq!(
        (latest.progress.answered, latest.progress.expected),
        (1, Some(7))
    );
    assert_eq!(summaries[1].name, "Nieuw team");
    assert_eq!(summaries[1].latest, None);
}
