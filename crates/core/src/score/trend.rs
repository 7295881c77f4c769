//! How a team moved over its rounds, per questionnaire version. Rounds of different
//! versions are not on one scale (other dimensions, other statements, another zone cut),
//! so they are never joined: consecutive rounds of one version form a segment, and each
//! segment is drawn on its own, with a break between them.
//!
//! Both sides are kept per round, never only their difference: a team that grows on both
//! sides has moved, though Rhineland minus Anglo-Saxon stays the same.

use crate::instrument::Instrument;
use crate::link::{TrendEntry, TREND_TENTHS};
use crate::score::figure::{rounded, Step};
use crate::score::round_data::RoundData;
use crate::score::team::TeamFigures;

/// One round on the trend: its date and, per dimension of its version (in questionnaire
/// order), the team means (Anglo-Saxon, Rhineland) when shown, and how far the members
/// lay apart (the spread the dashboard shows for that round, 0–100 points).
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRound {
    pub date_days: u16,
    pub means: Vec<Option<(f64, f64)>>,
    pub spreads: Vec<Option<f64>>,
}

/// One dimension in one round as shown: both sides and the spread, rounded by the one
/// rule of [`crate::score::figure`] with the version's step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownRound {
    pub anglo_saxon: i64,
    pub rhineland: i64,
    pub spread: Option<i64>,
}

impl TrendRound {
    /// Dimension `index` as shown with `step`, when the round has its means.
    pub fn shown(&self, index: usize, step: Step) -> Option<ShownRound> {
        let (a, r) = self.means.get(index).copied().flatten()?;
        Some(ShownRound {
            anglo_saxon: rounded(a, step),
            rhineland: rounded(r, step),
            spread: self
                .spreads
                .get(index)
                .copied()
                .flatten()
                .map(|s| rounded(s, step)),
        })
    }
}

/// Consecutive rounds of one questionnaire version.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSegment {
    pub instrument: Instrument,
    pub rounds: Vec<TrendRound>,
}

impl TrendSegment {
    /// The step its figures are shown in: that of its version, as on its dashboards.
    pub fn step(&self) -> Step {
        Step::of(self.instrument)
    }

    /// Dimension `index` in each round, as shown (none where a round has no figure).
    pub fn shown(&self, index: usize) -> Vec<Option<ShownRound>> {
        self.rounds
            .iter()
            .map(|r| r.shown(index, self.step()))
            .collect()
    }

    /// Dimension `index` in its first and its last round with figures, when these are
    /// two different rounds: how it moved.
    pub fn moved(&self, index: usize) -> Option<(ShownRound, ShownRound)> {
        let list: Vec<ShownRound> = self.shown(index).into_iter().flatten().collect();
        match list.as_slice() {
            [first, .., last] => Some((*first, *last)),
            _ => None,
        }
    }
}

/// A dimension's team means (Anglo-Saxon, Rhineland) and spread, when shown.
type DimensionFigures = (Option<(f64, f64)>, Option<f64>);

/// Per dimension, the team means and the spread between members, as the round's
/// dashboard has them. Below the minimum group, none.
fn round_figures(data: &RoundData) -> Vec<DimensionFigures> {
    let team = TeamFigures::of(data);
    (0..data.instrument.dimension_count())
        .map(|i| match team.dimensions().get(i) {
            Some(d) => (d.means(), d.means().and(d.disagreement())),
            None => (None, None),
        })
        .collect()
}

/// Rounds the trend's table shows at first: the newest ones. More are behind a switch,
/// so that from 1024 px on every column is in sight (issue 30, point 1).
pub const TABLE_ROUNDS: usize = 6;

/// Per segment, the range of its rounds the table shows: all of them, or (`newest`)
/// only those among the newest `newest` rounds over all segments.
pub fn table_rounds(
    segments: &[TrendSegment],
    newest: Option<usize>,
) -> Vec<std::ops::Range<usize>> {
    let total: usize = segments.iter().map(|s| s.rounds.len()).sum();
    let first = newest.map_or(0, |n| total.saturating_sub(n));
    let mut start = 0;
    segments
        .iter()
        .map(|s| {
            let len = s.rounds.len();
            let skip = first.saturating_sub(start).min(len);
            start += len;
            skip..len
        })
        .collect()
}

/// The team's rounds (oldest first) as segments of one version each.
pub fn segments(rounds: &[RoundData]) -> Vec<TrendSegment> {
    joined(
        rounds
            .iter()
            .map(|data| (data.instrument, trend_round(data))),
    )
}

fn trend_round(data: &RoundData) -> TrendRound {
    let (means, spreads) = round_figures(data).into_iter().unzip();
    TrendRound {
        date_days: data.date_days,
        means,
        spreads,
    }
}

/// Rounds (oldest first) with their versions, as segments of one version each.
fn joined(rounds: impl IntoIterator<Item = (Instrument, TrendRound)>) -> Vec<TrendSegment> {
    let mut out: Vec<TrendSegment> = Vec::new();
    for (instrument, round) in rounds {
        match out.last_mut() {
            Some(last) if last.instrument == instrument => last.rounds.push(round),
            _ => out.push(TrendSegment {
                instrument,
                rounds: vec![round],
            }),
        }
    }
    out
}

