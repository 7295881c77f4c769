//! Taking pasted links in: what each pasted link is, before anything is stored, and
//! what it means where it was pasted. A response is taken into its round; nothing is
//! ever overwritten silently: a changed response from the same member comes back as
//! `Changed`, for the facilitator to keep or replace. Every other kind of link this
//! build makes is accepted too: an invite or results link is opened (or offered to open),
//! a protected link waits for its passphrase and is then taken as if the link inside had
//! been pasted.

use crate::instrument::answers::{Answer, Horizon};
use crate::instrument::StatementId;
use crate::link::{decode, Link, LinkError, LinkKind, Response, RoundId, Sealed};
use crate::round::responses::{known, KnownRound, MemberResponse};
use crate::round::team_book::{Applied, RoundError, TeamBook};

/// Where links are pasted: the open-link page, or one round's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastePlace {
    OpenLink,
    Round(RoundId),
}

/// What a pasted link would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new member's response for a round we know.
    Added {
        round: RoundId,
        response: MemberResponse,
    },
    /// Exactly what is stored already: nothing to do.
    AlreadyThere { round: RoundId },
    /// An older response of a member whose newer one is stored (a chat pasted again):
    /// nothing changes, and it is never offered in place of the newer one.
    Older { round: RoundId },
    /// The same member answered differently, and this response is not older than the
    /// stored one: shown side by side, the facilitator chooses.
    Changed {
        round: RoundId,
        stored: MemberResponse,
        incoming: MemberResponse,
    },
    /// A response for a round this browser does not know (yet).
    UnknownRound {
        round: RoundId,
        response: MemberResponse,
    },
    /// A valid link, but not a response (an invite pasted by mistake, say).
    NotAResponse(LinkKind),
    /// Not readable: the reason, in the link error's plain language.
    Broken(LinkError),
}

/// Classifies one pasted link against the rounds this browser knows.
pub fn classify(input: &str, rounds: &[KnownRound]) -> ImportOutcome {
    match decode(input) {
        Ok(Link::Response(response)) => classify_response(response, rounds),
        Ok(other) => ImportOutcome::NotAResponse(other.kind()),
        Err(error) => ImportOutcome::Broken(error),
    }
}

/// Classifies one response against the rounds this browser knows.
pub fn classify_response(response: Response, rounds: &[KnownRound]) -> ImportOutcome {
    let incoming = MemberResponse {
        member: response.member,
        revision: response.revision,
        instrument: response.instrument,
        has_desired: response.has_desired,
        ratings: response.ratings,
        trade_offs: response.trade_offs,
        facilitator: response.facilitator,
        name: response.name,
        own_answers: response.own_answers,
    };
    let round = response.round;
    let Some(known) = rounds.iter().find(|r| r.id == round) else {
        return ImportOutcome::UnknownRound {
            round,
            response: incoming,
        };
    };
    if known.instrument != incoming.instrument {
        // A round asks one version; answers to another cannot be counted with it.
        return ImportOutcome::Broken(LinkError::Invalid("another questionnaire version"));
    }
    match known.responses.iter().find(|r| r.member == incoming.member) {
        None => ImportOutcome::Added {
            round,
            response: incoming,
        },
        Some(stored)
            if stored.ratings == incoming.ratings
                && stored.trade_offs == incoming.trade_offs
                && stored.has_desired == incoming.has_desired
                && stored.own_answers == incoming.own_answers
                && stored.name == incoming.name
                && stored.facilitator == incoming.facilitator =>
        {
            ImportOutcome::AlreadyThere { round }
        }
        Some(stored) if incoming.revision < stored.revision => ImportOutcome::Older { round },
        Some(stored) => ImportOutcome::Changed {
            round,
            stored: stored.clone(),
            incoming,
        },
    }
}

/// A member's short code: four characters from their id in this round, shown on their
/// own result and beside their pasted link, so a coach can ask "whose link is K7F2?"
/// without seeing a name. The same for every correction the member sends.
pub fn short_code(member: crate::id::MemberId) -> String {
    // Crockford's base 32: no I, L, O or U to misread.
    const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bits = u32::from_be_bytes([member.0[0], member.0[1], member.0[2], member.0[3]]);
    (0..4)
        .map(|i| char::from(DIGITS[((bits >> (27 - 5 * i)) & 31) as usize]))
        .collect()
}

