//! Teams and rounds as a facilitator's browser keeps them, the invitations a member's
//! browser keeps, and session mode (members answering one after another on one device).
//!
//! Nothing here reads the clock or makes random numbers: times and new ids come in as
//! arguments, so every rule is tested natively.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::answers::{Answer, Horizon};
use crate::domain::id::{MemberId, RoundId, TeamId};
use crate::domain::import::{KnownRound, MemberResponse};
use crate::domain::instrument::statements;
use crate::domain::link::{Invite, RatingPair, Response, MAX_TEXT_BYTES};
use crate::domain::locale::Locale;
use crate::domain::scan::ScanData;
use crate::domain::sort::sort_by;
use crate::domain::text::Text;

/// The instrument this build asks: 40 statements in `instrument::statements()` order.
pub const INSTRUMENT: u8 = 1;
/// Fewer respondents than this and no team figure is shown.
pub const DEFAULT_MIN_GROUP: u8 = 3;
pub const MIN_GROUP_LOWEST: u8 = 2;
pub const MIN_GROUP_HIGHEST: u8 = 50;

/// Response revisions count minutes from here (2024-01-01T00:00Z), in 24 bits.
const REVISION_EPOCH_MS: i64 = 1_704_067_200_000;
const MS_PER_DAY: i64 = 86_400_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
    pub created_at: i64,
    /// The example team with made-up answers; always labelled as such.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

/// How far a small action got, as the team says at the next round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    Partly,
    NotYet,
}

impl ActionStatus {
    pub const REVIEW: [ActionStatus; 3] = [
        ActionStatus::Done,
        ActionStatus::Partly,
        ActionStatus::NotYet,
    ];

    pub const fn label(self) -> Text {
        match self {
            ActionStatus::Open => Text {
                nl: "loopt",
                en: "open",
            },
            ActionStatus::Done => Text {
                nl: "gedaan",
                en: "done",
            },
            ActionStatus::Partly => Text {
                nl: "deels",
                en: "partly",
            },
            ActionStatus::NotYet => Text {
                nl: "nog niet",
                en: "not yet",
            },
        }
    }
}

/// A small, personal action the team agreed on in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// When it was made (ms); also its identity across tabs.
    pub created_at: i64,
    pub who: String,
    pub what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_days: Option<u16>,
    /// The dimension it belongs to (`Dimension::id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<u8>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub updated_at: i64,
}

/// How a round came to be in this browser.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundOrigin {
    #[default]
    Created,
    /// Made for a response link whose round this browser did not know: it has no team
    /// or title until the facilitator gives them.
    FromResponse,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub id: RoundId,
    /// `None` for a round made from a response and not yet placed in a team.
    #[serde(default)]
    pub team: Option<TeamId>,
    #[serde(default)]
    pub title: String,
    /// Days since 1970-01-01.
    pub date_days: u16,
    #[serde(default)]
    pub ask_desired: bool,
    pub min_group: u8,
    pub instrument: u8,
    pub created_at: i64,
    #[serde(default)]
    pub origin: RoundOrigin,
    #[serde(default)]
    pub responses: Vec<StoredResponse>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

/// One member's response as stored: answers as digit strings ('0' none, '1'–'5' the
/// levels, '6' skip) in instrument order, compact and readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredResponse {
    pub member: MemberId,
    pub revision: u32,
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
            revision: response.revision,
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
            revision: self.revision,
            has_desired: self.desired.is_some(),
            ratings,
        }
    }
}

impl Round {
    /// What this round's invite link carries.
    pub fn invite(&self, team_name: &str) -> Invite {
        Invite {
            round: self.id,
            date_days: self.date_days,
            ask_desired: self.ask_desired,
            min_group: self.min_group,
            instrument: self.instrument,
            team_name: team_name.to_string(),
            round_title: self.title.clone(),
        }
    }

    pub fn respondents(&self) -> usize {
        self.responses.len()
    }

    pub fn member_responses(&self) -> Vec<MemberResponse> {
        self.responses
            .iter()
            .map(StoredResponse::to_member)
            .collect()
    }

