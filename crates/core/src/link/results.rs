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

/// A team mean of 100 on the trend, in the tenths formats 4 and 5 carry.
pub const TREND_TENTHS: u16 = 1000;

/// Format 4 and 5 trend digits: 0 for no figure, 1–1001 for 0–100.0 in tenths.
const TREND_BASE: u32 = TREND_TENTHS as u32 + 2;

/// The first format whose trend carries each figure as its round's dashboard showed it
/// (rounded once, in its version's step), not in tenths.
pub const SHOWN_TREND_FROM_FORMAT: u8 = 6;

/// One theme in one round as that round's dashboard shows it: both sides and the spread
/// between members, each rounded once, in its version's step (0–100). What the trend
/// draws, lists and exports, and what a results link carries of an earlier round, so the
/// same round reads the same everywhere (issue 30, point 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownFigures {
    pub anglo_saxon: i64,
    pub rhineland: i64,
    /// Shown only beside the means.
    pub spread: Option<i64>,
}

/// An earlier round of the team as the trend shows it (format 4 on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendEntry {
    pub date_days: u16,
    pub instrument: Instrument,
    /// Per dimension of its version, in questionnaire order: its figures as shown, when
    /// the round had them.
    pub figures: Vec<Option<ShownFigures>>,
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
///           its dimensions' (Anglo-Saxon, Rhineland, spread) as one number (0 = no
///           figure; a spread only beside its means). Format 6: in steps of the
///           version, base 100/step + 2, each digit the shown figure / step + 1.
///           Formats 4 and 5: base 1002, each digit tenths + 1 (read by rounding the
///           tenths in the version's step, see `shown_from_tenths`).
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
        if entry.figures.len() != entry.instrument.dimension_count() {
            return Err(LinkError::Invalid("trend figures for every dimension"));
        }
        out.extend_from_slice(&entry.date_days.to_be_bytes());
        out.push(entry.instrument.id());
        let step = entry.instrument.rules().step.size();
        // A shown figure as a digit: 1 + how many steps, refused off the scale or the step.
        let digit = |value: i64| -> Result<u32, LinkError> {
            if (0..=100).contains(&value) && value % step == 0 {
                Ok((value / step) as u32 + 1)
            } else {
                Err(LinkError::Invalid("trend figure off its scale"))
            }
        };
        let mut digits = Vec::with_capacity(entry.figures.len() * 3);
        for figures in &entry.figures {
            match figures {
                None => digits.extend([0, 0, 0]),
                Some(f) => digits.extend([
                    digit(f.anglo_saxon)?,
                    digit(f.rhineland)?,
                    f.spread.map_or(Ok(0), digit)?,
                ]),
            }
        }
        out.extend_from_slice(&pack_digits(&digits, shown_base(entry.instrument)));
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
        let figures = read_trend_figures(r, instrument, version)?;
        results.trend.push(TrendEntry {
            date_days,
            instrument,
            figures,
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

/// Format 6 trend digits: 0 for no figure, 1 + steps for a shown figure.
fn shown_base(instrument: Instrument) -> u32 {
    100 / instrument.rules().step.size() as u32 + 2
}

/// Digits of one trend round as (Anglo-Saxon, Rhineland, spread) triples: none for
/// (0, 0, 0), an error for half a figure or a spread without means.
fn triples(
    digits: &[u32],
    figure: impl Fn(u32) -> i64,
) -> Result<Vec<Option<ShownFigures>>, LinkError> {
    digits
        .chunks(3)
        .map(|three| match (three[0], three[1], three[2]) {
            (0, 0, 0) => Ok(None),
            (0, _, _) | (_, 0, _) => Err(LinkError::Invalid("half a trend figure")),
            (a, r, s) => Ok(Some(ShownFigures {
                anglo_saxon: figure(a - 1),
                rhineland: figure(r - 1),
                spread: (s > 0).then(|| figure(s - 1)),
            })),
        })
        .collect()
}

/// One earlier round's figures. Format 6 carries them in steps of its version. Formats
/// 4 and 5 carried tenths, shown by rounding them in the version's step: where a round's
/// exact figure lay within a twentieth of a point of halfway between two steps (32.49
/// carried as 32.5), this can show one step more than that round's own dashboard did.
fn read_trend_figures(
    r: &mut Reader,
    instrument: Instrument,
    version: u8,
) -> Result<Vec<Option<ShownFigures>>, LinkError> {
    let n = instrument.dimension_count() * 3;
    let in_steps = version >= SHOWN_TREND_FROM_FORMAT;
    let base = if in_steps {
        shown_base(instrument)
    } else {
        TREND_BASE
    };
    let digits: Vec<u32> = unpack_digits(r.take(packed_len(n, base))?, n, base)
        .ok_or(LinkError::Invalid("trend out of range"))?;
    let step = instrument.rules().step;
    if in_steps {
        triples(&digits, |d| i64::from(d) * step.size())
    } else {
        triples(&digits, |tenths| shown_from_tenths(tenths, step))
    }
}

/// A figure carried in tenths (formats 4 and 5) as shown: the one rounding rule
/// (nearest step, halfway away from zero) applied to the tenths' value.
pub fn shown_from_tenths(tenths: u32, step: crate::instrument::rules::Step) -> i64 {
    // Integer arithmetic: tenths are exact, and 10 × step tenths make one step.
    let per_step = 10 * step.size() as u32;
    i64::from((tenths + per_step / 2) / per_step) * step.size()
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