/// What a pasted response link says about itself, to tell rows apart and name the
/// facilitator's own: the day it was answered (days since 1970), the member's short code,
/// and whether the facilitator made it. Read once, when the link is taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowFacts {
    pub answered_days: u16,
    pub code: String,
    pub facilitator: bool,
}

impl RowFacts {
    /// The facts of a response; `None` for any other link (whose start and end are shown
    /// instead).
    pub fn of(link: &Link) -> Option<RowFacts> {
        match link {
            Link::Response(r) => Some(RowFacts {
                answered_days: crate::dates::days_of_ms(r.revision),
                code: short_code(r.member),
                facilitator: r.facilitator,
            }),
            _ => None,
        }
    }
}

impl ImportRow {
    /// A response the facilitator gave in the browser that holds its round: named as
    /// their own wherever pasted rows are listed (issue 30, point 8).
    pub fn is_facilitators(&self) -> bool {
        self.facts.as_ref().is_some_and(|f| f.facilitator)
    }

    /// Added to a round: the round.
    pub fn added_to(&self) -> Option<RoundId> {
        match self.result {
            ImportResult::Added(r) | ImportResult::AddedToNewRound(r) => Some(r),
            _ => None,
        }
    }
}

/// How many pasted rows were added and counted, and how many were the facilitator's
/// own answers kept apart (`kept_apart(round)`: the round keeps them out of its figures).
pub fn added_counts(rows: &[ImportRow], kept_apart: impl Fn(RoundId) -> bool) -> (usize, usize) {
    rows.iter()
        .filter_map(|row| Some((row.added_to()?, row.is_facilitators())))
        .fold((0, 0), |(added, apart), (round, own)| {
            if own && kept_apart(round) {
                (added, apart + 1)
            } else {
                (added + 1, apart)
            }
        })
}

/// One pasted link and what importing it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// The link as found in the pasted text.
    pub input: String,
    pub result: ImportResult,
    /// What a readable response link says about itself; `None` for anything else.
    pub facts: Option<RowFacts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportResult {
    Added(RoundId),
    /// Its round was not known here; it was made, marked as made from a response.
    AddedToNewRound(RoundId),
    AlreadyThere(RoundId),
    /// An older response of a member whose newer one is stored: nothing changed.
    Older(RoundId),
    /// Waiting for the facilitator: keep the stored answers or take the incoming ones.
    Conflict {
        round: RoundId,
        stored: MemberResponse,
        incoming: MemberResponse,
    },
    /// The invite of the round whose box it was pasted into: it is for the team members.
    OwnInvite,
    /// An invite or results link (never a response): where links are opened it opens at
    /// once, on a round's page it is offered to open.
    Open(Link),
    /// A protected link whose passphrase is asked here; once opened, the link inside is
    /// taken as if it had been pasted (`import_link`).
    Locked(Sealed),
    /// A protected invite or results link pasted into a round's box: not a response, so
    /// its passphrase is not asked here; it is offered to open on its own page, which asks.
    LockedElsewhere(Sealed),
    Broken(LinkError),
    /// Readable, but it could not be taken in (its round was deleted here, say).
    Refused(RoundId, RoundError),
    /// A conflict the facilitator settled by keeping the stored answers.
    Kept(RoundId),
    /// A conflict the facilitator settled by taking the incoming answers.
    Replaced(RoundId),
}

/// One rating that differs between two responses of the same member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    pub statement: StatementId,
    pub horizon: Horizon,
    pub stored: Option<Answer>,
    pub incoming: Option<Answer>,
}

/// Every rating that differs, in instrument order: what the conflict view shows.
pub fn differences(stored: &MemberResponse, incoming: &MemberResponse) -> Vec<Difference> {
    let len = stored.ratings.len().max(incoming.ratings.len());
    (0..len)
        .map_while(|i| Some((i, incoming.instrument.statement_at(i)?)))
        .flat_map(|(i, def)| {
            differing(&stored.ratings, &incoming.ratings, i).map(move |(horizon, a, b)| {
                Difference {
                    statement: def.id,
                    horizon,
                    stored: a,
                    incoming: b,
                }
            })
        })
        .collect()
}

