//! The results link: a round's respondents without member ids; from format 4 what the
//! team agreed and how it moved (trend, the round before's actions, this round's), from
//! format 5 the own statements' answers and the names of an open round. Its writer
//! beside its reader.

use crate::instrument::answers::Answer;
use crate::instrument::Instrument;
use crate::link::action_status::ActionStatus;
use crate::link::codec::{
    pack_digits, pack_ratings, packed_len, read_name, read_own_answers, read_ratings,
    read_trade_offs, unpack_digits, write_name, write_own_answers, write_text, write_trade_offs,
    LinkError, RatingPair, Reader, TradePair, FORMAT_VERSION,
};
use crate::link::invite::{read_invite, write_invite, Invite};

/// Most respondents a results link carries; more would not fit a URL comfortably.
pub const MAX_RESULTS_RESPONDENTS: usize = 200;

/// Most earlier rounds a results link carries for the trend: the latest ones.
pub const MAX_TREND_ROUNDS: usize = 11;

/// Most actions a results link carries in each of its two lists.
pub const MAX_LINK_ACTIONS: usize = 20;

/// A team mean of 100 on the trend, in the tenths a link carries.
pub const TREND_TENTHS: u16 = 1000;

/// Trend digits: 0 for no figure, 1–1001 for 0–100.0 in tenths.
const TREND_BASE: u32 = TREND_TENTHS as u32 + 2;

/// An earlier round of the team as the trend shows it (format 4 on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendEntry {
    pub date_days: u16,
    pub instrument: Instrument,
    /// Per dimension of its version, in questionnaire order: the team means
    /// (Anglo-Saxon, Rhineland) in tenths (0–`TREND_TENTHS`), when shown.
    pub means: Vec<Option<(u16, u16)>>,
    /// Per dimension, the spread between members in tenths, when shown (only beside
    /// means).
    pub spreads: Vec<Option<u16>>,
}

/// A small action as a results link carries it (format 4 on): no identity, no edit
/// times, just what the team reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedAction {
    pub who: String,
    pub what: String,
    pub by_days: Option<u16>,
    /// A dimension id of the version of the round the action was agreed in.
    pub dimension: Option<u8>,
    pub status: ActionStatus,
}

/// The round before's actions with how far each got. Its version says what their
/// dimension ids mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionReview {
    pub instrument: Instrument,
    pub date_days: u16,
    pub actions: Vec<AgreedAction>,
}

/// What a results link carries: a round and its respondents' answers without member
/// ids, in an order the sender shuffled. Made only when the round has at least its
/// minimum group size, so nobody's answers can be picked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub round: Invite,
    pub has_desired: bool,
    /// Statements per respondent (the instrument's count).
    pub statements: u8,
    /// One list of (now, desired) per respondent, each `statements` long.
    pub respondents: Vec<Vec<RatingPair>>,
    /// Version 2: each respondent's trade-offs, in the order of `respondents`, each as
    /// long as the instrument has dimensions; empty in version 1.
    pub trade_offs: Vec<Vec<TradePair>>,
    /// Format 4: the team's earlier rounds (oldest first); empty before.
    pub trend: Vec<TrendEntry>,
    /// Format 4: the round before's actions and how far they got.
    pub review: Option<ActionReview>,
    /// Format 4: the actions agreed in this round.
    pub actions: Vec<AgreedAction>,
    /// Format 5: each respondent's answers to the own statements, in the order of
    /// `respondents`, each as long as `round.own_statements`; empty without them.
    pub own_answers: Vec<Vec<Option<Answer>>>,
    /// Format 5: in an open round, the names respondents gave, sorted (not in the order
    /// of `respondents`: a name is never tied to answers); always empty when anonymous.
    pub names: Vec<String>,
}

pub(super) fn write_results(results: &Results, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if results.respondents.len() > MAX_RESULTS_RESPONDENTS {
        return Err(LinkError::Invalid("too many respondents"));
    }
    let count = usize::from(results.statements);
    if results.respondents.iter().any(|r| r.len() != count) {
        return Err(LinkError::Invalid("respondents of different lengths"));
    }
    let instrument = results.round.instrument;
    let with_trade_offs = instrument.has_trade_offs();
    if with_trade_offs && results.trade_offs.len() != results.respondents.len() {
        return Err(LinkError::Invalid("trade-offs for every respondent"));
    }
    write_invite(&results.round, out)?;
    out.push(results.statements);
    out.push(u8::from(results.has_desired));
    out.extend_from_slice(&(results.respondents.len() as u16).to_be_bytes());
    // One number per respondent keeps packing linear in the number of respondents.
    for (i, ratings) in results.respondents.iter().enumerate() {
        out.extend_from_slice(&pack_ratings(ratings, results.has_desired, instrument)?);
        if with_trade_offs {
            write_trade_offs(&results.trade_offs[i], results.has_desired, out)?;
        }
    }
    write_agreements(results, out)
}

