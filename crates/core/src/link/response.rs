//! The response link: one member's answers for one round, with the revision that orders
//! one member's responses in time. Its writer beside its reader.

use crate::id::{MemberId, RoundId};
use crate::instrument::answers::Answer;
use crate::instrument::Instrument;
use crate::link::codec::{
    pack_ratings, read_name, read_own_answers, read_ratings, read_trade_offs, write_name,
    write_own_answers, write_trade_offs, LinkError, RatingPair, Reader, TradePair,
    MAX_OWN_STATEMENTS,
};

/// Response revisions count from here (2024-01-01T00:00Z).
pub const REVISION_EPOCH_MS: i64 = 1_704_067_200_000;

/// Largest revision offset format 2 carries: 40 bits of milliseconds.
const MAX_REVISION_OFFSET_MS: i64 = (1 << 40) - 1;

/// Whole minutes since 2024-01-01, within 24 bits: a revision as format 1 links and
/// stored responses (schema 2) carry it.
pub fn revision_minutes(ms: i64) -> u32 {
    ((ms - REVISION_EPOCH_MS) / 60_000).clamp(0, (1 << 24) - 1) as u32
}

/// The ms time of a revision in whole minutes (the start of its minute).
pub fn revision_ms(minutes: u32) -> i64 {
    REVISION_EPOCH_MS + i64::from(minutes) * 60_000
}

/// Most statements a response can carry.
pub const MAX_STATEMENTS: usize = 255;

/// What a response link carries: one member's answers for one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub round: RoundId,
    pub member: MemberId,
    /// When the response was made (ms since 1970): of one member's responses, the later
    /// one is newer. Format 1 links carried whole minutes: theirs is the minute's start.
    pub revision: i64,
    pub instrument: Instrument,
    pub has_desired: bool,
    /// (now, desired) per statement; `desired` is always `None` without `has_desired`.
    pub ratings: Vec<RatingPair>,
    /// Version 2: (now, desired) per dimension's trade-off item; empty in version 1.
    pub trade_offs: Vec<TradePair>,
    /// Format 5: made by the round's facilitator (in the browser that holds the round).
    pub facilitator: bool,
    /// Format 5: the name a member of an open round gave; never set in anonymous ones.
    pub name: Option<String>,
    /// Format 5: the answers to the round's own statements, in their order.
    pub own_answers: Vec<Option<Answer>>,
}

pub(super) fn write_response(response: &Response, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if response.ratings.len() > MAX_STATEMENTS {
        return Err(LinkError::Invalid("too many statements"));
    }
    let offset = response.revision - REVISION_EPOCH_MS;
    if !(0..=MAX_REVISION_OFFSET_MS).contains(&offset) {
        return Err(LinkError::Invalid("revision out of range"));
    }
    out.extend_from_slice(&response.round.0);
    out.extend_from_slice(&response.member.0);
    out.extend_from_slice(&offset.to_be_bytes()[3..]);
    out.push(response.instrument.id());
    out.push(response.ratings.len() as u8);
    out.push(u8::from(response.has_desired));
    let instrument = response.instrument;
    out.extend_from_slice(&pack_ratings(
        &response.ratings,
        response.has_desired,
        instrument,
    )?);
    if instrument.has_trade_offs() {
        write_trade_offs(&response.trade_offs, response.has_desired, out)?;
    }
    write_choices(response, out)
}

const BY_FACILITATOR: u8 = 1;

const HAS_NAME: u8 = 1 << 1;

const OWN_COUNT_SHIFT: u8 = 2;

/// Format 5's end of a response, one byte when there is nothing to add: "made by the
/// facilitator" (bit 0), "has a name" (bit 1) and the number of own answers (bits 2–4);
/// then the name when there (so an anonymous response has no name field at all) and the
/// own answers' digits as one number, when any.
fn write_choices(response: &Response, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if response.own_answers.len() > MAX_OWN_STATEMENTS {
        return Err(LinkError::Invalid("too many own answers"));
    }
    let mut flags = (response.own_answers.len() as u8) << OWN_COUNT_SHIFT;
    if response.facilitator {
        flags |= BY_FACILITATOR;
    }
    if response.name.is_some() {
        flags |= HAS_NAME;
    }
    out.push(flags);
    if let Some(name) = &response.name {
        write_name(name, out)?;
    }
    write_own_answers(&response.own_answers, response.instrument, out)
}

pub(super) fn read_response(r: &mut Reader, version: u8) -> Result<Response, LinkError> {
    let round = RoundId(r.id()?);
    let member = MemberId(r.id()?);
    let revision = if version == 1 {
        let rev = r.take(3)?;
        revision_ms(u32::from_be_bytes([0, rev[0], rev[1], rev[2]]))
    } else {
        let rev = r.take(5)?;
        let offset = i64::from_be_bytes([0, 0, 0, rev[0], rev[1], rev[2], rev[3], rev[4]]);
        REVISION_EPOCH_MS + offset
    };
    let instrument = read_instrument(r, version)?;
    let count = usize::from(r.byte()?);
    let has_desired = r.flag()?;
    let ratings = read_ratings(r, count, has_desired, instrument)?;
    let trade_offs = if instrument.has_trade_offs() {
        read_trade_offs(r, has_desired)?
    } else {
        Vec::new()
    };
    let mut response = Response {
        round,
        member,
        revision,
        instrument,
        has_desired,
        ratings,
        trade_offs,
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    };
    if version >= 5 {
        let flags = r.byte()?;
        if flags & !(BY_FACILITATOR | HAS_NAME | (7 << OWN_COUNT_SHIFT)) != 0 {
            return Err(LinkError::Invalid("response flags"));
        }
        response.facilitator = flags & BY_FACILITATOR != 0;
        if flags & HAS_NAME != 0 {
            response.name = Some(read_name(r)?);
        }
        let count = usize::from(flags >> OWN_COUNT_SHIFT);
        if count > MAX_OWN_STATEMENTS {
            return Err(LinkError::Invalid("too many own answers"));
        }
        response.own_answers = read_own_answers(r, count, instrument)?;
    }
    Ok(response)
}

/// The instrument byte before answers: formats 1 and 2 only ever carried version 1.
fn read_instrument(r: &mut Reader, version: u8) -> Result<Instrument, LinkError> {
    let instrument = r.instrument()?;
    if version < 3 && instrument != Instrument::V1 {
        return Err(LinkError::Invalid("instrument for its format"));
    }
    Ok(instrument)
}