/// The horizons in which item `i` of two lists of (now, desired) pairs differs, with
/// both values; a missing item counts as unanswered.
fn differing<T: Copy + PartialEq>(
    stored: &[(Option<T>, Option<T>)],
    incoming: &[(Option<T>, Option<T>)],
    i: usize,
) -> impl Iterator<Item = (Horizon, Option<T>, Option<T>)> {
    let (s_now, s_desired) = stored.get(i).copied().unwrap_or((None, None));
    let (i_now, i_desired) = incoming.get(i).copied().unwrap_or((None, None));
    [
        (Horizon::Now, s_now, i_now),
        (Horizon::Desired, s_desired, i_desired),
    ]
    .into_iter()
    .filter(|(_, a, b)| a != b)
}

/// One trade-off item whose points differ between two responses of the same member
/// (Rhineland points, as stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TradeOffDifference {
    pub dimension: u8,
    pub horizon: Horizon,
    pub stored: Option<u8>,
    pub incoming: Option<u8>,
}

/// Every trade-off that differs, in dimension order.
pub fn trade_off_differences(
    stored: &MemberResponse,
    incoming: &MemberResponse,
) -> Vec<TradeOffDifference> {
    incoming
        .instrument
        .dimensions()
        .flat_map(|dimension| {
            differing(&stored.trade_offs, &incoming.trade_offs, dimension.index).map(
                move |(horizon, a, b)| TradeOffDifference {
                    dimension: dimension.id,
                    horizon,
                    stored: a,
                    incoming: b,
                },
            )
        })
        .collect()
}

/// Takes in every link in `text` pasted at `place`: new responses are added at once
/// (making their round if it is unknown), identical ones are ignored, changed ones wait
/// for the facilitator; other links are told what they are for (`import_link`). Links
/// are handled in order, so the same link pasted twice shows as added and then as
/// already there.
pub fn import_all(
    text: &str,
    place: PastePlace,
    book: &mut TeamBook,
    now_ms: i64,
) -> Vec<ImportRow> {
    let mut candidates = split_pasted(text);
    if candidates.is_empty() {
        candidates.push(String::new());
    }
    candidates
        .into_iter()
        .map(|input| {
            let (result, facts) = match decode(&input) {
                Ok(link) => {
                    let facts = RowFacts::of(&link);
                    (import_link(link, place, book, now_ms), facts)
                }
                Err(error) => (ImportResult::Broken(error), None),
            };
            ImportRow {
                input,
                result,
                facts,
            }
        })
        .collect()
}

/// What one readable link pasted at `place` does: the rule for every kind of link in
/// every place where links can be pasted.
///
/// | link              | a round's box                       | the open-link page      |
/// |-------------------|-------------------------------------|-------------------------|
/// | response          | taken into its round                | taken into its round    |
/// | this round's invite | `OwnInvite`: for the team         | `Open`                  |
/// | other invite      | `Open` (offered)                    | `Open`                  |
/// | results           | `Open` (offered)                    | `Open`                  |
/// | protected response | `Locked`: passphrase asked here    | `Locked`                |
/// | protected other   | `LockedElsewhere`: offered to open  | `Locked`                |
pub fn import_link(
    link: Link,
    place: PastePlace,
    book: &mut TeamBook,
    now_ms: i64,
) -> ImportResult {
    match (link, place) {
        (Link::Response(response), _) => import_response(response, book, now_ms),
        (Link::Invite(invite), PastePlace::Round(round)) if invite.round == round => {
            ImportResult::OwnInvite
        }
        (link @ (Link::Invite(_) | Link::Results(_)), _) => ImportResult::Open(link),
        (Link::Sealed(sealed), PastePlace::Round(_)) if sealed.inner != LinkKind::Response => {
            ImportResult::LockedElsewhere(sealed)
        }
        (Link::Sealed(sealed), _) => ImportResult::Locked(sealed),
    }
}

/// The link to open at once after a paste at `place`: on the open-link page, a single
/// invite or results link opens straight away (several are each offered to open).
pub fn open_at_once(place: PastePlace, rows: &[ImportRow]) -> Option<Link> {
    match (place, rows) {
        (PastePlace::OpenLink, [row]) => opens(place, &row.result),
        _ => None,
    }
}

/// The link to open at once for one result at `place` (an unlocked link, say).
pub fn opens(place: PastePlace, result: &ImportResult) -> Option<Link> {
    match (place, result) {
        (PastePlace::OpenLink, ImportResult::Open(link)) => Some(link.clone()),
        _ => None,
    }
}

