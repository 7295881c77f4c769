//! What a dashboard shows of one round, from this browser's round or from a results
//! link.

use crate::domain::id::RoundId;
use crate::domain::instrument::Instrument;
use crate::domain::link::{Invite, RatingPair, Results, TradePair};
use crate::domain::round::rounds::Round;
use crate::domain::sort::sort_by;

/// What a dashboard shows of one round: from this browser's round, or from a results
/// link (read-only). Respondents carry no ids here.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundData {
    pub round: RoundId,
    pub team_name: String,
    pub title: String,
    pub date_days: u16,
    pub min_group: u8,
    pub instrument: Instrument,
    pub has_desired: bool,
    /// Each respondent's ratings in instrument order, sorted by their answers so the
    /// order says nothing about who answered when.
    pub respondents: Vec<Vec<RatingPair>>,
    /// Version 2: each respondent's trade-offs, in the order of `respondents`; empty in
    /// version 1.
    pub trade_offs: Vec<Vec<TradePair>>,
}

impl Round {
    pub fn data(&self, team_name: &str) -> RoundData {
        let mut respondents: Vec<(String, Vec<RatingPair>, Vec<TradePair>)> = self
            .responses
            .iter()
            .map(|r| {
                let key = format!(
                    "{}{}{:?}",
                    r.now,
                    r.desired.as_deref().unwrap_or_default(),
                    r.trade_offs
                );
                let member = r.to_member(self.instrument);
                (key, member.ratings, member.trade_offs)
            })
            .collect();
        sort_by(&mut respondents, |a, b| a.0.cmp(&b.0));
        let with_trade_offs = self.instrument.has_trade_offs();
        RoundData {
            round: self.id,
            team_name: team_name.to_string(),
            title: self.title.clone(),
            date_days: self.date_days,
            min_group: self.min_group,
            instrument: self.instrument,
            has_desired: self.ask_desired,
            trade_offs: if with_trade_offs {
                respondents.iter().map(|(_, _, t)| t.clone()).collect()
            } else {
                Vec::new()
            },
            respondents: respondents.into_iter().map(|(_, r, _)| r).collect(),
        }
    }
}

impl RoundData {
    pub fn stats(&self) -> crate::domain::aggregate::RoundStats {
        let refs: Vec<&[RatingPair]> = self.respondents.iter().map(Vec::as_slice).collect();
        crate::domain::aggregate::aggregate(&refs, self.min_group, self.has_desired)
    }

    /// The results link's content; `None` below the minimum group size, so individual
    /// answers never leave in a group too small to hide them.
    pub fn results(&self) -> Option<Results> {
        if self.respondents.len() < usize::from(self.min_group.max(1)) {
            return None;
        }
        let count = self.instrument.statement_count();
        let dimensions = self.instrument.dimension_count();
        Some(Results {
            round: Invite {
                round: self.round,
                date_days: self.date_days,
                ask_desired: self.has_desired,
                min_group: self.min_group,
                instrument: self.instrument,
                team_name: self.team_name.clone(),
                round_title: self.title.clone(),
            },
            has_desired: self.has_desired,
            statements: count as u8,
            respondents: self
                .respondents
                .iter()
                .map(|r| {
                    let mut r = r.clone();
                    r.resize(count, (None, None));
                    r
                })
                .collect(),
            trade_offs: if self.instrument.has_trade_offs() {
                (0..self.respondents.len())
                    .map(|i| {
                        let mut t = self.trade_offs.get(i).cloned().unwrap_or_default();
                        t.resize(dimensions, (None, None));
                        t
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
    }

    pub fn from_results(results: &Results) -> RoundData {
        RoundData {
            round: results.round.round,
            team_name: results.round.team_name.clone(),
            title: results.round.round_title.clone(),
            date_days: results.round.date_days,
            min_group: results.round.min_group,
            instrument: results.round.instrument,
            has_desired: results.has_desired,
            respondents: results.respondents.clone(),
            trade_offs: results.trade_offs.clone(),
        }
    }
}