    /// Takes a member's response; a stored one from the same member is replaced.
    fn put(&mut self, response: &MemberResponse, now_ms: i64) {
        let stored = StoredResponse::new(response, now_ms);
        match self
            .responses
            .iter_mut()
            .find(|r| r.member == response.member)
        {
            Some(existing) => *existing = stored,
            None => self.responses.push(stored),
        }
    }
}

/// What a facilitator fills in to make a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundDraft {
    pub team: TeamId,
    pub title: String,
    pub date_days: u16,
    pub ask_desired: bool,
    pub min_group: u8,
}

/// All the teams and rounds this browser keeps as a facilitator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamBook {
    #[serde(default)]
    pub teams: Vec<Team>,
    #[serde(default)]
    pub rounds: Vec<Round>,
    /// Deleted here: another tab's copy must not bring them back.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed_teams: BTreeSet<TeamId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed_rounds: BTreeSet<RoundId>,
}

/// Takes in `theirs`: an item missing from `ours` is added, and of one item (same
/// `key`) on both sides the one changed later (`stamp`) stays.
fn keep_latest<T: Clone, K: PartialEq, S: PartialOrd>(
    ours: &mut Vec<T>,
    theirs: &[T],
    key: impl Fn(&T) -> K,
    stamp: impl Fn(&T) -> S,
) {
    for their in theirs {
        match ours.iter_mut().find(|mine| key(mine) == key(their)) {
            None => ours.push(their.clone()),
            Some(mine) if stamp(their) > stamp(mine) => *mine = their.clone(),
            Some(_) => {}
        }
    }
}

/// Why a round asked for by its address is not in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundAbsence {
    /// Deleted here, or in another tab.
    Deleted,
    /// This browser keeps nothing at all: a round's address only exists where the round
    /// was made, so the browser most likely cleared its storage (eviction).
    NothingStored,
    /// Other teams and rounds are here, but not this one: made in another browser.
    Elsewhere,
}

/// What an import did, for the list the facilitator sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Added,
    /// The round was not known here, so it was made, marked as such.
    AddedToNewRound,
    Replaced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RoundError {
    #[error("no such round")]
    NoSuchRound,
    #[error("no such team")]
    NoSuchTeam,
    #[error("this member already answered in this round")]
    MemberThere,
}

impl RoundError {
    pub fn message(self) -> Text {
        match self {
            RoundError::NoSuchRound => Text {
                nl: "Deze ronde bestaat niet (meer) in deze browser. Misschien is hij in een ander tabblad verwijderd.",
                en: "This round does not exist (any more) in this browser. It may have been deleted in another tab.",
            },
            RoundError::NoSuchTeam => Text {
                nl: "Dit team bestaat niet (meer) in deze browser. Misschien is het in een ander tabblad verwijderd.",
                en: "This team does not exist (any more) in this browser. It may have been deleted in another tab.",
            },
            RoundError::MemberThere => Text {
                nl: "Van deze persoon staan al antwoorden in deze ronde. Kies of je de opgeslagen of de nieuwe antwoorden bewaart.",
                en: "This person's answers are already in this round. Choose whether to keep the stored or the new answers.",
            },
        }
    }
}

impl TeamBook {
    pub fn team(&self, id: TeamId) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    pub fn round(&self, id: RoundId) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// Why a round is not here, or `None` when it is. A page asked for a round it
    /// cannot find uses this to tell a deletion from a browser that cleared its storage.
    pub fn absence(&self, id: RoundId) -> Option<RoundAbsence> {
        if self.round(id).is_some() {
            None
        } else if self.removed_rounds.contains(&id) {
            Some(RoundAbsence::Deleted)
        } else if self.is_empty() {
            Some(RoundAbsence::NothingStored)
        } else {
            Some(RoundAbsence::Elsewhere)
        }
    }