fn import_response(mut response: Response, book: &mut TeamBook, now_ms: i64) -> ImportResult {
    // An anonymous round (or one not known here) never takes a name, so a name alone
    // never makes a response look changed either.
    if !book.round(response.round).is_some_and(|r| r.open) {
        response.name = None;
    }
    // Only the response's own round can hold its member: reading every round's responses
    // for every pasted link made a paste as slow as everything stored (200 links beside
    // 500 stored rounds: 3 s natively).
    let rounds: Vec<_> = book
        .round(response.round)
        .map(|r| (r.id, r.instrument, r.member_responses()))
        .into_iter()
        .collect();
    match classify_response(response, &known(&rounds)) {
        ImportOutcome::Added { round, response }
        | ImportOutcome::UnknownRound { round, response } => {
            match book.add_response(round, &response, now_ms) {
                Ok(Applied::AddedToNewRound) => ImportResult::AddedToNewRound(round),
                Ok(_) => ImportResult::Added(round),
                Err(error) => ImportResult::Refused(round, error),
            }
        }
        ImportOutcome::AlreadyThere { round } => ImportResult::AlreadyThere(round),
        ImportOutcome::Older { round } => ImportResult::Older(round),
        ImportOutcome::Changed {
            round,
            stored,
            incoming,
        } => ImportResult::Conflict {
            round,
            stored,
            incoming,
        },
        // `classify_response` never says this of a response; kept total all the same.
        ImportOutcome::NotAResponse(_) => {
            ImportResult::Broken(LinkError::Invalid("not a response"))
        }
        ImportOutcome::Broken(error) => ImportResult::Broken(error),
    }
}

/// Splits pasted text into candidate links: one per `#/<kind>/` marker, with the line
/// breaks a mail client put inside a link joined again. Text without any marker is
/// treated as one candidate per non-empty line (bare payloads).
pub fn split_pasted(text: &str) -> Vec<String> {
    const MARKERS: [&str; 5] = ["#/i/", "#/r/", "#/s/", "#/b/", "#/p/"];
    let starts: Vec<usize> = (0..text.len())
        .filter(|i| text.is_char_boundary(*i))
        .filter(|i| MARKERS.iter().any(|m| text[*i..].starts_with(m)))
        .collect();
    if starts.is_empty() {
        return text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
    }
    let mut out = Vec::with_capacity(starts.len());
    for (n, start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        out.push(join_broken_link(&text[*start..end]));
    }
    out
}

