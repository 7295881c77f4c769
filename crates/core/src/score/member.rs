//! Scores of instrument version 2, honest about what they know.
//!
//! - Reverse keys: a `Minus` statement counts as 6 − its frequency, and every pole has as
//!   many `Plus` as `Minus` statements, so answering everything alike lands in the middle
//!   (50), never in "strong on both".
//! - Precision: a pole's score carries how many statements were answered and a margin from
//!   their spread; a pole with fewer than two answered statements has no number at all.
//!   A difference or a side of the zone cut is only called clear when it is larger than
//!   its margin.
//! - Yes-saying is measured, not hidden: the mean answer above the middle, which on a
//!   balanced scale is agreeing with statements and with their reverse alike.
//! - Team: the spread comes before the zone. Members in different zones make a divided
//!   team, never the zone of their mean.
//! - Reliability from the team's own answers (Cronbach's α), from six respondents on.

use crate::instrument::answers::{Answer, Answers, Horizon};
use crate::instrument::model::{Key, Pole};
use crate::instrument::rules::{OverallMargin, Rules, Spread, TeamRead, YesSaying};
use crate::instrument::{Instrument, StatementView};
use crate::score::figure;
use crate::score::scoring::Zone;
use crate::text::Text;

/// One step of the 1–5 scale on 0–100.
pub const SCALE_STEP: f64 = 25.0;

/// One pole's score, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PoleScore {
    /// Fewer than the rules' `min_answered` statements answered with a frequency.
    TooFewAnswers {
        answered: usize,
    },
    Scored(Strength),
}

/// A pole's strength (0–100) with its precision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    pub value: f64,
    pub answered: usize,
    /// The spread of the (keyed) answers, in scale steps (sample standard deviation).
    pub spread: f64,
    /// The standard error of `value`, in points of 0–100.
    pub margin: f64,
    /// Whose rules place it.
    pub instrument: Instrument,
}

impl Strength {
    /// Which side of the cut, if that is clear.
    pub fn side(&self) -> Option<bool> {
        side_of(self.value, self.margin, self.instrument.rules())
    }

    /// The value rounded to the rules' step: a few statements do not carry units.
    pub fn shown(&self) -> u8 {
        figure::rounded(self.value, self.instrument.rules().step).clamp(0, 100) as u8
    }
}

impl PoleScore {
    pub fn strength(&self) -> Option<&Strength> {
        match self {
            PoleScore::Scored(s) => Some(s),
            PoleScore::TooFewAnswers { .. } => None,
        }
    }
}

/// Which side of the rules' cut `value` is on (true: above), when it is further from the
/// cut than the rules' margins of `margin`; with no margins, from the cut on. One rule for
/// a member's pole and a team's mean.
fn side_of(value: f64, margin: f64, rules: &Rules) -> Option<bool> {
    let distance = value - rules.cut;
    match rules.side_margins {
        Some(margins) => (distance.abs() > margins * margin).then_some(distance > 0.0),
        None => Some(distance >= 0.0),
    }
}

/// Where one member stands on one dimension.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionScore {
    pub dimension: u8,
    pub anglo_saxon: PoleScore,
    pub rhineland: PoleScore,
    /// Of the ten points of the trade-off item, those given to the Rhineland description.
    pub trade_off_rhineland: Option<u8>,
}

impl DimensionScore {
    pub fn pole(&self, pole: Pole) -> &PoleScore {
        match pole {
            Pole::AngloSaxon => &self.anglo_saxon,
            Pole::Rhineland => &self.rhineland,
        }
    }

    fn both(&self) -> Option<(&Strength, &Strength)> {
        self.anglo_saxon.strength().zip(self.rhineland.strength())
    }

    /// Rhineland minus Anglo-Saxon (−100…100).
    pub fn difference(&self) -> Option<f64> {
        self.both().map(|(a, r)| r.value - a.value)
    }

    /// The difference as shown: of the two shown sides, so a row adds up.
    pub fn shown_difference(&self) -> Option<i64> {
        self.both()
            .map(|(a, r)| figure::difference(a.value, r.value, a.instrument.rules().step))
    }

    /// The weaker side's strength: high only when both sides are.
    pub fn weaker_side(&self) -> Option<f64> {
        self.both().map(|(a, r)| a.value.min(r.value))
    }

