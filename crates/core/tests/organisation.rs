//! The organisation view: its anonymity rule as properties (a team below its minimum adds
//! nothing but its name; an older round of a team changes nothing; every figure rests on
//! whole counted teams of at least the minimum), and its sums checked against a direct
//! computation over the members.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::link::{RatingPair, TradePair};
use teambalans_core::locale::Locale;
use teambalans_core::org::organisation::{
    organisation_view, plane_marks, Layer, OrgTeam, OrgView, Standing, ORG_MIN_GROUP,
};
use teambalans_core::score::chart::Plane;
use teambalans_core::score::round_data::RoundData;

type Member = (Vec<RatingPair>, Vec<TradePair>);

fn team(name: &str, id: u8, date_days: u16, min_group: u8, members: Vec<Member>) -> RoundData {
    RoundData {
        round: RoundId([id; 6]),
        team_name: name.into(),
        title: format!("Ronde {id}"),
        date_days,
        min_group,
        instrument: Instrument::V2,
        has_desired: false,
        trade_offs: members.iter().map(|m| m.1.clone()).collect(),
        respondents: members.into_iter().map(|m| m.0).collect(),
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

/// A member answering `anglo` on every Anglo-Saxon statement and `rhine` on every
/// Rhineland one, keyed (a `Minus` statement gets 6 − the value), in version 2.
fn keyed(anglo: u8, rhine: u8) -> Member {
    keyed_in(Instrument::V2, anglo, rhine)
}

/// The same in `instrument`'s statements, in its own order.
fn keyed_in(instrument: Instrument, anglo: u8, rhine: u8) -> Member {
    let ratings = instrument
        .statements()
        .map(|s| {
            let v = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            (level(if s.key == Key::Minus { 6 - v } else { v }), None)
        })
        .collect();
    (ratings, vec![(None, None); 9])
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn member() -> impl Strategy<Value = Member> {
    (
        proptest::collection::vec((answer(), Just(None)), 72),
        proptest::collection::vec(
            ((0u8..=11).prop_map(|p| (p <= 10).then_some(p)), Just(None)),
            9,
        ),
    )
}

fn layer() -> impl Strategy<Value = Option<Layer>> {
    (0u8..=3).prop_map(Layer::from_id)
}

/// Up to five teams with distinct names, 0–9 members each, min group 2–5, any layer.
fn organisation() -> impl Strategy<Value = Vec<OrgTeam>> {
    proptest::collection::vec(
        (proptest::collection::vec(member(), 0..9), 2u8..=5, layer()),
        1..5,
    )
    .prop_map(|teams| {
        teams
            .into_iter()
            .enumerate()
            .map(|(i, (members, min_group, layer))| OrgTeam {
                data: team(
                    &format!("Team {i}"),
                    i as u8 + 1,
                    20_000,
                    min_group,
                    members,
                ),
                layer,
            })
            .collect()
    })
}

/// Every figure of the view except the team list itself.
fn figures(view: &OrgView) -> String {
    format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        view.counted,
        view.respondents,
        view.overall,
        view.dimensions
            .iter()
            .map(|d| (
                d.between_teams,
                d.teams.iter().map(|t| t.1).collect::<Vec<_>>()
            ))
            .collect::<Vec<_>>(),
        view.layers,
        view.gaps
    )
}

fn need(team: &OrgTeam) -> usize {
    usize::from(team.data.min_group).max(ORG_MIN_GROUP)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The organisation uses its instrument's step (5 for version 2) for every figure it
    /// shows or exports, as the teams' own dashboards do: no whole points of its own.
    #[test]
    fn every_exported_figure_is_in_the_instruments_step(teams in organisation()) {
        use teambalans_core::org::report::json;
        let view = organisation_view(&teams);
        let step = teambalans_core::score::figure::Step::of(view.instrument).size();
        let doc: serde_json::Value = serde_json::from_str(&json("Org", &view)).expect("JSON");
        let mut numbers = Vec::new();
        fn walk(v: &serde_json::Value, key: &str, out: &mut Vec<(String, i64)>) {
            match v {
                serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| walk(v, k, out)),
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, key, out)),
                serde_json::Value::Number(n) => out.push((key.to_string(), n.as_i64().unwrap_or(1))),
                _ => {}
            }
        }
        for part in ["teams", "differ_most", "layers", "gaps"] {
            walk(&doc[part], part, &mut numbers);
        }
        let counts = ["respondents", "teams", "dimension", "version", "layer", "compared_with"];
        for (key, n) in numbers.into_iter().filter(|(k, _)| !counts.contains(&k.as_str())) {
            prop_assert_eq!(n % step, 0, "{} = {}", key, n);
        }
    }

    /// A team below its minimum contributes its name and "too few" only: whatever its
    /// members answered, and however many of them there were below the minimum, every
    /// figure stays the same.
    #[test]
    fn a_team_below_its_minimum_changes_no_figure(
        mut teams in organisation(),
        pick in any::<prop::sample::Index>(),
        first in proptest::collection::vec(member(), 0..5),
        second in proptest::collection::vec(member(), 0..5),
    ) {
        let at = pick.index(teams.len());
        let need = need(&teams[at]);
        let cut = |mut members: Vec<Member>| { members.truncate(need - 1); members };
        let (first, second) = (cut(first), cut(second));
        let min_group = teams[at].data.min_group;
        teams[at].data = team("Klein", 99, 20_000, min_group, first);
        let one = organisation_view(&teams);
        teams[at].data = team("Klein", 99, 20_000, min_group, second);
        let other = organisation_view(&teams);
        prop_assert_eq!(&one.teams[at].standing, &Standing::TooFew);
        prop_assert_eq!(&other.teams[at].standing, &Standing::TooFew);
        prop_assert_eq!(figures(&one), figures(&other));
    }

    /// Of a team only its newest round counts: adding any older round of a team (by the
    /// same name, written otherwise) changes no figure, so the difference between two
    /// rounds cannot point to one person.
    #[test]
    fn an_older_round_of_a_team_changes_no_figure(
        teams in organisation(),
        pick in any::<prop::sample::Index>(),
        older in proptest::collection::vec(member(), 0..9),
        days_back in 1u16..400,
    ) {
        let before = organisation_view(&teams);
        let at = pick.index(teams.len());
        let name = format!("  {}  ", teams[at].data.team_name.to_uppercase());
        let mut more = teams.clone();
        more.push(OrgTeam {
            data: team(&name, 200, 20_000 - days_back, teams[at].data.min_group, older),
            layer: teams[at].layer,
        });
        let after = organisation_view(&more);
        prop_assert_eq!(&after.teams.last().map(|t| &t.standing), &Some(&Standing::Superseded));
        prop_assert_eq!(figures(&before), figures(&after));
    }

    /// Every figure rests on whole counted teams, each of at least its minimum and never
    /// fewer than ORG_MIN_GROUP: team marks, layer figures and the organisation's totals.
    #[test]
    fn every_figure_rests_on_whole_teams_of_the_minimum(teams in organisation()) {
        let view = organisation_view(&teams);
        let mut counted = 0;
        for (row, team) in view.teams.iter().zip(&teams) {
            match &row.standing {
                Standing::Counted(marks) => {
                    counted += marks.respondents;
                    prop_assert!(marks.respondents >= need(team));
                    prop_assert_eq!(marks.respondents, team.data.respondents.len());
                    for mark in marks.dimensions.iter().flatten().chain(&marks.overall) {
                        prop_assert!(mark.members >= need(team));
                        prop_assert!(mark.members <= marks.respondents);
                    }
                }
                Standing::TooFew => prop_assert!(team.data.respondents.len() < need(team)),
                Standing::OtherVersion | Standing::Superseded => prop_assert!(false, "all V2, distinct names"),
            }
        }
        prop_assert_eq!(view.respondents, counted);
        for layer in &view.layers {
            let own: usize = view.teams.iter()
                .filter(|t| t.layer == Some(layer.layer))
                .filter_map(|t| t.marks())
                .map(|m| m.respondents)
                .sum();
            prop_assert_eq!(layer.respondents, own);
            prop_assert!(layer.respondents >= ORG_MIN_GROUP);
            for (_, _, members) in layer.dimensions.iter().flatten() {
                prop_assert!(*members >= ORG_MIN_GROUP);
            }
        }
        // Largest gap first.
        for pair in view.gaps.windows(2) {
            prop_assert!(pair[0].size() >= pair[1].size());
        }
    }
}

