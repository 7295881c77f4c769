//! A round as the facilitator's browser keeps it: its settings, its responses and the
//! small actions agreed on in it.

use serde::{Deserialize, Serialize};

use crate::domain::dates::format_date;
use crate::domain::id::{RoundId, TeamId};
use crate::domain::instrument::Instrument;
use crate::domain::link::Invite;
use crate::domain::locale::Locale;
use crate::domain::round::responses::{MemberResponse, StoredResponse};
use crate::domain::text::Text;

/// Fewer respondents than this and no team figure is shown.
pub const DEFAULT_MIN_GROUP: u8 = 3;
pub const MIN_GROUP_LOWEST: u8 = 2;
pub const MIN_GROUP_HIGHEST: u8 = 50;

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
    /// A round keeps the version it was made with; new rounds ask the current one.
    pub instrument: Instrument,
    pub created_at: i64,
    #[serde(default)]
    pub origin: RoundOrigin,
    #[serde(default)]
    pub responses: Vec<StoredResponse>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
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
            .map(|r| r.to_member(self.instrument))
            .collect()
    }

    /// Takes a member's response; a stored one from the same member is replaced.
    pub(crate) fn put(&mut self, response: &MemberResponse, now_ms: i64) {
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