    /// The stronger pole, when the difference is larger than its margin; by the rules
    /// that read it from the zone, exactly where one side is strong and the other weak.
    pub fn clear_difference(&self) -> Option<Pole> {
        let (a, r) = self.both()?;
        let rules = a.instrument.rules();
        if rules.difference_from_zone {
            return match self.zone()? {
                Zone::MainlyAngloSaxon => Some(Pole::AngloSaxon),
                Zone::MainlyRhineland => Some(Pole::Rhineland),
                Zone::StrongOnBoth | Zone::WeakOnBoth => None,
            };
        }
        let difference = r.value - a.value;
        let margin = (a.margin * a.margin + r.margin * r.margin).sqrt();
        let clear = difference.abs() > rules.difference_margins * margin
            && difference.abs() >= rules.difference_at_least;
        clear.then_some(if difference > 0.0 {
            Pole::Rhineland
        } else {
            Pole::AngloSaxon
        })
    }

    /// The zone, when both poles are clearly on one side of the cut.
    pub fn zone(&self) -> Option<Zone> {
        let (a, r) = self.both()?;
        Some(Zone::from_sides(a.side()?, r.side()?))
    }
}

/// One member's scores over all dimensions, and how they answered.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberScores {
    pub dimensions: Vec<DimensionScore>,
    /// Agreeing with statements and with their reverse: the mean answer above the middle
    /// of the scale, in scale steps (−2…2). On a balanced scale a member who answers as
    /// their team is averages the middle, whatever the team's profile.
    pub yes_saying: Option<f64>,
    /// Nearly every answered statement got the same answer.
    pub uniform: bool,
    pub instrument: Instrument,
}

impl MemberScores {
    pub fn says_yes_to_everything(&self) -> bool {
        self.yes_saying
            .is_some_and(|y| y >= self.instrument.rules().yes_saying_from)
    }

    /// The member's overall position, as one more dimension (id 0): each pole's mean over
    /// the dimensions where both poles have a score, with the margin of a mean of
    /// independent scores, so its zone follows the same rule as a dimension's. `None`
    /// with fewer than the rules' `min_overall_dimensions` such dimensions.
    pub fn overall(&self) -> Option<DimensionScore> {
        if !self.instrument.rules().overall_needs_both {
            return Some(self.overall_per_pole());
        }
        let both: Vec<(Strength, Strength)> = self
            .dimensions
            .iter()
            .filter_map(|d| d.anglo_saxon.strength().zip(d.rhineland.strength()))
            .map(|(a, r)| (*a, *r))
            .collect();
        if both.len() < self.instrument.rules().min_overall_dimensions {
            return None;
        }
        let n = both.len() as f64;
        let combine = |pick: fn(&(Strength, Strength)) -> Strength| {
            let strengths: Vec<Strength> = both.iter().map(pick).collect();
            PoleScore::Scored(Strength {
                value: strengths.iter().map(|s| s.value).sum::<f64>() / n,
                answered: strengths.iter().map(|s| s.answered).sum(),
                spread: spread(&strengths.iter().map(|s| s.value).collect::<Vec<_>>()),
                margin: match self.instrument.rules().overall_margin {
                    OverallMargin::Independent => {
                        strengths
                            .iter()
                            .map(|s| s.margin.powi(2))
                            .sum::<f64>()
                            .sqrt()
                            / n
                    }
                    // Dimensions answered by one person are not independent.
                    OverallMargin::Mean => strengths.iter().map(|s| s.margin).sum::<f64>() / n,
                },
                instrument: self.instrument,
            })
        };
        Some(DimensionScore {
            dimension: 0,
            anglo_saxon: combine(|p| p.0),
            rhineland: combine(|p| p.1),
            trade_off_rhineland: None,
        })
    }
}

impl MemberScores {
    /// Each pole's mean over the dimensions where it has a score, whatever the other
    /// pole has; no margin. A pole scored nowhere has no number.
    fn overall_per_pole(&self) -> DimensionScore {
        let pole = |pole: Pole| {
            let scored: Vec<f64> = self
                .dimensions
                .iter()
                .filter_map(|d| d.pole(pole).strength().map(|s| s.value))
                .collect();
            let answered = self
                .dimensions
                .iter()
                .map(|d| match d.pole(pole) {
                    PoleScore::Scored(s) => s.answered,
                    PoleScore::TooFewAnswers { answered } => *answered,
                })
                .sum();
            if scored.is_empty() {
                return PoleScore::TooFewAnswers { answered };
            }
            PoleScore::Scored(Strength {
                value: mean(&scored),
                answered,
                spread: spread(&scored),
                margin: 0.0,
                instrument: self.instrument,
            })
        };
        DimensionScore {
            dimension: 0,
            anglo_saxon: pole(Pole::AngloSaxon),
            rhineland: pole(Pole::Rhineland),
            trade_off_rhineland: None,
        }
    }
}

