//! A round's team figures from its members' responses: per dimension and pole the number
//! who answered, mean, spread, range and a histogram of the answers; the team's balance,
//! integration and zone; "where we want to be" and the gap; and how much the team
//! disagrees. Anonymity comes first: below the round's minimum group size no team figure
//! exists at all, and individual scores only ever leave here as unlabelled dots sorted by
//! value, so their order says nothing about who is who.

use crate::instrument::answers::{Answer, Horizon, Level};
use crate::instrument::{statements, Dimension, Instrument, Pole, StatementId};
use crate::link::RatingPair;
use crate::score::scoring::{strength_of_mean, Zone};
use crate::sort::sort_by;

/// One pole of one dimension across the team.
#[derive(Debug, Clone, PartialEq)]
pub struct PoleStats {
    /// Members with at least one answered statement on this pole.
    pub n: usize,
    /// Mean of the members' strengths (0–100).
    pub mean: f64,
    /// Population standard deviation of the members' strengths.
    pub sd: f64,
    pub min: f64,
    pub max: f64,
    /// How often each level (1–5) was given on this pole's statements.
    pub histogram: [u32; 5],
}

/// A team figure, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure<T> {
    Shown(T),
    /// Fewer members answered than the round's minimum: `have` of `need`.
    NotEnough {
        have: usize,
        need: usize,
    },
}

impl<T> Figure<T> {
    pub fn shown(&self) -> Option<&T> {
        match self {
            Figure::Shown(t) => Some(t),
            Figure::NotEnough { .. } => None,
        }
    }
}

/// Both poles of one dimension for one horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct HorizonStats {
    pub anglo_saxon: Figure<PoleStats>,
    pub rhineland: Figure<PoleStats>,
    /// Each member's (Anglo-Saxon, Rhineland) strengths where both exist, as unlabelled
    /// dots sorted by value. Empty when the round is below its minimum.
    pub dots: Vec<(f64, f64)>,
}

impl HorizonStats {
    pub fn pole(&self, pole: Pole) -> &Figure<PoleStats> {
        match pole {
            Pole::AngloSaxon => &self.anglo_saxon,
            Pole::Rhineland => &self.rhineland,
        }
    }

    /// The team means of both poles, when both are shown.
    pub fn means(&self) -> Option<(f64, f64)> {
        Some((self.anglo_saxon.shown()?.mean, self.rhineland.shown()?.mean))
    }

    /// Rhineland minus Anglo-Saxon of the team means (−100..100).
    pub fn balance(&self) -> Option<f64> {
        self.means().map(|(a, r)| r - a)
    }

    /// The weaker pole's team mean: high only when the team is strong on both.
    pub fn integration(&self) -> Option<f64> {
        self.means().map(|(a, r)| a.min(r))
    }

