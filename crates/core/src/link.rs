//! The link format: team data carried in the URL fragment, never sent to a server.
//!
//! A link is `…#/<k>/<payload>` where `<k>` names the kind for people (i, r, s, b) and
//! the payload is base64url (no padding) of:
//!
//! ```text
//! byte 0        format version (high 4 bits) | kind (low 4 bits)
//! bytes 1..     the kind's fields, bit-packed (ids as short numbers, answers base 7)
//! last 4 bytes  CRC-32 (IEEE) of everything before it
//! ```
//!
//! Response answers are digits (0 = no answer, 1–5 the levels, 6 = don't know, and in
//! instrument version 2 also 7 = does not apply), packed as one number in base 7
//! (version 1, 2.81 bits an answer) or base 8 (version 2). Version 2 adds its trade-off
//! items: per dimension the Rhineland points 0–10 as digits 1–11 (0 = not given), one
//! base-12 number. A link made by any released version must keep opening;
//! `tests/fixtures/links/` pins one of each.
//!
//! Format versions: 1 wrote a response's revision as whole minutes since 2024-01-01 (3
//! bytes), so two responses of one member made in the same minute could not be ordered.
//! 2 writes the milliseconds since 2024-01-01 (5 bytes, until 2058). 3 reads the
//! instrument byte before the answers: version 1's answers are packed as in format 2,
//! version 2's as above. Format 2 links only ever carried instrument version 1; a build
//! that reads only format 2 says "made by a newer Teambalans" to a format 3 link.
//! 4 adds to a results link what the team agreed and how it moved: after the
//! respondents, the earlier rounds' team means and spreads (the trend), the round before's actions
//! with how far each got, and this round's actions (see `write_agreements`). Other kinds
//! are as in format 3. A build that reads only format 3 refuses a format 4 link as made
//! by a newer Teambalans instead of misreading the added section.
//! 5 adds the round's own choices (see `write_choices`): an invite says whether the round
//! is open (members may give their name) and carries the facilitator's own statements; a
//! response adds whether the facilitator made it, the name (only when one is given) and
//! the answers to the own statements; a results link adds, after the agreements, every
//! respondent's own answers and, in an open round, the names given. Formats 1–4 read as
//! before: anonymous, no own statements.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answers::{Answer, TRADE_OFF_POINTS};
use crate::instrument::Instrument;
use crate::round::action_status::ActionStatus;
use crate::text::Text;

/// The version this build writes. Older versions keep decoding.
pub const FORMAT_VERSION: u8 = 5;
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
/// Longest team name or round title a link carries, in bytes of UTF-8.
pub const MAX_TEXT_BYTES: usize = 80;
/// Input longer than this is not a link (a whole mail pasted, say); refused unread.
pub const MAX_INPUT_CHARS: usize = 20_000;
/// Most statements a response can carry.
pub const MAX_STATEMENTS: usize = 255;
/// Most own statements a round has (format 5 on).
pub const MAX_OWN_STATEMENTS: usize = 5;
/// Longest name a member of an open round gives, in bytes of UTF-8: short, so a results
/// link with every name still fits its budget.
pub const MAX_NAME_BYTES: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Invite = 1,
    Response = 2,
    Results = 3,
    Backup = 4,
    /// Another link, encrypted with a passphrase.
    Sealed = 5,
}

impl LinkKind {
    fn from_nibble(n: u8) -> Option<LinkKind> {
        match n {
            1 => Some(LinkKind::Invite),
            2 => Some(LinkKind::Response),
            3 => Some(LinkKind::Results),
            4 => Some(LinkKind::Backup),
            5 => Some(LinkKind::Sealed),
            _ => None,
        }
    }

    /// The letter in the fragment path, for people reading the link.
    pub const fn letter(self) -> char {
        match self {
            LinkKind::Invite => 'i',
            LinkKind::Response => 'r',
            LinkKind::Results => 's',
            LinkKind::Backup => 'b',
            LinkKind::Sealed => 'p',
        }
    }
}

