//! Synthetic members for checking that instrument version 2's numbers can be trusted:
//! what yes-saying, random answering and honest answering with noise and a yes-saying
//! bias do to the zones and the "clear differences". Deterministic (a seeded
//! generator), so the native tests and the benchmark print the same figures every run.
//!
//! The same members fill rounds and organisations for the volume checks: a round's 200
//! response links pasted at once, 100 teams' results links pasted into an organisation
//! (the benchmark, and the e2e fixture `crates/core/tests/volume_links.rs` keeps equal to them).

use crate::id::{MemberId, RoundId};
use crate::instrument::answers::{Answer, Level, TRADE_OFF_POINTS};
use crate::instrument::model::{Key, StatementDefV2};
use crate::instrument::{v2, Instrument};
use crate::link::{RatingPair, Response, Results, TradePair, REVISION_EPOCH_MS};
use crate::score::member::{score_member, MemberScores};
use crate::score::round_data::RoundData;
use crate::score::scoring::Zone;

/// SplitMix64: small, fast and good enough for simulations; no dependency.
pub struct Generator(u64);

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(f64::MIN_POSITIVE);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

fn frequency_near(value: f64) -> Answer {
    let v = value.round().clamp(1.0, 5.0) as u8;
    Answer::Level(Level::from_value(v).unwrap_or(Level::Partly))
}

fn score(ratings: &[Option<Answer>]) -> MemberScores {
    score_member(Instrument::V2, ratings, &[])
}

/// Percentage of (answer, dimension) pairs in which a member giving one same answer to
/// every statement gets a strong zone ("strong" on either pole) or a clear difference.
pub fn uniform_strong_pct() -> f64 {
    let mut strong = 0;
    let mut total = 0;
    for frequency in Level::ALL {
        let ratings = vec![Some(Answer::Level(frequency)); v2::STATEMENTS.len()];
        for dimension in score(&ratings).dimensions {
            total += 1;
            let strong_zone = matches!(
                dimension.zone(),
                Some(Zone::StrongOnBoth | Zone::MainlyAngloSaxon | Zone::MainlyRhineland)
            );
            if strong_zone || dimension.clear_difference().is_some() {
                strong += 1;
            }
        }
    }
    100.0 * f64::from(strong) / f64::from(total)
}

/// Of `members` random responders (every statement any frequency, equally likely), the
/// highest percentage over the dimensions that gets a "clear difference" there.
pub fn random_clear_pct(members: usize, seed: u64) -> f64 {
    let mut generator = Generator::new(seed);
    let mut clear = vec![0usize; v2::DIMENSIONS.len()];
    for _ in 0..members {
        let ratings: Vec<Option<Answer>> = v2::STATEMENTS
            .iter()
            .map(|_| Some(frequency_near(1.0 + generator.below(5) as f64)))
            .collect();
        for (d, dimension) in score(&ratings).dimensions.iter().enumerate() {
            if dimension.clear_difference().is_some() {
                clear[d] += 1;
            }
        }
    }
    let worst = clear.into_iter().max().unwrap_or(0);
    100.0 * worst as f64 / members as f64
}

/// A synthetic member: a true zone on every dimension (a strong pole seen "often", a
/// weak one "sometimes"), noise on every answer, and a yes-saying bias added to every
/// answer before the reverse keys undo it.
pub struct Synthetic {
    pub noise: f64,
    pub max_bias: f64,
}

impl Synthetic {
    /// The settings the benchmark reports: noise of 0.6 scale steps per answer (about
    /// one member in four answers a statement a step away from what they see), a bias of
    /// up to one whole step towards "yes", and one in ten statements not answered. With
    /// four statements a pole, noise of 0.7 brings recovery down to about 87 %.
    pub const REPORTED: Synthetic = Synthetic {
        noise: 0.6,
        max_bias: 1.0,
    };

    fn answers(
        &self,
        truth: &[Zone],
        generator: &mut Generator,
        statements: &[StatementDefV2],
    ) -> Vec<Option<Answer>> {
        let bias = generator.unit() * self.max_bias;
        statements
            .iter()
            .map(|s| {
                if generator.below(10) == 0 {
                    return Some(Answer::Skip);
                }
                let d = v2::DIMENSIONS
                    .iter()
                    .position(|d| d.id == s.dimension)
                    .unwrap_or(0);
                let strong = truth[d].is_strong(s.pole);
                // How present the pole truly is (1–5), then the statement's answer.
                let presence = if strong { 4.0 } else { 2.0 };
                let answer = match s.key {
                    Key::Plus => presence,
                    Key::Minus => 6.0 - presence,
                };
                Some(frequency_near(
                    answer + self.noise * generator.normal() + bias,
                ))
            })
            .collect()
    }