    /// No team, no round and no deletion marker: a first visit, or storage was cleared.
    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
            && self.rounds.is_empty()
            && self.removed_teams.is_empty()
            && self.removed_rounds.is_empty()
    }

    fn round_mut(&mut self, id: RoundId) -> Result<&mut Round, RoundError> {
        self.rounds
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(RoundError::NoSuchRound)
    }

    /// A team's rounds, newest date first.
    pub fn rounds_of(&self, team: Option<TeamId>) -> Vec<&Round> {
        let mut rounds: Vec<&Round> = self.rounds.iter().filter(|r| r.team == team).collect();
        sort_by(&mut rounds, |a, b| {
            (b.date_days, b.created_at).cmp(&(a.date_days, a.created_at))
        });
        rounds
    }

    /// What a dashboard shows of one of this browser's rounds.
    pub fn round_data(&self, id: RoundId) -> Option<RoundData> {
        let round = self.round(id)?;
        Some(round.data(&self.team_name_of(round)))
    }

    /// The team's name for a round, or empty when it has none yet.
    pub fn team_name_of(&self, round: &Round) -> String {
        round
            .team
            .and_then(|t| self.team(t))
            .map(|t| t.name.clone())
            .unwrap_or_default()
    }

    pub fn add_team(&mut self, id: TeamId, name: String, now_ms: i64) {
        self.teams.push(Team {
            id,
            name,
            created_at: now_ms,
            demo: false,
        });
    }

    pub fn rename_team(&mut self, id: TeamId, name: String) -> Result<(), RoundError> {
        let team = self
            .teams
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(RoundError::NoSuchTeam)?;
        team.name = name;
        Ok(())
    }

    /// Deletes a team and its rounds, here and (through the merge) in other tabs.
    pub fn remove_team(&mut self, id: TeamId) {
        let rounds: Vec<RoundId> = self
            .rounds
            .iter()
            .filter(|r| r.team == Some(id))
            .map(|r| r.id)
            .collect();
        for round in rounds {
            self.remove_round(round);
        }
        self.teams.retain(|t| t.id != id);
        self.removed_teams.insert(id);
    }

    pub fn remove_round(&mut self, id: RoundId) {
        self.rounds.retain(|r| r.id != id);
        self.removed_rounds.insert(id);
    }

    pub fn add_round(
        &mut self,
        draft: RoundDraft,
        id: RoundId,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        self.team(draft.team).ok_or(RoundError::NoSuchTeam)?;
        self.rounds.push(Round {
            id,
            team: Some(draft.team),
            title: draft.title,
            date_days: draft.date_days,
            ask_desired: draft.ask_desired,
            min_group: draft.min_group,
            instrument: INSTRUMENT,
            created_at: now_ms,
            origin: RoundOrigin::Created,
            responses: Vec::new(),
            actions: Vec::new(),
        });
        Ok(())
    }

    /// Adds a whole team with its rounds (the demo team).
    pub fn add_team_with_rounds(&mut self, team: Team, rounds: Vec<Round>) {
        self.removed_teams.remove(&team.id);
        for round in &rounds {
            self.removed_rounds.remove(&round.id);
        }
        self.teams.push(team);
        self.rounds.extend(rounds);
    }

    pub fn add_action(&mut self, round: RoundId, action: Action) -> Result<(), RoundError> {
        self.round_mut(round)?.actions.push(action);
        Ok(())
    }

    pub fn set_action_status(
        &mut self,
        round: RoundId,
        created_at: i64,
        status: ActionStatus,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        let round = self.round_mut(round)?;
        if let Some(action) = round
            .actions
            .iter_mut()
            .find(|a| a.created_at == created_at)
        {
            action.status = status;
            action.updated_at = now_ms;
        }
        Ok(())
    }

    /// The round before this one in the same team (by date), whose actions the team
    /// looks back on.
    pub fn previous_round(&self, id: RoundId) -> Option<&Round> {
        let round = self.round(id)?;
        round.team?;
        self.rounds_of(round.team)
            .into_iter()
            .filter(|r| (r.date_days, r.created_at) < (round.date_days, round.created_at))
            .max_by_key(|r| (r.date_days, r.created_at))
    }

    /// Places a round (one made from a response, say) in a team, with a title.
    pub fn place_round(
        &mut self,
        id: RoundId,
        team: TeamId,
        title: String,
    ) -> Result<(), RoundError> {
        self.team(team).ok_or(RoundError::NoSuchTeam)?;
        let round = self.round_mut(id)?;
        round.team = Some(team);
        round.title = title;
        round.origin = RoundOrigin::Created;
        Ok(())
    }

    /// What importing needs to know of every round.
    pub fn known_rounds(&self) -> Vec<(RoundId, Vec<MemberResponse>)> {
        self.rounds
            .iter()
            .map(|r| (r.id, r.member_responses()))
            .collect()
    }

    /// Adds a new member's response to its round, making the round (marked as made
    /// from a response) when this browser does not know it. A response from a member
    /// the round already has is refused: that is the facilitator's choice (`replace`).
    pub fn add_response(
        &mut self,
        round: RoundId,
        response: &MemberResponse,
        now_ms: i64,
    ) -> Result<Applied, RoundError> {
        if self.removed_rounds.contains(&round) {
            // Deleted on purpose here; a late response must not bring it back unasked.
            return Err(RoundError::NoSuchRound);
        }
        match self.rounds.iter_mut().find(|r| r.id == round) {
            Some(existing) => {
                if existing
                    .responses
                    .iter()
                    .any(|r| r.member == response.member)
                {
                    // Never overwrite silently.
                    return Err(RoundError::MemberThere);
                }
                existing.put(response, now_ms);
                Ok(Applied::Added)
            }
            None => {
                let mut made = Round {
                    id: round,
                    team: None,
                    title: String::new(),
                    date_days: days_of_ms(now_ms),
                    ask_desired: response.has_desired,
                    min_group: DEFAULT_MIN_GROUP,
                    instrument: INSTRUMENT,
                    created_at: now_ms,
                    origin: RoundOrigin::FromResponse,
                    responses: Vec::new(),
                    actions: Vec::new(),
                };
                made.put(response, now_ms);
                self.rounds.push(made);
                Ok(Applied::AddedToNewRound)
            }
        }
    }

    /// The facilitator chose the incoming response over the stored one.
    pub fn replace_response(
        &mut self,
        round: RoundId,
        response: &MemberResponse,
        now_ms: i64,
    ) -> Result<Applied, RoundError> {
        self.round_mut(round)?.put(response, now_ms);
        Ok(Applied::Replaced)
    }

    /// Takes in another tab's copy: everything either side has, minus what either side
    /// deleted; for one member's response in one round, the later decision wins.
    pub fn merge(&mut self, theirs: &TeamBook) {
        self.removed_teams
            .extend(theirs.removed_teams.iter().copied());
        self.removed_rounds
            .extend(theirs.removed_rounds.iter().copied());
        for team in &theirs.teams {
            if self.team(team.id).is_none() {
                self.teams.push(team.clone());
            }
        }
        for round in &theirs.rounds {
            match self.rounds.iter_mut().find(|r| r.id == round.id) {
                None => self.rounds.push(round.clone()),
                Some(ours) => {
                    if ours.origin == RoundOrigin::FromResponse
                        && round.origin == RoundOrigin::Created
                    {
                        ours.team = round.team;
                        ours.title = round.title.clone();
                        ours.origin = RoundOrigin::Created;
                    }
                    keep_latest(
                        &mut ours.actions,
                        &round.actions,
                        |a| a.created_at,
                        |a| a.updated_at,
                    );
                    keep_latest(
                        &mut ours.responses,
                        &round.responses,
                        |r| r.member,
                        |r| r.added_at,
                    );
                }
            }
        }
        let removed_teams = &self.removed_teams;
        let removed_rounds = &self.removed_rounds;
        self.teams.retain(|t| !removed_teams.contains(&t.id));
        self.rounds.retain(|r| {
            !removed_rounds.contains(&r.id) && r.team.is_none_or(|t| !removed_teams.contains(&t))
        });
    }
}

