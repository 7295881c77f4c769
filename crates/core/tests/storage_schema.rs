//! Every released storage version keeps loading: one fixture per version in
//! tests/fixtures/storage/, each with what it must decode to.
#![cfg(not(target_arch = "wasm32"))]

use teambalans_core::id::{RoundId, TeamId};
use teambalans_core::instrument::answers::{Answer, Horizon, Level};
use teambalans_core::instrument::Instrument;
use teambalans_core::instrument::StatementId;
use teambalans_core::locale::Locale;
use teambalans_core::round::rounds::RoundOrigin;
use teambalans_core::scan::Step;
use teambalans_core::store::schema::{decode, encode, DecodeError, SCHEMA_VERSION};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn version_1_still_loads_with_everything_in_it() {
    let data = decode(&fixture("v1.json")).expect("v1 fixture decodes");
    // Migrated forward: it is now current, with no teams or rounds yet.
    assert_eq!(data.schema_version, SCHEMA_VERSION);
    assert!(data.teams.teams.is_empty() && data.invitations.is_empty());
    assert_eq!(data.settings.locale, Some(Locale::En));
    assert_eq!(data.scan.step, Step::Dimension(1));
    assert!(data.scan.ask_desired);
    assert_eq!(data.scan.tally().filled_in(), 4);
    // One of the four is "don't know": not an answer that counts.
    assert_eq!(data.scan.tally().answered, 3);
    let get = |id, h| data.scan.get(StatementId(id), h);
    assert_eq!(get(11, Horizon::Now), Some(Answer::Level(Level::Largely)));
    assert_eq!(get(12, Horizon::Now), Some(Answer::Skip));
    assert_eq!(
        get(13, Horizon::Desired),
        Some(Answer::Level(Level::Completely))
    );
}

#[test]
fn every_fixture_version_up_to_the_current_one_exists_and_loads() {
    for version in 1..=SCHEMA_VERSION {
        let raw = fixture(&format!("v{version}.json"));
        let data = decode(&raw).unwrap_or_else(|e| panic!("v{version}: {e}"));
        // Loading migrates to the current version, and what we write reads back the same.
        assert_eq!(decode(&encode(&data)), Ok(data));
    }
}

#[test]
fn version_2_still_loads_with_teams_rounds_invitations_and_a_session() {
    let data = decode(&fixture("v2.json")).expect("v2 fixture decodes");
    assert_eq!(data.settings.locale, Some(Locale::Nl));
    let team = TeamId::from_hex("0a0b0c0d0e0f").unwrap();
    assert_eq!(data.teams.team(team).unwrap().name, "Klantenteam Oost <b>");
    let round = data
        .teams
        .round(RoundId::from_hex("111111111111").unwrap())
        .unwrap();
    assert_eq!(round.team, Some(team));
    assert!(round.ask_desired);
    let response = &round.member_responses()[0];
    assert_eq!(response.ratings.len(), 40);
    assert_eq!(
        response.ratings[0],
        (
            Some(Answer::Level(Level::NotAtAll)),
            Some(Answer::Level(Level::Completely))
        )
    );
    assert_eq!(response.ratings[5].0, Some(Answer::Skip));
    assert_eq!(response.ratings[6].0, None);
    let orphan = data
        .teams
        .round(RoundId::from_hex("222222222222").unwrap())
        .unwrap();
    assert_eq!(orphan.origin, RoundOrigin::FromResponse);
    assert_eq!(orphan.team, None);
    assert!(!orphan.member_responses()[0].has_desired);
    assert!(data
        .teams
        .removed_rounds
        .contains(&RoundId::from_hex("333333333333").unwrap()));
    let invitation = &data.invitations[0];
    assert_eq!(invitation.invite.team_name, "Team Zuid");
    assert_eq!(invitation.invite.min_group, 4);
    assert_eq!(
        invitation.scan.get(StatementId(11), Horizon::Now),
        Some(Answer::Level(Level::Completely))
    );
    let session = data.session.expect("session");
    assert_eq!(session.finished, 2);
    assert!(session.handing_over);
}