/// Format 4's section after the respondents:
///
/// ```text
/// trend     count (≤ MAX_TREND_ROUNDS), then per round: date (2 bytes), version byte,
///           its dimensions' (Anglo-Saxon, Rhineland, spread) as one base-1002 number
///           (0 = no figure, else tenths + 1; a spread only beside its means)
/// review    0, or 1 then the round before's version byte, date (2 bytes), action list
/// actions   action list
/// ```
///
/// An action list is a count (≤ MAX_LINK_ACTIONS), then per action: a byte with the
/// status code (bits 0–1, and bit 4 for code 4 from format 5 on; code 3, once "not yet",
/// reads as open and is no longer written), "has a date" (bit 2)
/// and "has a dimension" (bit 3), the date
/// (2 bytes) and dimension id when there, then who and what as texts.
fn write_agreements(results: &Results, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if results.trend.len() > MAX_TREND_ROUNDS {
        return Err(LinkError::Invalid("too many trend rounds"));
    }
    out.push(results.trend.len() as u8);
    for entry in &results.trend {
        if entry.means.len() != entry.instrument.dimension_count() {
            return Err(LinkError::Invalid("trend means for every dimension"));
        }
        if entry.spreads.len() != entry.means.len() {
            return Err(LinkError::Invalid("trend spreads for every dimension"));
        }
        out.extend_from_slice(&entry.date_days.to_be_bytes());
        out.push(entry.instrument.id());
        let mut digits = Vec::with_capacity(entry.means.len() * 3);
        for (mean, spread) in entry.means.iter().zip(&entry.spreads) {
            let spread = match *spread {
                None => 0,
                Some(s) if s <= TREND_TENTHS => s + 1,
                Some(_) => return Err(LinkError::Invalid("trend spread out of range")),
            };
            match *mean {
                None if spread == 0 => digits.extend([0, 0, 0]),
                None => return Err(LinkError::Invalid("a trend spread without means")),
                Some((a, r)) if a <= TREND_TENTHS && r <= TREND_TENTHS => {
                    digits.extend([a + 1, r + 1, spread]);
                }
                Some(_) => return Err(LinkError::Invalid("trend mean out of range")),
            }
        }
        out.extend_from_slice(&pack_digits(&digits, TREND_BASE));
    }
    match &results.review {
        None => out.push(0),
        Some(review) => {
            out.push(1);
            out.push(review.instrument.id());
            out.extend_from_slice(&review.date_days.to_be_bytes());
            write_actions(&review.actions, review.instrument, out)?;
        }
    }
    write_actions(&results.actions, results.round.instrument, out)?;
    write_results_choices(results, out)
}

/// Format 5's end of a results link: per respondent the own answers (as many as the
/// round has own statements, no count), then a count of names and the names; names only
/// in an open round.
fn write_results_choices(results: &Results, out: &mut Vec<u8>) -> Result<(), LinkError> {
    let own = results.round.own_statements.len();
    if own > 0 {
        if results.own_answers.len() != results.respondents.len()
            || results.own_answers.iter().any(|a| a.len() != own)
        {
            return Err(LinkError::Invalid("own answers for every respondent"));
        }
        for answers in &results.own_answers {
            write_own_answers(answers, results.round.instrument, out)?;
        }
    } else if !results.own_answers.is_empty() {
        return Err(LinkError::Invalid("own answers without own statements"));
    }
    if results.names.len() > results.respondents.len() {
        return Err(LinkError::Invalid("more names than respondents"));
    }
    if !results.round.open && !results.names.is_empty() {
        return Err(LinkError::Invalid("names in an anonymous round"));
    }
    out.push(results.names.len() as u8);
    for name in &results.names {
        write_name(name, out)?;
    }
    Ok(())
}

const ACTION_HAS_DATE: u8 = 1 << 2;

const ACTION_HAS_DIMENSION: u8 = 1 << 3;

/// The status code's third bit (code 4, `Dropped`), from format 5 on.
const ACTION_STATUS_HIGH: u8 = 1 << 4;

/// The status code in an action byte: bits 0–1, and bit 4 for codes from 4.
const fn status_flags(code: u8) -> u8 {
    (code & 3) | ((code & 4) << 2)
}

fn write_actions(
    actions: &[AgreedAction],
    instrument: Instrument,
    out: &mut Vec<u8>,
) -> Result<(), LinkError> {
    if actions.len() > MAX_LINK_ACTIONS {
        return Err(LinkError::Invalid("too many actions"));
    }
    out.push(actions.len() as u8);
    for action in actions {
        let mut flags = status_flags(action.status.code_in(FORMAT_VERSION));
        if action.by_days.is_some() {
            flags |= ACTION_HAS_DATE;
        }
        if action.dimension.is_some() {
            flags |= ACTION_HAS_DIMENSION;
        }
        out.push(flags);
        if let Some(days) = action.by_days {
            out.extend_from_slice(&days.to_be_bytes());
        }
        if let Some(id) = action.dimension {
            if instrument.dimension_by_id(id).is_none() {
                return Err(LinkError::Invalid("action dimension"));
            }
            out.push(id);
        }
        write_text(&action.who, out)?;
        write_text(&action.what, out)?;
    }
    Ok(())
}

