//! A round as the facilitator's browser keeps it: its settings, its responses and the
//! small actions agreed on in it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::dates::format_date;
use crate::id::{RoundId, TeamId};
use crate::instrument::answers::Answer;
use crate::instrument::Instrument;
use crate::link::{ActionReview, AgreedAction, Invite, RatingPair, TradePair};
use crate::locale::Locale;
use crate::meeting::notes::{self, MeetingNote};
use crate::round::responses::{MemberResponse, StoredResponse};
use crate::score::round_data::{RoundData, MIN_SHOWN_GROUP};
use crate::sort::sort_by;

pub use crate::link::action_status::ActionStatus;

/// Fewer respondents than this and no team figure is shown.
pub const DEFAULT_MIN_GROUP: u8 = 3;
pub const MIN_GROUP_LOWEST: u8 = MIN_SHOWN_GROUP;
pub const MIN_GROUP_HIGHEST: u8 = 50;

/// The expected team size a facilitator can give a round: how many members may answer.
pub const EXPECTED_LOWEST: u8 = 2;
pub const EXPECTED_HIGHEST: u8 = 200;

/// How many members the facilitator expects to answer, as last set: `members` is
/// `None` when it was cleared. The later setting wins a merge between tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedSize {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<u8>,
    pub set_at: i64,
}

/// How many answered, of how many expected (when the facilitator said).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerProgress {
    pub answered: usize,
    pub expected: Option<u8>,
}

impl AnswerProgress {
    /// Members expected who have not answered yet; `None` when no size was given.
    /// More answers than expected is not negative: nobody is missing.
    pub fn missing(self) -> Option<usize> {
        self.expected
            .map(|e| usize::from(e).saturating_sub(self.answered))
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

/// What the facilitator fills in for an action, cleaned: to add one or to edit one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDraft {
    pub who: String,
    pub what: String,
    pub by_days: Option<u16>,
}

impl Action {
    /// Of two copies of one action (two tabs), the one that wins a merge: the later
    /// change, and of two changes stamped alike, the same one in every tab.
    fn wins_over(&self, other: &Action) -> bool {
        self.merge_order() > other.merge_order()
    }

    fn merge_order(&self) -> (i64, ActionStatus, &str, &str, Option<u16>, Option<u8>) {
        (
            self.updated_at,
            self.status,
            &self.what,
            &self.who,
            self.by_days,
            self.dimension,
        )
    }

    /// A change made now: stamped after every earlier change of this action, so it wins
    /// a merge even when the clock stood still or went back.
    fn touch(&mut self, now_ms: i64) {
        self.updated_at = now_ms.max(self.updated_at.saturating_add(1));
    }

    pub(crate) fn edit(&mut self, draft: ActionDraft, now_ms: i64) {
        self.who = draft.who;
        self.what = draft.what;
        self.by_days = draft.by_days;
        self.touch(now_ms);
    }

    pub(crate) fn set_status(&mut self, status: ActionStatus, now_ms: i64) {
        self.status = status;
        self.touch(now_ms);
    }

    /// What a results link and the exports carry of it.
    pub fn agreed(&self) -> AgreedAction {
        AgreedAction {
            who: self.who.clone(),
            what: self.what.clone(),
            by_days: self.by_days,
            dimension: self.dimension,
            status: self.status,
        }
    }