/// The middle of the 1–5 scale.
const MIDDLE: f64 = 3.0;

/// A statement's answer (1–5) as it counts for its pole: reversed for `Minus`.
fn keyed(key: Key, value: f64) -> f64 {
    match key {
        Key::Plus => value,
        Key::Minus => 2.0 * MIDDLE - value,
    }
}

/// The mean of `values` (not empty).
pub fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// Sample standard deviation (n − 1); 0 for fewer than two values.
pub fn spread(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = mean(values);
    let sum: f64 = values.iter().map(|v| (v - m) * (v - m)).sum();
    (sum / (values.len() - 1) as f64).sqrt()
}

/// The score of one pole from its statements' keyed answers; `member_spread` is the
/// member's own spread between statements of one pole, pooled over all poles.
pub fn pole_score(instrument: Instrument, keyed_values: &[f64], member_spread: f64) -> PoleScore {
    let rules = instrument.rules();
    let answered = keyed_values.len();
    if answered < rules.min_answered {
        return PoleScore::TooFewAnswers { answered };
    }
    let margin = match rules.side_margins {
        Some(_) => member_spread.max(rules.spread_floor) * SCALE_STEP / (answered as f64).sqrt(),
        None => 0.0,
    };
    PoleScore::Scored(Strength {
        // Within the scale: the yes-saying correction can push a pole past either end
        // (a member who answered one dimension only).
        value: ((mean(keyed_values) - 1.0) * SCALE_STEP).clamp(0.0, 100.0),
        answered,
        spread: spread(keyed_values),
        margin,
        instrument,
    })
}

/// The spread within poles, pooled: √(Σ (n − 1)·s² / Σ (n − 1)) over the poles with two
/// answers or more. Four statements give a rough spread; seventy-two a steady one.
fn pooled_spread<'a>(poles: impl Iterator<Item = &'a [f64]>) -> f64 {
    let (sum, freedom) =
        poles
            .filter(|values| values.len() >= 2)
            .fold((0.0, 0.0), |(sum, freedom), values| {
                let n = values.len() as f64 - 1.0;
                (sum + n * spread(values).powi(2), freedom + n)
            });
    if freedom > 0.0 {
        (sum / freedom).sqrt()
    } else {
        0.0
    }
}

/// Scores one member by the keyed model of the instrument's rules. `ratings` are in the
/// order of its statements; `trade_offs` holds the Rhineland points of each dimension's
/// trade-off item, in the order of its dimensions, which is the order of the scores.
///
/// Every pole has as many `Plus` as `Minus` statements, so a member who answers as
/// their team is averages the middle of the scale whatever its profile; how far their
/// mean answer lies above it is their yes-saying, and it is taken off every answer
/// before the keys are applied. Their scores then do not depend on it.
pub fn score_member(
    instrument: Instrument,
    ratings: &[Option<Answer>],
    trade_offs: &[Option<u8>],
) -> MemberScores {
    Layout::of(instrument).score(ratings, trade_offs)
}

/// Where each statement of a version counts: its dimension's pole and its key. Made
/// once for a team (an organisation scores thousands of members).
pub struct Layout {
    instrument: Instrument,
    /// Per pole slot (dimension × 2 + pole): its statements' positions and keys, in
    /// instrument order.
    slots: Vec<Vec<(usize, Key)>>,
    /// Each reverse statement's position with its forward mirror's.
    pairs: Vec<(usize, usize)>,
    statements: usize,
    dimensions: Vec<u8>,
}

impl Layout {
    pub fn of(instrument: Instrument) -> Layout {
        let dimensions: Vec<u8> = instrument.dimensions().map(|d| d.id).collect();
        let mut slots = vec![Vec::new(); dimensions.len() * Pole::ALL.len()];
        let position = |id| instrument.statements().position(|s| s.id == id);
        let pairs = instrument
            .statements()
            .enumerate()
            .filter_map(|(i, s)| Some((i, position(s.mirror?)?)))
            .collect();
        for (i, s) in instrument.statements().enumerate() {
            let d = dimensions.iter().position(|d| *d == s.dimension);
            let p = Pole::ALL.iter().position(|p| *p == s.pole);
            if let (Some(d), Some(p)) = (d, p) {
                slots[d * Pole::ALL.len() + p].push((i, s.key));
            }
        }
        Layout {
            instrument,
            slots,
            pairs,
            statements: instrument.statement_count(),
            dimensions,
        }
    }