pub(super) fn read_results(r: &mut Reader, version: u8) -> Result<Results, LinkError> {
    let round = read_invite(r, version)?;
    if version < 3 && round.instrument != Instrument::V1 {
        return Err(LinkError::Invalid("instrument for its format"));
    }
    let instrument = round.instrument;
    let statements = r.byte()?;
    let has_desired = r.flag()?;
    let n = usize::from(r.u16()?);
    if n > MAX_RESULTS_RESPONDENTS {
        return Err(LinkError::Invalid("too many respondents"));
    }
    let mut respondents = Vec::with_capacity(n);
    let mut trade_offs = Vec::new();
    for _ in 0..n {
        respondents.push(read_ratings(
            r,
            usize::from(statements),
            has_desired,
            instrument,
        )?);
        if instrument.has_trade_offs() {
            trade_offs.push(read_trade_offs(r, has_desired)?);
        }
    }
    let mut results = Results {
        round,
        has_desired,
        statements,
        respondents,
        trade_offs,
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    };
    if version >= 4 {
        read_agreements(r, &mut results, version)?;
    }
    if version >= 5 {
        let own = results.round.own_statements.len();
        if own > 0 {
            for _ in 0..results.respondents.len() {
                let answers = read_own_answers(r, own, instrument)?;
                results.own_answers.push(answers);
            }
        }
        let names = usize::from(r.byte()?);
        if names > results.respondents.len() {
            return Err(LinkError::Invalid("more names than respondents"));
        }
        if names > 0 && !results.round.open {
            return Err(LinkError::Invalid("names in an anonymous round"));
        }
        for _ in 0..names {
            results.names.push(read_name(r)?);
        }
    }
    Ok(results)
}

/// The inverse of `write_agreements`.
fn read_agreements(r: &mut Reader, results: &mut Results, version: u8) -> Result<(), LinkError> {
    let count = usize::from(r.byte()?);
    if count > MAX_TREND_ROUNDS {
        return Err(LinkError::Invalid("too many trend rounds"));
    }
    for _ in 0..count {
        let date_days = r.u16()?;
        let instrument = r.instrument()?;
        let n = instrument.dimension_count() * 3;
        let packed = r.take(packed_len(n, TREND_BASE))?;
        let digits =
            unpack_digits(packed, n, TREND_BASE).ok_or(LinkError::Invalid("trend out of range"))?;
        let (means, spreads) = digits
            .chunks(3)
            .map(|three| match (three[0], three[1], three[2]) {
                (0, 0, 0) => Ok((None, None)),
                (0, _, _) | (_, 0, _) => Err(LinkError::Invalid("half a trend figure")),
                (a, r, s) => Ok((Some((a - 1, r - 1)), (s > 0).then(|| s - 1))),
            })
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .unzip();
        results.trend.push(TrendEntry {
            date_days,
            instrument,
            means,
            spreads,
        });
    }
    results.review = match r.flag()? {
        false => None,
        true => {
            let instrument = r.instrument()?;
            let date_days = r.u16()?;
            let actions = read_actions(r, instrument, version)?;
            Some(ActionReview {
                instrument,
                date_days,
                actions,
            })
        }
    };
    results.actions = read_actions(r, results.round.instrument, version)?;
    Ok(())
}

fn read_actions(
    r: &mut Reader,
    instrument: Instrument,
    version: u8,
) -> Result<Vec<AgreedAction>, LinkError> {
    let count = usize::from(r.byte()?);
    if count > MAX_LINK_ACTIONS {
        return Err(LinkError::Invalid("too many actions"));
    }
    let mut actions = Vec::with_capacity(count);
    for _ in 0..count {
        let flags = r.byte()?;
        if flags & !(3 | ACTION_HAS_DATE | ACTION_HAS_DIMENSION | ACTION_STATUS_HIGH) != 0 {
            return Err(LinkError::Invalid("action flags"));
        }
        let code = (flags & 3) | ((flags & ACTION_STATUS_HIGH) >> 2);
        let status =
            ActionStatus::from_code_in(code, version).ok_or(LinkError::Invalid("status"))?;
        let by_days = if flags & ACTION_HAS_DATE != 0 {
            Some(r.u16()?)
        } else {
            None
        };
        let dimension = if flags & ACTION_HAS_DIMENSION != 0 {
            let id = r.byte()?;
            instrument
                .dimension_by_id(id)
                .ok_or(LinkError::Invalid("action dimension"))?;
            Some(id)
        } else {
            None
        };
        let who = r.text()?;
        let what = r.text()?;
        actions.push(AgreedAction {
            who,
            what,
            by_days,
            dimension,
            status,
        });
    }
    Ok(actions)
}