#[test]
fn version_2_scans_are_read_as_instrument_version_1() {
    let data = decode(&fixture("v2.json")).expect("v2 fixture decodes");
    assert_eq!(data.scan.instrument, Instrument::V1);
    assert_eq!(data.invitations[0].scan.instrument, Instrument::V1);
    assert!(data
        .teams
        .rounds
        .iter()
        .all(|r| r.instrument == Instrument::V1));
}

#[test]
fn version_3_keeps_instrument_versions_apart_with_their_trade_offs() {
    let data = decode(&fixture("v3.json")).expect("v3 fixture decodes");
    // The own scan is version 2: statement 11 is version 2's, "does not apply" counts.
    assert_eq!(data.scan.instrument, Instrument::V2);
    assert_eq!(
        data.scan.get(StatementId(11), Horizon::Now),
        Some(Answer::NotApplicable)
    );
    assert_eq!(
        data.scan.get(StatementId(15), Horizon::Desired),
        Some(Answer::Level(Level::Completely))
    );
    assert_eq!(data.scan.trade_off(1, Horizon::Now), Some(7));
    // A version 1 round and a version 2 round of one team, each read with its version.
    let old = data
        .teams
        .round(RoundId::from_hex("111111111111").unwrap())
        .unwrap();
    assert_eq!(old.instrument, Instrument::V1);
    let old_response = &old.member_responses()[0];
    assert_eq!(old_response.ratings.len(), 40);
    assert!(old_response.trade_offs.is_empty());
    let new = data
        .teams
        .round(RoundId::from_hex("555555555555").unwrap())
        .unwrap();
    assert_eq!(new.instrument, Instrument::V2);
    let response = &new.member_responses()[0];
    assert_eq!(response.ratings.len(), 72);
    assert_eq!(response.ratings[6].0, Some(Answer::NotApplicable));
    assert_eq!(response.ratings[7].0, None);
    assert_eq!(response.revision, 1_794_187_200_123);
    assert_eq!(response.trade_offs.len(), 9);
    assert_eq!(response.trade_offs[0], (Some(3), Some(8)));
    assert_eq!(response.trade_offs[1], (None, Some(5)));
    // The round's results link carries version 2 and the trade-offs.
    let results = new.data("Zorgteam De Linde");
    assert_eq!(results.instrument, Instrument::V2);
    assert_eq!(results.trade_offs[0][2], (Some(10), Some(0)));
    let invitation = &data.invitations[0];
    assert_eq!(invitation.invite.instrument, Instrument::V2);
    assert_eq!(
        invitation.scan.get(StatementId(18), Horizon::Now),
        Some(Answer::Skip)
    );
    assert_eq!(invitation.response().trade_offs[8], (Some(0), None));
}

#[test]
fn a_newer_version_is_refused_not_misread() {
    let next = SCHEMA_VERSION + 1;
    let raw = fixture("v1.json").replace(
        "\"schema_version\": 1",
        &format!("\"schema_version\": {next}"),
    );
    assert!(matches!(
        decode(&raw),
        Err(DecodeError::TooNew { found, .. }) if found == u64::from(next)
    ));
}

#[test]
fn unknown_fields_from_the_same_version_do_not_break_loading() {
    let raw = fixture("v1.json").replace("\"settings\"", "\"experimental\": [1, 2], \"settings\"");
    assert!(decode(&raw).is_ok());
}

#[test]
fn version_4_keeps_a_rounds_expected_team_size_and_a_cleared_one() {
    let data = decode(&fixture("v4.json")).expect("v4 fixture decodes");
    let round = |hex| data.teams.round(RoundId::from_hex(hex).unwrap()).unwrap();
    let newer = round("555555555555");
    assert_eq!(newer.expected_members(), Some(7));
    assert_eq!(newer.progress().missing(), Some(6));
    // Cleared on purpose: no size, but the clearing keeps its time for the merge.
    let older = round("111111111111");
    assert_eq!(older.expected_members(), None);
    assert_eq!(older.expected.map(|e| e.set_at), Some(1_795_200_001_000));
    assert_eq!(older.progress().missing(), None);
}

#[test]
fn version_3_rounds_have_no_expected_size() {
    let data = decode(&fixture("v3.json")).expect("v3 fixture decodes");
    assert!(data.teams.rounds.iter().all(|r| r.expected.is_none()));
}