    /// One member's scores: see [`score_member`].
    pub fn score(&self, ratings: &[Option<Answer>], trade_offs: &[Option<u8>]) -> MemberScores {
        self.score_by(
            |i| ratings.get(i).copied().flatten(),
            |d| trade_offs.get(d).copied().flatten(),
        )
    }

    /// One member's scores from their answer to each statement (by position) and their
    /// points on each dimension's trade-off (by position), read where they are kept.
    pub fn score_by(
        &self,
        answer: impl Fn(usize) -> Option<Answer>,
        points: impl Fn(usize) -> Option<u8>,
    ) -> MemberScores {
        score_laid_out(self, answer, points)
    }
}

fn score_laid_out(
    layout: &Layout,
    answer: impl Fn(usize) -> Option<Answer>,
    points: impl Fn(usize) -> Option<u8>,
) -> MemberScores {
    let instrument = layout.instrument;
    let rules = instrument.rules();
    let dimensions = &layout.dimensions;
    let frequency = |i: usize| answer(i).and_then(Answer::value);
    // How many answers of each level, and their sum in statement order (the mean's).
    let (mut sum, mut per_level) = (0.0, [0usize; 5]);
    for value in (0..layout.statements).filter_map(frequency) {
        sum += value;
        per_level[(value as usize).clamp(1, 5) - 1] += 1;
    }
    let answered: usize = per_level.iter().sum();
    let yes_saying = match rules.yes_saying {
        YesSaying::Measured | YesSaying::AllAnswers => {
            (answered > 0).then(|| sum / answered as f64 - MIDDLE)
        }
        // A pair answered on both keys says yes-saying whatever the pole's strength: its
        // two answers average the middle for someone who sees exactly what is there.
        YesSaying::MirrorPairs { min_pairs } => {
            let pairs: Vec<f64> = layout
                .pairs
                .iter()
                .filter_map(|(a, b)| Some((frequency(*a)? + frequency(*b)?) / 2.0 - MIDDLE))
                .collect();
            (pairs.len() >= min_pairs.max(1)).then(|| mean(&pairs))
        }
    };
    let bias = match rules.yes_saying {
        YesSaying::Measured => 0.0,
        YesSaying::AllAnswers | YesSaying::MirrorPairs { .. } => yes_saying.unwrap_or(0.0),
    };

    // The keyed answers of every pole, dimension by dimension in `Pole::ALL` order, in
    // one pass over the statements (an organisation scores thousands of members).
    // In one buffer, pole after pole: two allocations a member, not one a pole.
    let mut values: Vec<f64> = Vec::with_capacity(layout.statements);
    let mut ends: Vec<usize> = Vec::with_capacity(layout.slots.len());
    // Per slot: whether both keys have an answer.
    let mut keys_met: Vec<bool> = Vec::with_capacity(layout.slots.len());
    for slot in &layout.slots {
        let (mut plus, mut minus) = (false, false);
        values.extend(slot.iter().filter_map(|(i, key)| {
            let value = frequency(*i)?;
            match key {
                Key::Plus => plus = true,
                Key::Minus => minus = true,
            }
            Some(keyed(*key, value - bias))
        }));
        ends.push(values.len());
        keys_met.push((plus && minus) || !rules.both_keys);
    }
    let pole = |slot: usize| {
        let start = if slot == 0 { 0 } else { ends[slot - 1] };
        &values[start..ends[slot]]
    };
    let member_spread = pooled_spread((0..ends.len()).map(pole));
    let score_slot = |slot: usize| {
        if keys_met[slot] {
            pole_score(instrument, pole(slot), member_spread)
        } else {
            PoleScore::TooFewAnswers {
                answered: pole(slot).len(),
            }
        }
    };
    let scores = dimensions
        .iter()
        .enumerate()
        .map(|(d, id)| DimensionScore {
            dimension: *id,
            anglo_saxon: score_slot(2 * d),
            rhineland: score_slot(2 * d + 1),
            trade_off_rhineland: points(d).filter(|p| *p <= 10),
        })
        .collect();

    let most_common = per_level.iter().copied().max().unwrap_or(0);
    let uniform = answered >= 8 && most_common as f64 >= rules.uniform_share * answered as f64;

    MemberScores {
        dimensions: scores,
        yes_saying,
        uniform,
        instrument,
    }
}