/// A round as a member's browser keeps it: the invite, the member's id for this round
/// (made once, kept across "start again") and their answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub invite: Invite,
    pub member: MemberId,
    #[serde(default)]
    pub scan: ScanData,
    pub opened_at: i64,
}

impl Invitation {
    pub fn new(invite: Invite, member: MemberId, now_ms: i64) -> Invitation {
        let scan = ScanData {
            ask_desired: invite.ask_desired,
            ..ScanData::default()
        };
        Invitation {
            invite,
            member,
            scan,
            opened_at: now_ms,
        }
    }

    /// The response link's content. Its revision is the time of the latest answer, so
    /// making the link twice without changes gives the same link.
    pub fn response(&self) -> Response {
        let has_desired = self.invite.ask_desired;
        Response {
            round: self.invite.round,
            member: self.member,
            revision: revision_of(self.scan.last_answered_at().unwrap_or(self.opened_at)),
            instrument: self.invite.instrument,
            has_desired,
            ratings: ratings_of(&self.scan, has_desired),
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

/// Session mode: members answer one after another on this device. Only the member
/// answering now is kept here; a finished member's answers go straight into the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub round: RoundId,
    pub member: MemberId,
    #[serde(default)]
    pub scan: ScanData,
    /// Members who finished in this session.
    #[serde(default)]
    pub finished: u32,
    /// True between one member finishing and the next one starting: the screen then
    /// shows only "pass the device on".
    #[serde(default)]
    pub handing_over: bool,
}

impl Session {
    pub fn start(round: &Round, member: MemberId) -> Session {
        Session {
            round: round.id,
            member,
            scan: ScanData {
                ask_desired: round.ask_desired,
                ..ScanData::default()
            },
            finished: 0,
            handing_over: false,
        }
    }

    /// The current member is done: their response goes into the round, and nothing of
    /// theirs stays in the session. `next` is the next member's fresh id.
    pub fn finish_member(
        &mut self,
        book: &mut TeamBook,
        next: MemberId,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        let round = book.round_mut(self.round)?;
        let response = MemberResponse {
            member: self.member,
            revision: revision_of(now_ms),
            has_desired: round.ask_desired,
            ratings: ratings_of(&self.scan, round.ask_desired),
        };
        round.put(&response, now_ms);
        self.scan = ScanData {
            ask_desired: round.ask_desired,
            ..ScanData::default()
        };
        self.member = next;
        self.finished += 1;
        self.handing_over = true;
        Ok(())
    }
}

/// Minutes since 2024-01-01, kept within the 24 bits a link carries.
pub fn revision_of(ms: i64) -> u32 {
    ((ms - REVISION_EPOCH_MS) / 60_000).clamp(0, (1 << 24) - 1) as u32
}

/// The ms time of a revision (the start of its minute).
pub fn revision_ms(revision: u32) -> i64 {
    REVISION_EPOCH_MS + i64::from(revision) * 60_000
}

// ---------- names and dates ----------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NameError {
    #[error("empty")]
    Empty,
    #[error("longer than {MAX_TEXT_BYTES} bytes")]
    TooLong,
}

impl NameError {
    pub fn message(self) -> Text {
        match self {
            NameError::Empty => Text {
                nl: "Vul een naam in.",
                en: "Please fill in a name.",
            },
            NameError::TooLong => Text {
                nl: "Deze tekst is te lang voor een link. Houd hem korter (ongeveer 60 tekens).",
                en: "This text is too long for a link. Keep it shorter (about 60 characters).",
            },
        }
    }
}

/// A name or title as typed, made fit for a link: trimmed, line breaks and other
/// control characters as spaces, at most `MAX_TEXT_BYTES` bytes. Empty is allowed only
/// when `required` is false.
pub fn clean_text(input: &str, required: bool) -> Result<String, NameError> {
    let spaced: String = input
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = spaced.trim().to_string();
    if text.is_empty() && required {
        return Err(NameError::Empty);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(NameError::TooLong);
    }
    Ok(text)
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), by Howard Hinnant's
/// `days_from_civil`. By hand rather than chrono: ~20 KB less in the app.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month 1–12, day 1–31) of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a `yyyy-mm-dd` date (a date input's value).
pub fn parse_date(iso: &str) -> Option<u16> {
    let mut parts = iso.trim().splitn(3, '-');
    let mut number = |len: usize| {
        let part = parts.next()?;
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = (number(4)?, number(2)?, number(2)?);
    let days = days_from_civil(i64::from(year), month, day);
    // Reject dates that do not exist (30 February): they do not come back the same.
    if !(1..=12).contains(&month) || civil_from_days(days) != (i64::from(year), month, day) {
        return None;
    }
    u16::try_from(days).ok()
}

/// The day of a ms time, as days since 1970-01-01 (UTC).
pub fn days_of_ms(ms: i64) -> u16 {
    (ms.div_euclid(MS_PER_DAY)).clamp(0, i64::from(u16::MAX)) as u16
}

/// `yyyy-mm-dd`, for a date input.
pub fn iso_date(days: u16) -> String {
    let (year, month, day) = civil_from_days(i64::from(days));
    format!("{year:04}-{month:02}-{day:02}")
}

/// "23 november 2026" / "23 November 2026".
pub fn format_date(days: u16, locale: Locale) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (year, month, day) = civil_from_days(i64::from(days));
    let months = match locale {
        Locale::Nl => NL,
        Locale::En => EN,
    };
    let name = months[(month as usize + 11) % 12];
    format!("{day} {name} {year}")
}

/// A round's title as shown: its own, or one made from its date.
pub fn display_title(title: &str, date_days: u16, locale: Locale) -> String {
    if !title.is_empty() {
        return title.to_string();
    }
    match locale {
        Locale::Nl => format!("Ronde van {}", format_date(date_days, locale)),
        Locale::En => format!("Round of {}", format_date(date_days, locale)),
    }
}

/// Borrowed view for `import::classify`.
pub fn known<'a>(rounds: &'a [(RoundId, Vec<MemberResponse>)]) -> Vec<KnownRound<'a>> {
    rounds
        .iter()
        .map(|(id, responses)| KnownRound { id: *id, responses })
        .collect()
}