#[test]
fn layers_pool_their_members_and_the_largest_gap_comes_first() {
    // Management sees the first dimension as strongly Anglo-Saxon; two teams see it as
    // Rhineland, one team more so than the other.
    let management = team("Directie", 1, 20_000, 3, vec![keyed(5, 1); 3]);
    let east = team("Oost", 2, 20_000, 3, vec![keyed(1, 5); 4]);
    let west = team(
        "West",
        3,
        20_000,
        3,
        vec![
            keyed(3, 5),
            keyed(3, 5),
            keyed(3, 5),
            keyed(3, 5),
            keyed(3, 5),
            keyed(3, 5),
        ],
    );
    let small = team("Klein", 4, 20_000, 3, vec![keyed(5, 5); 2]);
    let view = organisation_view(&[
        OrgTeam {
            data: management,
            layer: Some(Layer::Management),
        },
        OrgTeam {
            data: east,
            layer: Some(Layer::Team),
        },
        OrgTeam {
            data: west,
            layer: Some(Layer::Team),
        },
        OrgTeam {
            data: small,
            layer: Some(Layer::Support),
        },
    ]);
    assert_eq!(view.counted, 3);
    assert_eq!(view.respondents, 13);
    assert_eq!(view.teams[3].standing, Standing::TooFew);
    // Support has only a team below its minimum: no layer figures at all.
    assert_eq!(
        view.layers.iter().map(|l| l.layer).collect::<Vec<_>>(),
        [Layer::Management, Layer::Team]
    );

    // The team layer pools 4 + 6 members, not the two teams' means alike.
    let team_layer = &view.layers[1];
    let (a, r, members) = team_layer.dimensions[0].expect("a figure");
    let east_a = view.teams[1].marks().unwrap().dimensions[0]
        .unwrap()
        .anglo_saxon
        .mean;
    let west_a = view.teams[2].marks().unwrap().dimensions[0]
        .unwrap()
        .anglo_saxon
        .mean;
    assert_eq!(members, 10);
    assert!((a - (4.0 * east_a + 6.0 * west_a) / 10.0).abs() < 1e-9);
    assert!(
        r > 90.0,
        "everyone in the team layer answered 5 on Rhineland: {r}"
    );

    let gap = view.gaps[0];
    assert_eq!((gap.first, gap.second), (Layer::Management, Layer::Team));
    assert!(gap.anglo_saxon < -50.0 && gap.rhineland > 50.0, "{gap:?}");
    assert_eq!(
        gap.prompt(Locale::Nl),
        "Wat ziet de leiding dat het team niet ziet, en andersom?"
    );
    assert_eq!(
        gap.prompt(Locale::En),
        "What does management see that the team does not, and the other way round?"
    );

    // The teams differ: east and west lie apart on R − A, management far from both.
    let differ = view.differ_most();
    assert_eq!(differ.len(), 9);
    assert!(differ[0].1 > 50.0);
}

