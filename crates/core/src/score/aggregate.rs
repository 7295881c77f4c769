//! What every way of scoring shares about a round's answers across the team: each
//! statement's answers (for the talking points) and members as unlabelled dots, sorted
//! by value, so their order says nothing about who is who. The team figures themselves
//! are `team::TeamFigures`.

use crate::instrument::answers::{Answer, Level};
use crate::instrument::{Instrument, StatementId};
use crate::link::RatingPair;

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

/// Unlabelled dots, sorted so that their order carries nothing of the input order.
pub fn sorted_dots(mut dots: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    // The one list that runs to thousands: the standard sort, worth its code here
    // (half the time of `sort::sort_by` on 10,000 respondents).
    dots.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    dots
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
