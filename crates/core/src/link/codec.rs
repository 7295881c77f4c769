//! The codec every link kind shares: the header's kind and format version, the errors a
//! reader meets, texts and names, answers and trade-offs as the digits of one number,
//! CRC-32 and base64url. Each kind's writer and reader sit beside it in a file of their
//! own (`invite`, `response`, `results`, `sealed`).

use thiserror::Error;

use crate::instrument::answers::{Answer, TRADE_OFF_POINTS};
use crate::instrument::Instrument;
use crate::text::Text;

/// The version this build writes. Older versions keep decoding.
pub const FORMAT_VERSION: u8 = 6;

/// Longest team name or round title a link carries, in bytes of UTF-8.
pub const MAX_TEXT_BYTES: usize = 80;

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
    pub(super) fn from_nibble(n: u8) -> Option<LinkKind> {
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

/// One statement's ratings in a response, in instrument order.
pub type RatingPair = (Option<Answer>, Option<Answer>);

/// One trade-off item's Rhineland points (0–10), now and desired, in dimension order.
pub type TradePair = (Option<u8>, Option<u8>);

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

pub(super) fn write_text(text: &str, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(LinkError::TextTooLong);
    }
    out.push(text.len() as u8);
    out.extend_from_slice(text.as_bytes());
    Ok(())
}

pub(super) fn write_name(name: &str, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(LinkError::Invalid("name length"));
    }
    write_text(name, out)
}

/// Own answers as digits (as a statement's "now") in one number; nothing for none.
pub(super) fn write_own_answers(
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
fn answer_base(instrument: Instrument) -> u32 {
    instrument.rules().answer_base()
}

/// Trade-off digits: 0 not given, 1–11 for 0–10 points.
const TRADE_OFF_BASE: u32 = TRADE_OFF_POINTS as u32 + 2;

/// All "now" digits, then (when asked, and where the version asks it of statements) all
/// "desired" digits, as one number.
pub(super) fn pack_ratings(
    ratings: &[RatingPair],
    has_desired: bool,
    instrument: Instrument,
) -> Result<Vec<u8>, LinkError> {
    let has_desired = has_desired && instrument.rules().desired_statements;
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
pub(super) fn write_trade_offs(
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

pub(super) struct Reader<'a> {
    pub(super) bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], LinkError> {
        if self.bytes.len() < n {
            return Err(LinkError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub(super) fn byte(&mut self) -> Result<u8, LinkError> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn id(&mut self) -> Result<[u8; 6], LinkError> {
        let b = self.take(6)?;
        Ok([b[0], b[1], b[2], b[3], b[4], b[5]])
    }

    pub(super) fn text(&mut self) -> Result<String, LinkError> {
        let len = usize::from(self.byte()?);
        if len > MAX_TEXT_BYTES {
            return Err(LinkError::TextTooLong);
        }
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::Invalid("text is not UTF-8"))
    }

    pub(super) fn u16(&mut self) -> Result<u16, LinkError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub(super) fn instrument(&mut self) -> Result<Instrument, LinkError> {
        let id = self.byte()?;
        Instrument::from_id(id).ok_or(LinkError::NewerInstrument(id))
    }

    pub(super) fn flag(&mut self) -> Result<bool, LinkError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(LinkError::Invalid("flag out of range")),
        }
    }
}

/// A name (format 5): not empty, at most `MAX_NAME_BYTES`.
pub(super) fn read_name(r: &mut Reader) -> Result<String, LinkError> {
    let name = r.text()?;
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(LinkError::Invalid("name length"));
    }
    Ok(name)
}

/// The inverse of `write_own_answers` for `count` answers.
pub(super) fn read_own_answers(
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

/// The inverse of `pack_ratings`.
pub(super) fn read_ratings(
    r: &mut Reader,
    count: usize,
    has_desired: bool,
    instrument: Instrument,
) -> Result<Vec<RatingPair>, LinkError> {
    // A version that asks "where we want to go" of its trade-offs only carries none here.
    let has_desired = has_desired && instrument.rules().desired_statements;
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

/// The inverse of `write_trade_offs`.
pub(super) fn read_trade_offs(
    r: &mut Reader,
    has_desired: bool,
) -> Result<Vec<TradePair>, LinkError> {
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
pub(super) fn pack_digits<D: Copy + Into<u32>>(digits: &[D], base: u32) -> Vec<u8> {
    let mut value: Vec<u8> = Vec::new();
    for d in digits.iter().rev() {
        mul_add(&mut value, base, (*d).into());
    }
    value.resize(packed_len(digits.len(), base), 0);
    value.reverse();
    value
}

/// The inverse of `pack_digits`; `None` when the number holds more than `n` digits.
pub(super) fn unpack_digits<D: TryFrom<u32>>(packed: &[u8], n: usize, base: u32) -> Option<Vec<D>> {
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

pub(super) fn base64url_value(c: u8) -> Option<u8> {
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