/// A round on the trend as a results link carries it: its means and spreads in tenths.
pub fn entry(data: &RoundData) -> TrendEntry {
    // max/min, not clamp: clamp's check of its bounds would carry float formatting into
    // the wasm for its panic message.
    let tenths = |v: f64| (v * 10.0).round().max(0.0).min(f64::from(TREND_TENTHS)) as u16;
    let round = trend_round(data);
    TrendEntry {
        date_days: data.date_days,
        instrument: data.instrument,
        means: round
            .means
            .iter()
            .map(|m| m.map(|(a, r)| (tenths(a), tenths(r))))
            .collect(),
        spreads: round.spreads.iter().map(|s| s.map(tenths)).collect(),
    }
}

/// The trend of a round read from a results link: the earlier rounds it carries, then
/// the round itself.
pub fn carried_segments(data: &RoundData) -> Vec<TrendSegment> {
    let value = |t: u16| f64::from(t) / 10.0;
    let earlier = data.trend.iter().map(|e| {
        (
            e.instrument,
            TrendRound {
                date_days: e.date_days,
                means: e
                    .means
                    .iter()
                    .map(|m| m.map(|(a, r)| (value(a), value(r))))
                    .collect(),
                spreads: e.spreads.iter().map(|s| s.map(value)).collect(),
            },
        )
    });
    joined(earlier.chain([(data.instrument, trend_round(data))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::RoundId;

    #[test]
    fn the_table_shows_the_newest_rounds_over_the_segments() {
        let segment = |instrument, len: usize| TrendSegment {
            instrument,
            rounds: (0..len)
                .map(|i| TrendRound {
                    date_days: i as u16,
                    means: Vec::new(),
                    spreads: Vec::new(),
                })
                .collect(),
        };
        let segments = [segment(Instrument::V2, 4), segment(Instrument::V3, 7)];
        // Eleven rounds: the newest six are the last six of the second version's seven.
        assert_eq!(table_rounds(&segments, Some(6)), vec![4..4, 1..7]);
        assert_eq!(table_rounds(&segments, Some(8)), vec![3..4, 0..7]);
        assert_eq!(table_rounds(&segments, None), vec![0..4, 0..7]);
        assert_eq!(table_rounds(&segments, Some(20)), vec![0..4, 0..7]);
    }
    use crate::instrument::answers::{Answer, Level};
    use crate::link::RatingPair;

    fn round(instrument: Instrument, date_days: u16, level: u8) -> RoundData {
        let answer = Level::from_value(level).map(Answer::Level);
        let ratings: Vec<RatingPair> = vec![(answer, None); instrument.statement_count()];
        RoundData {
            round: RoundId([1; 6]),
            team_name: "Team".into(),
            title: String::new(),
            date_days,
            min_group: 3,
            instrument,
            has_desired: false,
            respondents: vec![ratings; 3],
            trade_offs: Vec::new(),
            trend: Vec::new(),
            review: None,
            actions: Vec::new(),
            open: false,
            own_statements: Vec::new(),
            own_answers: Vec::new(),
            names: Vec::new(),
        }
    }

    #[test]
    fn rounds_of_another_version_start_a_segment_of_their_own() {
        let rounds = [
            round(Instrument::V1, 100, 4),
            round(Instrument::V1, 200, 5),
            round(Instrument::V2, 300, 4),
            round(Instrument::V2, 400, 2),
        ];
        let list = segments(&rounds);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].instrument, Instrument::V1);
        assert_eq!(list[1].instrument, Instrument::V2);
        let dates: Vec<Vec<u16>> = list
            .iter()
            .map(|s| s.rounds.iter().map(|r| r.date_days).collect())
            .collect();
        assert_eq!(dates, [vec![100, 200], vec![300, 400]]);
        // Each version's rounds carry that version's dimensions.
        assert!(list[0].rounds.iter().all(|r| r.means.len() == 10));
        assert!(list[1].rounds.iter().all(|r| r.means.len() == 9));
        // Version 1: "largely" everywhere is 75 on both poles.
        assert_eq!(list[0].rounds[0].means[0], Some((75.0, 75.0)));
        // Version 2 from its team figures: the same answer to every statement, keyed
        // both ways, lands in the middle.
        assert_eq!(list[1].rounds[0].means[0], Some((50.0, 50.0)));
        // A version 1 round after version 2 rounds is a new segment again: never joined.
        let back = segments(&[rounds[2].clone(), rounds[0].clone()]);
        assert_eq!(back.len(), 2);
    }

    #[test]
    fn a_team_that_grows_on_both_sides_shows_both_moves_and_its_spread() {
        // "a little" everywhere, then "largely" everywhere: R − A stays 0, but both
        // sides went from 25 to 75, and nobody differed from anybody.
        let list = segments(&[round(Instrument::V1, 100, 2), round(Instrument::V1, 200, 4)]);
        let (first, last) = list[0].moved(0).expect("two rounds with figures");
        assert_eq!((first.anglo_saxon, first.rhineland), (25, 25));
        assert_eq!((last.anglo_saxon, last.rhineland), (75, 75));
        assert_eq!((first.spread, last.spread), (Some(0), Some(0)));
        // Version 2 in its own step of 5, as on its dashboard.
        assert_eq!(Step::of(Instrument::V2), Step::Five);
        let v2 = segments(&[round(Instrument::V2, 100, 4), round(Instrument::V2, 200, 4)]);
        assert_eq!(v2[0].step(), Step::Five);
        // One round has no move to show.
        assert_eq!(segments(&[round(Instrument::V1, 100, 2)])[0].moved(0), None);
    }

    #[test]
    fn a_round_below_its_minimum_group_has_no_means() {
        let mut small = round(Instrument::V2, 100, 4);
        small.respondents.truncate(2);
        assert!(trend_round(&small).means.iter().all(Option::is_none));
    }
}
