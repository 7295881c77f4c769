//! How a team moved over its rounds, per questionnaire version. Rounds of different
//! versions are not on one scale (other dimensions, other statements, another zone cut),
//! so they are never joined: consecutive rounds of one version form a segment, and each
//! segment is drawn on its own, with a break between them.

use crate::domain::instrument::Instrument;
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
    let mut out: Vec<TrendSegment> = Vec::new();
    for data in rounds {
        let round = TrendRound {
            date_days: data.date_days,
            means: round_means(data),
        };
        match out.last_mut() {
            Some(last) if last.instrument == data.instrument => last.rounds.push(round),
            _ => out.push(TrendSegment {
                instrument: data.instrument,
                rounds: vec![round],
            }),
        }
    }
    out
}
