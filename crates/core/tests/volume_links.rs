//! The links the volume e2e spec (`tests/e2e/volume.spec.ts`) and the browser benchmark
//! paste at once: 200 members' response links for one round, and 100 teams' results
//! links for one organisation, with the stored document that holds that round and that
//! organisation (empty). They come from `domain::score::simulation` (the same members as the
//! native figures `paste_200_responses_ms` and `org_paste_100_results_ms`), through
//! `tests/e2e/fixtures/volume-links.json`, which this test keeps equal to them:
//! `BLESS=1 cargo test -p teambalans-core --test volume_links` writes it anew.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use teambalans_core::id::{OrgId, RoundId, TeamId};
use teambalans_core::link::{decode, to_fragment, Link};
use teambalans_core::org::book::Organisation;
use teambalans_core::org::organisation::same_team_key;
use teambalans_core::round::import::{import_all, ImportResult, PastePlace};
use teambalans_core::round::rounds::RoundDraft;
use teambalans_core::score::simulation::{round_responses, teams_results};
use teambalans_core::store::schema::{self, AppData};

const PATH: &str = concat!(
    concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
    "/tests/e2e/fixtures/volume-links.json"
);
const TEAM: TeamId = TeamId([0x7e; 6]);
const ROUND: RoundId = RoundId([0x77; 6]);
const ORG: OrgId = OrgId([0x0e; 6]);
/// When the seeded team, round and organisation were made (late 2026).
const MADE_MS: i64 = 1_796_000_000_000;
const RESPONSES: usize = 200;
const TEAMS: usize = 100;

/// The stored document the spec seeds: a team with one round of version 2 (now and
/// desired) without responses, and an organisation without teams.
fn seed() -> AppData {
    let mut data = AppData::default();
    data.teams
        .add_team(TEAM, "Zorgteam De Linde".into(), MADE_MS);
    let draft = RoundDraft {
        team: TEAM,
        title: "Najaar 2026".into(),
        date_days: 20_740,
        ask_desired: true,
        min_group: 3,
        expected: None,
        open: false,
        facilitator_out: false,
        own_statements: Vec::new(),
    };
    if let Err(error) = data.teams.add_round(draft, ROUND, MADE_MS) {
        panic!("the seeded round: {error}");
    }
    data.organisations
        .add(Organisation::new(ORG, "Zorggroep De Linde".into(), MADE_MS));
    data
}

fn fragment(link: Link) -> String {
    to_fragment(&link).unwrap_or_else(|e| panic!("a volume link does not encode: {e}"))
}

fn fixture() -> Value {
    let responses: Vec<String> = round_responses(ROUND, RESPONSES, 2026)
        .into_iter()
        .map(|r| fragment(Link::Response(r)))
        .collect();
    let results: Vec<Value> = teams_results(TEAMS, 2026)
        .into_iter()
        .map(|r| {
            json!({
                "team": r.round.team_name.clone(),
                "respondents": r.respondents.len(),
                "link": fragment(Link::Results(r)),
            })
        })
        .collect();
    json!({
        "_about": "Made by crates/core/tests/volume_links.rs from domain::score::simulation: do not edit; BLESS=1 cargo test -p teambalans-core --test volume_links writes it.",
        "storage": schema::encode(&seed()),
        "round": ROUND.to_hex(),
        "organisation": ORG.to_hex(),
        "responses": responses,
        "results": results,
    })
}

#[test]
fn the_fixture_is_what_the_simulation_makes() {
    let want = format!(
        "{}\n",
        serde_json::to_string_pretty(&fixture()).expect("the fixture serialises")
    );
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(PATH, &want).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    assert!(
        have == want,
        "{PATH} is not what domain::score::simulation makes; run BLESS=1 cargo test -p teambalans-core --test volume_links"
    );
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// What the spec expects of the browser holds natively: one paste takes every response
/// into the seeded round, and every results link is a distinct team that counts.
#[test]
fn one_paste_takes_in_every_link_of_the_fixture() {
    let file = fixture();
    let mut data = schema::decode(file["storage"].as_str().unwrap_or_default())
        .expect("the seeded document loads");

    let responses = strings(&file["responses"]);
    assert_eq!(responses.len(), RESPONSES);
    let text = responses.join("\n");
    let rows = import_all(
        &text,
        PastePlace::Round(ROUND),
        &mut data.teams,
        MADE_MS + 1,
    );
    assert!(rows.iter().all(|r| r.result == ImportResult::Added(ROUND)));
    assert_eq!(
        data.teams.round(ROUND).map(|r| r.responses.len()),
        Some(RESPONSES)
    );

    let results: Vec<&str> = file["results"]
        .as_array()
        .map(|a| a.iter().filter_map(|t| t["link"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(results.len(), TEAMS);
    // Each a team of its own that counts across teams (its minimum group answered); the
    // paste itself is timed natively (`org_paste_100_results_ms`, which checks that all
    // were taken in) and done in the browser by the spec.
    let mut names = std::collections::BTreeSet::new();
    for link in &results {
        let Ok(Link::Results(r)) = decode(link) else {
            panic!("not a results link: {link}");
        };
        assert!(r.respondents.len() >= usize::from(r.round.min_group));
        assert!(names.insert(same_team_key(&r.round.team_name)), "{link}");
    }
    assert!(data
        .organisations
        .get(ORG)
        .is_some_and(|o| o.teams.is_empty()));
}