#[test]
fn version_5_keeps_organisations_with_their_teams_layers_and_deletions() {
    use teambalans_core::id::OrgId;
    use teambalans_core::org::organisation::{organisation_view, Layer, Standing};
    let data = decode(&fixture("v5.json")).expect("v5 fixture decodes");
    let book = &data.organisations;
    assert!(book
        .removed
        .contains(&OrgId::from_hex("010101010101").unwrap()));
    let org = book
        .get(OrgId::from_hex("0f0e0d0c0b0a").unwrap())
        .expect("the organisation");
    assert_eq!(org.name, "Zorggroep De Linde");
    assert_eq!(org.created_at, 1_795_500_000_000);
    assert_eq!(org.teams[0].layer, Some(Layer::Management));
    assert_eq!(org.teams[1].layer, None);
    assert_eq!(
        org.removed_rounds
            .get(&RoundId::from_hex("0a0000000005").unwrap()),
        Some(&1_795_500_003_000)
    );
    // Its teams open from their stored results: one counted, one with too few answers.
    let view = organisation_view(&org.org_teams());
    assert_eq!(view.teams.len(), 2);
    assert_eq!(view.teams[0].name, "Directie");
    assert!(view.teams[0].marks().is_some());
    assert_eq!(view.teams[1].standing, Standing::TooFew);
    // Everything of version 4 is still there.
    assert_eq!(data.invitations[0].invite.team_name, "Team Zuid");
}

/// Schema 5 also holds what the round's own choices and the team meeting added to a
/// round, its responses and an invitation (all of them absent, so unchanged, in 1–4).
#[test]
fn version_5_keeps_the_rounds_choices_meeting_notes_and_dropped_actions() {
    use teambalans_core::link::action_status::ActionStatus;
    let data = decode(&fixture("v5.json")).expect("v5 fixture decodes");
    let round = data
        .teams
        .round(RoundId::from_hex("555555555555").unwrap())
        .expect("the version 2 round");
    assert!(round.open && round.facilitator_out);
    assert_eq!(round.own_statements.len(), 2);
    assert_eq!(
        round.note(3),
        "Meer samen plannen; de planning hangt nu aan één persoon."
    );
    assert_eq!(round.actions[1].status, ActionStatus::Dropped);
    // The facilitator stays out: their response is kept, not counted.
    assert_eq!(round.responses.len(), 2);
    assert_eq!(round.counted().count(), 1);
    assert_eq!(round.names(), vec!["Anouk van Dijk".to_string()]);
    let invitation = &data.invitations[0];
    assert!(invitation.facilitator && invitation.invite.open);
    assert_eq!(invitation.scan.own.len(), 1);
    assert_eq!(
        invitation.scan.name.as_ref().map(|n| n.text.as_str()),
        Some("Bram")
    );
    // Written and read again, nothing of it is lost.
    assert_eq!(decode(&encode(&data)).unwrap(), data);
}

#[test]
fn versions_1_to_4_load_without_organisations() {
    for version in 1..=4 {
        let data = decode(&fixture(&format!("v{version}.json"))).unwrap();
        assert!(data.organisations.is_empty(), "v{version}");
        // Written back, an empty book is left out: the document reads as before.
        assert!(!encode(&data).contains("organisations"), "v{version}");
    }
}

#[test]
fn version_6_keeps_instrument_version_3_scans_and_rounds() {
    let data = decode(&fixture("v6.json")).expect("v6 fixture decodes");
    assert_eq!(data.scan.instrument, Instrument::V3);
    assert_eq!(data.scan.step, Step::Dimension(2));
    // Sixteen statements: "often" forward, "does not occur" on every reverse one.
    assert_eq!(data.scan.tally().filled_in(), 16);
    assert_eq!(data.scan.tally().answered, 8);
    assert_eq!(
        data.scan.get(StatementId(3), Horizon::Now),
        Some(Answer::NotApplicable)
    );
    let round = RoundId::from_hex("b3b3b3b3b3b3").expect("hex");
    let stored = data.teams.round(round).expect("the version 3 round");
    assert_eq!(stored.instrument, Instrument::V3);
    let figures = data.teams.round_data(round).expect("its data");
    assert_eq!(figures.respondents.len(), 3);
    assert!(figures.respondents.iter().all(|r| r.len() == 72));
}