/// Scores answers kept by statement id (an own scan's, a test's) in `horizon`.
pub fn score_answers(instrument: Instrument, answers: &Answers, horizon: Horizon) -> MemberScores {
    let ratings: Vec<Option<Answer>> = instrument
        .statements()
        .map(|s| answers.get(&s.id).and_then(|r| r.get(horizon)))
        .collect();
    score_member(instrument, &ratings, &[])
}

/// How one pole looks over the team.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TeamPole {
    /// Members with a score on this pole.
    pub scored: usize,
    pub mean: f64,
    /// Standard deviation between members (0–100 points).
    pub spread: f64,
    pub lowest: f64,
    pub highest: f64,
    /// The mean's standard error (0–100 points): the spread over √members, the spread
    /// taken no smaller than the rules' floor.
    pub margin: f64,
}

/// The variance of answers spread evenly over the five levels, in points²: (5² − 1) / 12
/// scale steps². What an agreement index compares a team's variance with.
const EVEN_VARIANCE: f64 = 2.0 * SCALE_STEP * SCALE_STEP;

impl TeamPole {
    /// How much the members agree on this pole (r_wg, 0–1): one minus their variance
    /// over that of answers spread evenly over the scale.
    pub fn agreement(&self) -> f64 {
        (1.0 - self.spread * self.spread / EVEN_VARIANCE).clamp(0.0, 1.0)
    }

    /// Which side of the cut the mean is on, when it is further from the cut than the
    /// rules' margins of its standard error: the same rule as a member's pole.
    pub fn side(&self, rules: &Rules) -> Option<bool> {
        side_of(self.mean, self.margin, rules)
    }
}

/// Where the team stands on one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamZone {
    /// Most members whose zone is clear share it.
    Together(Zone),
    /// Members sit in different zones: the spread is the finding.
    Divided,
    /// Too few members have a clear zone to say.
    Unclear,
    /// Fewer members were scored on a side than a team figure needs: nothing about the
    /// dimension is shown, so no one's answers can be worked out.
    TooFew,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamDimension {
    pub dimension: u8,
    pub anglo_saxon: Option<TeamPole>,
    pub rhineland: Option<TeamPole>,
    /// Members per zone (in [`Zone::ALL`] order), and members without a clear zone.
    pub zones: [usize; 4],
    pub without_zone: usize,
    pub zone: TeamZone,
    /// Members scored per pole (in [`Pole::ALL`] order), also where a pole's figure is
    /// not shown.
    pub scored: [usize; 2],
    /// Each member's (Anglo-Saxon, Rhineland) where both are scored: unlabelled, sorted.
    pub dots: Vec<(f64, f64)>,
}

/// The population standard deviation (n); 0 for none.
pub fn population_spread(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let m = mean(values);
    (values.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / values.len() as f64).sqrt()
}

fn team_pole(values: &[f64], rules: &Rules) -> Option<TeamPole> {
    if values.is_empty() {
        return None;
    }
    let between = match rules.spread {
        Spread::Population => population_spread(values),
        Spread::Sample => spread(values),
    };
    Some(TeamPole {
        scored: values.len(),
        mean: mean(values),
        spread: between,
        margin: between.max(rules.spread_floor * SCALE_STEP) / (values.len() as f64).sqrt(),
        lowest: values.iter().copied().fold(f64::INFINITY, f64::min),
        highest: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    })
}