#[test]
fn a_version_1_round_is_listed_but_not_counted() {
    let mut old = team("Oud", 1, 20_000, 3, vec![keyed(3, 3); 5]);
    old.instrument = Instrument::V1;
    let view = organisation_view(&[OrgTeam {
        data: old,
        layer: None,
    }]);
    assert_eq!(view.teams[0].standing, Standing::OtherVersion);
    assert_eq!((view.counted, view.respondents, view.overall), (0, 0, None));
    assert!(view.gaps.is_empty() && view.layers.is_empty());
}

#[test]
fn each_counted_team_is_one_mark_on_the_plane_with_its_spread() {
    let alike = team("Eens", 1, 20_000, 3, vec![keyed(4, 2); 5]);
    let apart = team(
        "Oneens",
        2,
        20_000,
        3,
        vec![keyed(1, 1), keyed(5, 5), keyed(1, 5), keyed(5, 1)],
    );
    let view = organisation_view(&[
        OrgTeam {
            data: alike,
            layer: None,
        },
        OrgTeam {
            data: apart,
            layer: None,
        },
    ]);
    let plane = Plane::of(Instrument::V2);
    let marks = plane_marks(&view, None, &plane);
    assert_eq!(marks.iter().map(|m| m.row).collect::<Vec<_>>(), [0, 1]);
    // Members who answered alike have no spread; members far apart a wide one.
    assert_eq!(marks[0].radii, (0.0, 0.0));
    assert!(
        marks[1].radii.0 > 50.0 && marks[1].radii.1 > 50.0,
        "{:?}",
        marks[1].radii
    );
    // On one dimension a team this far apart is divided: no mark there, as its own
    // dashboard shows no mean (its overall position above stays).
    let on_first = plane_marks(&view, Some(0), &plane);
    assert_eq!(on_first.iter().map(|m| m.row).collect::<Vec<_>>(), [0]);
}

