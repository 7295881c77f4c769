//! What a dashboard shows of one round, from this browser's round or from a results
//! link.

use crate::id::RoundId;
use crate::instrument::answers::Answer;
use crate::instrument::Instrument;
use crate::link::names::clean_name;
use crate::link::{
    ActionReview, AgreedAction, Invite, RatingPair, Results, TradePair, TrendEntry,
    MAX_LINK_ACTIONS, MAX_OWN_STATEMENTS, MAX_TEXT_BYTES, MAX_TREND_ROUNDS,
};

/// The fewest answers behind any team figure, whatever a round says: with two, each member
/// could work out the other's answers. Rounds made with a minimum of 2 (before this was
/// the rule) show as if it were 3.
pub const MIN_SHOWN_GROUP: u8 = 3;

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
    /// The team's earlier rounds as the trend shows them, oldest first (what a results
    /// link carries; this browser's dashboard reads its own rounds).
    pub trend: Vec<TrendEntry>,
    /// The round before's actions and how far they got.
    pub review: Option<ActionReview>,
    /// The actions agreed in this round.
    pub actions: Vec<AgreedAction>,
    /// An open round: members could give their name.
    pub open: bool,
    /// The facilitator's own statements.
    pub own_statements: Vec<String>,
    /// Each respondent's answers to the own statements, in the order of `respondents`.
    pub own_answers: Vec<Vec<Option<Answer>>>,
    /// In an open round, the names respondents gave, sorted apart from the answers.
    pub names: Vec<String>,
}

/// A text cut to what a link carries, at a character boundary. Stored texts were
/// checked when typed, but a restored backup may hold longer ones.
fn link_text(text: &str) -> String {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

/// Actions as a link carries them: at most `MAX_LINK_ACTIONS`, texts cut to size.
fn link_actions(actions: &[AgreedAction]) -> Vec<AgreedAction> {
    actions
        .iter()
        .take(MAX_LINK_ACTIONS)
        .map(|a| AgreedAction {
            who: link_text(&a.who),
            what: link_text(&a.what),
            ..a.clone()
        })
        .collect()
}

impl RoundData {
    /// How many answers a team figure needs: the round's minimum group, at least
    /// [`MIN_SHOWN_GROUP`].
    pub fn need(&self) -> usize {
        usize::from(self.min_group.max(MIN_SHOWN_GROUP))
    }

    /// Enough answers for any team figure.
    pub fn enough(&self) -> bool {
        self.respondents.len() >= self.need()
    }

    /// The results link's content; `None` below the minimum group size, so individual
    /// answers never leave in a group too small to hide them.
    pub fn results(&self) -> Option<Results> {
        if !self.enough() {
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
                open: self.open,
                own_statements: self
                    .own_statements
                    .iter()
                    .take(MAX_OWN_STATEMENTS)
                    .map(|s| link_text(s))
                    .filter(|s| !s.is_empty())
                    .collect(),
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
            trend: self.trend[self.trend.len().saturating_sub(MAX_TREND_ROUNDS)..].to_vec(),
            review: self.review.as_ref().map(|r| ActionReview {
                actions: link_actions(&r.actions),
                ..r.clone()
            }),
            actions: link_actions(&self.actions),
            own_answers: self.link_own_answers(),
            names: if self.open {
                self.names.iter().filter_map(|n| clean_name(n)).collect()
            } else {
                Vec::new()
            },
        })
    }

    /// Own answers as a results link carries them: one row per respondent, as long as
    /// the statements it carries.
    fn link_own_answers(&self) -> Vec<Vec<Option<Answer>>> {
        let count = self
            .own_statements
            .iter()
            .take(MAX_OWN_STATEMENTS)
            .filter(|s| !link_text(s).is_empty())
            .count();
        if count == 0 {
            return Vec::new();
        }
        (0..self.respondents.len())
            .map(|i| {
                let mut row = self.own_answers.get(i).cloned().unwrap_or_default();
                row.resize(count, None);
                row
            })
            .collect()
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
            trend: results.trend.clone(),
            review: results.review.clone(),
            actions: results.actions.clone(),
            open: results.round.open,
            own_statements: results.round.own_statements.clone(),
            own_answers: results.own_answers.clone(),
            names: results.names.clone(),
        }
    }
}