pub use crate::id::{MemberId, RoundId};

/// What an invite link carries: enough to start the questionnaire for this round.
/// A member's browser keeps it as it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    pub round: RoundId,
    /// Days since 1970-01-01 of the round's date.
    pub date_days: u16,
    pub ask_desired: bool,
    pub min_group: u8,
    pub instrument: Instrument,
    pub team_name: String,
    pub round_title: String,
    /// Format 5: an open round, in which a member may give their name. Anonymous (false)
    /// in older links and invitations kept before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    /// Format 5: the facilitator's own statements (at most `MAX_OWN_STATEMENTS`),
    /// answered on the instrument's scale, never part of its scores.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_statements: Vec<String>,
}

/// One statement's ratings in a response, in instrument order.
pub type RatingPair = (Option<Answer>, Option<Answer>);

/// One trade-off item's Rhineland points (0–10), now and desired, in dimension order.
pub type TradePair = (Option<u8>, Option<u8>);

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

/// A link protected with a passphrase: AES-GCM over another link's bytes, with a key
/// from PBKDF2-SHA256 (`PBKDF2_ITERATIONS`) of the passphrase and `salt`. The crypto
/// itself is the browser's (WebCrypto, in `platform::crypto`); this is the envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// What is inside, so the page can say "a protected results link".
    pub inner: LinkKind,
    pub salt: [u8; 16],
    pub iv: [u8; 12],
    /// Ciphertext with its 16-byte authentication tag.
    pub ciphertext: Vec<u8>,
}

/// PBKDF2-SHA256 rounds for a passphrase key: slow on purpose against guessing.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Invite(Invite),
    Response(Response),
    Results(Results),
    Sealed(Sealed),
}

