//! How a team moved over its rounds, per questionnaire version. Rounds of different
//! versions are not on one scale (other dimensions, other statements, another zone cut),
//! so they are never joined: consecutive rounds of one version form a segment, and each
//! segment is drawn on its own, with a break between them.

use crate::domain::instrument::Instrument;
use crate::domain::link::{TrendEntry, TREND_TENTHS};
use crate::domain::round::round_data::RoundData;
use crate::domain::team_v2::TeamV2;

/// One round on the trend: its date and, per dimension of its version (in questionnaire
/// order), the team means (Anglo-Saxon, Rhineland) when shown.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRound {
    pub date_days: u16,
    pub means: Vec<Option<(f64, f64)>>,
}

/// Consecutive rounds of one questionnaire version.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSegment {
    pub instrument: Instrument,
    pub rounds: Vec<TrendRound>,
}

/// A round's team means per dimension: version 1 from its aggregation, version 2 from
/// its team figures. Below the minimum group, none.
pub fn round_means(data: &RoundData) -> Vec<Option<(f64, f64)>> {
    match data.instrument {
        Instrument::V1 => {
            let stats = data.stats();
            crate::domain::instrument::Dimension::ALL
                .iter()
                .map(|d| stats.dimension(*d).and_then(|s| s.now.means()))
                .collect()
        }
        Instrument::V2 => {
            let team = TeamV2::of(data);
            (0..Instrument::V2.dimension_count())
                .map(|i| team.dimensions().get(i).and_then(|d| d.means()))
                .collect()
        }
    }
}

/// The team's rounds (oldest first) as segments of one version each.
pub fn segments(rounds: &[RoundData]) -> Vec<TrendSegment> {
    joined(rounds.iter().map(|data| {
        (
            data.instrument,
            TrendRound {
                date_days: data.date_days,
                means: round_means(data),
            },
        )
    }))
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

/// A round on the trend as a results link carries it: its means in tenths.
pub fn entry(data: &RoundData) -> TrendEntry {
    let tenths = |v: f64| (v * 10.0).round().clamp(0.0, f64::from(TREND_TENTHS)) as u16;
    TrendEntry {
        date_days: data.date_days,
        instrument: data.instrument,
        means: round_means(data)
            .into_iter()
            .map(|m| m.map(|(a, r)| (tenths(a), tenths(r))))
            .collect(),
    }
}

/// The trend of a round read from a results link: the earlier rounds it carries, then
/// the round itself.
pub fn carried_segments(data: &RoundData) -> Vec<TrendSegment> {
    let earlier = data.trend.iter().map(|e| {
        let mean = |t: u16| f64::from(t) / 10.0;
        (
            e.instrument,
            TrendRound {
                date_days: e.date_days,
                means: e
                    .means
                    .iter()
                    .map(|m| m.map(|(a, r)| (mean(a), mean(r))))
                    .collect(),
            },
        )
    });
    let this = TrendRound {
        date_days: data.date_days,
        means: round_means(data),
    };
    joined(earlier.chain([(data.instrument, this)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Answer, Level};
    use crate::domain::id::RoundId;
    use crate::domain::link::RatingPair;

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
    fn a_round_below_its_minimum_group_has_no_means() {
        let mut small = round(Instrument::V2, 100, 4);
        small.respondents.truncate(2);
        assert!(round_means(&small).iter().all(Option::is_none));
    }
}
