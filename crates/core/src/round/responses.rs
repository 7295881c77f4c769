//! Members' responses: as a link carries them, as a round stores them, and their
//! revision, which orders one member's responses in time.

use serde::{Deserialize, Serialize};

use crate::id::{MemberId, RoundId};
use crate::instrument::answers::Answer;
use crate::instrument::Instrument;
use crate::link::{revision_minutes, revision_ms, RatingPair, TradePair};

/// One member's response as a round keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberResponse {
    pub member: MemberId,
    /// When it was made (ms since 1970); of one member's responses, the later one is
    /// the newer.
    pub revision: i64,
    /// The round's questionnaire version, which the response was answered in.
    pub instrument: Instrument,
    pub has_desired: bool,
    pub ratings: Vec<RatingPair>,
    /// Version 2's trade-offs, in dimension order; empty in version 1.
    pub trade_offs: Vec<TradePair>,
    /// Made by the round's facilitator: kept apart when they stay out of the figures.
    pub facilitator: bool,
    /// The name given in an open round.
    pub name: Option<String>,
    /// Answers to the round's own statements, in their order.
    pub own_answers: Vec<Option<Answer>>,
}

/// What this browser knows of one round, as far as importing needs it.
#[derive(Debug, Clone, Copy)]
pub struct KnownRound<'a> {
    pub id: RoundId,
    pub instrument: Instrument,
    pub responses: &'a [MemberResponse],
}

/// One member's response as stored: answers as digit strings ('0' none, '1'–'5' the
/// levels, '6' don't know, '7' does not apply) in the round's instrument order, compact
/// and readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredResponse {
    pub member: MemberId,
    /// Whole minutes since 2024-01-01 (schema 2), kept for the versions that read only
    /// this; `made_at` orders responses made in the same minute.
    pub revision: u32,
    /// When it was made, in ms since 1970; missing in responses stored before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_at: Option<i64>,
    pub now: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired: Option<String>,
    /// Version 2's trade-offs: per dimension the Rhineland points, now and desired.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trade_offs: Vec<TradePair>,
    /// When this browser took it in; across tabs the later decision wins.
    pub added_at: i64,
    /// Made by the facilitator (format 5 links): not counted when they stay out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub facilitator: bool,
    /// The name given in an open round; never stored for an anonymous one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Answers to the round's own statements, as digits like `now`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub own: String,
}

fn digits(answers: impl Iterator<Item = Option<Answer>>) -> String {
    answers
        .map(|a| char::from(b'0' + a.map_or(0, Answer::id)))
        .collect()
}

/// A stored digit as an answer; anything else (damaged storage, or an answer the
/// round's version does not offer) reads as no answer.
fn answer_of(c: char, instrument: Instrument) -> Option<Answer> {
    c.to_digit(10)
        .and_then(|d| Answer::from_id_in(d as u8, instrument))
}

impl StoredResponse {
    pub fn new(response: &MemberResponse, added_at: i64) -> StoredResponse {
        StoredResponse {
            member: response.member,
            revision: revision_minutes(response.revision),
            made_at: Some(response.revision),
            now: digits(response.ratings.iter().map(|(now, _)| *now)),
            desired: response
                .has_desired
                .then(|| digits(response.ratings.iter().map(|(_, d)| *d))),
            trade_offs: response.trade_offs.clone(),
            added_at,
            facilitator: response.facilitator,
            name: response.name.clone(),
            own: digits(response.own_answers.iter().copied()),
        }
    }

    /// The response, read with its round's instrument version.
    pub fn to_member(&self, instrument: Instrument) -> MemberResponse {
        let desired: Vec<char> = self
            .desired
            .as_deref()
            .map(|d| d.chars().collect())
            .unwrap_or_default();
        let ratings = self
            .now
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let answer = |c: char| answer_of(c, instrument);
                (answer(c), desired.get(i).copied().and_then(answer))
            })
            .collect();
        let points =
            |p: Option<u8>| p.filter(|p| *p <= crate::instrument::answers::TRADE_OFF_POINTS);
        let trade_offs = if instrument.has_trade_offs() {
            self.trade_offs
                .iter()
                .map(|(now, desired)| (points(*now), points(*desired)))
                .collect()
        } else {
            Vec::new()
        };
        MemberResponse {
            member: self.member,
            revision: self.made_at.unwrap_or_else(|| revision_ms(self.revision)),
            instrument,
            has_desired: self.desired.is_some(),
            ratings,
            trade_offs,
            facilitator: self.facilitator,
            name: self.name.clone(),
            own_answers: self.own_answers(instrument),
        }
    }

    /// The answers to the round's own statements.
    pub fn own_answers(&self, instrument: Instrument) -> Vec<Option<Answer>> {
        self.own.chars().map(|c| answer_of(c, instrument)).collect()
    }
}

/// Borrowed view for `import::classify`.
pub fn known<'a>(rounds: &'a [(RoundId, Instrument, Vec<MemberResponse>)]) -> Vec<KnownRound<'a>> {
    rounds
        .iter()
        .map(|(id, instrument, responses)| KnownRound {
            id: *id,
            instrument: *instrument,
            responses,
        })
        .collect()
}
