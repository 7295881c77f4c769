//! All the teams and rounds a facilitator's browser keeps, and how two copies of them
//! (two tabs, a backup) merge without losing a change or bringing back a deletion.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::dates::days_of_ms;
use crate::id::{RoundId, TeamId};
use crate::instrument::Instrument;
use crate::round::responses::MemberResponse;
use crate::round::rounds::{
    Action, ActionDraft, ActionStatus, AnswerProgress, ExpectedSize, Round, RoundDraft,
    RoundOrigin, DEFAULT_MIN_GROUP,
};
use crate::score::round_data::RoundData;
use crate::score::trend::{entry, segments, TrendSegment};
use crate::sort::sort_by;
use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
    pub created_at: i64,
    /// The example team with made-up answers; always labelled as such.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
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

/// A team as the start page lists it: its newest round and how many answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamSummary {
    pub team: TeamId,
    pub name: String,
    pub demo: bool,
    pub latest: Option<LatestRound>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestRound {
    pub id: RoundId,
    pub title: String,
    pub date_days: u16,
    pub progress: AnswerProgress,
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
    #[error("no such action")]
    NoSuchAction,
    #[error("no such talking point")]
    NoSuchDimension,
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
            RoundError::NoSuchAction => Text {
                nl: "Deze afspraak bestaat niet meer. Misschien is hij in een ander tabblad verwijderd.",
                en: "This action no longer exists. It may have been deleted in another tab.",
            },
            RoundError::NoSuchDimension => Text {
                nl: "Dit gespreksonderwerp hoort niet bij de vragenlijst van deze ronde.",
                en: "This talking point does not belong to this round's questionnaire.",
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

    pub(crate) fn round_mut(&mut self, id: RoundId) -> Result<&mut Round, RoundError> {
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

    /// What a new round of `team` starts from: the newest round's choices (issue 30,
    /// point 11), which the coach can change; today's defaults for a team's first round.
    pub fn round_start(&self, team: TeamId) -> RoundStart {
        match self.rounds_of(Some(team)).first() {
            Some(r) => RoundStart {
                ask_desired: r.ask_desired,
                min_group: r.min_group,
                expected: r.expected.and_then(|e| e.members),
                open: r.open,
                facilitator_out: r.facilitator_out,
                own_statements: r.own_statements.clone(),
            },
            None => RoundStart::default(),
        }
    }

    /// Every team in the order they were made, each with its newest round.
    pub fn summaries(&self) -> Vec<TeamSummary> {
        self.teams
            .iter()
            .map(|t| TeamSummary {
                team: t.id,
                name: t.name.clone(),
                demo: t.demo,
                latest: self.rounds_of(Some(t.id)).first().map(|r| LatestRound {
                    id: r.id,
                    title: r.title.clone(),
                    date_days: r.date_days,
                    progress: r.progress(),
                }),
            })
            .collect()
    }

    /// What a dashboard shows of one of this browser's rounds: with the round before's
    /// actions and the team's earlier rounds, which its results link and exports carry.
    pub fn round_data(&self, id: RoundId) -> Option<RoundData> {
        let round = self.round(id)?;
        let name = self.team_name_of(round);
        let mut data = round.data(&name);
        data.review = self
            .previous_round(id)
            .map(Round::review)
            .filter(|r| !r.actions.is_empty());
        if round.team.is_some() {
            let mut earlier: Vec<&Round> = self
                .rounds_of(round.team)
                .into_iter()
                .filter(|r| (r.date_days, r.created_at) < (round.date_days, round.created_at))
                .collect();
            earlier.reverse();
            data.trend = earlier.iter().map(|r| entry(&r.data(&name))).collect();
        }
        Some(data)
    }

    /// The trend on a round's dashboard: all the team's rounds, oldest first.
    pub fn team_trend(&self, id: RoundId) -> Vec<TrendSegment> {
        let Some(team) = self.round(id).and_then(|r| r.team) else {
            return Vec::new();
        };
        let name = self.team(team).map(|t| t.name.clone()).unwrap_or_default();
        let mut rounds = self.rounds_of(Some(team));
        rounds.reverse();
        let data: Vec<_> = rounds.into_iter().map(|r| r.data(&name)).collect();
        segments(&data)
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
            instrument: Instrument::CURRENT,
            created_at: now_ms,
            origin: RoundOrigin::Created,
            responses: Vec::new(),
            actions: Vec::new(),
            removed_actions: BTreeSet::new(),
            expected: draft.expected.map(|members| ExpectedSize {
                members: Some(members),
                set_at: now_ms,
            }),
            open: draft.open,
            facilitator_out: draft.facilitator_out,
            own_statements: draft.own_statements,
            notes: Vec::new(),
        });
        Ok(())
    }

    /// Sets or (with `None`) clears how many members a round expects to answer.
    pub fn set_expected(
        &mut self,
        round: RoundId,
        members: Option<u8>,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        self.round_mut(round)?.set_expected(members, now_ms);
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

    /// Adds an action to a round (see `Round::add_action` for its identity).
    pub fn add_action(&mut self, round: RoundId, action: Action) -> Result<(), RoundError> {
        self.round_mut(round)?.add_action(action);
        Ok(())
    }

    /// Changes who does what by when; the change wins over older ones in other tabs.
    pub fn edit_action(
        &mut self,
        round: RoundId,
        created_at: i64,
        draft: ActionDraft,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        self.round_mut(round)?
            .action_mut(created_at)
            .ok_or(RoundError::NoSuchAction)?
            .edit(draft, now_ms);
        Ok(())
    }

    /// Ticks an action off (or on again), or records how far it got at the next round.
    pub fn set_action_status(
        &mut self,
        round: RoundId,
        created_at: i64,
        status: ActionStatus,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        self.round_mut(round)?
            .action_mut(created_at)
            .ok_or(RoundError::NoSuchAction)?
            .set_status(status, now_ms);
        Ok(())
    }

    /// Notes what the team said about a talking point (a dimension of the round's
    /// version); the later change wins over other tabs'.
    pub fn set_note(
        &mut self,
        round: RoundId,
        dimension: u8,
        text: &str,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        let round = self.round_mut(round)?;
        round
            .instrument
            .dimension_by_id(dimension)
            .ok_or(RoundError::NoSuchDimension)?;
        round.set_note(dimension, text, now_ms);
        Ok(())
    }

    /// Deletes an action, here and (through the merge) in other tabs: a tab that still
    /// has it, edited or not, never brings it back.
    pub fn remove_action(&mut self, round: RoundId, created_at: i64) -> Result<(), RoundError> {
        self.round_mut(round)?.remove_action(created_at);
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
                    instrument: response.instrument,
                    created_at: now_ms,
                    origin: RoundOrigin::FromResponse,
                    responses: Vec::new(),
                    actions: Vec::new(),
                    removed_actions: BTreeSet::new(),
                    expected: None,
                    // Not known from a response: anonymous, so no name is kept.
                    open: false,
                    facilitator_out: false,
                    own_statements: Vec::new(),
                    notes: Vec::new(),
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
                    ours.merge_actions(round);
                    ours.merge_expected(round);
                    ours.merge_notes(round);
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

/// The choices a new round's form starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundStart {
    pub ask_desired: bool,
    pub min_group: u8,
    pub expected: Option<u8>,
    pub open: bool,
    pub facilitator_out: bool,
    pub own_statements: Vec<String>,
}

impl Default for RoundStart {
    /// A team's first round: "where we want to be" asked, the default minimum group,
    /// anonymous, the facilitator counting, no own statements.
    fn default() -> RoundStart {
        RoundStart {
            ask_desired: true,
            min_group: crate::round::rounds::DEFAULT_MIN_GROUP,
            expected: None,
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        }
    }
}