    /// Percentage of (member, dimension) pairs placed in their true zone.
    pub fn recovery_pct(&self, members: usize, seed: u64) -> f64 {
        let mut generator = Generator::new(seed);
        let mut right = 0usize;
        let mut total = 0usize;
        for _ in 0..members {
            let truth: Vec<Zone> = v2::DIMENSIONS
                .iter()
                .map(|_| Zone::ALL[generator.below(4) as usize])
                .collect();
            let ratings = self.answers(&truth, &mut generator, &v2::STATEMENTS);
            for (dimension, true_zone) in score(&ratings).dimensions.iter().zip(&truth) {
                total += 1;
                if dimension.zone() == Some(*true_zone) {
                    right += 1;
                }
            }
        }
        100.0 * right as f64 / total as f64
    }
}

/// A realistic member of version 2: a true zone per dimension now and another where
/// they want to be, answered with `Synthetic::REPORTED`'s noise and bias (one in ten
/// "don't know"), and each trade-off's points (one in ten left open).
fn member_v2(generator: &mut Generator) -> (Vec<RatingPair>, Vec<TradePair>) {
    let mut zones = || -> Vec<Zone> {
        v2::DIMENSIONS
            .iter()
            .map(|_| Zone::ALL[generator.below(4) as usize])
            .collect()
    };
    let (now, desired) = (zones(), zones());
    let now = Synthetic::REPORTED.answers(&now, generator, &v2::STATEMENTS);
    let desired = Synthetic::REPORTED.answers(&desired, generator, &v2::STATEMENTS);
    let mut points = || {
        (generator.below(10) != 0).then(|| generator.below(u64::from(TRADE_OFF_POINTS) + 1) as u8)
    };
    let trade_offs = v2::DIMENSIONS
        .iter()
        .map(|_| (points(), points()))
        .collect();
    (now.into_iter().zip(desired).collect(), trade_offs)
}

/// `members` distinct members' responses to `round` (version 2, now and desired), as
/// their response links carry them, made a minute or so apart.
pub fn round_responses(round: RoundId, members: usize, seed: u64) -> Vec<Response> {
    let mut generator = Generator::new(seed);
    (0..members)
        .map(|n| {
            let (ratings, trade_offs) = member_v2(&mut generator);
            // Random-looking ids, distinct by their last two bytes.
            let high = generator.next_u64().to_be_bytes();
            let [.., a, b] = (n as u16).to_be_bytes();
            Response {
                round,
                member: MemberId([high[0], high[1], high[2], high[3], a, b]),
                revision: REVISION_EPOCH_MS
                    + 90 * 86_400_000
                    + n as i64 * 61_000
                    + generator.below(1_000) as i64,
                instrument: Instrument::V2,
                has_desired: true,
                ratings,
                trade_offs,
                facilitator: false,
                name: None,
                own_answers: Vec::new(),
            }
        })
        .collect()
}

/// `teams` distinct teams' results of version 2 (now and desired), each of 4 to 12
/// members, as their results links carry them: what an organisation is pasted.
pub fn teams_results(teams: usize, seed: u64) -> Vec<Results> {
    let mut generator = Generator::new(seed);
    (0..teams)
        .filter_map(|n| {
            let size = 4 + generator.below(9) as usize;
            let members: Vec<_> = (0..size).map(|_| member_v2(&mut generator)).collect();
            let [.., a, b] = (n as u16).to_be_bytes();
            RoundData {
                round: RoundId([0x0b, 0x0a, 0, 0, a, b]),
                team_name: format!("Team {:03}", n + 1),
                title: "Najaar 2026".to_string(),
                // Autumn 2026: before any instant the e2e clock starts at.
                date_days: 20_740 + generator.below(30) as u16,
                min_group: 3,
                instrument: Instrument::V2,
                has_desired: true,
                respondents: members.iter().map(|m| m.0.clone()).collect(),
                trade_offs: members.into_iter().map(|m| m.1).collect(),
                trend: Vec::new(),
                review: None,
                actions: Vec::new(),
                open: false,
                own_statements: Vec::new(),
                own_answers: Vec::new(),
                names: Vec::new(),
            }
            .results()
        })
        .collect()
}
