//! Writes the results links the organisation e2e spec pastes
//! (`tests/e2e/fixtures/org-links.json`): four teams of version 2 and an older round of
//! one of them. `tests/org_book.rs` checks that every link there still opens as the team
//! it says. Run: `cargo run -p teambalans-core --example org_links > tests/e2e/fixtures/org-links.json`.

use teambalans_core::id::RoundId;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::link::{to_fragment, Link, RatingPair, TradePair};
use teambalans_core::score::round_data::RoundData;

/// A member answering `anglo` on every Anglo-Saxon statement and `rhine` on every
/// Rhineland one, keyed (a `Minus` statement gets 6 − the value), one step off on every
/// `wobble`-th statement so members are not all alike.
fn member(anglo: u8, rhine: u8, wobble: usize) -> (Vec<RatingPair>, Vec<TradePair>) {
    let ratings = Instrument::V2
        .statements()
        .enumerate()
        .map(|(i, s)| {
            let mut v = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            if wobble > 0 && i % wobble == 0 {
                v = if v > 1 { v - 1 } else { v + 1 };
            }
            let v = if s.key == Key::Minus { 6 - v } else { v };
            (Level::from_value(v).map(Answer::Level), None)
        })
        .collect();
    (
        ratings,
        vec![(None, None); Instrument::V2.dimension_count()],
    )
}

fn team(name: &str, id: u8, date_days: u16, min_group: u8, members: Vec<(u8, u8)>) -> RoundData {
    let members: Vec<_> = members
        .into_iter()
        .enumerate()
        .map(|(i, (a, r))| member(a, r, i + 2))
        .collect();
    RoundData {
        round: RoundId([0x0a, 0, 0, 0, 0, id]),
        team_name: name.into(),
        title: format!("Najaar {}", 2026 + u16::from(id % 2)),
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

fn main() {
    let teams = [
        (
            "management",
            team(
                "Directie",
                1,
                20_800,
                3,
                vec![(5, 2), (5, 2), (4, 2), (5, 3)],
            ),
        ),
        (
            "north",
            team(
                "Team Noord",
                2,
                20_790,
                3,
                vec![(2, 5), (2, 4), (3, 5), (2, 5), (3, 4)],
            ),
        ),
        (
            "south",
            team(
                "Team Zuid",
                3,
                20_795,
                3,
                vec![(3, 4), (4, 3), (3, 3), (4, 4)],
            ),
        ),
        // Two answers: enough for its own round (minimum 2), too few across teams (3).
        (
            "small",
            team("Klein team", 4, 20_798, 2, vec![(4, 4), (2, 2)]),
        ),
        // An older round of Team Noord, more Anglo-Saxon then: it must never count.
        (
            "north_older",
            team("Team Noord", 5, 20_600, 3, vec![(5, 1), (5, 1), (5, 2)]),
        ),
    ];
    println!("{{");
    for (n, (key, data)) in teams.iter().enumerate() {
        let results = data.results().expect("enough answers for a results link");
        let link = to_fragment(&Link::Results(results)).expect("encodes");
        let comma = if n + 1 < teams.len() { "," } else { "" };
        println!(
            "  \"{key}\": {{ \"team\": \"{}\", \"respondents\": {}, \"link\": \"{link}\" }}{comma}",
            data.team_name,
            data.respondents.len()
        );
    }
    println!("}}");
}