impl Link {
    pub fn kind(&self) -> LinkKind {
        match self {
            Link::Invite(_) => LinkKind::Invite,
            Link::Response(_) => LinkKind::Response,
            Link::Results(_) => LinkKind::Results,
            Link::Sealed(_) => LinkKind::Sealed,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("empty")]
    Empty,
    #[error("too long to be a link ({0} characters)")]
    TooLong(usize),
    #[error("not a Teambalans link")]
    NotALink,
    #[error("the link is cut off")]
    Truncated,
    #[error("the checksum does not match")]
    Checksum,
    #[error("made by a newer Teambalans (format {0})")]
    NewerVersion(u8),
    #[error("asks a newer version of the questionnaire ({0})")]
    NewerInstrument(u8),
    #[error("unknown kind of link ({0})")]
    UnknownKind(u8),
    #[error("this kind of link cannot be opened here yet")]
    Unsupported(LinkKind),
    #[error("the content does not make sense: {0}")]
    Invalid(&'static str),
    #[error("a text is longer than {MAX_TEXT_BYTES} bytes")]
    TextTooLong,
}

impl LinkError {
    /// What the user reads: what is wrong, in plain language, and what to do.
    pub fn message(&self) -> Text {
        match self {
            LinkError::Empty => Text {
                nl: "Er is niets geplakt. Plak de hele link die je hebt gekregen.",
                en: "Nothing was pasted. Paste the whole link you received.",
            },
            LinkError::TooLong(_) => Text {
                nl: "Dit is te lang voor een Teambalans-link. Plak alleen de link zelf, niet het hele bericht.",
                en: "This is too long for a Teambalans link. Paste only the link itself, not the whole message.",
            },
            LinkError::NotALink => Text {
                nl: "Dit is geen Teambalans-link. Controleer of je de juiste link hebt gekopieerd.",
                en: "This is not a Teambalans link. Check that you copied the right link.",
            },
            LinkError::Truncated => Text {
                nl: "Deze link is afgebroken: er ontbreekt een stuk. Vraag de afzender om de link opnieuw te sturen, of kopieer hem in zijn geheel.",
                en: "This link is cut off: part of it is missing. Ask the sender to send it again, or copy all of it.",
            },
            LinkError::Checksum => Text {
                nl: "Deze link is onderweg veranderd (de controlesom klopt niet). Vraag de afzender om de link opnieuw te sturen.",
                en: "This link was changed on the way (its checksum does not match). Ask the sender to send it again.",
            },
            LinkError::NewerVersion(_) | LinkError::NewerInstrument(_) => Text {
                nl: "Deze link is gemaakt met een nieuwere Teambalans. Laad de pagina opnieuw om bij te werken en open de link dan nog eens.",
                en: "This link was made by a newer Teambalans. Reload the page to update, then open the link again.",
            },
            // Only a newer format or questionnaire is a matter of versions (above); a kind
            // this build does not make is not a link to open.
            LinkError::UnknownKind(_) | LinkError::Unsupported(_) => Text {
                nl: "Dit is geen link die je in Teambalans kunt openen. Vraag de afzender om de uitnodigings-, antwoord- of resultatenlink.",
                en: "This is not a link you can open in Teambalans. Ask the sender for the invite, response or results link.",
            },
            LinkError::Invalid(_) | LinkError::TextTooLong => Text {
                nl: "De inhoud van deze link klopt niet. Vraag de afzender om een nieuwe link.",
                en: "The content of this link does not add up. Ask the sender for a new link.",
            },
        }
    }
}

// ---------- encoding ----------

/// The payload (base64url) of a link.
pub fn encode(link: &Link) -> Result<String, LinkError> {
    Ok(base64url_encode(&to_bytes(link)?))
}

/// A link's bytes: header, fields, CRC-32. What a sealed link encrypts.
pub fn to_bytes(link: &Link) -> Result<Vec<u8>, LinkError> {
    let mut bytes = vec![(FORMAT_VERSION << 4) | link.kind() as u8];
    match link {
        Link::Invite(invite) => write_invite(invite, &mut bytes)?,
        Link::Response(response) => write_response(response, &mut bytes)?,
        Link::Results(results) => write_results(results, &mut bytes)?,
        Link::Sealed(sealed) => {
            if sealed.inner == LinkKind::Sealed || sealed.ciphertext.len() < 16 {
                return Err(LinkError::Invalid("sealed content"));
            }
            bytes.push(sealed.inner as u8);
            bytes.extend_from_slice(&sealed.salt);
            bytes.extend_from_slice(&sealed.iv);
            bytes.extend_from_slice(&sealed.ciphertext);
        }
    }
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    Ok(bytes)
}

/// The fragment for a link, e.g. `#/r/AbC…`.
pub fn to_fragment(link: &Link) -> Result<String, LinkError> {
    Ok(format!("#/{}/{}", link.kind().letter(), encode(link)?))
}

fn write_text(text: &str, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(LinkError::TextTooLong);
    }
    out.push(text.len() as u8);
    out.extend_from_slice(text.as_bytes());
    Ok(())
}

fn write_invite(invite: &Invite, out: &mut Vec<u8>) -> Result<(), LinkError> {
    out.extend_from_slice(&invite.round.0);
    out.extend_from_slice(&invite.date_days.to_be_bytes());
    out.push(u8::from(invite.ask_desired));
    out.push(invite.min_group);
    out.push(invite.instrument.id());
    write_text(&invite.team_name, out)?;
    write_text(&invite.round_title, out)?;
    // Format 5: the open flag, then the own statements.
    out.push(u8::from(invite.open));
    if invite.own_statements.len() > MAX_OWN_STATEMENTS {
        return Err(LinkError::Invalid("too many own statements"));
    }
    out.push(invite.own_statements.len() as u8);
    for statement in &invite.own_statements {
        if statement.is_empty() {
            return Err(LinkError::Invalid("an empty own statement"));
        }
        write_text(statement, out)?;
    }
    Ok(())
}

fn write_response(response: &Response, out: &mut Vec<u8>) -> Result<(), LinkError> {
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

fn write_name(name: &str, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(LinkError::Invalid("name length"));
    }
    write_text(name, out)
}

/// Own answers as digits (as a statement's "now") in one number; nothing for none.
fn write_own_answers(
    answers: &[Option<Answer>],
    instrument: Instrument,
    out: &mut Vec<u8>,
) -> Result<(), LinkError> {
    if !answers.is_empty() {
        let digits = answers
            .iter()
            .map(|a| answer_digit(*a, instrument))
            .collect::<Result<Vec<u8>, _>>()?;
        out.extend_from_slice(&pack_digits(&digits, answer_base(instrument)));
    }
    Ok(())
}

/// An answer's digit: 0 for none, else its id, if the instrument offers it.
fn answer_digit(answer: Option<Answer>, instrument: Instrument) -> Result<u8, LinkError> {
    match answer {
        None => Ok(0),
        Some(a) if Answer::options(instrument).contains(&a) => Ok(a.id()),
        Some(_) => Err(LinkError::Invalid("answer not in this instrument")),
    }
}

/// The base answers are packed in: one more than the highest answer id.
const fn answer_base(instrument: Instrument) -> u32 {
    match instrument {
        Instrument::V1 => 7,
        Instrument::V2 => 8,
    }
}

/// Trade-off digits: 0 not given, 1–11 for 0–10 points.
const TRADE_OFF_BASE: u32 = TRADE_OFF_POINTS as u32 + 2;

/// All "now" digits, then (when asked) all "desired" digits, as one number.
fn pack_ratings(
    ratings: &[RatingPair],
    has_desired: bool,
    instrument: Instrument,
) -> Result<Vec<u8>, LinkError> {
    let digit = |a: Option<Answer>| answer_digit(a, instrument);
    let mut digits: Vec<u8> = ratings
        .iter()
        .map(|(now, _)| digit(*now))
        .collect::<Result<_, _>>()?;
    if has_desired {
        for (_, desired) in ratings {
            digits.push(digit(*desired)?);
        }
    }
    Ok(pack_digits(&digits, answer_base(instrument)))
}

/// A count byte, then the trade-offs' digits ("now", then "desired") as one number.
fn write_trade_offs(
    trade_offs: &[TradePair],
    has_desired: bool,
    out: &mut Vec<u8>,
) -> Result<(), LinkError> {
    if trade_offs.len() > usize::from(u8::MAX) {
        return Err(LinkError::Invalid("too many trade-offs"));
    }
    let digit = |p: Option<u8>| match p {
        None => Ok(0),
        Some(p) if p <= TRADE_OFF_POINTS => Ok(p + 1),
        Some(_) => Err(LinkError::Invalid("trade-off out of range")),
    };
    let mut digits: Vec<u8> = trade_offs
        .iter()
        .map(|(now, _)| digit(*now))
        .collect::<Result<_, _>>()?;
    if has_desired {
        for (_, desired) in trade_offs {
            digits.push(digit(*desired)?);
        }
    }
    out.push(trade_offs.len() as u8);
    out.extend_from_slice(&pack_digits(&digits, TRADE_OFF_BASE));
    Ok(())
}

fn write_results(results: &Results, out: &mut Vec<u8>) -> Result<(), LinkError> {
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
/// status code (bits 0–1, and bit 4 for code 4 from format 5 on), "has a date" (bit 2)
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

// ---------- decoding ----------

/// Reads a link or its payload from whatever the user pasted or opened: a whole URL,
/// a bare payload, wrapped in `<…>`, percent-encoded, broken over lines by a mail
/// client. Never panics; every problem is a typed error.
pub fn decode(input: &str) -> Result<Link, LinkError> {
    let payload = extract_payload(input)?;
    let bytes = base64url_decode(&payload).ok_or(LinkError::NotALink)?;
    from_bytes(&bytes)
}

/// Reads a link's bytes (from base64url, or from inside a sealed link).
pub fn from_bytes(bytes: &[u8]) -> Result<Link, LinkError> {
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    let version = bytes[0] >> 4;
    if version == 0 {
        return Err(LinkError::NotALink);
    }
    if version > FORMAT_VERSION {
        // A newer version may have changed everything after the first byte.
        return Err(LinkError::NewerVersion(version));
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    let expected = u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(body) != expected {
        // A link cut off in a chat or mail is the usual cause: say so when the content
        // itself runs out before its end.
        return Err(match parse(bytes) {
            Err(LinkError::Truncated) => LinkError::Truncated,
            _ => LinkError::Checksum,
        });
    }
    parse(body)
}

/// Reads the content after the checks: `body` is the header byte and the fields.
fn parse(body: &[u8]) -> Result<Link, LinkError> {
    let header = *body.first().ok_or(LinkError::Truncated)?;
    let version = header >> 4;
    let kind = LinkKind::from_nibble(header & 0x0f).ok_or(LinkError::UnknownKind(header & 0x0f))?;
    let mut reader = Reader { bytes: &body[1..] };
    let link = match kind {
        LinkKind::Invite => Link::Invite(read_invite(&mut reader, version)?),
        LinkKind::Response => Link::Response(read_response(&mut reader, version)?),
        LinkKind::Results => Link::Results(read_results(&mut reader, version)?),
        LinkKind::Sealed => Link::Sealed(read_sealed(&mut reader)?),
        other => return Err(LinkError::Unsupported(other)),
    };
    if !reader.bytes.is_empty() {
        return Err(LinkError::Invalid("extra bytes"));
    }
    Ok(link)
}

/// Finds the base64url payload in pasted text.
fn extract_payload(input: &str) -> Result<String, LinkError> {
    if input.len() > MAX_INPUT_CHARS {
        return Err(LinkError::TooLong(input.chars().count()));
    }
    // Mail clients break long lines and wrap links in <…>; chat apps add quotes.
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    let decoded = percent_decode(&compact);
    let trimmed = decoded.trim_matches(|c: char| "<>\"'()[]{}.,;:!?".contains(c));
    if trimmed.is_empty() {
        return Err(LinkError::Empty);
    }
    let after = match trimmed.rfind('#') {
        Some(i) => &trimmed[i + 1..],
        None => trimmed,
    };
    let after = after.trim_start_matches('/');
    // `i/`, `r/`, `s/` or `b/` before the payload; the payload's own header decides.
    let payload = match after.split_once('/') {
        Some((letter, rest)) if letter.len() == 1 => rest,
        Some(_) => return Err(LinkError::NotALink),
        None => after,
    };
    let payload = payload.trim_end_matches(|c: char| "<>\"'()[]{}.,;:!?".contains(c));
    if payload.is_empty() {
        return Err(LinkError::Truncated);
    }
    if !payload.bytes().all(|b| base64url_value(b).is_some()) {
        return Err(LinkError::NotALink);
    }
    Ok(payload.to_string())
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], LinkError> {
        if self.bytes.len() < n {
            return Err(LinkError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, LinkError> {
        Ok(self.take(1)?[0])
    }

    fn id(&mut self) -> Result<[u8; 6], LinkError> {
        let b = self.take(6)?;
        Ok([b[0], b[1], b[2], b[3], b[4], b[5]])
    }

    fn text(&mut self) -> Result<String, LinkError> {
        let len = usize::from(self.byte()?);
        if len > MAX_TEXT_BYTES {
            return Err(LinkError::TextTooLong);
        }
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::Invalid("text is not UTF-8"))
    }

    fn u16(&mut self) -> Result<u16, LinkError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn instrument(&mut self) -> Result<Instrument, LinkError> {
        let id = self.byte()?;
        Instrument::from_id(id).ok_or(LinkError::NewerInstrument(id))
    }

    fn flag(&mut self) -> Result<bool, LinkError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(LinkError::Invalid("flag out of range")),
        }
    }
}

fn read_invite(r: &mut Reader, version: u8) -> Result<Invite, LinkError> {
    let round = RoundId(r.id()?);
    let date_days = r.u16()?;
    let ask_desired = r.flag()?;
    let min_group = r.byte()?;
    let instrument = r.instrument()?;
    let team_name = r.text()?;
    let round_title = r.text()?;
    let (open, own_statements) = if version >= 5 {
        let open = r.flag()?;
        let count = usize::from(r.byte()?);
        if count > MAX_OWN_STATEMENTS {
            return Err(LinkError::Invalid("too many own statements"));
        }
        let statements = (0..count)
            .map(|_| r.text())
            .collect::<Result<Vec<_>, _>>()?;
        if statements.iter().any(String::is_empty) {
            return Err(LinkError::Invalid("an empty own statement"));
        }
        (open, statements)
    } else {
        (false, Vec::new())
    };
    Ok(Invite {
        round,
        date_days,
        ask_desired,
        min_group,
        instrument,
        team_name,
        round_title,
        open,
        own_statements,
    })
}

/// A name (format 5): not empty, at most `MAX_NAME_BYTES`.
fn read_name(r: &mut Reader) -> Result<String, LinkError> {
    let name = r.text()?;
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(LinkError::Invalid("name length"));
    }
    Ok(name)
}

/// The inverse of `write_own_answers` for `count` answers.
fn read_own_answers(
    r: &mut Reader,
    count: usize,
    instrument: Instrument,
) -> Result<Vec<Option<Answer>>, LinkError> {
    if count == 0 {
        return Ok(Vec::new());
    }
    Ok(read_ratings(r, count, false, instrument)?
        .into_iter()
        .map(|(now, _)| now)
        .collect())
}

fn read_response(r: &mut Reader, version: u8) -> Result<Response, LinkError> {
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

/// The inverse of `pack_ratings`.
fn read_ratings(
    r: &mut Reader,
    count: usize,
    has_desired: bool,
    instrument: Instrument,
) -> Result<Vec<RatingPair>, LinkError> {
    let n_digits = count * if has_desired { 2 } else { 1 };
    let base = answer_base(instrument);
    let packed = r.take(packed_len(n_digits, base))?;
    let digits =
        unpack_digits(packed, n_digits, base).ok_or(LinkError::Invalid("answers out of range"))?;
    let answer = |d: u8| -> Result<Option<Answer>, LinkError> {
        match d {
            0 => Ok(None),
            d => Answer::from_id_in(d, instrument)
                .map(Some)
                .ok_or(LinkError::Invalid("unknown answer")),
        }
    };
    let mut ratings = Vec::with_capacity(count);
    for i in 0..count {
        let now = answer(digits[i])?;
        let desired = if has_desired {
            answer(digits[count + i])?
        } else {
            None
        };
        ratings.push((now, desired));
    }
    Ok(ratings)
}

fn read_sealed(r: &mut Reader) -> Result<Sealed, LinkError> {
    let inner = LinkKind::from_nibble(r.byte()?)
        .filter(|k| *k != LinkKind::Sealed)
        .ok_or(LinkError::Invalid("sealed kind"))?;
    let salt = r.take(16)?;
    let iv = r.take(12)?;
    let ciphertext = r.take(r.bytes.len())?.to_vec();
    if ciphertext.len() < 16 {
        return Err(LinkError::Truncated);
    }
    let mut s = [0u8; 16];
    s.copy_from_slice(salt);
    let mut v = [0u8; 12];
    v.copy_from_slice(iv);
    Ok(Sealed {
        inner,
        salt: s,
        iv: v,
        ciphertext,
    })
}

/// The inverse of `write_trade_offs`.
fn read_trade_offs(r: &mut Reader, has_desired: bool) -> Result<Vec<TradePair>, LinkError> {
    let count = usize::from(r.byte()?);
    let n_digits = count * if has_desired { 2 } else { 1 };
    let packed = r.take(packed_len(n_digits, TRADE_OFF_BASE))?;
    let digits = unpack_digits(packed, n_digits, TRADE_OFF_BASE)
        .ok_or(LinkError::Invalid("trade-offs out of range"))?;
    // Digits are below the base, so every digit but 0 is 0–10 points.
    let points = |d: u8| d.checked_sub(1);
    Ok((0..count)
        .map(|i| {
            let desired = if has_desired {
                points(digits[count + i])
            } else {
                None
            };
            (points(digits[i]), desired)
        })
        .collect())
}

fn read_results(r: &mut Reader, version: u8) -> Result<Results, LinkError> {
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

// ---------- packing digits into one number ----------

/// Bytes needed for `n` digits in `base` (the byte length of base^n − 1; at least 1).
pub fn packed_len(n: usize, base: u32) -> usize {
    let mut max: Vec<u8> = vec![1]; // little-endian base^0
    for _ in 0..n {
        mul_add(&mut max, base, 0);
    }
    // base^n − 1: subtract one (little-endian borrow), then drop leading zero bytes.
    for byte in max.iter_mut() {
        let (value, borrow) = byte.overflowing_sub(1);
        *byte = value;
        if !borrow {
            break;
        }
    }
    while max.last() == Some(&0) {
        max.pop();
    }
    max.len().max(1)
}

/// value = value * m + a, on a little-endian byte number.
fn mul_add(value: &mut Vec<u8>, m: u32, a: u32) {
    let mut carry = a;
    for byte in value.iter_mut() {
        let x = u32::from(*byte) * m + carry;
        *byte = (x & 0xff) as u8;
        carry = x >> 8;
    }
    while carry > 0 {
        value.push((carry & 0xff) as u8);
        carry >>= 8;
    }
}

/// Packs digits below `base` into one number, big-endian, `packed_len` bytes. Digits
/// are `u16` for a base above 256 (the trend's).
fn pack_digits<D: Copy + Into<u32>>(digits: &[D], base: u32) -> Vec<u8> {
    let mut value: Vec<u8> = Vec::new();
    for d in digits.iter().rev() {
        mul_add(&mut value, base, (*d).into());
    }
    value.resize(packed_len(digits.len(), base), 0);
    value.reverse();
    value
}

/// The inverse of `pack_digits`; `None` when the number holds more than `n` digits.
fn unpack_digits<D: TryFrom<u32>>(packed: &[u8], n: usize, base: u32) -> Option<Vec<D>> {
    let mut value: Vec<u8> = packed.to_vec(); // big-endian
    let mut digits = Vec::with_capacity(n);
    for _ in 0..n {
        let mut rem = 0u32;
        for byte in value.iter_mut() {
            let x = (rem << 8) | u32::from(*byte);
            *byte = (x / base) as u8;
            rem = x % base;
        }
        digits.push(D::try_from(rem).ok()?);
    }
    value.iter().all(|b| *b == 0).then_some(digits)
}

// ---------- CRC-32 and base64url ----------

/// CRC-32 (IEEE 802.3), bit by bit: links are short, so no table is needed.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url without padding; `None` for a character outside the alphabet or
/// an impossible length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u8> = text.bytes().map(base64url_value).collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (u32::from(*v) << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push(((n >> (16 - 8 * i)) & 0xff) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len)
                .map(|i| i.wrapping_mul(37).wrapping_add(250))
                .collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
    }

    #[test]
    fn digits_pack_tightly() {
        assert_eq!(packed_len(0, 7), 1);
        assert_eq!(packed_len(96, 7), 34); // 96 · log2(7) = 269.5 bits
        assert_eq!(packed_len(144, 8), 54); // 144 · 3 bits, exactly
        assert_eq!(packed_len(18, 12), 9); // 18 · log2(12) = 64.5 bits
        for base in [7, 8, 12] {
            let digits: Vec<u8> = (0..96).map(|i| (i % base) as u8).collect();
            assert_eq!(
                unpack_digits(&pack_digits(&digits, base), 96, base),
                Some(digits)
            );
        }
    }
}