    /// One line: who — what (by when) · theme. `instrument` is the round's: the theme
    /// id means a dimension of that version.
    pub fn summary(&self, instrument: Instrument, locale: Locale) -> String {
        action_summary(&self.agreed(), instrument, locale)
    }
}

/// An action in one line: who — what (by when) · theme, the theme being a dimension of
/// `instrument` (the version of the round it was agreed in).
pub fn action_summary(action: &AgreedAction, instrument: Instrument, locale: Locale) -> String {
    let mut text = action.what.clone();
    if !action.who.is_empty() {
        text = format!("{} — {text}", action.who);
    }
    if let Some(days) = action.by_days {
        text.push_str(&format!(" ({})", format_date(days, locale)));
    }
    if let Some(d) = action
        .dimension
        .and_then(|id| instrument.dimension_by_id(id))
    {
        text.push_str(&format!(" · {}", d.name.get(locale)));
    }
    text
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
    /// A round keeps the version it was made with; new rounds ask the current one.
    pub instrument: Instrument,
    pub created_at: i64,
    #[serde(default)]
    pub origin: RoundOrigin,
    #[serde(default)]
    pub responses: Vec<StoredResponse>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Actions deleted here (`Action::created_at`): another tab's copy must not bring
    /// them back.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed_actions: BTreeSet<i64>,
    /// How many members are expected to answer (schema 4); `None` in older rounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<ExpectedSize>,
    /// An open round: members may give their name. Anonymous (false) is the default.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    /// The facilitator stays out of the figures: their own answers are kept, never
    /// counted. False (they count like any member) in rounds made before the choice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub facilitator_out: bool,
    /// The facilitator's own statements (at most five), answered apart from the
    /// instrument's scores.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_statements: Vec<String>,
    /// What the team said per talking point in the meeting (new in schema 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<MeetingNote>,
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
            open: self.open,
            own_statements: self.own_statements.clone(),
        }
    }

    /// The responses in the round's figures, counts and links: all, except the
    /// facilitator's when they stay out.
    pub fn counted(&self) -> impl Iterator<Item = &StoredResponse> {
        self.responses
            .iter()
            .filter(|r| !(self.facilitator_out && r.facilitator))
    }

    /// How many of the facilitator's responses are kept but not counted.
    pub fn kept_apart(&self) -> usize {
        self.responses.len() - self.counted().count()
    }

    pub fn respondents(&self) -> usize {
        self.counted().count()
    }

    /// The expected team size, if the facilitator gave one.
    pub fn expected_members(&self) -> Option<u8> {
        self.expected.and_then(|e| e.members)
    }

    /// "3 of 7 answered".
    pub fn progress(&self) -> AnswerProgress {
        AnswerProgress {
            answered: self.respondents(),
            expected: self.expected_members(),
        }
    }

    /// Sets (or with `None` clears) the expected team size; stamped after any earlier
    /// setting, so it wins a merge even when the clock stood still or went back.
    pub(crate) fn set_expected(&mut self, members: Option<u8>, now_ms: i64) {
        let set_at = match self.expected {
            Some(previous) => now_ms.max(previous.set_at.saturating_add(1)),
            None => now_ms,
        };
        self.expected = Some(ExpectedSize { members, set_at });
    }

    /// Takes in another tab's expected size: the later setting stays.
    pub(crate) fn merge_expected(&mut self, theirs: &Round) {
        let stamp = |r: &Round| r.expected.map(|e| (e.set_at, e.members));
        if stamp(theirs) > stamp(self) {
            self.expected = theirs.expected;
        }
    }

    /// The names given in an open round (counted responses only), sorted; none when
    /// anonymous.
    pub fn names(&self) -> Vec<String> {
        if !self.open {
            return Vec::new();
        }
        let mut names: Vec<String> = self.counted().filter_map(|r| r.name.clone()).collect();
        sort_by(&mut names, |a, b| a.to_lowercase().cmp(&b.to_lowercase()));
        names
    }

    /// The meeting's note on a talking point (a dimension id), empty when none.
    pub fn note(&self, dimension: u8) -> &str {
        notes::note_text(&self.notes, dimension)
    }

    pub(crate) fn set_note(&mut self, dimension: u8, text: &str, now_ms: i64) {
        notes::set_note(&mut self.notes, dimension, text, now_ms);
    }

    /// Takes in another tab's meeting notes: per talking point the later change stays.
    pub(crate) fn merge_notes(&mut self, theirs: &Round) {
        notes::merge_notes(&mut self.notes, &theirs.notes);
    }

    pub fn member_responses(&self) -> Vec<MemberResponse> {
        self.responses
            .iter()
            .map(|r| r.to_member(self.instrument))
            .collect()
    }

    /// Its actions' identities (`Action::created_at`), in order: what a list of items
    /// that each follow their own action is keyed by.
    pub fn action_ids(&self) -> Vec<i64> {
        self.actions.iter().map(|a| a.created_at).collect()
    }

    pub fn action(&self, created_at: i64) -> Option<&Action> {
        self.actions.iter().find(|a| a.created_at == created_at)
    }

    pub(crate) fn action_mut(&mut self, created_at: i64) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.created_at == created_at)
    }

    /// Adds an action; its `created_at` is moved on past any action here or deleted
    /// here, so two actions made in one millisecond stay two.
    pub(crate) fn add_action(&mut self, mut action: Action) {
        while self.action(action.created_at).is_some()
            || self.removed_actions.contains(&action.created_at)
        {
            action.created_at += 1;
        }
        action.updated_at = action.updated_at.max(action.created_at);
        self.actions.push(action);
    }

    /// Deletes an action, here and (through the merge) in other tabs.
    pub(crate) fn remove_action(&mut self, created_at: i64) {
        self.actions.retain(|a| a.created_at != created_at);
        self.removed_actions.insert(created_at);
    }

    /// Takes in another tab's actions: every action either side has, minus what either
    /// side deleted; of one action on both sides the later change stays. The order is
    /// by creation, so both tabs end alike whatever merged first.
    pub(crate) fn merge_actions(&mut self, theirs: &Round) {
        self.removed_actions
            .extend(theirs.removed_actions.iter().copied());
        for their in &theirs.actions {
            match self.action_mut(their.created_at) {
                None => self.actions.push(their.clone()),
                Some(mine) if their.wins_over(mine) => *mine = their.clone(),
                Some(_) => {}
            }
        }
        let removed = &self.removed_actions;
        self.actions.retain(|a| !removed.contains(&a.created_at));
        sort_by(&mut self.actions, |a, b| a.created_at.cmp(&b.created_at));
    }

    /// Takes a member's response; a stored one from the same member is replaced.
    pub(crate) fn put(&mut self, response: &MemberResponse, now_ms: i64) {
        let mut stored = StoredResponse::new(response, now_ms);
        // An anonymous round never keeps a name, whatever a link carried.
        if !self.open {
            stored.name = None;
        }
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
    /// How many members are expected to answer, if the facilitator said.
    pub expected: Option<u8>,
    pub open: bool,
    pub facilitator_out: bool,
    /// Cleaned (`choices::clean_own_statements`).
    pub own_statements: Vec<String>,
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

impl Round {
    pub fn data(&self, team_name: &str) -> RoundData {
        type Row = (String, Vec<RatingPair>, Vec<TradePair>, Vec<Option<Answer>>);
        // Only the counted responses: a facilitator who stays out is in no figure.
        let mut respondents: Vec<Row> = self
            .counted()
            .map(|r| {
                let key = format!(
                    "{}{}{:?}{}",
                    r.now,
                    r.desired.as_deref().unwrap_or_default(),
                    r.trade_offs,
                    r.own
                );
                let member = r.to_member(self.instrument);
                let mut own = member.own_answers;
                own.resize(self.own_statements.len(), None);
                (key, member.ratings, member.trade_offs, own)
            })
            .collect();
        sort_by(&mut respondents, |a, b| a.0.cmp(&b.0));
        let with_trade_offs = self.instrument.has_trade_offs();
        RoundData {
            round: self.id,
            team_name: team_name.to_string(),
            title: self.title.clone(),
            date_days: self.date_days,
            min_group: self.min_group,
            instrument: self.instrument,
            has_desired: self.ask_desired,
            trade_offs: if with_trade_offs {
                respondents.iter().map(|(_, _, t, _)| t.clone()).collect()
            } else {
                Vec::new()
            },
            own_answers: if self.own_statements.is_empty() {
                Vec::new()
            } else {
                respondents.iter().map(|(_, _, _, o)| o.clone()).collect()
            },
            respondents: respondents.into_iter().map(|(_, r, _, _)| r).collect(),
            trend: Vec::new(),
            review: None,
            actions: self.actions.iter().map(Action::agreed).collect(),
            open: self.open,
            own_statements: self.own_statements.clone(),
            names: self.names(),
        }
    }

    /// This round's actions, looked back on from the next round.
    pub fn review(&self) -> ActionReview {
        ActionReview {
            instrument: self.instrument,
            date_days: self.date_days,
            actions: self.actions.iter().map(Action::agreed).collect(),
        }
    }
}
