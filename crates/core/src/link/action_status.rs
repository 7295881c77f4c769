//! How far a small action got. Its own file because links carry it too
//! (`domain::link`), and the link format sits below the rounds that keep actions.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// How far a small action got, as the team says at the next round.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    Partly,
    NotYet,
    /// The team let it go on purpose (link code 4: only links of format 5 on carry it).
    Dropped,
}

/// The first link format whose action byte carries `Dropped` (code 4, in bit 4).
pub const DROPPED_FROM_FORMAT: u8 = 5;

impl ActionStatus {
    pub const REVIEW: [ActionStatus; 4] = [
        ActionStatus::Done,
        ActionStatus::Partly,
        ActionStatus::NotYet,
        ActionStatus::Dropped,
    ];

    /// The choices in the team meeting: done, still open, or let go.
    pub const MEETING: [ActionStatus; 3] = [
        ActionStatus::Done,
        ActionStatus::NotYet,
        ActionStatus::Dropped,
    ];

    /// The number a link carries for it (format 4 on); never changes meaning.
    pub const fn code(self) -> u8 {
        match self {
            ActionStatus::Open => 0,
            ActionStatus::Done => 1,
            ActionStatus::Partly => 2,
            ActionStatus::NotYet => 3,
            ActionStatus::Dropped => 4,
        }
    }

    pub const fn from_code(code: u8) -> Option<ActionStatus> {
        match code {
            0 => Some(ActionStatus::Open),
            1 => Some(ActionStatus::Done),
            2 => Some(ActionStatus::Partly),
            3 => Some(ActionStatus::NotYet),
            4 => Some(ActionStatus::Dropped),
            _ => None,
        }
    }

    /// The code a link of `format` carries: before `DROPPED_FROM_FORMAT` a dropped
    /// action goes out as "not yet", the nearest status such a link knows.
    pub const fn code_in(self, format: u8) -> u8 {
        match self {
            ActionStatus::Dropped if format < DROPPED_FROM_FORMAT => ActionStatus::NotYet.code(),
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
            ActionStatus::NotYet => "not_yet",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// Ticked off or not: a done action is opened again, any other is done.
    pub const fn toggled(self) -> ActionStatus {
        match self {
            ActionStatus::Done => ActionStatus::Open,
            ActionStatus::Open
            | ActionStatus::Partly
            | ActionStatus::NotYet
            | ActionStatus::Dropped => ActionStatus::Done,
        }
    }

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
            ActionStatus::Dropped => Text {
                nl: "laten vallen",
                en: "dropped",
            },
        }
    }
}
