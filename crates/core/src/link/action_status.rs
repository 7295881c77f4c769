//! How far a small action got. Its own file because links carry it too
//! (`domain::link`), and the link format sits below the rounds that keep actions.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// How far a small action got, as the team says at the next round. One set, offered
/// alike on the dashboard and in the meeting (issue 30, point 5). What older links, stored
/// rounds and exports call "not yet" (link code 3, `not_yet`) is read as `Open`: still
/// running, not done; nothing of it is lost, the two were one status under two names.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    #[serde(alias = "not_yet")]
    Open,
    Done,
    Partly,
    /// The team let it go on purpose (link code 4: only links of format 5 on carry it).
    Dropped,
}

/// The first link format whose action byte carries `Dropped` (code 4, in bit 4).
pub const DROPPED_FROM_FORMAT: u8 = 5;

impl ActionStatus {
    /// Every status, in the order the dashboard and the meeting offer them.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Done,
        ActionStatus::Partly,
        ActionStatus::Open,
        ActionStatus::Dropped,
    ];

    /// The code older links and exports used for "not yet": read as `Open`.
    pub const NOT_YET_CODE: u8 = 3;

    /// The number a link carries for it (format 4 on); never changes meaning.
    pub const fn code(self) -> u8 {
        match self {
            ActionStatus::Open => 0,
            ActionStatus::Done => 1,
            ActionStatus::Partly => 2,
            ActionStatus::Dropped => 4,
        }
    }

    pub const fn from_code(code: u8) -> Option<ActionStatus> {
        match code {
            0 => Some(ActionStatus::Open),
            1 => Some(ActionStatus::Done),
            2 => Some(ActionStatus::Partly),
            ActionStatus::NOT_YET_CODE => Some(ActionStatus::Open),
            4 => Some(ActionStatus::Dropped),
            _ => None,
        }
    }

    /// The code a link of `format` carries: before `DROPPED_FROM_FORMAT` a dropped
    /// action goes out as still open, the nearest status such a link knows.
    pub const fn code_in(self, format: u8) -> u8 {
        match self {
            ActionStatus::Dropped if format < DROPPED_FROM_FORMAT => ActionStatus::Open.code(),
            status => status.code(),
        }
    }

    /// The status a link of `format` means by `code`: code 4 only from
    /// `DROPPED_FROM_FORMAT` on.
    pub const fn from_code_in(code: u8, format: u8) -> Option<ActionStatus> {
        if code == ActionStatus::Dropped.code() && format < DROPPED_FROM_FORMAT {
            return None;
        }
        ActionStatus::from_code(code)
    }

    /// Its name in exports, as stored (`snake_case`).
    pub const fn export_code(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Partly => "partly",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// How many actions have each status, in [`ActionStatus::ALL`]'s order, leaving out
    /// the statuses none has: "5 gedaan · 3 loopt nog" where a list would not fit.
    pub fn counts(statuses: impl IntoIterator<Item = ActionStatus>) -> Vec<(ActionStatus, usize)> {
        let mut counts = ActionStatus::ALL.map(|s| (s, 0));
        for status in statuses {
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == status) {
                slot.1 += 1;
            }
        }
        counts.into_iter().filter(|(_, n)| *n > 0).collect()
    }

    /// [`ActionStatus::counts`] in words, "5 gedaan · 3 loopt nog": the one-page summary
    /// and the meeting's closing screen say it alike.
    pub fn counts_text(
        statuses: impl IntoIterator<Item = ActionStatus>,
        locale: crate::locale::Locale,
    ) -> String {
        ActionStatus::counts(statuses)
            .into_iter()
            .map(|(status, n)| format!("{n} {}", status.label().get(locale)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// Ticked off or not: a done action is opened again, any other is done.
    pub const fn toggled(self) -> ActionStatus {
        match self {
            ActionStatus::Done => ActionStatus::Open,
            ActionStatus::Open | ActionStatus::Partly | ActionStatus::Dropped => ActionStatus::Done,
        }
    }

    pub const fn label(self) -> Text {
        match self {
            ActionStatus::Open => Text {
                nl: "loopt nog",
                en: "still open",
            },
            ActionStatus::Done => Text {
                nl: "gedaan",
                en: "done",
            },
            ActionStatus::Partly => Text {
                nl: "deels gedaan",
                en: "partly done",
            },
            ActionStatus::Dropped => Text {
                nl: "laten vallen",
                en: "dropped",
            },
        }
    }
}