/// The team's view of one dimension, from its members' scores (`index` into each
/// member's dimensions).
pub fn team_dimension(members: &[MemberScores], index: usize) -> Option<TeamDimension> {
    let scores = || members.iter().filter_map(|m| m.dimensions.get(index));
    let dimension = scores().next()?.dimension;
    let values = |pole: Pole| -> Vec<f64> {
        scores()
            .filter_map(|s| s.pole(pole).strength().map(|s| s.value))
            .collect()
    };
    let mut zones = [0; 4];
    let mut without_zone = 0;
    for score in scores() {
        match score.zone() {
            Some(zone) => zones[zone as usize] += 1,
            None => without_zone += 1,
        }
    }
    let placed: usize = zones.iter().sum();
    let rules = members.first()?.instrument.rules();
    let agreeing_share = rules.agreeing_share;
    let (largest, count) = Zone::ALL
        .into_iter()
        .zip(zones)
        .max_by_key(|(_, n)| *n)
        .unwrap_or((Zone::WeakOnBoth, 0));
    let (anglo, rhine) = (values(Pole::AngloSaxon), values(Pole::Rhineland));
    let mut team = TeamDimension {
        dimension,
        anglo_saxon: team_pole(&anglo, rules),
        rhineland: team_pole(&rhine, rules),
        zones,
        without_zone,
        zone: TeamZone::Unclear,
        scored: [anglo.len(), rhine.len()],
        dots: crate::score::aggregate::sorted_dots(
            scores()
                .filter_map(|s| {
                    Some((
                        s.anglo_saxon.strength()?.value,
                        s.rhineland.strength()?.value,
                    ))
                })
                .collect(),
        ),
    };
    team.zone = match rules.team_read {
        TeamRead::FromMeans => team.zone_of_means(rules),
        TeamRead::FromMembers if placed < 2 || placed * 2 < scores().count() => TeamZone::Unclear,
        TeamRead::FromMembers if count as f64 >= agreeing_share * placed as f64 => {
            TeamZone::Together(largest)
        }
        TeamRead::FromMembers => TeamZone::Divided,
        TeamRead::FromAgreement => team.zone_by_agreement(rules),
    };
    Some(team)
}

impl TeamDimension {
    pub fn pole(&self, pole: Pole) -> Option<TeamPole> {
        match pole {
            Pole::AngloSaxon => self.anglo_saxon,
            Pole::Rhineland => self.rhineland,
        }
    }

    /// Divided when the members' distances on either pole are wider than the rules'
    /// agreement allows; otherwise the zone of the means, each side clear by the margin
    /// rule; unclear without both means.
    pub fn zone_by_agreement(&self, rules: &Rules) -> TeamZone {
        let (Some(a), Some(r)) = (self.anglo_saxon, self.rhineland) else {
            return TeamZone::Unclear;
        };
        if a.agreement() < rules.agreement_from || r.agreement() < rules.agreement_from {
            return TeamZone::Divided;
        }
        match (a.side(rules), r.side(rules)) {
            (Some(anglo), Some(rhine)) => TeamZone::Together(Zone::from_sides(anglo, rhine)),
            _ => TeamZone::Unclear,
        }
    }

    /// The zone of the team means on the rules' cut (strong from the cut on); unclear
    /// without both means.
    pub fn zone_of_means(&self, rules: &Rules) -> TeamZone {
        match (self.anglo_saxon, self.rhineland) {
            (Some(a), Some(r)) => {
                TeamZone::Together(Zone::from_sides(a.mean >= rules.cut, r.mean >= rules.cut))
            }
            _ => TeamZone::Unclear,
        }
    }
}

/// Cronbach's α of a set of items over respondents: `answers[respondent][item]`, only
/// respondents who answered every item. `None` when it cannot be computed (fewer than
/// `from` complete respondents, fewer than two items, or no variance).
pub fn cronbach_alpha(answers: &[Vec<f64>], from: usize) -> Option<f64> {
    let items = answers.first()?.len();
    if answers.len() < from || items < 2 || answers.iter().any(|a| a.len() != items) {
        return None;
    }
    let variance = |values: &[f64]| spread(values).powi(2);
    let item_variances: f64 = (0..items)
        .map(|i| variance(&answers.iter().map(|a| a[i]).collect::<Vec<_>>()))
        .sum();
    let totals: Vec<f64> = answers.iter().map(|a| a.iter().sum()).collect();
    let total_variance = variance(&totals);
    if total_variance <= f64::EPSILON {
        return None;
    }
    let k = items as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
}

/// How well a pole's statements hung together in this team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consistency {
    Good,
    Fair,
    Poor,
}

impl Consistency {
    /// The usual reading of α: from 0.7 good, from 0.5 fair.
    pub fn of(alpha: f64) -> Consistency {
        if alpha >= 0.7 {
            Consistency::Good
        } else if alpha >= 0.5 {
            Consistency::Fair
        } else {
            Consistency::Poor
        }
    }

