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
use crate::instrument::model::Key;
use crate::instrument::{v3, Instrument, Pole};
use crate::link::{RatingPair, Response, Results, TradePair, REVISION_EPOCH_MS};
use crate::score::member::{score_member, DimensionScore, MemberScores};
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

fn score(instrument: Instrument, ratings: &[Option<Answer>]) -> MemberScores {
    score_member(instrument, ratings, &[])
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    100.0 * part as f64 / whole as f64
}

/// Whether a dimension says more than "close to the middle": a zone, or a clear
/// difference.
fn says_something(dimension: &DimensionScore) -> bool {
    dimension.zone().is_some() || dimension.clear_difference().is_some()
}

/// Percentage of (answer, dimension) pairs in which a member giving one same answer to
/// every statement gets a strong zone ("strong" on either pole) or a clear difference.
pub fn uniform_strong_pct(instrument: Instrument) -> f64 {
    let mut strong = 0;
    let mut total = 0;
    for frequency in Level::ALL {
        let ratings = vec![Some(Answer::Level(frequency)); instrument.statement_count()];
        for dimension in score(instrument, &ratings).dimensions {
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
    percent(strong, total)
}

/// Of `members` random responders (every statement any frequency, equally likely), the
/// highest percentage over the dimensions that gets a "clear difference" there.
pub fn random_clear_pct(instrument: Instrument, members: usize, seed: u64) -> f64 {
    let mut generator = Generator::new(seed);
    let mut clear = vec![0usize; instrument.dimension_count()];
    for _ in 0..members {
        let ratings: Vec<Option<Answer>> = instrument
            .statements()
            .map(|_| Some(frequency_near(1.0 + generator.below(5) as f64)))
            .collect();
        for (d, dimension) in score(instrument, &ratings).dimensions.iter().enumerate() {
            if dimension.clear_difference().is_some() {
                clear[d] += 1;
            }
        }
    }
    percent(clear.into_iter().max().unwrap_or(0), members)
}

/// Members who answer by how good a statement sounds (halo), one per rater of version
/// 3's committed valence ratings and one for their mean, each at two strengths (half a
/// step and a whole step per point of valence: "sounds good" is "often"), with `yes`
/// added to every answer:
/// the percentage of (member, dimension or overall) pairs that get a zone or a clear
/// difference. Answering by valence must land in the middle everywhere.
fn halo_pct(yes: &[f64]) -> f64 {
    let instrument = Instrument::V3;
    // Each rater's valence, then their mean.
    let raters: [fn(&[i8; 3]) -> f64; 4] = [
        |r| f64::from(r[0]),
        |r| f64::from(r[1]),
        |r| f64::from(r[2]),
        |r| r.iter().map(|v| f64::from(*v)).sum::<f64>() / 3.0,
    ];
    let (mut placed, mut total) = (0, 0);
    for valence in &raters {
        for strength in [0.5, 1.0] {
            for bias in yes {
                let ratings: Vec<Option<Answer>> = v3::VALENCE
                    .iter()
                    .map(|r| Some(frequency_near(3.0 + strength * valence(r) + bias)))
                    .collect();
                let member = score(instrument, &ratings);
                for dimension in member.dimensions.iter().chain(member.overall().iter()) {
                    total += 1;
                    if says_something(dimension) {
                        placed += 1;
                    }
                }
            }
        }
    }
    percent(placed, total)
}

/// Halo answerers (see `halo_pct`), saying no more than they see.
pub fn halo_zone_pct() -> f64 {
    halo_pct(&[0.0])
}

/// Halo answerers who also say yes: half a step and a whole step up on every answer.
pub fn halo_yes_zone_pct() -> f64 {
    halo_pct(&[0.5, 1.0])
}

/// A synthetic member: a true presence of each pole on every dimension, noise on every
/// answer, a yes-saying bias added to every answer before the reverse keys undo it, one
/// in ten statements not answered, and some reverse statements misread.
pub struct Synthetic {
    pub noise: f64,
    pub max_bias: f64,
    /// How present a strong and a weak pole truly are (1–5), drawn evenly: values near
    /// the middle (3) make profiles near the cut.
    pub strong: &'static [f64],
    pub weak: &'static [f64],
    /// One in this many reverse statements answered as if it counted forward (0: none).
    pub misread_one_in: u64,
    /// The reverse statements of this many dimensions (drawn per member) marked "does
    /// not occur" instead of answered.
    pub one_key_dimensions: usize,
    /// The true zones a member's dimensions are drawn from.
    pub zones: &'static [Zone],
}

/// How a synthetic member's dimensions came out.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Recovery {
    /// (member, dimension) pairs placed in their true zone or left unclear.
    pub recovered_pct: f64,
    /// Pairs placed in a zone that is not their true one.
    pub wrong_pct: f64,
    /// Pairs placed in their true zone.
    pub exact_pct: f64,
    /// Members told they say yes to everything.
    pub called_yes_pct: f64,
}

impl Synthetic {
    /// Version 2's reported settings: noise of 0.6 scale steps per answer (about one
    /// member in four answers a statement a step away from what they see), a bias of
    /// up to one whole step towards "yes", one in ten statements not answered, a strong
    /// pole seen "often" and a weak one "sometimes".
    pub const REPORTED: Synthetic = Synthetic {
        noise: 0.6,
        max_bias: 1.0,
        strong: &[4.0],
        weak: &[2.0],
        misread_one_in: 0,
        one_key_dimensions: 0,
        zones: &Zone::ALL,
    };

    /// The same, with profiles near the cut as often as far from it (a pole half a
    /// step or one step from the middle) and one in ten reverse statements misread.
    pub const NEAR_CUT: Synthetic = Synthetic {
        strong: &[3.5, 4.0],
        weak: &[2.0, 2.5],
        misread_one_in: 10,
        ..Synthetic::REPORTED
    };

    /// Members who answer the forward statements and mark every reverse one "does not
    /// occur", seeing both poles strong (the issue's case): their answers all lean to
    /// "often", which a yes-saying estimate over all answers takes for saying yes.
    pub const ONE_KEY: Synthetic = Synthetic {
        one_key_dimensions: usize::MAX,
        // At most half a step of true yes-saying: being told "yes to everything" is
        // then always wrong.
        max_bias: 0.5,
        zones: &[Zone::StrongOnBoth],
        ..Synthetic::REPORTED
    };

    fn answers(
        &self,
        instrument: Instrument,
        truth: &[Zone],
        generator: &mut Generator,
    ) -> Vec<Option<Answer>> {
        let bias = generator.unit() * self.max_bias;
        let dimensions: Vec<u8> = instrument.dimensions().map(|d| d.id).collect();
        // Per dimension and pole, how present it truly is.
        let presence: Vec<[f64; 2]> = truth
            .iter()
            .map(|zone| {
                Pole::ALL.map(|pole| {
                    let levels = if zone.is_strong(pole) {
                        self.strong
                    } else {
                        self.weak
                    };
                    // One level draws nothing: version 2's members stay as they were.
                    match levels {
                        [one] => *one,
                        _ => levels[generator.below(levels.len() as u64) as usize],
                    }
                })
            })
            .collect();
        let mut one_key = vec![false; dimensions.len()];
        for _ in 0..self.one_key_dimensions.min(dimensions.len()) {
            let free: Vec<usize> = (0..dimensions.len()).filter(|d| !one_key[*d]).collect();
            one_key[free[generator.below(free.len() as u64) as usize]] = true;
        }
        instrument
            .statements()
            .map(|s| {
                let d = dimensions
                    .iter()
                    .position(|id| *id == s.dimension)
                    .unwrap_or(0);
                if s.key == Key::Minus && one_key[d] {
                    return Some(Answer::NotApplicable);
                }
                if generator.below(10) == 0 {
                    return Some(Answer::Skip);
                }
                let seen = presence[d][usize::from(s.pole == Pole::Rhineland)];
                let misread = self.misread_one_in > 0 && generator.below(self.misread_one_in) == 0;
                let answer = match s.key {
                    Key::Minus if !misread => 6.0 - seen,
                    Key::Plus | Key::Minus => seen,
                };
                Some(frequency_near(
                    answer + self.noise * generator.normal() + bias,
                ))
            })
            .collect()
    }

    /// How `members` synthetic members of `instrument` came out.
    pub fn recovery(&self, instrument: Instrument, members: usize, seed: u64) -> Recovery {
        let mut generator = Generator::new(seed);
        let (mut exact, mut wrong, mut total, mut called_yes) = (0, 0, 0, 0);
        for _ in 0..members {
            let truth: Vec<Zone> = instrument
                .dimensions()
                .map(|_| self.zones[generator.below(self.zones.len() as u64) as usize])
                .collect();
            let ratings = self.answers(instrument, &truth, &mut generator);
            let member = score(instrument, &ratings);
            if member.says_yes_to_everything() {
                called_yes += 1;
            }
            for (dimension, true_zone) in member.dimensions.iter().zip(&truth) {
                total += 1;
                match dimension.zone() {
                    Some(zone) if zone == *true_zone => exact += 1,
                    Some(_) => wrong += 1,
                    None => {}
                }
            }
        }
        Recovery {
            recovered_pct: percent(total - wrong, total),
            wrong_pct: percent(wrong, total),
            exact_pct: percent(exact, total),
            called_yes_pct: percent(called_yes, members),
        }
    }

    /// Percentage of (member, dimension) pairs placed in their true zone.
    pub fn recovery_pct(&self, members: usize, seed: u64) -> f64 {
        self.recovery(Instrument::V2, members, seed).exact_pct
    }
}

/// Members whose reverse statements are all marked "does not occur" (`ONE_KEY`):
/// the percentage of (member, dimension) pairs given a wrong zone, plus those of
/// members told they say yes to everything (every one of their dimensions counts).
pub fn one_key_nonanswer_error_pct(instrument: Instrument, members: usize, seed: u64) -> f64 {
    let r = Synthetic::ONE_KEY.recovery(instrument, members, seed);
    (r.wrong_pct + r.called_yes_pct).min(100.0)
}

/// A realistic member of `instrument`: a true zone per dimension now and another where
/// they want to be, answered with `Synthetic::REPORTED`'s noise and bias (one in ten
/// "don't know"; "where we want to be" on statements only where the version asks it),
/// and each trade-off's points (one in ten left open).
fn member(instrument: Instrument, generator: &mut Generator) -> (Vec<RatingPair>, Vec<TradePair>) {
    let count = instrument.dimension_count();
    let mut zones = || -> Vec<Zone> {
        (0..count)
            .map(|_| Zone::ALL[generator.below(4) as usize])
            .collect()
    };
    let (now, desired) = (zones(), zones());
    let now = Synthetic::REPORTED.answers(instrument, &now, generator);
    let desired = Synthetic::REPORTED.answers(instrument, &desired, generator);
    let per_statement = instrument.rules().desired_statements;
    let mut points = || {
        (generator.below(10) != 0).then(|| generator.below(u64::from(TRADE_OFF_POINTS) + 1) as u8)
    };
    let trade_offs = (0..count).map(|_| (points(), points())).collect();
    let ratings = now
        .into_iter()
        .zip(desired)
        .map(|(now, wanted)| (now, wanted.filter(|_| per_statement)))
        .collect();
    (ratings, trade_offs)
}

/// `members` distinct members' responses to `round` (the current version, now and
/// desired), as their response links carry them, made a minute or so apart.
pub fn round_responses(round: RoundId, members: usize, seed: u64) -> Vec<Response> {
    let mut generator = Generator::new(seed);
    (0..members)
        .map(|n| {
            let (ratings, trade_offs) = member(Instrument::CURRENT, &mut generator);
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
                instrument: Instrument::CURRENT,
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

/// `teams` distinct teams' results of the current version (now and desired), each of 4 to 12
/// members, as their results links carry them: what an organisation is pasted.
pub fn teams_results(teams: usize, seed: u64) -> Vec<Results> {
    let mut generator = Generator::new(seed);
    (0..teams)
        .filter_map(|n| {
            let size = 4 + generator.below(9) as usize;
            let members: Vec<_> = (0..size)
                .map(|_| member(Instrument::CURRENT, &mut generator))
                .collect();
            let [.., a, b] = (n as u16).to_be_bytes();
            RoundData {
                round: RoundId([0x0b, 0x0a, 0, 0, a, b]),
                team_name: format!("Team {:03}", n + 1),
                title: "Najaar 2026".to_string(),
                // Autumn 2026: before any instant the e2e clock starts at.
                date_days: 20_740 + generator.below(30) as u16,
                min_group: 3,
                instrument: Instrument::CURRENT,
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