    pub fn zone(&self) -> Option<Zone> {
        self.means().map(|(a, r)| Zone::of(a, r))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionStats {
    pub dimension: Dimension,
    pub now: HorizonStats,
    /// Only when the round asked "where we want to be".
    pub desired: Option<HorizonStats>,
    /// Disagreement: the standard deviation of the members' strengths, averaged over
    /// both poles (0 = everyone gave the same picture).
    pub disagreement: Option<f64>,
}

impl DimensionStats {
    /// Desired minus now, per pole: where the team wants to move.
    pub fn gap(&self) -> Option<(f64, f64)> {
        let (na, nr) = self.now.means()?;
        let (da, dr) = self.desired.as_ref()?.means()?;
        Some((da - na, dr - nr))
    }

    /// The gap as shown, per pole: of the shown figures, so it adds up.
    pub fn shown_gap(&self) -> Option<(i64, i64)> {
        use crate::score::figure::{difference, Step};
        let (na, nr) = self.now.means()?;
        let (da, dr) = self.desired.as_ref()?.means()?;
        Some((difference(na, da, Step::One), difference(nr, dr, Step::One)))
    }

    /// The size of the wanted move: the larger of the two poles' gaps.
    pub fn gap_size(&self) -> Option<f64> {
        self.gap().map(|(a, r)| a.abs().max(r.abs()))
    }
}

/// One statement across the team: for the talking points.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementStats {
    pub id: StatementId,
    pub n: usize,
    /// Mean level (1–5) of those who answered with a level.
    pub mean_level: Option<f64>,
    pub histogram: [u32; 5],
    /// "Don't know / skip" answers.
    pub skipped: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoundStats {
    pub respondents: usize,
    pub min_group: usize,
    pub has_desired: bool,
    /// Empty when the round is below its minimum group size.
    pub dimensions: Vec<DimensionStats>,
    pub statements: Vec<StatementStats>,
    /// Each member's overall (Anglo-Saxon, Rhineland) strengths as sorted dots.
    pub overall_dots: Vec<(f64, f64)>,
}

impl RoundStats {
    pub fn enough(&self) -> bool {
        self.respondents >= self.min_group
    }

    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionStats> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The team's overall position: the mean of the dimensions' team means per pole.
    pub fn overall(&self, horizon: Horizon) -> Option<(f64, f64)> {
        let means: Vec<(f64, f64)> = self
            .dimensions
            .iter()
            .filter_map(|d| match horizon {
                Horizon::Now => d.now.means(),
                Horizon::Desired => d.desired.as_ref()?.means(),
            })
            .collect();
        if means.is_empty() {
            return None;
        }
        let n = means.len() as f64;
        Some((
            means.iter().map(|m| m.0).sum::<f64>() / n,
            means.iter().map(|m| m.1).sum::<f64>() / n,
        ))
    }

    /// Dimensions by disagreement, largest first (ties in instrument order).
    pub fn most_disagreed(&self) -> Vec<(Dimension, f64)> {
        let mut list: Vec<(Dimension, f64)> = self
            .dimensions
            .iter()
            .filter_map(|d| Some((d.dimension, d.disagreement?)))
            .collect();
        sort_by(&mut list, |a, b| b.1.total_cmp(&a.1));
        list
    }

    /// Dimensions by the size of the wanted move, largest first.
    pub fn largest_gaps(&self) -> Vec<(Dimension, f64)> {
        let mut list: Vec<(Dimension, f64)> = self
            .dimensions
            .iter()
            .filter_map(|d| Some((d.dimension, d.gap_size()?)))
            .collect();
        sort_by(&mut list, |a, b| b.1.total_cmp(&a.1));
        list
    }
}

/// Where each dimension's statements sit in a response (instrument order), per pole.
struct Layout {
    /// For each dimension (in `Dimension::ALL` order), the indexes of its Anglo-Saxon
    /// and its Rhineland statements.
    poles: Vec<(Vec<usize>, Vec<usize>)>,
}

impl Layout {
    fn new() -> Layout {
        let poles = Dimension::ALL
            .iter()
            .map(|d| {
                let of = |pole: Pole| {
                    statements()
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.dimension == *d && s.pole == pole)
                        .map(|(i, _)| i)
                        .collect::<Vec<usize>>()
                };
                (of(Pole::AngloSaxon), of(Pole::Rhineland))
            })
            .collect();
        Layout { poles }
    }
}

fn answer_of(pair: &RatingPair, horizon: Horizon) -> Option<Answer> {
    match horizon {
        Horizon::Now => pair.0,
        Horizon::Desired => pair.1,
    }
}

/// A member's strength on the statements at `indexes`, or `None` when none answered.
fn strength(ratings: &[RatingPair], indexes: &[usize], horizon: Horizon) -> Option<f64> {
    let (sum, count) = indexes
        .iter()
        .filter_map(|i| answer_of(ratings.get(*i)?, horizon)?.level())
        .fold((0u32, 0u32), |(s, c), l| (s + u32::from(l.value()), c + 1));
    (count > 0).then(|| strength_of_mean(f64::from(sum) / f64::from(count)))
}

fn histogram(respondents: &[&[RatingPair]], indexes: &[usize], horizon: Horizon) -> [u32; 5] {
    let mut counts = [0u32; 5];
    for ratings in respondents {
        for level in indexes
            .iter()
            .filter_map(|i| answer_of(ratings.get(*i)?, horizon)?.level())
        {
            counts[usize::from(level.value() - 1)] += 1;
        }
    }
    counts
}

fn pole_stats(values: &[f64], histogram: [u32; 5], need: usize) -> Figure<PoleStats> {
    let n = values.len();
    if n < need || n == 0 {
        return Figure::NotEnough { have: n, need };
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
    Figure::Shown(PoleStats {
        n,
        mean,
        sd: variance.sqrt(),
        min: values.iter().copied().fold(f64::INFINITY, f64::min),
        max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        histogram,
    })
}

/// Unlabelled dots, sorted so that their order carries nothing of the input order.
pub fn sorted_dots(mut dots: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    // The one list that runs to thousands: the standard sort, worth its code here
    // (half the time of `sort::sort_by` on 10,000 respondents).
    dots.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    dots
}

fn horizon_stats(
    layout: &Layout,
    index: usize,
    respondents: &[&[RatingPair]],
    horizon: Horizon,
    need: usize,
) -> (HorizonStats, Option<f64>) {
    let (anglo_idx, rhine_idx) = &layout.poles[index];
    let mut anglo = Vec::with_capacity(respondents.len());
    let mut rhine = Vec::with_capacity(respondents.len());
    let mut dots = Vec::with_capacity(respondents.len());
    for ratings in respondents {
        let a = strength(ratings, anglo_idx, horizon);
        let r = strength(ratings, rhine_idx, horizon);
        anglo.extend(a);
        rhine.extend(r);
        if let (Some(a), Some(r)) = (a, r) {
            dots.push((a, r));
        }
    }
    let stats = HorizonStats {
        anglo_saxon: pole_stats(&anglo, histogram(respondents, anglo_idx, horizon), need),
        rhineland: pole_stats(&rhine, histogram(respondents, rhine_idx, horizon), need),
        dots: if respondents.len() >= need {
            sorted_dots(dots)
        } else {
            Vec::new()
        },
    };
    let disagreement = match (stats.anglo_saxon.shown(), stats.rhineland.shown()) {
        (Some(a), Some(r)) => Some((a.sd + r.sd) / 2.0),
        _ => None,
    };
    (stats, disagreement)
}

/// The team figures of a round. `respondents` are the members' ratings in instrument
/// order; `min_group` is the round's minimum group size.
pub fn aggregate(respondents: &[&[RatingPair]], min_group: u8, has_desired: bool) -> RoundStats {
    let need = usize::from(min_group.max(1));
    let enough = respondents.len() >= need;
    let layout = Layout::new();
    let dimensions = if enough {
        Dimension::ALL
            .iter()
            .enumerate()
            .map(|(index, dimension)| {
                let (now, disagreement) =
                    horizon_stats(&layout, index, respondents, Horizon::Now, need);
                let desired = has_desired
                    .then(|| horizon_stats(&layout, index, respondents, Horizon::Desired, need).0);
                DimensionStats {
                    dimension: *dimension,
                    now,
                    desired,
                    disagreement,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let statements = if enough {
        statement_stats(Instrument::V1, respondents)
    } else {
        Vec::new()
    };
    let overall_dots = if enough {
        sorted_dots(
            respondents
                .iter()
                .filter_map(|ratings| overall_of(&layout, ratings))
                .collect(),
        )
    } else {
        Vec::new()
    };
    RoundStats {
        respondents: respondents.len(),
        min_group: need,
        has_desired,
        dimensions,
        statements,
        overall_dots,
    }
}

/// One member's overall position: the mean of their dimension strengths per pole.
fn overall_of(layout: &Layout, ratings: &[RatingPair]) -> Option<(f64, f64)> {
    let mean = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    let anglo = layout
        .poles
        .iter()
        .filter_map(|(a, _)| strength(ratings, a, Horizon::Now))
        .collect();
    let rhine = layout
        .poles
        .iter()
        .filter_map(|(_, r)| strength(ratings, r, Horizon::Now))
        .collect();
    Some((mean(anglo)?, mean(rhine)?))
}

/// Each statement of `instrument` across the team: its answers' histogram and mean.
pub fn statement_stats(
    instrument: Instrument,
    respondents: &[&[RatingPair]],
) -> Vec<StatementStats> {
    instrument
        .statements()
        .enumerate()
        .map(|(i, def)| {
            let mut histogram = [0u32; 5];
            let mut skipped = 0;
            let mut n = 0;
            for ratings in respondents {
                match ratings.get(i).and_then(|p| p.0) {
                    Some(Answer::Level(level)) => {
                        histogram[usize::from(level.value() - 1)] += 1;
                        n += 1;
                    }
                    Some(Answer::Skip | Answer::NotApplicable) => {
                        skipped += 1;
                        n += 1;
                    }
                    None => {}
                }
            }
            let levels: u32 = histogram.iter().sum();
            let sum: u32 = histogram
                .iter()
                .zip(Level::ALL)
                .map(|(count, level)| count * u32::from(level.value()))
                .sum();
            StatementStats {
                id: def.id,
                n,
                mean_level: (levels > 0).then(|| f64::from(sum) / f64::from(levels)),
                histogram,
                skipped,
            }
        })
        .collect()
}
