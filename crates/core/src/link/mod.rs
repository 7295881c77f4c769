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
//! 6 carries each earlier round's trend figures as that round's dashboard showed them
//! (whole steps of its version) instead of tenths, so a figure is rounded once, where it
//! was computed (issue 30, point 3). Formats 4 and 5 keep opening: their tenths are
//! rounded in the version's step, which can show a figure one step off where its exact
//! value lay within a twentieth of a point of halfway (see `read_trend_figures`). Other
//! kinds are as in format 5.
//!
//! The files: `codec` (what every kind shares), and one file per kind with its writer
//! beside its reader: `invite`, `response`, `results`, `sealed`. This file ties them
//! together (the `Link` enum, writing a link and reading whatever was pasted) and
//! re-exports every public name, so `link::Invite`, `link::decode` and the rest stay
//! where they were.

pub mod action_status;
pub mod codec;
pub mod invite;
pub mod names;
pub mod qr;
pub mod response;
pub mod results;
pub mod sealed;

pub use self::codec::{
    base64url_decode, base64url_encode, crc32, packed_len, LinkError, LinkKind, RatingPair,
    TradePair, FORMAT_VERSION, MAX_NAME_BYTES, MAX_OWN_STATEMENTS, MAX_TEXT_BYTES,
};
pub use self::invite::Invite;
pub use self::response::{
    revision_minutes, revision_ms, Response, MAX_STATEMENTS, REVISION_EPOCH_MS,
};
pub use self::results::{
    shown_from_tenths, ActionReview, AgreedAction, Results, ShownFigures, TrendEntry,
    MAX_LINK_ACTIONS, MAX_RESULTS_RESPONDENTS, MAX_TREND_ROUNDS, SHOWN_TREND_FROM_FORMAT,
    TREND_TENTHS,
};
pub use self::sealed::{Sealed, PBKDF2_ITERATIONS};
pub use crate::id::{MemberId, RoundId};

use self::codec::{base64url_value, Reader};
use self::invite::{read_invite, write_invite};
use self::response::{read_response, write_response};
use self::results::{read_results, write_results};
use self::sealed::{read_sealed, write_sealed};

/// Input longer than this is not a link (a whole mail pasted, say); refused unread.
pub const MAX_INPUT_CHARS: usize = 20_000;

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

/// The payload (base64url) of a link.
pub fn encode(link: &Link) -> Result<String, LinkError> {
    Ok(base64url_encode(&to_bytes(link)?))
}

/// A link's bytes: header, fields, CRC-32. What a sealed link encrypts.
pub fn to_bytes(link: &Link) -> Result<Vec<u8>, LinkError> {
    framed(link.kind(), |bytes| match link {
        Link::Invite(invite) => write_invite(invite, bytes),
        Link::Response(response) => write_response(response, bytes),
        Link::Results(results) => write_results(results, bytes),
        Link::Sealed(sealed) => write_sealed(sealed, bytes),
    })
}

/// A response's bytes, as `to_bytes` writes them. The member's front-end writes only
/// responses and their sealed envelopes, so it carries no other kind's writer.
pub fn response_bytes(response: &Response) -> Result<Vec<u8>, LinkError> {
    framed(LinkKind::Response, |bytes| write_response(response, bytes))
}

/// A sealed link's bytes, as `to_bytes` writes them.
pub fn sealed_bytes(sealed: &Sealed) -> Result<Vec<u8>, LinkError> {
    framed(LinkKind::Sealed, |bytes| write_sealed(sealed, bytes))
}

/// The header, the fields `write` puts, and the CRC-32.
fn framed(
    kind: LinkKind,
    write: impl FnOnce(&mut Vec<u8>) -> Result<(), LinkError>,
) -> Result<Vec<u8>, LinkError> {
    let mut bytes = vec![(FORMAT_VERSION << 4) | kind as u8];
    write(&mut bytes)?;
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    Ok(bytes)
}

/// The fragment for a link, e.g. `#/r/AbC…`.
pub fn to_fragment(link: &Link) -> Result<String, LinkError> {
    Ok(fragment_of(link.kind(), &to_bytes(link)?))
}

/// The fragment for a link of `kind` written as `bytes` (by `to_bytes` or a kind's own
/// writer).
pub fn fragment_of(kind: LinkKind, bytes: &[u8]) -> String {
    format!("#/{}/{}", kind.letter(), base64url_encode(bytes))
}

/// Reads a link or its payload from whatever the user pasted or opened: a whole URL,
/// a bare payload, wrapped in `<…>`, percent-encoded, broken over lines by a mail
/// client. Never panics; every problem is a typed error.
pub fn decode(input: &str) -> Result<Link, LinkError> {
    let payload = extract_payload(input)?;
    let bytes = base64url_decode(&payload).ok_or(LinkError::NotALink)?;
    from_bytes(&bytes)
}

/// Reads an invite, and only an invite: any other kind of readable link is
/// `Unsupported(kind)`, unread. The member's front-end opens invites only and hands every
/// other link to the whole app, so it does not carry the other kinds' readers.
pub fn decode_invite(input: &str) -> Result<Invite, LinkError> {
    let payload = extract_payload(input)?;
    let bytes = base64url_decode(&payload).ok_or(LinkError::NotALink)?;
    match checked::<false>(&bytes)? {
        Link::Invite(invite) => Ok(invite),
        other => Err(LinkError::Unsupported(other.kind())),
    }
}

/// Reads a link's bytes (from base64url, or from inside a sealed link).
pub fn from_bytes(bytes: &[u8]) -> Result<Link, LinkError> {
    checked::<true>(bytes)
}

/// The checks every link passes, then its content: every kind (`ALL`), or invites only.
fn checked<const ALL: bool>(bytes: &[u8]) -> Result<Link, LinkError> {
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
        return Err(match parse::<ALL>(bytes) {
            Err(LinkError::Truncated) => LinkError::Truncated,
            _ => LinkError::Checksum,
        });
    }
    parse::<ALL>(body)
}

/// Reads the content after the checks: `body` is the header byte and the fields; with
/// `ALL` false only an invite (another kind is `Unsupported`, unread).
fn parse<const ALL: bool>(body: &[u8]) -> Result<Link, LinkError> {
    let header = *body.first().ok_or(LinkError::Truncated)?;
    let version = header >> 4;
    let kind = LinkKind::from_nibble(header & 0x0f).ok_or(LinkError::UnknownKind(header & 0x0f))?;
    let mut reader = Reader { bytes: &body[1..] };
    let link = match kind {
        LinkKind::Invite => Link::Invite(read_invite(&mut reader, version)?),
        other if !ALL => return Err(LinkError::Unsupported(other)),
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
