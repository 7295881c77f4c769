//! How a team moved over its rounds, per questionnaire version. Rounds of different
//! versions are not on one scale (other dimensions, other statements, another zone cut),
//! so they are never joined: consecutive rounds of one version form a segment, and each
//! segment is drawn on its own, with a break between them.
//!
//! Both sides are kept per round, never only their difference: a team that grows on both
//! sides has moved, though Rhineland minus Anglo-Saxon stays the same.

use crate::instrument::Instrument;
pub use crate::link::ShownFigures;
use crate::link::TrendEntry;
use crate::score::round_data::RoundData;
use crate::score::shown::ShownTheme;
use crate::score::team::TeamFigures;

/// One round on the trend: its date and, per dimension of its version (in questionnaire
/// order), its figures as its dashboard shows them, when it has them.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRound {
    pub date_days: u16,
    pub figures: Vec<Option<ShownFigures>>,
}

impl TrendRound {
    /// Dimension `index` as shown, when the round has its means.
    pub fn shown(&self, index: usize) -> Option<ShownFigures> {
        self.figures.get(index).copied().flatten()
    }
}

/// Consecutive rounds of one questionnaire version.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSegment {
    pub instrument: Instrument,
    pub rounds: Vec<TrendRound>,
}

impl TrendSegment {
    /// Dimension `index` in each round, as shown (none where a round has no figure).
    pub fn shown(&self, index: usize) -> Vec<Option<ShownFigures>> {
        self.rounds.iter().map(|r| r.shown(index)).collect()
    }

    /// Dimension `index` in its first and its last round with figures, when these are
    /// two different rounds: how it moved.
    pub fn moved(&self, index: usize) -> Option<(ShownFigures, ShownFigures)> {
        let list: Vec<ShownFigures> = self.shown(index).into_iter().flatten().collect();
        match list.as_slice() {
            [first, .., last] => Some((*first, *last)),
            _ => None,
        }
    }
}

/// Per dimension, the figures the round's dashboard shows (from the one display model,
/// so rounded once). Below the minimum group, none.
fn round_figures(data: &RoundData) -> Vec<Option<ShownFigures>> {
    let team = TeamFigures::of(data);
    (0..data.instrument.dimension_count())
        .map(|i| {
            team.dimensions()
                .get(i)
                .and_then(|d| ShownTheme::of(d).trend_figures())
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
    TrendRound {
        date_days: data.date_days,
        figures: round_figures(data),
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

/// A round on the trend as a results link carries it: its figures as shown.
pub fn entry(data: &RoundData) -> TrendEntry {
    TrendEntry {
        date_days: data.date_days,
        instrument: data.instrument,
        figures: round_figures(data),
    }
}

/// The trend of a round read from a results link: the earlier rounds it carries, then
/// the round itself.
pub fn carried_segments(data: &RoundData) -> Vec<TrendSegment> {
    let earlier = data.trend.iter().map(|e| {
        (
            e.instrument,
            TrendRound {
                date_days: e.date_days,
                figures: e.figures.clone(),
            },
        )
    });
    joined(earlier.chain([(data.instrument, trend_round(data))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::RoundId;
    use crate::score::figure::Step;

    #[test]
    fn the_table_shows_the_newest_rounds_over_the_segments() {
        let segment = |instrument, len: usize| TrendSegment {
            instrument,
            rounds: (0..len)
                .map(|i| TrendRound {
                    date_days: i as u16,
                    figures: Vec::new(),
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
        assert!(list[0].rounds.iter().all(|r| r.figures.len() == 10));
        assert!(list[1].rounds.iter().all(|r| r.figures.len() == 9));
        let sides = |r: &TrendRound| r.shown(0).map(|f| (f.anglo_saxon, f.rhineland));
        // Version 1: "largely" everywhere is 75 on both poles.
        assert_eq!(sides(&list[0].rounds[0]), Some((75, 75)));
        // Version 2 from its team figures: the same answer to every statement, keyed
        // both ways, lands in the middle.
        assert_eq!(sides(&list[1].rounds[0]), Some((50, 50)));
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
        let shown: Vec<ShownFigures> = v2[0].shown(0).into_iter().flatten().collect();
        assert_eq!(shown.len(), 2);
        for f in shown {
            assert_eq!((f.anglo_saxon % 5, f.rhineland % 5), (0, 0));
            assert_eq!(f.spread.map(|s| s % 5), Some(0));
        }
        // One round has no move to show.
        assert_eq!(segments(&[round(Instrument::V1, 100, 2)])[0].moved(0), None);
    }

    #[test]
    fn a_round_below_its_minimum_group_has_no_means() {
        let mut small = round(Instrument::V2, 100, 4);
        small.respondents.truncate(2);
        assert!(trend_round(&small).figures.iter().all(Option::is_none));
    }
}
