//! The demo team: three clearly labelled example rounds of made-up answers, so that a
//! first visitor sees a full dashboard in one click. Deterministic: same ids, same data.

use crate::dates::start_ms;
use crate::id::{MemberId, RoundId, TeamId};
use crate::instrument::answers::{Answer, Level};
use crate::instrument::{Instrument, Key, Pole};
use crate::link::TradePair;
use crate::locale::Locale;
use crate::round::responses::{MemberResponse, StoredResponse};
use crate::round::rounds::{ExpectedSize, Round, RoundOrigin};
use crate::round::team_book::Team;

/// The demo asks what new rounds ask.
const INSTRUMENT: Instrument = Instrument::CURRENT;

/// (Anglo-Saxon, Rhineland) mean keyed frequency (1–5) per dimension, in questionnaire
/// order, for each round: a team that starts mainly Anglo-Saxon and grows towards strong
/// on both.
const PROFILES: [[(f64, f64); 9]; 3] = [
    [
        (4.2, 2.3),
        (4.0, 2.6),
        (4.3, 2.2),
        (4.1, 2.5),
        (3.9, 2.4),
        (4.2, 2.0),
        (3.9, 2.4),
        (4.0, 2.2),
        (3.8, 2.6),
    ],
    [
        (4.1, 3.0),
        (4.0, 3.2),
        (4.2, 2.9),
        (4.0, 3.1),
        (3.9, 3.0),
        (4.0, 2.6),
        (3.9, 3.0),
        (3.9, 3.0),
        (3.8, 3.2),
    ],
    [
        (4.0, 3.9),
        (4.0, 3.8),
        (4.1, 3.6),
        (3.9, 3.9),
        (3.9, 3.7),
        (3.9, 3.5),
        (3.9, 3.8),
        (4.0, 3.9),
        (3.8, 3.8),
    ],
];
/// From the second round on, the team sees Direction (dimension 7) in two ways: half
/// mainly Anglo-Saxon, half mainly Rhineland. The dashboard shows it as divided.
const DIVIDED_DIMENSION: u8 = 7;
const DIVIDED_PROFILES: [(f64, f64); 2] = [(4.3, 2.0), (2.0, 4.3)];
/// "Past niet bij ons team" is more likely here: a care team with fixed shifts (Team
/// boundaries, dimension 6).
const NOT_APPLICABLE_DIMENSION: u8 = 6;
const RESPONDENTS: [usize; 3] = [6, 7, 7];
/// The demo team's size: not everyone answers every round.
const DEMO_TEAM_SIZE: u8 = 8;
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

/// An answer whose keyed value lies near `mean`: a `Minus` statement is answered the
/// other way round.
fn answer_near(mean: f64, key: Key, noise: &mut Noise) -> Answer {
    // Spread of about ±1 level around the mean, so the team visibly differs.
    let keyed = (mean + (noise.next() - 0.5) * 2.0).round().clamp(1.0, 5.0) as u8;
    let value = match key {
        Key::Plus => keyed,
        Key::Minus => 6 - keyed,
    };
    Answer::Level(Level::from_value(value).unwrap_or(Level::Partly))
}

fn profile(round: usize, member: usize, dimension: u8) -> (f64, f64) {
    if round > 0 && dimension == DIVIDED_DIMENSION {
        return DIVIDED_PROFILES[member % 2];
    }
    let index = usize::from(dimension.max(1) - 1);
    PROFILES[round].get(index).copied().unwrap_or((3.0, 3.0))
}

/// Ten points between the two descriptions, leaning to the stronger side.
fn trade_off(anglo: f64, rhine: f64, noise: &mut Noise) -> Option<u8> {
    if noise.next() < 0.08 {
        return None;
    }
    let points = 5.0 + (rhine - anglo) * 1.5 + (noise.next() - 0.5) * 3.0;
    Some(points.round().clamp(0.0, 10.0) as u8)
}

fn member_ratings(round: usize, member: usize, desired: bool) -> MemberResponse {
    let mut noise = Noise(0x9e37_79b9 ^ ((round as u64 + 1) << 20) ^ ((member as u64 + 1) * 7919));
    let ratings = INSTRUMENT
        .statements()
        .map(|s| {
            let (a, r) = profile(round, member, s.dimension);
            let mean = if s.pole == Pole::AngloSaxon { a } else { r };
            let chance = noise.next();
            let now = if chance < 0.03 {
                Answer::Skip
            } else if s.dimension == NOT_APPLICABLE_DIMENSION && chance < 0.12 {
                Answer::NotApplicable
            } else {
                answer_near(mean, s.key, &mut noise)
            };
            // Where we want to be: more of both, Rhineland most; kept only where the
            // version asks it of statements (drawn alike, so the other answers stay).
            let wanted = if s.pole == Pole::AngloSaxon { 4.1 } else { 4.4 };
            (
                Some(now),
                desired
                    .then(|| answer_near(wanted, s.key, &mut noise))
                    .filter(|_| INSTRUMENT.rules().desired_statements),
            )
        })
        .collect();
    let trade_offs: Vec<TradePair> = INSTRUMENT
        .dimensions()
        .map(|d| {
            let (a, r) = profile(round, member, d.id);
            let now = trade_off(a, r, &mut noise);
            (
                now,
                desired.then(|| trade_off(4.1, 4.4, &mut noise)).flatten(),
            )
        })
        .collect();
    MemberResponse {
        member: MemberId([0xde, 0x30, round as u8, member as u8, 0, 1]),
        revision: 0,
        instrument: INSTRUMENT,
        has_desired: desired,
        ratings,
        trade_offs,
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    }
}

/// The two agreements of the demo's summer round (who, what), in `locale`.
pub fn demo_agreements(locale: Locale) -> [(&'static str, &'static str); 2] {
    match locale {
        Locale::Nl => [
            (
                "Sanne",
                "Elke maandag tien minuten: wat ging goed, wat kan beter?",
            ),
            (
                "Ahmed",
                "Nieuwe collega's een maatje geven in de eerste maand",
            ),
        ],
        Locale::En => [
            (
                "Sanne",
                "Ten minutes every Monday: what went well, what could be better?",
            ),
            ("Ahmed", "Give new colleagues a buddy in their first month"),
        ],
    }
}

/// The demo team and its three rounds, the last one dated `today_days`, titled in the
/// language the person reads the app in.
pub fn demo_team(
    team: TeamId,
    rounds: [RoundId; 3],
    today_days: u16,
    now_ms: i64,
    locale: Locale,
) -> (Team, Vec<Round>) {
    let titles = match locale {
        Locale::Nl => ["Voorjaar", "Zomer", "Najaar"],
        Locale::En => ["Spring", "Summer", "Autumn"],
    };
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
                instrument: INSTRUMENT,
                created_at: now_ms,
                origin: RoundOrigin::Created,
                responses,
                actions: Vec::new(),
                removed_actions: Default::default(),
                expected: Some(ExpectedSize {
                    members: Some(DEMO_TEAM_SIZE),
                    set_at: now_ms,
                }),
                open: false,
                facilitator_out: false,
                own_statements: Vec::new(),
                notes: Vec::new(),
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