/// A link from `#/x/` on: its payload may be broken over lines by a mail client, and
/// ordinary text may follow it. Tries the longest run of lines that decodes; if none
/// does, keeps the first line's part, which then shows as broken.
fn join_broken_link(chunk: &str) -> String {
    let (marker, rest) = chunk.split_at(4);
    let is_payload = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut pieces: Vec<String> = Vec::new();
    for line in rest.split('\n') {
        let line = line.trim();
        let piece: String = line.chars().take_while(|c| is_payload(*c)).collect();
        if piece.is_empty() {
            break;
        }
        let whole_line = piece.len() == line.len();
        pieces.push(piece);
        if !whole_line {
            break;
        }
    }
    for take in (1..=pieces.len()).rev() {
        let candidate = format!("{marker}{}", pieces[..take].concat());
        if decode(&candidate).is_ok() {
            return candidate;
        }
    }
    format!(
        "{marker}{}",
        pieces.first().map(String::as_str).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::Level;
    use crate::instrument::Instrument;
    use crate::link::{to_fragment, Invite, MemberId, Results, REVISION_EPOCH_MS};

    const ROUND: RoundId = RoundId([1, 1, 1, 1, 1, 1]);

    fn response(member: u8, level: Level) -> Response {
        Response {
            round: ROUND,
            member: MemberId([member; 6]),
            revision: REVISION_EPOCH_MS + 10,
            instrument: Instrument::V2,
            has_desired: false,
            ratings: vec![(Some(Answer::Level(level)), None); 72],
            trade_offs: vec![(Some(4), None); 9],
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        }
    }

    fn stored(r: &Response) -> MemberResponse {
        MemberResponse {
            member: r.member,
            revision: r.revision,
            instrument: r.instrument,
            has_desired: r.has_desired,
            ratings: r.ratings.clone(),
            trade_offs: r.trade_offs.clone(),
            facilitator: r.facilitator,
            name: r.name.clone(),
            own_answers: r.own_answers.clone(),
        }
    }

    fn link(r: Response) -> String {
        to_fragment(&Link::Response(r)).unwrap()
    }

    #[test]
    fn new_identical_changed_unknown_and_broken_are_told_apart() {
        let anna = response(1, Level::Partly);
        let kept = [stored(&anna)];
        let rounds = [KnownRound {
            id: ROUND,
            instrument: Instrument::V2,
            responses: &kept,
        }];

        assert!(matches!(
            classify(&link(response(2, Level::Largely)), &rounds),
            ImportOutcome::Added { .. }
        ));
        assert_eq!(
            classify(&link(anna.clone()), &rounds),
            ImportOutcome::AlreadyThere { round: ROUND }
        );
        let mut changed = anna.clone();
        changed.ratings[3] = (Some(Answer::Skip), None);
        changed.revision = anna.revision + 1;
        match classify(&link(changed.clone()), &rounds) {
            ImportOutcome::Changed {
                stored: s,
                incoming,
                ..
            } => {
                assert_eq!(s, stored(&anna));
                assert_eq!(incoming, stored(&changed));
            }
            other => panic!("{other:?}"),
        }
        // Only a trade-off changed: still a change, shown as one.
        let mut divided = anna.clone();
        divided.trade_offs[8] = (Some(9), None);
        divided.revision = anna.revision + 1;
        match classify(&link(divided), &rounds) {
            ImportOutcome::Changed {
                stored: s,
                incoming,
                ..
            } => {
                assert!(differences(&s, &incoming).is_empty());
                let trade = trade_off_differences(&s, &incoming);
                assert_eq!(trade.len(), 1);
                assert_eq!((trade[0].stored, trade[0].incoming), (Some(4), Some(9)));
            }
            other => panic!("{other:?}"),
        }
        // A version 1 response for this version 2 round cannot count with it.
        let mut old = response(4, Level::Partly);
        old.instrument = Instrument::V1;
        old.ratings.truncate(40);
        old.trade_offs.clear();
        assert!(matches!(
            classify(&link(old), &rounds),
            ImportOutcome::Broken(LinkError::Invalid(_))
        ));
        // The same change made a millisecond earlier than what is stored: older, never
        // offered in place of the stored answers.
        changed.revision = anna.revision - 1;
        assert_eq!(
            classify(&link(changed), &rounds),
            ImportOutcome::Older { round: ROUND }
        );
        let mut elsewhere = response(3, Level::ALittle);
        elsewhere.round = RoundId([9; 6]);
        assert!(matches!(
            classify(&link(elsewhere), &rounds),
            ImportOutcome::UnknownRound {
                round: RoundId([9, 9, 9, 9, 9, 9]),
                ..
            }
        ));
        assert!(matches!(
            classify("#/r/garbage!!", &rounds),
            ImportOutcome::Broken(_)
        ));
        let invite = to_fragment(&Link::Invite(invite_of(ROUND))).unwrap();
        assert_eq!(
            classify(&invite, &rounds),
            ImportOutcome::NotAResponse(LinkKind::Invite)
        );
    }

    #[test]
    fn pasted_text_with_several_links_and_mail_line_breaks_splits_into_links() {
        let a = link(response(1, Level::Partly));
        let b = link(response(2, Level::Completely));
        let (b1, b2) = b.split_at(30);
        let text = format!(
            "Hoi! Hier is mijn link:\nhttps://x.example/app/{a}\n\nEn van Piet: <https://x.example/app/{b1}\n{b2}> groet"
        );
        let parts = split_pasted(&text);
        assert_eq!(parts, vec![a, b]);
    }

    #[test]
    fn bare_payloads_are_one_per_line() {
        assert_eq!(split_pasted("abc\n\n  def  \n"), vec!["abc", "def"]);
        assert!(split_pasted("").is_empty());
    }

    fn invite_of(round: RoundId) -> Invite {
        Invite {
            round,
            date_days: 1,
            ask_desired: false,
            min_group: 3,
            instrument: Instrument::V2,
            team_name: "T".into(),
            round_title: "R".into(),
            open: false,
            own_statements: Vec::new(),
        }
    }

    fn sealed(inner: LinkKind) -> Sealed {
        Sealed {
            inner,
            salt: [1; 16],
            iv: [2; 12],
            ciphertext: vec![3; 40],
        }
    }

    fn results() -> Link {
        Link::Results(Results {
            round: invite_of(ROUND),
            has_desired: false,
            statements: 0,
            respondents: Vec::new(),
            trade_offs: Vec::new(),
            trend: Vec::new(),
            review: None,
            actions: Vec::new(),
            own_answers: Vec::new(),
            names: Vec::new(),
        })
    }

    #[test]
    fn every_kind_of_link_is_taken_in_every_paste_place() {
        let other = RoundId([9; 6]);
        let here = PastePlace::Round(ROUND);
        let open = PastePlace::OpenLink;
        let mut book = TeamBook::default();
        let now = REVISION_EPOCH_MS + 100;
        let mut take = |link: Link, place| import_link(link, place, &mut book, now);

        // A response is taken into its round wherever it is pasted.
        assert_eq!(
            take(Link::Response(response(1, Level::Partly)), here),
            ImportResult::AddedToNewRound(ROUND)
        );
        assert_eq!(
            take(Link::Response(response(1, Level::Partly)), open),
            ImportResult::AlreadyThere(ROUND)
        );
        // This round's own invite, pasted into its box: it is for the team.
        assert_eq!(
            take(Link::Invite(invite_of(ROUND)), here),
            ImportResult::OwnInvite
        );
        // Another round's invite, a results link, or any invite where links are opened:
        // opened.
        let elsewhere = Link::Invite(invite_of(other));
        assert_eq!(take(elsewhere.clone(), here), ImportResult::Open(elsewhere));
        let own = Link::Invite(invite_of(ROUND));
        assert_eq!(take(own.clone(), open), ImportResult::Open(own));
        assert_eq!(take(results(), here), ImportResult::Open(results()));
        assert_eq!(take(results(), open), ImportResult::Open(results()));
        // Protected: a response asks its passphrase in both places; another kind asks it
        // where links are opened, and is offered to open from a round's box.
        for place in [here, open] {
            assert_eq!(
                take(Link::Sealed(sealed(LinkKind::Response)), place),
                ImportResult::Locked(sealed(LinkKind::Response))
            );
        }
        for kind in [LinkKind::Invite, LinkKind::Results] {
            assert_eq!(
                take(Link::Sealed(sealed(kind)), here),
                ImportResult::LockedElsewhere(sealed(kind))
            );
            assert_eq!(
                take(Link::Sealed(sealed(kind)), open),
                ImportResult::Locked(sealed(kind))
            );
        }
    }

    #[test]
    fn a_single_invite_or_results_link_opens_at_once_only_where_links_are_opened() {
        let row = |result| ImportRow {
            input: String::new(),
            result,
            facts: None,
        };
        let open = PastePlace::OpenLink;
        let here = PastePlace::Round(ROUND);
        let one = [row(ImportResult::Open(results()))];
        assert_eq!(open_at_once(open, &one), Some(results()));
        assert_eq!(open_at_once(here, &one), None);
        let two = [
            row(ImportResult::Open(results())),
            row(ImportResult::Open(results())),
        ];
        assert_eq!(open_at_once(open, &two), None);
        assert_eq!(open_at_once(open, &[row(ImportResult::Added(ROUND))]), None);
        assert_eq!(opens(open, &ImportResult::Open(results())), Some(results()));
        assert_eq!(opens(here, &ImportResult::Open(results())), None);
    }

    #[test]
    fn pasted_text_goes_through_the_same_rule_and_rubbish_stays_broken() {
        let mut book = TeamBook::default();
        let text = format!(
            "{}\n{}\n#/r/garbage",
            to_fragment(&Link::Sealed(sealed(LinkKind::Response))).unwrap(),
            to_fragment(&results()).unwrap()
        );
        let rows = import_all(&text, PastePlace::OpenLink, &mut book, REVISION_EPOCH_MS);
        let results: Vec<_> = rows.iter().map(|r| &r.result).collect();
        assert!(matches!(results[0], ImportResult::Locked(_)), "{results:?}");
        assert!(matches!(results[1], ImportResult::Open(_)), "{results:?}");
        assert!(matches!(results[2], ImportResult::Broken(_)), "{results:?}");
        assert_eq!(book, TeamBook::default());
    }
}
