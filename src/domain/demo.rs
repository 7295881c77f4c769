//! The demo team: three clearly labelled example rounds of made-up answers, so that a
//! first visitor sees a full dashboard in one click. Deterministic: same ids, same data.

use crate::domain::answers::{Answer, Level};
use crate::domain::dates::start_ms;
use crate::domain::id::{MemberId, RoundId, TeamId};
use crate::domain::instrument::{statements, Dimension, Instrument, Pole};
use crate::domain::round::responses::{MemberResponse, StoredResponse};
use crate::domain::round::rounds::{Round, RoundOrigin};
use crate::domain::round::team_book::Team;

/// (Anglo-Saxon, Rhineland) mean level per dimension, in `Dimension::ALL` order, for each
/// round: a team that starts mainly Anglo-Saxon and grows towards strong on both.
const PROFILES: [[(f64, f64); 10]; 3] = [
    [
        (4.2, 2.4),
        (4.0, 2.8),
        (4.4, 2.2),
        (3.9, 2.6),
        (4.3, 3.0),
        (4.1, 2.0),
        (3.2, 2.4),
        (3.8, 3.4),
        (3.6, 2.2),
        (3.9, 3.1),
    ],
    [
        (4.1, 3.0),
        (4.0, 3.2),
        (4.2, 2.9),
        (3.8, 3.3),
        (4.2, 3.4),
        (4.0, 2.6),
        (3.4, 3.2),
        (3.9, 3.6),
        (3.7, 2.9),
        (3.9, 3.5),
    ],
    [
        (4.1, 3.7),
        (4.1, 3.8),
        (4.1, 3.5),
        (3.9, 3.9),
        (4.2, 3.9),
        (3.9, 3.3),
        (3.7, 3.9),
        (4.0, 4.0),
        (3.8, 3.6),
        (4.0, 3.9),
    ],
];
const RESPONDENTS: [usize; 3] = [6, 7, 7];
/// Days between the example rounds.
const SPACING_DAYS: u16 = 91;

struct Noise(u64);
impl Noise {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 1000) as f64 / 1000.0
    }
}

fn level_near(mean: f64, noise: &mut Noise) -> Answer {
    // Spread of about ±1.2 levels around the mean, so the team visibly disagrees.
    let value = (mean + (noise.next() - 0.5) * 2.4).round().clamp(1.0, 5.0);
    Answer::Level(Level::from_value(value as u8).unwrap_or(Level::Partly))
}

fn member_ratings(round: usize, member: usize, desired: bool) -> MemberResponse {
    let mut noise = Noise(0x9e37_79b9 ^ ((round as u64 + 1) << 20) ^ ((member as u64 + 1) * 7919));
    let ratings = statements()
        .iter()
        .map(|s| {
            let index = Dimension::ALL
                .iter()
                .position(|d| *d == s.dimension)
                .unwrap_or(0);
            let (a, r) = PROFILES[round][index];
            let mean = if s.pole == Pole::AngloSaxon { a } else { r };
            let now = if noise.next() < 0.04 {
                Some(Answer::Skip)
            } else {
                Some(level_near(mean, &mut noise))
            };
            // Where we want to be: more of both, Rhineland most.
            let wanted = if s.pole == Pole::AngloSaxon { 4.2 } else { 4.3 };
            (now, desired.then(|| level_near(wanted, &mut noise)))
        })
        .collect();
    MemberResponse {
        member: MemberId([0xde, 0x30, round as u8, member as u8, 0, 1]),
        revision: 0,
        instrument: Instrument::V1,
        has_desired: desired,
        ratings,
        trade_offs: Vec::new(),
    }
}

/// The demo team and its three rounds, the last one dated `today_days`.
pub fn demo_team(
    team: TeamId,
    rounds: [RoundId; 3],
    today_days: u16,
    now_ms: i64,
) -> (Team, Vec<Round>) {
    let titles = ["Voorjaar · Spring", "Zomer · Summer", "Najaar · Autumn"];
    let made = rounds
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let desired = i != 1;
            let date_days = today_days.saturating_sub(SPACING_DAYS * (2 - i as u16));
            let responses = (0..RESPONDENTS[i])
                .map(|m| {
                    let mut r = member_ratings(i, m, desired);
                    r.revision = start_ms(date_days);
                    StoredResponse::new(&r, now_ms)
                })
                .collect();
            Round {
                id: *id,
                team: Some(team),
                title: titles[i].to_string(),
                date_days,
                ask_desired: desired,
                min_group: 3,
                instrument: Instrument::V1,
                created_at: now_ms,
                origin: RoundOrigin::Created,
                responses,
                actions: Vec::new(),
                removed_actions: Default::default(),
            }
        })
        .collect();
    (
        Team {
            id: team,
            name: "Demo · Zorgteam De Linde".to_string(),
            created_at: now_ms,
            demo: true,
        },
        made,
    )
}