#[test]
fn teams_of_two_versions_are_never_pooled_and_the_larger_group_is_compared() {
    let older = team("Oud", 1, 20_000, 3, vec![keyed(5, 1); 5]);
    let newer = |name: &str, id: u8| {
        let mut data = team(name, id, 20_100, 3, vec![keyed_in(Instrument::V3, 1, 5); 4]);
        data.instrument = Instrument::V3;
        data
    };
    let teams: Vec<OrgTeam> = [older, newer("Noord", 2), newer("Zuid", 3)]
        .into_iter()
        .map(|data| OrgTeam { data, layer: None })
        .collect();
    let view = organisation_view(&teams);
    assert_eq!(view.instrument, Instrument::V3);
    assert_eq!(view.teams[0].standing, Standing::OtherVersion);
    assert_eq!(view.teams[0].instrument, Instrument::V2);
    // Only the version 3 teams' members are counted: four and four.
    assert_eq!((view.counted, view.respondents), (2, 8));
    // With the version 2 team alone, it is compared, and the others listed.
    let view = organisation_view(&teams[..1]);
    assert_eq!(view.instrument, Instrument::V2);
    assert_eq!((view.counted, view.respondents), (1, 5));
}

/// A team divided on a dimension shows no mean there, anywhere the organisation shows
/// one (plane, strips, between-teams spread, CSV, JSON), as its own dashboard shows none;
/// its members still count in its layer, which is not one team (issue 30, point 7).
#[test]
fn a_team_divided_on_a_dimension_shows_no_mean_there_but_counts_in_its_layer() {
    use teambalans_core::org::report::{csv_files, json};
    // Two members strong on both sides, two weak on both: apart on every dimension.
    let apart = vec![keyed(5, 5), keyed(5, 5), keyed(1, 1), keyed(1, 1)];
    let together = vec![keyed(4, 2); 4];
    let teams = [
        OrgTeam {
            data: team("Verdeeld", 1, 100, 3, apart),
            layer: Some(Layer::Team),
        },
        OrgTeam {
            data: team("Samen", 2, 100, 3, together),
            layer: Some(Layer::Management),
        },
    ];
    let view = organisation_view(&teams);
    let divided = view.teams[0].marks().expect("counted");
    assert!(divided.divided.iter().all(|d| *d));
    assert!(view.any_divided());
    assert!(view.teams[1].marks().unwrap().divided.iter().all(|d| !d));
    for (index, across) in view.dimensions.iter().enumerate() {
        assert_eq!(divided.shown(index), None);
        // Kept underneath for the layer; never across teams.
        assert!(divided.dimensions[index].is_some());
        assert_eq!(
            across.teams.iter().map(|(row, _)| *row).collect::<Vec<_>>(),
            [1]
        );
        assert_eq!(across.between_teams, None);
        assert!(plane_marks(&view, Some(index), &Plane::of(view.instrument))
            .iter()
            .all(|m| m.row == 1));
    }
    // Its layer pools its members: 50 on both sides, the middle of "5" and "1".
    let layer = view.layers.iter().find(|l| l.layer == Layer::Team).unwrap();
    let (a, r, members) = layer.dimensions[0].unwrap();
    assert_eq!((a.round(), r.round(), members), (50.0, 50.0, 4));
    assert!(!view.gaps.is_empty());

    let files = csv_files("Zorggroep", &view, Locale::En);
    let rows: Vec<&str> = files[0]
        .1
        .lines()
        .filter(|l| l.contains("\"Verdeeld\"") && !l.contains("all dimensions"))
        .collect();
    assert_eq!(rows.len(), 9);
    for row in rows {
        assert!(row.contains(",\"divided\",\"4\","), "{row}");
        assert!(row.ends_with(",\"\",\"\",\"\",\"\""), "{row}");
    }
    let parsed: serde_json::Value = serde_json::from_str(&json("Zorggroep", &view)).unwrap();
    let first = &parsed["teams"][0]["dimensions"][0];
    assert_eq!(first["divided"], true);
    assert!(first.get("anglo_saxon").is_none());
    assert!(parsed["teams"][1]["dimensions"][0].get("divided").is_none());
}