    pub const fn reading(self) -> Text {
        match self {
            Consistency::Good => Text {
                nl: "Deze stellingen hingen in jullie team goed samen: ze meten hier hetzelfde.",
                en: "These statements hung together well in your team: here they measure the same thing.",
            },
            Consistency::Fair => Text {
                nl: "Deze stellingen hingen in jullie team redelijk samen. Lees de uitkomst voor deze kant met wat voorzichtigheid.",
                en: "These statements hung together fairly well in your team. Read the result for this side with some care.",
            },
            Consistency::Poor => Text {
                nl: "Deze stellingen hingen in jullie team slecht samen. Lees de uitkomst voor deze kant voorzichtig, en kijk naar de losse stellingen.",
                en: "These statements hung together poorly in your team. Read the result for this side with care, and look at the single statements.",
            },
        }
    }
}

/// Cronbach's α of one pole of one dimension over the team's respondents.
pub fn pole_alpha(
    instrument: Instrument,
    respondents: &[&[Option<Answer>]],
    dimension: u8,
    pole: Pole,
) -> Option<f64> {
    let statements: Vec<StatementView> = instrument.statements().collect();
    let items: Vec<usize> = statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.dimension == dimension && s.pole == pole)
        .map(|(i, _)| i)
        .collect();
    let complete: Vec<Vec<f64>> = respondents
        .iter()
        .filter_map(|ratings| {
            items
                .iter()
                .map(|&i| {
                    let rating = ratings.get(i).copied().flatten()?;
                    let value = rating.value()?;
                    Some(keyed(statements[i].key, value))
                })
                .collect::<Option<Vec<f64>>>()
        })
        .collect();
    cronbach_alpha(&complete, instrument.rules().reliability_from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cronbach_alpha_matches_a_worked_example() {
        // Six respondents, three items. Item variances (n − 1) 2.0, 1.1 and 1.1 (sum
        // 4.2); totals 5, 8, 9, 11, 12, 15 with variance 12; α = 1.5 × (1 − 4.2 / 12)
        // = 0.975.
        let answers = vec![
            vec![1.0, 2.0, 2.0],
            vec![2.0, 3.0, 3.0],
            vec![3.0, 3.0, 3.0],
            vec![3.0, 4.0, 4.0],
            vec![4.0, 4.0, 4.0],
            vec![5.0, 5.0, 5.0],
        ];
        let alpha = cronbach_alpha(&answers, 6).unwrap_or_default();
        assert!((alpha - 0.975).abs() < 1e-9, "{alpha}");
    }

    #[test]
    fn cronbach_alpha_of_opposing_items_is_negative_and_of_copies_is_one() {
        let copies: Vec<Vec<f64>> = (1..=6).map(|v| vec![f64::from(v); 4]).collect();
        assert!((cronbach_alpha(&copies, 6).unwrap_or_default() - 1.0).abs() < 1e-9);
        // Two items moving against each other: item variances 3.5 and 3.5, totals 7, 6,
        // 8, 6, 8, 7 with variance 0.8: α = 2 × (1 − 7 / 0.8) = −15.5.
        let opposite: Vec<Vec<f64>> = [
            [1.0, 6.0],
            [2.0, 4.0],
            [3.0, 5.0],
            [4.0, 2.0],
            [5.0, 3.0],
            [6.0, 1.0],
        ]
        .iter()
        .map(|pair| pair.to_vec())
        .collect();
        let alpha = cronbach_alpha(&opposite, 6).unwrap_or_default();
        assert!((alpha + 15.5).abs() < 1e-9, "{alpha}");
        // Answers that all add up alike have no total variance: no α at all.
        let constant: Vec<Vec<f64>> = (1..=6)
            .map(|v| vec![f64::from(v), f64::from(7 - v)])
            .collect();
        assert_eq!(cronbach_alpha(&constant, 6), None);
        assert_eq!(
            cronbach_alpha(&copies[..5], 6),
            None,
            "fewer than six respondents"
        );
    }

    #[test]
    fn a_pole_with_one_answer_has_no_number() {
        assert_eq!(
            pole_score(Instrument::V2, &[4.0], 1.0),
            PoleScore::TooFewAnswers { answered: 1 }
        );
        assert_eq!(
            pole_score(Instrument::V2, &[], 1.0),
            PoleScore::TooFewAnswers { answered: 0 }
        );
        assert!(matches!(
            pole_score(Instrument::V2, &[4.0, 4.0], 1.0),
            PoleScore::Scored(_)
        ));
    }
}