/// What a dashboard shows of one round: from this browser's round, or from a results
/// link (read-only). Respondents carry no ids here.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundData {
    pub round: RoundId,
    pub team_name: String,
    pub title: String,
    pub date_days: u16,
    pub min_group: u8,
    pub has_desired: bool,
    /// Each respondent's ratings in instrument order, sorted by their answers so the
    /// order says nothing about who answered when.
    pub respondents: Vec<Vec<RatingPair>>,
}

impl Round {
    pub fn data(&self, team_name: &str) -> RoundData {
        let mut respondents: Vec<(String, Vec<RatingPair>)> = self
            .responses
            .iter()
            .map(|r| {
                let key = format!("{}{}", r.now, r.desired.as_deref().unwrap_or_default());
                (key, r.to_member().ratings)
            })
            .collect();
        sort_by(&mut respondents, |a, b| a.0.cmp(&b.0));
        RoundData {
            round: self.id,
            team_name: team_name.to_string(),
            title: self.title.clone(),
            date_days: self.date_days,
            min_group: self.min_group,
            has_desired: self.ask_desired,
            respondents: respondents.into_iter().map(|(_, r)| r).collect(),
        }
    }
}

impl RoundData {
    pub fn stats(&self) -> crate::domain::aggregate::RoundStats {
        let refs: Vec<&[RatingPair]> = self.respondents.iter().map(Vec::as_slice).collect();
        crate::domain::aggregate::aggregate(&refs, self.min_group, self.has_desired)
    }

    /// The results link's content; `None` below the minimum group size, so individual
    /// answers never leave in a group too small to hide them.
    pub fn results(&self) -> Option<crate::domain::link::Results> {
        if self.respondents.len() < usize::from(self.min_group.max(1)) {
            return None;
        }
        let count = statements().len();
        Some(crate::domain::link::Results {
            round: Invite {
                round: self.round,
                date_days: self.date_days,
                ask_desired: self.has_desired,
                min_group: self.min_group,
                instrument: INSTRUMENT,
                team_name: self.team_name.clone(),
                round_title: self.title.clone(),
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
        })
    }

    pub fn from_results(results: &crate::domain::link::Results) -> RoundData {
        RoundData {
            round: results.round.round,
            team_name: results.round.team_name.clone(),
            title: results.round.round_title.clone(),
            date_days: results.round.date_days,
            min_group: results.round.min_group,
            has_desired: results.has_desired,
            respondents: results.respondents.clone(),
        }
    }
}
