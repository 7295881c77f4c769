//! Members' responses: as a link carries them, as a round stores them, and their
//! revision, which orders one member's responses in time.

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answer, Horizon};
use crate::domain::id::{MemberId, RoundId};
use crate::domain::instrument::statements;
use crate::domain::link::{revision_minutes, revision_ms, RatingPair};
use crate::domain::scan::ScanData;

/// One member's response as a round keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberResponse {
    pub member: MemberId,
    /// When it was made (ms since 1970); of one member's responses, the later one is
    /// the newer.
    pub revision: i64,
    pub has_desired: bool,
    pub ratings: Vec<RatingPair>,
}

/// What this browser knows of one round, as far as importing needs it.
#[derive(Debug, Clone, Copy)]
pub struct KnownRound<'a> {
    pub id: RoundId,
    pub responses: &'a [MemberResponse],
}

/// One member's response as stored: answers as digit strings ('0' none, '1'–'5' the
/// levels, '6' skip) in instrument order, compact and readable.
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
    /// When this browser took it in; across tabs the later decision wins.
    pub added_at: i64,
}

fn digits(answers: impl Iterator<Item = Option<Answer>>) -> String {
    answers
        .map(|a| char::from(b'0' + a.map_or(0, Answer::id)))
        .collect()
}

/// A stored digit as an answer; anything else (damaged storage) reads as no answer.
fn answer_of(c: char) -> Option<Answer> {
    c.to_digit(10).and_then(|d| Answer::from_id(d as u8))
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
            added_at,
        }
    }

    pub fn to_member(&self) -> MemberResponse {
        let desired: Vec<char> = self
            .desired
            .as_deref()
            .map(|d| d.chars().collect())
            .unwrap_or_default();
        let ratings = self
            .now
            .chars()
            .enumerate()
            .map(|(i, c)| (answer_of(c), desired.get(i).copied().and_then(answer_of)))
            .collect();
        MemberResponse {
            member: self.member,
            revision: self.made_at.unwrap_or_else(|| revision_ms(self.revision)),
            has_desired: self.desired.is_some(),
            ratings,
        }
    }
}

/// A scan's answers in instrument order, as a response carries them.
pub fn ratings_of(scan: &ScanData, has_desired: bool) -> Vec<RatingPair> {
    statements()
        .iter()
        .map(|s| {
            let desired = if has_desired {
                scan.get(s.id, Horizon::Desired)
            } else {
                None
            };
            (scan.get(s.id, Horizon::Now), desired)
        })
        .collect()
}

/// Borrowed view for `import::classify`.
pub fn known<'a>(rounds: &'a [(RoundId, Vec<MemberResponse>)]) -> Vec<KnownRound<'a>> {
    rounds
        .iter()
        .map(|(id, responses)| KnownRound { id: *id, responses })
        .collect()
}
